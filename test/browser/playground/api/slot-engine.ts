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

export interface EngineBooking {
  shift_id: number;
  starts_at: string;
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
  /** Active (pending or claimed) bookings only. */
  bookings: EngineBooking[];
}

const MINUTE = 60_000;

/**
 * The server's SlotEngine, for the in-memory API: each shift occurrence in
 * its own zone, sliced into sessions, with capacity from the rota minus
 * time off, capped by max_parallel, and what is already booked.
 */
export function computeSlots(input: EngineInput): Slot[] {
  const { now, settings } = input;
  const earliest = now.getTime() + settings.min_notice_minutes * MINUTE;
  const latest = now.getTime() + settings.horizon_days * 24 * 60 * MINUTE;
  const session = settings.session_minutes * MINUTE;
  const step = (settings.session_minutes + settings.buffer_minutes) * MINUTE;

  const booked = new Map<string, number>();
  for (const booking of input.bookings) {
    const key = `${booking.shift_id}@${Date.parse(booking.starts_at)}`;
    booked.set(key, (booked.get(key) ?? 0) + 1);
  }

  const slots: Slot[] = [];
  for (const shift of input.shifts) {
    const last = addDays(localDate(latest, shift.time_zone), 1);
    for (
      let date = addDays(localDate(earliest, shift.time_zone), -1);
      date <= last;
      date = addDays(date, 1)
    ) {
      if (weekdayOf(date) !== shift.weekday) {
        continue;
      }
      const volunteers = new Set(
        input.rotaEntries
          .filter(
            (entry) =>
              entry.shift_id === shift.id &&
              (entry.on_date === null || entry.on_date === date)
          )
          .map((entry) => entry.user_id)
          .filter(
            (userId) =>
              !input.timeOff.some(
                (t) =>
                  t.user_id === userId &&
                  t.starts_on <= date &&
                  date <= t.ends_on
              )
          )
      );
      const capacity = Math.min(
        volunteers.size,
        settings.max_parallel ?? Infinity
      );
      if (capacity === 0) {
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
        const taken = booked.get(`${shift.id}@${at}`) ?? 0;
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
