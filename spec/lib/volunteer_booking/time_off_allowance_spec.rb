# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::TimeOffAllowance do
  let(:today) { Date.new(2026, 12, 7) }

  def range(first, days)
    { starts_on: today + first, ends_on: today + first + days - 1 }
  end

  def check(current, adding, max_entries: 3, max_days: 30)
    described_class.check(current, adding, today:, max_entries:, max_days:)
  end

  include VolunteerBookingCoreSpec::ExpectFailure

  it "allows entries up to the cap and refuses one more" do
    expect(check([range(0, 1), range(5, 1)], range(9, 1))).to be_ok
    expect_failure(
      check([range(0, 1), range(5, 1), range(9, 1)], range(12, 1)),
      :time_off_too_many,
      { max: 3 },
    )
  end

  it "allows days up to the cap and refuses one more, saying how many are left" do
    expect(check([range(0, 10), range(20, 10)], range(40, 10))).to be_ok
    expect_failure(
      check([range(0, 10), range(20, 10)], range(40, 11)),
      :time_off_too_many_days,
      { max: 30, left: 10 },
    )
  end

  it "counts only the days from today on, for the entries and the one added" do
    started = { starts_on: today - 100, ends_on: today + 9 }
    expect(check([started, range(20, 10)], { starts_on: today - 50, ends_on: today + 49 })).not_to(
      be_ok,
    )
    expect(check([started, range(20, 10)], { starts_on: today - 50, ends_on: today + 9 })).to be_ok
  end

  it "counts overlapping entries' shared days twice, as the slot engine expands them" do
    full = check([range(0, 15), range(0, 15)], range(0, 1))
    expect_failure(full, :time_off_too_many_days, { max: 30, left: 0 })
  end

  it "never says fewer than no days are left (after the cap was lowered)" do
    over = check([range(0, 20), range(0, 20)], range(50, 1))
    expect_failure(over, :time_off_too_many_days, { max: 30, left: 0 })
  end
end
