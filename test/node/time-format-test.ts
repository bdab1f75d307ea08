import QUnit from "qunit";
import {
  formatDateTimeRange,
  formatDay,
  formatDaySpan,
  formatShortDay,
  formatTime,
  formatTimeRange,
  formatZoneName,
  isKnownTimeZone,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/time-format";

const { module, test } = QUnit;

module("time-format", function () {
  test("formatDay names the calendar day in the locale", function (assert) {
    assert.strictEqual(formatDay("2026-06-03", "en-GB"), "Wednesday 3 June");
    assert.strictEqual(formatDay("2026-06-03", "en-US"), "Wednesday, June 3");
    assert.strictEqual(formatDay("2026-06-03", "de"), "Mittwoch, 3. Juni");
  });

  test("formatShortDay names a week's Monday briefly", function (assert) {
    assert.strictEqual(formatShortDay("2026-06-01", "en-GB"), "1 Jun");
    assert.strictEqual(formatShortDay("2026-06-01", "en-US"), "Jun 1");
  });

  test("formatDaySpan reads one day as one day", function (assert) {
    const spans = [
      ["2026-12-04", "2026-12-04", "en-GB", "Fri 4 Dec"],
      ["2026-12-04", "2026-12-06", "en-GB", "Fri 4 Dec\u2009–\u2009Sun 6 Dec"],
      [
        "2026-12-30",
        "2027-01-02",
        "en-US",
        "Wed, Dec 30, 2026\u2009–\u2009Sat, Jan 2, 2027",
      ],
    ];
    for (const [from, to, locale, label] of spans) {
      assert.strictEqual(
        formatDaySpan(from, to, locale),
        label,
        `${from} ${to}`
      );
    }
  });

  test("formatTime reads the instant in the viewer's zone", function (assert) {
    const at = "2026-06-03T12:00:00Z";
    assert.strictEqual(formatTime(at, "Europe/London", "en-GB"), "13:00");
    assert.strictEqual(formatTime(at, "America/New_York", "en-US"), "8:00 AM");
    assert.strictEqual(formatTime(at, "Asia/Kolkata", "en-GB"), "17:30");
  });

  test("formatTimeRange and formatDateTimeRange", function (assert) {
    const from = "2026-01-14T13:00:00Z";
    const to = "2026-01-14T13:30:00Z";
    assert.strictEqual(
      formatTimeRange(from, to, "Europe/London", "en-GB"),
      "13:00–13:30"
    );
    assert.strictEqual(
      formatDateTimeRange(from, to, "Australia/Sydney", "en-GB"),
      "Thursday 15 January, 00:00–00:30"
    );
  });

  test("formatTimeRange shares a clock range between days, never a day between ranges", function (assert) {
    assert.true(
      /^1:00\s–\s1:30\sPM$/.test(
        formatTimeRange(
          "2026-06-03T12:00:00Z",
          "2026-06-03T12:30:00Z",
          "Europe/London",
          "en-US"
        )
      )
    );
    assert.strictEqual(
      formatTimeRange(
        "2026-06-10T12:00:00Z",
        "2026-06-10T12:30:00Z",
        "Europe/London",
        "en-GB"
      ),
      "13:00–13:30",
      "another locale"
    );
    assert.strictEqual(
      formatTimeRange(
        "2026-06-10T12:00:00Z",
        "2026-06-10T12:30:00Z",
        "America/New_York",
        "en-GB"
      ),
      "08:00–08:30",
      "another zone"
    );
    // Across midnight each range names its own days, never a cached one's.
    for (const [day, from, to] of [
      ["03", "03/06/2026", "04/06/2026"],
      ["10", "10/06/2026", "11/06/2026"],
    ]) {
      assert.strictEqual(
        formatTimeRange(
          `2026-06-${day}T22:30:00Z`,
          `2026-06-${day}T23:30:00Z`,
          "Europe/London",
          "en-GB"
        ).replace(/\s/g, " "),
        `${from}, 23:30 – ${to}, 00:30`
      );
    }
  });

  test("formatZoneName follows daylight saving", function (assert) {
    assert.strictEqual(
      formatZoneName("Europe/London", "en-GB", "2026-06-03T12:00:00Z"),
      "British Summer Time"
    );
    assert.strictEqual(
      formatZoneName("Europe/London", "en-GB", "2026-01-14T12:00:00Z"),
      "Greenwich Mean Time"
    );
  });

  test("isKnownTimeZone", function (assert) {
    assert.true(isKnownTimeZone("America/Sao_Paulo"));
    assert.false(isKnownTimeZone("Mars/Olympus"));
    assert.false(isKnownTimeZone(""));
  });
});
