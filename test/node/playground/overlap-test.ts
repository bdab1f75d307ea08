import QUnit from "qunit";
import type { Slot } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  CLINIC_TOPIC_ID,
  DEMO_TOPIC_ID,
  GROUPS,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import type { FakeServer } from "../../browser/playground/api/fake-server.ts";
import { as, server } from "./fake-api.ts";

const { module, test } = QUnit;

// NOW is Monday 1 June 2026. Bob's demo Co-op clinic session is Friday
// 5 June, 14:00–15:00 London (13:00–14:00 UTC); Digital Candle's Friday
// shift is 13:00–17:00 London with Bob alone on its rota.
const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;
const friday = (time: string) => `2026-06-05T${time}:00.000Z`;
const wednesday = (time: string) => `2026-06-03T${time}:00.000Z`;
const answers = { ica_statement: true, story: "Curious" };

const errors = (response: { body: unknown }) =>
  (response.body as { errors?: string[] }).errors;

function slots(api: FakeServer, topicId = DEMO_TOPIC_ID): Slot[] {
  return (
    as(api, null)("GET", `/volunteer-booking/topics/${topicId}/slots`).body as {
      slots: Slot[];
    }
  ).slots;
}

/** "HH:MM capacity/available" of the slots on one UTC day. */
function day(api: FakeServer, date: string): string[] {
  return slots(api)
    .filter((s) => s.starts_at.startsWith(date))
    .map((s) => `${s.starts_at.slice(11, 16)} ${s.capacity}/${s.available}`);
}

function book(api: FakeServer, userId: number, startsAt: string, key = "k1") {
  const shiftId = startsAt.startsWith("2026-06-05") ? 12 : 11;
  const response = as(api, userId)("POST", `${topicUrl}/bookings`, {
    shift_id: shiftId,
    starts_at: startsAt,
    answers,
    // As the booking form makes them: 8 to 64 letters, digits, - or _.
    idempotency_key: `${key}-booking-form`,
  });
  return {
    response,
    id: (response.body as { booking?: { id: number } }).booking?.id,
  };
}

/** Cat joins Digital Candle's Friday shift, beside Bob. */
function catOnFridays(api: FakeServer) {
  as(api, USERS.cat.id)("POST", `${topicUrl}/rota-entries`, {
    shift_id: 12,
    on_date: null,
  });
}

const bookingUrl = (id: number | undefined) =>
  `/volunteer-booking/bookings/${id}`;

module("playground overlap: busy in another booking topic", function () {
  test("a volunteer's session elsewhere takes their time out of this topic's slots", function (assert) {
    const api = server();
    assert.deepEqual(
      day(api, "2026-06-05"),
      [
        "12:00 1/1",
        "12:30 1/1",
        "14:00 1/1",
        "14:30 1/1",
        "15:00 1/1",
        "15:30 1/1",
      ],
      "Bob, Friday's only volunteer, is at the clinic 13:00–14:00"
    );
    catOnFridays(api);
    assert.deepEqual(day(api, "2026-06-05").slice(0, 4), [
      "12:00 2/2",
      "12:30 2/2",
      "13:00 1/1",
      "13:30 1/1",
    ]);

    assert.strictEqual(
      as(api, USERS.ann.id)("PUT", `${bookingUrl(31)}/cancel`, {}).status,
      200
    );
    assert.deepEqual(
      day(api, "2026-06-05").slice(2, 4),
      ["13:00 2/2", "13:30 2/2"],
      "a cancelled session holds nobody"
    );
  });

  test("the clinic's own slots count Bob's session as a booking, not as busy", function (assert) {
    const api = server();
    assert.deepEqual(
      slots(api, CLINIC_TOPIC_ID)
        .filter((s) => s.starts_at.startsWith("2026-06-05"))
        .map(
          (s) => `${s.starts_at.slice(11, 16)} ${s.capacity}/${s.available}`
        ),
      ["13:00 1/0", "14:00 1/1"]
    );
  });

  test("rota entries of people who lost access count toward no slot", function (assert) {
    const api = server();
    as(api, USERS.dee.id)("POST", `${topicUrl}/rota-entries`, {
      shift_id: 12,
      on_date: null,
    });
    const inactive = () =>
      (
        as(api, USERS.dee.id)("GET", "/volunteer-booking/volunteer.json")
          .body as { rota_entries: { inactive: boolean }[] }
      ).rota_entries.map((e) => e.inactive);
    assert.false(
      day(api, "2026-06-05").some((s) => s.startsWith("13:00")),
      "Dee, a Friend, cannot join the chat channel yet"
    );
    assert.deepEqual(inactive(), [true]);

    // What the Friends setup grants.
    api.data.friends.chatAllowedGroupIds.push(GROUPS.friends.id);
    api.data.friends.channelCategories[0].posting_group_ids!.push(
      GROUPS.friends.id
    );
    assert.true(day(api, "2026-06-05").includes("13:00 1/1"));
    assert.deepEqual(inactive(), [false]);
  });
});

