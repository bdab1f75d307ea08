// Screenshots for closing notes, not a test: booking requests and gap
// recruiting (issue 18) — the request form, its announcement in the chat
// channel, the weekly gap message and the booking settings' fieldsets — and
// the organisers' stats view (issue 19), at desktop and phone widths. It
// sends Eve's request, so it needs a freshly started playground.
//   node screenshots.mjs BASE_URL OUT_DIR
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "./chromium.mjs";

const [base, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const WIDTHS = [
  ["desktop", 1280],
  ["390", 390],
];

const browser = await launchChromium();
const tab = await browser.newTab();

async function open(path) {
  await tab.goto(`${base}${path}`);
  await tab.waitFor(`document.querySelector("main.playground")`);
}

/** Clicks `selector` once the page has drawn it. */
async function click(selector) {
  const found = `document.querySelector(${JSON.stringify(selector)})`;
  await tab.waitFor(found);
  await tab.evaluate(`${found}.click()`);
}

/** Types `value` into a field as a person would, so FormKit sees it. */
const type = (selector, value) =>
  tab.evaluate(`(() => {
    const field = document.querySelector(${JSON.stringify(selector)});
    field.value = ${JSON.stringify(value)};
    field.dispatchEvent(new Event("input", { bubbles: true }));
  })()`);

/** Picks the option a person reads as `label` (FormKit's values are encoded). */
const choose = (selector, label) =>
  tab.evaluate(`(() => {
    const field = document.querySelector(${JSON.stringify(selector)});
    const option = [...field.options].find((o) => o.textContent.trim() === ${JSON.stringify(label)});
    field.value = option.value;
    field.dispatchEvent(new Event("change", { bubbles: true }));
  })()`);

/** Writes the picture of `selectors`, and says if the page is wider than the screen. */
async function save(name, label, ...selectors) {
  const file = join(out, `${name}-${label}.png`);
  writeFileSync(file, await tab.screenshot(...selectors));
  const overflow = await tab.evaluate(
    `document.documentElement.scrollWidth - document.documentElement.clientWidth`
  );
  process.stdout.write(
    `${file}${overflow > 0 ? ` (the page is ${overflow} px wider than the screen)` : ""}\n`
  );
}

/** Eve's form, one weekly time filled in and read back in words. */
async function fillRequestForm() {
  await open("/?as=eve");
  const shown = await tab.waitFor(
    `document.querySelector(".booking-request__ask, .request-card")?.className`
  );
  if (shown.includes("request-card")) {
    throw new Error(
      "Eve has sent a request already: restart bin/playground first"
    );
  }
  await click(".booking-request__ask");
  await tab.waitFor(`document.querySelector(".request-form")`);
  await choose('[data-name="windows.0.weekday"] select', "Tuesday");
  await type('[data-name="windows.0.from"] input', "17:30");
  await type('[data-name="windows.0.to"] input', "19:00");
  await choose('[data-name="time_zone"] select', "Europe/London");
  await type('[data-name="note"] textarea', "After work suits me best.");
  await tab.waitFor(
    `document.querySelector(".request-form__echo")?.textContent.includes("Tuesdays")`
  );
}

/** Sends the filled-in form, so the channel has a request to announce. */
async function sendRequest() {
  await click(".request-form__next");
  await tab.waitFor(`document.querySelector(".intake-form")`);
  await click('[data-name="ica_statement"] input');
  await type('[data-name="story"] textarea', "Laid off, curious about co-ops.");
  await click(".intake-form__book");
  await tab.waitFor(`document.querySelector(".request-card")`);
}

/**
 * Ann's stats view of the first demo topic, the playground's twelve weeks
 * of history: waits for the chart's bars, as Chart.js draws on a canvas the
 * DOM says nothing of.
 */
async function openStats() {
  await open("/?as=ann");
  await tab.waitFor(
    `document.querySelector(".topic-stats__requests") && document.querySelector(".topic-stats__volunteers")`
  );
  await tab.waitFor(`(() => {
    const canvas = document.querySelector(".topic-stats__canvas");
    const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    return data.some((value, i) => i % 4 === 3 && value > 0);
  })()`);
}

try {
  for (const [label, width] of WIDTHS) {
    await tab.setViewport(width, 900);
    await openStats();
    await save("stats", label, ".topic-stats");
  }

  for (const [label, width] of WIDTHS) {
    await tab.setViewport(width, 900);
    await fillRequestForm();
    await save("request-form", label, ".request-form");
  }
  // Once sent, Eve sees her request in place of the form.
  await sendRequest();

  for (const [label, width] of WIDTHS) {
    await tab.setViewport(width, 900);
    await open("/?as=cat&screen=channel");
    await tab.waitFor(
      `document.querySelector(".playground-channel__offer:enabled") && document.querySelector(".playground-channel__join")`
    );
    await save("request-announcement", label, ".playground-channel__request");
    await save("gap-message", label, ".playground-channel__gaps");

    // A topic that is not yet a booking topic: its settings are the defaults.
    await open("/?as=sam&topic=9");
    await click(".topic-admin-volunteer-booking-settings");
    await tab.waitFor(`document.querySelector(".booking-settings__requests")`);
    // The modal is fixed to the screen, so a full-page capture holds only
    // what is on screen of it: the fieldsets are scrolled into view first.
    await tab.evaluate(
      `document.querySelector(".booking-settings__gaps").scrollIntoView()`
    );
    await save(
      "settings",
      label,
      ".booking-settings__gaps",
      ".booking-settings__requests"
    );
    // Ticked, the weekly message shows when it goes out, also by default.
    await click('[data-name="gap_messages_enabled"] input');
    await tab.waitFor(
      `document.querySelector('[data-name="gap_horizon_weeks"]')`
    );
    await save("settings-gaps-ticked", label, ".booking-settings__gaps");
  }
} finally {
  await browser.close();
}
