import QUnit from "qunit";
import type {
  Booking,
  Slot,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  DEMO_TOPIC_ID,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import { as as requestsAs, server } from "./fake-api.ts";

const { module, test } = QUnit;

const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;
const BOBS_ROOM = "https://meet.jit.si/bobs-coop-room";
const CATS_ROOM = "https://meet.jit.si/cats-room";

/** Digital Candle in "the volunteer's own link" mode, and Eve's booking. */
function setup() {
  const api = server();
  const as = (userId: number | null) => requestsAs(api, userId);
  const settings = api.data.bookingTopics.find(
    (b) => b.topic_id === DEMO_TOPIC_ID
  )!.settings;
  const switched = as(USERS.ann.id)("PUT", `${topicUrl}/settings`, {
    settings: { ...settings, meeting_mode: "volunteer_link" },
  });
  const [slot] = (
    as(null)("GET", `${topicUrl}/slots`).body as { slots: Slot[] }
  ).slots;
  const { booking } = as(USERS.eve.id)("POST", `${topicUrl}/bookings`, {
    shift_id: slot.shift_id,
    starts_at: slot.starts_at,
    answers: { ica_statement: true, story: "Laid off, curious" },
    idempotency_key: "eve-booking-form",
  }).body as { booking: Booking };
  const url = `/volunteer-booking/bookings/${booking.id}`;
  /** Eve's booking as she sees it, and its calendar file's lines. */
  const evesView = () => {
    const mine = (
      as(USERS.eve.id)("GET", "/volunteer-booking/my-bookings").body as {
        bookings: Booking[];
      }
    ).bookings.find((b) => b.id === booking.id)!;
    const ics = as(USERS.eve.id)("GET", `${url}/calendar.ics`).body as string;
    const lines = ics.replace(/\r\n /g, "").split("\r\n");
    return {
      link: mine.call_link,
      location: lines.find((line) => line.startsWith("LOCATION:")) ?? null,
      sequence: lines.find((line) => line.startsWith("SEQUENCE:")),
    };
  };
  return { api, as, switched, booking, url, evesView };
}

const errors = (response: { body: unknown }) =>
  (response.body as { errors: string[] }).errors;

module("playground: the volunteer's own link", function () {
  test("Bob picks up with his saved link: Eve sees it, and her .ics moves", function (assert) {
    const { as, switched, booking, url, evesView } = setup();
    assert.strictEqual(switched.status, 200, "Ann switches the mode");
    assert.strictEqual(booking.meeting_mode, "volunteer_link");
    assert.deepEqual(evesView(), {
      link: null,
      location: null,
      sequence: "SEQUENCE:0",
    });

    const picked = as(USERS.bob.id)("PUT", `${url}/pick-up`);
    assert.strictEqual(picked.status, 200);
    assert.deepEqual(evesView(), {
      link: BOBS_ROOM,
      location: `LOCATION:${BOBS_ROOM}`,
      sequence: "SEQUENCE:1",
    });
    const stranger = (
      as(USERS.dee.id)("GET", "/volunteer-booking/volunteer.json").body as {
        queue: Booking[];
        sessions: Booking[];
      }
    ).sessions.find((b) => b.id === booking.id);
    assert.strictEqual(stranger, undefined, "not on another volunteer's page");
  });

  test("a volunteer without a link is asked for one, and nothing changes", function (assert) {
    const { api, as, url, evesView } = setup();
    const refused = as(USERS.cat.id)("PUT", `${url}/pick-up`);
    assert.strictEqual(refused.status, 422);
    assert.deepEqual(errors(refused), [
      "This topic meets in each volunteer's own video call, and you have not saved a link to yours yet. Please add it on your volunteer page, or give it when you pick the booking up there, then try again.",
    ]);
    const bad = as(USERS.cat.id)("PUT", `${url}/pick-up`, {
      call_link: "http://meet.jit.si/cat",
    });
    assert.deepEqual(errors(bad), [
      "The call link must start with https://, so that the call is encrypted.",
    ]);
    const stored = api.data.bookings.at(-1)!;
    assert.strictEqual(stored.status, "pending");
    assert.strictEqual(stored.holder_id, null);
    assert.strictEqual(
      api.data.users.find((u) => u.id === USERS.cat.id)!.call_link,
      undefined
    );
    assert.deepEqual(evesView().sequence, "SEQUENCE:0");
  });

  test("a link given at pick-up is the booking's and kept as the volunteer's", function (assert) {
    const { as, url, evesView } = setup();
    const picked = as(USERS.cat.id)("PUT", `${url}/pick-up`, {
      call_link: CATS_ROOM,
    });
    assert.strictEqual(picked.status, 200);
    assert.strictEqual(evesView().link, CATS_ROOM);
    const page = as(USERS.cat.id)("GET", "/volunteer-booking/volunteer.json")
      .body as { call_link: string | null };
    assert.strictEqual(page.call_link, CATS_ROOM, "on her volunteer page");
  });

  test("a hand-over and a release change the link, and the .ics each time", function (assert) {
    const { api, as, url, evesView } = setup();
    as(USERS.bob.id)("PUT", `${url}/pick-up`);

    const handed = as(USERS.bob.id)("PUT", `${url}/hand-over`, {
      username: "cat",
    });
    assert.strictEqual(handed.status, 200);
    assert.deepEqual(
      evesView(),
      { link: null, location: null, sequence: "SEQUENCE:2" },
      "Cat keeps no link: none"
    );

    api.data.users.find((u) => u.id === USERS.cat.id)!.call_link = CATS_ROOM;
    as(USERS.cat.id)("PUT", `${url}/hand-over`, { username: "bob" });
    assert.strictEqual(evesView().link, BOBS_ROOM, "back to Bob's");

    assert.strictEqual(as(USERS.bob.id)("PUT", `${url}/release`).status, 200);
    assert.deepEqual(evesView(), {
      link: null,
      location: null,
      sequence: "SEQUENCE:4",
    });
  });

  test("the other modes keep the booking's own link at pick-up", function (assert) {
    const { api, as, url, evesView } = setup();
    api.data.bookingTopics.find(
      (b) => b.topic_id === DEMO_TOPIC_ID
    )!.settings.meeting_mode = "private_message";
    assert.strictEqual(as(USERS.cat.id)("PUT", `${url}/pick-up`).status, 200);
    assert.deepEqual(evesView(), {
      link: null,
      location: null,
      sequence: "SEQUENCE:0",
    });
  });
});
