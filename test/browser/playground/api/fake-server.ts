import type {
  BasicUser,
  BookingTopic,
  BookingTopicSettings,
  FeedbackAnswer,
  IsoDate,
  NamedOption,
  RotaEntry,
  RotaSkip,
  Shift,
  ShiftInput,
  TimeOff,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  checkCallLink,
  checkCallLinkTemplate,
  checkMeetingMode,
  expandCallLink,
  pickUpCallLink,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/call-link";
import { isKnownTimeZone } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/time-format";
import {
  addDays,
  localDate,
  wallTimeToInstant,
  weekdayOf,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import { bookingRefusal } from "./booking-rules";
import {
  ACTIVE,
  bookingPermissions,
  canBePickedUp,
  drawCallToken,
  type FakeBooking,
  giveBack,
  hasStarted,
  normalizeAnswers,
  outcomeOverdue,
  pickedUp,
} from "./bookings";
import { CAPS, timeOffRefusal } from "./caps";
import {
  FakeFriends,
  type FakeFriendsData,
  type SetUpConfirmation,
} from "./friends";
import { FakeGapMessages, type GapMessage, gapsReport } from "./gaps";
import { calendar } from "./ics";
import { LIMITS, range as limitRange } from "./limits";
import { FakeMessageBus } from "./live-updates";
import { message, type MessageKey } from "./messages";
import { NO_SHOW_DEFAULTS, noShowRefusal } from "./no-show-rule";
import {
  CURSOR_INVALID,
  type FakePage,
  inStartOrder,
  type KeyKind,
  type KeyValue,
  PAGE_SIZES,
  pageAfter,
  START_ORDER,
  startOrderKey,
} from "./page";
import { apart, type PairingUser, restricted } from "./pairing";
import { Policy } from "./policy";
import { questionError, storedQuestions } from "./question-list";
import { type FakeBookingRequest, FakeRequests } from "./requests";
import {
  busyElsewhere,
  clashFor,
  sessionTime,
  strandedBookings,
  type TimeSpan,
} from "./sessions";
import {
  checkChatChannel,
  checkGroups,
  checkOrganiserKept,
} from "./setting-choices";
import { computeSlots } from "./slot-engine";
import {
  bookingsInRange,
  type CoverageInput,
  fakeCoverage,
  fakeStats,
  mainZone,
  MAX_DAYS,
  statsRange,
} from "./stats";
import { bookingsCsv, tableCsv } from "./stats-csv";
import {
  cleanInput,
  type Contract,
  CONTRACTS,
  paramErrors,
} from "./strict-params";

/** A forum user of the playground, with what the server knows of them. */
export interface FakeUser extends BasicUser, PairingUser {
  staff: boolean;
  /** An admin (staff who are not admins are moderators). */
  admin?: boolean;
  trust_level: number;
  group_ids: number[];
  /** The user's time zone setting; the server writes times in UTC without one. */
  timezone?: string;
  /** The link to their own video call (VolunteerProfile), if they keep one. */
  call_link?: string | null;
  /** They asked to be notified of gaps they could fill (VolunteerProfile). */
  notify_gaps?: boolean;
  /** Discourse's bots and staged users: handed no booking or request. */
  bot?: boolean;
  staged?: boolean;
}

export interface FakeBookingTopic {
  id: number;
  topic_id: number;
  title: string;
  settings: BookingTopicSettings;
}

/** Everything the in-memory server holds. */
export interface FakeData {
  users: FakeUser[];
  groups: NamedOption[];
  chatChannels: NamedOption[];
  bookingTopics: FakeBookingTopic[];
  shifts: (Shift & { booking_topic_id: number })[];
  rotaEntries: (Omit<RotaEntry, "user"> & { user_id: number })[];
  rotaSkips: RotaSkip[];
  timeOff: TimeOff[];
  bookings: FakeBooking[];
  requests: FakeBookingRequest[];
  /** Defaults a new booking topic starts from. */
  defaults: BookingTopicSettings;
  /** Chat and the Friends group, for the admin's Friends tab. */
  friends: FakeFriendsData;
}

export interface FakeRequest {
  method: string;
  /** Path and query, e.g. "/volunteer-booking/topics/1/rota?weeks=4". */
  url: string;
  body?: unknown;
  /** The signed-in user, or null for a visitor. */
  userId: number | null;
}

export interface FakeResponse {
  status: number;
  body: unknown;
  /** Set for non-JSON answers, such as the calendar file. */
  contentType?: string;
  /** The name a download is saved under, as send_data's filename. */
  filename?: string;
}

/** What a stats request reads: its topic (null: all), range, bookings and requests. */
interface StatsScope {
  bookingTopic: FakeBookingTopic | null;
  zone: string;
  range: { from: IsoDate; to: IsoDate };
  bookings: FakeBooking[];
  requests: FakeBookingRequest[];
  usernames: Map<number, string>;
}

/** A non-JSON answer from a route. */
class FileAnswer {
  readonly text: string;
  readonly contentType: string;
  readonly filename?: string;

  constructor(text: string, contentType: string, filename?: string) {
    this.text = text;
    this.contentType = contentType;
    this.filename = filename;
  }
}

class HttpError extends Error {
  readonly status: number;
  readonly errors: string[];

  constructor(status: number, errors: string[]) {
    super(errors.join(" "));
    this.status = status;
    this.errors = errors;
  }
}

const refuse = (
  key: MessageKey,
  params: Record<string, string | number> = {}
) => new HttpError(422, [message(key, params)]);
const forbidden = () => new HttpError(403, [message("not_allowed")]);
/** Discourse's ensure_admin: InvalidAccess with core's own sentence. */
const adminsOnly = () =>
  new HttpError(403, ["You are not permitted to view the requested resource."]);
const notFound = () =>
  new HttpError(404, ["The requested URL or resource could not be found."]);

type Handler = (
  match: RegExpMatchArray,
  request: FakeRequest,
  query: URLSearchParams
) => unknown;

/**
 * The plugin's HTTP API in memory, answering with the same JSON as the Ruby
 * serializers and refusing what the Ruby services refuse, for the playground
 * and the component tests.
 */
export class FakeServer {
  readonly data: FakeData;
  readonly now: () => Date;
  /** What LiveUpdates would publish, for the pages open on this data. */
  readonly bus = new FakeMessageBus();
  /** The site settings of the no-show rule, for a test to change. */
  noShowSettings = { ...NO_SHOW_DEFAULTS };
  /** The booking request endpoints, and what the playground shows of them. */
  readonly requests: FakeRequests;
  #nextId = 1000;
  readonly #routes: [string, RegExp, Handler][];
  readonly #friends: FakeFriends;
  readonly #gapMessages = new FakeGapMessages();

  constructor(data: FakeData, now: () => Date = () => new Date()) {
    this.data = data;
    this.now = now;
    this.#friends = new FakeFriends(data, now, {
      refuse,
      notFound,
      invalid: (messages) => new HttpError(422, messages),
    });
    this.requests = new FakeRequests(this.#requestsHost());
    const topic = "^/volunteer-booking/topics/(\\d+)";
    const friends = "^/admin/plugins/discourse-volunteer-booking/friends";
    this.#routes = [
      ["GET", new RegExp(`${topic}/settings$`), (m, r) => this.#settings(m, r)],
      [
        "PUT",
        new RegExp(`${topic}/settings$`),
        (m, r) => this.#configure(m, r),
      ],
      ["POST", new RegExp(`${topic}/shifts$`), (m, r) => this.#saveShift(m, r)],
      [
        "PUT",
        new RegExp(`${topic}/shifts/(\\d+)$`),
        (m, r) => this.#saveShift(m, r),
      ],
      [
        "DELETE",
        new RegExp(`${topic}/shifts/(\\d+)$`),
        (m, r) => this.#removeShift(m, r),
      ],
      ["GET", new RegExp(`${topic}/rota$`), (m, r, q) => this.#rota(m, r, q)],
      [
        "GET",
        new RegExp(`${topic}/rota/volunteers$`),
        (m, r, q) => {
          const { bookingTopic } = this.#organiserOf(m, r);
          const { items, ...more } = this.#rotaVolunteers(bookingTopic, q);
          return { volunteers: items, ...more };
        },
      ],
      [
        "POST",
        new RegExp(`${topic}/rota-entries$`),
        (m, r) => this.#join(m, r),
      ],
      [
        "DELETE",
        new RegExp(`${topic}/rota-entries/(\\d+)$`),
        (m, r) => this.#leave(m, r),
      ],
      [
        "POST",
        new RegExp(`${topic}/rota-entries/(\\d+)/skips$`),
        (m, r) => this.#skip(m, r),
      ],
      [
        "DELETE",
        new RegExp(`${topic}/rota-entries/(\\d+)/skips$`),
        (m, r) => this.#unskip(m, r),
      ],
      ["GET", new RegExp(`${topic}/stats$`), (m, r, q) => this.#stats(m, r, q)],
      [
        "GET",
        /^\/volunteer-booking\/stats$/,
        (m, r, q) => this.#stats(null, r, q),
      ],
      [
        "GET",
        new RegExp(`${topic}/stats/export$`),
        (m, r, q) => this.#exportStats(m, r, q),
      ],
      [
        "GET",
        /^\/volunteer-booking\/stats\/export$/,
        (m, r, q) => this.#exportStats(null, r, q),
      ],
      ["GET", new RegExp(`${topic}/slots$`), (m, _r, q) => this.#slots(m, q)],
      ["POST", new RegExp(`${topic}/bookings$`), (m, r) => this.#book(m, r)],
      [
        "GET",
        new RegExp(`${topic}/bookings$`),
        (m, r, q) => this.#topicBookings(m, r, q),
      ],
      [
        "GET",
        /^\/volunteer-booking\/my-bookings$/,
        (m, r) => this.#myBookings(r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/cancel$/,
        (m, r) => this.#cancel(m, r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/reschedule$/,
        (m, r) => this.#reschedule(m, r),
      ],
      [
        "GET",
        /^\/volunteer-booking\/bookings\/(\d+)\/calendar\.ics$/,
        (m, r) => this.#calendar(m, r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/pick-up$/,
        (m, r) => this.#pickUp(m, r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/release$/,
        (m, r) => this.#release(m, r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/hand-over$/,
        (m, r) => this.#handOver(m, r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/call-link$/,
        (m, r) => this.#refreshCallLink(m, r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/outcome$/,
        (m, r) => this.#outcome(m, r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/feedback$/,
        (m, r) => this.#feedback(m, r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/stop-follow-ups$/,
        (m, r) => this.#stopFollowUps(m, r),
      ],
      [
        "PUT",
        /^\/volunteer-booking\/bookings\/(\d+)\/excuse-no-show$/,
        (m, r) => this.#excuseNoShow(m, r),
      ],
      [
        "GET",
        /^\/volunteer-booking\/volunteer\.json$/,
        (m, r) => this.#volunteerPage(r),
      ],
      [
        "GET",
        /^\/volunteer-booking\/volunteer\/queue\.json$/,
        (m, r, q) => {
          const { items, ...more } = this.#queue(this.#signedIn(r), q);
          return { queue: items, ...more };
        },
      ],
      [
        "PUT",
        /^\/volunteer-booking\/volunteer\/call-link$/,
        (m, r) => this.#setCallLink(r),
      ],
      ["GET", /^\/volunteer-booking\/time-off$/, (m, r) => this.#myTimeOff(r)],
      [
        "POST",
        /^\/volunteer-booking\/time-off$/,
        (m, r) => this.#addTimeOff(r),
      ],
      [
        "DELETE",
        /^\/volunteer-booking\/time-off\/(\d+)$/,
        (m, r) => this.#removeTimeOff(m, r),
      ],
      ["GET", new RegExp(`${topic}/gaps$`), (m, r) => this.#gaps(m, r)],
      [
        "PUT",
        /^\/volunteer-booking\/volunteer\/gap-notifications$/,
        (m, r) => this.#setGapNotifications(r),
      ],
      [
        "GET",
        new RegExp(`${friends}\\.json$`),
        (m, r) => {
          this.#admin(r);
          return this.#friends.state();
        },
      ],
      [
        "POST",
        new RegExp(`${friends}/setup$`),
        (m, r) => {
          const admin = this.#admin(r);
          const body = this.#read(CONTRACTS.setUpFriends, this.#body(r));
          return this.#friends.setUp(admin, body as SetUpConfirmation);
        },
      ],
      [
        "POST",
        new RegExp(`${friends}/members$`),
        (m, r) => {
          const admin = this.#admin(r);
          const body = this.#read(CONTRACTS.addFriends, this.#body(r));
          return this.#friends.add(admin, body.usernames as string[]);
        },
      ],
      [
        "DELETE",
        new RegExp(`${friends}/members/(\\d+)$`),
        (m, r) => {
          this.#admin(r);
          this.#read(CONTRACTS.removeFriend, { user_id: m[1] });
          return this.#friends.remove(Number(m[1]));
        },
      ],
      ...this.requests.routes(),
    ];
  }

  handle(request: FakeRequest): FakeResponse {
    const [path, search = ""] = request.url.split("?");
    try {
      for (const [method, pattern, handler] of this.#routes) {
        const match = path.match(pattern);
        if (match && method === request.method) {
          const body = handler(match, request, new URLSearchParams(search));
          return body instanceof FileAnswer
            ? {
                status: 200,
                body: body.text,
                contentType: body.contentType,
                filename: body.filename,
              }
            : { status: 200, body };
        }
      }
      throw notFound();
    } catch (error) {
      if (error instanceof HttpError) {
        return { status: error.status, body: { errors: error.errors } };
      }
      throw error;
    }
  }

  /** The public booking topic as the topic view carries it for `userId`. */
  bookingTopicFor(topicId: number, userId: number | null): BookingTopic | null {
    const bookingTopic = this.data.bookingTopics.find(
      (b) => b.topic_id === topicId
    );
    return bookingTopic ? this.#publicTopic(bookingTopic, userId) : null;
  }

  #publicTopic(
    bookingTopic: FakeBookingTopic,
    userId: number | null
  ): BookingTopic {
    const { settings } = bookingTopic;
    const policy = this.#policy(this.#user(userId), bookingTopic);
    return {
      id: bookingTopic.id,
      topic_id: bookingTopic.topic_id,
      session_minutes: settings.session_minutes,
      paused: settings.paused,
      paused_message: settings.paused_message,
      per_user_limit: settings.per_user_limit,
      questions: settings.questions,
      shifts: this.#shiftsOf(bookingTopic),
      permissions: {
        can_book: policy.canBook(),
        can_configure: policy.canConfigure(),
        can_volunteer: policy.volunteer(),
      },
      requests_enabled: settings.requests_enabled,
    };
  }

  /** Page.of / Page.after: the page the `cursor` param asks for; 422 for one it cannot read. */
  #page<T>(
    sorted: T[],
    query: URLSearchParams,
    size: number,
    kinds: KeyKind[],
    key: (item: T) => KeyValue[]
  ): FakePage<T> {
    const page = pageAfter(sorted, query.get("cursor"), size, kinds, key);
    if (!page) {
      throw new HttpError(422, [CURSOR_INVALID]);
    }
    return page;
  }

  /** What the booking requests read and do through the rest of the server. */
  #requestsHost() {
    return {
      data: this.data,
      now: this.now,
      refuse,
      forbidden,
      notFound,
      invalid: (messages: string[]) => new HttpError(422, messages),
      nextId: () => this.#nextId++,
      signedIn: (request: FakeRequest) => this.#signedIn(request),
      user: (userId: number | null) => this.#user(userId),
      basic: (user: FakeUser) => this.#basic(user),
      policy: (user: FakeUser | null, bookingTopic: FakeBookingTopic) =>
        this.#policy(user, bookingTopic),
      canVolunteer: (user: FakeUser, bookingTopic: FakeBookingTopic) =>
        this.#canVolunteer(user, bookingTopic),
      body: (request: FakeRequest) => this.#body(request),
      read: (contract: Contract, input: Record<string, unknown>) =>
        this.#read(contract, input),
      sessionRefusal: (taker: FakeUser, span: TimeSpan) =>
        this.#sessionRefusal(taker, span),
      makeBooking: (
        request: FakeBookingRequest,
        taker: FakeUser,
        span: TimeSpan
      ) => this.#bookingFromRequest(request, taker, span),
      bookingJson: (booking: FakeBooking, viewer: FakeUser) =>
        this.#bookingJson(booking, viewer),
    };
  }

  /** In "a call link for each booking", a new booking's own room. */
  #drawCallLink(booking: FakeBooking, bookingTopic: FakeBookingTopic) {
    const { meeting_mode, call_link_template } = bookingTopic.settings;
    if (meeting_mode === "call_link_template" && call_link_template) {
      booking.call_token = drawCallToken();
      booking.call_link = expandCallLink(
        call_link_template,
        booking.call_token,
        booking.id
      );
    }
  }

  /** RequestScheduling: the taker free for `span` and able to hold one more. */
  #sessionRefusal(taker: FakeUser, span: TimeSpan): HttpError | null {
    if (clashFor(this.data.bookings, taker.id, span, this.now())) {
      return refuse("request_time_overlaps");
    }
    try {
      this.#refuseUnlessCanHoldMore(taker);
    } catch (error) {
      return error as HttpError;
    }
    return null;
  }

  /**
   * RequestScheduling.insert: a booking already picked up by the taker, in
   * no shift (no slot was booked), with the request's answers.
   */
  #bookingFromRequest(
    request: FakeBookingRequest,
    taker: FakeUser,
    span: TimeSpan
  ): FakeBooking {
    const bookingTopic = this.data.bookingTopics.find(
      (t) => t.id === request.booking_topic_id
    )!;
    const now = this.now().toISOString();
    const booking: FakeBooking = {
      id: this.#nextId++,
      booking_topic_id: bookingTopic.id,
      shift_id: null,
      ...span,
      status: "picked_up",
      booker_id: request.requester_id,
      holder_id: taker.id,
      picked_up_at: now,
      cancelled_by_id: null,
      cancel_reason: null,
      answers: request.answers,
      idempotency_key: `request-${request.id}`,
      sequence: 0,
      created_at: now,
      outcome_note: null,
      expired: false,
    };
    this.#drawCallLink(booking, bookingTopic);
    this.data.bookings.push(booking);
    this.#takeHoldersCallLink(booking, bookingTopic);
    this.bus.bookingChanged(booking, bookingTopic, "picked_up");
    return booking;
  }

  #user(userId: number | null): FakeUser | null {
    return this.data.users.find((u) => u.id === userId) ?? null;
  }

  #signedIn(request: FakeRequest): FakeUser {
    const user = this.#user(request.userId);
    if (!user) {
      throw forbidden();
    }
    return user;
  }

  /** Admins only: moderators and everyone else get 403. */
  #admin(request: FakeRequest): FakeUser {
    const user = this.#signedIn(request);
    if (!user.admin) {
      throw adminsOnly();
    }
    return user;
  }

  /** The request's JSON object ({} when it sent none). */
  #body(request: FakeRequest): Record<string, unknown> {
    const body = request.body;
    return body && typeof body === "object" && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  }

  /**
   * StrictParams: refuses with 422 what does not read as the service's
   * params declare, before any record is looked up; else the input with
   * its text cleaned as the server cleans it.
   */
  #read(contract: Contract, input: Record<string, unknown>) {
    const errors = paramErrors(contract, input);
    if (errors.length) {
      throw new HttpError(422, errors);
    }
    return cleanInput(input) as Record<string, unknown>;
  }

  /** PolicyFactory.for: `user`'s Policy in `bookingTopic` (null: not one yet). */
  #policy(user: FakeUser | null, bookingTopic: FakeBookingTopic | null) {
    return new Policy(user, bookingTopic?.settings ?? {}, this.now());
  }

  /** In a volunteer group and able to join the topic's chat channel. */
  #canVolunteer(user: FakeUser, bookingTopic: FakeBookingTopic): boolean {
    const channelId = bookingTopic.settings.chat_channel_id;
    return (
      this.#policy(user, bookingTopic).volunteer() &&
      (channelId === null || this.#friends.canJoinChannel(user, channelId))
    );
  }

  #bookingTopic(match: RegExpMatchArray): FakeBookingTopic {
    const bookingTopic = this.data.bookingTopics.find(
      (b) => b.topic_id === Number(match[1])
    );
    if (!bookingTopic) {
      throw notFound();
    }
    return bookingTopic;
  }

  #organiserOf(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    const bookingTopic = this.#bookingTopic(match);
    if (!this.#policy(user, bookingTopic).organiser()) {
      throw forbidden();
    }
    return { user, bookingTopic };
  }

  #shiftsOf(bookingTopic: FakeBookingTopic): Shift[] {
    return this.data.shifts
      .filter((s) => s.booking_topic_id === bookingTopic.id)
      .map(({ booking_topic_id, ...shift }) => shift);
  }

  /** The booking topics whose rota `userId` is on: time off changes them. */
  #rotaTopicsOf(userId: number): FakeBookingTopic[] {
    const shiftIds = new Set(
      this.data.rotaEntries
        .filter((e) => e.user_id === userId)
        .map((e) => e.shift_id)
    );
    const topicIds = new Set(
      this.data.shifts
        .filter((s) => shiftIds.has(s.id))
        .map((s) => s.booking_topic_id)
    );
    return this.data.bookingTopics.filter((b) => topicIds.has(b.id));
  }

  #basic(user: FakeUser): BasicUser {
    const { id, username, name, avatar_template } = user;
    return { id, username, name, avatar_template };
  }

  #today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  #settings(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.topic, { topic_id: match[1] });
    const bookingTopic =
      this.data.bookingTopics.find((b) => b.topic_id === Number(match[1])) ??
      null;
    if (!this.#policy(user, bookingTopic).canConfigure()) {
      throw forbidden();
    }
    return {
      settings: bookingTopic?.settings ?? this.data.defaults,
      is_booking_topic: bookingTopic !== null,
      rota_entry_counts: bookingTopic
        ? this.#rotaEntryCounts(bookingTopic)
        : {},
      shifts: bookingTopic ? this.#shiftsOf(bookingTopic) : [],
      options: {
        groups: this.data.groups,
        chat_channels: this.data.chatChannels,
      },
    };
  }

  #configure(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    const settingsInput = this.#body(request).settings;
    this.#read(CONTRACTS.configure, {
      ...(settingsInput && typeof settingsInput === "object"
        ? settingsInput
        : {}),
      topic_id: match[1],
    });
    const topicId = Number(match[1]);
    let bookingTopic =
      this.data.bookingTopics.find((b) => b.topic_id === topicId) ?? null;
    if (!this.#policy(user, bookingTopic).canConfigure()) {
      throw forbidden();
    }
    let settings = (request.body as { settings: BookingTopicSettings })
      .settings;
    this.#validateSettings(settings);
    this.#checkChoices(user, settings, bookingTopic?.settings ?? null);
    settings = {
      ...settings,
      call_link_template: settings.call_link_template || null,
      questions: storedQuestions(settings.questions),
    };
    if (bookingTopic) {
      bookingTopic.settings = { ...settings };
    } else {
      bookingTopic = {
        id: this.#nextId++,
        topic_id: topicId,
        title: `Topic ${topicId}`,
        settings: { ...settings },
      };
      this.data.bookingTopics.push(bookingTopic);
    }
    this.bus.slotsChanged(bookingTopic);
    return {
      booking_topic: this.#publicTopic(bookingTopic, user.id),
      settings: bookingTopic.settings,
    };
  }

  #validateSettings(settings: BookingTopicSettings) {
    const errors: string[] = [];
    const range = (
      name: string,
      value: number | null,
      setting: Parameters<typeof limitRange>[0]
    ) => {
      const [min, max] = limitRange(setting);
      if (
        value !== null &&
        (!Number.isInteger(value) || value < min || value > max)
      ) {
        errors.push(`${name} must be between ${min} and ${max}`);
      }
    };
    range(
      "Session length (minutes)",
      settings.session_minutes,
      "session_minutes"
    );
    range(
      "Break between sessions (minutes)",
      settings.buffer_minutes,
      "buffer_minutes"
    );
    range(
      "Minimum notice (minutes)",
      settings.min_notice_minutes,
      "min_notice_minutes"
    );
    range(
      "How far ahead people can book (days)",
      settings.horizon_days,
      "horizon_days"
    );
    range(
      "Most sessions at the same time",
      settings.max_parallel,
      "max_parallel"
    );
    range(
      "Upcoming bookings allowed per person",
      settings.per_user_limit,
      "per_user_limit"
    );
    range(
      "Minimum trust level to book",
      settings.min_trust_level,
      "min_trust_level"
    );
    const questionProblem = questionError(settings.questions);
    if (questionProblem) {
      errors.push(questionProblem);
    }
    if (errors.length) {
      throw new HttpError(422, errors);
    }
    this.#checkMeetingPlace(settings);
  }

  /** As ConfigureBookingTopic's check_meeting_place. */
  #checkMeetingPlace(settings: BookingTopicSettings) {
    const template = settings.call_link_template || null;
    const problem =
      checkMeetingMode(settings.meeting_mode) ??
      (settings.meeting_mode === "call_link_template" || template !== null
        ? checkCallLinkTemplate(template, LIMITS.lengths.call_link)
        : null);
    if (problem) {
      throw new HttpError(422, [
        message(problem.error as MessageKey, problem.params),
      ]);
    }
  }

  /** As ConfigureBookingTopic: every group and channel offered may be chosen. */
  #checkChoices(
    user: FakeUser,
    settings: BookingTopicSettings,
    stored: BookingTopicSettings | null
  ) {
    const groupsOf = (s: BookingTopicSettings) => [
      ...s.volunteer_group_ids,
      ...(s.organiser_group_id === null ? [] : [s.organiser_group_id]),
    ];
    const problem =
      checkGroups(
        groupsOf(settings),
        stored ? groupsOf(stored) : [],
        this.data.groups.map((g) => g.id)
      ) ??
      checkChatChannel(
        settings.chat_channel_id,
        stored?.chat_channel_id ?? null,
        this.data.chatChannels.map((c) => c.id)
      ) ??
      checkOrganiserKept(user, settings.organiser_group_id, this.now());
    if (problem) {
      throw refuse(problem);
    }
  }

  #saveShift(match: RegExpMatchArray, request: FakeRequest) {
    this.#signedIn(request);
    const shiftInput = this.#body(request).shift;
    this.#read(CONTRACTS.shift, {
      ...(shiftInput && typeof shiftInput === "object" ? shiftInput : {}),
      topic_id: match[1],
      shift_id: match[2],
    });
    const { bookingTopic } = this.#organiserOf(match, request);
    const input = (request.body as { shift: ShiftInput }).shift;
    const existing = match[2]
      ? this.data.shifts.find(
          (s) =>
            s.id === Number(match[2]) && s.booking_topic_id === bookingTopic.id
        )
      : undefined;
    if (match[2] && !existing) {
      throw notFound();
    }
    if (!isKnownTimeZone(input.time_zone)) {
      throw refuse("time_zone_unknown", { zone: input.time_zone });
    }
    if (input.ends_at <= input.starts_at) {
      throw refuse("shift_end_before_start");
    }
    const others = this.#shiftsOf(bookingTopic).filter(
      (s) => s.id !== existing?.id
    );
    const overlapping = others.find((other) =>
      shiftsOverlap(input, other, this.#today())
    );
    if (overlapping) {
      throw refuse("shift_overlap", { shift: shiftLabel(overlapping) });
    }
    if (existing) {
      this.#refuseStranding(existing.id, input);
    }
    const shift = {
      ...input,
      volunteers_wanted: Number(
        input.volunteers_wanted ??
          existing?.volunteers_wanted ??
          LIMITS.ranges.volunteers_wanted.default
      ),
      id: existing?.id ?? this.#nextId++,
    };
    if (existing) {
      Object.assign(existing, shift);
    } else {
      this.data.shifts.push({ ...shift, booking_topic_id: bookingTopic.id });
    }
    this.bus.slotsChanged(bookingTopic);
    return { shift };
  }

  #removeShift(match: RegExpMatchArray, request: FakeRequest) {
    this.#signedIn(request);
    this.#read(CONTRACTS.removeShift, {
      topic_id: match[1],
      shift_id: match[2],
    });
    const { bookingTopic } = this.#organiserOf(match, request);
    const id = Number(match[2]);
    const index = this.data.shifts.findIndex(
      (s) => s.id === id && s.booking_topic_id === bookingTopic.id
    );
    if (index < 0) {
      throw notFound();
    }
    this.#refuseStranding(id, null);
    this.data.shifts.splice(index, 1);
    this.data.rotaEntries = this.data.rotaEntries.filter(
      (e) => e.shift_id !== id
    );
    this.bus.slotsChanged(bookingTopic);
    return { success: "OK" };
  }

  /** Organisers cancel or move bookings before their shift changes under them. */
  #refuseStranding(shiftId: number, change: ShiftInput | null) {
    const count = strandedBookings(
      this.data.bookings,
      shiftId,
      change,
      this.now()
    ).length;
    if (count > 0) {
      throw refuse("bookings_in_the_way", { count });
    }
  }

  /**
   * No volunteer holds two overlapping sessions: refuses `volunteer` for
   * `span` when they hold another, named in `viewer`'s zone.
   */
  #refuseClash(
    volunteer: FakeUser,
    span: TimeSpan,
    booking: FakeBooking,
    viewer: FakeUser
  ) {
    const clash = clashFor(
      this.data.bookings,
      volunteer.id,
      span,
      this.now(),
      booking
    );
    if (clash) {
      throw refuse("volunteer_busy", {
        username: volunteer.username,
        time: sessionTime(clash, viewer.timezone ?? "UTC"),
      });
    }
  }

  #rotaEntry(
    entry: FakeData["rotaEntries"][number],
    bookingTopic?: FakeBookingTopic
  ): RotaEntry {
    const { user_id, ...rest } = entry;
    const user = this.#user(user_id)!;
    return {
      ...rest,
      user: this.#basic(user),
      // For organisers: lost access (RotaAccess on the server).
      ...(bookingTopic && { flagged: !this.#canVolunteer(user, bookingTopic) }),
    };
  }

  #rota(match: RegExpMatchArray, request: FakeRequest, query: URLSearchParams) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.rota, {
      topic_id: match[1],
      from: query.get("from"),
      weeks: query.get("weeks") ?? 4,
    });
    const bookingTopic = this.#bookingTopic(match);
    const policy = this.#policy(user, bookingTopic);
    if (!policy.canEditOwnRota() && !policy.canEditRota()) {
      throw forbidden();
    }
    const organiser = policy.organiser();
    const from = query.get("from") ?? this.#today();
    const weeks = Number(query.get("weeks") ?? 4);
    const until = addDays(from, weeks * 7);
    const shifts = this.#shiftsOf(bookingTopic);
    const shiftIds = new Set(shifts.map((s) => s.id));
    const entries = this.data.rotaEntries.filter(
      (e) =>
        shiftIds.has(e.shift_id) &&
        (e.on_date === null || (e.on_date >= from && e.on_date < until))
    );
    const userIds = new Set(entries.map((e) => e.user_id));
    const volunteers = organiser
      ? this.#rotaVolunteers(bookingTopic, new URLSearchParams())
      : { items: [], more: false, cursor: null };
    return {
      shifts,
      volunteers: volunteers.items,
      volunteers_more: volunteers.more,
      volunteers_cursor: volunteers.cursor,
      rota_entries: entries.map((e) =>
        this.#rotaEntry(e, organiser ? bookingTopic : undefined)
      ),
      rota_skips: this.data.rotaSkips
        .filter(
          (k) =>
            entries.some((e) => e.id === k.rota_entry_id) &&
            k.on_date >= from &&
            k.on_date < until
        )
        .sort((a, b) => a.on_date.localeCompare(b.on_date)),
      time_off: this.data.timeOff
        .filter(
          (t) =>
            userIds.has(t.user_id) && t.ends_on >= from && t.starts_on < until
        )
        .map((t) => ({
          ...t,
          note: organiser || t.user_id === user.id ? t.note : null,
        })),
    };
  }

  /** RotaVolunteers: who an organiser may add, by username, a page at a time. */
  #rotaVolunteers(bookingTopic: FakeBookingTopic, query: URLSearchParams) {
    const page = this.#page(
      this.data.users
        .filter((u) => this.#policy(u, bookingTopic).volunteer())
        .sort((a, b) =>
          a.username.toLowerCase() < b.username.toLowerCase() ? -1 : 1
        ),
      query,
      PAGE_SIZES.rota_volunteers,
      ["text"],
      (u) => [u.username.toLowerCase()]
    );
    return { ...page, items: page.items.map((u) => this.#basic(u)) };
  }

  #join(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.joinShift, {
      ...this.#body(request),
      topic_id: match[1],
    });
    const bookingTopic = this.#bookingTopic(match);
    const input = request.body as {
      shift_id: number;
      on_date: string | null;
      user_id?: number;
    };
    const shift = this.#shiftsOf(bookingTopic).find(
      (s) => s.id === input.shift_id
    );
    const targetId = input.user_id ?? user.id;
    const target = this.#user(targetId);
    if (!shift || !target) {
      throw notFound();
    }
    const policy = this.#policy(user, bookingTopic);
    if (
      !(targetId === user.id ? policy.canEditOwnRota() : policy.canEditRota())
    ) {
      throw forbidden();
    }
    if (!this.#policy(target, bookingTopic).volunteer()) {
      throw refuse("not_a_volunteer", { username: target.username });
    }
    if (input.on_date !== null) {
      if (weekdayOf(input.on_date) !== shift.weekday) {
        throw refuse("on_date_wrong_weekday");
      }
      if (input.on_date < localDate(this.now().getTime(), shift.time_zone)) {
        throw refuse("on_date_past");
      }
    }
    this.#refuseUnlessRotaHasRoom(bookingTopic);
    const mine = this.data.rotaEntries.filter(
      (e) => e.shift_id === shift.id && e.user_id === targetId
    );
    const weekly = mine.find((e) => e.on_date === null);
    const onDuty = (e: (typeof mine)[number]) =>
      input.on_date === null
        ? e.on_date === null
        : e.on_date === null
          ? !this.#skipOf(e.id, input.on_date)
          : e.on_date === input.on_date;
    if (mine.some(onDuty)) {
      throw refuse("already_on_shift");
    }
    if (weekly && input.on_date !== null) {
      // JoinShift#save_rota_entry: joining a skipped date takes the skip away.
      this.data.rotaSkips = this.data.rotaSkips.filter(
        (k) => k !== this.#skipOf(weekly.id, input.on_date!)
      );
      this.bus.slotsChanged(bookingTopic);
      return { rota_entry: this.#rotaEntry(weekly) };
    }
    const entry = {
      id: this.#nextId++,
      shift_id: shift.id,
      on_date: input.on_date,
      user_id: targetId,
    };
    if (input.on_date === null) {
      // A weekly entry covers the one-date entries it would duplicate.
      this.data.rotaEntries = this.data.rotaEntries.filter(
        (e) => !(e.shift_id === shift.id && e.user_id === targetId)
      );
    }
    this.data.rotaEntries.push(entry);
    this.bus.slotsChanged(bookingTopic);
    return { rota_entry: this.#rotaEntry(entry) };
  }

  /** FetchBookingTopicSettings#count_rota_entries: the entries not over yet. */
  #rotaEntryCounts(bookingTopic: FakeBookingTopic): Record<number, number> {
    const counts: Record<number, number> = {};
    for (const e of this.#currentRotaEntries(bookingTopic)) {
      counts[e.shift_id] = (counts[e.shift_id] ?? 0) + 1;
    }
    return counts;
  }

  /** RotaEntry.current on the topic's shifts: dated ones count until over everywhere. */
  #currentRotaEntries(bookingTopic: FakeBookingTopic) {
    const shiftIds = new Set(this.#shiftsOf(bookingTopic).map((s) => s.id));
    const since = addDays(this.#today(), -1);
    return this.data.rotaEntries.filter(
      (e) =>
        shiftIds.has(e.shift_id) && (e.on_date === null || e.on_date >= since)
    );
  }

  /** RotaEntry.room_refusal. */
  #refuseUnlessRotaHasRoom(bookingTopic: FakeBookingTopic) {
    if (this.#currentRotaEntries(bookingTopic).length >= CAPS.rotaEntries) {
      throw refuse("rota_full", { max: CAPS.rotaEntries });
    }
  }

  /** RotaEntrySteps: the topic's entry in the path, if the user may change it. */
  #editableRotaEntry(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    const bookingTopic = this.#bookingTopic(match);
    const shiftIds = new Set(this.#shiftsOf(bookingTopic).map((s) => s.id));
    const entry = this.data.rotaEntries.find(
      (e) => e.id === Number(match[2]) && shiftIds.has(e.shift_id)
    );
    if (!entry) {
      throw notFound();
    }
    if (!this.#policy(user, bookingTopic).canEditRotaEntry(entry)) {
      throw forbidden();
    }
    return { bookingTopic, entry };
  }

  #leave(match: RegExpMatchArray, request: FakeRequest) {
    this.#read(CONTRACTS.leaveShift, {
      topic_id: match[1],
      rota_entry_id: match[2],
    });
    const { bookingTopic, entry } = this.#editableRotaEntry(match, request);
    this.data.rotaEntries = this.data.rotaEntries.filter((e) => e !== entry);
    this.data.rotaSkips = this.data.rotaSkips.filter(
      (s) => s.rota_entry_id !== entry.id
    );
    this.bus.slotsChanged(bookingTopic);
    return { success: "OK" };
  }

  /** RotaSkipParams, then the entry they name if the user may change it. */
  #rotaSkipRequest(match: RegExpMatchArray, request: FakeRequest) {
    this.#read(CONTRACTS.skipRotaDate, {
      ...this.#body(request),
      topic_id: match[1],
      rota_entry_id: match[2],
    });
    const onDate = (request.body as { on_date: IsoDate }).on_date;
    return { ...this.#editableRotaEntry(match, request), onDate };
  }

  /** SkipRotaDate. */
  #skip(match: RegExpMatchArray, request: FakeRequest) {
    const { bookingTopic, entry, onDate } = this.#rotaSkipRequest(
      match,
      request
    );
    const shift = this.#shiftsOf(bookingTopic).find(
      (s) => s.id === entry.shift_id
    )!;
    if (entry.on_date !== null) {
      throw refuse("skip_not_weekly");
    }
    if (weekdayOf(onDate) !== shift.weekday) {
      throw refuse("on_date_wrong_weekday");
    }
    if (onDate < localDate(this.now().getTime(), shift.time_zone)) {
      throw refuse("on_date_past");
    }
    const held = this.data.bookings.some(
      (b) =>
        b.status === "picked_up" &&
        b.shift_id === shift.id &&
        b.holder_id === entry.user_id &&
        localDate(Date.parse(b.starts_at), shift.time_zone) === onDate
    );
    if (held) {
      throw refuse("skip_booking_held", {
        username: this.#user(entry.user_id)!.username,
      });
    }
    if (!this.#skipOf(entry.id, onDate)) {
      this.data.rotaSkips.push({ rota_entry_id: entry.id, on_date: onDate });
    }
    this.bus.slotsChanged(bookingTopic);
    return { success: "OK" };
  }

  /** UnskipRotaDate. */
  #unskip(match: RegExpMatchArray, request: FakeRequest) {
    const { bookingTopic, entry, onDate } = this.#rotaSkipRequest(
      match,
      request
    );
    const skip = this.#skipOf(entry.id, onDate);
    if (!skip) {
      throw notFound();
    }
    this.data.rotaSkips = this.data.rotaSkips.filter((s) => s !== skip);
    this.bus.slotsChanged(bookingTopic);
    return { success: "OK" };
  }

  #skipOf(rotaEntryId: number, onDate: IsoDate) {
    return this.data.rotaSkips.find(
      (s) => s.rota_entry_id === rotaEntryId && s.on_date === onDate
    );
  }

  /** RotaSkip.for_engine: each skip as the slot engine takes it. */
  #engineSkips(rotaEntries: FakeData["rotaEntries"]) {
    const byId = new Map(rotaEntries.map((e) => [e.id, e]));
    return this.data.rotaSkips.flatMap((s) => {
      const entry = byId.get(s.rota_entry_id);
      return entry
        ? [
            {
              shift_id: entry.shift_id,
              user_id: entry.user_id,
              on_date: s.on_date,
            },
          ]
        : [];
    });
  }

  #myTimeOff(request: FakeRequest) {
    const user = this.#signedIn(request);
    const today = this.#today();
    return {
      time_off: this.data.timeOff.filter(
        (t) => t.user_id === user.id && t.ends_on >= today
      ),
    };
  }

  #addTimeOff(request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.addTimeOff, this.#body(request));
    const input = request.body as {
      starts_on: string;
      ends_on: string;
      note: string | null;
    };
    const isDate = (value: unknown) =>
      typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
    if (
      !isDate(input.starts_on) ||
      !isDate(input.ends_on) ||
      input.ends_on < input.starts_on
    ) {
      throw refuse("time_off_range_invalid");
    }
    if (input.ends_on < this.#today()) {
      throw refuse("time_off_past");
    }
    const maxDays = LIMITS.counts.time_off_days;
    if (addDays(input.starts_on, maxDays) <= input.ends_on) {
      throw refuse("time_off_too_long", { max: maxDays });
    }
    const today = this.#today();
    const overCaps = timeOffRefusal(
      this.data.timeOff.filter(
        (t) => t.user_id === user.id && t.ends_on >= today
      ),
      input,
      today
    );
    if (overCaps) {
      throw refuse(...overCaps);
    }
    const timeOff = {
      id: this.#nextId++,
      user_id: user.id,
      starts_on: input.starts_on,
      ends_on: input.ends_on,
      note: input.note || null,
    };
    this.data.timeOff.push(timeOff);
    this.#rotaTopicsOf(user.id).forEach((b) => this.bus.slotsChanged(b));
    return { time_off: timeOff };
  }

  #removeTimeOff(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.removeTimeOff, { time_off_id: match[1] });
    const index = this.data.timeOff.findIndex((t) => t.id === Number(match[1]));
    if (index < 0) {
      throw notFound();
    }
    // Time off belongs to no topic, so the service asks who the user is
    // rather than a Policy, which needs one. Someone else's is as not
    // found as an id nobody has (RemoveTimeOff).
    const policy = this.#policy(user, null);
    const own = this.data.timeOff[index].user_id === user.id;
    if (!policy.staff() && !own) {
      throw notFound();
    }
    const [removed] = this.data.timeOff.splice(index, 1);
    this.#rotaTopicsOf(removed.user_id).forEach((b) =>
      this.bus.slotsChanged(b)
    );
    return { success: "OK" };
  }

  #engineInput(bookingTopic: FakeBookingTopic) {
    const shifts = this.#shiftsOf(bookingTopic);
    const shiftIds = new Set(shifts.map((s) => s.id));
    // Rota entries flagged "No access" count toward no slot.
    const volunteers = new Set(
      this.data.users
        .filter((u) => this.#canVolunteer(u, bookingTopic))
        .map((u) => u.id)
    );
    const rotaEntries = this.data.rotaEntries.filter(
      (e) => shiftIds.has(e.shift_id) && volunteers.has(e.user_id)
    );
    return {
      now: this.now(),
      settings: bookingTopic.settings,
      shifts,
      rotaEntries,
      timeOff: this.data.timeOff,
      bookings: this.data.bookings.filter(
        (b) =>
          b.booking_topic_id === bookingTopic.id && ACTIVE.includes(b.status)
      ),
      busy: busyElsewhere(
        this.data.bookings,
        bookingTopic.id,
        new Set(rotaEntries.map((e) => e.user_id)),
        this.now()
      ),
      skips: this.#engineSkips(rotaEntries),
    };
  }

  #slots(match: RegExpMatchArray, query: URLSearchParams) {
    this.#read(CONTRACTS.topic, { topic_id: match[1] });
    const bookingTopic = this.#bookingTopic(match);
    const slots = bookingTopic.settings.paused
      ? []
      : computeSlots(this.#engineInput(bookingTopic));
    const { items, ...more } = this.#page(
      slots,
      query,
      PAGE_SIZES.slots,
      ["time", "integer"],
      (slot) => [Date.parse(slot.starts_at), slot.shift_id]
    );
    return { slots: items, ...more };
  }

  /** The booking rules: the first refusal for this request, as the server words it. */
  #refusal(
    bookingTopic: FakeBookingTopic,
    booker: FakeUser,
    request: { shift_id: number; starts_at: string; answers?: unknown },
    exclude?: FakeBooking
  ): string | null {
    return bookingRefusal({
      settings: bookingTopic.settings,
      now: this.now(),
      slots: computeSlots(this.#engineInput(bookingTopic)),
      booker,
      own: this.data.bookings.filter(
        (b) =>
          b.booking_topic_id === bookingTopic.id &&
          b.booker_id === booker.id &&
          ACTIVE.includes(b.status)
      ),
      requests: this.requests.activeIn(bookingTopic.id, booker.id).length,
      request,
      exclude,
    });
  }

  #book(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    const cleaned = this.#read(CONTRACTS.createBooking, {
      ...this.#body(request),
      topic_id: match[1],
    });
    const bookingTopic = this.#bookingTopic(match);
    if (restricted(user)) {
      throw refuse("account_restricted");
    }
    const approval = noShowRefusal(
      this.data.bookings
        .filter((b) => b.booker_id === user.id && b.status === "no_show")
        .map((b) => ({
          booking_topic_id: b.booking_topic_id,
          starts_at: b.starts_at,
          excused: b.no_show_excused === true,
        })),
      bookingTopic.id,
      this.noShowSettings,
      this.now()
    );
    if (approval) {
      throw new HttpError(422, [approval]);
    }
    const input = request.body as {
      shift_id: number;
      starts_at: string;
      answers: Record<string, unknown>;
      idempotency_key: string;
    };
    const again = this.data.bookings.find(
      (b) =>
        b.booker_id === user.id && b.idempotency_key === input.idempotency_key
    );
    if (again) {
      return { booking: this.#bookingJson(again, user) };
    }
    const upcoming = this.data.bookings.filter(
      (b) =>
        b.booking_topic_id === bookingTopic.id &&
        ACTIVE.includes(b.status) &&
        Date.parse(b.ends_at) > this.now().getTime()
    );
    if (upcoming.length >= CAPS.upcomingBookings) {
      throw refuse("topic_full", { max: CAPS.upcomingBookings });
    }
    // The controller reads answers only from a JSON object (hash_param).
    const answers = cleaned.answers;
    const refusal = this.#refusal(bookingTopic, user, {
      ...input,
      answers:
        answers && typeof answers === "object" && !Array.isArray(answers)
          ? answers
          : {},
    });
    if (refusal) {
      throw new HttpError(422, [refusal]);
    }
    const booking: FakeBooking = {
      id: this.#nextId++,
      booking_topic_id: bookingTopic.id,
      shift_id: input.shift_id,
      ...sessionAt(input.starts_at, bookingTopic),
      status: "pending",
      booker_id: user.id,
      holder_id: null,
      picked_up_at: null,
      cancelled_by_id: null,
      cancel_reason: null,
      answers: normalizeAnswers(
        bookingTopic.settings.questions,
        input.answers ?? {}
      ),
      idempotency_key: input.idempotency_key,
      sequence: 0,
      created_at: this.now().toISOString(),
      outcome_note: null,
      expired: false,
    };
    this.#drawCallLink(booking, bookingTopic);
    this.data.bookings.push(booking);
    this.bus.bookingChanged(booking, bookingTopic, "booked");
    return { booking: this.#bookingJson(booking, user) };
  }

  #booking(match: RegExpMatchArray): {
    booking: FakeBooking;
    bookingTopic: FakeBookingTopic;
  } {
    const booking = this.data.bookings.find((b) => b.id === Number(match[1]));
    const bookingTopic = this.data.bookingTopics.find(
      (t) => t.id === booking?.booking_topic_id
    );
    if (!booking || !bookingTopic) {
      throw notFound();
    }
    return { booking, bookingTopic };
  }

  #refuseInactive(booking: FakeBooking) {
    if (!ACTIVE.includes(booking.status)) {
      throw refuse("booking_not_active");
    }
  }

  #cancel(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.cancelBooking, {
      ...this.#body(request),
      booking_id: match[1],
    });
    const { booking, bookingTopic } = this.#booking(match);
    const policy = this.#policy(user, bookingTopic);
    if (!policy.canCancel(beforeStart(policy, booking))) {
      throw forbidden();
    }
    this.#refuseInactive(booking);
    if (!policy.canCancel(booking)) {
      throw refuse("booking_started_for_booker");
    }
    const reason =
      (request.body as { reason?: string | null } | undefined)?.reason ?? null;
    Object.assign(booking, {
      status: "cancelled",
      cancelled_by_id: user.id,
      cancel_reason: reason?.trim() || null,
      sequence: booking.sequence + 1,
    });
    this.bus.bookingChanged(booking, bookingTopic, "cancelled");
    return { booking: this.#bookingJson(booking, user) };
  }

  #reschedule(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.rescheduleBooking, {
      ...this.#body(request),
      booking_id: match[1],
    });
    const { booking, bookingTopic } = this.#booking(match);
    const policy = this.#policy(user, bookingTopic);
    if (!policy.canReschedule(beforeStart(policy, booking))) {
      throw forbidden();
    }
    if (!policy.canReschedule(booking)) {
      throw refuse("booking_started_for_booker");
    }
    this.#refuseInactive(booking);
    const input = request.body as { shift_id: number; starts_at: string };
    if (
      input.shift_id === booking.shift_id &&
      Date.parse(input.starts_at) === Date.parse(booking.starts_at)
    ) {
      throw refuse("same_time");
    }
    const booker = this.#user(booking.booker_id) ?? user;
    const refusal = this.#refusal(bookingTopic, booker, input, booking);
    if (refusal) {
      throw new HttpError(422, [refusal]);
    }
    const span = sessionAt(input.starts_at, bookingTopic);
    const holder = this.#user(booking.holder_id);
    if (booking.status === "picked_up" && holder) {
      this.#refuseClash(holder, span, booking, user);
    }
    Object.assign(booking, {
      shift_id: input.shift_id,
      ...span,
      sequence: booking.sequence + 1,
    });
    this.bus.bookingChanged(booking, bookingTopic, "rescheduled");
    return { booking: this.#bookingJson(booking, user) };
  }

  #calendar(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.booking, { booking_id: match[1] });
    const { booking, bookingTopic } = this.#booking(match);
    if (!this.#policy(user, bookingTopic).canDownloadCalendar(booking)) {
      throw forbidden();
    }
    // Calendars cannot resolve a path: the server sends the topic's full URL.
    const origin = globalThis.location?.origin ?? "https://playground.invalid";
    const url = `${origin}/t/${bookingTopic.topic_id}`;
    return new FileAnswer(
      calendar(
        [
          {
            id: booking.id,
            starts_at: booking.starts_at,
            ends_at: booking.ends_at,
            sequence: booking.sequence,
            cancelled: booking.status === "cancelled",
            summary: bookingTopic.title,
            description: message("ics_description", { url }),
            location: booking.call_link ?? null,
            url,
          },
        ],
        new URL(origin).host,
        this.now()
      ),
      "text/calendar; charset=utf-8"
    );
  }

  #myBookings(request: FakeRequest) {
    const user = this.#signedIn(request);
    return {
      bookings: this.data.bookings
        .filter((b) => b.booker_id === user.id)
        .sort((a, b) => b.starts_at.localeCompare(a.starts_at))
        .map((b) => this.#bookingJson(b, user)),
    };
  }

  /** FetchStats: a topic's for its organisers, all topics' for staff. */
  #stats(
    match: RegExpMatchArray | null,
    request: FakeRequest,
    query: URLSearchParams
  ) {
    return this.#statsOf(this.#statsScope(match, request, query, {}));
  }

  /** ExportStats: the same stats as a CSV file. */
  #exportStats(
    match: RegExpMatchArray | null,
    request: FakeRequest,
    query: URLSearchParams
  ) {
    const kind = query.get("kind");
    const scope = this.#statsScope(match, request, query, { kind });
    const csv =
      kind === "table"
        ? tableCsv(this.#statsOf(scope))
        : bookingsCsv(
            scope.bookings,
            bookingsInRange(scope.bookings, scope.range, scope.zone),
            new Map(this.data.bookingTopics.map((b) => [b.id, b.topic_id])),
            scope.usernames
          );
    const name = scope.bookingTopic
      ? `topic-${scope.bookingTopic.topic_id}`
      : "all-topics";
    return new FileAnswer(
      csv,
      "text/csv; charset=utf-8",
      `volunteer-booking-${name}-${kind}-${scope.range.from}-${scope.range.to}.csv`
    );
  }

  /** StatsSteps: the params, who may see them, and the range in the topic's zone. */
  #statsScope(
    match: RegExpMatchArray | null,
    request: FakeRequest,
    query: URLSearchParams,
    extra: Record<string, unknown>
  ): StatsScope {
    const user = this.#signedIn(request);
    const from = query.get("from");
    const to = query.get("to");
    this.#read("kind" in extra ? CONTRACTS.exportStats : CONTRACTS.stats, {
      topic_id: match?.[1],
      from,
      to,
      ...extra,
    });
    // As StatsSteps: a topic that is not a booking topic is refused, not
    // read as all topics.
    const bookingTopic = match
      ? (this.data.bookingTopics.find((b) => b.topic_id === Number(match[1])) ??
        null)
      : null;
    if (
      (match && !bookingTopic) ||
      !this.#policy(user, bookingTopic).canSeeStats()
    ) {
      throw forbidden();
    }
    const zone = bookingTopic ? this.#mainZoneOf(bookingTopic) : "UTC";
    const range = statsRange(from, to, zone, this.now());
    if (typeof range === "string") {
      throw refuse(range, { max: MAX_DAYS });
    }
    return {
      bookingTopic,
      zone,
      range,
      bookings: this.data.bookings.filter(
        (booking) =>
          !bookingTopic || booking.booking_topic_id === bookingTopic.id
      ),
      requests: this.data.requests.filter(
        (r) => !bookingTopic || r.booking_topic_id === bookingTopic.id
      ),
      usernames: new Map(this.data.users.map((u) => [u.id, u.username])),
    };
  }

  #statsOf(scope: StatsScope) {
    const { bookingTopic, bookings, requests, range, zone, usernames } = scope;
    const coverage = fakeCoverage(
      (bookingTopic ? [bookingTopic] : this.data.bookingTopics).map((b) =>
        this.#coverageInput(b)
      ),
      range,
      zone
    );
    return fakeStats(bookings, requests, range, zone, usernames, coverage);
  }

  /** SlotSource.rota: the entries of people who can still volunteer there. */
  #coverageInput(bookingTopic: FakeBookingTopic): CoverageInput {
    const { shifts, rotaEntries, timeOff } = this.#engineInput(bookingTopic);
    return {
      shifts,
      rotaEntries: rotaEntries.map((entry) => this.#rotaEntry(entry)),
      rotaSkips: this.data.rotaSkips,
      timeOff,
    };
  }

  #topicBookings(
    match: RegExpMatchArray,
    request: FakeRequest,
    query: URLSearchParams
  ) {
    this.#signedIn(request);
    this.#read(CONTRACTS.topicBookings, {
      topic_id: match[1],
      status: query.get("status"),
      week: query.get("week"),
      upcoming: query.get("upcoming"),
      needs_outcome: query.get("needs_outcome"),
    });
    const status = query.get("status");
    const week = query.get("week");
    const upcoming = query.get("upcoming") === "true";
    if (week && upcoming) {
      throw refuse("week_or_upcoming");
    }
    const { user, bookingTopic } = this.#organiserOf(match, request);
    const needsOutcome = query.get("needs_outcome") === "true";
    const now = this.now().getTime();
    const { items, ...more } = this.#page(
      this.data.bookings
        .filter(
          (b) =>
            b.booking_topic_id === bookingTopic.id &&
            (!status || b.status === status) &&
            (!needsOutcome || this.#needsOutcome(b)) &&
            (!week ||
              (b.starts_at >= week && b.starts_at < addDays(week, 7))) &&
            (!upcoming || Date.parse(b.ends_at) > now)
        )
        .sort(inStartOrder),
      query,
      PAGE_SIZES.topic_bookings,
      START_ORDER,
      startOrderKey
    );
    return { bookings: items.map((b) => this.#bookingJson(b, user)), ...more };
  }

  #needsOutcome(booking: FakeBooking): boolean {
    return (
      booking.status === "picked_up" &&
      Date.parse(booking.ends_at) <= this.now().getTime()
    );
  }

  /**
   * The one conditional update the server makes: only a pending booking is
   * taken. In "the volunteer's own link" mode the holder brings their link
   * (PickUpBooking's choose_call_link), given now or saved before.
   */
  #pickUp(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    const input = this.#read(CONTRACTS.pickUp, {
      ...this.#body(request),
      booking_id: match[1],
    });
    const { booking, bookingTopic } = this.#booking(match);
    if (!this.#policy(user, bookingTopic).canPickUp(booking)) {
      throw forbidden();
    }
    if (restricted(user)) {
      throw refuse("account_restricted");
    }
    if (apart(user, this.#user(booking.booker_id))) {
      throw refuse("kept_apart");
    }
    const choice = pickUpCallLink(
      bookingTopic.settings.meeting_mode,
      input.call_link,
      user.call_link,
      LIMITS.lengths.call_link
    );
    if (choice.problem) {
      throw refuse(choice.problem.error as MessageKey, choice.problem.params);
    }
    if (!canBePickedUp(booking, this.now())) {
      throw this.#lostPickUp(booking);
    }
    this.#refuseUnlessCanHoldMore(user);
    this.#refuseClash(user, booking, booking, user);
    Object.assign(booking, {
      status: "picked_up",
      holder_id: user.id,
      picked_up_at: this.now().toISOString(),
    });
    if (choice.link !== null) {
      user.call_link = choice.link;
    }
    this.#takeHoldersCallLink(booking, bookingTopic);
    this.bus.bookingChanged(booking, bookingTopic, "picked_up");
    return { booking: this.#bookingJson(booking, user) };
  }

  /** PickUp.refusal: why a volunteer did not get a booking they could pick up. */
  #lostPickUp(booking: FakeBooking): HttpError {
    if (pickedUp(booking)) {
      return refuse("already_picked_up", {
        username:
          this.#user(booking.holder_id)?.username ?? message("deleted_user"),
      });
    }
    return ACTIVE.includes(booking.status)
      ? refuse("booking_started")
      : refuse("booking_not_active");
  }

  /** Booking.holds_most?: sessions held that are not over, in every topic. */
  #refuseUnlessCanHoldMore(volunteer: FakeUser) {
    const held = this.data.bookings.filter(
      (b) =>
        b.status === "picked_up" &&
        b.holder_id === volunteer.id &&
        Date.parse(b.ends_at) > this.now().getTime()
    );
    if (held.length >= CAPS.heldSessions) {
      throw refuse("holds_most_sessions", {
        username: volunteer.username,
        max: CAPS.heldSessions,
      });
    }
  }

  /**
   * Booking#take_holders_call_link!: in "the volunteer's own link" mode the
   * booking meets at its holder's saved link, or nowhere while nobody holds
   * it; a changed link moves calendars (SEQUENCE).
   */
  #takeHoldersCallLink(booking: FakeBooking, bookingTopic: FakeBookingTopic) {
    if (bookingTopic.settings.meeting_mode !== "volunteer_link") {
      return;
    }
    const link = this.#user(booking.holder_id)?.call_link ?? null;
    if (link !== (booking.call_link ?? null)) {
      booking.call_link = link;
      booking.sequence += 1;
    }
  }

  /** ensure_picked_up and ensure_not_started, for giving back and handing over. */
  #refuseUnlessChangesHands(booking: FakeBooking) {
    if (booking.status !== "picked_up") {
      throw refuse("booking_not_picked_up");
    }
    if (hasStarted(booking, this.now())) {
      throw refuse("booking_started");
    }
  }

  #release(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.booking, { booking_id: match[1] });
    const { booking, bookingTopic } = this.#booking(match);
    if (!this.#policy(user, bookingTopic).canRelease(booking)) {
      throw forbidden();
    }
    this.#refuseUnlessChangesHands(booking);
    giveBack(booking);
    Object.assign(booking, {
      status: "pending",
      holder_id: null,
      picked_up_at: null,
    });
    this.#takeHoldersCallLink(booking, bookingTopic);
    this.bus.bookingChanged(booking, bookingTopic, "released");
    return { booking: this.#bookingJson(booking, user) };
  }

  /** RefreshCallLink: a new token, so a leaked link no longer leads in. */
  #refreshCallLink(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.booking, { booking_id: match[1] });
    const { booking, bookingTopic } = this.#booking(match);
    if (!this.#policy(user, bookingTopic).canRefreshCallLink()) {
      throw forbidden();
    }
    if (!ACTIVE.includes(booking.status)) {
      throw refuse("booking_not_active");
    }
    const { meeting_mode, call_link_template } = bookingTopic.settings;
    if (meeting_mode !== "call_link_template" || !call_link_template) {
      throw refuse("call_link_not_per_booking");
    }
    booking.call_token = drawCallToken();
    booking.call_link = expandCallLink(
      call_link_template,
      booking.call_token,
      booking.id
    );
    booking.sequence += 1;
    return { booking: this.#bookingJson(booking, user) };
  }

  #handOver(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.handOver, {
      ...this.#body(request),
      booking_id: match[1],
    });
    const { booking, bookingTopic } = this.#booking(match);
    if (!this.#policy(user, bookingTopic).canHandOver(booking)) {
      throw forbidden();
    }
    const username =
      (request.body as { username?: string } | undefined)?.username ?? "";
    const wanted = username.trim().replace(/^@/, "");
    const target = this.data.users.find((u) => u.username === wanted);
    if (!target || target.bot || target.staged) {
      throw refuse("user_unknown", { username });
    }
    // Only someone who could pick it up themselves can be handed it.
    if (!this.#policy(target, bookingTopic).canPickUp(booking)) {
      throw refuse("cannot_hand_over_to", { username: target.username });
    }
    if (restricted(target) || apart(target, this.#user(booking.booker_id))) {
      throw refuse("cannot_pair_with", { username: target.username });
    }
    this.#refuseUnlessChangesHands(booking);
    if (target.id === booking.holder_id) {
      throw refuse("already_holds_it", { username: target.username });
    }
    this.#refuseUnlessCanHoldMore(target);
    this.#refuseClash(target, booking, booking, user);
    giveBack(booking);
    Object.assign(booking, {
      holder_id: target.id,
      picked_up_at: this.now().toISOString(),
    });
    this.#takeHoldersCallLink(booking, bookingTopic);
    this.bus.bookingChanged(booking, bookingTopic, "handed_over");
    return { booking: this.#bookingJson(booking, user) };
  }

  #outcome(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.outcome, {
      ...this.#body(request),
      booking_id: match[1],
    });
    const { booking, bookingTopic } = this.#booking(match);
    const policy = this.#policy(user, bookingTopic);
    // Who may: asked as if the session had started, so that someone allowed
    // who is merely early is told so rather than refused.
    const started = { ...booking, starts_at: policy.now.toISOString() };
    if (!policy.canMarkOutcome(started)) {
      throw forbidden();
    }
    if (!hasStarted(booking, this.now())) {
      throw refuse("outcome_too_early");
    }
    if (!pickedUp(booking)) {
      throw refuse("outcome_not_possible");
    }
    const input = request.body as {
      outcome: "held" | "no_show";
      note?: string | null;
    };
    Object.assign(booking, {
      status: input.outcome,
      outcome_note: input.note?.trim() || null,
      outcome_marked_at: this.now().toISOString(),
    });
    this.bus.bookingChanged(booking, bookingTopic, "outcome");
    return { booking: this.#bookingJson(booking, user) };
  }

  /** GiveFeedback: the booker's "How did it go?" after a held session. */
  #feedback(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    const input = this.#read(CONTRACTS.feedback, {
      ...this.#body(request),
      booking_id: match[1],
    }) as { answer: FeedbackAnswer; comment?: string | null };
    const { booking, bookingTopic } = this.#booking(match);
    if (!this.#policy(user, bookingTopic).canGiveFeedback(booking)) {
      throw forbidden();
    }
    if (booking.status !== "held") {
      throw refuse("feedback_not_possible");
    }
    Object.assign(booking, {
      feedback: input.answer,
      feedback_comment: input.comment?.trim() || null,
      feedback_at: this.now().toISOString(),
    });
    return { booking: this.#bookingJson(booking, user) };
  }

  /** StopFollowUps: the booker opts out from a follow-up message. */
  #stopFollowUps(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.booking, { booking_id: match[1] });
    const { booking, bookingTopic } = this.#booking(match);
    if (!this.#policy(user, bookingTopic).canGiveFeedback(booking)) {
      throw forbidden();
    }
    booking.follow_ups_stopped = true;
    return { booking: this.#bookingJson(booking, user) };
  }

  /** ExcuseNoShow: an organiser lifts the approval a no-show counts towards. */
  #excuseNoShow(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.booking, { booking_id: match[1] });
    const { booking, bookingTopic } = this.#booking(match);
    if (!this.#policy(user, bookingTopic).canExcuseNoShow()) {
      throw forbidden();
    }
    if (booking.status !== "no_show" || booking.no_show_excused === true) {
      throw refuse("no_show_not_excusable");
    }
    booking.no_show_excused = true;
    return { booking: this.#bookingJson(booking, user) };
  }

  /** VolunteerQueue: the page of what `user` could pick up that `query`'s cursor asks for. */
  #queue(user: FakeUser, query: URLSearchParams) {
    const policies = new Map(
      this.data.bookingTopics.map((t) => [t.id, this.#policy(user, t)])
    );
    const page = this.#page(
      this.data.bookings
        .filter(
          (b) =>
            canBePickedUp(b, this.now()) &&
            policies.get(b.booking_topic_id)?.canPickUp(b)
        )
        .sort(inStartOrder),
      query,
      PAGE_SIZES.queue,
      START_ORDER,
      startOrderKey
    );
    return {
      ...page,
      items: page.items.map((b) => {
        // The queue shows who and when; answers wait for the holder.
        const { answers, ...json } = this.#bookingJson(b, user);
        return json;
      }),
    };
  }

  #volunteerPage(request: FakeRequest) {
    const user = this.#signedIn(request);
    const queue = this.#queue(user, new URLSearchParams());
    const shifts = new Map(this.data.shifts.map((shift) => [shift.id, shift]));
    return {
      sessions: this.data.bookings
        .filter((b) => b.holder_id === user.id)
        .sort((a, b) => b.starts_at.localeCompare(a.starts_at))
        .map((b) => this.#bookingJson(b, user)),
      queue: queue.items,
      queue_more: queue.more,
      queue_cursor: queue.cursor,
      rota_entries: this.data.rotaEntries
        .filter((e) => e.user_id === user.id && shifts.has(e.shift_id))
        .map((e) => {
          const shift = shifts.get(e.shift_id)!;
          const bookingTopic = this.data.bookingTopics.find(
            (t) => t.id === shift.booking_topic_id
          )!;
          const { booking_topic_id, ...plainShift } = shift;
          return {
            ...this.#rotaEntry(e),
            inactive: !this.#canVolunteer(user, bookingTopic),
            topic_id: bookingTopic.topic_id,
            topic_title: bookingTopic.title,
            shift: plainShift,
          };
        }),
      time_off: this.data.timeOff.filter(
        (t) => t.user_id === user.id && t.ends_on >= this.#today()
      ),
      call_link: user.call_link ?? null,
      notify_gaps: user.notify_gaps ?? false,
      ...this.requests.volunteerLists(user),
    };
  }

  /** As SetVolunteerCallLink: a blank link clears it. */
  #setCallLink(request: FakeRequest) {
    const user = this.#signedIn(request);
    const { call_link } = this.#read(
      CONTRACTS.setCallLink,
      this.#body(request)
    );
    const link = typeof call_link === "string" ? call_link.trim() : "";
    const problem =
      link === "" ? null : checkCallLink(link, LIMITS.lengths.call_link);
    if (problem) {
      throw new HttpError(422, [
        message(problem.error as MessageKey, problem.params),
      ]);
    }
    user.call_link = link || null;
    return { call_link: user.call_link };
  }

  /** The topic's coverage and gaps, for its volunteers and organisers. */
  #gaps(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.#signedIn(request);
    this.#read(CONTRACTS.topic, { topic_id: match[1] });
    const bookingTopic = this.#bookingTopic(match);
    // As the rota: FetchGaps's can_see_rota.
    const policy = this.#policy(user, bookingTopic);
    if (!policy.canEditOwnRota() && !policy.canEditRota()) {
      throw forbidden();
    }
    return gapsReport(
      this.#coverageInput(bookingTopic),
      this.#mainZoneOf(bookingTopic),
      this.now()
    );
  }

  #setGapNotifications(request: FakeRequest) {
    const user = this.#signedIn(request);
    const { enabled } = this.#read(
      CONTRACTS.setGapNotifications,
      this.#body(request)
    );
    user.notify_gaps = enabled === true || enabled === "true";
    return { notify_gaps: user.notify_gaps };
  }

  #mainZoneOf(bookingTopic: FakeBookingTopic): string {
    return mainZone(
      this.#shiftsOf(bookingTopic).map((shift) => shift.time_zone)
    );
  }

  /**
   * The hourly job's run at the hour a topic's gap message is due: posts
   * this week's message in each topic that sends them and has gaps.
   */
  sendGapMessages() {
    for (const bookingTopic of this.data.bookingTopics) {
      const { settings } = bookingTopic;
      if (settings.gap_messages_enabled && settings.chat_channel_id !== null) {
        this.#gapMessages.post(
          bookingTopic.id,
          this.#coverageInput(bookingTopic),
          this.#mainZoneOf(bookingTopic),
          settings.gap_horizon_weeks,
          this.now()
        );
      }
    }
  }

  /** The weekly gap messages in the channels `viewerId` sees, as they read now. */
  gapMessages(viewerId: number | null): GapMessage[] {
    const viewer = this.#user(viewerId);
    return this.data.bookingTopics.flatMap((bookingTopic) => {
      const canSee = this.canSeeChannel(
        viewerId,
        bookingTopic.settings.chat_channel_id
      );
      const policy = this.#policy(viewer, bookingTopic);
      const posted =
        canSee &&
        this.#gapMessages.read(
          bookingTopic.id,
          this.#coverageInput(bookingTopic),
          this.#mainZoneOf(bookingTopic),
          bookingTopic.settings.gap_horizon_weeks,
          this.now(),
          (cell) =>
            policy.volunteer() &&
            !cell.volunteers.some((v) => v.user.id === viewerId)
        );
      return posted
        ? [
            {
              topic_id: bookingTopic.topic_id,
              topic_title: bookingTopic.title,
              ...posted,
            },
          ]
        : [];
    });
  }

  /** Whether `viewerId` sees a chat channel: chat is for signed-in people it allows. */
  canSeeChannel(viewerId: number | null, channelId: number | null): boolean {
    const viewer = this.#user(viewerId);
    return (
      viewer !== null &&
      channelId !== null &&
      this.#friends.canJoinChannel(viewer, channelId)
    );
  }

  /**
   * What the playground shows in place of the chat channels: one
   * announcement per booking, as the server's Announcement writes it, in
   * the channels the viewer can see.
   */
  announcements(viewerId: number | null) {
    const viewer = this.#user(viewerId);
    const topicOf = (booking: FakeBooking) =>
      this.data.bookingTopics.find((t) => t.id === booking.booking_topic_id)!;
    return this.data.bookings
      .filter((booking) =>
        this.canSeeChannel(viewerId, topicOf(booking).settings.chat_channel_id)
      )
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .map((booking) => {
        const bookingTopic = topicOf(booking);
        const date = booking.starts_at.slice(0, 10);
        const onRota = this.data.rotaEntries
          .filter(
            (e) =>
              e.shift_id === booking.shift_id &&
              (e.on_date === null
                ? !this.#skipOf(e.id, date)
                : e.on_date === date)
          )
          .map((e) => this.#user(e.user_id)!.username);
        return {
          booking_id: booking.id,
          starts_at: booking.starts_at,
          ends_at: booking.ends_at,
          booker: this.#user(booking.booker_id)?.username ?? null,
          topic_title: bookingTopic.title,
          on_rota: onRota,
          status: booking.status,
          holder: this.#user(booking.holder_id)?.username ?? null,
          can_pick_up:
            canBePickedUp(booking, this.now()) &&
            this.#policy(viewer, bookingTopic).canPickUp(booking),
        };
      });
  }

  /** The requests announced in the chat channels `viewerId` can see. */
  requestAnnouncements(viewerId: number | null) {
    return this.requests.announcements(this.#user(viewerId), (channelId) =>
      this.canSeeChannel(viewerId, channelId)
    );
  }

  /**
   * The private messages the playground shows for picked-up bookings
   * the viewer takes part in, with what the server's message contains.
   */
  privateMessages(viewerId: number | null) {
    return this.data.bookings
      .filter(
        (b) =>
          b.holder_id !== null &&
          (b.booker_id === viewerId || b.holder_id === viewerId)
      )
      .map((booking) => {
        const bookingTopic = this.data.bookingTopics.find(
          (t) => t.id === booking.booking_topic_id
        )!;
        return {
          booking_id: booking.id,
          title: bookingTopic.title,
          starts_at: booking.starts_at,
          ends_at: booking.ends_at,
          booker: this.#user(booking.booker_id)?.username ?? null,
          volunteer: this.#user(booking.holder_id)!.username,
          answers: bookingTopic.settings.questions.map((q) => ({
            label: q.label,
            answer: booking.answers[q.id],
          })),
        };
      });
  }

  #bookingJson(booking: FakeBooking, viewer: FakeUser) {
    const bookingTopic = this.data.bookingTopics.find(
      (t) => t.id === booking.booking_topic_id
    )!;
    const policy = this.#policy(viewer, bookingTopic);
    const basic = (id: number | null) => {
      const user = this.#user(id);
      return user ? this.#basic(user) : null;
    };
    return {
      id: booking.id,
      topic_id: bookingTopic.topic_id,
      topic_title: bookingTopic.title,
      shift_id: booking.shift_id,
      starts_at: booking.starts_at,
      ends_at: booking.ends_at,
      status: booking.status,
      sequence: booking.sequence,
      booker: basic(booking.booker_id),
      holder: basic(booking.holder_id),
      picked_up_at: booking.picked_up_at,
      cancelled_by: basic(booking.cancelled_by_id),
      cancel_reason: booking.cancel_reason,
      ...(policy.canSeeAnswers(booking) && { answers: booking.answers }),
      ...(policy.canSeeOutcomeNote(booking) && {
        outcome_note: booking.outcome_note,
      }),
      ...(policy.holder(booking) && {
        volunteer_guide: bookingTopic.settings.volunteer_guide,
      }),
      ...(policy.canSeeCallLink(booking) && {
        call_link: booking.call_link ?? null,
      }),
      needs_outcome: this.#needsOutcome(booking),
      outcome_nudges: booking.outcome_nudges ?? 0,
      outcome_overdue: outcomeOverdue(booking, this.now()),
      ...(policy.canSeeFeedback(booking) && {
        feedback: booking.feedback ?? null,
        feedback_comment: booking.feedback_comment ?? null,
        feedback_at: booking.feedback_at ?? null,
      }),
      ...(policy.canGiveFeedback(booking) && {
        follow_ups_stopped: booking.follow_ups_stopped === true,
      }),
      expired: booking.expired,
      // Organisers are in the private message only with a site setting the
      // playground leaves off, as it is by default.
      private_message_url:
        booking.holder_id !== null &&
        (policy.booker(booking) || policy.holder(booking) || policy.staff())
          ? "/?screen=messages"
          : null,
      meeting_mode: bookingTopic.settings.meeting_mode,
      permissions: bookingPermissions(policy, booking),
      calendar_url: policy.canDownloadCalendar(booking)
        ? `/volunteer-booking/bookings/${booking.id}/calendar.ics`
        : null,
    };
  }
}

