import type {
  BasicUser,
  Gap,
  IsoDate,
  IsoTime,
  RotaEntry,
  RotaSkip,
  Shift,
  TimeOff,
} from "./api-types";
import { formatDay, formatDaySpan, formatTimeRange } from "./time-format";
import { addDays, wallTimeToInstant, weekdayOf } from "./zoned-time";

/** What the rota grid is built from: the rota endpoint's answer plus context. */
export interface RotaGridInput {
  shifts: Shift[];
  rotaEntries: RotaEntry[];
  /** Dates weekly entries leave out, as RotaEntry.on_duty_on on the server. */
  rotaSkips: RotaSkip[];
  timeOff: TimeOff[];
  /** First day of the first week shown. */
  from: IsoDate;
  weeks: number;
  /** Today, so past occurrences are marked. */
  today: IsoDate;
  /** The viewer, to highlight their cells; null when anonymous. */
  viewerId: number | null;
}

/** A volunteer covering one occurrence, and whether they come every week. */
export interface RotaVolunteer {
  user: BasicUser;
  entry: RotaEntry;
  weekly: boolean;
}

/** A volunteer on the rota for a date but on time off, with their note if the viewer may read it. */
export interface RotaAway {
  user: BasicUser;
  note: string | null;
}

/** One shift on one date: who is on, who is away, and the viewer's part in it. */
export interface RotaCell {
  shift: Shift;
  date: IsoDate;
  startsAt: IsoTime;
  endsAt: IsoTime;
  volunteers: RotaVolunteer[];
  /** On the rota for this date but on time off. */
  away: RotaAway[];
  /** Fewer volunteers are on than the shift wants (see `isGap`). */
  gap: boolean;
  past: boolean;
  /** The viewer's entry that puts them on this occurrence, if any. */
  viewerEntry: RotaEntry | null;
  viewerAway: boolean;
}

export interface RotaWeek {
  /** The week's first day. */
  start: IsoDate;
  cells: RotaCell[];
}

const WEEK = 7 * 86_400_000;

/** Shifts in the order of the week: Monday first, then by start time. */
export function sortShifts(shifts: Shift[]): Shift[] {
  const mondayFirst = (weekday: number) => (weekday + 6) % 7;
  return [...shifts].sort(
    (a, b) =>
      mondayFirst(a.weekday) - mondayFirst(b.weekday) ||
      a.starts_at.localeCompare(b.starts_at) ||
      a.id - b.id
  );
}

/** The date on or after `weekStart` that falls on `weekday`. */
export function occurrenceDate(weekStart: IsoDate, weekday: number): IsoDate {
  return addDays(weekStart, (weekday - weekdayOf(weekStart) + 7) % 7);
}

/** The Monday on or before `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** A shift date with fewer volunteers on than the shift wants. */
export function isGap(shift: Shift, volunteersOn: number): boolean {
  return volunteersOn < shift.volunteers_wanted;
}

function covers(timeOff: TimeOff, date: IsoDate): boolean {
  return timeOff.starts_on <= date && date <= timeOff.ends_on;
}

let collator: Intl.Collator | null = null;

/** Building a collator costs more than sorting a rota with it: one serves every grid. */
function usernameOrder(): Intl.Collator {
  collator ??= new Intl.Collator();
  return collator;
}

/**
 * The rota as weeks × shifts. Each occurrence lists the volunteers whose
 * weekly entry (unless it skips the date) or one-date entry applies to its
 * date and who are not on time off; a cell with fewer than the shift
 * wants is a gap.
 */
