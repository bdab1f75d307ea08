import QUnit from "qunit";
import type { ShiftInput } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { addDays } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import {
  DEMO_TOPIC_ID,
  GROUPS,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import { shiftsOverlap } from "../../browser/playground/api/fake-server.ts";
import { as, server } from "./fake-api.ts";

const { module, test } = QUnit;

const topicUrl = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;

module("playground FakeServer", function () {
  test("settings: organisers only; defaults for a topic that is not one yet", function (assert) {
    const api = server();
    assert.strictEqual(
      as(api, USERS.bob.id)("GET", `${topicUrl}/settings`).status,
      403
    );
    assert.strictEqual(
      as(api, null)("GET", `${topicUrl}/settings`).status,
      403
    );

    const mine = as(api, USERS.ann.id)("GET", `${topicUrl}/settings`);
    assert.strictEqual(mine.status, 200);
    assert.strictEqual((mine.body as { shifts: unknown[] }).shifts.length, 2);

    assert.strictEqual(
      as(api, USERS.ann.id)("GET", "/volunteer-booking/topics/99/settings")
        .status,
      403,
      "only staff may make a new booking topic"
    );
    const fresh = as(api, USERS.sam.id)(
      "GET",
      "/volunteer-booking/topics/99/settings"
    );
    assert.strictEqual(
      (fresh.body as { settings: { session_minutes: number } }).settings
        .session_minutes,
      30
    );
  });

  test("configure: validates and changes nothing when refused", function (assert) {
    const api = server();
    const { settings } = api.data.bookingTopics[0];
    const before = structuredClone(api.data.bookingTopics);

    const tooShort = as(api, USERS.ann.id)("PUT", `${topicUrl}/settings`, {
      settings: { ...settings, session_minutes: 2 },
    });
    assert.strictEqual(tooShort.status, 422);
    assert.deepEqual(tooShort.body, {
      errors: ["Session length (minutes) must be between 5 and 240"],
    });

    const badQuestion = as(api, USERS.ann.id)("PUT", `${topicUrl}/settings`, {
      settings: {
        ...settings,
        questions: [
          { id: "Bad Id", label: "x", type: "text", required: false },
        ],
      },
    });
    assert.deepEqual(badQuestion.body, {
      errors: [
        "Question 1 needs an id of 1 to 40 lowercase letters, digits or underscores.",
      ],
    });
    assert.deepEqual(api.data.bookingTopics, before);

    const ok = as(api, USERS.ann.id)("PUT", `${topicUrl}/settings`, {
      settings: { ...settings, session_minutes: 45 },
    });
    assert.strictEqual(ok.status, 200);
    assert.strictEqual(api.data.bookingTopics[0].settings.session_minutes, 45);
    assert.strictEqual(
      as(api, USERS.bob.id)("PUT", `${topicUrl}/settings`, { settings }).status,
      403
    );
  });

  test("configure: only groups and channels on offer, and the organiser stays one", function (assert) {
    const api = server();
    const { settings } = api.data.bookingTopics[0];
    const before = structuredClone(api.data.bookingTopics);
    const put = (change: object) =>
      as(api, USERS.ann.id)("PUT", `${topicUrl}/settings`, {
        settings: { ...settings, ...change },
      });
    const refusal = (change: object) =>
      (put(change).body as { errors: string[] }).errors[0];

    assert.true(
      refusal({ volunteer_group_ids: [12] }).startsWith(
        "Everyone and the trust level groups"
      )
    );
    assert.true(
      refusal({ volunteer_group_ids: [999] }).startsWith(
        "One of the chosen groups is not one you can choose"
      )
    );
    assert.true(
      refusal({ chat_channel_id: 999 }).startsWith(
        "The chosen chat channel is not one you can use"
      )
    );
    assert.true(
      refusal({ organiser_group_id: null }).startsWith(
        "With these settings you would no longer be an organiser"
      )
    );
    assert.deepEqual(api.data.bookingTopics, before);

    assert.strictEqual(put({ chat_channel_id: null }).status, 200);
  });

  test("shifts: zone, order of times and overlap are checked", function (assert) {
    const api = server();
    const post = (shift: object) =>
      as(api, USERS.ann.id)("POST", `${topicUrl}/shifts`, { shift });
    const base = {
      weekday: 1,
      starts_at: "09:00",
      ends_at: "12:00",
      time_zone: "Europe/London",
      volunteers_wanted: 1,
    };

    assert.deepEqual(post({ ...base, time_zone: "Mars/Olympus" }).body, {
      errors: [
        "“Mars/Olympus” is not a time zone we know. Please choose one from the list, such as Europe/London.",
      ],
    });
    assert.deepEqual(post({ ...base, ends_at: "08:00" }).body, {
      errors: [
        "The shift must end after it starts, on the same day. Overnight shifts are not supported.",
      ],
    });
    assert.strictEqual(
      post({ ...base, weekday: 3, starts_at: "16:30", ends_at: "18:00" })
        .status,
      422,
      "overlaps Wednesday 13:00–17:00"
    );
    assert.strictEqual(
      post({
        ...base,
        weekday: 3,
        starts_at: "12:30",
        ends_at: "14:30",
        time_zone: "Europe/Paris",
        volunteers_wanted: 1,
      }).status,
      422,
      "12:30–14:30 Paris is 11:30–13:30 London"
    );
    assert.strictEqual(post(base).status, 200);
    assert.strictEqual(
      api.data.shifts.filter((s) => s.booking_topic_id === 1).length,
      3
    );
    assert.strictEqual(
      as(api, USERS.bob.id)("POST", `${topicUrl}/shifts`, { shift: base })
        .status,
      403
    );
  });

  test("shiftsOverlap compares real time across zones and daylight saving", function (assert) {
    const london: ShiftInput = {
      weekday: 3,
      starts_at: "13:00",
      ends_at: "17:00",
      time_zone: "Europe/London",
      volunteers_wanted: 1,
    };
    assert.true(
      shiftsOverlap(
        london,
        { ...london, starts_at: "16:59", ends_at: "18:00" },
        "2026-06-01"
      )
    );
    assert.false(
      shiftsOverlap(
        london,
        { ...london, starts_at: "17:00", ends_at: "18:00" },
        "2026-06-01"
      )
    );
    assert.true(
      shiftsOverlap(
        london,
        {
          ...london,
          starts_at: "17:30",
          ends_at: "18:30",
          time_zone: "Europe/Paris",
          volunteers_wanted: 1,
        },
        "2026-06-01"
      ),
      "17:30 Paris is 16:30 London"
    );
    assert.true(
      shiftsOverlap(
        london,
        {
          ...london,
          starts_at: "08:30",
          ends_at: "09:00",
          time_zone: "America/New_York",
          volunteers_wanted: 1,
        },
        "2026-03-09"
      ),
      "08:30 New York is 12:30 London while only New York is on summer time (9–28 March)"
    );
    assert.false(
      shiftsOverlap(
        london,
        {
          ...london,
          starts_at: "07:00",
          ends_at: "08:00",
          time_zone: "America/New_York",
          volunteers_wanted: 1,
        },
        "2026-03-09"
      )
    );
  });

  test("rota: volunteers and organisers only; notes stay private", function (assert) {
    const api = server();
    api.data.timeOff.push({
      id: 1,
      user_id: USERS.bob.id,
      starts_on: "2026-06-03",
      ends_on: "2026-06-03",
      note: "Dentist",
    });
    const url = `${topicUrl}/rota?from=2026-06-01&weeks=2`;

    assert.strictEqual(as(api, USERS.eve.id)("GET", url).status, 403);
    const cat = as(api, USERS.cat.id)("GET", url).body as {
      time_off: { note: string | null }[];
      volunteers: unknown[];
    };
    assert.deepEqual(
      cat.time_off.map((t) => t.note),
      [null]
    );
    assert.deepEqual(
      cat.volunteers,
      [],
      "only organisers get the list of volunteers"
    );
    const bob = as(api, USERS.bob.id)("GET", url).body as {
      time_off: { note: string | null }[];
    };
    assert.deepEqual(
      bob.time_off.map((t) => t.note),
      ["Dentist"]
    );
    const ann = as(api, USERS.ann.id)("GET", url).body as {
      volunteers: { username: string }[];
    };
    assert.deepEqual(
      ann.volunteers.map((u) => u.username),
      ["ann", "bob", "cat", "dee", "fay"]
    );
  });

  test("join and leave", function (assert) {
    const api = server();
    const dee = as(api, USERS.dee.id);
    const join = (body: object) =>
      dee("POST", `${topicUrl}/rota-entries`, body);

    assert.deepEqual(join({ shift_id: 11, on_date: "2026-06-04" }).body, {
      errors: ["That date is not on the shift's day of the week."],
    });
    assert.deepEqual(join({ shift_id: 11, on_date: "2026-05-27" }).body, {
      errors: [
        "That date has already passed. Please choose a date from today on.",
      ],
    });
    const joined = join({ shift_id: 11, on_date: "2026-06-03" });
    assert.strictEqual(joined.status, 200);
    assert.deepEqual(join({ shift_id: 11, on_date: "2026-06-03" }).body, {
      errors: [
        "That volunteer is already on this shift, every week or on that date.",
      ],
    });
    assert.strictEqual(
      join({ shift_id: 11, on_date: null }).status,
      200,
      "weekly replaces the date"
    );
    assert.strictEqual(
      api.data.rotaEntries.filter((e) => e.user_id === USERS.dee.id).length,
      1
    );

    assert.strictEqual(
      as(api, USERS.eve.id)("POST", `${topicUrl}/rota-entries`, {
        shift_id: 11,
        on_date: null,
      }).status,
      403,
      "not in a volunteer group"
    );
    assert.strictEqual(
      as(api, USERS.bob.id)("POST", `${topicUrl}/rota-entries`, {
        shift_id: 12,
        on_date: "2026-06-05",
        user_id: USERS.dee.id,
      }).status,
      403,
      "only organisers add others"
    );
    assert.deepEqual(
      as(api, USERS.ann.id)("POST", `${topicUrl}/rota-entries`, {
        shift_id: 12,
        on_date: null,
        user_id: USERS.eve.id,
      }).body,
      {
        errors: [
          "eve is not in any of this topic's volunteer groups, so they cannot go on the rota.",
        ],
      }
    );

    const deesEntry = api.data.rotaEntries.find(
      (e) => e.user_id === USERS.dee.id
    )!;
    api.data.users.find((u) => u.id === USERS.dee.id)!.group_ids = [];
    assert.strictEqual(
      dee("DELETE", `${topicUrl}/rota-entries/${deesEntry.id}`).status,
      403,
      "only volunteers manage their own entries; organisers tidy up the rest"
    );

    const bobsEntry = api.data.rotaEntries.find(
      (e) => e.user_id === USERS.bob.id
    )!;
    assert.strictEqual(
      dee("DELETE", `${topicUrl}/rota-entries/${bobsEntry.id}`).status,
      403
    );
    assert.strictEqual(
      as(api, USERS.ann.id)(
        "DELETE",
        `${topicUrl}/rota-entries/${bobsEntry.id}`
      ).status,
      200
    );
  });

  test("time off", function (assert) {
    const api = server();
    const bob = as(api, USERS.bob.id);
    assert.deepEqual(
      bob("POST", "/volunteer-booking/time-off", {
        starts_on: "2026-06-10",
        ends_on: "2026-06-09",
        note: null,
      }).body,
      {
        errors: ["Time off must end on or after the day it starts."],
      }
    );
    const added = bob("POST", "/volunteer-booking/time-off", {
      starts_on: "2026-06-08",
      ends_on: addDays("2026-06-08", 2),
      note: "",
    });
    assert.deepEqual(added.body, {
      time_off: {
        id: 1000,
        user_id: USERS.bob.id,
        starts_on: "2026-06-08",
        ends_on: "2026-06-10",
        note: null,
      },
    });
    assert.strictEqual(
      as(api, USERS.cat.id)("DELETE", "/volunteer-booking/time-off/1000")
        .status,
      404,
      "someone else's time off is as not found as an id nobody has"
    );
    assert.strictEqual(
      bob("DELETE", "/volunteer-booking/time-off/1000").status,
      200
    );
  });

  test("the topic view's booking topic carries the viewer's permissions", function (assert) {
    const api = server();
    assert.deepEqual(
      api.bookingTopicFor(DEMO_TOPIC_ID, USERS.dee.id)?.permissions,
      {
        can_book: true,
        can_configure: false,
        can_volunteer: true,
      }
    );
    assert.deepEqual(api.bookingTopicFor(DEMO_TOPIC_ID, null)?.permissions, {
      can_book: false,
      can_configure: false,
      can_volunteer: false,
    });
    assert.strictEqual(api.bookingTopicFor(99, USERS.ann.id), null);
    assert.deepEqual(api.data.bookingTopics[0].settings.volunteer_group_ids, [
      GROUPS.members.id,
      GROUPS.sisters.id,
      GROUPS.friends.id,
    ]);
  });
});
