import { readFileSync } from "node:fs";
import { join } from "node:path";
import QUnit from "qunit";
import { ICONS } from "../browser/stand-ins/icons.ts";
import { filesUnder, root } from "./support/files.ts";

const { module, test } = QUnit;

/** Discourse's default sprite, copied from its source (path and commit in the file). */
const defaults = new Set<string>(
  (
    JSON.parse(
      readFileSync(
        join(root, "test/node/data/discourse-svg-icons.json"),
        "utf8"
      )
    ) as { icons: string[] }
  ).icons
);

const quoted = (text: string) =>
  [...text.matchAll(/"([a-z0-9-]+)"/g)].map((match) => match[1]);

/** The body of the api-initializer's NOTIFICATION_ICONS table, if `source` has it. */
const iconTable = (source: string) =>
  source.match(/const NOTIFICATION_ICONS = \{([^}]*)\}/)?.[1];

/**
 * Icon names the front end uses: `@icon=` arguments (a string or the
 * strings of an `if`), `dIcon` calls, `icon:` keys, and the notification
 * icons table.
 */
function usedIcons(source: string): string[] {
  const used = [
    ...[
      ...source.matchAll(/@icon=(?:"([a-z0-9-]+)"|\{\{([^}]*)\}\})/g),
    ].flatMap((match) => (match[1] ? [match[1]] : quoted(match[2]))),
    ...[...source.matchAll(/dIcon\s+"([a-z0-9-]+)"/g)].map((m) => m[1]),
    ...[...source.matchAll(/\bicon:\s*"([a-z0-9-]+)"/g)].map((m) => m[1]),
  ];
  const table = iconTable(source);
  return table ? [...used, ...quoted(table)] : used;
}

const sources = ["assets/javascripts", "admin/assets/javascripts"].flatMap(
  (dir) => filesUnder(join(root, dir), /\.(gts|gjs|ts|js)$/)
);
const used = new Set(
  sources.flatMap((path) => usedIcons(readFileSync(path, "utf8")))
);
const registered = new Set(
  [
    ...readFileSync(join(root, "plugin.rb"), "utf8").matchAll(
      /^register_svg_icon "([a-z0-9-]+)"/gm
    ),
  ].map((match) => match[1])
);

const read = (path: string) => readFileSync(join(root, path), "utf8");

/** The kinds the Ruby Notifier sends (Notifier::KINDS). */
const notifierKinds: string[] =
  (
    read("app/side_effects/volunteer_booking/notifier.rb").match(
      /KINDS = %i\[([^\]]*)\]/
    )?.[1] ?? ""
  ).match(/\w+/g) ?? [];

/** The kinds the api-initializer's NOTIFICATION_ICONS gives an icon. */
const iconKinds = [
  ...(
    iconTable(
      read("assets/javascripts/discourse/api-initializers/volunteer-booking.ts")
    ) ?? ""
  ).matchAll(/^\s*(\w+):/gm),
].map((match) => match[1]);

module("icons", function () {
  test("finds the icons the plugin uses", function (assert) {
    for (const icon of ["plane", "calendar-check", "check", "user-minus"]) {
      assert.true(used.has(icon), icon);
    }
  });

  test("every icon used is in Discourse's default sprite or registered in plugin.rb", function (assert) {
    const missing = [...used].filter(
      (icon) => !defaults.has(icon) && !registered.has(icon)
    );
    assert.deepEqual(missing, []);
  });

  test("plugin.rb registers only icons it uses that the default sprite lacks", function (assert) {
    const needless = [...registered].filter(
      (icon) => defaults.has(icon) || !used.has(icon)
    );
    assert.deepEqual(needless, []);
  });

  test("every kind of notification the Ruby Notifier sends has its icon", function (assert) {
    assert.true(notifierKinds.includes("picked_up"), "reads Notifier::KINDS");
    assert.deepEqual(
      notifierKinds.filter((kind) => !iconKinds.includes(kind)),
      []
    );
    assert.deepEqual(
      iconKinds.filter((kind) => !notifierKinds.includes(kind)),
      [],
      "no icon for a kind the server never sends"
    );
  });

  test("the playground's icon stand-in draws every icon used", function (assert) {
    assert.deepEqual(
      [...used].filter((icon) => !(icon in ICONS)),
      []
    );
  });
});