module("playground overlap: one session at a time per volunteer", function () {
  test("pick-up refuses a volunteer holding an overlapping session in another topic", function (assert) {
    const api = server();
    catOnFridays(api);
    const { id } = book(api, USERS.eve.id, friday("13:00"));

    assert.deepEqual(
      errors(as(api, USERS.bob.id)("PUT", `${bookingUrl(id)}/pick-up`)),
      [
        "bob already holds a session at Friday 5 June 2026, 14:00 (Europe/London) that overlaps this one.",
      ]
    );
    assert.strictEqual(api.data.bookings.at(-1)!.status, "pending");
    assert.strictEqual(
      as(api, USERS.cat.id)("PUT", `${bookingUrl(id)}/pick-up`).status,
      200
    );
    assert.deepEqual(
      errors(as(api, USERS.bob.id)("PUT", `${bookingUrl(id)}/pick-up`)),
      ["Already picked up by @cat."],
      "the first still wins"
    );
  });

  test("pick-up lets a volunteer take a session that only touches theirs", function (assert) {
    const api = server();
    const { id } = book(api, USERS.eve.id, friday("12:30"));
    assert.strictEqual(
      as(api, USERS.bob.id)("PUT", `${bookingUrl(id)}/pick-up`).status,
      200,
      "12:30–13:00 ends as the clinic session starts"
    );
  });

  test("hand-over refuses a volunteer holding an overlapping session, in the acting user's zone", function (assert) {
    const api = server();
    catOnFridays(api);
    const { id } = book(api, USERS.eve.id, friday("13:30"));
    as(api, USERS.cat.id)("PUT", `${bookingUrl(id)}/pick-up`);

    assert.deepEqual(
      errors(
        as(api, USERS.cat.id)("PUT", `${bookingUrl(id)}/hand-over`, {
          username: "bob",
        })
      ),
      [
        "bob already holds a session at Friday 5 June 2026, 13:00 (UTC) that overlaps this one.",
      ]
    );
    assert.strictEqual(api.data.bookings.at(-1)!.holder_id, USERS.cat.id);
  });

  test("a picked up booking cannot move onto its volunteer's other session", function (assert) {
    const api = server();
    catOnFridays(api);
    const { id } = book(api, USERS.eve.id, friday("12:00"));
    as(api, USERS.bob.id)("PUT", `${bookingUrl(id)}/pick-up`);

    const move = (startsAt: string) =>
      as(api, USERS.eve.id)("PUT", `${bookingUrl(id)}/reschedule`, {
        shift_id: 12,
        starts_at: startsAt,
      });
    assert.deepEqual(errors(move(friday("13:00"))), [
      "bob already holds a session at Friday 5 June 2026, 13:00 (UTC) that overlaps this one.",
    ]);
    assert.strictEqual(api.data.bookings.at(-1)!.starts_at, friday("12:00"));
    assert.strictEqual(move(friday("14:00")).status, 200);
  });
});

module("playground overlap: rescheduling counts by overlap", function () {
  test("a booking may move onto a time overlapping its own", function (assert) {
    const api = server();
    const { settings } = api.data.bookingTopics[0];
    settings.max_parallel = 1;
    settings.session_minutes = 60;
    const { id } = book(api, USERS.eve.id, wednesday("12:00"));
    settings.session_minutes = 30;
    assert.deepEqual(
      day(api, "2026-06-03").slice(0, 3),
      ["12:00 1/0", "12:30 1/0", "13:00 1/1"],
      "the hour-long booking fills both half hours"
    );

    const moved = as(api, USERS.eve.id)("PUT", `${bookingUrl(id)}/reschedule`, {
      shift_id: 11,
      starts_at: wednesday("12:30"),
    });
    assert.strictEqual(moved.status, 200);
    assert.deepEqual(
      [api.data.bookings.at(-1)!.starts_at, api.data.bookings.at(-1)!.ends_at],
      [wednesday("12:30"), wednesday("13:00")]
    );
  });

  test("a slot full by an overlapping booking refuses bookings and moves", function (assert) {
    const api = server();
    const { settings } = api.data.bookingTopics[0];
    settings.max_parallel = 1;
    settings.session_minutes = 60;
    book(api, USERS.dee.id, wednesday("12:00"), "d1");
    settings.session_minutes = 30;
    const { id } = book(api, USERS.eve.id, wednesday("14:00"));

    const full = [
      "Sorry, that time has just been fully booked. Please pick another time.",
    ];
    assert.deepEqual(
      errors(
        as(api, USERS.eve.id)("PUT", `${bookingUrl(id)}/reschedule`, {
          shift_id: 11,
          starts_at: wednesday("12:30"),
        })
      ),
      full
    );
    assert.deepEqual(
      errors(book(api, USERS.ann.id, wednesday("12:30"), "a1").response),
      full
    );
  });
});

