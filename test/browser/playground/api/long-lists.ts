import { USERS } from "./demo-data";
import type { FakeData } from "./fake-server";

/**
 * More data than one page holds, for the tests of the lists that come a
 * page at a time (page.ts): each adds to demo data in place.
 */

/**
 * Shifts 08:00–20:00 London on the days Digital Candle (booking topic 1)
 * has none, with Bob on each: some 550 slots in its 28 days, more than
 * one page of `/slots`.
 */
export function addDailyShifts(data: FakeData): void {
  [0, 1, 2, 4, 6].forEach((weekday, i) => {
    const id = 100 + i;
    data.shifts.push({
      id,
      booking_topic_id: 1,
      weekday: weekday as 0 | 1 | 2 | 4 | 6,
      starts_at: "08:00",
      ends_at: "20:00",
      time_zone: "Europe/London",
      volunteers_wanted: 1,
    });
    data.rotaEntries.push({
      id: 200 + i,
      shift_id: id,
      on_date: null,
      user_id: USERS.bob.id,
    });
  });
}

/**
 * `count` pending bookings in Digital Candle's Wednesday shift by new
 * users, two at each half hour from `first` on (equal starts: the id
 * decides their order), ids from 5000.
 */
export function addPendingBookings(
  data: FakeData,
  count: number,
  first: string
): void {
  for (let n = 0; n < count; n++) {
    const bookerId = 6000 + n;
    data.users.push({
      id: bookerId,
      username: `booker${n}`,
      name: null,
      avatar_template: "/playground/avatar/b/{size}.svg",
      staff: false,
      trust_level: 1,
      group_ids: [],
    });
    const startsAt = Date.parse(first) + Math.floor(n / 2) * 30 * 60_000;
    data.bookings.push({
      id: 5000 + n,
      booking_topic_id: 1,
      shift_id: 11,
      starts_at: new Date(startsAt).toISOString(),
      ends_at: new Date(startsAt + 30 * 60_000).toISOString(),
      status: "pending",
      booker_id: bookerId,
      holder_id: null,
      picked_up_at: null,
      cancelled_by_id: null,
      cancel_reason: null,
      answers: { ica_statement: true, story: `Booking ${n}` },
      idempotency_key: `long-list-${n}`,
      sequence: 0,
      created_at: new Date(startsAt - 86_400_000).toISOString(),
      outcome_note: null,
      expired: false,
    });
  }
}

/** `count` more members of the volunteer group `groupId`, ids from 7000. */
export function addVolunteers(
  data: FakeData,
  count: number,
  groupId: number
): void {
  for (let n = 0; n < count; n++) {
    const username = `volunteer${String(n).padStart(3, "0")}`;
    data.users.push({
      id: 7000 + n,
      username,
      name: null,
      avatar_template: "/playground/avatar/v/{size}.svg",
      staff: false,
      trust_level: 1,
      group_ids: [groupId],
    });
  }
}
