# frozen_string_literal: true

require_relative "../../core_helper"

# Every row of contract/request_windows.json, which the in-memory API's
# request-windows.ts follows too.
RSpec.describe VolunteerBooking::RequestWindows do
  contract = VolunteerBookingCoreSpec.contract("request_windows")
  now = Time.iso8601(contract[:now])
  session_minutes = contract[:session_minutes]
  # The core reads windows as they come from JSON, with string keys.
  windows_of = ->(row) { JSON.parse(JSON.generate(row[:windows])) }

  contract[:checks].each do |row|
    it "checks #{row[:name]}" do
      result =
        described_class.check(
          windows: windows_of.call(row),
          time_zone: row[:time_zone],
          session_minutes: session_minutes,
          horizon_days: contract[:horizon_days],
          now: now,
        )
      expect([result.error, result.params]).to eq([row[:error], row.fetch(:params, {})])
    end
  end

  contract[:fits].each do |row|
    it "fits #{row[:name]}" do
      fits =
        described_class.fits?(
          windows: windows_of.call(row),
          time_zone: row[:time_zone],
          starts_at: Time.iso8601(row[:starts_at]),
          session_minutes: session_minutes,
        )
      expect(fits).to be(row[:fits])
    end
  end

  it "has a row for every error" do
    expect(contract[:checks].map { |row| row[:error] }.compact.uniq).to match_array(
      described_class::ERRORS,
    )
  end
end
