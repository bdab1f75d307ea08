/**
 * The JSON the plugin's server sends and accepts. The Ruby serializers
 * produce exactly these shapes and the request specs assert them; the
 * playground's in-memory API implements them too.
 *
 * Times are ISO 8601 strings in UTC; dates are `YYYY-MM-DD` calendar days;
 * shift times are `HH:MM` wall-clock times in the shift's own IANA zone.
 */

import type { MeetingMode } from "./call-link";

export type IsoTime = string;
export type IsoDate = string;
export type WallTime = string;

/** Ruby's `Date#wday`: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type BookingStatus =
  | "pending"
  | "picked_up"
  | "cancelled"
  | "held"
  | "no_show";

export type QuestionType = "text" | "textarea" | "checkbox";

/** A user as the plugin shows them: never an email address. */
export interface BasicUser {
  id: number;
  username: string;
  name: string | null;
  avatar_template: string;
}

/** One intake question; a required checkbox is an acknowledgement. */
export interface IntakeQuestion {
  id: string;
  label: string;
  type: QuestionType;
  required: boolean;
  /** An http(s) page to read first, e.g. the co-op principles; null: none. */
  link?: string | null;
}

/** Answers by question id: text for text questions, ticked or not for checkboxes. */
export type IntakeAnswers = Record<string, string | boolean>;

/** A recurring weekly window, e.g. Wednesday 13:00–17:00 Europe/London. */
export interface Shift {
  id: number;
  weekday: Weekday;
  starts_at: WallTime;
  ends_at: WallTime;
  time_zone: string;
  /** How many volunteers each date wants: a date with fewer on is a gap. */
  volunteers_wanted: number;
}

/** A volunteer on a shift: every week (`on_date` null) or one date. */
export interface RotaEntry {
  id: number;
  shift_id: number;
  on_date: IsoDate | null;
  user: BasicUser;
  /**
   * Sent to organisers only: the person is in none of the topic's volunteer
   * groups any more, or cannot join its chat channel. The entry is kept.
   */
  flagged?: boolean;
}

/** A date a weekly rota entry leaves out: its volunteer is off that date. */
export interface RotaSkip {
  rota_entry_id: number;
  on_date: IsoDate;
}

/** A volunteer's days away, both ends included. */
export interface TimeOff {
  id: number;
  user_id: number;
  starts_on: IsoDate;
  ends_on: IsoDate;
  note: string | null;
}

/** One bookable start time; full slots are sent too, marked by `available`. */
export interface Slot {
  shift_id: number;
  starts_at: IsoTime;
  ends_at: IsoTime;
  capacity: number;
  available: number;
}

/** What the viewer may do in a booking topic. */
export interface BookingTopicPermissions {
  can_book: boolean;
  can_configure: boolean;
  can_volunteer: boolean;
}

/** A booking topic's public settings, sent with the topic to everyone. */
export interface BookingTopic {
  id: number;
  topic_id: number;
  session_minutes: number;
  paused: boolean;
  paused_message: string | null;
  /** Upcoming bookings one booker may hold here at once; null: no limit. */
  per_user_limit: number | null;
  questions: IntakeQuestion[];
  shifts: Shift[];
  permissions: BookingTopicPermissions;
  /** Whether bookers may ask for another time when none on offer fits. */
  requests_enabled: boolean;
}

/** Everything an organiser configures. */
export interface BookingTopicSettings {
  session_minutes: number;
  buffer_minutes: number;
  min_notice_minutes: number;
  horizon_days: number;
  max_parallel: number | null;
  per_user_limit: number | null;
  min_trust_level: number;
  paused: boolean;
  paused_message: string | null;
  questions: IntakeQuestion[];
  volunteer_group_ids: number[];
  organiser_group_id: number | null;
  chat_channel_id: number | null;
  volunteer_guide: string;
  /** Where the booker and the volunteer meet. */
  meeting_mode: MeetingMode;
  /** For "call_link_template": the link with {token} and {booking}. */
  call_link_template: string | null;
  /** Hours after a session is marked before the booker's follow-up goes. */
  follow_up_hours: number;
  /** The organisers' Markdown for bookers after a held session. */
  next_steps: string;
  /** While paused, follow-ups wait too. */
  follow_ups_paused: boolean;
  /** A weekly message in the chat channel listing the gaps to join. */
  gap_messages_enabled: boolean;
  /** When it goes: the weekday and hour in the topic's main zone. */
  gap_message_weekday: Weekday;
  gap_message_hour: number;
  /** How many weeks ahead it lists gaps. */
  gap_horizon_weeks: number;
  /** Days an untaken request stays open, counted from when it was made. */
  request_expiry_days: number;
  /** Bookers may ask for another time when no slot fits. */
  requests_enabled: boolean;
}

