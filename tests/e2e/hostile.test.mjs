// Hostile posts in real Chromium, through every DOM path of the package (issue 15):
// `renderInto`, `Renderer#mount` + `update` (and a second update after an edit),
// `<recap-post>` (click-to-load facades and `embeds="direct"`, in a shadow root and
// with `no-shadow`) and the editor's preview (www/index.html, `recapEditor.setValue`),
// with Hugo's default options and with `unsafe = true` plus site shortcode templates.
// Four classes of post: deep nesting, embed floods, delimiter floods (the table in
// tests/data/floods.txt) and DOM clobbering. For each case and path:
//
// * no page-level hang: the call and the next two animation frames, measured in
//   the page, within 2 s;
// * the DOM below the post's container at most limits::DOM_DEPTH deep;
// * live iframes at most the live-embed limit (limits::LIVE_EMBEDS, and
//   `recap: { maxLiveEmbeds: 3 }`), the rest click-to-load facades, while the
//   HTML string of `render()` keeps every iframe (Hugo's);
// * no member of `document`, `window` or the page's form, and no global or
//   prototype addition the page made itself, replaced by the post;
// * every limit reached reported by its diagnostic code.
//
// Last, the floods table's growth in `render()`: each case at N and 4N bytes, best of
// three, time growing at most as tests/floods.rs allows natively.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, browser, page, root, unsafeOptions, blankEmbeds } from "./harness.mjs";
import { start as startDemo } from "../../www/serve.mjs";

// ---- Limits, read from their one home (src/limits.rs).

const limitsRs = readFileSync(join(root, "src/limits.rs"), "utf8");
const limit = (name) => Number(new RegExp(`pub const ${name}: usize = ([\\d_]+);`).exec(limitsRs)[1].replace(/_/g, ""));
const DOM_DEPTH = limit("DOM_DEPTH");
const LIVE_EMBEDS = limit("LIVE_EMBEDS");
const MAX_DIAGNOSTICS = limit("MAX_DIAGNOSTICS");
const MAX_SHORTCODE_CALLS = limit("MAX_SHORTCODE_CALLS");

/** A case's call and its next two frames must end within this (issue 15). */
const HANG_MS = 2000;
/** tests/floods.rs's bound: ×4 input, at most ×8 time (linear is ×4, quadratic ×16; the slack absorbs a loaded machine). */
const MAX_GROWTH = 8;

// ---- The option sets. `limit` is what the DOM paths keep live.

const sets = [
  { name: "Hugo defaults", options: {}, limit: LIVE_EMBEDS, unsafe: false },
  { name: "unsafe + templates", options: unsafeOptions, limit: LIVE_EMBEDS, unsafe: true },
];
/** The same sets with `recap: { maxLiveEmbeds: 3 }` (the embed floods only). */
const withLimit = (set, n) => ({
  ...set,
  name: `${set.name}, maxLiveEmbeds ${n}`,
  options: { ...set.options, recap: { ...(set.options.recap || {}), maxLiveEmbeds: n } },
  limit: n,
});

// ---- The posts.

/** Every post starts with a paragraph (a post starting with `{` would be JSON front matter). */
const LEAD = "A hostile post.\n\n";
const NEST = 5_000;
const nest = (open, inner, close, n = NEST) => open.repeat(n) + inner + close.repeat(n);

/** Deep nesting: [name, post, codes expected with the default set, codes expected with the unsafe set (null: not run)]. */
const nestingCases = [
  ["block quotes", "> ".repeat(NEST) + "x\n", ["limits/nesting"], ["limits/nesting"]],
  ["bullet lists", "- ".repeat(NEST) + "x\n", ["limits/nesting"], ["limits/nesting"]],
  ["ordered lists", "1. ".repeat(NEST) + "x\n", ["limits/nesting"], ["limits/nesting"]],
  ["quotes in lists", "- > ".repeat(NEST / 2) + "x\n", ["limits/nesting"], ["limits/nesting"]],
  ["emphasis", nest("*", "x", "*") + "\n", ["limits/nesting"], ["limits/nesting"]],
  ["alternating emphasis", nest("_a *", "x", "* a_") + "\n", ["limits/nesting"], ["limits/nesting"]],
  ["strikethrough and emphasis", nest("~~a *", "x", "* a~~") + "\n", ["limits/nesting"], ["limits/nesting"]],
  ["links in strong emphasis", nest("**a [", "x", "](/u) a**") + "\n", ["limits/nesting"], ["limits/nesting"]],
  // Raw HTML is omitted with Hugo's defaults: nothing nests.
  ["raw <div>s", nest("<div>", "x", "</div>") + "\n", [], ["limits/nesting"]],
  ["raw <span>s", "a " + nest("<span>", "x", "</span>") + "\n", [], ["limits/nesting"]],
  ["raw <div>s in block quotes", "> ".repeat(NEST / 10) + nest("<div>", "x", "</div>", NEST / 10) + "\n", ["limits/nesting"], ["limits/nesting"]],
  ["shortcodes", "x " + nest("{{< details summary=s >}}", "x", "{{< /details >}}") + "\n", ["shortcode/too-deep"], ["shortcode/too-deep"]],
  ["markdown shortcodes", nest("{{% details summary=s %}}\n", "x\n", "{{% /details %}}\n", NEST / 10), ["shortcode/too-deep"], ["shortcode/too-deep"]],
  [
    "every kind at once",
    "> ".repeat(150) + "- ".repeat(150) + "a " + nest("<span>", nest("*", "x", "*", 300), "</span>", NEST / 5) + "\n",
    ["limits/nesting"],
    ["limits/nesting"],
  ],
  // The site's own template renders its Markdown content again (`.Page.RenderString`).
  ["template shortcodes", nest("{{< note >}}\n", "x\n", "{{< /note >}}\n", NEST / 10), null, ["shortcode/too-deep"]],
].map(([name, post, d, u]) => [name, LEAD + post, d, u]);

