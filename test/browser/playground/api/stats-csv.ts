import type { BookingStats } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import columns from "../../../../contract/stats_csv.json" with { type: "json" };
import type { FakeBooking } from "./bookings";
import { minutes } from "./stats";

export type TableColumn = (typeof columns.table)[number];
export type BookingColumn = (typeof columns.bookings)[number];
type Cell = string | number | null;

/**
 * volunteer_booking.stats.csv of server.en.yml, the headers of StatsCsv; a
 * node test holds each to it.
 */
export const CSV_HEADERS: Record<TableColumn | BookingColumn, string> = {
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
  topic_id: "Topic",
  booker_number: "Booker (number within the topic)",
  starts_at: "Session start (UTC)",
  booked_at: "Booked at (UTC)",
  status: "Status",
  minutes_to_pick_up: "Minutes from booking to pick-up",
  minutes_to_outcome: "Minutes from session end to outcome",
  volunteer: "Volunteer",
  feedback: "Feedback",
  requested: "Requests made",
  requests_scheduled: "Requests scheduled",
  requests_withdrawn: "Requests withdrawn",
  requests_expired: "Requests expired, never taken",
  requests_open: "Requests still open",
};

/** StatsCsv::FORMULA_START: spreadsheets run such a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as Ruby's CSV writes it after StatsCsv.cell. */
function cell(value: Cell): string {
  if (value === null) {
    return "";
  }
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) || text === ""
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

function write<C extends TableColumn | BookingColumn>(
  order: readonly C[],
  rows: Record<C, Cell>[]
): string {
  const line = (cells: Cell[]) => `${cells.map(cell).join(",")}\n`;
  return [
    line(order.map((column) => CSV_HEADERS[column])),
    ...rows.map((row) => line(order.map((column) => row[column]))),
  ].join("");
}

/** StatsCsv.table of the stats' weeks. */
export function tableCsv(stats: BookingStats): string {
  return write(
    columns.table as TableColumn[],
    stats.weeks as unknown as Record<TableColumn, Cell>[]
  );
}

/** Ruby's Time#iso8601 in UTC: whole seconds. */
const utc = (at: string) => new Date(at).toISOString().replace(/\.\d+Z$/, "Z");

const seconds = (from: string, to: string | null | undefined) =>
  to ? (Date.parse(to) - Date.parse(from)) / 1000 : null;

/**
 * StatsCsv.bookings of BookingStats#bookings: the range's bookings by
 * start, each booker numbered within the topic by their first booking
 * there, over all time.
 */
export function bookingsCsv(
  all: FakeBooking[],
  inRange: FakeBooking[],
  topicIds: Map<number, number>,
  usernames: Map<number, string>
): string {
  const numbers = new Map<string, number>();
  const counts = new Map<number, number>();
  [...all]
    .sort((a, b) => a.id - b.id)
    .forEach((booking) => {
      const key = `${booking.booking_topic_id}:${booking.booker_id}`;
      if (!numbers.has(key)) {
        const next = (counts.get(booking.booking_topic_id) ?? 0) + 1;
        counts.set(booking.booking_topic_id, next);
        numbers.set(key, next);
      }
    });
  const rows = [...inRange]
    .sort((a, b) => a.starts_at.localeCompare(b.starts_at) || a.id - b.id)
    .map(
      (booking): Record<BookingColumn, Cell> => ({
        topic_id: topicIds.get(booking.booking_topic_id) ?? null,
        booker_number:
          numbers.get(`${booking.booking_topic_id}:${booking.booker_id}`) ??
          null,
        starts_at: utc(booking.starts_at),
        booked_at: utc(booking.created_at),
        status:
          booking.status === "cancelled" && booking.expired
            ? "expired"
            : booking.status,
        minutes_to_pick_up: minutes(
          seconds(booking.created_at, booking.picked_up_at)
        ),
        minutes_to_outcome: minutes(
          seconds(booking.ends_at, booking.outcome_marked_at)
        ),
        volunteer:
          booking.holder_id === null
            ? null
            : (usernames.get(booking.holder_id) ?? null),
        feedback: booking.feedback ?? null,
      })
    );
  return write(columns.bookings as BookingColumn[], rows);
}
