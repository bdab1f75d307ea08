import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import QUnit from "qunit";
import { LIMITS } from "../browser/playground/api/limits.ts";

const { module, test } = QUnit;

const root = new URL("../..", import.meta.url).pathname;
const FOLDERS = ["assets", "admin/assets", "test/browser/playground/api"];
const SOURCE = /\.(?:ts|gts|js|gjs)$/;

/**
 * Ranges of the clock and calendar (a weekday, an hour, a few weeks): their
 * bounds, such as 8, are numbers found everywhere, not signs of a copy.
 */
const EVERYDAY = new Set([
  "gap_message_weekday",
  "gap_message_hour",
  "gap_horizon_weeks",
]);

/**
 * The numbers of contract/limits.json. 0 and 1 are left out: they are
 * every text's "empty allowed" or "required" and no sign of a copied limit.
 */
const NUMBERS = new Set(
  [
    ...Object.entries(LIMITS.ranges)
      .filter(([name]) => !EVERYDAY.has(name))
      .flatMap(([, r]) => [r.min, r.max, r.default]),
    ...Object.values(LIMITS.lengths),
    ...Object.values(LIMITS.counts),
  ].filter((n): n is number => typeof n === "number" && n > 1)
);

// A whole number, not the start of 2 ** 31 or 1.5.
const N = String.raw`(\d[\d_]*)(?![\d_.]|\s*[*+\-/%])`;

/** Where a number is a limit: FormKit rules, length caps, named caps, ranges. */
const LIMIT_CONTEXTS = [
  new RegExp(String.raw`\b(?:length|between):${N}(?:,${N})?`, "g"),
  new RegExp(
    String.raw`\b(?:max|min|maximum|minimum|max_?length|min_?length)\s*[:=]\s*["'{]*${N}`,
    "gi"
  ),
  new RegExp(
    String.raw`\b[A-Z0-9_]*(?:MAX|MIN|LIMIT|LENGTH|CAP)[A-Z0-9_]*\s*=\s*${N}`,
    "g"
  ),
  new RegExp(String.raw`\brange:\s*\[\s*${N}\s*,\s*${N}\s*\]`, "g"),
  // A named cap per kind: MAX_LENGTH = { text: 500, textarea: 5000 }.
  /\b[A-Z0-9_]*(?:MAX|MIN|LIMIT|LENGTH|CAP)[A-Z0-9_]*\s*=\s*\{([^{}]*)\}/g,
];

/** Comments may quote a limit: "e.g. between:5,240" explains, not enforces. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\{\{!--[\s\S]*?--\}\}/g, "");
}

/** Each limit written as a number in `source`, as the text that holds it. */
function copiedLimits(source: string): string[] {
  const text = withoutComments(source);
  return LIMIT_CONTEXTS.flatMap((context) =>
    [...text.matchAll(context)]
      .filter((match) =>
        match
          .slice(1)
          .flatMap((group) => group?.match(/\d[\d_]*/g) ?? [])
          .some((n) => NUMBERS.has(Number(n.replace(/_/g, ""))))
      )
      .map((match) => match[0])
  );
}

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), {
    recursive: true,
    withFileTypes: true,
  })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

module("limits are read from contract/limits.json", function () {
  test("the check finds a copied limit and leaves other numbers", function (assert) {
    assert.deepEqual(
      copiedLimits(
        [
          `@validation="required|length:1,500"`,
          "@validation={{concat 'between:5,' 240}}",
          "maxLength: 5000,",
          'maxlength="2000"',
          "const MAX_AT_ONCE = 50;",
          "const MAX_LENGTH = { text: 500, textarea: 5000 };",
          "follow_up_hours: { kind: 'integer', range: [0, 168] },",
        ].join("\n")
      ),
      [
        "length:1,500",
        "between:5",
        "maxLength: 5000",
        'maxlength="2000',
        "MAX_AT_ONCE = 50",
        "range: [0, 168]",
        "MAX_LENGTH = { text: 500, textarea: 5000 }",
      ]
    );
    assert.deepEqual(
      copiedLimits(
        [
          "const MAX_INTEGER = 2 ** 31 - 1;",
          "export const REFRESH_DELAY_MS = 500;",
          "`length:0,${limits.lengths.outcome_note}`",
          "weeks: { kind: 'integer', range: [1, 12] },",
          "maxLength: 64,",
          '/** FormKit rules, e.g. "required|integer|between:5,240". */',
          "  // at most 500 characters: max: 500",
        ].join("\n")
      ),
      []
    );
  });

  for (const file of FOLDERS.flatMap(sources)) {
    test(file, function (assert) {
      assert.deepEqual(
        copiedLimits(readFileSync(join(root, file), "utf8")),
        [],
        "write these as the limits the server sent (lib/limits.ts) or LIMITS"
      );
    });
  }
});
