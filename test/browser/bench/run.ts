import Application from "@ember/application";
import type Owner from "@ember/owner";
import { renderSettled } from "@ember/renderer";
import Resolver from "ember-resolver";

class BenchApp extends Application {
  modulePrefix = "volunteer-booking-bench";
  Resolver = Resolver.withModules({});
}

/** An owner for `renderComponent`, with no services but Ember's own. */
export async function benchOwner(): Promise<Owner> {
  const app = BenchApp.create({ autoboot: false });
  await app.boot();
  const owner = app.buildInstance();
  await owner.boot();
  return owner;
}

/**
 * Times `rounds` renders of `show()` from a cleared state (`clear()`): the
 * first, which is the one a page pays, and the median. Each time runs from
 * the tracked change to Glimmer's settled render: the components' getters,
 * the formatting and building and inserting the DOM. Modules are compiled
 * and the app booted before it starts, the clearing is outside it, and no
 * layout, style or font work is in it (the page has no stylesheet and
 * nothing reads layout). The first also compiles the templates' blocks,
 * which Glimmer does on first use, and runs on cold JIT: a page pays both.
 * Wall-clock time, so it means little on a loaded machine; each round is
 * also marked, for the runner to read the main thread's CPU time from
 * Chromium's trace.
 */
export async function timeRenders(
  rounds: number,
  clear: () => void,
  show: () => void
): Promise<{ first_ms: number; median_ms: number }> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    clear();
    await renderSettled();
    performance.mark(`bench-round-${round}-start`);
    const started = performance.now();
    show();
    await renderSettled();
    times.push(performance.now() - started);
    performance.mark(`bench-round-${round}-end`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    first_ms: times[0],
    median_ms: sorted[Math.floor(sorted.length / 2)],
  };
}

/** Where bench/support/browser-bench.mjs reads the result. */
export function publish(result: object): void {
  document.getElementById("result")!.textContent = JSON.stringify(result);
}
