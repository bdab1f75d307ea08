import type {
  BasicUser,
  Booking,
  BookingRequest,
  BookingRequestStatus,
  IntakeAnswers,
  RequestWindow,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  requestWindowError,
  requestWindowFits,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/request-windows";
import { ACTIVE, answerError, type FakeBooking } from "./bookings";
import type {
  FakeBookingTopic,
  FakeData,
  FakeRequest,
  FakeUser,
} from "./fake-server";
import type { FakeErrors } from "./friends";
import { LIMITS } from "./limits";
import { message } from "./messages";
import { CURSOR_INVALID, PAGE_SIZES, pageAfter, START_ORDER } from "./page";
import { apart, restricted } from "./pairing";
import type { Policy } from "./policy";
import type { TimeSpan } from "./sessions";
import type { Contract } from "./strict-params";

/** A booking request as the in-memory server stores it. */
export interface FakeBookingRequest {
  id: number;
  booking_topic_id: number;
  status: BookingRequestStatus;
  requester_id: number | null;
  taker_id: number | null;
  windows: RequestWindow[];
  time_zone: string;
  note: string | null;
  answers: IntakeAnswers;
  booking_id: number | null;
  created_at: string;
  taken_at: string | null;
}

/** What the requests need of the rest of the in-memory server. */
export interface RequestsHost extends FakeErrors {
  data: FakeData;
  now: () => Date;
  forbidden: () => Error;
  nextId: () => number;
  signedIn: (request: FakeRequest) => FakeUser;
  user: (id: number | null) => FakeUser | null;
  basic: (user: FakeUser) => BasicUser;
  policy: (user: FakeUser | null, bookingTopic: FakeBookingTopic) => Policy;
  canVolunteer: (user: FakeUser, bookingTopic: FakeBookingTopic) => boolean;
  /** The request's JSON object ({} when it sent none). */
  body: (request: FakeRequest) => Record<string, unknown>;
  /** StrictParams, as the server's #read. */
  read: (
    contract: Contract,
    input: Record<string, unknown>
  ) => Record<string, unknown>;
  /** Why `taker` may not hold a session at `span`: one overlapping, or too many. */
  sessionRefusal: (taker: FakeUser, span: TimeSpan) => Error | null;
  /** Makes the booking a scheduled request becomes, picked up by `taker`. */
  makeBooking: (
    request: FakeBookingRequest,
    taker: FakeUser,
    span: TimeSpan
  ) => FakeBooking;
  bookingJson: (booking: FakeBooking, viewer: FakeUser) => Booking;
}

type Handler = (
  match: RegExpMatchArray,
  request: FakeRequest,
  query: URLSearchParams
) => unknown;

const id = (required = true) => ({ kind: "integer", required }) as const;

/** Each request service's params, as its Ruby class declares them. */
const CONTRACTS = {
  create: {
    topic_id: id(),
    windows: { kind: "list" },
    time_zone: { kind: "text" },
    note: { kind: "text", maxLength: LIMITS.lengths.request_note },
    answers: { kind: "any" },
  },
  list: {
    topic_id: id(),
    status: {
      kind: "text",
      oneOf: ["open", "taken", "expired", "all"],
      allowBlank: true,
    },
    cursor: { kind: "text" },
  },
  request: { request_id: id() },
  reassign: { request_id: id(), user_id: id() },
  schedule: { request_id: id(), starts_at: { kind: "time", required: true } },
} satisfies Record<string, Contract>;

const OPEN_REQUESTS_SHOWN = LIMITS.counts.open_requests_shown;
const DAY = 86_400_000;

const isActive = (request: FakeBookingRequest) =>
  request.status === "open" || request.status === "taken";

/**
 * The booking request endpoints in memory (docs/plans/booking-requests.md),
 * with the server's rules and refusals; the windows go through the same
 * request-windows.ts core the booker's form checks with.
 */
export class FakeRequests {
  readonly host: RequestsHost;

  constructor(host: RequestsHost) {
    this.host = host;
  }

  /** The person's open or taken requests in one booking topic (one at most). */
  activeIn(bookingTopicId: number, userId: number): FakeBookingRequest[] {
    return this.host.data.requests.filter(
      (r) =>
        r.booking_topic_id === bookingTopicId &&
        r.requester_id === userId &&
        isActive(r)
    );
  }

  /** The routes, for the server to add to its own. */
  routes(): [string, RegExp, Handler][] {
    const topic = "^/volunteer-booking/topics/(\\d+)/requests";
    const one = "^/volunteer-booking/requests/(\\d+)";
    const act =
      (action: (request: FakeBookingRequest, user: FakeUser) => void) =>
      (m: RegExpMatchArray, r: FakeRequest) =>
        this.#act(m, r, action);
    return [
      ["POST", new RegExp(`${topic}$`), (m, r) => this.#create(m, r)],
      ["GET", new RegExp(`${topic}/mine$`), (m, r) => this.#mine(m, r)],
      ["GET", new RegExp(`${topic}$`), (m, r, q) => this.#list(m, r, q)],
      ["GET", new RegExp(`${one}$`), (m, r) => this.#show(m, r)],
      ["PUT", new RegExp(`${one}/take$`), act((q, u) => this.#take(q, u))],
      [
        "PUT",
        new RegExp(`${one}/give-back$`),
        act((q, u) => this.#giveBack(q, u)),
      ],
      [
        "PUT",
        new RegExp(`${one}/withdraw$`),
        act((q, u) => this.#withdraw(q, u)),
      ],
      ["PUT", new RegExp(`${one}/reassign$`), (m, r) => this.#reassign(m, r)],
      ["PUT", new RegExp(`${one}/schedule$`), (m, r) => this.#schedule(m, r)],
    ];
  }

  /** The volunteer page's two lists: taken by `user`, and open in their topics. */
  volunteerLists(user: FakeUser) {
    const expiry = (r: FakeBookingRequest) => this.#expiresAt(r);
    const taken = this.host.data.requests
      .filter((r) => r.status === "taken" && r.taker_id === user.id)
      .sort((a, b) => expiry(a).localeCompare(expiry(b)));
    const open = this.host.data.requests
      .filter((r) => r.status === "open" && this.#canTake(r, user))
      .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id)
      .slice(0, OPEN_REQUESTS_SHOWN);
    return {
      requests: taken.map((r) => this.json(r, user)),
      open_requests: open.map((r) => this.json(r, user)),
    };
  }

  /**
   * What the playground shows in the channel for each request, as the
   * server's announcement writes it: who asks and when, never the answers.
   */
  announcements(
    viewer: FakeUser | null,
    canSee: (channelId: number | null) => boolean
  ) {
    return this.host.data.requests
      .filter(
        (r) =>
          r.status !== "withdrawn" &&
          canSee(this.#topicOf(r).settings.chat_channel_id)
      )
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .map((r) => ({
        request_id: r.id,
        topic_title: this.#topicOf(r).title,
        requester: this.host.user(r.requester_id)?.username ?? null,
        windows: r.windows,
        time_zone: r.time_zone,
        status: r.status,
        taker: this.host.user(r.taker_id)?.username ?? null,
        can_take:
          viewer !== null && r.status === "open" && this.#canTake(r, viewer),
      }));
  }

  /** BookingRequestSerializer, for `viewer`. */
  json(request: FakeBookingRequest, viewer: FakeUser | null): BookingRequest {
    const bookingTopic = this.#topicOf(request);
    const { settings } = bookingTopic;
    const policy = this.host.policy(viewer, bookingTopic);
    const requester = viewer !== null && request.requester_id === viewer.id;
    const taker = viewer !== null && request.taker_id === viewer.id;
    const organiser = policy.organiser();
    const basic = (userId: number | null) => {
      const user = this.host.user(userId);
      return user ? this.host.basic(user) : null;
    };
    return {
      id: request.id,
      topic_id: bookingTopic.topic_id,
      topic_title: bookingTopic.title,
      status: request.status,
      requester: basic(request.requester_id),
      taker: basic(request.taker_id),
      windows: request.windows,
      time_zone: request.time_zone,
      ...((requester || taker || organiser) && {
        note: request.note,
        answers: request.answers,
      }),
      ...(taker && { volunteer_guide: settings.volunteer_guide }),
      booking_id: request.booking_id,
      session_minutes: settings.session_minutes,
      min_notice_minutes: settings.min_notice_minutes,
      created_at: request.created_at,
      taken_at: request.taken_at,
      expires_at: this.#expiresAt(request),
      permissions: {
        can_take:
          request.status === "open" &&
          viewer !== null &&
          this.#canTake(request, viewer),
        can_give_back: request.status === "taken" && taker,
        can_withdraw: isActive(request) && requester,
        can_schedule: request.status === "taken" && taker,
        can_reassign: isActive(request) && organiser,
      },
    };
  }

  /**
   * RequestPolicy#can_take?: a volunteer of the topic, not its requester;
   * also asked of the volunteer an organiser reassigns it to.
   */
  #canTake(request: FakeBookingRequest, user: FakeUser): boolean {
    return (
      request.requester_id !== user.id &&
      this.host.canVolunteer(user, this.#topicOf(request))
    );
  }

  #expiresAt(request: FakeBookingRequest): string {
    const days = this.#topicOf(request).settings.request_expiry_days;
    return new Date(Date.parse(request.created_at) + days * DAY).toISOString();
  }

  #topicOf(request: FakeBookingRequest): FakeBookingTopic {
    return this.host.data.bookingTopics.find(
      (t) => t.id === request.booking_topic_id
    )!;
  }

  #bookingTopic(topicId: string): FakeBookingTopic {
    const bookingTopic = this.host.data.bookingTopics.find(
      (b) => b.topic_id === Number(topicId)
    );
    if (!bookingTopic) {
      throw this.host.notFound();
    }
    return bookingTopic;
  }

  /** The request, for those who may see it at all; 404 for everyone else. */
  #visible(requestId: string, user: FakeUser): FakeBookingRequest {
    const request = this.host.data.requests.find(
      (r) => r.id === Number(requestId)
    );
    if (!request) {
      throw this.host.notFound();
    }
    const bookingTopic = this.#topicOf(request);
    const policy = this.host.policy(user, bookingTopic);
    if (
      request.requester_id !== user.id &&
      !policy.organiser() &&
      !policy.volunteer()
    ) {
      throw this.host.notFound();
    }
    return request;
  }

  #answer(request: FakeBookingRequest, user: FakeUser) {
    return { request: this.json(request, user) };
  }

  /**
   * CreateBookingRequest, in its order: the pause, the topic's switch, the
   * booking rules that apply without a slot (the limit counting requests
   * with bookings), the answers, the windows, then one open request per
   * person.
   */
  #create(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.host.signedIn(request);
    const input = this.host.read(CONTRACTS.create, {
      ...this.host.body(request),
      topic_id: match[1],
    });
    const bookingTopic = this.#bookingTopic(match[1]);
    if (restricted(user)) {
      throw this.host.refuse("account_restricted");
    }
    const { settings } = bookingTopic;
    const now = this.host.now();
    const own = this.activeIn(bookingTopic.id, user.id);
    const upcoming = this.host.data.bookings.filter(
      (b) =>
        b.booking_topic_id === bookingTopic.id &&
        b.booker_id === user.id &&
        ACTIVE.includes(b.status) &&
        Date.parse(b.starts_at) >= now.getTime()
    );
    const answers =
      input.answers &&
      typeof input.answers === "object" &&
      !Array.isArray(input.answers)
        ? (input.answers as Record<string, unknown>)
        : {};
    const refusal = (() => {
      if (settings.paused) {
        return this.host.refuse("paused");
      }
      if (!settings.requests_enabled) {
        return this.host.refuse("requests_disabled");
      }
      if (!this.host.policy(user, bookingTopic).canBook()) {
        return this.host.refuse("trust_level_too_low", {
          level: settings.min_trust_level,
        });
      }
      // Open and taken requests count with upcoming bookings.
      if (
        settings.per_user_limit !== null &&
        upcoming.length + own.length >= settings.per_user_limit
      ) {
        return this.host.refuse("limit_reached", {
          limit: settings.per_user_limit,
        });
      }
      const answerProblem = answerError(settings.questions, answers);
      if (answerProblem) {
        return this.host.invalid([answerProblem]);
      }
      const windowProblem = requestWindowError({
        windows: input.windows,
        timeZone: (input.time_zone as string | undefined) ?? "",
        sessionMinutes: settings.session_minutes,
        horizonDays: settings.horizon_days,
        maxWindows: LIMITS.counts.request_windows,
        now,
      });
      if (windowProblem) {
        return this.host.refuse(windowProblem, {
          minutes: settings.session_minutes,
          days: settings.horizon_days,
        });
      }
      return own.length > 0 ? this.host.refuse("request_already_open") : null;
    })();
    if (refusal) {
      throw refusal;
    }
    const created: FakeBookingRequest = {
      id: this.host.nextId(),
      booking_topic_id: bookingTopic.id,
      status: "open",
      requester_id: user.id,
      taker_id: null,
      windows: (input.windows as RequestWindow[]).map(
        ({ weekday = null, date = null, from, to }) => ({
          weekday,
          date,
          from,
          to,
        })
      ),
      time_zone: input.time_zone as string,
      note: (input.note as string | undefined) || null,
      answers: answers as IntakeAnswers,
      booking_id: null,
      created_at: now.toISOString(),
      taken_at: null,
    };
    this.host.data.requests.push(created);
    return this.#answer(created, user);
  }

  #mine(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.host.signedIn(request);
    const bookingTopic = this.#bookingTopic(match[1]);
    const [mine] = this.activeIn(bookingTopic.id, user.id);
    return { request: mine ? this.json(mine, user) : null };
  }

  #list(match: RegExpMatchArray, request: FakeRequest, query: URLSearchParams) {
    const user = this.host.signedIn(request);
    const input = this.host.read(CONTRACTS.list, {
      ...Object.fromEntries(query),
      topic_id: match[1],
    });
    const bookingTopic = this.#bookingTopic(match[1]);
    if (!this.host.policy(user, bookingTopic).organiser()) {
      throw this.host.forbidden();
    }
    const status = (input.status as string | undefined) || "open";
    const requests = this.host.data.requests
      .filter(
        (r) =>
          r.booking_topic_id === bookingTopic.id &&
          (status === "all" || r.status === status)
      )
      .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
    // BookingRequest.page_by_age: oldest first, by creation then id.
    const page = pageAfter(
      requests,
      (input.cursor as string | undefined) || null,
      PAGE_SIZES.topic_bookings,
      START_ORDER,
      (r) => [Date.parse(r.created_at), r.id]
    );
    if (!page) {
      throw this.host.invalid([CURSOR_INVALID]);
    }
    return {
      requests: page.items.map((r) => this.json(r, user)),
      more: page.more,
      cursor: page.cursor,
    };
  }

  #show(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.host.signedIn(request);
    this.host.read(CONTRACTS.request, {
      ...this.host.body(request),
      request_id: match[1],
    });
    return this.#answer(this.#visible(match[1], user), user);
  }

  #act(
    match: RegExpMatchArray,
    request: FakeRequest,
    action: (request: FakeBookingRequest, user: FakeUser) => void
  ) {
    const user = this.host.signedIn(request);
    this.host.read(CONTRACTS.request, {
      ...this.host.body(request),
      request_id: match[1],
    });
    const found = this.#visible(match[1], user);
    action(found, user);
    return this.#answer(found, user);
  }

  /** TakeBookingRequest: the first volunteer wins; the others hear who. */
  #take(request: FakeBookingRequest, user: FakeUser) {
    if (!this.#canTake(request, user)) {
      throw this.host.forbidden();
    }
    if (restricted(user)) {
      throw this.host.refuse("account_restricted");
    }
    if (apart(user, this.host.user(request.requester_id))) {
      throw this.host.refuse("kept_apart");
    }
    if (request.status === "taken" || request.status === "scheduled") {
      throw this.host.refuse("request_taken", {
        username:
          this.host.user(request.taker_id)?.username ?? message("deleted_user"),
      });
    }
    if (request.status !== "open") {
      throw this.host.refuse("request_closed");
    }
    Object.assign(request, {
      status: "taken",
      taker_id: user.id,
      taken_at: this.host.now().toISOString(),
    });
  }

  #giveBack(request: FakeBookingRequest, user: FakeUser) {
    if (request.taker_id !== user.id) {
      throw this.host.forbidden();
    }
    if (request.status !== "taken") {
      throw this.host.refuse("request_closed");
    }
    Object.assign(request, { status: "open", taker_id: null, taken_at: null });
  }

  #withdraw(request: FakeBookingRequest, user: FakeUser) {
    if (request.requester_id !== user.id) {
      throw this.host.forbidden();
    }
    if (!isActive(request)) {
      throw this.host.refuse("request_closed");
    }
    request.status = "withdrawn";
  }

  #reassign(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.host.signedIn(request);
    const input = this.host.read(CONTRACTS.reassign, {
      ...this.host.body(request),
      request_id: match[1],
    });
    const found = this.#visible(match[1], user);
    const bookingTopic = this.#topicOf(found);
    if (!this.host.policy(user, bookingTopic).organiser()) {
      throw this.host.forbidden();
    }
    const target = this.host.user(Number(input.user_id));
    if (!target || target.bot || target.staged) {
      throw this.host.notFound();
    }
    // ReassignBookingRequest's order: who it goes to, then its state.
    if (!this.#canTake(found, target)) {
      throw this.host.refuse("cannot_hand_over_to", {
        username: target.username,
      });
    }
    if (
      restricted(target) ||
      apart(target, this.host.user(found.requester_id))
    ) {
      throw this.host.refuse("cannot_pair_with", {
        username: target.username,
      });
    }
    if (!isActive(found)) {
      throw this.host.refuse("request_closed");
    }
    if (found.taker_id === target.id) {
      throw this.host.refuse("already_holds_it", {
        username: target.username,
      });
    }
    Object.assign(found, {
      status: "taken",
      taker_id: target.id,
      taken_at: this.host.now().toISOString(),
    });
    return this.#answer(found, user);
  }

  /**
   * ScheduleBookingRequest (RequestScheduling): only its taker, while taken;
   * a whole minute inside a window, the notice ahead, the taker free; then
   * a booking already picked up by them, and the request closed.
   */
  #schedule(match: RegExpMatchArray, request: FakeRequest) {
    const user = this.host.signedIn(request);
    const input = this.host.read(CONTRACTS.schedule, {
      ...this.host.body(request),
      request_id: match[1],
    });
    const found = this.#visible(match[1], user);
    if (found.taker_id !== user.id) {
      throw this.host.forbidden();
    }
    if (found.status !== "taken") {
      throw this.host.refuse("request_closed");
    }
    const { settings } = this.#topicOf(found);
    const startsAt = new Date(input.starts_at as string).toISOString();
    if (Date.parse(startsAt) % 60_000 !== 0) {
      throw this.host.refuse("request_time_not_whole_minutes");
    }
    if (
      !requestWindowFits({
        windows: found.windows,
        timeZone: found.time_zone,
        startsAt,
        sessionMinutes: settings.session_minutes,
      })
    ) {
      throw this.host.refuse("request_time_outside_windows");
    }
    const notice = settings.min_notice_minutes * 60_000;
    if (Date.parse(startsAt) < this.host.now().getTime() + notice) {
      throw this.host.refuse("request_time_too_soon", {
        minutes: settings.min_notice_minutes,
      });
    }
    const span = {
      starts_at: startsAt,
      ends_at: new Date(
        Date.parse(startsAt) + settings.session_minutes * 60_000
      ).toISOString(),
    };
    const busy = this.host.sessionRefusal(user, span);
    if (busy) {
      throw busy;
    }
    const booking = this.host.makeBooking(found, user, span);
    Object.assign(found, { status: "scheduled", booking_id: booking.id });
    return {
      request: this.json(found, user),
      booking: this.host.bookingJson(booking, user),
    };
  }
}
