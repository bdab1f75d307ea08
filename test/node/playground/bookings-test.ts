import QUnit from "qunit";
import type { Slot } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  DEMO_TOPIC_ID,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import { as as requestsAs, NOW, server } from "./fake-api.ts";

const { module, test } = QUnit;

const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;

function setup(clock = () => NOW) {
  const api = server(clock);
  const as = (userId: number | null) => requestsAs(api, userId);
  const slots = () =>
    (as(null)("GET", `${topicUrl}/slots`).body as { slots: Slot[] }).slots;
  const answers = {
    ica_statement: true,
    story: "Laid off, curious about co-ops",
  };
  const book = (userId: number, slot: Slot, key: string, extra: object = {}) =>
    as(userId)("POST", `${topicUrl}/bookings`, {
      shift_id: slot.shift_id,
      starts_at: slot.starts_at,
      answers,
      // As the booking form makes them: 8 to 64 letters, digits, - or _.
      idempotency_key: `${key}-booking-form`,
      ...extra,
    });
  return { api, as, slots, book, answers };
}

const errors = (response: { body: unknown }) =>
  (response.body as { errors: string[] }).errors;

module("playground bookings", function () {
  test("books, refusing by the same rules as the server", function (assert) {
    const { api, as, slots, book, answers } = setup();
    const [first, second] = slots();
    const demoBookings = api.data.bookings.length;

    assert.strictEqual(
      book(USERS.eve.id, first, "k1", { answers: { story: "x" } }).status,
      422
    );
    assert.deepEqual(
      errors(book(USERS.eve.id, first, "k1", { answers: { story: "x" } })),
      [
        "Please tick “I have read the ICA statement on the co-operative identity, values and principles” to continue.",
      ]
    );
    assert.deepEqual(
      errors(
        book(USERS.eve.id, first, "k1", { answers: { ...answers, story: " " } })
      ),
      ["Please answer “What would you like to talk about?”."]
    );
    assert.deepEqual(
      errors(
        book(USERS.eve.id, first, "k1", {
          answers: { ...answers, shoe_size: "9" },
        })
      ),
      [
        "The form sent an answer to a question that no longer exists (shoe_size). Please reload the page and try again.",
      ]
    );
    assert.strictEqual(
      api.data.bookings.length,
      demoBookings,
      "nothing written by refusals"
    );

    const made = book(USERS.eve.id, first, "k1");
    assert.strictEqual(made.status, 200);
    assert.deepEqual(
      book(USERS.eve.id, first, "k1").body,
      made.body,
      "the same key books once"
    );
    assert.strictEqual(api.data.bookings.length, demoBookings + 1);

    assert.deepEqual(errors(book(USERS.eve.id, first, "k2")), [
      "You have already booked this time. You can find it in your bookings.",
    ]);
    assert.deepEqual(errors(book(USERS.eve.id, second, "k3")), [
      "You already have the most upcoming bookings allowed here (1). Please cancel one, or wait until it has taken place, before booking another.",
    ]);

    book(USERS.dee.id, first, "d1");
    assert.strictEqual(
      slots()[0].available,
      0,
      "two volunteers, two bookings: full"
    );
    assert.deepEqual(errors(book(USERS.ann.id, first, "a1")), [
      "Sorry, that time has just been fully booked. Please pick another time.",
    ]);
    assert.deepEqual(
      errors(
        as(USERS.eve.id)("POST", `${topicUrl}/bookings`, {
          shift_id: first.shift_id,
          starts_at: "2026-06-01T09:30:00Z",
          answers,
          idempotency_key: "k9-booking-form",
        })
      ),
      [
        "That time is too close to now. Please pick a time at least 60 minutes from now.",
      ]
    );
    assert.deepEqual(
      errors(
        as(USERS.eve.id)("POST", `${topicUrl}/bookings`, {
          shift_id: first.shift_id,
          starts_at: "2026-09-01T12:00:00Z",
          answers,
          idempotency_key: "k9-booking-form",
        })
      ),
      [
        "That time is too far ahead. Please pick a time within the next 28 days.",
      ]
    );
    assert.deepEqual(
      errors(
        as(USERS.eve.id)("POST", `${topicUrl}/bookings`, {
          shift_id: first.shift_id,
          starts_at: "2026-06-03T12:10:00Z",
          answers,
          idempotency_key: "k9-booking-form",
        })
      ),
      [
        "That time is not available any more. Please reload the page and pick another time.",
      ]
    );
    assert.strictEqual(
      as(null)("POST", `${topicUrl}/bookings`, {}).status,
      403,
      "visitors cannot book"
    );
  });

  test("paused topics and trust levels", function (assert) {
    const { api, slots, book } = setup();
    const [first] = slots();
    const settings = api.data.bookingTopics[0].settings;

    settings.min_trust_level = 2;
    assert.deepEqual(errors(book(USERS.eve.id, first, "t1")), [
      "Your account needs to reach trust level 2 before you can book a chat. Reading and taking part in the forum for a little while will get you there.",
    ]);
    assert.strictEqual(
      book(USERS.sam.id, first, "t2").status,
      200,
      "staff pass any trust level"
    );

    settings.paused = true;
    assert.deepEqual(slots(), [], "no times while paused");
    assert.deepEqual(errors(book(USERS.sam.id, first, "t3")), [
      "Bookings are paused for now. Please check back later.",
    ]);
  });

  test("cancel keeps the record; reschedule moves it and bumps the sequence", function (assert) {
    const { api, as, slots, book } = setup();
    const all = slots();
    const booking = (
      book(USERS.eve.id, all[0], "k1").body as { booking: { id: number } }
    ).booking;
    const url = `/volunteer-booking/bookings/${booking.id}`;

    assert.strictEqual(
      as(USERS.dee.id)("PUT", `${url}/reschedule`, all[3]).status,
      403
    );
    const moved = as(USERS.eve.id)("PUT", `${url}/reschedule`, {
      shift_id: all[3].shift_id,
      starts_at: all[3].starts_at,
    });
    assert.strictEqual(moved.status, 200, "moving within the per-user limit");
    assert.deepEqual(
      [api.data.bookings.at(-1)!.starts_at, api.data.bookings.at(-1)!.sequence],
      [new Date(all[3].starts_at).toISOString(), 1]
    );
    assert.strictEqual(slots()[0].available, 2, "the old time is free again");
    assert.deepEqual(
      errors(
        as(USERS.eve.id)("PUT", `${url}/reschedule`, {
          shift_id: all[3].shift_id,
          starts_at: all[3].starts_at,
        })
      ),
      ["The booking is already at that time. Pick another time to move it to."],
      "moving to the time it has is refused, as the server does"
    );
    assert.strictEqual(api.data.bookings.at(-1)!.sequence, 1);

    assert.strictEqual(
      as(USERS.dee.id)("PUT", `${url}/cancel`, { reason: "no" }).status,
      403
    );
    const cancelled = as(USERS.ann.id)("PUT", `${url}/cancel`, {
      reason: " Volunteer ill ",
    });
    assert.strictEqual(cancelled.status, 200, "organisers cancel any booking");
    assert.deepEqual(
      [
        api.data.bookings.at(-1)!.status,
        api.data.bookings.at(-1)!.cancel_reason,
        api.data.bookings.at(-1)!.cancelled_by_id,
        api.data.bookings.at(-1)!.sequence,
      ],
      ["cancelled", "Volunteer ill", USERS.ann.id, 2]
    );
    assert.deepEqual(errors(as(USERS.eve.id)("PUT", `${url}/cancel`, {})), [
      "This booking has already been cancelled or has taken place, so it can no longer be changed.",
    ]);
  });

  test("answers only for the booker, the holder and organisers; calendar likewise", function (assert) {
    const { api, as, slots, book } = setup();
    const { booking } = book(USERS.eve.id, slots()[0], "k1").body as {
      booking: { id: number; answers?: object };
    };
    assert.deepEqual(booking.answers, {
      ica_statement: true,
      story: "Laid off, curious about co-ops",
      coop_interest: "",
    });

    const organiserView = (
      as(USERS.ann.id)("GET", `${topicUrl}/bookings`).body as {
        bookings: { answers?: object }[];
      }
    ).bookings;
    assert.true("answers" in organiserView[0]);
    assert.strictEqual(
      as(USERS.bob.id)("GET", `${topicUrl}/bookings`).status,
      403,
      "volunteers get no list"
    );

    const ics = as(USERS.eve.id)(
      "GET",
      `/volunteer-booking/bookings/${booking.id}/calendar.ics`
    );
    assert.strictEqual(ics.contentType, "text/calendar; charset=utf-8");
    assert.true((ics.body as string).includes("\r\nSEQUENCE:0\r\n"));
    assert.false(
      (ics.body as string).includes("Laid off"),
      "no answers in the calendar"
    );
    assert.strictEqual(
      as(USERS.bob.id)(
        "GET",
        `/volunteer-booking/bookings/${booking.id}/calendar.ics`
      ).status,
      403
    );

    api.data.bookings.at(-1)!.holder_id = USERS.bob.id;
    const mine = (
      as(USERS.eve.id)("GET", "/volunteer-booking/my-bookings").body as {
        bookings: { holder: { username: string } }[];
      }
    ).bookings;
    assert.strictEqual(mine[0].holder.username, "bob");
  });
});

