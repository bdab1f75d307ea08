import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type {
  Shift,
  Slot,
  TimeOff,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  computeSlots,
  type EngineBooking,
  type EngineBusy,
  type EngineInput,
  type EngineRotaEntry,
  type EngineSkip,
} from "../browser/playground/api/slot-engine.ts";

const { module, test } = QUnit;

/** contract/slot_engine.json, which the Ruby core is run against too. */
interface Contract {
  settings: EngineInput["settings"];
  shifts: Record<string, Shift>;
  cases: {
    why: string;
    now: string;
    settings?: Partial<EngineInput["settings"]>;
    shifts: string[];
    rota: (Omit<EngineRotaEntry, "on_date"> & { on_date?: string })[];
    time_off?: Pick<TimeOff, "user_id" | "starts_on" | "ends_on">[];
    bookings?: EngineBooking[];
    busy?: EngineBusy[];
    skips?: EngineSkip[];
    slots: Slot[];
  }[];
}

const contract = JSON.parse(
  readFileSync(
    new URL("../../contract/slot_engine.json", import.meta.url),
    "utf8"
  )
) as Contract;

const iso = (time: string) => new Date(time).toISOString();

module("contract: slot engine (in-memory API)", function () {
  for (const row of contract.cases) {
    test(row.why, function (assert) {
      const slots = computeSlots({
        now: new Date(row.now),
        settings: { ...contract.settings, ...row.settings },
        shifts: row.shifts.map((name) => contract.shifts[name]),
        rotaEntries: row.rota.map((e) => ({
          ...e,
          on_date: e.on_date ?? null,
        })),
        timeOff: (row.time_off ?? []).map((t, id) => ({
          ...t,
          id,
          note: null,
        })),
        bookings: row.bookings ?? [],
        busy: row.busy ?? [],
        skips: row.skips ?? [],
      });
      assert.deepEqual(
        slots,
        row.slots.map((slot) => ({
          ...slot,
          starts_at: iso(slot.starts_at),
          ends_at: iso(slot.ends_at),
        }))
      );
    });
  }
});