const EMBEDS = 1000;
const YOUTUBE = "{{< youtube dQw4w9WgXcQ >}}";
const VIMEO = "{{< vimeo 146022717 >}}";
const both = (i) => (i % 2 ? VIMEO : YOUTUBE);
/** Embed floods: [name, post]; each has EMBEDS embeds (a block each, and all in one list). The first is also run with `maxLiveEmbeds: 3`. */
const embedCases = [
  ["youtube and vimeo, a block each", Array.from({ length: EMBEDS }, (_, i) => both(i)).join("\n\n")],
  ["in list items", Array.from({ length: EMBEDS }, (_, i) => `- ${both(i)}`).join("\n")],
].map(([name, post]) => [name, `${LEAD}${post}\n`]);

/** tests/data/floods.txt, read as tests/floods.rs reads it: [name, unit]. */
function floods() {
  return readFileSync(join(root, "tests/data/floods.txt"), "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("#") && l.trim() !== "")
    .map((l) => {
      const tab = l.indexOf("\t");
      return [l.slice(0, tab), l.slice(tab + 1).replaceAll("\\n", "\n").replaceAll("\\t", "\t")];
    });
}
/** A flood's post, as tests/floods.rs builds it: the unit repeated to about `bytes`. */
const floodPost = (unit, bytes) => `---\ntitle: flood\n---\n${unit.repeat(Math.max(1, Math.floor(bytes / unit.length)))}\n`;
/** Bytes of each flood shown through the DOM paths. */
const FLOOD_DOM_BYTES = 20_000;
/** Floods that reach a limit of their own: [name, post, codes]. */
const limitFloods = [
  ["more shortcode calls than allowed", `---\ntitle: T\n---\n${"{{< param title >}} ".repeat(MAX_SHORTCODE_CALLS + 2000)}\n`, ["limits/too-many-shortcodes"]],
  ["more problems than reported", `${LEAD}${"{{< nope >}}\n".repeat(MAX_DIAGNOSTICS * 2)}`, ["limits/too-many-diagnostics"]],
];

/** Names a post tries to take over: members of document, window, forms and Object.prototype, and the page's own. */
const CLOBBER_NAMES = ["cookie", "getElementById", "querySelector", "createElement", "body", "forms", "images", "title", "domain", "defaultView", "write",
  "submit", "action", "reset", "elements", "method", "alert", "fetch", "toString", "valueOf", "hasOwnProperty", "appConfig", "appHelper", "validateAll"];
const headingIds = ["cookie", "getElementById", "querySelector", "submit", "appConfig", "appHelper", "validateAll", "toString", "__proto__"];
/** DOM clobbering: [name, post, option-set filter]; every case also has two ordinary headings whose IDs must stay Hugo's. */
const clobberCases = [
  ["heading attributes", headingIds.map((id) => `## H ${id} {#${id}}\n`).join("\n"), () => true],
  [
    "raw HTML names and ids",
    [
      ...CLOBBER_NAMES.map((n) => `<img name="${n}" alt=""> <img id="${n}" alt=""> <a id="${n}" href="#x">a</a> <a name="${n}">b</a>`),
      `<fieldset name="action"></fieldset> <output name="reset"></output> <output id="submit"></output>`,
      `<form id="appConfig" name="forms"><input name="submit"><button name="action">x</button></form>`,
    ].join("\n\n") + "\n",
    (set) => set.unsafe,
  ],
  [
    "shortcode templates",
    [
      ...CLOBBER_NAMES.map((n) => `{{< unsafe "/u" "<img name=\\"${n}\\" alt=\\"\\">" >}}`),
      `{{% md "Template heading {#getElementById}" %}}inner{{% /md %}}`,
      `{{< note title="n" >}}\n## In a note {#cookie}\n{{< /note >}}`,
    ].join("\n\n") + "\n",
    (set) => set.unsafe,
  ],
].map(([name, post, applies]) => [name, LEAD + post, applies]);
const ordinaryHeadings = "\n## Intro {#intro}\n\n## Hello World\n";
const ORDINARY_IDS = ["intro", "hello-world"];

/** A site bundle (`recap pack`'s format) whose render hooks and templates write ids and names from the post. */
const hookSite = {
  recapSite: 1,
  files: {
    "hugo.yaml": "title: hooks\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: true\n",
    "layouts/_markup/render-heading.html": `<h{{ .Level }} id="{{ .Anchor }}">{{ .Text }}</h{{ .Level }}>`,
    "layouts/_markup/render-image.html": `<img src="{{ .Destination }}" alt="" name="{{ .PlainText }}">`,
    "layouts/_markup/render-link.html": `<a href="{{ .Destination }}" id="{{ .PlainText }}">{{ .Text }}</a>`,
    "layouts/shortcodes/named.html": `<img alt="" name="{{ .Get 0 }}"><img alt="" id="{{ .Get 0 }}">`,
  },
};
const hookPost =
  LEAD +
  headingIds.map((id) => `## Hooked ${id} {#${id}}\n`).join("\n") +
  "\n" +
  CLOBBER_NAMES.map((n) => `![${n}](/x.png) [${n}](/u) {{< named "${n}" >}}`).join("\n\n") +
  "\n";

// ---- In the page (injected into the fixture page and the editor's page before their scripts).

function pageSetup(names) {
  // A global the page defines, and additions to the DOM's prototypes (a polyfill's), before any post renders.
  window.appConfig = { api: "/api/v1" };
  Document.prototype.appHelper = function appHelper() {
    return "page";
  };
  HTMLFormElement.prototype.validateAll = function validateAll() {
    return true;
  };
  // The probe's own DOM calls, taken before any post could shadow them.
  const byId = Document.prototype.getElementById.bind(document);
  const query = Document.prototype.querySelector.bind(document);
  const create = Document.prototype.createElement.bind(document);
  const now = () => performance.now();
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  /** Elements below `root`, its children at depth 1. */
  const depthBelow = (root) => {
    let max = 0;
    const stack = [[root, 0]];
    while (stack.length) {
      const [node, d] = stack.pop();
      if (d > max) max = d;
      for (let c = node.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
    }
    return max;
  };
  const objects = () => ({ document, window, form: byId("pageForm") });
  /** The page's members of these names, before a post renders. */
  const watch = () => {
    const snap = [];
    for (const [label, o] of Object.entries(objects())) if (o) for (const n of names) if (n in o) snap.push([label, n, o[n]]);
    return snap;
  };
  const changed = (snap) => snap.filter(([label, n, v]) => !Object.is(objects()[label][n], v)).map(([label, n]) => `${label}.${n}`);
  const record = (path, container, result, ms, snap, ids) => ({
    path,
    ms: Math.round(ms),
    depth: depthBelow(container),
    live: container.querySelectorAll("iframe").length,
    facades: [...container.querySelectorAll(".video > button")].filter((b) => b.dataset.src).length,
    codes: [...new Set(result.diagnostics.map((d) => d.code))],
    diagnostics: result.diagnostics.length,
    clobbered: changed(snap),
    // The members issue 15 names, asked while the post is shown.
    members: [typeof document.getElementById, typeof document.cookie, byId("pageForm") ? typeof byId("pageForm").submit : "function", typeof window.appConfig],
    ids: ids ? [...container.querySelectorAll("[id], [name]")].flatMap((e) => [e.getAttribute("id"), e.getAttribute("name")].filter((v) => v !== null)) : [],
  });
  const stage = () => byId("stage");

  window.probe = {
    /** renderInto, or Renderer#mount + update and a second update with `edited`. */
    async package(path, source, { options, edited, ids }) {
      const box = create("article");
      stage().append(box);
      const snap = watch();
      const out = [];
      try {
        if (path === "renderInto") {
          const t = now();
          const result = window.recap.renderInto(box, source, options);
          await frames();
          out.push(record("renderInto", box, result, now() - t, snap, ids));
        } else {
          const renderer = new window.recap.Renderer(options);
          renderer.mount(box);
          let t = now();
          let result = renderer.update(source);
          await frames();
          out.push(record("Renderer#update", box, result, now() - t, snap, ids));
          t = now();
          result = renderer.update(edited);
          await frames();
          out.push(record("Renderer#update, edited", box, result, now() - t, snap, ids));
          renderer.destroy();
        }
      } finally {
        box.remove();
      }
      return out;
    },
    /** <recap-post>: `direct` embeds or facades, `light` DOM or a shadow root, options from `config` or `site`. */
    async widget(source, { config, site, direct, light, ids }) {
      const post = create("recap-post");
      if (config) post.setAttribute("config", config);
      if (site) post.setAttribute("site", site);
      if (direct) post.setAttribute("embeds", "direct");
      if (light) post.setAttribute("no-shadow", "");
      const done = new Promise((resolve, reject) => {
        post.addEventListener("recap-post-rendered", resolve, { once: true });
        post.addEventListener("recap-post-error", (e) => reject(new Error(`recap-post-error: ${e.detail.message}`)), { once: true });
      });
      const snap = watch();
      const t = now();
      post.source = source;
      stage().append(post);
      try {
        await done;
        await frames();
        const ms = now() - t;
        const body = light ? post.querySelector(":scope > .body") : post.shadowRoot.querySelector(".body");
        return [record(`<recap-post${direct ? ' embeds="direct"' : ""}${light ? " no-shadow" : ""}>`, body, post.result, ms, snap, ids)];
      } finally {
        post.remove();
      }
    },
    /** The editor's preview: the whole text set, then an edit at its end as typing makes it. */
    async editor(source, { ids }) {
      const editor = window.recapEditor;
      const body = query(".post-body");
      const snap = watch();
      const out = [];
      // Until the preview shows the edit: a long post renders in a worker, after the edit's frames.
      const rendered = () =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("the preview showed no render within 20 s")), 20_000);
          document.addEventListener("recap-editor-rendered", () => resolve(clearTimeout(timer)), { once: true });
        });
      try {
        let t = now();
        let shown = rendered();
        editor.setValue(source);
        await shown;
        await frames();
        out.push(record("editor, setValue", body, editor.result, now() - t, snap, ids));
        t = now();
        shown = rendered();
        editor.view.dispatch({ changes: { from: editor.view.state.doc.length, insert: "\n\nAn edit at the end.\n" }, userEvent: "input.type" });
        await shown;
        await frames();
        out.push(record("editor, typed", body, editor.result, now() - t, snap, ids));
        shown = rendered();
        editor.setValue("");
        await shown;
        await frames();
      } catch (e) {
        out.push({ path: `editor, ${out.length ? "typed" : "setValue"}`, error: String(e && e.stack ? e.stack.split("\n").slice(0, 4).join(" ") : e) });
      }
      return out;
    },
    /** The record of HTML put in the page as it is (no Recap): the probes' own test. */
    async planted(html) {
      const box = create("article");
      stage().append(box);
      const snap = watch();
      const t = now();
      box.innerHTML = html;
      await frames();
      const r = record("planted", box, { diagnostics: [] }, now() - t, snap, true);
      box.remove();
      return r;
    },
    /** How many iframes `render()`'s HTML string has. */
    htmlIframes(source, options) {
      return (window.recap.render(source, options).html.match(/<iframe\b/g) || []).length;
    },
    /**
     * Milliseconds of the fastest of three `render()` calls of `small` and of
     * `large`, taken in turn (a burst of load elsewhere slows both alike), after
     * one render of `large` (the module's memory grows once, not in a timing).
     */
    growth(small, large, options) {
      window.recap.render(large, options);
      const best = [Infinity, Infinity];
      for (let i = 0; i < 3; i++) {
        [small, large].forEach((source, k) => {
          const t = now();
          window.recap.render(source, options);
          best[k] = Math.min(best[k], now() - t);
        });
      }
      return best;
    },
  };
}

