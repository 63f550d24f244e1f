// The npm package as outsiders use it: from a plain page, through a Vite build, and in Node.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile, mkdir, symlink, rm, readFile } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { serve, browser, page, root } from "./harness.mjs";

let server, context;
before(async () => {
  server = await serve(root);
  context = await browser();
});
after(async () => {
  await context?.close();
  await server?.close();
});

test("a plain page renders the seed and patches one block per edit", async () => {
  const p = await page(context);
  await p.goto(`${server.url}/tests/e2e/fixtures/plain.html`);
  await p.waitForSelector("body[data-ready=yes]");
  assert.equal(await p.locator("#post h2").first().getAttribute("id"), "news-and-updates");
  assert.equal(await p.locator("#post iframe").count(), 1, "the YouTube embed is there");
  const firstBlock = await p.locator("#post > p").first().getAttribute("data-source-line");
  assert.equal(firstBlock, "14-15", "top-level blocks carry their source lines");
  const changes = await p.evaluate(() => {
    const article = document.getElementById("post");
    const iframe = article.querySelector("iframe");
    let added = 0, removed = 0;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.target === article) {
          added += r.addedNodes.length;
          removed += r.removedNodes.length;
        }
      }
    });
    observer.observe(article, { childList: true });
    const edited = window.recap.seed.replace("Runtime encryption of data", "Runtime encryption of all data");
    const result = window.recap.renderer.update(edited);
    const records = observer.takeRecords();
    for (const r of records) if (r.target === article) { added += r.addedNodes.length; removed += r.removedNodes.length; }
    observer.disconnect();
    // Blocks the last update returned cross without their HTML; the result is whole all the same.
    const whole = window.recap.renderer.render(edited);
    const same = result.html === whole.html && JSON.stringify(result.blocks) === JSON.stringify(whole.blocks.map(({ key, startLine, endLine, html }) => ({ key, startLine, endLine, html })));
    const again = window.recap.renderer.update(edited + "\nOne more paragraph.\n");
    const sameAgain = again.html === window.recap.renderer.render(edited + "\nOne more paragraph.\n").html;
    // Lines added near the top move every block after them: those cross as a shift, not one by one.
    const wholeOf = (r) => JSON.stringify({ html: r.html, blocks: r.blocks.map(({ key, startLine, endLine, html }) => ({ key, startLine, endLine, html })) });
    const moved = edited.replace("Runtime encryption", "Two new\nlines\n\nRuntime encryption");
    const sameMoved = wholeOf(window.recap.renderer.update(moved)) === wholeOf(window.recap.renderer.render(moved));
    const sameBack = wholeOf(window.recap.renderer.update(edited)) === wholeOf(window.recap.renderer.render(edited));
    // (A block may be more than one element: runs of the same lines count once.)
    const runs = (list) => list.filter((x, i) => x !== list[i - 1]).join(" ");
    const lines = runs([...article.children].map((e) => e.getAttribute("data-source-line")));
    const wantLines = runs(window.recap.renderer.render(edited).blocks.map((b) => `${b.startLine}-${b.endLine}`));
    return { added, removed, patch: result.patch, sameIframe: article.querySelector("iframe") === iframe, text: article.querySelector("ul").textContent, same, sameAgain, sameMoved, sameBack, lines, wantLines };
  });
  assert.ok(changes.same, "update's result has every block's HTML and the whole HTML, as render's");
  assert.ok(changes.sameAgain, "and again after another edit");
  assert.ok(changes.sameMoved && changes.sameBack, "and after edits that move the blocks below them by some lines");
  assert.equal(changes.lines, changes.wantLines, "each top-level element carries its block's lines after the blocks moved");
  assert.deepEqual({ added: changes.added, removed: changes.removed }, { added: 1, removed: 1 }, "exactly one top-level element is replaced");
  assert.equal(changes.patch.inserted, 1);
  assert.ok(changes.sameIframe, "the iframe is the same node");
  assert.match(changes.text, /Runtime encryption of all data/);
  assert.deepEqual(p.problems, []);
  await p.close();
});

