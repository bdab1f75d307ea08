# frozen_string_literal: true

require "concurrent/map"

module VolunteerBooking
  # Turns shifts, the rota, time off and existing bookings into bookable slots.
  #
  # Time zones: a shift's time_zone must be an IANA identifier ("Europe/London").
  # ActiveSupport::TimeZone[] would also take Rails-only names such as "London",
  # but those do not exist in browsers' Intl API (the booker's zone is resolved
  # there) nor in Discourse's user time zone setting, and several of them are
  # aliases of the same zone, so storing one would make the same shift look
  # different depending on who reads it. TZInfo::Timezone.get accepts exactly
  # the IANA database (including its backward-compatible links like
  # "US/Eastern"), so it is the gate.
  #
  # Local times that do not exist or exist twice follow ActiveSupport's
  # TimeZone#local: a time in a spring-forward gap is moved forward by one hour
  # (02:30 on a day clocks jump 02:00 -> 03:00 becomes 03:30, the same instant as
  # 02:30 read with the old offset), and an ambiguous time in a fall-back overlap
  # resolves to the daylight-saving reading (the first, earlier instant). Both
  # are what the organiser sees when they type the same time into a calendar.
  #
  # "Days" of horizon are 24 hours of elapsed time, like every other duration
  # here, so the horizon does not stretch or shrink across a DST change.
  #
  # Bookings hold their slot by overlap, not by start time: after the session
  # length, the buffer or a shift's start changes, an old booking sits off
  # the new grid, and it must still take the place of every slot it
  # overlaps, or its volunteer would be offered twice for the same minutes.
  # Busy entries (the volunteers' sessions in other booking topics) take the
  # volunteer out of every slot they overlap, like time off but by the minute.
  # Intervals are half-open: touching a slot's edge is no overlap.
  #
  # Cost is linear in the input plus the slots produced: the rota and time
  # off are indexed by shift, person and date before the shifts are walked.
  # Bookings and busy entries are then taken in one pass each, with nothing
  # stored per entry: a booking on a slot's start finds that slot by a hash
  # lookup; any other booking, and every busy entry, finds the few grids it
  # can touch by its shift or person and day (SlotTimeline), and the range of
  # slots it overlaps by arithmetic (SlotGrid), not by comparing it with
  # slots.
  class SlotEngine
    TIME_OF_DAY = /\A([01]\d|2[0-3]):([0-5]\d)\z/
    SECONDS_PER_DAY = 86_400
    LOCAL_TIMES = Concurrent::Map.new
    LOCAL_TIMES_LIMIT = 20_000

    # What the engine needs to know about one shift once it is validated.
    ParsedShift = Struct.new(:id, :weekday, :start_minute, :end_minute, :zone, keyword_init: true)
    Bounds = Struct.new(:earliest, :latest)
    Occurrence = Struct.new(:shift_id, :rank, :volunteer_ids, :grid)
    # What bookings and busy entries are looked up in: the occurrences, how
    # many slot numbers they use, and the slot numbers by start and shift
    # rank.
    Lookup = Struct.new(:occurrences, :slot_count, :shift_count, :bounds, :exact)
    # Slots in generation order plus their sort keys (start and shift rank).
    Output = Struct.new(:slots, :keys, :shift_count)
    private_constant :Bounds, :Occurrence, :Lookup, :Output

    attr_reader :session_minutes, :buffer_minutes, :min_notice_minutes, :horizon_days, :max_parallel

    def self.iana_time_zone?(name)
      !tzinfo(name).nil?
    end

    # The TZInfo zone for an IANA identifier, or nil.
    def self.tzinfo(name)
      return nil unless name.is_a?(String) && !name.empty?
      TZInfo::Timezone.get(name)
    rescue TZInfo::InvalidTimezoneIdentifier
      nil
    end

    # Raises ArgumentError unless the shift hash is usable; the shell can call
    # this from model validations to refuse bad shifts before they are saved.
    def self.parse_shift(shift)
      raise ArgumentError, "shift must be a Hash, got #{shift.class}" unless shift.is_a?(Hash)
      id = shift[:id]
      raise ArgumentError, "shift is missing :id" if id.nil?

      weekday = shift[:weekday]
      unless weekday.is_a?(Integer) && weekday.between?(0, 6)
        raise ArgumentError,
              "#{shift_label(id)}: weekday must be an Integer from 0 (Sunday) to 6, " \
                "got #{weekday.inspect}"
      end

      start_minute = parse_time_of_day(shift[:starts_at]) { "#{shift_label(id)}: starts_at" }
      end_minute = parse_time_of_day(shift[:ends_at]) { "#{shift_label(id)}: ends_at" }
      if end_minute <= start_minute
        raise ArgumentError,
              "#{shift_label(id)}: ends_at (#{shift[:ends_at]}) must be after starts_at " \
                "(#{shift[:starts_at]}); overnight shifts are not supported"
      end

      time_zone = shift[:time_zone]
      tzinfo = tzinfo(time_zone)
      if tzinfo.nil?
        raise ArgumentError,
              "#{shift_label(id)}: unknown time zone #{time_zone.inspect}; " \
                "use an IANA identifier such as \"Europe/London\""
      end

      ParsedShift.new(
        id: id,
        weekday: weekday,
        start_minute: start_minute,
        end_minute: end_minute,
        # Given the TZInfo zone, ActiveSupport skips its Rails-name mapping.
        zone: ActiveSupport::TimeZone[tzinfo],
      )
    end

    # Error messages are built only when raised: every shift is parsed on
    # every call, and the strings would be most of what parsing allocates.
    def self.shift_label(id)
      "shift #{id.inspect}"
    end

    # Minutes since midnight of "HH:MM"; the block names the value in the
    # error.
    def self.parse_time_of_day(value)
      unless value.is_a?(String) && TIME_OF_DAY.match?(value)
        raise ArgumentError,
              "#{yield} must be a time \"HH:MM\" between 00:00 and 23:59, got #{value.inspect}"
      end
      (value[0, 2].to_i * 60) + value[3, 2].to_i
    end

    def self.integer_at_least(name, value, minimum)
      unless value.is_a?(Integer) && value >= minimum
        raise ArgumentError, "#{name} must be an Integer >= #{minimum}, got #{value.inspect}"
      end
      value
    end

    def initialize(
      session_minutes:,
      horizon_days:,
      buffer_minutes: 0,
      min_notice_minutes: 0,
      max_parallel: nil
    )
      @session_minutes = self.class.integer_at_least(:session_minutes, session_minutes, 1)
      @buffer_minutes = self.class.integer_at_least(:buffer_minutes, buffer_minutes, 0)
      @min_notice_minutes = self.class.integer_at_least(:min_notice_minutes, min_notice_minutes, 0)
      @horizon_days = self.class.integer_at_least(:horizon_days, horizon_days, 1)
      @max_parallel =
        (self.class.integer_at_least(:max_parallel, max_parallel, 1) unless max_parallel.nil?)
    end

    # Returns Array<Slot> sorted by starts_at, then shift_id.
    #
    # bookings: this topic's active bookings, { shift_id:, starts_at: Time,
    # ends_at: Time } (ends_at defaults to starts_at + session_minutes).
    # busy: { user_id:, starts_at: Time, ends_at: Time }, the rota's sessions
    # elsewhere; never this topic's own bookings, which come as bookings.
    # skips: { shift_id:, user_id:, on_date: Date }, a date a weekly entry
    # leaves out; an entry for that very date still counts.
    def slots(now:, shifts:, rota_entries:, time_off:, bookings:, busy: [], skips: [])
      raise ArgumentError, "now must be a Time, got #{now.class}" unless now.is_a?(Time)

      now = now.getutc
      earliest = now + (min_notice_minutes * 60)
      latest = now + (horizon_days * SECONDS_PER_DAY)
      # A local date is at most 14 hours away from the UTC date, so one day of
      # margin on each side catches every occurrence that can reach the range.
      # Dates are Julian day numbers from here on: ActiveSupport wraps Date's
      # comparison and addition in Ruby, and Integers are cheaper to hash.
      first_day = earliest.to_date.jd - 1
      last_day = latest.to_date.jd + 1
      # Slot starts are whole seconds, so comparing them with the ceiling of
      # each bound is exact, and integers are cheap.
      bounds = Bounds.new(earliest.to_r.ceil, latest.to_r.ceil)

      parsed = shifts.map { |shift| self.class.parse_shift(shift) }
      ranks = parsed.map(&:id).uniq.sort.each_with_index.to_h

      occurrences = []
      slot_count = 0
      days = first_day..last_day
      on_rota =
        each_on_duty(parsed, rota_entries, time_off, skips, days) do |shift, day, volunteer_ids|
          next if volunteer_ids.empty?
          grid = grid(shift, day, bounds, slot_count)
          next unless grid
          slot_count = grid.after_last
          occurrences << Occurrence.new(shift.id, ranks[shift.id], volunteer_ids, grid)
        end
      lookup = Lookup.new(occurrences, slot_count, ranks.size, bounds)
      # With two shifts of one id, a booking on one's grid can overlap the
      # other's slots too.
      lookup.exact = slot_numbers(occurrences, ranks.size) if ranks.size == parsed.size
      changes = count_bookings(bookings, lookup, ranks)
      lists = busy_lists(busy, lookup, on_rota)

      out = Output.new([], [], ranks.size)
      occurrences.each { |occurrence| emit(out, occurrence, bounds, changes, lists) }
      sorted(out)
    end

    # Every occurrence of the shifts from first_date to last_date (local
    # dates in each shift's zone) and who is on duty for it, by the rules
    # of the slots' capacity: [{ shift_id:, date:, starts_at:, ends_at:,
    # volunteer_ids: }], date the local one, times in UTC, each shift's
    # occurrences in order.
    # Takes the same rota_entries, time_off and skips as #slots.
    def on_duty(shifts:, rota_entries:, time_off:, first_date:, last_date:, skips: [])
      parsed = shifts.map { |shift| self.class.parse_shift(shift) }
      occurrences = []
      days = first_date.jd..last_date.jd
      each_on_duty(parsed, rota_entries, time_off, skips, days) do |shift, day, ids|
        occurrences << {
          shift_id: shift.id,
          date: Date.jd(day),
          starts_at: Time.at(local_epoch(shift.zone, day, shift.start_minute)).utc,
          ends_at: Time.at(local_epoch(shift.zone, day, shift.end_minute)).utc,
          volunteer_ids: ids,
        }
      end
      occurrences
    end

    private

    # Yields each shift's occurrences in days (a range of Julian days)
    # with the ids of the volunteers on duty, sorted; returns the people on
    # the rota numbered (#on_rota).
    def each_on_duty(parsed, rota_entries, time_off, skips, days)
      weekly, dated = index_rota(rota_entries)
      on_rota = on_rota(weekly, dated)
      away = index_time_off(time_off, days.first, days.last, on_rota)
      skipped = index_skips(skips)
      parsed.each do |shift|
        regulars = (weekly[shift.id] || []).uniq.sort.freeze
        extras = dated[shift.id]
        skips_here = skipped[shift.id]
        each_occurrence_day(shift.weekday, days.first, days.last) do |day|
          ids =
            volunteers_for(
              regulars,
              extras && extras[day],
              away[day],
              skips_here && skips_here[day],
            )
          yield shift, day, ids
        end
      end
      on_rota
    end

    def index_rota(rota_entries)
      weekly = {}
      dated = {}
      rota_entries.each do |entry|
        shift_id = required(entry, :shift_id, "rota entry")
        user_id = required(entry, :user_id, "rota entry")
        on_date = entry[:on_date]
        if on_date.nil?
          (weekly[shift_id] ||= []) << user_id
        else
          on_day = julian_day(on_date, "rota entry on_date")
          ((dated[shift_id] ||= {})[on_day] ||= []) << user_id
        end
      end
      [weekly, dated]
    end

    # Numbers the people on the rota 0, 1, 2, ...
    def on_rota(weekly, dated)
      on_rota = {}
      weekly.each_value { |ids| ids.each { |id| on_rota[id] ||= on_rota.size } }
      dated.each_value do |by_date|
        by_date.each_value { |ids| ids.each { |id| on_rota[id] ||= on_rota.size } }
      end
      on_rota
    end

    # shift_id => day => { user_id => true }.
    def index_skips(skips)
      skipped = {}
      skips.each do |skip|
        shift_id = required(skip, :shift_id, "skip")
        user_id = required(skip, :user_id, "skip")
        day = julian_day(required(skip, :on_date, "skip"), "skip on_date")
        ((skipped[shift_id] ||= {})[day] ||= {})[user_id] = true
      end
      skipped
    end

    # Expands each time off to the days it covers inside the range the engine
    # looks at (day => { user_id => true }), so a check is a hash lookup and
    # a "forever" time off costs no more than the horizon.
    def index_time_off(time_off, first_day, last_day, on_rota)
      away = {}
      time_off.each do |entry|
        user_id = required(entry, :user_id, "time off")
        from = julian_day(required(entry, :starts_on, "time off"), "time off starts_on")
        to = julian_day(required(entry, :ends_on, "time off"), "time off ends_on")
        next unless on_rota[user_id]

        from = first_day if from < first_day
        to = last_day if to > last_day
        (from..to).each { |day| (away[day] ||= {})[user_id] = true }
      end
      away
    end

    # The bookings' count by slot number, as a difference Array (see
    # SlotGrid#book).
    def count_bookings(bookings, lookup, ranks)
      session = session_minutes * 60
      step = (session_minutes + buffer_minutes) * 60
      changes = Array.new(lookup.slot_count, 0)
      exact = lookup.exact
      timeline = nil
      bookings.each do |booking|
        starts_at = booking[:starts_at]
        unless starts_at.is_a?(Time)
          raise ArgumentError, "booking starts_at must be a Time, got #{starts_at.class}"
        end
        shift_id = booking[:shift_id]
        raise ArgumentError, "booking is missing :shift_id" if shift_id.nil?
        start = starts_at.to_i
        ends_at = booking[:ends_at]
        finish = ends_at.nil? ? start + session : seconds(ends_at, "booking ends_at")
        raise ArgumentError, "booking ends_at must be after starts_at" if finish <= start
        rank = ranks[shift_id]
        next unless rank

        # Most bookings were made on the grid as it is and take exactly the
        # slot they start with: a hash lookup finds it.
        number = exact && finish <= start + step && exact[(start * lookup.shift_count) + rank]
        if number
          changes[number] += 1
          changes[number + 1] -= 1
        else
          timeline ||=
            timeline(lookup, lookup.shift_count) do |filed, occurrence|
              filed.add([occurrence.rank], occurrence.grid)
            end
          timeline.book(changes, rank, start, finish)
        end
      end
      changes
    end

    # The volunteers busy during each slot, by slot number (see
    # SlotGrid#mark_busy), or nil. Grids are filed by volunteer, so a busy
    # entry is looked up by its person first: the number of shifts running at
    # the same time costs nothing, and people not on the rota (who cannot
    # change a slot) fall out at once.
    def busy_lists(busy, lookup, on_rota)
      return if busy.empty?
      lists = Array.new(lookup.slot_count)
      timeline = nil
      busy.each do |entry|
        user_id = entry[:user_id]
        starts_at = entry[:starts_at]
        ends_at = entry[:ends_at]
        unless user_id && starts_at.is_a?(Time) && ends_at.is_a?(Time)
          bad_busy_entry(user_id, starts_at, ends_at)
        end
        start = starts_at.to_i
        finish = ends_at.to_i
        raise ArgumentError, "busy entry ends_at must be after starts_at" if finish <= start
        person = on_rota[user_id]
        next unless person
        timeline ||= busy_timeline(lookup, on_rota)
        timeline.mark_busy(lists, person, user_id, start, finish)
      end
      lists
    end

    # Grids filed by the people on duty in them. Most occurrences of a shift
    # share one list of volunteer ids, so each list is numbered only once.
    def busy_timeline(lookup, on_rota)
      numbered = {}.compare_by_identity
      timeline(lookup, on_rota.size) do |filed, occurrence|
        ids = occurrence.volunteer_ids
        filed.add(numbered[ids] ||= on_rota.values_at(*ids), occurrence.grid)
      end
    end

    # A timeline of owners numbered below owners; the block files each
    # occurrence's grid in it under the owners it has.
    def timeline(lookup, owners)
      bounds = lookup.bounds
      grids = lookup.occurrences.map(&:grid)
      timeline =
        SlotTimeline.new(
          grids,
          bounds.earliest / SECONDS_PER_DAY,
          (bounds.latest - 1) / SECONDS_PER_DAY,
          owners,
        )
      lookup.occurrences.each { |occurrence| yield timeline, occurrence }
      timeline
    end

    # Slot number by (start * shift_count) + shift rank, for every slot.
    def slot_numbers(occurrences, shift_count)
      numbers = {}
      occurrences.each do |occurrence|
        grid = occurrence.grid
        key = (grid.window_start * shift_count) + occurrence.rank
        stride = grid.step * shift_count
        grid.size.times do |position|
          numbers[key] = grid.base + position
          key += stride
        end
      end
      numbers
    end

    # Raises the ArgumentError that says what is wrong with a busy entry.
    def bad_busy_entry(user_id, starts_at, ends_at)
      raise ArgumentError, "busy entry is missing :user_id" if user_id.nil?
      seconds(starts_at, "busy starts_at")
      seconds(ends_at, "busy ends_at")
    end

    # Julian day 0 was a Monday, so day + 1 modulo 7 is the weekday.
    def each_occurrence_day(weekday, first_day, last_day)
      day = first_day + ((weekday - first_day - 1) % 7)
      while day <= last_day
        yield day
        day += 7
      end
    end

    # The weekly regulars are shared, already sorted, by every occurrence
    # nobody is added to or away from. Who is away is found by one
    # Hash#slice, in C, rather than a block call per volunteer.
    def volunteers_for(regulars, extras, away, skipped)
      ids = skipped ? regulars.reject { |id| skipped[id] } : regulars
      ids = (ids + extras).uniq.sort if extras
      gone = away&.slice(*ids)
      ids -= gone.keys if gone && !gone.empty?
      ids.freeze
    end

    # The grid of an occurrence's slots that respect the notice and the
    # horizon, or nil when none does.
    def grid(shift, day, bounds, base)
      first = local_epoch(shift.zone, day, shift.start_minute)
      window_end = local_epoch(shift.zone, day, shift.end_minute)
      session = session_minutes * 60
      step = (session_minutes + buffer_minutes) * 60

      # Skip straight to the first slot that respects the notice, keeping the
      # grid anchored at the window start.
      offset = bounds.earliest > first ? ((bounds.earliest - first + step - 1) / step) * step : 0
      last = window_end - session
      last = bounds.latest - 1 if bounds.latest - 1 < last
      return if first + offset > last

      SlotGrid.new(first, step, session, offset / step, (last - first) / step, base)
    end

    # Consecutive slots share what they can: without a buffer a slot's end
    # is the next one's start, one frozen Time, and slots with the same
    # volunteers busy (a busy entry mostly spans two) one list of the rest.
    def emit(out, occurrence, bounds, changes, lists)
      grid = occurrence.grid
      shift_id = occurrence.shift_id
      everyone = occurrence.volunteer_ids
      step = grid.step
      session = grid.session
      slots = out.slots
      keys = out.keys
      key = ((grid.window_start - bounds.earliest) * out.shift_count) + occurrence.rank
      stride = step * out.shift_count
      start = grid.window_start
      number = grid.base
      after_last = number + grid.size
      booked = 0
      ends_at = nil
      ended = nil
      busy_before = nil
      free_before = everyone
      while number < after_last
        booked += changes[number]
        busy = lists && lists[number]
        if busy.nil?
          volunteer_ids = everyone
        elsif busy == busy_before
          volunteer_ids = free_before
        else
          volunteer_ids = free_before = without(everyone, busy).freeze
          busy_before = busy
        end
        unless volunteer_ids.empty?
          capacity = volunteer_ids.size
          capacity = max_parallel if max_parallel && capacity > max_parallel
          starts_at = start == ended ? ends_at : Time.at(start).utc.freeze
          ends_at = (starts_at + session).freeze
          ended = start + session
          slots << Slot.build(shift_id, starts_at, ends_at, capacity, booked, volunteer_ids)
          keys << key
        end
        start += step
        key += stride
        number += 1
      end
    end

    # The volunteer ids but the busy ones (see SlotGrid#mark_busy). Array#-
    # and #delete compare every id and allocate more; #index stops at the
    # busy one and #delete_at only moves the ids after it. A person with two
    # overlapping sessions is in busy twice, so an id may already be gone.
    def without(volunteer_ids, busy)
      free = volunteer_ids.dup
      if busy.is_a?(Array)
        busy.each do |user_id|
          index = free.index(user_id)
          free.delete_at(index) if index
        end
      else
        free.delete_at(free.index(busy))
      end
      free
    end

    # Orders by start, then shift id, with one integer sort in C rather than a
    # Ruby block per slot: each key carries its slot's index in its low bits.
    def sorted(out)
      bits = out.slots.size.bit_length
      packed = out.keys.each_with_index.map { |key, index| (key << bits) | index }
      packed.sort!
      mask = (1 << bits) - 1
      packed.map! { |key| out.slots[key & mask] }
    end

    # Epoch seconds of a local wall time. Going through TZInfo costs several
    # microseconds and a dozen objects, and the same shift windows come back
    # on every page view, so answers are kept for the life of the process:
    # they depend only on the tz database, which a running process does not
    # reload. Integers are cached rather than Times because Time#localtime
    # mutates its receiver.
    def local_epoch(zone, day, minute_of_day)
      cache = LOCAL_TIMES.compute_if_absent(zone.name) { Concurrent::Map.new }
      cache.clear if cache.size > LOCAL_TIMES_LIMIT
      cache.compute_if_absent((day * 1440) + minute_of_day) do
        date = Date.jd(day)
        zone.local(date.year, date.month, date.day, minute_of_day / 60, minute_of_day % 60).to_i
      end
    end

    # Epoch seconds of a Time (or TimeWithZone, which answers is_a?(Time)).
    def seconds(value, label)
      raise ArgumentError, "#{label} must be a Time, got #{value.class}" unless value.is_a?(Time)
      value.to_i
    end

    def required(hash, key, what)
      value = hash[key]
      raise ArgumentError, "#{what} is missing #{key.inspect}" if value.nil?
      value
    end

    # The Julian day number of a Date; a DateTime counts as its own date.
    def julian_day(value, label)
      return value.jd if value.is_a?(Date)
      raise ArgumentError, "#{label} must be a Date, got #{value.class}"
    end
  end
end
