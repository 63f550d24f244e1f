// Recap's highlighting engine in a Web Worker (started by highlight.js): the
// module core/recap_highlight_bg.wasm (Chroma's lexers and styles on the
// browser's RegExp), loaded when the first request arrives. One request at a
// time: { id, kind, code, lang, attributes, ordinal, config } →
// { id, html, truncated } or { id, error }. A block that runs too long is the
// page's to give up on: it terminates this worker and starts another.
import init, { highlightFence, highlightCode, lastTruncated } from "./core/recap_highlight.js";

let ready = null;

self.onmessage = async (event) => {
  const { id, kind, code, lang, attributes, ordinal, config } = event.data;
  try {
    // (A literal URL, so that bundlers emit the file.)
    ready ??= init({ module_or_path: new URL("./core/recap_highlight_bg.wasm", import.meta.url) });
    await ready;
    const html = kind === "fence" ? highlightFence(code, lang, attributes, ordinal, config) : highlightCode(code, lang, attributes, config);
    self.postMessage({ id, html, truncated: lastTruncated() });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
};
