import { renderComponent, renderSettled } from "@ember/renderer";
import type { Slot } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import BenchHarness from "./harness";
import { benchOwner, publish, timeRenders } from "./run";

/** 8 weeks of four afternoons a week with 10 half-hour slots each: 320. */
function eightWeeksOfSlots(): Slot[] {
  const slots: Slot[] = [];
  const start = Date.UTC(2026, 5, 3, 12);
  for (let week = 0; week < 8; week++) {
    for (const dayOffset of [0, 1, 2, 4]) {
      for (let half = 0; half < 10; half++) {
        const at = start + ((week * 7 + dayOffset) * 24 + half / 2) * 3_600_000;
        slots.push({
          shift_id: dayOffset,
          starts_at: new Date(at).toISOString(),
          ends_at: new Date(at + 1_800_000).toISOString(),
          capacity: 2,
          available: half % 4 === 0 ? 0 : 2,
        });
      }
    }
  }
  return slots;
}

/** Renders, times and publishes. */
export async function run(): Promise<void> {
  const slots = eightWeeksOfSlots();
  let harness!: BenchHarness;
  renderComponent(BenchHarness, {
    into: document.getElementById("bench")!,
    owner: await benchOwner(),
    args: { onReady: (ready: BenchHarness) => (harness = ready) },
  });
  await renderSettled();

  const timing = await timeRenders(
    15,
    () => harness.show([]),
    () => harness.show(slots.map((slot) => ({ ...slot })))
  );
  publish({
    slots: slots.length,
    rendered: document.querySelectorAll(".slot-day-list__button").length,
    ...timing,
  });
}
