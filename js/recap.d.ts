// Types for recap.js. The result and option shapes are generated from the Rust
// that produces them (src/wasm/mod.rs) into core/recap_core.d.ts.
import type { RenderResult, RecapOptions } from "./core/recap_core.js";
export type { Diagnostic, Block, RenderResult, RecapOptions } from "./core/recap_core.js";

/** Where the `.wasm` is: a URL, a Response, its bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Which module `init` loads, and from where. */
export interface InitOptions {
  /**
   * Load the module with the engine for a site's own shortcode templates
   * (`recap.shortcodes`) and a site's layouts (it has `editing` too; the
   * README's size table says what each module weighs); it replaces a smaller module already running. Existing
   * renderers carry over (a mounted element is redrawn once, at its next update).
   */
  templates?: boolean;
  /**
   * Load the module with what an author needs beyond showing posts: front
   * matter checked against Hugo's fields and the site's schema (`recap.schema`;
   * the diagnostics the editor marks), and a `Renderer#update` that re-renders
   * only the blocks an edit touched (an editor's keystroke in a long post then
   * costs in proportion to the edit). The default module, which shows posts,
   * checks no front matter (its syntax errors are still reported) and renders
   * the whole post at every update. It replaces the default module if that one
   * runs; the HTML is the same either way.
   */
  editing?: boolean;
  /**
   * Load the site module (as `templates`) and the table `emojify` needs
   * (core/recap_emoji.tsv, 23 KB brotli), which that module does not build
   * in; `needsEmoji(site)` says whether a site's templates call it. Without
   * the table, `emojify` fails with a message that says so; a table that
   * does not load is a console warning, not a failed `init`.
   */
  emoji?: boolean;
  /** Where that module is; by default next to recap.js. */
  module?: InitInput | Promise<InitInput>;
}

/**
 * Loads and starts the WebAssembly module; idempotent, every caller shares one
 * promise. By default the module for showing posts (no site-template engine,
 * no front-matter checks, no partial re-rendering of edits).
 */
export default function init(input?: InitInput | Promise<InitInput> | InitOptions): Promise<void>;

/** Whether the running module has the engine for site shortcode templates. */
export function hasTemplates(): boolean;

/** Whether the running module checks front matter and its `Renderer#update` re-renders only the blocks an edit touched (`init({ editing: true })`, or the site module). */
export function hasEditing(): boolean;

/** Whether `options` needs `init({ templates: true })`: always for a site bundle, for a config when it has shortcode templates. */
export function needsTemplates(options?: RecapOptions | SiteBundle): boolean;

/** Whether a site bundle's layouts (or the shortcode templates of `options`) call `emojify`: then load with `init({ templates: true, emoji: true })`. */
export function needsEmoji(options?: RecapOptions | SiteBundle): boolean;

/** Whether `options` needs `init({ editing: true })` or more: a config with a front-matter schema (`recap.schema`), or one that needs templates. */
export function needsEditing(options?: RecapOptions | SiteBundle): boolean;

/** A Hugo site as one JSON document, made by `recap pack`: its config, layouts, data, text assets and pages' front matter. */
export interface SiteBundle {
  /** The bundle format's version; a Renderer refuses another with a message saying so. */
  recapSite: number;
  generator?: string;
  environment?: string;
  /** Files by path relative to the site: text, or `{ size }` for a file known by size only. */
  files: Record<string, string | { size: number }>;
}

/** Whether `value` is a site bundle (rather than options). */
export function isSiteBundle(value: unknown): value is SiteBundle;

/** Fetches a site bundle made by `recap pack`; throws with a message saying what is wrong otherwise. */
export function loadSite(url: string | URL): Promise<SiteBundle>;

/** Starts the module synchronously from its bytes or compiled module, unless one is running. */
export function initSync(input: BufferSource | WebAssembly.Module | { module: BufferSource | WebAssembly.Module }): void;

/** Renders a post. Bad content never throws; invalid options throw a TypeError or Error naming the option. */
export function render(source: string, options?: RecapOptions): RenderResult;

/** Renders `source` into `element` once. */
export function renderInto(element: Element, source: string, options?: RecapOptions): RenderResult & { patch: PatchCounts };

/** Reads a Hugo site config's text (YAML, TOML or JSON, by `name`'s extension) into options. */
export function parseConfig(text: string, name?: string): RecapOptions;

