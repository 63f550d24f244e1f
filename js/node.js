// The Node entry: starts the WebAssembly module synchronously, so that
// `import { render } from "recap"` works at once (SSR, tests, scripts). Size
// matters little here, so it is the module with the site-template engine.
import { readFileSync } from "node:fs";
import * as highlighting from "./core/recap_highlight.js";
import { initSync, __setEmoji } from "./recap.js";

initSync(readFileSync(new URL("./core/recap_templates_bg.wasm", import.meta.url)));
// (`emojify`'s table, which the browser loads only for sites that call it.)
__setEmoji(readFileSync(new URL("./core/recap_emoji.tsv", import.meta.url), "utf8"));

// Code blocks are highlighted in this thread, synchronously: the highlighting
// module starts on the first block.
let highlighter = null;
globalThis.__recapHighlight = (kind, code, lang, attributes, ordinal, config) => {
  if (!highlighter) {
    highlighting.initSync({ module: readFileSync(new URL("./core/recap_highlight_bg.wasm", import.meta.url)) });
    // Only the default style is built into the module; here every style is added at once.
    highlighting.addStyles(readFileSync(new URL("./core/recap_highlight_styles.txt", import.meta.url), "utf8"));
    highlighter = highlighting;
  }
  return highlighter.answer(kind, code, lang, attributes, ordinal, config);
};

export * from "./recap.js";
export { default } from "./recap.js";
