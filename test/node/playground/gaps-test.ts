import QUnit from "qunit";
import type {
  GapsResponse,
  VolunteerPageResponse,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  DEMO_TOPIC_ID,
  demoData,
  USERS,
  withGaps,
} from "../../browser/playground/api/demo-data.ts";
import { FakeServer } from "../../browser/playground/api/fake-server.ts";
import { GAPS_WITH_BUTTONS } from "../../browser/playground/api/gaps.ts";
import { LIMITS } from "../../browser/playground/api/limits.ts";
import { as as requestsAs, NOW } from "./fake-api.ts";

const { module, test } = QUnit;

const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;

/** Digital Candle with every Friday short of one volunteer (withGaps), at NOW. */
function setup() {
  const api = new FakeServer(withGaps(demoData(NOW)), () => NOW);
  const as = (userId: number | null) => requestsAs(api, userId);
  return { api, as };
}

module("in-memory API: gaps", function () {
  test("coverage of the coming four weeks: Wednesdays covered, Fridays 1 of 2", function (assert) {
    const { as } = setup();
    const answer = as(USERS.cat.id)("GET", `${topicUrl}/gaps`);
    assert.strictEqual(answer.status, 200, "volunteers see it");
    const report = answer.body as GapsResponse;
    assert.deepEqual(
      [report.from, report.to, report.covered, report.total],
      ["2026-06-01", "2026-06-28", 4, 8]
    );
    assert.deepEqual(
      report.gaps.map((gap) => [
        gap.date,
        gap.wanted,
        gap.volunteers.map((v) => v.username),
      ]),
      [
        ["2026-06-05", 2, ["bob"]],
        ["2026-06-12", 2, ["bob"]],
        ["2026-06-19", 2, ["bob"]],
        ["2026-06-26", 2, ["bob"]],
      ]
    );
    assert.strictEqual(report.gaps[0].starts_at, "2026-06-05T12:00:00.000Z");
    assert.strictEqual(
      as(USERS.eve.id)("GET", `${topicUrl}/gaps`).status,
      403,
      "a booker does not"
    );
  });

  test("the weekly message lists the gaps once, and its lines follow the rota", function (assert) {
    const { api, as } = setup();
    assert.deepEqual(api.gapMessages(USERS.cat.id), [], "not sent yet");
    api.sendGapMessages();
    api.sendGapMessages();
    const [message] = api.gapMessages(USERS.cat.id);
    assert.strictEqual(api.gapMessages(USERS.cat.id).length, 1, "one a week");
    assert.strictEqual(message.week, "2026-06-01");
    assert.deepEqual(
      message.lines.map((line) => [line.date, line.covered, line.can_join]),
      [
        ["2026-06-05", false, true],
        ["2026-06-12", false, true],
      ],
      "the default horizon: two weeks"
    );
    assert.deepEqual(
      api.gapMessages(USERS.eve.id),
      [],
      "only in the channel's readers' view"
    );

    const joined = as(USERS.cat.id)("POST", `${topicUrl}/rota-entries`, {
      shift_id: message.lines[0].shift_id,
      on_date: message.lines[0].date,
    });
    assert.strictEqual(joined.status, 200);
    const [edited] = api.gapMessages(USERS.cat.id);
    assert.deepEqual(
      edited.lines.map((line) => [
        line.date,
        line.covered,
        line.volunteers.map((v) => v.username),
      ]),
      [
        ["2026-06-05", true, ["bob", "cat"]],
        ["2026-06-12", false, ["bob"]],
      ],
      "covered by cat now"
    );
  });

  test("the message lists the first gaps; the rest are counted as the rota changes", function (assert) {
    const { api, as } = setup();
    const [bookingTopic] = api.data.bookingTopics;
    bookingTopic.settings.gap_horizon_weeks =
      LIMITS.ranges.gap_horizon_weeks.max;
    // Every shift one volunteer short: a gap on each date of the horizon.
    for (const shift of api.data.shifts) {
      shift.volunteers_wanted =
        api.data.rotaEntries.filter((entry) => entry.shift_id === shift.id)
          .length + 1;
    }
    api.sendGapMessages();
    const [message] = api.gapMessages(USERS.cat.id);
    assert.deepEqual(
      [message.lines.length, message.more],
      [GAPS_WITH_BUTTONS, 16 - GAPS_WITH_BUTTONS],
      "Wednesdays and Fridays of eight weeks"
    );

    // The horizon's last Friday, which only bob is on.
    const friday = api.data.shifts.find(
      (shift) =>
        shift.booking_topic_id === bookingTopic.id && shift.weekday === 5
    )!;
    as(USERS.cat.id)("POST", `${topicUrl}/rota-entries`, {
      shift_id: friday.id,
      on_date: "2026-07-24",
    });
    const [edited] = api.gapMessages(USERS.cat.id);
    assert.deepEqual(
      edited.lines.map((line) => line.date),
      message.lines.map((line) => line.date),
      "the same dates listed"
    );
    assert.strictEqual(
      edited.more,
      message.more - 1,
      "a gap it does not list is filled"
    );
  });

  test("no message without gaps, nor with gap messages off", function (assert) {
    const { api } = setup();
    api.data.shifts.forEach((shift) => (shift.volunteers_wanted = 1));
    api.sendGapMessages();
    assert.deepEqual(api.gapMessages(USERS.cat.id), []);

    const off = new FakeServer(demoData(NOW), () => NOW);
    off.data.shifts.forEach((shift) => (shift.volunteers_wanted = 3));
    off.sendGapMessages();
    assert.deepEqual(off.gapMessages(USERS.cat.id), []);
  });

  test("a volunteer's choice to be notified of gaps is kept and shown on their page", function (assert) {
    const { as } = setup();
    const page = () =>
      as(USERS.cat.id)("GET", "/volunteer-booking/volunteer.json")
        .body as VolunteerPageResponse;
    assert.false(page().notify_gaps);
    assert.deepEqual(
      as(USERS.cat.id)(
        "PUT",
        "/volunteer-booking/volunteer/gap-notifications",
        {
          enabled: true,
        }
      ).body,
      { notify_gaps: true }
    );
    assert.true(page().notify_gaps);
  });

  test("volunteers wanted is saved with a shift, 1 when left out", function (assert) {
    const { as } = setup();
    const add = (shift: object) =>
      as(USERS.ann.id)("POST", `${topicUrl}/shifts`, {
        shift: {
          weekday: 1,
          starts_at: "09:00",
          ends_at: "11:00",
          time_zone: "Europe/London",
          ...shift,
        },
      }).body as { shift: { volunteers_wanted: number } };
    assert.strictEqual(
      add({ volunteers_wanted: 3 }).shift.volunteers_wanted,
      3
    );
    assert.strictEqual(
      add({ weekday: 2 }).shift.volunteers_wanted,
      1,
      "the default"
    );
  });
});