export function buildRotaGrid(input: RotaGridInput): RotaWeek[] {
  const shifts = sortShifts(input.shifts);
  // Sorted once per shift, not per occurrence: filtering keeps the order.
  const byUsername = usernameOrder().compare;
  const entriesByShift = new Map<number, RotaEntry[]>();
  for (const entry of [...input.rotaEntries].sort((a, b) =>
    byUsername(a.user.username, b.user.username)
  )) {
    const list = entriesByShift.get(entry.shift_id) ?? [];
    list.push(entry);
    entriesByShift.set(entry.shift_id, list);
  }
  const timeOffByUser = new Map<number, TimeOff[]>();
  for (const timeOff of input.timeOff) {
    const list = timeOffByUser.get(timeOff.user_id) ?? [];
    list.push(timeOff);
    timeOffByUser.set(timeOff.user_id, list);
  }
  const skipped = new Set(
    input.rotaSkips.map((skip) => `${skip.rota_entry_id}@${skip.on_date}`)
  );
  const applies = (entry: RotaEntry, date: IsoDate) =>
    entry.on_date === null
      ? !skipped.has(`${entry.id}@${date}`)
      : entry.on_date === date;
  const timeOffOn = (userId: number, date: IsoDate) =>
    (timeOffByUser.get(userId) ?? []).find((t) => covers(t, date));

  const weeks: RotaWeek[] = [];
  for (let week = 0; week < input.weeks; week++) {
    const start = addDays(input.from, week * 7);
    const cells = shifts.map((shift) => {
      const date = occurrenceDate(start, shift.weekday);
      const applying = (entriesByShift.get(shift.id) ?? []).filter((entry) =>
        applies(entry, date)
      );

      const volunteers: RotaVolunteer[] = [];
      const away: RotaAway[] = [];
      const seen = new Set<number>();
      for (const entry of applying) {
        if (seen.has(entry.user.id)) {
          continue;
        }
        seen.add(entry.user.id);
        const timeOff = timeOffOn(entry.user.id, date);
        if (timeOff) {
          away.push({ user: entry.user, note: timeOff.note });
        } else {
          volunteers.push({ user: entry.user, entry, weekly: !entry.on_date });
        }
      }

      const viewerEntry =
        applying.find((entry) => entry.user.id === input.viewerId) ?? null;
      return {
        shift,
        date,
        startsAt: wallTimeToInstant(date, shift.starts_at, shift.time_zone),
        endsAt: wallTimeToInstant(date, shift.ends_at, shift.time_zone),
        volunteers,
        away,
        gap: isGap(shift, volunteers.length),
        past: date < input.today,
        viewerEntry,
        viewerAway:
          input.viewerId !== null && !!timeOffOn(input.viewerId, date),
      };
    });
    weeks.push({ start, cells });
  }
  return weeks;
}

/** Upcoming gaps, soonest first, then by shift. */
export function coverageGaps(weeks: RotaWeek[]): RotaCell[] {
  return weeks
    .flatMap((week) => week.cells)
    .filter((cell) => cell.gap && !cell.past)
    .sort(
      (a, b) =>
        Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
        a.shift.id - b.shift.id
    );
}

/** A topic's rota as the rota endpoint sends it, for any dates. */
export type RotaInput = Pick<
  RotaGridInput,
  "shifts" | "rotaEntries" | "rotaSkips" | "timeOff"
>;

/**
 * The gaps on the shifts' own dates `from` to `to` (both included) that
 * start after `now`, as Gaps.build finds them in SlotEngine#on_duty's
 * occurrences: soonest first, then by shift.
 */
export function gapsBetween(
  rota: RotaInput,
  from: IsoDate,
  to: IsoDate,
  now: Date
): RotaCell[] {
  return coverageGaps([
    { start: from, cells: upcomingOccurrences(rota, from, to, now) },
  ]);
}

/** The occurrences on the shifts' own dates `from` to `to` (both included) that start after `now`. */
export function upcomingOccurrences(
  rota: RotaInput,
  from: IsoDate,
  to: IsoDate,
  now: Date
): RotaCell[] {
  const start = mondayOf(from);
  const weeks = Math.floor((Date.parse(to) - Date.parse(start)) / WEEK) + 1;
  return buildRotaGrid({
    ...rota,
    from: start,
    weeks,
    today: from,
    viewerId: null,
  })
    .flatMap((week) => week.cells)
    .filter(
      (cell) =>
        cell.date >= from &&
        cell.date <= to &&
        Date.parse(cell.startsAt) > now.getTime()
    );
}

/** The city an IANA zone is named after: "London" for Europe/London. */
function zoneCity(timeZone: string): string {
  return (timeZone.split("/").pop() ?? timeZone).replace(/_/g, " ");
}

/**
 * A gap in words, in its shift's zone as the weekly message lists it:
 * "Fri 5 Jun 13:00–17:00 London: no one yet", "…: 1 of 2: @bob", or,
 * `covered` once it has the volunteers it wants, "…: covered by @bob".
 */
export function gapSummary(
  gap: Gap,
  timeZone: string,
  locale: string,
  translate: (key: string, params: Record<string, string>) => string,
  covered = false
): string {
  const names = gap.volunteers.map((user) => `@${user.username}`).join(", ");
  const state = covered
    ? translate("volunteer_booking.gaps.covered_by", { names })
    : gap.volunteers.length === 0
      ? translate("volunteer_booking.gaps.no_one_yet", {})
      : translate("volunteer_booking.gaps.some_of", {
          on: String(gap.volunteers.length),
          wanted: String(gap.wanted),
          names,
        });
  return translate("volunteer_booking.gaps.line", {
    when: [
      formatDaySpan(gap.date, gap.date, locale),
      formatTimeRange(gap.starts_at, gap.ends_at, timeZone, locale),
      zoneCity(timeZone),
    ].join(" "),
    state,
  });
}

