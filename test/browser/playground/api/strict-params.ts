/**
 * What VolunteerBooking::StrictParams refuses before any rule reads a
 * request (Input and Storable in lib/volunteer_booking), worded as Rails'
 * full messages: the field's name from server.en.yml, then the problem.
 * Each service's params are listed once here, as their Ruby classes declare
 * them; contract/bad_inputs.json holds both sides to the same answers.
 */
import { LIMITS, range } from "./limits";
import { interpolate } from "./messages";

/** How a value must read (Input's kinds); "any" is an untyped attribute. */
export type Kind =
  | "integer"
  | "boolean"
  | "text"
  | "date"
  | "time"
  | "list"
  | "any";

export interface Field {
  kind: Kind;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  format?: RegExp;
  oneOf?: readonly string[];
  /** With oneOf: nil and "" are fine too. */
  allowBlank?: boolean;
  range?: readonly [number, number];
  /**
   * A boolean that must be sent, as Rails' `inclusion: { in: [true, false] }`
   * requires one: missing is "not included in the list".
   */
  setBoolean?: boolean;
}

export type Contract = Record<string, Field>;

/** activemodel.attributes.volunteer_booking/strict_params in server.en.yml. */
export const FIELD_NAMES: Record<string, string> = {
  answer: "How it went",
  booking_id: "Booking",
  call_link: "Link to your video call",
  category_ids: "Categories to open to Friends",
  comment: "Comment",
  ends_at: "End time",
  ends_on: "Last day away",
  follow_up_hours: "Hours before the follow-up",
  follow_ups_paused: "No follow-ups while paused",
  from: "First week",
  idempotency_key: "Booking form",
  kind: "Download",
  meeting_mode: "Where we meet",
  needs_outcome: "Waiting for held or no-show",
  next_steps: "Next steps for bookers",
  note: "Note",
  on_date: "Date",
  outcome: "How the session went",
  paused: "Paused",
  paused_message: "Message while paused",
  plan_digest: "The setup's plan",
  reason: "Reason",
  request_expiry_days: "Days before an untaken request closes",
  request_id: "Request",
  requests_enabled: "Take requests for other times",
  rota_entry_id: "Rota entry",
  session_minutes: "Session length (minutes)",
  shift_id: "Shift",
  starts_at: "Start time",
  starts_on: "First day away",
  status: "Status",
  time_off_id: "Time off",
  time_zone: "Time zone",
  to: "Last day",
  topic_id: "Booking topic",
  upcoming: "All upcoming",
  user_id: "User",
  username: "Username",
  usernames: "Usernames",
  volunteer_group_ids: "Volunteer groups",
  volunteer_guide: "Guide for volunteers",
  week: "Week",
  windows: "Suggested times",
  weekday: "Day",
  weeks: "Number of weeks",
  volunteers_wanted: "Volunteers wanted",
  gap_messages_enabled: "Recruit for gaps in chat",
  gap_message_weekday: "Day of the gap message",
  gap_message_hour: "Hour of the gap message",
  gap_horizon_weeks: "Weeks ahead the gap message covers",
  enabled: "Notify me of gaps I could fill",
};

/** StrictParams' problems, then the Rails messages its contracts reach. */
export const PROBLEMS = {
  text_unreadable:
    "cannot be saved, as some of it is not readable text or it is nested too deeply",
  number_out_of_range: "is too large to be a real value",
  integer_invalid: "must be a whole number",
  boolean_invalid: "must be true or false",
  text_invalid: "must be text",
  date_invalid: "must be a real date, written like 2026-12-02",
  time_invalid:
    "must be a real date and time with its offset from UTC, written like 2026-12-02T14:00:00Z",
  time_not_whole_seconds: "must be in whole seconds",
  year_out_of_range: "must be between the years 2000 and 2100",
  list_invalid: "must be a list",
  between: "must be between %{min} and %{max}",
  blank: "can't be blank",
  too_long: "is too long (maximum is %{count} characters)",
  too_short: "is too short (minimum is %{count} characters)",
  invalid: "is invalid",
  inclusion: "is not included in the list",
} as const;

