# frozen_string_literal: true

require_relative "../../core_helper"

# What contract/gaps.json does not reach: shifts left out of wanted, and
# zones the message is timed in that are not (or no longer) IANA names.
RSpec.describe VolunteerBooking::Gaps do
  let(:now) { Time.utc(2026, 1, 5) }
  let(:occurrence) do
    {
      shift_id: 1,
      date: Date.new(2026, 1, 7),
      starts_at: Time.utc(2026, 1, 7, 13),
      ends_at: Time.utc(2026, 1, 7, 17),
      volunteer_ids: [10],
    }
  end

  describe ".build" do
    it "takes a shift left out of wanted to want one volunteer" do
      expect(described_class.build([occurrence], wanted: {}, now: now)).to eq([])
      expect(described_class.build([occurrence], wanted: { 1 => 2 }, now: now)).to eq(
        [occurrence.merge(wanted: 2)],
      )
    end
  end

  describe ".coverage" do
    it "counts the occurrences ahead, and those with the volunteers they want" do
      started = occurrence.merge(starts_at: now - 60, volunteer_ids: [])
      short = occurrence.merge(shift_id: 2)
      expect(
        described_class.coverage([started, occurrence, short], wanted: { 2 => 2 }, now: now),
      ).to eq(covered: 1, total: 2)
    end
  end

  describe ".fillable" do
    it "leaves out the gaps the volunteer is on or away for" do
      other = occurrence.merge(date: Date.new(2026, 1, 14), volunteer_ids: [])
      away = occurrence.merge(date: Date.new(2026, 1, 21), volunteer_ids: [])
      time_off = [{ starts_on: Date.new(2026, 1, 20), ends_on: Date.new(2026, 1, 21) }]
      expect(
        described_class.fillable([occurrence, other, away], user_id: 10, time_off: time_off),
      ).to eq([other])
    end
  end

  describe ".message_week" do
    it "times the message in UTC when the zone is unknown" do
      week =
        described_class.message_week(
          now: Time.utc(2026, 1, 5, 9),
          zone: "Mars/Olympus",
          weekday: 1,
          hour: 9,
          last_week: nil,
        )
      expect(week).to eq(Date.new(2026, 1, 5))
    end
  end
end