test("the JS API: render, diagnostics in UTF-16, options errors, idempotent init", async () => {
  const p = await page(context);
  await p.goto(`${server.url}/tests/e2e/fixtures/plain.html`);
  await p.waitForSelector("body[data-ready=yes]");
  // The default module shows posts: front matter is parsed, not checked; a
  // schema and frontMatterFields ask for the editing module, which checks it.
  const lean = await p.evaluate(async () => {
    const post = "---\ntitle: T\nkeyword: [a]\ndate: 2023-13-01\n---\nx\n";
    const before = window.recap.render(post).diagnostics.map((d) => d.code);
    const refused = (call) => {
      try {
        call();
        return null;
      } catch (e) {
        return e.message;
      }
    };
    const schema = { recap: { schema: { required: ["slug"] } } };
    const schemaError = refused(() => window.recap.render(post, schema));
    const fieldsError = refused(() => window.recap.frontMatterFields(post));
    const needs = [window.recap.needsEditing(schema), window.recap.needsEditing({ Recap: { Schema: {} } }), window.recap.needsEditing({ markup: {} })];
    const editingBefore = window.recap.hasEditing();
    await window.recap.init({ editing: true });
    const after = window.recap.render(post).diagnostics.map((d) => d.code);
    return { before, schemaError, fieldsError, needs, editingBefore, after, editing: window.recap.hasEditing(), fields: window.recap.frontMatterFields(post).fields.length };
  });
  assert.deepEqual(lean.before, [], "the default module reports no field problems");
  assert.match(lean.schemaError, /recap\.schema.*init\(\{ editing: true \}\)/);
  assert.match(lean.fieldsError, /init\(\{ editing: true \}\)/);
  assert.deepEqual(lean.needs, [true, true, false]);
  assert.equal(lean.editingBefore, false);
  assert.equal(lean.editing, true);
  assert.deepEqual(lean.after, ["front-matter/unknown-field", "front-matter/invalid-date"], "the editing module checks the same post");
  assert.equal(lean.fields, 4, "title, keyword, its item, date");
  const out = await p.evaluate(() => {
    const r = window.recap.render('---\ntitle: "😀"\nkeyword: [a]\n---\n# Hi\n');
    let optionError = null;
    try {
      window.recap.render("x", { markup: { goldmark: { renderer: { unsafe: "yes" } } } });
    } catch (e) {
      optionError = e.message;
    }
    const source = '---\ntitle: "😀"\nkeyword: [a]\n---\n';
    const d = r.diagnostics[0];
    // Schema patterns run on the browser's RegExp (the package has no regex engine of its own).
    const schema = { recap: { schema: { properties: { slug: { type: "string", pattern: "^(?=.*\\d)\\p{Ll}+-\\d+$" } } } } };
    const mismatches = (slug) => window.recap.render(`---\ntitle: T\nslug: ${slug}\n---\n`, schema).diagnostics.filter((x) => x.code === "front-matter/pattern-mismatch").length;
    const patterns = [mismatches("été-2021"), mismatches("Été-2021")];
    // render() keeps a renderer per options (by their JSON): options changed between calls take effect.
    const options = { markup: { goldmark: { renderer: { unsafe: false } } } };
    const raw = "<b>x</b>\n";
    const reused = [window.recap.render(raw, options).html];
    options.markup.goldmark.renderer.unsafe = true;
    reused.push(window.recap.render(raw, options).html);
    for (let i = 0; i < 6; i++) window.recap.render(raw, { summaryLength: 10 + i });
    reused.push(window.recap.render(raw, options).html, window.recap.render(raw).html);
    // The summary is cut from the HTML in JavaScript (src/js.rs): non-ASCII before the cut, and a divider.
    const summaries = ["Émoji 😀 one.\n\nTwo 😀😀.\n", "Ü one.\n\n<!--more-->\n\nTwo.\n", "---\nsummary: Sü *x*\n---\nOne.\n"].map((s) => window.recap.render(s).summaryHtml);
    return { html: r.html, code: d.code, line: d.line, column: d.column, picked: source.slice(d.start, d.end), fix: d.fix, optionError, patterns, reused, summaries, keys: Object.keys(r).sort() };
  });
  // A kept renderer checks future dates against the time of each render, not of its creation.
  const future = await p.evaluate(async () => {
    const post = `---\ntitle: T\ndate: ${new Date(Date.now() + 1500).toISOString().slice(0, 19)}Z\n---\n`;
    const codes = () => window.recap.render(post).diagnostics.map((x) => x.code);
    const before = codes();
    await new Promise((resolve) => setTimeout(resolve, 2600));
    return [before.includes("front-matter/future-date"), codes().includes("front-matter/future-date")];
  });
  assert.deepEqual(future, [true, false], "future until its time, then not");
  const [omitted, kept] = ["<p><!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n", "<p><b>x</b></p>\n"];
  assert.deepEqual(out.reused, [omitted, kept, kept, omitted]);
  assert.equal(out.html, '<h1 id="hi">Hi</h1>\n');
  assert.deepEqual([out.code, out.line, out.column, out.picked], ["front-matter/unknown-field", 3, 1, "keyword"]);
  assert.equal(out.fix.replacement, "keywords");
  assert.match(out.optionError, /markup\.goldmark\.renderer\.unsafe/);
  assert.deepEqual(out.patterns, [0, 1], "ECMA-262 patterns (lookahead, \\p{Ll}) work in the browser");
  assert.deepEqual(out.summaries, ["<p>Émoji 😀 one.</p>\n<p>Two 😀😀.</p>", "<p>Ü one.</p>", "Sü <em>x</em>"]);
  assert.deepEqual(out.keys, ["blocks", "diagnostics", "frontMatter", "html", "readingTime", "summaryHtml", "tocHtml", "truncated", "wordCount"]);
  await p.close();
});

