// Recap's live editor: a <textarea> source pane with line numbers, colouring
// and diagnostics at their ranges; a problems panel with quick fixes; a preview
// patched in place as you type. Uses only the package's public API.
import init, { Renderer, parseConfig, needsTemplates } from "./recap.js";
import { EDITOR_CSS } from "./editor-css.js";

const STORAGE = {
  draft: "recap-editor:draft",
  settings: "recap-editor:settings",
};

/** The schema preset for Recap posts (a community-meeting recap like the seed). */
export const RECAP_POST_SCHEMA = {
  type: "object",
  required: ["title", "date", "description", "keywords", "params"],
  properties: {
    title: { type: "string", minLength: 1, maxLength: 100, description: "the post's title, shown as its heading" },
    date: { type: "string", format: "date-time", description: "when the meeting took place, e.g. 2021-12-22T00:00:00Z" },
    description: { type: "string", minLength: 20, maxLength: 400, description: "two or three sentences for listings and social cards" },
    keywords: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, maxItems: 10, description: "search keywords, e.g. [community, meetup]" },
    slug: { type: "string", pattern: "^[a-z0-9]+([.-][a-z0-9]+)*$" },
    draft: { type: "boolean" },
    images: { type: "array", items: { type: "string" } },
    params: {
      type: "object",
      required: ["author"],
      properties: {
        author: { type: "string", minLength: 1, description: "the author's handle, e.g. kevinl" },
        thumbnailProcess: { enum: ["fit", "fill", "resize", "crop"] },
        thumbnail: { type: "string" },
      },
    },
  },
  additionalProperties: false,
};

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== false && v != null) e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

/** Colours front matter and shortcodes, and marks each diagnostic's range, as HTML for the overlay. */
function highlight(source, diagnostics) {
  // Front matter span (first block between delimiters), shortcodes anywhere.
  const marks = [];
  const fm = /^(?:\uFEFF)?\s*(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(source);
  if (fm) {
    const start = fm.index + fm[0].indexOf(fm[1]);
    const bodyStart = start + fm[1].length;
    marks.push({ start, end: bodyStart, cls: "tok-delim" });
    const inner = fm[2];
    const innerStart = source.indexOf(inner, bodyStart);
    const keyRe = /^([ \t]*)([^\s:#=][^:=\n]*?)([ \t]*[:=])/gm;
    for (let m; (m = keyRe.exec(inner)); ) {
      const s = innerStart + m.index + m[1].length;
      marks.push({ start: s, end: s + m[2].length, cls: "tok-key" });
    }
    const closing = source.lastIndexOf(fm[1], fm.index + fm[0].length);
    marks.push({ start: closing, end: closing + 3, cls: "tok-delim" });
  }
  const scRe = /\{\{[<%][\s\S]*?[>%]\}\}/g;
  for (let m; (m = scRe.exec(source)); ) marks.push({ start: m.index, end: m.index + m[0].length, cls: "tok-shortcode" });
  // Diagnostic ranges; an empty range marks the character after it.
  const diag = diagnostics.map((d) => ({ start: d.start, end: Math.max(d.end, d.start + 1), cls: `diag diag-${d.severity}` }));
  // Split the text at every boundary and wrap each piece in its classes.
  const cuts = new Set([0, source.length]);
  for (const m of [...marks, ...diag]) {
    cuts.add(Math.min(m.start, source.length));
    cuts.add(Math.min(m.end, source.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const classes = [...marks, ...diag].filter((m) => m.start <= a && m.end >= b).map((m) => m.cls);
    const text = esc(source.slice(a, b));
    html += classes.length ? `<span class="${classes.join(" ")}" data-at="${a}">${text}</span>` : text;
  }
  return html + "\n";
}

function lineStarts(source) {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function formatDate(value) {
  if (!value) return "";
  const d = new Date(String(value));
  if (Number.isNaN(d.getTime())) return String(value);
  return new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeZone: /T|:/.test(String(value)) ? undefined : "UTC" }).format(d);
}

function loadSettings() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE.settings) || "{}");
  } catch {
    return {};
  }
}

/**
 * Mounts the editor in `element`.
 * Options: `source` (initial text), `seedUrl` (loaded when there is no draft),
 * `fileName`, `storage` (false to disable localStorage), `wasmUrl`.
 * Returns `{ get value(), set value(text), renderer, destroy() }`.
 */
