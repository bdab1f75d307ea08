// Prints how much JavaScript a visitor downloads for this plugin's main
// bundle, next to discourse-calendar's, measured the same way for both: the
// modules the bundle's entry registers (every module, or with `staticModules`
// only those Discourse still looks up by name) and what they import
// statically; host imports (discourse/*, @ember/*, …) left out, dynamic
// imports left out; minified with terser, then gzip -9. Goal: this plugin
// at most 0.10 of calendar.
// Run: node bench/bundle-weight.mjs [discourse-calendar git dir]
//   (after bin/test has installed things; the default git dir is where the
//   library's fetch tool puts discourse/discourse-calendar)
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, posix, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const pluginRoot = fileURLToPath(new URL("../", import.meta.url));
const browserApp = join(pluginRoot, "test/browser/");
const fromBrowserApp = createRequire(join(browserApp, "package.json"));
const babel = fromBrowserApp("@babel/core");
const { Preprocessor } = fromBrowserApp("content-tag");
const { rollup } = fromBrowserApp("rollup");
const { minify } = fromBrowserApp("terser");
// Discourse's build precompiles templates with this compiler too.
const compiler = await import(
  pathToFileURL(
    fromBrowserApp.resolve("ember-source/ember-template-compiler/index.js")
  ).href
);

const calendarGitDir =
  process.argv[2] ?? "/work/.mirror/discourse+discourse-calendar/repo";
const GOAL_RATIO = 0.1;
const ENTRY = "\0entry";
const SOURCE_DIRS = ["assets/javascripts", "admin/assets/javascripts"];
const EXTENSIONS = [".gts", ".gjs", ".ts", ".js", ".hbs"];

/** A plugin's files from its folder: `{ files: Map(path → text), aboutJson }`. */
function readFolder(root) {
  const files = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else {
        files.set(relative(root, path), readFileSync(path, "utf8"));
      }
    }
  };
  for (const dir of SOURCE_DIRS) {
    if (existsSync(join(root, dir))) {
      walk(join(root, dir));
    }
  }
  const about = join(root, "about.json");
  return {
    files,
    aboutJson: existsSync(about) ? JSON.parse(readFileSync(about, "utf8")) : {},
  };
}

/** The same from a git directory's HEAD, so no work tree is needed. */
function readGit(gitDir) {
  const git = (...args) =>
    execFileSync("git", [`--git-dir=${gitDir}`, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  const files = new Map();
  for (const path of git("ls-tree", "-r", "--name-only", "HEAD").split("\n")) {
    if (SOURCE_DIRS.some((dir) => path.startsWith(`${dir}/`))) {
      files.set(path, git("show", `HEAD:${path}`));
    }
  }
  let aboutJson = {};
  try {
    aboutJson = JSON.parse(git("show", "HEAD:about.json"));
  } catch {
    // No about.json: Discourse's defaults.
  }
  return { files, aboutJson, commit: git("rev-parse", "HEAD").trim() };
}

// Mirrors `isEagerModule` in Discourse's
// frontend/asset-processor/rollup-virtual-imports.js: with `staticModules`
// the entry registers only what Discourse resolves by name at runtime.
function isEagerModule(name) {
  return (
    /^[^/]+\/(connectors|services|models|adapters|discourse-markdown)\//.test(
      name
    ) ||
    /\/(pre-initializers|initializers|api-initializers|instance-initializers)\//.test(
      name
    ) ||
    /route-map$/.test(name)
  );
}

const stripExtension = (path) => path.replace(/\.[^./]+(\.es6)?$/, "");

/** Discourse's main entry: its module list and the source of the entry. */
function mainEntry(plugin) {
  const staticModules = !!plugin.aboutJson.frontend?.staticModules;
  const registered = [...plugin.files.keys()]
    .filter((path) => path.startsWith(`${SOURCE_DIRS[0]}/`))
    .filter((path) => EXTENSIONS.some((ext) => path.endsWith(ext)))
    .filter((path) => !path.endsWith(".d.ts"))
    .filter(
      (path) =>
        !staticModules ||
        isEagerModule(stripExtension(posix.relative(SOURCE_DIRS[0], path)))
    );
  const source = registered
    .map((path, i) => `import * as m${i} from ${JSON.stringify(`/${path}`)};`)
    .concat(`export default [${registered.map((_, i) => `m${i}`).join(", ")}];`)
    .join("\n");
  return { staticModules, registered, source };
}

