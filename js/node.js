// The Node entry: starts the WebAssembly module synchronously, so that
// `import { render } from "recap"` works at once (SSR, tests, scripts). Size
// matters little here, so it is the module with the site-template engine.
import { readFileSync } from "node:fs";
import { initSync } from "./recap.js";

initSync(readFileSync(new URL("./core/recap_templates_bg.wasm", import.meta.url)));

export * from "./recap.js";
export { default } from "./recap.js";
