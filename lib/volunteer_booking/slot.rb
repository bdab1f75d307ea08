# frozen_string_literal: true

module VolunteerBooking
  # One bookable start time. Immutable so the slot engine can hand the same
  # volunteer list to every slot of an occurrence without copying it, and
  # one frozen Time to a slot's end and the next one's start.
  class Slot
    attr_reader :shift_id, :starts_at, :ends_at, :capacity, :booked, :volunteer_ids

    # Positional twin of new for the SlotEngine's inner loop, where keyword
    # arguments cost as much as the rest of building a slot. volunteer_ids
    # must already be frozen, and so must Times shared with another slot.
    def self.build(shift_id, starts_at, ends_at, capacity, booked, volunteer_ids)
      slot = allocate
      slot.send(:assign, shift_id, starts_at, ends_at, capacity, booked, volunteer_ids)
      slot
    end

    def initialize(shift_id:, starts_at:, ends_at:, capacity:, booked:, volunteer_ids:)
      volunteer_ids = volunteer_ids.dup.freeze unless volunteer_ids.frozen?
      assign(shift_id, starts_at, ends_at, capacity, booked, volunteer_ids)
    end

    # Over-full slots (bookings made before a volunteer took time off) must
    # read as full, never as negative room.
    def available
      booked >= capacity ? 0 : capacity - booked
    end

    def full?
      available.zero?
    end

    # Shift id plus start instant identify a slot across requests: both are
    # what a booking stores, and neither depends on the viewer's time zone.
    def key
      "#{shift_id}/#{starts_at.getutc.strftime("%Y-%m-%dT%H:%M:%SZ")}"
    end

    def to_h
      {
        key: key,
        shift_id: shift_id,
        starts_at: starts_at,
        ends_at: ends_at,
        capacity: capacity,
        booked: booked,
        available: available,
        volunteer_ids: volunteer_ids,
      }
    end

    def ==(other)
      other.is_a?(Slot) && to_h == other.to_h
    end
    alias eql? ==

    def hash
      to_h.hash
    end

    private

    def assign(shift_id, starts_at, ends_at, capacity, booked, volunteer_ids)
      @shift_id = shift_id
      @starts_at = starts_at
      @ends_at = ends_at
      @capacity = capacity
      @booked = booked
      @volunteer_ids = volunteer_ids
      freeze
    end
  end
end