// ---- The test's side.

let server, demo, context;
before(async () => {
  mkdirSync(join(root, "test-results"), { recursive: true });
  for (const set of sets) {
    for (const n of [null, 3]) {
      const s = n ? withLimit(set, n) : set;
      writeFileSync(join(root, `test-results/hostile-${configName(s)}.json`), JSON.stringify(s.options));
    }
  }
  writeFileSync(join(root, "test-results/hostile-site.json"), JSON.stringify(hookSite));
  server = await serve(root);
  demo = await startDemo(0);
  context = await browser();
  await blankEmbeds(context);
});
after(async () => {
  await context?.close();
  await server?.close();
  await new Promise((r) => {
    demo?.close(r);
    demo?.closeAllConnections();
  });
});

function configName(set) {
  return set.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
}

/** The fixture page, with the module `set` needs (the one with the template engine for the unsafe set). */
async function fixture(set) {
  const p = await page(context, { allowErrors: [/Failed to load resource/] });
  await p.addInitScript(pageSetup, CLOBBER_NAMES);
  await p.goto(`${server.url}/tests/e2e/fixtures/hostile.html`);
  await p.waitForFunction(() => document.body.dataset.ready === "yes");
  const engine = await p.evaluate(async (options) => {
    if (window.recap.needsTemplates(options)) await window.recap.default({ templates: true });
    return window.recap.hasTemplates();
  }, set.options);
  assert.equal(engine, set.unsafe);
  return p;
}