test("init() loads the module without the template engine; init({ templates: true }) swaps in the one with it", async () => {
  const p = await page(context);
  const wasm = [];
  p.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(new URL(r.url()).pathname));
  await p.goto(`${server.url}/tests/e2e/fixtures/plain.html`);
  await p.waitForSelector("body[data-ready=yes]");
  const out = await p.evaluate(async () => {
    const { init, renderer, render, hasTemplates } = window.recap;
    const article = document.getElementById("post");
    const iframe = article.querySelector("iframe");
    const site = { recap: { shortcodes: { hello: "<b>{{ .Get 0 }}</b>" } } };
    const before = hasTemplates();
    let refused = null;
    try {
      render("x", site);
    } catch (e) {
      refused = e.message;
    }
    await init({ templates: true });
    const after = hasTemplates();
    const html = render('Hi {{< hello "Recap" >}}', site).html;
    // The mounted renderer carries over to the new module: its first update there
    // redraws the element once, later ones patch it as before.
    renderer.update(window.recap.seed.replace("Protection against", "Protection (edited) against"));
    const redrawn = article.querySelector("iframe");
    const patch = renderer.update(window.recap.seed.replace("Protection against", "Protection (edited again) against")).patch;
    await init();
    return { before, after, refused, html, redrawn: redrawn !== iframe, sameIframe: article.querySelector("iframe") === redrawn, patch, stillFull: hasTemplates() };
  });
  assert.equal(out.before, false, "the default module has no template engine");
  assert.match(out.refused, /recap\.shortcodes[\s\S]*init\(\{ templates: true \}\)/, "templates without the engine are refused, saying how to load it");
  assert.equal(out.after, true);
  assert.match(out.html, /<b>Recap<\/b>/);
  assert.ok(out.redrawn, "the first update after the swap redraws the element");
  assert.ok(out.sameIframe, "then the renderer patches as before: the iframe stays");
  assert.equal(out.patch.inserted, 1, "one changed paragraph, one block replaced");
  assert.equal(out.stillFull, true, "init() afterwards does not go back to the smaller module");
  assert.deepEqual(wasm, ["/pkg/core/recap_core_bg.wasm", "/pkg/core/recap_templates_bg.wasm"], "each module is fetched once");
  await p.close();
});

