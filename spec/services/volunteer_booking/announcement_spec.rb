# frozen_string_literal: true

RSpec.describe VolunteerBooking::Announcement do
  include_context "with volunteers on the rota"

  fab!(:booking) { pending_booking }

  describe ".post" do
    context "with a chat channel" do
      include_context "with a booking chat channel"

      it "posts the booking as the system user, with a Pick up button" do
        message = described_class.post(booking)

        expect(message).to be_a(Chat::Message)
        expect(message).to have_attributes(
          chat_channel_id: chat_channel.id,
          user_id: Discourse.system_user.id,
        )
        expect(booking.reload.announcement_chat_message_id).to eq(message.id)
        expect(message.blocks.size).to eq(1)
        expect(message.blocks.first["elements"].first).to include(
          "type" => "button",
          "action_id" => "volunteer_booking:pick_up:#{booking.id}",
          "text" => {
            "type" => "plain_text",
            "text" => I18n.t("volunteer_booking.chat.pick_up"),
          },
        )
      end

      it "says when in local-dates markup, who booked, where, and who is on the rota" do
        message = described_class.post(booking)

        expect(message.message).to include(
          '[date=2026-12-02 time=14:00:00 timezone="UTC" format="LLLL"]',
          VolunteerBooking::Markup.escape(booker.username),
          booking_topic.topic.url,
          VolunteerBooking::Markup.escape(volunteer.username),
          VolunteerBooking::Markup.escape(other_volunteer.username),
        )
        expect(message.message).not_to include("@#{booker.username}")
      end

      it "announces a booking once when two jobs run for it" do
        first = VolunteerBooking::Booking.find(booking.id)
        second = VolunteerBooking::Booking.find(booking.id)

        message = described_class.post(first)

        expect(described_class.post(second)).to be_nil
        expect(Chat::Message.where(chat_channel_id: chat_channel.id).pluck(:id)).to eq([message.id])
      end

      it "writes the topic title as text: no mention, hashtag, emoji or formatting" do
        admin = Fabricate(:admin)
        title = "Chat with @#{admin.username} in #staff :smile: **now**"
        Topic.where(id: booking_topic.topic_id).update_all(title: title)

        message = described_class.post(VolunteerBooking::Booking.find(booking.id))

        cooked = Nokogiri::HTML5.fragment(message.cooked)
        expect(cooked.css(".mention, .hashtag-cooked, .hashtag-raw, img.emoji, strong")).to be_empty
        expect(cooked.text.delete("\u2060")).to include(title)
      end

      it "leaves out the intake answers" do
        message = described_class.post(booking)

        expect(message.message).not_to include("I was laid off")
        expect(message.cooked).not_to include("I was laid off")
      end

      it "leaves out volunteers away that day" do
        Fabricate(
          :volunteer_booking_time_off,
          user: other_volunteer,
          starts_on: wednesday,
          ends_on: wednesday,
        )

        message = described_class.post(booking)

        expect(message.message).to include(
          I18n.t(
            "volunteer_booking.chat.on_rota",
            usernames: VolunteerBooking::Markup.escape(volunteer.username),
          ),
        )
      end

      it "leaves out people no longer in a volunteer group" do
        volunteers.remove(other_volunteer)

        message = described_class.post(booking)

        expect(message.message).to include(
          I18n.t(
            "volunteer_booking.chat.on_rota",
            usernames: VolunteerBooking::Markup.escape(volunteer.username),
          ),
        )
      end

      it "posts once" do
        described_class.post(booking)
        expect { described_class.post(booking.reload) }.not_to change { Chat::Message.count }
      end

      it "does not announce a booking that is no longer pending" do
        booking.update!(status: :cancelled)
        expect(described_class.post(booking)).to be_nil
        expect(booking.reload.announcement_chat_message_id).to be_nil
      end

      it "never raises" do
        allow(ChatSDK::Message).to receive(:create).and_raise("Couldn't find channel")
        expect(described_class.post(booking)).to be_nil
      end
    end

    context "when the topic has no chat channel" do
      it "does nothing" do
        expect(described_class.post(booking)).to be_nil
        expect(booking.reload.announcement_chat_message_id).to be_nil
      end
    end

    context "when chat is disabled" do
      include_context "with a booking chat channel"

      before { SiteSetting.chat_enabled = false }

      it "does nothing" do
        expect { described_class.post(booking) }.not_to change { Chat::Message.count }
        expect(VolunteerBooking::ChatBridge.channel?(booking_topic)).to eq(false)
      end
    end

    context "when the chat plugin is absent" do
      before { hide_const("Chat::Channel") }

      it "does nothing" do
        booking_topic.update_columns(chat_channel_id: 1)
        expect(VolunteerBooking::ChatBridge.available?).to eq(false)
        expect(described_class.post(booking)).to be_nil
        expect(described_class.refresh(booking)).to be_nil
      end
    end
  end

  describe ".refresh" do
    include_context "with a booking chat channel"

    let!(:message) do
      described_class.post(booking)
      Chat::Message.find(booking.reload.announcement_chat_message_id)
    end

    it "follows the booking's state" do
      booking.update!(status: :picked_up, holder: volunteer)
      described_class.refresh(booking)
      expect(message.reload.message).to include("@#{volunteer.username}")
      expect(message.blocks).to be_blank

      booking.update!(status: :pending, holder: nil)
      described_class.refresh(booking)
      expect(pick_up_action_id(message)).to eq("volunteer_booking:pick_up:#{booking.id}")

      booking.update!(status: :cancelled, expired_at: slot_time)
      described_class.refresh(booking)
      expect(message.reload.message).to include(I18n.t("volunteer_booking.chat.expired"))
      expect(message.blocks).to be_blank
    end

    it "tells the clients about the edit" do
      booking.update!(status: :cancelled)
      edits =
        MessageBus
          .track_publish("/chat/#{chat_channel.id}") { described_class.refresh(booking) }
          .select { |m| (m.data[:type] || m.data["type"]).to_s == "edit" }
      expect(edits.size).to eq(1)
    end

    it "triggers chat's edit event, as chat's own edits do" do
      booking.update!(status: :cancelled)
      events =
        DiscourseEvent.track_events(:chat_message_edited) { described_class.refresh(booking) }
      expect(events).to contain_exactly(
        event_name: :chat_message_edited,
        params: [message, chat_channel, Discourse.system_user],
      )
    end

    it "does nothing when the message was deleted" do
      message.trash!
      expect(described_class.refresh(booking)).to be_nil
    end
  end
end
