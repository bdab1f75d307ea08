import { readFileSync } from "node:fs";
import QUnit from "qunit";
import { calendar, type IcsBooking } from "../browser/playground/api/ics.ts";

const { module, test } = QUnit;

/** contract/ics.json, which the Ruby core is run against too. */
interface Contract {
  host: string;
  now: string;
  bookings: Record<string, IcsBooking>;
  calendars: {
    why: string;
    bookings: (Partial<IcsBooking> & { base: string })[];
    lines: string[];
  }[];
}

const contract = JSON.parse(
  readFileSync(new URL("../../contract/ics.json", import.meta.url), "utf8")
) as Contract;

module("contract: .ics (in-memory API)", function () {
  for (const row of contract.calendars) {
    test(row.why, function (assert) {
      const bookings = row.bookings.map(({ base, ...over }) => ({
        ...contract.bookings[base],
        ...over,
      }));
      assert.strictEqual(
        calendar(bookings, contract.host, new Date(contract.now)),
        row.lines.map((line) => `${line}\r\n`).join("")
      );
    });
  }
});
