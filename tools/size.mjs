// Prints the size of the package's wasm and JS files: raw, gzip and brotli.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "pkg";
const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(wasm|js|txt)$/.test(name)) files.push(p);
  }
})(dir);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = [0, 0, 0];
console.log("file".padEnd(36), "raw".padStart(10), "gzip".padStart(10), "brotli".padStart(10));
for (const f of files.sort()) {
  const b = readFileSync(f);
  const sizes = [b.length, gzipSync(b, { level: 9 }).length, brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  sizes.forEach((s, i) => (total[i] += s));
  console.log(relative(dir, f).padEnd(36), ...sizes.map((s) => kb(s).padStart(10)));
}
console.log("total".padEnd(36), ...total.map((s) => kb(s).padStart(10)));

// What each way of using the package loads (brotli), against its budget. The
// render budget is the project's (what init() + render loads); the modules
// loaded only when a page needs them have their own: the site module (site
// bundles and site templates: the template engine with Hugo's functions),
// the highlighting module (issue 14's 60 KB) and the editor.
const br = (f) => brotliCompressSync(readFileSync(join(dir, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
// recap.js, bundled with what it imports (the wasm glue, the highlighting bridge, the live-DOM guard).
const core = ["recap.js"];
// The highlighting module's glue imports its JS snippets (wasm-bindgen inline_js).
const hlSnippets = (() => {
  try {
    return readdirSync(join(dir, "core/snippets"), { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => join("core/snippets", f));
  } catch {
    return [];
  }
})();
const hl = ["core/recap_highlight_bg.wasm", "core/recap_highlight.js", ...hlSnippets, "highlight-worker.js"];
const uses = [
  ["render (init())", ["core/recap_core_bg.wasm", ...core], 200],
  ["<recap-post> widget", ["core/recap_core_bg.wasm", ...core, "element.js", "element/define.js", "post-header.js"], 200],
  // What the editor starts (the module whose updates re-render only what an
  // edit touched); the editor's budget is its own code's, below.
  ["editing (init({ editing: true }))", ["core/recap_editing_bg.wasm", ...core], 0],
  ["site module (init({ templates: true }))", ["core/recap_templates_bg.wasm", "core/recap_templates.js"], 400],
  // A site whose templates call emojify also loads its table (needsEmoji).
  ["site module with emoji (+ emoji: true)", ["core/recap_templates_bg.wasm", "core/recap_templates.js", "core/recap_emoji.tsv"], 0],
  ["highlighting (module + worker)", hl, 60],
  // A page whose code asks for a style other than the default also loads the styles chunk.
  ["highlighting, another style (+ styles)", [...hl, "core/recap_highlight_styles.txt"], 0],
  ["editor's own code (editor.js)", ["editor.js"], 150],
];
console.log("\nloaded by".padEnd(41), "brotli".padStart(10), " budget");
for (const [name, parts, budget] of uses) {
  if (!parts.every((f) => { try { return statSync(join(dir, f)).isFile(); } catch { return false; } })) continue;
  const total = parts.reduce((sum, f) => sum + br(f), 0);
  console.log(name.padEnd(40), kb(total).padStart(10), !budget ? "" : total <= budget * 1024 ? ` within ${budget} KB` : ` over ${budget} KB`);
}
const all = ["core/recap_editing_bg.wasm", ...core, "editor.js"].reduce((sum, f) => sum + br(f), 0);
console.log("editor page in all (editing + editor)".padEnd(40), kb(all).padStart(10));