/** The editor's page, its site settings (kept in this browser, as its settings dialog keeps them) those of `set`. */
async function editorPage(settings) {
  const p = await page(context, { allowErrors: [/Failed to load resource/] });
  await p.addInitScript(pageSetup, CLOBBER_NAMES);
  const url = `http://127.0.0.1:${demo.address().port}/`;
  await p.goto(url);
  await p.waitForSelector("body[data-ready=yes]");
  await p.evaluate((settings) => {
    localStorage.clear();
    localStorage.setItem("recap-editor:settings", JSON.stringify(settings));
  }, settings);
  await p.reload();
  await p.waitForSelector("body[data-ready=yes]");
  return p;
}
const editorSettings = (set) => ({ config: { ...set.options, recap: { ...(set.options.recap || {}), shortcodes: undefined } }, shortcodes: set.options.recap?.shortcodes });

/** The widget's four forms: facades and direct embeds, in a shadow root and in light DOM. */
const WIDGETS = [
  { direct: false, light: false },
  { direct: true, light: false },
  { direct: false, light: true },
  { direct: true, light: true },
];

/**
 * Runs `source` through renderInto, Renderer (two updates) and the widget forms
 * `widgets` on `p`; returns the records, each with `limit` (the live embeds its
 * path allows).
 */
