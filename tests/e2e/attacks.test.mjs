// The attack corpus (tests/data/attacks.txt) in real Chromium, through the package
// (renderInto) and the widget (<recap-post>, with its front-matter header and
// diagnostics shown), with default options and with `unsafe = true` plus shortcode
// templates that pass arguments through. Afterwards: the canary was never called, no
// element from a post carries an on* attribute or a bad URL, nothing forbidden is in
// the DOM, nothing covers the page, and no request left for another host.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, browser, page, root, unsafeOptions } from "./harness.mjs";

/** Cases as tests/attacks.rs reads them: `### name`, then the post, with \r \0 \xNN escapes. */
function cases() {
  const text = readFileSync(join(root, "tests/data/attacks.txt"), "utf8");
  return text
    .split("\n### ")
    .slice(1)
    .map((chunk) => {
      const nl = chunk.indexOf("\n");
      const post = chunk.slice(nl + 1).replace(/\n+$/, "");
      return [chunk.slice(0, nl), post.replace(/\\(r|0|x[0-9a-fA-F]{2})/g, (_, e) => (e === "r" ? "\r" : e === "0" ? "\0" : String.fromCharCode(parseInt(e.slice(1), 16))))];
    });
}

let server, context;
before(async () => {
  mkdirSync(join(root, "test-results"), { recursive: true });
  writeFileSync(join(root, "test-results/attacks-config.json"), JSON.stringify(unsafeOptions));
  server = await serve(root);
  context = await browser();
});
after(async () => {
  await context?.close();
  await server?.close();
});

/** Runs in the page: every rule violation in the rendered posts. */
function audit() {
  // SVG stays as a drawing only (SECURITY.md): these of its elements never do.
  const forbidden = new Set(["SCRIPT", "STYLE", "OBJECT", "EMBED", "APPLET", "FORM", "BASE", "META", "LINK", "MATH", "TEXTAREA", "SELECT", "BUTTON", "FRAME", "FRAMESET", "NOSCRIPT", "TEMPLATE", "PORTAL", "XMP",
    "FOREIGNOBJECT", "ANIMATE", "SET", "ANIMATETRANSFORM", "ANIMATEMOTION", "IMAGE", "FEIMAGE"]);
  const urlAttributes = ["href", "src", "cite", "action", "formaction", "poster", "background", "data", "lowsrc", "dynsrc", "ping", "xlink:href", "srcset"];
  const schemes = new Set(["http:", "https:", "mailto:", "tel:"]);
  const embedHosts = new Set(["www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com"]);
  const found = [];
  const check = (el, where) => {
    const tag = el.tagName.toUpperCase();
    // A click-to-load facade is Recap's own button (js/dom-guard.js), for an embed host.
    const facade = tag === "BUTTON" && el.parentElement?.classList.contains("video") && embedHosts.has((() => { try { return new URL(el.dataset.src).host; } catch { return ""; } })());
    if (forbidden.has(tag) && !facade) found.push(`${where}: <${tag.toLowerCase()}>`);
    // A <use> copies an element of the page (`#id`, nothing loaded), and copies never copy copies:
    // it has no id, and no element of its <svg> holding it has one.
    if (tag === "USE") {
      const href = el.getAttribute("href") ?? el.getAttribute("xlink:href");
      let copyable = el.hasAttribute("id");
      for (let p = el.parentElement; p && p.namespaceURI === "http://www.w3.org/2000/svg"; p = p.parentElement) copyable ||= p.hasAttribute("id");
      if ((href !== null && !/^#\S+$/.test(href)) || copyable) found.push(`${where}: <use href=${JSON.stringify(href)}>${copyable ? " that a <use> can copy" : ""}`);
    }
    if (tag === "INPUT" && !(el.type === "checkbox" && el.disabled)) found.push(`${where}: <input type=${el.type}>`);
    if (tag === "IFRAME") {
      let host = "";
      try { host = new URL(el.src).host; } catch {}
      if (!embedHosts.has(host) || el.hasAttribute("srcdoc")) found.push(`${where}: <iframe src=${el.getAttribute("src")}>`);
    }
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${where}: ${name} on <${tag.toLowerCase()}>`);
      if (urlAttributes.includes(name)) {
        for (const v of name === "srcset" ? a.value.split(",").map((c) => c.trim().split(/\s+/)[0]) : [a.value]) {
          let scheme;
          // A relative URL the browser cannot parse (`/\\#`) goes nowhere: only a scheme it cannot parse counts.
          try { scheme = new URL(v, document.baseURI).protocol; } catch { scheme = /^\s*[a-z][a-z0-9+.-]*:/i.test(v) ? "unparsable:" : "http:"; }
          if (!schemes.has(scheme)) found.push(`${where}: ${name}=${JSON.stringify(a.value)} on <${tag.toLowerCase()}>`);
        }
      }
      if (["http-equiv", "srcdoc", "autofocus", "formaction"].includes(name)) found.push(`${where}: ${name} on <${tag.toLowerCase()}>`);
    }
    const style = getComputedStyle(el);
    if (style.position === "fixed" || style.position === "sticky") found.push(`${where}: position ${style.position} on <${tag.toLowerCase()}>`);
    if (/url\(/.test(style.backgroundImage)) found.push(`${where}: background image ${style.backgroundImage}`);
  };
  for (const article of document.querySelectorAll("#package > article")) {
    for (const el of article.querySelectorAll("*")) check(el, `package ${article.dataset.case}`);
  }
  for (const post of document.querySelectorAll("#widgets > recap-post")) {
    const shadow = post.shadowRoot;
    if (!shadow) {
      found.push(`widget ${post.dataset.case}: no shadow root`);
      continue;
    }
    // The widget's own stylesheet is a <style> directly in its shadow root; everything else came from the post.
    for (const el of shadow.querySelectorAll("*")) if (!(el.tagName === "STYLE" && el.parentNode === shadow)) check(el, `widget ${post.dataset.case}`);
    const box = post.getBoundingClientRect();
    for (const el of shadow.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.top < box.top - 1 || r.left < box.left - 1)) found.push(`widget ${post.dataset.case}: <${el.tagName.toLowerCase()}> drawn outside the widget`);
    }
  }
  return found;
}

