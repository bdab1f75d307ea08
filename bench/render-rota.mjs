// Prints how long the rota grid takes to render 12 weeks with 50 volunteers
// on it, as an organiser sees it, in headless Chromium, production build.
// Budget: first render at most 100 ms on this machine.
// Run: node bench/render-rota.mjs  (after bin/test has installed things)
import { machineLoad, runBrowserBench } from "./support/browser-bench.mjs";

const {
  volunteers,
  weeks,
  cells,
  entries,
  listed,
  median_ms,
  first_ms,
  cpu_first_ms,
  cpu_median_ms,
} = await runBrowserBench("bench/index.html?bench=rota");
// A grid that failed to render would time nothing and look fast.
if (weeks === 0 || listed === 0) {
  throw new Error(`the rota rendered ${weeks} weeks and ${listed} entries`);
}
process.stdout.write(
  `rota grid, production build, headless Chromium: ${weeks} weeks, ${volunteers} volunteers, ` +
    `${cells} cells listing ${listed} of their ${entries} rota entries (the rest behind "Show N more")\n` +
    `  first render ${first_ms.toFixed(1)} ms (budget <= 100 ms), median of 15 re-renders ${median_ms.toFixed(1)} ms\n` +
    `  main thread's CPU time: first ${cpu_first_ms.toFixed(1)} ms, median ${cpu_median_ms.toFixed(1)} ms\n` +
    `  (${machineLoad()})\n`
);
