import QUnit from "qunit";
import type { RequestWindow } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  describeRequestWindow,
  describeRequestWindows,
  nextWindowOccurrence,
  requestWindowError,
  requestWindowFits,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/request-windows";
import { LIMITS } from "../browser/playground/api/limits.ts";
import { clientI18n } from "./support/client-locale.ts";

const { module, test } = QUnit;

const mondays: RequestWindow = {
  weekday: 1,
  date: null,
  from: "09:00",
  to: "11:00",
};
const ninth: RequestWindow = {
  weekday: null,
  date: "2026-12-09",
  from: "13:00",
  to: "15:00",
};

module("request-windows", function () {
  test("describeRequestWindow words a window in the locale", function (assert) {
    const night: RequestWindow = {
      weekday: null,
      date: "2026-03-08",
      from: "01:00",
      to: "04:00",
    };
    const cases: [RequestWindow, string, string, string][] = [
      [mondays, "en-GB", "America/New_York", "Mondays, 09:00–11:00 (New York)"],
      [
        mondays,
        "en-US",
        "America/New_York",
        "Mondays, 9:00\u2009–\u200911:00\u202fAM (New York)",
      ],
      [ninth, "en-GB", "America/New_York", "Wed 9 Dec, 13:00–15:00 (New York)"],
      [ninth, "en-GB", "Europe/London", "Wed 9 Dec, 13:00–15:00 (London)"],
      // The clocks skip 02:00–03:00: the real length is written out.
      [
        night,
        "en-GB",
        "America/New_York",
        "Sun 8 Mar, 01:00\u2009–\u200904:00 (120 mins) (New York)",
      ],
    ];
    for (const [window, locale, timeZone, words] of cases) {
      assert.strictEqual(
        describeRequestWindow(window, timeZone, locale, clientI18n),
        words
      );
    }
  });

  test("describeRequestWindows words each window in the request's zone, in order", function (assert) {
    assert.deepEqual(
      describeRequestWindows(
        { windows: [ninth, mondays], time_zone: "Europe/London" },
        "en-GB",
        clientI18n
      ),
      ["Wed 9 Dec, 13:00–15:00 (London)", "Mondays, 09:00–11:00 (London)"]
    );
  });

  test("requestWindowError reads today in the requester's zone", function (assert) {
    const check = (timeZone: string, date: string) =>
      requestWindowError({
        windows: [{ ...ninth, date }],
        timeZone,
        sessionMinutes: 30,
        horizonDays: 28,
        maxWindows: LIMITS.counts.request_windows,
        // Monday 7 December in London and New York, Tuesday 8 in Auckland.
        now: new Date("2026-12-07T15:00:00Z"),
      });
    assert.strictEqual(check("America/New_York", "2026-12-07"), null);
    assert.strictEqual(
      check("Pacific/Auckland", "2026-12-07"),
      "request_window_past"
    );
    assert.strictEqual(check("Pacific/Auckland", "2027-01-05"), null);
    assert.strictEqual(
      check("Europe/London", "2027-01-05"),
      "request_window_beyond_horizon"
    );
  });

  test("requestWindowFits moves a weekly window with the clocks in a DST week", function (assert) {
    const fits = (startsAt: string) =>
      requestWindowFits({
        windows: [{ ...mondays, to: "09:30" }],
        timeZone: "America/New_York",
        startsAt,
        sessionMinutes: 30,
      });
    // 09:00 New York: 14:00 UTC in winter, 13:00 UTC from 14 March 2027.
    assert.true(fits("2027-03-08T14:00:00Z"));
    assert.false(fits("2027-03-08T13:00:00Z"));
    assert.true(fits("2027-03-15T13:00:00Z"));
    assert.false(fits("2027-03-15T14:00:00Z"));
  });

  test("requestWindowFits refuses a start that is not a time", function (assert) {
    assert.false(
      requestWindowFits({
        windows: [mondays],
        timeZone: "America/New_York",
        startsAt: "next Monday",
        sessionMinutes: 30,
      })
    );
  });

  test("nextWindowOccurrence finds the window's next opening in real time", function (assert) {
    // Monday 7 December 2026, 15:00 UTC: 10:00 in New York.
    const now = new Date("2026-12-07T15:00:00Z");
    assert.deepEqual(
      nextWindowOccurrence(mondays, "America/New_York", now),
      {
        starts_at: "2026-12-07T14:00:00.000Z",
        ends_at: "2026-12-07T16:00:00.000Z",
      },
      "today's, still open"
    );
    assert.deepEqual(
      nextWindowOccurrence(
        mondays,
        "America/New_York",
        new Date("2026-12-07T16:00:00Z")
      ),
      {
        starts_at: "2026-12-14T14:00:00.000Z",
        ends_at: "2026-12-14T16:00:00.000Z",
      },
      "closed today: next week's"
    );
    assert.strictEqual(
      nextWindowOccurrence(
        { ...ninth, date: "2026-12-06" },
        "America/New_York",
        now
      ),
      null,
      "a date gone by"
    );
  });
});
