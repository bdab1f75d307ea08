import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The plugin's root folder. */
export const root = new URL("../../../", import.meta.url).pathname;

/** Every file under `dir` (recursively) whose name matches `pattern`. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return filesUnder(path, pattern);
    }
    return pattern.test(name) ? [path] : [];
  });
}
