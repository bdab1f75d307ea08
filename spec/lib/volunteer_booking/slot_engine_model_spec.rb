# frozen_string_literal: true

require_relative "../../core_helper"

# The engine's bookings and busy entries checked against the rule as the
# issue states it, computed the slow, obvious way: every booking compared
# with every slot, every busy entry with every slot. The engine finds them
# by index and arithmetic instead; seeded random topics (regular and dated
# rota entries, time off, a shift id used twice, bookings on and off the
# grid, long busy sessions) keep the two in step.
RSpec.describe VolunteerBooking::SlotEngine do
  let(:now) { Time.utc(2026, 3, 2, 9, 0) }
  let(:zones) { %w[Europe/London America/New_York Australia/Sydney Asia/Kolkata] }

  def topic(random)
    twice = random.rand(4).zero?
    shifts =
      Array.new(random.rand(2..6)) do |index|
        starts = random.rand(0..20)
        {
          id: twice && index == 1 ? 1 : index + 1,
          weekday: random.rand(7),
          starts_at: format("%02d:%02d", starts, random.rand(2) * 30),
          ends_at: format("%02d:00", random.rand((starts + 1)..23)),
          time_zone: zones.sample(random: random),
        }
      end
    users = (1..random.rand(2..8)).to_a
    rota =
      users.flat_map do |user_id|
        shifts
          .sample(random.rand(1..3), random: random)
          .map do |shift|
            on_date = (now.to_date + random.rand(21) if random.rand(3).zero?)
            { shift_id: shift[:id], user_id: user_id, on_date: on_date }
          end
      end
    time_off =
      users
        .sample(random.rand(0..2), random: random)
        .map do |user_id|
          starts_on = now.to_date + random.rand(21)
          { user_id: user_id, starts_on: starts_on, ends_on: starts_on + random.rand(5) }
        end
    { shifts: shifts, rota_entries: rota, time_off: time_off, users: users }
  end

  # Intervals around a base slot's times: on it, shifted by a few minutes,
  # long enough to cover several slots, or ending exactly where it starts.
  def interval(random, slot)
    start = slot.starts_at + (random.rand(-4..4) * 15 * 60)
    case random.rand(4)
    when 0
      [slot.starts_at, nil]
    when 1
      [start, start + (random.rand(1..12) * 10 * 60)]
    when 2
      [start, start + (random.rand(1..3) * 24 * 3600)]
    else
      [slot.starts_at - 3600, slot.starts_at]
    end
  end

  def overlaps?(slot, from, to)
    from < slot.ends_at && to > slot.starts_at
  end

  (1..40).each do |seed|
    it "counts bookings and busy entries as the rule says (seed #{seed})" do
      random = Random.new(seed)
      engine =
        described_class.new(
          session_minutes: [20, 30, 60].sample(random: random),
          buffer_minutes: [0, 0, 10].sample(random: random),
          horizon_days: 21,
          max_parallel: [nil, 2].sample(random: random),
        )
      input = topic(random)
      given = input.slice(:shifts, :rota_entries, :time_off)
      base = engine.slots(now: now, **given, bookings: [], busy: [])
      next if base.empty?

      bookings =
        Array.new(random.rand(0..30)) do
          slot = base.sample(random: random)
          starts_at, ends_at = interval(random, slot)
          shift_id = random.rand(5).zero? ? base.sample(random: random).shift_id : slot.shift_id
          { shift_id: shift_id, starts_at: starts_at, ends_at: ends_at }.compact
        end
      busy =
        Array.new(random.rand(0..30)) do
          starts_at, ends_at = interval(random, base.sample(random: random))
          ends_at ||= starts_at + (engine.session_minutes * 60)
          user_id = random.rand(6).zero? ? 99 : input[:users].sample(random: random)
          { user_id: user_id, starts_at: starts_at, ends_at: ends_at }
        end

      session = engine.session_minutes * 60
      expected =
        base.filter_map do |slot|
          gone = busy.select { |entry| overlaps?(slot, entry[:starts_at], entry[:ends_at]) }
          ids = slot.volunteer_ids - gone.map { |entry| entry[:user_id] }
          next if ids.empty?
          booked =
            bookings.count do |booking|
              booking[:shift_id] == slot.shift_id &&
                overlaps?(
                  slot,
                  booking[:starts_at],
                  booking[:ends_at] || booking[:starts_at] + session,
                )
            end
          capacity = [ids.size, engine.max_parallel || ids.size].min
          [slot.key, capacity, booked, ids]
        end

      actual =
        engine
          .slots(now: now, **given, bookings: bookings, busy: busy)
          .map { |slot| [slot.key, slot.capacity, slot.booked, slot.volunteer_ids] }
      expect(actual).to eq(expected)
    end
  end
end
