import QUnit from "qunit";
import columns from "../../../contract/stats_csv.json" with { type: "json" };
import {
  DEMO_TOPIC_ID,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import { CSV_HEADERS } from "../../browser/playground/api/stats-csv.ts";
import { statsHistory } from "../../browser/playground/api/stats-history.ts";
import { serverLocale } from "../support/server-locale.ts";
import { as, NOW, server } from "./fake-api.ts";

const { module, test } = QUnit;

const headers = serverLocale().en.volunteer_booking.stats as {
  csv: Record<string, string>;
};
/** The first line Ruby's CSV writes: a header with a comma is quoted. */
const headerLine = (order: readonly string[]) =>
  order
    .map((column) => headers.csv[column])
    .map((text) => (text.includes(",") ? `"${text}"` : text))
    .join(",");

module("playground stats CSV (contract/stats_csv.json)", function () {
  test("every header reads exactly as config/locales/server.en.yml", function (assert) {
    for (const column of [...columns.table, ...columns.bookings]) {
      assert.strictEqual(
        CSV_HEADERS[column as keyof typeof CSV_HEADERS],
        headers.csv[column],
        column
      );
    }
  });

  test("serves both downloads with the server's header lines, to organisers and staff", function (assert) {
    const api = server();
    api.data.bookings.push(...statsHistory(NOW));
    for (const [kind, order] of [
      ["table", columns.table],
      ["bookings", columns.bookings],
    ] as const) {
      for (const [who, url] of [
        [
          USERS.ann.id,
          `/volunteer-booking/topics/${DEMO_TOPIC_ID}/stats/export`,
        ],
        [USERS.sam.id, "/volunteer-booking/stats/export"],
      ] as const) {
        const answer = as(api, who)("GET", `${url}?kind=${kind}`);
        assert.strictEqual(answer.status, 200, `${kind} for ${who}`);
        assert.strictEqual(answer.contentType, "text/csv; charset=utf-8");
        const lines = (answer.body as string).trimEnd().split("\n");
        assert.strictEqual(lines[0], headerLine(order), `${kind} headers`);
        assert.true(lines.length > 2, `${kind} has rows`);
        assert.true(
          lines
            .slice(1)
            .every((line) => line.split(",").length === order.length),
          `${kind}: every row has every column`
        );
      }
    }
  });

  test("numbers bookers within the topic and holds nothing private", function (assert) {
    const api = server();
    const history = statsHistory(NOW);
    history[0].answers = { story: "a private answer" };
    history[0].feedback_comment = "a private comment";
    history[0].outcome_note = "a private note";
    api.data.bookings.push(...history);
    const answer = as(api, USERS.ann.id)(
      "GET",
      `/volunteer-booking/topics/${DEMO_TOPIC_ID}/stats/export?kind=bookings`
    );
    const csv = answer.body as string;
    assert.false(
      /private|@|eve|kim|fay/i.test(csv),
      "no answers, comments or bookers' names"
    );
    const numbers = new Set(
      csv
        .trimEnd()
        .split("\n")
        .slice(1)
        .map((line) => line.split(",")[1])
    );
    assert.deepEqual(
      [...numbers].sort(),
      ["1", "2", "3"],
      "three bookers, numbered"
    );
  });

  test("refuses volunteers and a download the stats do not offer", function (assert) {
    const api = server();
    const url = `/volunteer-booking/topics/${DEMO_TOPIC_ID}/stats/export`;
    assert.strictEqual(
      as(api, USERS.bob.id)("GET", `${url}?kind=table`).status,
      403
    );
    assert.strictEqual(
      as(api, USERS.ann.id)("GET", `${url}?kind=answers`).status,
      422
    );
  });
});
