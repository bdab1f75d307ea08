import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import QUnit from "qunit";
import { filesUnder, root } from "./support/files.ts";

const { module, test } = QUnit;

const stylesheets = filesUnder(join(root, "assets/stylesheets"), /\.scss$/);
const pluginRb = readFileSync(join(root, "plugin.rb"), "utf8");

module("stylesheets", function () {
  // Discourse's breakpoints live in its lib/viewport mixins; a media query
  // of our own would drift from them.
  test("size the layout with Discourse's viewport mixins", function (assert) {
    const mediaQueries = stylesheets.filter((path) =>
      /@media[^{]*width/.test(readFileSync(path, "utf8"))
    );
    assert.deepEqual(
      mediaQueries.map((path) => relative(root, path)),
      []
    );
    const withoutUse = stylesheets.filter((path) => {
      const source = readFileSync(path, "utf8");
      return (
        source.includes("viewport.") &&
        !source.startsWith('@use "lib/viewport";')
      );
    });
    assert.deepEqual(
      withoutUse.map((path) => relative(root, path)),
      []
    );
  });

  // Only staff get Discourse's admin stylesheets (register_asset …, :admin).
  test("admin styles are registered for the admin stylesheet only", function (assert) {
    const admin = stylesheets.filter((path) => path.includes("/admin/"));
    assert.true(admin.length > 0, "there are admin styles");
    for (const path of admin) {
      const asset = relative(join(root, "assets"), path);
      assert.true(
        pluginRb.includes(`register_asset "${asset}", :admin`),
        `${asset} is registered as :admin`
      );
    }
    const common = readFileSync(
      join(root, "assets/stylesheets/common/index.scss"),
      "utf8"
    );
    for (const path of admin) {
      const name = path
        .split("/")
        .at(-1)!
        .replace(/\.scss$/, "");
      assert.false(common.includes(`"${name}"`), `${name} is not common`);
    }
  });
});