/**
 * Who looks at the grid, and how to word it for them. `Markup` is what
 * their avatar helper returns (Discourse's trusted HTML); the grid only
 * hands it on.
 */
export interface RotaViewer<Markup = unknown> {
  locale: string;
  /** The viewer's IANA zone, for their equivalent time. */
  timeZone: string;
  viewerId: number | null;
  canVolunteer: boolean;
  canOrganise: boolean;
  /** Who an organiser can add, as far as it has loaded. */
  volunteers: BasicUser[];
  translate: (key: string, params: Record<string, string | number>) => string;
  /** A volunteer's avatar markup; asked once per volunteer and grid. */
  avatar: (user: BasicUser) => Markup;
}

/** One line of a cell: a volunteer and what the viewer may do about them. */
export interface RotaCellRow<Markup = unknown> {
  user: BasicUser;
  /** The same markup for every line of one volunteer in the grid. */
  avatar: Markup;
  classes: string;
  entryId: number;
  weekly: boolean;
  me: boolean;
  /** Shown to organisers only. */
  flagged: boolean;
  /** The remove button's accessible name; null when it may not be removed. */
  removeLabel: string | null;
}

/** The words every cell of a grid shows alike, translated once per grid. */
export interface RotaTexts {
  gap: string;
  thisDateOnly: string;
  flagged: string;
  flaggedHelp: string;
  joinWeekly: string;
  joinDate: string;
  add: string;
  addConfirm: string;
  listFewer: string;
}

/** One of a cell's buttons: what it reads and what a screen reader calls it. */
export interface RotaButton {
  text: string;
  label: string;
}

/**
 * How many volunteers a cell lists before "Show N more". A shift wants a
 * few, and a pool of fifty on every cell would draw over a thousand lines.
 */
export const ROWS_LISTED = 3;

/** Everything a rendered cell shows, worked out once for the whole grid. */
export interface RotaCellView<Markup = unknown> {
  /** Stable across reloads, so a re-rendered grid keeps its cells. */
  key: string;
  cell: RotaCell;
  dateLabel: string;
  /** "08:00–12:00 your time" when the viewer's clock reads otherwise. */
  viewerTime: string | null;
  occurrenceLabel: string;
  /** The accessible name of the list of who is on. */
  listLabel: string;
  /** "1 of 2" for a shift that wants more than one volunteer; null otherwise. */
  staffing: string | null;
  classes: string;
  texts: RotaTexts;
  /**
   * The lines listed until the viewer asks for all of them: the first
   * ROWS_LISTED, and always the viewer's own and flagged ones.
   */
  rows: RotaCellRow<Markup>[];
  /** Every line, in order; built when asked for. */
  allRows: () => RotaCellRow<Markup>[];
  /** How many lines `allRows` adds to `rows`. */
  unlisted: number;
  /** "Show N more" while the cell lists the first few; null when it lists everyone. */
  listMore: RotaButton | null;
  /** "Show fewer" once it lists everyone; null when it lists everyone anyway. */
  listFewer: RotaButton | null;
  /** The viewer's join buttons; null when they may not join. */
  join: { weekly: RotaButton; date: RotaButton } | null;
  /** The viewer's own entry they may leave, and its button. */
  leave: ({ entryId: number } & RotaButton) | null;
  /** Whom an organiser may add here; empty when they may add nobody. */
  addable: BasicUser[];
  /** The add select's and its button's accessible names; null when nobody may be added. */
  addLabels: { select: string; confirm: string } | null;
}

export interface RotaWeekView<Markup = unknown> {
  start: IsoDate;
  cells: RotaCellView<Markup>[];
}

/**
 * The grid as the viewer sees it. A grid shows over a thousand volunteer
 * lines, so labels, avatars and permissions are settled here, once per
 * grid, and a cell's template only reads them.
 */
export function rotaGridView<Markup>(
  weeks: RotaWeek[],
  viewer: RotaViewer<Markup>
): RotaWeekView<Markup>[] {
  const { translate } = viewer;
  const text = (key: string) => translate(`volunteer_booking.rota.${key}`, {});
  const texts: RotaTexts = {
    gap: text("gap"),
    thisDateOnly: text("this_date_only"),
    flagged: text("flagged"),
    flaggedHelp: text("flagged_help"),
    joinWeekly: text("join_weekly"),
    joinDate: text("join_date"),
    add: text("add"),
    addConfirm: text("add_confirm"),
    listFewer: text("list_fewer"),
  };
  // A volunteer is on dozens of cells: their avatar is built once.
  const avatars = new Map<number, Markup>();
  const avatar = (user: BasicUser) => {
    let markup = avatars.get(user.id);
    if (markup === undefined) {
      markup = viewer.avatar(user);
      avatars.set(user.id, markup);
    }
    return markup;
  };
  return weeks.map((week) => ({
    start: week.start,
    cells: week.cells.map((cell) => rotaCellView(cell, viewer, texts, avatar)),
  }));
}

