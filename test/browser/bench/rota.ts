import { renderComponent, renderSettled } from "@ember/renderer";
import type {
  BasicUser,
  RotaEntry,
  Shift,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  buildRotaGrid,
  type RotaGridInput,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/rota-grid";
import { addDays } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import RotaHarness from "./rota-harness";
import { benchOwner, publish, timeRenders } from "./run";

const VOLUNTEERS = 50;
const WEEKS = 12;
const FROM = "2026-06-01";

const shifts: Shift[] = [
  [1, 1, "10:00", "12:00"],
  [2, 3, "13:00", "17:00"],
  [3, 4, "18:00", "20:00"],
  [4, 5, "13:00", "17:00"],
].map(([id, weekday, starts_at, ends_at]) => ({
  id,
  weekday,
  starts_at,
  ends_at,
  time_zone: "Europe/London",
  volunteers_wanted: 1,
})) as Shift[];

const volunteers: BasicUser[] = Array.from({ length: VOLUNTEERS }, (_, i) => ({
  id: i + 1,
  username: `volunteer${i + 1}`,
  name: `Volunteer ${i + 1}`,
  avatar_template: "/avatar/{size}.svg",
}));

/**
 * Every volunteer every week on two of the four shifts, and on a third one
 * date in four: 25 to 38 volunteers a cell, some of them away.
 */
function rotaInput(): RotaGridInput {
  const rotaEntries: RotaEntry[] = [];
  volunteers.forEach((user, i) => {
    for (const shift of [shifts[i % 4], shifts[(i + 1) % 4]]) {
      rotaEntries.push({
        id: rotaEntries.length + 1,
        shift_id: shift.id,
        on_date: null,
        user,
      });
    }
    rotaEntries.push({
      id: rotaEntries.length + 1,
      shift_id: shifts[(i + 2) % 4].id,
      on_date: addDays(FROM, (i % WEEKS) * 7 + shifts[(i + 2) % 4].weekday - 1),
      user,
    });
  });
  const timeOff = volunteers
    .filter((_, i) => i % 10 === 0)
    .map((user, i) => ({
      id: i + 1,
      user_id: user.id,
      starts_on: addDays(FROM, i * 14),
      ends_on: addDays(FROM, i * 14 + 6),
      note: null,
    }));
  return {
    shifts,
    rotaEntries,
    rotaSkips: [],
    timeOff,
    from: FROM,
    weeks: WEEKS,
    today: addDays(FROM, 10),
    viewerId: 1,
  };
}

/** Renders, times and publishes. */
export async function run(): Promise<void> {
  let harness!: RotaHarness;
  renderComponent(RotaHarness, {
    into: document.getElementById("bench")!,
    owner: await benchOwner(),
    args: { volunteers, onReady: (ready: RotaHarness) => (harness = ready) },
  });
  await renderSettled();

  const timing = await timeRenders(
    15,
    () => harness.show(null),
    () => harness.show(rotaInput())
  );
  publish({
    volunteers: VOLUNTEERS,
    weeks: document.querySelectorAll(".rota-widget__week").length,
    cells: document.querySelectorAll(".rota-widget__week > td").length,
    entries: buildRotaGrid(rotaInput())
      .flatMap((week) => week.cells)
      .reduce((sum, cell) => sum + cell.volunteers.length, 0),
    listed: document.querySelectorAll(".rota-widget__volunteers li").length,
    ...timing,
  });
}
