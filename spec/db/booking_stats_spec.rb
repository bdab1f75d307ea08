# frozen_string_literal: true

require_relative "../db_helper"

# The stats' aggregates on PostgreSQL: its week buckets in the topic's
# zone, its percentiles, the range's bounds and the opaque booker numbers.
RSpec.describe VolunteerBooking::BookingStats do
  let(:booking_topic) { create_booking_topic }
  # Wednesday 25 March 2026, the week before the clocks go forward in London.
  let(:shift) { create_shift(booking_topic, Date.new(2026, 3, 25), time_zone: "Europe/London") }
  let(:bea) { create_user("bea") }
  let(:bo) { create_user("bo") }
  let(:vera) { create_user("vera") }
  let(:vic) { create_user("vic") }
  let(:zone) { "Europe/London" }

  def range(from, to, zone: self.zone)
    VolunteerBooking::StatsRange.build(from:, to:, zone:, now: Time.current).value
  end

  def march(booking_topic = self.booking_topic)
    described_class.new(booking_topic, range(Date.new(2026, 3, 16), Date.new(2026, 4, 5)))
  end

  # A booking made an hour before starts_at, picked up pick_up minutes later.
  def book(starts_at, booker: bea, status: :pending, holder: nil, pick_up: nil, **attributes)
    booked_at = starts_at - 1.hour
    create_booking(
      shift,
      booker,
      starts_at,
      status: status,
      holder_id: holder&.id,
      created_at: booked_at,
      picked_up_at: pick_up && booked_at + pick_up.minutes,
      **attributes,
    )
  end

  # A request made at created_at, by a booker of their own: one open or
  # taken request per person and topic.
  def ask(created_at, status: :open, booking_topic: self.booking_topic)
    VolunteerBooking::BookingRequest.create!(
      booking_topic: booking_topic,
      requester_id: create_user("asker#{@askers = (@askers || 0) + 1}").id,
      taker_id: status == :taken ? vera.id : nil,
      status: status,
      windows: [{ "weekday" => 1, "date" => nil, "from" => "09:00", "to" => "11:00" }],
      time_zone: "America/New_York",
      created_at: created_at,
    )
  end

  def week(stats, monday)
    stats.weekly.find { |row| row[:week] == monday }
  end

  it "puts a booking in its week in the topic's zone, across a change of the clocks" do
    # 23:30 UTC on Sunday 29 March is 00:30 on Monday 30 March in London (BST).
    book(Time.utc(2026, 3, 29, 23, 30))
    book(Time.utc(2026, 3, 29, 22, 30))
    stats = march

    expect(week(stats, Date.new(2026, 3, 23))[:booked]).to eq(1)
    expect(week(stats, Date.new(2026, 3, 30))[:booked]).to eq(1)
    utc =
      described_class.new(
        booking_topic,
        range(Date.new(2026, 3, 16), Date.new(2026, 4, 5), zone: "UTC"),
      )
    expect(week(utc, Date.new(2026, 3, 23))[:booked]).to eq(2)
  end

  it "counts each outcome, expiry apart from cancelling, and the feedback answers" do
    wednesday = Time.utc(2026, 3, 25, 10)
    book(wednesday, status: :held, holder: vera, pick_up: 5, feedback: "helpful")
    book(wednesday, status: :held, holder: vera, pick_up: 5, feedback: "not_really")
    book(wednesday, status: :no_show, holder: vic, pick_up: 5)
    book(wednesday, status: :cancelled, cancelled_at: wednesday - 30.minutes)
    book(wednesday, status: :cancelled, expired_at: wednesday, cancelled_at: wednesday)
    book(wednesday, status: :picked_up, holder: vic, pick_up: 5)
    book(wednesday)

    expect(week(march, Date.new(2026, 3, 23))).to include(
      booked: 7,
      held: 2,
      no_show: 1,
      cancelled: 1,
      expired: 1,
      open: 2,
      helpful: 1,
      somewhat: 0,
      not_really: 1,
    )
  end

  it "gives the median and 90th percentile time to pick up, of those picked up" do
    [10, 20, 30, 40].each do |minutes|
      book(Time.utc(2026, 3, 25, 10), status: :held, holder: vera, pick_up: minutes)
    end
    book(Time.utc(2026, 3, 25, 11))
    row = week(march, Date.new(2026, 3, 23))

    expect([row[:pick_up_median], row[:pick_up_p90]]).to eq([25 * 60.0, 37 * 60.0])
    expect(week(march, Date.new(2026, 3, 16))).to include(booked: 0, pick_up_median: nil)
    one_week =
      described_class.new(booking_topic, range(Date.new(2026, 3, 25), Date.new(2026, 3, 26)))
    expect(one_week.weekly.map { |period| [period[:week], period[:booked]] }).to contain_exactly(
      [Date.new(2026, 3, 23), 5],
      [nil, 5],
    )
  end

  it "keeps to the range's local days, the topic asked for, and adds up the totals" do
    # London midnight that starts 16 March is 00:00 UTC; 5 April ends at 23:00 UTC (BST).
    book(Time.utc(2026, 3, 15, 23, 59))
    first = book(Time.utc(2026, 3, 16, 0, 0))
    last = book(Time.utc(2026, 4, 5, 22, 59))
    book(Time.utc(2026, 4, 5, 23, 0))
    other_topic = create_booking_topic
    other_shift = create_shift(other_topic, Date.new(2026, 3, 25))
    create_booking(other_shift, bo, Time.utc(2026, 3, 25, 10))

    totals = march.weekly.find { |row| row[:week].nil? }
    expect(totals[:booked]).to eq(2)
    expect(march.bookings.map { |row| row[:starts_at] }).to eq([first.starts_at, last.starts_at])
    expect(march(nil).weekly.find { |row| row[:week].nil? }[:booked]).to eq(3)
  end

  it "counts requests in the week they were made in the topic's zone, each by what became of it" do
    # 23:30 UTC on Sunday 29 March is 00:30 on Monday 30 March in London (BST).
    ask(Time.utc(2026, 3, 29, 23, 30), status: :scheduled)
    ask(Time.utc(2026, 3, 29, 22, 30), status: :withdrawn)
    ask(Time.utc(2026, 3, 25, 10), status: :expired)
    ask(Time.utc(2026, 3, 25, 10), status: :taken)
    ask(Time.utc(2026, 3, 25, 10))
    # Outside the range, and another topic's.
    ask(Time.utc(2026, 4, 5, 23, 0))
    ask(Time.utc(2026, 3, 25, 10), booking_topic: create_booking_topic)

    expect(week(march, Date.new(2026, 3, 23))).to include(
      booked: 0,
      requested: 4,
      requests_scheduled: 0,
      requests_withdrawn: 1,
      requests_expired: 1,
      requests_open: 2,
    )
    expect(week(march, Date.new(2026, 3, 30))).to include(requested: 1, requests_scheduled: 1)
    expect(week(march, nil)).to include(requested: 5, requests_open: 2)
    expect(week(march(nil), nil)).to include(requested: 6)
  end

  it "reads each week's requests from an index of them by creation, of one topic or of all" do
    ask(Time.utc(2026, 3, 25, 10))
    connection = ActiveRecord::Base.connection
    connection.execute("SET LOCAL enable_seqscan = off")
    plan_of = ->(stats) do
      queries = []
      counting = ->(*, payload) { queries << payload[:sql] }
      ActiveSupport::Notifications.subscribed(counting, "sql.active_record") { stats.weekly }
      sql = queries.find { |query| query.include?("volunteer_booking_requests") }
      connection.select_values("EXPLAIN #{sql}").join("\n")
    end

    # Which of the two a plan picks for one topic depends on the table's
    # statistics; a handful of rows tell the planner nothing either way.
    stats_index = /idx_volunteer_booking_requests_stats_by_(topic|age)/
    expect(plan_of.call(march)).to match(stats_index)
    expect(plan_of.call(march(nil))).to include("idx_volunteer_booking_requests_stats_by_age")
  end

  it "counts each volunteer's sessions, most held first" do
    wednesday = Time.utc(2026, 3, 25, 10)
    book(wednesday, status: :held, holder: vic, pick_up: 5)
    book(wednesday, status: :no_show, holder: vic, pick_up: 5)
    2.times { book(wednesday, status: :held, holder: vera, pick_up: 5) }
    book(wednesday)

    expect(march.volunteers).to eq(
      [
        { user_id: vera.id, username: "vera", picked_up: 2, held: 2, no_show: 0, given_back: 0 },
        { user_id: vic.id, username: "vic", picked_up: 2, held: 1, no_show: 1, given_back: 0 },
      ],
    )
  end

  it "counts what a volunteer gave back, in the week of the session they gave back" do
    booking = book(Time.utc(2026, 3, 25, 10), status: :picked_up, holder: vic, pick_up: 5)
    VolunteerBooking::GiveBack.record!(booking, :released)
    booking.update!(holder_id: vera.id)
    VolunteerBooking::GiveBack.record!(booking, :handed_over)
    booking.update!(holder_id: vic.id, status: :held)
    before_range = book(Time.utc(2026, 3, 10, 10), status: :picked_up, holder: vic, pick_up: 5)
    VolunteerBooking::GiveBack.record!(before_range, :released)

    expect(march.volunteers).to eq(
      [
        { user_id: vic.id, username: "vic", picked_up: 2, held: 1, no_show: 0, given_back: 1 },
        { user_id: vera.id, username: "vera", picked_up: 1, held: 0, no_show: 0, given_back: 1 },
      ],
    )
    expect(march(nil).volunteers.sum { |row| row[:given_back] }).to eq(2)
  end

  it "covers the shift hours with someone on duty, as the rota stands" do
    # The Wednesday shift, 09:00-17:00 London, on 18 March, 25 March and 1 April.
    put_on_rota(shift, vera)
    VolunteerBooking::TimeOff.create!(
      user_id: vera.id,
      starts_on: Date.new(2026, 3, 25),
      ends_on: Date.new(2026, 3, 25),
    )
    # On the rota, but no longer in a volunteer group: nobody can book them.
    VolunteerBooking::RotaEntry.create!(
      shift: shift,
      user_id: vic.id,
      on_date: Date.new(2026, 3, 25),
    )

    expect(march.coverage).to eq(
      shift_minutes: 3 * 8 * 60,
      covered_minutes: 2 * 8 * 60,
      covered_percent: 67,
    )
    expect(march(nil).coverage[:shift_minutes]).to eq(3 * 8 * 60)
  end

  it "numbers bookers by their first booking in the topic, whatever the range" do
    book(Time.utc(2026, 3, 1, 10), booker: bo)
    held =
      book(
        Time.utc(2026, 3, 25, 10),
        booker: bea,
        status: :held,
        holder: vera,
        pick_up: 15,
        outcome_marked_at: Time.utc(2026, 3, 25, 11),
        feedback: "somewhat",
        feedback_comment: "a private comment",
        answers: {
          "story" => "a private answer",
        },
      )
    book(
      Time.utc(2026, 3, 26, 10),
      booker: bo,
      status: :cancelled,
      expired_at: Time.utc(2026, 3, 26, 10),
    )

    expect(march.bookings).to match(
      [
        {
          topic_id: booking_topic.topic_id,
          booker_number: 2,
          starts_at: held.starts_at,
          booked_at: held.created_at,
          status: "held",
          minutes_to_pick_up: 15,
          minutes_to_outcome: 30,
          volunteer: "vera",
          feedback: "somewhat",
        },
        hash_including(
          booker_number: 1,
          status: "expired",
          volunteer: nil,
          minutes_to_pick_up: nil,
        ),
      ],
    )
  end

  it "asks the same number of queries for one booking and request as for fifty" do
    queries_for = ->(count) do
      VolunteerBooking::BookingRequest.delete_all
      VolunteerBooking::Booking.delete_all
      count.times do |n|
        booking =
          book(Time.utc(2026, 3, 16, 10) + n.hours, status: :picked_up, holder: vic, pick_up: n)
        VolunteerBooking::GiveBack.record!(booking, :handed_over)
        booking.update!(status: :held, holder_id: vera.id)
        ask(booking.created_at)
      end
      queries = []
      counting = ->(*, payload) { queries << payload[:sql] unless payload[:name] == "SCHEMA" }
      ActiveSupport::Notifications.subscribed(counting, "sql.active_record") do
        stats = march(VolunteerBooking::BookingTopic.find(booking_topic.id))
        [stats.weekly, stats.volunteers, stats.coverage, stats.bookings]
      end
      queries.size
    end
    put_on_rota(shift, vera)

    few = queries_for.call(1)
    expect(queries_for.call(50)).to eq(few)
    expect(few).to be <= 10
  end
end