module("playground call links", function () {
  test("a call link for each booking: its own token, seen by the booker and in the .ics", function (assert) {
    const { api, as, slots, book } = setup();
    const settings = api.data.bookingTopics.find(
      (b) => b.topic_id === DEMO_TOPIC_ID
    )!.settings;
    const template = "https://meet.jit.si/digital-candle-{token}?b={booking}";
    const saved = as(USERS.ann.id)("PUT", `${topicUrl}/settings`, {
      settings: {
        ...settings,
        meeting_mode: "call_link_template",
        call_link_template: template,
      },
    });
    assert.strictEqual(saved.status, 200, "Ann switches the mode");

    const [first, second] = slots();
    const links = [
      book(USERS.eve.id, first, "k1"),
      book(USERS.dee.id, second, "k2"),
    ].map((response) => {
      const { booking } = response.body as {
        booking: { id: number; call_link?: string };
      };
      const token = /digital-candle-([A-Za-z0-9_-]{22})\?b=(\d+)$/.exec(
        booking.call_link ?? ""
      );
      assert.strictEqual(token?.[2], String(booking.id), booking.call_link);
      return { id: booking.id, link: booking.call_link!, token: token?.[1] };
    });
    assert.notStrictEqual(
      links[0].token,
      links[1].token,
      "unguessable, each its own"
    );

    const ics = as(USERS.eve.id)(
      "GET",
      `/volunteer-booking/bookings/${links[0].id}/calendar.ics`
    ).body as string;
    // Long lines are folded (RFC 5545, 3.1): read them unfolded.
    const lines = ics.replace(/\r\n /g, "").split("\r\n");
    assert.true(lines.includes(`LOCATION:${links[0].link}`));
    assert.true(
      lines.some(
        (line) =>
          line.startsWith("DESCRIPTION:") && line.includes(links[0].link)
      ),
      "and in the description"
    );
  });

  test("a volunteer keeps, changes and clears their own link", function (assert) {
    const { as } = setup();
    const bob = as(USERS.bob.id);
    const url = "/volunteer-booking/volunteer/call-link";
    const pageLink = () =>
      (
        bob("GET", "/volunteer-booking/volunteer.json").body as {
          call_link: string | null;
        }
      ).call_link;
    const room = "https://meet.jit.si/bobs-room";

    assert.deepEqual(bob("PUT", url, { call_link: room }).body, {
      call_link: room,
    });
    assert.strictEqual(pageLink(), room, "on his volunteer page");

    const refused = bob("PUT", url, { call_link: "http://meet.jit.si/x" });
    assert.strictEqual(refused.status, 422);
    assert.deepEqual(errors(refused), [
      "The call link must start with https://, so that the call is encrypted.",
    ]);
    assert.strictEqual(pageLink(), room, "a refusal changes nothing");

    assert.deepEqual(bob("PUT", url, { call_link: "  " }).body, {
      call_link: null,
    });
    assert.strictEqual(pageLink(), null, "blank clears it");
    assert.strictEqual(as(null)("PUT", url, { call_link: room }).status, 403);
  });
});

