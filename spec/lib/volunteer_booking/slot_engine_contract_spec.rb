# frozen_string_literal: true

require_relative "../../core_helper"

# Every case of contract/slot_engine.json, which the in-memory API follows
# too: engine settings and inputs, and the slots expected, times in UTC.
RSpec.describe VolunteerBooking::SlotEngine do
  contract = VolunteerBookingCoreSpec.contract("slot_engine")
  time = ->(iso) { iso && Time.iso8601(iso) }
  date = ->(iso) { iso && Date.iso8601(iso) }

  contract[:cases].each do |row|
    it row[:why] do
      engine = described_class.new(**contract[:settings].merge(row[:settings] || {}))
      slots =
        engine.slots(
          now: time.(row[:now]),
          shifts: row[:shifts].map { |name| contract[:shifts].fetch(name.to_sym) },
          rota_entries: row[:rota].map { |entry| entry.merge(on_date: date.(entry[:on_date])) },
          time_off:
            (row[:time_off] || []).map do |entry|
              entry.merge(starts_on: date.(entry[:starts_on]), ends_on: date.(entry[:ends_on]))
            end,
          bookings:
            (row[:bookings] || []).map do |booking|
              booking.merge(
                starts_at: time.(booking[:starts_at]),
                ends_at: time.(booking[:ends_at]),
              )
            end,
          busy:
            (row[:busy] || []).map do |busy|
              busy.merge(starts_at: time.(busy[:starts_at]), ends_at: time.(busy[:ends_at]))
            end,
          skips: (row[:skips] || []).map { |skip| skip.merge(on_date: date.(skip[:on_date])) },
        )
      expect(
        slots.map do |slot|
          slot
            .to_h
            .slice(:shift_id, :starts_at, :ends_at, :capacity, :available)
            .merge(starts_at: slot.starts_at.utc.iso8601, ends_at: slot.ends_at.utc.iso8601)
        end,
      ).to eq(row[:slots])
    end
  end
end
