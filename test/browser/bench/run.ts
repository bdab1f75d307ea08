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
 * first, which is the one a page pays, and the median.
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
    const started = performance.now();
    show();
    await renderSettled();
    times.push(performance.now() - started);
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