module("playground pick-up", function () {
  test("the first volunteer wins; others are told who has it", function (assert) {
    const { api, as, slots, book } = setup();
    const { booking } = book(USERS.eve.id, slots()[0], "k1").body as {
      booking: { id: number };
    };
    const url = `/volunteer-booking/bookings/${booking.id}`;

    assert.strictEqual(
      as(USERS.eve.id)("PUT", `${url}/pick-up`).status,
      403,
      "not one's own"
    );
    assert.strictEqual(
      as(USERS.sam.id)("PUT", `${url}/pick-up`).status,
      403,
      "staff who do not volunteer"
    );
    assert.strictEqual(as(USERS.cat.id)("PUT", `${url}/pick-up`).status, 200);
    assert.deepEqual(errors(as(USERS.bob.id)("PUT", `${url}/pick-up`)), [
      "Already picked up by @cat.",
    ]);
    assert.strictEqual(api.data.bookings.at(-1)!.holder_id, USERS.cat.id);

    const page = as(USERS.bob.id)("GET", "/volunteer-booking/volunteer.json")
      .body as {
      queue: unknown[];
      sessions: { topic_title: string }[];
      rota_entries: {
        topic_title: string;
        shift: { weekday: number };
        inactive: boolean;
      }[];
    };
    assert.strictEqual(page.queue.length, 0);
    assert.deepEqual(
      page.sessions.map((b) => b.topic_title),
      ["Co-op clinic: a first talk about your co-op's problem"],
      "only his own demo session"
    );
    assert.deepEqual(
      page.rota_entries.map((e) => [
        e.topic_title,
        e.shift.weekday,
        e.inactive,
      ]),
      [
        ["Digital Candle: chat to a co-op worker", 3, false],
        ["Digital Candle: chat to a co-op worker", 5, false],
        ["Co-op clinic: a first talk about your co-op's problem", 5, false],
      ]
    );
  });

  test("release, hand over and outcome", function (assert) {
    const { api, as, slots, book } = setup();
    const { booking } = book(USERS.eve.id, slots()[0], "k1").body as {
      booking: { id: number };
    };
    const url = `/volunteer-booking/bookings/${booking.id}`;
    as(USERS.cat.id)("PUT", `${url}/pick-up`);

    assert.strictEqual(as(USERS.bob.id)("PUT", `${url}/release`).status, 403);
    assert.deepEqual(
      errors(as(USERS.cat.id)("PUT", `${url}/hand-over`, { username: "eve" })),
      [
        "eve cannot take this booking: only the topic's volunteers can, and not for their own booking.",
      ]
    );
    assert.strictEqual(
      as(USERS.cat.id)("PUT", `${url}/hand-over`, { username: "bob" }).status,
      200
    );
    assert.strictEqual(api.data.bookings.at(-1)!.holder_id, USERS.bob.id);

    assert.deepEqual(
      errors(as(USERS.bob.id)("PUT", `${url}/outcome`, { outcome: "held" })),
      [
        "The session has not started yet. You can say whether it was held once it has started.",
      ]
    );
    assert.strictEqual(as(USERS.bob.id)("PUT", `${url}/release`).status, 200);
    assert.deepEqual(
      [api.data.bookings.at(-1)!.status, api.data.bookings.at(-1)!.holder_id],
      ["pending", null]
    );
    const queue = (
      as(USERS.dee.id)("GET", "/volunteer-booking/volunteer.json").body as {
        queue: object[];
      }
    ).queue;
    assert.strictEqual(queue.length, 1);
    assert.false("answers" in queue[0], "the queue never carries answers");
  });
});

