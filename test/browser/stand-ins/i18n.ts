import locale from "virtual:plugin-locale";
import type I18nInstance from "discourse-i18n";
import type { i18n as RealI18n } from "discourse-i18n";
import { translate } from "./translate";

/** Discourse serves `js` and, to staff, `admin_js` strings to the client. */
const roots = [locale.js, locale.admin_js] as unknown[];

/** Looks keys up in the plugin's real client.en.yml (see translate.ts). */
export const i18n: typeof RealI18n = (
  scope: string,
  options: Record<string, unknown> = {}
) => translate(roots, scope, options);

let viewerLocale = "en";

/** Switches the viewer's Discourse locale, as their profile would ("en_GB"). */
export function setLocale(next: string): void {
  viewerLocale = next;
}

/** The part of Discourse's I18n instance the plugin reads. */
const I18n: Pick<typeof I18nInstance, "currentLocale"> = {
  currentLocale: () => viewerLocale,
};

export default I18n;
