# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts BookingStats: a FetchStats::Stats for the stats view.
  class StatsSerializer < ::ApplicationSerializer
    attributes :from, :to, :time_zone, :weeks, :totals, :coverage, :volunteers

    def from
      object.range.from.iso8601
    end

    def to
      object.range.to.iso8601
    end

    def time_zone
      object.range.zone
    end

    def weeks
      object.table[:weeks]
    end

    def totals
      object.table[:totals]
    end

    def coverage
      object.coverage
    end

    def volunteers
      object.volunteers
    end
  end
end
