// Measurements that need a module instance of their own (tools/bench/fresh.js
// in fresh headless Chromium pages): cold start, and wasm memory while editing
// a 200 KB post. Run by `make bench` (tools/bench/run.mjs); alone, after
// `make package`: `RECAP_BENCH=fresh node tools/bench/run.mjs`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import os from "node:os";
import { serve, browser, root } from "../../tests/e2e/harness.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Opens tools/bench/fresh.html?mode=… in a new page; returns its results. */
async function run(context, url, mode, extra = "") {
  const page = await context.newPage();
  // The seed is handed in, not fetched: the start pages parse no JSON of their own.
  const { posts } = JSON.parse(readFileSync(join(root, "tools/bench/inputs.json"), "utf8"));
  await page.addInitScript((seed) => (window.benchSeed = seed), posts[0].source);
  try {
    await page.goto(`${url}/tools/bench/fresh.html?mode=${mode}${extra}`);
    await page.waitForFunction(() => window.benchResults, null, { timeout: 900_000 });
    const r = await page.evaluate(() => window.benchResults);
    if (r.error) throw new Error(r.error);
    return r;
  } finally {
    await page.close();
  }
}

/** Cold start (median of `pages` fresh pages, each step's median too) and memory while editing. */
export async function freshBench({ pages = 9, edits = 10000 } = {}) {
  const server = await serve();
  const context = await browser();
  const load = [os.loadavg()[0]];
  try {
    // One page first, not counted: Chromium's own start-up (its first renderer
    // process, compiling its own code) would land on the first page.
    await run(context, server.url, "start");
    const starts = [];
    const overlapped = [];
    const parts = [];
    for (let i = 0; i < pages; i++) {
      starts.push(await run(context, server.url, "start"));
      overlapped.push(await run(context, server.url, "start", "&overlap"));
      parts.push(await run(context, server.url, "parts"));
    }
    const med = (rows) => Object.fromEntries(Object.keys(rows[0]).map((k) => [k, median(rows.map((r) => r[k]))]));
    const spread = (rows) => ({ ...med(rows), min: Math.min(...rows.map((s) => s.total)), max: Math.max(...rows.map((s) => s.total)), pages });
    load.push(os.loadavg()[0]);
    const memory = await run(context, server.url, "memory", `&edits=${edits}`);
    return { load, start: spread(starts), overlapped: spread(overlapped), parts: med(parts), memory };
  } finally {
    await context.close();
    await server.close();
  }
}

const mib = (n) => (n / 2 ** 20).toFixed(1);
const ms = (n) => n.toFixed(1);

/** BENCHMARKS.md's memory and cold-start lines. */
export function freshMarkdown({ load, start, overlapped, parts, memory }) {
  return [
    "## Memory (a fresh module instance)",
    "",
    `The ${Math.round(memory.bytes / 1024)} KB post of the editing bench opened in a mounted \`Renderer\` in a page of its own (its code blocks highlighted by the worker), then ${memory.edits.toLocaleString("en")} edits near its middle (a letter typed, a character deleted, in turn), highlighting answers let in every 500. wasm memory:`,
    "",
    `| at start | after opening | after 100 edits | after ${memory.edits.toLocaleString("en")} edits | ratio ${memory.edits.toLocaleString("en")} ÷ 100 |`,
    "|---|---|---|---|---|",
    `| ${mib(memory.initial)} MiB | ${mib(memory.afterOpen)} MiB | ${mib(memory.after100)} MiB | ${mib(memory.afterAll)} MiB | ${(memory.afterAll / memory.after100).toFixed(2)} |`,
    "",
    ...(memory.series.length ? [`Every 1,000 edits: ${memory.series.map(mib).join(", ")} MiB.`, ""] : []),
    `\`update()\` per edit meanwhile: p50 ${ms(memory.updateP50)} ms, p95 ${ms(memory.updateP95)} ms. JS heap afterwards: ${memory.jsHeap ? mib(memory.jsHeap) + " MiB" : "n/a"}. Goal (issue 16): ≤ 16 MiB, flat over 10,000 edits.`,
    "",
    "## Cold start (a fresh page each time)",
    "",
    `Module import to first render ready — \`import("recap")\`, \`await init()\`, \`render(seed)\` — median of ${start.pages} fresh pages: **${ms(start.total)} ms** (min ${ms(start.min)}, max ${ms(start.max)}; import ${ms(start.import)}, init ${ms(start.init)}, first render ${ms(start.render)}). Goal (issue 16): ≤ 15 ms. Load average while measuring: ${load[0].toFixed(1)} → ${load[1].toFixed(1)} on ${os.cpus().length} cores (other work on the machine lengthens every number here).`,
    "",
    `With the .wasm fetched alongside the import (\`init(fetch(wasmUrl))\`, which a page can do today): ${ms(overlapped.total)} ms (min ${ms(overlapped.min)}, max ${ms(overlapped.max)}; import ${ms(overlapped.import)}, init ${ms(overlapped.init)}, first render ${ms(overlapped.render)}).`,
    "",
    `The same steps one by one through the glue, in pages of their own (medians): import the glue (core/recap_templates.js, the same code recap.js bundles) ${ms(parts.glue)} ms, fetch the ${Math.round(parts.wasmBytes / 1024)} KB .wasm ${ms(parts.fetch)} ms, compile ${ms(parts.compile)} ms, instantiate ${ms(parts.instantiate)} ms, first render of the seed with a new renderer ${ms(parts.firstRender)} ms (a second with it: ${ms(parts.secondRender)} ms).`,
    "",
  ].join("\n");
}