/** What the viewer may do with a booking now. */
export interface BookingPermissions {
  can_cancel: boolean;
  can_reschedule: boolean;
  can_pick_up: boolean;
  can_release: boolean;
  can_hand_over: boolean;
  can_mark_outcome: boolean;
  /** Draw a new token for a call link made for each booking (organisers). */
  can_refresh_call_link: boolean;
  /** The booker's "How did it go?" after a held session. */
  can_give_feedback: boolean;
  /** An organiser lifting the approval this no-show counts towards. */
  can_excuse_no_show: boolean;
}

/** The booker's answer to "How did it go?" (FollowUp::ANSWERS). */
export type FeedbackAnswer = "helpful" | "somewhat" | "not_really";

export interface FeedbackInput {
  answer: FeedbackAnswer;
  comment: string;
}

/**
 * A booked session. `answers`, `outcome_note` and `volunteer_guide` are
 * present only for those allowed to see them; `booker` is null once the
 * booker's account was deleted.
 */
export interface Booking {
  id: number;
  topic_id: number;
  topic_title: string;
  /** Null for a booking made from a request: no slot was booked. */
  shift_id: number | null;
  starts_at: IsoTime;
  ends_at: IsoTime;
  status: BookingStatus;
  sequence: number;
  booker: BasicUser | null;
  holder: BasicUser | null;
  picked_up_at: IsoTime | null;
  cancelled_by: BasicUser | null;
  cancel_reason: string | null;
  answers?: IntakeAnswers;
  /**
   * The holder's or organiser's note on a held or missed session, for them
   * and organisers: absent for the booker.
   */
  outcome_note?: string | null;
  /** The topic's guide for volunteers, present only for the one holding it. */
  volunteer_guide?: string;
  /**
   * Where the call is, for the booker, the volunteer holding the booking and
   * organisers only (absent for everyone else); null until it is known, and
   * always null when the topic meets in the private message.
   */
  call_link?: string | null;
  /** Picked up, over, and not yet marked held or no-show. */
  needs_outcome: boolean;
  /** Reminders the volunteer holding it got to mark it (at most one). */
  outcome_nudges: number;
  /** Still unmarked three days after it ended: for organisers to chase. */
  outcome_overdue: boolean;
  /**
   * The booker's answer, comment and when, for the booker, the volunteer
   * who held it and organisers only (absent for everyone else).
   */
  feedback?: FeedbackAnswer | null;
  feedback_comment?: string | null;
  feedback_at?: IsoTime | null;
  /** The booker opted out of follow-ups (sent to the booker only). */
  follow_ups_stopped?: boolean;
  /** Nobody picked it up before it started. */
  expired: boolean;
  /** The private message, for the booker, the holder and organisers. */
  private_message_url: string | null;
  /** Where the booking topic meets, which decides where call_link comes from. */
  meeting_mode: MeetingMode;
  permissions: BookingPermissions;
  /** The .ics download, for those who may download it; null for others. */
  calendar_url: string | null;
}

/** A request to book a slot; the key makes a repeated submit book once. */
export interface BookingInput {
  shift_id: number;
  starts_at: IsoTime;
  answers: IntakeAnswers;
  idempotency_key: string;
}

export interface RescheduleInput {
  shift_id: number;
  starts_at: IsoTime;
}

export interface BookingsResponse {
  bookings: Booking[];
}

/**
 * How a list that comes a page at a time goes on: send `cursor` back as
 * the `cursor` param for the items after this page. Opaque to the client.
 */
export interface Page {
  /** More items follow this page. */
  more: boolean;
  /** The next page's cursor; null on the last page. */
  cursor: string | null;
}

