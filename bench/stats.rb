# frozen_string_literal: true

# The stats endpoint's queries on a real PostgreSQL with 100,000 bookings:
# all in one booking topic and inside the longest range a request may ask
# for (VolunteerBooking::StatsRange::MAX_DAYS), so every query reads every
# row, 200 volunteers (20 of them on the rota), 20,000 bookers, one booking
# in 25 given back once, and 10,000 requests for other times over the
# same range. Times each part of one topic's stats and of all
# topics' (the admins' view) and the per-booking CSV's, ROUNDS times after
# one warm-up, and prints the median of each and of the endpoint's parts
# together, against the 200 ms budget. A plain count of the same rows is
# timed too: on a shared machine it shows how loaded it was. Asserts
# nothing.
#
#   bin/with-postgres bundle exec ruby bench/stats.rb

require "i18n"
require_relative "support/core"
%w[database discourse_stand_ins records].each do |name|
  require File.expand_path("../spec/db/support/#{name}", __dir__)
end
VolunteerBookingDbSpec.set_up

module StatsBench
  extend VolunteerBookingDbSpec::Records

  BOOKINGS = 100_000
  VOLUNTEERS = 200
  ROTA = 20
  BOOKERS = 20_000
  REQUESTS = 10_000
  ROUNDS = 9
  BUDGET_MS = 200
  LAST_DAY = Date.new(2026, 11, 29)

  def self.seed
    connection = ActiveRecord::Base.connection
    # bin/with-postgres commits asynchronously, and VACUUM leaves a row's
    # page unmarked until its commit is flushed: this session's commits are
    # flushed, so the past weeks read from the index alone, as they do on a
    # site once autovacuum has seen them.
    connection.execute("SET synchronous_commit = on")
    booking_topic = create_booking_topic
    shift = create_shift(booking_topic, LAST_DAY)
    connection.execute(<<~SQL)
      INSERT INTO users (username, username_lower, trust_level, created_at, updated_at)
      SELECT 'user' || n, 'user' || n, 1, now(), now()
      FROM generate_series(1, #{VOLUNTEERS + BOOKERS}) n
    SQL
    # Spread over the range by minute; statuses, pick-up times and feedback
    # in a fixed mix.
    connection.execute(<<~SQL)
      INSERT INTO volunteer_booking_bookings
        (booking_topic_id, shift_id, starts_at, ends_at, booker_id, status, holder_id,
         created_at, picked_up_at, expired_at, feedback, updated_at)
      SELECT #{booking_topic.id}, #{shift.id}, starts_at, starts_at + interval '30 minutes',
        #{VOLUNTEERS} + 1 + n % #{BOOKERS}, status,
        CASE WHEN status IN (1, 3, 4) THEN 1 + n % #{VOLUNTEERS} END,
        starts_at - interval '2 days',
        CASE WHEN status IN (1, 3, 4) THEN starts_at - interval '2 days' + (n % 600) * interval '1 minute' END,
        CASE WHEN n % 20 = 0 THEN starts_at END,
        CASE WHEN status = 3 THEN (ARRAY['helpful', 'somewhat', 'not_really', NULL])[1 + n % 4] END,
        now()
      FROM (
        SELECT n, TIMESTAMP '#{LAST_DAY}' - (n * #{VolunteerBooking::StatsRange::MAX_DAYS * 1440 / BOOKINGS}) * interval '1 minute' AS starts_at,
          CASE WHEN n % 20 = 0 THEN 2 ELSE (ARRAY[3, 3, 3, 4, 2, 1, 0])[1 + n % 7] END AS status
        FROM generate_series(1, #{BOOKINGS}) n
      ) rows
    SQL
    connection.execute(<<~SQL)
      INSERT INTO group_users (group_id, user_id, created_at, updated_at)
      SELECT #{VolunteerBookingDbSpec::Records::VOLUNTEER_GROUP_ID}, n, now(), now()
      FROM generate_series(1, #{ROTA}) n;
      INSERT INTO volunteer_booking_rota_entries (shift_id, user_id, created_at, updated_at)
      SELECT #{shift.id}, n, now(), now() FROM generate_series(1, #{ROTA}) n;
    SQL
    # One booking in 25 was given back once before it was picked up.
    connection.execute(<<~SQL)
      INSERT INTO volunteer_booking_give_backs
        (booking_id, booking_topic_id, starts_at, user_id, kind, created_at)
      SELECT id, booking_topic_id, starts_at, 1 + (id * 7) % #{VOLUNTEERS}, id % 2,
        created_at + interval '1 minute'
      FROM volunteer_booking_bookings WHERE id % 25 = 0
    SQL
    # Each by a booker of their own, so the open and taken ones keep to one
    # per person; the statuses in turn, a taken one with its taker.
    connection.execute(<<~SQL)
      INSERT INTO volunteer_booking_requests
        (booking_topic_id, requester_id, taker_id, status, time_zone, created_at, updated_at)
      SELECT #{booking_topic.id}, #{VOLUNTEERS} + n, CASE WHEN n % 5 IN (1, 2) THEN 1 + n % #{VOLUNTEERS} END,
        n % 5, 'UTC',
        TIMESTAMP '#{LAST_DAY}' - (n * #{VolunteerBooking::StatsRange::MAX_DAYS * 1440 / REQUESTS}) * interval '1 minute',
        now()
      FROM generate_series(1, #{REQUESTS}) n
    SQL
    connection.execute("VACUUM volunteer_booking_bookings")
    connection.execute("VACUUM volunteer_booking_give_backs")
    connection.execute("VACUUM volunteer_booking_requests")
    connection.execute("ANALYZE")
    booking_topic
  end

  def self.median_ms(rounds = ROUNDS)
    times = Array.new(rounds + 1) { Benchmark.realtime { yield } * 1000 }.drop(1)
    times.sort[rounds / 2]
  end

  def self.report(label, stats)
    weekly = median_ms { stats.weekly }
    volunteers = median_ms { stats.volunteers }
    coverage = median_ms { stats.coverage }
    bookings = median_ms(3) { stats.bookings }
    totals = stats.weekly.find { |row| row[:week].nil? }
    puts format(
           "%s: %d bookings, %d requests; weekly %.1f ms, volunteers %.1f ms, coverage %.1f ms, " \
             "endpoint %.1f ms (budget %d ms); CSV of bookings %.1f ms",
           label,
           totals[:booked],
           totals[:requested],
           weekly,
           volunteers,
           coverage,
           weekly + volunteers + coverage,
           BUDGET_MS,
           bookings,
         )
  end

  def self.run
    booking_topic = seed
    count =
      median_ms do
        ActiveRecord::Base.connection.select_value(
          "SELECT COUNT(*) FROM volunteer_booking_bookings",
        )
      end
    puts format("baseline: COUNT(*) of the %d bookings %.1f ms", BOOKINGS, count)
    range =
      VolunteerBooking::StatsRange.build(
        from: LAST_DAY - VolunteerBooking::StatsRange::MAX_DAYS + 1,
        to: LAST_DAY,
        zone: "Europe/London",
        now: Time.current,
      ).value
    report("one topic", VolunteerBooking::BookingStats.new(booking_topic, range))
    report("all topics", VolunteerBooking::BookingStats.new(nil, range))
  end
end

require "benchmark"
StatsBench.run if $PROGRAM_NAME == __FILE__
