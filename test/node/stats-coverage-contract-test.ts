import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type {
  IsoDate,
  Shift,
  StatsCoverage,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { fakeCoverage } from "../browser/playground/api/stats.ts";
import { type ContractRota, contractRota } from "./support/contract-rota.ts";

const { module, test } = QUnit;

/** contract/stats_coverage.json, which the Ruby core is run against too. */
interface Contract {
  shifts: Record<string, Shift>;
  cases: (ContractRota & {
    why: string;
    range: { from: IsoDate; to: IsoDate; zone: string };
    coverage: StatsCoverage;
  })[];
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
      const input = contractRota(contract.shifts, row);
      assert.deepEqual(
        fakeCoverage([input], row.range, row.range.zone),
        row.coverage
      );
    });
  }
});
