import { ember, extensions } from "@embroider/vite";
import { babel } from "@rollup/plugin-babel";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { parse } from "yaml";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const pluginJs = here("../../assets/javascripts");
const pluginAdminJs = here("../../admin/assets/javascripts");
const clientLocale = here("../../config/locales/client.en.yml");

// The plugin's own English strings, so a key missing from client.en.yml
// fails a test instead of rendering a placeholder.
function pluginLocale() {
  const id = "virtual:plugin-locale";
  return {
    name: "plugin-locale",
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) {
        return null;
      }
      this.addWatchFile(clientLocale);
      const en = parse(readFileSync(clientLocale, "utf8")).en;
      return `export default ${JSON.stringify(en)};`;
    },
  };
}

// Discourse's own modules are replaced by small stand-ins typed against
// Discourse's declarations; anything not listed fails the build.
const standIns = {
  "discourse/components/form": "stand-ins/form.gts",
  "discourse/ui-kit/d-button": "stand-ins/d-button.gts",
  "discourse/ui-kit/d-modal": "stand-ins/d-modal.gts",
  "discourse/ui-kit/helpers/d-avatar": "stand-ins/d-avatar.ts",
  "discourse/ui-kit/helpers/d-icon": "stand-ins/d-icon.ts",
  "discourse/lib/ajax": "stand-ins/ajax.ts",
  "discourse/lib/get-url": "stand-ins/get-url.ts",
  "discourse/lib/load-chart-js": "stand-ins/load-chart-js.ts",
  "discourse/select-kit/components/user-chooser": "stand-ins/user-chooser.gts",
  "discourse/select-kit/components/timezone-input":
    "stand-ins/timezone-input.gts",
  "discourse-i18n": "stand-ins/i18n.ts",
};

// The playground draws real charts, with the Chart.js Discourse ships, and
// its links carry the viewer of the tab they are in.
const playgroundStandIns = {
  "discourse/lib/load-chart-js": "playground/load-chart-js.ts",
  "discourse/lib/get-url": "playground/get-url.ts",
};

// `vite build --mode <mode>`: the component tests by default, or one of these.
const OUTPUTS = {
  playground: { outDir: "dist-playground", input: "playground/index.html" },
  bench: { outDir: "dist-bench", input: "bench/index.html" },
};

export default defineConfig(({ mode }) => ({
  // Discourse's Sass modules the plugin's stylesheets @use (lib/viewport).
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [here("stand-ins/scss")] },
    },
  },
  resolve: {
    alias: [
      {
        find: /^discourse\/plugins\/discourse-volunteer-booking\/admin\/(.*)$/,
        replacement: `${pluginAdminJs}/admin/$1`,
      },
      {
        find: /^discourse\/plugins\/discourse-volunteer-booking\/(.*)$/,
        replacement: `${pluginJs}/$1`,
      },
      ...Object.entries(
        mode === "playground"
          ? { ...standIns, ...playgroundStandIns }
          : standIns
      ).map(([find, file]) => ({
        find: new RegExp(`^${find}$`),
        replacement: here(file),
      })),
    ],
    dedupe: ["@glimmer/component", "ember-modifier", "ember-source"],
  },
  plugins: [
    pluginLocale(),
    ember(),
    babel({ babelHelpers: "runtime", extensions }),
  ],
  build: {
    outDir: OUTPUTS[mode]?.outDir ?? "dist",
    emptyOutDir: true,
    rollupOptions: {
      input: here(OUTPUTS[mode]?.input ?? "tests/index.html"),
    },
  },
}));
