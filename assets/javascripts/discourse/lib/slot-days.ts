import { localDate } from "./zoned-time";

/** One calendar day in the viewer's zone with the slots that start on it. */
export interface SlotDay<T> {
  /** The day as `YYYY-MM-DD` in the viewer's zone. */
  date: string;
  /** The slots starting that day, earliest first. */
  slots: T[];
}

/**
 * Groups slots by the calendar date they start on in `timeZone`, so a slot at
 * 23:30 UTC lands on the next day for a viewer in Sydney and on the same day
 * for one in London.
 *
 * @throws RangeError when `timeZone` is not a known IANA zone.
 */
export function groupSlotsByDay<T extends { starts_at: string }>(
  slots: T[],
  timeZone: string
): SlotDay<T>[] {
  // Read once up front, so an unknown zone throws even with no slots.
  localDate(0, timeZone);
  const byDay = new Map<string, { at: number; slot: T }[]>();

  for (const slot of slots) {
    const at = Date.parse(slot.starts_at);
    const date = localDate(at, timeZone);
    let day = byDay.get(date);
    if (!day) {
      day = [];
      byDay.set(date, day);
    }
    day.push({ at, slot });
  }

  return [...byDay.keys()].sort().map((date) => ({
    date,
    slots: byDay
      .get(date)!
      .sort((a, b) => a.at - b.at)
      .map(({ slot }) => slot),
  }));
}