function rotaCellView<Markup>(
  cell: RotaCell,
  viewer: RotaViewer<Markup>,
  texts: RotaTexts,
  avatar: (user: BasicUser) => Markup
): RotaCellView<Markup> {
  const { locale, timeZone, canOrganise, translate } = viewer;
  const dateLabel = formatDay(cell.date, locale);
  const occurrenceLabel = translate("volunteer_booking.rota.occurrence", {
    date: dateLabel,
    from: cell.shift.starts_at,
    to: cell.shift.ends_at,
  });
  const label = (key: string, params: Record<string, string | number> = {}) =>
    translate(`volunteer_booking.rota.${key}`, {
      ...params,
      occurrence: occurrenceLabel,
    });
  const theirs = formatTimeRange(cell.startsAt, cell.endsAt, timeZone, locale);
  const shifts = formatTimeRange(
    cell.startsAt,
    cell.endsAt,
    cell.shift.time_zone,
    locale
  );
  const removable = canOrganise && !cell.past;
  const mine = cell.viewerEntry;
  const onShift = new Set(cell.volunteers.map((v) => v.user.id));
  const me = (volunteer: RotaVolunteer) =>
    volunteer.user.id === viewer.viewerId;
  const flagged = (volunteer: RotaVolunteer) =>
    canOrganise && volunteer.entry.flagged === true;
  const row = (volunteer: RotaVolunteer): RotaCellRow<Markup> => ({
    user: volunteer.user,
    avatar: avatar(volunteer.user),
    classes: me(volunteer)
      ? "rota-widget__volunteer rota-widget__volunteer--me"
      : "rota-widget__volunteer",
    entryId: volunteer.entry.id,
    weekly: volunteer.weekly,
    me: me(volunteer),
    flagged: flagged(volunteer),
    removeLabel: removable
      ? label("remove", { username: volunteer.user.username })
      : null,
  });
  // "Show 1 more" would take the room of the line it hides.
  const listed =
    cell.volunteers.length > ROWS_LISTED + 1
      ? cell.volunteers.filter(
          (volunteer, index) =>
            index < ROWS_LISTED || me(volunteer) || flagged(volunteer)
        )
      : cell.volunteers;
  const unlisted = cell.volunteers.length - listed.length;
  const leaveKey = mine?.on_date ? "leave_date" : "leave_weekly";
  const addable = removable
    ? viewer.volunteers.filter((user) => !onShift.has(user.id))
    : [];
  return {
    key: `${cell.shift.id}@${cell.date}`,
    cell,
    dateLabel,
    viewerTime:
      theirs === shifts
        ? null
        : translate("volunteer_booking.rota.viewer_time", { range: theirs }),
    occurrenceLabel,
    listLabel: label("on_shift"),
    staffing:
      cell.shift.volunteers_wanted > 1
        ? translate("volunteer_booking.gaps.staffing", {
            on: String(cell.volunteers.length),
            wanted: String(cell.shift.volunteers_wanted),
          })
        : null,
    classes: [
      "rota-widget__cell",
      cell.gap && "rota-widget__cell--gap",
      mine && "rota-widget__cell--mine",
      cell.past && "rota-widget__cell--past",
    ]
      .filter(Boolean)
      .join(" "),
    texts,
    rows: listed.map(row),
    allRows: () => cell.volunteers.map(row),
    unlisted,
    listMore: unlisted
      ? {
          text: translate("volunteer_booking.rota.list_more", {
            count: unlisted,
          }),
          label: label("list_more_label", { count: unlisted }),
        }
      : null,
    listFewer: unlisted
      ? { text: texts.listFewer, label: label("list_fewer_label") }
      : null,
    join:
      viewer.canVolunteer && !cell.past && !mine
        ? {
            weekly: {
              text: texts.joinWeekly,
              label: label("join_weekly_label"),
            },
            date: { text: texts.joinDate, label: label("join_date_label") },
          }
        : null,
    leave:
      mine && !cell.past
        ? {
            entryId: mine.id,
            text: translate(`volunteer_booking.rota.${leaveKey}`, {}),
            label: label(`${leaveKey}_label`),
          }
        : null,
    addable,
    addLabels: addable.length
      ? { select: label("add_label"), confirm: label("add_confirm_label") }
      : null,
  };
}
