// Recap for browsers, bundlers and Node: the WebAssembly core with a small,
// safe API around it. See recap.d.ts for the types and README.md for examples.
import * as glue from "./core/recap_core.js";
import { installBridge, onHighlight, highlightIdle } from "./highlight.js";
import { prepareFragment as prepareLive, armFacades, SLICE_HTML, nextFrame } from "./dom-guard.js";

// Code blocks are highlighted by a worker started on the first one (highlight.js).
installBridge();

/**
 * wasm-bindgen's glue driving the running module. A glue holds one module for
 * good (in its module state), so a module with more (editing, the template
 * engine) replaces a running one through a copy of the same glue of its own,
 * core/recap_editing.js or core/recap_templates.js.
 */
let core = glue;
/** The running module. */
let compiled = null;
/**
 * The package's three modules, each with what the one before has: the default
 * (showing posts), editing (front matter checked, and an update re-renders
 * only the blocks an edit touched; the editor's), the site module (the engine
 * for a site's own templates, with editing). A page runs the most capable one
 * it asked for.
 */
const LEAN = 0;
const EDITING = 1;
const FULL = 2;
/** The in-flight or settled `init()` promise of each module, shared by every caller. */
const ready = [null, null, null];
/** Which of them is running (-1: none yet). */
let running = -1;
/** Whether the current instance is usable. */
let alive = false;
/** Bumped at every (re-)instantiation; objects made before it are stale. */
let generation = 0;
/**
 * `emojify`'s table (core/recap_emoji.tsv, 23 KB brotli) once loaded by
 * `init({ emoji: true })`: the site module does not build it in, and each of
 * its instances is given it as it starts.
 */
let emoji = null;
/** The table's load, in flight or done. */
let emojiReady = null;

/** Thrown when the WebAssembly module crashed; the next call starts a fresh one. */
export class RecapCrashError extends Error {
  constructor(cause) {
    super(`Recap's WebAssembly module crashed (${cause && cause.message}); it restarts on the next call`, { cause });
    this.name = "RecapCrashError";
  }
}

