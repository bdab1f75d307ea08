import DiscourseRecommended from "@discourse/lint-configs/eslint";
import TypeScriptPlugin from "@typescript-eslint/eslint-plugin";
import TypeScriptParser from "@typescript-eslint/parser";

// Discourse's shareable config parses .gjs/.gts only; plain .ts needs the
// TypeScript parser, and core no-unused-vars misreads type-only names.
export default [
  ...DiscourseRecommended,
  {
    ignores: [
      "node_modules/**",
      "test/browser/node_modules/**",
      "test/browser/dist/**",
      "vendor/**",
      "test/browser/dist-playground/**",
      "test/browser/dist-bench/**",
      "tmp/**",
      ".tools/**",
    ],
  },
  {
    files: ["**/*.ts"],
    languageOptions: { parser: TypeScriptParser },
  },
  {
    files: ["**/*.ts", "**/*.gts"],
    plugins: { "@typescript-eslint": TypeScriptPlugin },
    rules: {
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true },
      ],
      "no-undef": "off",
    },
  },
];
