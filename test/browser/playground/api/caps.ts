import type { IsoDate } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { LIMITS } from "./limits";
import type { MessageKey } from "./messages";

/**
 * The caps on what users can store, as the server's models set them; a node
 * test reads the numbers there, so the two cannot drift apart.
 */
export const CAPS = {
  /** TimeOff::MAX_CURRENT: one person's time off entries from today on. */
  timeOffEntries: LIMITS.counts.time_off_entries,
  /** TimeOff::MAX_CURRENT_DAYS: the days those entries cover from today on. */
  timeOffDays: LIMITS.counts.time_off_current_days,
  /** RotaEntry::MAX_PER_TOPIC: a topic's rota entries that are not over. */
  rotaEntries: LIMITS.counts.rota_entries,
  /** BookingTopic::MAX_UPCOMING_BOOKINGS: a topic's active bookings not over. */
  upcomingBookings: LIMITS.counts.upcoming_bookings,
  /** Booking::MAX_HELD: one volunteer's picked-up sessions not over, anywhere. */
  heldSessions: LIMITS.counts.held_sessions,
} as const;

/** A refusal's message key and its params. */
export type Refusal = [MessageKey, Record<string, number>];

interface DateRange {
  starts_on: IsoDate;
  ends_on: IsoDate;
}

const DAY_MS = 86_400_000;

/** Days of the range from today on, both ends included. */
function daysAhead(range: DateRange, today: IsoDate): number {
  const first = range.starts_on > today ? range.starts_on : today;
  return Math.max(
    (Date.parse(range.ends_on) - Date.parse(first)) / DAY_MS + 1,
    0
  );
}

/**
 * TimeOffAllowance.check: why `adding` would take a person past the caps,
 * or null. `current` is their time off that has not ended before today.
 */
export function timeOffRefusal(
  current: DateRange[],
  adding: DateRange,
  today: IsoDate
): Refusal | null {
  if (current.length >= CAPS.timeOffEntries) {
    return ["time_off_too_many", { max: CAPS.timeOffEntries }];
  }
  const used = current.reduce((sum, range) => sum + daysAhead(range, today), 0);
  const left = CAPS.timeOffDays - used;
  if (daysAhead(adding, today) > left) {
    return [
      "time_off_too_many_days",
      { max: CAPS.timeOffDays, left: Math.max(left, 0) },
    ];
  }
  return null;
}
