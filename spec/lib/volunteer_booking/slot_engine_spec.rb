# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::SlotEngine do
  # Wednesday 2026-04-01 is the reference week; London is on BST (UTC+1).
  let(:wednesday) { Date.new(2026, 4, 1) }
  let(:now) { Time.utc(2026, 3, 30, 9, 0) }
  let(:london_shift) do
    { id: 1, weekday: 3, starts_at: "13:00", ends_at: "17:00", time_zone: "Europe/London" }
  end
  let(:engine) { described_class.new(session_minutes: 60, horizon_days: 7) }

  def iso(time)
    time.getutc.strftime("%Y-%m-%dT%H:%M:%SZ")
  end

  def starts(slots)
    slots.map { |slot| iso(slot.starts_at) }
  end

  def weekly(user_id, shift_id = 1)
    { shift_id: shift_id, user_id: user_id, on_date: nil }
  end

  def run(
    engine: self.engine,
    now: self.now,
    shifts: [london_shift],
    rota_entries: [weekly(10)],
    time_off: [],
    bookings: []
  )
    engine.slots(
      now: now,
      shifts: shifts,
      rota_entries: rota_entries,
      time_off: time_off,
      bookings: bookings,
    )
  end

  describe "occurrences and the slot grid" do
    it "places slots on the shift's weekday at its local time, converted to UTC" do
      slots = run
      expect(starts(slots)).to eq(
        %w[2026-04-01T12:00:00Z 2026-04-01T13:00:00Z 2026-04-01T14:00:00Z 2026-04-01T15:00:00Z],
      )
      expect(slots.map { |slot| iso(slot.ends_at) }).to eq(
        %w[2026-04-01T13:00:00Z 2026-04-01T14:00:00Z 2026-04-01T15:00:00Z 2026-04-01T16:00:00Z],
      )
      expect(slots.map(&:shift_id).uniq).to eq([1])
    end

    it "repeats every week" do
      slots = run(engine: described_class.new(session_minutes: 240, horizon_days: 21))
      expect(starts(slots)).to eq(
        %w[2026-04-01T12:00:00Z 2026-04-08T12:00:00Z 2026-04-15T12:00:00Z],
      )
    end

    it "spaces slots by session plus buffer and keeps only slots that end inside the window" do
      engine = described_class.new(session_minutes: 30, buffer_minutes: 15, horizon_days: 7)
      slots = run(engine: engine)
      expect(starts(slots)).to eq(
        %w[
          2026-04-01T12:00:00Z
          2026-04-01T12:45:00Z
          2026-04-01T13:30:00Z
          2026-04-01T14:15:00Z
          2026-04-01T15:00:00Z
        ],
      )
      expect(iso(slots.last.ends_at)).to eq("2026-04-01T15:30:00Z")
    end

    it "keeps a slot that ends exactly at the end of the window" do
      shift = london_shift.merge(starts_at: "13:00", ends_at: "14:30")
      engine = described_class.new(session_minutes: 45, horizon_days: 7)
      expect(starts(run(engine: engine, shifts: [shift]))).to eq(
        %w[2026-04-01T12:00:00Z 2026-04-01T12:45:00Z],
      )
    end

    it "returns no slot when the session is longer than the window" do
      shift = london_shift.merge(starts_at: "13:00", ends_at: "13:29")
      engine = described_class.new(session_minutes: 30, horizon_days: 7)
      expect(run(engine: engine, shifts: [shift])).to eq([])
    end

    it "accepts a shift from 00:00 to 23:59" do
      shift = london_shift.merge(starts_at: "00:00", ends_at: "23:59")
      slots = starts(run(shifts: [shift]))
      expect([slots.size, slots.first, slots.last]).to eq(
        [23, "2026-03-31T23:00:00Z", "2026-04-01T21:00:00Z"],
      )
    end

    it "uses the weekday of the local date, not the UTC date" do
      # Monday 09:00 in Sydney (UTC+10 from April 5th) is Sunday 23:00 UTC.
      shift = {
        id: 7,
        weekday: 1,
        starts_at: "09:00",
        ends_at: "10:00",
        time_zone: "Australia/Sydney",
      }
      slots = run(shifts: [shift], rota_entries: [weekly(10, 7)])
      expect(starts(slots)).to eq(%w[2026-04-05T23:00:00Z])
    end

    it "sorts by start time, then shift id" do
      shifts = [
        london_shift.merge(id: 3, starts_at: "14:00", ends_at: "15:00"),
        london_shift.merge(id: 2),
        { id: 1, weekday: 3, starts_at: "09:00", ends_at: "11:00", time_zone: "America/New_York" },
      ]
      engine = described_class.new(session_minutes: 60, horizon_days: 7)
      slots =
        run(
          engine: engine,
          shifts: shifts,
          rota_entries: [weekly(10, 1), weekly(10, 2), weekly(10, 3)],
        )
      expect(slots.map { |slot| [iso(slot.starts_at), slot.shift_id] }).to eq(
        [
          ["2026-04-01T12:00:00Z", 2],
          ["2026-04-01T13:00:00Z", 1],
          ["2026-04-01T13:00:00Z", 2],
          ["2026-04-01T13:00:00Z", 3],
          ["2026-04-01T14:00:00Z", 1],
          ["2026-04-01T14:00:00Z", 2],
          ["2026-04-01T15:00:00Z", 2],
        ],
      )
    end

    it "accepts an ActiveSupport::TimeWithZone as now and leaves a local Time untouched" do
      local_now = Time.new(2026, 3, 30, 11, 0, 0, "+02:00")
      expect(starts(run(now: local_now)).first).to eq("2026-04-01T12:00:00Z")
      expect(local_now.utc_offset).to eq(7200)

      zoned_now = now.in_time_zone("America/New_York")
      expect(starts(run(now: zoned_now)).size).to eq(4)
    end
  end

  describe "notice and horizon" do
    it "includes a slot starting exactly at now + min_notice and drops the one before" do
      engine = described_class.new(session_minutes: 60, min_notice_minutes: 60, horizon_days: 1)
      slots = run(engine: engine, now: Time.utc(2026, 4, 1, 12, 0))
      expect(starts(slots)).to eq(
        %w[2026-04-01T13:00:00Z 2026-04-01T14:00:00Z 2026-04-01T15:00:00Z],
      )
    end

    it "drops a slot one second short of the notice" do
      engine = described_class.new(session_minutes: 60, min_notice_minutes: 60, horizon_days: 1)
      slots = run(engine: engine, now: Time.utc(2026, 4, 1, 12, 0, 1))
      expect(starts(slots)).to eq(%w[2026-04-01T14:00:00Z 2026-04-01T15:00:00Z])
    end

    it "returns the rest of an occurrence that has already begun, on its grid" do
      engine = described_class.new(session_minutes: 30, buffer_minutes: 15, horizon_days: 1)
      slots = run(engine: engine, now: Time.utc(2026, 4, 1, 13, 10))
      expect(starts(slots)).to eq(
        %w[2026-04-01T13:30:00Z 2026-04-01T14:15:00Z 2026-04-01T15:00:00Z],
      )
    end

    it "excludes a slot starting exactly at now + horizon_days and includes one a second earlier" do
      engine = described_class.new(session_minutes: 60, horizon_days: 7)
      at_limit = run(engine: engine, now: Time.utc(2026, 3, 25, 15, 0))
      expect(starts(at_limit)).to eq(
        %w[
          2026-03-25T15:00:00Z
          2026-03-25T16:00:00Z
          2026-04-01T12:00:00Z
          2026-04-01T13:00:00Z
          2026-04-01T14:00:00Z
        ],
      )

      just_inside = run(engine: engine, now: Time.utc(2026, 3, 25, 15, 0, 1))
      expect(starts(just_inside).last).to eq("2026-04-01T15:00:00Z")
    end

    it "counts horizon days as 24 hours of elapsed time across a DST change" do
      # London moves to BST on 2026-03-29. Seven elapsed days after 12:00:01
      # UTC (12:00:01 GMT) is 13:00:01 BST, so the 13:00 BST slot is inside;
      # seven local calendar days would have stopped at 12:00:01 BST.
      engine = described_class.new(session_minutes: 60, horizon_days: 7)
      slots = run(engine: engine, now: Time.utc(2026, 3, 25, 12, 0, 1))
      expect(starts(slots)).to eq(
        %w[
          2026-03-25T13:00:00Z
          2026-03-25T14:00:00Z
          2026-03-25T15:00:00Z
          2026-03-25T16:00:00Z
          2026-04-01T12:00:00Z
        ],
      )
    end
  end

  describe "capacity" do
    def capacity_by_start(slots)
      slots.to_h { |slot| [iso(slot.starts_at), slot.capacity] }
    end

    let(:one_hour_shift) { london_shift.merge(starts_at: "13:00", ends_at: "14:00") }
    let(:three_weeks) { described_class.new(session_minutes: 60, horizon_days: 21) }

    it "counts distinct volunteers on the weekly rota plus one-date entries for that date" do
      rota = [
        weekly(10),
        weekly(11),
        weekly(11),
        { shift_id: 1, user_id: 12, on_date: Date.new(2026, 4, 8) },
        { shift_id: 1, user_id: 10, on_date: Date.new(2026, 4, 8) },
        { shift_id: 2, user_id: 13, on_date: nil },
      ]
      slots = run(engine: three_weeks, shifts: [one_hour_shift], rota_entries: rota)
      expect(capacity_by_start(slots)).to eq(
        "2026-04-01T12:00:00Z" => 2,
        "2026-04-08T12:00:00Z" => 3,
        "2026-04-15T12:00:00Z" => 2,
      )
      expect(slots.map(&:volunteer_ids)).to eq([[10, 11], [10, 11, 12], [10, 11]])
    end

    it "accepts a DateTime as on_date" do
      rota = [{ shift_id: 1, user_id: 12, on_date: DateTime.new(2026, 4, 8) }]
      slots = run(engine: three_weeks, shifts: [one_hour_shift], rota_entries: rota)
      expect(starts(slots)).to eq(%w[2026-04-08T12:00:00Z])
    end

    it "caps capacity at max_parallel but lists every volunteer" do
      engine = described_class.new(session_minutes: 60, horizon_days: 7, max_parallel: 2)
      slots =
        run(
          engine: engine,
          shifts: [one_hour_shift],
          rota_entries: [weekly(12), weekly(10), weekly(11)],
        )
      expect(slots.map(&:capacity)).to eq([2])
      expect(slots.map(&:volunteer_ids)).to eq([[10, 11, 12]])
    end

    it "leaves out occurrences with nobody on the rota" do
      rota = [{ shift_id: 1, user_id: 12, on_date: Date.new(2026, 4, 8) }]
      slots = run(engine: three_weeks, shifts: [one_hour_shift], rota_entries: rota)
      expect(starts(slots)).to eq(%w[2026-04-08T12:00:00Z])
    end

    it "leaves out shifts without rota entries" do
      expect(run(rota_entries: [])).to eq([])
    end

    context "with time off" do
      # One shift a day, Tuesday 2026-04-07 to Saturday 2026-04-11.
      let(:daily_shifts) do
        (0..6).map do |weekday|
          {
            id: weekday,
            weekday: weekday,
            starts_at: "10:00",
            ends_at: "11:00",
            time_zone: "Europe/London",
          }
        end
      end
      let(:daily_rota) { (0..6).flat_map { |id| [weekly(10, id), weekly(11, id)] } }

      def daily_capacity(time_off)
        slots =
          run(
            engine: described_class.new(session_minutes: 60, horizon_days: 5),
            now: Time.utc(2026, 4, 7, 0, 0),
            shifts: daily_shifts,
            rota_entries: daily_rota,
            time_off: time_off,
          )
        capacity_by_start(slots)
      end

      it "removes the volunteer on the first and last day, inclusive, but not the days around" do
        time_off = [
          { user_id: 10, starts_on: Date.new(2026, 4, 8), ends_on: Date.new(2026, 4, 10) },
        ]
        expect(daily_capacity(time_off)).to eq(
          "2026-04-07T09:00:00Z" => 2,
          "2026-04-08T09:00:00Z" => 1,
          "2026-04-09T09:00:00Z" => 1,
          "2026-04-10T09:00:00Z" => 1,
          "2026-04-11T09:00:00Z" => 2,
        )
      end

      it "covers a single day when it starts and ends on the same date" do
        time_off = [{ user_id: 11, starts_on: Date.new(2026, 4, 9), ends_on: Date.new(2026, 4, 9) }]
        expect(daily_capacity(time_off).values).to eq([2, 2, 1, 2, 2])
      end

      it "drops the occurrence when everyone is away, and ignores inverted ranges" do
        time_off = [
          { user_id: 10, starts_on: Date.new(2026, 4, 9), ends_on: Date.new(2026, 4, 9) },
          { user_id: 11, starts_on: Date.new(2026, 1, 1), ends_on: Date.new(2099, 12, 31) },
          { user_id: 10, starts_on: Date.new(2026, 4, 11), ends_on: Date.new(2026, 4, 7) },
        ]
        expect(daily_capacity(time_off)).to eq(
          "2026-04-07T09:00:00Z" => 1,
          "2026-04-08T09:00:00Z" => 1,
          "2026-04-10T09:00:00Z" => 1,
          "2026-04-11T09:00:00Z" => 1,
        )
      end

      it "also removes one-date rota entries" do
        rota = [{ shift_id: 3, user_id: 12, on_date: Date.new(2026, 4, 8) }]
        time_off = [{ user_id: 12, starts_on: Date.new(2026, 4, 8), ends_on: Date.new(2026, 4, 8) }]
        slots =
          run(
            engine: described_class.new(session_minutes: 60, horizon_days: 5),
            now: Time.utc(2026, 4, 7, 0, 0),
            shifts: daily_shifts,
            rota_entries: rota,
            time_off: time_off,
          )
        expect(slots).to eq([])
      end

      it "compares with the occurrence's local date in the shift's zone" do
        # Monday 09:00 Sydney = Sunday 23:00 UTC (AEST, after April 5th).
        shift = {
          id: 1,
          weekday: 1,
          starts_at: "09:00",
          ends_at: "10:00",
          time_zone: "Australia/Sydney",
        }
        on_monday = [
          { user_id: 10, starts_on: Date.new(2026, 4, 13), ends_on: Date.new(2026, 4, 13) },
        ]
        on_sunday = [
          { user_id: 10, starts_on: Date.new(2026, 4, 12), ends_on: Date.new(2026, 4, 12) },
        ]
        args = { now: Time.utc(2026, 4, 10), shifts: [shift], rota_entries: [weekly(10)] }

        expect(run(**args, time_off: on_monday)).to eq([])
        expect(starts(run(**args, time_off: on_sunday))).to eq(%w[2026-04-12T23:00:00Z])
      end
    end
  end

  describe "bookings" do
    let(:rota) { [weekly(10), weekly(11)] }

    def slot_at(slots, time)
      slots.find { |slot| iso(slot.starts_at) == time }
    end

    def counts(slots)
      slots.map { |slot| [iso(slot.starts_at), slot.booked, slot.available] }
    end

    # A booking of shift 1 from one UTC wall time to another on 1 April.
    def april_first(from, to)
      day = "2026-04-01T"
      {
        shift_id: 1,
        starts_at: Time.iso8601("#{day}#{from}:00Z"),
        ends_at: Time.iso8601("#{day}#{to}:00Z"),
      }
    end

    def booked_per_slot(bookings)
      counts(run(rota_entries: [weekly(10)], bookings:)).map { |row| row[1] }
    end

    # The rota's four hourly slots on Wednesday 1 April (13:00-17:00 London),
    # their booked and available counts given in order.
    def expect_first_day(bookings, booked:, available:)
      hours = %w[12 13 14 15].map { |hour| "2026-04-01T#{hour}:00:00Z" }
      expect(counts(run(rota_entries: rota, bookings:))).to eq(hours.zip(booked, available))
    end

    it "counts bookings of the same shift in the slot they start in" do
      bookings = [
        { shift_id: 1, starts_at: Time.utc(2026, 4, 1, 13, 0) },
        { shift_id: 2, starts_at: Time.utc(2026, 4, 1, 13, 0) },
        { shift_id: 1, starts_at: Time.utc(2026, 4, 8, 13, 0) },
      ]
      expect_first_day(bookings, booked: [0, 1, 0, 0], available: [2, 1, 2, 2])
    end

    it "counts an off-grid booking in both slots it overlaps" do
      bookings = [{ shift_id: 1, starts_at: Time.utc(2026, 4, 1, 13, 30) }]
      expect(counts(run(rota_entries: [weekly(10)], bookings: bookings))).to eq(
        [
          ["2026-04-01T12:00:00Z", 0, 1],
          ["2026-04-01T13:00:00Z", 1, 0],
          ["2026-04-01T14:00:00Z", 1, 0],
          ["2026-04-01T15:00:00Z", 0, 1],
        ],
      )
    end

    it "counts an off-grid booking inside one slot in that slot only" do
      bookings = [april_first("13:10", "13:40")]
      expect(booked_per_slot(bookings)).to eq([0, 1, 0, 0])
    end

    it "takes a booking without ends_at to last one session" do
      half_hours = described_class.new(session_minutes: 30, horizon_days: 7)
      bookings = [{ shift_id: 1, starts_at: Time.utc(2026, 4, 1, 12, 15) }]
      booked = run(engine: half_hours, rota_entries: [weekly(10)], bookings: bookings)
      expect(booked.first(3).map { |slot| [iso(slot.starts_at), slot.booked] }).to eq(
        [["2026-04-01T12:00:00Z", 1], ["2026-04-01T12:30:00Z", 1], ["2026-04-01T13:00:00Z", 0]],
      )
    end

    it "holds every slot a booking made under a longer session length still covers" do
      # Booked as 13:00-14:30 London (90 minutes); the session is now 30.
      half_hours = described_class.new(session_minutes: 30, horizon_days: 7)
      bookings = [april_first("12:00", "13:30")]
      slots = run(engine: half_hours, rota_entries: [weekly(10)], bookings: bookings)
      expect(slots.select(&:full?).map { |slot| iso(slot.starts_at) }).to eq(
        %w[2026-04-01T12:00:00Z 2026-04-01T12:30:00Z 2026-04-01T13:00:00Z],
      )
      expect(slots.size).to eq(8)
    end

    it "does not count a booking that only touches a slot's edges" do
      bookings = [april_first("13:00", "14:00")]
      expect(booked_per_slot(bookings)).to eq([0, 1, 0, 0])
    end

    it "counts a booking falling in the buffer in the slots around it" do
      buffered = described_class.new(session_minutes: 30, buffer_minutes: 30, horizon_days: 7)
      bookings = [{ shift_id: 1, starts_at: Time.utc(2026, 4, 1, 12, 40) }]
      slots = run(engine: buffered, rota_entries: [weekly(10)], bookings: bookings)
      expect(slots.first(3).map { |slot| [iso(slot.starts_at), slot.booked] }).to eq(
        [["2026-04-01T12:00:00Z", 0], ["2026-04-01T13:00:00Z", 1], ["2026-04-01T14:00:00Z", 0]],
      )
    end

    it "leaves other shifts' slots alone, even at the same time" do
      second = london_shift.merge(id: 2)
      bookings = [{ shift_id: 2, starts_at: Time.utc(2026, 4, 1, 13, 30) }]
      slots =
        run(shifts: [london_shift, second], rota_entries: [weekly(10), weekly(11, 2)], bookings:)
      expect(
        slots
          .select { |slot| slot.booked.positive? }
          .map { |slot| [slot.shift_id, iso(slot.starts_at)] },
      ).to eq([[2, "2026-04-01T13:00:00Z"], [2, "2026-04-01T14:00:00Z"]])
    end

    it "counts overlapping bookings of one slot together" do
      bookings = [
        { shift_id: 1, starts_at: Time.utc(2026, 4, 1, 13, 0) },
        { shift_id: 1, starts_at: Time.utc(2026, 4, 1, 13, 45) },
      ]
      expect_first_day(bookings, booked: [0, 2, 1, 0], available: [2, 0, 1, 2])
    end

    it "counts a booking spanning midnight UTC once" do
      sydney = {
        id: 1,
        weekday: 3,
        starts_at: "09:00",
        ends_at: "13:00",
        time_zone: "Australia/Sydney",
      }
      # Wednesday 1 April, 10:30-11:30 Sydney (AEDT, UTC+11) is 23:30-00:30 UTC.
      bookings = [{ shift_id: 1, starts_at: Time.utc(2026, 3, 31, 23, 30) }]
      slots = run(shifts: [sydney], rota_entries: [weekly(10)], bookings: bookings)
      expect(slots.map { |slot| [iso(slot.starts_at), slot.booked] }).to eq(
        [
          ["2026-03-31T22:00:00Z", 0],
          ["2026-03-31T23:00:00Z", 1],
          ["2026-04-01T00:00:00Z", 1],
          ["2026-04-01T01:00:00Z", 0],
        ],
      )
    end

    it "returns full slots with nothing available" do
      bookings = [{ shift_id: 1, starts_at: Time.utc(2026, 4, 1, 14, 0) }] * 2
      slot = slot_at(run(rota_entries: rota, bookings: bookings), "2026-04-01T14:00:00Z")
      expect([slot.capacity, slot.booked, slot.available, slot.full?]).to eq([2, 2, 0, true])
    end

    it "reports over-full slots as full, never negative" do
      bookings = [{ shift_id: 1, starts_at: Time.utc(2026, 4, 1, 14, 0) }] * 3
      slot = slot_at(run(rota_entries: rota, bookings: bookings), "2026-04-01T14:00:00Z")
      expect([slot.capacity, slot.booked, slot.available, slot.full?]).to eq([2, 3, 0, true])
    end

    it "matches a booking given as a TimeWithZone" do
      bookings = [
        { shift_id: 1, starts_at: Time.utc(2026, 4, 1, 14, 0).in_time_zone("Asia/Kolkata") },
      ]
      slot = slot_at(run(rota_entries: rota, bookings: bookings), "2026-04-01T14:00:00Z")
      expect(slot.booked).to eq(1)
    end
  end

  describe "volunteers busy elsewhere" do
    let(:rota) { [weekly(10), weekly(11)] }

    def busy(user_id, from, to)
      { user_id: user_id, starts_at: from, ends_at: to }
    end

    def run_busy(busy, engine: self.engine, rota_entries: rota, bookings: [])
      engine.slots(
        now: now,
        shifts: [london_shift],
        rota_entries: rota_entries,
        time_off: [],
        bookings: bookings,
        busy: busy,
      )
    end

    def by_start(slots)
      slots.to_h { |slot| [iso(slot.starts_at), [slot.capacity, slot.volunteer_ids]] }
    end

    it "leaves a busy volunteer out of every slot their session overlaps" do
      slots =
        by_start(run_busy([busy(11, Time.utc(2026, 4, 1, 13, 30), Time.utc(2026, 4, 1, 14, 0))]))
      expect(slots).to eq(
        "2026-04-01T12:00:00Z" => [2, [10, 11]],
        "2026-04-01T13:00:00Z" => [1, [10]],
        "2026-04-01T14:00:00Z" => [2, [10, 11]],
        "2026-04-01T15:00:00Z" => [2, [10, 11]],
      )
    end

    it "takes a volunteer out once when two of their sessions overlap the same slot" do
      slots =
        by_start(
          run_busy(
            [
              busy(10, Time.utc(2026, 4, 1, 13, 0), Time.utc(2026, 4, 1, 13, 40)),
              busy(10, Time.utc(2026, 4, 1, 13, 20), Time.utc(2026, 4, 1, 14, 10)),
              busy(11, Time.utc(2026, 4, 1, 13, 30), Time.utc(2026, 4, 1, 14, 0)),
            ],
          ),
        )
      expect(slots).to eq(
        "2026-04-01T12:00:00Z" => [2, [10, 11]],
        "2026-04-01T14:00:00Z" => [1, [11]],
        "2026-04-01T15:00:00Z" => [2, [10, 11]],
      )
    end

    it "does not offer a slot whose only volunteer is busy, even for a minute of it" do
      slots =
        run_busy(
          [busy(10, Time.utc(2026, 4, 1, 14, 59), Time.utc(2026, 4, 1, 15, 1))],
          rota_entries: [weekly(10)],
        )
      expect(starts(slots)).to eq(%w[2026-04-01T12:00:00Z 2026-04-01T13:00:00Z])
    end

    it "keeps slots that a busy session only touches" do
      slots =
        run_busy(
          [busy(10, Time.utc(2026, 4, 1, 13, 0), Time.utc(2026, 4, 1, 14, 0))],
          rota_entries: [weekly(10)],
        )
      expect(starts(slots)).to eq(
        %w[2026-04-01T12:00:00Z 2026-04-01T14:00:00Z 2026-04-01T15:00:00Z],
      )
    end

    it "ignores people who are not on the rota" do
      plain = run_busy([])
      expect(run_busy([busy(99, Time.utc(2026, 4, 1, 12, 0), Time.utc(2026, 4, 1, 16, 0))])).to eq(
        plain,
      )
    end

    it "ignores sessions on other days" do
      expect(run_busy([busy(10, Time.utc(2026, 4, 2, 12, 0), Time.utc(2026, 4, 2, 16, 0))])).to eq(
        run_busy([]),
      )
    end

    it "counts the topic's bookings against the volunteers who are left" do
      slots =
        run_busy(
          [busy(11, Time.utc(2026, 4, 1, 13, 0), Time.utc(2026, 4, 1, 13, 30))],
          bookings: [{ shift_id: 1, starts_at: Time.utc(2026, 4, 1, 13, 0) }],
        )
      slot = slots.find { |candidate| iso(candidate.starts_at) == "2026-04-01T13:00:00Z" }
      expect([slot.capacity, slot.booked, slot.available, slot.volunteer_ids]).to eq(
        [1, 1, 0, [10]],
      )
    end

    it "applies max_parallel to the volunteers who are left" do
      capped = described_class.new(session_minutes: 60, horizon_days: 7, max_parallel: 2)
      slots =
        run_busy(
          [busy(12, Time.utc(2026, 4, 1, 12, 0), Time.utc(2026, 4, 1, 13, 0))],
          engine: capped,
          rota_entries: [weekly(10), weekly(11), weekly(12)],
        )
      expect(slots.first(2).map { |slot| [slot.capacity, slot.volunteer_ids] }).to eq(
        [[2, [10, 11]], [2, [10, 11, 12]]],
      )
    end

    it "finds a session that began the day before" do
      slots =
        run_busy(
          [busy(10, Time.utc(2026, 3, 31, 20, 0), Time.utc(2026, 4, 1, 12, 30))],
          rota_entries: [weekly(10)],
        )
      expect(starts(slots).first).to eq("2026-04-01T13:00:00Z")
    end

    it "follows the shift's local time across a DST change" do
      # London leaves BST on Sunday 25 October 2026: 13:00 local is 12:00 UTC
      # on the Sunday before and 13:00 UTC on the Sunday itself.
      sunday = london_shift.merge(weekday: 0)
      two_weeks = described_class.new(session_minutes: 60, horizon_days: 14)
      slots =
        two_weeks.slots(
          now: Time.utc(2026, 10, 17, 9, 0),
          shifts: [sunday],
          rota_entries: [weekly(10)],
          time_off: [],
          bookings: [{ shift_id: 1, starts_at: Time.utc(2026, 10, 18, 12, 0) }],
          busy: [busy(10, Time.utc(2026, 10, 25, 13, 0), Time.utc(2026, 10, 25, 14, 0))],
        )
      expect(slots.map { |slot| [iso(slot.starts_at), slot.booked] }).to eq(
        [
          ["2026-10-18T12:00:00Z", 1],
          ["2026-10-18T13:00:00Z", 0],
          ["2026-10-18T14:00:00Z", 0],
          ["2026-10-18T15:00:00Z", 0],
          ["2026-10-25T14:00:00Z", 0],
          ["2026-10-25T15:00:00Z", 0],
          ["2026-10-25T16:00:00Z", 0],
        ],
      )
    end
  end

  describe VolunteerBooking::Slot do
    subject(:slot) do
      described_class.new(
        shift_id: 4,
        starts_at: Time.utc(2026, 4, 1, 12, 0),
        ends_at: Time.utc(2026, 4, 1, 12, 30),
        capacity: 2,
        booked: 1,
        volunteer_ids: [3, 5],
      )
    end

    it "has a stable key and a hash form" do
      expect(slot.key).to eq("4/2026-04-01T12:00:00Z")
      expect(slot.to_h).to eq(
        key: "4/2026-04-01T12:00:00Z",
        shift_id: 4,
        starts_at: Time.utc(2026, 4, 1, 12, 0),
        ends_at: Time.utc(2026, 4, 1, 12, 30),
        capacity: 2,
        booked: 1,
        available: 1,
        volunteer_ids: [3, 5],
      )
      expect(slot.full?).to be(false)
      expect(slot).to be_frozen
    end

    it "compares by value" do
      twin = described_class.new(**slot.to_h.except(:key, :available))
      expect(twin).to eq(slot)
      expect(twin.hash).to eq(slot.hash)
    end
  end

  describe "local times that do not exist or exist twice (ActiveSupport::TimeZone#local)" do
    let(:night_shift) do
      { id: 1, weekday: 0, starts_at: "01:30", ends_at: "03:00", time_zone: "Europe/London" }
    end
    let(:half_hours) { described_class.new(session_minutes: 30, horizon_days: 1) }

    it "moves a start in the spring-forward gap one hour later" do
      # 2026-03-29: London jumps from 01:00 GMT to 02:00 BST. 01:30 does not
      # exist; it becomes 02:30 BST (01:30 UTC), and 03:00 BST is 02:00 UTC.
      slots = run(engine: half_hours, now: Time.utc(2026, 3, 29), shifts: [night_shift])
      expect(starts(slots)).to eq(%w[2026-03-29T01:30:00Z])
      expect(slots.first.starts_at.in_time_zone("Europe/London").strftime("%H:%M %Z")).to eq(
        "02:30 BST",
      )
    end

    it "reads an ambiguous time in the fall-back overlap as the earlier, daylight-saving one" do
      # 2026-10-25: 01:00-02:00 happens twice. 01:30 is read as BST (00:30
      # UTC); 03:00 is GMT (03:00 UTC): 2.5 real hours, five half-hour slots.
      slots = run(engine: half_hours, now: Time.utc(2026, 10, 25), shifts: [night_shift])
      expect(starts(slots)).to eq(
        %w[
          2026-10-25T00:30:00Z
          2026-10-25T01:00:00Z
          2026-10-25T01:30:00Z
          2026-10-25T02:00:00Z
          2026-10-25T02:30:00Z
        ],
      )
    end

    it "does the same in New York" do
      shift = night_shift.merge(starts_at: "02:30", ends_at: "04:00", time_zone: "America/New_York")
      spring = run(engine: half_hours, now: Time.utc(2026, 3, 8), shifts: [shift])
      # 02:30 EST does not exist -> 03:30 EDT = 07:30 UTC; 04:00 EDT = 08:00 UTC.
      expect(starts(spring)).to eq(%w[2026-03-08T07:30:00Z])

      shift = shift.merge(starts_at: "01:30", ends_at: "02:00")
      autumn = run(engine: half_hours, now: Time.utc(2026, 11, 1), shifts: [shift])
      # 01:30 is read as EDT (05:30 UTC); 02:00 EST is 07:00 UTC.
      expect(starts(autumn)).to eq(
        %w[2026-11-01T05:30:00Z 2026-11-01T06:00:00Z 2026-11-01T06:30:00Z],
      )
    end
  end

  describe "daylight-saving changes from 2026 to 2030" do
    let(:hourly) { described_class.new(session_minutes: 60, horizon_days: 17) }

    it "knows the London changes of 2026 as concrete UTC times" do
      sunday_lunch = london_shift.merge(weekday: 0, starts_at: "13:00", ends_at: "14:00")
      spring = run(engine: hourly, now: Time.utc(2026, 3, 21), shifts: [sunday_lunch])
      expect(starts(spring)).to eq(
        %w[2026-03-22T13:00:00Z 2026-03-29T12:00:00Z 2026-04-05T12:00:00Z],
      )
      autumn = run(engine: hourly, now: Time.utc(2026, 10, 17), shifts: [sunday_lunch])
      expect(starts(autumn)).to eq(
        %w[2026-10-18T12:00:00Z 2026-10-25T13:00:00Z 2026-11-01T13:00:00Z],
      )
    end

    %w[Europe/London America/New_York Australia/Sydney].each do |zone_name|
      context "in #{zone_name}" do
        tz = TZInfo::Timezone.get(zone_name)
        transitions = tz.transitions_up_to(Time.utc(2031, 1, 1), Time.utc(2026, 1, 1))

        it "has two changes a year" do
          expect(transitions.map { |transition| transition.at.to_time.year }).to eq(
            [2026, 2026, 2027, 2027, 2028, 2028, 2029, 2029, 2030, 2030],
          )
        end

        transitions.each do |transition|
          old_offset = transition.previous_offset.observed_utc_offset
          new_offset = transition.offset.observed_utc_offset
          change_date = (transition.at.to_time.utc + new_offset).to_date
          label = "#{change_date} (UTC#{old_offset / 3600.0} -> UTC#{new_offset / 3600.0})"

          # Independent oracle: local wall clock minus the offset TZInfo
          # reports for each side of the change.
          wall_to_utc = ->(date, hour, offset) do
            Time.utc(date.year, date.month, date.day, hour, 0) - offset
          end

          it "keeps 13:00 local time on the day of the change #{label} and a week either side" do
            shift = {
              id: 1,
              weekday: change_date.wday,
              starts_at: "13:00",
              ends_at: "14:00",
              time_zone: zone_name,
            }
            now = Time.utc(change_date.year, change_date.month, change_date.day) - (8 * 86_400)
            slots = run(engine: hourly, now: now, shifts: [shift])

            expect(starts(slots)).to eq(
              [
                iso(wall_to_utc.call(change_date - 7, 13, old_offset)),
                iso(wall_to_utc.call(change_date, 13, new_offset)),
                iso(wall_to_utc.call(change_date + 7, 13, new_offset)),
              ],
            )
            expect(
              slots.map { |slot| slot.starts_at.in_time_zone(zone_name).strftime("%H:%M") },
            ).to eq(%w[13:00 13:00 13:00])
          end

          it "fits one hour fewer or more into a 00:00-06:00 window on #{label}" do
            shift = {
              id: 1,
              weekday: change_date.wday,
              starts_at: "00:00",
              ends_at: "06:00",
              time_zone: zone_name,
            }
            week_before = change_date - 7
            now = Time.utc(week_before.year, week_before.month, week_before.day) - 86_400
            by_date =
              run(engine: hourly, now: now, shifts: [shift]).group_by do |slot|
                slot.starts_at.in_time_zone(zone_name).to_date
              end
            before = by_date.fetch(week_before)
            on_change = by_date.fetch(change_date)

            hours_on_change = 6 - ((new_offset - old_offset) / 3600)
            expect(starts(before)).to eq(
              (0...6).map do |hour|
                iso(wall_to_utc.call(week_before, 0, old_offset) + (hour * 3600))
              end,
            )
            expect(starts(on_change)).to eq(
              (0...hours_on_change).map do |hour|
                iso(wall_to_utc.call(change_date, 0, old_offset) + (hour * 3600))
              end,
            )
            expect(on_change.size - before.size).to eq((old_offset - new_offset) / 3600)
            expect(iso(on_change.last.ends_at)).to eq(
              iso(wall_to_utc.call(change_date, 6, new_offset)),
            )
          end
        end
      end
    end

    {
      "America/Sao_Paulo" => "16:00:00Z",
      "Asia/Kolkata" => "07:30:00Z",
    }.each do |zone_name, utc_time|
      context "in #{zone_name}" do
        it "has no change at all" do
          tz = TZInfo::Timezone.get(zone_name)
          expect(tz.transitions_up_to(Time.utc(2031, 1, 1), Time.utc(2026, 1, 1))).to eq([])
        end

        it "keeps every Wednesday 13:00 at #{utc_time} for five years" do
          shift = { id: 1, weekday: 3, starts_at: "13:00", ends_at: "14:00", time_zone: zone_name }
          engine = described_class.new(session_minutes: 60, horizon_days: 1826)
          slots = run(engine: engine, now: Time.utc(2026, 1, 1), shifts: [shift])

          wednesdays = (Date.new(2026, 1, 1)..Date.new(2030, 12, 31)).select(&:wednesday?)
          expect(starts(slots)).to eq(wednesdays.map { |date| "#{date.iso8601}T#{utc_time}" })
          expect(slots.size).to eq(260)
        end
      end
    end
  end

  describe "time zone identifiers" do
    it "accepts IANA identifiers, including backward-compatible links" do
      %w[Europe/London US/Eastern Etc/UTC UTC].each do |name|
        expect(described_class.iana_time_zone?(name)).to be(true)
      end
    end

    it "rejects Rails-only names and junk" do
      ["London", "Eastern Time (US & Canada)", "", nil, 3, "Mars/Olympus"].each do |name|
        expect(described_class.iana_time_zone?(name)).to be(false)
      end
    end

    it "reads US/Eastern like America/New_York" do
      shift = london_shift.merge(time_zone: "US/Eastern")
      expect(starts(run(shifts: [shift])).first).to eq("2026-04-01T17:00:00Z")
    end
  end

  describe "argument errors" do
    def build(**overrides)
      described_class.new(**{ session_minutes: 30, horizon_days: 7 }.merge(overrides))
    end

    {
      { session_minutes: 0 } => /session_minutes must be an Integer >= 1/,
      { session_minutes: 30.0 } => /session_minutes must be an Integer >= 1, got 30.0/,
      { session_minutes: "30" } => /session_minutes must be an Integer/,
      { buffer_minutes: -1 } => /buffer_minutes must be an Integer >= 0/,
      { buffer_minutes: 1.5 } => /buffer_minutes must be an Integer/,
      { min_notice_minutes: -5 } => /min_notice_minutes must be an Integer >= 0/,
      { horizon_days: 0 } => /horizon_days must be an Integer >= 1/,
      { horizon_days: nil } => /horizon_days must be an Integer >= 1/,
      { max_parallel: 0 } => /max_parallel must be an Integer >= 1/,
      { max_parallel: true } => /max_parallel must be an Integer >= 1/,
    }.each do |overrides, message|
      it "rejects #{overrides.inspect}" do
        expect { build(**overrides) }.to raise_error(ArgumentError, message)
      end
    end

    it "accepts the boundary values" do
      engine =
        build(
          session_minutes: 1,
          buffer_minutes: 0,
          min_notice_minutes: 0,
          horizon_days: 1,
          max_parallel: 1,
        )
      expect([engine.session_minutes, engine.horizon_days, engine.max_parallel]).to eq([1, 1, 1])
    end

    {
      { time_zone: "London" } => /shift 1: unknown time zone "London"; use an IANA identifier/,
      { time_zone: "Europe/Londres" } => %r{unknown time zone "Europe/Londres"},
      { time_zone: nil } => /unknown time zone nil/,
      { weekday: 7 } => /weekday must be an Integer from 0 \(Sunday\) to 6, got 7/,
      { weekday: -1 } => /weekday must be an Integer from 0/,
      { weekday: "3" } => /weekday must be an Integer from 0/,
      {
        starts_at: "24:00",
      } =>
        /starts_at must be a time "HH:MM" between 00:00 and 23:59, got "24:00"/,
      { starts_at: "9:00" } => /starts_at must be a time "HH:MM"/,
      { starts_at: "13:60" } => /starts_at must be a time "HH:MM"/,
      { ends_at: "17:00:00" } => /ends_at must be a time "HH:MM"/,
      { ends_at: nil } => /ends_at must be a time "HH:MM"/,
      {
        ends_at: "13:00",
      } =>
        /ends_at \(13:00\) must be after starts_at \(13:00\); overnight shifts/,
      { starts_at: "22:00", ends_at: "02:00" } => /ends_at \(02:00\) must be after starts_at/,
      { id: nil } => /shift is missing :id/,
    }.each do |overrides, message|
      it "rejects a shift with #{overrides.inspect}" do
        expect { run(shifts: [london_shift.merge(overrides)]) }.to raise_error(
          ArgumentError,
          message,
        )
      end
    end

    it "rejects a now that is not a Time" do
      expect { run(now: Date.new(2026, 4, 1)) }.to raise_error(
        ArgumentError,
        /now must be a Time, got Date/,
      )
      expect { run(now: "2026-04-01T00:00:00Z") }.to raise_error(
        ArgumentError,
        /now must be a Time/,
      )
    end

    it "rejects malformed rota entries, time off and bookings" do
      expect { run(rota_entries: [{ shift_id: 1 }]) }.to raise_error(
        ArgumentError,
        /rota entry is missing :user_id/,
      )
      expect {
        run(rota_entries: [{ shift_id: 1, user_id: 2, on_date: "2026-04-01" }])
      }.to raise_error(ArgumentError, /on_date must be a Date/)
      expect { run(time_off: [{ user_id: 10, starts_on: Date.new(2026, 4, 1) }]) }.to raise_error(
        ArgumentError,
        /time off is missing :ends_on/,
      )
      expect { run(bookings: [{ shift_id: 1, starts_at: "2026-04-01 12:00" }]) }.to raise_error(
        ArgumentError,
        /booking starts_at must be a Time/,
      )
    end

    it "rejects bookings whose end is not a Time after their start" do
      starts_at = Time.utc(2026, 4, 1, 12, 0)
      expect {
        run(bookings: [{ shift_id: 1, starts_at: starts_at, ends_at: "13:00" }])
      }.to raise_error(ArgumentError, /booking ends_at must be a Time, got String/)
      expect {
        run(bookings: [{ shift_id: 1, starts_at: starts_at, ends_at: starts_at }])
      }.to raise_error(ArgumentError, /booking ends_at must be after starts_at/)
    end

    def busy_run(entry)
      engine.slots(
        now: now,
        shifts: [london_shift],
        rota_entries: [weekly(10)],
        time_off: [],
        bookings: [],
        busy: [entry],
      )
    end

    it "rejects malformed busy entries, whoever they are for" do
      starts_at = Time.utc(2026, 4, 1, 12, 0)
      {
        { starts_at: starts_at, ends_at: starts_at + 60 } => /busy entry is missing :user_id/,
        {
          user_id: 99,
          starts_at: "12:00",
          ends_at: starts_at,
        } =>
          /busy starts_at must be a Time, got String/,
        {
          user_id: 99,
          starts_at: starts_at,
          ends_at: nil,
        } =>
          /busy ends_at must be a Time, got NilClass/,
        {
          user_id: 99,
          starts_at: starts_at,
          ends_at: starts_at - 60,
        } =>
          /busy entry ends_at must be after starts_at/,
        {
          user_id: 10,
          starts_at: starts_at,
          ends_at: starts_at,
        } =>
          /busy entry ends_at must be after starts_at/,
      }.each { |entry, message| expect { busy_run(entry) }.to raise_error(ArgumentError, message) }
    end
  end
end
