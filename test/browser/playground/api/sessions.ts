import type { ShiftInput } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  localDate,
  wallTimeToInstant,
  weekdayOf,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import { ACTIVE, type FakeBooking } from "./bookings";
import type { EngineBusy } from "./slot-engine";

/** A stretch of time, as bookings and slots carry it. */
export interface TimeSpan {
  starts_at: string;
  ends_at: string;
}

/** Half-open: a session ending as another starts does not overlap it. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return (
    Date.parse(a.starts_at) < Date.parse(b.ends_at) &&
    Date.parse(b.starts_at) < Date.parse(a.ends_at)
  );
}

/** Picked up and not yet ended: the sessions that hold their volunteer. */
function held(bookings: FakeBooking[], now: Date): FakeBooking[] {
  return bookings.filter(
    (b) =>
      b.status === "picked_up" &&
      b.holder_id !== null &&
      Date.parse(b.ends_at) > now.getTime()
  );
}

/**
 * The engine's `busy` for one booking topic: what its rota's volunteers
 * hold in other booking topics, and its own bookings made from requests,
 * which hold no slot. Its other bookings count as bookings.
 */
export function busyElsewhere(
  bookings: FakeBooking[],
  bookingTopicId: number,
  volunteerIds: Set<number>,
  now: Date
): EngineBusy[] {
  return held(bookings, now)
    .filter(
      (b) =>
        (b.booking_topic_id !== bookingTopicId || b.shift_id === null) &&
        volunteerIds.has(b.holder_id!)
    )
    .map((b) => ({
      user_id: b.holder_id!,
      starts_at: b.starts_at,
      ends_at: b.ends_at,
    }));
}

/**
 * A session `userId` holds anywhere that overlaps `span`, leaving out
 * `moving` (the booking being rescheduled or handed over), or undefined.
 */
export function clashFor(
  bookings: FakeBooking[],
  userId: number,
  span: TimeSpan,
  now: Date,
  moving?: FakeBooking
): FakeBooking | undefined {
  return held(bookings, now).find(
    (b) => b !== moving && b.holder_id === userId && overlaps(b, span)
  );
}

/** Whether a booking lies inside an occurrence of the shift. */
function fitsShift(booking: FakeBooking, shift: ShiftInput): boolean {
  const date = localDate(booking.starts_at, shift.time_zone);
  if (weekdayOf(date) !== shift.weekday) {
    return false;
  }
  const opens = wallTimeToInstant(date, shift.starts_at, shift.time_zone);
  const closes = wallTimeToInstant(date, shift.ends_at, shift.time_zone);
  return (
    Date.parse(opens) <= Date.parse(booking.starts_at) &&
    Date.parse(booking.ends_at) <= Date.parse(closes)
  );
}

/**
 * The shift's active bookings not over yet that `change` would leave
 * outside its window; every one of them when the shift is removed (null).
 */
export function strandedBookings(
  bookings: FakeBooking[],
  shiftId: number,
  change: ShiftInput | null,
  now: Date
): FakeBooking[] {
  return bookings.filter(
    (b) =>
      b.shift_id === shiftId &&
      ACTIVE.includes(b.status) &&
      Date.parse(b.ends_at) > now.getTime() &&
      (change === null || !fitsShift(b, change))
  );
}

const SESSION_DAY: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
};
const SESSION_TIME: Intl.DateTimeFormatOptions = {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

/**
 * "Friday 5 June 2026, 14:00 (Europe/London)": when a session starts, as the
 * server writes it in its messages (Markup.wall_time), in the reader's zone.
 */
export function sessionTime(session: TimeSpan, timeZone: string): string {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { ...options, timeZone })
      .format(Date.parse(session.starts_at))
      .replace(",", "");
  return `${format(SESSION_DAY)}, ${format(SESSION_TIME)} (${timeZone})`;
}
