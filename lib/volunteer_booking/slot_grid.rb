# frozen_string_literal: true

module VolunteerBooking
  # The start times of one shift occurrence, first + index * step for index
  # in low..high, each lasting session seconds (all epoch seconds), and what
  # of an interval index overlaps them.
  #
  # Interval indexes are Hashes of flat [start, finish, ...] Arrays keyed by
  # the UTC day each interval starts on; with the longest interval's length
  # known, the days that can hold an overlap of a window are few.
  #
  # A half-open interval [start, finish) overlaps slot index when
  # first + index * step < finish and first + index * step + session > start,
  # so the slots it overlaps are a range found by two divisions rather than
  # by comparing it with each slot. The walks are plain loops: they run for
  # every shift occurrence on every page view, and a block call per interval
  # costs as much as the arithmetic it would wrap.
  class SlotGrid
    DAY = 86_400

    attr_reader :first, :step, :session, :low, :high

    def initialize(first, step, session, low, high)
      @first = first
      @step = step
      @session = session
      @low = low
      @high = high
      @window_start = first + (low * step)
      @window_end = first + (high * step) + session
    end

    # How many intervals of by_day overlap each slot, by position from low;
    # nil when none does. A difference array keeps a long interval as cheap
    # as a short one.
    def counts(by_day, longest)
      diff = nil
      each_day(by_day, longest) do |list|
        at = 0
        while at < list.size
          from = first_position(list[at])
          to = last_position(list[at + 1])
          at += 2
          next if from > to
          diff ||= Array.new(high - low + 2, 0)
          diff[from] += 1
          diff[to + 1] -= 1
        end
      end
      running = 0
      diff&.pop
      diff&.map! { |delta| running += delta }
    end

    # Who of volunteer_ids is busy during each slot, by position from low:
    # nil, or an Array per slot with anyone busy. by_day holds, per day, a
    # Hash of each person's intervals starting that day; the smaller of a
    # day's busy people and the occurrence's volunteers is walked.
    def away(by_day, longest, volunteer_ids)
      away = nil
      each_day(by_day, longest) do |people|
        if people.size < volunteer_ids.size
          people.each do |user_id, list|
            next if volunteer_ids.bsearch { |id| id >= user_id } != user_id
            away = mark(away, list, user_id)
          end
        else
          volunteer_ids.each do |user_id|
            list = people[user_id]
            away = mark(away, list, user_id) if list
          end
        end
      end
      away
    end

    private

    # Yields what by_day holds for each day an interval overlapping the
    # window can start on.
    def each_day(by_day, longest)
      day = (@window_start - longest) / DAY
      last_day = (@window_end - 1) / DAY
      while day <= last_day
        entry = by_day[day]
        yield entry if entry
        day += 1
      end
    end

    def mark(away, list, user_id)
      at = 0
      while at < list.size
        from = first_position(list[at])
        to = last_position(list[at + 1])
        at += 2
        next if from > to
        away ||= Array.new(high - low + 1)
        while from <= to
          (away[from] ||= []) << user_id
          from += 1
        end
      end
      away
    end

    # Position (from low) of the first slot ending after start.
    def first_position(start)
      index = ((start - first - session) / step) + 1
      index < low ? 0 : index - low
    end

    # Position (from low) of the last slot starting before finish.
    def last_position(finish)
      index = (finish - first - 1) / step
      (index > high ? high : index) - low
    end
  end
end
