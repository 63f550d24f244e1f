// `make lint` for the JavaScript: ESLint's recommended rules over the package's
// hand-written JS, the demo, the tests and the tools.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["pkg/**", "node_modules/**", "target/**", "fuzz/**", "test-results/**", "tools/bench/vendor/**", "www/dist/**"] },
  js.configs.recommended,
  {
    files: ["js/**/*.js", "www/**/*.js", "tools/bench/bench.js"],
    languageOptions: { ecmaVersion: 2024, sourceType: "module", globals: { ...globals.browser } },
  },
  {
    files: ["js/node.js", "**/*.mjs", "tools/**/*.js", "eslint.config.js"],
    languageOptions: { ecmaVersion: 2024, sourceType: "module", globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      "no-unused-vars": ["error", { args: "none", caughtErrors: "none" }],
      "no-empty": ["error", { allowEmptyCatch: true }],
    },
  },
];