export type Problem = keyof typeof PROBLEMS;

/** Input::YEARS and Storable's integer column. */
const YEARS = [2000, 2100];
const INTEGERS = [-(2 ** 31), 2 ** 31 - 1];
const MAX_DEPTH = 8;
const TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EDGES =
  /^[\s\u180E\u200B\u200C\u200D\u2060\uFEFF]+|[\s\u180E\u200B\u200C\u200D\u2060\uFEFF]+$/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Input.text: LF line ends, no control characters, no edge space. */
export function cleanInput(value: unknown): unknown {
  if (typeof value === "string") {
    return value
      .replace(/\r\n?/g, "\n")
      .replace(CONTROL, "")
      .replace(EDGES, "");
  }
  if (Array.isArray(value)) {
    return value.map(cleanInput);
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [cleanInput(k), cleanInput(v)])
    );
  }
  return value;
}

const realDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

function dateProblem(value: unknown): Problem | null {
  const match = typeof value === "string" ? DATE.exec(value) : null;
  const [y, m, d] = match ? match.slice(1, 4).map(Number) : [];
  if (!match || !realDate(y, m, d)) {
    return "date_invalid";
  }
  return y < YEARS[0] || y > YEARS[1] ? "year_out_of_range" : null;
}

function timeProblem(value: unknown): Problem | null {
  const match = typeof value === "string" ? TIME.exec(value) : null;
  if (!match) {
    return "time_invalid";
  }
  const [y, mo, d, h, mi, s] = match.slice(1, 7).map(Number);
  const offset = match[8] ? 0 : Number(match[10]) * 60 + Number(match[11]);
  if (
    !realDate(y, mo, d) ||
    h > 23 ||
    mi > 59 ||
    s > 59 ||
    Number(match[11] ?? 0) > 59 ||
    offset > 14 * 60
  ) {
    return "time_invalid";
  }
  if (match[7] && Number(match[7]) !== 0) {
    return "time_not_whole_seconds";
  }
  return y < YEARS[0] || y > YEARS[1] ? "year_out_of_range" : null;
}

/** Input.problem: whether value reads as kind (nil and "" are missing). */
function kindProblem(kind: Kind, value: unknown): Problem | null {
  if (value === null || value === undefined || value === "") {
    return null;
  }
  switch (kind) {
    case "integer":
      return Number.isInteger(value) ||
        (typeof value === "string" && /^[+-]?\d+$/.test(value))
        ? null
        : "integer_invalid";
    case "boolean":
      return [true, false, "true", "false"].includes(value as string)
        ? null
        : "boolean_invalid";
    case "text":
      return typeof value === "string" ? null : "text_invalid";
    case "date":
      return dateProblem(value);
    case "time":
      return timeProblem(value);
    case "list":
      return Array.isArray(value) ? null : "list_invalid";
    case "any":
      return null;
  }
}

/** Storable.problem, on the value as Rails cast it for kind. */
function storableProblem(
  kind: Kind,
  value: unknown,
  depth = 0
): Problem | null {
  if (kind === "integer") {
    const number = typeof value === "string" ? Number(value) : value;
    return typeof number === "number" &&
      (number < INTEGERS[0] || number > INTEGERS[1])
      ? "number_out_of_range"
      : null;
  }
  if (typeof value === "string") {
    return value.includes("\u0000") ? "text_unreadable" : null;
  }
  if (typeof value === "number") {
    return Number.isInteger(value) &&
      (value < INTEGERS[0] || value > INTEGERS[1])
      ? "number_out_of_range"
      : null;
  }
  if (value && typeof value === "object" && kind !== "text") {
    if (depth >= MAX_DEPTH) {
      return "text_unreadable";
    }
    const items = Array.isArray(value) ? value : Object.entries(value).flat();
    for (const item of items) {
      const found = storableProblem("any", item, depth + 1);
      if (found) {
        return found;
      }
    }
  }
  return null;
}

