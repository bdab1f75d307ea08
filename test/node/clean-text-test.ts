import QUnit from "qunit";
import {
  cleanText,
  textLength,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/clean-text";

const { module, test } = QUnit;

module("clean-text", function () {
  test("cuts every kind of invisible space from both ends", function (assert) {
    assert.strictEqual(cleanText("\u00A0laid off\u3000"), "laid off");
    assert.strictEqual(cleanText("\uFEFF\u200Bhello\u2060\u180E"), "hello");
    assert.strictEqual(cleanText(" \u2003\u202F\u205F\u1680 "), "");
    assert.strictEqual(cleanText("a\u00A0b"), "a\u00A0b", "keeps inner space");
  });

  test("removes control characters but tab and line feed", function (assert) {
    assert.strictEqual(cleanText("a\u0000b\u0007c\u0085d"), "abcd");
    assert.strictEqual(cleanText("a\tb\nc"), "a\tb\nc");
  });

  test("turns CRLF and CR into LF", function (assert) {
    assert.strictEqual(cleanText("one\r\ntwo\rthree"), "one\ntwo\nthree");
  });

  test("counts characters as Ruby does", function (assert) {
    assert.strictEqual(textLength("🙂a"), 2);
    assert.strictEqual("🙂a".length, 3, "where UTF-16 would count 3");
  });
});
