// Recap's highlighting engine in a Web Worker (started by highlight.js): the
// module core/recap_highlight_bg.wasm (Chroma's lexers and styles on the
// browser's RegExp), loaded when the first request arrives. One request at a
// time: { id, kind, code, lang, attributes, ordinal, config } →
// { id, answer } (the module's `answer`: the block's HTML, or { html, problem })
// or { id, error }, after { id, running: true } each time the module starts on
// the block (what it loaded first is not the block's time). A block that runs too long is the
// page's to give up on: it terminates this worker and starts another. Only the
// default style and the built-in lexers' registry entries are in the module: a
// block in another style, or in a language outside them, answers undefined
// until the styles chunk (the other styles and the full registry) is fetched
// (once) and added.
import init, { answer, addStyles } from "./core/recap_highlight.js";

let ready = null;
let styles = null;

self.onmessage = async (event) => {
  const { id, kind, code, lang, attributes, ordinal, config } = event.data;
  try {
    // (A literal URL, so that bundlers emit the file.)
    ready ??= init({ module_or_path: new URL("./core/recap_highlight_bg.wasm", import.meta.url) });
    await ready;
    const run = () => {
      self.postMessage({ id, running: true });
      return answer(kind, code, lang, attributes, ordinal, config);
    };
    let result = run();
    if (result === undefined) {
      styles ??= fetch(new URL("./core/recap_highlight_styles.txt", import.meta.url))
        .then((r) => {
          if (!r.ok) throw new Error(`the highlighting styles failed to load (${r.status})`);
          return r.text();
        })
        .catch((error) => {
          // (Tried again for the next block that needs them.)
          styles = null;
          throw error;
        });
      addStyles(await styles);
      result = run();
    }
    if (result === undefined) throw new Error("the highlighting module has no answer for this block");
    self.postMessage({ id, answer: result });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
};
