// The highlighting module (pkg/core/recap_highlight_bg.wasm, `make highlight-wasm`)
// in headless Chromium: every golden Hugo rendered (crates/recap-highlight/tests/data)
// byte for byte on the browser's RegExp, a pathological input. (Stylesheets,
// `hugo gen chromastyles`, are the CLI's: tested natively, tests/goldens.rs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { serve, browser, page, root } from "./harness.mjs";

const goldens = JSON.parse(await readFile(join(root, "crates/recap-highlight/tests/data/goldens.json"), "utf8"));

test("highlighting in Chromium matches Hugo's goldens", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/tests/e2e/harness.mjs`);
    const result = await page.evaluate(
      async ({ base, cases, shortcodes }) => {
        const m = await import(`${base}/pkg/core/recap_highlight.js`);
        await m.default({ module_or_path: `${base}/pkg/core/recap_highlight_bg.wasm` });
        // (An answer with a problem is `{ html, problem }`: Hugo's output is its HTML.)
        const html = (answer) => (typeof answer === "object" ? answer.html : answer);
        // Only the default style is built in: another one answers undefined
        // until the other styles' chunk is added (as the worker does).
        const before = m.answer("code", "x", "go", "style=dracula", 0, "");
        m.addStyles(await (await fetch(`${base}/pkg/core/recap_highlight_styles.txt`)).text());
        const failures = before === undefined ? [] : ["a style outside the module answers before the styles chunk is added"];
        const perLang = {};
        let ms = 0, bytes = 0;
        for (const c of cases) {
          // Markdown's Chroma sample has a ```cql block: a lexer outside the built-in set.
          if (c.name.startsWith("markdown/chroma:markdown/")) continue;
          const t0 = performance.now();
          const got = html(m.answer("fence", c.code, c.lang, JSON.stringify(c.attrs), 0, ""));
          ms += performance.now() - t0;
          bytes += c.code.length;
          const k = `${c.lang} ${c.name.split("/").pop()}`;
          perLang[k] ??= [0, 0];
          perLang[k][1]++;
          if (got === c.html) perLang[k][0]++;
          else failures.push(c.name);
        }
        // Throughput once every pattern is compiled: the same blocks again.
        const t1 = performance.now();
        for (const c of cases) m.answer("fence", c.code, c.lang, JSON.stringify(c.attrs), 0, "");
        const warm = performance.now() - t1;
        // transform.Highlight (the highlight shortcode) with option strings.
        for (const c of shortcodes) if (html(m.answer("code", c.code, c.lang, c.options, 0, "")) !== c.html) failures.push(c.name);
        return { failures, perLang, ms, bytes, warm };
      },
      { base: server.url, cases: goldens.cases, shortcodes: goldens.shortcodes },
    );
    for (const [k, [ok, n]] of Object.entries(result.perLang)) console.log(`${k}: ${ok}/${n}`);
    console.log(`${result.bytes} bytes of code in ${result.ms.toFixed(0)} ms (first use, patterns compiled), ${result.warm.toFixed(0)} ms warm: ${(result.bytes / result.warm / 1000).toFixed(2)} MB/s`);
    assert.deepEqual(result.failures, []);
  } finally {
    await context.close();
    await server.close();
  }
});

// The package as a page uses it: recap.js renders, the worker highlights.
async function livePage(server, context) {
  // (The favicon a page of its own would have.)
  const p = await page(context, { allowErrors: [/Failed to load resource/] });
  await p.goto(`${server.url}/tests/e2e/harness.mjs`);
  await p.evaluate(async (base) => {
    const recap = await import(`${base}/pkg/recap.js`);
    await recap.default();
    window.recap = recap;
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
  }, server.url);
  return p;
}

