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
  const dayOf = localDateFormatter(timeZone);
  const byDay = new Map<string, { at: number; slot: T }[]>();

  for (const slot of slots) {
    const at = Date.parse(slot.starts_at);
    const date = dayOf(at);
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

function localDateFormatter(timeZone: string): (at: number) => string {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });

  return (at) => {
    const parts: Record<string, string> = {};
    for (const { type, value } of format.formatToParts(at)) {
      parts[type] = value;
    }
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
}
