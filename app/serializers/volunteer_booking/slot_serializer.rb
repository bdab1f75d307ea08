# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts Slot: a core Slot without who is on the rota or how many
  # have booked, only the room left.
  class SlotSerializer < ::ApplicationSerializer
    include UtcTimes

    attributes :shift_id, :starts_at, :ends_at, :capacity, :available

    def shift_id
      object.shift_id
    end

    def capacity
      object.capacity
    end

    def available
      object.available
    end
  end
end
