import QUnit from "qunit";
import type {
  BookingStats,
  StatsNumbers,
  StatsWeek,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  type Outcome,
  OUTCOMES,
  statsChartConfig,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/stats-chart";

const { module, test } = QUnit;

const ZERO: StatsNumbers = {
  booked: 0,
  held: 0,
  no_show: 0,
  cancelled: 0,
  expired: 0,
  open: 0,
  helpful: 0,
  somewhat: 0,
  not_really: 0,
  pick_up_median_minutes: null,
  pick_up_p90_minutes: null,
  requested: 0,
  requests_scheduled: 0,
  requests_withdrawn: 0,
  requests_expired: 0,
  requests_open: 0,
};

const byOutcome = (name: (outcome: Outcome) => string) =>
  Object.fromEntries(
    OUTCOMES.map((outcome) => [outcome, name(outcome)])
  ) as Record<Outcome, string>;

const week = (date: string, numbers: Partial<StatsNumbers>): StatsWeek => ({
  ...ZERO,
  ...numbers,
  week: date,
});

const stats: BookingStats = {
  from: "2026-11-16",
  to: "2026-11-29",
  time_zone: "Europe/London",
  weeks: [
    week("2026-11-16", {}),
    week("2026-11-23", {
      booked: 6,
      held: 2,
      no_show: 1,
      cancelled: 1,
      expired: 1,
      open: 1,
      pick_up_median_minutes: 12,
    }),
  ],
  totals: ZERO,
  coverage: { shift_minutes: 0, covered_minutes: 0, covered_percent: null },
  volunteers: [],
};

const config = statsChartConfig(
  stats,
  {
    outcomes: byOutcome((outcome) => `label ${outcome}`),
    bookings: "Bookings",
    medianPickUp: "Median",
    minutes: "Minutes",
    week: (w) => `week of ${w.week}`,
  },
  {
    outcomes: byOutcome((outcome) => `colour ${outcome}`),
    medianPickUp: "blue",
    text: "black",
  }
);

module("stats-chart", function () {
  test("stacks every booking of a week once, by outcome", function (assert) {
    const bars = config.data.datasets.filter((set) => set.type === "bar");
    assert.deepEqual(
      bars.map((set) => set.label),
      OUTCOMES.map((outcome) => `label ${outcome}`)
    );
    const stacked = stats.weeks.map((_, index) =>
      bars.reduce((sum, set) => sum + (set.data[index] ?? 0), 0)
    );
    assert.deepEqual(
      stacked,
      stats.weeks.map((w) => w.booked)
    );
    assert.true(
      bars.every(
        (set) => set.stack === "bookings" && set.yAxisID === "bookings"
      )
    );
    assert.deepEqual(config.data.labels, [
      "week of 2026-11-16",
      "week of 2026-11-23",
    ]);
  });

  test("draws the median pick-up on its own axis, with a gap where none was picked up", function (assert) {
    const line = config.data.datasets.find((set) => set.type === "line");
    assert.deepEqual(line?.data, [null, 12]);
    assert.strictEqual(line?.yAxisID, "minutes");
    assert.false(line?.spanGaps);
    assert.strictEqual(config.options.scales.minutes.position, "right");
  });
});
