import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type {
  BasicUser,
  Booking,
  Slot,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  DEMO_TOPIC_ID,
  GROUPS,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import {
  addDailyShifts,
  addPendingBookings,
  addVolunteers,
} from "../../browser/playground/api/long-lists.ts";
import {
  CURSOR_INVALID,
  decodeCursor,
  encodeCursor,
  type FakePage,
  type KeyKind,
  PAGE_SIZES,
  pageAfter,
} from "../../browser/playground/api/page.ts";
import { serverLocale } from "../support/server-locale.ts";
import { as, server } from "./fake-api.ts";

const { module, test } = QUnit;

/** contract/pages.json; README.md there says what each part means. */
interface Contract {
  sizes: Record<string, number>;
  cursors: {
    read: { kinds: KeyKind[]; values: (string | number)[]; why: string }[];
    refused: {
      kinds: KeyKind[];
      cursor?: string;
      json?: string;
      why: string;
    }[];
  };
}

const contract = JSON.parse(
  readFileSync(new URL("../../../contract/pages.json", import.meta.url), "utf8")
) as Contract;

/** Text as a cursor, as the server writes one: unpadded base64url of its UTF-8. */
const cursorOf = (json: string) =>
  Buffer.from(json, "utf8").toString("base64url");

const slotsUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}/slots`;

interface BookingsPage {
  bookings: Booking[];
  more: boolean;
  cursor: string | null;
}

interface SlotsPage {
  slots: Slot[];
  more: boolean;
  cursor: string | null;
}

module("playground pages", function () {
  test("page sizes are contract/pages.json's, which the server holds too", function (assert) {
    assert.deepEqual({ ...PAGE_SIZES }, contract.sizes);
  });

  test("reads every cursor contract/pages.json reads, times as the same instant", function (assert) {
    for (const row of contract.cursors.read) {
      const expected = row.values.map((value, i) =>
        row.kinds[i] === "time" ? Date.parse(value as string) : value
      );
      assert.deepEqual(
        decodeCursor(cursorOf(JSON.stringify(row.values)), row.kinds),
        expected,
        row.why
      );
    }
  });

  test("refuses every cursor contract/pages.json refuses", function (assert) {
    for (const row of contract.cursors.refused) {
      const cursor = row.cursor ?? cursorOf(row.json!);
      assert.strictEqual(decodeCursor(cursor, row.kinds), null, row.why);
    }
    assert.strictEqual(decodeCursor("A".repeat(501), ["integer"]), null);
    assert.strictEqual(decodeCursor(42, ["integer"]), null);
  });

  test("writes cursors it reads back, as unpadded base64url", function (assert) {
    const at = Date.parse("2026-06-03T13:00:00Z");
    const cursor = encodeCursor([at, 42], ["time", "integer"]);
    assert.true(/^[A-Za-z0-9_-]+$/.test(cursor), cursor);
    assert.deepEqual(decodeCursor(cursor, ["time", "integer"]), [at, 42]);
    assert.deepEqual(decodeCursor(encodeCursor(["zoë"], ["text"]), ["text"]), [
      "zoë",
    ]);
  });

  test("pages through a sorted list, every item once and in order", function (assert) {
    const items = [1, 2, 3, 4, 5, 6, 7];
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: FakePage<number> = pageAfter(
        items,
        cursor,
        3,
        ["integer"],
        (n) => [n]
      )!;
      seen.push(...page.items);
      assert.strictEqual(page.more, page.cursor !== null);
      cursor = page.cursor;
      pages++;
    } while (cursor);
    assert.deepEqual(seen, items);
    assert.strictEqual(pages, 3);
    assert.strictEqual(
      pageAfter(items, "not a cursor!", 3, ["integer"], (n) => [n]),
      null
    );
  });

  test("a malformed cursor reads as the server's 422", function (assert) {
    const locale = serverLocale();
    const scope = "volunteer_booking/strict_params";
    const { activemodel } = locale.en;
    assert.strictEqual(
      CURSOR_INVALID,
      `${activemodel.attributes[scope].cursor} ${activemodel.errors.models[scope].cursor_invalid}`
    );

    const api = server();
    const eve = as(api, 5);
    for (const cursor of ["not-a-cursor", cursorOf("[1]"), "%00"]) {
      const response = eve("GET", `${slotsUrl}?cursor=${cursor}`);
      assert.strictEqual(response.status, 422, cursor);
      assert.deepEqual(response.body, { errors: [CURSOR_INVALID] }, cursor);
    }
  });

  test("/slots: one page of at most 500, then the rest from its cursor", function (assert) {
    const api = server();
    addDailyShifts(api.data);
    const visitor = as(api, null);
    const first = visitor("GET", slotsUrl).body as SlotsPage;
    assert.strictEqual(first.slots.length, PAGE_SIZES.slots);
    assert.true(first.more);
    const second = visitor("GET", `${slotsUrl}?cursor=${first.cursor}`)
      .body as SlotsPage;
    assert.false(second.more);
    assert.strictEqual(second.cursor, null);
    assert.true(second.slots.length > 0);

    const all = [...first.slots, ...second.slots];
    const keys = all.map((s) => `${s.starts_at}/${s.shift_id}`);
    assert.strictEqual(new Set(keys).size, all.length, "no slot twice");
    assert.deepEqual(
      keys,
      [...keys].sort(),
      "soonest first, across the two pages"
    );
  });

  test("/slots: a short list is one page, with no cursor", function (assert) {
    const body = as(server(), null)("GET", slotsUrl).body as SlotsPage;
    assert.true(body.slots.length > 0);
    assert.true(body.slots.length < PAGE_SIZES.slots);
    assert.false(body.more);
    assert.strictEqual(body.cursor, null);
  });

  test("a topic's bookings: 50 a page, by start then id, filters kept", function (assert) {
    const api = server();
    addPendingBookings(api.data, 60, "2026-06-03T12:00:00Z");
    const ann = as(api, USERS.ann.id);
    const url = `/volunteer-booking/topics/${DEMO_TOPIC_ID}/bookings?status=pending`;
    const first = ann("GET", url).body as BookingsPage;
    assert.strictEqual(first.bookings.length, PAGE_SIZES.topic_bookings);
    assert.true(first.more);
    const second = ann("GET", `${url}&cursor=${first.cursor}`)
      .body as BookingsPage;
    assert.deepEqual(
      [...first.bookings, ...second.bookings].map((b) => b.id),
      Array.from({ length: 60 }, (_, n) => 5000 + n),
      "each once; equal starts go by id"
    );
    assert.false(second.more);
    assert.strictEqual(second.cursor, null);

    const held = ann("GET", `${url.replace("pending", "held")}`)
      .body as BookingsPage;
    assert.deepEqual(
      [held.bookings, held.more, held.cursor],
      [[], false, null]
    );
    assert.strictEqual(
      ann("GET", `${url}&cursor=${cursorOf("[1,2]")}`).status,
      422
    );
  });

  test("the volunteer queue: 50 on the page, the rest from /volunteer/queue", function (assert) {
    const api = server();
    addPendingBookings(api.data, 60, "2026-06-03T12:00:00Z");
    const bob = as(api, USERS.bob.id);
    const page = bob("GET", "/volunteer-booking/volunteer.json").body as {
      queue: Booking[];
      queue_more: boolean;
      queue_cursor: string | null;
    };
    assert.strictEqual(page.queue.length, PAGE_SIZES.queue);
    assert.true(page.queue_more);
    const rest = bob(
      "GET",
      `/volunteer-booking/volunteer/queue.json?cursor=${page.queue_cursor}`
    ).body as { queue: Booking[]; more: boolean; cursor: string | null };
    assert.deepEqual(
      [...page.queue, ...rest.queue].map((b) => b.id),
      Array.from({ length: 60 }, (_, n) => 5000 + n)
    );
    assert.deepEqual([rest.more, rest.cursor], [false, null]);
    assert.false(
      rest.queue.some((b) => "answers" in b),
      "answers wait for the holder"
    );
    assert.strictEqual(
      as(api, null)("GET", "/volunteer-booking/volunteer/queue.json").status,
      403
    );
    assert.strictEqual(
      bob("GET", "/volunteer-booking/volunteer/queue.json?cursor=x").status,
      422
    );
  });

  test("the rota's volunteers: 100 on the rota, the rest from /rota/volunteers, organisers only", function (assert) {
    const api = server();
    addVolunteers(api.data, 110, GROUPS.sisters.id);
    const topic = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;
    const sam = as(api, USERS.sam.id);
    const rota = sam("GET", `${topic}/rota?from=2026-06-01&weeks=4`).body as {
      volunteers: BasicUser[];
      volunteers_more: boolean;
      volunteers_cursor: string | null;
    };
    assert.strictEqual(rota.volunteers.length, PAGE_SIZES.rota_volunteers);
    assert.true(rota.volunteers_more);
    const rest = sam(
      "GET",
      `${topic}/rota/volunteers?cursor=${rota.volunteers_cursor}`
    ).body as { volunteers: BasicUser[]; more: boolean; cursor: string | null };
    const names = [...rota.volunteers, ...rest.volunteers].map(
      (u) => u.username
    );
    assert.strictEqual(names.length, 115, "the demo's five and the 110");
    assert.strictEqual(new Set(names).size, names.length, "each once");
    assert.deepEqual(names, [...names].sort(), "by username");
    assert.deepEqual([rest.more, rest.cursor], [false, null]);

    const bob = as(api, USERS.bob.id);
    const bobsRota = bob("GET", `${topic}/rota?from=2026-06-01&weeks=4`)
      .body as { volunteers: BasicUser[]; volunteers_more: boolean };
    assert.deepEqual(
      [bobsRota.volunteers, bobsRota.volunteers_more],
      [[], false],
      "volunteers are not told who else may volunteer"
    );
    assert.strictEqual(bob("GET", `${topic}/rota/volunteers`).status, 403);
    assert.strictEqual(
      sam("GET", `${topic}/rota/volunteers?cursor=${cursorOf("[1]")}`).status,
      422
    );
  });
});
