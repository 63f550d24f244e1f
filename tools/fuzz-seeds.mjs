// Seeds the fuzz corpora (fuzz/corpus/<target>/) from the attack corpus, the test
// posts and the shortcode templates, so fuzzing starts from real shapes.
import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";

const root = new URL("..", import.meta.url).pathname;
const attacks = readFileSync(join(root, "tests/data/attacks.txt"), "utf8")
  .split("\n### ")
  .slice(1)
  .map((c) => c.slice(c.indexOf("\n") + 1));
const posts = [join(root, "www/posts")]
  .concat(existsSync(join(root, "../shared/corpus")) ? [join(root, "../shared/corpus/seed")] : [])
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(d, f), "utf8")));
const templates = ["tests/data/hugo-oracle/shortcodes", "tests/data/shortcode-templates"].flatMap((d) =>
  readdirSync(join(root, d)).map((f) => readFileSync(join(root, d, f), "utf8")),
);
// The TOML and JSON documents of the parser differential test (its Rust string literals).
const documents = readFileSync(join(root, "tests/parser_differential.rs"), "utf8")
  .split("\n")
  .map((l) => /^\s+"(.*)",$/.exec(l))
  .filter(Boolean)
  .flatMap((m) => {
    try {
      return [JSON.parse(`"${m[1]}"`)];
    } catch {
      return [];
    }
  });
const frontMatters = posts.map((p) => /^(?:---|\+\+\+)\n([\s\S]*?)\n(?:---|\+\+\+)\n/.exec(p)?.[1]).filter(Boolean);
const sets = {
  render: [...posts, ...attacks],
  differential: attacks,
  front_matter: [...posts, ...attacks.filter((a) => /^(---|\+\+\+|\{)/.test(a))],
  shortcodes: attacks.filter((a) => a.includes("{{")),
  template: templates,
  sanitizer: attacks.filter((a) => a.includes("<")),
  parsers: [...documents, ...frontMatters],
};
for (const [target, inputs] of Object.entries(sets)) {
  const dir = join(root, "fuzz/corpus", target);
  mkdirSync(dir, { recursive: true });
  for (const input of inputs) writeFileSync(join(dir, createHash("sha1").update(input).digest("hex")), input);
  console.log(`${target}: ${inputs.length} seeds`);
}
