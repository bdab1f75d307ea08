# frozen_string_literal: true

module VolunteerBooking
  # Coverage of shifts over a StatsRange: of the shift time starting in the
  # range, how much had at least one volunteer on duty, by the rules of the
  # slots' capacity (SlotEngine#on_duty). The rota keeps no history, so a
  # past week is read with the rota and time off as they stand now.
  module StatsCoverage
    # The local dates SlotEngine#on_duty is asked for: a day more on each
    # side, as a shift's zone may be up to 14 hours off the range's.
    def self.dates(range)
      [range.from - 1, range.to + 1]
    end

    # occurrences: SlotEngine#on_duty's, of one topic or several.
    # { shift_minutes:, covered_minutes:, covered_percent: } with the share
    # in whole percent, nil when no shift falls in the range.
    def self.build(occurrences, range)
      first, last = range.bounds
      shift_minutes = 0
      covered_minutes = 0
      occurrences.each do |occurrence|
        next if occurrence[:starts_at] < first || occurrence[:starts_at] >= last
        minutes = ((occurrence[:ends_at] - occurrence[:starts_at]) / 60).round
        shift_minutes += minutes
        covered_minutes += minutes if occurrence[:volunteer_ids].any?
      end
      {
        shift_minutes: shift_minutes,
        covered_minutes: covered_minutes,
        covered_percent:
          (shift_minutes.zero? ? nil : (covered_minutes * 100.0 / shift_minutes).round),
      }
    end
  end
end
