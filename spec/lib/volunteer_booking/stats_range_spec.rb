# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::StatsRange do
  # A Monday evening in London, 23:30 UTC: already Tuesday in Auckland.
  let(:now) { Time.utc(2026, 12, 7, 23, 30) }

  def build(from: nil, to: nil, zone: "Europe/London")
    described_class.build(from:, to:, zone:, now:)
  end

  include VolunteerBookingCoreSpec::ExpectFailure

  it "defaults to the twelve weeks up to today in the zone, from a Monday" do
    range = build.value
    expect([range.from, range.to]).to eq([Date.new(2026, 9, 21), Date.new(2026, 12, 7)])
    expect(range.weeks.size).to eq(12)
    expect(build(zone: "Pacific/Auckland").value.to).to eq(Date.new(2026, 12, 8))
  end

  it "refuses a range that ends before it starts, and takes a single day" do
    expect_failure(
      build(from: Date.new(2026, 5, 2), to: Date.new(2026, 5, 1)),
      :stats_range_reversed,
      {},
    )
    expect(build(from: Date.new(2026, 5, 1), to: Date.new(2026, 5, 1))).to be_ok
  end

  it "takes MAX_DAYS days with both ends and refuses one more" do
    from = Date.new(2026, 1, 1)
    expect(build(from:, to: from + described_class::MAX_DAYS - 1)).to be_ok
    expect_failure(
      build(from:, to: from + described_class::MAX_DAYS),
      :stats_range_too_long,
      { max: described_class::MAX_DAYS },
    )
  end

  it "covers local midnight to local midnight across a change of the clocks" do
    # The clocks went forward in London on Sunday 29 March 2026.
    range = build(from: Date.new(2026, 3, 29), to: Date.new(2026, 3, 29)).value
    expect(range.bounds).to eq([Time.utc(2026, 3, 29, 0), Time.utc(2026, 3, 29, 23)])
    summer = build(from: Date.new(2026, 6, 1), to: Date.new(2026, 6, 7)).value
    expect(summer.bounds).to eq([Time.utc(2026, 5, 31, 23), Time.utc(2026, 6, 7, 23)])
  end

  it "lists the Monday of every week the range touches, and each week's instants within it" do
    range = build(from: Date.new(2026, 3, 29), to: Date.new(2026, 4, 6)).value
    expect(range.weeks).to eq([Date.new(2026, 3, 23), Date.new(2026, 3, 30), Date.new(2026, 4, 6)])
    # Midnight on Monday 30 March is 23:00 UTC the day before: summer time began on the 29th.
    expect(range.week_bounds).to eq(
      [
        [Time.utc(2026, 3, 29, 0), Time.utc(2026, 3, 29, 23)],
        [Time.utc(2026, 3, 29, 23), Time.utc(2026, 4, 5, 23)],
        [Time.utc(2026, 4, 5, 23), Time.utc(2026, 4, 6, 23)],
      ],
    )
    one_week = build(from: Date.new(2026, 4, 7), to: Date.new(2026, 4, 8)).value
    expect(one_week.week_bounds).to eq([one_week.bounds])
  end

  describe ".main_zone" do
    it "is the zone most shifts use, the first by name on a tie, UTC with none" do
      zones = ["Europe/London", "Europe/Paris", "Europe/Paris", nil]
      expect(described_class.main_zone(zones)).to eq("Europe/Paris")
      expect(described_class.main_zone(%w[Europe/Paris Europe/London])).to eq("Europe/London")
      expect(described_class.main_zone([])).to eq("UTC")
    end
  end
end
