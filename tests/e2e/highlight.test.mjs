// The highlighting module (pkg/core/recap_highlight_bg.wasm, `make highlight-wasm`)
// in headless Chromium: every golden Hugo rendered (crates/recap-highlight/tests/data)
// byte for byte on the browser's RegExp, the stylesheets, a pathological input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, browser, root } from "./harness.mjs";

const goldens = JSON.parse(await readFile(join(root, "crates/recap-highlight/tests/data/goldens.json"), "utf8"));
const styles = JSON.parse(await readFile(join(root, "crates/recap-highlight/tests/data/styles.json"), "utf8"));

test("highlighting in Chromium matches Hugo's goldens", async () => {
  const server = await serve(root);
  const context = await browser();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/tests/e2e/harness.mjs`);
    const result = await page.evaluate(
      async ({ base, cases, styles }) => {
        const m = await import(`${base}/pkg/core/recap_highlight.js`);
        await m.default({ module_or_path: `${base}/pkg/core/recap_highlight_bg.wasm` });
        const failures = [];
        const perLang = {};
        let ms = 0, bytes = 0;
        for (const c of cases) {
          // Markdown's Chroma sample has a ```cql block: a lexer outside the built-in set.
          if (c.name.startsWith("markdown/chroma:markdown/")) continue;
          const t0 = performance.now();
          const got = m.highlightFence(c.code, c.lang, JSON.stringify(c.attrs), 0, "");
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
        for (const c of cases) m.highlightFence(c.code, c.lang, JSON.stringify(c.attrs), 0, "");
        const warm = performance.now() - t1;
        const badStyles = Object.entries(styles).filter(([n, css]) => m.stylesheet(n) !== css).map(([n]) => n);
        return { failures, perLang, badStyles, ms, bytes, warm };
      },
      { base: server.url, cases: goldens.cases, styles: styles.styles },
    );
    for (const [k, [ok, n]] of Object.entries(result.perLang)) console.log(`${k}: ${ok}/${n}`);
    console.log(`${result.bytes} bytes of code in ${result.ms.toFixed(0)} ms (first use, patterns compiled), ${result.warm.toFixed(0)} ms warm: ${(result.bytes / result.warm / 1000).toFixed(2)} MB/s`);
    assert.deepEqual(result.failures, []);
    assert.deepEqual(result.badStyles, []);
  } finally {
    await context.close();
    await server.close();
  }
});
