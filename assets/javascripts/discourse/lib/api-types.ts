/**
 * The JSON the plugin's server sends and accepts. The Ruby serializers
 * produce exactly these shapes and the request specs assert them; the
 * playground's in-memory API implements them too.
 *
 * Times are ISO 8601 strings in UTC; dates are `YYYY-MM-DD` calendar days;
 * shift times are `HH:MM` wall-clock times in the shift's own IANA zone.
 */

export type IsoTime = string;
export type IsoDate = string;
export type WallTime = string;

/** Ruby's `Date#wday`: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type BookingStatus =
  | "pending"
  | "claimed"
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
  questions: IntakeQuestion[];
  shifts: Shift[];
  permissions: BookingTopicPermissions;
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
}

/** What the viewer may do with a booking now. */
export interface BookingPermissions {
  can_cancel: boolean;
  can_reschedule: boolean;
}

/**
 * A booked session. `answers` is present only for those allowed to see
 * them; `booker` is null once the booker's account was deleted.
 */
export interface Booking {
  id: number;
  topic_id: number;
  topic_title: string;
  shift_id: number;
  starts_at: IsoTime;
  ends_at: IsoTime;
  status: BookingStatus;
  sequence: number;
  booker: BasicUser | null;
  picker: BasicUser | null;
  claimed_at: IsoTime | null;
  cancelled_by: BasicUser | null;
  cancel_reason: string | null;
  answers?: IntakeAnswers;
  permissions: BookingPermissions;
  /** The .ics download for this booking. */
  calendar_url: string;
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

/** What an organiser needs to open the settings form. */
export interface BookingTopicSettingsResponse {
  settings: BookingTopicSettings;
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
  time_off: TimeOff[];
  /** Who an organiser may add: members of the volunteer groups (empty for others). */
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
