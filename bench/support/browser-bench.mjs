// Builds the test app's benchmark pages (production build), serves them
// from this process and reads one page's result and trace out of headless
// Chromium.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { availableParallelism, loadavg } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../../test/browser/playground-tests/chromium.mjs";

const browserApp = fileURLToPath(
  new URL("../../test/browser/", import.meta.url)
);
const dist = join(browserApp, "dist-bench");
const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
};

function build() {
  execFileSync(
    join(browserApp, "node_modules/.bin/vite"),
    ["build", "--mode", "bench", "--logLevel", "error"],
    {
      cwd: browserApp,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: "inherit",
    }
  );
}

function serve() {
  return createServer((request, response) => {
    const path = normalize(join(dist, request.url.split("?")[0]));
    if (
      !path.startsWith(dist) ||
      !existsSync(path) ||
      !statSync(path).isFile()
    ) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": types[extname(path)] ?? "text/plain",
    });
    createReadStream(path).pipe(response);
  });
}

/** The machine's load, printed with the figures: they mean little under load. */
export function machineLoad() {
  return `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
}

/**
 * The main thread's CPU time of each round the page marked
 * ("bench-round-N-start" and "-end"), in ms, from the thread time Chromium
 * gives trace events on Linux: it moves far less than wall-clock time when
 * other work shares the machine.
 */
function cpuTimes(events) {
  const at = new Map(events.map((event) => [event.name, event.tts]));
  const times = [];
  for (let round = 0; at.has(`bench-round-${round}-end`); round++) {
    times.push(
      (at.get(`bench-round-${round}-end`) -
        at.get(`bench-round-${round}-start`)) /
        1000
    );
  }
  return times;
}

/** The page's `#result` text, and its trace's user-timing events. */
async function runInChromium(url) {
  const chromium = await launchChromium();
  try {
    const tab = await chromium.newTab();
    let result = "";
    const events = await tab.trace(["blink.user_timing"], async () => {
      await tab.goto(url);
      // Waits in the page rather than polling it: a poll would run inside
      // the rounds it times.
      result = await Promise.race([
        tab.evaluate(`new Promise((published) => {
          const element = document.getElementById("result");
          const check = () =>
            element.textContent.startsWith("{") && published(element.textContent);
          new MutationObserver(check).observe(element, { childList: true });
          check();
        })`),
        new Promise((_, late) =>
          setTimeout(() => late(new Error("no result in 60 s")), 60_000).unref()
        ),
      ]);
    });
    return { result, events };
  } finally {
    await chromium.close();
  }
}

/**
 * The JSON a page (e.g. "bench/index.html?bench=rota") leaves in its `#result` element,
 * with the main thread's CPU time of the first round and the median one
 * (`cpu_first_ms`, `cpu_median_ms`); exits the process when there is none.
 */
export async function runBrowserBench(page) {
  build();
  const server = serve();
  await new Promise((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address();
  const chromium = await runInChromium(
    `http://127.0.0.1:${port}/${page}`
  ).catch((error) => ({ result: "", events: [], error }));
  server.close();
  if (!chromium.result.startsWith("{")) {
    process.stderr.write(
      `No result from Chromium: ${chromium.error?.message ?? chromium.result}\n`
    );
    process.exit(1);
  }
  const cpu = cpuTimes(chromium.events);
  const sorted = [...cpu].sort((a, b) => a - b);
  return {
    ...JSON.parse(chromium.result),
    cpu_first_ms: cpu[0] ?? NaN,
    cpu_median_ms: sorted[Math.floor(sorted.length / 2)] ?? NaN,
  };
}