test("emojify's table loads only with init({ emoji: true }), which needsEmoji asks for; without it emojify says so", async () => {
  const p = await page(context);
  const fetched = [];
  p.on("request", (r) => r.url().endsWith(".tsv") && fetched.push(new URL(r.url()).pathname));
  await p.goto(`${server.url}/tests/e2e/fixtures/plain.html`);
  await p.waitForSelector("body[data-ready=yes]");
  const out = await p.evaluate(async () => {
    const { init, render } = window.recap;
    const { needsEmoji } = await import("/pkg/recap.js");
    const site = { recap: { shortcodes: { smile: "{{ .Get 0 | emojify }}" } } };
    const needs = [needsEmoji(site), needsEmoji({ recap: { shortcodes: { b: "<b>{{ .Inner }}</b>" } } }), needsEmoji({ recapSite: 1, files: { "layouts/_partials/x.html": "{{ transform.Emojify . }}", "content/a.md": "emojify" } }), needsEmoji({ recapSite: 1, files: { "content/a.md": "emojify" } })];
    await init({ templates: true });
    const without = render('Say {{< smile "I :heart: it" >}}', site);
    await init({ templates: true, emoji: true });
    const withTable = render('Say {{< smile "I :heart: it" >}}', site).html;
    return { needs, without: without.diagnostics.map((d) => d.message).join(" "), withTable };
  });
  assert.deepEqual(out.needs, [true, false, true, false], "the layouts (or shortcode templates) that call emojify need it; content does not count");
  assert.match(out.without, /emoji table is not loaded[\s\S]*emoji: true/);
  assert.match(out.withTable, /I ❤️ it/);
  assert.deepEqual(fetched, ["/pkg/core/recap_emoji.tsv"], "fetched once, when asked for");
  await p.close();
});

test("init({ editing: true }) swaps in the module that edits in part, with the same results; init({ templates: true }) the one with both", async () => {
  const p = await page(context);
  const requested = [];
  p.on("request", (r) => /\.(wasm|js)$/.test(r.url()) && new URL(r.url()).pathname.startsWith("/pkg/core/") && requested.push(new URL(r.url()).pathname.slice("/pkg/core/".length)));
  await p.goto(`${server.url}/tests/e2e/fixtures/plain.html`);
  await p.waitForSelector("body[data-ready=yes]");
  const out = await p.evaluate(async () => {
    const { init, renderer, render, seed, hasEditing, hasTemplates } = window.recap;
    const article = document.getElementById("post");
    const edits = (n) => seed.replace("Protection against", `Protection (edit ${n}) against`);
    const lean = { editing: hasEditing(), update: renderer.update(edits(1)).html, render: render(edits(1)).html };
    await init({ editing: true });
    const editing = { editing: hasEditing(), templates: hasTemplates(), first: renderer.update(edits(1)).html };
    // (That first update on the new module redrew the element; the next ones patch it.)
    const iframe = article.querySelector("iframe");
    renderer.update(edits(2));
    const second = renderer.update(edits(3));
    Object.assign(editing, { html: second.html, fresh: render(edits(3)).html, patch: second.patch, sameIframe: article.querySelector("iframe") === iframe });
    await init();
    const stays = hasEditing();
    await init({ templates: true });
    const full = { editing: hasEditing(), templates: hasTemplates(), html: renderer.update(edits(4)).html, fresh: render(edits(4)).html };
    return { lean, editing, stays, full };
  });
  assert.equal(out.lean.editing, false, "the default module renders an update whole");
  assert.equal(out.lean.update, out.lean.render, "and its update gives render()'s HTML");
  assert.deepEqual([out.editing.editing, out.editing.templates], [true, false]);
  assert.equal(out.editing.first, out.lean.update, "the same HTML from either module");
  assert.equal(out.editing.html, out.editing.fresh, "an update rendered in part gives render()'s HTML");
  assert.equal(out.editing.patch.inserted, 1, "one changed paragraph, one block replaced");
  assert.ok(out.editing.sameIframe, "the embed elsewhere in the post stays the same element");
  assert.equal(out.stays, true, "init() afterwards does not go back to the smaller module");
  assert.deepEqual([out.full.editing, out.full.templates], [true, true], "the site module edits in part too");
  assert.equal(out.full.html, out.full.fresh);
  assert.deepEqual(
    requested,
    ["recap_core_bg.wasm", "recap_editing_bg.wasm", "recap_editing.js", "recap_templates_bg.wasm", "recap_templates.js"],
    "each module is fetched once, each swap runs in its own copy of the glue",
  );
  await p.close();
});

test("init({ editing: true }) and init({ templates: true }) at once end on the site module", async () => {
  const p = await page(context);
  await p.goto(`${server.url}/tests/e2e/fixtures/plain.html`);
  await p.waitForSelector("body[data-ready=yes]");
  const out = await p.evaluate(async () => {
    const { init, hasEditing, hasTemplates, render } = window.recap;
    // Both swaps wait for their glue at the same time; whichever arrives last, the module with more stays.
    await Promise.all([init({ editing: true }), init({ templates: true }), init({ editing: true })]);
    return { editing: hasEditing(), templates: hasTemplates(), html: render('Hi {{< hello "x" >}}', { recap: { shortcodes: { hello: "<b>{{ .Get 0 }}</b>" } } }).html };
  });
  assert.deepEqual([out.editing, out.templates], [true, true]);
  assert.match(out.html, /<b>x<\/b>/);
  await p.close();
});