async function compile(input) {
  input = await input;
  if (input instanceof WebAssembly.Module) return input;
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return WebAssembly.compile(/** @type {BufferSource} */ (input));
  const response = input instanceof Response ? input : await fetch(input);
  if (!response.ok) throw new Error(`Recap could not load its WebAssembly module: HTTP ${response.status} for ${response.url}`);
  if (WebAssembly.compileStreaming && response.headers.get("Content-Type") === "application/wasm") {
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch {
      // A server with the wrong MIME type or an intermediary that recompresses: compile the bytes.
    }
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** The instance's exports (for its memory). */
let exports = null;

/**
 * Starts `module` in `glue` (or restarts the running one after a crash:
 * wasm-bindgen's reset); `glue` drives the calls from then on, once it started.
 */
function instantiate(module, glue = core) {
  if (module === compiled) glue.__wbg_reset_state();
  exports = glue.initSync({ module });
  core = glue;
  compiled = module;
  alive = true;
  running = core.hasTemplates() ? FULL : core.hasEditing() ? EDITING : LEAN;
  generation += 1;
  giveEmoji();
}

/** Gives the running module the emoji table, if there are both and it has templates. */
function giveEmoji() {
  if (emoji !== null && alive && running === FULL) core.addEmoji(emoji);
}

/**
 * Loads the emoji table once (a failed load is tried again at the next call).
 * A table that does not load is a warning, not a failed `init`: `emojify`
 * then says, in its template's diagnostics, that it has none.
 */
function loadEmoji() {
  if (emoji !== null) return Promise.resolve();
  emojiReady ??= (async () => {
    // (A literal URL, so that bundlers emit the file.)
    const response = await fetch(new URL("./core/recap_emoji.tsv", import.meta.url));
    if (!response.ok) throw new Error(`Recap could not load its emoji table: HTTP ${response.status} for ${response.url}`);
    emoji = await response.text();
    giveEmoji();
  })();
  return emojiReady.catch((error) => {
    emojiReady = null;
    console.warn("Recap: emojify has no table;", error.message);
  });
}

/** Sets the emoji table from its text (Node reads the file; the render worker is sent it). */
export function __setEmoji(text) {
  emoji = text;
  giveEmoji();
}

/**
 * Starts `module` (one of `tier`) unless one with as much runs already; in
 * the tier's own glue if the bundled one already holds a module.
 */
async function swapIn(module, tier) {
  if (tier <= running) return;
  const glue = compiled && module !== compiled ? await (tier === FULL ? import("./core/recap_templates.js") : import("./core/recap_editing.js")) : core;
  // (Another swap may have finished while that glue loaded: never go down.)
  if (tier <= running) return;
  instantiate(module, glue);
  if (running < tier) {
    console.warn(`Recap: the module given to init() for ${tier === FULL ? "templates" : "editing"} does not have it; it runs as it is`);
  }
}

function isOptions(input) {
  return (
    input !== null &&
    typeof input === "object" &&
    Object.getPrototypeOf(input) === Object.prototype &&
    ("templates" in input || "editing" in input || "module" in input || "emoji" in input)
  );
}

/** Where each module is by default. (Literal URLs, so that bundlers emit the files.) */
function moduleUrl(tier) {
  if (tier === FULL) return new URL("./core/recap_templates_bg.wasm", import.meta.url);
  if (tier === EDITING) return new URL("./core/recap_editing_bg.wasm", import.meta.url);
  return new URL("./core/recap_core_bg.wasm", import.meta.url);
}

/**
 * Loads and starts the WebAssembly module. Safe to call many times: every
 * caller shares the same promise. `input` is where the `.wasm` is (a URL,
 * Response, bytes or compiled module); by default, next to this file.
 *
 * The default module leaves out the engine for a site's own shortcode
 * templates (`recap.shortcodes`), the checks of front matter against Hugo's
 * fields and the site's schema, and the code that lets an update re-render
 * only the blocks an edit touched (the README's size table has what each
 * module weighs): a page that shows posts needs none of them.
 * `init({ editing: true })` loads the module with the checks and partial
 * updates (what the editor uses: every problem of the front matter marked, and
 * a keystroke in a long post costs in proportion to the edit),
 * `init({ templates: true })` the one with all three, and
 * `init({ templates: true, emoji: true })` with `emojify`'s table too. A
 * module with more replaces a smaller one already running (renderers carry
 * over, a mounted element is redrawn at its next update) and is never
 * replaced by one with less. `init({ editing: true, module: input })` says
 * where that module is.
 */
export default function init(input) {
  let tier = LEAN;
  let withEmoji = false;
  if (isOptions(input)) {
    withEmoji = input.emoji === true;
    tier = input.templates === true || withEmoji ? FULL : input.editing === true ? EDITING : LEAN;
    input = input.module;
  }
  const started = start(tier, input);
  return withEmoji ? Promise.all([started, loadEmoji()]).then(() => {}) : started;
}

/** The module of `tier` (from `input`), or one with more, loaded and running. */
function start(tier, input) {
  // One with as much, already there or on its way, serves.
  for (let t = FULL; t > tier; t--) if (ready[t]) return ready[t];
  if (!ready[tier]) {
    const loading = compile(input ?? moduleUrl(tier)).then((module) => swapIn(module, tier));
    ready[tier] = loading;
    loading.catch(() => {
      if (ready[tier] === loading) ready[tier] = null;
    });
  }
  return ready[tier];
}

/** Whether the running module has the engine for site shortcode templates. */
export function hasTemplates() {
  return running === FULL;
}

/** Whether the running module checks front matter and its updates re-render only the blocks an edit touched (`init({ editing: true })`). */
export function hasEditing() {
  return running >= EDITING;
}

/**
 * Whether `options` needs `init({ templates: true })`: a site bundle always
 * does (the site model comes with the template engine), a site config when it
 * has shortcode templates (`recap.shortcodes`, keys in any case, as Hugo reads them).
 */
export function needsTemplates(options) {
  if (isSiteBundle(options)) return true;
  const shortcodes = recapOption(options, "shortcodes");
  return !!shortcodes && typeof shortcodes === "object" && Object.keys(shortcodes).length > 0;
}

/**
 * Whether `options` needs `init({ editing: true })` (or the site module): a
 * config with a front-matter schema (`recap.schema`), which only they check.
 */
export function needsEditing(options) {
  return needsTemplates(options) || recapOption(options, "schema") != null;
}

/**
 * Whether a site bundle's templates (its layouts, and the shortcode templates
 * its config may hold: every file outside `content/`), or the shortcode
 * templates of `options`, call `emojify` (or `transform.Emojify`): then
 * `init({ templates: true, emoji: true })` loads the table it needs. (Go
 * templates name the functions they call, so the text tells; an inline
 * shortcode in a post is not looked at.)
 */
export function needsEmoji(options) {
  const calls = (text) => typeof text === "string" && /\bemojify\b|\.Emojify\b/.test(text);
  if (isSiteBundle(options)) {
    const files = options.files || {};
    return Object.keys(files).some((path) => !path.startsWith("content/") && calls(files[path]));
  }
  const shortcodes = recapOption(options, "shortcodes");
  return !!shortcodes && typeof shortcodes === "object" && Object.values(shortcodes).some(calls);
}

/** `options.recap[name]`, keys in any case, as Hugo reads them. */
function recapOption(options, name) {
  const key = (o, k) => o && typeof o === "object" && Object.keys(o).find((x) => x.toLowerCase() === k);
  const recap = key(options, "recap") && options[key(options, "recap")];
  return key(recap, name) ? recap[key(recap, name)] : undefined;
}

/**
 * Starts the module synchronously from its bytes or compiled module (Node,
 * tests, workers), unless one is already running (after a crash: restarts it).
 */
export function initSync(input) {
  if (alive) return;
  if (compiled) {
    instantiate(compiled);
    return;
  }
  const bytes = input && input.module !== undefined ? input.module : input;
  instantiate(bytes instanceof WebAssembly.Module ? bytes : new WebAssembly.Module(bytes));
  ready[running] = Promise.resolve();
}

function report(error) {
  console.error("Recap: the WebAssembly module crashed and will be restarted on the next call.", error);
  if (typeof globalThis.dispatchEvent === "function" && typeof CustomEvent === "function") {
    globalThis.dispatchEvent(new CustomEvent("recap-crash", { detail: { error } }));
  }
}

/** Runs a call into the core; a trap is reported and the module replaced before the next call. */
function guard(call) {
  if (!alive) {
    if (!compiled) throw new Error("Recap is not ready: await init() before calling it");
    instantiate(compiled);
  }
  try {
    return call();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      alive = false;
      report(error);
      throw new RecapCrashError(error);
    }
    throw error;
  }
}

function optionsJson(options) {
  if (options === undefined || options === null) return "{}";
  if (typeof options !== "object" || Array.isArray(options)) throw new TypeError("Recap options must be an object shaped like a Hugo site config");
  return JSON.stringify(options);
}

/**
 * Decodes UTF-8. (Safari's decoder fails after 2 GiB through one instance,
 * so a new one takes over before that, as wasm-bindgen's glue does for its own.)
 */
const SAFARI_DECODE_BYTES = 2146435072;
let utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
let decoded = 0;
function decodeUtf8(bytes) {
  decoded += bytes.length;
  if (decoded >= SAFARI_DECODE_BYTES) {
    utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
    decoded = bytes.length;
  }
  return utf8.decode(bytes);
}

/**
 * A render result from the core, `length` bytes of text at `resultAt()` in
 * the module's memory, read before anything else calls into the module
 * (src/js.rs says why it is so): JSON without the blocks' HTML, a newline,
 * then the HTML of each block that has an HTML length, one after another.
 * That HTML comes in `segments` (byte lengths, at block ends): runs of
 * blocks that are all ASCII, which decode into strings of one byte a
 * character (one character past Latin-1 makes all of a decoded text two
 * bytes a character, 2.5 times slower), and runs of blocks that are not;
 * each is decoded on its own, and each block's `html` is a slice of its run's
 * string. `html`, the whole, is the runs joined (a string the engine makes
 * flat when it is first read), and so is the summary when the head gives
 * `summaryAt` and `summaryEnd` (UTF-16 offsets) instead of `summaryHtml`.
 * `blocks` comes flat, four values a block: key, start line, end line, the
 * length of its HTML in UTF-16 units (-1 for an update's block that
 * JavaScript has already, which gets no `html`).
 * @param {number} length
 */
function decodeResult(length) {
  const bytes = new Uint8Array(exports.memory.buffer, core.resultAt(), length);
  const cut = bytes.indexOf(10);
  // (The summary's offsets are taken off by destructuring: on this path, for
  // every render, `delete` would leave the result an object slow to read.)
  const { summaryAt, summaryEnd, segments, ...result } = JSON.parse(decodeUtf8(bytes.subarray(0, cut)));
  const parts = [];
  let html = "";
  for (let i = 0, from = cut + 1; i < segments.length; from += segments[i++]) {
    const part = decodeUtf8(bytes.subarray(from, from + segments[i]));
    parts.push(part);
    html += part;
  }
  const flat = result.blocks;
  const blocks = new Array(flat.length / 4);
  // The run the next block's HTML is in, and where in it.
  let part = 0;
  let at = 0;
  for (let i = 0, j = 0; i < flat.length; i += 4, j++) {
    const key = flat[i];
    const startLine = flat[i + 1];
    const endLine = flat[i + 2];
    const units = flat[i + 3];
    if (units <= 0) {
      blocks[j] = units < 0 ? { key, startLine, endLine } : { key, startLine, endLine, html: "" };
      continue;
    }
    while (at === parts[part].length && part + 1 < parts.length) {
      part += 1;
      at = 0;
    }
    blocks[j] = { key, startLine, endLine, html: parts[part].slice(at, (at += units)) };
  }
  result.blocks = blocks;
  if (summaryEnd !== undefined) result.summaryHtml = sliceRuns(parts, summaryAt, summaryEnd);
  result.html = html;
  return result;
}

/** `from..to` (UTF-16 offsets) of the strings `parts` joined, without joining them. */
function sliceRuns(parts, from, to) {
  let out = "";
  let start = 0;
  for (const part of parts) {
    const end = start + part.length;
    if (end > from && start < to) out += part.slice(Math.max(from - start, 0), Math.min(to, end) - start);
    if (end >= to) break;
    start = end;
  }
  return out;
}

/** Renders a post. Bad content never throws: problems are in `result.diagnostics`. */
export function render(source, options) {
  if (isSiteBundle(options)) return siteRenderer(options).render(source);
  return plainRenderer(options).render(source);
}

/**
 * The renderers `render(source, options)` uses, by the options' JSON, the
 * least recently used first. Preparing one (reading the options, compiling
 * the front-matter schema) cost 18 µs of a 42 µs call on a short post in
 * Chromium, paid again for each post of a list: 30 posts took 14.7 ms, with
 * one renderer 13.7 ms. Keyed by the JSON, so that options changed between
 * calls take effect.
 */
const PLAIN_RENDERERS_KEPT = 4;
const plainRenderers = new Map();
function plainRenderer(options) {
  const json = optionsJson(options);
  let renderer = plainRenderers.get(json);
  if (renderer) plainRenderers.delete(json);
  else renderer = new Renderer(options);
  plainRenderers.set(json, renderer);
  if (plainRenderers.size > PLAIN_RENDERERS_KEPT) plainRenderers.delete(plainRenderers.keys().next().value);
  return renderer;
}

/** One renderer per site bundle object, for `render(source, bundle)`. */
const siteRenderers = new WeakMap();
function siteRenderer(bundle) {
  let r = siteRenderers.get(bundle);
  if (!r) siteRenderers.set(bundle, (r = new Renderer(bundle)));
  return r;
}

/**
 * Reads a Hugo site config (hugo.yaml, hugo.toml, hugo.json — by `name`'s
 * extension, or guessed) into an options object. Throws with the line of a
 * syntax error, or the name of a bad option.
 */
export function parseConfig(text, name = "hugo.yaml") {
  return JSON.parse(guard(() => core.parseConfig(String(text), String(name))));
}

/**
 * Where each front-matter field of `source` is, for editing it in place:
 * `{ format, valid, content, fields: [{ path, key, value, kind, scalar, quoted }] }`
 * with spans as UTF-16 `{ start, end }` offsets. In the editing module
 * (`init({ editing: true })`) and the site module; the default one throws.
 */
export function frontMatterFields(source) {
  return JSON.parse(guard(() => core.frontMatterFields(String(source))));
}

/** The version of the Rust crate inside. */
export function version() {
  return guard(() => core.version());
}

/** Whether `value` is a site bundle made by `recap pack` (rather than options). */
export function isSiteBundle(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && "recapSite" in value;
}

/**
 * Fetches a site bundle made by `recap pack` (`recap pack -o site.json`),
 * for `new Renderer(site)`, `<recap-post site>` and `mountEditor(el, { site })`.
 * Throws with a message saying what is wrong with a file that is not one.
 */
export async function loadSite(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Recap could not load the site bundle: HTTP ${response.status} for ${response.url || url}`);
  let bundle;
  try {
    bundle = JSON.parse(await response.text());
  } catch (e) {
    throw new Error(`${url} is not a Recap site bundle: it is not JSON (${e.message}); make one with \`recap pack\``, { cause: e });
  }
  if (!isSiteBundle(bundle)) throw new Error(`${url} is not a Recap site bundle (it has no \`recapSite\` format number); make one with \`recap pack\``);
  return bundle;
}

