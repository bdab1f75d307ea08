import { message } from "./messages";

/**
 * The site settings the rule reads (volunteer_booking_no_show_limit and
 * _days), at their defaults in config/settings.yml.
 */
export interface NoShowSettings {
  no_show_limit: number;
  no_show_days: number;
}

export const NO_SHOW_DEFAULTS: NoShowSettings = {
  no_show_limit: 2,
  no_show_days: 90,
};

/** One of the booker's no-shows, in any booking topic. */
export interface FakeNoShow {
  booking_topic_id: number;
  starts_at: string;
  excused: boolean;
}

const DAY = 86_400_000;

/**
 * The server's FollowUp.approval_check: repeated no-shows in this topic
 * make the booker's next booking need an organiser, and they are told why.
 * Only no-shows in the topic, not excused and started in the window count;
 * one exactly the window's days ago has just dropped out. A limit of 0
 * switches the rule off. contract/booking_rules.json (no_show_rule) holds
 * both to the same cases.
 */
export function noShowRefusal(
  noShows: FakeNoShow[],
  bookingTopicId: number,
  settings: NoShowSettings,
  now: Date
): string | null {
  const { no_show_limit: limit, no_show_days: days } = settings;
  if (limit <= 0) {
    return null;
  }
  const since = now.getTime() - days * DAY;
  const count = noShows.filter((noShow) => {
    const startsAt = Date.parse(noShow.starts_at);
    return (
      noShow.booking_topic_id === bookingTopicId &&
      !noShow.excused &&
      startsAt > since &&
      startsAt <= now.getTime()
    );
  }).length;
  return count < limit ? null : message("needs_approval", { count, days });
}
