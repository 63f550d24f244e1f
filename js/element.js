// <recap-post>: a Hugo-style post on any page. This module exports the class
// and registers nothing; import "recap/element/define" to register the tag.
import init, {
  parseConfig,
  needsTemplates,
  needsEditing,
  needsEmoji,
  loadSite,
  Renderer,
  prepareFragment,
  armFacades,
  __SLICE_HTML as SLICE_HTML,
  __nextFrame as nextFrame,
  __onHighlight as onHighlight,
} from "./recap.js";
import { postHeader } from "./post-header.js";

const STYLE = `
:host { all: initial; display: block; contain: content; }
:host([hidden]) { display: none; }
.post {
  --_fg: var(--recap-color, #1d1d1f); --_bg: var(--recap-background, transparent); --_muted: var(--recap-muted, #5c5c66);
  --_accent: var(--recap-accent, #1f5fd1); --_line: var(--recap-border, #d8d8e0); --_panel: var(--recap-panel, #f5f5f8);
  --_error: var(--recap-error, #c62828); --_warning: var(--recap-warning, #a15c00);
  color: var(--_fg); background: var(--_bg); font: var(--recap-font, 17px/1.65 system-ui, -apple-system, "Segoe UI", sans-serif);
  text-align: start; max-width: var(--recap-max-width, 46rem); margin: 0 auto; word-wrap: break-word;
}
.post[data-theme=dark] {
  --_fg: var(--recap-color, #ececf1); --_bg: var(--recap-background, transparent); --_muted: var(--recap-muted, #a4a4b0);
  --_accent: var(--recap-accent, #7aa7ff); --_line: var(--recap-border, #34343c); --_panel: var(--recap-panel, #1f1f25);
  --_error: var(--recap-error, #ff7b72); --_warning: var(--recap-warning, #e3b341);
}
@media (prefers-color-scheme: dark) {
  .post[data-theme=auto] {
    --_fg: var(--recap-color, #ececf1); --_muted: var(--recap-muted, #a4a4b0); --_accent: var(--recap-accent, #7aa7ff);
    --_line: var(--recap-border, #34343c); --_panel: var(--recap-panel, #1f1f25); --_error: var(--recap-error, #ff7b72); --_warning: var(--recap-warning, #e3b341);
  }
}
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 .5em; }
h1 { font-size: 2em; margin-top: .3em; }
p, ul, ol, dl, blockquote, pre, table, figure { margin: 0 0 1em; }
a { color: var(--_accent); }
img, video { max-width: 100%; height: auto; }
pre { background: var(--_panel); padding: .8em 1em; border-radius: 6px; overflow: auto; font-size: .88em; }
code { font-family: var(--recap-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: .92em; }
:not(pre) > code { background: var(--_panel); padding: .1em .3em; border-radius: 4px; }
blockquote { border-left: 3px solid var(--_line); margin-left: 0; padding-left: 1em; color: var(--_muted); }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--_line); padding: .35em .6em; }
figure { margin-left: 0; margin-right: 0; } figcaption { color: var(--_muted); font-size: .9em; }
hr { border: 0; border-top: 1px solid var(--_line); }
.header { margin-bottom: 1.5em; }
.meta, .description { color: var(--_muted); margin: .2em 0; }
.keywords { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4em; margin: .6em 0 0; }
.keywords li { border: 1px solid var(--_line); border-radius: 999px; padding: 0 .6em; font-size: .85em; }
.video { position: relative; aspect-ratio: 16 / 9; margin: 0 0 1em; background: #111; border-radius: 8px; overflow: hidden; }
.video iframe { position: absolute; inset: 0; width: 100%; height: 100%; border: 0; }
.video button { all: unset; box-sizing: border-box; position: absolute; inset: 0; cursor: pointer; display: grid; place-items: center; color: #fff; font: 600 1em system-ui, sans-serif; background: radial-gradient(circle, #333, #111); }
.video button::before { content: ""; width: 68px; height: 48px; border-radius: 12px; background: #e33 url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath fill='white' d='M8 5v14l11-7z'/%3E%3C/svg%3E") center / 28px no-repeat; }
.video button:focus-visible { outline: 3px solid var(--_accent); outline-offset: -3px; }
.video .label { position: absolute; left: 1em; bottom: .8em; right: 1em; font-weight: 400; font-size: .85em; opacity: .85; }
.problems { border: 1px solid var(--_line); border-radius: 6px; padding: .5em 1em; margin: 0 0 1.5em; font-size: .9em; }
.problems li.error { color: var(--_error); } .problems li.warning { color: var(--_warning); }
.message { border: 1px solid var(--_line); border-radius: 6px; padding: 1em; color: var(--_muted); }
.raw { white-space: pre-wrap; font-family: var(--recap-mono, ui-monospace, monospace); font-size: .9em; color: var(--_muted); }
.recap-shortcode-error { border: 1px dashed var(--_error); border-radius: 4px; padding: 0 .3em; }
`;

