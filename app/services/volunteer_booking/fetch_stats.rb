# frozen_string_literal: true

module VolunteerBooking
  # The stats view: bookings per week by outcome, time to pick-up and
  # feedback answers (StatsTable), the coverage of shifts (StatsCoverage),
  # and each volunteer's sessions, over a date range, for one booking topic's organisers or, with no topic, for
  # staff across all booking topics.
  class FetchStats
    include Service::Base
    include StatsSteps

    Stats = Struct.new(:range, :table, :coverage, :volunteers, keyword_init: true)

    params(base_class: StatsParams)

    model :booking_topic, :fetch_booking_topic_or_all, optional: true
    policy :can_see_stats
    step :build_range
    step :fetch_stats

    private

    def fetch_stats(booking_stats:, range:)
      context[:stats] = Stats.new(
        range: range,
        table: StatsTable.build(range, booking_stats.weekly),
        coverage: booking_stats.coverage,
        volunteers: booking_stats.volunteers,
      )
    end
  end
end