/** A UTF-16 range of the post's source, for `String.slice` and editors. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** A front-matter field or list item, located. */
export interface FrontMatterField {
  /** Keys from the top, with list indices as strings: `["params", "author"]`, `["tags", "1"]`. */
  path: string[];
  /** The key's text (null for a list item). */
  key: SourceSpan | null;
  /** The value's text, as written (quotes included). */
  value: SourceSpan;
  kind: "map" | "seq" | "scalar";
  /** A scalar's value (null for maps and lists). */
  scalar: string | number | boolean | null;
  /** Whether the scalar was quoted. */
  quoted: boolean;
}

/** A post's front matter, located for editing in place. */
export interface FrontMatterFields {
  format: "yaml" | "toml" | "json" | "org" | null;
  /** False when the front matter does not parse (then `fields` is empty). */
  valid: boolean;
  /** The text between the delimiters (JSON: with its braces). */
  content: SourceSpan;
  /** Every field and list item in source order, a parent before its children. */
  fields: FrontMatterField[];
}

/**
 * Where each front-matter field of `source` is: for forms that edit the text in place, keeping the rest as written.
 * Needs the editing module (`init({ editing: true })`) or the site module; the default module throws.
 */
export function frontMatterFields(source: string): FrontMatterFields;

/** Bytes of WebAssembly memory in use (for benchmarks and leak checks). */
export function memoryBytes(): number;

/** @internal Sets `emojify`'s table from its text (node.js, the render worker). */
export function __setEmoji(text: string): void;
/** @internal For the package's own modules: calls `listener` when highlighting answers arrive; returns an unsubscribe function. */
export function __onHighlight(listener: () => void): () => boolean;
/** @internal For the package's benchmarks: whether no highlighting request is waiting. */
export function __highlightIdle(): boolean;
/** @internal For the package's own modules: the HTML a slice of blocks holds before the next frame. */
export const __SLICE_HTML: number;
/** @internal For the package's own modules: resolves at the next animation frame. */
export function __nextFrame(): Promise<void>;

/** The version of the Rust crate inside. */
export function version(): string;

/** What `update` did to the DOM. */
export interface PatchCounts {
  inserted: number;
  moved: number;
  removed: number;
  kept: number;
}

/** Renders posts with one site's options, and keeps a mounted element up to date. */
export class Renderer {
  /** A renderer for options shaped like a Hugo site config, or for a whole site (a `recap pack` bundle). */
  constructor(options?: RecapOptions | SiteBundle);
  /** With a site: the content path posts render at (`blog/post.md`), which decides their section, permalink and templates. */
  page: string | null;
  render(source: string): RenderResult;
  /** Takes over `element`: its content is replaced by the post. */
  mount(element: Element): void;
  /**
   * Renders and patches the mounted element: only top-level blocks whose HTML changed are replaced.
   * A result shares the blocks that did not change with the result before it (`html` is joined when first read).
   */
  update(source: string): RenderResult & { patch: PatchCounts };
  /**
   * Renders a post as `render` does; a long one (`OFF_THREAD_LENGTH` or more) in
   * a worker, so that the page stays responsive while it renders.
   */
  renderAsync(source: string): Promise<RenderResult>;
  /**
   * As `update`, with a long post rendered in a worker: resolves once the element
   * shows it, or with `null` if a later update came first.
   */
  updateAsync(source: string): Promise<(RenderResult & { patch: PatchCounts }) | null>;
  /** Frees the renderer; the element keeps its content. */
  destroy(): void;
  /** How many embeds this renderer's DOM paths keep live at once (`recap: maxLiveEmbeds`, default 20). */
  readonly maxLiveEmbeds: number;
}

/**
 * Makes an inert fragment of Recap's HTML (a `<template>`'s content made from
 * `result.html`) ready for the page, as `renderInto` and `Renderer` do: embeds
 * past `liveEmbeds` (default 20) become click-to-load facades (`styled`: with
 * inline styles, default true), and ids and names that would take over what
 * the page added to `document` or forms are prefixed. Returns how many embeds
 * stayed live; call `armFacades(container)` for the facades to play.
 */
export function prepareFragment(fragment: DocumentFragment, options?: { liveEmbeds?: number; styled?: boolean }): number;

/** Makes the click-to-load facades inside `root` play on click (one listener per root, however often called). */
export function armFacades(root: Element | DocumentFragment): void;

/** Thrown by a call during which the WebAssembly module crashed; the next call uses a fresh module. */
/** Posts at least this long (UTF-16 code units) render in a worker through `renderAsync`/`updateAsync`, `<recap-post>` and the editor. */
export const OFF_THREAD_LENGTH: number;
/** How long one render may take in that worker before it is given up on. */
export const OFF_THREAD_TIME_LIMIT_MS: number;

export class RecapCrashError extends Error {}
