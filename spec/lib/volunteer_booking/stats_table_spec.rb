# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::StatsTable do
  let(:range) do
    VolunteerBooking::StatsRange.build(
      from: Date.new(2026, 11, 16),
      to: Date.new(2026, 12, 6),
      zone: "UTC",
      now: Time.utc(2026, 12, 7),
    ).value
  end

  it "gives every week of the range, zeros where nothing was booked" do
    rows = [
      { week: Date.new(2026, 11, 23), booked: 3, held: 2, no_show: 1, pick_up_median: 90.0 },
      { week: nil, booked: 3, held: 2, no_show: 1, pick_up_median: 90.0, pick_up_p90: 30_000.0 },
    ]
    table = described_class.build(range, rows)

    expect(table[:weeks].map { |week| [week[:week], week[:booked], week[:held]] }).to eq(
      [["2026-11-16", 0, 0], ["2026-11-23", 3, 2], ["2026-11-30", 0, 0]],
    )
    expect(table[:weeks].first).to eq(
      described_class::COLUMNS
        .to_h { |column| [column, nil] }
        .merge(described_class::ALL_COUNTS.to_h { |count| [count, 0] }, week: "2026-11-16"),
    )
    expect(table[:totals]).to include(
      booked: 3,
      no_show: 1,
      pick_up_median_minutes: 2,
      pick_up_p90_minutes: 500,
    )
  end

  it "gives the requests of each week, zeros where none was made" do
    rows = [
      { week: Date.new(2026, 11, 30), requested: 3, requests_scheduled: 1, requests_open: 2 },
      { week: nil, requested: 3, requests_scheduled: 1, requests_open: 2 },
    ]
    table = described_class.build(range, rows)

    expect(table[:weeks].map { |week| [week[:week], week[:requested], week[:booked]] }).to eq(
      [["2026-11-16", 0, 0], ["2026-11-23", 0, 0], ["2026-11-30", 3, 0]],
    )
    expect(table[:totals]).to include(
      requested: 3,
      requests_scheduled: 1,
      requests_withdrawn: 0,
      requests_expired: 0,
      requests_open: 2,
    )
  end

  it "gives minutes whole, and a tenth under one" do
    expect(described_class.minutes(nil)).to be_nil
    expect(described_class.minutes(9)).to eq(0.2)
    expect(described_class.minutes(89)).to eq(1)
    expect(described_class.minutes(91.0)).to eq(2)
  end
end
