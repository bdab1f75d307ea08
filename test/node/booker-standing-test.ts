import QUnit from "qunit";
import {
  atBookingLimit,
  slotMark,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/booker-standing";

const { module, test } = QUnit;

const at = (from: string, to: string, available = 1) => ({
  starts_at: `2026-06-03T${from}:00Z`,
  ends_at: `2026-06-03T${to}:00Z`,
  available,
});

module("booker-standing", function () {
  test("slotMark: the booker's own time is theirs, not full", function (assert) {
    const own = [at("13:00", "13:30")];
    assert.strictEqual(slotMark(at("13:00", "13:30", 0), own), "yours");
    assert.strictEqual(slotMark(at("13:00", "13:30", 2), own), "yours");
    assert.strictEqual(
      slotMark(at("13:15", "13:45"), own),
      "yours",
      "an overlapping time in another shift is taken by the same session"
    );
    assert.strictEqual(
      slotMark(at("13:30", "14:00"), own),
      "open",
      "touching is not overlapping"
    );
    assert.strictEqual(slotMark(at("14:00", "14:30", 0), own), "full");
    assert.strictEqual(slotMark(at("14:00", "14:30"), []), "open");
  });

  test("slotMark: the booking being moved frees all but its own slot", function (assert) {
    const moving = at("13:00", "13:30");
    const own = [moving, at("15:00", "15:30")];
    assert.strictEqual(slotMark(at("13:00", "13:30"), own, moving), "yours");
    assert.strictEqual(slotMark(at("13:15", "13:45"), own, moving), "open");
    assert.strictEqual(slotMark(at("15:00", "15:30"), own, moving), "yours");
  });

  test("atBookingLimit counts upcoming bookings only", function (assert) {
    const now = Date.parse("2026-06-03T12:00:00Z");
    const upcoming = at("13:00", "13:30");
    const started = at("11:50", "12:20");
    assert.true(atBookingLimit([upcoming], 1, now));
    assert.false(atBookingLimit([upcoming], 2, now));
    assert.false(
      atBookingLimit([started], 1, now),
      "a session under way does not count, as the server's rule"
    );
    assert.false(atBookingLimit([upcoming, upcoming], null, now), "no limit");
    assert.false(atBookingLimit([], 1, now));
  });
});
