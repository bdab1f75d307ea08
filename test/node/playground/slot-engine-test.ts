import QUnit from "qunit";
import type { Slot } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  computeSlots,
  type EngineInput,
} from "../../browser/playground/api/slot-engine.ts";

const { module, test } = QUnit;

// Wednesday 3 June 2026, 13:00–17:00 London is 12:00–16:00 UTC: slots at
// 12:00, 12:30, 13:00, … UTC.
const base: EngineInput = {
  now: new Date("2026-06-01T09:00:00Z"),
  settings: {
    session_minutes: 30,
    buffer_minutes: 0,
    min_notice_minutes: 0,
    horizon_days: 7,
    max_parallel: null,
  },
  shifts: [
    {
      id: 1,
      weekday: 3,
      starts_at: "13:00",
      ends_at: "17:00",
      time_zone: "Europe/London",
      volunteers_wanted: 1,
    },
  ],
  rotaEntries: [
    { shift_id: 1, user_id: 1, on_date: null },
    { shift_id: 1, user_id: 2, on_date: null },
  ],
  timeOff: [],
  bookings: [],
};

/** "HH:MM capacity/available" for the first shift's slots from 12:00 to 13:30 UTC. */
function morning(slots: Slot[]): string[] {
  return slots
    .filter((s) => s.shift_id === 1 && s.starts_at < "2026-06-03T13:30")
    .map((s) => `${s.starts_at.slice(11, 16)} ${s.capacity}/${s.available}`);
}

const at = (time: string) => `2026-06-03T${time}:00Z`;

module("playground slot engine", function () {
  test("slices an occurrence into sessions at 13:00 London time, in summer and winter", function (assert) {
    const summer = computeSlots(base);
    assert.strictEqual(summer.length, 8);
    assert.deepEqual(
      [summer[0].starts_at, summer[7].ends_at],
      ["2026-06-03T12:00:00.000Z", "2026-06-03T16:00:00.000Z"]
    );
    const winter = computeSlots({
      ...base,
      now: new Date("2026-12-01T09:00:00Z"),
    });
    assert.strictEqual(winter[0].starts_at, "2026-12-02T13:00:00.000Z");
  });

  test("capacity: the rota minus time off, capped; bookings fill it", function (assert) {
    const away = computeSlots({
      ...base,
      timeOff: [
        {
          id: 1,
          user_id: 2,
          starts_on: "2026-06-03",
          ends_on: "2026-06-03",
          note: null,
        },
      ],
    });
    assert.deepEqual([...new Set(away.map((s) => s.capacity))], [1]);

    const capped = computeSlots({
      ...base,
      settings: { ...base.settings, max_parallel: 1 },
    });
    assert.strictEqual(capped[0].capacity, 1);

    const booked = computeSlots({
      ...base,
      bookings: [
        { shift_id: 1, starts_at: "2026-06-03T12:00:00Z" },
        { shift_id: 1, starts_at: "2026-06-03T12:00:00.000Z" },
        { shift_id: 1, starts_at: "2026-06-03T12:00:00Z" },
      ],
    });
    assert.deepEqual(
      [booked[0].capacity, booked[0].available],
      [2, 0],
      "over-full is 0, not negative"
    );
    assert.strictEqual(booked[1].available, 2);

    const nobody = computeSlots({ ...base, rotaEntries: [] });
    assert.deepEqual(nobody, [], "no volunteer, no slots");
  });

  test("notice, horizon and buffer", function (assert) {
    const soon = computeSlots({
      ...base,
      now: new Date("2026-06-03T12:10:00Z"),
    });
    assert.strictEqual(
      soon[0].starts_at,
      "2026-06-03T12:30:00.000Z",
      "the rest of a started occurrence"
    );
    const buffered = computeSlots({
      ...base,
      settings: { ...base.settings, buffer_minutes: 15 },
    });
    assert.deepEqual(
      buffered.map((s) => s.starts_at.slice(11, 16)),
      ["12:00", "12:45", "13:30", "14:15", "15:00"]
    );
    const longer = computeSlots({
      ...base,
      settings: { ...base.settings, horizon_days: 17 },
    });
    assert.strictEqual(longer.length, 24);
  });
});

