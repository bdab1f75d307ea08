# frozen_string_literal: true

module VolunteerBooking
  # Slot grids filed by an owner (a shift, a volunteer) and the UTC day their
  # window opens on, so that an interval finds the few grids of its owner it
  # can overlap by a hash lookup per day it spans, instead of being compared
  # with every grid. Owners are numbered 0, 1, 2, ... by the caller, so an
  # owner's day is one Integer key: a flat Hash is much cheaper to fill than
  # a Hash per owner. Only the days between first_day and last_day are
  # looked up, so an interval of months costs no more than the horizon.
  #
  # An interval is looked up in the days a window overlapping it can open
  # on: before its finish and less than the longest window before its start.
  class SlotTimeline
    DAY = 86_400

    # grids: all the grids that will be added, each opening between
    # first_day and last_day.
    def initialize(grids, first_day, last_day)
      @first_day = first_day
      @last_day = last_day
      @span = last_day - first_day + 1
      @reach = grids.map { |grid| grid.window_end - grid.window_start }.max || 0
      @grids = {}
    end

    def add(owner, grid)
      key = (owner * @span) + (grid.window_start / DAY) - @first_day
      list = @grids[key]
      list ? list << grid : @grids[key] = [grid]
    end

    # See SlotGrid#book.
    def book(changes, owner, start, finish)
      day = (start - @reach) / DAY
      day = @first_day if day < @first_day
      last_day = (finish - 1) / DAY
      last_day = @last_day if last_day > @last_day
      base = (owner * @span) - @first_day
      while day <= last_day
        @grids[base + day]&.each { |grid| grid.book(changes, start, finish) }
        day += 1
      end
    end

    # See SlotGrid#mark_busy.
    def mark_busy(lists, owner, user_id, start, finish)
      day = (start - @reach) / DAY
      day = @first_day if day < @first_day
      last_day = (finish - 1) / DAY
      last_day = @last_day if last_day > @last_day
      base = (owner * @span) - @first_day
      while day <= last_day
        @grids[base + day]&.each { |grid| grid.mark_busy(lists, user_id, start, finish) }
        day += 1
      end
    end
  end
end
