// <recap-post> on a plain static page, in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
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

async function open() {
  const p = await page(context, { allowErrors: [/404/] });
  const requests = [];
  p.on("request", (r) => requests.push(r.url()));
  await p.goto(`${server.url}/tests/e2e/fixtures/widget.html`);
  await p.waitForFunction(() => customElements.get("recap-post") && document.querySelector("#from-src").shadowRoot?.querySelector("h1"));
  p.requests = requests;
  return p;
}

const inShadow = (p, id, selector, fn) => p.evaluate(([id, selector, fn]) => {
  const e = document.getElementById(id).shadowRoot.querySelector(selector);
  return e && new Function("e", `return (${fn})(e)`)(e);
}, [id, selector, fn]);

test("a src post shows with its header, and global CSS does not leak in or out", async () => {
  const p = await open();
  assert.equal(await inShadow(p, "from-src", "h1", "(e) => e.textContent"), "December Linkerd community meeting recap");
  assert.equal(await inShadow(p, "from-src", ".keywords", "(e) => e.children.length"), 2);
  const style = await inShadow(p, "from-src", ".body p", "(e) => { const s = getComputedStyle(e); return [s.color, s.marginTop, s.fontFamily, s.backgroundColor]; }");
  assert.notEqual(style[0], "rgb(255, 0, 0)", "the page's colour does not reach the post");
  assert.notEqual(style[1], "100px", "the page's margins do not reach the post");
  assert.ok(!/Comic/.test(style[2]), "the page's font does not reach the post");
  assert.equal(await p.evaluate(() => getComputedStyle(document.getElementById("outside")).marginTop), "100px", "the post's styles do not leak out");
  assert.ok(await inShadow(p, "from-src", "h1", "(e) => parseFloat(getComputedStyle(e).fontSize) > 20"));
  await p.close();
});

test("the post is fetched while the module loads, not after it", async () => {
  const p = await page(context, { allowErrors: [/404/] });
  let delivered = false;
  let askedFirst = null;
  let release;
  const asked = new Promise((r) => (release = r));
  // The module is held until the post is asked for (or 5 s, so that a page
  // that asks only once its module has loaded does not hang the test).
  await p.route("**/*.wasm", async (route) => {
    await Promise.race([asked, new Promise((r) => setTimeout(r, 5000))]);
    delivered = true;
    await route.continue();
  });
  p.on("request", (r) => {
    if (!r.url().endsWith("/www/posts/december-2021-recap.md")) return;
    askedFirst ??= !delivered;
    release();
  });
  await p.goto(`${server.url}/tests/e2e/fixtures/widget.html`);
  await p.waitForFunction(() => document.querySelector("#from-src").shadowRoot?.querySelector("h1"));
  assert.equal(askedFirst, true, "the post was asked for before the module arrived");
  await p.close();
});

test("the inline source renders, with relative links resolved against the page", async () => {
  const p = await open();
  await p.waitForFunction(() => document.querySelector("#inline").shadowRoot?.querySelector(".body em"));
  assert.equal(await inShadow(p, "inline", "header", "(e) => e"), null, "no-header leaves the header out");
  const href = await inShadow(p, "inline", ".body a", "(e) => e.getAttribute('href')");
  assert.equal(href, `${server.url}/tests/e2e/fixtures/sub/page.md`);
  await p.close();
});

test("the source property renders, and a burst of attribute changes renders once", async () => {
  const p = await open();
  const out = await p.evaluate(async () => {
    const e = document.createElement("recap-post");
    let rendered = 0;
    e.addEventListener("recap-post-rendered", () => rendered++);
    document.body.append(e);
    e.source = "---\ntitle: From a property\n---\nHello.\n";
    e.setAttribute("theme", "dark");
    e.setAttribute("no-header", "");
    e.removeAttribute("no-header");
    e.setAttribute("theme", "sepia"); // invalid: falls back to auto
    await new Promise((r) => e.addEventListener("recap-post-rendered", r, { once: true }));
    await new Promise((r) => setTimeout(r, 50));
    const first = rendered;
    e.setAttribute("show-diagnostics", "");
    await new Promise((r) => setTimeout(r, 50));
    return { first, after: rendered, title: e.shadowRoot.querySelector("h1").textContent, theme: e.shadowRoot.querySelector(".post").dataset.theme, property: e.theme };
  });
  assert.equal(out.first, 1, "five attribute changes in one task render once");
  assert.equal(out.after, 2, "a later change renders again");
  assert.equal(out.title, "From a property");
  assert.deepEqual([out.theme, out.property], ["auto", "auto"], "an invalid theme falls back to auto");
  await p.close();
});

