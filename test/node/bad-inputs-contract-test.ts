import { readFileSync } from "node:fs";
import QUnit from "qunit";
import { parse } from "yaml";
import { USERS as DEMO_USERS } from "../browser/playground/api/demo-data.ts";
import type { FakeServer } from "../browser/playground/api/fake-server.ts";
import {
  interpolate,
  type Translation,
} from "../browser/playground/api/messages.ts";
import {
  FIELD_NAMES,
  PROBLEMS,
} from "../browser/playground/api/strict-params.ts";
import { as, server } from "./playground/fake-api.ts";

const { module, test } = QUnit;

/** contract/bad_inputs.json; README.md there says what each part means. */
interface Expected {
  field?: string;
  problem?: string;
  key?: string;
  params?: Record<string, string | number>;
}

interface Row {
  class: string;
  method: string;
  path: string;
  as: string;
  base?: string;
  body?: unknown;
  query?: Record<string, string>;
  status: number;
  errors: Expected[];
  fake?: boolean;
  why?: string;
}

interface Contract {
  bases: Record<string, unknown>;
  rows: Row[];
}

const read = (path: string) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const contract = JSON.parse(read("contract/bad_inputs.json")) as Contract;
const locale = parse(read("config/locales/server.en.yml")).en;
const activemodel = locale.activemodel;
const fieldNames = activemodel.attributes["volunteer_booking/strict_params"];
const problems = activemodel.errors.models["volunteer_booking/strict_params"];

/**
 * Discourse's and Rails' own English for the keys the plugin does not
 * define (the request spec reads them through I18n instead).
 */
const CORE: Record<string, Translation> = {
  not_found: "The requested URL or resource could not be found.",
  invalid_access: "You are not permitted to view the requested resource.",
  blank: "can't be blank",
  invalid: "is invalid",
  inclusion: "is not included in the list",
  too_long: {
    one: "is too long (maximum is 1 character)",
    other: "is too long (maximum is %{count} characters)",
  },
  too_short: {
    one: "is too short (minimum is 1 character)",
    other: "is too short (minimum is %{count} characters)",
  },
};

/** The playground's people, by the names the rows use. */
const USERS: Record<string, number | null> = {
  organiser: 1,
  volunteer: 2,
  other_volunteer: 3,
  booker: 5,
  admin: 6,
  stranger: 8,
  visitor: null,
};

/** The English sentence an expected error stands for. */
function english(expected: Expected): string {
  const params = { ...expected.params };
  if (typeof params.question === "string") {
    params.question =
      locale.volunteer_booking.default_questions[params.question];
  }
  if (expected.field) {
    const text = problems[expected.problem!] ?? CORE[expected.problem!];
    return `${fieldNames[expected.field]} ${interpolate(text, params)}`;
  }
  const [first, ...rest] = expected.key!.split(".");
  const text =
    first === "volunteer_booking"
      ? rest.reduce((node, part) => node[part], locale.volunteer_booking)
      : CORE[expected.key!];
  return interpolate(text, params);
}

/** The records a row's placeholders name, made in a fresh playground. */
function records(api: FakeServer): Record<string, unknown> {
  const request = (user: string) => as(api, USERS[user]);
  const slots = (
    request("stranger")("GET", "/volunteer-booking/topics/7/slots").body as {
      slots: { shift_id: number; starts_at: string; available: number }[];
    }
  ).slots.filter((s) => s.shift_id === 11 && s.available > 0);
  const booked = request("booker")(
    "POST",
    "/volunteer-booking/topics/7/bookings",
    {
      shift_id: 11,
      starts_at: slots[2].starts_at,
      answers: { ica_statement: true, story: "I was laid off last month." },
      idempotency_key: "booker-first-1",
    }
  ).body as { booking: { id: number } };
  const away = request("volunteer")("POST", "/volunteer-booking/time-off", {
    starts_on: "2026-12-14",
    ends_on: "2026-12-20",
    note: null,
  }).body as { time_off: { id: number } };
  const settings = request("organiser")(
    "GET",
    "/volunteer-booking/topics/7/settings"
  ).body as { settings: unknown };
  // Requests of people no row asks as (Dee and Fay): one open, one the
  // volunteer took.
  const ask = (userId: number) =>
    (
      as(api, userId)("POST", "/volunteer-booking/topics/7/requests", {
        windows: [{ weekday: 1, date: null, from: "09:00", to: "11:00" }],
        time_zone: "America/New_York",
        note: null,
        answers: { ica_statement: true, story: "I was laid off last month." },
      }).body as { request: { id: number } }
    ).request.id;
  const requestId = ask(DEMO_USERS.dee.id);
  const takenRequestId = ask(DEMO_USERS.fay.id);
  request("volunteer")(
    "PUT",
    `/volunteer-booking/requests/${takenRequestId}/take`
  );
  return {
    topic_id: 7,
    shift_id: 11,
    slot_time: slots[0].starts_at,
    other_slot_time: slots[1].starts_at,
    off_grid_time: new Date(Date.parse(slots[0].starts_at) + 10 * 60_000)
      .toISOString()
      .replace(".000Z", "Z"),
    booking_id: booked.booking.id,
    // Kim's clinic session, picked up by Bob.
    picked_up_booking_id: 31,
    rota_entry_id: 21,
    time_off_id: away.time_off.id,
    settings: settings.settings,
    request_id: requestId,
    taken_request_id: takenRequestId,
  };
}

