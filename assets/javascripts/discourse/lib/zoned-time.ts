import type { IsoDate, IsoTime, WallTime } from "./api-types";

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
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
    wallClocks.set(timeZone, format);
  }
  return format;
}

/**
 * The wall clock in `timeZone` at `epochMs`, read back as if it were UTC.
 * Read from the "06/03/2026, 13:00:00" that en-US writes: `formatToParts`
 * builds an object per part, and grids read the clock hundreds of times.
 */
export function wallClockAsUtc(epochMs: number, timeZone: string): number {
  const text = wallClockFormat(timeZone).format(epochMs);
  return Date.UTC(
    Number(text.slice(6, 10)),
    Number(text.slice(0, 2)) - 1,
    Number(text.slice(3, 5)),
    Number(text.slice(12, 14)),
    Number(text.slice(15, 17)),
    Number(text.slice(18, 20))
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
  const key = `${date}|${time}|${timeZone}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = readWallTime(date, time, timeZone);
    instants.set(key, instant);
  }
  return instant;
}

/**
 * A rota shows each shift's dates again on every reload and week, and each
 * reading asks `Intl` four times: each answer is kept.
 */
const instants = new Map<string, IsoTime>();

function readWallTime(
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