module("playground slot engine: bookings by overlap", function () {
  test("an off-grid booking inside one slot counts in that slot", function (assert) {
    const slots = computeSlots({
      ...base,
      bookings: [{ shift_id: 1, starts_at: at("12:05"), ends_at: at("12:25") }],
    });
    assert.deepEqual(morning(slots), ["12:00 2/1", "12:30 2/2", "13:00 2/2"]);
  });

  test("an off-grid booking over two slots counts in both", function (assert) {
    const slots = computeSlots({
      ...base,
      bookings: [
        { shift_id: 1, starts_at: at("12:15"), ends_at: at("12:45") },
        { shift_id: 1, starts_at: at("12:15"), ends_at: at("12:45") },
      ],
    });
    assert.deepEqual(
      morning(slots),
      ["12:00 2/0", "12:30 2/0", "13:00 2/2"],
      "full slots stay in the output"
    );
  });

  test("a booking without ends_at lasts one session", function (assert) {
    const slots = computeSlots({
      ...base,
      bookings: [{ shift_id: 1, starts_at: at("12:15") }],
    });
    assert.deepEqual(morning(slots), ["12:00 2/1", "12:30 2/1", "13:00 2/2"]);
  });

  test("a booking made under a longer session length holds its whole time", function (assert) {
    const slots = computeSlots({
      ...base,
      bookings: [{ shift_id: 1, starts_at: at("12:00"), ends_at: at("13:00") }],
    });
    assert.deepEqual(morning(slots), ["12:00 2/1", "12:30 2/1", "13:00 2/2"]);
  });

  test("touching a slot's edge does not count", function (assert) {
    const slots = computeSlots({
      ...base,
      bookings: [
        { shift_id: 1, starts_at: at("11:30"), ends_at: at("12:00") },
        { shift_id: 1, starts_at: at("12:30"), ends_at: at("13:00") },
      ],
    });
    assert.deepEqual(morning(slots), ["12:00 2/2", "12:30 2/1", "13:00 2/2"]);
  });

  test("another shift's booking counts only there, even at the same time", function (assert) {
    const slots = computeSlots({
      ...base,
      shifts: [
        ...base.shifts,
        {
          id: 2,
          weekday: 3,
          starts_at: "17:00",
          ends_at: "18:00",
          time_zone: "Europe/London",
          volunteers_wanted: 1,
        },
      ],
      rotaEntries: [
        ...base.rotaEntries,
        { shift_id: 2, user_id: 1, on_date: null },
      ],
      bookings: [
        { shift_id: 2, starts_at: at("12:00"), ends_at: at("16:30") },
        { shift_id: 2, starts_at: at("16:00") },
      ],
    });
    assert.deepEqual(morning(slots), ["12:00 2/2", "12:30 2/2", "13:00 2/2"]);
    assert.deepEqual(
      slots
        .filter((s) => s.shift_id === 2)
        .map((s) => `${s.starts_at.slice(11, 16)} ${s.available}`),
      ["16:00 0", "16:30 1"]
    );
  });
});

module("playground slot engine: busy volunteers", function () {
  test("a volunteer busy in part of a slot is out of it", function (assert) {
    const slots = computeSlots({
      ...base,
      busy: [{ user_id: 2, starts_at: at("12:20"), ends_at: at("12:40") }],
    });
    assert.deepEqual(morning(slots), ["12:00 1/1", "12:30 1/1", "13:00 2/2"]);
  });

  test("a slot whose only volunteer is busy is not offered", function (assert) {
    const slots = computeSlots({
      ...base,
      rotaEntries: [{ shift_id: 1, user_id: 1, on_date: null }],
      busy: [
        { user_id: 1, starts_at: at("12:00"), ends_at: at("12:30") },
        { user_id: 1, starts_at: at("12:10"), ends_at: at("13:00") },
      ],
    });
    assert.deepEqual(morning(slots), ["13:00 1/1"]);
  });

  test("busy times of people not on the rota change nothing", function (assert) {
    const slots = computeSlots({
      ...base,
      busy: [{ user_id: 3, starts_at: at("12:00"), ends_at: at("16:00") }],
    });
    assert.deepEqual(morning(slots), ["12:00 2/2", "12:30 2/2", "13:00 2/2"]);
  });

  test("busy and bookings together: bookings fill what is left", function (assert) {
    const slots = computeSlots({
      ...base,
      busy: [{ user_id: 2, starts_at: at("12:00"), ends_at: at("13:00") }],
      bookings: [
        { shift_id: 1, starts_at: at("12:00") },
        { shift_id: 1, starts_at: at("12:45"), ends_at: at("13:15") },
      ],
    });
    assert.deepEqual(morning(slots), ["12:00 1/0", "12:30 1/0", "13:00 2/1"]);
    const capped = computeSlots({
      ...base,
      settings: { ...base.settings, max_parallel: 1 },
      busy: [{ user_id: 2, starts_at: at("12:00"), ends_at: at("12:30") }],
    });
    assert.deepEqual(morning(capped), ["12:00 1/1", "12:30 1/1", "13:00 1/1"]);
  });

  test("on a daylight-saving day bookings and busy times are compared as instants", function (assert) {
    // Sunday 29 March 2026: London jumps from 01:00 GMT to 02:00 BST, so
    // 00:00–04:00 London is 00:00–03:00 UTC.
    const slots = computeSlots({
      ...base,
      now: new Date("2026-03-28T09:00:00Z"),
      settings: { ...base.settings, horizon_days: 2 },
      shifts: [
        {
          id: 1,
          weekday: 0,
          starts_at: "00:00",
          ends_at: "04:00",
          time_zone: "Europe/London",
          volunteers_wanted: 1,
        },
      ],
      rotaEntries: [
        { shift_id: 1, user_id: 1, on_date: null },
        { shift_id: 1, user_id: 2, on_date: null },
      ],
      bookings: [
        {
          shift_id: 1,
          starts_at: "2026-03-29T00:45:00Z",
          ends_at: "2026-03-29T01:15:00Z",
        },
      ],
      busy: [
        {
          user_id: 2,
          starts_at: "2026-03-29T02:00:00Z",
          ends_at: "2026-03-29T02:30:00Z",
        },
      ],
    });
    assert.deepEqual(
      slots.map(
        (s) => `${s.starts_at.slice(11, 16)} ${s.capacity}/${s.available}`
      ),
      [
        "00:00 2/2",
        "00:30 2/1",
        "01:00 2/1",
        "01:30 2/2",
        "02:00 1/1",
        "02:30 2/2",
      ]
    );
  });
});
