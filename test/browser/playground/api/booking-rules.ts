import type {
  BookingTopicSettings,
  Slot,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { answerError } from "./bookings";
import { message } from "./messages";

/** A booking as the rules compare it: where and when. */
export interface RulesBooking {
  shift_id: number | null;
  starts_at: string;
  ends_at: string;
}

export interface RulesInput {
  settings: Pick<
    BookingTopicSettings,
    | "paused"
    | "min_notice_minutes"
    | "horizon_days"
    | "per_user_limit"
    | "min_trust_level"
    | "questions"
  >;
  now: Date;
  /** The engine's slots, the booking being moved still counted in them. */
  slots: Slot[];
  booker: { staff: boolean; trust_level: number };
  /** The booker's pending and picked up bookings in this topic. */
  own: RulesBooking[];
  /** How many open or taken requests the booker has in this topic. */
  requests: number;
  request: { shift_id: number; starts_at: string; answers?: unknown };
  /** When rescheduling, the booking being moved. */
  exclude?: RulesBooking;
}

const DAY = 86_400_000;

function sameSlot(a: RulesBooking, b: RulesBooking): boolean {
  return (
    a.shift_id === b.shift_id &&
    Date.parse(a.starts_at) === Date.parse(b.starts_at)
  );
}

// Half-open, as the engine counts: touching is not overlapping.
function overlaps(a: RulesBooking, b: RulesBooking): boolean {
  return (
    Date.parse(a.starts_at) < Date.parse(b.ends_at) &&
    Date.parse(a.ends_at) > Date.parse(b.starts_at)
  );
}

/**
 * The server's BookingRules#check: the first refusal for this request, as
 * the server words it, in the same order, or null. contract/booking_rules.json
 * holds both to the same cases.
 */
export function bookingRefusal(input: RulesInput): string | null {
  const { settings, request, exclude } = input;
  const now = input.now.getTime();
  const startsAt = Date.parse(request.starts_at);
  if (settings.paused) {
    return message("paused");
  }
  if (
    !input.booker.staff &&
    input.booker.trust_level < settings.min_trust_level
  ) {
    return message("trust_level_too_low", { level: settings.min_trust_level });
  }
  if (
    Number.isNaN(startsAt) ||
    startsAt < now + settings.min_notice_minutes * 60_000
  ) {
    return message("too_soon", { minutes: settings.min_notice_minutes });
  }
  if (startsAt >= now + settings.horizon_days * DAY) {
    return message("too_far", { days: settings.horizon_days });
  }
  const slot = input.slots.find(
    (s) =>
      s.shift_id === request.shift_id && Date.parse(s.starts_at) === startsAt
  );
  if (!slot) {
    return message("slot_unknown");
  }
  const excluded = exclude
    ? input.own.findIndex((b) => sameSlot(b, exclude))
    : -1;
  const own = input.own.filter((_, index) => index !== excluded);
  // A booker cannot be in two sessions at once, in any shift.
  if (own.some((b) => overlaps(b, slot))) {
    return message("already_booked_this_slot");
  }
  // Past bookings waiting for their outcome are not the booker's doing; a
  // request is a booking on its way, so it counts.
  const upcoming = own.filter((b) => Date.parse(b.starts_at) >= now);
  if (
    settings.per_user_limit !== null &&
    upcoming.length + input.requests >= settings.per_user_limit
  ) {
    return message("limit_reached", { limit: settings.per_user_limit });
  }
  const freed =
    exclude && exclude.shift_id === slot.shift_id && overlaps(exclude, slot);
  if (slot.available + (freed ? 1 : 0) < 1) {
    return message("slot_full");
  }
  return request.answers === undefined
    ? null
    : answerError(
        settings.questions,
        (request.answers ?? {}) as Record<string, unknown>
      );
}
