// A small Chrome DevTools Protocol client for Debian's headless chromium:
// enough to open tabs, wait for the page, run script in it, press keys and
// take screenshots, with no browser-automation package (node 22's
// WebSocket speaks to chromium directly).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--mute-audio",
  "--remote-debugging-port=0",
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts chromium and connects to it; `close()` stops it and removes its profile. */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), "playground-chromium-"));
  const child = spawn(
    "/usr/bin/chromium",
    [...FLAGS, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] }
  );
  const endpoint = await new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(
      () => reject(new Error(`chromium did not start: ${text}`)),
      30_000
    );
    child.stderr.on("data", (chunk) => {
      text += chunk;
      const match = text.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", () => reject(new Error(`chromium exited: ${text}`)));
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });

  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data);
    if (message.id && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) {
        reject(new Error(message.error.message));
      } else {
        resolve(message.result);
      }
    } else if (message.method) {
      listeners.forEach((listener) => listener(message));
    }
  };
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });

  return {
    /** A new tab: its own sessionStorage, as a tab a person opens is. */
    async newTab() {
      const { targetId } = await send("Target.createTarget", {
        url: "about:blank",
      });
      const { sessionId } = await send("Target.attachToTarget", {
        targetId,
        flatten: true,
      });
      return openTab(send, listeners, sessionId, targetId);
    },
    async close() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // Asked to close, chromium waits for its helpers before it exits.
      send("Browser.close").catch(() => child.kill("SIGTERM"));
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      socket.close();
      rmSync(profile, {
        recursive: true,
        force: true,
        maxRetries: 10,
        retryDelay: 200,
      });
    },
  };
}

async function openTab(send, listeners, sessionId, targetId) {
  const call = (method, params) => send(method, params, sessionId);
  /** What went wrong in the page: exceptions, console errors, failed loads. */
  const problems = [];
  let loaded = 0;
  listeners.add((message) => {
    if (message.sessionId !== sessionId) {
      return;
    }
    const { method, params } = message;
    if (method === "Page.loadEventFired") {
      loaded++;
    } else if (method === "Runtime.exceptionThrown") {
      problems.push(
        `exception: ${params.exceptionDetails.exception?.description ?? params.exceptionDetails.text}`
      );
    } else if (
      method === "Runtime.consoleAPICalled" &&
      params.type === "error"
    ) {
      problems.push(
        `console.error: ${params.args.map((a) => a.value ?? a.description).join(" ")}`
      );
    } else if (method === "Log.entryAdded" && params.entry.level === "error") {
      problems.push(
        `${params.entry.source}: ${params.entry.text} ${params.entry.url ?? ""}`
      );
    }
  });
  await call("Page.enable");
  await call("Runtime.enable");
  await call("Log.enable");

  const evaluate = async (expression) => {
    const { result, exceptionDetails } = await call("Runtime.evaluate", {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      throw new Error(
        exceptionDetails.exception?.description ?? exceptionDetails.text
      );
    }
    return result.value;
  };

  const tab = {
    problems,
    evaluate,
    /** Polls `expression` until it is truthy; its value, or an error after `ms`. */
    async waitFor(expression, ms = 10_000) {
      const until = Date.now() + ms;
      for (;;) {
        const value = await evaluate(expression).catch(() => null);
        if (value) {
          return value;
        }
        if (Date.now() > until) {
          throw new Error(`timed out waiting for ${expression}`);
        }
        await sleep(50);
      }
    },
    /** Loads `url` and waits for its load event. */
    async goto(url) {
      const before = loaded;
      await call("Page.navigate", { url });
      await tab.waitForLoad(before);
    },
    /** Waits for a load after `before` loads (a navigation the page made). */
    async waitForLoad(before) {
      const until = Date.now() + 15_000;
      while (loaded <= before) {
        if (Date.now() > until) {
          throw new Error("timed out waiting for the page to load");
        }
        await sleep(25);
      }
    },
    get loads() {
      return loaded;
    },
    /** A real key press, as the keyboard makes it (Tab moves focus). */
    async press(key, { shift = false } = {}) {
      const codes = { Tab: 9, Escape: 27, Enter: 13 };
      const base = {
        key,
        code: key,
        windowsVirtualKeyCode: codes[key],
        modifiers: shift ? 8 : 0,
      };
      await call("Input.dispatchKeyEvent", { type: "rawKeyDown", ...base });
      await call("Input.dispatchKeyEvent", { type: "keyUp", ...base });
    },
    async setViewport(width, height) {
      await call("Emulation.setDeviceMetricsOverride", {
        width,
        height,
        deviceScaleFactor: 1,
        mobile: width < 600,
      });
      // A full-page capture has no scrollbar; without one here too, centred
      // content stays where screenshot() measured it.
      await call("Emulation.setScrollbarsHidden", { hidden: true });
    },
    /**
     * A PNG of the page, or of the smallest box holding every element the
     * `selectors` find (one each, so two fieldsets can share a picture).
     */
    async screenshot(...selectors) {
      let clip;
      if (selectors.length > 0) {
        const rect = await tab.waitFor(
          `(() => {
            const rects = ${JSON.stringify(selectors)}.map((s) => document.querySelector(s)?.getBoundingClientRect());
            if (!rects.every((r) => r && r.height > 0)) { return null; }
            // A few whole pixels more, so a border on a half pixel stays in.
            const x = Math.max(0, Math.floor(Math.min(...rects.map((r) => r.left))) - 4);
            const y = Math.max(0, Math.floor(Math.min(...rects.map((r) => r.top))) - 4);
            const width = Math.ceil(Math.max(...rects.map((r) => r.right))) + 4 - x;
            const height = Math.ceil(Math.max(...rects.map((r) => r.bottom))) + 4 - y;
            return { x: x + scrollX, y: y + scrollY, width, height };
          })()`
        );
        clip = { ...rect, scale: 1 };
      }
      const { data } = await call("Page.captureScreenshot", {
        format: "png",
        captureBeyondViewport: true,
        ...(clip && { clip }),
      });
      return Buffer.from(data, "base64");
    },
    close: () => send("Target.closeTarget", { targetId }),
    /** The trace events of `categories` recorded while `work()` runs. */
    async trace(categories, work) {
      const events = [];
      let complete;
      const completed = new Promise((resolve) => (complete = resolve));
      const collect = (message) => {
        if (message.sessionId !== sessionId) {
          return;
        }
        if (message.method === "Tracing.dataCollected") {
          events.push(...message.params.value);
        } else if (message.method === "Tracing.tracingComplete") {
          complete();
        }
      };
      listeners.add(collect);
      await call("Tracing.start", {
        transferMode: "ReportEvents",
        traceConfig: { includedCategories: categories },
      });
      try {
        await work();
      } finally {
        await call("Tracing.end");
        await completed;
        listeners.delete(collect);
      }
      return events;
    },
  };
  return tab;
}
