// `make lint`: no message of the package's default wasm module uses Debug
// formatting. That module is built with -Zfmt-debug=none, where `{:?}` prints
// nothing, so a message must quote with go_unicode::quote instead.
//
// The files checked are exactly the ones rustc read for that module (the
// dep-info of `cargo rustc --lib --target wasm32-unknown-unknown
// --no-default-features`, given as the argument). Left out: comments, test
// modules (`#[cfg(test)]` before a top-level `mod`) and `impl … Debug for`
// blocks, where Debug formatting is the point.
import { readFileSync } from "node:fs";

const depInfo = readFileSync(process.argv[2], "utf8");
const files = [...new Set(depInfo.split(/\s+/).filter((f) => /^src\/.*\.rs$/.test(f)))];
if (files.length === 0) throw new Error(`no source files in ${process.argv[2]}`);
// A format spec with `?`: {:?} {x:?} {0:#?} {:>8?} {:x?}
const debugSpec = /\{[\w.]*:[^{}]*\?\}/;
const problems = [];
for (const file of files) {
  let skipping = null; // why the current top-level block is skipped
  let testAttribute = false;
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    if (skipping) {
      if (line.startsWith("}")) skipping = null;
      return;
    }
    if (/^#\[cfg\(test\)\]/.test(line)) {
      testAttribute = true;
      return;
    }
    if (testAttribute && /^(pub(\(\w+\))? )?mod /.test(line)) {
      testAttribute = false;
      if (!line.trimEnd().endsWith(";")) skipping = "test module";
      return;
    }
    testAttribute = false;
    if (/^impl\b.*\bDebug for\b/.test(line)) {
      if (!line.trimEnd().endsWith("}")) skipping = "Debug impl";
      return;
    }
    if (line.trim().startsWith("//")) return;
    if (debugSpec.test(line)) problems.push(`${file}:${i + 1}: ${line.trim()}`);
  });
}
if (problems.length) {
  console.error("Debug formatting in the default wasm module's code (it prints nothing there; quote with go_unicode::quote):");
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`lint-debug-format: ${files.length} files of the default module, no Debug formatting`);
