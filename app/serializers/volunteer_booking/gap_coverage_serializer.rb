# frozen_string_literal: true

module VolunteerBooking
  # The gaps endpoint's answer (a FetchGaps::Coverage): the coming four
  # weeks' local dates, how many shift dates are covered out of all, and
  # the gaps.
  class GapCoverageSerializer < ::ApplicationSerializer
    attributes :from, :to, :covered, :total, :gaps

    def from
      object.from.iso8601
    end

    def to
      object.to.iso8601
    end

    def covered
      object.covered
    end

    def total
      object.total
    end

    def gaps
      object.gaps.map { |gap| GapSerializer.new(gap, scope: scope, root: false).as_json }
    end
  end
end
