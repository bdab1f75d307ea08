import type {
  BookingStats,
  IsoDate,
  RotaEntry,
  RotaSkip,
  Shift,
  StatsCoverage,
  StatsNumbers,
  StatsVolunteer,
  TimeOff,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  buildRotaGrid,
  mondayOf,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/rota-grid";
import {
  addDays,
  localDate,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import type { FakeBooking } from "./bookings";
import { LIMITS } from "./limits";
import type { FakeBookingRequest } from "./requests";

/** StatsRange's bounds and defaults. */
export const MAX_DAYS = LIMITS.counts.stats_days;
const DEFAULT_WEEKS = 12;
const WEEK = 7 * 86_400_000;

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

function numbers(
  bookings: FakeBooking[],
  requests: FakeBookingRequest[]
): StatsNumbers {
  const count = (test: (booking: FakeBooking) => boolean) =>
    bookings.filter(test).length;
  const requestCount = (status: FakeBookingRequest["status"][]) =>
    requests.filter((request) => status.includes(request.status)).length;
  const pickUps = bookings
    .filter((booking) => booking.picked_up_at)
    .map(
      (booking) =>
        (Date.parse(booking.picked_up_at!) - Date.parse(booking.created_at)) /
        1000
    );
  return {
    booked: bookings.length,
    held: count((b) => b.status === "held"),
    no_show: count((b) => b.status === "no_show"),
    cancelled: count((b) => b.status === "cancelled" && !b.expired),
    expired: count((b) => b.status === "cancelled" && b.expired),
    open: count((b) => b.status === "pending" || b.status === "picked_up"),
    helpful: count((b) => b.feedback === "helpful"),
    somewhat: count((b) => b.feedback === "somewhat"),
    not_really: count((b) => b.feedback === "not_really"),
    pick_up_median_minutes: minutes(percentile(pickUps, 0.5)),
    pick_up_p90_minutes: minutes(percentile(pickUps, 0.9)),
    requested: requests.length,
    requests_scheduled: requestCount(["scheduled"]),
    requests_withdrawn: requestCount(["withdrawn"]),
    requests_expired: requestCount(["expired"]),
    requests_open: requestCount(["open", "taken"]),
  };
}

/** What coverage is read from: a topic's shifts and rota, as the rota widget gets them. */
export interface CoverageInput {
  shifts: Shift[];
  rotaEntries: RotaEntry[];
  rotaSkips: RotaSkip[];
  timeOff: TimeOff[];
}

/**
 * StatsCoverage over the rota grid's occurrences (buildRotaGrid, the rota
 * widget's own rule for who is on duty): the shift minutes starting on the
 * range's days in its zone, and those with someone on duty.
 */
export function fakeCoverage(
  inputs: CoverageInput[],
  range: { from: IsoDate; to: IsoDate },
  zone: string
): StatsCoverage {
  // A week more on each side: a shift's zone may be a day off the range's.
  const from = mondayOf(addDays(range.from, -1));
  const weeks =
    Math.floor((Date.parse(addDays(range.to, 1)) - Date.parse(from)) / WEEK) +
    1;
  let shiftMinutes = 0;
  let coveredMinutes = 0;
  for (const input of inputs) {
    const grid = buildRotaGrid({
      ...input,
      from,
      weeks,
      today: range.from,
      viewerId: null,
    });
    for (const cell of grid.flatMap((week) => week.cells)) {
      const day = localDate(cell.startsAt, zone);
      if (day < range.from || day > range.to) {
        continue;
      }
      const length = Math.round(
        (Date.parse(cell.endsAt) - Date.parse(cell.startsAt)) / 60_000
      );
      shiftMinutes += length;
      coveredMinutes += cell.volunteers.length === 0 ? 0 : length;
    }
  }
  return {
    shift_minutes: shiftMinutes,
    covered_minutes: coveredMinutes,
    covered_percent:
      shiftMinutes === 0
        ? null
        : Math.round((coveredMinutes * 100) / shiftMinutes),
  };
}

/** A volunteer's counts as BookingStats's VOLUNTEERS sums them. */
function volunteerRows(
  bookings: FakeBooking[],
  usernames: Map<number, string>
): StatsVolunteer[] {
  const rows = new Map<number, StatsVolunteer>();
  const row = (id: number) => {
    const existing = rows.get(id);
    if (existing) {
      return existing;
    }
    const fresh: StatsVolunteer = {
      user_id: id,
      username: usernames.get(id) ?? null,
      picked_up: 0,
      held: 0,
      no_show: 0,
      given_back: 0,
    };
    rows.set(id, fresh);
    return fresh;
  };
  for (const booking of bookings) {
    if (booking.holder_id !== null) {
      const holder = row(booking.holder_id);
      holder.picked_up += 1;
      holder.held += booking.status === "held" ? 1 : 0;
      holder.no_show += booking.status === "no_show" ? 1 : 0;
    }
    for (const id of booking.given_back_by ?? []) {
      row(id).picked_up += 1;
      row(id).given_back += 1;
    }
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.held - a.held || b.picked_up - a.picked_up || a.user_id - b.user_id
  );
}

/** The bookings whose session starts on the range's days, in its zone. */
export function bookingsInRange(
  bookings: FakeBooking[],
  range: { from: IsoDate; to: IsoDate },
  zone: string
): FakeBooking[] {
  return bookings.filter((booking) => {
    const day = localDate(booking.starts_at, zone);
    return day >= range.from && day <= range.to;
  });
}

/**
 * FetchStats over the bookings and requests given (one topic's, or all),
 * as BookingStats's SQL counts them: bookings by the local day their
 * session starts, requests by the local day they were made.
 */
export function fakeStats(
  bookings: FakeBooking[],
  requests: FakeBookingRequest[],
  range: { from: IsoDate; to: IsoDate },
  zone: string,
  usernames: Map<number, string>,
  coverage: StatsCoverage
): BookingStats {
  const inRange = bookingsInRange(bookings, range, zone);
  const madeOn = (request: FakeBookingRequest) =>
    localDate(request.created_at, zone);
  const requestsInRange = requests.filter(
    (request) => madeOn(request) >= range.from && madeOn(request) <= range.to
  );
  const weeks: IsoDate[] = [];
  for (
    let week = mondayOf(range.from);
    week <= range.to;
    week = addDays(week, 7)
  ) {
    weeks.push(week);
  }
  return {
    ...range,
    time_zone: zone,
    weeks: weeks.map((week) => ({
      week,
      ...numbers(
        inRange.filter(
          (booking) => mondayOf(localDate(booking.starts_at, zone)) === week
        ),
        requestsInRange.filter((request) => mondayOf(madeOn(request)) === week)
      ),
    })),
    totals: numbers(inRange, requestsInRange),
    coverage,
    volunteers: volunteerRows(inRange, usernames),
  };
}
