// Prints how long the slot picker takes to render 8 weeks of slots (336) in
// headless Chromium. Target: a median of at most 50 ms on this machine.
// Run: node bench/render-slots.mjs  (after bin/test has installed things)
import { execFile, execFileSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const browserApp = fileURLToPath(new URL("../test/browser/", import.meta.url));
const dist = join(browserApp, "dist-bench");

execFileSync(
  join(browserApp, "node_modules/.bin/vite"),
  ["build", "--mode", "bench", "--logLevel", "error"],
  {
    cwd: browserApp,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  }
);

const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
};
const server = createServer((request, response) => {
  const path = normalize(
    join(
      dist,
      request.url === "/" ? "bench/index.html" : request.url.split("?")[0]
    )
  );
  if (!path.startsWith(dist) || !existsSync(path) || !statSync(path).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    "content-type": types[extname(path)] ?? "text/plain",
  });
  createReadStream(path).pipe(response);
});

// The page is served from this process, so Chromium must run alongside it.
server.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
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
      "--virtual-time-budget=30000",
      "--dump-dom",
      `http://127.0.0.1:${port}/`,
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
  const { slots, rendered, median_ms, first_ms } = JSON.parse(
    result.replace(/&quot;/g, '"')
  );
  process.stdout.write(
    `slot picker, production build, headless Chromium: ${rendered} of ${slots} slots rendered\n` +
      `  first render ${first_ms.toFixed(1)} ms, median of 15 renders ${median_ms.toFixed(1)} ms (target <= 50 ms)\n`
  );
});
