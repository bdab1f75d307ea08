import type {
  BookingStats,
  IsoDate,
  StatsNumbers,
  StatsVolunteer,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { mondayOf } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/rota-grid";
import {
  addDays,
  localDate,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import type { FakeBooking } from "./bookings";
import { LIMITS } from "./limits";

/** StatsRange's bounds and defaults. */
export const MAX_DAYS = LIMITS.counts.stats_days;
const DEFAULT_WEEKS = 12;

export type StatsRefusal = "stats_range_reversed" | "stats_range_too_long";

/** StatsRange.main_zone: the zone most shifts use, the first by name on a tie. */
export function mainZone(zones: string[]): string {
  const counts = new Map<string, number>();
  zones.forEach((zone) => counts.set(zone, (counts.get(zone) ?? 0) + 1));
  const [best] = [...counts].sort(
    ([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)
  );
  return best?.[0] ?? "UTC";
}

/** StatsRange.build: the range, or why not. */
export function statsRange(
  from: IsoDate | null,
  to: IsoDate | null,
  zone: string,
  now: Date
): { from: IsoDate; to: IsoDate } | StatsRefusal {
  const last = to ?? localDate(now.getTime(), zone);
  const first = from ?? addDays(mondayOf(last), -(DEFAULT_WEEKS - 1) * 7);
  if (first > last) {
    return "stats_range_reversed";
  }
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000 + 1;
  return days > MAX_DAYS ? "stats_range_too_long" : { from: first, to: last };
}

/** PostgreSQL's percentile_cont: linear between the two nearest values. */
export function percentile(values: number[], fraction: number): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const at = fraction * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

/** StatsTable.minutes: whole minutes, a tenth under one. */
export function minutes(seconds: number | null): number | null {
  if (seconds === null) {
    return null;
  }
  const value = seconds / 60;
  return value < 1 ? Math.round(value * 10) / 10 : Math.round(value);
}

function numbers(bookings: FakeBooking[]): StatsNumbers {
  const count = (test: (booking: FakeBooking) => boolean) =>
    bookings.filter(test).length;
  const pickUps = bookings
    .filter((booking) => booking.claimed_at)
    .map(
      (booking) =>
        (Date.parse(booking.claimed_at!) - Date.parse(booking.created_at)) /
        1000
    );
  return {
    booked: bookings.length,
    held: count((b) => b.status === "held"),
    no_show: count((b) => b.status === "no_show"),
    cancelled: count((b) => b.status === "cancelled" && !b.expired),
    expired: count((b) => b.status === "cancelled" && b.expired),
    open: count((b) => b.status === "pending" || b.status === "claimed"),
    helpful: count((b) => b.feedback === "helpful"),
    somewhat: count((b) => b.feedback === "somewhat"),
    not_really: count((b) => b.feedback === "not_really"),
    pick_up_median_minutes: minutes(percentile(pickUps, 0.5)),
    pick_up_p90_minutes: minutes(percentile(pickUps, 0.9)),
  };
}

/**
 * FetchStats over the bookings given (one topic's, or all), as
 * BookingStats's SQL counts them: by the local day their session starts.
 */
export function fakeStats(
  bookings: FakeBooking[],
  range: { from: IsoDate; to: IsoDate },
  zone: string,
  usernames: Map<number, string>
): BookingStats {
  const inRange = bookings.filter((booking) => {
    const day = localDate(booking.starts_at, zone);
    return day >= range.from && day <= range.to;
  });
  const weeks: IsoDate[] = [];
  for (
    let week = mondayOf(range.from);
    week <= range.to;
    week = addDays(week, 7)
  ) {
    weeks.push(week);
  }
  const pickers = new Map<number, FakeBooking[]>();
  inRange.forEach((booking) => {
    if (booking.picker_id !== null) {
      pickers.set(booking.picker_id, [
        ...(pickers.get(booking.picker_id) ?? []),
        booking,
      ]);
    }
  });
  const volunteers: StatsVolunteer[] = [...pickers].map(([id, picked]) => ({
    user_id: id,
    username: usernames.get(id) ?? null,
    picked_up: picked.length,
    held: picked.filter((b) => b.status === "held").length,
    no_show: picked.filter((b) => b.status === "no_show").length,
  }));
  volunteers.sort(
    (a, b) =>
      b.held - a.held || b.picked_up - a.picked_up || a.user_id - b.user_id
  );
  return {
    ...range,
    time_zone: zone,
    weeks: weeks.map((week) => ({
      week,
      ...numbers(
        inRange.filter(
          (booking) => mondayOf(localDate(booking.starts_at, zone)) === week
        )
      ),
    })),
    totals: numbers(inRange),
    volunteers,
  };
}
