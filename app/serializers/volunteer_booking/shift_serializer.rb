# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts Shift.
  class ShiftSerializer < ::ApplicationSerializer
    attributes :id, :weekday, :starts_at, :ends_at, :time_zone, :volunteers_wanted
  end
end
