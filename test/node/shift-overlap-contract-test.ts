import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type { ShiftInput } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { shiftsOverlap } from "../browser/playground/api/fake-server.ts";

const { module, test } = QUnit;

/** contract/shift_overlap.json, which the Ruby core is run against too. */
interface Contract {
  from: string;
  cases: {
    why: string;
    overlap: boolean;
    shift: ShiftInput;
    other: ShiftInput;
  }[];
}

const contract = JSON.parse(
  readFileSync(
    new URL("../../contract/shift_overlap.json", import.meta.url),
    "utf8"
  )
) as Contract;

module("contract: shift overlap (in-memory API)", function () {
  for (const row of contract.cases) {
    test(row.why, function (assert) {
      assert.strictEqual(
        shiftsOverlap(row.shift, row.other, contract.from),
        row.overlap
      );
      assert.strictEqual(
        shiftsOverlap(row.other, row.shift, contract.from),
        row.overlap
      );
    });
  }
});
