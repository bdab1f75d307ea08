import QUnit from "qunit";
import { groupSlotsByDay } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/slot-days";

const { module, test } = QUnit;

module("groupSlotsByDay", function () {
  test("no slots gives no days", function (assert) {
    assert.deepEqual(groupSlotsByDay([], "Europe/London"), []);
  });
});
