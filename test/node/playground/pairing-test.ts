import QUnit from "qunit";
import type {
  BookingRequest,
  Slot,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  DEMO_TOPIC_ID,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import type {
  FakeServer,
  FakeUser,
} from "../../browser/playground/api/fake-server.ts";
import { as, server } from "./fake-api.ts";

const { module, test } = QUnit;

const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;
const bookingUrl = (id: number) => `/volunteer-booking/bookings/${id}`;
const requestUrl = (id: number) => `/volunteer-booking/requests/${id}`;
const answers = { ica_statement: true, story: "Curious" };
const RESTRICTED = "Your account cannot take part in bookings right now.";
const KEPT_APART = "You cannot pick up this booking. Another volunteer will.";
const cannotPairWith = (username: string) =>
  `This booking cannot go to ${username}. Please choose another volunteer.`;

const errors = (response: { body: unknown }) =>
  (response.body as { errors?: string[] }).errors;

const person = (api: FakeServer, id: number) =>
  api.data.users.find((u) => u.id === id)!;

/** Eve books the first open slot of the demo topic. */
function bookFirstSlot(api: FakeServer, key = "pairing-booking-1") {
  const { slots } = as(api, null)("GET", `${topicUrl}/slots`).body as {
    slots: Slot[];
  };
  const slot = slots.find((s) => s.available > 0)!;
  return as(api, USERS.eve.id)("POST", `${topicUrl}/bookings`, {
    shift_id: slot.shift_id,
    starts_at: slot.starts_at,
    answers,
    idempotency_key: key,
  });
}

function eveBooks(api: FakeServer): number {
  return (bookFirstSlot(api).body as { booking: { id: number } }).booking.id;
}

function ask(api: FakeServer) {
  return as(api, USERS.eve.id)("POST", `${topicUrl}/requests`, {
    windows: [{ weekday: 1, date: null, from: "09:00", to: "11:00" }],
    time_zone: "America/New_York",
    note: "",
    answers,
  });
}

function eveAsks(api: FakeServer): number {
  return (ask(api).body as { request: BookingRequest }).request.id;
}

/** A bot that would otherwise qualify as Cat does: a volunteer of the topic. */
function addBot(api: FakeServer): FakeUser {
  const bot = {
    ...person(api, USERS.cat.id),
    id: 900,
    username: "helper_bot",
    bot: true,
  };
  api.data.users.push(bot);
  return bot;
}

module("in-memory API: pairing, as Pairing", function () {
  test("a silenced or suspended person neither books nor asks for another time", function (assert) {
    const api = server();
    person(api, USERS.eve.id).restricted = true;
    const before = api.data.bookings.length;

    assert.deepEqual(errors(bookFirstSlot(api)), [RESTRICTED]);
    assert.strictEqual(api.data.bookings.length, before, "nothing booked");
    assert.deepEqual(errors(ask(api)), [RESTRICTED]);
    assert.deepEqual(api.data.requests, [], "nothing asked");
  });

  test("a volunteer who ignores the booker, or is ignored, cannot pick up; someone else can", function (assert) {
    const api = server();
    const id = eveBooks(api);
    const pickUp = (userId: number) =>
      as(api, userId)("PUT", `${bookingUrl(id)}/pick-up`);

    person(api, USERS.bob.id).kept_away_ids = [USERS.eve.id];
    assert.deepEqual(errors(pickUp(USERS.bob.id)), [KEPT_APART]);
    person(api, USERS.bob.id).kept_away_ids = [];
    person(api, USERS.eve.id).kept_away_ids = [USERS.bob.id];
    assert.deepEqual(errors(pickUp(USERS.bob.id)), [KEPT_APART], "either way");
    assert.strictEqual(api.data.bookings.at(-1)!.status, "pending");

    person(api, USERS.cat.id).restricted = true;
    assert.deepEqual(errors(pickUp(USERS.cat.id)), [RESTRICTED]);
    person(api, USERS.cat.id).restricted = false;
    assert.strictEqual(pickUp(USERS.cat.id).status, 200);
  });

  test("a booking is not handed to someone restricted, kept apart or a bot", function (assert) {
    const api = server();
    const id = eveBooks(api);
    as(api, USERS.cat.id)("PUT", `${bookingUrl(id)}/pick-up`);
    const handTo = (username: string) =>
      as(api, USERS.cat.id)("PUT", `${bookingUrl(id)}/hand-over`, { username });
    const bot = addBot(api);

    assert.deepEqual(errors(handTo(bot.username)), [
      `There is no user called “${bot.username}”. Please check the username.`,
    ]);
    person(api, USERS.bob.id).restricted = true;
    assert.deepEqual(errors(handTo("bob")), [cannotPairWith("bob")]);
    person(api, USERS.bob.id).restricted = false;
    person(api, USERS.eve.id).kept_away_ids = [USERS.bob.id];
    assert.deepEqual(errors(handTo("bob")), [cannotPairWith("bob")]);
    assert.strictEqual(api.data.bookings.at(-1)!.holder_id, USERS.cat.id);
  });

  test("a request is neither taken by nor given to someone kept apart; a bot is not found", function (assert) {
    const api = server();
    const id = eveAsks(api);
    const act = (userId: number, action: string, body?: object) =>
      as(api, userId)("PUT", `${requestUrl(id)}/${action}`, body);

    person(api, USERS.eve.id).kept_away_ids = [USERS.bob.id];
    assert.deepEqual(errors(act(USERS.bob.id, "take")), [KEPT_APART]);
    assert.deepEqual(
      errors(act(USERS.ann.id, "reassign", { user_id: USERS.bob.id })),
      [cannotPairWith("bob")]
    );
    assert.strictEqual(
      act(USERS.ann.id, "reassign", { user_id: addBot(api).id }).status,
      404
    );
    assert.strictEqual(api.data.requests[0].status, "open");
    assert.strictEqual(act(USERS.cat.id, "take").status, 200);
  });
});
