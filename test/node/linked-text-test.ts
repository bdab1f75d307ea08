import QUnit from "qunit";
import {
  linkedText,
  webUrl,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/linked-text";

const { module, test } = QUnit;

module("linked-text", function () {
  test("links in a pause message become links, the rest stays text", function (assert) {
    assert.deepEqual(
      linkedText("Back in January. See https://example.org/news, or ask."),
      [
        { text: "Back in January. See " },
        { text: "https://example.org/news", url: "https://example.org/news" },
        { text: ", or ask." },
      ]
    );
    assert.deepEqual(linkedText("No links here"), [{ text: "No links here" }]);
    assert.deepEqual(linkedText(""), []);
  });

  test("a hostile message stays text", function (assert) {
    const hostile =
      '<img src=x onerror=alert(1)> javascript:alert(1) "https://a.example/"><script>alert(2)</script>';
    const parts = linkedText(hostile);
    assert.deepEqual(
      parts.filter((part) => part.url).map((part) => part.url),
      ["https://a.example/"],
      "only the http(s) link is a link, cut before the quote"
    );
    assert.strictEqual(
      parts.map((part) => part.text).join(""),
      hostile,
      "nothing is lost or added"
    );
  });

  test("webUrl takes http and https only", function (assert) {
    assert.strictEqual(webUrl("https://ica.coop/en"), "https://ica.coop/en");
    assert.strictEqual(webUrl("http://ica.coop"), "http://ica.coop/");
    assert.strictEqual(webUrl(["javascript", "alert(1)"].join(":")), null);
    assert.strictEqual(webUrl("ftp://ica.coop"), null);
    assert.strictEqual(webUrl("ica.coop"), null);
    assert.strictEqual(webUrl(""), null);
  });
});
