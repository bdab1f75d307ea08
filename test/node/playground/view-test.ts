import QUnit from "qunit";
import { screenRedirect } from "../../browser/playground/routes.ts";
import {
  readView,
  screenHref,
  VIEWER_KEY,
  withViewer,
} from "../../browser/playground/view.ts";

const { module, test } = QUnit;

/** sessionStorage as one tab has it. */
function tabStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

module("playground view", function () {
  test("?as= names the viewer and becomes the tab's", function (assert) {
    const storage = tabStorage({ [VIEWER_KEY]: "bob" });
    assert.deepEqual(readView("?as=eve&screen=messages", storage), {
      as: "eve",
      screen: "messages",
      topic: null,
      user: null,
    });
    assert.strictEqual(storage.items.get(VIEWER_KEY), "eve");
  });

  test("without ?as= the tab keeps its viewer; a new tab starts as the organiser", function (assert) {
    assert.strictEqual(
      readView("?screen=messages", tabStorage({ [VIEWER_KEY]: "bob" })).as,
      "bob"
    );
    assert.strictEqual(readView("", tabStorage()).as, "ann");
    assert.strictEqual(
      readView("?as=", tabStorage({ [VIEWER_KEY]: "bob" })).as,
      "",
      "an empty ?as= is a visitor"
    );
  });

  test("screens and topics read from the address; unknown ones fall back", function (assert) {
    const view = readView("?screen=stats-nope&topic=x", tabStorage());
    assert.strictEqual(view.screen, "topic");
    assert.strictEqual(view.topic, null);
    assert.strictEqual(readView("?topic=8", tabStorage()).topic, 8);
    assert.strictEqual(
      readView("?screen=user&user=bob", tabStorage()).user,
      "bob"
    );
  });

  test("withViewer puts the tab's viewer on the forum's own links only", function (assert) {
    assert.strictEqual(
      withViewer("/volunteer-booking/bookings/3/calendar.ics", "bob"),
      "/volunteer-booking/bookings/3/calendar.ics?as=bob"
    );
    assert.strictEqual(
      withViewer("/volunteer-booking/topics/7/stats/export?kind=table#x", ""),
      "/volunteer-booking/topics/7/stats/export?kind=table&as=#x"
    );
    assert.strictEqual(
      withViewer("/?screen=messages&as=ann", "eve"),
      "/?screen=messages&as=eve"
    );
    assert.strictEqual(
      withViewer("https://meet.example.org/room", "eve"),
      "https://meet.example.org/room"
    );
  });

  test("screenHref writes the links people share", function (assert) {
    assert.strictEqual(screenHref("eve", "topic", 7), "/?as=eve&topic=7");
    assert.strictEqual(
      screenHref("sam", "admin-friends", null),
      "/?as=sam&screen=admin-friends"
    );
    assert.strictEqual(
      screenHref(null, "user", null, { user: "bob" }),
      "/?screen=user&user=bob"
    );
  });
});

module("playground routes", function () {
  const to = (path: string) => {
    const url = new URL(path, "http://playground.invalid");
    return screenRedirect(url.pathname, url.searchParams);
  };

  test("each page of Discourse the plugin links to has a screen", function (assert) {
    assert.strictEqual(to("/t/7"), "/?topic=7");
    assert.strictEqual(to("/t/digital-candle/8/3?as=eve"), "/?as=eve&topic=8");
    assert.strictEqual(
      to("/volunteer-booking?as=bob"),
      "/?as=bob&screen=volunteer"
    );
    assert.strictEqual(to("/signup?as="), "/?as=&screen=sign-up");
    assert.strictEqual(to("/login"), "/?screen=log-in");
    assert.strictEqual(to("/chat"), "/?screen=channel");
    assert.strictEqual(to("/g/friends/requests"), "/?screen=group");
    assert.strictEqual(
      to("/admin/users/4/dee?as=sam"),
      "/?as=sam&screen=user&user=dee"
    );
    assert.strictEqual(to("/u/dee"), "/?screen=user&user=dee");
  });

  test("the API, files and the playground's own endpoints are not redirected", function (assert) {
    for (const path of [
      "/",
      "/volunteer-booking/bookings/3/calendar.ics",
      "/volunteer-booking/topics/7/slots",
      "/admin/plugins/discourse-volunteer-booking/friends.json",
      "/playground/session",
      "/assets/main.js",
    ]) {
      assert.strictEqual(to(path), null, path);
    }
  });
});
