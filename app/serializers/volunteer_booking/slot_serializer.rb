# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts Slot: a core Slot without who is on the rota or how many
  # have booked, only the room left.
  class SlotSerializer < ::ApplicationSerializer
    attributes :shift_id, :starts_at, :ends_at, :capacity, :available

    def shift_id
      object.shift_id
    end

    def starts_at
      object.starts_at.getutc.iso8601
    end

    def ends_at
      object.ends_at.getutc.iso8601
    end

    def capacity
      object.capacity
    end

    def available
      object.available
    end
  end
end
