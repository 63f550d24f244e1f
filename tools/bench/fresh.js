// Runs in a fresh headless Chromium page (tools/bench/run.mjs opens one per
// measurement), so that the module instance measured has done nothing else:
// wasm memory never shrinks, and a module that rendered the 10 MB scaling
// document keeps that memory for good.
//   ?mode=start   module import to first render ready: import("recap"),
//                 init(), render(seed), with marks for each step;
//                 &overlap: the page fetches the .wasm alongside the import.
//   ?mode=parts   the same steps one at a time through the glue.
//   ?mode=memory  opens the 200 KB post the editing bench builds in a mounted
//                 Renderer, then 10,000 edits; wasm memory after opening, after
//                 100 and after 10,000 edits.
const mode = new URLSearchParams(location.search).get("mode");
const EDITS = Number(new URLSearchParams(location.search).get("edits") || 10000);

async function start(seed, overlap) {
  const t0 = performance.now();
  // overlap: the page starts fetching the .wasm as it imports the package, and
  // hands the response to init() (the API takes a Response or its promise).
  const wasm = overlap ? fetch("/pkg/core/recap_core_bg.wasm") : undefined;
  const recap = await import("recap");
  const imported = performance.now();
  await recap.default(wasm);
  const ready = performance.now();
  recap.render(seed);
  const rendered = performance.now();
  return { total: rendered - t0, import: imported - t0, init: ready - imported, render: rendered - ready, memory: recap.memoryBytes() };
}

// Where the start's time goes, step by step in a page of its own (the same
// steps as init(), through the glue: V8 reuses a module compiled once in the
// same page, so the steps cannot be timed after a run of init()).
async function parts(seed) {
  const t0 = performance.now();
  // (The package ships the default module's glue inside recap.js; the site
  // module's glue is the same code, checked identical when the package is built.)
  const glue = await import("/pkg/core/recap_templates.js");
  const t1 = performance.now();
  const response = await fetch("/pkg/core/recap_core_bg.wasm");
  const bytes = await response.arrayBuffer();
  const t2 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const t3 = performance.now();
  glue.initSync({ module });
  const t4 = performance.now();
  const renderer = new glue.RendererCore("{}");
  renderer.render(seed);
  const t5 = performance.now();
  renderer.render(seed);
  const t6 = performance.now();
  return { glue: t1 - t0, fetch: t2 - t1, compile: t3 - t2, instantiate: t4 - t3, firstRender: t5 - t4, secondRender: t6 - t5, wasmBytes: bytes.byteLength };
}

async function memory(seed, all) {
  const recap = await import("recap");
  const { __highlightIdle: highlightIdle } = recap;
  await recap.default({ editing: true });
  const initial = recap.memoryBytes();
  // The 200 KB post of bench.js's editing bench; the edits near its middle, at
  // the start of a prose line (as tools/bench/editor.mjs picks), alternately
  // typing a letter and deleting the character after the caret, the caret
  // moving over 1,000 bytes (so that the post's length stays about the same).
  const big = seed + "\n\n" + all.slice(0, 200e3 - seed.length);
  let base = -1;
  let offset = 0;
  let inFence = false;
  for (const line of big.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && offset > big.length / 2 && /^[A-Z][a-z]+ [a-z]+ [a-z ,]{30,}$/.test(line)) {
      base = offset + 12;
      break;
    }
    offset += line.length + 1;
  }
  const renderer = new recap.Renderer();
  renderer.mount(document.getElementById("post"));
  renderer.update(big);
  // Code blocks come back from the highlighting worker; the renderer shows them.
  const settle = async () => {
    for (let i = 0; i < 200 && !highlightIdle(); i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 50));
  };
  await settle();
  const out = { bytes: big.length, initial, afterOpen: recap.memoryBytes(), edits: EDITS, series: [] };
  let text = big;
  const times = [];
  for (let i = 1; i <= EDITS; i++) {
    const at = base + (i % 1000);
    text = text.slice(0, at) + (i % 2 ? "x" : "") + text.slice(at + (i % 2 ? 0 : 1));
    const t = performance.now();
    renderer.update(text);
    times.push(performance.now() - t);
    if (i === 100) out.after100 = recap.memoryBytes();
    if (i % 1000 === 0) out.series.push(recap.memoryBytes());
    // Let highlighting answers (an edit may reopen a fence) in now and then.
    if (i % 500 === 0) await settle();
  }
  out.afterAll = recap.memoryBytes();
  out.jsHeap = performance.memory ? performance.memory.usedJSHeapSize : null;
  times.sort((a, b) => a - b);
  out.updateP50 = times[Math.floor(times.length / 2)];
  out.updateP95 = times[Math.floor(times.length * 0.95)];
  renderer.destroy();
  return out;
}

async function main() {
  const seed = window.benchSeed;
  // The page settles first (its own load, the renderer process warming up).
  await new Promise((r) => setTimeout(r, 300));
  if (mode === "start") return start(seed, new URLSearchParams(location.search).has("overlap"));
  if (mode === "parts") return parts(seed);
  if (mode === "memory") {
    const { posts } = await (await fetch("./inputs.json")).json();
    return memory(posts[0].source, posts.map((p) => p.body).join("\n\n"));
  }
  throw new Error(`unknown mode ${mode}`);
}
main().then(
  (r) => (window.benchResults = r),
  (e) => (window.benchResults = { error: String(e.stack || e) }),
);
