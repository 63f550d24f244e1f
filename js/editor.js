// Recap's live editor: the source in CodeMirror 6 (js/editor/source.js), a
// preview patched in place by the package's Renderer, a problems panel with
// quick fixes, an outline and a front-matter form beside the source, drafts
// and versions that never lose work, and files opened and saved in place.
// This file puts the parts together; each concern has its module in editor/.
// It uses only the package's public API (./recap.js), like any page would.
import init, { Renderer, parseConfig, needsTemplates, needsEmoji, frontMatterFields, OFF_THREAD_LENGTH } from "./recap.js";
import { EDITOR_CSS } from "./editor/css.js";
import { el } from "./editor/dom.js";
import { createSource, applyFix } from "./editor/source.js";
import { createDrafts, loadPrefs, savePrefs } from "./editor/drafts.js";
import { refuseReason, pickFile, droppedFile, saveText, canSaveInPlace } from "./editor/files.js";
import { createOutline } from "./editor/outline.js";
import { createForm } from "./editor/form.js";
import { openSettings } from "./editor/settings.js";
import { postHeader } from "./post-header.js";

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

/** The draft is written this long after typing stops (and when the page is hidden). */
const AUTOSAVE_MS = 400;
/** One frame at 60 Hz: changes closer than this to the last render share the next frame's render. */
const FRAME_MS = 16;
/** A task this long is a long task (the Long Tasks API's threshold): a key's render keeps its task under it. */
const LONG_TASK_MS = 50;

/**
 * Mounts the editor in `element`. See editor.d.ts for the options and the
 * object it resolves to.
 * @param {Element} element
 * @param {import("./editor.js").EditorOptions} [options]
 * @returns {Promise<import("./editor.js").Editor>}
 */
