# frozen_string_literal: true

module VolunteerBooking
  # The stats as a CSV file to share, e.g. with a funder: the weekly table,
  # or one row per booking (StatsCsv says what a row may carry). Same
  # topic, range and permission as FetchStats.
  class ExportStats
    include Service::Base
    include StatsSteps

    KINDS = %w[table bookings].freeze

    params(base_class: StatsParams) do
      attribute :kind, :string

      validates :kind, inclusion: { in: KINDS }
    end

    model :booking_topic, :fetch_booking_topic_or_all, optional: true
    policy :can_see_stats
    step :build_range
    step :write_csv

    private

    def write_csv(params:, booking_topic:, booking_stats:, range:)
      context[:csv] = if params.kind == "table"
        StatsCsv.table(StatsTable.build(range, booking_stats.weekly), headers(StatsTable::COLUMNS))
      else
        StatsCsv.bookings(booking_stats.bookings, headers(StatsCsv::BOOKING_COLUMNS))
      end
      scope = booking_topic ? "topic-#{booking_topic.topic_id}" : "all-topics"
      context[:filename] = "volunteer-booking-#{scope}-#{params.kind}-#{range.from}-#{range.to}.csv"
    end

    def headers(columns)
      columns.to_h { |column| [column, I18n.t("volunteer_booking.stats.csv.#{column}")] }
    end
  end
end
