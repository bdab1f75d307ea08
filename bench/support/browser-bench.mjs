// Builds the test app's benchmark pages (production build), serves them
// from this process and reads one page's result out of headless Chromium.
import { execFile, execFileSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { availableParallelism, loadavg } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

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
 * The JSON a page (e.g. "bench/index.html?bench=rota") leaves in its `#result` element;
 * exits the process when there is none.
 */
export async function runBrowserBench(page) {
  build();
  const server = serve();
  await new Promise((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address();
  // The page is served from this process, so Chromium must run alongside it.
  const chromium = await promisify(execFile)(
    "chromium",
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--user-data-dir=${join(browserApp, "tmp/bench-profile")}`,
      // Not --virtual-time-budget: virtual time stands still while a task
      // runs, so performance.now() would time every render at 0 ms.
      "--timeout=60000",
      "--dump-dom",
      `http://127.0.0.1:${port}/${page}`,
    ],
    { encoding: "utf8", timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }
  ).catch((error) => error);
  server.close();
  const result = /<pre id="result">([^<]*)<\/pre>/.exec(
    chromium.stdout ?? ""
  )?.[1];
  if (!result || !result.startsWith("{")) {
    process.stderr.write(
      `No result from Chromium: ${chromium.message ?? ""}\n${(chromium.stdout ?? "").slice(-1500)}\n`
    );
    process.exit(1);
  }
  return JSON.parse(result.replace(/&quot;/g, '"'));
}
