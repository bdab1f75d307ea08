import type { BookingStatus } from "./api-types";

/**
 * The MessageBus channels and messages of live updates, as the server's
 * `VolunteerBooking::LiveUpdate` sends them (contract/live_updates.json).
 * A message says what changed, by ids and states only; a page reloads what
 * it shows through the API, with the usual permission checks.
 */

/** The queue of every topic the viewer volunteers for or organises. */
export const QUEUE_CHANNEL = "/volunteer-booking/queue";

/** The viewer's own bookings. */
export const MY_BOOKINGS_CHANNEL = "/volunteer-booking/my-bookings";

/** A booking topic's slots: for whoever may see the topic. */
export function topicChannel(topicId: number): string {
  return `/volunteer-booking/topics/${topicId}`;
}

/** On a topic's channel: its slots may have changed. */
export interface TopicMessage {
  topic_id: number;
}

export type LiveEvent =
  | "booked"
  | "cancelled"
  | "rescheduled"
  | "picked_up"
  | "released"
  | "handed_over"
  | "outcome";

/** Who hears of a change: a topic's readers, its team, the booker. */
export type LiveAudience = "readers" | "team" | "booker";

/** On the queue and my-bookings channels: one booking's new state. */
export interface BookingMessage {
  event: LiveEvent;
  booking_id: number;
  topic_id: number;
  status: BookingStatus;
}

/** Who hears of each booking event; an outcome only its booker. */
export const EVENT_AUDIENCES: Record<LiveEvent, LiveAudience[]> = {
  booked: ["readers", "team", "booker"],
  cancelled: ["readers", "team", "booker"],
  rescheduled: ["readers", "team", "booker"],
  picked_up: ["readers", "team", "booker"],
  released: ["readers", "team", "booker"],
  handed_over: ["readers", "team", "booker"],
  outcome: ["booker"],
};

/**
 * How long a page waits after a message before reloading, so a burst of
 * changes (an organiser editing shifts, a busy queue) costs one reload.
 */
export const REFRESH_DELAY_MS = 500;

/**
 * The part of Discourse's `messageBus` service the plugin uses (the
 * message-bus client: several callbacks may follow one channel, and
 * `unsubscribe` with a callback removes that one only).
 */
export interface MessageBusClient {
  subscribe(
    channel: string,
    callback: (data: unknown) => void,
    lastId?: number
  ): unknown;
  unsubscribe(channel: string, callback: (data: unknown) => void): unknown;
}
