import QUnit from "qunit";
import type {
  Booking,
  BookingRequest,
  Slot,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  DEMO_TOPIC_ID,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import { as as requestsAs, NOW, server } from "./fake-api.ts";

const { module, test } = QUnit;

const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;
// Mondays 09:00–11:00 in New York: 13:00–15:00 UTC in June.
const mondays = { weekday: 1, date: null, from: "09:00", to: "11:00" };
const input = {
  windows: [mondays],
  time_zone: "America/New_York",
  note: "Evenings are hard with the children.",
  answers: { ica_statement: true, story: "Laid off, curious about co-ops" },
};

function setup() {
  let now = NOW;
  const api = server(() => now);
  const as = (userId: number | null) => requestsAs(api, userId);
  const ask = (body: object = input) =>
    as(USERS.eve.id)("POST", `${topicUrl}/requests`, body);
  const act = (userId: number, id: number, action: string, body?: object) =>
    as(userId)("PUT", `/volunteer-booking/requests/${id}/${action}`, body);
  const errors = (answer: { body: unknown }) =>
    (answer.body as { errors?: string[] }).errors;
  const request = (answer: { body: unknown }) =>
    (answer.body as { request: BookingRequest }).request;
  return {
    api,
    as,
    ask,
    act,
    errors,
    request,
    setNow: (at: Date) => (now = at),
  };
}

module("in-memory API: booking requests", function () {
  test("a booker asks once per topic, and the windows are checked", function (assert) {
    const { api, ask, errors, request } = setup();
    assert.deepEqual(errors(ask({ ...input, windows: [] })), [
      "Add at least one time that would work for you.",
    ]);
    assert.deepEqual(
      errors(ask({ ...input, windows: [{ ...mondays, to: "09:15" }] })),
      ["Each suggested time must be at least 30 minutes long."]
    );
    assert.deepEqual(errors(ask({ ...input, answers: {} })), [
      "Please tick “I have read the ICA statement on the co-operative identity, values and principles” to continue.",
    ]);

    const made = ask();
    assert.strictEqual(made.status, 200);
    assert.strictEqual(request(made).status, "open");
    assert.strictEqual(
      request(made).note,
      input.note,
      "the requester sees the note"
    );
    assert.strictEqual(
      request(made).expires_at,
      "2026-06-15T09:00:00.000Z",
      "open for the topic's 14 days"
    );
    assert.deepEqual(
      errors(ask()),
      [
        "You already have the most upcoming bookings allowed here (1). Please cancel one, or wait until it has taken place, before booking another.",
      ],
      "the open request counts towards the limit"
    );
    api.data.bookingTopics[0].settings.per_user_limit = null;
    assert.deepEqual(errors(ask()), [
      "You already have an open request here. Withdraw it to make a new one.",
    ]);
  });

  test("a topic can refuse requests", function (assert) {
    const { api, ask, errors } = setup();
    api.data.bookingTopics[0].settings.requests_enabled = false;
    assert.deepEqual(errors(ask()), [
      "This topic does not take requests for other times.",
    ]);
  });

  test("the first volunteer takes it; the others hear who has it", function (assert) {
    const { as, ask, act, errors, request } = setup();
    const id = request(ask()).id;

    const seen = request(
      as(USERS.cat.id)("GET", `/volunteer-booking/requests/${id}`)
    );
    assert.strictEqual(
      seen.note,
      undefined,
      "other volunteers never see the note"
    );
    assert.true(seen.permissions.can_take);
    assert.strictEqual(
      as(USERS.kim.id)("GET", `/volunteer-booking/requests/${id}`).status,
      404,
      "people with no part in the topic do not see it"
    );

    const taken = request(act(USERS.bob.id, id, "take"));
    assert.strictEqual(taken.status, "taken");
    assert.strictEqual(taken.taker?.username, "bob");
    assert.strictEqual(taken.note, input.note, "the taker sees the note");
    assert.true(taken.permissions.can_schedule);
    assert.deepEqual(errors(act(USERS.cat.id, id, "take")), [
      "bob has already offered a time for this request.",
    ]);

    const again = request(act(USERS.bob.id, id, "give-back"));
    assert.strictEqual(again.status, "open");
    assert.strictEqual(again.taker, null);
    assert.strictEqual(
      request(act(USERS.cat.id, id, "take")).taker?.username,
      "cat"
    );
  });

  test("the taker sets a time inside a window, which makes a picked-up booking", function (assert) {
    const { api, as, ask, act, errors, request, setNow } = setup();
    const id = request(ask()).id;
    act(USERS.bob.id, id, "take");
    const schedule = (startsAt: string) =>
      act(USERS.bob.id, id, "schedule", { starts_at: startsAt });

    assert.deepEqual(
      errors(schedule("2026-06-02T13:00:00Z")),
      ["Choose a time inside one of the requested windows."],
      "a Tuesday"
    );
    assert.deepEqual(
      errors(schedule("2026-06-01T14:31:00Z")),
      ["Choose a time inside one of the requested windows."],
      "running past 11:00 New York"
    );
    assert.strictEqual(
      act(USERS.cat.id, id, "schedule", { starts_at: "2026-06-01T13:00:00Z" })
        .status,
      403,
      "only the taker sets the time"
    );
    setNow(new Date("2026-06-01T12:30:00Z"));
    assert.deepEqual(errors(schedule("2026-06-01T13:00:00Z")), [
      "Choose a time at least 60 minutes from now.",
    ]);
    setNow(NOW);

    const done = schedule("2026-06-01T13:00:00Z");
    assert.strictEqual(done.status, 200);
    const { booking } = done.body as { booking: Booking };
    assert.strictEqual(request(done).status, "scheduled");
    assert.strictEqual(request(done).booking_id, booking.id);
    assert.strictEqual(booking.status, "picked_up");
    assert.strictEqual(booking.holder?.username, "bob");
    assert.strictEqual(booking.booker?.username, "eve");
    assert.strictEqual(booking.shift_id, null, "no slot was booked");
    assert.strictEqual(booking.ends_at, "2026-06-01T13:30:00.000Z");
    assert.deepEqual(errors(schedule("2026-06-08T13:00:00Z")), [
      "This request is no longer open.",
    ]);

    const mine = as(USERS.eve.id)("GET", "/volunteer-booking/my-bookings")
      .body as { bookings: Booking[] };
    assert.true(
      mine.bookings.some((b) => b.id === booking.id),
      "Eve sees the booking"
    );
    assert.strictEqual(api.data.requests[0].status, "scheduled");
  });

  test("the taker's own sessions keep them from overlapping times", function (assert) {
    const { as, ask, act, errors, request } = setup();
    const id = request(ask()).id;
    act(USERS.bob.id, id, "take");
    act(USERS.bob.id, id, "schedule", { starts_at: "2026-06-08T13:00:00Z" });
    const other = request(
      as(USERS.dee.id)("POST", `${topicUrl}/requests`, input)
    ).id;
    act(USERS.bob.id, other, "take");
    assert.deepEqual(
      errors(
        act(USERS.bob.id, other, "schedule", {
          starts_at: "2026-06-08T13:15:00Z",
        })
      ),
      ["You already have a session at that time."]
    );
  });

  test("the requester withdraws; the volunteer page lists what is open and held", function (assert) {
    const { as, ask, act, request } = setup();
    const id = request(ask()).id;
    const page = () =>
      as(USERS.bob.id)("GET", "/volunteer-booking/volunteer.json").body as {
        requests: BookingRequest[];
        open_requests: BookingRequest[];
      };
    assert.deepEqual(
      page().open_requests.map((r) => r.id),
      [id]
    );
    act(USERS.bob.id, id, "take");
    assert.deepEqual(
      page().requests.map((r) => r.id),
      [id]
    );
    assert.deepEqual(page().open_requests, []);

    assert.strictEqual(act(USERS.bob.id, id, "withdraw").status, 403);
    assert.strictEqual(
      request(act(USERS.eve.id, id, "withdraw")).status,
      "withdrawn"
    );
    assert.deepEqual(page().requests, []);
    const mine = as(USERS.eve.id)("GET", `${topicUrl}/requests/mine`).body;
    assert.deepEqual(mine, { request: null });
  });

  test("a volunteer who asks cannot take their own request", function (assert) {
    const { as, act, errors, request } = setup();
    const id = request(
      as(USERS.bob.id)("POST", `${topicUrl}/requests`, input)
    ).id;
    const page = as(USERS.bob.id)("GET", "/volunteer-booking/volunteer.json")
      .body as { open_requests: BookingRequest[] };
    assert.deepEqual(page.open_requests, []);
    assert.false(
      request(as(USERS.bob.id)("GET", `/volunteer-booking/requests/${id}`))
        .permissions.can_take
    );
    assert.strictEqual(act(USERS.bob.id, id, "take").status, 403);
    assert.deepEqual(
      errors(act(USERS.ann.id, id, "reassign", { user_id: USERS.bob.id })),
      [
        "bob cannot take this booking: only the topic's volunteers can, and not for their own booking.",
      ]
    );
    act(USERS.bob.id, id, "withdraw");
    assert.deepEqual(
      errors(act(USERS.ann.id, id, "reassign", { user_id: USERS.bob.id })),
      [
        "bob cannot take this booking: only the topic's volunteers can, and not for their own booking.",
      ],
      "who it goes to is asked before whether it is still open"
    );
  });

  test("organisers list a topic's requests by status and reassign them", function (assert) {
    const { as, ask, act, request } = setup();
    const id = request(ask()).id;
    const list = (status: string) =>
      (
        as(USERS.ann.id)("GET", `${topicUrl}/requests?status=${status}`)
          .body as {
          requests: BookingRequest[];
        }
      ).requests.map((r) => r.id);
    assert.deepEqual(list("open"), [id]);
    assert.deepEqual(list("taken"), []);
    assert.strictEqual(
      as(USERS.eve.id)("GET", `${topicUrl}/requests`).status,
      403
    );
    const given = request(
      act(USERS.ann.id, id, "reassign", { user_id: USERS.cat.id })
    );
    assert.strictEqual(given.taker?.username, "cat");
    assert.deepEqual(list("taken"), [id]);
  });

  test("an open or taken request counts towards the limit when booking", function (assert) {
    const { api, as, ask, act, errors, request } = setup();
    const id = request(ask()).id;
    const book = () => {
      const { slots } = as(null)("GET", `${topicUrl}/slots`).body as {
        slots: Slot[];
      };
      return as(USERS.eve.id)("POST", `${topicUrl}/bookings`, {
        shift_id: slots[0].shift_id,
        starts_at: slots[0].starts_at,
        answers: input.answers,
        idempotency_key: `eve-${api.data.bookings.length}-booking-form`,
      });
    };
    const atLimit = [
      "You already have the most upcoming bookings allowed here (1). Please cancel one, or wait until it has taken place, before booking another.",
    ];

    assert.deepEqual(errors(book()), atLimit, "open");
    act(USERS.bob.id, id, "take");
    assert.deepEqual(errors(book()), atLimit, "taken");
    act(USERS.eve.id, id, "withdraw");
    assert.strictEqual(book().status, 200, "withdrawn, it no longer counts");
  });
});
