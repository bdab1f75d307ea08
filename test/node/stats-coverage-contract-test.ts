import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type {
  IsoDate,
  Shift,
  StatsCoverage,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { fakeCoverage } from "../browser/playground/api/stats.ts";

const { module, test } = QUnit;

/** contract/stats_coverage.json, which the Ruby core is run against too. */
interface Contract {
  shifts: Record<string, Shift>;
  cases: {
    why: string;
    shifts: string[];
    range: { from: IsoDate; to: IsoDate; zone: string };
    rota: { shift: string; user_id: number; on_date: IsoDate | null }[];
    time_off: { user_id: number; starts_on: IsoDate; ends_on: IsoDate }[];
    coverage: StatsCoverage;
  }[];
}

const contract = JSON.parse(
  readFileSync(
    new URL("../../contract/stats_coverage.json", import.meta.url),
    "utf8"
  )
) as Contract;

module("contract: stats coverage (in-memory API)", function () {
  for (const row of contract.cases) {
    test(row.why, function (assert) {
      const input = {
        shifts: row.shifts.map((name) => contract.shifts[name]),
        rotaEntries: row.rota.map((entry, index) => ({
          id: index + 1,
          shift_id: contract.shifts[entry.shift].id,
          on_date: entry.on_date,
          user: {
            id: entry.user_id,
            username: `user${entry.user_id}`,
            name: null,
            avatar_template: "",
          },
        })),
        rotaSkips: [],
        timeOff: row.time_off.map((entry, index) => ({
          id: index + 1,
          note: null,
          ...entry,
        })),
      };
      assert.deepEqual(
        fakeCoverage([input], row.range, row.range.zone),
        row.coverage
      );
    });
  }
});
