type Options = Record<string, unknown> & { count?: number };

function lookup(roots: readonly unknown[], scope: string): unknown {
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
 * `scope` looked up in the first of `roots` that has it (parsed locale
 * files), with its placeholders filled; a missing key or placeholder throws,
 * so a typo in a key fails the test using it. Shared by the browser tests'
 * i18n stand-in and the node tests, which read the same client.en.yml.
 */
export function translate(
  roots: readonly unknown[],
  scope: string,
  options: Options = {}
): string {
  const value = pluralised(lookup(roots, scope), options);
  if (typeof value !== "string") {
    throw new Error(`Missing translation: ${scope}`);
  }
  return value.replace(/%\{(\w+)\}/g, (_, name: string) => {
    if (!(name in options)) {
      throw new Error(`Missing "${name}" for translation ${scope}`);
    }
    return String(options[name]);
  });
}
