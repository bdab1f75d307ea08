/**
 * Keyset pages of the in-memory API's lists, as the server's
 * `VolunteerBooking::Page` (lib/volunteer_booking/page.rb) cuts them: the
 * same page sizes, and cursors that are the last row's key values as a JSON
 * array in unpadded base64url. contract/pages.json holds the cases both
 * sides are run against. The plugin's client never reads a cursor: it only
 * sends back the one it was given.
 */

import { LIMITS } from "./limits";

/** `VolunteerBooking::Page::SIZES`; a node test holds both to contract/pages.json. */
export const PAGE_SIZES = {
  topic_bookings: 50,
  queue: 50,
  rota_volunteers: 100,
  slots: 500,
} as const;

/**
 * How StrictParams refuses a cursor it cannot read: the field's name and
 * its message under activemodel in server.en.yml (a node test holds them).
 */
export const CURSOR_INVALID =
  "Place in the list is not one this list gave out; please reload the page";

/** A time is an ISO 8601 instant on the wire and epoch milliseconds here. */
export type KeyKind = "time" | "integer" | "text";
export type KeyValue = number | string;

const MAX_CURSOR_LENGTH = LIMITS.lengths.cursor;
const MAX_TEXT_LENGTH = LIMITS.lengths.cursor_text;
const MAX_INTEGER = 2 ** 31 - 1;
const TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Booking::START_ORDER_KEYS: lists of bookings go by start, then id. */
export const START_ORDER: KeyKind[] = ["time", "integer"];

export const startOrderKey = (booking: {
  starts_at: string;
  id: number;
}): KeyValue[] => [Date.parse(booking.starts_at), booking.id];

/** For `sort`: by start, then id, as the server orders bookings. */
export const inStartOrder = (
  a: { starts_at: string; id: number },
  b: { starts_at: string; id: number }
): number => Date.parse(a.starts_at) - Date.parse(b.starts_at) || a.id - b.id;

/** One page of a list, and the cursor of the next one (null: the last page). */
export interface FakePage<T> {
  items: T[];
  more: boolean;
  cursor: string | null;
}

/** The key values as a cursor; times (epoch milliseconds) go as ISO instants. */
export function encodeCursor(values: KeyValue[], kinds: KeyKind[]): string {
  const written = values.map((value, i) =>
    kinds[i] === "time" ? new Date(value).toISOString() : value
  );
  let binary = "";
  for (const byte of new TextEncoder().encode(JSON.stringify(written))) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary)
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The key values a cursor names, or null when it names none of these kinds. */
export function decodeCursor(
  cursor: unknown,
  kinds: KeyKind[]
): KeyValue[] | null {
  const values = parse(cursor);
  if (!Array.isArray(values) || values.length !== kinds.length) {
    return null;
  }
  const read = kinds.map((kind, i) => readValue(kind, values[i]));
  return read.includes(null) ? null : (read as KeyValue[]);
}

/**
 * The page of a sorted list after the row the cursor names (none: from the
 * first); `key` gives a row's key values, compared as the cursor's kinds.
 * Null when the cursor is not one, for the caller to refuse.
 */
export function pageAfter<T>(
  sorted: T[],
  cursor: string | null,
  size: number,
  kinds: KeyKind[],
  key: (item: T) => KeyValue[]
): FakePage<T> | null {
  const after = cursor ? decodeCursor(cursor, kinds) : null;
  if (cursor && !after) {
    return null;
  }
  const rest = after
    ? sorted.filter((item) => compareKeys(key(item), after) > 0)
    : sorted;
  const items = rest.slice(0, size);
  const more = rest.length > size;
  return {
    items,
    more,
    cursor: more ? encodeCursor(key(items[items.length - 1]), kinds) : null,
  };
}

function parse(cursor: unknown): unknown {
  if (
    typeof cursor !== "string" ||
    cursor.length > MAX_CURSOR_LENGTH ||
    !/^[A-Za-z0-9_-]+$/.test(cursor) ||
    cursor.length % 4 === 1
  ) {
    return null;
  }
  try {
    const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

function readValue(kind: KeyKind, value: unknown): KeyValue | null {
  if (kind === "time") {
    return typeof value === "string" ? instant(value) : null;
  }
  if (kind === "integer") {
    return Number.isInteger(value) && Math.abs(value as number) <= MAX_INTEGER
      ? (value as number)
      : null;
  }
  return typeof value === "string" &&
    value.length <= MAX_TEXT_LENGTH &&
    !value.includes("\u0000")
    ? value
    : null;
}

/** Epoch milliseconds of a real ISO 8601 instant with its offset, as Input.time reads it. */
function instant(value: string): number | null {
  const match = TIME.exec(value);
  if (!match) {
    return null;
  }
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const offset = match[8] === "Z" ? [0, 0] : match[8].slice(1).split(":");
  const real =
    Number(offset[0]) * 60 + Number(offset[1]) <= 14 * 60 &&
    Number(offset[1]) < 60 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return real ? Date.parse(value) : null;
}

function compareKeys(a: KeyValue[], b: KeyValue[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return a[i] < b[i] ? -1 : 1;
    }
  }
  return 0;
}