// ---- Long posts off the main thread (js/render-worker.js) ----

/**
 * Posts at least this long (in UTF-16 code units) are rendered in a worker by
 * `Renderer#renderAsync` and `#updateAsync` (the widget and the editor use
 * them): those whose render would be a long task (50 ms, the Long Tasks API's
 * threshold). Measured in Chromium on the seed's text repeated (tools/bench):
 * about 12 ms for 128 KB, 95 ms for 1 MB, 380 ms for 4 MB. Below it a render
 * on the page's thread is quicker than the worker's round trip (the posted
 * text, the result's blocks back): at 128 KB, a key typed in a 200 KB post took
 * 150 ms to show (p50) through the worker, against ~11 ms to render here.
 */
export const OFF_THREAD_LENGTH = 512 * 1024;
/** How long one render may take in the worker before it is given up on (the worker is replaced). */
export const OFF_THREAD_TIME_LIMIT_MS = 20_000;

/** @type {Worker | null} */
let renderWorker = null;
/** Whether the worker's module has the site-template engine. */
let renderWorkerEngine = false;
/** Renderers (by id) the worker has options for. */
const renderWorkerKnows = new Set();
/** Whether the worker was sent the emoji table. */
let renderWorkerHasEmoji = false;
/** @type {Map<number, { resolve: (r: any) => void, reject: (e: Error) => void, timer: any }>} */
const offThreadPending = new Map();
let nextOffThreadId = 1;
let nextRendererId = 1;

