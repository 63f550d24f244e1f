// Renders long posts off the page's main thread: recap.js's
// `Renderer#renderAsync` and `#updateAsync` send posts of `OFF_THREAD_LENGTH`
// or more here, so that rendering a multi-megabyte post never blocks the page.
// One worker per page, started by the first long post and given the module the
// page already compiled (no second download or compile). Code blocks are
// highlighted here, synchronously: the highlighting module (and, for a style
// other than the default, its chunk of styles) loads when the first post that
// needs it arrives (that post is then rendered again), so a result comes back
// complete.
//
// Messages: { id, renderer, source, page, options?, module?, emoji? } → { id, result }
// or { id, error }; { free: renderer } forgets a renderer. `options` (the
// Renderer's options or site bundle, as JSON text), `module` and the emoji
// table (when the page loaded it) come with a renderer's first request.
import { initSync, Renderer, __setEmoji } from "./recap.js";
import initHighlighting, * as highlighting from "./core/recap_highlight.js";

/** @type {Map<number, Renderer>} */
const renderers = new Map();
/** The highlighting module once loaded; null while it is not (or could not be). */
let highlighter = null;
/** Whether the other styles' chunk was added (only the default style is built in). */
let allStyles = false;
/** @type {Promise<void> | null} */
let loading = null;
/** Whether a code block asked for something not loaded yet during the current render. */
let asked = false;
/** Whether loading failed (code then stays plain). */
let failed = false;

// Replaces recap.js's bridge (which would start yet another worker and answer later).
globalThis.__recapHighlight = (kind, code, lang, attributes, ordinal, config) => {
  if (!highlighter) {
    asked = true;
    return undefined;
  }
  const answer = highlighter.answer(kind, code, lang, attributes, ordinal, config);
  // (undefined: the block's style is in the chunk of other styles.)
  if (answer === undefined && !allStyles) asked = true;
  return answer;
};

/** Loads what the last render asked for: the module, then the other styles. Code stays plain if it fails. */
function loadAsked() {
  // (Literal URLs, so that bundlers emit the files.)
  loading ??= (async () => {
    try {
      if (!highlighter) {
        await initHighlighting({ module_or_path: new URL("./core/recap_highlight_bg.wasm", import.meta.url) });
        highlighter = highlighting;
      } else if (!allStyles) {
        const response = await fetch(new URL("./core/recap_highlight_styles.txt", import.meta.url));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        highlighting.addStyles(await response.text());
        allStyles = true;
      }
    } catch (error) {
      console.warn("Recap: code stays plain in long posts; the highlighting module or its styles did not load:", error);
      failed = true;
    } finally {
      loading = null;
    }
  })();
  return loading;
}

self.onmessage = async ({ data }) => {
  if (data.free !== undefined) {
    renderers.get(data.free)?.destroy();
    renderers.delete(data.free);
    return;
  }
  const { id, renderer: key, source, page, options, module, emoji } = data;
  try {
    if (emoji !== undefined) __setEmoji(emoji);
    if (module) initSync({ module });
    if (options !== undefined) renderers.set(key, new Renderer(JSON.parse(options)));
    const renderer = renderers.get(key);
    if (!renderer) throw new Error("the render worker does not know this renderer");
    if (renderer.page !== (page ?? null)) renderer.page = page;
    asked = false;
    let result = renderer.render(source);
    // At most twice more: once the module is in, once the other styles are.
    for (let tries = 0; asked && !failed && tries < 2; tries++) {
      await loadAsked();
      asked = false;
      result = renderer.render(source);
    }
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
};