async function throughPackage(p, set, source, { widgets = WIDGETS, ids = false, site = null } = {}) {
  const edited = `${source}\n\nAn edit at the end.\n`;
  const options = site ?? set.options;
  const records = [];
  for (const path of ["renderInto", "Renderer"]) {
    for (const r of await p.evaluate(([path, source, o]) => window.probe.package(path, source, o), [path, source, { options, edited, ids }])) records.push({ ...r, limit: set.limit });
  }
  const config = site ? null : set.options === sets[0].options ? null : `/test-results/hostile-${configName(set)}.json`;
  const siteUrl = site ? "/test-results/hostile-site.json" : null;
  for (const w of widgets) {
    const [r] = await p.evaluate(([source, o]) => window.probe.widget(source, o), [source, { ...w, config, site: siteUrl, ids }]);
    records.push({ ...r, limit: w.direct ? set.limit : 0 });
  }
  return records;
}

/** What is wrong with one record of case `name` (expected `codes`; `embeds` in the post). */
function problems(name, r, { codes = [], embeds = 0 } = {}) {
  const where = `${name} via ${r.path}`;
  if (r.error) return [`${where}: ${r.error}`];
  const out = [];
  if (r.ms > HANG_MS) out.push(`${where}: ${r.ms} ms with two frames (more than ${HANG_MS})`);
  if (r.depth > DOM_DEPTH) out.push(`${where}: the DOM is ${r.depth} deep below the container (more than ${DOM_DEPTH})`);
  if (r.live > r.limit) out.push(`${where}: ${r.live} live iframes (more than ${r.limit})`);
  if (embeds) {
    if (r.live !== Math.min(r.limit, embeds)) out.push(`${where}: ${r.live} live iframes (the first ${Math.min(r.limit, embeds)} of ${embeds} should be)`);
    if (r.live + r.facades !== embeds) out.push(`${where}: ${r.live} live + ${r.facades} facades for ${embeds} embeds`);
  }
  for (const code of codes) if (!r.codes.includes(code)) out.push(`${where}: no ${code} diagnostic (codes: ${r.codes.join(", ") || "none"})`);
  if (r.diagnostics > MAX_DIAGNOSTICS && !r.codes.includes("limits/too-many-diagnostics")) out.push(`${where}: ${r.diagnostics} diagnostics without limits/too-many-diagnostics`);
  if (r.clobbered.length) out.push(`${where}: replaced ${r.clobbered.join(", ")}`);
  const members = ["function", "string", "function", "object"];
  if (r.members.join() !== members.join()) out.push(`${where}: typeof document.getElementById, document.cookie, form.submit, window.appConfig: ${r.members.join(", ")}`);
  return out;
}

/** Each failure in the test's log (the assertion's own message cuts long lists). */
function report(t, failures) {
  for (const f of failures) t.diagnostic(`FAIL ${f}`);
}

/** A table of timings for the test's log: case, then milliseconds by path. */
function timings(t, title, rows) {
  const paths = [...new Set(rows.flatMap(([, records]) => records.map((r) => r.path)))];
  t.diagnostic(`${title} — ms (call + 2 frames) by path: ${paths.join(" | ")}`);
  for (const [name, records] of rows) t.diagnostic(`  ${name.padEnd(36)} ${paths.map((p) => String(records.find((r) => r.path === p)?.ms ?? "-").padStart(5)).join(" ")}`);
}

