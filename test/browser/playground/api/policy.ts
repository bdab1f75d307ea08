/**
 * What the Policy knows of a user: Discourse's anonymous-posting shadow
 * accounts (`anonymous`) count as visitors, as a booking must lead back to a
 * person a volunteer can talk to.
 */
export interface PolicyUser {
  id: number | null;
  staff?: boolean;
  group_ids?: number[];
  trust_level?: number;
  anonymous?: boolean;
}

/** A booking topic's settings the Policy reads; `{}` for a topic that is not one yet. */
export interface PolicyTopic {
  volunteer_group_ids?: number[];
  organiser_group_id?: number | null;
  min_trust_level?: number | null;
}

export interface PolicyBooking {
  booker_id: number | null;
  holder_id: number | null;
  starts_at: string;
}

/** A rota entry or time off: whose it is. */
export interface Owned {
  user_id: number | null;
}

/**
 * VolunteerBooking::Policy (lib/volunteer_booking/policy.rb), rule for
 * rule: who may do what with a booking topic, its bookings and its rota,
 * plus its two time rules. Like the Ruby one it never looks at a booking's
 * state; the in-memory routes check that, as the services do. Both are held
 * to the cases of contract/policy.json.
 */
export class Policy {
  readonly now: Date;
  readonly #user: PolicyUser | null;
  readonly #volunteerGroupIds: number[];
  readonly #organiserGroupId: number | null;
  readonly #minTrustLevel: number;

  constructor(user: PolicyUser | null, topic: PolicyTopic, now: Date) {
    this.#user = user;
    this.now = now;
    this.#volunteerGroupIds = topic.volunteer_group_ids ?? [];
    this.#organiserGroupId = topic.organiser_group_id ?? null;
    this.#minTrustLevel = topic.min_trust_level ?? 0;
  }

  signedIn(): boolean {
    return (
      this.#user !== null &&
      this.#user.anonymous !== true &&
      this.#user.id !== null
    );
  }

  staff(): boolean {
    return this.signedIn() && this.#user?.staff === true;
  }

  organiser(): boolean {
    return (
      this.staff() ||
      (this.signedIn() &&
        this.#organiserGroupId !== null &&
        this.#groupIds().includes(this.#organiserGroupId))
    );
  }

  volunteer(): boolean {
    return (
      this.signedIn() &&
      this.#groupIds().some((id) => this.#volunteerGroupIds.includes(id))
    );
  }

  booker(booking: PolicyBooking): boolean {
    return this.signedIn() && booking.booker_id === this.#user?.id;
  }

  holder(booking: PolicyBooking): boolean {
    return (
      this.signedIn() &&
      booking.holder_id !== null &&
      booking.holder_id === this.#user?.id
    );
  }

  /** Staff pass any trust level, as with Discourse's User#has_trust_level?. */
  canBook(): boolean {
    return (
      this.signedIn() &&
      (this.staff() || (this.#user?.trust_level ?? 0) >= this.#minTrustLevel)
    );
  }

  /** From its start a session is no longer the booker's to pull out of. */
  canCancel(booking: PolicyBooking): boolean {
    return (
      this.organiser() || (this.booker(booking) && !this.#started(booking))
    );
  }

  canReschedule(booking: PolicyBooking): boolean {
    return (
      this.organiser() || (this.booker(booking) && !this.#started(booking))
    );
  }

  canSeeAnswers(booking: PolicyBooking): boolean {
    return this.#inBooking(booking);
  }

  /** The call link is an open door to the call: the two in it, and organisers. */
  canSeeCallLink(booking: PolicyBooking): boolean {
    return this.#inBooking(booking);
  }

  /** The .ics file carries the call link, so it goes where the link goes. */
  canDownloadCalendar(booking: PolicyBooking): boolean {
    return this.canSeeCallLink(booking);
  }

  /** A fresh token is for a link that leaked: organisers decide that. */
  canRefreshCallLink(): boolean {
    return this.organiser();
  }

  /** For organisers and the volunteer: never the booker, even one who organises. */
  canSeeOutcomeNote(booking: PolicyBooking): boolean {
    return !this.booker(booking) && (this.holder(booking) || this.organiser());
  }

  /** "How did it go?" is the booker's to answer, and to stop being asked. */
  canGiveFeedback(booking: PolicyBooking): boolean {
    return this.booker(booking);
  }

  /** For organisers and the volunteer who held the session (and the booker). */
  canSeeFeedback(booking: PolicyBooking): boolean {
    return this.#inBooking(booking);
  }

  /** Lifting the approval repeated no-shows brought is the organisers' call. */
  canExcuseNoShow(): boolean {
    return this.organiser();
  }

  /** Also asked of the volunteer a booking is handed over to. */
  canPickUp(booking: PolicyBooking): boolean {
    return this.volunteer() && !this.booker(booking);
  }

  canRelease(booking: PolicyBooking): boolean {
    return this.holder(booking) || this.organiser();
  }

  canHandOver(booking: PolicyBooking): boolean {
    return this.holder(booking) || this.organiser();
  }

  /** Held / no-show cannot be known before the session starts. */
  canMarkOutcome(booking: PolicyBooking): boolean {
    return (this.holder(booking) || this.organiser()) && this.#started(booking);
  }

  canConfigure(): boolean {
    return this.organiser();
  }

  canSeeStats(): boolean {
    return this.organiser();
  }

  canEditRota(): boolean {
    return this.organiser();
  }

  /** Only volunteers go on the rota, so only they manage their own entries. */
  canEditOwnRota(): boolean {
    return this.volunteer();
  }

  canEditRotaEntry(entry: Owned): boolean {
    return this.organiser() || (this.volunteer() && this.#owns(entry));
  }

  #inBooking(booking: PolicyBooking): boolean {
    return this.booker(booking) || this.holder(booking) || this.organiser();
  }

  #started(booking: PolicyBooking): boolean {
    return this.now.getTime() >= Date.parse(booking.starts_at);
  }

  #owns(thing: Owned): boolean {
    return thing.user_id === this.#user?.id;
  }

  #groupIds(): number[] {
    return this.#user?.group_ids ?? [];
  }
}
