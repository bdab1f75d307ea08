import type { Weekday } from "./api-types";

/** Translation keys of the weekdays, indexed like Ruby's `Date#wday`. */
export const WEEKDAY_KEYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/** A weekday as the weekday selects offer it. */
export interface WeekdayChoice {
  weekday: Weekday;
  label: string;
}

/** The weekdays a select offers, Sunday first as in the data. */
export function weekdayChoices(
  i18n: (scope: string) => string
): WeekdayChoice[] {
  return WEEKDAY_KEYS.map((key, weekday) => ({
    weekday: weekday as Weekday,
    label: i18n(`volunteer_booking.weekdays.${key}`),
  }));
}
