import table from "../../../../contract/limits.json" with { type: "json" };

/**
 * contract/limits.json, the one table of limits the server's constants come
 * from too (VolunteerBooking::Limits).
 */
export const LIMITS = table;

/** A setting's [min, max], as StrictParams ranges take it. */
export function range(name: keyof typeof table.ranges): [number, number] {
  return [table.ranges[name].min, table.ranges[name].max];
}
