import QUnit from "qunit";
import {
  blankRequestDraft,
  draftWindows,
  windowFromDraft,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/request-drafts";

const { module, test } = QUnit;

module("request-drafts", function () {
  test("a form's times become the windows the server takes", function (assert) {
    assert.deepEqual(
      windowFromDraft({
        kind: "weekly",
        weekday: "1",
        date: "2026-12-09",
        from: "09:00",
        to: "11:00",
      }),
      { weekday: 1, date: null, from: "09:00", to: "11:00" },
      "a weekly time drops the date the form kept"
    );
    assert.deepEqual(
      windowFromDraft({
        kind: "date",
        weekday: "1",
        date: "2026-12-09",
        from: "13:00",
        to: "15:00",
      }),
      { weekday: null, date: "2026-12-09", from: "13:00", to: "15:00" },
      "a dated time drops the weekday"
    );
  });

  test("times not filled in are left out", function (assert) {
    const draft = blankRequestDraft("America/New_York");
    assert.strictEqual(draft.time_zone, "America/New_York");
    draft.windows.push(
      { kind: "date", weekday: "1", date: null, from: "09:00", to: "10:00" },
      { kind: "weekly", weekday: "7", date: null, from: "09:00", to: "10:00" },
      { kind: "weekly", weekday: "2", date: null, from: "", to: "10:00" }
    );
    assert.deepEqual(draftWindows(draft), [
      { weekday: 1, date: null, from: "09:00", to: "11:00" },
    ]);
  });
});
