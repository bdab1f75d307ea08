import QUnit from "qunit";
import { MESSAGES } from "../../browser/playground/api/messages.ts";
import { CSV_COLUMNS } from "../../browser/playground/api/stats-csv.ts";
import { serverLocale } from "../support/server-locale.ts";

const { module, test } = QUnit;

module("playground messages", function () {
  test("every refusal reads exactly as config/locales/server.en.yml", function (assert) {
    const locale = serverLocale();
    const strings = locale.en.volunteer_booking;
    const outsideErrors: Record<string, string[]> = {
      shift_label: ["shift_label"],
      deleted_user: ["deleted_user"],
      ics_description: ["ics", "description"],
    };

    for (const [key, text] of Object.entries(MESSAGES)) {
      assert.deepEqual(
        text,
        (outsideErrors[key] ?? ["errors", key]).reduce(
          (scope: unknown, name) => (scope as Record<string, unknown>)[name],
          strings
        ),
        key
      );
    }
  });

  test("the stats CSV's columns and headers are the server's", function (assert) {
    const csv = (
      serverLocale().en.volunteer_booking.stats as {
        csv: Record<string, string>;
      }
    ).csv;
    assert.deepEqual({ ...CSV_COLUMNS.table, ...CSV_COLUMNS.bookings }, csv);
  });
});