for (const set of sets) {
  test(`deep nesting, ${set.name}: every DOM path within 2 s, ≤ ${DOM_DEPTH} deep, each limit a diagnostic`, async (t) => {
    const p = await fixture(set);
    const failures = [];
    const rows = [];
    for (const [name, post, defaultCodes, unsafeCodes] of nestingCases) {
      const codes = set.unsafe ? unsafeCodes : defaultCodes;
      if (!codes) continue;
      // Facades in a shadow root and direct embeds in light DOM: both embed modes, both roots.
      const records = await throughPackage(p, set, post, { widgets: [WIDGETS[0], WIDGETS[3]] });
      rows.push([name, records]);
      for (const r of records) failures.push(...problems(name, r, { codes }));
    }
    timings(t, `deep nesting (${NEST.toLocaleString("en")} levels), ${set.name}`, rows);
    report(t, failures);
    assert.deepEqual(failures, []);
    assert.deepEqual(p.problems, []);
    await p.close();
  });

  test(`embed floods, ${set.name}: at most the live-embed limit live, the rest facades, render() keeps Hugo's iframes`, async (t) => {
    const p = await fixture(set);
    const failures = [];
    const rows = [];
    for (const s of [set, withLimit(set, 3)]) {
      for (const [name, post] of s === set ? embedCases : embedCases.slice(0, 1)) {
        const html = await p.evaluate(([post, options]) => window.probe.htmlIframes(post, options), [post, s.options]);
        if (html !== EMBEDS) failures.push(`${name}, ${s.name}: render()'s HTML has ${html} iframes, not Hugo's ${EMBEDS}`);
        // With a lower limit, the widget's facade forms (no embed live) show nothing new.
        const records = await throughPackage(p, s, post, { widgets: s === set ? WIDGETS : WIDGETS.filter((w) => w.direct) });
        rows.push([`${name} (limit ${s.limit})`, records]);
        for (const r of records) failures.push(...problems(`${name}, ${s.name}`, r, { codes: ["limits/live-embeds"], embeds: EMBEDS }));
      }
    }
    timings(t, `embed floods (${EMBEDS} embeds), ${set.name}`, rows);
    report(t, failures);
    assert.deepEqual(failures, []);
    assert.deepEqual(p.problems, []);
    await p.close();
  });

  test(`delimiter floods (tests/data/floods.txt at ${FLOOD_DOM_BYTES / 1000} KB), ${set.name}: every DOM path within 2 s`, async (t) => {
    const p = await fixture(set);
    const failures = [];
    const rows = [];
    const all = [...floods().map(([name, unit]) => [name, floodPost(unit, FLOOD_DOM_BYTES), []]), ...limitFloods];
    for (const [name, post, codes] of all) {
      // One form of the widget per option set (the embed modes and roots are the embed floods' concern).
      const records = await throughPackage(p, set, post, { widgets: [set.unsafe ? WIDGETS[3] : WIDGETS[0]] });
      rows.push([name, records]);
      for (const r of records) failures.push(...problems(name, r, { codes }));
    }
    timings(t, `delimiter floods, ${set.name}`, rows);
    report(t, failures);
    assert.deepEqual(failures, []);
    assert.deepEqual(p.problems, []);
    await p.close();
  });

  test(`DOM clobbering, ${set.name}: no member of document, window or the page's form replaced; ordinary heading IDs kept`, async (t) => {
    const p = await fixture(set);
    const failures = [];
    const rows = [];
    for (const [name, post, applies] of clobberCases) {
      if (!applies(set)) continue;
      const records = await throughPackage(p, set, post + ordinaryHeadings, { ids: true });
      rows.push([name, records]);
      for (const r of records) {
        failures.push(...problems(name, r));
        for (const id of ORDINARY_IDS) if (!r.ids.includes(id)) failures.push(`${name} via ${r.path}: the heading ID ${id} is not kept`);
        // The post's names did reach the page (prefixed or not): the case tests something.
        if (!r.ids.some((v) => v.endsWith("getElementById"))) failures.push(`${name} via ${r.path}: no id or name from the post (${r.ids.slice(0, 10).join(" ")})`);
      }
      t.diagnostic(`${name}: prefixed ${[...new Set(records[0].ids.filter((v) => v.startsWith("user-content-")))].join(" ") || "none"}`);
    }
    timings(t, `DOM clobbering, ${set.name}`, rows);
    report(t, failures);
    assert.deepEqual(failures, []);
    assert.deepEqual(p.problems, []);
    await p.close();
  });
}

