// End-to-end checks of the playground as people use it: starts bin/playground
// on a free port, drives headless chromium through its screens, then stops
// the server with SIGTERM. Prints TAP and one "N passed, N failed" line.
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium.mjs";
import {
  PEOPLE,
  screenExpectation,
  SCREENS,
  startPlayground,
} from "./screens.mjs";

const root = fileURLToPath(new URL("../../..", import.meta.url));

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    process.stdout.write(`ok ${results.length} - ${name}\n`);
  } catch (error) {
    results.push({ name, ok: false });
    process.stdout.write(
      `not ok ${results.length} - ${name}\n  # ${String(error?.stack ?? error).replaceAll("\n", "\n  # ")}\n`
    );
  }
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function equal(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  expect(a === e, `${message}: expected ${e}, got ${a}`);
}

const portIsFree = (port, host) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const host = "127.0.0.1";
const port = await freePort();
const playground = await startPlayground(root, {
  PORT: String(port),
  HOST: host,
});
const base = `http://${host}:${port}`;
const browser = await launchChromium();

/** The tab's viewer and screen, read from the page. */
const viewOf = (tab) =>
  tab.evaluate(`({
    as: document.querySelector(".playground__viewer select")?.value ?? null,
    screen: document.querySelector("main.playground")?.dataset.screen ?? null,
  })`);

async function open(tab, path) {
  await tab.goto(`${base}${path}`);
  await tab.waitFor(`document.querySelector("main.playground")`);
}

