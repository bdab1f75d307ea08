# frozen_string_literal: true

module VolunteerBooking
  # The start times of one shift occurrence, first + index * step for index
  # in low..high, each lasting session seconds (all epoch seconds). The
  # slots of all grids are numbered one after the other, this grid's from
  # base, so that what overlaps them is kept in a few flat Arrays for the
  # whole topic instead of a few per grid. One number after each grid's last
  # slot is left unused, for the end of a difference Array's ranges.
  #
  # A half-open interval [start, finish) overlaps slot index when
  # first + index * step < finish and first + index * step + session > start,
  # so the slots it overlaps are a range found by two divisions rather than
  # by comparing it with each slot. Both writers below work that range out
  # inline: they run for every booking and busy entry, and a method call
  # costs as much as the arithmetic.
  class SlotGrid
    attr_reader :first, :step, :session, :low, :high, :base, :window_start, :window_end

    def initialize(first, step, session, low, high, base)
      @first = first
      @step = step
      @session = session
      @low = low
      @high = high
      @base = base
      @window_start = first + (low * step)
      @window_end = first + (high * step) + session
    end

    def size
      high - low + 1
    end

    # The base of the next grid.
    def after_last
      base + size + 1
    end

    # Counts [start, finish) in every slot it overlaps, in changes, a
    # difference Array by slot number: one more from the first slot, one
    # less after the last, so a long booking is as cheap as a short one.
    def book(changes, start, finish)
      from = ((start - @first - @session) / @step) + 1
      from = @low if from < @low
      to = (finish - @first - 1) / @step
      to = @high if to > @high
      return if from > to
      changes[@base + from - @low] += 1
      changes[@base + to - @low + 1] -= 1
    end

    # Adds user_id to the busy people, in lists by slot number, of every
    # slot [start, finish) overlaps. A slot with one busy person holds the
    # id itself and only one with more an Array: most have one, and an
    # Array each would be a tenth of what the engine allocates.
    def mark_busy(lists, user_id, start, finish)
      from = ((start - @first - @session) / @step) + 1
      from = @low if from < @low
      to = (finish - @first - 1) / @step
      to = @high if to > @high
      number = @base + from - @low
      last = @base + to - @low
      while number <= last
        busy = lists[number]
        if busy.nil?
          lists[number] = user_id
        elsif busy.is_a?(Array)
          busy << user_id
        else
          lists[number] = [busy, user_id]
        end
        number += 1
      end
    end
  end
end
