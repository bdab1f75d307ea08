// What each playground screen shows each person, and starting bin/playground
// for the checks (run.mjs) and the accessibility report (report.mjs).
import { spawn } from "node:child_process";
import { SCREEN_IDS } from "../playground/view.ts";

/** Every `?screen=` id. */
export const SCREENS = SCREEN_IDS;

/** The people of `?as=` links, and "" for a visitor. */
export const PEOPLE = ["ann", "bob", "cat", "dee", "eve", "fay", "sam", ""];

/** Who may chat in the demo before an admin sets Friends up: Members, Sisters, staff. */
const CHATS = new Set(["ann", "bob", "cat", "sam"]);

const notice = (text) => ({
  what: `"${text}"`,
  selector: ".playground-page h1",
  text,
});

/** What `?as=<as>&screen=<screen>` must show: an element and its text. */
export function screenExpectation(as, screen) {
  switch (screen) {
    case "topic":
      return {
        what: "the booking topic",
        selector: ".playground__topic-title",
        text: "Digital Candle",
      };
    case "channel":
      return CHATS.has(as)
        ? {
            what: "the channel",
            selector: ".playground-channel h2",
            text: "Volunteers",
          }
        : notice("This chat channel is for volunteers");
    case "messages":
      return as
        ? {
            what: "their messages",
            selector: ".playground-private-messages h2",
            text: "Private messages",
          }
        : notice("Log in to continue");
    case "volunteer":
      return { what: "the volunteer page", selector: ".volunteer-page" };
    case "admin-friends":
      return as === "sam"
        ? { what: "the Friends setup", selector: ".friends-setup__title" }
        : notice("Admins only");
    case "sign-up":
      return notice("Sign up");
    case "log-in":
      return notice("Log in");
    case "group":
      return notice("Friends (@friends)");
    case "user":
      return { ...notice("Bob Worker (@bob)"), extra: "&user=bob" };
  }
  throw new Error(`no expectation for ${screen}`);
}

/**
 * Runs bin/playground with `env` and resolves once it serves; `output()` is
 * what it printed, `stop(signal)` signals it and resolves with its exit code.
 */
export function startPlayground(root, env) {
  const child = spawn("bin/playground", [], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal))
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`bin/playground did not start:\n${output}`)),
      600_000
    );
    const read = (chunk) => {
      output += chunk;
      if (/Playground: http:\/\/\S+/.test(output)) {
        clearTimeout(timer);
        resolve({
          output: () => output,
          stop(signal) {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    void exited.then((code) =>
      reject(new Error(`bin/playground exited (${code}):\n${output}`))
    );
  });
}
