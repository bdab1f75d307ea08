/**
 * Where a booker and a volunteer meet, as VolunteerBooking::CallLink
 * decides it (lib/volunteer_booking/call_link.rb): both are run against
 * contract/call_links.json, so they cannot drift apart.
 */

export const MEETING_MODES = [
  "call_link_template",
  "volunteer_link",
  "private_message",
] as const;

export type MeetingMode = (typeof MEETING_MODES)[number];

/** A refusal: a key of volunteer_booking.errors, with its params. */
export interface CallLinkProblem {
  error: string;
  params: Record<string, string | number>;
}

const HOST =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\d{1,5})?$/;
const LINK_CHARACTERS =
  /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const PARTS = /^https:\/\/([^/?#]*)([\s\S]*)$/;
const PLACEHOLDER = /\{([^{}]*)\}?/g;
const KNOWN_PLACEHOLDER = /\{(?:token|booking)\}/g;
// The longest a placeholder becomes: a 128-bit token, a bigint booking id.
const LONGEST: Record<string, string> = {
  "{token}": "x".repeat(22),
  "{booking}": "9".repeat(19),
};

function problem(
  error: string,
  params: CallLinkProblem["params"] = {}
): CallLinkProblem {
  return { error, params };
}

function check(
  value: unknown,
  maxLength: number,
  placeholders: boolean
): CallLinkProblem | null {
  if (typeof value !== "string") {
    return problem("call_link_characters");
  }
  // Ruby counts characters, not UTF-16 units.
  const longest = placeholders
    ? value.replace(KNOWN_PLACEHOLDER, (name) => LONGEST[name])
    : value;
  if ([...longest].length > maxLength) {
    return problem("call_link_too_long", { max: maxLength });
  }
  const parts = PARTS.exec(value);
  if (!parts) {
    return problem("call_link_not_https");
  }
  const [, authority, path] = parts;
  if (authority.includes("@")) {
    return problem("call_link_userinfo");
  }
  if (!HOST.test(authority)) {
    return problem("call_link_host_invalid");
  }
  let rest = path;
  if (placeholders) {
    const unknown = [...rest.matchAll(PLACEHOLDER)]
      .map((match) => match[1])
      .find((name) => name !== "token" && name !== "booking");
    if (unknown !== undefined) {
      return problem("call_link_placeholder_unknown", { name: unknown });
    }
    rest = rest.replace(KNOWN_PLACEHOLDER, "");
  }
  if (!LINK_CHARACTERS.test(rest)) {
    return problem("call_link_characters");
  }
  if (placeholders && !value.includes("{token}")) {
    return problem("call_link_token_missing");
  }
  return null;
}

/**
 * The organiser's template, for "a call link for each booking".
 * `maxLength` is the limits' call_link: the longest a link it makes may be.
 */
export function checkCallLinkTemplate(
  value: unknown,
  maxLength: number
): CallLinkProblem | null {
  if (value === null || value === undefined || value === "") {
    return problem("call_link_template_missing");
  }
  return check(value, maxLength, true);
}

/** A volunteer's own link, for "the volunteer's own link". */
export function checkCallLink(
  value: unknown,
  maxLength: number
): CallLinkProblem | null {
  if (value === null || value === undefined || value === "") {
    return problem("call_link_missing");
  }
  return check(value, maxLength, false);
}

export function checkMeetingMode(value: unknown): CallLinkProblem | null {
  return (MEETING_MODES as readonly unknown[]).includes(value)
    ? null
    : problem("call_link_mode_unknown");
}

/** One booking's link: its token and id put into the template. */
export function expandCallLink(
  template: string,
  token: string,
  bookingId: number
): string {
  return template
    .replaceAll("{token}", token)
    .replaceAll("{booking}", String(bookingId));
}

/** What a pick-up brings: the booking's new link (null: unchanged), or a refusal. */
export type PickUpCallLink =
  | { link: string | null; problem: null }
  | { link: null; problem: CallLinkProblem };

/**
 * The link a volunteer picking a booking up brings: in "the volunteer's own
 * link" mode the one they give (which becomes their saved link too), else
 * their saved one; with neither they are asked for it. A link given is
 * checked in every mode; outside that mode the booking keeps its own link.
 */
export function pickUpCallLink(
  mode: MeetingMode,
  given: unknown,
  saved: string | null | undefined,
  maxLength: number
): PickUpCallLink {
  const offered = given === "" ? null : (given ?? null);
  const refused = offered === null ? null : checkCallLink(offered, maxLength);
  if (refused) {
    return { link: null, problem: refused };
  }
  if (mode !== "volunteer_link") {
    return { link: null, problem: null };
  }
  if (offered !== null) {
    return { link: offered as string, problem: null };
  }
  return saved
    ? { link: saved, problem: null }
    : { link: null, problem: problem("call_link_needed") };
}
