# frozen_string_literal: true

require_relative "../../core_helper"

# contract/stats_csv.json, which the in-memory API's downloads follow too:
# the columns in order, a header for each in server.en.yml, and no private
# column.
RSpec.describe VolunteerBooking::StatsCsv do
  contract = VolunteerBookingCoreSpec.contract("stats_csv")
  headers = VolunteerBookingCoreSpec.server_locale.dig("en", "volunteer_booking", "stats", "csv")

  it "writes the weekly table's columns in the shared order" do
    expect(VolunteerBooking::StatsTable::COLUMNS.map(&:to_s)).to eq(contract[:table])
  end

  it "writes the bookings' columns in the shared order, none of them private" do
    expect(described_class::BOOKING_COLUMNS.map(&:to_s)).to eq(contract[:bookings])
    expect(contract[:bookings] & contract[:never]).to be_empty
  end

  it "heads each column with its translation, as the export's first line" do
    columns = contract[:table].map(&:to_sym)
    csv =
      described_class.table(
        { weeks: [] },
        columns.to_h { |column| [column, headers.fetch(column.to_s)] },
      )
    expect(csv).to eq(CSV.generate_line(contract[:table].map { |column| headers.fetch(column) }))
  end
end
