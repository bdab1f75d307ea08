import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  checkCallLink,
  checkCallLinkTemplate,
  checkMeetingMode,
  expandCallLink,
  MEETING_MODES,
  type MeetingMode,
  pickUpCallLink,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/call-link";
import { LIMITS } from "../browser/playground/api/limits.ts";

const { module, test } = QUnit;

/** contract/call_links.json, which the Ruby core is run against too. */
interface Contract {
  modes: string[];
  checks: {
    why: string;
    kind: "template" | "link" | "mode";
    value: unknown;
    pad_to?: number;
    error: string | null;
    params?: Record<string, string | number>;
  }[];
  expansions: {
    why: string;
    template: string;
    token: string;
    booking: number;
    link: string;
  }[];
  pick_ups: {
    why: string;
    mode: MeetingMode;
    given: string | null;
    saved: string | null;
    link: string | null;
    error: string | null;
  }[];
}

const contract = JSON.parse(
  readFileSync(
    new URL("../../contract/call_links.json", import.meta.url),
    "utf8"
  )
) as Contract;

const MAX_LENGTH = LIMITS.lengths.call_link;

const checks = {
  template: (value: unknown) => checkCallLinkTemplate(value, MAX_LENGTH),
  link: (value: unknown) => checkCallLink(value, MAX_LENGTH),
  mode: checkMeetingMode,
};

module("contract: call links", function () {
  test("the same modes", function (assert) {
    assert.deepEqual([...MEETING_MODES], contract.modes);
  });

  for (const row of contract.checks) {
    test(`${row.kind}: ${row.why}`, function (assert) {
      const value =
        row.pad_to === undefined
          ? row.value
          : (row.value as string).padEnd(row.pad_to, "a");
      const result = checks[row.kind](value);
      assert.deepEqual(
        result,
        row.error === null
          ? null
          : { error: row.error, params: row.params ?? {} }
      );
    });
  }

  for (const row of contract.expansions) {
    test(`expands: ${row.why}`, function (assert) {
      const link = expandCallLink(row.template, row.token, row.booking);
      assert.strictEqual(link, row.link);
      assert.strictEqual(checkCallLink(link, MAX_LENGTH), null);
    });
  }

  for (const row of contract.pick_ups) {
    test(`picks up: ${row.why}`, function (assert) {
      const result = pickUpCallLink(row.mode, row.given, row.saved, MAX_LENGTH);
      const error = result.problem ? result.problem.error : null;
      assert.strictEqual(error, row.error);
      assert.strictEqual(result.link, row.link);
    });
  }
});
