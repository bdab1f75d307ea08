/**
 * Date and time labels for the booking screens, written by `Intl` in the
 * viewer's locale and zone, so nothing here knows about offsets.
 */

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
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, ...TIME };

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Building an `Intl.DateTimeFormat` costs far more than formatting with
 * one, and a picker formats hundreds of times, so each is made once.
 */
function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, format);
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

/** The wall clock, e.g. "06/03/2026, 13:00", to tell equal ranges apart. */
const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

const timeRanges = new Map<string, string>();

/**
 * "13:00 – 13:30" for two ISO times in `timeZone`. `formatRange` costs about
 * a hundred times `format`, and a picker's hundreds of slots share a handful
 * of same-day clock ranges, so each is formatted once per locale and zone.
 */
export function formatTimeRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: string
): string {
  const starts = Date.parse(startsAt);
  const ends = Date.parse(endsAt);
  const clock = formatter("en-US", timeZone, WALL_CLOCK);
  const [startDay, startTime] = clock.format(starts).split(", ");
  const [endDay, endTime] = clock.format(ends).split(", ");
  // Across midnight the range names its days, so it is not shared.
  const key =
    startDay === endDay
      ? `${locale}|${timeZone}|${startTime}|${endTime}`
      : `${locale}|${timeZone}|${starts}|${ends}`;
  let range = timeRanges.get(key);
  if (range === undefined) {
    range = formatter(locale, timeZone, TIME).formatRange(starts, ends);
    timeRanges.set(key, range);
  }
  return range;
}

/** "Wednesday, 3 June, 13:00 – 13:30" for a booking's start and end. */
export function formatDateTimeRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: string
): string {
  return formatter(locale, timeZone, DAY_TIME).formatRange(
    Date.parse(startsAt),
    Date.parse(endsAt)
  );
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
  const part = formatter(locale, timeZone, { timeZoneName: "long" })
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
