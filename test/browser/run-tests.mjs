// Builds the test app with Ember's development build, runs it in headless
// Chromium through testem, and prints one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const bin = (name) =>
  fileURLToPath(new URL(`node_modules/.bin/${name}`, import.meta.url));

function run(command, args, env = {}) {
  const result = spawnSync(bin(command), args, {
    cwd: here,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return {
    status: result.status,
    stdout: result.stdout ?? "",
    stderr: (result.stderr ?? "") + (result.error ? String(result.error) : ""),
  };
}

function finish(passed, failed, code) {
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(code);
}

const build = run("vite", ["build", "--mode", "development"], {
  NODE_ENV: "development",
});
if (build.status !== 0) {
  process.stdout.write(build.stdout + build.stderr);
  finish(0, 1, 1);
}

const testem = run("testem", ["ci", "--port", "0"]);
process.stdout.write(testem.stdout);
if (testem.status !== 0) {
  process.stdout.write(testem.stderr);
}

const count = (name) =>
  Number(
    testem.stdout.match(new RegExp(`^# ${name}\\s+(\\d+)$`, "m"))?.[1] ?? 0
  );
const passed = count("pass");
const failed = count("fail");
const ok = testem.status === 0 && failed === 0 && passed > 0;
finish(passed, ok ? failed : Math.max(failed, 1), ok ? 0 : 1);