module(
  "playground overlap: shift changes that would strand bookings",
  function () {
    function twoBookings() {
      const api = server();
      book(api, USERS.eve.id, wednesday("12:00"), "e1");
      book(api, USERS.dee.id, wednesday("15:30"), "d1");
      const put = (change: object) =>
        as(api, USERS.ann.id)("PUT", `${topicUrl}/shifts/11`, {
          shift: {
            weekday: 3,
            starts_at: "13:00",
            ends_at: "17:00",
            time_zone: "Europe/London",
            ...change,
          },
        });
      return { api, put };
    }

    test("moving or shortening a shift past its bookings is refused, with the count", function (assert) {
      const { api, put } = twoBookings();
      const before = structuredClone(api.data.shifts);

      assert.deepEqual(errors(put({ starts_at: "14:00" })), [
        "1 upcoming booking falls outside this change. Cancel or move it first.",
      ]);
      assert.deepEqual(errors(put({ weekday: 4 })), [
        "2 upcoming bookings fall outside this change. Cancel or move them first.",
      ]);
      assert.deepEqual(
        errors(put({ time_zone: "Europe/Paris" })),
        [
          "1 upcoming booking falls outside this change. Cancel or move it first.",
        ],
        "13:00–17:00 Paris ends at 16:00 London"
      );
      assert.deepEqual(api.data.shifts, before, "nothing changed");

      assert.strictEqual(
        put({ starts_at: "12:00", ends_at: "18:00" }).status,
        200
      );
      assert.strictEqual(
        put({ starts_at: "13:00", ends_at: "17:00" }).status,
        200
      );
    });

    test("removing a shift with upcoming bookings is refused; cancelled ones do not count", function (assert) {
      const { api } = twoBookings();
      const remove = () =>
        as(api, USERS.ann.id)("DELETE", `${topicUrl}/shifts/11`);

      assert.deepEqual(errors(remove()), [
        "2 upcoming bookings fall outside this change. Cancel or move them first.",
      ]);
      const dee = api.data.bookings.at(-1)!;
      as(api, USERS.dee.id)("PUT", `${bookingUrl(dee.id)}/cancel`, {});
      assert.deepEqual(errors(remove()), [
        "1 upcoming booking falls outside this change. Cancel or move it first.",
      ]);
      const eve = api.data.bookings.at(-2)!;
      as(api, USERS.eve.id)("PUT", `${bookingUrl(eve.id)}/cancel`, {});

      // A session under way is not over yet: it still needs its shift.
      api.data.bookings.push({
        ...structuredClone(eve),
        id: 77,
        status: "picked_up",
        starts_at: "2026-06-01T08:45:00.000Z",
        ends_at: "2026-06-01T09:15:00.000Z",
      });
      assert.deepEqual(errors(remove()), [
        "1 upcoming booking falls outside this change. Cancel or move it first.",
      ]);
      api.data.bookings.at(-1)!.ends_at = "2026-06-01T09:00:00.000Z";
      assert.strictEqual(remove().status, 200, "ended at NOW: over");
    });

    test("changing session length keeps bookings at their time", function (assert) {
      const { api } = twoBookings();
      const settings = {
        ...api.data.bookingTopics[0].settings,
        session_minutes: 45,
      };
      assert.strictEqual(
        as(api, USERS.ann.id)("PUT", `${topicUrl}/settings`, { settings })
          .status,
        200
      );
      assert.deepEqual(
        api.data.bookings.slice(-2).map((b) => [b.starts_at, b.ends_at]),
        [
          [wednesday("12:00"), wednesday("12:30")],
          [wednesday("15:30"), wednesday("16:00")],
        ]
      );
      assert.deepEqual(
        day(api, "2026-06-03").slice(0, 2),
        ["12:00 2/1", "12:45 2/2"],
        "the 12:00–12:30 booking holds a volunteer in the 12:00–12:45 slot"
      );
    });
  }
);
