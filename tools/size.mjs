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
