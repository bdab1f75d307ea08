# frozen_string_literal: true

module VolunteerBooking
  # The stats' aggregates over one StatsRange, of one booking topic or of
  # all (booking_topic nil): each answer is one SQL query whatever the
  # number of bookings, bounded by the range and served by the indexes of
  # AddVolunteerBookingStatsIndexes. Weeks start on Monday in the range's
  # zone, as PostgreSQL's date_trunc counts them, with its zone rules.
  class BookingStats
    # Rows of the per-volunteer table; past this the table is no longer
    # read, and the CSV of bookings has every row.
    MAX_VOLUNTEERS = 200

    STATUS = Booking::STATUSES
    # From booking to pick-up in seconds; PostgreSQL computes the two once.
    PICK_UP_PERCENTILES =
      "PERCENTILE_CONT(ARRAY[0.5, 0.9]) WITHIN GROUP " \
        "(ORDER BY EXTRACT(EPOCH FROM claimed_at - created_at)::float8)"

    # Each period (each week of the range, then the whole range for the
    # totals) counted on its own range of the index: no sort of the whole
    # range, and each percentile sorts one period's times only.
    WEEKLY = <<~SQL
      SELECT periods.n, counts.*
      FROM UNNEST(CAST(:firsts AS timestamp[]), CAST(:lasts AS timestamp[]))
        WITH ORDINALITY AS periods(first, last, n)
      CROSS JOIN LATERAL (
        SELECT COUNT(*) AS booked,
          COUNT(*) FILTER (WHERE status = #{STATUS[:held]}) AS held,
          COUNT(*) FILTER (WHERE status = #{STATUS[:no_show]}) AS no_show,
          COUNT(*) FILTER (WHERE status = #{STATUS[:cancelled]} AND expired_at IS NULL) AS cancelled,
          COUNT(*) FILTER (WHERE status = #{STATUS[:cancelled]} AND expired_at IS NOT NULL) AS expired,
          COUNT(*) FILTER (WHERE status IN (#{STATUS[:pending]}, #{STATUS[:claimed]})) AS open,
          COUNT(*) FILTER (WHERE feedback = 'helpful') AS helpful,
          COUNT(*) FILTER (WHERE feedback = 'somewhat') AS somewhat,
          COUNT(*) FILTER (WHERE feedback = 'not_really') AS not_really,
          (#{PICK_UP_PERCENTILES})[1] AS pick_up_median,
          (#{PICK_UP_PERCENTILES})[2] AS pick_up_p90
        FROM volunteer_booking_bookings bookings
        WHERE bookings.starts_at >= periods.first AND bookings.starts_at < periods.last
          AND /*topic*/
      ) counts
    SQL

    # Counted first and named after, so only the volunteers' rows meet users.
    VOLUNTEERS = <<~SQL
      SELECT counts.user_id, users.username, counts.picked_up, counts.held, counts.no_show
      FROM (
        SELECT picker_id AS user_id,
          COUNT(*) AS picked_up,
          COUNT(*) FILTER (WHERE status = #{STATUS[:held]}) AS held,
          COUNT(*) FILTER (WHERE status = #{STATUS[:no_show]}) AS no_show
        FROM volunteer_booking_bookings bookings
        WHERE picker_id IS NOT NULL AND /*scope*/
        GROUP BY picker_id
        ORDER BY held DESC, picked_up DESC, picker_id
        LIMIT #{MAX_VOLUNTEERS}
      ) counts
      LEFT JOIN users ON users.id = counts.user_id
      ORDER BY counts.held DESC, counts.picked_up DESC, counts.user_id
    SQL

    # The booker's number counts the topic's bookers in the order of their
    # first booking there, over all time, so it stays the same whatever
    # range is asked for.
    BOOKINGS = <<~SQL
      WITH numbers AS (
        SELECT booking_topic_id, booker_id,
          ROW_NUMBER() OVER (PARTITION BY booking_topic_id ORDER BY MIN(id)) AS booker_number
        FROM volunteer_booking_bookings
        WHERE /*topic*/
        GROUP BY booking_topic_id, booker_id
      )
      SELECT topics.topic_id, numbers.booker_number, bookings.starts_at,
        bookings.created_at AS booked_at, bookings.status, bookings.expired_at,
        EXTRACT(EPOCH FROM bookings.claimed_at - bookings.created_at)::float8 AS pick_up,
        EXTRACT(EPOCH FROM bookings.outcome_marked_at - bookings.ends_at)::float8 AS outcome,
        users.username AS volunteer, bookings.feedback
      FROM volunteer_booking_bookings bookings
      JOIN volunteer_booking_topics topics ON topics.id = bookings.booking_topic_id
      JOIN numbers ON numbers.booking_topic_id = bookings.booking_topic_id
        AND numbers.booker_id = bookings.booker_id
      LEFT JOIN users ON users.id = bookings.picker_id
      WHERE /*scope*/
      ORDER BY bookings.starts_at, bookings.id
    SQL

    def initialize(booking_topic, range)
      @booking_topic_id = booking_topic&.id
      @range = range
    end

    # StatsTable.build's rows.
    def weekly
      periods = @range.week_bounds + [@range.bounds]
      weeks = @range.weeks
      rows = select(WEEKLY, firsts: array(periods.map(&:first)), lasts: array(periods.map(&:last)))
      rows.map do |row|
        numbers = StatsTable::COUNTS.to_h { |name| [name, row[name.to_s]] }
        StatsTable::PICK_UP.each { |name| numbers[name] = row[name.to_s]&.to_f }
        numbers.merge(week: weeks[row["n"] - 1])
      end
    end

    # [{ user_id:, username:, picked_up:, held:, no_show: }], most held first.
    def volunteers
      select(VOLUNTEERS).map(&:symbolize_keys)
    end

    # StatsCsv.bookings' rows, by start.
    def bookings
      select(BOOKINGS).map do |row|
        {
          topic_id: row["topic_id"],
          booker_number: row["booker_number"],
          starts_at: row["starts_at"],
          booked_at: row["booked_at"],
          status: status_name(row),
          minutes_to_pick_up: StatsTable.minutes(row["pick_up"]&.to_f),
          minutes_to_outcome: StatsTable.minutes(row["outcome"]&.to_f),
          volunteer: row["volunteer"],
          feedback: row["feedback"],
        }
      end
    end

    private

    # Times as a PostgreSQL array literal, one bind for the lot.
    def array(times)
      "{#{times.map { |time| time.utc.strftime("%F %T") }.join(",")}}"
    end

    def select(sql, **binds)
      first, last = @range.bounds
      scope = "bookings.starts_at >= :first AND bookings.starts_at < :last"
      topic = "TRUE"
      if @booking_topic_id
        scope += " AND bookings.booking_topic_id = :topic_id"
        topic = "booking_topic_id = :topic_id"
      end
      sql = sql.sub("/*scope*/", scope).sub("/*topic*/", topic)
      query =
        Booking.sanitize_sql_array([sql, binds.merge(first:, last:, topic_id: @booking_topic_id)])
      Booking.connection.select_all(query).to_a
    end

    # An expired booking is stored as cancelled with the time it expired.
    def status_name(row)
      name = Booking::STATUSES.key(row["status"].to_i)
      name == :cancelled && row["expired_at"] ? "expired" : name.to_s
    end
  end
end
