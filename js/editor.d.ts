import type { RenderResult, RecapOptions, Renderer, SiteBundle } from "./recap.js";

/** What `mountEditor` resolves to. */
export interface Editor {
  /** The post's text. */
  getValue(): string;
  /** Replaces the post's text (treated as saved: it is what the caller has) and renders it. */
  setValue(text: string): void;
  /** Selects `anchor..head` (UTF-16 offsets; a caret when `head` is left out) and scrolls it into view. */
  setSelection(anchor: number, head?: number): void;
  /** Focuses the source. */
  focus(): void;
  /** The live renderer (a new one after the site settings change). */
  readonly renderer: Renderer;
  /** The last render. */
  readonly result: RenderResult | null;
  /** Whether the text differs from what was last opened or saved (a restored draft is unsaved). */
  readonly dirty: boolean;
  /** Saves: back to the opened file where the browser can (File System Access API), else a download. */
  save(): Promise<void>;
  /** Whether this browser can save back to an opened file. */
  readonly canSaveInPlace: boolean;
  /** The CodeMirror 6 view of the source (an `EditorView`), for extensions. */
  readonly view: unknown;
  /** The post's text (the same as getValue/setValue; kept for earlier callers). */
  value: string;
  /** Saves the draft and removes the editor. */
  destroy(): void;
}

export interface EditorOptions {
  /** The text to open (when there is no saved draft). */
  source?: string;
  /** Where the sample post is, for "New from seed" (and the first start). */
  seedUrl?: string | URL;
  /** The file name used by Save. */
  fileName?: string;
  /** Set false to keep the draft, versions and settings out of localStorage. */
  storage?: boolean;
  /** Where the editing module's `.wasm` (core/recap_editing_bg.wasm) is, if not next to recap.js. */
  wasmUrl?: string | URL;
  /** A site bundle made by `recap pack` (see `loadSite`): the preview renders with the site's own config and layouts. */
  site?: SiteBundle;
  /** With `site`: the post's content path in the site (`blog/post.md`). */
  page?: string;
  /** Asks the author before unsaved text is replaced; `window.confirm` by default. */
  confirm?: (message: string) => boolean;
}

/** The JSON Schema preset for Recap posts. */
export const RECAP_POST_SCHEMA: Record<string, unknown>;

/**
 * Mounts the editor in `element`: source (CodeMirror 6), problems, preview,
 * outline and front-matter form. Emits `recap-editor-rendered` (detail: the
 * result) after each render and `recap-editor-saved` after each save.
 */
export function mountEditor(element: Element, options?: EditorOptions): Promise<Editor>;

export type { RecapOptions };
