import QUnit from "qunit";
import { weekdayChoices } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/weekdays";
import { clientI18n } from "./support/client-locale.ts";

const { module, test } = QUnit;

module("weekdays", function () {
  test("weekdayChoices offers each weekday by its wday number, Sunday first", function (assert) {
    const choices = weekdayChoices(clientI18n);
    assert.deepEqual(
      choices.map((choice) => choice.weekday),
      [0, 1, 2, 3, 4, 5, 6]
    );
    assert.deepEqual(
      choices.map((choice) => choice.label),
      [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
      ]
    );
  });
});
