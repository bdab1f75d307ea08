# frozen_string_literal: true

RSpec.describe VolunteerBooking::ChatBridge do
  include_context "with a volunteer booking topic"

  fab!(:chat_channel, :category_channel)

  before do
    SiteSetting.chat_enabled = true
    booking_topic.update!(chat_channel_id: chat_channel.id)
  end

  describe ".available?" do
    it "follows chat's own setting" do
      expect(described_class.available?).to eq(true)
      SiteSetting.chat_enabled = false
      expect(described_class.available?).to eq(false)
    end

    it "is false without the chat plugin" do
      hide_const("Chat::Channel")
      expect(described_class.available?).to eq(false)
    end
  end

  describe ".channel" do
    it "finds the booking topic's channel" do
      expect(described_class.channel(booking_topic)).to eq(chat_channel)
      expect(described_class.channel?(booking_topic)).to eq(true)
    end

    it "finds none for a topic without a channel" do
      booking_topic.update!(chat_channel_id: nil)
      expect(described_class.channel(booking_topic)).to be_nil
    end

    it "finds none while chat is off" do
      SiteSetting.chat_enabled = false
      expect(described_class.channel?(booking_topic)).to eq(false)
      expect(described_class.find_channel(chat_channel.id)).to be_nil
      expect(described_class.category_channels([chat_channel.id])).to eq([])
    end
  end

  describe ".post" do
    it "posts as the system user, in reply only within the same channel" do
      first = described_class.post(chat_channel, "First")
      reply = described_class.post(chat_channel, "Second", in_reply_to: first)
      other = Fabricate(:chat_message)
      elsewhere = described_class.post(chat_channel, "Third", in_reply_to: other)

      expect(first.user).to eq(Discourse.system_user)
      expect(reply.in_reply_to_id).to eq(first.id)
      expect(elsewhere.in_reply_to_id).to be_nil
    end
  end

  describe ".edit" do
    it "changes the text and the buttons, publishes the edit and triggers the event" do
      blocks = [
        {
          "type" => "actions",
          "elements" => [
            {
              "type" => "button",
              "action_id" => "volunteer_booking:pick_up:1",
              "text" => {
                "type" => "plain_text",
                "text" => "Pick up",
              },
            },
          ],
        },
      ]
      message = described_class.post(chat_channel, "Before", blocks: blocks)
      allow(Chat::Publisher).to receive(:publish_edit!)

      events =
        DiscourseEvent.track_events(:chat_message_edited) do
          described_class.edit(message, "After", nil)
        end

      expect(message.reload).to have_attributes(message: "After", blocks: nil)
      expect(Chat::Publisher).to have_received(:publish_edit!).with(chat_channel, message)
      expect(events.size).to eq(1)
    end
  end

  describe ".allowed? and .allow" do
    fab!(:friends, :group)
    fab!(:admin)

    it "adds the group to the groups that may chat, keeping the others" do
      SiteSetting.chat_allowed_groups = "1|2"
      expect(described_class.allowed?(friends)).to eq(false)

      described_class.allow(friends, admin)

      expect(SiteSetting.chat_allowed_groups_map).to contain_exactly(1, 2, friends.id)
      expect(described_class.allowed?(friends)).to eq(true)
    end

    it "lets nobody chat while chat is off" do
      SiteSetting.chat_allowed_groups = "1|2|#{friends.id}"
      SiteSetting.chat_enabled = false
      expect(described_class.allowed?(friends)).to eq(false)
    end
  end
end
