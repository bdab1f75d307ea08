import QUnit from "qunit";
import {
  addDays,
  localDate,
  wallTimeToInstant,
  weekdayOf,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";

const { module, test } = QUnit;

module("zoned-time", function () {
  test("wallTimeToInstant keeps 13:00 London at 13:00 London all year", function (assert) {
    assert.strictEqual(
      wallTimeToInstant("2026-01-14", "13:00", "Europe/London"),
      "2026-01-14T13:00:00.000Z"
    );
    assert.strictEqual(
      wallTimeToInstant("2026-06-03", "13:00", "Europe/London"),
      "2026-06-03T12:00:00.000Z"
    );
    assert.strictEqual(
      wallTimeToInstant("2026-03-29", "13:00", "Europe/London"),
      "2026-03-29T12:00:00.000Z",
      "on the day clocks go forward"
    );
    assert.strictEqual(
      wallTimeToInstant("2026-10-25", "13:00", "Europe/London"),
      "2026-10-25T13:00:00.000Z",
      "on the day clocks go back"
    );
  });

  test("other zones, both hemispheres, and zones without DST", function (assert) {
    assert.strictEqual(
      wallTimeToInstant("2026-03-08", "09:00", "America/New_York"),
      "2026-03-08T13:00:00.000Z"
    );
    assert.strictEqual(
      wallTimeToInstant("2026-10-04", "09:00", "Australia/Sydney"),
      "2026-10-03T22:00:00.000Z"
    );
    assert.strictEqual(
      wallTimeToInstant("2026-07-01", "09:00", "Asia/Kolkata"),
      "2026-07-01T03:30:00.000Z"
    );
    assert.strictEqual(
      wallTimeToInstant("2026-11-01", "09:00", "America/Sao_Paulo"),
      "2026-11-01T12:00:00.000Z"
    );
  });

  test("a skipped wall time moves an hour later; a repeated one takes the first reading", function (assert) {
    assert.strictEqual(
      wallTimeToInstant("2026-03-29", "01:30", "Europe/London"),
      "2026-03-29T01:30:00.000Z",
      "01:30 does not exist; it becomes 02:30 BST"
    );
    assert.strictEqual(
      wallTimeToInstant("2026-11-01", "01:30", "America/New_York"),
      "2026-11-01T05:30:00.000Z",
      "01:30 happens twice; the EDT one is first"
    );
  });

  test("an unknown zone throws", function (assert) {
    assert.throws(
      () => wallTimeToInstant("2026-01-14", "13:00", "Mars/Olympus"),
      RangeError
    );
  });

  test("localDate, addDays and weekdayOf", function (assert) {
    assert.strictEqual(
      localDate("2026-06-03T23:30:00Z", "Europe/London"),
      "2026-06-04"
    );
    assert.strictEqual(addDays("2026-02-27", 2), "2026-03-01");
    assert.strictEqual(addDays("2026-03-28", 1), "2026-03-29");
    assert.strictEqual(addDays("2026-01-01", -1), "2025-12-31");
    assert.strictEqual(weekdayOf("2026-06-03"), 3, "a Wednesday");
    assert.strictEqual(weekdayOf("2026-06-07"), 0, "a Sunday");
  });
});
