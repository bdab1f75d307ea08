# frozen_string_literal: true

module VolunteerBooking
  # Slot grids filed by an owner (a shift, a volunteer) and the UTC day their
  # window opens on, so that an interval finds the few grids of its owner it
  # can overlap by an index per day it spans, instead of being compared with
  # every grid. Owners are numbered 0, 1, 2, ... by the caller, so an owner's
  # day is one Integer index into one flat Array, cheaper to fill and read
  # than a Hash. A place holds its only grid itself, or an Array when an
  # owner has several windows opening that day: most have one, and an Array
  # for each would be most of what the engine allocates. Only the days
  # between first_day and last_day are looked up, so an interval of months
  # costs no more than the horizon.
  #
  # An interval is looked up in the days a window overlapping it can open
  # on: before its finish and less than the longest window before its start.
  class SlotTimeline
    DAY = 86_400

    # grids: all the grids that will be added, each opening between
    # first_day and last_day; owners: how many owners they are filed under.
    def initialize(grids, first_day, last_day, owners)
      @first_day = first_day
      @last_day = last_day
      @span = last_day - first_day + 1
      @reach = grids.map { |grid| grid.window_end - grid.window_start }.max || 0
      @grids = Array.new(owners * @span)
    end

    def add(owner, grid)
      place = (owner * @span) + (grid.window_start / DAY) - @first_day
      filed = @grids[place]
      if filed.nil?
        @grids[place] = grid
      elsif filed.is_a?(Array)
        filed << grid
      else
        @grids[place] = [filed, grid]
      end
    end

    # See SlotGrid#book.
    def book(changes, owner, start, finish)
      each_place(owner, start, finish) do |filed|
        if filed.is_a?(Array)
          filed.each { |grid| grid.book(changes, start, finish) }
        else
          filed.book(changes, start, finish)
        end
      end
    end

    # See SlotGrid#mark_busy.
    def mark_busy(lists, owner, user_id, start, finish)
      each_place(owner, start, finish) do |filed|
        if filed.is_a?(Array)
          filed.each { |grid| grid.mark_busy(lists, user_id, start, finish) }
        else
          filed.mark_busy(lists, user_id, start, finish)
        end
      end
    end

    private

    # Yields what is filed for owner on each day [start, finish) can reach.
    def each_place(owner, start, finish)
      day = (start - @reach) / DAY
      day = @first_day if day < @first_day
      last_day = (finish - 1) / DAY
      last_day = @last_day if last_day > @last_day
      place = (owner * @span) + day - @first_day
      last = place + last_day - day
      while place <= last
        filed = @grids[place]
        yield filed if filed
        place += 1
      end
    end
  end
end
