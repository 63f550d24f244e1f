import type { Diagnostic, RenderResult } from "./recap.js";

/** Detail of the `recap-post-rendered` event. */
export interface RecapPostRenderedDetail {
  frontMatter: Record<string, unknown>;
  diagnostics: Diagnostic[];
  wordCount: number;
  readingTime: number;
}

/** Detail of the `recap-post-error` event. */
export interface RecapPostErrorDetail {
  kind: "fetch" | "not-found" | "not-a-post" | "error";
  message: string;
  url: string | null;
}

/** `<recap-post src="post.md">`: shows a Hugo-style post with its header. */
export class RecapPostElement extends HTMLElement {
  /** The post's text; setting it renders it. */
  source: string | null;
  src: string;
  theme: "light" | "dark" | "auto";
  embeds: "facade" | "direct";
  showDiagnostics: boolean;
  noHeader: boolean;
  readonly result: RenderResult | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "recap-post": RecapPostElement;
  }
  interface HTMLElementEventMap {
    "recap-post-rendered": CustomEvent<RecapPostRenderedDetail>;
    "recap-post-error": CustomEvent<RecapPostErrorDetail>;
  }
}