/** Ends the worker; requests in flight fail with `error`. */
function stopRenderWorker(error) {
  renderWorker?.terminate();
  renderWorker = null;
  renderWorkerKnows.clear();
  renderWorkerHasEmoji = false;
  for (const { reject, timer } of offThreadPending.values()) {
    clearTimeout(timer);
    reject(error);
  }
  offThreadPending.clear();
}

function renderWorkerFor() {
  // A page that loaded the site-template engine after the worker started needs a worker with it.
  if (renderWorker && renderWorkerEngine !== hasTemplates() && offThreadPending.size === 0) stopRenderWorker(new Error("restarted"));
  if (!renderWorker) {
    // (A literal URL, so that bundlers emit the file.)
    const w = new Worker(new URL("./render-worker.js", import.meta.url), { type: "module" });
    w.onmessage = ({ data }) => {
      const pending = offThreadPending.get(data.id);
      if (!pending) return;
      offThreadPending.delete(data.id);
      clearTimeout(pending.timer);
      if (data.error !== undefined) pending.reject(new Error(`Recap could not render the post: ${data.error}`));
      else pending.resolve(data.result);
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      stopRenderWorker(new Error(`Recap's render worker failed: ${event.message || "it could not start"}`));
    };
    renderWorker = w;
    renderWorkerEngine = hasTemplates();
  }
  return renderWorker;
}