/** value with "{name}" strings replaced: whole ones keep the record's type. */
function resolve(value: unknown, named: Record<string, unknown>): unknown {
  if (typeof value === "string") {
    const whole = /^\{(\w+)\}$/.exec(value);
    if (whole && whole[1] in named) {
      return structuredClone(named[whole[1]]);
    }
    return value.replace(/\{(\w+)\}/g, (all, name: string) =>
      name in named ? String(named[name]) : all
    );
  }
  if (Array.isArray(value)) {
    return value.map((item) => resolve(item, named));
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, resolve(v, named)])
    );
  }
  return value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value);

/** base with body's keys over it, objects merged key by key. */
function merge(base: unknown, body: unknown): unknown {
  if (!isObject(base) || !isObject(body)) {
    return body === undefined ? base : body;
  }
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(body)) {
    merged[key] = merge(base[key], value);
  }
  return merged;
}

/** Routes whose only input is who asks, or the topic a row elsewhere covers. */
const INPUTLESS = [
  "GET /volunteer-booking/",
  "GET /volunteer-booking/time-off",
  "GET /volunteer-booking/my-bookings",
  "GET /volunteer-booking/bookings/:id/calendar.ics",
  "GET /admin/plugins/discourse-volunteer-booking/friends",
];

/** config/routes.rb's routes: method, full path and a pattern for it. */
function routes() {
  const found: { method: string; path: string; pattern: RegExp }[] = [];
  const scopes: string[] = [];
  for (const line of read("config/routes.rb").split("\n")) {
    const draw = /routes\.draw do/.test(line);
    const scope = /^\s*scope "([^"]+)"/.exec(line);
    const route = /^\s*(get|put|post|delete) "([^"]+)"/.exec(line);
    if (draw) {
      scopes.push(line.includes("Engine") ? "/volunteer-booking" : "");
    } else if (scope) {
      scopes.push(
        scope[1].replace(
          "#{VolunteerBooking::PLUGIN_NAME}",
          "discourse-volunteer-booking"
        )
      );
    } else if (route) {
      const path = [...scopes, route[2]].join("");
      const pattern = new RegExp(
        `^${path.replace(/\./g, "\\.").replace(/:\w+/g, "[^/]+")}(\\.json)?$`
      );
      found.push({ method: route[1].toUpperCase(), path, pattern });
    } else if (/^\s*end\b/.test(line)) {
      scopes.pop();
    }
  }
  return found;
}

const label = (row: Row, index: number) =>
  `row ${index + 1}, ${row.method} ${row.path} as ${row.as}: ${row.class}`;

module("contract/bad_inputs.json against the in-memory API", function () {
  test("the in-memory API words fields and problems as server.en.yml", function (assert) {
    for (const [field, name] of Object.entries(FIELD_NAMES)) {
      assert.strictEqual(name, fieldNames[field], field);
    }
    for (const [problem, text] of Object.entries(PROBLEMS)) {
      const expected: Translation = problems[problem] ?? CORE[problem];
      const form = typeof expected === "string" ? expected : expected.other;
      assert.strictEqual(text, form, problem);
    }
  });

  test("has a row for every route of config/routes.rb that reads input", function (assert) {
    const uncovered = routes().filter(
      ({ method, pattern }) =>
        !contract.rows.some(
          (row) => row.method === method && pattern.test(row.path)
        )
    );
    assert.deepEqual(
      uncovered.map((r) => `${r.method} ${r.path}`),
      INPUTLESS,
      "only routes that take no input have no row"
    );
    assert.true(contract.rows.length >= 50, `${contract.rows.length} rows`);
  });

  contract.rows.forEach((row, index) => {
    if (row.fake === false) {
      return;
    }
    test(label(row, index), function (assert) {
      const api = server();
      const named = records(api);
      const base = row.base
        ? resolve(contract.bases[row.base], named)
        : undefined;
      const body = resolve(merge(base, row.body), named);
      const query = row.query ? `?${new URLSearchParams(row.query)}` : "";
      const before = structuredClone(api.data);

      const answer = as(api, USERS[row.as])(
        row.method,
        `${resolve(row.path, named)}${query}`,
        body
      );

      assert.strictEqual(answer.status, row.status, "status");
      assert.deepEqual(
        (answer.body as { errors?: string[] }).errors,
        row.errors.map(english),
        "errors"
      );
      assert.deepEqual(api.data, before, "nothing changed");
    });
  });
});
