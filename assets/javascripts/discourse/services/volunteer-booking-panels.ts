import { tracked } from "@glimmer/tracking";
import Service from "@ember/service";
import type { Booking, IntakeAnswers, IsoDate, Slot } from "../lib/api-types";
import { newIdempotencyKey } from "../lib/idempotency";

/**
 * What the viewer has done in one booking topic's panel. Discourse tears
 * down the first post's components when it scrolls far off-screen, so this
 * lives in a service and the panel picks up where the viewer left it.
 */
export class PanelState {
  /** The time chosen, while its intake questions are open. */
  @tracked picked: Slot | null = null;
  /** What the viewer has typed into the intake questions so far. */
  @tracked answers: IntakeAnswers | null = null;
  /** The booking just made or moved, shown until the viewer is done. */
  @tracked confirmed: Booking | null = null;
  /** i18n key of the confirmation's heading: booked or moved. */
  @tracked confirmedHeadingKey = "";
  /** The booking being moved while the viewer picks its new time. */
  @tracked rescheduling: Booking | null = null;
  /** The zone the viewer chose to see times in; null: their own. */
  @tracked timeZone: string | null = null;
  /** The Monday the rota starts at; null: this week. */
  @tracked rotaFrom: IsoDate | null = null;
  /** Kept with the chosen time, so a retry books only once. */
  idempotencyKey = newIdempotencyKey();

  /**
   * Opens the questions for `slot`. What the viewer typed for another time
   * stays: the questions are the topic's, not the time's.
   */
  pick(slot: Slot): void {
    this.picked = slot;
    this.idempotencyKey = newIdempotencyKey();
  }
}

/** Each booking topic's panel state, by topic id, for this page load. */
export default class VolunteerBookingPanels extends Service {
  #panels = new Map<number, PanelState>();

  for(topicId: number): PanelState {
    let panel = this.#panels.get(topicId);
    if (!panel) {
      panel = new PanelState();
      this.#panels.set(topicId, panel);
    }
    return panel;
  }
}