test("a bash block shows plain, then highlighted, replacing only its own node", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    const p = await livePage(server, context);
    const first = await p.evaluate(() => {
      const el = document.createElement("div");
      document.body.append(el);
      window.renderer = new window.recap.Renderer({});
      window.renderer.mount(el);
      window.renderer.update("# Title\n\nSome text.\n\n```bash\necho \"hello $USER\" # greet\n```\n\nMore text.\n");
      window.before = [...el.children];
      return { html: el.innerHTML, count: el.children.length };
    });
    assert.match(first.html, /<code class="language-bash" data-lang="bash">echo "hello \$USER" # greet\n<\/code>/, "the block is plain until the worker answers");
    await p.waitForFunction(() => document.querySelector("div > .highlight span[style]") !== null, null, { timeout: 20000 });
    const after = await p.evaluate(() => {
      const now = [...document.querySelector("body > div").children];
      return {
        kept: now.map((node, i) => node === window.before[i]),
        html: now.map((n) => n.outerHTML),
      };
    });
    assert.equal(after.html.length, first.count);
    const block = after.html.findIndex((h) => h.includes('class="highlight"'));
    assert.match(after.html[block], /<span style="color:#[0-9a-f]+"># greet<\/span>/, "the block is Chroma's: the comment is coloured");
    assert.deepEqual(
      after.kept,
      after.kept.map((_, i) => i !== block),
      "only the code block's node is replaced",
    );
    assert.deepEqual(p.problems, []);
    for (const file of ["/pkg/highlight-worker.js", "/pkg/core/recap_highlight_bg.wasm"]) assert.ok(server.requests.includes(file), `${file} is fetched for a post with code`);
    assert.ok(!server.requests.includes("/pkg/core/recap_highlight_styles.txt"), "the default style needs no styles chunk");
  } finally {
    await context.close();
    await server.close();
  }
});

