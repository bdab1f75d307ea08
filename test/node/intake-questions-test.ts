import QUnit from "qunit";
import type { IntakeQuestion } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  blankAnswers,
  nextQuestionId,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/intake-questions";

const { module, test } = QUnit;

const question = (id: string, type: IntakeQuestion["type"] = "text") => ({
  id,
  label: id,
  type,
  required: false,
});

module("intake-questions", function () {
  test("nextQuestionId never reuses an id", function (assert) {
    assert.strictEqual(nextQuestionId([]), "q1");
    assert.strictEqual(nextQuestionId([question("story")]), "q2");
    assert.strictEqual(
      nextQuestionId([question("q2"), question("q3")]),
      "q4",
      "skips ids already taken"
    );
  });

  test("blankAnswers", function (assert) {
    assert.deepEqual(
      blankAnswers([
        question("ica", "checkbox"),
        question("story", "textarea"),
      ]),
      { ica: false, story: "" }
    );
  });
});
