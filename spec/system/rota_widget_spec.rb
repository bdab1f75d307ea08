# frozen_string_literal: true

RSpec.describe "Booking topic rota" do
  fab!(:admin)
  fab!(:volunteers) { Fabricate(:group, full_name: "Co-op volunteers") }
  fab!(:volunteer, :user)
  fab!(:topic)
  fab!(:first_post) { Fabricate(:post, topic:) }

  let(:topic_page) { PageObjects::Pages::VolunteerBookingTopic.new }
  # A Wednesday at least a week ahead, so it is on screen and not in the past.
  let(:date) do
    first = Date.current + 7
    first + ((3 - first.wday) % 7)
  end

  before do
    enable_current_plugin
    volunteers.add(volunteer)
  end

  it "lets staff configure a topic and a volunteer join and leave a shift" do
    sign_in(admin)
    topic_page.visit_topic(topic)

    settings = topic_page.open_booking_settings
    expect(settings).to be_open
    settings.fill_in_session_minutes(45).choose_volunteer_group(volunteers).save
    expect(settings).to be_closed

    booking_topic = VolunteerBooking::BookingTopic.find_by(topic_id: topic.id)
    expect(booking_topic).to have_attributes(
      session_minutes: 45,
      volunteer_group_ids: [volunteers.id],
    )

    # Shifts are edited in their own editor (covered by its component tests);
    # add one directly so the rota has something to show.
    shift = Fabricate(:volunteer_booking_shift, booking_topic:, weekday: 3, time_zone: "UTC")

    sign_in(volunteer)
    topic_page.visit_topic(topic)
    rota = topic_page.rota_widget
    expect(rota).to be_visible
    expect(rota).to have_gap(shift, date)

    rota.join_weekly(shift, date)
    expect(rota).to have_volunteer(shift, date, volunteer)
    expect(rota).to have_no_gap(shift, date)
    expect(VolunteerBooking::RotaEntry.where(shift:, user: volunteer, on_date: nil)).to exist

    rota.leave(shift, date)
    expect(rota).to have_no_volunteer(shift, date, volunteer)
    expect(rota).to have_gap(shift, date)
    expect(VolunteerBooking::RotaEntry.where(shift:, user: volunteer)).to be_empty
  end

  it "lets an organiser take a weekly volunteer off one date, and undo it" do
    booking_topic =
      Fabricate(:volunteer_booking_topic, topic:, volunteer_group_ids: [volunteers.id])
    shift = Fabricate(:volunteer_booking_shift, booking_topic:, weekday: 3, time_zone: "UTC")
    entry = Fabricate(:volunteer_booking_rota_entry, shift:, user: volunteer)

    sign_in(admin)
    topic_page.visit_topic(topic)
    rota = topic_page.rota_widget

    rota.remove(shift, date, volunteer, scope: :date)
    expect(rota).to have_no_volunteer(shift, date, volunteer)
    expect(rota).to have_volunteer(shift, date + 7, volunteer)
    expect(rota).to have_notice("they stay on the other weeks")
    expect(entry.skips.pluck(:on_date)).to eq([date])

    rota.undo
    expect(rota).to have_volunteer(shift, date, volunteer)
    expect(entry.skips.reload).to be_empty
  end
end