/** Whether `text` is rendered off the main thread here. */
function offThread(text) {
  return text.length >= OFF_THREAD_LENGTH && typeof Worker === "function" && typeof document !== "undefined" && compiled !== null;
}

/** Renders posts with one site's options (or a whole site); can keep an element up to date. */
export class Renderer {
  #json;
  #site;
  #page = null;
  #core = null;
  #generation = -1;
  #element = null;
  #source = null;
  /** The source the last `update` rendered (the core's edit memory holds it). */
  #rendered = null;
  #stopListening = null;
  /** This renderer's name in the render worker. */
  #id = nextRendererId++;
  /** Bumped by every update: an off-thread result older than the last update is dropped. */
  #ticket = 0;
  /** The blocks the mounted element shows; their keys as a set only when `updateAsync` asks. */
  #shownBlocks = [];
  /** The blocks the last `update` returned (the next update's result says what changed since). */
  #given = [];
  /** Which update of the core `#given` is from (0: none). */
  #givenSerial = 0;
  #shownKeys = null;

  /**
   * `options` is shaped like a Hugo site config, or is a site bundle made by
   * `recap pack` (the site's config, layouts, data and pages); with a bundle,
   * set `page` to the post's content path for its section, permalink and
   * section-scoped templates.
   */
  constructor(options) {
    this.#site = isSiteBundle(options);
    this.#json = this.#site ? JSON.stringify(options) : optionsJson(options);
    this.#ensure();
  }

