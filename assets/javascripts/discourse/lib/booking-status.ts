import type { Booking, BookingStatus } from "./api-types";

const ACTIVE: BookingStatus[] = ["pending", "picked_up"];

/** Pending or picked up: the session is still to happen. */
export function isActive(booking: Booking): boolean {
  return ACTIVE.includes(booking.status);
}

/** Upcoming active bookings first (soonest first), then the rest (latest first). */
export function splitBookings(
  bookings: Booking[],
  now: number = Date.now()
): { upcoming: Booking[]; past: Booking[] } {
  const upcoming = bookings
    .filter((b) => isActive(b) && Date.parse(b.ends_at) > now)
    .sort((a, b) => a.starts_at.localeCompare(b.starts_at));
  const upcomingIds = new Set(upcoming.map((b) => b.id));
  const past = bookings
    .filter((b) => !upcomingIds.has(b.id))
    .sort((a, b) => b.starts_at.localeCompare(a.starts_at));
  return { upcoming, past };
}
