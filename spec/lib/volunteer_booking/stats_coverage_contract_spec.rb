# frozen_string_literal: true

require_relative "../../core_helper"

# Every case of contract/stats_coverage.json, which the in-memory API
# follows too: SlotEngine#on_duty's occurrences, summed by StatsCoverage.
RSpec.describe VolunteerBooking::StatsCoverage do
  contract = VolunteerBookingCoreSpec.contract("stats_coverage")
  engine = VolunteerBooking::SlotEngine.new(session_minutes: 30, horizon_days: 28)

  contract[:cases].each do |row|
    it row[:why] do
      shifts = row[:shifts].map { |name| contract[:shifts][name.to_sym] }
      range =
        VolunteerBooking::StatsRange.build(
          from: Date.iso8601(row[:range][:from]),
          to: Date.iso8601(row[:range][:to]),
          zone: row[:range][:zone],
          now: Time.utc(2026, 12, 1),
        ).value
      first_date, last_date = described_class.dates(range)
      occurrences =
        engine.on_duty(
          shifts: shifts,
          rota_entries:
            row[:rota].map do |entry|
              {
                shift_id: contract[:shifts][entry[:shift].to_sym][:id],
                user_id: entry[:user_id],
                on_date: entry[:on_date] && Date.iso8601(entry[:on_date]),
              }
            end,
          time_off:
            row[:time_off].map do |entry|
              entry.merge(
                starts_on: Date.iso8601(entry[:starts_on]),
                ends_on: Date.iso8601(entry[:ends_on]),
              )
            end,
          first_date: first_date,
          last_date: last_date,
        )

      expect(described_class.build(occurrences, range)).to eq(row[:coverage])
    end
  end
end