test("after a crash the next call works again", async () => {
  const p = await page(context, { allowErrors: [/Recap/, /unreachable/i, /RuntimeError/] });
  await p.goto(`${server.url}/tests/e2e/fixtures/plain.html`);
  await p.waitForSelector("body[data-ready=yes]");
  const out = await p.evaluate(async () => {
    const { memoryBytes } = await import("/pkg/recap.js");
    let crashed = null;
    let event = false;
    window.addEventListener("recap-crash", () => (event = true));
    // A long post grows the module's memory; a fresh instance starts small again.
    window.recap.render("word ".repeat(600_000));
    const grown = memoryBytes();
    try {
      window.recap.__crashForTests();
    } catch (e) {
      crashed = e instanceof window.recap.RecapCrashError;
    }
    const html = window.recap.render("*still alive*").html;
    const restarted = memoryBytes();
    const updated = window.recap.renderer.update(window.recap.seed + "\nOne more paragraph.\n");
    return { crashed, event, html, grown, restarted, blocks: document.querySelectorAll("#post > p").length, patch: updated.patch };
  });
  assert.equal(out.crashed, true, "the crash is a RecapCrashError");
  assert.equal(out.event, true, "a recap-crash event is dispatched");
  assert.equal(out.html, "<p><em>still alive</em></p>\n", "the next call works");
  assert.ok(out.restarted < out.grown / 2, `the next call runs in a fresh instance (memory ${out.grown} bytes before the crash, ${out.restarted} after)`);
  assert.ok(out.blocks > 5, "the mounted renderer re-renders into its element");
  await p.close();
});

test("after a crash in the module swapped in by init({ templates: true }), that module restarts", async () => {
  const p = await page(context, { allowErrors: [/Recap/, /unreachable/i, /RuntimeError/] });
  const wasm = [];
  p.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(new URL(r.url()).pathname));
  await p.goto(`${server.url}/tests/e2e/fixtures/plain.html`);
  await p.waitForSelector("body[data-ready=yes]");
  const out = await p.evaluate(async () => {
    const { init, render, hasTemplates, RecapCrashError, __crashForTests } = window.recap;
    const site = { recap: { shortcodes: { hello: "<b>{{ .Get 0 }}</b>" } } };
    const { memoryBytes } = await import("/pkg/recap.js");
    await init({ templates: true });
    render("word ".repeat(600_000));
    const grown = memoryBytes();
    let crashed = null;
    try {
      __crashForTests();
    } catch (e) {
      crashed = e instanceof RecapCrashError;
    }
    const html = render('Hi {{< hello "again" >}}', site).html;
    return { crashed, html, full: hasTemplates(), grown, restarted: memoryBytes() };
  });
  assert.equal(out.crashed, true, "the crash is a RecapCrashError");
  assert.ok(out.restarted < out.grown / 2, `the next call runs in a fresh instance (memory ${out.grown} bytes before the crash, ${out.restarted} after)`);
  assert.match(out.html, /<b>again<\/b>/, "the next call runs the module with the engine again");
  assert.equal(out.full, true, "the restarted module is the one with the engine");
  assert.deepEqual(wasm, ["/pkg/core/recap_core_bg.wasm", "/pkg/core/recap_templates_bg.wasm"], "a restart fetches nothing");
  await p.close();
});

async function packageDir() {
  const dir = await mkdtemp(join(tmpdir(), "recap-consumer-"));
  await mkdir(join(dir, "node_modules"), { recursive: true });
  await symlink(join(root, "pkg"), join(dir, "node_modules", "recap"), "dir");
  return dir;
}

