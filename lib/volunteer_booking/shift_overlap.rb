# frozen_string_literal: true

module VolunteerBooking
  # Decides whether two shifts of a booking topic overlap in real time.
  #
  # Shifts are the SlotEngine's hashes ({ id:, weekday:, starts_at:,
  # ends_at:, time_zone: }) and each may use its own IANA zone, so "Wednesday
  # 13:00-17:00 Europe/London" and "Wednesday 08:00-10:00 America/New_York"
  # overlap although their wall-clock times do not. Offsets move with
  # daylight-saving time, and zones change on different dates, so two shifts
  # can collide only on some weeks: each shift's occurrences over the coming
  # WEEKS weeks are turned into UTC windows and the two sorted lists are swept
  # once, which keeps the check linear. Windows that only touch (one ends when
  # the other starts) do not overlap.
  class ShiftOverlap
    # A little over a year, so every daylight-saving change is seen once.
    WEEKS = 53

    # The first shift in others that overlaps shift, or nil. Entries with the
    # same id as shift are skipped, so an edited shift is not compared with
    # its stored self.
    def self.find(shift, others, from:, weeks: WEEKS)
      others.find do |other|
        other[:id] != shift[:id] && overlap?(shift, other, from: from, weeks: weeks)
      end
    end

    # from: the first Date to look at; weeks: how many weeks from there.
    # Raises ArgumentError for a shift the SlotEngine would refuse.
    def self.overlap?(first, second, from:, weeks: WEEKS)
      raise ArgumentError, "from must be a Date, got #{from.class}" unless from.is_a?(Date)
      a = windows(parse(first), from.to_date, weeks)
      b = windows(parse(second), from.to_date, weeks)
      i = 0
      j = 0
      while i < a.size && j < b.size
        return true if a[i][0] < b[j][1] && b[j][0] < a[i][1]
        a[i][1] <= b[j][1] ? i += 1 : j += 1
      end
      false
    end

    # A shift that is not saved yet has no id, which the SlotEngine wants.
    def self.parse(shift)
      SlotEngine.parse_shift(shift.is_a?(Hash) && shift[:id].nil? ? shift.merge(id: :new) : shift)
    end

    # [[start, end], ...] in epoch seconds, in order. The range starts a day
    # early so a shift whose local date is behind UTC is not missed.
    def self.windows(shift, from, weeks)
      first = from - 1
      date = first + ((shift.weekday - first.wday) % 7)
      last = from + (weeks * 7)
      list = []
      while date <= last
        list << [epoch(shift, date, shift.start_minute), epoch(shift, date, shift.end_minute)]
        date += 7
      end
      list
    end

    def self.epoch(shift, date, minute_of_day)
      shift.zone.local(date.year, date.month, date.day, minute_of_day / 60, minute_of_day % 60).to_i
    end

    private_class_method :parse, :windows, :epoch
  end
end
