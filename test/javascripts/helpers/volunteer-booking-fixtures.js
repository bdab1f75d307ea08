import { cloneJSON } from "discourse/lib/object";
import topicFixtures from "discourse/tests/fixtures/topic";

export const TOPIC_ID = 280;

/** A booking topic as the topic view serializer sends it (api-types.ts). */
export function bookingTopic(permissions = {}) {
  return {
    id: 1,
    topic_id: TOPIC_ID,
    session_minutes: 30,
    paused: false,
    paused_message: null,
    per_user_limit: 1,
    questions: [
      {
        id: "ica_statement",
        label: "I have read the ICA statement",
        type: "checkbox",
        required: true,
      },
      { id: "story", label: "Your story", type: "textarea", required: true },
    ],
    shifts: [
      {
        id: 11,
        weekday: 3,
        starts_at: "13:00",
        ends_at: "17:00",
        time_zone: "Europe/London",
      },
    ],
    permissions: {
      can_book: true,
      can_configure: false,
      can_volunteer: false,
      ...permissions,
    },
  };
}

/** Core's topic 280 fixture, with `volunteer_booking` when given. */
export function topicView(volunteerBooking) {
  const topic = cloneJSON(topicFixtures["/t/280/1.json"]);
  if (volunteerBooking) {
    topic.volunteer_booking = volunteerBooking;
  }
  return topic;
}

/** An open slot two days from now at 13:00 UTC, for the booking tests. */
export function openSlot() {
  const startsAt = new Date();
  startsAt.setUTCDate(startsAt.getUTCDate() + 2);
  startsAt.setUTCHours(13, 0, 0, 0);
  const endsAt = new Date(startsAt.getTime() + 30 * 60 * 1000);
  return {
    shift_id: 11,
    starts_at: startsAt.toISOString(),
    ends_at: endsAt.toISOString(),
    capacity: 1,
    available: 1,
  };
}

export const EMPTY_VOLUNTEER_PAGE = {
  sessions: [],
  queue: [],
  queue_more: false,
  queue_cursor: null,
  rota_entries: [],
  time_off: [],
};

export const FRIENDS_STATE = {
  chat_enabled: true,
  group: null,
  group_name: "friends",
  group_full_name: "Friends",
  chat_allowed: false,
  channels: [],
  changes: [
    { type: "create_group", name: "friends", full_name: "Friends" },
    { type: "allow_chat" },
  ],
  plan_digest: "plan-1",
  members: [],
};

/** What `/admin/plugins/<id>.json` answers for the plugin's admin page. */
export const ADMIN_PLUGIN = {
  id: "discourse-volunteer-booking",
  name: "discourse-volunteer-booking",
  enabled: true,
  has_settings: true,
  humanized_name: "Volunteer Booking",
  is_discourse_owned: false,
  admin_route: {
    label: "volunteer_booking.admin.title",
    location: "discourse-volunteer-booking",
    use_new_show_route: true,
  },
};