/** Eve's booking of the first slot, picked up by Cat, the clock at its start. */
function startedSession() {
  let now = NOW;
  const { as, slots, book } = setup(() => now);
  const all = slots();
  const { booking } = book(USERS.eve.id, all[0], "k1").body as {
    booking: { id: number; starts_at: string };
  };
  const url = `/volunteer-booking/bookings/${booking.id}`;
  as(USERS.cat.id)("PUT", `${url}/pick-up`);
  now = new Date(booking.starts_at);
  return { as, later: all[3], url };
}

module("playground: once a session has started", function () {
  test("its booker can no longer cancel or move it; organisers still can", function (assert) {
    const { as, later, url } = startedSession();
    const started = [
      "This session has already started, so it can no longer be cancelled or moved.",
    ];
    assert.deepEqual(
      errors(as(USERS.eve.id)("PUT", `${url}/cancel`, {})),
      started
    );
    assert.deepEqual(
      errors(
        as(USERS.eve.id)("PUT", `${url}/reschedule`, {
          shift_id: later.shift_id,
          starts_at: later.starts_at,
        })
      ),
      started
    );
    const mine = (
      as(USERS.eve.id)("GET", "/volunteer-booking/my-bookings").body as {
        bookings: { permissions: Record<string, boolean> }[];
      }
    ).bookings;
    assert.false(
      Object.values(mine[0].permissions).some(Boolean),
      "nothing is offered to the booker"
    );
    assert.strictEqual(
      as(USERS.ann.id)("PUT", `${url}/cancel`, { reason: "Ran late" }).status,
      200
    );
  });

  test("nobody picks it up, gives it back or hands it over", function (assert) {
    let now = NOW;
    const { api, as, slots, book } = setup(() => now);
    const [first, second] = slots();
    const pending = (
      book(USERS.eve.id, first, "k1").body as {
        booking: { id: number; starts_at: string };
      }
    ).booking;
    const pickedUp = (
      book(USERS.sam.id, second, "k2").body as {
        booking: { id: number };
      }
    ).booking;
    const pickedUpUrl = `/volunteer-booking/bookings/${pickedUp.id}`;
    as(USERS.cat.id)("PUT", `${pickedUpUrl}/pick-up`);
    now = new Date(second.starts_at);

    const started = [
      "This booking has already started, so it can no longer be picked up, given back or handed over.",
    ];
    assert.deepEqual(
      errors(
        as(USERS.bob.id)(
          "PUT",
          `/volunteer-booking/bookings/${pending.id}/pick-up`
        )
      ),
      started
    );
    assert.deepEqual(
      errors(as(USERS.cat.id)("PUT", `${pickedUpUrl}/release`)),
      started
    );
    assert.deepEqual(
      errors(
        as(USERS.cat.id)("PUT", `${pickedUpUrl}/hand-over`, { username: "bob" })
      ),
      started
    );
    const page = as(USERS.bob.id)("GET", "/volunteer-booking/volunteer.json")
      .body as { queue: unknown[] };
    assert.deepEqual(page.queue, [], "no longer in the queue");
    assert.false(
      api.announcements(USERS.bob.id).find((a) => a.booking_id === pending.id)!
        .can_pick_up,
      "its announcement offers no pick-up"
    );
  });

  test("a held session is picked up already, as the server says", function (assert) {
    const { as, url } = startedSession();
    as(USERS.cat.id)("PUT", `${url}/outcome`, { outcome: "held" });

    assert.deepEqual(errors(as(USERS.bob.id)("PUT", `${url}/pick-up`)), [
      "Already picked up by @cat.",
    ]);
  });
});