for (const mode of ["default", "unsafe"]) {
  test(`the attack corpus, ${mode} options: no canary call, no handler, no bad URL, no foreign request`, async () => {
    const p = await page(context, { allowErrors: [/404/, /Failed to load resource/] });
    const requests = [];
    p.on("request", (r) => requests.push(r.url()));
    await p.goto(`${server.url}/tests/e2e/fixtures/attacks.html`);
    await p.waitForFunction(() => document.body.dataset.ready === "yes");
    const all = cases();
    assert.ok(all.length >= 150, `${all.length} cases`);
    const options = mode === "unsafe" ? unsafeOptions : {};
    const configUrl = mode === "unsafe" ? "/test-results/attacks-config.json" : null;
    const engine = await p.evaluate(
      async ([all, options, configUrl]) => {
        const engine = await window.prepare(options);
        for (const [name, source] of all) window.throughPackage(name, source, options);
        await Promise.all(all.map(([name, source]) => window.throughWidget(name, source, configUrl)));
        return engine;
      },
      [all, options, configUrl],
    );
    assert.equal(engine, mode === "unsafe", "site templates run on the module with the engine; the rest on the smaller one");
    // Give anything that loads, errors or animates the time to fire its handler.
    await p.waitForTimeout(1000);
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await p.evaluate(() => document.querySelectorAll("#package > article").length), all.length);
    assert.equal(await p.evaluate(() => [...document.querySelectorAll("#widgets > recap-post")].filter((e) => e.shadowRoot?.querySelector(".body")).length), all.length, "every widget rendered");
    assert.deepEqual(await p.evaluate(() => window.__canaryCalls), [], "the canary is never called");
    assert.deepEqual(await p.evaluate(audit), [], "no rule is broken");
    // Live embeds (Recap's own iframes, within the live-embed limit) load from their host.
    const embedHost = (u) => ["www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com"].includes(new URL(u).host);
    const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:") && !embedHost(u));
    assert.deepEqual(foreign, [], "no request leaves for another host (but an embed's)");
    assert.equal(await p.evaluate(() => location.href), `${server.url}/tests/e2e/fixtures/attacks.html`, "nothing navigated the page");
    assert.deepEqual(p.problems, [], "no page errors");
    await p.close();
  });
}

test("the audit and the canary find what they look for", async () => {
  const p = await page(context, { allowErrors: [/404/, /Failed to load resource/] });
  await p.goto(`${server.url}/tests/e2e/fixtures/attacks.html`);
  await p.waitForFunction(() => document.body.dataset.ready === "yes");
  const found = await p.evaluate((audit) => {
    const article = document.createElement("article");
    article.dataset.case = "planted";
    article.innerHTML = `<a href="javascript:void 0">x</a><img src="data:," onerror="void 0"><div style="position:fixed">x</div><iframe src="https://evil.example/"></iframe>`;
    document.getElementById("package").append(article);
    return new Function(`return (${audit})()`)();
  }, audit.toString());
  assert.equal(found.length, 5, found.join("\n"));
  // And the canary does notice script that runs.
  await p.evaluate(() => {
    document.getElementById("package").insertAdjacentHTML("beforeend", `<img src="/nope.png" onerror="__canary('planted')">`);
  });
  await p.waitForFunction(() => window.__canaryCalls.length === 1);
  await p.close();
});

