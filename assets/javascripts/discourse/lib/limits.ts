import type { Limits, RangedSetting } from "./api-types";

/** Settings the organiser may leave empty: empty means no limit. */
const OPTIONAL: RangedSetting[] = ["per_user_limit", "max_parallel"];

/** FormKit's rules for the settings form, from the limits the server sent. */
export function settingsRules(limits: Limits) {
  const range = (name: RangedSetting) => {
    const { min, max } = limits.ranges[name];
    const rule = `integer|between:${min},${max}`;
    return OPTIONAL.includes(name) ? rule : `required|${rule}`;
  };
  return {
    session_minutes: range("session_minutes"),
    buffer_minutes: range("buffer_minutes"),
    min_notice_minutes: range("min_notice_minutes"),
    horizon_days: range("horizon_days"),
    per_user_limit: range("per_user_limit"),
    max_parallel: range("max_parallel"),
    min_trust_level: range("min_trust_level"),
    question_label: `required|length:1,${limits.lengths.question_label}`,
    volunteer_guide: `length:0,${limits.lengths.volunteer_guide}`,
    paused_message: `length:0,${limits.lengths.paused_message}`,
  };
}