/** A field's full message, as Rails' errors.full_messages gives it. */
export function fieldError(
  field: string,
  problem: Problem,
  params: Record<string, string | number> = {}
): string {
  return `${FIELD_NAMES[field]} ${interpolate(PROBLEMS[problem], params)}`;
}

/** Rails' length of a cast value: a list's items, anything else its text. */
const lengthOf = (value: unknown) =>
  Array.isArray(value) ? value.length : String(value ?? "").length;

/**
 * The full messages StrictParams gives for input against contract, in
 * Rails' order: unreadable values first (one message for such a field),
 * then the contract's own validations, ranges last.
 */
export function paramErrors(
  contract: Contract,
  input: Record<string, unknown>
): string[] {
  const unreadable: string[] = [];
  const rules: string[] = [];
  const ranges: string[] = [];
  for (const [name, field] of Object.entries(contract)) {
    const raw =
      field.kind === "text" || field.kind === "list" || field.kind === "any"
        ? cleanInput(input[name])
        : input[name];
    const problem =
      kindProblem(field.kind, raw) ??
      (field.kind === "text" && typeof raw !== "string"
        ? null
        : storableProblem(field.kind, raw));
    if (problem) {
      unreadable.push(fieldError(name, problem));
      continue;
    }
    const blank =
      raw === null ||
      raw === undefined ||
      (typeof raw === "string" && raw.trim() === "") ||
      (Array.isArray(raw) && raw.length === 0);
    if (field.required && blank) {
      rules.push(fieldError(name, "blank"));
    }
    if (field.setBoolean && blank) {
      rules.push(fieldError(name, "inclusion"));
    }
    if (field.minLength !== undefined && lengthOf(raw) < field.minLength) {
      rules.push(fieldError(name, "too_short", { count: field.minLength }));
    }
    if (field.maxLength !== undefined && lengthOf(raw) > field.maxLength) {
      rules.push(fieldError(name, "too_long", { count: field.maxLength }));
    }
    if (field.format && !field.format.test(String(raw ?? ""))) {
      rules.push(fieldError(name, "invalid"));
    }
    if (
      field.oneOf &&
      !(field.allowBlank && blank) &&
      !field.oneOf.includes(raw as string)
    ) {
      rules.push(fieldError(name, "inclusion"));
    }
    if (field.range && !blank) {
      const number = Number(raw);
      if (number < field.range[0] || number > field.range[1]) {
        ranges.push(
          fieldError(name, "between", {
            min: field.range[0],
            max: field.range[1],
          })
        );
      }
    }
  }
  return [...unreadable, ...rules, ...ranges];
}

const id = (required = true): Field => ({ kind: "integer", required });

