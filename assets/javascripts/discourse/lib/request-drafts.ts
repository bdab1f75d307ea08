import type { RequestWindow, Weekday } from "./api-types";

/**
 * A suggested time as the request form edits it: FormKit's selects give
 * text, and a window is either every `weekday` or one `date`.
 */
export interface WindowDraft {
  kind: "weekly" | "date";
  weekday: string | number;
  date: string | null;
  from: string;
  to: string;
}

/** What the request form edits before the intake questions. */
export interface RequestDraft {
  windows: WindowDraft[];
  time_zone: string;
  /** FormKit may clear a textarea to null. */
  note: string | null;
}

/** A new suggested time: the first one Mondays 09:00–11:00, as examples go. */
export function blankWindow(): WindowDraft {
  return {
    kind: "weekly",
    weekday: "1",
    date: null,
    from: "09:00",
    to: "11:00",
  };
}

export function blankRequestDraft(timeZone: string): RequestDraft {
  return { windows: [blankWindow()], time_zone: timeZone, note: "" };
}

/** The window a draft stands for, or null while it is not filled in. */
export function windowFromDraft(draft: WindowDraft): RequestWindow | null {
  if (!draft.from || !draft.to) {
    return null;
  }
  if (draft.kind === "date") {
    return draft.date
      ? { weekday: null, date: draft.date, from: draft.from, to: draft.to }
      : null;
  }
  const weekday = Number(draft.weekday);
  return Number.isInteger(weekday) && weekday >= 0 && weekday < 7
    ? {
        weekday: weekday as Weekday,
        date: null,
        from: draft.from,
        to: draft.to,
      }
    : null;
}

/** The windows of a draft that are filled in, in order. */
export function draftWindows(draft: RequestDraft): RequestWindow[] {
  return draft.windows
    .map(windowFromDraft)
    .filter((window): window is RequestWindow => window !== null);
}
