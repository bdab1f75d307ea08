import axe from "axe-core";

/**
 * Runs axe-core over the rendered test and expects no violations; each
 * one is listed with the markup it was found in.
 */
export async function assertAccessible(assert: Assert): Promise<void> {
  const results = await axe.run(
    document.querySelector("#ember-testing") as HTMLElement
  );
  assert.deepEqual(
    results.violations.map(
      (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.html).join(" ")}`
    ),
    []
  );
}
