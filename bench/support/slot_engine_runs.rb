# frozen_string_literal: true

# What the slot engine's benches share: the engine's input, one timed run
# and the median of many.
require_relative "core"

module SlotEngineRuns
  Input = Struct.new(:shifts, :rota_entries, :time_off, :bookings, :busy, keyword_init: true)

  def self.run(engine, now, input)
    engine.slots(
      now: now,
      shifts: input.shifts,
      rota_entries: input.rota_entries,
      time_off: input.time_off,
      bookings: input.bookings,
      busy: input.busy,
    )
  end

  # One run: its wall-clock and CPU milliseconds (the CPU time of this
  # process, which other busy processes on the machine do not inflate).
  Run = Struct.new(:ms, :cpu_ms, :slots)

  # Cold: the local-time cache emptied first, as a fresh process has it.
  def self.time(engine, now, input, cold:)
    VolunteerBooking::SlotEngine::LOCAL_TIMES.clear if cold
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    cpu = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
    slots = run(engine, now, input)
    Run.new(
      (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000,
      (Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - cpu) * 1000,
      slots,
    )
  end

  def self.median(samples)
    samples.sort[samples.size / 2]
  end
end
