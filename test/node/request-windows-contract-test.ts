import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type { RequestWindow } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  REQUEST_WINDOW_ERRORS,
  requestWindowError,
  requestWindowFits,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/request-windows";
import { LIMITS } from "../browser/playground/api/limits.ts";

const { module, test } = QUnit;

/** contract/request_windows.json, which the Ruby core is run against too. */
interface Contract {
  now: string;
  session_minutes: number;
  horizon_days: number;
  checks: {
    name: string;
    time_zone: string;
    /** As a client might send it: not always a list of windows. */
    windows: unknown;
    error: string | null;
    why?: string;
  }[];
  fits: {
    name: string;
    time_zone: string;
    windows: RequestWindow[];
    starts_at: string;
    fits: boolean;
    why?: string;
  }[];
}

const contract = JSON.parse(
  readFileSync(
    new URL("../../contract/request_windows.json", import.meta.url),
    "utf8"
  )
) as Contract;

module("contract: request windows", function () {
  for (const row of contract.checks) {
    test(`error: ${row.name}`, function (assert) {
      assert.strictEqual(
        requestWindowError({
          windows: row.windows,
          timeZone: row.time_zone,
          sessionMinutes: contract.session_minutes,
          horizonDays: contract.horizon_days,
          maxWindows: LIMITS.counts.request_windows,
          now: new Date(contract.now),
        }),
        row.error,
        row.why
      );
    });
  }

  for (const row of contract.fits) {
    test(`fits: ${row.name}`, function (assert) {
      assert.strictEqual(
        requestWindowFits({
          windows: row.windows,
          timeZone: row.time_zone,
          startsAt: row.starts_at,
          sessionMinutes: contract.session_minutes,
        }),
        row.fits,
        row.why
      );
    });
  }

  test("every error key has a row, and both answers have rows", function (assert) {
    const errors = new Set(contract.checks.map((row) => row.error));
    assert.deepEqual(
      REQUEST_WINDOW_ERRORS.filter((key) => !errors.has(key)),
      []
    );
    assert.true(errors.has(null));
    assert.deepEqual(
      [...new Set(contract.fits.map((row) => row.fits))].sort(),
      [false, true]
    );
  });
});
