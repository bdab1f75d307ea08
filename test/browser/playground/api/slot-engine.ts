import type {
  BookingTopicSettings,
  IsoDate,
  Shift,
  Slot,
  TimeOff,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  addDays,
  localDate,
  wallTimeToInstant,
  weekdayOf,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";

export interface EngineRotaEntry {
  shift_id: number;
  user_id: number;
  on_date: IsoDate | null;
}

/** A date a weekly rota entry leaves out. */
export interface EngineSkip {
  shift_id: number;
  user_id: number;
  on_date: IsoDate;
}

export interface EngineBooking {
  /** Null for a booking made from a request: it holds no slot. */
  shift_id: number | null;
  starts_at: string;
  /** Defaults to starts_at + session_minutes. */
  ends_at?: string;
}

/** A volunteer's session in another booking topic. */
export interface EngineBusy {
  user_id: number;
  starts_at: string;
  ends_at: string;
}

export interface EngineInput {
  now: Date;
  settings: Pick<
    BookingTopicSettings,
    | "session_minutes"
    | "buffer_minutes"
    | "min_notice_minutes"
    | "horizon_days"
    | "max_parallel"
  >;
  shifts: Shift[];
  rotaEntries: EngineRotaEntry[];
  timeOff: TimeOff[];
  /** Active (pending or picked up) bookings of this topic only. */
  bookings: EngineBooking[];
  busy?: EngineBusy[];
  skips?: EngineSkip[];
}

const MINUTE = 60_000;

type Interval = [start: number, end: number];

/**
 * Counts the intervals overlapping each of a run of windows that move
 * forward (starts and ends both non-decreasing), so a shift's slots cost
 * one pass over its bookings however long each booking is.
 */
function overlapCounter(intervals: Interval[]) {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  let next = 0;
  let openEnds: number[] = [];
  return (start: number, end: number): number => {
    while (next < sorted.length && sorted[next][0] < end) {
      openEnds.push(sorted[next++][1]);
    }
    openEnds = openEnds.filter((openEnd) => openEnd > start);
    return openEnds.length;
  };
}

/**
 * Tells whether a volunteer is busy in windows that move forward. Busy
 * times are merged first, so their ends rise too and one pointer suffices.
 */
function busyChecker(intervals: Interval[]) {
  const merged: Interval[] = [];
  for (const [start, end] of intervals.slice().sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  let next = 0;
  return (start: number, end: number): boolean => {
    while (next < merged.length && merged[next][1] <= start) {
      next++;
    }
    return next < merged.length && merged[next][0] < end;
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) {
      group.push(item);
    } else {
      groups.set(key(item), [item]);
    }
  }
  return groups;
}

/**
 * The server's SlotEngine, for the in-memory API: each shift occurrence in
 * its own zone, sliced into sessions, with capacity from the rota minus
 * time off and volunteers busy elsewhere, capped by max_parallel, less the
 * bookings overlapping each session wherever they start.
 */
export function computeSlots(input: EngineInput): Slot[] {
  const { now, settings } = input;
  const earliest = now.getTime() + settings.min_notice_minutes * MINUTE;
  const latest = now.getTime() + settings.horizon_days * 24 * 60 * MINUTE;
  const session = settings.session_minutes * MINUTE;
  const step = (settings.session_minutes + settings.buffer_minutes) * MINUTE;

  const rota = groupBy(input.rotaEntries, (entry) => entry.shift_id);
  const timeOff = groupBy(input.timeOff, (t) => t.user_id);
  const busy = groupBy(input.busy ?? [], (b) => b.user_id);
  const bookings = groupBy(input.bookings, (b) => b.shift_id);
  const skipped = new Set(
    (input.skips ?? []).map((s) => `${s.shift_id}/${s.user_id}/${s.on_date}`)
  );
  const interval = (startsAt: string, endsAt: string | undefined): Interval => {
    const start = Date.parse(startsAt);
    return [start, endsAt === undefined ? start + session : Date.parse(endsAt)];
  };

  const slots: Slot[] = [];
  for (const shift of input.shifts) {
    const entries = rota.get(shift.id) ?? [];
    const booked = overlapCounter(
      (bookings.get(shift.id) ?? []).map((b) =>
        interval(b.starts_at, b.ends_at)
      )
    );
    // Pointers are per shift: its slots come in time order, across weeks.
    const busyCheckers = new Map(
      [...new Set(entries.map((e) => e.user_id))].map((userId) => [
        userId,
        busyChecker(
          (busy.get(userId) ?? []).map((b) => interval(b.starts_at, b.ends_at))
        ),
      ])
    );
    const last = addDays(localDate(latest, shift.time_zone), 1);
    for (
      let date = addDays(localDate(earliest, shift.time_zone), -1);
      date <= last;
      date = addDays(date, 1)
    ) {
      if (weekdayOf(date) !== shift.weekday) {
        continue;
      }
      const volunteers = [
        ...new Set(
          entries
            .filter((e) =>
              e.on_date === null
                ? !skipped.has(`${shift.id}/${e.user_id}/${date}`)
                : e.on_date === date
            )
            .map((e) => e.user_id)
        ),
      ].filter(
        (userId) =>
          !(timeOff.get(userId) ?? []).some(
            (t) => t.starts_on <= date && date <= t.ends_on
          )
      );
      if (volunteers.length === 0) {
        continue;
      }
      const start = Date.parse(
        wallTimeToInstant(date, shift.starts_at, shift.time_zone)
      );
      const end = Date.parse(
        wallTimeToInstant(date, shift.ends_at, shift.time_zone)
      );
      for (let at = start; at + session <= end; at += step) {
        if (at < earliest || at >= latest) {
          continue;
        }
        const free = volunteers.filter(
          (userId) => !busyCheckers.get(userId)!(at, at + session)
        ).length;
        const capacity = Math.min(free, settings.max_parallel ?? Infinity);
        if (capacity === 0) {
          continue;
        }
        const taken = booked(at, at + session);
        slots.push({
          shift_id: shift.id,
          starts_at: new Date(at).toISOString(),
          ends_at: new Date(at + session).toISOString(),
          capacity,
          available: Math.max(capacity - taken, 0),
        });
      }
    }
  }
  return slots.sort(
    (a, b) => a.starts_at.localeCompare(b.starts_at) || a.shift_id - b.shift_id
  );
}
