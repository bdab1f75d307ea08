# frozen_string_literal: true

module VolunteerBooking
  # The stats' aggregates over one StatsRange, of one booking topic or of
  # all (booking_topic nil): each answer takes the same queries whatever
  # the number of bookings, bounded by the range and served by the indexes
  # of AddVolunteerBookingStatsIndexes, CreateVolunteerBookingGiveBacks and
  # AddVolunteerBookingRequestStatsIndexes.
  # Weeks are the range's (StatsRange#week_bounds, Monday to Monday in its
  # zone), so the database compares plain times.
  class BookingStats
    # Rows of the per-volunteer table; past this the table is no longer
    # read, and the CSV of bookings has every row.
    MAX_VOLUNTEERS = 200

    STATUS = Booking::STATUSES
    REQUEST_STATUS = BookingRequest::STATUSES
    # From booking to pick-up in seconds, as StatsTable::PICK_UP;
    # PostgreSQL computes the one aggregate once. date_part, not EXTRACT:
    # EXTRACT answers in numeric, several times slower per row.
    PERCENTILES =
      "PERCENTILE_CONT(ARRAY[0.5, 0.9]) WITHIN GROUP " \
        "(ORDER BY date_part('epoch', picked_up_at - created_at))"
    PICK_UP_PERCENTILES =
      "(#{PERCENTILES})[1] AS pick_up_median, (#{PERCENTILES})[2] AS pick_up_p90"

    # Each week counted on its own range of the index: no sort of the whole
    # range, and each percentile sorts one week's times only. The totals'
    # counts are the weeks' added up; their percentiles need every time of
    # the range at once (TOTAL_PICK_UP), so only those are read again.
    # Requests are counted by when they were made, each week a range of an
    # index of AddVolunteerBookingRequestStatsIndexes; still open is open or
    # taken, as nobody has set a time yet.
    WEEKLY = <<~SQL
      SELECT weeks.n, counts.*, requests.*
      FROM UNNEST(CAST(:firsts AS timestamp[]), CAST(:lasts AS timestamp[]))
        WITH ORDINALITY AS weeks(first, last, n)
      CROSS JOIN LATERAL (
        SELECT COUNT(*) AS booked,
          COUNT(*) FILTER (WHERE status = #{STATUS[:held]}) AS held,
          COUNT(*) FILTER (WHERE status = #{STATUS[:no_show]}) AS no_show,
          COUNT(*) FILTER (WHERE status = #{STATUS[:cancelled]}) AS cancelled_or_expired,
          COUNT(*) FILTER (WHERE status = #{STATUS[:cancelled]} AND expired_at IS NOT NULL) AS expired,
          COUNT(*) FILTER (WHERE feedback = 'helpful') AS helpful,
          COUNT(*) FILTER (WHERE feedback = 'somewhat') AS somewhat,
          COUNT(*) FILTER (WHERE feedback = 'not_really') AS not_really,
          #{PICK_UP_PERCENTILES}
        FROM volunteer_booking_bookings bookings
        WHERE bookings.starts_at >= weeks.first AND bookings.starts_at < weeks.last
          AND /*topic*/
      ) counts
      CROSS JOIN LATERAL (
        SELECT COUNT(*) AS requested,
          COUNT(*) FILTER (WHERE status = #{REQUEST_STATUS[:scheduled]}) AS requests_scheduled,
          COUNT(*) FILTER (WHERE status = #{REQUEST_STATUS[:withdrawn]}) AS requests_withdrawn,
          COUNT(*) FILTER (WHERE status = #{REQUEST_STATUS[:expired]}) AS requests_expired,
          COUNT(*) FILTER (
            WHERE status IN (#{REQUEST_STATUS[:open]}, #{REQUEST_STATUS[:taken]})
          ) AS requests_open
        FROM volunteer_booking_requests requests
        WHERE requests.created_at >= weeks.first AND requests.created_at < weeks.last
          AND /*topic*/
      ) requests
    SQL

    # Only the picked-up bookings: the others have no time to pick-up.
    TOTAL_PICK_UP = <<~SQL
      SELECT #{PICK_UP_PERCENTILES}
      FROM volunteer_booking_bookings bookings
      WHERE bookings.picked_up_at IS NOT NULL AND /*scope*/
    SQL

    # Counted first and named after, so only the volunteers' rows meet
    # users. A volunteer picked up what they hold now and what they gave
    # back (GiveBack): a booking given back is pending again or someone
    # else's, so it is counted from the give-backs, by the session's start
    # as everything else is.
    VOLUNTEERS = <<~SQL
      SELECT counts.user_id, users.username, counts.picked_up, counts.held, counts.no_show,
        counts.given_back
      FROM (
        SELECT user_id, SUM(holding + given_back)::bigint AS picked_up, SUM(held)::bigint AS held,
          SUM(no_show)::bigint AS no_show, SUM(given_back)::bigint AS given_back
        FROM (
          SELECT holder_id AS user_id,
            COUNT(*) AS holding,
            COUNT(*) FILTER (WHERE status = #{STATUS[:held]}) AS held,
            COUNT(*) FILTER (WHERE status = #{STATUS[:no_show]}) AS no_show,
            0 AS given_back
          FROM volunteer_booking_bookings bookings
          WHERE holder_id IS NOT NULL AND /*scope*/
          GROUP BY holder_id
          UNION ALL
          SELECT user_id, 0, 0, 0, COUNT(*)
          FROM volunteer_booking_give_backs give_backs
          WHERE /*scope:give_backs*/
          GROUP BY user_id
        ) parts
        GROUP BY user_id
        ORDER BY held DESC, picked_up DESC, user_id
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
        EXTRACT(EPOCH FROM bookings.picked_up_at - bookings.created_at)::float8 AS pick_up,
        EXTRACT(EPOCH FROM bookings.outcome_marked_at - bookings.ends_at)::float8 AS outcome,
        users.username AS volunteer, bookings.feedback
      FROM volunteer_booking_bookings bookings
      JOIN volunteer_booking_topics topics ON topics.id = bookings.booking_topic_id
      JOIN numbers ON numbers.booking_topic_id = bookings.booking_topic_id
        AND numbers.booker_id = bookings.booker_id
      LEFT JOIN users ON users.id = bookings.holder_id
      WHERE /*scope*/
      ORDER BY bookings.starts_at, bookings.id
    SQL

    def initialize(booking_topic, range)
      @booking_topic = booking_topic
      @booking_topic_id = booking_topic&.id
      @range = range
    end

    # StatsTable.build's rows: one per week of the range, then the totals
    # (week nil).
    def weekly
      bounds = @range.week_bounds
      rows = select(WEEKLY, firsts: array(bounds.map(&:first)), lasts: array(bounds.map(&:last)))
      weeks = @range.weeks
      rows = rows.map { |row| with_pick_up(counts(row), row).merge(week: weeks[row["n"] - 1]) }
      totals = StatsTable::ALL_COUNTS.to_h { |name| [name, rows.sum { |row| row[name] }] }
      rows + [with_pick_up(totals, select(TOTAL_PICK_UP).first).merge(week: nil)]
    end

    # [{ user_id:, username:, picked_up:, held:, no_show:, given_back: }],
    # most held first.
    def volunteers
      select(VOLUNTEERS).map(&:symbolize_keys)
    end

    # StatsCoverage.build's answer over the topic's shifts, or every
    # topic's: a few queries per topic, none per booking.
    def coverage
      first_date, last_date = StatsCoverage.dates(@range)
      booking_topics = @booking_topic ? [@booking_topic] : BookingTopic.includes(:shifts).to_a
      occurrences =
        booking_topics.flat_map do |booking_topic|
          SlotSource.on_duty(booking_topic, booking_topic.shifts.to_a, first_date, last_date)
        end
      StatsCoverage.build(occurrences, @range)
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

    # Each booking has one status, and an expired one is stored as
    # cancelled: what is neither held, no-show nor either of those is open.
    # Two counts fewer for PostgreSQL to keep per row.
    def counts(row)
      numbers = StatsTable::ALL_COUNTS.to_h { |name| [name, row[name.to_s]] }
      numbers[:cancelled] = row["cancelled_or_expired"] - row["expired"]
      numbers[:open] = row["booked"] - row["held"] - row["no_show"] - row["cancelled_or_expired"]
      numbers
    end

    def with_pick_up(numbers, row)
      StatsTable::PICK_UP.each { |name| numbers[name] = row[name.to_s]&.to_f }
      numbers
    end

    # Times as a PostgreSQL array literal, one bind for the lot.
    def array(times)
      "{#{times.map { |time| time.utc.strftime("%F %T") }.join(",")}}"
    end

    def select(sql, **binds)
      first, last = @range.bounds
      sql =
        sql
          .gsub(%r{/\*scope(?::(\w+))?\*/}) { scope($1 || "bookings") }
          .gsub("/*topic*/", @booking_topic_id ? "booking_topic_id = :topic_id" : "TRUE")
      query =
        Booking.sanitize_sql_array([sql, binds.merge(first:, last:, topic_id: @booking_topic_id)])
      Booking.connection.select_all(query).to_a
    end

    # The range, and the topic if there is one, of a table with both.
    def scope(table)
      scope = "#{table}.starts_at >= :first AND #{table}.starts_at < :last"
      @booking_topic_id ? "#{scope} AND #{table}.booking_topic_id = :topic_id" : scope
    end

    # An expired booking is stored as cancelled with the time it expired.
    def status_name(row)
      name = Booking::STATUSES.key(row["status"].to_i)
      name == :cancelled && row["expired_at"] ? "expired" : name.to_s
    end
  end
end
