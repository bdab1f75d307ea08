import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  checkChatChannel,
  checkGroups,
  checkOrganiserKept,
} from "../browser/playground/api/setting-choices.ts";

const { module, test } = QUnit;

/** contract/setting_choices.json; README.md there says what each part means. */
interface Contract {
  automatic_group_ids: number[];
  groups: {
    why: string;
    requested: number[];
    stored: number[];
    choosable: number[];
    error: string | null;
  }[];
  chat_channel: {
    why: string;
    requested: number | null;
    stored: number | null;
    choosable: number[];
    error: string | null;
  }[];
  organiser_kept: {
    why: string;
    user: { id: number; staff?: boolean; groups: number[] };
    organiser_group_id: number | null;
    error: string | null;
  }[];
}

const contract = JSON.parse(
  readFileSync(
    new URL("../../contract/setting_choices.json", import.meta.url),
    "utf8"
  )
) as Contract;

module("contract: setting choices (in-memory API)", function () {
  for (const row of contract.groups) {
    test(`groups: ${row.why}`, function (assert) {
      assert.strictEqual(
        checkGroups(
          row.requested,
          row.stored,
          row.choosable,
          contract.automatic_group_ids
        ),
        row.error
      );
    });
  }

  for (const row of contract.chat_channel) {
    test(`chat channel: ${row.why}`, function (assert) {
      assert.strictEqual(
        checkChatChannel(row.requested, row.stored, row.choosable),
        row.error
      );
    });
  }

  for (const row of contract.organiser_kept) {
    test(`organiser kept: ${row.why}`, function (assert) {
      const user = {
        id: row.user.id,
        staff: row.user.staff ?? false,
        group_ids: row.user.groups,
        trust_level: 1,
      };
      assert.strictEqual(
        checkOrganiserKept(
          user,
          row.organiser_group_id,
          new Date("2026-12-07T12:00:00Z")
        ),
        row.error
      );
    });
  }
});
