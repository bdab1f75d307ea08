# frozen_string_literal: true

module VolunteerBooking
  # The numbers of the stats view and its CSV, from the database's
  # aggregates (BookingStats): one row per week of the range, weeks with no
  # bookings included as zeros so a chart's gaps are real, and the totals.
  #
  # A row from the database: { week: Date or nil for the totals, the
  # COUNTS, the PICK_UP percentiles in seconds or nil, and the REQUESTS }.
  # Bookings count in the week their session starts; pick-up is from
  # booking to pick-up. A request has no session until it is scheduled, so
  # requests count in the week they were made: how many, and how many of
  # those were scheduled, withdrawn, expired, or are still open or taken.
  module StatsTable
    COUNTS = %i[booked held no_show cancelled expired open helpful somewhat not_really].freeze
    PICK_UP = %i[pick_up_median pick_up_p90].freeze
    REQUESTS = %i[
      requested
      requests_scheduled
      requests_withdrawn
      requests_expired
      requests_open
    ].freeze
    # Every count of a row, which the totals add up week by week.
    ALL_COUNTS = [*COUNTS, *REQUESTS].freeze
    COLUMNS = [:week, *COUNTS, *PICK_UP.map { |name| :"#{name}_minutes" }, *REQUESTS].freeze

    # { weeks: [row, ...], totals: row }, each row keyed by COLUMNS (totals
    # without :week), weeks as ISO dates.
    def self.build(range, rows)
      by_week = rows.reject { |row| row[:week].nil? }.index_by { |row| row[:week] }
      totals = rows.find { |row| row[:week].nil? }
      {
        weeks:
          range.weeks.map { |monday| { week: monday.iso8601 }.merge(numbers(by_week[monday])) },
        totals: numbers(totals),
      }
    end

    def self.numbers(row)
      row ||= {}
      counts = ALL_COUNTS.to_h { |name| [name, row[name].to_i] }
      minutes = PICK_UP.to_h { |name| [:"#{name}_minutes", minutes(row[name])] }
      counts.merge(minutes)
    end

    # Whole minutes read best in a table; under one, a tenth.
    def self.minutes(seconds)
      return nil if seconds.nil?
      value = seconds.to_f / 60
      value < 1 ? value.round(1) : value.round
    end
  end
end
