# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts Gap: a shift date with fewer volunteers than it wants
  # (a FetchGaps::Gap), and who is on it.
  class GapSerializer < ::ApplicationSerializer
    include UtcTimes

    attributes :shift_id, :date, :starts_at, :ends_at, :wanted, :volunteers

    def shift_id
      object.shift_id
    end

    def date
      object.date.iso8601
    end

    def wanted
      object.wanted
    end

    def volunteers
      object.volunteers.map do |user|
        BasicUserSerializer.new(user, scope: scope, root: false).as_json
      end
    end
  end
end
