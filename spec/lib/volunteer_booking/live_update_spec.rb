# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::LiveUpdate do
  describe "contract/live_updates.json" do
    let(:contract) { VolunteerBookingCoreSpec.contract("live_updates") }

    it "has the channels the client and the in-memory API follow" do
      expect(
        [
          described_class.topic_channel(42),
          described_class::QUEUE_CHANNEL,
          described_class::MY_BOOKINGS_CHANNEL,
        ],
      ).to eq(contract[:channels].values_at(:topic_42, :queue, :my_bookings))
    end

    it "tells each event to the audiences they expect" do
      expect(described_class::EVENT_AUDIENCES.transform_values { |a| a.map(&:to_s) }).to eq(
        contract[:events],
      )
    end
  end

  describe ".topic_channel" do
    it "names one channel per topic" do
      expect(described_class.topic_channel(42)).to eq("/volunteer-booking/topics/42")
    end

    it "refuses what is not a topic id, so no channel name is built from input" do
      expect { described_class.topic_channel("42/../queue") }.to raise_error(ArgumentError)
    end
  end

  describe ".booking_message" do
    it "carries the event, ids and the state only" do
      message =
        described_class.booking_message(:picked_up, booking_id: 7, topic_id: 42, status: :picked_up)

      expect(message).to eq(event: "picked_up", booking_id: 7, topic_id: 42, status: "picked_up")
    end

    it "refuses an event nobody listens for" do
      expect {
        described_class.booking_message(:renamed, booking_id: 7, topic_id: 42, status: :pending)
      }.to raise_error(ArgumentError, /renamed/)
    end
  end

  describe ".audiences" do
    it "tells readers, the team and the booker of every change before a session" do
      %i[booked cancelled rescheduled picked_up released handed_over].each do |event|
        expect(described_class.audiences(event)).to contain_exactly(:readers, :team, :booker)
      end
    end

    it "tells only the booker of an outcome, which neither slots nor the queue show" do
      expect(described_class.audiences(:outcome)).to eq(%i[booker])
    end
  end

  describe ".team_group_ids" do
    it "is the volunteer groups, the organiser group and staff, once each" do
      ids =
        described_class.team_group_ids(
          volunteer_group_ids: [41, 42],
          organiser_group_id: 42,
          staff_group_id: 3,
        )

      expect(ids).to eq([41, 42, 3])
    end

    it "leaves out a missing organiser group" do
      ids =
        described_class.team_group_ids(
          volunteer_group_ids: [41],
          organiser_group_id: nil,
          staff_group_id: 3,
        )

      expect(ids).to eq([41, 3])
    end
  end

  describe ".deliverable?" do
    it "sends a public topic's message to everyone" do
      expect(described_class.deliverable?(group_ids: nil)).to eq(true)
    end

    it "sends to named groups or users" do
      expect(described_class.deliverable?(group_ids: [5])).to eq(true)
      expect(described_class.deliverable?(group_ids: [], user_ids: [9])).to eq(true)
    end

    it "sends nothing when the lists name nobody, which MessageBus would send to all" do
      expect(described_class.deliverable?(group_ids: [])).to eq(false)
      expect(described_class.deliverable?(group_ids: [], user_ids: [])).to eq(false)
    end
  end
end
