const config = require("@discourse/lint-configs/template-lint");

module.exports = {
  ...config,
  ignore: [
    ...(config.ignore ?? []),
    "vendor/**",
    ".tools/**",
    "test/browser/dist/**",
    "test/browser/dist-playground/**",
    "test/browser/dist-bench/**",
  ],
};
