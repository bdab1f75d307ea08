# frozen_string_literal: true

module VolunteerBooking
  # Gaps: shift dates with fewer volunteers on duty than the shift wants,
  # counted on SlotEngine#on_duty's occurrences so a gap is exactly a rota
  # grid cell short of people. And when a topic's weekly message about them
  # is due.
  module Gaps
    VOLUNTEERS_WANTED = Limits.range(:volunteers_wanted)
    MESSAGE_WEEKDAYS = Limits.range(:gap_message_weekday)
    MESSAGE_HOURS = Limits.range(:gap_message_hour)
    HORIZON_WEEKS = Limits.range(:gap_horizon_weeks)

    # occurrences: SlotEngine#on_duty's. wanted: shift_id => volunteers
    # wanted (a shift left out wants one). The occurrences starting after
    # now with fewer volunteers than wanted, soonest first, ties by shift:
    # [{ shift_id:, date:, starts_at:, ends_at:, volunteer_ids:, wanted: }].
    def self.build(occurrences, wanted:, now:)
      gaps =
        occurrences.filter_map do |occurrence|
          next if occurrence[:starts_at] <= now
          number = wanted.fetch(occurrence[:shift_id], 1)
          next if occurrence[:volunteer_ids].size >= number
          occurrence.slice(:shift_id, :date, :starts_at, :ends_at, :volunteer_ids).merge(
            wanted: number,
          )
        end
      gaps.sort_by { |gap| [gap[:starts_at], gap[:shift_id]] }
    end

    # Of the occurrences starting after now: how many have the volunteers
    # their shift wants ({ covered:, total: }).
    def self.coverage(occurrences, wanted:, now:)
      ahead = occurrences.select { |occurrence| occurrence[:starts_at] > now }
      covered =
        ahead.count do |occurrence|
          occurrence[:volunteer_ids].size >= wanted.fetch(occurrence[:shift_id], 1)
        end
      { covered: covered, total: ahead.size }
    end

    # The gaps a volunteer could fill: not on them already, and not on time
    # off ({ starts_on:, ends_on: }, theirs) on the gap's date.
    def self.fillable(gaps, user_id:, time_off:)
      gaps.reject do |gap|
        gap[:volunteer_ids].include?(user_id) ||
          time_off.any? { |away| gap[:date].between?(away[:starts_on], away[:ends_on]) }
      end
    end

    # The IANA zone most of the shifts ({ id:, time_zone: }) use: the one
    # the topic's weekly message is timed and worded in. A tie goes to the
    # zone of the shift with the lowest id, so the answer does not depend
    # on the order the shifts were read in.
    def self.main_zone(shifts)
      return "UTC" if shifts.empty?
      counts = shifts.map { |shift| shift[:time_zone] }.tally
      shifts.min_by { |shift| [-counts[shift[:time_zone]], shift[:id]] }[:time_zone]
    end

    # The Monday (a Date) of the week now falls in, read in zone, once now
    # is at or past that week's weekday (Date#wday, 0 Sunday) at hour:00
    # and the message was not sent for that week (last_week, a Date or
    # nil); otherwise nil. Weeks start on Monday, so a Sunday message goes
    # out at the end of its week. An hour the clocks skip reads as the one
    # after it, as ActiveSupport's TimeZone#local does.
    def self.message_week(now:, zone:, weekday:, hour:, last_week:)
      time_zone = ActiveSupport::TimeZone[SlotEngine.tzinfo(zone) || SlotEngine.tzinfo("UTC")]
      monday = now.in_time_zone(time_zone).to_date.beginning_of_week(:monday)
      return if monday == last_week
      day = monday + ((weekday - 1) % 7)
      due = time_zone.local(day.year, day.month, day.day, hour)
      monday if now >= due
    end
  end
end
