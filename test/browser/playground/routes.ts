import { screenHref, type ScreenId } from "./view.ts";

/** Discourse's pages the plugin links to, and the playground screen standing in for each. */
type Screen = [ScreenId, number | null, Record<string, string>?];

const PAGES: [RegExp, (match: RegExpMatchArray) => Screen][] = [
  [/^\/t\/(?:[^/]+\/)?(\d+)(?:\/\d+)?\/?$/, (m) => ["topic", Number(m[1])]],
  [/^\/volunteer-booking\/?$/, () => ["volunteer", null]],
  [/^\/signup\/?$/, () => ["sign-up", null]],
  [/^\/login\/?$/, () => ["log-in", null]],
  [/^\/chat(?:\/.*)?$/, () => ["channel", null]],
  [/^\/g\/[^/]+(?:\/requests)?\/?$/, () => ["group", null]],
  [/^\/u\/([^/]+)\/?$/, (m) => ["user", null, { user: m[1] }]],
  [/^\/admin\/users\/\d+\/([^/]+)\/?$/, (m) => ["user", null, { user: m[1] }]],
  [
    /^\/admin\/plugins\/discourse-volunteer-booking\/friends\/?$/,
    () => ["admin-friends", null],
  ],
];

/**
 * Where the server sends a request for one of Discourse's pages: the
 * playground screen in its place, for the viewer the link names (or, with
 * none, the tab's own); null for anything else.
 */
export function screenRedirect(
  pathname: string,
  query: URLSearchParams
): string | null {
  for (const [pattern, screen] of PAGES) {
    const match = pathname.match(pattern);
    if (match) {
      const [id, topic, extra] = screen(match);
      return screenHref(query.get("as"), id, topic, extra);
    }
  }
  return null;
}
