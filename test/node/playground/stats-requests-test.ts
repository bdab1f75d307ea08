import QUnit from "qunit";
import type {
  BookingRequestStatus,
  BookingStats,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import columns from "../../../contract/stats_csv.json" with { type: "json" };
import {
  DEMO_TOPIC_ID,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import type { FakeBookingRequest } from "../../browser/playground/api/requests.ts";
import {
  HISTORY_WEEKS,
  pastRequest,
  requestHistory,
} from "../../browser/playground/api/stats-history.ts";
import { as, NOW, server } from "./fake-api.ts";

const { module, test } = QUnit;

/** A request by Eve made at `createdAt`, of the demo topic (in London) unless said. */
const request = (
  id: number,
  createdAt: string,
  status: BookingRequestStatus = "open",
  bookingTopicId = 1
): FakeBookingRequest =>
  pastRequest({
    id,
    status,
    requesterId: USERS.eve.id,
    takerId: status === "taken" ? USERS.bob.id : null,
    createdAt,
    bookingTopicId,
  });

const MARCH = "from=2026-03-16&to=2026-04-05";

module(
  "playground stats: booking requests (BookingStats's WEEKLY)",
  function () {
    test("counts requests in the week they were made in the topic's zone, each by what became of it", function (assert) {
      const api = server();
      api.data.requests.push(
        // 23:30 UTC on Sunday 29 March is 00:30 on Monday 30 March in London (BST).
        request(1, "2026-03-29T23:30:00Z", "scheduled"),
        request(2, "2026-03-29T22:30:00Z", "withdrawn"),
        request(3, "2026-03-25T10:00:00Z", "expired"),
        request(4, "2026-03-25T10:00:00Z", "taken"),
        request(5, "2026-03-25T10:00:00Z"),
        // After the range's last London day, and another topic's.
        request(6, "2026-04-05T23:00:00Z"),
        request(7, "2026-03-25T10:00:00Z", "open", 2)
      );
      const topic = as(api, USERS.ann.id)(
        "GET",
        `/volunteer-booking/topics/${DEMO_TOPIC_ID}/stats?${MARCH}`
      );
      assert.strictEqual(topic.status, 200);
      const stats = topic.body as BookingStats;
      const weekOf = (monday: string) =>
        stats.weeks.find((week) => week.week === monday);
      assert.propContains(weekOf("2026-03-23"), {
        requested: 4,
        requests_scheduled: 0,
        requests_withdrawn: 1,
        requests_expired: 1,
        requests_open: 2,
      });
      assert.propContains(weekOf("2026-03-30"), {
        requested: 1,
        requests_scheduled: 1,
      });
      assert.propContains(stats.totals, { requested: 5, requests_open: 2 });
      assert.deepEqual(
        Object.keys(weekOf("2026-03-23")!).sort(),
        [...columns.table].sort(),
        "a week has the keys of StatsTable::COLUMNS, as contract/stats_csv.json lists them"
      );

      const all = as(api, USERS.sam.id)(
        "GET",
        `/volunteer-booking/stats?${MARCH}`
      ).body as BookingStats;
      assert.strictEqual(
        all.totals.requested,
        7,
        "every topic's for staff, in UTC, where 23:00 UTC on 5 April is still in the range"
      );
    });

    test("writes the requests into the weekly CSV", function (assert) {
      const api = server();
      api.data.requests.push(request(1, "2026-03-25T10:00:00Z", "scheduled"));
      const csv = as(api, USERS.ann.id)(
        "GET",
        `/volunteer-booking/topics/${DEMO_TOPIC_ID}/stats/export?kind=table&${MARCH}`
      ).body as string;
      // The row of the week of 23 March: the range's second.
      const cells = csv.trimEnd().split("\n")[2].split(",");
      const cell = (column: string) => cells[columns.table.indexOf(column)];
      assert.strictEqual(cell("week"), "2026-03-23");
      assert.strictEqual(cell("requested"), "1");
      assert.strictEqual(cell("requests_scheduled"), "1");
      assert.strictEqual(cell("requests_open"), "0");
    });

    test("the playground's history has requests in each past week, none still open", function (assert) {
      const api = server();
      api.data.requests.push(...requestHistory(NOW));
      const stats = as(api, USERS.ann.id)(
        "GET",
        `/volunteer-booking/topics/${DEMO_TOPIC_ID}/stats`
      ).body as BookingStats;
      const past = stats.weeks.slice(-HISTORY_WEEKS - 1, -1);
      assert.true(
        past.every((week) => week.requested > 0),
        "every past week"
      );
      assert.strictEqual(stats.totals.requests_open, 0);
      assert.true(
        stats.totals.requests_scheduled > stats.totals.requests_expired,
        "most were scheduled"
      );
    });
  }
);
