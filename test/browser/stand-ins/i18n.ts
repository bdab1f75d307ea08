import locale from "virtual:plugin-locale";
import type I18nInstance from "discourse-i18n";
import type { i18n as RealI18n } from "discourse-i18n";

type Options = Record<string, unknown> & { count?: number };

/** Discourse serves `js` and, to staff, `admin_js` strings to the client. */
const roots = [locale.js, locale.admin_js] as unknown[];

function lookup(scope: string): unknown {
  for (const root of roots) {
    let node: unknown = root;
    for (const part of scope.split(".")) {
      node =
        node && typeof node === "object"
          ? (node as Record<string, unknown>)[part]
          : undefined;
    }
    if (node !== undefined) {
      return node;
    }
  }
  return undefined;
}

function pluralised(value: unknown, options: Options): unknown {
  if (value && typeof value === "object" && typeof options.count === "number") {
    const forms = value as Record<string, unknown>;
    return options.count === 1 && "one" in forms ? forms.one : forms.other;
  }
  return value;
}

/**
 * Looks keys up in the plugin's real client.en.yml and throws on a missing
 * key or placeholder, so a typo in a key fails the component test using it.
 */
export const i18n: typeof RealI18n = (scope: string, options: Options = {}) => {
  const value = pluralised(lookup(scope), options);
  if (typeof value !== "string") {
    throw new Error(`Missing translation: ${scope}`);
  }
  return value.replace(/%\{(\w+)\}/g, (_, name: string) => {
    if (!(name in options)) {
      throw new Error(`Missing "${name}" for translation ${scope}`);
    }
    return String(options[name]);
  });
};

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
