# frozen_string_literal: true

# Times VolunteerBooking::SlotEngine#slots on a realistic topic (100
# volunteers, 10 shifts, 8 weeks, 2,000 bookings, 2,000 sessions of the
# volunteers in other topics) and on one ten times larger (volunteers,
# shifts, rota, time off, bookings and busy entries; same 8-week horizon, so
# ten times the slots). Runs of both sizes are interleaved so that both see the
# same machine noise. Prints medians of wall clock and CPU time; asserts
# nothing.
#
#   bundle exec ruby bench/slot_engine.rb

require_relative "support/slot_engine_runs"

module SlotEngineBench
  ZONES = %w[Europe/London America/New_York Australia/Sydney Asia/Kolkata America/Sao_Paulo].freeze
  NOW = Time.utc(2026, 3, 2, 9, 0)
  HORIZON_DAYS = 56
  SESSION_MINUTES = 30
  PASSES = 5
  SMALL_RUNS = 41
  LARGE_RUNS = 9

  Input = SlotEngineRuns::Input

  def self.engine
    VolunteerBooking::SlotEngine.new(session_minutes: SESSION_MINUTES, horizon_days: HORIZON_DAYS)
  end

  # Every volunteer is on three weekly shifts plus one single date; every
  # fifth takes one to two weeks off; bookings land on random slots; busy
  # entries are sessions elsewhere, on and off this topic's grid.
  def self.build(scale)
    random = Random.new(42)
    volunteers = (1..(100 * scale)).to_a
    shifts =
      (1..(10 * scale)).map do |id|
        {
          id: id,
          weekday: id % 7,
          starts_at: "13:00",
          ends_at: "17:00",
          time_zone: ZONES[id % ZONES.size],
        }
      end

    rota_entries =
      volunteers.flat_map do |user_id|
        weekly =
          shifts
            .sample(3, random: random)
            .map { |shift| { shift_id: shift[:id], user_id: user_id } }
        weekly << {
          shift_id: shifts.sample(random: random)[:id],
          user_id: user_id,
          on_date: NOW.to_date + random.rand(HORIZON_DAYS),
        }
      end

    time_off =
      volunteers
        .select { |user_id| (user_id % 5).zero? }
        .map do |user_id|
          starts_on = NOW.to_date + random.rand(HORIZON_DAYS)
          { user_id: user_id, starts_on: starts_on, ends_on: starts_on + 7 + random.rand(7) }
        end

    open_slots =
      run(
        Input.new(
          shifts: shifts,
          rota_entries: rota_entries,
          time_off: time_off,
          bookings: [],
          busy: [],
        ),
      )
    bookings =
      Array.new(2000 * scale) do
        slot = open_slots.sample(random: random)
        { shift_id: slot.shift_id, starts_at: slot.starts_at }
      end
    busy =
      Array.new(2000 * scale) do
        starts_at = open_slots.sample(random: random).starts_at + (random.rand(4) * 600)
        {
          user_id: volunteers.sample(random: random),
          starts_at: starts_at,
          ends_at: starts_at + (SESSION_MINUTES * 60),
        }
      end

    Input.new(
      shifts: shifts,
      rota_entries: rota_entries,
      time_off: time_off,
      bookings: bookings,
      busy: busy,
    )
  end

  def self.run(input)
    SlotEngineRuns.run(engine, NOW, input)
  end

  # A run's wall-clock and CPU milliseconds; its slots are let go, so that
  # the samples do not grow the heap the later runs collect.
  def self.time(input, cold:)
    run = SlotEngineRuns.time(engine, NOW, input, cold: cold)
    [run.ms, run.cpu_ms]
  end

  def self.median(samples)
    SlotEngineRuns.median(samples)
  end

  def self.describe(label, input)
    format(
      "%-3s %5d volunteers, %3d shifts, %5d rota entries, %3d time off, %6d bookings, " \
        "%6d busy -> %5d slots",
      label,
      input.rota_entries.size / 4,
      input.shifts.size,
      input.rota_entries.size,
      input.time_off.size,
      input.bookings.size,
      input.busy.size,
      run(input).size,
    )
  end

  # Blocks of runs of each size, alternated a few times: runs of one size
  # back to back (as a server answering the same page would), while the
  # alternation spreads slow spells of the machine over both sizes. Returns
  # the runs of each size.
  def self.measure(small, large, cold:)
    samples = { small: [], large: [] }
    time(small, cold: cold)
    time(large, cold: cold)
    PASSES.times do
      SMALL_RUNS.times { samples[:small] << time(small, cold: cold) }
      LARGE_RUNS.times { samples[:large] << time(large, cold: cold) }
    end
    samples
  end

  def self.report
    small = build(1)
    large = build(10)
    puts describe("1x", small)
    puts describe("10x", large)
    puts "Ruby #{RUBY_VERSION}, ActiveSupport #{ActiveSupport::VERSION::STRING}; medians:"

    # Warm: local-time conversions already cached, as on every page view but
    # the first. Cold: cache emptied before each run. The same runs' CPU
    # time follows each line: on a shared machine other processes stretch
    # the wall clock of long runs more than that of short ones.
    { "warm" => false, "cold" => true }.each do |label, cold|
      samples = measure(small, large, cold: cold)
      puts figures(label, samples, 0)
      puts figures("CPU", samples, 1)
    end
  end

  # The medians of one figure (0 wall clock, 1 CPU) of each size's runs.
  def self.figures(label, samples, figure)
    small_ms = median(samples[:small].map { |run| run[figure] })
    large_ms = median(samples[:large].map { |run| run[figure] })
    format(
      "  %-4s 1x %6.2f ms   10x %7.2f ms   ratio %.1f",
      label,
      small_ms,
      large_ms,
      large_ms / small_ms,
    )
  end
end

SlotEngineBench.report
