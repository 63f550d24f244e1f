import type { RenderResult, RecapOptions, Renderer } from "./recap.js";

/** What `mountEditor` returns. */
export interface Editor {
  /** The post's text. Setting it renders it. */
  value: string;
  /** The last render. */
  readonly result: RenderResult | null;
  readonly renderer: Renderer;
  readonly textarea: HTMLTextAreaElement;
  /** Removes the editor. */
  destroy(): void;
}

export interface EditorOptions {
  /** The text to open (when there is no saved draft). */
  source?: string;
  /** Where the sample post is, for "New from seed" (and the first start). */
  seedUrl?: string | URL;
  /** The file name used by Save. */
  fileName?: string;
  /** Set false to keep the draft and settings out of localStorage. */
  storage?: boolean;
  /** Where the `.wasm` is, if not next to recap.js. */
  wasmUrl?: string | URL;
}

/** The JSON Schema preset for Recap posts. */
export const RECAP_POST_SCHEMA: Record<string, unknown>;

/** Mounts the live editor (source, problems, preview) in `element`. */
export function mountEditor(element: Element, options?: EditorOptions): Promise<Editor>;

export type { RecapOptions };