/** Each service's params, as its Ruby class declares them. */
export const CONTRACTS = {
  createBooking: {
    topic_id: id(),
    shift_id: id(),
    starts_at: { kind: "time", required: true },
    answers: { kind: "any" },
    idempotency_key: {
      kind: "text",
      required: true,
      minLength: 8,
      maxLength: 64,
      format: /^[A-Za-z0-9_-]+$/,
    },
  },
  cancelBooking: {
    booking_id: id(),
    reason: { kind: "text", maxLength: LIMITS.lengths.cancel_reason },
  },
  rescheduleBooking: {
    booking_id: id(),
    shift_id: id(),
    starts_at: { kind: "time", required: true },
  },
  booking: { booking_id: id() },
  pickUp: {
    booking_id: id(),
    call_link: { kind: "text", maxLength: LIMITS.lengths.call_link },
  },
  handOver: {
    booking_id: id(),
    username: {
      kind: "text",
      required: true,
      maxLength: LIMITS.lengths.hand_over_username,
    },
  },
  outcome: {
    booking_id: id(),
    outcome: { kind: "text", oneOf: ["held", "no_show"] },
    note: { kind: "text", maxLength: LIMITS.lengths.outcome_note },
  },
  feedback: {
    booking_id: id(),
    answer: { kind: "text", oneOf: ["helpful", "somewhat", "not_really"] },
    comment: { kind: "text", maxLength: LIMITS.lengths.feedback_comment },
  },
  topic: { topic_id: id() },
  configure: {
    topic_id: id(),
    session_minutes: { kind: "integer", range: range("session_minutes") },
    buffer_minutes: { kind: "integer", range: range("buffer_minutes") },
    min_notice_minutes: { kind: "integer", range: range("min_notice_minutes") },
    horizon_days: { kind: "integer", range: range("horizon_days") },
    max_parallel: { kind: "integer", range: range("max_parallel") },
    per_user_limit: { kind: "integer", range: range("per_user_limit") },
    min_trust_level: { kind: "integer", range: range("min_trust_level") },
    paused: { kind: "boolean" },
    paused_message: { kind: "text", maxLength: LIMITS.lengths.paused_message },
    questions: { kind: "list" },
    volunteer_group_ids: { kind: "list" },
    organiser_group_id: id(false),
    chat_channel_id: id(false),
    volunteer_guide: {
      kind: "text",
      maxLength: LIMITS.lengths.volunteer_guide,
    },
    meeting_mode: { kind: "text" },
    call_link_template: { kind: "text" },
    follow_up_hours: { kind: "integer", range: range("follow_up_hours") },
    next_steps: { kind: "text", maxLength: LIMITS.lengths.next_steps },
    follow_ups_paused: { kind: "boolean" },
    gap_messages_enabled: { kind: "boolean" },
    gap_message_weekday: {
      kind: "integer",
      range: range("gap_message_weekday"),
    },
    gap_message_hour: { kind: "integer", range: range("gap_message_hour") },
    gap_horizon_weeks: { kind: "integer", range: range("gap_horizon_weeks") },
    requests_enabled: { kind: "boolean" },
    request_expiry_days: {
      kind: "integer",
      range: range("request_expiry_days"),
    },
  },
  shift: {
    topic_id: id(),
    shift_id: id(false),
    weekday: id(),
    starts_at: { kind: "text", required: true },
    ends_at: { kind: "text", required: true },
    time_zone: { kind: "text", required: true },
    volunteers_wanted: { kind: "integer", range: range("volunteers_wanted") },
  },
  removeShift: { topic_id: id(), shift_id: id() },
  rota: {
    topic_id: id(),
    from: { kind: "date" },
    weeks: { kind: "integer", range: [1, 12] },
  },
  joinShift: {
    topic_id: id(),
    shift_id: id(),
    on_date: { kind: "date" },
    user_id: id(false),
  },
  leaveShift: { topic_id: id(), rota_entry_id: id() },
  skipRotaDate: {
    topic_id: id(),
    rota_entry_id: id(),
    on_date: { kind: "date", required: true },
  },
  stats: { topic_id: id(false), from: { kind: "date" }, to: { kind: "date" } },
  exportStats: {
    topic_id: id(false),
    from: { kind: "date" },
    to: { kind: "date" },
    kind: { kind: "text", oneOf: ["table", "bookings"] },
  },
  topicBookings: {
    topic_id: id(),
    status: {
      kind: "text",
      oneOf: ["pending", "picked_up", "cancelled", "held", "no_show"],
      allowBlank: true,
    },
    week: { kind: "date" },
    upcoming: { kind: "boolean" },
    needs_outcome: { kind: "boolean" },
  },
  addTimeOff: {
    starts_on: { kind: "date", required: true },
    ends_on: { kind: "date", required: true },
    note: { kind: "text", maxLength: LIMITS.lengths.time_off_note },
  },
  removeTimeOff: { time_off_id: id() },
  setCallLink: {
    call_link: { kind: "text", maxLength: LIMITS.lengths.call_link },
  },
  setGapNotifications: { enabled: { kind: "boolean", setBoolean: true } },
  addFriends: {
    usernames: {
      kind: "list",
      required: true,
      maxLength: LIMITS.counts.friends_added_at_once,
    },
  },
  setUpFriends: {
    plan_digest: { kind: "text", required: true },
    category_ids: { kind: "list" },
  },
  removeFriend: { user_id: id() },
} satisfies Record<string, Contract>;
