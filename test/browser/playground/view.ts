/**
 * What a playground address shows: whose view (`?as=`) of which screen
 * (`?screen=`) and booking topic (`?topic=`). People share these links to
 * show a view, so the ids stay; a new screen adds one.
 */
export const SCREEN_IDS = [
  "topic",
  "channel",
  "messages",
  "volunteer",
  "admin-friends",
  "sign-up",
  "log-in",
  "group",
  "user",
] as const;

export type ScreenId = (typeof SCREEN_IDS)[number];

export interface PlaygroundView {
  /** The username this tab views as; "" for a visitor. */
  as: string;
  screen: ScreenId;
  /** The topic `?topic=` names, or null for the first demo topic. */
  topic: number | null;
  /** The person `?user=` names on the user screen. */
  user: string | null;
}

/** Where a tab keeps its viewer: sessionStorage is per tab, so two tabs can be two people. */
export const VIEWER_KEY = "volunteer-booking-playground:as";
const DEFAULT_VIEWER = "ann";

/**
 * The view `search` asks for. `?as=` wins and becomes the tab's viewer;
 * without it (a link the plugin rendered, or a typed address) the tab keeps
 * the viewer it had.
 */
export function readView(
  search: string,
  storage: Pick<Storage, "getItem" | "setItem">
): PlaygroundView {
  const query = new URLSearchParams(search);
  const named = query.get("as");
  const as = named ?? storage.getItem(VIEWER_KEY) ?? DEFAULT_VIEWER;
  storage.setItem(VIEWER_KEY, as);
  const screen = query.get("screen");
  const topic = Number(query.get("topic"));
  return {
    as,
    screen: SCREEN_IDS.find((id) => id === screen) ?? "topic",
    topic: Number.isInteger(topic) && topic > 0 ? topic : null,
    user: query.get("user"),
  };
}

/** `url` with the tab's viewer, so a plain link (a calendar download) is fetched as them. */
export function withViewer(url: string, as: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) {
    return url;
  }
  const parsed = new URL(url, "http://playground.invalid");
  parsed.searchParams.set("as", as);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The playground address of `screen` on `topic`, as `as` (null: as the tab's viewer). */
export function screenHref(
  as: string | null,
  screen: ScreenId,
  topic: number | null,
  extra: Record<string, string> = {}
): string {
  const query = new URLSearchParams(as === null ? {} : { as });
  if (topic !== null) {
    query.set("topic", String(topic));
  }
  if (screen !== "topic") {
    query.set("screen", screen);
  }
  for (const [key, value] of Object.entries(extra)) {
    query.set(key, value);
  }
  return `/?${query}`;
}