/** A page of a booking topic's slots, soonest first. */
export interface SlotsResponse extends Page {
  slots: Slot[];
}

/** A page of an organiser's list of a topic's bookings, by start time. */
export interface TopicBookingsResponse extends BookingsResponse, Page {}

/** The counts of a week of stats, or of the whole range (`StatsTable`). */
export interface StatsNumbers {
  booked: number;
  held: number;
  no_show: number;
  cancelled: number;
  /** Never picked up before the start, so cancelled by the plugin. */
  expired: number;
  /** Pending or picked up, not yet marked held or no-show. */
  open: number;
  helpful: number;
  somewhat: number;
  not_really: number;
  /** From booking to pick-up, of those picked up; null with none. */
  pick_up_median_minutes: number | null;
  pick_up_p90_minutes: number | null;
  /** Booking requests made in the week (or range), whatever became of them. */
  requested: number;
  /** Of those, the ones a volunteer set a time for: served. */
  requests_scheduled: number;
  requests_withdrawn: number;
  /** Nobody took them in time. */
  requests_expired: number;
  /** Open or taken: nobody has set a time yet. */
  requests_open: number;
}

/**
 * One week of stats: the bookings whose session starts in it, and the
 * requests made in it.
 */
export interface StatsWeek extends StatsNumbers {
  /** The Monday the week starts, in the stats' time zone. */
  week: IsoDate;
}

/** One volunteer's sessions in the range. */
export interface StatsVolunteer {
  user_id: number;
  /** null once the account is gone. */
  username: string | null;
  /** Every time they took one: what they hold now and what they gave back. */
  picked_up: number;
  held: number;
  no_show: number;
  /** Released to the queue, lost with their access, or handed over. */
  given_back: number;
}

/**
 * Of the shift time starting in the range, how much had a volunteer on
 * duty, as the rota stands now (`StatsCoverage`).
 */
export interface StatsCoverage {
  shift_minutes: number;
  covered_minutes: number;
  /** Whole percent; null when no shift falls in the range. */
  covered_percent: number | null;
}

/** A booking topic's stats, or all topics' for staff (`StatsSerializer`). */
export interface BookingStats {
  from: IsoDate;
  to: IsoDate;
  /** The zone the weeks start on Monday in: the topic's main zone. */
  time_zone: string;
  weeks: StatsWeek[];
  totals: StatsNumbers;
  coverage: StatsCoverage;
  volunteers: StatsVolunteer[];
}

/** Which CSV to download: the weekly table, or one row per booking. */
export type StatsExportKind = "table" | "bookings";

/** A failed request, as Discourse's `render_json_error` writes it. */
export interface ApiError {
  errors: string[];
  error_type?: string;
}

/** A choice offered in the settings form: a group or a chat channel. */
export interface NamedOption {
  id: number;
  name: string;
}

/** The settings a range limits (contract/limits.json). */
export type RangedSetting =
  | "session_minutes"
  | "buffer_minutes"
  | "min_notice_minutes"
  | "horizon_days"
  | "max_parallel"
  | "per_user_limit"
  | "min_trust_level"
  | "follow_up_hours"
  | "volunteers_wanted"
  | "gap_message_weekday"
  | "gap_message_hour"
  | "gap_horizon_weeks"
  | "request_expiry_days";

/** The texts a length limits, in characters (contract/limits.json). */
export type LimitedText =
  | "paused_message"
  | "volunteer_guide"
  | "question_label"
  | "question_link"
  | "answer_text"
  | "answer_textarea"
  | "cancel_reason"
  | "outcome_note"
  | "hand_over_username"
  | "time_off_note"
  | "call_link"
  | "next_steps"
  | "feedback_comment"
  | "cursor"
  | "cursor_text"
  | "request_note";

/** The things a count caps (contract/limits.json). */
export type CountedThing =
  | "questions"
  | "volunteer_groups"
  | "shifts"
  | "friends_added_at_once"
  | "rota_entries"
  | "time_off_entries"
  | "time_off_days"
  | "time_off_current_days"
  | "held_sessions"
  | "upcoming_bookings"
  | "stats_days"
  | "request_windows";