/** A module path in the plugin for an import, or null for a host import. */
function resolveIn(plugin, name, specifier, importer) {
  let base;
  if (specifier.startsWith(".")) {
    base = posix.join(posix.dirname(importer.slice(1)), specifier);
  } else if (specifier.startsWith(`discourse/plugins/${name}/`)) {
    base = specifier.slice(`discourse/plugins/${name}/`.length);
  } else {
    return null;
  }
  for (const dir of SOURCE_DIRS) {
    const inTree = base.startsWith(`${dir}/`) ? base : `${dir}/${base}`;
    for (const candidate of [
      inTree,
      ...EXTENSIONS.map((ext) => inTree + ext),
      ...EXTENSIONS.map((ext) => `${inTree}/index${ext}`),
    ]) {
      if (plugin.files.has(candidate)) {
        return `/${candidate}`;
      }
    }
  }
  throw new Error(`${importer}: cannot resolve ${specifier}`);
}

const templateTag = new Preprocessor();

/** Compiles one module as Discourse's build does: TS, decorators, templates. */
async function compile(path, code) {
  let source = code;
  if (path.endsWith(".hbs")) {
    source = `import { hbs } from "ember-cli-htmlbars";\nexport default hbs(${JSON.stringify(code)});`;
  } else if (/\.g[jt]s$/.test(path)) {
    source = templateTag.process(code, { filename: path }).code;
  }
  const result = await babel.transformAsync(source, {
    filename: path,
    babelrc: false,
    configFile: false,
    plugins: [
      /\.g?ts$/.test(path) && [
        fromBrowserApp.resolve("@babel/plugin-transform-typescript"),
        {
          allExtensions: true,
          onlyRemoveTypeImports: true,
          allowDeclareFields: true,
        },
      ],
      [fromBrowserApp.resolve("decorator-transforms"), { runEarly: true }],
      [
        fromBrowserApp.resolve("babel-plugin-ember-template-compilation"),
        { compiler, enableLegacyModules: ["ember-cli-htmlbars"] },
      ],
    ].filter(Boolean),
  });
  return result.code;
}

// A module's code out of its chunk has no exports of its own, so it keeps
// its top-level names: otherwise terser drops them all as unused.
async function gzipMinified(code, { alone = false } = {}) {
  const options = alone
    ? { parse: { module: true }, toplevel: false }
    : { module: true };
  const minified = (await minify(code, options)).code ?? "";
  return gzipSync(minified, { level: 9 }).length;
}

/** The eager weight of a plugin's main bundle and its heaviest modules. */
async function measure(name, plugin) {
  const entry = mainEntry(plugin);
  const build = await rollup({
    input: ENTRY,
    onLog: () => {},
    plugins: [
      {
        name: "plugin-tree",
        resolveId(specifier, importer) {
          if (specifier === ENTRY) {
            return ENTRY;
          }
          if (importer === ENTRY) {
            return specifier;
          }
          const path = resolveIn(plugin, name, specifier, importer);
          return path ?? { id: specifier, external: true };
        },
        load(id) {
          return id === ENTRY ? entry.source : plugin.files.get(id.slice(1));
        },
        async transform(code, id) {
          return id === ENTRY
            ? null
            : { code: await compile(id, code), map: null };
        },
      },
    ],
  });
  const { output } = await build.generate({ format: "es" });
  const chunks = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const eager = new Set();
  const visit = (chunk) => {
    if (!eager.has(chunk)) {
      eager.add(chunk);
      chunk.imports
        .filter((f) => chunks.has(f))
        .forEach((f) => visit(chunks.get(f)));
    }
  };
  visit(output.find((chunk) => chunk.isEntry));
  const code = [...eager].map((chunk) => chunk.code).join("\n");
  const modules = [];
  for (const chunk of eager) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (id !== ENTRY && module.code) {
        modules.push({
          id: id.slice(1),
          gzip: await gzipMinified(module.code, { alone: true }),
        });
      }
    }
  }
  modules.sort((a, b) => b.gzip - a.gzip);
  return {
    entry,
    gzip: await gzipMinified(code),
    modules,
    chunks: output.length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const calendar = readGit(calendarGitDir);
const results = {
  "discourse-volunteer-booking": await measure(
    "discourse-volunteer-booking",
    readFolder(pluginRoot)
  ),
  "discourse-calendar": await measure("discourse-calendar", calendar),
};
for (const [name, result] of Object.entries(results)) {
  process.stdout.write(
    `${name}${name === "discourse-calendar" ? ` (${calendar.commit.slice(0, 10)})` : ""}: ` +
      `${kb(result.gzip)} gzip eager, ${result.entry.registered.length} modules registered` +
      `${result.entry.staticModules ? " (staticModules)" : ""}, ${result.modules.length} eager modules with code\n`
  );
}
const ours = results["discourse-volunteer-booking"];
const ratio = ours.gzip / results["discourse-calendar"].gzip;
process.stdout.write(
  `ratio ${ratio.toFixed(3)} (goal <= ${GOAL_RATIO.toFixed(2)})\n` +
    `heaviest eager modules of discourse-volunteer-booking (each alone, minified, gzip -9):\n` +
    ours.modules
      .slice(0, Number(process.env.TOP ?? 5))
      .map((module) => `  ${kb(module.gzip).padStart(8)}  ${module.id}\n`)
      .join("")
);
