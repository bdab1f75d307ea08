# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::ShiftOverlap do
  let(:from) { Date.new(2026, 12, 2) }

  def shift(id, weekday, starts_at, ends_at, time_zone = "Europe/London")
    { id: id, weekday: weekday, starts_at: starts_at, ends_at: ends_at, time_zone: time_zone }
  end

  def overlap?(first, second)
    described_class.overlap?(first, second, from:)
  end

  describe ".overlap?" do
    it "finds shifts on the same day whose hours intersect" do
      expect(overlap?(shift(1, 3, "13:00", "17:00"), shift(2, 3, "16:00", "18:00"))).to be(true)
    end

    it "does not count shifts that only touch" do
      expect(overlap?(shift(1, 3, "13:00", "15:00"), shift(2, 3, "15:00", "17:00"))).to be(false)
    end

    it "does not count the same hours on another weekday" do
      expect(overlap?(shift(1, 3, "13:00", "17:00"), shift(2, 5, "13:00", "17:00"))).to be(false)
    end

    it "compares shifts in different zones in real time" do
      london = shift(1, 3, "13:00", "17:00")
      new_york = shift(2, 3, "08:00", "09:00", "America/New_York")

      expect(overlap?(london, new_york)).to be(true)
    end

    it "sees an overlap that crosses midnight in UTC" do
      auckland = shift(1, 4, "09:00", "10:00", "Pacific/Auckland") # Wed 20:00-21:00 UTC in summer
      utc = shift(2, 3, "20:30", "22:00", "UTC")

      expect(overlap?(auckland, utc)).to be(true)
    end

    it "sees an overlap that only exists while the zones' summer times disagree" do
      # New York 08:00 is 13:00 in London, except for the weeks in March when
      # the US has moved its clocks and the UK has not: then it is 12:00.
      london = shift(1, 3, "12:00", "13:00")
      new_york = shift(2, 3, "08:00", "08:30", "America/New_York")

      expect(overlap?(london, new_york)).to be(true)
      expect(
        described_class.overlap?(london, new_york, from: Date.new(2027, 4, 7), weeks: 20),
      ).to be(false)
    end

    it "refuses a shift the slot engine would refuse" do
      expect {
        described_class.overlap?(
          shift(1, 3, "13:00", "17:00", "Mars/Olympus"),
          shift(2, 3, "13:00", "14:00"),
          from:,
        )
      }.to raise_error(ArgumentError, /unknown time zone/)
    end
  end

  describe ".find" do
    let(:existing) { [shift(1, 3, "13:00", "17:00"), shift(2, 5, "13:00", "17:00")] }

    it "returns the first shift the new one overlaps" do
      expect(described_class.find(shift(nil, 5, "16:00", "18:00"), existing, from:)).to eq(
        existing[1],
      )
    end

    it "skips the shift being edited" do
      expect(described_class.find(shift(1, 3, "14:00", "18:00"), existing, from:)).to be_nil
    end
  end
end