/**
 * contract/limits.json as the server sends it to every page, on the site
 * (plugin.rb, Limits.client): what the forms check before sending.
 */
export interface Limits {
  ranges: Record<
    RangedSetting,
    { min: number; max: number; default: number | null }
  >;
  lengths: Record<LimitedText, number>;
  counts: Record<CountedThing, number>;
}

/** What an organiser needs to open the settings form. */
export interface BookingTopicSettingsResponse {
  settings: BookingTopicSettings;
  /** False while `settings` are the site's defaults for a topic not set up yet. */
  is_booking_topic: boolean;
  /** Rota entries not over yet, by shift id; a shift with none is left out. */
  rota_entry_counts: Partial<Record<number, number>>;
  shifts: Shift[];
  options: {
    groups: NamedOption[];
    chat_channels: NamedOption[];
  };
}

/** A shift as the organiser enters it. */
export type ShiftInput = Omit<Shift, "id">;

/** The rota around some weeks of a booking topic. */
export interface RotaResponse {
  shifts: Shift[];
  rota_entries: RotaEntry[];
  /** The dates in range that weekly entries skip. */
  rota_skips: RotaSkip[];
  time_off: TimeOff[];
  /**
   * Who an organiser may add: members of the volunteer groups, by username
   * (empty for others); its first page, `volunteers_more` and
   * `volunteers_cursor` its Page.
   */
  volunteers: BasicUser[];
  volunteers_more: boolean;
  volunteers_cursor: string | null;
}

/** A page of who an organiser may add to the rota after the first. */
export interface RotaVolunteersResponse extends Page {
  volunteers: BasicUser[];
}

/** Signing up for a shift; `user_id` only when an organiser adds someone. */
export interface JoinShiftInput {
  shift_id: number;
  on_date: IsoDate | null;
  user_id?: number;
}

export interface TimeOffInput {
  starts_on: IsoDate;
  ends_on: IsoDate;
  note: string | null;
}

/** A volunteer's rota entry with where it belongs, for the volunteer page. */
export interface VolunteerRotaEntry extends RotaEntry {
  topic_id: number;
  topic_title: string;
  shift: Shift;
  /**
   * The volunteer is in none of the topic's volunteer groups any more, or
   * cannot join its chat channel, so the entry counts toward no slot.
   */
  inactive?: boolean;
}

/**
 * The volunteer page: sessions picked up, the queue nobody has picked up yet (its first
 * page: `queue_more` and `queue_cursor` are its Page), the rota.
 */
export interface VolunteerPageResponse {
  sessions: Booking[];
  queue: Booking[];
  queue_more: boolean;
  queue_cursor: string | null;
  rota_entries: VolunteerRotaEntry[];
  time_off: TimeOff[];
  /** The link to the viewer's own video call, or null. */
  call_link: string | null;
  /** The viewer asked to be notified of gaps they could fill. */
  notify_gaps: boolean;
  /** Requests the viewer has taken, soonest expiry first. */
  requests: BookingRequest[];
  /** Open requests in the viewer's topics, the first 20. */
  open_requests: BookingRequest[];
}

/** A page of the volunteer page's queue after its first, soonest first. */
export interface QueueResponse extends Page {
  queue: Booking[];
}

export type BookingOutcome = "held" | "no_show";
/** A change the Friends setup would make, in the order it makes them. */
export type FriendsChange =
  | { type: "create_group"; name: string; full_name: string }
  | { type: "allow_chat" }
  | {
      type: "open_category";
      category_id: number;
      category_name: string;
      channel_name: string;
      /** Only the groups in `permissions` can see it now. */
      read_restricted: boolean;
      /** Who may do what there now, by group name. */
      permissions: CategoryPermission[];
    };

/** A group's permission in a category, as Discourse names them. */
export interface CategoryPermission {
  group_name: string;
  permission: "full" | "create_post" | "readonly";
}

/** The Friends group as the admin page shows it. */
export interface FriendsGroup {
  id: number;
  name: string;
  full_name: string | null;
  user_count: number;
  allow_membership_requests: boolean;
  /** Requests to join waiting for an owner or admin (at /g/<name>/requests). */
  pending_requests: number;
}