const THEMES = ["light", "dark", "auto"];
const EMBEDS = ["facade", "direct"];

/** A URL that is relative to the post, made absolute against `base`. */
function absolutize(root, base) {
  for (const [selector, attr] of [["a[href]", "href"], ["img[src]", "src"]]) {
    for (const e of root.querySelectorAll(selector)) {
      const v = e.getAttribute(attr);
      if (!v || v.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith("//")) continue;
      try {
        e.setAttribute(attr, new URL(v, base).href);
      } catch {
        // Not a URL a browser could resolve: leave it.
      }
    }
  }
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** A post's top-level blocks grouped into slices of about `SLICE_HTML` of HTML (one for a short post). */
function slicesOf(blocks) {
  const slices = [];
  let slice = [];
  let length = 0;
  for (const block of blocks) {
    slice.push(block);
    length += block.html.length;
    if (length >= SLICE_HTML) {
      slices.push(slice);
      slice = [];
      length = 0;
    }
  }
  if (slice.length || slices.length === 0) slices.push(slice);
  return slices;
}

/** Site bundles by URL, each loaded once with a renderer for it (several elements share them). */
const sites = new Map();
function siteFor(url) {
  let site = sites.get(url);
  if (!site) {
    site = (async () => {
      const bundle = await loadSite(url).catch((e) => {
        throw Object.assign(e, { kind: "site", url });
      });
      if (needsTemplates(bundle)) await init({ templates: true, emoji: needsEmoji(bundle) });
      return { bundle, renderer: new Renderer(bundle) };
    })();
    site.catch(() => sites.delete(url));
    sites.set(url, site);
  }
  return site;
}

/**
 * The content path of the post at `url` in a site bundle, when `page` is not
 * given: the bundle's content file whose path the URL ends with (the longest
 * such), or null.
 */
function guessPage(bundle, url) {
  if (!url) return null;
  const path = decodeURIComponent(url.pathname);
  let best = null;
  for (const file of Object.keys(bundle.files)) {
    if (!file.startsWith("content/")) continue;
    const rel = file.slice("content/".length);
    if ((path === `/${rel}` || path.endsWith(`/${rel}`)) && (!best || rel.length > best.length)) best = rel;
  }
  return best;
}

export class RecapPostElement extends HTMLElement {
  static get observedAttributes() {
    return ["src", "config", "schema", "site", "page", "show-diagnostics", "no-header", "theme", "embeds", "no-shadow"];
  }

  #source = null;
  #scheduled = false;
  #generation = 0;
  #root = null;
  #result = null;
  /** What the body shows: each block's HTML and the nodes made from it (code blocks are patched by these). */
  #shown = [];
  /** Stops listening for highlighted code blocks. */
  #unwatch = null;

  /** The post's text; setting it renders it (and takes precedence over `src`). */
  get source() {
    return this.#source;
  }
  set source(text) {
    this.#source = text == null ? null : String(text);
    this.#schedule();
  }

  get src() {
    return this.getAttribute("src") || "";
  }
  set src(v) {
    this.setAttribute("src", v);
  }
  get theme() {
    const t = this.getAttribute("theme");
    return THEMES.includes(t) ? t : "auto";
  }
  set theme(v) {
    this.setAttribute("theme", v);
  }
  get embeds() {
    const e = this.getAttribute("embeds");
    return EMBEDS.includes(e) ? e : "facade";
  }
  set embeds(v) {
    this.setAttribute("embeds", v);
  }
  get showDiagnostics() {
    return this.hasAttribute("show-diagnostics");
  }
  set showDiagnostics(v) {
    this.toggleAttribute("show-diagnostics", Boolean(v));
  }
  get noHeader() {
    return this.hasAttribute("no-header");
  }
  set noHeader(v) {
    this.toggleAttribute("no-header", Boolean(v));
  }
  /** The last render's result. */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    if (!this.#root) this.#setUpRoot();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#unwatch?.();
    this.#unwatch = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (name === "no-shadow" && this.#root) {
      this.#root = null;
      this.#setUpRoot();
    }
    if (this.isConnected) this.#schedule();
  }

  #setUpRoot() {
    if (this.hasAttribute("no-shadow")) {
      this.#root = this;
      return;
    }
    const shadow = this.shadowRoot || this.attachShadow({ mode: "open" });
    // Until the post renders, the light DOM (an inline Markdown script) shows through the slot.
    shadow.innerHTML = `<style>${STYLE}\n::slotted(script[type="text/markdown"]) { display: block; white-space: pre-wrap; font-family: ui-monospace, monospace; }</style><div class="post" part="post"><slot></slot></div>`;
    this.#root = shadow;
  }

  /** Attribute changes in one task render once, in a microtask. */
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#render();
    });
  }

  #container() {
    if (this.#root === this) return this;
    return this.#root.querySelector(".post");
  }

  #fail(kind, message, url, raw) {
    const c = this.#container();
    const text = raw ? `<pre class="raw">${esc(raw)}</pre>` : "";
    c.innerHTML = `<div class="message" role="alert" part="error">${esc(message)}</div>${text}`;
    this.dispatchEvent(new CustomEvent("recap-post-error", { bubbles: true, composed: true, detail: { kind, message, url } }));
  }

  async #fetchText(url, what) {
    let response;
    try {
      response = await fetch(url);
    } catch (e) {
      throw Object.assign(new Error(`The ${what} could not be loaded from ${url}: ${e.message}`), { kind: "fetch", url });
    }
    if (response.status === 404) throw Object.assign(new Error(`There is no ${what} at ${url} (404).`), { kind: "not-found", url });
    if (!response.ok) throw Object.assign(new Error(`The ${what} at ${url} could not be loaded (HTTP ${response.status}).`), { kind: "fetch", url });
    return response.text();
  }

  async #render() {
    const generation = ++this.#generation;
    if (!this.#root) this.#setUpRoot();
    const inline = this.querySelector(':scope > script[type="text/markdown"]');
    const src = this.getAttribute("src");
    let text = this.#source;
    let base = location.href;
    try {
      // The post, the config and the schema are fetched while the module
      // loads (a page's first post used to wait a round trip after the module
      // for its text). Each is awaited where it is used, so that failures are
      // reported in the same order as before; each is marked handled meanwhile.
      const early = (url, what) => {
        const promise = this.#fetchText(url, what);
        promise.catch(() => {});
        return promise;
      };
      const post = text == null && src ? early(new URL(src, location.href), "post") : null;
      const configUrl = this.getAttribute("config");
      const schemaUrl = this.getAttribute("schema");
      const plain = !this.getAttribute("site") && (post || text != null || inline);
      const config = plain && configUrl ? early(new URL(configUrl, location.href), "site config") : null;
      const schema = plain && schemaUrl ? early(new URL(schemaUrl, location.href), "schema") : null;
      if (post && this.#root !== this && !this.#result) this.#container().innerHTML = `<p class="message" part="loading">Loading the post…</p>`;
      await init();
      if (post) {
        base = new URL(src, location.href).href;
        text = await post;
        if (/^\s*<(!doctype|html)/i.test(text)) {
          throw Object.assign(new Error(`${src} is an HTML page, not a Markdown post.`), { kind: "not-a-post", url: base });
        }
      }
      if (text == null && inline) text = inline.textContent.replace(/^\n/, "");
      if (text == null) return;
      const siteUrl = this.getAttribute("site");
      if (siteUrl) {
        const site = await siteFor(new URL(siteUrl, location.href).href);
        if (generation !== this.#generation) return;
        const page = this.getAttribute("page") || guessPage(site.bundle, src ? new URL(src, location.href) : null);
        // The site's renderer is shared by the page's elements: each sets its own page.
        const renderSite = () => {
          site.renderer.page = page;
          return site.renderer.renderAsync(text);
        };
        const result = await renderSite();
        if (generation !== this.#generation) return;
        this.#result = result;
        if (await this.#show(result, base, site.renderer.maxLiveEmbeds, generation)) {
          this.#rendered(result);
          this.#watchCode(renderSite, base, generation);
        }
        return;
      }
      const options = {};
      if (config) Object.assign(options, parseConfig(await config, configUrl));
      if (schema) {
        options.recap = { ...(options.recap || {}), schema: JSON.parse(await schema) };
      }
      if (needsTemplates(options)) await init({ templates: true, emoji: needsEmoji(options) });
      // Front matter is checked (Hugo's fields, the site's schema) by the
      // editing module: loaded where the problems are shown or a schema given.
      else if (this.showDiagnostics || needsEditing(options)) await init({ editing: true });
      if (generation !== this.#generation) return;
      let liveEmbeds;
      const renderPost = async () => {
        const renderer = new Renderer(options);
        try {
          // A long post renders in a worker (recap.js's OFF_THREAD_LENGTH): the page stays responsive.
          const rendered = await renderer.renderAsync(text);
          liveEmbeds = renderer.maxLiveEmbeds;
          return rendered;
        } finally {
          renderer.destroy();
        }
      };
      const result = await renderPost();
      if (generation !== this.#generation) return;
      this.#result = result;
      if (await this.#show(result, base, liveEmbeds, generation)) {
        this.#rendered(result);
        this.#watchCode(renderPost, base, generation);
      }
    } catch (e) {
      if (generation !== this.#generation) return;
      this.#fail(e.kind || "error", e.message, e.url || src || null, text || (inline && inline.textContent));
    }
  }

  #rendered(result) {
    this.dispatchEvent(
      new CustomEvent("recap-post-rendered", {
        bubbles: true,
        composed: true,
        detail: { frontMatter: result.frontMatter, diagnostics: result.diagnostics, wordCount: result.wordCount, readingTime: result.readingTime },
      }),
    );
  }

  /**
   * Puts a rendered post in place. A long one goes in slices of whole blocks
   * (`SLICE_HTML` of HTML each), one per animation frame, so that parsing and
   * laying out a multi-megabyte post never blocks the page for long. Resolves
   * with false if a newer render took over meanwhile.
   */
  async #show(result, base, liveEmbeds, generation) {
    const doc = this.ownerDocument;
    const fm = result.frontMatter || {};
    const container = this.#container();
    const wrapper = doc.createDocumentFragment();
    if (this.showDiagnostics && result.diagnostics.length) {
      const list = doc.createElement("ul");
      for (const d of result.diagnostics) {
        const li = doc.createElement("li");
        li.className = d.severity;
        li.textContent = `${d.line}:${d.column} ${d.severity}: ${d.message}${d.suggestion ? ` (${d.suggestion})` : ""}`;
        list.append(li);
      }
      const box = doc.createElement("section");
      box.className = "problems";
      box.setAttribute("part", "diagnostics");
      box.setAttribute("aria-label", "Problems in this post");
      box.append(list);
      wrapper.append(box);
    }
    if (!this.noHeader) wrapper.append(postHeader(doc, fm, result.readingTime));
    const main = doc.createElement("div");
    main.className = "body";
    main.setAttribute("part", "body");
    wrapper.append(main);
    // Every embed is a facade by default; with embeds="direct", those past the live limit.
    let allowance = this.embeds === "facade" ? 0 : liveEmbeds;
    const slices = slicesOf(result.blocks);
    this.#shown = [];
    for (let i = 0; i < slices.length; i++) {
      for (const block of slices[i]) {
        const [nodes, live] = this.#fragment(block.html, base, allowance);
        allowance -= live;
        this.#shown.push({ html: block.html, nodes });
        main.append(...nodes);
      }
      // The header and the first slice replace what was shown; the rest follow, a frame apart.
      if (i === 0) this.#place(container, wrapper);
      if (i < slices.length - 1) {
        await nextFrame();
        if (generation !== this.#generation) return false;
      }
    }
    armFacades(container);
    return true;
  }

  /**
   * The nodes for a block's HTML, ready for the page (facades past `liveEmbeds`, URLs against `base`), and how many embeds stay live.
   * @param {string} html
   * @param {string} base
   * @param {number} liveEmbeds
   * @returns {[ChildNode[], number]}
   */
  #fragment(html, base, liveEmbeds) {
    const template = this.ownerDocument.createElement("template");
    template.innerHTML = html;
    const live = prepareFragment(template.content, { liveEmbeds, styled: this.#root === this });
    absolutize(template.content, base);
    return [[...template.content.childNodes], live];
  }

  /**
   * Code blocks show plain until the highlighting worker has them: when
   * highlighted blocks arrive, the post is rendered again (`again`) and the
   * blocks whose HTML changed are replaced, and only those (an embed
   * elsewhere is never reloaded).
   */
  #watchCode(again, base, generation) {
    this.#unwatch?.();
    this.#unwatch = null;
    if (!this.#shown.some((b) => b.html.includes("<pre"))) return;
    let queued = false;
    this.#unwatch = onHighlight(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(async () => {
        queued = false;
        if (generation !== this.#generation) return;
        const result = await again().catch(() => null);
        if (!result || generation !== this.#generation || result.blocks.length !== this.#shown.length) return;
        result.blocks.forEach((block, i) => {
          const old = this.#shown[i];
          if (block.html === old.html || !old.nodes[0]?.parentNode) return;
          // A code block holds no embed; were one there, it would be a facade.
          const [nodes] = this.#fragment(block.html, base, 0);
          old.nodes[0].before(...nodes);
          for (const n of old.nodes) n.remove();
          this.#shown[i] = { html: block.html, nodes };
        });
        this.#result = result;
      });
    });
  }

  /** Replaces what the element shows with `content` (in light DOM, the inline source stays). */
  #place(container, content) {
    if (this.#root !== this) {
      container.dataset.theme = this.theme;
    } else {
      this.dataset.theme = this.theme;
    }
    // In light DOM the inline source stays (hidden by the UA stylesheet); only rendered content is replaced.
    if (container === this) {
      for (const n of [...this.childNodes]) if (!(n instanceof Element && n.matches('script[type="text/markdown"]'))) n.remove();
      this.append(content);
    } else {
      container.replaceChildren(content);
    }
  }
}