/**
 * BookingSteps#before_start: `booking` as if its session were still ahead,
 * for asking "who" only, so that someone allowed who is merely late is told
 * why rather than refused.
 */
function beforeStart(policy: Policy, booking: FakeBooking): FakeBooking {
  return {
    ...booking,
    starts_at: new Date(policy.now.getTime() + 1000).toISOString(),
  };
}

/** A session of the topic's length starting at `startsAt`. */
function sessionAt(startsAt: string, bookingTopic: FakeBookingTopic): TimeSpan {
  const start = Date.parse(startsAt);
  return {
    starts_at: new Date(start).toISOString(),
    ends_at: new Date(
      start + bookingTopic.settings.session_minutes * 60_000
    ).toISOString(),
  };
}

/**
 * Whether two weekly shifts meet in real time in the coming year: their
 * occurrences are compared as instants, so shifts in different zones that
 * overlap only while one zone is on summer time are caught.
 */
export function shiftsOverlap(
  a: ShiftInput,
  b: ShiftInput,
  from: string
): boolean {
  const windows = (shift: ShiftInput) => {
    const first = addDays(from, (shift.weekday - weekdayOf(from) + 7) % 7);
    return Array.from({ length: 54 }, (_, week) => {
      const date = addDays(first, week * 7);
      return [
        Date.parse(wallTimeToInstant(date, shift.starts_at, shift.time_zone)),
        Date.parse(wallTimeToInstant(date, shift.ends_at, shift.time_zone)),
      ];
    });
  };
  const other = windows(b);
  return windows(a).some(([start, end]) =>
    other.some(([otherStart, otherEnd]) => start < otherEnd && otherStart < end)
  );
}

const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

/** How the server names a shift in messages. */
function shiftLabel(shift: ShiftInput): string {
  return message("shift_label", {
    weekday: WEEKDAY_NAMES[shift.weekday],
    starts_at: shift.starts_at,
    ends_at: shift.ends_at,
    time_zone: shift.time_zone,
  });
}
