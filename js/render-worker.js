// Renders long posts off the page's main thread: recap.js's
// `Renderer#renderAsync` and `#updateAsync` send posts of `OFF_THREAD_LENGTH`
// or more here, so that rendering a multi-megabyte post never blocks the page.
// One worker per page, started by the first long post and given the module the
// page already compiled (no second download or compile). Code blocks are
// highlighted here, synchronously: the highlighting module loads when the
// first post with code arrives (that post is then rendered once more), so a
// result comes back complete.
//
// Messages: { id, renderer, source, page, options?, module? } → { id, result }
// or { id, error }; { free: renderer } forgets a renderer. `options` (the
// Renderer's options or site bundle, as JSON text) and `module` come with a
// renderer's first request.
import { initSync, Renderer } from "./recap.js";
import initHighlighting, * as highlighting from "./core/recap_highlight.js";

/** @type {Map<number, Renderer>} */
const renderers = new Map();
/** The highlighting module once loaded; null while it is not (or could not be). */
let highlighter = null;
/** @type {Promise<void> | null} */
let loading = null;
/** Whether a code block asked for highlighting during the current render. */
let asked = false;

// Replaces recap.js's bridge (which would start yet another worker and answer later).
globalThis.__recapHighlight = (kind, code, lang, attributes, ordinal, config) => {
  if (!highlighter) {
    asked = true;
    return undefined;
  }
  return kind === "fence" ? highlighter.highlightFence(code, lang, attributes, ordinal, config) : highlighter.highlightCode(code, lang, attributes, config);
};

function loadHighlighting() {
  // (A literal URL, so that bundlers emit the file.)
  loading ??= initHighlighting({ module_or_path: new URL("./core/recap_highlight_bg.wasm", import.meta.url) }).then(
    () => void (highlighter = highlighting),
    (error) => console.warn("Recap: code stays plain in long posts; the highlighting module did not load:", error),
  );
  return loading;
}

self.onmessage = async ({ data }) => {
  if (data.free !== undefined) {
    renderers.get(data.free)?.destroy();
    renderers.delete(data.free);
    return;
  }
  const { id, renderer: key, source, page, options, module } = data;
  try {
    if (module) initSync({ module });
    if (options !== undefined) renderers.set(key, new Renderer(JSON.parse(options)));
    const renderer = renderers.get(key);
    if (!renderer) throw new Error("the render worker does not know this renderer");
    if (renderer.page !== (page ?? null)) renderer.page = page;
    asked = false;
    let result = renderer.render(source);
    if (asked && !highlighter) {
      await loadHighlighting();
      if (highlighter) result = renderer.render(source);
    }
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
};
