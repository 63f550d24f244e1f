// Prints the size of the package's wasm and JS files: raw, gzip and brotli.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "pkg";
const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(wasm|js)$/.test(name)) files.push(p);
  }
})(dir);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = [0, 0, 0];
console.log("file".padEnd(36), "raw".padStart(10), "gzip".padStart(10), "brotli".padStart(10));
for (const f of files.sort()) {
  const b = readFileSync(f);
  const sizes = [b.length, gzipSync(b, { level: 9 }).length, brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  sizes.forEach((s, i) => (total[i] += s));
  console.log(f.padEnd(36), ...sizes.map((s) => kb(s).padStart(10)));
}
console.log("total".padEnd(36), ...total.map((s) => kb(s).padStart(10)));

// What each way of using the package loads (brotli), against the 200 KB budget.
const br = (f) => brotliCompressSync(readFileSync(join(dir, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const core = ["core/recap_core.js", "recap.js"];
const uses = [
  ["render (init())", ["core/recap_core_bg.wasm", ...core]],
  ["render with site templates", ["core/recap_templates_bg.wasm", ...core]],
  ["<recap-post> widget", ["core/recap_core_bg.wasm", ...core, "element.js", "element/define.js", "post-header.js"]],
];
console.log("\nloaded by".padEnd(36), "brotli".padStart(10), " budget 200 KB");
for (const [name, parts] of uses) {
  const total = parts.reduce((sum, f) => sum + br(f), 0);
  console.log(name.padEnd(36), kb(total).padStart(10), total <= 200 * 1024 ? " within" : " over");
}

// The editor (recap/editor) loads on top of rendering, with its own budget:
// its module bundles CodeMirror 6 and the editor's code.
const EDITOR_BUDGET_KB = 150;
const editor = br("editor.js");
console.log("editor's own code (editor.js)".padEnd(36), kb(editor).padStart(10), editor <= EDITOR_BUDGET_KB * 1024 ? ` within its ${EDITOR_BUDGET_KB} KB` : ` over its ${EDITOR_BUDGET_KB} KB`);
const all = ["core/recap_core_bg.wasm", ...core, "editor.js"].reduce((sum, f) => sum + br(f), 0);
console.log("editor page in all (render + editor)".padEnd(36), kb(all).padStart(10));
