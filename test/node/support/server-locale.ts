import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** The parts of config/locales/server.en.yml the node tests hold code to. */
export interface ServerLocale {
  en: {
    volunteer_booking: Record<string, unknown> & {
      errors: Record<string, unknown>;
    };
    activemodel: {
      attributes: Record<string, Record<string, string>>;
      errors: { models: Record<string, Record<string, string>> };
    };
  };
}

export function serverLocale(): ServerLocale {
  return parse(
    readFileSync(
      new URL("../../../config/locales/server.en.yml", import.meta.url),
      "utf8"
    )
  ) as ServerLocale;
}
