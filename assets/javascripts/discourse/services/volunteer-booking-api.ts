import Service from "@ember/service";
import getURL from "discourse/lib/get-url";
import type {
  Booking,
  BookingInput,
  BookingOutcome,
  BookingRequestInput,
  BookingRequestResponse,
  BookingsResponse,
  BookingStats,
  BookingStatus,
  BookingTopic,
  BookingTopicSettings,
  BookingTopicSettingsResponse,
  FeedbackInput,
  GapsResponse,
  IsoDate,
  JoinShiftInput,
  MyBookingRequestResponse,
  QueueResponse,
  RequestListStatus,
  RescheduleInput,
  RotaEntry,
  RotaResponse,
  RotaVolunteersResponse,
  ScheduleRequestResponse,
  Shift,
  ShiftInput,
  SlotsResponse,
  StatsExportKind,
  TimeOff,
  TimeOffInput,
  TopicBookingsResponse,
  TopicRequestsResponse,
  VolunteerPageResponse,
} from "../lib/api-types";
import { requestJson } from "../lib/request-json";

const BASE = "/volunteer-booking";

/** `path` with the params that have a value as its query string. */
function withQuery(
  path: string,
  params: Record<string, string | null | undefined>
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value) {
      query.set(name, value);
    }
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** The first and last day of a stats request; null for the server's default. */
export interface StatsRange {
  from?: IsoDate | null;
  to?: IsoDate | null;
}

function statsPath(
  topicId: number | null,
  suffix: string,
  range: StatsRange,
  kind?: StatsExportKind
): string {
  const scope = topicId === null ? "" : `/topics/${topicId}`;
  return withQuery(`${scope}/stats${suffix}`, {
    from: range.from,
    to: range.to,
    kind,
  });
}

/**
 * The plugin's HTTP API, typed by `api-types.ts`; the admins' Friends
 * endpoints are in the admin bundle's `volunteer-booking-admin-api`.
 * Failures reject as `ajax` does; see `errorMessages`.
 */
export default class VolunteerBookingApi extends Service {
  /** An organiser's view of a topic's settings, with defaults for a new one. */
  settings(topicId: number): Promise<BookingTopicSettingsResponse> {
    return this.#request("GET", `/topics/${topicId}/settings`);
  }

  /** Makes the topic a booking topic, or updates its settings. */
  saveSettings(
    topicId: number,
    settings: BookingTopicSettings
  ): Promise<{ booking_topic: BookingTopic; settings: BookingTopicSettings }> {
    return this.#request("PUT", `/topics/${topicId}/settings`, { settings });
  }

  addShift(topicId: number, shift: ShiftInput): Promise<{ shift: Shift }> {
    return this.#request("POST", `/topics/${topicId}/shifts`, { shift });
  }

