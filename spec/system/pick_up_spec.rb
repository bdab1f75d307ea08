# frozen_string_literal: true

RSpec.describe "Picking up a booking" do
  fab!(:volunteers) { Fabricate(:group, full_name: "Co-op volunteers") }
  fab!(:volunteer, :user)
  fab!(:booker) { Fabricate(:user, trust_level: TrustLevel[1]) }
  fab!(:booking_topic) { Fabricate(:volunteer_booking_topic, volunteer_group_ids: [volunteers.id]) }
  fab!(:shift) { Fabricate(:volunteer_booking_shift, booking_topic:, weekday: 3, time_zone: "UTC") }
  fab!(:chat_channel, :category_channel)

  # 14:00 UTC on a Wednesday at least a week ahead, so it has not started.
  let(:starts_at) do
    first = Date.current + 7
    date = first + ((3 - first.wday) % 7)
    Time.utc(date.year, date.month, date.day, 14)
  end
  let!(:booking) do
    Fabricate(:volunteer_booking_booking, booking_topic:, shift:, booker:, starts_at:)
  end

  let(:chat_page) { PageObjects::Pages::Chat.new }
  let(:volunteer_page) { PageObjects::Pages::VolunteerPage.new }
  let(:private_message) { PageObjects::Pages::BookingPrivateMessage.new }

  before do
    enable_current_plugin
    chat_system_bootstrap
    volunteers.add(volunteer)
    Fabricate(:volunteer_booking_rota_entry, shift:, user: volunteer)
    chat_channel.add(volunteer)
  end

  context "with the topic's chat channel" do
    before { booking_topic.update!(chat_channel_id: chat_channel.id) }

    it "announces the booking, lets a volunteer pick it up there, and opens the private message" do
      Jobs::VolunteerBooking::AnnounceBooking.new.execute(booking_id: booking.id)
      announcement =
        PageObjects::Components::BookingAnnouncement.new(
          Chat::Message.find(booking.reload.announcement_chat_message_id),
        )

      sign_in(volunteer)
      chat_page.visit_channel(chat_channel)
      expect(announcement).to have_status(booker.username)
      expect(announcement).to have_pick_up_button

      announcement.pick_up

      expect(announcement).to have_status(
        I18n.t("volunteer_booking.chat.picked_up", username: volunteer.username),
      )
      expect(announcement).to have_no_pick_up_button
      expect(booking.reload).to have_attributes(status: "picked_up", holder_id: volunteer.id)

      private_message.visit_topic(Topic.find(booking.private_message_topic_id))
      expect(private_message).to have_quoted_answer("I was laid off last month.")
      expect(private_message).to have_no_opening_text(booking_topic.volunteer_guide)
    end
  end

  context "when the topic has no chat channel" do
    it "lets a volunteer pick it up from the volunteer page" do
      sign_in(volunteer)
      volunteer_page.visit_page
      expect(volunteer_page).to have_queued_booking(booking)

      volunteer_page.pick_up(booking)

      expect(volunteer_page).to have_session(booking)
      expect(volunteer_page).to have_no_queued_booking(booking)
      expect(booking.reload.holder_id).to eq(volunteer.id)
      expect(volunteer_page).to have_guide(booking, booking_topic.volunteer_guide)

      volunteer_page.open_private_message(booking)
      expect(private_message).to have_quoted_answer("I was laid off last month.")
    end
  end
end
