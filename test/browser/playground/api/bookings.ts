import type {
  BookingPermissions,
  BookingStatus,
  FeedbackAnswer,
  IntakeAnswers,
  IntakeQuestion,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  cleanText,
  textLength,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/clean-text";
import { LIMITS } from "./limits";
import { message } from "./messages";
import type { Policy, PolicyBooking } from "./policy";

/** A booking as the in-memory server stores it. */
export interface FakeBooking {
  id: number;
  booking_topic_id: number;
  /** Null for a booking made from a request: no slot was booked. */
  shift_id: number | null;
  starts_at: string;
  ends_at: string;
  status: BookingStatus;
  booker_id: number | null;
  holder_id: number | null;
  picked_up_at: string | null;
  cancelled_by_id: number | null;
  cancel_reason: string | null;
  answers: IntakeAnswers;
  idempotency_key: string;
  sequence: number;
  created_at: string;
  outcome_note: string | null;
  expired: boolean;
  /** The booker's answer to "How did it go?", once given. */
  feedback?: FeedbackAnswer | null;
  feedback_comment?: string | null;
  feedback_at?: string | null;
  follow_ups_stopped?: boolean;
  no_show_excused?: boolean;
  /** When the outcome was last marked. */
  outcome_marked_at?: string | null;
  /** Who gave it back, in order (VolunteerBooking::GiveBack). */
  given_back_by?: number[];
  /** Reminders the volunteer holding it got to mark its outcome. */
  outcome_nudges?: number;
  /** The resolved call link, once known (VolunteerBooking::CallLink). */
  call_link?: string | null;
  /** Its token, in "a call link for each booking". */
  call_token?: string | null;
}

/** CallLink.generate_token: 128 random bits, as 22 URL-safe characters. */
export function drawCallToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

export const ACTIVE: BookingStatus[] = ["pending", "picked_up"];

/** FollowUp::ORGANISERS_AFTER: organisers step in three days after the end. */
const ORGANISERS_AFTER_MS = 72 * 3_600_000;

/** FollowUp.overdue_for_organisers?: picked up, over three days, unmarked. */
export function outcomeOverdue(
  booking: Pick<FakeBooking, "status" | "ends_at">,
  now: Date
): boolean {
  return (
    booking.status === "picked_up" &&
    Date.parse(booking.ends_at) + ORGANISERS_AFTER_MS <= now.getTime()
  );
}

/** What the rules below read of a booking: who, when and its state. */
export type BookingState = PolicyBooking &
  Pick<FakeBooking, "status" | "call_token" | "no_show_excused">;

/** Booking::OUTCOME_STATUSES: picked up, or marked before. */
const OUTCOME_STATUSES: BookingStatus[] = ["picked_up", "held", "no_show"];

/** GiveBack.record!: call it before the booking changes hands. */
export function giveBack(booking: FakeBooking): void {
  booking.given_back_by = [
    ...(booking.given_back_by ?? []),
    booking.holder_id!,
  ];
}

export function hasStarted(booking: BookingState, now: Date): boolean {
  return Date.parse(booking.starts_at) <= now.getTime();
}

/** Booking#can_be_picked_up?. */
export function canBePickedUp(booking: BookingState, now: Date): boolean {
  return booking.status === "pending" && !hasStarted(booking, now);
}

/** Booking#can_be_released? and #can_be_handed_over?. */
export function canChangeHands(booking: BookingState, now: Date): boolean {
  return booking.status === "picked_up" && !hasStarted(booking, now);
}

/**
 * A volunteer is on it, now or when its outcome was marked: what marking
 * the outcome needs, and what a late pick-up is told it lost to.
 */
export function pickedUp(booking: BookingState): boolean {
  return (
    booking.holder_id !== null && OUTCOME_STATUSES.includes(booking.status)
  );
}

/**
 * BookingSerializer#permissions: what `policy`'s user is offered, the
 * Policy's answer combined with the booking's state.
 */
export function bookingPermissions(
  policy: Policy,
  booking: BookingState
): BookingPermissions {
  const active = ACTIVE.includes(booking.status);
  const changesHands = canChangeHands(booking, policy.now);
  return {
    can_cancel: active && policy.canCancel(booking),
    can_reschedule: active && policy.canReschedule(booking),
    can_pick_up:
      canBePickedUp(booking, policy.now) && policy.canPickUp(booking),
    can_release: changesHands && policy.canRelease(booking),
    can_hand_over: changesHands && policy.canHandOver(booking),
    can_mark_outcome: pickedUp(booking) && policy.canMarkOutcome(booking),
    can_refresh_call_link:
      active && !!booking.call_token && policy.canRefreshCallLink(),
    can_give_feedback:
      booking.status === "held" && policy.canGiveFeedback(booking),
    can_excuse_no_show:
      booking.status === "no_show" &&
      booking.no_show_excused !== true &&
      policy.canExcuseNoShow(),
  };
}

const CHECKED: unknown[] = [true, "true", "1", 1, "on"];
const UNCHECKED: unknown[] = [false, null, undefined, "false", "0", "", 0];
const MAX_LENGTH = {
  text: LIMITS.lengths.answer_text,
  textarea: LIMITS.lengths.answer_textarea,
};

/**
 * The server's IntakeQuestions#check_answers: the first problem with the
 * answers, in the same order, or null.
 */
export function answerError(
  questions: IntakeQuestion[],
  answers: Record<string, unknown>
): string | null {
  const ids = new Set(questions.map((q) => q.id));
  const unknown = Object.keys(answers).find((id) => !ids.has(id));
  if (unknown !== undefined) {
    return message("answer_unknown", { id: unknown });
  }
  for (const question of questions) {
    const value = answers[question.id];
    const params = { question: question.label };
    if (question.type === "checkbox") {
      if (!CHECKED.includes(value) && !UNCHECKED.includes(value)) {
        return message("answer_invalid", params);
      }
      if (question.required && !CHECKED.includes(value)) {
        return message("acknowledgement_missing", params);
      }
      continue;
    }
    if (value !== undefined && value !== null && typeof value !== "string") {
      return message("answer_invalid", params);
    }
    const text = cleanText(value ?? "");
    if (question.required && text === "") {
      return message("answer_missing", params);
    }
    const max = MAX_LENGTH[question.type];
    if (textLength(text) > max) {
      return message("answer_too_long", { ...params, max });
    }
  }
  return null;
}

/** Answers as the server stores them: ticked or not, cleaned text. */
export function normalizeAnswers(
  questions: IntakeQuestion[],
  answers: Record<string, unknown>
): IntakeAnswers {
  return Object.fromEntries(
    questions.map((question) => {
      const value = answers[question.id];
      return [
        question.id,
        question.type === "checkbox"
          ? CHECKED.includes(value)
          : cleanText(String(value ?? "")),
      ];
    })
  );
}
