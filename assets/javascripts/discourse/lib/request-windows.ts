import type { BookingRequest, IsoTime, RequestWindow } from "./api-types";
import { formatDaySpan, formatTimeRange, isKnownTimeZone } from "./time-format";
import { WEEKDAY_KEYS } from "./weekdays";
import { addDays, localDate, wallTimeToInstant, weekdayOf } from "./zoned-time";

/**
 * The rules for a booking request's preferred windows, the same as the
 * server's VolunteerBooking::RequestWindows: contract/request_windows.json
 * holds both to the same cases.
 */

/** Why a request's windows are refused, as the server names it, in the order checked. */
export const REQUEST_WINDOW_ERRORS = [
  "request_windows_missing",
  "request_windows_too_many",
  "request_time_zone_invalid",
  "request_window_invalid",
  "request_window_too_short",
  "request_window_past",
  "request_window_beyond_horizon",
] as const;

export type RequestWindowErrorKey = (typeof REQUEST_WINDOW_ERRORS)[number];

export interface RequestWindowErrorInput {
  /** As sent: the checks also read windows of the wrong shape, or no list. */
  windows: unknown;
  /** The requester's IANA zone the windows are written in. */
  timeZone: string;
  sessionMinutes: number;
  horizonDays: number;
  /** The most windows one request may suggest (`counts.request_windows`). */
  maxWindows: number;
  now: Date;
}

