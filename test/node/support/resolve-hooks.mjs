// Node resolves only full file paths; the plugin's sources import each other
// the way Discourse's build does (no extension, or the plugin's module
// prefix), so map both to the .ts files before Node's own resolution.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const PLUGIN_PREFIX = "discourse/plugins/discourse-volunteer-booking/";
const ADMIN_PREFIX = `${PLUGIN_PREFIX}admin/`;
const pluginJs = new URL("../../../assets/javascripts/", import.meta.url);
const adminJs = new URL(
  "../../../admin/assets/javascripts/admin/",
  import.meta.url
);

function withTsExtension(url) {
  const path = fileURLToPath(url);
  if (existsSync(path)) {
    return url;
  }
  const candidate = `${path}.ts`;
  return existsSync(candidate) ? pathToFileURL(candidate).href : url;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith(ADMIN_PREFIX)) {
    const target = new URL(specifier.slice(ADMIN_PREFIX.length), adminJs);
    return nextResolve(withTsExtension(target.href), context);
  }
  if (specifier.startsWith(PLUGIN_PREFIX)) {
    const target = new URL(specifier.slice(PLUGIN_PREFIX.length), pluginJs);
    return nextResolve(withTsExtension(target.href), context);
  }
  if (
    (specifier.startsWith("./") || specifier.startsWith("../")) &&
    context.parentURL?.startsWith("file:")
  ) {
    const target = new URL(specifier, context.parentURL);
    return nextResolve(withTsExtension(target.href), context);
  }
  return nextResolve(specifier, context);
}
