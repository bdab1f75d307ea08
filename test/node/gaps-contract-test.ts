import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type {
  IsoDate,
  IsoTime,
  Shift,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { gapsBetween } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/rota-grid";
import { type ContractRota, contractRota } from "./support/contract-rota.ts";

const { module, test } = QUnit;

/** contract/gaps.json, which the Ruby core (Gaps.build) is run against too. */
interface Contract {
  shifts: Record<string, Shift>;
  cases: (ContractRota & {
    why: string;
    now: IsoTime;
    range: { from: IsoDate; to: IsoDate };
    gaps: {
      shift: string;
      date: IsoDate;
      volunteer_ids: number[];
      wanted: number;
    }[];
  })[];
}

const contract = JSON.parse(
  readFileSync(new URL("../../contract/gaps.json", import.meta.url), "utf8")
) as Contract;

module("contract: gaps (rota grid)", function () {
  for (const row of contract.cases) {
    test(row.why, function (assert) {
      // By the row's own shifts: rows of both sides share the file's names.
      const shiftName = new Map(
        row.shifts.map((name) => [contract.shifts[name].id, name])
      );
      const gaps = gapsBetween(
        contractRota(contract.shifts, row),
        row.range.from,
        row.range.to,
        new Date(row.now)
      );
      assert.deepEqual(
        gaps.map((cell) => ({
          shift: shiftName.get(cell.shift.id),
          date: cell.date,
          volunteer_ids: cell.volunteers
            .map((volunteer) => volunteer.user.id)
            .sort((a, b) => a - b),
          wanted: cell.shift.volunteers_wanted,
        })),
        row.gaps
      );
    });
  }
});
