import type { LimitedText, Limits, RangedSetting } from "./api-types";

/**
 * Discourse's `site` service as the plugin reads it: the server adds the
 * limits to the site (plugin.rb), so every screen has them from the start.
 */
export interface LimitsSite {
  volunteer_booking_limits: Limits;
}

/** Settings the organiser may leave empty: empty means no limit. */
const OPTIONAL: RangedSetting[] = ["per_user_limit", "max_parallel"];

/** The limits the server sent with the site. */
export function siteLimits(site: LimitsSite): Limits {
  return site.volunteer_booking_limits;
}

/** FormKit's rule for a text the server caps at `name`'s length. */
export function lengthRule(
  limits: Limits,
  name: LimitedText,
  { required = false } = {}
): string {
  const max = limits.lengths[name];
  return required ? `required|length:1,${max}` : `length:0,${max}`;
}

/** FormKit's rules for the settings form. */
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
    follow_up_hours: range("follow_up_hours"),
    volunteers_wanted: range("volunteers_wanted"),
    gap_message_weekday: range("gap_message_weekday"),
    gap_message_hour: range("gap_message_hour"),
    gap_horizon_weeks: range("gap_horizon_weeks"),
    request_expiry_days: range("request_expiry_days"),
    question_label: lengthRule(limits, "question_label", { required: true }),
    question_link: `url|${lengthRule(limits, "question_link")}`,
    volunteer_guide: lengthRule(limits, "volunteer_guide"),
    paused_message: lengthRule(limits, "paused_message"),
    next_steps: lengthRule(limits, "next_steps"),
    call_link_template: lengthRule(limits, "call_link", { required: true }),
  };
}

/** FormKit's rule for each booking setting, by setting name. */
export type SettingsRules = ReturnType<typeof settingsRules>;
