import QUnit from "qunit";
import type {
  BasicUser,
  RotaEntry,
  RotaSkip,
  Shift,
  TimeOff,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  buildRotaGrid,
  coverageGaps,
  gapSummary,
  mondayOf,
  occurrenceDate,
  rotaGridView,
  type RotaViewer,
  ROWS_LISTED,
  sortShifts,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/rota-grid";

const { module, test } = QUnit;

const user = (id: number, username: string): BasicUser => ({
  id,
  username,
  name: null,
  avatar_template: `/letter_avatar/${username}/{size}/1.png`,
});
/** Markup naming its volunteer, as Discourse's avatar `<img>` does in its title. */
const avatar = (who: BasicUser) => {
  const html = `<img alt="" title="${who.username}">`;
  return { toHTML: () => html };
};
const ann = user(1, "ann");
const bob = user(2, "bob");
const cat = user(3, "cat");

const wednesday: Shift = {
  id: 10,
  weekday: 3,
  starts_at: "13:00",
  ends_at: "17:00",
  time_zone: "Europe/London",
  volunteers_wanted: 1,
};
const friday: Shift = { ...wednesday, id: 11, weekday: 5 };

let nextId = 100;
const entry = (
  shift: Shift,
  who: BasicUser,
  onDate: string | null = null
): RotaEntry => ({
  id: nextId++,
  shift_id: shift.id,
  on_date: onDate,
  user: who,
});

const away = (
  who: BasicUser,
  from: string,
  to: string,
  note: string | null = null
): TimeOff => ({
  id: nextId++,
  user_id: who.id,
  starts_on: from,
  ends_on: to,
  note,
});

function grid(
  rotaEntries: RotaEntry[],
  timeOff: TimeOff[] = [],
  viewerId: number | null = null,
  rotaSkips: RotaSkip[] = []
) {
  return buildRotaGrid({
    shifts: [friday, wednesday],
    rotaEntries,
    rotaSkips,
    timeOff,
    from: "2026-06-01",
    weeks: 3,
    today: "2026-06-04",
    viewerId,
  });
}

module("rota-grid", function () {
  test("dates helpers", function (assert) {
    assert.strictEqual(mondayOf("2026-06-03"), "2026-06-01");
    assert.strictEqual(mondayOf("2026-06-07"), "2026-06-01", "Sunday");
    assert.strictEqual(mondayOf("2026-06-01"), "2026-06-01");
    assert.strictEqual(occurrenceDate("2026-06-01", 3), "2026-06-03");
    assert.strictEqual(occurrenceDate("2026-06-01", 0), "2026-06-07");
    assert.deepEqual(
      sortShifts([
        { ...wednesday, id: 3, weekday: 0 },
        { ...wednesday, id: 2, starts_at: "09:00" },
        wednesday,
      ]).map((s) => s.id),
      [2, 10, 3],
      "Monday first, Sunday last, then by start"
    );
  });

  test("weeks × shifts with each occurrence's date and real start", function (assert) {
    const weeks = grid([]);
    assert.deepEqual(
      weeks.map((w) => [
        w.start,
        w.cells.map((c) => `${c.shift.id}@${c.date}`),
      ]),
      [
        ["2026-06-01", ["10@2026-06-03", "11@2026-06-05"]],
        ["2026-06-08", ["10@2026-06-10", "11@2026-06-12"]],
        ["2026-06-15", ["10@2026-06-17", "11@2026-06-19"]],
      ]
    );
    assert.strictEqual(weeks[0].cells[0].startsAt, "2026-06-03T12:00:00.000Z");
    assert.strictEqual(weeks[0].cells[0].endsAt, "2026-06-03T16:00:00.000Z");
  });

  test("weekly entries apply every week, dated ones only on their date", function (assert) {
    const weeks = grid([
      entry(wednesday, bob),
      entry(wednesday, ann, "2026-06-10"),
      entry(friday, cat, "2026-06-12"),
    ]);
    const names = (weekIndex: number, cellIndex: number) =>
      weeks[weekIndex].cells[cellIndex].volunteers.map(
        (v) => `${v.user.username}${v.weekly ? "" : "*"}`
      );

    assert.deepEqual(names(0, 0), ["bob"]);
    assert.deepEqual(names(1, 0), ["ann*", "bob"], "sorted by username");
    assert.deepEqual(names(2, 0), ["bob"]);
    assert.deepEqual(names(1, 1), ["cat*"]);
    assert.deepEqual(names(0, 1), []);
  });

  test("a skipped date takes a weekly volunteer off that date only", function (assert) {
    const bobs = entry(wednesday, bob);
    const anns = entry(wednesday, ann);
    const weeks = grid([bobs, anns], [], null, [
      { rota_entry_id: bobs.id, on_date: "2026-06-10" },
    ]);
    const names = (weekIndex: number) =>
      weeks[weekIndex].cells[0].volunteers.map((v) => v.user.username);

    assert.deepEqual(names(0), ["ann", "bob"]);
    assert.deepEqual(names(1), ["ann"], "bob skips 10 June");
    assert.deepEqual(names(2), ["ann", "bob"]);
  });

  test("the only volunteer skipping a date leaves a gap", function (assert) {
    const bobs = entry(wednesday, bob);
    const weeks = grid([bobs], [], null, [
      { rota_entry_id: bobs.id, on_date: "2026-06-17" },
    ]);
    assert.true(weeks[2].cells[0].gap);
    assert.false(weeks[1].cells[0].gap);
  });

  test("time off removes a volunteer from the dates it covers, both ends included", function (assert) {
    const weeks = grid(
      [entry(wednesday, bob), entry(wednesday, ann)],
      [away(bob, "2026-06-03", "2026-06-10", "Visiting family")]
    );
    const cells = weeks.map((w) => w.cells[0]);

    assert.deepEqual(
      cells.map((c) => c.volunteers.map((v) => v.user.username)),
      [["ann"], ["ann"], ["ann", "bob"]]
    );
    assert.deepEqual(
      cells.map((c) => c.away.map((a) => `${a.user.username}: ${a.note}`)),
      [["bob: Visiting family"], ["bob: Visiting family"], []]
    );
  });

  test("gaps: occurrences with nobody available, past ones excluded", function (assert) {
    const weeks = grid(
      [entry(wednesday, bob), entry(friday, ann, "2026-06-12")],
      [away(bob, "2026-06-17", "2026-06-17")]
    );

    assert.true(weeks[0].cells[0].past, "3 June is before today");
    assert.false(weeks[0].cells[0].gap);
    assert.true(weeks[0].cells[1].gap);
    assert.deepEqual(
      coverageGaps(weeks).map((c) => `${c.shift.id}@${c.date}`),
      ["11@2026-06-05", "10@2026-06-17", "11@2026-06-19"]
    );
  });

  test("a shift wanting two is a gap with one on, and says so in the cell", function (assert) {
    const pair = { ...wednesday, volunteers_wanted: 2 };
    const weeks = buildRotaGrid({
      shifts: [pair, friday],
      rotaEntries: [entry(pair, bob), entry(pair, ann, "2026-06-10")],
      rotaSkips: [],
      timeOff: [],
      from: "2026-06-01",
      weeks: 2,
      today: "2026-06-01",
      viewerId: null,
    });
    assert.deepEqual(
      weeks.map((w) => w.cells[0].gap),
      [true, false],
      "bob alone on 3 June; bob and ann on 10 June"
    );
    const view = rotaGridView(weeks, {
      locale: "en-GB",
      timeZone: "Europe/London",
      viewerId: null,
      canVolunteer: false,
      canOrganise: false,
      volunteers: [],
      translate: (key, params) => `${key}(${params.on}|${params.wanted})`,
      avatar,
    });
    assert.deepEqual(
      view.map((w) => w.cells.map((c) => c.staffing)),
      [
        ["volunteer_booking.gaps.staffing(1|2)", null],
        ["volunteer_booking.gaps.staffing(2|2)", null],
      ],
      "only a shift wanting more than one counts out loud"
    );
  });

  test("the viewer's own entries and time off", function (assert) {
    const mine = entry(wednesday, ann);
    const weeks = grid(
      [mine, entry(friday, bob)],
      [away(ann, "2026-06-10", "2026-06-10")],
      ann.id
    );

    assert.strictEqual(weeks[0].cells[0].viewerEntry, mine);
    assert.strictEqual(weeks[0].cells[1].viewerEntry, null);
    assert.true(weeks[1].cells[0].viewerAway);
    assert.false(weeks[0].cells[0].viewerAway);
  });

  test("a shift's start follows its own zone across daylight saving", function (assert) {
    const weeks = buildRotaGrid({
      shifts: [{ ...wednesday, weekday: 0 }],
      rotaEntries: [],
      rotaSkips: [],
      timeOff: [],
      from: "2026-03-23",
      weeks: 2,
      today: "2026-03-01",
      viewerId: null,
    });
    assert.deepEqual(
      weeks.map((w) => w.cells[0].startsAt),
      ["2026-03-29T12:00:00.000Z", "2026-04-05T12:00:00.000Z"]
    );
  });

  module("rotaGridView", function () {
    const translate = (key: string, params: Record<string, string | number>) =>
      `${key.replace("volunteer_booking.rota.", "")}(${Object.values(params).join("|")})`;
    const organiser: RotaViewer<ReturnType<typeof avatar>> = {
      locale: "en-GB",
      timeZone: "Europe/London",
      viewerId: ann.id,
      canVolunteer: true,
      canOrganise: true,
      volunteers: [ann, bob, cat],
      translate,
      avatar,
    };
    const mine = entry(wednesday, ann, "2026-06-10");
    const flagged = { ...entry(wednesday, bob), flagged: true };
    const weeks = grid([mine, flagged], [], ann.id);

    test("labels each occurrence once and names every remove button after it", function (assert) {
      const cell = rotaGridView(weeks, organiser)[1].cells[0];

      assert.strictEqual(cell.key, "10@2026-06-10");
      assert.strictEqual(cell.dateLabel, "Wednesday 10 June");
      assert.strictEqual(
        cell.occurrenceLabel,
        "occurrence(Wednesday 10 June|13:00|17:00)"
      );
      assert.strictEqual(cell.viewerTime, null, "London reads London time");
      assert.deepEqual(
        cell.rows.map((row) => [
          row.user.username,
          row.entryId,
          row.weekly,
          row.me,
          row.flagged,
          row.removeLabel,
        ]),
        [
          [
            "ann",
            mine.id,
            false,
            true,
            false,
            "remove(ann|occurrence(Wednesday 10 June|13:00|17:00))",
          ],
          [
            "bob",
            flagged.id,
            true,
            false,
            true,
            "remove(bob|occurrence(Wednesday 10 June|13:00|17:00))",
          ],
        ]
      );
      assert.strictEqual(
        cell.classes,
        "rota-widget__cell rota-widget__cell--mine"
      );
      assert.deepEqual(
        cell.rows.map((row) => row.classes),
        [
          "rota-widget__volunteer rota-widget__volunteer--me",
          "rota-widget__volunteer",
        ]
      );
    });

    test("the viewer's part: join, leave and whom an organiser may add", function (assert) {
      const [first, second, third] = rotaGridView(weeks, organiser).map(
        (week) => week.cells[0]
      );

      assert.strictEqual(second.join, null, "ann is on 10 June already");
      assert.deepEqual(second.leave, {
        entryId: mine.id,
        text: "leave_date()",
        label: "leave_date_label(occurrence(Wednesday 10 June|13:00|17:00))",
      });
      assert.deepEqual(
        second.addable.map((added) => added.username),
        ["cat"],
        "everyone not on the shift"
      );
      assert.deepEqual(third.join, {
        weekly: {
          text: "join_weekly()",
          label: "join_weekly_label(occurrence(Wednesday 17 June|13:00|17:00))",
        },
        date: {
          text: "join_date()",
          label: "join_date_label(occurrence(Wednesday 17 June|13:00|17:00))",
        },
      });
      assert.strictEqual(third.leave, null);
      assert.deepEqual(third.addLabels, {
        select: "add_label(occurrence(Wednesday 17 June|13:00|17:00))",
        confirm: "add_confirm_label(occurrence(Wednesday 17 June|13:00|17:00))",
      });
      assert.deepEqual(
        third.addable.map((added) => added.username),
        ["ann", "cat"]
      );

      assert.true(first.cell.past);
      assert.strictEqual(first.join, null, "3 June is past");
      assert.deepEqual(first.addable, [], "nobody is added to the past");
      assert.strictEqual(first.addLabels, null);
      assert.strictEqual(first.rows[0].removeLabel, null);
      assert.strictEqual(
        first.classes,
        "rota-widget__cell rota-widget__cell--past"
      );
    });

    test("a volunteer neither removes, adds, nor sees flags; another zone gets its time", function (assert) {
      const cell = rotaGridView(weeks, {
        ...organiser,
        canOrganise: false,
        timeZone: "America/New_York",
      })[1].cells[0];

      assert.deepEqual(
        cell.rows.map((row) => [row.flagged, row.removeLabel]),
        [
          [false, null],
          [false, null],
        ]
      );
      assert.deepEqual(cell.addable, []);
      assert.strictEqual(cell.viewerTime, "viewer_time(08:00–12:00)");

      const stranger = rotaGridView(weeks, {
        ...organiser,
        canVolunteer: false,
        viewerId: null,
      })[2].cells[0];
      assert.strictEqual(stranger.join, null, "may not volunteer");
      assert.false(stranger.rows[0].me);
    });

    test("builds each volunteer's avatar once per grid, and says what the list buttons do", function (assert) {
      const asked: string[] = [];
      const counting: RotaViewer<ReturnType<typeof avatar>> = {
        ...organiser,
        avatar: (who) => {
          asked.push(who.username);
          return avatar(who);
        },
      };
      const everyWeek = grid(
        [
          ann,
          bob,
          cat,
          ...["dan", "eve"].map((name, n) => user(30 + n, name)),
        ].map((who) => entry(wednesday, who))
      );
      const view = rotaGridView(everyWeek, counting);
      const [first, second] = view.map((week) => week.cells[0]);
      assert.strictEqual(first.rows[0].avatar, second.rows[0].avatar);
      assert.strictEqual(
        first.rows[0].avatar.toHTML(),
        '<img alt="" title="ann">'
      );
      assert.deepEqual(
        asked,
        ["ann", "bob", "cat"],
        "once each, and only if listed"
      );
      assert.deepEqual(first.listMore, {
        text: "list_more(2)",
        label: "list_more_label(2|occurrence(Wednesday 3 June|13:00|17:00))",
      });
      assert.deepEqual(first.listFewer, {
        text: "list_fewer()",
        label: "list_fewer_label(occurrence(Wednesday 3 June|13:00|17:00))",
      });
      assert.strictEqual(
        first.listLabel,
        "on_shift(occurrence(Wednesday 3 June|13:00|17:00))"
      );
    });

    test("lists the first few of a long cell, the viewer's own and flagged lines always", function (assert) {
      const [dan, eve, fay, gil, hal, ivy] = [
        "dan",
        "eve",
        "fay",
        "gil",
        "hal",
        "ivy",
      ].map((name, n) => user(20 + n, name));
      const long = grid(
        [
          ...[ivy, gil, fay, eve, dan, bob, ann].map((who) =>
            entry(wednesday, who)
          ),
          { ...entry(wednesday, hal), flagged: true },
        ],
        [],
        ivy.id
      );
      const everyone = ["ann", "bob", "dan", "eve", "fay", "gil", "hal", "ivy"];
      const lines = (view: ReturnType<typeof rotaGridView>) => {
        const cell = view[2].cells[0];
        return [
          cell.rows.map((row) => row.user.username),
          cell.unlisted,
          cell.allRows().map((row) => row.user.username),
          cell.listMore?.text ?? null,
        ];
      };

      assert.strictEqual(ROWS_LISTED, 3);
      assert.deepEqual(
        lines(rotaGridView(long, { ...organiser, viewerId: ivy.id })),
        [["ann", "bob", "dan", "hal", "ivy"], 3, everyone, "list_more(3)"],
        "the first three in order, with hal's flag and ivy's own line"
      );
      assert.deepEqual(
        lines(
          rotaGridView(long, {
            ...organiser,
            canOrganise: false,
            viewerId: null,
          })
        ),
        [["ann", "bob", "dan"], 5, everyone, "list_more(5)"],
        "a volunteer sees no flags"
      );
      const four = grid(
        [dan, eve, fay, gil].map((who) => entry(wednesday, who))
      );
      assert.deepEqual(
        lines(rotaGridView(four, organiser)),
        [["dan", "eve", "fay", "gil"], 0, ["dan", "eve", "fay", "gil"], null],
        'no "Show 1 more" in place of the one line it would hide'
      );
    });
  });
});

module("gapSummary", function () {
  const translate = (key: string, params: Record<string, string>) =>
    `${key.replace("volunteer_booking.gaps.", "")}(${Object.values(params).join("|")})`;
  const gap = {
    shift_id: 1,
    date: "2026-12-09",
    starts_at: "2026-12-09T13:00:00.000Z",
    ends_at: "2026-12-09T17:00:00.000Z",
    wanted: 2,
    volunteers: [cat],
  };

  test("the date and time in the shift's zone, its city, and who is on", function (assert) {
    assert.strictEqual(
      gapSummary(gap, "Europe/London", "en-GB", translate),
      "line(Wed 9 Dec 13:00–17:00 London|some_of(1|2|@cat))"
    );
    assert.strictEqual(
      gapSummary(
        { ...gap, volunteers: [] },
        "Europe/London",
        "en-GB",
        translate
      ),
      "line(Wed 9 Dec 13:00–17:00 London|no_one_yet())"
    );
    assert.strictEqual(
      gapSummary(gap, "America/New_York", "en-GB", translate, true),
      "line(Wed 9 Dec 08:00–12:00 New York|covered_by(@cat))"
    );
  });
});
