// Prints how long the slot picker takes to render 8 weeks of slots (320) in
// headless Chromium, production build. Budget: first render at most 60 ms,
// median re-render at most 25 ms on this machine.
// Run: node bench/render-slots.mjs  (after bin/test has installed things)
import { machineLoad, runBrowserBench } from "./support/browser-bench.mjs";

const { slots, rendered, median_ms, first_ms, cpu_first_ms, cpu_median_ms } =
  await runBrowserBench("bench/index.html");
process.stdout.write(
  `slot picker, production build, headless Chromium: ${rendered} of ${slots} slots rendered\n` +
    `  first render ${first_ms.toFixed(1)} ms (budget <= 60 ms), median of 15 re-renders ${median_ms.toFixed(1)} ms (budget <= 25 ms)\n` +
    `  main thread's CPU time: first ${cpu_first_ms.toFixed(1)} ms, median ${cpu_median_ms.toFixed(1)} ms\n` +
    `  (${machineLoad()})\n`
);