export interface RequestWindowFitsInput {
  windows: readonly RequestWindow[];
  timeZone: string;
  /** The start the volunteer proposes. */
  startsAt: IsoTime;
  sessionMinutes: number;
}

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Minutes after midnight of an `HH:MM` wall time, or null for anything else. */
function wallMinutes(time: unknown): number | null {
  const match = typeof time === "string" ? WALL_TIME.exec(time) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Whether `date` is a real `YYYY-MM-DD` calendar day (no 30 February). */
function isCalendarDate(date: unknown): date is string {
  return (
    typeof date === "string" && ISO_DATE.test(date) && addDays(date, 0) === date
  );
}

function isWeekday(weekday: unknown): weekday is number {
  return (
    Number.isInteger(weekday) &&
    (weekday as number) >= 0 &&
    (weekday as number) < 7
  );
}

/** A window of the right shape: exactly one of weekday and date, from before to. */
function isWellFormed(window: unknown): window is RequestWindow {
  if (!window || typeof window !== "object" || Array.isArray(window)) {
    return false;
  }
  const { weekday = null, date = null, from, to } = window as RequestWindow;
  const day =
    weekday === null
      ? date !== null && isCalendarDate(date)
      : date === null && isWeekday(weekday);
  const fromMinutes = wallMinutes(from);
  const toMinutes = wallMinutes(to);
  return (
    day && fromMinutes !== null && toMinutes !== null && fromMinutes < toMinutes
  );
}

function windowError(
  window: unknown,
  input: RequestWindowErrorInput,
  today: string
): RequestWindowErrorKey | null {
  if (!isWellFormed(window)) {
    return "request_window_invalid";
  }
  if (
    wallMinutes(window.to)! - wallMinutes(window.from)! <
    input.sessionMinutes
  ) {
    return "request_window_too_short";
  }
  if (window.date !== null && window.date < today) {
    return "request_window_past";
  }
  if (window.date !== null && window.date > addDays(today, input.horizonDays)) {
    return "request_window_beyond_horizon";
  }
  return null;
}

/**
 * The first reason to refuse a request's windows, or null: the count, the
 * zone, then each window in turn through its checks in order. "Today" is
 * the requester's, so a date that has begun in their zone is not past.
 */
export function requestWindowError(
  input: RequestWindowErrorInput
): RequestWindowErrorKey | null {
  const { windows, timeZone } = input;
  if (!Array.isArray(windows) || windows.length === 0) {
    return "request_windows_missing";
  }
  if (windows.length > input.maxWindows) {
    return "request_windows_too_many";
  }
  if (typeof timeZone !== "string" || !isKnownTimeZone(timeZone)) {
    return "request_time_zone_invalid";
  }
  const today = localDate(input.now.getTime(), timeZone);
  for (const window of windows) {
    const error = windowError(window, input, today);
    if (error) {
      return error;
    }
  }
  return null;
}

/**
 * Whether a session starting at `startsAt` lies wholly inside one of the
 * windows on the requester's own calendar: their local date picks the
 * windows, and the window's ends are read on that date in their zone, so a
 * daylight-saving change moves the window with the clocks.
 */
export function requestWindowFits(input: RequestWindowFitsInput): boolean {
  const { timeZone, sessionMinutes } = input;
  const starts = Date.parse(input.startsAt);
  if (Number.isNaN(starts) || !isKnownTimeZone(timeZone)) {
    return false;
  }
  const ends = starts + sessionMinutes * 60_000;
  const date = localDate(starts, timeZone);
  return input.windows.some((window) => {
    if (!isWellFormed(window)) {
      return false;
    }
    const onDay =
      window.date === null
        ? window.weekday === weekdayOf(date)
        : window.date === date;
    return (
      onDay &&
      starts >= Date.parse(wallTimeToInstant(date, window.from, timeZone)) &&
      ends <= Date.parse(wallTimeToInstant(date, window.to, timeZone))
    );
  });
}

/**
 * The window's next opening from `now` on, in real time: today's if it has
 * not closed yet in the requester's zone, else the next date it covers;
 * null for a date window that has closed.
 */
export function nextWindowOccurrence(
  window: RequestWindow,
  timeZone: string,
  now: Date
): { starts_at: IsoTime; ends_at: IsoTime } | null {
  const today = localDate(now.getTime(), timeZone);
  const dates =
    window.date === null
      ? [0, 1, 2, 3, 4, 5, 6, 7].map((offset) => addDays(today, offset))
      : [window.date];
  for (const date of dates) {
    if (window.date === null && weekdayOf(date) !== window.weekday) {
      continue;
    }
    const endsAt = wallTimeToInstant(date, window.to, timeZone);
    if (Date.parse(endsAt) > now.getTime()) {
      return {
        starts_at: wallTimeToInstant(date, window.from, timeZone),
        ends_at: endsAt,
      };
    }
  }
  return null;
}

/** "New York" for America/New_York: how people name a zone by its city. */
function zoneCity(timeZone: string): string {
  return (timeZone.split("/").pop() ?? timeZone).replace(/_/g, " ");
}

/** Discourse's `i18n`, as the words of a window need it. */
export type Translate = (
  scope: string,
  options?: Record<string, string>
) => string;

// A Monday in January, away from any daylight-saving change: weekly windows
// have no date of their own, only wall times to write in the locale.
const WEEKLY_REFERENCE = "2001-01-01";

/**
 * The window in the requester's words, for anyone reading it: "Mondays,
 * 09:00–11:00 (New York)" or "Wed 9 Dec, 13:00–15:00 (New York)". The locale
 * writes the day and times; `i18n` the sentence and the weekday.
 */
export function describeRequestWindow(
  window: RequestWindow,
  timeZone: string,
  locale: string,
  i18n: Translate
): string {
  const date = window.date ?? WEEKLY_REFERENCE;
  const zone = window.date === null ? "UTC" : timeZone;
  const times = formatTimeRange(
    wallTimeToInstant(date, window.from, zone),
    wallTimeToInstant(date, window.to, zone),
    zone,
    locale
  );
  const day =
    window.date === null
      ? i18n(
          `volunteer_booking.requests.weekly.${WEEKDAY_KEYS[window.weekday!]}`
        )
      : formatDaySpan(window.date, window.date, locale);
  return i18n("volunteer_booking.requests.window", {
    day,
    times,
    zone: zoneCity(timeZone),
  });
}

/** Each of a request's windows in its requester's words, in order. */
export function describeRequestWindows(
  request: Pick<BookingRequest, "windows" | "time_zone">,
  locale: string,
  i18n: Translate
): string[] {
  return request.windows.map((window) =>
    describeRequestWindow(window, request.time_zone, locale, i18n)
  );
}
