import { mondayOf } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/rota-grid";
import {
  addDays,
  localDate,
  wallTimeToInstant,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import type { FakeBooking } from "./bookings";
import { USERS } from "./demo-data";
import type { FakeBookingRequest } from "./requests";

export const HISTORY_WEEKS = 12;

const ZONE = "Europe/London";
const VOLUNTEERS = [USERS.bob.id, USERS.cat.id, USERS.dee.id];
const BOOKERS = [USERS.eve.id, USERS.kim.id, USERS.fay.id];
const FEEDBACK = [
  "helpful",
  "helpful",
  "somewhat",
  null,
  "not_really",
] as const;
const TIMES = ["13:00", "14:00", "15:00", "16:00"];
// What became of the history's requests, in turn: most were scheduled.
const REQUEST_ENDS = [
  "scheduled",
  "scheduled",
  "withdrawn",
  "scheduled",
  "expired",
] as const;

/**
 * Twelve weeks of Digital Candle before this one, so the stats view's
 * chart has something to show: a few sessions each Wednesday and Friday,
 * most held, some missed, cancelled or never picked up, picked up from a
 * few minutes to a few hours after booking. The same every run for `now`.
 */
export function statsHistory(now: Date, firstId = 5000): FakeBooking[] {
  const thisWeek = mondayOf(localDate(now.getTime(), ZONE));
  const bookings: FakeBooking[] = [];
  for (let week = HISTORY_WEEKS; week >= 1; week--) {
    const monday = addDays(thisWeek, -7 * week);
    [2, 4].forEach((offset, day) => {
      const date = addDays(monday, offset);
      const count = 1 + ((week * 3 + day) % 4);
      for (let slot = 0; slot < count; slot++) {
        const n = bookings.length;
        bookings.push(
          session(firstId + n, n, date, TIMES[slot], day ? 12 : 11)
        );
      }
    });
  }
  return bookings;
}

function session(
  id: number,
  n: number,
  date: string,
  time: string,
  shiftId: number
): FakeBooking {
  const startsAt = wallTimeToInstant(date, time, ZONE);
  const createdAt = new Date(Date.parse(startsAt) - (1 + (n % 3)) * 86_400_000);
  // One in seven was never picked up, one in eight cancelled by the booker.
  const expired = n % 7 === 3;
  const cancelled = !expired && n % 8 === 5;
  const pickedUp = !expired && !cancelled;
  const status =
    expired || cancelled ? "cancelled" : n % 6 === 4 ? "no_show" : "held";
  return {
    id,
    booking_topic_id: 1,
    shift_id: shiftId,
    starts_at: startsAt,
    ends_at: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
    status,
    booker_id: BOOKERS[n % BOOKERS.length],
    holder_id: pickedUp ? VOLUNTEERS[n % VOLUNTEERS.length] : null,
    picked_up_at: pickedUp
      ? new Date(
          createdAt.getTime() + (5 + ((n * 37) % 240)) * 60_000
        ).toISOString()
      : null,
    cancelled_by_id: cancelled ? BOOKERS[n % BOOKERS.length] : null,
    cancel_reason: null,
    answers: {},
    idempotency_key: `demo-history-${n}`,
    sequence: 0,
    created_at: createdAt.toISOString(),
    outcome_note: null,
    outcome_marked_at: pickedUp
      ? new Date(
          Date.parse(startsAt) + (40 + ((n * 53) % 600)) * 60_000
        ).toISOString()
      : null,
    // Now and then the first volunteer gave it back and another took it.
    given_back_by:
      pickedUp && n % 5 === 2 ? [VOLUNTEERS[(n + 1) % VOLUNTEERS.length]] : [],
    expired,
    feedback: status === "held" ? FEEDBACK[n % FEEDBACK.length] : null,
  };
}

/**
 * The same twelve weeks' requests for other times, one to three each
 * week, all closed, so the stats' requests table has something to show
 * and nobody's open request is taken up by the history. The bookings the
 * scheduled ones became are not part of it: booking_id stays null.
 */
export function requestHistory(
  now: Date,
  firstId = 6000
): FakeBookingRequest[] {
  const thisWeek = mondayOf(localDate(now.getTime(), ZONE));
  const requests: FakeBookingRequest[] = [];
  for (let week = HISTORY_WEEKS; week >= 1; week--) {
    const monday = addDays(thisWeek, -7 * week);
    const count = 1 + (week % 3);
    for (let k = 0; k < count; k++) {
      const n = requests.length;
      const status = REQUEST_ENDS[n % REQUEST_ENDS.length];
      requests.push(
        pastRequest({
          id: firstId + n,
          status,
          requesterId: BOOKERS[n % BOOKERS.length],
          takerId:
            status === "scheduled" ? VOLUNTEERS[n % VOLUNTEERS.length] : null,
          createdAt: wallTimeToInstant(addDays(monday, k), "10:00", ZONE),
        })
      );
    }
  }
  return requests;
}

/**
 * A request of the Digital Candle (booking topic 1 unless said) for
 * Mondays 09:00-11:00 New York, made at createdAt, taken an hour later by
 * takerId if there is one.
 */
export function pastRequest({
  id,
  status,
  requesterId,
  takerId,
  createdAt,
  bookingTopicId = 1,
}: {
  id: number;
  status: FakeBookingRequest["status"];
  requesterId: number;
  takerId: number | null;
  createdAt: string;
  bookingTopicId?: number;
}): FakeBookingRequest {
  return {
    id,
    booking_topic_id: bookingTopicId,
    status,
    requester_id: requesterId,
    taker_id: takerId,
    windows: [{ weekday: 1, date: null, from: "09:00", to: "11:00" }],
    time_zone: "America/New_York",
    note: null,
    answers: {},
    booking_id: null,
    created_at: createdAt,
    taken_at: takerId
      ? new Date(Date.parse(createdAt) + 3_600_000).toISOString()
      : null,
  };
}
