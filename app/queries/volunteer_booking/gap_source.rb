# frozen_string_literal: true

module VolunteerBooking
  # The one place that reads a booking topic's rota into Gaps: its shifts'
  # occurrences on the coming local dates (SlotSource.on_duty, so only
  # people who can still volunteer there count) and what each shift
  # wants. The gaps endpoint, the weekly gap message and the gap
  # notifications all go through here.
  module GapSource
    COVERAGE_WEEKS = Limits.count(:gap_coverage_weeks)

    # The coming weeks from today in the topic's main zone:
    # { from:, to:, covered:, total:, gaps: Gaps.build's }.
    def self.coverage(booking_topic, weeks: COVERAGE_WEEKS, now: Time.current)
      coverage_and_occurrences(booking_topic, [], weeks: weeks, now: now).first
    end

    # The coverage, and the occurrences on other local dates (those a gap
    # message lists, which may be before today), from one read of the rota:
    # [coverage, occurrences on dates, soonest first].
    def self.coverage_and_occurrences(booking_topic, dates, weeks:, now:)
      shifts = booking_topic.shifts.to_a
      from = today(shifts, now)
      to = from + (weeks * 7) - 1
      read = SlotSource.on_duty(booking_topic, shifts, [from, *dates].min, [to, *dates].max)
      ahead = read.select { |occurrence| occurrence[:date].between?(from, to) }
      wanted = wanted(shifts)
      coverage = {
        from: from,
        to: to,
        **Gaps.coverage(ahead, wanted: wanted, now: now),
        gaps: Gaps.build(ahead, wanted: wanted, now: now),
      }
      on_dates = read.select { |occurrence| dates.include?(occurrence[:date]) }
      [coverage, on_dates.sort_by { |occurrence| occurrence[:starts_at] }]
    end

    # What each of the shifts wants, as Gaps takes it: shift_id =>
    # volunteers wanted.
    def self.wanted(shifts)
      shifts.to_h { |shift| [shift.id, shift.volunteers_wanted] }
    end

    # The topic's main zone (Gaps.main_zone), which its weekly message is
    # timed and worded in.
    def self.main_zone(shifts)
      Gaps.main_zone(shifts.map(&:to_core))
    end

    def self.today(shifts, now)
      now.in_time_zone(SlotEngine.tzinfo(main_zone(shifts))).to_date
    end

    private_class_method :today
  end
end
