/** What goes into a calendar file, and nothing else (Ics::BOOKING_KEYS). */
export interface IcsBooking {
  id: number;
  starts_at: string;
  ends_at: string;
  sequence: number;
  cancelled: boolean;
  summary: string;
  description?: string | null;
  /** The call link. */
  location?: string | null;
  /** Absolute, as calendars cannot resolve a path. */
  url: string;
}

const PRODID = "-//discourse-volunteer-booking//Volunteer Booking//EN";
// Ruby's \s is ASCII whitespace only: written out so both match alike.
const EMAIL =
  /(?:mailto:)?[^ \t\r\n\f\v@<>()[\]{},;:"]+@[^ \t\r\n\f\v@<>()[\]{},;:"']+\.[^ \t\r\n\f\v@<>()[\]{},;:"'.]+/gi;
const LINE_OCTETS = 75;
const encoder = new TextEncoder();

function octets(text: string): number {
  return encoder.encode(text).length;
}

/** Ics#fold: pieces of at most 75 octets, never inside a character. */
function fold(line: string): string {
  const pieces: string[] = [];
  let current = "";
  for (const char of line) {
    if (octets(current) + octets(char) > LINE_OCTETS) {
      pieces.push(current);
      current = " ";
    }
    current += char;
  }
  pieces.push(current);
  return pieces.join("\r\n");
}

/** Ics#escape: RFC 5545 TEXT, control characters but line breaks dropped. */
function escape(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")

    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

function stripEmails(text: string | null | undefined): string {
  return (text ?? "").replace(EMAIL, "[email removed]");
}

function utc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function eventLines(booking: IcsBooking, host: string, now: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:volunteer-booking-${booking.id}@${host}`,
    `DTSTAMP:${utc(now.toISOString())}`,
    `DTSTART:${utc(booking.starts_at)}`,
    `DTEND:${utc(booking.ends_at)}`,
    `SEQUENCE:${booking.sequence}`,
    `STATUS:${booking.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    `SUMMARY:${escape(stripEmails(booking.summary))}`,
  ];
  const location = booking.location ?? null;
  if (location !== null) {
    lines.push(`LOCATION:${escape(location)}`);
  }
  let description = stripEmails(booking.description);
  if (location !== null) {
    description =
      description.trim() === "" ? location : `${description}\n${location}`;
  }
  if (description.trim() !== "") {
    lines.push(`DESCRIPTION:${escape(description)}`);
  }
  lines.push(`URL:${booking.url}`, "END:VEVENT");
  return lines;
}

/**
 * The server's Ics#calendar: CANCEL only when every event is cancelled,
 * lines folded, CRLF line ends. contract/ics.json holds both to the same files.
 */
export function calendar(
  bookings: IcsBooking[],
  host: string,
  now: Date
): string {
  const method = bookings.every((b) => b.cancelled) ? "CANCEL" : "PUBLISH";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    ...bookings.flatMap((booking) => eventLines(booking, host, now)),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}
