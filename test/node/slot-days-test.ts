import QUnit from "qunit";
import { groupSlotsByDay } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/slot-days";

const { module, test } = QUnit;

const at = (starts_at: string) => ({ starts_at });

module("groupSlotsByDay", function () {
  test("no slots gives no days", function (assert) {
    assert.deepEqual(groupSlotsByDay([], "Europe/London"), []);
  });

  test("groups by the calendar date in the viewer's zone", function (assert) {
    const late = at("2026-06-03T23:30:00Z");
    const noon = at("2026-06-03T12:00:00Z");

    const london = groupSlotsByDay([late, noon], "Europe/London");
    assert.deepEqual(
      london.map((day) => [day.date, day.slots]),
      [
        ["2026-06-03", [noon]],
        ["2026-06-04", [late]],
      ],
      "23:30 UTC is 00:30 the next day in British Summer Time"
    );

    const newYork = groupSlotsByDay([late, noon], "America/New_York");
    assert.deepEqual(
      newYork.map((day) => [day.date, day.slots]),
      [["2026-06-03", [noon, late]]],
      "both are on the 3rd in New York"
    );

    const kiritimati = groupSlotsByDay([noon], "Pacific/Kiritimati");
    assert.strictEqual(kiritimati[0].date, "2026-06-04", "UTC+14");
  });

  test("sorts days ascending and slots by start, keeping the same objects", function (assert) {
    const slots = [
      at("2026-06-05T09:00:00Z"),
      at("2026-06-03T14:00:00Z"),
      at("2026-06-03T13:00:00Z"),
      at("2026-06-04T13:00:00.000Z"),
    ];
    const days = groupSlotsByDay(slots, "UTC");

    assert.deepEqual(
      days.map((day) => day.date),
      ["2026-06-03", "2026-06-04", "2026-06-05"]
    );
    assert.strictEqual(days[0].slots[0], slots[2]);
    assert.strictEqual(days[0].slots[1], slots[1]);
    assert.strictEqual(days[1].slots[0], slots[3]);
  });

  test("follows daylight saving in the viewer's zone", function (assert) {
    // London moves to BST at 01:00 UTC on 29 March 2026.
    const beforeMidnight = at("2026-03-28T23:30:00Z");
    const afterChange = at("2026-03-29T23:30:00Z");
    const days = groupSlotsByDay(
      [beforeMidnight, afterChange],
      "Europe/London"
    );

    assert.deepEqual(
      days.map((day) => day.date),
      ["2026-03-28", "2026-03-30"]
    );
  });

  test("an unknown zone throws a RangeError", function (assert) {
    assert.throws(
      () => groupSlotsByDay([at("2026-06-03T12:00:00Z")], "Mars/Olympus"),
      RangeError
    );
    assert.throws(() => groupSlotsByDay([], "Mars/Olympus"), RangeError);
  });
});