/** A booking topic's chat channel, and whether Friends can read and post there. */
export interface FriendsChannel {
  id: number;
  name: string;
  category_id: number;
  category_name: string;
  reachable: boolean;
}

/** Someone in the Friends group; `added_by` is null when the group's log does not say. */
export interface FriendMember {
  user: BasicUser;
  owner: boolean;
  added_at: IsoTime;
  added_by: BasicUser | null;
}

/** The admin's Friends tab: where the setup stands, what it would change, who is in. */
export interface FriendsState {
  /** Chat is installed and on: without it the setup cannot run. */
  chat_enabled: boolean;
  /** The Friends group; null until the setup has run. */
  group: FriendsGroup | null;
  /** The name and full name the setup gives the group (site settings). */
  group_name: string;
  group_full_name: string;
  /** The group is in chat_allowed_groups. */
  chat_allowed: boolean;
  channels: FriendsChannel[];
  /** Empty once everything is in place. */
  changes: FriendsChange[];
  /** Names this plan: the setup applies it only if it is still the plan. */
  plan_digest: string;
  /** The newest first. */
  members: FriendMember[];
}

/**
 * A shift date with fewer volunteers on the rota than the shift wants,
 * with who is on it so far.
 */
export interface Gap {
  shift_id: number;
  /** The shift's own date, in its zone. */
  date: IsoDate;
  starts_at: IsoTime;
  ends_at: IsoTime;
  wanted: number;
  volunteers: BasicUser[];
}

/** A booking topic's coverage of the coming four weeks, for its volunteers and organisers. */
export interface GapsResponse {
  from: IsoDate;
  to: IsoDate;
  /** Shift dates with at least the volunteers they want. */
  covered: number;
  /** All shift dates in the range. */
  total: number;
  /** Soonest first. */
  gaps: Gap[];
}

/** Where a booking request stands (docs/plans/booking-requests.md). */
export type BookingRequestStatus =
  | "open"
  | "taken"
  | "scheduled"
  | "withdrawn"
  | "expired";

/**
 * A time that would suit the requester, in the request's zone: every
 * `weekday` (0 Sunday) or on one `date`, exactly one of the two set.
 */
export interface RequestWindow {
  weekday: Weekday | null;
  date: IsoDate | null;
  from: WallTime;
  to: WallTime;
}

/** What the viewer may do with a request now. */
export interface BookingRequestPermissions {
  can_take: boolean;
  can_give_back: boolean;
  can_withdraw: boolean;
  can_schedule: boolean;
  can_reassign: boolean;
}

/** A booker's ask for another time when no slot fits. */
export interface BookingRequest {
  id: number;
  topic_id: number;
  topic_title: string;
  status: BookingRequestStatus;
  /** Null once the requester is anonymised or deleted. */
  requester: BasicUser | null;
  /** The volunteer who took it; null while open. */
  taker: BasicUser | null;
  windows: RequestWindow[];
  /** The requester's IANA zone the windows are written in. */
  time_zone: string;
  /** For the requester, the taker and organisers only (absent for everyone else). */
  note?: string | null;
  answers?: IntakeAnswers;
  /** Only for the taker. */
  volunteer_guide?: string;
  /** The booking it became. */
  booking_id: number | null;
  session_minutes: number;
  min_notice_minutes: number;
  created_at: IsoTime;
  taken_at: IsoTime | null;
  expires_at: IsoTime;
  permissions: BookingRequestPermissions;
}

/** A new request as the booker sends it. */
export interface BookingRequestInput {
  windows: RequestWindow[];
  time_zone: string;
  note: string | null;
  answers: IntakeAnswers;
}

/** The answer of every request action: the request as it now stands. */
export interface BookingRequestResponse {
  request: BookingRequest;
}

/** The viewer's own open or taken request in a topic, if any. */
export interface MyBookingRequestResponse {
  request: BookingRequest | null;
}

/** A page of a topic's requests for organisers. */
export interface TopicRequestsResponse extends Page {
  requests: BookingRequest[];
}

/** Which of a topic's requests an organiser lists. */
export type RequestListStatus = "open" | "taken" | "expired" | "all";

/** Setting the time makes a booking, already picked up by the taker. */
export interface ScheduleRequestResponse extends BookingRequestResponse {
  booking: Booking;
}
