// Measures a running playground for a closing note, not a test: axe-core's
// WCAG 2.2 A/AA findings on every ?as&screen view in Discourse's light and
// dark schemes, and screenshots of the booking widget and the rota at
// desktop and phone widths.
//   node report.mjs BASE_URL OUT_DIR [--screenshots-only] [--prefix NAME]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { PEOPLE, screenExpectation, SCREENS } from "./screens.mjs";

const [base, out, ...flags] = process.argv.slice(2);
const screenshotsOnly = flags.includes("--screenshots-only");
const prefix = flags.includes("--prefix")
  ? flags[flags.indexOf("--prefix") + 1]
  : "after";
mkdirSync(out, { recursive: true });

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8"
);
// As tests/helpers/accessibility.ts: WCAG 2.0–2.2 A and AA.
const RULE_SETS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

const browser = await launchChromium();
const tab = await browser.newTab();

async function open(path) {
  await tab.goto(`${base}${path}`);
  await tab.waitFor(`document.querySelector("#playground > *")`);
  await settle();
}

try {
  if (!screenshotsOnly) {
    const rows = [];
    await tab.setViewport(1280, 900);
    for (const as of PEOPLE) {
      for (const screen of SCREENS) {
        for (const scheme of ["light", "dark"]) {
          const extra = screenExpectation(as, screen).extra ?? "";
          await open(
            `/?as=${as}&screen=${screen}${extra}${scheme === "dark" ? "&scheme=dark" : ""}`
          );
          await tab.evaluate(axeSource);
          const violations = await tab.evaluate(
            `axe.run(document, { runOnly: { type: "tag", values: ${JSON.stringify(RULE_SETS)} } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })))`
          );
          rows.push({ as, screen, scheme, violations });
        }
      }
    }
    writeFileSync(join(out, "axe.json"), JSON.stringify(rows, null, 2));
    const lines = [
      "| ?as | screen | scheme | violations (rule × elements) |",
      "| --- | --- | --- | --- |",
      ...rows.map(
        (r) =>
          `| ${r.as || "(visitor)"} | ${r.screen} | ${r.scheme} | ${
            r.violations.map((v) => `${v.id} × ${v.nodes}`).join(", ") || "none"
          } |`
      ),
    ];
    writeFileSync(join(out, "axe.md"), `${lines.join("\n")}\n`);
  }

  const shots = [
    ["booking-widget", "/?as=eve", ".booking-widget"],
    ["rota", "/?as=ann", ".rota-widget"],
  ];
  for (const [name, path, selector] of shots) {
    for (const width of [1280, 390]) {
      await tab.setViewport(width, 900);
      await open(path);
      writeFileSync(
        join(out, `${prefix}-${name}-${width}.png`),
        await tab.screenshot(selector)
      );
    }
  }
} finally {
  await browser.close();
}