export async function mountEditor(element, options = {}) {
  const useStorage = options.storage !== false && typeof localStorage !== "undefined";
  const drafts = createDrafts(useStorage);
  const prefs = { wrap: true, side: "", ...loadPrefs(useStorage) };
  let settings = drafts.settings();
  // A site bundle given by the page (recap pack) is the site the preview renders with.
  if (options.site) settings = { ...settings, bundle: options.site, bundleName: settings.bundleName || "site bundle" };
  const ask = options.confirm || ((message) => globalThis.confirm(message));
  // Saved settings with templates need the module with the engine (which edits
  // in part too); load only that one. Otherwise the module that edits in part.
  const given = settings.bundle || rendererOptions();
  await init(needsTemplates(given) ? { templates: true, emoji: needsEmoji(given) } : { editing: true, module: options.wasmUrl });
  if (!document.getElementById("recap-editor-style")) document.head.append(el("style", { id: "recap-editor-style" }, EDITOR_CSS));

  let fileName = options.fileName || "post.md";
  /** The text as last opened or saved; null when it is not in any file (a restored draft). */
  let savedText = null;
  /** Where Ctrl+S writes (File System Access API), when the file came with one. */
  let handle = null;
  let lastGood = null;
  let result = null;
  let renderer = null;

  // ---- Layout
  const hint = el("p", { class: "src-hint", role: "status", "aria-live": "polite" });
  const sourceBox = el("div", { class: "src" });
  const problemsList = el("ul", { class: "problems-list", "aria-label": "Problems" });
  const problems = el("section", { class: "problems", "aria-labelledby": "recap-problems-title" }, el("h2", { id: "recap-problems-title" }, "Problems"), problemsList);
  const header = el("div", { class: "post-header" });
  const body = el("div", { class: "post-body" });
  const preview = el("article", { class: "preview", "aria-label": "Preview", tabindex: "-1" }, header, body);
  const outlineBox = el("nav", { class: "outline", "aria-label": "Outline" });
  const formBox = el("div", { class: "front-matter" });
  const side = el(
    "aside",
    { class: "pane-side", "aria-label": "Outline and front matter" },
    el("section", { class: "side-outline" }, el("h2", {}, "Outline"), outlineBox),
    el("section", { class: "side-form" }, el("h2", {}, "Front matter"), formBox),
  );
  const counts = el("span", { class: "counts", role: "status", "aria-live": "polite" });
  const words = el("span", { class: "words" });
  const fileLabel = el("span", { class: "file-name" });
  const notice = el("p", { class: "notice", role: "alert", hidden: true });
  const fileInput = el("input", { type: "file", accept: ".md,.markdown,.txt,text/markdown,text/plain", hidden: true });
  const tab = (pane, label) => el("button", { role: "tab", "aria-selected": "false", "data-pane": pane, onclick: () => showPane(pane) }, label);
  const tabs = el("div", { class: "tabs", role: "tablist", "aria-label": "Panes" }, tab("source", "Source"), tab("preview", "Preview"), tab("outline", "Outline"), tab("form", "Front matter"));
  const wrapButton = el("button", { type: "button", "aria-pressed": String(prefs.wrap), title: "Wrap long lines (Alt+Z)", onclick: () => setWrap(!prefs.wrap) }, "Wrap");
  const sideButton = (name, label) => el("button", { type: "button", class: "side-toggle", "data-side": name, "aria-pressed": "false", onclick: () => setSide(prefs.side === name ? "" : name) }, label);
  const toolbar = el(
    "div",
    { class: "toolbar", role: "toolbar", "aria-label": "File" },
    el("button", { type: "button", onclick: () => openFile(), title: "Open a Markdown file (Ctrl+O)" }, "Open…"),
    el("button", { type: "button", onclick: () => save(), title: "Save the post (Ctrl+S): back to its file where the browser can, else a download" }, "Save"),
    el("button", { type: "button", onclick: () => newFromSeed(), title: "Start again from the sample post" }, "New from seed"),
    el("button", { type: "button", onclick: () => openHistory(), title: "Earlier versions of the post, kept in this browser" }, "History…"),
    el("button", { type: "button", onclick: () => settingsDialog(), title: "Site bundle, config, schema and shortcodes" }, "Site settings…"),
    wrapButton,
    sideButton("outline", "Outline"),
    sideButton("form", "Front matter"),
    fileLabel,
  );
  const status = el("footer", { class: "status" }, counts, words);
  const root = el(
    "div",
    { class: "recap-editor", "data-pane": "source" },
    toolbar,
    notice,
    tabs,
    el("div", { class: "panes" }, side, el("div", { class: "pane-source" }, el("div", { class: "src-wrap" }, sourceBox), el("div", {}, hint, problems)), el("div", { class: "pane-preview" }, preview)),
    status,
    fileInput,
  );
  element.replaceChildren(root);

  const source = createSource({
    parent: sourceBox,
    doc: "",
    wrap: prefs.wrap,
    onChange: (u) => {
      if (u.transactions.some((t) => t.isUserEvent("input") || t.isUserEvent("delete") || t.isUserEvent("undo") || t.isUserEvent("redo") || t.isUserEvent("move"))) pristine = false;
      schedule();
      updateLabel();
    },
    onSelection: (head) => selectionMoved(head),
    keys: [
      { key: "Mod-s", preventDefault: true, run: () => (save(), true) },
      { key: "Mod-o", preventDefault: true, run: () => (openFile(), true) },
      { key: "Alt-z", preventDefault: true, run: () => (setWrap(!prefs.wrap), true) },
      { key: "F8", preventDefault: true, run: () => (nextProblem(1), true) },
      { key: "Shift-F8", preventDefault: true, run: () => (nextProblem(-1), true) },
    ],
  });
  const outline = createOutline({
    container: outlineBox,
    go: (h) => {
      // Both panes go to the heading; the scroll sync waits until they have.
      holdSync();
      goToLine(h.line, "start");
      const target = body.querySelector(`#${CSS.escape(h.id)}`);
      if (target) preview.scrollTop += target.getBoundingClientRect().top - preview.getBoundingClientRect().top - 8;
    },
  });
  const form = createForm({
    container: formBox,
    fields: (text) => frontMatterFields(text),
    source: { text: () => source.text(), apply: (change) => source.view.dispatch({ changes: change, userEvent: "input.form" }) },
    schema: settings.schema,
  });

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
    const given = settings.bundle || rendererOptions();
    if (needsTemplates(given)) await init({ templates: true, emoji: needsEmoji(given) });
  }

  function makeRenderer() {
    // A site bundle (recap pack) is given to the Renderer as it is; it carries the site's config and layouts.
    const next = new Renderer(settings.bundle || rendererOptions());
    if (settings.bundle && options.page) next.page = options.page;
    renderer?.destroy();
    renderer = next;
    renderer.mount(body);
  }

  // A typed key renders in the task that typed it (a microtask, once the
  // editor's transaction is done), so that the next frame shows it: waiting
  // for an animation frame first cost each key up to a frame more (issue 17).
  // When that task would then run past LONG_TASK_MS (the editor's own work
  // was long, or the render is), and for changes not typed in the source
  // view (a drop, the form, a file opened), the render gets a task of its own
  // right after (a message to ourselves; the browser may paint the editor's
  // change first). Changes that come faster than a frame after the last
  // render are gathered into the next animation frame, one render for all.
  let frame = 0;
  let queued = false;
  let lastRender = -Infinity;
  let renderTook = 0;
  let keyAt = -Infinity;
  let destroyed = false;
  sourceBox.addEventListener("keydown", () => (keyAt = performance.now()), true);
  const runQueued = () => {
    queued = false;
    if (!frame && !destroyed) update();
  };
  const soon = new MessageChannel();
  soon.port1.onmessage = runQueued;
  function schedule() {
    if (frame || queued || destroyed) return;
    const now = performance.now();
    if (now - lastRender < FRAME_MS) {
      frame = requestAnimationFrame(update);
      return;
    }
    queued = true;
    if (now - keyAt + renderTook < LONG_TASK_MS * 0.8) {
      queueMicrotask(runQueued);
    } else soon.port2.postMessage(0);
  }

  let shown = { fm: "", diags: "" };
  /** A long post's render in the worker is under way; `again`: the text changed meanwhile. */
  let offThread = { busy: false, again: false };
  function update() {
    frame = 0;
    const text = source.text();
    if (text.length < OFF_THREAD_LENGTH) {
      const start = performance.now();
      const rendered = renderer.update(text);
      // (Before `show`: a change it makes, such as the diagnostics it hands the source view, is within a frame of this render.)
      lastRender = performance.now();
      show(rendered, text);
      renderTook = performance.now() - start;
      return;
    }
    // A long post renders in a worker (recap.js), one render at a time, the
    // latest text next: typing never waits for it.
    if (offThread.busy) {
      offThread.again = true;
      return;
    }
    offThread.busy = true;
    const current = renderer;
    current.updateAsync(text).then(
      (rendered) => {
        offThread.busy = false;
        if (rendered && current === renderer && !destroyed) show(rendered, text);
        if (offThread.again) {
          offThread.again = false;
          schedule();
        }
      },
      (error) => {
        offThread = { busy: false, again: false };
        say(`The preview could not be updated: ${error.message}`);
      },
    );
  }

  /** Shows a render of `text` around the preview: header, problems, outline, form, counts. */
  function show(rendered, text) {
    result = rendered;
    const fmBroken = result.diagnostics.some((d) => d.severity === "error" && d.code.startsWith("front-matter/") && /syntax|unclosed|delimiter/.test(d.code));
    if (!fmBroken) lastGood = result.frontMatter;
    const fmSig = JSON.stringify(lastGood) + result.readingTime;
    if (fmSig !== shown.fm) {
      shown.fm = fmSig;
      header.replaceChildren(postHeader(document, lastGood || {}, result.readingTime, { untitled: "Untitled" }));
    }
    const diagSig = JSON.stringify(result.diagnostics);
    if (diagSig !== shown.diags) {
      shown.diags = diagSig;
      source.setDiagnostics(result.diagnostics);
      renderProblems();
    }
    outline.update(result);
    if (formVisible()) form.refresh(text);
    words.textContent = `${result.wordCount} words · ${result.readingTime} min read`;
    selectionMoved(source.view.state.selection.main.head);
    autosave();
    root.dispatchEvent(new CustomEvent("recap-editor-rendered", { bubbles: true, detail: result }));
  }

  function renderProblems() {
    const bySeverity = { error: 0, warning: 0, info: 0 };
    for (const d of result.diagnostics) bySeverity[d.severity] += 1;
    counts.textContent = `${bySeverity.error} errors · ${bySeverity.warning} warnings · ${bySeverity.info} info`;
    problemsList.replaceChildren(
      ...(result.diagnostics.length
        ? result.diagnostics.map((d, i) =>
            el(
              "li",
              { class: `problem problem-${d.severity}`, "data-code": d.code },
              el(
                "button",
                { type: "button", class: "problem-go", "data-index": String(i), onclick: () => selectDiagnostic(d), "aria-label": `${d.severity} at line ${d.line}, column ${d.column}: ${d.message}` },
                el("span", { class: `sev sev-${d.severity}` }, d.severity),
                el("span", { class: "where" }, `${d.line}:${d.column}`),
                el("span", { class: "msg" }, d.message),
                d.suggestion ? el("span", { class: "suggestion" }, d.suggestion) : null,
                el("code", { class: "code" }, d.code),
              ),
              d.fix ? el("button", { type: "button", class: "quick-fix", onclick: () => (showPane("source"), applyFix(source.view, d.fix)) }, d.fix.title) : null,
            ),
          )
        : [el("li", { class: "no-problems" }, "No problems.")]),
    );
  }

  // ---- Caret, problems, outline
  function selectDiagnostic(d) {
    showPane("source");
    source.select(d.start, Math.max(d.end, d.start));
  }

  function nextProblem(step) {
    if (!result || !result.diagnostics.length) return;
    const at = source.view.state.selection.main.from;
    const list = result.diagnostics;
    const i = step > 0 ? list.findIndex((d) => d.start > at) : list.map((d) => d.start < at).lastIndexOf(true);
    selectDiagnostic(list[(i + list.length) % list.length] || list[0]);
  }

  function selectionMoved(head) {
    if (!result) return;
    const d = result.diagnostics.find((x) => head >= x.start && head <= Math.max(x.end, x.start + 1));
    const text = d ? `${d.severity}: ${d.message}${d.suggestion ? ` — ${d.suggestion}` : ""}` : "";
    if (hint.textContent !== text) hint.textContent = text;
    outline.mark(source.view.state.doc.lineAt(head).number);
  }

  /**
   * @param {number} line
   * @param {"center" | "start"} [y]
   */
  function goToLine(line, y = "center") {
    const doc = source.view.state.doc;
    const pos = doc.line(Math.max(1, Math.min(line, doc.lines))).from;
    showPane("source");
    source.select(pos, pos, true, y);
  }

  // ---- Scroll sync, both ways, by source lines (the blocks' lines)
  let syncing = null;
  let held = 0;
  /** Stops the scroll sync for a moment, while code moves both panes itself. */
  function holdSync() {
    syncing = "held";
    clearTimeout(held);
    held = setTimeout(() => (syncing = null), 250);
  }
  source.view.scrollDOM.addEventListener("scroll", () => {
    if (syncing === "preview" || syncing === "held" || !result || !result.blocks.length) return;
    const line = source.topLine();
    const blocks = result.blocks;
    let i = 0;
    for (let lo = 0, hi = blocks.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].startLine <= line) {
        i = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const target = body.querySelector(`[data-source-line="${blocks[i].startLine}-${blocks[i].endLine}"]`);
    if (!target) return;
    syncing = "source";
    preview.scrollTop += target.getBoundingClientRect().top - preview.getBoundingClientRect().top - 8;
    requestAnimationFrame(() => (syncing = null));
  });
  preview.addEventListener("scroll", () => {
    if (syncing === "source" || syncing === "held" || !result) return;
    const top = preview.getBoundingClientRect().top;
    // The first block whose bottom is below the top of the view (blocks are in order).
    const children = body.children;
    let lo = 0;
    for (let hi = children.length - 1; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (children[mid].getBoundingClientRect().bottom > top) hi = mid;
      else lo = mid + 1;
    }
    const block = /** @type {HTMLElement | undefined} */ (children[lo]);
    if (!block || !block.dataset.sourceLine) return;
    syncing = "preview";
    const line = Number(block.dataset.sourceLine.split("-")[0]);
    source.scrollTo(source.view.state.doc.line(Math.min(line, source.view.state.doc.lines)).from);
    requestAnimationFrame(() => (syncing = null));
  });
  body.addEventListener("click", (event) => {
    const target = /** @type {Element} */ (event.target);
    const block = target.closest && target.closest("[data-source-line]");
    if (!block || target.closest("a, iframe, summary, button")) return;
    goToLine(Number(block.getAttribute("data-source-line").split("-")[0]));
  });

  // ---- Files, drafts, versions
  function isDirty() {
    const text = source.text();
    return savedText === null ? text.trim() !== "" : text !== savedText;
  }

  function updateLabel() {
    const dirty = isDirty();
    const label = `${fileName}${dirty ? " — unsaved" : ""}`;
    if (fileLabel.textContent !== label) fileLabel.textContent = label;
    fileLabel.classList.toggle("dirty", dirty);
  }

  function say(message) {
    notice.textContent = message;
    notice.hidden = !message;
  }

  /** Asks before an action replaces unsaved text; the text is kept as a version either way. */
  function mayReplace(what) {
    if (!isDirty()) return true;
    drafts.keepVersion(source.text(), fileName, `before ${what}`);
    return ask(`${fileName} has unsaved changes. ${what[0].toUpperCase()}${what.slice(1)} anyway? (The current text stays in History.)`);
  }

  /**
   * Puts `text` in the editor: `saved` when it is what the file holds; `initial` for the first text of the session.
   * @param {string} text
   * @param {string | null} name
   * @param {{ saved: boolean, fileHandle?: any, initial?: boolean }} how
   */
  function setText(text, name, { saved, fileHandle = null, initial = false }) {
    source.replace(text);
    if (name) fileName = name;
    if (!initial) pristine = false;
    savedText = saved ? text : null;
    handle = fileHandle;
    update();
    updateLabel();
    warmUp(text);
  }

  /**
   * A long post: renders it a few more times while the author reads (in idle
   * time, stopping at the first edit), because the browser compiles the
   * renderer's code to its fastest tier only after running it for a while —
   * without this, the first few dozen keys in a 200 KB post are several times slower.
   */
  function warmUp(text) {
    // (Posts from OFF_THREAD_LENGTH on render in a worker: nothing to warm here.)
    if (text.length < 50_000 || text.length >= OFF_THREAD_LENGTH || typeof requestIdleCallback !== "function") return;
    let left = 6;
    const step = () => {
      if (left-- <= 0 || source.text() !== text) return;
      renderer.render(text);
      requestIdleCallback(step, { timeout: 1000 });
    };
    requestIdleCallback(step, { timeout: 1000 });
  }

  let autosaveTimer = 0;
  function autosave() {
    if (!useStorage) return;
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(flushDraft, AUTOSAVE_MS);
  }
  /** False once the author has typed, opened, restored or saved: until then there is nothing of theirs to keep. */
  let pristine = true;
  let lastDraft = null;
  function flushDraft() {
    clearTimeout(autosaveTimer);
    autosaveTimer = 0;
    const text = source.text();
    if (pristine || text === lastDraft) return;
    lastDraft = text;
    drafts.saveDraft({ text, fileName });
  }
  const onHide = () => document.visibilityState === "hidden" && flushDraft();
  document.addEventListener("visibilitychange", onHide);
  addEventListener("pagehide", flushDraft);

  async function openText(file, fileHandle) {
    const reason = await refuseReason(file);
    if (reason) {
      say(reason);
      return false;
    }
    if (!mayReplace(`open ${file.name}`)) return false;
    say("");
    setText(await file.text(), file.name, { saved: true, fileHandle });
    return true;
  }

  async function openFile() {
    try {
      const picked = await pickFile(fileInput);
      if (picked) await openText(picked.file, picked.handle);
    } catch (e) {
      say(`Could not open the file: ${e.message}`);
    }
  }

  async function save() {
    const text = source.text();
    try {
      const written = await saveText(text, fileName, handle);
      if (written === undefined) return; // the author cancelled
      if (written) {
        handle = written;
        if (written.name) fileName = written.name;
      }
      savedText = text;
      drafts.keepVersion(text, fileName, "saved");
      flushDraft();
      updateLabel();
      say("");
      root.dispatchEvent(new CustomEvent("recap-editor-saved", { bubbles: true, detail: { fileName, inPlace: Boolean(written) } }));
    } catch (e) {
      say(`Could not save ${fileName}: ${e.message}`);
    }
  }

  async function newFromSeed() {
    if (!mayReplace("start again from the sample post")) return;
    const url = options.seedUrl || new URL("./posts/december-2021-recap.md", location.href);
    setText(await (await fetch(url)).text(), "december-2021-recap.md", { saved: true });
  }

  function openHistory() {
    const versions = drafts.versions();
    const close = () => (dialog.close(), dialog.remove());
    const list = el(
      "ol",
      {},
      ...versions.map((v) => {
        const title = /^title\s*[:=]\s*["']?(.+?)["']?\s*$/m.exec(v.text);
        return el(
          "li",
          {},
          el("span", {}, el("strong", {}, title ? title[1] : v.fileName), el("br"), el("span", { class: "version-meta" }, `${new Date(v.at).toLocaleString()} · ${v.fileName} · ${v.text.length.toLocaleString()} characters · ${v.reason}`)),
          el(
            "button",
            {
              type: "button",
              onclick: () => {
                if (!mayReplace("restore an earlier version")) return;
                close();
                setText(v.text, v.fileName, { saved: false });
              },
            },
            "Restore",
          ),
        );
      }),
    );
    const dialog = el(
      "dialog",
      { class: "history", "aria-labelledby": "recap-history-title" },
      el("h2", { id: "recap-history-title" }, "History"),
      el("p", {}, versions.length ? "Versions kept in this browser, newest first. Restoring one keeps the current text here too." : "No versions yet: one is kept before each open, new or restore, on each save, and every few minutes of typing."),
      list,
      el("div", { class: "row" }, el("button", { type: "button", onclick: close }, "Close")),
    );
    root.append(dialog);
    dialog.showModal();
  }

  // Save and open from anywhere in the editor (the source has its own bindings).
  root.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === "s") {
      e.preventDefault();
      save();
    } else if (key === "o") {
      e.preventDefault();
      openFile();
    }
  });
  root.addEventListener("dragover", (e) => e.preventDefault());
  root.addEventListener("drop", async (e) => {
    e.preventDefault();
    const dropped = await droppedFile(e.dataTransfer);
    if (dropped) await openText(dropped.file, dropped.handle);
  });

  // ---- Panes and view preferences
  function showPane(name) {
    root.dataset.pane = name;
    for (const t of tabs.querySelectorAll("[role=tab]")) t.setAttribute("aria-selected", String(t.getAttribute("data-pane") === name));
    if ((name === "form" || name === "outline") && result) refreshSide();
  }

  function setSide(name, save = true) {
    prefs.side = name;
    if (name) root.dataset.side = name;
    else delete root.dataset.side;
    for (const b of toolbar.querySelectorAll(".side-toggle")) b.setAttribute("aria-pressed", String(b.getAttribute("data-side") === name));
    if (save) savePrefs(useStorage, prefs);
    refreshSide();
  }

  const narrow = matchMedia("(max-width: 899px)");
  function formVisible() {
    return narrow.matches ? root.dataset.pane === "form" : prefs.side === "form";
  }

  function refreshSide() {
    if (result && formVisible()) form.refresh(source.text());
  }

  function setWrap(on) {
    prefs.wrap = on;
    source.setWrap(on);
    wrapButton.setAttribute("aria-pressed", String(on));
    savePrefs(useStorage, prefs);
  }

  // ---- Site settings
  function settingsDialog() {
    openSettings({
      root,
      settings,
      parseConfig,
      presetSchema: RECAP_POST_SCHEMA,
      apply: async (next) => {
        const previous = settings;
        settings = next;
        try {
          await loadEngine();
          makeRenderer();
        } catch (e) {
          settings = previous;
          throw e;
        }
        form.setSchema(settings.schema);
        shown = { fm: "", diags: "" };
        update();
        refreshSide();
        drafts.saveSettings(settings);
      },
    });
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
  showPane("source");
  setSide(prefs.side || "", false);
  const draft = drafts.draft();
  if (draft && typeof draft.text === "string") {
    // A restored draft is in no file yet: it stays unsaved (dirty) until saved.
    setText(draft.text, draft.fileName, { saved: false, initial: true });
    lastDraft = draft.text;
  } else if (typeof options.source === "string") {
    setText(options.source, fileName, { saved: true, initial: true });
  } else {
    const url = options.seedUrl || new URL("./posts/december-2021-recap.md", location.href);
    setText(await (await fetch(url)).text(), "december-2021-recap.md", { saved: true, initial: true });
  }

  const api = {
    getValue: () => source.text(),
    setValue(text) {
      setText(String(text), null, { saved: true, fileHandle: handle });
    },
    setSelection(anchor, head = anchor) {
      source.select(anchor, head, false);
    },
    focus() {
      source.view.focus();
    },
    get value() {
      return source.text();
    },
    set value(text) {
      api.setValue(text);
    },
    get result() {
      return result;
    },
    get renderer() {
      return renderer;
    },
    get view() {
      return source.view;
    },
    get dirty() {
      return isDirty();
    },
    save,
    canSaveInPlace: canSaveInPlace(),
    destroy() {
      flushDraft();
      destroyed = true;
      cancelAnimationFrame(frame);
      soon.port1.onmessage = null;
      soon.port1.close();
      document.removeEventListener("visibilitychange", onHide);
      removeEventListener("pagehide", flushDraft);
      source.view.destroy();
      renderer?.destroy();
      element.replaceChildren();
    },
  };
  return api;
}
