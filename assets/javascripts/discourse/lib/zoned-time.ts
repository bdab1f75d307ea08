import type { IsoDate, IsoTime, WallTime } from "./api-types";

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at `epochMs`, read back as if it were UTC. */
function wallClockAsUtc(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const { type, value } of partsFormatter(timeZone).formatToParts(
    epochMs
  )) {
    parts[type] = Number(value);
  }
  return Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second
  );
}

/**
 * The instant at which the clocks in `timeZone` read `time` on `date`, with
 * the zone's rules taken from `Intl`. Like the server's ActiveSupport, a
 * wall time skipped by a spring-forward change moves an hour later, and one
 * repeated by a fall-back change is read with the earlier (summer) offset.
 *
 * @throws RangeError when `timeZone` is not a known IANA zone.
 */
export function wallTimeToInstant(
  date: IsoDate,
  time: WallTime,
  timeZone: string
): IsoTime {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);

  // The zone's offset a day either side of the date brackets any change on
  // it; trying both finds the reading(s) of the wall time.
  const offsets = [wall - 86_400_000, wall + 86_400_000].map(
    (probe) => wallClockAsUtc(probe, timeZone) - probe
  );
  const readings = [...new Set(offsets)]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockAsUtc(instant, timeZone) === wall)
    .sort((a, b) => a - b);

  // A skipped wall time has no reading: the offset from before the change
  // lands it that much later on the new clock.
  return new Date(readings[0] ?? wall - offsets[0]).toISOString();
}

/** `YYYY-MM-DD` of an instant in `timeZone`. */
export function localDate(at: IsoTime | number, timeZone: string): IsoDate {
  const epochMs = typeof at === "number" ? at : Date.parse(at);
  return new Date(wallClockAsUtc(epochMs, timeZone)).toISOString().slice(0, 10);
}

/** Calendar arithmetic on `YYYY-MM-DD` days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days))
    .toISOString()
    .slice(0, 10);
}

/** 0 (Sunday) to 6, like Ruby's `Date#wday`. */
export function weekdayOf(date: IsoDate): number {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