export async function mountEditor(element, options = {}) {
  const useStorage = options.storage !== false && typeof localStorage !== "undefined";
  let settings = useStorage ? loadSettings() : {};
  // Saved settings with shortcode templates need the module with the engine; load only that one.
  await init(needsTemplates(rendererOptions()) ? { templates: true } : options.wasmUrl);
  if (!document.getElementById("recap-editor-style")) {
    document.head.append(el("style", { id: "recap-editor-style" }, EDITOR_CSS));
  }
  let fileName = options.fileName || "post.md";
  let savedText = null;
  let lastGood = null;
  let result = null;
  let renderer = null;

  // ---- Layout
  const textarea = el("textarea", { class: "src-input", spellcheck: "true", "aria-label": "Post source (front matter and Markdown)", wrap: "off", autocapitalize: "off" });
  const overlay = el("pre", { class: "src-overlay", "aria-hidden": "true" });
  const gutter = el("div", { class: "src-gutter", "aria-hidden": "true" });
  const hint = el("div", { class: "src-hint", role: "status", "aria-live": "polite" });
  const source = el("div", { class: "src" }, gutter, el("div", { class: "src-text" }, overlay, textarea), hint);
  const problemsList = el("ul", { class: "problems-list", "aria-label": "Problems" });
  const problems = el("section", { class: "problems", "aria-labelledby": "recap-problems-title" }, el("h2", { id: "recap-problems-title" }, "Problems"), problemsList);
  const header = el("header", { class: "post-header" });
  const body = el("div", { class: "post-body" });
  const preview = el("article", { class: "preview", "aria-label": "Preview", tabindex: "-1" }, header, body);
  const counts = el("span", { class: "counts", role: "status", "aria-live": "polite" });
  const words = el("span", { class: "words" });
  const fileLabel = el("span", { class: "file-name" });
  const fileInput = el("input", { type: "file", accept: ".md,.markdown,text/markdown,text/plain", hidden: true });
  const tabs = el(
    "div",
    { class: "tabs", role: "tablist", "aria-label": "Panes" },
    el("button", { role: "tab", "aria-selected": "true", "data-pane": "source", onclick: () => showPane("source") }, "Source"),
    el("button", { role: "tab", "aria-selected": "false", "data-pane": "preview", onclick: () => showPane("preview") }, "Preview"),
  );
  const toolbar = el(
    "div",
    { class: "toolbar", role: "toolbar", "aria-label": "File" },
    el("button", { type: "button", onclick: () => fileInput.click(), title: "Open a Markdown file (Ctrl+O)" }, "Open…"),
    el("button", { type: "button", onclick: () => save(), title: "Download the post (Ctrl+S)" }, "Save"),
    el("button", { type: "button", onclick: () => newFromSeed(), title: "Start again from the sample post" }, "New from seed"),
    el("button", { type: "button", onclick: () => openSettings(), title: "Site config, schema and shortcodes" }, "Site settings…"),
    fileLabel,
  );
  const status = el("footer", { class: "status" }, counts, words);
  const root = el("div", { class: "recap-editor", "data-pane": "source" }, toolbar, tabs, el("div", { class: "panes" }, el("div", { class: "pane-source" }, source, problems), el("div", { class: "pane-preview" }, preview)), status, fileInput);
  element.replaceChildren(root);

  // ---- Rendering
  function rendererOptions() {
    const opts = { ...(settings.config || {}) };
    opts.recap = { ...(opts.recap || {}) };
    if (settings.schema) opts.recap.schema = settings.schema;
    if (settings.shortcodes) opts.recap.shortcodes = { ...(opts.recap.shortcodes || {}), ...settings.shortcodes };
    return opts;
  }

  /** Loads the module with the site-template engine when the settings have templates. */
  async function loadEngine() {
    if (needsTemplates(rendererOptions())) await init({ templates: true });
  }

  function makeRenderer() {
    const opts = rendererOptions();
    renderer?.destroy();
    renderer = new Renderer(opts);
    renderer.mount(body);
  }

  let scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  }

  function update() {
    const text = textarea.value;
    result = renderer.update(text);
    const fmBroken = result.diagnostics.some((d) => d.severity === "error" && d.code.startsWith("front-matter/") && /syntax|unclosed|delimiter/.test(d.code));
    if (!fmBroken) lastGood = result.frontMatter;
    renderHeader(lastGood || {});
    renderDiagnostics(text);
    words.textContent = `${result.wordCount} words · ${result.readingTime} min read`;
    if (useStorage) {
      clearTimeout(update.timer);
      update.timer = setTimeout(() => localStorage.setItem(STORAGE.draft, JSON.stringify({ text, fileName })), 300);
    }
    root.dispatchEvent(new CustomEvent("recap-editor-rendered", { bubbles: true, detail: result }));
  }

  function renderHeader(fm) {
    const params = fm.params && typeof fm.params === "object" ? fm.params : {};
    const keywords = Array.isArray(fm.keywords) ? fm.keywords : [];
    header.replaceChildren(
      el("h1", { class: "post-title" }, typeof fm.title === "string" || typeof fm.title === "number" ? String(fm.title) : "Untitled"),
      el(
        "p",
        { class: "post-meta" },
        fm.date ? el("time", { datetime: String(fm.date) }, formatDate(fm.date)) : null,
        params.author && typeof params.author === "string" ? el("span", { class: "post-author" }, ` · ${params.author}`) : null,
        el("span", { class: "post-reading" }, ` · ${result.readingTime} min read`),
      ),
      typeof fm.description === "string" ? el("p", { class: "post-description" }, fm.description) : null,
      keywords.length ? el("ul", { class: "post-keywords", "aria-label": "Keywords" }, ...keywords.map((k) => el("li", {}, String(k)))) : null,
    );
  }

  function renderDiagnostics(text) {
    overlay.innerHTML = highlight(text, result.diagnostics);
    const starts = lineStarts(text);
    const bySeverity = { error: 0, warning: 0, info: 0 };
    const lineMarks = new Map();
    for (const d of result.diagnostics) {
      bySeverity[d.severity] += 1;
      const worst = lineMarks.get(d.line);
      if (!worst || ["info", "warning", "error"].indexOf(d.severity) > ["info", "warning", "error"].indexOf(worst.severity)) lineMarks.set(d.line, d);
    }
    gutter.replaceChildren(
      ...starts.map((_, i) => {
        const d = lineMarks.get(i + 1);
        return el("div", { class: d ? `ln mark-${d.severity}` : "ln", title: d ? d.message : null }, String(i + 1));
      }),
    );
    counts.textContent = `${bySeverity.error} errors · ${bySeverity.warning} warnings · ${bySeverity.info} info`;
    problemsList.replaceChildren(
      ...(result.diagnostics.length
        ? result.diagnostics.map((d, i) =>
            el(
              "li",
              { class: `problem problem-${d.severity}`, "data-code": d.code },
              el(
                "button",
                { type: "button", class: "problem-go", "data-index": String(i), onclick: () => select(d), "aria-label": `${d.severity} at line ${d.line}, column ${d.column}: ${d.message}` },
                el("span", { class: `sev sev-${d.severity}` }, d.severity),
                el("span", { class: "where" }, `${d.line}:${d.column}`),
                el("span", { class: "msg" }, d.message),
                d.suggestion ? el("span", { class: "suggestion" }, d.suggestion) : null,
                el("code", { class: "code" }, d.code),
              ),
              d.fix ? el("button", { type: "button", class: "quick-fix", onclick: () => applyFix(d.fix) }, d.fix.title) : null,
            ),
          )
        : [el("li", { class: "no-problems" }, "No problems.")]),
    );
    showHint();
    syncOverlay();
  }

  // ---- Source interactions
  function select(d) {
    showPane("source");
    textarea.focus();
    textarea.setSelectionRange(d.start, Math.max(d.end, d.start));
    scrollToOffset(d.start);
    showHint();
  }

  function applyFix(fix) {
    showPane("source");
    textarea.focus();
    textarea.setSelectionRange(fix.start, fix.end);
    // execCommand keeps the edit on the textarea's own undo stack (Ctrl+Z undoes it).
    if (!document.execCommand("insertText", false, fix.replacement)) {
      textarea.setRangeText(fix.replacement, fix.start, fix.end, "end");
      textarea.dispatchEvent(new Event("input"));
    }
  }

  function showHint() {
    if (!result) return;
    const at = textarea.selectionStart;
    const d = result.diagnostics.find((x) => at >= x.start && at <= Math.max(x.end, x.start + 1));
    hint.textContent = d ? `${d.severity}: ${d.message}${d.suggestion ? ` — ${d.suggestion}` : ""}` : "";
    hint.classList.toggle("visible", Boolean(d));
  }

  function lineHeight() {
    return parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  }

  function scrollToOffset(offset) {
    const line = textarea.value.slice(0, offset).split("\n").length - 1;
    textarea.scrollTop = Math.max(0, line * lineHeight() - textarea.clientHeight / 3);
    syncOverlay();
  }

  function syncOverlay() {
    overlay.scrollTop = textarea.scrollTop;
    overlay.scrollLeft = textarea.scrollLeft;
    gutter.scrollTop = textarea.scrollTop;
  }

  // Scroll sync, both ways, by source lines.
  let syncing = null;
  function sourceScrolled() {
    syncOverlay();
    if (syncing === "preview") return;
    const line = Math.floor(textarea.scrollTop / lineHeight()) + 1;
    const blocks = [...body.querySelectorAll("[data-source-line]")];
    const block = blocks.reverse().find((b) => Number(b.dataset.sourceLine.split("-")[0]) <= line) || blocks[blocks.length - 1];
    if (!block) return;
    syncing = "source";
    preview.scrollTop = block.offsetTop - preview.offsetTop - 8;
    requestAnimationFrame(() => (syncing = null));
  }
  function previewScrolled() {
    if (syncing === "source") return;
    const top = preview.scrollTop + preview.offsetTop;
    const block = [...body.querySelectorAll("[data-source-line]")].find((b) => b.offsetTop + b.offsetHeight > top);
    if (!block) return;
    syncing = "preview";
    const line = Number(block.dataset.sourceLine.split("-")[0]);
    textarea.scrollTop = (line - 1) * lineHeight();
    syncOverlay();
    requestAnimationFrame(() => (syncing = null));
  }

  // Hover over a marked range shows its message (the overlay is under the textarea).
  function hover(event) {
    textarea.style.pointerEvents = "none";
    const under = document.elementFromPoint(event.clientX, event.clientY);
    textarea.style.pointerEvents = "";
    const mark = under && under.closest && under.closest(".diag");
    if (mark && result) {
      const at = Number(mark.dataset.at);
      const d = result.diagnostics.find((x) => at >= x.start && at < Math.max(x.end, x.start + 1));
      textarea.title = d ? `${d.message}${d.suggestion ? `\n${d.suggestion}` : ""}` : "";
    } else {
      textarea.title = "";
    }
  }

  textarea.addEventListener("input", schedule);
  textarea.addEventListener("scroll", sourceScrolled);
  textarea.addEventListener("keyup", showHint);
  textarea.addEventListener("click", showHint);
  textarea.addEventListener("mousemove", hover);
  preview.addEventListener("scroll", previewScrolled);
  body.addEventListener("click", (event) => {
    const block = event.target.closest && event.target.closest("[data-source-line]");
    if (!block || event.target.closest("a, iframe, summary")) return;
    const line = Number(block.dataset.sourceLine.split("-")[0]);
    const offset = lineStarts(textarea.value)[line - 1] ?? 0;
    showPane("source");
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
    scrollToOffset(offset);
  });

  // ---- Files
  function setText(text, name) {
    textarea.value = text;
    if (name) fileName = name;
    fileLabel.textContent = fileName;
    savedText = text;
    update();
  }

  async function openFile(file) {
    if (!file) return;
    if (isDirty() && !confirm("Discard the unsaved changes to this post?")) return;
    setText(await file.text(), file.name);
  }

  function save() {
    const blob = new Blob([textarea.value], { type: "text/markdown" });
    const a = el("a", { href: URL.createObjectURL(blob), download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    savedText = textarea.value;
  }

  async function newFromSeed() {
    if (isDirty() && !confirm("Discard the unsaved changes to this post?")) return;
    const url = options.seedUrl || new URL("./posts/december-2021-recap.md", location.href);
    setText(await (await fetch(url)).text(), "december-2021-recap.md");
  }

  function isDirty() {
    return savedText !== null && textarea.value !== savedText;
  }

  fileInput.addEventListener("change", () => openFile(fileInput.files[0]));
  root.addEventListener("dragover", (e) => e.preventDefault());
  root.addEventListener("drop", (e) => {
    e.preventDefault();
    openFile(e.dataTransfer.files[0]);
  });
  const beforeUnload = (e) => {
    if (isDirty()) {
      e.preventDefault();
      e.returnValue = "";
    }
  };
  addEventListener("beforeunload", beforeUnload);

  // ---- Keyboard
  function nextProblem(step) {
    if (!result || !result.diagnostics.length) return;
    const at = textarea.selectionStart;
    const list = result.diagnostics;
    const i = step > 0 ? list.findIndex((d) => d.start > at) : list.map((d) => d.start < at).lastIndexOf(true);
    select(list[(i + list.length) % list.length] || list[0]);
  }
  root.addEventListener("keydown", (e) => {
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === "s") {
      e.preventDefault();
      save();
    } else if (mod && e.key.toLowerCase() === "o") {
      e.preventDefault();
      fileInput.click();
    } else if (e.key === "F8") {
      e.preventDefault();
      nextProblem(e.shiftKey ? -1 : 1);
    }
  });

  // ---- Panes (tabs below 900px)
  function showPane(name) {
    root.dataset.pane = name;
    for (const t of tabs.querySelectorAll("[role=tab]")) t.setAttribute("aria-selected", String(t.dataset.pane === name));
  }

  // ---- Site settings
  function openSettings() {
    const configText = el("textarea", { id: "recap-set-config", rows: "6", spellcheck: "false" }, settings.configText || "");
    const schemaText = el("textarea", { id: "recap-set-schema", rows: "6", spellcheck: "false" }, settings.schema ? JSON.stringify(settings.schema, null, 2) : "");
    const shortcodesText = el("textarea", { id: "recap-set-shortcodes", rows: "6", spellcheck: "false", placeholder: "name.html\n<template text>\n\nother.html\n…" }, settings.shortcodesText || "");
    const error = el("p", { class: "settings-error", role: "alert" });
    const filePicker = (target) =>
      el("input", {
        type: "file",
        multiple: target === shortcodesText,
        onchange: async (e) => {
          const files = [...e.target.files];
          if (target === shortcodesText) target.value = (await Promise.all(files.map(async (f) => `${f.name}\n${await f.text()}`))).join("\n\n");
          else target.value = await files[0].text();
        },
      });
    const dialog = el(
      "dialog",
      { class: "settings", "aria-labelledby": "recap-settings-title" },
      el("h2", { id: "recap-settings-title" }, "Site settings"),
      el("label", { for: "recap-set-config" }, "Site config (hugo.yaml, hugo.toml or hugo.json)"),
      configText,
      filePicker(configText),
      el("label", { for: "recap-set-schema" }, "Front-matter schema (JSON Schema)"),
      schemaText,
      el("div", { class: "row" }, filePicker(schemaText), el("button", { type: "button", onclick: () => (schemaText.value = JSON.stringify(RECAP_POST_SCHEMA, null, 2)) }, "Use the Recap post preset")),
      el("label", { for: "recap-set-shortcodes" }, "Shortcode templates (file name, then the template; blank line between)"),
      shortcodesText,
      filePicker(shortcodesText),
      error,
      el(
        "div",
        { class: "row" },
        el(
          "button",
          {
            type: "button",
            onclick: async (event) => {
              const button = event.currentTarget;
              try {
                const next = { configText: configText.value, shortcodesText: shortcodesText.value };
                next.config = configText.value.trim() ? parseConfig(configText.value, /^\s*\{/.test(configText.value) ? "hugo.json" : /^\s*\[|=/m.test(configText.value) && !/:\s/.test(configText.value) ? "hugo.toml" : "hugo.yaml") : {};
                next.schema = schemaText.value.trim() ? JSON.parse(schemaText.value) : null;
                next.shortcodes = {};
                for (const part of shortcodesText.value.split(/\n\s*\n(?=[\w/-]+\.html\n)/)) {
                  const m = /^([\w/-]+)\.html\n([\s\S]*)$/.exec(part.trim());
                  if (m) next.shortcodes[m[1]] = m[2];
                }
                const previous = settings;
                settings = next;
                button.disabled = true;
                button.textContent = "Loading…";
                try {
                  await loadEngine();
                } catch (e) {
                  settings = previous;
                  throw e;
                } finally {
                  button.disabled = false;
                  button.textContent = "Apply";
                }
                makeRenderer();
                update();
                if (useStorage) localStorage.setItem(STORAGE.settings, JSON.stringify(settings));
                dialog.close();
                dialog.remove();
              } catch (e) {
                error.textContent = e.message;
              }
            },
          },
          "Apply",
        ),
        el("button", { type: "button", onclick: () => (dialog.close(), dialog.remove()) }, "Cancel"),
      ),
    );
    root.append(dialog);
    dialog.showModal();
    configText.focus();
  }

  // ---- Start
  try {
    await loadEngine();
    makeRenderer();
  } catch (e) {
    // Saved settings that no longer load: start without them, and say so.
    settings = {};
    makeRenderer();
    console.warn("Recap editor: the saved site settings could not be used:", e.message);
  }
  let draft = null;
  if (useStorage) {
    try {
      draft = JSON.parse(localStorage.getItem(STORAGE.draft) || "null");
    } catch {
      draft = null;
    }
  }
  if (draft && typeof draft.text === "string") {
    setText(draft.text, draft.fileName);
    savedText = null; // a restored draft is not saved anywhere yet
  } else if (typeof options.source === "string") {
    setText(options.source, fileName);
  } else {
    await newFromSeed();
  }

  return {
    get value() {
      return textarea.value;
    },
    set value(text) {
      setText(text);
    },
    get result() {
      return result;
    },
    renderer,
    textarea,
    destroy() {
      removeEventListener("beforeunload", beforeUnload);
      renderer?.destroy();
      element.replaceChildren();
    },
  };
}
