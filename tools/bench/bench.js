// Runs in headless Chromium (tools/bench/run.mjs): every contestant on the same
// inputs, in the same page, rounds interleaved (A B C A B C …). Memory and cold
// start are measured in fresh pages (fresh.js): this page's module renders a
// 10 MB document, and wasm memory never shrinks.
import init, { render, Renderer, __highlightIdle as highlightIdle } from "recap";
import markdownit from "/node_modules/markdown-it/dist/browser/markdown-it.esm.min.mjs";
import { marked } from "/node_modules/marked/lib/marked.esm.js";
import * as mdwasm from "./vendor/markdown.es.js";
import DOMPurify from "/node_modules/dompurify/dist/purify.es.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

async function main() {
  await init();
  await mdwasm.ready;
  const { posts, docs } = await (await fetch("./inputs.json")).json();
  const bytesOf = (set) => set.reduce((n, p) => n + new TextEncoder().encode(p.source).length, 0);
  const bytes = bytesOf(posts);
  // Peers as their users run them: markdown-it's default preset escapes raw
  // HTML; markdown-wasm and marked pass it through, so a page that shows
  // authors' posts puts DOMPurify after them (what Recap's safe HTML replaces).
  const mdDefault = markdownit();
  const mdFull = markdownit({ linkify: true, typographer: true });
  const peers = {
    "markdown-wasm": (b) => mdwasm.parse(b),
    "markdown-wasm + DOMPurify": (b) => DOMPurify.sanitize(mdwasm.parse(b)),
    "markdown-it": (b) => mdDefault.render(b),
    "markdown-it + linkify + typographer": (b) => mdFull.render(b),
    marked: (b) => marked.parse(b),
    "marked + DOMPurify": (b) => DOMPurify.sanitize(marked.parse(b)),
  };
  const RECAP = "Recap (full pipeline)";
  // Throughput on one set of inputs: MB/s of each contestant in each round,
  // and Recap's speed over each peer's in the same round. Recap's code blocks
  // are highlighted first (a worker answers after the first render, as on a
  // page), so that rounds measure what readers are shown: Hugo's highlighted
  // code, not the plain code a block shows while it waits.
  const race = async (set) => {
    const size = bytesOf(set);
    const contestants = { [RECAP]: () => set.forEach((p) => render(p.source)) };
    for (const [name, f] of Object.entries(peers)) contestants[name] = () => set.forEach((p) => f(p.body));
    const samples = Object.fromEntries(Object.keys(contestants).map((k) => [k, []]));
    const ratios = Object.fromEntries(Object.keys(peers).map((k) => [k, []]));
    for (const f of Object.values(contestants)) f();
    // (A few rounds at most: a render after the answers asks for nothing new.)
    for (let settle = 0; settle < 5; settle++) {
      while (!highlightIdle()) await new Promise((resolve) => setTimeout(resolve, 50));
      contestants[RECAP]();
      if (highlightIdle()) break;
    }
    for (let round = 0; round < 9; round++) {
      const speeds = {};
      for (const [name, f] of Object.entries(contestants)) {
        let reps = 0;
        const start = performance.now();
        while (performance.now() - start < 250) {
          f();
          reps++;
        }
        speeds[name] = (size * reps) / ((performance.now() - start) / 1000) / 1e6;
        samples[name].push(speeds[name]);
      }
      for (const k of Object.keys(ratios)) ratios[k].push(speeds[RECAP] / speeds[k]);
    }
    return {
      pages: set.length,
      bytes: size,
      throughput: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, stats(v)])),
      ratio: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, stats(v)])),
    };
  };
  const races = { posts: await race(posts), docs: await race(docs) };

  // Scaling.
  const all = posts.map((p) => p.body).join("\n\n");
  const scaling = [];
  for (const size of [10e3, 100e3, 1e6, 10e6]) {
    let doc = "---\ntitle: Scaling\n---\n";
    while (doc.length < size) doc += all.slice(0, Math.min(all.length, size - doc.length)) + "\n\n";
    let reps = 0;
    const start = performance.now();
    while (performance.now() - start < 400 || reps < 2) {
      render(doc);
      reps++;
    }
    scaling.push({ kb: Math.round(doc.length / 1024), mbps: (doc.length * reps) / ((performance.now() - start) / 1000) / 1e6 });
  }

  // Editing: keystroke to patched DOM, on the seed and on a 200 KB post, with
  // the module the editor runs (its updates re-render only what an edit touched).
  await init({ editing: true });
  const seed = posts[0].source;
  const big = seed + "\n\n" + all.slice(0, 200e3 - seed.length);
  const editing = [];
  for (const [name, source] of [["seed", seed], ["200 KB post", big]]) {
    const article = document.getElementById("post");
    const renderer = new Renderer();
    renderer.mount(article);
    renderer.update(source);
    const at = source.indexOf("Runtime encryption of data") + 7;
    const times = [];
    const replaced = [];
    let text = source;
    for (let i = 0; i < 500; i++) {
      text = text.slice(0, at) + String.fromCharCode(97 + (i % 26)) + text.slice(at);
      const start = performance.now();
      const r = renderer.update(text);
      times.push(performance.now() - start);
      replaced.push(r.patch.inserted + r.patch.moved);
    }
    times.sort((a, b) => a - b);
    editing.push({ name, bytes: source.length, p50: times[Math.floor(times.length * 0.5)], p95: times[Math.floor(times.length * 0.95)], replaced: median(replaced) });
    renderer.destroy();
  }

  window.benchResults = { bytes, posts: posts.length, races, scaling, editing, userAgent: navigator.userAgent };
}
main().catch((e) => (window.benchResults = { error: String(e.stack || e) }));
