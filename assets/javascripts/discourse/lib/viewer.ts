import I18n from "discourse-i18n";
import { intlLocale } from "./time-format";

/** The signed-in user as the plugin's components read it from `currentUser`. */
export interface Viewer {
  id: number;
  username: string;
  staff: boolean;
  user_option?: { timezone?: string | null } | null;
}

/** The viewer's IANA zone: their profile setting, else the browser's. */
export function viewerTimeZone(viewer: Viewer | null | undefined): string {
  return (
    viewer?.user_option?.timezone ||
    Intl.DateTimeFormat().resolvedOptions().timeZone
  );
}

/**
 * The viewer's Discourse locale for `Intl` (their own if the site lets users
 * choose, else the site's), so "en_GB" reads 24-hour times and day-month
 * order whatever the browser's language.
 */
export function viewerLocale(): string {
  return intlLocale(I18n.currentLocale() as string);
}
