import type {
  BookingTopicSettings,
  Weekday,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  addDays,
  localDate,
  wallTimeToInstant,
  weekdayOf,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import type { FakeBooking } from "./bookings";
import type { FakeData, FakeUser } from "./fake-server";
import { LIMITS } from "./limits";

export const GROUPS = {
  members: { id: 41, name: "members" },
  sisters: { id: 42, name: "sisters" },
  friends: { id: 43, name: "friends" },
  organisers: { id: 44, name: "organisers" },
};

const user = (
  id: number,
  username: string,
  name: string,
  groups: number[],
  extra: Partial<FakeUser> = {}
): FakeUser => ({
  id,
  username,
  name,
  avatar_template: `/playground/avatar/${username[0]}/{size}.svg`,
  staff: false,
  trust_level: 1,
  group_ids: groups,
  ...extra,
});

export const USERS = {
  ann: user(1, "ann", "Ann Organiser", [
    GROUPS.organisers.id,
    GROUPS.members.id,
  ]),
  bob: user(2, "bob", "Bob Worker", [GROUPS.members.id], {
    timezone: "Europe/London",
    call_link: "https://meet.jit.si/bobs-coop-room",
  }),
  cat: user(3, "cat", "Cat Coop", [GROUPS.sisters.id]),
  dee: user(4, "dee", "Dee Friend", [GROUPS.friends.id]),
  eve: user(5, "eve", "Eve Curious", []),
  sam: user(6, "sam", "Sam Admin", [], {
    staff: true,
    admin: true,
    trust_level: 4,
  }),
  fay: user(7, "fay", "Fay Helper", [GROUPS.friends.id]),
  kim: user(8, "kim", "Kim Clinic", []),
};

export const DEMO_TOPIC_ID = 7;
export const CLINIC_TOPIC_ID = 8;
/** A plain topic of the playground, for an admin to make a booking topic. */
export const PLAIN_TOPIC_ID = 9;

export const DEFAULT_SETTINGS: BookingTopicSettings = {
  // The server's defaults are the database's, which a spec holds to these.
  session_minutes: LIMITS.ranges.session_minutes.default,
  buffer_minutes: LIMITS.ranges.buffer_minutes.default,
  min_notice_minutes: LIMITS.ranges.min_notice_minutes.default,
  horizon_days: LIMITS.ranges.horizon_days.default,
  max_parallel: LIMITS.ranges.max_parallel.default,
  per_user_limit: LIMITS.ranges.per_user_limit.default,
  min_trust_level: LIMITS.ranges.min_trust_level.default,
  paused: false,
  paused_message: null,
  questions: [
    {
      id: "ica_statement",
      label:
        "I have read the ICA statement on the co-operative identity, values and principles",
      type: "checkbox",
      required: true,
      link: "https://ica.coop/en/cooperatives/cooperative-identity",
    },
    {
      id: "story",
      label: "What would you like to talk about?",
      type: "textarea",
      required: true,
    },
    {
      id: "coop_interest",
      label:
        "Do you have a co-op in mind, or people you would like to start one with?",
      type: "textarea",
      required: false,
    },
  ],
  volunteer_group_ids: [],
  organiser_group_id: null,
  chat_channel_id: null,
  volunteer_guide:
    "Make sure the person has read the ICA statement on the co-operative identity, values and principles. Listen to their story and encourage them. Explain that co-ops start from the people you want to work with, not from a business plan.",
  meeting_mode: "private_message",
  call_link_template: null,
  follow_up_hours: LIMITS.ranges.follow_up_hours.default,
  next_steps:
    '- Find a co-op near you in the federation\'s directory.\n- Read the "hiring into co-ops" threads in the Jobs category.',
  follow_ups_paused: false,
  gap_messages_enabled: false,
  gap_message_weekday: LIMITS.ranges.gap_message_weekday.default as Weekday,
  gap_message_hour: LIMITS.ranges.gap_message_hour.default,
  gap_horizon_weeks: LIMITS.ranges.gap_horizon_weeks.default,
  request_expiry_days: LIMITS.ranges.request_expiry_days.default,
  requests_enabled: true,
};

const CLINIC_SETTINGS: BookingTopicSettings = {
  ...DEFAULT_SETTINGS,
  session_minutes: 60,
  questions: [
    {
      id: "coop",
      label: "Which co-op are you from?",
      type: "text",
      required: true,
    },
    {
      id: "problem",
      label: "What would you like to talk through?",
      type: "textarea",
      required: true,
    },
  ],
  volunteer_group_ids: [GROUPS.members.id, GROUPS.sisters.id],
  organiser_group_id: GROUPS.organisers.id,
  chat_channel_id: 10,
  volunteer_guide:
    "Listen first. Point the co-op to the federation's guides and to people who solved the same problem.",
};

/**
 * Bob's Co-op clinic session on the first Friday at least two days from
 * `now`, 14:00–15:00 London: his busy time in Digital Candle.
 */
function clinicSession(now: Date): FakeBooking {
  let date = localDate(now.getTime() + 2 * 86_400_000, "Europe/London");
  while (weekdayOf(date) !== 5) {
    date = addDays(date, 1);
  }
  return {
    id: 31,
    booking_topic_id: 2,
    shift_id: 13,
    starts_at: wallTimeToInstant(date, "14:00", "Europe/London"),
    ends_at: wallTimeToInstant(date, "15:00", "Europe/London"),
    status: "picked_up",
    booker_id: USERS.kim.id,
    holder_id: USERS.bob.id,
    picked_up_at: new Date(now.getTime() - 3_600_000).toISOString(),
    cancelled_by_id: null,
    cancel_reason: null,
    answers: {
      coop: "Loom Workers' Co-operative",
      problem: "Two founders are leaving; how do we buy out their shares?",
    },
    idempotency_key: "demo-clinic-1",
    sequence: 0,
    created_at: new Date(now.getTime() - 86_400_000).toISOString(),
    outcome_note: null,
    expired: false,
  };
}

const DAY_MINUTES = 24 * 60;

/**
 * A 30-minute chat in Digital Candle starting `minutesAgo` minutes before
 * `now`, booked two days and picked up one day before it.
 */
function pastChat(
  now: Date,
  minutesAgo: number,
  chat: Pick<
    FakeBooking,
    "id" | "status" | "booker_id" | "holder_id" | "answers" | "idempotency_key"
  > &
    Partial<FakeBooking>
): FakeBooking {
  const startsAt = now.getTime() - minutesAgo * 60_000;
  return {
    booking_topic_id: 1,
    shift_id: 11,
    starts_at: new Date(startsAt).toISOString(),
    ends_at: new Date(startsAt + 30 * 60_000).toISOString(),
    picked_up_at: new Date(startsAt - 86_400_000).toISOString(),
    cancelled_by_id: null,
    cancel_reason: null,
    sequence: 0,
    created_at: new Date(startsAt - 2 * 86_400_000).toISOString(),
    outcome_note: null,
    expired: false,
    ...chat,
  };
}

/**
 * Eve's chat with Cat in Digital Candle three days before `now`, marked
 * held and followed up: Eve can answer "How did it go?".
 */
export function heldChat(now: Date): FakeBooking {
  return pastChat(now, 3 * DAY_MINUTES, {
    id: 32,
    status: "held",
    booker_id: USERS.eve.id,
    holder_id: USERS.cat.id,
    answers: {
      ica_statement: true,
      story: "Laid off in March; a friend and I want to start a design co-op.",
    },
    idempotency_key: "demo-held-1",
    feedback: null,
  });
}

/**
 * Kim's chat with Bob in Digital Candle four days before `now`, still not
 * marked held or missed though Bob was reminded once: organisers find it
 * in their list of sessions that need an outcome, overdue.
 */
export function unmarkedChat(now: Date): FakeBooking {
  return pastChat(now, 4 * DAY_MINUTES, {
    id: 33,
    status: "picked_up",
    booker_id: USERS.kim.id,
    holder_id: USERS.bob.id,
    answers: {
      ica_statement: true,
      story: "Our studio was sold; could six of us buy it as a co-op?",
    },
    idempotency_key: "demo-unmarked-1",
    outcome_nudges: 1,
  });
}

/**
 * Kim's chat with Bob in Digital Candle, which started five minutes before
 * `now`: Bob (or an organiser) can already say whether it was held.
 */
export function startedChat(now: Date): FakeBooking {
  return pastChat(now, 5, {
    id: 34,
    status: "picked_up",
    booker_id: USERS.kim.id,
    holder_id: USERS.bob.id,
    answers: {
      ica_statement: true,
      story: "Our start-up folded; five of us want to carry on as a co-op.",
    },
    idempotency_key: "demo-started-1",
  });
}

/**
 * The pilot's service as a booking topic: "Digital Candle", open Wednesday
 * and Friday afternoons in London, with a few volunteers on the rota; and
 * the "Co-op clinic", open on Friday afternoons too, where Bob has a
 * session booked, so his time there is not offered in Digital Candle.
 */
export function demoData(now: Date = new Date()): FakeData {
  return {
    // Copies: the server changes people's groups (Friends).
    users: structuredClone(Object.values(USERS)),
    groups: Object.values(GROUPS),
    chatChannels: [
      { id: 9, name: "Volunteers" },
      { id: 10, name: "Clinic volunteers" },
    ],
    bookingTopics: [
      {
        id: 1,
        topic_id: DEMO_TOPIC_ID,
        title: "Digital Candle: chat to a co-op worker",
        settings: {
          ...DEFAULT_SETTINGS,
          volunteer_group_ids: [
            GROUPS.members.id,
            GROUPS.sisters.id,
            GROUPS.friends.id,
          ],
          organiser_group_id: GROUPS.organisers.id,
          chat_channel_id: 9,
        },
      },
      {
        id: 2,
        topic_id: CLINIC_TOPIC_ID,
        title: "Co-op clinic: a first talk about your co-op's problem",
        settings: structuredClone(CLINIC_SETTINGS),
      },
    ],
    shifts: [
      {
        id: 11,
        booking_topic_id: 1,
        weekday: 3,
        starts_at: "13:00",
        ends_at: "17:00",
        time_zone: "Europe/London",
        volunteers_wanted: 1,
      },
      {
        id: 12,
        booking_topic_id: 1,
        weekday: 5,
        starts_at: "13:00",
        ends_at: "17:00",
        time_zone: "Europe/London",
        volunteers_wanted: 1,
      },
      {
        id: 13,
        booking_topic_id: 2,
        weekday: 5,
        starts_at: "14:00",
        ends_at: "16:00",
        time_zone: "Europe/London",
        volunteers_wanted: 1,
      },
    ],
    rotaEntries: [
      { id: 21, shift_id: 11, on_date: null, user_id: USERS.bob.id },
      { id: 22, shift_id: 11, on_date: null, user_id: USERS.cat.id },
      { id: 23, shift_id: 12, on_date: null, user_id: USERS.bob.id },
      { id: 24, shift_id: 13, on_date: null, user_id: USERS.bob.id },
    ],
    rotaSkips: [],
    timeOff: [],
    bookings: [clinicSession(now)],
    requests: [],
    defaults: DEFAULT_SETTINGS,
    // An admin made the Friends group by hand, but the setup has not run:
    // Friends may not chat yet, nor post in the volunteers' category.
    friends: {
      chatEnabled: true,
      chatAllowedGroupIds: [GROUPS.members.id, GROUPS.sisters.id],
      channelCategories: [
        {
          channel_id: 9,
          category_id: 5,
          category_name: "Volunteers",
          posting_group_ids: [GROUPS.members.id, GROUPS.sisters.id],
        },
      ],
      group: { id: GROUPS.friends.id, name: "friends", full_name: "Friends" },
      groupExists: true,
      memberships: [
        {
          user_id: USERS.dee.id,
          added_at: "2026-05-04T10:00:00Z",
          added_by_id: USERS.sam.id,
          owner: false,
        },
        {
          user_id: USERS.fay.id,
          added_at: "2026-05-20T15:30:00Z",
          added_by_id: null,
          owner: false,
        },
      ],
      pendingRequests: 1,
    },
  };
}

/**
 * What the playground serves: the demo data, Eve's held chat, so that she
 * can answer "How did it go?", Kim's unmarked one, overdue in the
 * organisers' list, and Kim's chat that has just started, so that Bob can
 * mark it held or no-show; and gaps to recruit for (`withGaps`). The tests
 * start from demoData alone, so their lists stay as they count them.
 */
export function playgroundData(now: Date = new Date()): FakeData {
  const data = withGaps(demoData(now));
  data.bookings.push(heldChat(now), unmarkedChat(now), startedChat(now));
  return data;
}

/**
 * Digital Candle sends the weekly gap message, and its Friday shift wants
 * two volunteers with only Bob on it: every Friday is "1 of 2".
 */
export function withGaps(data: FakeData): FakeData {
  const digitalCandle = data.bookingTopics.find(
    (b) => b.topic_id === DEMO_TOPIC_ID
  )!;
  digitalCandle.settings.gap_messages_enabled = true;
  data.shifts.find((s) => s.id === 12)!.volunteers_wanted = 2;
  return data;
}
