# frozen_string_literal: true

# Times VolunteerBooking::SlotEngine#slots on the worst data a booking topic
# may hold: every setting at its costliest end (the longest horizon, the
# shortest session, no buffer, no notice, the most parallel sessions), a
# week's worth of shifts, the most rota entries, every volunteer with the
# most time off, the most upcoming bookings and the most sessions held
# elsewhere by every volunteer on the rota. The caps are read from the
# models, so the figures follow them. Two layouts of the week: the most
# shifts tiling it, and seven whole-day shifts (the rota spread thinner, or
# massed). Prints medians; asserts nothing about time, only that the data
# is allowed.
#
#   bundle exec ruby bench/slots_worst_case.rb

require "active_record"
require_relative "support/slot_engine_runs"
# The models only for their constants: nothing here connects to a database.
Dir[File.expand_path("../app/models/volunteer_booking/*.rb", __dir__)].each do |path|
  VolunteerBooking.autoload(File.basename(path, ".rb").camelize.to_sym, path)
end

module SlotsWorstCaseBench
  Topic = VolunteerBooking::BookingTopic
  NOW = Time.utc(2026, 3, 2, 9, 0)
  ZONE = "Europe/London"
  LAST_MINUTE = (23 * 60) + 59
  RUNS = 9
  # Each volunteer's time off, the most entries covering the most days,
  # stacked on a few fortnights so that they stay on the rota most weeks.
  TIME_OFF_PERIODS = 5

  Input = SlotEngineRuns::Input

  def self.engine
    VolunteerBooking::SlotEngine.new(
      session_minutes: Topic::SESSION_MINUTES.min,
      buffer_minutes: Topic::BUFFER_MINUTES.min,
      min_notice_minutes: Topic::MIN_NOTICE_MINUTES.min,
      horizon_days: Topic::HORIZON_DAYS.max,
      max_parallel: Topic::MAX_PARALLEL.max,
    )
  end

  def self.clock(minute)
    format("%02d:%02d", minute / 60, minute % 60)
  end

  # Each weekday cut into per_day[weekday] back-to-back shifts from 00:00 to
  # 23:59 (shifts that touch do not overlap).
  def self.shifts(per_day)
    per_day
      .each_with_index
      .flat_map do |count, weekday|
        Array.new(count) do |index|
          {
            weekday: weekday,
            starts_at: clock((index * LAST_MINUTE) / count),
            ends_at: clock(((index + 1) * LAST_MINUTE) / count),
            time_zone: ZONE,
          }
        end
      end
      .each_with_index
      .map { |shift, index| shift.merge(id: index + 1) }
  end

  def self.check_no_overlap!(shifts)
    shifts.each do |shift|
      clash = VolunteerBooking::ShiftOverlap.find(shift, shifts, from: NOW.to_date)
      raise "shifts #{shift[:id]} and #{clash[:id]} overlap" if clash
    end
  end

  # Every volunteer's time off, checked against the caps as AddTimeOff does.
  def self.time_off(volunteers, random)
    max_entries = VolunteerBooking::TimeOff::MAX_CURRENT
    days = VolunteerBooking::TimeOff::MAX_CURRENT_DAYS / max_entries
    today = NOW.to_date
    volunteers.flat_map do |user_id|
      entries = []
      TIME_OFF_PERIODS.times do
        starts_on = today + random.rand(Topic::HORIZON_DAYS.max)
        (max_entries / TIME_OFF_PERIODS).times do
          entry = { user_id: user_id, starts_on: starts_on, ends_on: starts_on + days - 1 }
          allowed =
            VolunteerBooking::TimeOffAllowance.check(
              entries,
              entry,
              today: today,
              max_entries: max_entries,
              max_days: VolunteerBooking::TimeOff::MAX_CURRENT_DAYS,
            )
          raise "time off over the caps: #{allowed.error}" if !allowed.ok?
          entries << entry
        end
      end
      entries
    end
  end

  # The most upcoming bookings, each on a slot with room left; the most
  # sessions per volunteer elsewhere, none overlapping another, each on a
  # slot of the volunteer's shift here (so none falls out early).
  def self.build(label, per_day)
    random = Random.new(42)
    shifts = shifts(per_day)
    check_no_overlap!(shifts)
    volunteers = (1..VolunteerBooking::RotaEntry::MAX_PER_TOPIC).to_a
    rota_entries =
      volunteers.map do |user_id|
        { shift_id: shifts[user_id % shifts.size][:id], user_id: user_id }
      end
    time_off = time_off(volunteers, random)
    empty = Input.new(shifts:, rota_entries:, time_off:, bookings: [], busy: [])
    slots = run(empty)

    room = slots.to_h { |slot| [[slot.shift_id, slot.starts_at], slot.capacity] }
    bookings = []
    while bookings.size < Topic::MAX_UPCOMING_BOOKINGS
      slot = slots.sample(random: random)
      key = [slot.shift_id, slot.starts_at]
      next if room[key].zero?
      room[key] -= 1
      bookings << { shift_id: slot.shift_id, starts_at: slot.starts_at, ends_at: slot.ends_at }
    end

    slots_by_shift = slots.group_by(&:shift_id)
    busy =
      rota_entries.flat_map do |entry|
        user_id = entry[:user_id]
        slots_by_shift
          .fetch(entry[:shift_id])
          .sample(VolunteerBooking::Booking::MAX_HELD, random: random)
          .map { |held| { user_id: user_id, starts_at: held.starts_at, ends_at: held.ends_at } }
      end

    [label, empty, Input.new(shifts:, rota_entries:, time_off:, bookings:, busy:)]
  end

  def self.run(input)
    SlotEngineRuns.run(engine, NOW, input)
  end

  # Each run starts from a collected heap, so one run's garbage is not
  # charged to the next.
  def self.time(input, cold:)
    GC.start
    SlotEngineRuns.time(engine, NOW, input, cold: cold)
  end

  # Runs of both inputs alternate, so that both see the same machine noise.
  def self.measure(inputs, cold:)
    inputs.each_value { |input| time(input, cold: cold) }
    runs = inputs.transform_values { [] }
    RUNS.times { inputs.each { |part, input| runs[part] << time(input, cold: cold) } }
    runs.map do |part, samples|
      format(
        "%s %6.1f ms (CPU %6.1f ms), %6d slots",
        part,
        SlotEngineRuns.median(samples.map(&:ms)),
        SlotEngineRuns.median(samples.map(&:cpu_ms)),
        samples.first.slots.size,
      )
    end
  end

  def self.report
    engine = self.engine
    puts format(
           "Settings: %d-minute sessions, %d buffer, %d notice, %d days ahead, at most %d parallel",
           engine.session_minutes,
           engine.buffer_minutes,
           engine.min_notice_minutes,
           engine.horizon_days,
           engine.max_parallel,
         )
    cases = [
      build(
        "#{Topic::MAX_SHIFTS} shifts",
        Array.new(7) { |day| (Topic::MAX_SHIFTS / 7) + (day < Topic::MAX_SHIFTS % 7 ? 1 : 0) },
      ),
      build("7 whole days", [1] * 7),
    ]
    puts "Ruby #{RUBY_VERSION}, ActiveSupport #{ActiveSupport::VERSION::STRING}; medians of #{RUNS}:"
    cases.each do |label, empty, input|
      puts format(
             "  %-14s %3d shifts, %4d rota entries, %6d time off, %6d bookings, %6d busy",
             label,
             input.shifts.size,
             input.rota_entries.size,
             input.time_off.size,
             input.bookings.size,
             input.busy.size,
           )
      # Warm: local-time conversions already cached, as on every page view
      # but the first. Cold: cache emptied before each run.
      { "warm" => false, "cold" => true }.each do |state, cold|
        figures = measure({ "all of it" => input, "no bookings or busy" => empty }, cold: cold)
        puts "    #{state}: #{figures.join(";  ")}"
      end
    end
  end
end

SlotsWorstCaseBench.report