test("DOM clobbering through a site's render hooks and templates (a site bundle, unsafe)", async (t) => {
  const set = { ...sets[1], name: "site bundle with render hooks" };
  const p = await fixture(sets[1]);
  const records = await throughPackage(p, set, hookPost + ordinaryHeadings, { ids: true, site: hookSite });
  timings(t, "render hooks", [["hooks and templates", records]]);
  const failures = records.flatMap((r) => problems("render hooks", r));
  for (const r of records) {
    for (const id of ORDINARY_IDS) if (!r.ids.includes(id)) failures.push(`render hooks via ${r.path}: the heading ID ${id} is not kept`);
    // The hooks did write the names (prefixed or not): the case tests something.
    if (!r.ids.some((v) => v.endsWith("getElementById"))) failures.push(`render hooks via ${r.path}: no hook wrote its name (${r.ids.slice(0, 10).join(" ")})`);
  }
  report(t, failures);
  assert.deepEqual(failures, []);
  assert.deepEqual(p.problems, []);
  await p.close();
});

test("the probes find what they look for (HTML planted without Recap)", async () => {
  const p = await fixture(sets[0]);
  const html = `${"<div>".repeat(300)}x${"</div>".repeat(300)}<iframe src="about:blank"></iframe><iframe src="about:blank"></iframe>` +
    `<img name="getElementById" alt=""><img name="cookie" alt=""><img name="appHelper" alt=""><img name="validateAll" alt=""><img name="submit" alt="">`;
  const r = await p.evaluate((html) => window.probe.planted(html), html);
  assert.equal(r.depth, 300);
  assert.equal(r.live, 2);
  assert.deepEqual(r.clobbered.sort(), ["document.appHelper", "document.cookie", "document.getElementById", "form.submit", "form.validateAll"]);
  assert.deepEqual(r.members, ["object", "object", "object", "object"], "document.getElementById, document.cookie and form.submit are the images");
  // Depth, live iframes, the missing diagnostic, the replaced members, their types.
  const found = problems("planted", { ...r, limit: 1 }, { codes: ["limits/nesting"] });
  assert.equal(found.length, 5, found.join("\n"));
  await p.close();
});

test(
  "a limit reached after the first 1,000 problems is still reported by its code",
  async () => {
    const p = await fixture(sets[0]);
    // 12,000 calls of `param` on a post without that parameter: an error each, then the call limit.
    const post = `${LEAD}${"{{< param title >}} ".repeat(MAX_SHORTCODE_CALLS + 2000)}\n`;
    const codes = await p.evaluate((post) => window.recap.render(post).diagnostics.map((d) => d.code), post);
    await p.close();
    assert.ok(codes.includes("limits/too-many-diagnostics"));
    assert.ok(codes.includes("limits/too-many-shortcodes"), `codes: ${[...new Set(codes)].join(", ")}`);
  },
);

// Issue 15's own sizes, through renderInto: too slow for every `make e2e`, so run on
// demand (RECAP_HOSTILE_FULL=1). Rendering is linear (the floods table above, and
// `make bench` at 1 MB); what is left is the browser's layout of the HTML.
test(
  "issue 15's sizes through renderInto: 700 KB of shortcode openers, 50,000 footnote references",
  {
    skip: !process.env.RECAP_HOSTILE_FULL && "set RECAP_HOSTILE_FULL=1 to run",
    todo:
      "50,000 footnote references take ~40 s through renderInto: render() takes ~1 s, then Chromium lays out 9.3 MB of HTML " +
      "(a paragraph of 50,000 references, a note with 50,000 back links), which Hugo writes too; 700 KB of `{{< ` passes (1.8 s)",
  },
  async (t) => {
    const p = await fixture(sets[0]);
    const failures = [];
    for (const [name, post] of [
      ["700 KB of shortcode openers", floodPost("{{< ", 700_000)],
      ["50,000 footnote references", `${LEAD}${"x[^1] ".repeat(50_000)}\n\n[^1]: a note\n`],
    ]) {
      const records = (await p.evaluate(([post]) => window.probe.package("renderInto", post, { options: {} }), [post])).map((r) => ({ ...r, limit: LIVE_EMBEDS }));
      timings(t, name, [[name, records]]);
      for (const r of records) failures.push(...problems(name, r));
    }
    report(t, failures);
    assert.deepEqual(failures, []);
    await p.close();
  },
);

/**
 * The editor's preview, with a few cases of each class (the whole table would take
 * minutes here: each edit there renders twice and redraws the problems panel, the
 * outline and the source's highlighting). `name` picks cases by name.
 */
