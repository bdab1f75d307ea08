/**
 * Date and time labels for the booking screens, written by `Intl` in the
 * viewer's locale and zone, so nothing here knows about offsets.
 */

/** "Wednesday, 3 June" for a `YYYY-MM-DD` calendar day. */
export function formatDay(date: string, locale: string): string {
  // Noon UTC lies on the same calendar date in every zone, from -12 to +14.
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(Date.parse(`${date}T12:00:00Z`));
}

/** "13:00" or "1:00 PM" (the locale decides) for an ISO time in `timeZone`. */
export function formatTime(
  at: string,
  timeZone: string,
  locale: string
): string {
  return new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).format(Date.parse(at));
}

/** "13:00 – 13:30" for two ISO times in `timeZone`. */
export function formatTimeRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: string
): string {
  return new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).formatRange(Date.parse(startsAt), Date.parse(endsAt));
}

/** "Wednesday, 3 June, 13:00 – 13:30" for a booking's start and end. */
export function formatDateTimeRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: string
): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).formatRange(Date.parse(startsAt), Date.parse(endsAt));
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
  const part = new Intl.DateTimeFormat(locale, {
    timeZone,
    timeZoneName: "long",
  })
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
