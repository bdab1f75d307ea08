import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type { Slot } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  EVENT_AUDIENCES,
  MY_BOOKINGS_CHANNEL,
  QUEUE_CHANNEL,
  topicChannel,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/live-channels";
import {
  DEMO_TOPIC_ID,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import { as, server } from "./fake-api.ts";

const { module, test } = QUnit;

/** contract/live_updates.json: the server's LiveUpdate has the same. */
const contract = JSON.parse(
  readFileSync(
    new URL("../../../contract/live_updates.json", import.meta.url),
    "utf8"
  )
);

const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;

/** Eve books the first open slot of Digital Candle; the booking's id. */
function eveBooks(api: ReturnType<typeof server>): number {
  const { slots } = as(api, USERS.eve.id)("GET", `${topicUrl}/slots`).body as {
    slots: Slot[];
  };
  const response = as(api, USERS.eve.id)("POST", `${topicUrl}/bookings`, {
    shift_id: slots[0].shift_id,
    starts_at: slots[0].starts_at,
    answers: { ica_statement: true, story: "Laid off" },
    idempotency_key: "eve-live-updates",
  });
  return (response.body as { booking: { id: number } }).booking.id;
}

const channelsFor = (
  api: ReturnType<typeof server>,
  user: (typeof USERS)[keyof typeof USERS] | null,
  since = 0
) => api.bus.read(user, since).messages.map((m) => m.channel);

module("playground live updates", function () {
  test("the channels and audiences are the contract's", function (assert) {
    assert.deepEqual(EVENT_AUDIENCES, contract.events);
    assert.deepEqual(
      [topicChannel(42), QUEUE_CHANNEL, MY_BOOKINGS_CHANNEL],
      [
        contract.channels.topic_42,
        contract.channels.queue,
        contract.channels.my_bookings,
      ]
    );
  });

  test("a booking tells everyone the slots, the team the queue, the booker alone its state", function (assert) {
    const api = server();
    const id = eveBooks(api);
    const topic = topicChannel(DEMO_TOPIC_ID);

    const heard: [string, typeof USERS.eve | null, string[]][] = [
      ["a visitor", null, [topic]],
      ["the booker", USERS.eve, [topic, MY_BOOKINGS_CHANNEL]],
      ["a volunteer", USERS.bob, [topic, QUEUE_CHANNEL]],
      ["staff, organisers everywhere", USERS.sam, [topic, QUEUE_CHANNEL]],
      ["another booker, in no team", USERS.kim, [topic]],
    ];
    for (const [who, user, channels] of heard) {
      assert.deepEqual(channelsFor(api, user), channels, who);
    }
    assert.deepEqual(api.bus.read(USERS.eve, 0).messages[1].data, {
      event: "booked",
      booking_id: id,
      topic_id: DEMO_TOPIC_ID,
      status: "pending",
    });
  });

  test("a pick-up carries ids and states only", function (assert) {
    const api = server();
    const id = eveBooks(api);
    const since = api.bus.lastId;
    as(api, USERS.bob.id)("PUT", `/volunteer-booking/bookings/${id}/pick-up`);

    const messages = api.bus.read(USERS.eve, since).messages;
    assert.deepEqual(
      messages.map((m) => m.data),
      [
        { topic_id: DEMO_TOPIC_ID },
        {
          event: "picked_up",
          booking_id: id,
          topic_id: DEMO_TOPIC_ID,
          status: "picked_up",
        },
      ]
    );
    assert.false(JSON.stringify(messages).includes("bob"), "no names");
  });

  test("a refused change tells nobody", function (assert) {
    const api = server();
    const id = eveBooks(api);
    const since = api.bus.lastId;
    const response = as(api, USERS.eve.id)(
      "PUT",
      `/volunteer-booking/bookings/${id}/pick-up`
    );

    assert.strictEqual(response.status, 403);
    assert.strictEqual(api.bus.lastId, since);
  });

  test("a rota change tells the topic's readers only", function (assert) {
    const api = server();
    const entry = api.data.rotaEntries.find((e) => e.user_id === USERS.bob.id)!;
    const since = api.bus.lastId;
    as(api, USERS.bob.id)("DELETE", `${topicUrl}/rota-entries/${entry.id}`);

    assert.deepEqual(channelsFor(api, USERS.bob, since), [
      topicChannel(DEMO_TOPIC_ID),
    ]);
  });

  test("a new window starts after what was already published", function (assert) {
    const api = server();
    eveBooks(api);

    assert.deepEqual(api.bus.read(USERS.eve, -1), {
      last_id: api.bus.lastId,
      messages: [],
    });
  });
});