  updateShift(
    topicId: number,
    shiftId: number,
    shift: ShiftInput
  ): Promise<{ shift: Shift }> {
    return this.#request("PUT", `/topics/${topicId}/shifts/${shiftId}`, {
      shift,
    });
  }

  /** Removes the shift and everyone's rota entries for it. */
  removeShift(topicId: number, shiftId: number): Promise<unknown> {
    return this.#request("DELETE", `/topics/${topicId}/shifts/${shiftId}`);
  }

  /** The shifts, rota entries and time off of `weeks` weeks from `from`. */
  rota(topicId: number, from: IsoDate, weeks: number): Promise<RotaResponse> {
    return this.#request(
      "GET",
      `/topics/${topicId}/rota?from=${encodeURIComponent(from)}&weeks=${weeks}`
    );
  }

  /**
   * Organisers: the page of who they may add to the rota (or give a request
   * to) from `cursor`, the first page without one.
   */
  rotaVolunteers(
    topicId: number,
    cursor: string | null = null
  ): Promise<RotaVolunteersResponse> {
    return this.#request(
      "GET",
      withQuery(`/topics/${topicId}/rota/volunteers`, { cursor })
    );
  }

  /** Puts the viewer (or, for organisers, `user_id`) on a shift. */
  joinShift(
    topicId: number,
    input: JoinShiftInput
  ): Promise<{ rota_entry: RotaEntry }> {
    return this.#request("POST", `/topics/${topicId}/rota-entries`, input);
  }

  leaveShift(topicId: number, entryId: number): Promise<unknown> {
    return this.#request(
      "DELETE",
      `/topics/${topicId}/rota-entries/${entryId}`
    );
  }

  /** Takes a weekly rota entry's volunteer off one date, keeping the other weeks. */
  skipRotaDate(
    topicId: number,
    entryId: number,
    onDate: IsoDate
  ): Promise<unknown> {
    return this.#request(
      "POST",
      `/topics/${topicId}/rota-entries/${entryId}/skips`,
      { on_date: onDate }
    );
  }

  /** Puts them back on a date `skipRotaDate` took them off. */
  unskipRotaDate(
    topicId: number,
    entryId: number,
    onDate: IsoDate
  ): Promise<unknown> {
    return this.#request(
      "DELETE",
      `/topics/${topicId}/rota-entries/${entryId}/skips`,
      { on_date: onDate }
    );
  }

  /**
   * A page of a booking topic's open and full slots, soonest first, from
   * `cursor` (a previous page's); empty while it is paused.
   */
  slots(topicId: number, cursor: string | null = null): Promise<SlotsResponse> {
    return this.#request(
      "GET",
      withQuery(`/topics/${topicId}/slots`, { cursor })
    );
  }

  /** Books a slot; sending the same `idempotency_key` again books nothing more. */
  book(topicId: number, input: BookingInput): Promise<{ booking: Booking }> {
    return this.#request("POST", `/topics/${topicId}/bookings`, input);
  }

  /** The viewer's bookings in every booking topic, latest first. */
  myBookings(): Promise<BookingsResponse> {
    return this.#request("GET", "/my-bookings");
  }

  /** Cancels a booking, keeping its record with who cancelled and why. */
  cancelBooking(
    bookingId: number,
    reason: string | null
  ): Promise<{ booking: Booking }> {
    return this.#request("PUT", `/bookings/${bookingId}/cancel`, { reason });
  }

  /** Moves a booking to another open slot in one step. */
  rescheduleBooking(
    bookingId: number,
    input: RescheduleInput
  ): Promise<{ booking: Booking }> {
    return this.#request("PUT", `/bookings/${bookingId}/reschedule`, input);
  }

  /**
   * Picks up a pending booking; the first volunteer wins. `callLink`, in
   * "the volunteer's own link" mode, is the volunteer's video call, kept as
   * their link from then on.
   */
  pickUp(bookingId: number, callLink?: string): Promise<{ booking: Booking }> {
    return this.#request(
      "PUT",
      `/bookings/${bookingId}/pick-up`,
      callLink === undefined ? undefined : { call_link: callLink }
    );
  }

  /** Gives a picked-up booking back to the queue. */
  release(bookingId: number): Promise<{ booking: Booking }> {
    return this.#request("PUT", `/bookings/${bookingId}/release`);
  }

  /** Draws a new call link for a booking, when the old one leaked. */
  refreshCallLink(bookingId: number): Promise<{ booking: Booking }> {
    return this.#request("PUT", `/bookings/${bookingId}/call-link`);
  }

  /** Passes a picked-up booking to another volunteer of the topic. */
  handOver(bookingId: number, username: string): Promise<{ booking: Booking }> {
    return this.#request("PUT", `/bookings/${bookingId}/hand-over`, {
      username,
    });
  }

  /** Records, after its start, whether the session was held. */
  markOutcome(
    bookingId: number,
    outcome: BookingOutcome,
    note: string | null
  ): Promise<{ booking: Booking }> {
    return this.#request("PUT", `/bookings/${bookingId}/outcome`, {
      outcome,
      note,
    });
  }

  /** The booker's "How did it go?" after a held session; again to change it. */
  giveFeedback(
    bookingId: number,
    input: FeedbackInput
  ): Promise<{ booking: Booking }> {
    return this.#request("PUT", `/bookings/${bookingId}/feedback`, input);
  }

  /** The booker opts out of follow-ups from this booking's topic. */
  stopFollowUps(bookingId: number): Promise<{ booking: Booking }> {
    return this.#request("PUT", `/bookings/${bookingId}/stop-follow-ups`);
  }

  /** An organiser lifts the approval this no-show counts towards. */
  excuseNoShow(bookingId: number): Promise<{ booking: Booking }> {
    return this.#request("PUT", `/bookings/${bookingId}/excuse-no-show`);
  }

  /** The viewer's sessions, the queue nobody has picked up yet and their rota, across topics. */
  volunteerPage(): Promise<VolunteerPageResponse> {
    return this.#request("GET", "/volunteer.json");
  }

  /** Keeps the link to the viewer's own video call; null or "" clears it. */
  setVolunteerCallLink(
    callLink: string | null
  ): Promise<{ call_link: string | null }> {
    return this.#request("PUT", "/volunteer/call-link", {
      call_link: callLink,
    });
  }

  /** The viewer's choice to be notified of gaps they could fill. */
  setGapNotifications(enabled: boolean): Promise<{ notify_gaps: boolean }> {
    return this.#request("PUT", "/volunteer/gap-notifications", { enabled });
  }

  /** A topic's coverage of the coming four weeks and its gaps, soonest first. */
  gaps(topicId: number): Promise<GapsResponse> {
    return this.#request("GET", `/topics/${topicId}/gaps`);
  }

  /** The page of the volunteer page's queue from `cursor` (a previous page's). */
  volunteerQueue(cursor: string): Promise<QueueResponse> {
    return this.#request("GET", withQuery("/volunteer/queue.json", { cursor }));
  }

  /**
   * A page of an organiser's list of a topic's bookings, by status and
   * week, by start time, from `cursor` (a previous page's).
   */
  topicBookings(
    topicId: number,
    filter: {
      status?: BookingStatus | null;
      week?: IsoDate | null;
      /** All not over yet, instead of one week. */
      upcoming?: boolean;
      needsOutcome?: boolean;
    } = {},
    cursor: string | null = null
  ): Promise<TopicBookingsResponse> {
    return this.#request(
      "GET",
      withQuery(`/topics/${topicId}/bookings`, {
        needs_outcome: filter.needsOutcome ? "true" : null,
        status: filter.status,
        week: filter.week,
        upcoming: filter.upcoming ? "true" : null,
        cursor,
      })
    );
  }

  /**
   * Organisers: a topic's stats from `from` to `to` (both days included,
   * the server's defaults when null); staff: all topics' with no topic.
   */
  stats(topicId: number | null, range: StatsRange = {}): Promise<BookingStats> {
    return this.#request("GET", statsPath(topicId, "", range));
  }

  /** Where the browser downloads the stats as CSV (a plain link, not ajax). */
  statsExportUrl(
    topicId: number | null,
    kind: StatsExportKind,
    range: StatsRange = {}
  ): string {
    return getURL(`${BASE}${statsPath(topicId, "/export", range, kind)}`);
  }

  /** The viewer's current and future time off. */
  myTimeOff(): Promise<{ time_off: TimeOff[] }> {
    return this.#request("GET", "/time-off");
  }

  addTimeOff(input: TimeOffInput): Promise<{ time_off: TimeOff }> {
    return this.#request("POST", "/time-off", input);
  }

  removeTimeOff(id: number): Promise<unknown> {
    return this.#request("DELETE", `/time-off/${id}`);
  }

  /** Asks for another time when no slot fits: preferred windows and answers. */
  createRequest(
    topicId: number,
    input: BookingRequestInput
  ): Promise<BookingRequestResponse> {
    return this.#request("POST", `/topics/${topicId}/requests`, input);
  }

  /** The viewer's open or taken request in a topic, or null. */
  myRequest(topicId: number): Promise<MyBookingRequestResponse> {
    return this.#request("GET", `/topics/${topicId}/requests/mine`);
  }

  /** Organisers: a page of a topic's requests by status, from `cursor`. */
  topicRequests(
    topicId: number,
    status: RequestListStatus = "open",
    cursor: string | null = null
  ): Promise<TopicRequestsResponse> {
    return this.#request(
      "GET",
      withQuery(`/topics/${topicId}/requests`, { status, cursor })
    );
  }

  /** One request, for those who may see it. */
  bookingRequest(requestId: number): Promise<BookingRequestResponse> {
    return this.#request("GET", `/requests/${requestId}`);
  }

  /** A volunteer takes an open request; the first wins. */
  takeRequest(requestId: number): Promise<BookingRequestResponse> {
    return this.#request("PUT", `/requests/${requestId}/take`);
  }

  /** The taker gives a request back, announced again. */
  giveBackRequest(requestId: number): Promise<BookingRequestResponse> {
    return this.#request("PUT", `/requests/${requestId}/give-back`);
  }

  /** Organisers: gives an open or taken request to a volunteer of the topic. */
  reassignRequest(
    requestId: number,
    userId: number
  ): Promise<BookingRequestResponse> {
    return this.#request("PUT", `/requests/${requestId}/reassign`, {
      user_id: userId,
    });
  }

  /** The requester withdraws an open or taken request. */
  withdrawRequest(requestId: number): Promise<BookingRequestResponse> {
    return this.#request("PUT", `/requests/${requestId}/withdraw`);
  }

  /** The taker sets the time, which makes a booking picked up by them. */
  scheduleRequest(
    requestId: number,
    startsAt: string
  ): Promise<ScheduleRequestResponse> {
    return this.#request("PUT", `/requests/${requestId}/schedule`, {
      starts_at: startsAt,
    });
  }

  #request<T>(type: string, path: string, body?: object): Promise<T> {
    return requestJson(`${BASE}${path}`, type, body);
  }
}
