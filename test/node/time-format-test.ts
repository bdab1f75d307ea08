import QUnit from "qunit";
import {
  formatDateTimeRange,
  formatDay,
  formatDaySpan,
  formatMinutes,
  formatShortDay,
  formatTime,
  formatTimeRange,
  formatZoneName,
  intlLocale,
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
      ["03", "Wed", "Thu"],
      ["13", "Sat", "Sun"],
    ]) {
      assert.strictEqual(
        formatTimeRange(
          `2026-06-${day}T22:30:00Z`,
          `2026-06-${day}T23:30:00Z`,
          "Europe/London",
          "en-GB"
        ).replace(/\s/g, " "),
        `${from} 23:30 – ${to} 00:30`
      );
    }
  });

  test("a slot crossing midnight names both days, in the locale's clock", function (assert) {
    const from = "2026-06-03T22:30:00Z";
    const to = "2026-06-03T23:30:00Z";
    assert.strictEqual(
      formatTimeRange(from, to, "Europe/London", "en").replace(/\s/g, " "),
      "Wed 11:30 PM – Thu 12:30 AM"
    );
    assert.strictEqual(
      formatDateTimeRange(from, to, "Europe/London", "en-GB").replace(
        /\s/g,
        " "
      ),
      "Wednesday 3 June at 23:30 – Thursday 4 June at 00:30"
    );
    assert.strictEqual(
      formatTimeRange(from, to, "America/New_York", "en-GB"),
      "18:30–19:30",
      "the same hour on one day elsewhere"
    );
  });

  test("a daylight-saving night shows the real length", function (assert) {
    const cases = [
      // Clocks go forward at 01:00 GMT: 00:30 GMT to 02:30 BST is an hour.
      [
        "2026-03-29T00:30:00Z",
        "2026-03-29T01:30:00Z",
        "Europe/London",
        "00:30 – 02:30 (60 mins)",
      ],
      // Clocks go back at 02:00 BST: 01:30 BST to 01:30 GMT.
      [
        "2026-10-25T00:30:00Z",
        "2026-10-25T01:30:00Z",
        "Europe/London",
        "01:30 – 01:30 (60 mins)",
      ],
      // New York springs forward at 02:00 EST.
      [
        "2026-03-08T06:30:00Z",
        "2026-03-08T07:30:00Z",
        "America/New_York",
        "01:30 – 03:30 (60 mins)",
      ],
      // and falls back at 02:00 EDT: 01:30 EDT to 01:00 EST is half an hour.
      [
        "2026-11-01T05:30:00Z",
        "2026-11-01T06:00:00Z",
        "America/New_York",
        "01:30 – 01:00 (30 mins)",
      ],
      // An ordinary night keeps the plain range.
      [
        "2026-03-22T00:30:00Z",
        "2026-03-22T01:30:00Z",
        "Europe/London",
        "00:30–01:30",
      ],
    ];
    for (const [from, to, zone, label] of cases) {
      assert.strictEqual(
        formatTimeRange(from, to, zone, "en-GB").replace(/\s/g, ""),
        label.replace(/\s/g, ""),
        `${zone} ${from}`
      );
    }
    assert.true(
      formatDateTimeRange(
        "2026-03-08T06:30:00Z",
        "2026-03-08T07:30:00Z",
        "America/New_York",
        "en"
      ).endsWith("(60 min)"),
      "the booking's own label too"
    );
  });

  test("formatMinutes words a length in the locale", function (assert) {
    assert.strictEqual(formatMinutes(30, "en"), "30 min");
    assert.strictEqual(formatMinutes(90, "de"), "90 Min.");
  });

  test("intlLocale reads Discourse's locale names", function (assert) {
    assert.strictEqual(intlLocale("en_GB"), "en-GB");
    assert.strictEqual(intlLocale("pt_BR"), "pt-BR");
    assert.strictEqual(intlLocale("en"), "en");
    assert.strictEqual(intlLocale(""), "en");
    assert.strictEqual(intlLocale(undefined), "en");
    assert.strictEqual(intlLocale("not a locale!"), "en");
  });

  test("en and en_GB differ in clock and date order", function (assert) {
    const from = "2026-06-03T12:00:00Z";
    const to = "2026-06-03T12:30:00Z";
    const us = intlLocale("en");
    const gb = intlLocale("en_GB");
    assert.strictEqual(
      formatTimeRange(from, to, "Europe/London", gb),
      "13:00–13:30"
    );
    assert.true(
      /^1:00\s–\s1:30\sPM$/.test(formatTimeRange(from, to, "Europe/London", us))
    );
    assert.strictEqual(formatDay("2026-06-03", gb), "Wednesday 3 June");
    assert.strictEqual(formatDay("2026-06-03", us), "Wednesday, June 3");
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