try {
  await check(
    "bin/playground says what it does and listens on PORT and HOST",
    async () => {
      for (const step of [
        "Checking Node",
        "Building the playground",
        "Starting the server",
      ]) {
        expect(
          playground.output().includes(step),
          `no "${step}" in:\n${playground.output()}`
        );
      }
      expect(
        playground.output().includes(`Playground: ${base}/`),
        `no "Playground: ${base}/" in:\n${playground.output()}`
      );
      const page = await fetch(`${base}/`);
      equal(page.status, 200, "GET /");
    }
  );

  const tab = await browser.newTab();
  for (const as of PEOPLE) {
    for (const screen of SCREENS) {
      const expected = screenExpectation(as, screen);
      await check(
        `?as=${as}&screen=${screen} shows ${expected.what}`,
        async () => {
          await open(tab, `/?as=${as}&screen=${screen}${expected.extra ?? ""}`);
          const found = await tab
            .waitFor(
              `(() => { const el = document.querySelector(${JSON.stringify(expected.selector)}); return el && el.textContent.replace(/\\s+/g, " ").trim(); })()`
            )
            .catch(() => null);
          expect(found, `nothing matches ${expected.selector}`);
          if (expected.text) {
            expect(
              found.includes(expected.text),
              `"${expected.text}" not in "${found}"`
            );
          }
          equal(await viewOf(tab), { as, screen }, "viewer and screen");
        }
      );
    }
  }

  await check(
    "no screen had a script error, a console error or a failed load (no favicon error)",
    async () => {
      equal(tab.problems, [], "problems");
    }
  );

  await check(
    "each tab keeps its own viewer, also on links without ?as=",
    async () => {
      const eve = await browser.newTab();
      const bob = await browser.newTab();
      await open(eve, "/?as=eve");
      await open(bob, "/?as=bob");
      await open(eve, "/?screen=messages");
      await open(bob, "/volunteer-booking");
      equal(await viewOf(eve), { as: "eve", screen: "messages" }, "Eve's tab");
      equal(await viewOf(bob), { as: "bob", screen: "volunteer" }, "Bob's tab");
      await open(eve, "/t/7");
      equal(
        await viewOf(eve),
        { as: "eve", screen: "topic" },
        "Eve's tab on /t/7"
      );
      await eve.close();
      await bob.close();
    }
  );

  await check(
    "the calendar download is fetched as the tab's person",
    async () => {
      const bob = await browser.newTab();
      await open(bob, "/?as=bob&screen=volunteer");
      const href = await bob.waitFor(
        `document.querySelector(".booking-card__calendar")?.getAttribute("href")`
      );
      expect(href.includes("as=bob"), `${href} does not name Bob`);
      const asBob = await bob.evaluate(
        `fetch(${JSON.stringify(href)}).then(async (r) => [r.status, r.headers.get("content-type"), (await r.text()).slice(0, 15)])`
      );
      equal(
        asBob,
        [200, "text/calendar; charset=utf-8", "BEGIN:VCALENDAR"],
        "as Bob"
      );
      const asEve = await fetch(`${base}${href.replace("as=bob", "as=eve")}`);
      expect(
        asEve.status >= 400,
        `Eve downloaded Bob's session: ${asEve.status}`
      );
      await bob.close();
    }
  );

  await check('"Open private message" keeps the viewer', async () => {
    const bob = await browser.newTab();
    await open(bob, "/?as=bob&screen=volunteer");
    const before = bob.loads;
    await bob.waitFor(
      `document.querySelector(".booking-card__private-message")`
    );
    await bob.evaluate(
      `document.querySelector(".booking-card__private-message").click()`
    );
    await bob.waitForLoad(before);
    await bob.waitFor(`document.querySelector("main.playground")`);
    equal(
      await viewOf(bob),
      { as: "bob", screen: "messages" },
      "after the click"
    );
    await bob.close();
  });

  await check(
    "every link the plugin renders leads to a playground screen or a download",
    async () => {
      const views = [
        "/?as=",
        "/?as=eve",
        "/?as=eve&screen=messages",
        "/?as=bob&screen=volunteer",
        "/?as=ann",
        "/?as=ann&screen=volunteer",
        "/?as=dee&screen=messages",
        "/?as=sam&screen=admin-friends",
        "/?as=sam&screen=group",
      ];
      const hrefs = new Set();
      for (const view of views) {
        await open(tab, view);
        await new Promise((resolve) => setTimeout(resolve, 700));
        for (const href of await tab.evaluate(
          `[...document.querySelectorAll("main a[href]")].map((a) => a.href)`
        )) {
          hrefs.add(href);
        }
      }
      for (const expected of [
        "/signup",
        "/login",
        "/t/7",
        "/volunteer-booking",
        "/g/friends",
        "/admin/users/",
        "calendar.ics",
        "/chat",
      ]) {
        expect(
          [...hrefs].some((h) => h.includes(expected)),
          `no link to ${expected} among ${[...hrefs].join(" ")}`
        );
      }
      const broken = [];
      for (const href of hrefs) {
        if (!href.startsWith(base)) {
          continue;
        }
        const response = await fetch(href);
        const body = await response.text();
        const kind = response.headers.get("content-type") ?? "";
        const screen =
          kind.startsWith("text/html") && body.includes('id="playground"');
        const download = /text\/(calendar|csv)/.test(kind);
        if (response.status !== 200 || !(screen || download)) {
          broken.push(`${href}: ${response.status} ${kind}`);
        }
      }
      equal(broken, [], "links that lead nowhere");
    }
  );

  await check(
    "visitors see no chat channel, in the menu or from the server",
    async () => {
      await open(tab, "/?as=");
      const menu = await tab.evaluate(
        `[...document.querySelectorAll(".playground__screens a")].map((a) => a.textContent.trim())`
      );
      expect(!menu.includes("Chat channel"), `menu: ${menu}`);
      const { announcements } = await (
        await fetch(`${base}/playground/channel`)
      ).json();
      equal(announcements, [], "announcements for a visitor");
      const asBob = await (
        await fetch(`${base}/playground/channel`, {
          headers: { "x-playground-user": "bob" },
        })
      ).json();
      expect(asBob.announcements.length > 0, "Bob sees no announcements");
    }
  );

  await check(
    "a newcomer finds a session to mark held or no-show, and a Friend's welcome",
    async () => {
      await open(tab, "/?as=bob&screen=volunteer");
      await tab.waitFor(
        `document.querySelector(".booking-card__mark-outcome")`
      );
      await open(tab, "/?as=dee&screen=messages");
      const welcome = await tab.waitFor(
        `document.querySelector(".playground-private-messages__welcome")?.textContent`
      );
      expect(welcome.includes("Welcome to Friends"), welcome);
    }
  );

  await check(
    "a modal: focus moves in, Tab stays inside, Escape closes and focus returns",
    async () => {
      await open(tab, "/?as=bob&screen=volunteer");
      const opener = ".volunteer-page__edit-time-off";
      await tab.waitFor(`document.querySelector("${opener}")`);
      await tab.evaluate(
        `(() => { const b = document.querySelector("${opener}"); b.focus(); b.click(); })()`
      );
      await tab.waitFor(
        `document.querySelector(".d-modal")?.contains(document.activeElement)`
      );
      for (let i = 0; i < 40; i++) {
        await tab.press("Tab", { shift: i % 7 === 6 });
        expect(
          await tab.evaluate(
            `document.querySelector(".d-modal").contains(document.activeElement)`
          ),
          `focus left the modal after ${i + 1} Tab presses`
        );
      }
      await tab.press("Escape");
      await tab.waitFor(`!document.querySelector(".d-modal")`);
      expect(
        await tab.evaluate(`document.activeElement?.matches("${opener}")`),
        "focus did not return to the button"
      );
    }
  );

  await check("Sam makes a new booking topic of a plain topic", async () => {
    await open(tab, "/?as=sam&topic=9");
    await tab.evaluate(
      `document.querySelector(".topic-admin-volunteer-booking-settings").click()`
    );
    await tab.waitFor(
      `document.querySelector(".d-modal .d-modal__footer .btn-primary:enabled")`
    );
    await tab.evaluate(
      `document.querySelector(".d-modal .d-modal__footer .btn-primary").click()`
    );
    await tab.waitFor(
      `document.querySelector(".d-modal [role=alert]")?.textContent.includes("Saved")`
    );
    await tab.press("Escape");
    await tab.waitFor(
      `!document.querySelector(".d-modal") && document.querySelector(".booking-widget")`
    );
    await open(tab, "/?as=sam&topic=9");
    await tab.waitFor(`document.querySelector(".booking-widget")`);
  });

  await check(
    "icons draw (no question-mark stand-in, no empty box)",
    async () => {
      await open(tab, "/?as=ann");
      await tab.waitFor(`document.querySelector(".d-icon")`);
      const blank =
        await tab.evaluate(`[...document.querySelectorAll(".d-icon")]
      .filter((icon) => !icon.querySelector("path")?.getAttribute("d") || icon.getBoundingClientRect().width === 0)
      .map((icon) => icon.getAttribute("class"))`);
      equal(blank, [], "icons without a drawing");
    }
  );

  await check(
    "the weekly gap message: Cat joins a Friday from its button, and the line says so",
    async () => {
      await open(tab, "/?as=cat&screen=channel");
      const line = ".playground-channel__gaps .playground-channel__gap";
      const first = await tab.waitFor(
        `document.querySelector("${line} .playground-channel__join") && document.querySelector("${line}").textContent.replace(/\\s+/g, " ").trim()`
      );
      expect(first.includes("London: 1 of 2: @bob"), first);
      await tab.evaluate(
        `document.querySelector("${line} .playground-channel__join").click()`
      );
      const edited = await tab.waitFor(
        `(() => { const text = document.querySelector("${line}").textContent; return text.includes("covered by") && text.replace(/\\s+/g, " ").trim(); })()`
      );
      expect(edited.includes("covered by @bob, @cat"), edited);
      equal(
        await tab.evaluate(
          `!!document.querySelector("${line}").querySelector(".playground-channel__join")`
        ),
        false,
        "no join button on a covered line"
      );
      expect(
        !(await tab.evaluate(
          `!!document.querySelector(".playground-channel [role=alert]")`
        )),
        "a refusal shown"
      );
    }
  );

  await check(
    "Eve asks for Mondays 9–11 New York, Bob offers from the channel and sets the time, Eve sees the booking",
    async () => {
      const page = await browser.newTab();
      const set = (selector, value, event) =>
        page.evaluate(`(() => {
          const field = document.querySelector(${JSON.stringify(selector)});
          field.value = ${JSON.stringify(value)};
          field.dispatchEvent(new Event("${event}", { bubbles: true }));
        })()`);
      const click = (selector) =>
        page.evaluate(
          `document.querySelector(${JSON.stringify(selector)}).click()`
        );

      await open(page, "/?as=eve");
      await page.waitFor(`document.querySelector(".booking-request__ask")`);
      await click(".booking-request__ask");
      await page.waitFor(`document.querySelector(".request-form")`);
      await set('[data-name="time_zone"] select', "America/New_York", "change");
      const echo = await page.waitFor(
        `document.querySelector(".request-form__echo")?.textContent.includes("New York") && document.querySelector(".request-form__echo").textContent.trim()`
      );
      expect(echo.startsWith("Mondays"), `echo: ${echo}`);
      await click(".request-form__next");
      await page.waitFor(`document.querySelector(".intake-form")`);
      await click('[data-name="ica_statement"] input');
      await set(
        '[data-name="story"] textarea',
        "Laid off, curious about co-ops.",
        "input"
      );
      await click(".intake-form__book");
      await page.waitFor(`document.querySelector(".request-card")`);

      await open(page, "/?as=bob&screen=channel");
      await page.waitFor(
        `document.querySelector(".playground-channel__offer:enabled")`
      );
      await click(".playground-channel__offer");
      await page.waitFor(
        `document.querySelector(".playground-channel__request .playground-channel__picked")?.textContent.includes("@bob")`
      );

      // A Monday at least two days ahead, 09:30 in New York, on Bob's
      // London clock (the page types it in his zone).
      // "2026-12-14 14:30:00": Swedish writes the wall clock ISO-like.
      const wall = (at, timeZone) =>
        new Date(at).toLocaleString("sv-SE", { timeZone });
      let day = Date.now() + 2 * 86_400_000;
      while (new Date(day).getUTCDay() !== 1) {
        day += 86_400_000;
      }
      const date = new Date(day).toISOString().slice(0, 10);
      const start = [13, 14]
        .map((hour) => Date.parse(`${date}T${hour}:30:00Z`))
        .find((at) => wall(at, "America/New_York").slice(11, 13) === "09");
      const [londonDate, londonTime] = wall(start, "Europe/London").split(" ");

      await open(page, "/?as=bob&screen=volunteer");
      await page.waitFor(`document.querySelector(".held-request")`);
      await set('.held-request [data-name="date"] input', londonDate, "input");
      await set(
        '.held-request [data-name="time"] input',
        londonTime.slice(0, 5),
        "input"
      );
      const fit = await page.waitFor(
        `document.querySelector(".held-request__fit")?.textContent.trim()`
      );
      equal(fit, "This time fits one of the requested times.", "live check");
      await click(".held-request__schedule");
      await page.waitFor(`!document.querySelector(".held-request")`);

      await open(page, "/?as=eve");
      const when = new Date(start).toISOString();
      const booked = await page.waitFor(
        `document.querySelector(".your-bookings .booking-card") && !document.querySelector(".request-card")`
      );
      expect(booked, "Eve sees no booking");
      const { bookings } = await (
        await fetch(`${base}/volunteer-booking/my-bookings`, {
          headers: { "x-playground-user": "eve" },
        })
      ).json();
      expect(
        bookings.some(
          (b) =>
            Date.parse(b.starts_at) === Date.parse(when) &&
            b.holder?.username === "bob"
        ),
        `no booking at ${when} picked up by Bob: ${JSON.stringify(bookings)}`
      );
      await page.close();
    }
  );
} finally {
  await browser.close().catch((error) => {
    process.stdout.write(`# closing chromium: ${error}\n`);
  });
}

await check("SIGTERM stops the server and frees the port", async () => {
  const code = await playground.stop("SIGTERM");
  equal(code, 0, "exit code");
  expect(await portIsFree(port, host), `port ${port} still taken`);
});

const failed = results.filter((r) => !r.ok).length;
const passed = results.length - failed;
process.stdout.write(
  `1..${results.length}\n# pass ${passed}\n# fail ${failed}\n${passed} passed, ${failed} failed\n`
);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
