import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type { Slot } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { addDays } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import type { FakeBooking } from "../../browser/playground/api/bookings.ts";
import { CAPS } from "../../browser/playground/api/caps.ts";
import {
  DEMO_TOPIC_ID,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import { LIMITS } from "../../browser/playground/api/limits.ts";
import { as, NOW, server } from "./fake-api.ts";

const { module, test } = QUnit;

const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;
const today = NOW.toISOString().slice(0, 10);

/**
 * The contract/limits.json count a Ruby model's constant is read from, so
 * a model that writes its own number fails here.
 */
function rubyConstant(model: string, name: string): number {
  const source = readFileSync(
    new URL(
      `../../../app/models/volunteer_booking/${model}.rb`,
      import.meta.url
    ),
    "utf8"
  );
  const found = source.match(
    new RegExp(`^\\s+${name} = Limits\\.count\\(:(\\w+)\\)$`, "m")
  );
  if (!found) {
    throw new Error(`${name} in ${model}.rb is not read from Limits`);
  }
  return LIMITS.counts[found[1] as keyof typeof LIMITS.counts];
}

const errors = (response: { body: unknown }) =>
  (response.body as { errors?: string[] }).errors;

module("playground caps on what users store", function () {
  test("the caps are the server's", function (assert) {
    assert.deepEqual(CAPS, {
      timeOffEntries: rubyConstant("time_off", "MAX_CURRENT"),
      timeOffDays: rubyConstant("time_off", "MAX_CURRENT_DAYS"),
      rotaEntries: rubyConstant("rota_entry", "MAX_PER_TOPIC"),
      upcomingBookings: rubyConstant("booking_topic", "MAX_UPCOMING_BOOKINGS"),
      heldSessions: rubyConstant("booking", "MAX_HELD"),
    });
  });

  test("time off: the most entries, then the most days from today on", function (assert) {
    const api = server();
    const bob = as(api, USERS.bob.id);
    const add = (starts_on: string, ends_on: string) =>
      bob("POST", "/volunteer-booking/time-off", {
        starts_on,
        ends_on,
        note: null,
      });
    const addDay = (offset: number) =>
      add(addDays(today, offset), addDays(today, offset));

    // Time off that is over counts for nothing.
    api.data.timeOff.push({
      id: 900,
      user_id: USERS.bob.id,
      starts_on: addDays(today, -30),
      ends_on: addDays(today, -1),
      note: null,
    });
    for (let day = 0; day < CAPS.timeOffEntries; day++) {
      assert.strictEqual(addDay(day * 2).status, 200);
    }
    assert.deepEqual(errors(addDay(200)), [
      "You can have at most 50 time off entries from today on. Please remove one before adding another.",
    ]);
    assert.strictEqual(
      as(api, USERS.cat.id)("POST", "/volunteer-booking/time-off", {
        starts_on: today,
        ends_on: today,
        note: null,
      }).status,
      200,
      "each person has their own"
    );

    api.data.timeOff = [];
    // 316 days from today on, of 366; then 366; then the 48 left.
    assert.strictEqual(
      add(addDays(today, -50), addDays(today, 315)).status,
      200
    );
    assert.strictEqual(
      add(addDays(today, 400), addDays(today, 765)).status,
      200
    );
    assert.deepEqual(errors(add(addDays(today, 800), addDays(today, 848))), [
      "Your time off from today on can cover at most 730 days in all, and 48 are left. Please add a shorter range or remove some time off first.",
    ]);
    assert.strictEqual(
      add(addDays(today, 800), addDays(today, 847)).status,
      200
    );
    assert.deepEqual(errors(addDay(900)), [
      "Your time off from today on can cover at most 730 days in all, and 0 are left. Please add a shorter range or remove some time off first.",
    ]);
  });

  test("rota: the most entries not over yet in a topic", function (assert) {
    const api = server();
    const join = (userId: number, body: object) =>
      as(api, userId)("POST", `${topicUrl}/rota-entries`, body);
    const demoEntries = api.data.rotaEntries.length;
    // Three of the demo's entries are this topic's; dated entries that are
    // over, and another topic's entries, count for nothing.
    for (let index = 0; index < CAPS.rotaEntries - 4; index++) {
      api.data.rotaEntries.push({
        id: 1000 + index,
        shift_id: 11,
        on_date: null,
        user_id: 5000 + index,
      });
    }
    api.data.rotaEntries.push(
      { id: 999, shift_id: 11, on_date: addDays(today, -5), user_id: 4999 },
      { id: 998, shift_id: 13, on_date: null, user_id: 4998 }
    );
    assert.strictEqual(
      api.data.rotaEntries.length,
      demoEntries + CAPS.rotaEntries - 2
    );

    assert.strictEqual(
      join(USERS.dee.id, { shift_id: 11, on_date: null }).status,
      200
    );
    assert.deepEqual(
      errors(join(USERS.bob.id, { shift_id: 11, on_date: "2026-06-03" })),
      [
        "This topic's rota is full: it can hold at most 500 entries that are not over yet. Please remove some before adding more.",
      ]
    );
  });

  test("bookings: the most upcoming in a topic, the most held by a volunteer", function (assert) {
    const api = server();
    const slots = (
      as(api, null)("GET", `${topicUrl}/slots`).body as { slots: Slot[] }
    ).slots;
    const [slot, other] = slots.filter((s) => s.shift_id === 11);
    const template = api.data.bookings[0];
    const fill = (count: number, extra: Partial<FakeBooking>) => {
      for (let index = 0; index < count; index++) {
        api.data.bookings.push({
          ...template,
          id: 100_000 + api.data.bookings.length,
          booking_topic_id: 1,
          shift_id: 12,
          starts_at: "2026-07-03T12:00:00Z",
          ends_at: "2026-07-03T12:30:00Z",
          ...extra,
        });
      }
    };
    const book = (userId: number, at: Slot, key: string) =>
      as(api, userId)("POST", `${topicUrl}/bookings`, {
        shift_id: at.shift_id,
        starts_at: at.starts_at,
        answers: { ica_statement: true, story: "Laid off" },
        idempotency_key: key,
      });

    fill(CAPS.upcomingBookings - 1, { status: "pending", holder_id: null });
    // Over, or cancelled: neither counts.
    fill(5, {
      starts_at: "2026-05-01T12:00:00Z",
      ends_at: "2026-05-01T12:30:00Z",
    });
    fill(5, { status: "cancelled" });
    const made = book(USERS.eve.id, slot, "caps-key-1");
    assert.strictEqual(made.status, 200);
    assert.deepEqual(errors(book(USERS.fay.id, other, "caps-key-2")), [
      "This topic already has 10000 upcoming bookings, the most it can hold. Please try again once some have taken place.",
    ]);

    api.data.bookings = api.data.bookings.filter((b) => b.id < 100_000);
    fill(CAPS.heldSessions, { status: "picked_up", holder_id: USERS.bob.id });
    const booking = (made.body as { booking: { id: number } }).booking;
    const pickUp = (userId: number) =>
      as(api, userId)(
        "PUT",
        `/volunteer-booking/bookings/${booking.id}/pick-up`
      );
    assert.deepEqual(errors(pickUp(USERS.bob.id)), [
      "bob already holds 100 upcoming sessions, the most one volunteer can. One of them must take place, or be given back, first.",
    ]);
    assert.strictEqual(pickUp(USERS.cat.id).status, 200);
    assert.deepEqual(
      errors(
        as(api, USERS.cat.id)(
          "PUT",
          `/volunteer-booking/bookings/${booking.id}/hand-over`,
          {
            username: "bob",
          }
        )
      ),
      [
        "bob already holds 100 upcoming sessions, the most one volunteer can. One of them must take place, or be given back, first.",
      ]
    );
  });
});
