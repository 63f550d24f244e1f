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
  kind: "fetch" | "not-found" | "not-a-post" | "site" | "error";
  message: string;
  url: string | null;
}

/**
 * `<recap-post src="post.md">`: shows a Hugo-style post with its header.
 * With `site="site.json"` (a bundle made by `recap pack`), the post renders
 * with the site's own config, layouts and data, as the page at `page`
 * (its content path, `blog/post.md`; by default the content file whose path
 * `src` ends with).
 */
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
