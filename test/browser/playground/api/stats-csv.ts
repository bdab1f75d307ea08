import type {
  BookingStats,
  StatsExportKind,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import type { FakeBooking } from "./bookings";

/** StatsTable::COLUMNS and StatsCsv::BOOKING_COLUMNS, headed as server.en.yml's stats.csv. */
export const CSV_COLUMNS = {
  table: {
    week: "Week starting",
    booked: "Booked",
    held: "Held",
    no_show: "No-show",
    cancelled: "Cancelled",
    expired: "Expired, never picked up",
    open: "Not yet held",
    helpful: "Feedback: helpful",
    somewhat: "Feedback: somewhat",
    not_really: "Feedback: not really",
    pick_up_median_minutes: "Median minutes to pick-up",
    pick_up_p90_minutes: "90th percentile minutes to pick-up",
  },
  bookings: {
    topic_id: "Topic",
    booker_number: "Booker (number within the topic)",
    starts_at: "Session start (UTC)",
    booked_at: "Booked at (UTC)",
    status: "Status",
    minutes_to_pick_up: "Minutes from booking to pick-up",
    minutes_to_outcome: "Minutes from session end to outcome",
    volunteer: "Volunteer",
    feedback: "Feedback",
  },
} as const;

type Cell = string | number | null | undefined;

/** StatsCsv.cell: a cell a spreadsheet would run as a formula is quoted. */
function cell(value: Cell): string {
  if (value === null || value === undefined) {
    return "";
  }
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(headers: readonly string[], rows: Cell[][]): string {
  return [headers, ...rows]
    .map((row) => `${row.map(cell).join(",")}\n`)
    .join("");
}

/** Time#iso8601 in UTC: whole seconds. */
const iso8601 = (time: string) =>
  new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");

/** StatsTable.minutes: whole minutes, a tenth under one. */
function minutes(ms: number): number {
  const value = ms / 60_000;
  return value < 1 ? Math.round(value * 10) / 10 : Math.round(value);
}

/** What one CSV row of a booking says (BookingStats#bookings). */
export interface CsvBooking {
  booking: FakeBooking;
  topicId: number;
  /** The booker's number within the topic, by their first booking there. */
  bookerNumber: number;
  volunteer: string | null;
}

/** ExportStats' file: the weekly table of `stats`, or one row per booking. */
export function statsCsv(
  kind: StatsExportKind,
  stats: BookingStats,
  bookings: CsvBooking[]
): string {
  if (kind === "table") {
    const columns = Object.keys(
      CSV_COLUMNS.table
    ) as (keyof typeof CSV_COLUMNS.table)[];
    return csv(
      Object.values(CSV_COLUMNS.table),
      stats.weeks.map((week) => columns.map((column) => week[column]))
    );
  }
  return csv(
    Object.values(CSV_COLUMNS.bookings),
    bookings.map(({ booking, topicId, bookerNumber, volunteer }) => [
      topicId,
      bookerNumber,
      iso8601(booking.starts_at),
      iso8601(booking.created_at),
      booking.status === "cancelled" && booking.expired
        ? "expired"
        : booking.status,
      booking.claimed_at === null
        ? null
        : minutes(
            Date.parse(booking.claimed_at) - Date.parse(booking.created_at)
          ),
      null,
      volunteer,
      booking.feedback ?? null,
    ])
  );
}
