// A real Hugo site in the browser (issue 13): `recap pack` of the shared
// linkerd.io sample, loaded by `<recap-post site>` in headless Chromium, renders
// pages with `{{< note >}}` (a shortcode calling partials that read an SVG
// asset) and relative links (the site's link hook resolves them to permalinks)
// exactly as `recap render` does inside the site.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, browser, page, root } from "./harness.mjs";

const site = join(root, "../shared/corpus/linkerd-site/site");
/** Pages with notes and relative links (and code blocks, highlighted on both sides). */
const PAGES = ["2.18/tasks/install-helm.md", "2.18/features/access-logging.md"];
const out = join(root, "target/e2e-site");

let server, context, recap;
before(async () => {
  // The CLI as `make native` built it (cargo test builds the binary too).
  execFileSync("cargo", ["build", "-q", "--bin", "recap"], { cwd: root, stdio: "inherit" });
  recap = join(root, "target/debug/recap");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync(recap, ["pack", "-o", join(out, "site.json")], { cwd: site });
  for (const rel of PAGES) cpSync(join(site, "content", rel), join(out, "content", rel));
  writeFileSync(join(out, "index.html"), '<!doctype html><meta charset="utf-8"><title>Site</title><link rel="icon" href="data:,"><script type="module" src="/pkg/element/define.js"></script><body></body>\n');
  server = await serve(root);
  context = await browser();
});
after(async () => {
  await context?.close();
  await server?.close();
});

/**
 * In the page: a tree of `root` to compare, as plain data. Whitespace-only
 * text is left out and runs of whitespace are one space (layout does the
 * same); URLs are resolved against `base` (the element resolves the post's
 * relative URLs against the post, as a reader's click would).
 */
function tree(root, base) {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data.replace(/\s+/g, " ");
      return text.trim() ? text : null;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const attrs = [...node.attributes]
      .map((a) => [a.name, ["href", "src"].includes(a.name) ? new URL(a.value, base).href : a.value])
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return [node.localName, attrs, [...(node.tagName === "TEMPLATE" ? node.content : node).childNodes].map(walk).filter((x) => x !== null)];
  };
  return [...root.childNodes].map(walk).filter((x) => x !== null);
}

for (const rel of PAGES) {
  test(`<recap-post site> renders ${rel} as recap render does in the site`, async () => {
    const html = execFileSync(recap, ["render", join("content", rel)], { cwd: site, encoding: "utf8" });
    assert.match(readFileSync(join(site, "content", rel), "utf8"), /\{\{< note >\}\}/, "the page has a note");
    assert.match(html, /class="alert/, "the CLI rendered the note through the site's partials");
    const p = await page(context);
    await p.goto(`${server.url}/target/e2e-site/index.html`);
    const postUrl = `${server.url}/target/e2e-site/content/${rel}`;
    const result = await p.evaluate(
      async ([html, postUrl, tree]) => {
        const walk = new Function(`return (${tree})`)();
        const expected = document.createElement("template");
        expected.innerHTML = html;
        const want = JSON.stringify(walk(expected.content, postUrl));
        const post = document.createElement("recap-post");
        post.setAttribute("site", "site.json");
        post.setAttribute("src", postUrl);
        post.setAttribute("no-header", "");
        const rendered = new Promise((resolve, reject) => {
          post.addEventListener("recap-post-rendered", resolve, { once: true });
          post.addEventListener("recap-post-error", (e) => reject(new Error(e.detail.message)), { once: true });
        });
        document.body.append(post);
        await rendered;
        // Code blocks are highlighted in a worker after the first show: wait for them (at most 20 s).
        const body = () => post.shadowRoot.querySelector(".body");
        const started = performance.now();
        let got = JSON.stringify(walk(body(), postUrl));
        while (got !== want && performance.now() - started < 20_000) {
          await new Promise((r) => setTimeout(r, 100));
          got = JSON.stringify(walk(body(), postUrl));
        }
        return { want, got, links: [...body().querySelectorAll("a")].map((a) => a.getAttribute("href")), notes: body().querySelectorAll(".alert").length };
      },
      [html, postUrl, tree.toString()],
    );
    if (result.got !== result.want) {
      const [a, b] = [result.want, result.got];
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      assert.fail(`the element differs from recap render at ${i}:\n  CLI:     …${a.slice(Math.max(0, i - 200), i + 200)}\n  element: …${b.slice(Math.max(0, i - 200), i + 200)}`);
    }
    assert.ok(result.notes > 0, "the note is in the page");
    assert.ok(
      result.links.some((h) => h.includes("/2.18/")),
      `a relative link resolved to a page of the site: ${result.links.join(" ")}`,
    );
    assert.deepEqual(p.problems, []);
    await p.close();
  });
}