test("events carry the post's details, bubble and cross the shadow boundary", async () => {
  const p = await open();
  const detail = await p.evaluate(async () => {
    const host = document.createElement("div");
    document.body.append(host);
    const shadow = host.attachShadow({ mode: "open" });
    const e = document.createElement("recap-post");
    const got = new Promise((r) => document.addEventListener("recap-post-rendered", (ev) => r({ ...ev.detail, composed: ev.composed, bubbles: ev.bubbles }), { once: true }));
    e.source = "---\ntitle: T\nkeyword: [x]\n---\none two three\n";
    // (Showing problems loads the module that checks front matter.)
    e.showDiagnostics = true;
    shadow.append(e);
    return got;
  });
  assert.equal(detail.frontMatter.title, "T");
  assert.equal(detail.wordCount, 3);
  assert.equal(detail.readingTime, 1);
  assert.equal(detail.diagnostics[0].code, "front-matter/unknown-field");
  assert.ok(detail.composed && detail.bubbles);
  await p.close();
});

test("a 404 src shows a readable message and fires recap-post-error", async () => {
  const p = await open();
  await p.waitForFunction(() => document.querySelector("#missing").shadowRoot?.querySelector("[role=alert]"));
  const message = await inShadow(p, "missing", "[role=alert]", "(e) => e.textContent");
  assert.match(message, /There is no post at .*missing\.md \(404\)/);
  const kind = await p.evaluate(async () => {
    const e = document.createElement("recap-post");
    const got = new Promise((r) => e.addEventListener("recap-post-error", (ev) => r(ev.detail.kind)));
    e.setAttribute("src", "/also/missing.md");
    document.body.append(e);
    return got;
  });
  assert.equal(kind, "not-found");
  await p.close();
});

test("the video is a facade: no request to YouTube until the reader clicks", async () => {
  const p = await open();
  assert.equal(await inShadow(p, "from-src", "iframe", "(e) => e"), null, "no iframe before the click");
  assert.ok(!p.requests.some((u) => /youtube|ytimg|vimeo/.test(u)), `no request to a video host: ${p.requests.filter((u) => !u.startsWith(server.url))}`);
  await p.evaluate(() => document.querySelector("#from-src").shadowRoot.querySelector(".video button").click());
  const src = await inShadow(p, "from-src", ".video iframe", "(e) => e.getAttribute('src')");
  assert.match(src, /^https:\/\/www\.youtube-nocookie\.com\/embed\/fje09yl3vW4\?autoplay=1/);
  await p.close();
});

test("embeds=direct gives Hugo's iframe; no-shadow renders into the light DOM", async () => {
  const p = await open();
  const out = await p.evaluate(async () => {
    const direct = document.createElement("recap-post");
    direct.setAttribute("embeds", "direct");
    direct.source = "Video:\n\n{{< youtube 0RKpf3rK57I >}}";
    const light = document.createElement("recap-post");
    light.setAttribute("no-shadow", "");
    light.source = "---\ntitle: Light\n---\nIn the light DOM.";
    const done = (e) => new Promise((r) => e.addEventListener("recap-post-rendered", r, { once: true }));
    const both = Promise.all([done(direct), done(light)]);
    document.body.append(direct, light);
    await both;
    return { iframe: direct.shadowRoot.querySelector("iframe")?.getAttribute("src"), light: light.querySelector("h1")?.textContent, shadow: light.shadowRoot };
  });
  assert.match(out.iframe, /^https:\/\/www\.youtube\.com\/embed\/0RKpf3rK57I\?autoplay=0/);
  assert.equal(out.light, "Light");
  assert.equal(out.shadow, null);
  await p.close();
});

test("a date without a time is the same day west of UTC (the header is formatted in UTC for it)", async () => {
  const west = await browser({ timezoneId: "America/Los_Angeles" });
  try {
    const p = await page(west, { allowErrors: [/404/] });
    await p.goto(`${server.url}/tests/e2e/fixtures/widget.html`);
    await p.waitForFunction(() => customElements.get("recap-post"));
    const shown = await p.evaluate(async () => {
      const e = document.createElement("recap-post");
      e.source = "---\ntitle: Dated\ndate: 2021-12-22\n---\nBody.\n";
      document.body.append(e);
      await new Promise((r) => e.addEventListener("recap-post-rendered", r, { once: true }));
      return { time: e.shadowRoot.querySelector("time").textContent, zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
    });
    assert.equal(shown.zone, "America/Los_Angeles");
    assert.equal(shown.time, "December 22, 2021");
  } finally {
    await west.close();
  }
});