test("encodings at the boundary: lone surrogates, NUL, CRLF, CR and a BOM", async () => {
  const p = await page(context);
  await p.goto(`${server.url}/tests/e2e/fixtures/attacks.html`);
  await p.waitForFunction(() => document.body.dataset.ready === "yes");
  const out = await p.evaluate(async () => {
    const { render } = await import("/pkg/recap.js");
    const lone = render("---\ntitle: \"a\uD800b\"\n---\nx\uDC00y \uD83D\uDE00\n");
    const nul = render("a\0b\n");
    const lf = render("---\ntitle: T\n---\n# Head\n\nPara *one*\ntwo\n");
    const crlf = render("\uFEFF---\r\ntitle: T\r\n---\r\n# Head\r\n\r\nPara *one*\r\ntwo\r\n");
    const cr = render("---\rtitle: T\r---\r# Head\r\rPara *one*\rtwo\r");
    const bad = render("---\r\ntitle: [\r\n---\r\nx\r\n");
    return { lone, nul, lf, crlf, cr, bad };
  });
  assert.equal(out.lone.frontMatter.title, "a\uFFFDb", "a lone surrogate in front matter becomes U+FFFD");
  assert.equal(out.lone.html, "<p>x\uFFFDy \u{1F600}</p>\n", "and in the body; pairs survive");
  assert.equal(out.nul.html, "<p>a\uFFFDb</p>\n", "NUL becomes U+FFFD");
  assert.deepEqual(out.crlf.frontMatter, out.lf.frontMatter, "CRLF (after a BOM): the same front matter");
  assert.equal(out.crlf.html, out.lf.html, "CRLF: the same HTML");
  assert.deepEqual(out.cr.frontMatter, out.lf.frontMatter, "CR: the same front matter");
  // Goldmark (so Hugo 0.168) does not end lines at a bare CR in the body: the whole
  // body is one heading, with this ID. Recap agrees.
  assert.match(out.cr.html, /^<h1 id="headpara-onetwo">/, "CR: Hugo's reading of a bare CR");
  const d = out.bad.diagnostics[0];
  assert.equal(d.code, "front-matter/yaml-syntax");
  assert.equal(d.line, 3, "CRLF counts as one line break in positions");
  await p.close();
});

test("deep nesting renders in the release modules (1 MiB wasm stack), without a crash", async () => {
  const p = await page(context, { allowErrors: [/404/, /Failed to load resource/] });
  await p.goto(`${server.url}/tests/e2e/fixtures/attacks.html`);
  await p.waitForFunction(() => document.body.dataset.ready === "yes");
  const out = await p.evaluate(async () => {
    const { default: init, render, hasTemplates } = await import("/pkg/recap.js");
    const n = 50000;
    const nest = (open, inner, close) => open.repeat(n) + inner + close.repeat(n);
    const cases = {
      quotes: "> ".repeat(n) + "x\n",
      emphasis: nest("*", "x", "*"),
      links: nest("[", "x", "]") + "(/u)\n",
      divs: nest("<div>", "x", "</div>"),
      spans: "a " + nest("<span>", "x", "</span>") + "\n",
      shortcodes: "x " + nest("{{< details >}}", "x", "{{< /details >}}") + "\n",
      yaml: "---\na: " + nest("[", "", "]") + "\n---\nx\n",
      toml: "+++\na = " + nest("[", "", "]") + "\n+++\nx\n",
      json: '{"a":' + nest("[", "", "]") + "}\nx\n",
    };
    const results = [];
    for (const templates of [false, true]) {
      if (templates) await init({ templates: true });
      for (const [name, source] of Object.entries(cases)) {
        try {
          const r = render(source);
          results.push(`${hasTemplates() ? "templates" : "default"} ${name}: ${r.html.length > 0 ? "rendered" : "empty"}`);
        } catch (e) {
          results.push(`${hasTemplates() ? "templates" : "default"} ${name}: ${e.name} ${e.message}`);
        }
      }
    }
    return results;
  });
  assert.deepEqual(out.filter((r) => !r.endsWith(": rendered")), [], "every case renders on both modules");
  assert.equal(out.length, 18);
  await p.close();
});
