# frozen_string_literal: true

require_relative "../../core_helper"

# Every row of contract/gaps.json, whose cases the in-memory API follows
# too: SlotEngine#on_duty's occurrences, filtered by Gaps.build; and
# Gaps.main_zone and Gaps.message_week.
RSpec.describe VolunteerBooking::Gaps do
  contract = VolunteerBookingCoreSpec.contract("gaps")
  engine = VolunteerBooking::SlotEngine.new(session_minutes: 30, horizon_days: 28)
  shift = ->(name) { contract[:shifts].fetch(name.to_sym) }
  date = ->(value) { value && Date.iso8601(value) }

  describe ".build" do
    contract[:cases].each do |row|
      it row[:why] do
        shifts = row[:shifts].map(&shift)
        occurrences =
          engine.on_duty(
            shifts: shifts,
            rota_entries:
              row[:rota].map do |entry|
                {
                  shift_id: shift.(entry[:shift])[:id],
                  user_id: entry[:user_id],
                  on_date: date.(entry[:on_date]),
                }
              end,
            time_off:
              row[:time_off].map do |entry|
                entry.merge(starts_on: date.(entry[:starts_on]), ends_on: date.(entry[:ends_on]))
              end,
            first_date: date.(row[:range][:from]),
            last_date: date.(row[:range][:to]),
          )
        wanted = shifts.to_h { |each| [each[:id], each[:volunteers_wanted]] }
        names = contract[:shifts].to_h { |name, each| [each[:id], name.to_s] }

        gaps = described_class.build(occurrences, wanted: wanted, now: Time.iso8601(row[:now]))

        expect(
          gaps.map do |gap|
            {
              shift: names[gap[:shift_id]],
              date: gap[:date].iso8601,
              volunteer_ids: gap[:volunteer_ids],
              wanted: gap[:wanted],
            }
          end,
        ).to eq(row[:gaps])
      end
    end
  end

  describe ".main_zone" do
    contract[:main_zone].each do |row|
      it row[:why] do
        expect(described_class.main_zone(row[:shifts].map(&shift))).to eq(row[:zone])
      end
    end
  end

  describe ".message_week" do
    contract[:message_week].each do |row|
      it row[:why] do
        week =
          described_class.message_week(
            now: Time.iso8601(row[:now]),
            zone: row[:zone],
            weekday: row[:weekday],
            hour: row[:hour],
            last_week: date.(row[:last_week]),
          )
        expect(week&.iso8601).to eq(row[:week])
      end
    end
  end
end
