# frozen_string_literal: true

RSpec.describe "Booking a slot from a topic" do
  fab!(:volunteers) { Fabricate(:group, full_name: "Co-op volunteers") }
  fab!(:volunteer, :user)
  fab!(:booker) { Fabricate(:user, trust_level: TrustLevel[1]) }
  fab!(:booking_topic) { Fabricate(:volunteer_booking_topic, volunteer_group_ids: [volunteers.id]) }
  fab!(:first_post) { Fabricate(:post, topic: booking_topic.topic) }
  fab!(:shift) { Fabricate(:volunteer_booking_shift, booking_topic:, weekday: 3, time_zone: "UTC") }

  let(:topic_page) { PageObjects::Pages::VolunteerBookingTopic.new }
  let(:widget) { topic_page.booking_widget }

  before do
    enable_current_plugin
    volunteers.add(volunteer)
    Fabricate(:volunteer_booking_rota_entry, shift:, user: volunteer)
  end

  it "books the chosen time with the answers and confirms it" do
    sign_in(booker)
    topic_page.visit_topic(booking_topic.topic)
    expect(widget).to have_open_slot

    widget.pick_first_open_slot
    widget.tick("ica_statement").answer("story", "I was laid off last month.").book

    expect(widget).to have_confirmation(I18n.t("js.volunteer_booking.booking_widget.booked"))
    booking = VolunteerBooking::Booking.find_by(booker_id: booker.id)
    expect(booking).to have_attributes(status: "pending", shift_id: shift.id)
    expect(booking.answers).to include(
      "ica_statement" => true,
      "story" => "I was laid off last month.",
    )
  end
end
