/** A time span as the API sends it. */
export interface Timed {
  starts_at: string;
  ends_at: string;
}

/** How a slot reads to the booker: open, full, or taken by their own booking. */
export type SlotMark = "open" | "full" | "yours";

// Half-open, as the server's rules count: touching is not overlapping.
function overlaps(a: Timed, b: Timed): boolean {
  return (
    Date.parse(a.starts_at) < Date.parse(b.ends_at) &&
    Date.parse(a.ends_at) > Date.parse(b.starts_at)
  );
}

function sameTime(a: Timed, b: Timed): boolean {
  return Date.parse(a.starts_at) === Date.parse(b.starts_at);
}

/**
 * A slot the booker cannot take because they are in a session then is
 * theirs, not full (BookingRules' already_booked_this_slot). The booking
 * being moved (`moving`) frees its own time for the others, but its slot
 * still reads as theirs.
 */
export function slotMark(
  slot: Timed & { available: number },
  own: Timed[],
  moving: Timed | null = null
): SlotMark {
  const blocking = own.some(
    (booking) =>
      overlaps(booking, slot) &&
      (!moving || !sameTime(booking, moving) || sameTime(booking, slot))
  );
  if (blocking) {
    return "yours";
  }
  return slot.available < 1 ? "full" : "open";
}

/**
 * Whether the booker holds as many upcoming bookings as the topic allows
 * (BookingRules' limit_reached): `own` are their active bookings here.
 */
export function atBookingLimit(
  own: Timed[],
  limit: number | null,
  now: number = Date.now()
): boolean {
  if (limit === null) {
    return false;
  }
  return own.filter((b) => Date.parse(b.starts_at) >= now).length >= limit;
}
