# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::AnnouncementText do
  let(:starts_at) { Time.utc(2026, 12, 2, 14) }
  let(:local_date) { '[date=2026-12-02 time=14:00:00 timezone="UTC" format="LLLL"]' }
  let(:booking) do
    {
      topic_title: "Co-op chats",
      topic_url: "https://forum.example/t/co-op-chats/7",
      starts_at: starts_at,
      ends_at: starts_at + 30 * 60,
      booker: "sam",
      on_duty: %w[ann bo],
      status: nil,
      holder: nil,
    }
  end
  let(:request) do
    {
      topic_title: "Co-op chats",
      topic_url: "https://forum.example/t/co-op-chats/7",
      requester: "sam",
      minutes: 45,
      windows: [{ "weekday" => 1, "from" => "09:00", "to" => "11:00" }],
      time_zone: "America/New_York",
      status: "open",
      taker: nil,
      scheduled_at: nil,
    }
  end

  describe ".booking" do
    it "says where, when (each reader's own zone), for how long, who booked and who is on" do
      expect(described_class.booking(booking)).to eq(
        "New booking in [Co\\-\u2060op chats](https://forum.example/t/co-op-chats/7): " \
          "#{local_date} (30 minutes), booked by sam.\nOn the rota: ann, bo.",
      )
    end

    it "adds the state the booking is in" do
      picked_up = booking.merge(status: :picked_up, holder: "ann")
      expect(described_class.booking(picked_up).lines.last).to eq("Picked up by @ann.")
      expect(described_class.booking(booking.merge(status: :cancelled)).lines.last).to eq(
        "Cancelled.",
      )
      expect(described_class.booking(booking.merge(status: :expired)).lines.last).to eq(
        "Nobody picked this up in time, so it was cancelled.",
      )
      expect(described_class.booking(picked_up, with_status: false).lines.size).to eq(2)
    end

    it "writes names and titles as plain text that pings, links and formats nothing" do
      text =
        described_class.booking(
          booking.merge(
            topic_title: "**Bold** [x](http://evil) @all",
            booker: "@everyone",
            on_duty: ["<b>ann</b>"],
          ),
        )
      expect(text).not_to include("**Bold**", "[x](", " @all", "by @everyone", "<b>")
      expect(text).to include(
        "\\*\u2060\\*\u2060Bold",
        "\\@\u2060everyone",
        "\\<\u2060b\\>\u2060ann",
      )
    end

    it "escapes what would break the topic's link" do
      text = described_class.booking(booking.merge(topic_url: "https://forum.example/t/a (b)/7"))
      expect(text).to include("(https://forum.example/t/a%20%28b%29/7)")
    end

    it "stands in for a deleted booker, holder and topic, and an empty rota" do
      text =
        described_class.booking(
          booking.merge(
            topic_title: nil,
            topic_url: nil,
            booker: nil,
            on_duty: [],
            status: :picked_up,
          ),
        )
      expect(text).to eq(
        "New booking in [](): #{local_date} (30 minutes), booked by a deleted account.\n" \
          "Nobody is on the rota for this time.\nPicked up by @a deleted account.",
      )
    end
  end

  describe ".escalation" do
    it "pings the volunteers on the rota, escaping what could break a mention" do
      expect(described_class.escalation(booking, mentions: %w[ann bo.b], hours: 4)).to eq(
        "Still waiting for a volunteer 4 hours after sam booked it: #{local_date} in " \
          "[Co\\-\u2060op chats](https://forum.example/t/co-op-chats/7).\n" \
          "@ann @bo\\.b, you are on the rota for this time. Can one of you pick it up?",
      )
    end

    it "asks anyone when nobody is on the rota" do
      expect(described_class.escalation(booking, mentions: [], hours: 4).lines.last).to eq(
        "Nobody is on the rota for this time. Can another volunteer pick it up?",
      )
    end
  end

  describe ".request" do
    it "says who asks, where, for how long, and the windows in the requester's zone, named" do
      expect(described_class.request(request)).to eq(
        "sam found no time that fits in [Co\\-\u2060op chats](https://forum.example/t/co-op-chats/7) " \
          "and asks for a 45-minute chat at one of these times:\n" \
          "- Monday, 09:00–11:00 (America\\/\u2060New\\_\u2060York)",
      )
    end

    it "adds what became of the request" do
      taken = request.merge(status: "taken", taker: "ann")
      expect(described_class.request(taken).lines.last).to eq(
        "Taken by @ann, who will set the time.",
      )
      scheduled = request.merge(status: "scheduled", scheduled_at: starts_at)
      expect(described_class.request(scheduled).lines.last).to eq("Booked for #{local_date}.")
      expect(described_class.request(request.merge(status: "withdrawn")).lines.last).to eq(
        "Withdrawn.",
      )
      expect(described_class.request(request.merge(status: "expired")).lines.last).to eq(
        "Nobody could take this in time, so it has closed.",
      )
      expect(described_class.request(taken, with_status: false).lines.size).to eq(2)
    end

    it "stands in for a deleted requester and taker" do
      text = described_class.request(request.merge(requester: nil, status: "taken", taker: nil))
      expect(text).to start_with("a deleted account found no time")
      expect(text).to end_with("Taken by @a deleted account, who will set the time.")
    end

    it "asks again, naming the requester without pinging them" do
      expect(described_class.request_escalation(request.merge(requester: "@sam"), hours: 6)).to eq(
        "Still waiting for a volunteer 6 hours after \\@\u2060sam asked for another time. " \
          "Can one of you offer one?",
      )
    end
  end

  describe ".retired" do
    it "ends the old text with who gave it back, or that the volunteer left" do
      expect(described_class.retired("Old", "ann")).to eq(
        "Old\n@ann gave this back, so it is announced again below.",
      )
      expect(described_class.retired("Old", nil)).to eq(
        "Old\nThe volunteer who picked this up can no longer take it, " \
          "so it is announced again below.",
      )
    end
  end

  describe ".button_blocks" do
    it "holds the one primary button while it is shown, and no blocks otherwise" do
      expect(
        described_class.button_blocks(
          "volunteer_booking:pick_up:4",
          "volunteer_booking.chat.pick_up",
          shown: true,
        ),
      ).to eq(
        [
          {
            "type" => "actions",
            "elements" => [
              {
                "type" => "button",
                "action_id" => "volunteer_booking:pick_up:4",
                "text" => {
                  "type" => "plain_text",
                  "text" => "Pick up",
                },
                "style" => "primary",
              },
            ],
          },
        ],
      )
      expect(
        described_class.button_blocks(
          "volunteer_booking:pick_up:4",
          "volunteer_booking.chat.pick_up",
          shown: false,
        ),
      ).to be_nil
    end
  end
end
