// Recap for browsers, bundlers and Node: the WebAssembly core with a small,
// safe API around it. See recap.d.ts for the types and README.md for examples.
import * as core from "./core/recap_core.js";
import { installBridge, onHighlight } from "./highlight.js";

// Code blocks are highlighted by a worker started on the first one (highlight.js).
installBridge();

/** The compiled module, kept to re-instantiate after a crash. */
let compiled = null;
/** The in-flight or settled `init()` promises, shared by every caller: the
 * module without the site-template engine, and the one with it. */
let leanReady = null;
let fullReady = null;
/** Whether the current instance is usable. */
let alive = false;
/** Whether the instantiated module has the site-template engine. */
let engine = false;
/** Bumped at every (re-)instantiation; objects made before it are stale. */
let generation = 0;

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
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return WebAssembly.compile(input);
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

function instantiate(module) {
  core.__recap_reset();
  exports = core.initSync({ module });
  compiled = module;
  alive = true;
  engine = core.hasTemplates();
  generation += 1;
}

function isOptions(input) {
  return input !== null && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype && ("templates" in input || "module" in input);
}

/**
 * Loads and starts the WebAssembly module. Safe to call many times: every
 * caller shares the same promise. `input` is where the `.wasm` is (a URL,
 * Response, bytes or compiled module); by default, next to this file.
 *
 * The default module leaves out the engine for a site's own shortcode
 * templates (`recap.shortcodes`), ~27 KB brotli; `init({ templates: true })`
 * loads the module that has it (and replaces a smaller one already running;
 * renderers carry over, a mounted element is redrawn at its next update).
 * `init({ templates: true, module: input })` says where that module is.
 */
export default function init(input) {
  let templates = false;
  if (isOptions(input)) {
    templates = input.templates === true;
    input = input.module;
  }
  if (templates || fullReady) {
    if (!fullReady) {
      // (A literal URL, so that bundlers emit the file.)
      fullReady = compile(input ?? new URL("./core/recap_templates_bg.wasm", import.meta.url)).then(instantiate);
      fullReady.catch(() => {
        fullReady = null;
      });
    }
    return fullReady;
  }
  if (!leanReady) {
    // A module with the engine is never swapped for one without it.
    leanReady = compile(input ?? new URL("./core/recap_core_bg.wasm", import.meta.url)).then((module) => engine || instantiate(module));
    leanReady.catch(() => {
      leanReady = null;
    });
  }
  return leanReady;
}

/** Whether the running module has the engine for site shortcode templates. */
export function hasTemplates() {
  return engine;
}

/**
 * Whether `options` (a site config) has shortcode templates (`recap.shortcodes`,
 * keys in any case, as Hugo reads them), so needs `init({ templates: true })`.
 */
export function needsTemplates(options) {
  const key = (o, name) => o && typeof o === "object" && Object.keys(o).find((k) => k.toLowerCase() === name);
  const recap = key(options, "recap") && options[key(options, "recap")];
  const shortcodes = key(recap, "shortcodes") && recap[key(recap, "shortcodes")];
  return !!shortcodes && typeof shortcodes === "object" && Object.keys(shortcodes).length > 0;
}

/**
 * Starts the module synchronously from its bytes or compiled module (Node,
 * tests, workers), unless one is already running.
 */
export function initSync(input) {
  if (alive) return;
  const bytes = input && input.module !== undefined ? input.module : input;
  instantiate(bytes instanceof WebAssembly.Module ? bytes : new WebAssembly.Module(bytes));
  if (engine) fullReady = Promise.resolve();
  else leanReady = Promise.resolve();
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

/** Renders a post. Bad content never throws: problems are in `result.diagnostics`. */
export function render(source, options) {
  const json = optionsJson(options);
  return JSON.parse(guard(() => core.renderJson(String(source), json)));
}

/**
 * Reads a Hugo site config (hugo.yaml, hugo.toml, hugo.json — by `name`'s
 * extension, or guessed) into an options object. Throws with the line of a
 * syntax error, or the name of a bad option.
 */
export function parseConfig(text, name = "hugo.yaml") {
  return JSON.parse(guard(() => core.parseConfig(String(text), String(name))));
}

/** The version of the Rust crate inside. */
export function version() {
  return guard(() => core.version());
}

/** Renders posts with one site's options; can keep an element up to date. */
export class Renderer {
  #json;
  #core = null;
  #generation = -1;
  #element = null;
  #source = null;
  #stopListening = null;

  constructor(options) {
    this.#json = optionsJson(options);
    this.#ensure();
  }

  #ensure() {
    if (this.#core === null || this.#generation !== generation || !alive) {
      this.#core = guard(() => new core.RendererCore(this.#json));
      this.#generation = generation;
      if (this.#element) this.#core.mount(this.#element);
    }
    return this.#core;
  }

  /** Renders a post. */
  render(source) {
    return JSON.parse(guard(() => this.#ensure().render(String(source))));
  }

  /** Takes over `element`; `update(source)` then patches it in place. */
  mount(element) {
    if (!element || typeof element.appendChild !== "function") throw new TypeError("mount() needs a DOM element");
    this.#element = element;
    guard(() => this.#ensure().mount(element));
    // Highlighted blocks arriving from the worker: render the last source
    // again (only the blocks that changed are replaced).
    this.#stopListening ??= onHighlight(() => {
      if (this.#element && this.#source !== null) this.update(this.#source);
    });
  }

  /** Renders `source` into the mounted element, replacing only the blocks that changed. */
  update(source) {
    if (!this.#element) throw new Error("call mount(element) before update(source)");
    this.#source = String(source);
    return JSON.parse(guard(() => this.#ensure().update(this.#source)));
  }

  /** Frees the renderer's memory; the element keeps its content. */
  destroy() {
    if (this.#core && this.#generation === generation && alive) this.#core.free();
    this.#core = null;
    this.#element = null;
    this.#source = null;
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

/** Bytes of WebAssembly memory in use (for benchmarks and leak checks). */
export function memoryBytes() {
  return exports && exports.memory ? exports.memory.buffer.byteLength : 0;
}

/** For tests: makes the WebAssembly module trap. */
export function __crashForTests() {
  return guard(() => core.__crashForTests());
}
