# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::Lifecycle do
  let(:now) { Time.utc(2026, 12, 2, 12) }

  def booking(**attributes)
    {
      id: 1,
      status: :picked_up,
      booker_id: 10,
      holder_id: 20,
      starts_at: now + 3600,
      volunteer_group_ids: [5],
    }.merge(attributes)
  end

  describe ".cancel_recipients" do
    it "tells the volunteer when the booker cancels" do
      expect(described_class.cancel_recipients(booking, by_id: 10)).to eq([20])
    end

    it "tells the booker when the volunteer's organiser cancels" do
      expect(described_class.cancel_recipients(booking, by_id: 99)).to eq([10, 20])
    end

    it "tells the booker alone of a booking nobody picked up" do
      expect(described_class.cancel_recipients(booking(holder_id: nil), by_id: nil)).to eq([10])
    end

    it "tells nobody whose account is going" do
      expect(described_class.cancel_recipients(booking, by_id: nil, gone_ids: [10])).to eq([20])
    end

    it "tells a booker who picked up their own booking once" do
      expect(described_class.cancel_recipients(booking(holder_id: 10), by_id: 99)).to eq([10])
    end
  end

  describe ".to_cancel" do
    it "keeps the booker's active bookings still to come" do
      bookings = [
        booking(id: 1),
        booking(id: 2, status: :pending, holder_id: nil),
        booking(id: 3, status: :cancelled),
        booking(id: 4, status: :held, starts_at: now - 3600),
        booking(id: 5, starts_at: now),
        booking(id: 6, booker_id: 11),
      ]
      ids = described_class.to_cancel(bookings, booker_id: 10, now: now).map { |b| b[:id] }
      expect(ids).to eq([1, 2])
    end
  end

  describe ".to_release" do
    let(:bookings) do
      [
        booking(id: 1),
        booking(id: 2, volunteer_group_ids: [6]),
        booking(id: 3, volunteer_group_ids: [5, 6]),
        booking(id: 4, status: :pending, holder_id: nil),
        booking(id: 5, starts_at: now),
        booking(id: 6, holder_id: 21),
        booking(id: 7, status: :held, starts_at: now - 3600),
      ]
    end

    def ids(group_ids)
      described_class
        .to_release(bookings, volunteer_id: 20, group_ids: group_ids, now: now)
        .map { |b| b[:id] }
    end

    it "gives back sessions in topics whose volunteer groups they left" do
      expect(ids([6])).to eq([1])
    end

    it "keeps sessions while they are in any of the topic's groups" do
      expect(ids([5, 6])).to eq([])
    end

    it "gives back every session still to come when the account goes" do
      expect(ids(nil)).to eq([1, 2, 3])
    end

    it "leaves sessions under way, over, or held by others" do
      expect(ids([])).to eq([1, 2, 3])
    end
  end
end