  /** The content path posts render at (`blog/post.md`, relative to the site's `content/`), or null. */
  get page() {
    return this.#page;
  }
  set page(path) {
    this.#page = path ? String(path) : null;
    guard(() => this.#ensure().setPage(this.#page ?? undefined));
  }

  #ensure() {
    if (this.#core === null || this.#generation !== generation || !alive) {
      this.#core = guard(() => (this.#site ? core.RendererCore.forSite(this.#json) : new core.RendererCore(this.#json)));
      this.#generation = generation;
      this.#rendered = null;
      if (this.#page) this.#core.setPage(this.#page);
      if (this.#element) {
        this.#core.mount(this.#element, prepareMounted);
        this.#showing([]);
      }
    }
    return this.#core;
  }

  /** Renders a post. */
  render(source) {
    return decodeResult(guard(() => this.#ensure().render(String(source))));
  }

  /** Takes over `element`; `update(source)` then patches it in place. */
  mount(element) {
    if (!element || typeof element.appendChild !== "function") throw new TypeError("mount() needs a DOM element");
    this.#element = element;
    this.#showing([]);
    guard(() => this.#ensure().mount(element, prepareMounted));
    armFacades(element);
    // Highlighted blocks arriving from the worker: render the last source
    // again (only the blocks that changed are replaced). When the last update
    // rendered it here, in part, the core only puts the answers in place of
    // the plain code, however long the post: no need for the render worker.
    this.#stopListening ??= onHighlight(() => {
      if (!this.#element || this.#source === null) return;
      if (this.#rendered !== this.#source || !guard(() => this.#ensure().lastWasPartial())) {
        this.updateAsync(this.#source).catch((error) => console.error("Recap:", error));
        return;
      }
      try {
        this.update(this.#source);
      } catch (error) {
        console.error("Recap:", error);
      }
    });
  }

  /** How many embeds this renderer's DOM paths keep live at once (`recap: maxLiveEmbeds`). */
  get maxLiveEmbeds() {
    return guard(() => this.#ensure().maxLiveEmbeds());
  }

  /** Renders `source` into the mounted element, replacing only the blocks that changed. */
  update(source) {
    if (!this.#element) throw new Error("call mount(element) before update(source)");
    this.#ticket += 1;
    this.#source = String(source);
    const result = decodeResult(guard(() => this.#ensure().update(this.#source, this.#givenSerial)));
    this.#rendered = this.#source;
    // The core gives what changed since the last update (an edit of a long
    // post crosses as a few hundred bytes): the first `prefix` blocks are the
    // last update's, as are the last `suffix`, each `shift` lines on; between
    // them, the blocks the core sent, some without the HTML the last update had.
    // (`#givenSerial` tells the core which of its updates JavaScript put
    // together last; if not its last, the core sends every block whole.)
    const { keep } = result;
    delete result.keep;
    const last = keep.of === 0 ? [] : this.#given;
    if (keep.of !== last.length) throw new Error(`Recap: the core gave blocks for ${keep.of} blocks before, not ${last.length}`);
    let byKey = null;
    for (const block of result.blocks) {
      if (block.html !== undefined) continue;
      byKey ??= new Map(last.map((b) => [b.key, b.html]));
      const html = byKey.get(block.key);
      if (html === undefined) throw new Error(`Recap: block ${block.key} came without its HTML`);
      block.html = html;
    }
    const blocks = last.slice(0, keep.prefix);
    for (const block of result.blocks) blocks.push(block);
    for (let i = last.length - keep.suffix; i < last.length; i++) {
      const b = last[i];
      blocks.push(keep.shift === 0 ? b : { key: b.key, startLine: b.startLine + keep.shift, endLine: b.endLine + keep.shift, html: b.html });
    }
    // (A copy for the caller: what it does to its array is not the next update's business.)
    result.blocks = blocks.slice();
    this.#given = blocks;
    this.#givenSerial = keep.given;
    // The HTML as a whole, joined when it is first read (a long post's is hundreds of KB).
    let html = null;
    Object.defineProperty(result, "html", { get: () => (html ??= blocks.map((b) => b.html).join("")), enumerable: true, configurable: true });
    this.#showing(result.blocks);
    return result;
  }

  /**
   * Renders a post as `render` does; a long one (`OFF_THREAD_LENGTH` or more)
   * in a worker, so that the page stays responsive while it renders.
   * @param {string} source
   */
  renderAsync(source) {
    const text = String(source);
    if (!offThread(text)) {
      try {
        return Promise.resolve(this.render(text));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return this.#renderOffThread(text);
  }

  /**
   * As `update(source)`, with a long post rendered in a worker: resolves with
   * the result once the element shows it, or with `null` if a later update
   * came first (its post is the one shown).
   * @param {string} source
   */
  async updateAsync(source) {
    if (!this.#element) throw new Error("call mount(element) before updateAsync(source)");
    const text = String(source);
    if (!offThread(text)) return this.update(text);
    const ticket = ++this.#ticket;
    this.#source = text;
    const result = await this.#renderOffThread(text);
    if (ticket !== this.#ticket || !this.#element) return null;
    // The blocks go in as slices of at most SLICE_HTML of new HTML, a frame
    // apart: a whole long post put in at once (opening one) would block the
    // page for as long as its HTML takes to parse. An edit is one slice. Blocks
    // the element already shows cross into wasm without their HTML.
    const { blocks } = result;
    const shown = () => (this.#shownKeys ??= new Set(this.#shownBlocks.map((b) => b.key)));
    const patch = { inserted: 0, moved: 0, removed: 0, kept: 0 };
    for (let end = 0; end < blocks.length || end === 0; ) {
      let fresh = 0;
      let next = end;
      while (next < blocks.length && (fresh < SLICE_HTML || next === end)) {
        if (!shown().has(blocks[next].key)) fresh += blocks[next].html.length;
        next += 1;
      }
      const slice = blocks.slice(0, next).map((b) => (shown().has(b.key) ? { key: b.key, startLine: b.startLine, endLine: b.endLine } : b));
      const counts = JSON.parse(guard(() => this.#ensure().applyBlocks(JSON.stringify({ blocks: slice }))));
      this.#showing(slice);
      patch.inserted += counts.inserted;
      patch.moved += counts.moved;
      patch.removed += counts.removed;
      patch.kept = counts.kept;
      end = next;
      if (end >= blocks.length) break;
      await nextFrame();
      if (ticket !== this.#ticket || !this.#element) return null;
    }
    result.patch = patch;
    return result;
  }

  /** Records what the mounted element shows now. */
  #showing(blocks) {
    this.#shownBlocks = blocks;
    this.#shownKeys = null;
  }

  #renderOffThread(text) {
    const worker = renderWorkerFor();
    const id = nextOffThreadId++;
    /** @type {any} */
    const message = { id, renderer: this.#id, source: text, page: this.#page };
    if (!renderWorkerKnows.has(this.#id)) {
      message.options = this.#json;
      message.module = compiled;
      renderWorkerKnows.add(this.#id);
    }
    if (emoji !== null && !renderWorkerHasEmoji) {
      message.emoji = emoji;
      renderWorkerHasEmoji = true;
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stopRenderWorker(new Error(`Recap gave up rendering a ${Math.round(text.length / 1024)} KB post after ${OFF_THREAD_TIME_LIMIT_MS / 1000} s`));
      }, OFF_THREAD_TIME_LIMIT_MS);
      offThreadPending.set(id, { resolve, reject, timer });
      worker.postMessage(message);
    });
  }

  /** Frees the renderer's memory; the element keeps its content. */
  destroy() {
    if (renderWorkerKnows.delete(this.#id)) renderWorker?.postMessage({ free: this.#id });
    this.#ticket += 1;
    if (this.#core && this.#generation === generation && alive) this.#core.free();
    this.#core = null;
    this.#element = null;
    this.#source = null;
    this.#rendered = null;
    this.#given = [];
    this.#givenSerial = 0;
    this.#showing([]);
    this.#stopListening?.();
    this.#stopListening = null;
  }
}

/** Renders `source` into `element` once. */
export function renderInto(element, source, options) {
  const renderer = new Renderer(options);
  try {
    renderer.mount(element);
    return renderer.update(source);
  } finally {
    renderer.destroy();
  }
}

// ---- Live DOM: embeds and the page's names (js/dom-guard.js) ----

/** The hook the DOM patcher calls on each new block, still inert, with the live-embed allowance. */
function prepareMounted(fragment, liveEmbeds, prefix) {
  return prepareLive(fragment, { liveEmbeds, prefix, styled: true });
}

/**
 * Makes an inert fragment of Recap's HTML (a `<template>`'s content made from
 * `result.html`) ready for the page, as `renderInto` and `Renderer` do: embeds
 * past `liveEmbeds` (default: `recap: maxLiveEmbeds`'s default, 20) become
 * click-to-load facades, and ids and names that would take over what the page
 * added to `document` or forms are prefixed. Call `armFacades(container)` once
 * for the facades to play. Returns how many embeds stayed live.
 * @param {DocumentFragment} fragment
 * @param {{ liveEmbeds?: number, styled?: boolean }} [options]
 */
export function prepareFragment(fragment, { liveEmbeds, styled = true } = {}) {
  const [limit, prefix] = guard(() => [liveEmbeds ?? core.defaultLiveEmbeds(), core.clobberPrefix()]);
  return prepareLive(fragment, { liveEmbeds: limit, prefix, styled });
}

export { armFacades };

/** Bytes of WebAssembly memory in use (for benchmarks and leak checks). */
export function memoryBytes() {
  return exports && exports.memory ? exports.memory.buffer.byteLength : 0;
}

// For the package's own modules (element.js) and its benchmarks, not API: the
// package ships recap.js bundled with highlight.js and dom-guard.js, so these
// share its state only when taken from here.
export { onHighlight as __onHighlight, highlightIdle as __highlightIdle, SLICE_HTML as __SLICE_HTML, nextFrame as __nextFrame };

/** For tests: makes the WebAssembly module trap. */
export function __crashForTests() {
  return guard(() => core.__crashForTests());
}
