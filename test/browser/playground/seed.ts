import type { Slot } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";

const HOUR = 60 * 60 * 1000;

/** A week of half-hour slots on the next few afternoons (UTC), some full. */
export function demoSlots(now: Date): Slot[] {
  const slots: Slot[] = [];
  const start = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate() + 1,
    13
  );
  for (let day = 0; day < 3; day++) {
    for (let half = 0; half < 8; half++) {
      const at = start + day * 24 * HOUR + (half * HOUR) / 2;
      slots.push({
        shift_id: 1,
        starts_at: new Date(at).toISOString(),
        ends_at: new Date(at + HOUR / 2).toISOString(),
        capacity: 2,
        available: half % 3 === 0 ? 0 : 2,
      });
    }
  }
  return slots;
}
