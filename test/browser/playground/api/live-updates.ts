import {
  type BookingMessage,
  EVENT_AUDIENCES,
  type LiveEvent,
  MY_BOOKINGS_CHANNEL,
  QUEUE_CHANNEL,
  topicChannel,
  type TopicMessage,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/live-channels";
import type { FakeBooking } from "./bookings";

/** Discourse's automatic staff group, which every staff member is in. */
export const STAFF_GROUP_ID = 3;

/** Who a message is for, as `MessageBus.publish` takes it. */
export interface Audience {
  user_ids?: number[];
  group_ids?: number[];
}

/** One published message, numbered like MessageBus's backlog. */
export interface PublishedMessage {
  id: number;
  channel: string;
  data: TopicMessage | BookingMessage;
  audience: Audience;
}

/** A page of the backlog for one reader, as a window reads it. */
export interface Backlog {
  last_id: number;
  messages: Pick<PublishedMessage, "id" | "channel" | "data">[];
}

/** What the bus knows of a reader, as MessageBus asks Discourse. */
export interface BusReader {
  id: number;
  group_ids: number[];
  staff: boolean;
  admin?: boolean;
}

/** The parts of a booking topic the audiences are worked out from. */
export interface LiveTopic {
  topic_id: number;
  settings: {
    volunteer_group_ids: number[];
    organiser_group_id: number | null;
  };
}

/**
 * The in-memory API's MessageBus: what the server's LiveUpdates publishes,
 * to the same channels and audiences, kept as a numbered backlog that
 * each window of the playground reads from where it left off. The demo
 * topics are in no restricted category, so their readers are everyone.
 */
export class FakeMessageBus {
  readonly #messages: PublishedMessage[] = [];

  /** The id of the newest message: where a new reader starts. */
  get lastId(): number {
    return this.#messages.at(-1)?.id ?? 0;
  }

  slotsChanged(bookingTopic: LiveTopic): void {
    this.#publish(topicChannel(bookingTopic.topic_id), {
      topic_id: bookingTopic.topic_id,
    });
  }

  bookingChanged(
    booking: FakeBooking,
    bookingTopic: LiveTopic,
    event: LiveEvent
  ): void {
    const audiences = EVENT_AUDIENCES[event];
    if (audiences.includes("readers")) {
      this.slotsChanged(bookingTopic);
    }
    const message: BookingMessage = {
      event,
      booking_id: booking.id,
      topic_id: bookingTopic.topic_id,
      status: booking.status,
    };
    const { volunteer_group_ids, organiser_group_id } = bookingTopic.settings;
    if (audiences.includes("team")) {
      this.#publish(QUEUE_CHANNEL, message, {
        group_ids: [
          ...new Set([
            ...volunteer_group_ids,
            ...(organiser_group_id === null ? [] : [organiser_group_id]),
            STAFF_GROUP_ID,
          ]),
        ],
      });
    }
    if (audiences.includes("booker") && booking.booker_id !== null) {
      this.#publish(MY_BOOKINGS_CHANNEL, message, {
        user_ids: [booking.booker_id],
      });
    }
  }

  /**
   * The messages after `since` that `reader` (null: a visitor) may
   * receive, by MessageBus's rule: in user_ids or in one of group_ids, or
   * no lists at all. Admins count as in every group.
   */
  backlog(reader: BusReader | null, since: number): PublishedMessage[] {
    return this.#messages.filter(
      (message) => message.id > since && allowed(message.audience, reader)
    );
  }

  /** What a window of `reader` reads after `since` (-1: only where it ends). */
  read(reader: BusReader | null, since: number): Backlog {
    return {
      last_id: this.lastId,
      messages:
        since < 0
          ? []
          : this.backlog(reader, since).map(({ id, channel, data }) => ({
              id,
              channel,
              data,
            })),
    };
  }

  #publish(
    channel: string,
    data: TopicMessage | BookingMessage,
    audience: Audience = {}
  ): void {
    this.#messages.push({ id: this.lastId + 1, channel, data, audience });
  }
}

function allowed(audience: Audience, reader: BusReader | null): boolean {
  const { user_ids = [], group_ids = [] } = audience;
  if (user_ids.length === 0 && group_ids.length === 0) {
    return true;
  }
  if (!reader) {
    return false;
  }
  const readerGroups = [
    ...reader.group_ids,
    ...(reader.staff ? [STAFF_GROUP_ID] : []),
  ];
  return (
    user_ids.includes(reader.id) ||
    (group_ids.length > 0 && reader.admin === true) ||
    group_ids.some((id) => readerGroups.includes(id))
  );
}
