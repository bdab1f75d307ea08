import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { i18n as RealI18n } from "discourse-i18n";
import { translate } from "../../browser/stand-ins/translate.ts";

const strings = (
  parse(
    readFileSync(
      new URL("../../../config/locales/client.en.yml", import.meta.url),
      "utf8"
    )
  ) as { en: { js: unknown } }
).en.js;

/** `i18n` on the plugin's real client.en.yml, for helpers that take it as an argument. */
export const clientI18n: typeof RealI18n = (
  scope: string,
  options: Record<string, unknown> = {}
) => translate([strings], scope, options);
