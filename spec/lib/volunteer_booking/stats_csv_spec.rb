# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::StatsCsv do
  def headers(columns)
    columns.to_h { |column| [column, column.to_s.tr("_", " ").capitalize] }
  end

  it "writes the weekly table under translated headers" do
    week = VolunteerBooking::StatsTable::COLUMNS.to_h { |column| [column, 0] }
    table = { weeks: [week.merge(week: "2026-11-30", booked: 4, pick_up_median_minutes: nil)] }
    csv = described_class.table(table, headers(VolunteerBooking::StatsTable::COLUMNS))

    expect(csv.lines.first).to start_with("Week,Booked,Held,No show,")
    expect(csv.lines.last).to start_with("2026-11-30,4,0,0,")
    expect(CSV.parse(csv).last.size).to eq(VolunteerBooking::StatsTable::COLUMNS.size)
  end

  it "writes only the booking columns, times in UTC" do
    booking = {
      topic_id: 7,
      booker_number: 2,
      starts_at: Time.find_zone!("Europe/London").local(2026, 6, 3, 14),
      status: "held",
      volunteer: "vera",
      feedback: "helpful",
      answers: {
        "story" => "private",
      },
      feedback_comment: "private too",
    }
    csv = described_class.bookings([booking], headers(described_class::BOOKING_COLUMNS))

    expect(CSV.parse(csv)).to eq(
      [
        described_class::BOOKING_COLUMNS.map { |column| headers([column]).values.first },
        ["7", "2", "2026-06-03T13:00:00Z", nil, "held", nil, nil, "vera", "helpful"],
      ],
    )
    expect(csv).not_to include("private")
  end

  it "keeps a cell that looks like a formula from running as one" do
    csv =
      described_class.bookings(
        [{ volunteer: "=HYPERLINK(1)" }],
        headers(described_class::BOOKING_COLUMNS),
      )
    expect(CSV.parse(csv).last).to include("'=HYPERLINK(1)")
  end

  it "refuses a header it has no translation for" do
    expect { described_class.bookings([], {}) }.to raise_error(KeyError)
  end
end

RSpec.describe "the stats CSV's column names" do # rubocop:disable RSpec/DescribeClass
  it "are in server.en.yml for every column of both files" do
    names = VolunteerBookingCoreSpec.server_locale.dig("en", "volunteer_booking", "stats", "csv")
    columns = VolunteerBooking::StatsTable::COLUMNS + VolunteerBooking::StatsCsv::BOOKING_COLUMNS
    expect(names.keys).to match_array(columns.uniq.map(&:to_s))
  end
end
