# frozen_string_literal: true

module VolunteerBooking
  # The days organisers ask stats for: whole days in the topic's main zone,
  # first and last included, bucketed into weeks that start on Monday
  # midnight in that zone. Bounded, so one request reads a bounded number of rows: at
  # most MAX_DAYS, and never backwards.
  class StatsRange
    MAX_DAYS = Limits.count(:stats_days)
    # Twelve weeks: a quarter, enough for a trend to show.
    DEFAULT_WEEKS = 12
    ERRORS = %i[stats_range_reversed stats_range_too_long].freeze

    attr_reader :from, :to, :zone

    # from and to are Dates or nil; nil to is today in zone, nil from the
    # Monday DEFAULT_WEEKS - 1 weeks before to's week. Returns a
    # BookingRules::Result whose value is the range: stats_range_reversed,
    # or stats_range_too_long (params: max).
    def self.build(from:, to:, zone:, now:)
      to ||= now.in_time_zone(zone).to_date
      from ||= monday(to) - ((DEFAULT_WEEKS - 1) * 7)
      return BookingRules::Result.failure(:stats_range_reversed) if from > to
      if (to - from).to_i + 1 > MAX_DAYS
        return BookingRules::Result.failure(:stats_range_too_long, max: MAX_DAYS)
      end
      BookingRules::Result.ok(new(from, to, zone))
    end

    # The zone most of the topic's shifts are in (the first by name on a
    # tie, so the answer does not depend on row order); UTC with none.
    def self.main_zone(shift_zones)
      counts = shift_zones.compact.tally
      return "UTC" if counts.empty?
      counts.min_by { |name, count| [-count, name] }.first
    end

    def self.monday(date)
      date - ((date.wday - 1) % 7)
    end

    def initialize(from, to, zone)
      @from = from
      @to = to
      @zone = zone
    end

    # The instants the range covers, [first, last) in UTC: local midnights,
    # so a day of 23 or 25 hours is a whole day too.
    def bounds
      [midnight(from), midnight(to + 1)]
    end

    # The Mondays of every week the range touches, in order.
    def weeks
      (self.class.monday(from)..to).step(7).to_a
    end

    # Each week's [first, last) instants in UTC, in the order of weeks,
    # cut to the range: the zone's rules are applied here, once per week,
    # so the database compares plain times, each week a range of its index.
    def week_bounds
      first, last = bounds
      starts = [first, *weeks.drop(1).map { |monday| midnight(monday) }]
      starts.zip(starts.drop(1) + [last])
    end

    private

    def midnight(date)
      ActiveSupport::TimeZone[zone].local(date.year, date.month, date.day).utc
    end
  end
end
