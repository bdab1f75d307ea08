/**
 * Date and time labels for the booking screens, written by `Intl` in the
 * viewer's locale and zone, so nothing here knows about offsets.
 */
import { wallClockAsUtc } from "./zoned-time";

const DAY: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
};
const SHORT_DAY: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "short",
};
const SHORT_WEEKDAY_DAY: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
};
const TIME: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };
// `format` with TIME writes "0:30" in en-GB where `formatRange` writes "00:30".
const SHORT_TIME: Intl.DateTimeFormatOptions = { timeStyle: "short" };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, ...TIME };

const formatters = new Map<
  Intl.DateTimeFormatOptions,
  Map<string, Intl.DateTimeFormat>
>();

/**
 * Building an `Intl.DateTimeFormat` costs far more than formatting with
 * one, and a picker formats hundreds of times, so each is made once. The
 * options are this file's constants, so they key the cache as they are.
 */
function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
  let byPlace = formatters.get(options);
  if (!byPlace) {
    byPlace = new Map();
    formatters.set(options, byPlace);
  }
  const key = `${locale}|${timeZone}`;
  let format = byPlace.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    byPlace.set(key, format);
  }
  return format;
}

/** "Wednesday, 3 June" for a `YYYY-MM-DD` calendar day. */
export function formatDay(date: string, locale: string): string {
  // Noon UTC lies on the same calendar date in every zone, from -12 to +14.
  return formatter(locale, "UTC", DAY).format(Date.parse(`${date}T12:00:00Z`));
}

/** "3 Jun" for a `YYYY-MM-DD` calendar day, e.g. a week's Monday. */
export function formatShortDay(date: string, locale: string): string {
  return formatter(locale, "UTC", SHORT_DAY).format(
    Date.parse(`${date}T12:00:00Z`)
  );
}

/**
 * "Fri 4 Dec" for one day, "Fri 4 – Sun 6 Dec" for several: `Intl` drops
 * what both ends share, so a one-day span never reads "Fri 4 Dec to Fri 4 Dec".
 */
export function formatDaySpan(
  from: string,
  to: string,
  locale: string
): string {
  return formatter(locale, "UTC", SHORT_WEEKDAY_DAY).formatRange(
    Date.parse(`${from}T12:00:00Z`),
    Date.parse(`${to}T12:00:00Z`)
  );
}

/** "13:00" or "1:00 PM" (the locale decides) for an ISO time in `timeZone`. */
export function formatTime(
  at: string,
  timeZone: string,
  locale: string
): string {
  return formatter(locale, timeZone, TIME).format(Date.parse(at));
}

const WEEKDAY_TIME: Intl.DateTimeFormatOptions = { weekday: "short", ...TIME };
const ZONE_NAME: Intl.DateTimeFormatOptions = { timeZoneName: "long" };
// Intl's own range dash, thin spaces included, so both kinds of range match.
const DASH = "\u2009\u2013\u2009";
const DAY_MS = 86_400_000;

/** One instant on the wall clock of `timeZone`. */
interface WallTime {
  /** The calendar day, counted from 1970-01-01. */
  day: number;
  /** Since that day's midnight, in ms. */
  time: number;
  /** The wall clock read as if it were UTC, in minutes. */
  minutes: number;
}

function wallTime(at: number, timeZone: string): WallTime {
  const wall = wallClockAsUtc(at, timeZone);
  const day = Math.floor(wall / DAY_MS);
  return { day, time: wall - day * DAY_MS, minutes: wall / 60_000 };
}

/** "60 min" (the locale words it) for a session's length in minutes. */
export function formatMinutes(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "minute",
    unitDisplay: "short",
  }).format(minutes);
}

/**
 * On a daylight-saving night the clock jumps, so "01:30–03:30" may last an
 * hour, and "01:30–01:30" happens: the label then has both ends written out
 * (a range would fold equal ones into one) and the real length.
 */
function withRealLength(
  range: () => string,
  format: Intl.DateTimeFormat,
  starts: number,
  ends: number,
  timeZone: string,
  locale: string
): string {
  const minutes = Math.round((ends - starts) / 60_000);
  const wall = Math.round(
    wallTime(ends, timeZone).minutes - wallTime(starts, timeZone).minutes
  );
  if (wall === minutes) {
    return range();
  }
  return `${format.format(starts)}${DASH}${format.format(ends)} (${formatMinutes(
    minutes,
    locale
  )})`;
}

const timeRanges = new Map<string, string>();

/**
 * "13:00 – 13:30" for two ISO times in `timeZone`; "Wed 23:30 – Thu 00:30"
 * across midnight, and the real length on a daylight-saving night.
 * `formatRange` costs about a hundred times `format`, and a picker's
 * hundreds of slots share a handful of same-day clock ranges, so each is
 * formatted once per locale and zone.
 */
export function formatTimeRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: string
): string {
  const starts = Date.parse(startsAt);
  const ends = Date.parse(endsAt);
  const from = wallTime(starts, timeZone);
  const to = wallTime(ends, timeZone);
  if (from.day !== to.day) {
    const format = formatter(locale, timeZone, WEEKDAY_TIME);
    return withRealLength(
      () => `${format.format(starts)}${DASH}${format.format(ends)}`,
      format,
      starts,
      ends,
      timeZone,
      locale
    );
  }
  const key = `${locale}|${timeZone}|${from.time}|${to.time}|${ends - starts}`;
  let range = timeRanges.get(key);
  if (range === undefined) {
    range = withRealLength(
      () => formatter(locale, timeZone, TIME).formatRange(starts, ends),
      formatter(locale, timeZone, SHORT_TIME),
      starts,
      ends,
      timeZone,
      locale
    );
    timeRanges.set(key, range);
  }
  return range;
}

/**
 * "Wednesday, 3 June, 13:00 – 13:30" for a booking's start and end; both
 * days across midnight, and the real length on a daylight-saving night.
 */
export function formatDateTimeRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: string
): string {
  const starts = Date.parse(startsAt);
  const ends = Date.parse(endsAt);
  const format = formatter(locale, timeZone, DAY_TIME);
  return withRealLength(
    () => format.formatRange(starts, ends),
    format,
    starts,
    ends,
    timeZone,
    locale
  );
}

/**
 * The locale `Intl` should write in for a Discourse locale: Discourse names
 * them with an underscore ("en_GB", "pt_BR"), BCP 47 with a hyphen. Anything
 * `Intl` cannot read falls back to English rather than throwing.
 */
export function intlLocale(discourseLocale: string | null | undefined): string {
  try {
    const [locale] = Intl.getCanonicalLocales(
      (discourseLocale || "en").replace(/_/g, "-")
    );
    return locale ?? "en";
  } catch {
    return "en";
  }
}

/**
 * The zone as people say it at a given moment: "British Summer Time" in
 * June and "Greenwich Mean Time" in January for Europe/London.
 */
export function formatZoneName(
  timeZone: string,
  locale: string,
  at: string | number = Date.now()
): string {
  const moment = typeof at === "string" ? Date.parse(at) : at;
  const part = formatter(locale, timeZone, ZONE_NAME)
    .formatToParts(moment)
    .find(({ type }) => type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** Whether `timeZone` is an IANA zone this browser knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    return Boolean(
      new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone
    );
  } catch {
    return false;
  }
}
