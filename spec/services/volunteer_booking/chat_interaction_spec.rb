# frozen_string_literal: true

RSpec.describe VolunteerBooking::ChatInteraction do
  include_context "with volunteers on the rota"
  include_context "with a booking chat channel"

  fab!(:booking) { pending_booking }

  let!(:announcement) { announce(booking) }

  def click(user, action_id: pick_up_action_id(announcement), message: announcement)
    click_button(user, message, action_id)
  end

  def notices_to(user)
    MessageBus
      .track_publish("/chat/#{chat_channel.id}") { yield }
      .select { |m| m.data[:type] == "notice" || m.data["type"] == "notice" }
      .select { |m| m.user_ids == [user.id] }
      .map { |m| m.data[:text_content] || m.data["text_content"] }
  end

  it "picks the booking up for a volunteer who clicks" do
    click(volunteer)

    expect(booking.reload).to have_attributes(status: "picked_up", holder_id: volunteer.id)
    expect(announcement.reload.message).to include(
      I18n.t("volunteer_booking.chat.picked_up", username: volunteer.username),
    )
    expect(announcement.blocks).to be_blank
    expect(booking.private_message_topic_id).to be_present
  end

  it "reads the button from a whole actions block too (older chat versions)" do
    interaction =
      Fabricate(
        :chat_message_interaction,
        message: announcement,
        user: volunteer,
        action: announcement.blocks.first,
      )
    described_class.handle(interaction)

    expect(booking.reload.holder_id).to eq(volunteer.id)
  end

  it "tells a late volunteer who has it, and changes nothing" do
    click(volunteer)

    notices = notices_to(other_volunteer) { click(other_volunteer) }

    expect(notices).to eq(
      [I18n.t("volunteer_booking.errors.already_picked_up", username: volunteer.username)],
    )
    expect(booking.reload.holder_id).to eq(volunteer.id)
  end

  it "tells someone who is not a volunteer that they cannot, and changes nothing" do
    notices = notices_to(outsider) { click(outsider) }

    expect(notices).to eq([I18n.t("volunteer_booking.errors.cannot_pick_up")])
    expect(booking.reload).to have_attributes(status: "pending", holder_id: nil)
    expect(pick_up_action_id(announcement)).to be_present
  end

  context "when the topic meets in the volunteer's own call" do
    before { booking_topic.update!(meeting_mode: "volunteer_link") }

    it "sends a volunteer with no saved link to their volunteer page, and changes nothing" do
      notices = notices_to(volunteer) { click(volunteer) }

      expect(notices).to eq(
        [
          I18n.t(
            "volunteer_booking.errors.call_link_needed_in_chat",
            url: "#{Discourse.base_url}/volunteer-booking",
          ),
        ],
      )
      expect(booking.reload).to have_attributes(status: "pending", holder_id: nil, sequence: 0)
      expect(pick_up_action_id(announcement)).to be_present
    end

    it "picks it up with the link the volunteer saved, which the announcement never shows" do
      link = "https://meet.jit.si/volunteers-room"
      VolunteerBooking::VolunteerProfile.create!(user: volunteer, call_link: link)

      click(volunteer)

      expect(booking.reload).to have_attributes(holder_id: volunteer.id, call_link: link)
      expect(announcement.reload.message).not_to include(link)
    end
  end

  it "does not let the booker pick up their own booking" do
    volunteers.add(booker)
    click(booker)
    expect(booking.reload.holder_id).to be_nil
  end

  it "ignores a forged action id naming another booking" do
    other_booking =
      Fabricate(:volunteer_booking_booking, booking_topic:, shift:, starts_at: slot_time + 1.hour)

    click(volunteer, action_id: VolunteerBooking::ChatAction.pick_up(other_booking.id))

    expect(other_booking.reload).to have_attributes(status: "pending", holder_id: nil)
    expect(booking.reload.holder_id).to be_nil
  end

  it "ignores our action id on a message that did not announce that booking" do
    other_message =
      Fabricate(:chat_message, chat_channel: chat_channel, user: Discourse.system_user)

    click(volunteer, message: other_message)

    expect(booking.reload.holder_id).to be_nil
  end

  it "ignores other plugins' buttons" do
    [
      "dwf:1:2:approve:signature",
      "ai_tool_approval::approve::#{booking.id}",
      nil,
    ].each { |action_id| expect { click(volunteer, action_id:) }.not_to raise_error }
    expect(booking.reload.holder_id).to be_nil
  end

  it "never raises, so the click never fails with an error" do
    allow(VolunteerBooking::PickUpBooking).to receive(:call).and_raise(StandardError, "boom")

    expect { click(volunteer) }.not_to raise_error
    expect(booking.reload.holder_id).to be_nil
  end

  describe "through chat's interaction service" do
    it "picks the booking up" do
      result =
        Chat::CreateMessageInteraction.call(
          params: {
            message_id: announcement.id,
            action_id: pick_up_action_id(announcement),
          },
          guardian: Guardian.new(volunteer),
        )

      expect(result).to run_successfully
      expect(booking.reload.holder_id).to eq(volunteer.id)
    end
  end

  describe "a booking request's \"Offer a time\"" do
    fab!(:booking_request) do
      Fabricate(:volunteer_booking_request, booking_topic:, requester: booker)
    end

    let!(:request_message) do
      VolunteerBooking::RequestAnnouncement.post(booking_request)
      Chat::Message.find(booking_request.reload.announcement_chat_message_id)
    end

    def offer(user, message: request_message)
      click(
        user,
        action_id: VolunteerBooking::ChatAction.take_request(booking_request.id),
        message:,
      )
    end

    it "is announced with the windows and its button, never the answers" do
      expect(request_message.message).to include(
        VolunteerBooking::RequestWindowWords.list(
          booking_request.windows,
          booking_request.time_zone,
        ),
      )
      expect(request_message.message).not_to include("laid off")
      expect(pick_up_action_id(request_message)).to eq(
        VolunteerBooking::ChatAction.take_request(booking_request.id),
      )
    end

    it "takes the request for the volunteer who clicks, and the message says who" do
      offer(volunteer)

      expect(booking_request.reload).to have_attributes(status: "taken", taker_id: volunteer.id)
      expect(request_message.reload.message).to include(
        I18n.t("volunteer_booking.chat.request_taken", username: volunteer.username),
      )
      expect(request_message.blocks).to be_blank
      expect(booking_request.private_message_topic_id).to be_present
    end

    it "tells a late volunteer who has it, and changes nothing" do
      offer(volunteer)

      notices = notices_to(other_volunteer) { offer(other_volunteer) }

      expect(notices).to eq(
        [I18n.t("volunteer_booking.errors.request_taken", username: volunteer.username)],
      )
      expect(booking_request.reload.taker_id).to eq(volunteer.id)
    end

    it "ignores the request's id on another message" do
      offer(volunteer, message: announcement)

      expect(booking_request.reload).to have_attributes(status: "open", taker_id: nil)
    end

    it "announces it again once given back" do
      offer(volunteer)

      expect_enqueued_with(
        job: Jobs::VolunteerBooking::AnnounceBookingRequest,
        args: {
          request_id: booking_request.id,
        },
      ) do
        VolunteerBooking::GiveBackBookingRequest.call(
          params: {
            request_id: booking_request.id,
          },
          guardian: Guardian.new(volunteer),
        )
      end
      expect(request_message.reload.message).to include(
        I18n.t("volunteer_booking.chat.released", username: volunteer.username),
      )
      expect(booking_request.reload.announcement_chat_message_id).to be_nil
    end
  end
end
