import axe from "axe-core";

/** WCAG 2.0–2.2 A and AA, which include target size (off by default). */
const RULE_SETS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
];

async function violations(scheme: string): Promise<string[]> {
  const results = await axe.run(
    document.querySelector("#ember-testing") as HTMLElement,
    { runOnly: { type: "tag", values: RULE_SETS } }
  );
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${scheme}: ${v.id}: ${n.html}: ${n.failureSummary ?? v.help}`
    )
  );
}

/**
 * Runs axe-core over the rendered test in Discourse's default light and
 * dark colour schemes and expects no violations; each one is listed with
 * the scheme, the markup it was found in and what axe found wrong.
 */
export async function assertAccessible(assert: Assert): Promise<void> {
  const root = document.documentElement;
  const found = await violations("light");
  root.classList.add("scheme-dark");
  try {
    found.push(...(await violations("dark")));
  } finally {
    root.classList.remove("scheme-dark");
  }
  assert.deepEqual(found, []);
}
