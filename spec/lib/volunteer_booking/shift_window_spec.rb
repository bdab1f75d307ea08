# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::ShiftWindow do
  # Wednesday 13:00-17:00 London; 1 April 2026 is a Wednesday on BST (UTC+1).
  let(:shift) do
    { id: 1, weekday: 3, starts_at: "13:00", ends_at: "17:00", time_zone: "Europe/London" }
  end

  def covers?(from, to, shift: self.shift)
    described_class.covers?(shift, from, to)
  end

  it "covers a booking inside the window, edges included" do
    expect(covers?(Time.utc(2026, 4, 1, 12, 0), Time.utc(2026, 4, 1, 12, 30))).to be(true)
    expect(covers?(Time.utc(2026, 4, 1, 15, 30), Time.utc(2026, 4, 1, 16, 0))).to be(true)
  end

  it "does not cover a booking that starts before or ends after the window" do
    expect(covers?(Time.utc(2026, 4, 1, 11, 45), Time.utc(2026, 4, 1, 12, 15))).to be(false)
    expect(covers?(Time.utc(2026, 4, 1, 15, 45), Time.utc(2026, 4, 1, 16, 15))).to be(false)
  end

  it "does not cover a booking on another weekday" do
    expect(covers?(Time.utc(2026, 4, 2, 12, 0), Time.utc(2026, 4, 2, 12, 30))).to be(false)
  end

  it "reads the booking in the shift's zone, across a DST change" do
    # 25 March 2026 is before BST: 13:00 London is 13:00 UTC.
    expect(covers?(Time.utc(2026, 3, 25, 12, 0), Time.utc(2026, 3, 25, 12, 30))).to be(false)
    expect(covers?(Time.utc(2026, 3, 25, 13, 0), Time.utc(2026, 3, 25, 13, 30))).to be(true)
  end

  it "sees a booking left behind by a change of zone" do
    new_york = shift.merge(time_zone: "America/New_York")
    expect(
      covers?(Time.utc(2026, 4, 1, 12, 0), Time.utc(2026, 4, 1, 12, 30), shift: new_york),
    ).to be(false)
  end

  it "counts the bookings outside" do
    bookings = [
      { starts_at: Time.utc(2026, 4, 1, 12, 0), ends_at: Time.utc(2026, 4, 1, 12, 30) },
      { starts_at: Time.utc(2026, 4, 1, 15, 0), ends_at: Time.utc(2026, 4, 1, 15, 30) },
      { starts_at: Time.utc(2026, 4, 8, 12, 0), ends_at: Time.utc(2026, 4, 8, 12, 30) },
    ]
    shortened = shift.merge(ends_at: "15:00")
    expect(described_class.outside_count(shortened, bookings)).to eq(1)
    expect(described_class.outside_count(shift.merge(weekday: 4), bookings)).to eq(3)
    expect(described_class.outside_count(shift, bookings)).to eq(0)
  end

  it "raises for a bad shift" do
    expect {
      covers?(Time.utc(2026, 4, 1), Time.utc(2026, 4, 1, 1), shift: shift.merge(time_zone: "Mars"))
    }.to raise_error(ArgumentError, /unknown time zone/)
  end
end
