# frozen_string_literal: true

module VolunteerBooking
  # starts_at and ends_at as api-types.ts IsoTime: ISO 8601 in UTC, for
  # the serializers of things with a start and an end that are not records.
  module UtcTimes
    def starts_at
      object.starts_at.getutc.iso8601
    end

    def ends_at
      object.ends_at.getutc.iso8601
    end
  end
end
