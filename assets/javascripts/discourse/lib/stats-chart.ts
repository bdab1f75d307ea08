import type { BookingStats, StatsWeek } from "./api-types";

/**
 * What became of a week's bookings, bottom of the stack first. Together
 * they are every booking once: a booking has one status, and an expired
 * one is a cancelled one the plugin cancelled.
 */
export const OUTCOMES = [
  "held",
  "no_show",
  "cancelled",
  "expired",
  "open",
] as const;

export type Outcome = (typeof OUTCOMES)[number];

/** The words and colours of the chart, which the component supplies. */
export interface StatsChartLabels {
  outcomes: Record<Outcome, string>;
  bookings: string;
  medianPickUp: string;
  minutes: string;
  week: (week: StatsWeek) => string;
}

export interface StatsChartColors {
  outcomes: Record<Outcome, string>;
  medianPickUp: string;
  text: string;
}

/**
 * A Chart.js configuration: bookings per week stacked by outcome, on the
 * left axis, and the median minutes to pick-up as a line on the right one
 * (gaps where nothing was picked up). Plain data, so it is tested here
 * without a canvas.
 */
export function statsChartConfig(
  stats: BookingStats,
  labels: StatsChartLabels,
  colors: StatsChartColors
) {
  const bars = OUTCOMES.map((outcome) => ({
    type: "bar" as const,
    label: labels.outcomes[outcome],
    data: stats.weeks.map((week) => week[outcome]),
    backgroundColor: colors.outcomes[outcome],
    stack: "bookings",
    yAxisID: "bookings",
    order: 2,
  }));
  const line = {
    type: "line" as const,
    label: labels.medianPickUp,
    data: stats.weeks.map((week) => week.pick_up_median_minutes),
    borderColor: colors.medianPickUp,
    backgroundColor: colors.medianPickUp,
    yAxisID: "minutes",
    spanGaps: false,
    order: 1,
  };
  const axisTitle = (text: string) => ({
    display: true,
    text,
    color: colors.text,
  });
  return {
    type: "bar" as const,
    data: { labels: stats.weeks.map(labels.week), datasets: [...bars, line] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      plugins: { legend: { labels: { color: colors.text } } },
      scales: {
        x: { stacked: true, ticks: { color: colors.text } },
        bookings: {
          stacked: true,
          beginAtZero: true,
          position: "left" as const,
          ticks: { precision: 0, color: colors.text },
          title: axisTitle(labels.bookings),
        },
        minutes: {
          beginAtZero: true,
          position: "right" as const,
          grid: { drawOnChartArea: false },
          ticks: { color: colors.text },
          title: axisTitle(labels.minutes),
        },
      },
    },
  };
}
