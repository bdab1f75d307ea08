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
