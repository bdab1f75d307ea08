import type {
  Gap,
  GapsResponse,
  IsoDate,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  coverageGaps,
  mondayOf,
  type RotaCell,
  type RotaInput,
  upcomingOccurrences,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/rota-grid";
import {
  addDays,
  localDate,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import { LIMITS } from "./limits";

/** How far ahead the organisers' coverage looks, in weeks. */
const COVERAGE_WEEKS = LIMITS.counts.gap_coverage_weeks;

/** The weekly gap message has a join button for this many gaps, then links the rota. */
export const GAPS_WITH_BUTTONS = LIMITS.counts.gaps_listed;

/** The gaps among the days `from` and `weeks` weeks on, each with who is on so far. */
function gapsAhead(rota: RotaInput, from: IsoDate, weeks: number, now: Date) {
  const to = addDays(from, weeks * 7 - 1);
  const occurrences = upcomingOccurrences(rota, from, to, now);
  return {
    from,
    to,
    occurrences,
    gaps: coverageGaps([{ start: from, cells: occurrences }]),
  };
}

function asGap(cell: RotaCell): Gap {
  return {
    shift_id: cell.shift.id,
    date: cell.date,
    starts_at: cell.startsAt,
    ends_at: cell.endsAt,
    wanted: cell.shift.volunteers_wanted,
    volunteers: cell.volunteers.map((volunteer) => volunteer.user),
  };
}

/**
 * GET /topics/:topic_id/gaps: the coming four weeks from today in the
 * topic's main zone, with the shift dates covered out of all of them.
 */
export function gapsReport(
  rota: RotaInput,
  zone: string,
  now: Date
): GapsResponse {
  const { from, to, occurrences, gaps } = gapsAhead(
    rota,
    localDate(now.getTime(), zone),
    COVERAGE_WEEKS,
    now
  );
  return {
    from,
    to,
    covered: occurrences.length - gaps.length,
    total: occurrences.length,
    gaps: gaps.map(asGap),
  };
}

/** One line of a weekly gap message: a gap when it was sent, as it stands now. */
export interface GapLine extends Gap {
  time_zone: string;
  /** It has the volunteers it wants now: "covered by @cat". */
  covered: boolean;
  /** The viewer could join it from the message's button. */
  can_join: boolean;
}

/** A weekly gap message as the channel shows it: edited as the gaps fill. */
export interface GapMessage {
  topic_id: number;
  topic_title: string;
  /** The Monday of the week it was sent for, in the topic's main zone. */
  week: IsoDate;
  lines: GapLine[];
  /** The horizon's gaps it does not list now, left to the rota. */
  more: number;
}

/** What a posted message remembers: the gaps it listed, a button each. */
interface Posted {
  week: IsoDate;
  gaps: { shift_id: number; date: IsoDate }[];
}

/** Whether `cell` is the occurrence a posted gap names. */
function isPosted(cell: RotaCell, gap: Posted["gaps"][number]): boolean {
  return cell.shift.id === gap.shift_id && cell.date === gap.date;
}

/**
 * The weekly gap messages the scheduled job posts, one per booking topic
 * and week: sent only when there are gaps, never twice for one week, and
 * re-read from the rota each time they are shown, as the server edits them
 * after every rota change.
 */
export class FakeGapMessages {
  readonly #posted = new Map<number, Posted>();

  /**
   * The job's run for one topic: posts the week's message unless it went
   * already or there is no gap in `weeks` weeks; true when it posts.
   */
  post(
    bookingTopicId: number,
    rota: RotaInput,
    zone: string,
    weeks: number,
    now: Date
  ): boolean {
    const today = localDate(now.getTime(), zone);
    const week = mondayOf(today);
    if (this.#posted.get(bookingTopicId)?.week === week) {
      return false;
    }
    const { gaps } = gapsAhead(rota, today, weeks, now);
    if (gaps.length === 0) {
      return false;
    }
    this.#posted.set(bookingTopicId, {
      week,
      gaps: gaps
        .slice(0, GAPS_WITH_BUTTONS)
        .map((cell) => ({ shift_id: cell.shift.id, date: cell.date })),
    });
    return true;
  }

  /**
   * The topic's message as it reads now, or null when none was posted:
   * each gap it listed with who is on it, `canJoin` deciding its button,
   * and as GapRecruiting.refresh the gaps of the coming `weeks` it does not
   * list.
   */
  read(
    bookingTopicId: number,
    rota: RotaInput,
    zone: string,
    weeks: number,
    now: Date,
    canJoin: (cell: RotaCell) => boolean
  ): Omit<GapMessage, "topic_id" | "topic_title"> | null {
    const posted = this.#posted.get(bookingTopicId);
    if (!posted) {
      return null;
    }
    const dates = posted.gaps.map((gap) => gap.date).sort();
    const cells = upcomingOccurrences(
      rota,
      dates[0],
      dates[dates.length - 1],
      new Date(0)
    );
    const lines = posted.gaps.flatMap((gap) => {
      const cell = cells.find((c) => isPosted(c, gap));
      return cell
        ? [
            {
              ...asGap(cell),
              time_zone: cell.shift.time_zone,
              covered: !cell.gap,
              can_join:
                cell.gap &&
                Date.parse(cell.startsAt) > now.getTime() &&
                canJoin(cell),
            },
          ]
        : [];
    });
    const { gaps } = gapsAhead(
      rota,
      localDate(now.getTime(), zone),
      weeks,
      now
    );
    return {
      week: posted.week,
      lines,
      more: gaps.filter(
        (cell) => !posted.gaps.some((gap) => isPosted(cell, gap))
      ).length,
    };
  }
}