test("Node imports the package by name and renders without init", async () => {
  const dir = await packageDir();
  await writeFile(
    join(dir, "ssr.mjs"),
    `import init, { render, version } from "recap";\nconst r = render("---\\ntitle: SSR\\n---\\n## Hello *Node*\\n");\n` +
      // (Node's module has the emoji table from the start: init({ emoji: true }) has nothing to fetch.)
      `await init({ templates: true, emoji: true });\nconst e = render("I {{< e >}}", { recap: { shortcodes: { e: "{{ \\":heart:\\" | emojify }}" } } }).html;\n` +
      `console.log(JSON.stringify({ html: r.html, title: r.frontMatter.title, version: version(), emoji: e }));\n`,
  );
  const out = JSON.parse(execFileSync(process.execPath, ["ssr.mjs"], { cwd: dir, encoding: "utf8" }));
  assert.equal(out.html, '<h2 id="hello-node">Hello <em>Node</em></h2>\n');
  assert.equal(out.title, "SSR");
  assert.match(out.version, /^\d+\.\d+\.\d+$/);
  assert.equal(out.emoji, "<p>I ❤️</p>\n");
  await rm(dir, { recursive: true, force: true });
});

test("a Vite build bundles the package and renders in the browser", async () => {
  const dir = await packageDir();
  await writeFile(join(dir, "index.html"), `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><article id="post"></article><script type="module" src="./main.js"></script></body></html>`);
  await writeFile(
    join(dir, "main.js"),
    `import init, { renderInto } from "recap";\nawait init();\nconst r = renderInto(document.getElementById("post"), "---\\ntitle: Vite\\n---\\n## From Vite\\n\\n{{< youtube 0RKpf3rK57I >}}\\n");\ndocument.body.dataset.words = String(r.wordCount);\n`,
  );
  execFileSync(join(root, "node_modules/.bin/vite"), ["build", "--logLevel", "error", "--outDir", "dist"], { cwd: dir, stdio: "pipe" });
  const dist = await serve(join(dir, "dist"));
  const p = await page(context);
  await p.goto(dist.url);
  await p.waitForSelector("body[data-words]");
  assert.equal(await p.locator("#post h2").getAttribute("id"), "from-vite");
  assert.equal(await p.locator("#post iframe").count(), 1);
  assert.deepEqual(p.problems, []);
  await p.close();
  await dist.close();
  await rm(dir, { recursive: true, force: true });
});

test("a Vite build keeps import \"recap/element/define\" (a side-effect module): <recap-post> is defined", async () => {
  const dir = await packageDir();
  await writeFile(join(dir, "index.html"), `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script type="module" src="./main.js"></script></body></html>`);
  await writeFile(join(dir, "main.js"), `import "recap/element/define";\ndocument.body.dataset.defined = String(Boolean(customElements.get("recap-post")));\n`);
  execFileSync(join(root, "node_modules/.bin/vite"), ["build", "--logLevel", "error", "--outDir", "dist"], { cwd: dir, stdio: "pipe" });
  const dist = await serve(join(dir, "dist"));
  const p = await page(context);
  await p.goto(dist.url);
  await p.waitForSelector("body[data-defined]", { state: "attached" });
  assert.equal(await p.locator("body").getAttribute("data-defined"), "true", "the bundler kept the registration");
  await p.close();
  await dist.close();
  await rm(dir, { recursive: true, force: true });
});

test("npm pack holds the wasm and nothing stray", async () => {
  const out = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", join(root, "pkg")], { encoding: "utf8", cwd: root }));
  // (The highlighting module's JS snippet sits in a folder named by wasm-bindgen's hash.)
  const files = out[0].files.map((f) => f.path.replace(/^core\/snippets\/[^/]+\//, "core/snippets/*/")).sort();
  assert.deepEqual(files, [
    "LICENSE-APACHE", "LICENSE-MIT", "README.md", "core/recap_core.d.ts", "core/recap_core_bg.wasm",
    "core/recap_editing.d.ts", "core/recap_editing.js", "core/recap_editing_bg.wasm", "core/recap_emoji.tsv",
    "core/recap_highlight.d.ts", "core/recap_highlight.js", "core/recap_highlight_bg.wasm", "core/recap_highlight_styles.txt", "core/recap_templates.d.ts", "core/recap_templates.js", "core/recap_templates_bg.wasm",
    "core/snippets/*/inline0.js",
    "editor.d.ts", "editor.js", "element.d.ts", "element.js", "element/define.d.ts", "element/define.js",
    "highlight-worker.js", "node.js", "package.json", "post-header.js", "recap.d.ts", "recap.js", "render-worker.js",
  ]);
  const pkg = JSON.parse(await readFile(join(root, "pkg/package.json"), "utf8"));
  assert.equal(pkg.name, "recap");
});
