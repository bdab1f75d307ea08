import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { i18n as RealI18n } from "discourse-i18n";

const strings = (
  parse(
    readFileSync(
      new URL("../../../config/locales/client.en.yml", import.meta.url),
      "utf8"
    )
  ) as { en: { js: unknown } }
).en.js;

/**
 * `i18n` on the plugin's real client.en.yml, for the pure helpers that take
 * it as an argument; a missing key or placeholder throws, so a typo fails.
 */
export const clientI18n: typeof RealI18n = (
  scope: string,
  options: Record<string, unknown> = {}
) => {
  const value = scope
    .split(".")
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === "object"
          ? (node as Record<string, unknown>)[part]
          : undefined,
      strings
    );
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