test("an answered block is kept in the module: later renders do not ask the page for it", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    const p = await livePage(server, context);
    const source = "Text.\n\n```go\nfunc main() {}\n```\n\n```bash\necho hi\n```\n";
    // Highlighted: Chroma's inline style on the <pre> (a block waiting for the worker is written without).
    await p.waitForFunction((source) => {
      const html = window.recap.render(source).html;
      return html.split('<div class="highlight"><pre tabindex="0" style=').length === 3;
    }, source, { timeout: 20000 });
    const counts = await p.evaluate((source) => {
      const bridge = globalThis.__recapHighlight;
      const asked = [];
      globalThis.__recapHighlight = (...request) => {
        asked.push(request[2]);
        return bridge(...request);
      };
      const htmls = [];
      for (let i = 0; i < 3; i++) htmls.push(window.recap.render(source).html);
      const again = asked.length;
      // A block with other code is asked for, once it is answered no more.
      const changed = source.replace("echo hi", "echo bye");
      window.recap.render(changed);
      window.recap.render(changed);
      globalThis.__recapHighlight = bridge;
      return { again, asked, same: htmls.every((h) => h === htmls[0]), highlighted: htmls[0].split('<div class="highlight"><pre tabindex="0" style=').length - 1 };
    }, source);
    assert.equal(counts.again, 0, "the answered blocks are not asked for again");
    assert.ok(counts.same && counts.highlighted === 2, "every render has both blocks highlighted");
    assert.deepEqual(counts.asked, ["bash", "bash"], "the changed block is asked for until the worker answers it (here, at each of two renders in one task)");
    assert.deepEqual(p.problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("edits while code waits for the highlighter end as a whole render would, the answers put in place", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    const p = await livePage(server, context);
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the post.`).join("\n\n");
    const post = (edit) =>
      `# Title\n\n${paragraphs}\n\n\`\`\`bash\necho one # first\n\`\`\`\n\n- a list\n\n  \`\`\`yaml\n  key: value # second\n  \`\`\`\n\n${edit}\n\n${paragraphs}\n\n\`\`\`bash\necho one # first\n\`\`\`\n`;
    const plain = await p.evaluate((texts) => {
      const el = document.createElement("div");
      document.body.append(el);
      window.renderer = new window.recap.Renderer({});
      window.renderer.mount(el);
      window.renderer.update(texts[0]);
      const edited = window.renderer.update(texts[1]);
      return { edited: edited.html, whole: new window.recap.Renderer({}).render(texts[1]).html };
    }, [post("An edit."), post("An edit, typed on.")]);
    assert.equal(plain.edited, plain.whole, "while the highlighter loads, an edit is what a whole render gives");
    assert.doesNotMatch(plain.edited, /span style/, "the code is plain until the worker answers");
    await p.waitForFunction(() => document.querySelectorAll("body > div .highlight span[style]").length >= 3, null, { timeout: 20000 });
    const done = await p.evaluate((text) => {
      const edited = window.renderer.update(text);
      return { edited: edited.html, whole: new window.recap.Renderer({}).render(text).html, shown: document.querySelector("body > div").innerHTML };
    }, post("An edit, typed on, and on."));
    assert.equal(done.edited, done.whole, "once answered, the answers are in place as in a whole render");
    assert.equal((done.edited.match(/<span style="color:#[0-9a-f]+"># (first|second)<\/span>/g) ?? []).length, 3, "every block is highlighted, the one in a list too");
    assert.deepEqual(p.problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("a block in another style waits for the styles chunk, fetched once", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    const p = await livePage(server, context);
    await p.evaluate(() => {
      const el = document.createElement("div");
      document.body.append(el);
      const r = new window.recap.Renderer({ markup: { highlight: { style: "dracula" } } });
      r.mount(el);
      r.update("```go\nfunc main() {}\n```\n\n```bash\necho hi\n```\n");
    });
    // Dracula's background, #282a36: the style came from the chunk.
    await p.waitForFunction(() => document.querySelectorAll("div > .highlight pre[style*='#282a36']").length === 2, null, { timeout: 20000 });
    const chunk = server.requests.filter((r) => r === "/pkg/core/recap_highlight_styles.txt");
    assert.equal(chunk.length, 1, "the styles chunk is fetched once for the page's blocks");
    assert.deepEqual(p.problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("a code-block hook calling transform.HighlightCodeBlock shows what Node renders", async () => {
  // A site whose code-block hook wraps Hugo's highlighting (Hugo's docs' example, with a wrapper of its own).
  const site = {
    recapSite: 1,
    files: {
      "hugo.yaml": "title: t\n",
      "layouts/_markup/render-codeblock.html": '{{ $r := transform.HighlightCodeBlock . }}<div class="hooked"><pre class="inner">{{ $r.Inner }}</pre>{{ $r.Wrapped }}</div>',
    },
  };
  const post = '```go {hl_lines=2 class="wide"}\npackage main\nimport "fmt"\n```\n';
  const { Renderer } = await import(join(root, "pkg/node.js"));
  const expected = new Renderer(site).render(post).html;
  assert.match(expected, /class="highlight wide"/, "the fence's attributes are on Hugo's wrapper");
  assert.match(expected, /<pre class="inner"><span style="display:flex;">/, ".Inner is the code without its wrapper");
  const server = await serve(root);
  const context = await browser();
  try {
    const p = await livePage(server, context);
    await p.evaluate(async (site) => {
      await window.recap.default({ templates: true });
      const el = document.createElement("div");
      el.id = "hooked";
      document.body.append(el);
      window.hooked = new window.recap.Renderer(site);
      window.hooked.mount(el);
    }, site);
    await p.evaluate(async (post) => window.hooked.update(post), post);
    await p.waitForFunction(() => document.querySelector("#hooked .hooked span[style]") !== null, null, { timeout: 20000 });
    // (The mounted renderer marks each block's source lines, for scroll sync.)
    const shown = await p.evaluate(() => document.querySelector("#hooked").innerHTML.replace(/ data-source-line="[^"]*"/g, ""));
    const normal = (html) => p.evaluate((html) => Object.assign(document.createElement("div"), { innerHTML: html }).innerHTML, html);
    assert.equal(shown.trim(), (await normal(expected)).trim());
    assert.deepEqual(p.problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("highlighting problems reach the author in the browser as natively: the same diagnostics and HTML", async () => {
  // An option value the engine refuses (the block shown plain), one it
  // leaves out (the block highlighted without it), a shortcode option
  // string it cannot read (the shortcode's error, the code plain).
  const post = '# Code\n\n```go {linenos=3}\nx := 1\n```\n\n```go {linenostart="abc"}\ny := 2\n```\n\n{{< highlight go "linenos" >}}\nz := 3\n{{< /highlight >}}\n';
  execFileSync("cargo", ["build", "-q", "--bin", "recap"], { cwd: root, stdio: "inherit" });
  const native = JSON.parse(execFileSync(join(root, "target/debug/recap"), ["render", "--format", "json", "-"], { input: post, encoding: "utf8" }));
  const located = (ds) => ds.map((d) => ({ severity: d.severity, code: d.code, message: d.message, line: d.line, column: d.column }));
  assert.deepEqual(
    native.diagnostics.map((d) => d.code),
    ["highlight/option", "highlight/option", "highlight/option"],
    "natively, each of the three is reported",
  );
  const server = await serve(root);
  const context = await browser();
  try {
    const p = await livePage(server, context);
    // Rendered until the worker has answered every block, then once more.
    await p.waitForFunction((post) => (window.recap.render(post), window.recap.__highlightIdle()), post, { timeout: 20000, polling: 100 });
    const shown = await p.evaluate((post) => window.recap.render(post), post);
    assert.deepEqual(located(shown.diagnostics), located(native.diagnostics));
    assert.equal(shown.html, native.html);
    assert.deepEqual(p.problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("a block the highlighter gave up on is shown plain, with a warning that is not the author's error", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    const p = await livePage(server, context);
    const r = await p.evaluate(() => {
      const post = "```go\nfunc a() {}\n```\n\n{{< highlight go >}}\nfunc b() {}\n{{< /highlight >}}\n";
      const bridge = globalThis.__recapHighlight;
      // Not answered yet: plain.
      globalThis.__recapHighlight = () => undefined;
      const waiting = window.recap.render(post);
      // As js/highlight.js answers for a block its worker gave up on.
      globalThis.__recapHighlight = () => ({ problem: "this block took too long to highlight: it is shown plain" });
      const given = window.recap.render(post);
      globalThis.__recapHighlight = bridge;
      return { waiting, given };
    });
    assert.deepEqual(r.waiting.diagnostics, []);
    assert.equal(r.given.html, r.waiting.html, "plain, as while the highlighter loads");
    assert.deepEqual(
      r.given.diagnostics.map((d) => [d.severity, d.code, d.message, d.line]),
      [
        ["warning", "highlight/option", "this block took too long to highlight: it is shown plain", 1],
        ["warning", "highlight/option", "this block took too long to highlight: it is shown plain", 5],
      ],
    );
    assert.deepEqual(p.problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("a highlighting worker that cannot start is tried twice, then every block is plain with a warning", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    // (The blocked script and the worker's failures are logged as errors.)
    const p = await page(context, { allowErrors: [/Failed to load resource|highlighting worker failed|ERR_FAILED/] });
    let started = 0;
    await p.route("**/highlight-worker.js", (route) => {
      started++;
      return route.abort();
    });
    await p.goto(`${server.url}/tests/e2e/harness.mjs`);
    await p.evaluate(async (base) => {
      window.recap = await import(`${base}/pkg/recap.js`);
      await window.recap.default();
    }, server.url);
    const post = Array.from({ length: 6 }, (_, i) => "```go\nvar x" + i + " = 1\n```\n").join("\n");
    const warned = await p.waitForFunction(
      (post) => {
        const r = window.recap.render(post);
        return r.diagnostics.length === 6 && window.recap.__highlightIdle() && r.diagnostics.map((d) => [d.severity, d.message]);
      },
      post,
      { timeout: 20000, polling: 100 },
    );
    const diagnostics = await warned.jsonValue();
    assert.ok(diagnostics.every(([severity]) => severity === "warning"), JSON.stringify(diagnostics));
    assert.ok(diagnostics.slice(2).every(([, message]) => /the highlighting worker does not start/.test(message)), JSON.stringify(diagnostics));
    assert.equal(started, 2, "two workers were tried, no more");
    assert.deepEqual(p.problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("a post without code blocks never loads the highlighting module", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    const p = await livePage(server, context);
    await p.evaluate(() => {
      const el = document.createElement("div");
      document.body.append(el);
      const r = new window.recap.Renderer({});
      r.mount(el);
      r.update("# A post\n\nWith `inline code` only, and a [link](https://example.org).\n");
    });
    await p.waitForTimeout(500);
    const loaded = server.requests.filter((r) => /recap_highlight|highlight-worker/.test(r));
    assert.deepEqual(loaded, [], "nothing of the highlighter is fetched");
  } finally {
    await context.close();
    await server.close();
  }
});

test("a hostile block does not freeze the page", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    const p = await livePage(server, context);
    const t0 = Date.now();
    await p.evaluate(() => {
      const el = document.createElement("div");
      document.body.append(el);
      const r = new window.recap.Renderer({});
      r.mount(el);
      // Exponential in Chroma's pattern (22 escaped backslashes: 1.9 s), and a
      // heredoc whose delimiter search is quadratic in its word.
      const hostile = 'echo "' + "\\\\".repeat(20000) + "\n\ncat <<" + "Z".repeat(60000) + "\n";
      r.update("# Hostile\n\n```bash\n" + hostile + "```\n\nAfter.\n");
      window.typed = 0;
      const tick = () => {
        window.typed++;
        if (window.typed < 200) setTimeout(tick, 10);
      };
      tick();
    });
    await p.waitForFunction(() => window.typed >= 200, null, { timeout: 20000 });
    const { longTasks } = await p.evaluate(() => ({ longTasks: window.longTasks }));
    console.log(`main thread stayed responsive: 200 timers in ${Date.now() - t0} ms, long tasks: ${JSON.stringify(longTasks.map(Math.round))}`);
    assert.ok(longTasks.every((d) => d < 300), `no main-thread task over 300 ms (${longTasks})`);
  } finally {
    await context.close();
    await server.close();
  }
});
