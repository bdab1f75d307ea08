import { assert as emberAssert } from "@ember/debug";
import { module, test } from "qunit";

// Ember's assertions only run in its development build; without them a
// component misusing Ember APIs would pass here and fail on a forum.
module("Test build", function () {
  test("runs Ember's development build", function (assert) {
    assert.throws(
      () => emberAssert("dev-assert-probe", false),
      /dev-assert-probe/
    );
  });
});
