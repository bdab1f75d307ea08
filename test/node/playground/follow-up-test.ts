import QUnit from "qunit";
import type {
  Booking,
  Slot,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import type { FakeBooking } from "../../browser/playground/api/bookings.ts";
import {
  DEMO_TOPIC_ID,
  heldChat,
  playgroundData,
  unmarkedChat,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import { FakeServer } from "../../browser/playground/api/fake-server.ts";
import { message } from "../../browser/playground/api/messages.ts";
import { as, NOW, server } from "./fake-api.ts";

const { module, test } = QUnit;

const DAY = 86_400_000;
const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;

/** Eve's chat `daysAgo` days before NOW, marked as she missed it. */
function noShow(id: number, daysAgo: number, bookingTopicId = 1): FakeBooking {
  const chat = heldChat(new Date(NOW.getTime() - (daysAgo - 3) * DAY));
  return { ...chat, id, booking_topic_id: bookingTopicId, status: "no_show" };
}

function bookFirstSlot(api: FakeServer, key: string) {
  const slot = (
    as(api, null)("GET", `${topicUrl}/slots`).body as { slots: Slot[] }
  ).slots[0];
  return as(api, USERS.eve.id)("POST", `${topicUrl}/bookings`, {
    shift_id: slot.shift_id,
    starts_at: slot.starts_at,
    answers: { ica_statement: true, story: "Laid off, curious about co-ops" },
    idempotency_key: `${key}-booking-form`,
  });
}

const errors = (response: { body: unknown }) =>
  (response.body as { errors: string[] }).errors;

module("playground follow-up", function () {
  test("repeated no-shows here need an organiser, who can lift it by excusing one", function (assert) {
    const api = server();
    api.data.bookings.push(noShow(901, 10), noShow(902, 89), noShow(903, 5, 2));
    const before = api.data.bookings.length;

    const refused = bookFirstSlot(api, "refused");
    assert.strictEqual(refused.status, 422);
    assert.deepEqual(errors(refused), [
      message("needs_approval", { count: 2, days: 90 }),
    ]);
    assert.strictEqual(api.data.bookings.length, before, "nothing booked");

    assert.strictEqual(
      as(api, USERS.eve.id)(
        "PUT",
        "/volunteer-booking/bookings/901/excuse-no-show"
      ).status,
      403,
      "the booker cannot excuse herself"
    );
    assert.strictEqual(
      as(api, USERS.ann.id)(
        "PUT",
        "/volunteer-booking/bookings/901/excuse-no-show"
      ).status,
      200
    );
    assert.strictEqual(bookFirstSlot(api, "cleared").status, 200);
  });

  test("the rule follows the site settings, and a limit of 0 switches it off", function (assert) {
    const withSettings = (limit: number, days: number) => {
      const api = server();
      api.data.bookings.push(noShow(901, 10));
      api.noShowSettings = { no_show_limit: limit, no_show_days: days };
      return bookFirstSlot(api, `${limit}-${days}`);
    };
    assert.strictEqual(withSettings(1, 7).status, 200, "out of 7 days");
    assert.deepEqual(errors(withSettings(1, 30)), [
      message("needs_approval", { count: 1, days: 30 }),
    ]);
    assert.strictEqual(withSettings(0, 30).status, 200);
  });

  test("organisers' needs-outcome list counts the reminders and says when it is overdue", function (assert) {
    const api = server();
    const recent = {
      ...unmarkedChat(new Date(NOW.getTime() + 2 * DAY)),
      id: 904,
    };
    api.data.bookings.push(unmarkedChat(NOW), recent);

    const list = as(api, USERS.ann.id)(
      "GET",
      `${topicUrl}/bookings?needs_outcome=true`
    );
    assert.strictEqual(list.status, 200);
    const bookings = (list.body as { bookings: Booking[] }).bookings;
    assert.deepEqual(
      bookings.map((b) => [
        b.id,
        b.needs_outcome,
        b.outcome_nudges,
        b.outcome_overdue,
      ]),
      [
        [33, true, 1, true],
        [904, true, 1, false],
      ],
      "four days over is overdue, two days is not"
    );
    assert.strictEqual(
      as(api, USERS.eve.id)("GET", `${topicUrl}/bookings?needs_outcome=true`)
        .status,
      403,
      "for organisers only"
    );
  });

  test("in the playground Eve can answer “How did it go?”, seen by her volunteer and organisers only", function (assert) {
    const api = new FakeServer(playgroundData(NOW), () => NOW);
    const mine = (
      as(api, USERS.eve.id)("GET", "/volunteer-booking/my-bookings").body as {
        bookings: Booking[];
      }
    ).bookings.find((b) => b.id === 32)!;
    assert.true(mine.permissions.can_give_feedback);

    const answered = as(api, USERS.eve.id)(
      "PUT",
      "/volunteer-booking/bookings/32/feedback",
      { answer: "helpful", comment: "I know where to start now." }
    );
    assert.strictEqual(answered.status, 200);
    const seenBy = (userId: number) =>
      (
        as(api, userId)("GET", `${topicUrl}/bookings`).body as {
          bookings?: Booking[];
        }
      ).bookings?.find((b) => b.id === 32);
    assert.strictEqual(
      seenBy(USERS.ann.id)?.feedback_comment,
      "I know where to start now."
    );
    assert.strictEqual(seenBy(USERS.sam.id)?.feedback, "helpful");
    const queueOfBob = JSON.stringify(
      as(api, USERS.bob.id)("GET", "/volunteer-booking/volunteer.json").body
    );
    assert.false(
      queueOfBob.includes("where to start"),
      "not another volunteer"
    );
    const queueOfCat = JSON.stringify(
      as(api, USERS.cat.id)("GET", "/volunteer-booking/volunteer.json").body
    );
    assert.true(
      queueOfCat.includes("where to start"),
      "the volunteer who held it"
    );
  });
});
