// The Node entry: starts the WebAssembly module synchronously, so that
// `import { render } from "recap"` works at once (SSR, tests, scripts).
import { readFileSync } from "node:fs";
import { initSync } from "./recap.js";

initSync(readFileSync(new URL("./core/recap_core_bg.wasm", import.meta.url)));

export * from "./recap.js";
export { default } from "./recap.js";
