# frozen_string_literal: true

module VolunteerBooking
  # Slot grids filed by an owner (a shift, a volunteer) and the UTC day their
  # window opens on, so that an interval finds the few grids of its owner it
  # can overlap by an index per day it spans, instead of being compared with
  # every grid. Owners are numbered 0, 1, 2, ... by the caller, so an owner's
  # day is one Integer place in a flat Array, cheaper to fill and read than a
  # Hash. The grids filed in one place are chained through two more flat
  # Arrays (the grid of each filing and the filing before it in its place),
  # as an Array per place would be most of what the engine allocates. Only
  # the days between first_day and last_day are looked up, so an interval of
  # months costs no more than the horizon.
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
      @latest = Array.new(owners * @span)
      @grids = []
      @earlier = []
    end

    # Files grid under each of owners (owner numbers).
    def add(owners, grid)
      day = (grid.window_start / DAY) - @first_day
      owners.each do |owner|
        place = (owner * @span) + day
        @earlier << @latest[place]
        @latest[place] = @grids.size
        @grids << grid
      end
    end

    # See SlotGrid#book.
    def book(changes, owner, start, finish)
      each_grid(owner, start, finish) { |grid| grid.book(changes, start, finish) }
    end

    # See SlotGrid#mark_busy.
    def mark_busy(lists, owner, user_id, start, finish)
      each_grid(owner, start, finish) { |grid| grid.mark_busy(lists, user_id, start, finish) }
    end

    private

    # Yields the grids filed for owner on each day [start, finish) can reach.
    def each_grid(owner, start, finish)
      day = (start - @reach) / DAY
      day = @first_day if day < @first_day
      last_day = (finish - 1) / DAY
      last_day = @last_day if last_day > @last_day
      place = (owner * @span) + day - @first_day
      last = place + last_day - day
      while place <= last
        filing = @latest[place]
        while filing
          yield @grids[filing]
          filing = @earlier[filing]
        end
        place += 1
      end
    end
  end
end