const EDITOR_CASES = {
  nesting: ["block quotes", "emphasis", "alternating emphasis", "raw <div>s", "shortcodes"],
  embeds: ["youtube and vimeo, a block each"],
  floods: ["shortcode-openers", "footnote-references", "reference-links", "list-items"],
};
function editorCases(set) {
  const embeds = embedCases.filter(([name]) => EDITOR_CASES.embeds.includes(name)).map(([name, post]) => [`embeds: ${name}`, post, { codes: ["limits/live-embeds"], embeds: EMBEDS }]);
  if (set.limit !== LIVE_EMBEDS) return embeds;
  return [
    ...nestingCases
      .filter(([name, , d, u]) => EDITOR_CASES.nesting.includes(name) && (set.unsafe ? u : d))
      .map(([name, post, d, u]) => [`nesting: ${name}`, post, { codes: set.unsafe ? u : d }]),
    ...embeds,
    ...floods()
      .filter(([name]) => EDITOR_CASES.floods.includes(name))
      .map(([name, unit]) => [`flood: ${name}`, floodPost(unit, FLOOD_DOM_BYTES), {}]),
    ...limitFloods.map(([name, post, codes]) => [`flood: ${name}`, post, { codes }]),
    ...clobberCases.filter(([, , applies]) => applies(set)).map(([name, post]) => [`clobbering: ${name}`, post + ordinaryHeadings, { ids: ORDINARY_IDS }]),
  ];
}

for (const s of [...sets, withLimit(sets[0], 3)]) {
  test(`the editor's preview, ${s.name}: each class within 2 s per edit, ≤ ${DOM_DEPTH} deep, ≤ ${s.limit} live embeds, no clobbering`, async (t) => {
    const failures = [];
    let p = await editorPage(editorSettings(s));
    const rows = [];
    for (const [name, post, expect] of editorCases(s)) {
      const records = (await p.evaluate(([post, ids]) => window.probe.editor(post, { ids }), [post, !!expect.ids])).map((r) => ({ ...r, limit: s.limit }));
      rows.push([name, records]);
      for (const r of records) {
        failures.push(...problems(`${name}, ${s.name}`, r, expect));
        for (const id of expect.ids ?? []) if (!r.error && !r.ids.includes(id)) failures.push(`${name} via ${r.path}: the heading ID ${id} is not kept`);
      }
      if (p.problems.length || records.some((r) => r.error)) {
        // The editor is in an unknown state after an exception: the next case starts on a fresh one.
        failures.push(...p.problems.map((m) => `${name}, ${s.name} via the editor: ${m.split("\n").slice(0, 2).join(" ").slice(0, 200)}`));
        await p.close();
        p = await editorPage(editorSettings(s));
      }
    }
    await p.close();
    if (s === sets[1]) {
      // A site bundle's render hooks (kept in the editor's settings, as its dialog keeps one).
      const q = await editorPage({ bundle: hookSite, bundleName: "hooks" });
      const records = (await q.evaluate(([post]) => window.probe.editor(post, { ids: true }), [hookPost + ordinaryHeadings])).map((r) => ({ ...r, limit: LIVE_EMBEDS }));
      rows.push(["clobbering: render hooks (site bundle)", records]);
      for (const r of records) {
        failures.push(...problems("render hooks", r));
        for (const id of ORDINARY_IDS) if (!r.error && !r.ids.includes(id)) failures.push(`render hooks via ${r.path}: the heading ID ${id} is not kept`);
      }
      failures.push(...q.problems);
      await q.close();
    }
    timings(t, `the editor's preview, ${s.name}`, rows);
    report(t, failures);
    assert.deepEqual(failures, []);
  });
}

test(`the floods table in render(): ×4 input, at most ×${MAX_GROWTH} time (best of 3)`, async (t) => {
  // tests/floods.rs's options, sizes and bound: attribute blocks and raw HTML on, N = 40,000 bytes.
  // Unlike it, the two sizes are timed in turn after a warm-up (probe.growth): with two
  // best-of-3 series one after the other, a burst of load on a shared 2-core machine
  // made a linear case (emphasis-closers: ×3.3 from 160 to 640 KB in Node) read ×9.9.
  const options = { markup: { goldmark: { parser: { attribute: { block: true } }, renderer: { unsafe: true } } } };
  const base = Number(process.env.RECAP_FLOOD_BYTES || 40_000);
  const p = await fixture(sets[0]);
  const slow = [];
  const growth = async (name, unit, bytes) => {
    const [small, large] = await p.evaluate(([a, b, options]) => window.probe.growth(a, b, options), [floodPost(unit, bytes), floodPost(unit, bytes * 4), options]);
    // Below a millisecond, timer noise dominates: compare from 1 ms up (as natively).
    const ratio = large / Math.max(small, 1);
    t.diagnostic(`${name.padEnd(28)} ${small.toFixed(1).padStart(8)} ms ${large.toFixed(1).padStart(8)} ms  ×${ratio.toFixed(1)}${bytes > base ? " (again, 4× larger)" : ""}`);
    return ratio;
  };
  for (const [name, unit] of floods()) {
    // As natively: a case past the bound is measured again four times larger.
    if ((await growth(name, unit, base)) > MAX_GROWTH && (await growth(name, unit, base * 4)) > MAX_GROWTH) slow.push(name);
  }
  assert.deepEqual(slow, [], `these floods grow faster than linearly in Chromium (×4 input, more than ×${MAX_GROWTH} time)`);
  assert.deepEqual(p.problems, []);
  await p.close();
});
