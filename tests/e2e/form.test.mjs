// The front-matter form's text edits (js/editor/form.js), in Node against the
// built package: each edit must keep every other byte, and the result must
// read back (through Recap itself) as the value the form set.
import { test } from "node:test";
import assert from "node:assert/strict";
import { render, frontMatterFields } from "../../pkg/node.js";
import { model, setField, addItem, removeItem } from "../../js/editor/form.js";

/** Applies the form's change for `edit(text, m)` and returns the new text. */
function apply(text, edit) {
  const change = edit(text, model(frontMatterFields(text)));
  assert.ok(change, "the form can make this edit");
  return text.slice(0, change.from) + change.insert + text.slice(change.to);
}

/** The front matter Recap reads from `text`, failing on any front-matter syntax error. */
function read(text) {
  const r = render(text);
  const bad = r.diagnostics.filter((d) => /syntax|unclosed|delimiter/.test(d.code));
  assert.deepEqual(bad, [], `the edited front matter parses:\n${text}`);
  return r.frontMatter;
}

const YAML = "---\n# comment\ntitle: Old # trailing\ntags: [a, b]\nkeywords:\n- x\n- y # why\nparams:\n  author: k\ndescription: |-\n  line one\n  line two\n---\nBody\n";
const TOML = "+++\n# comment\ntitle = 'Old' # trailing\ntags = [\"a\", \"b\"]\n\n[params]\nauthor = \"k\" # who\n+++\nBody\n";
const JSONFM = '{\n  "title": "Old",\n  "tags": ["a", "b"],\n  "params": {\n    "author": "k"\n  }\n}\nBody\n';

for (const [name, src] of [["YAML", YAML], ["TOML", TOML], ["JSON", JSONFM]]) {
  test(`${name}: scalars set in place, keeping the rest`, () => {
    for (const title of ["New", "A: colon", "it's \"quoted\"", "true", "2021-01-01", " padded ", "#hash", "multi\nline", "ünïcode 😀"]) {
      const out = apply(src, (t, m) => setField(t, m, ["title"], title));
      assert.equal(read(out).title, title, `title ${JSON.stringify(title)} in ${name}`);
      const rest = (s) => s.replace(/title.*\n/, "");
      assert.equal(rest(out), rest(src), "only the title's line changed");
    }
    const drafted = apply(src, (t, m) => setField(t, m, ["draft"], true));
    assert.equal(read(drafted).draft, true);
    const author = apply(src, (t, m) => setField(t, m, ["params", "author"], "alex"));
    assert.equal(read(author).params.author, "alex");
    const added = apply(src, (t, m) => setField(t, m, ["params", "thumbnail"], "a.png"));
    assert.deepEqual(read(added).params, { author: "k", thumbnail: "a.png" });
    const fresh = apply(src, (t, m) => setField(t, m, ["extra", "deep"], "v"));
    assert.deepEqual(read(fresh).extra, { deep: "v" });
    if (name !== "JSON") assert.ok(drafted.includes("# comment"), "comments stay");
  });

  test(`${name}: list items added and removed`, () => {
    let out = apply(src, (t, m) => addItem(t, m, ["tags"], "c d"));
    assert.deepEqual(read(out).tags, ["a", "b", "c d"]);
    out = apply(out, (t, m) => removeItem(t, m, ["tags"], 0));
    assert.deepEqual(read(out).tags, ["b", "c d"]);
    out = apply(out, (t, m) => removeItem(t, m, ["tags"], 1));
    assert.deepEqual(read(out).tags, ["b"]);
    out = apply(out, (t, m) => removeItem(t, m, ["tags"], 0));
    assert.deepEqual(read(out).tags, []);
    out = apply(out, (t, m) => addItem(t, m, ["tags"], "z"));
    assert.deepEqual(read(out).tags, ["z"]);
    const made = apply(src, (t, m) => addItem(t, m, ["categories"], "news"));
    assert.deepEqual(read(made).categories, ["news"]);
  });
}

test("YAML block lists keep their style and comments; block scalars keep theirs", () => {
  let out = apply(YAML, (t, m) => addItem(t, m, ["keywords"], "z"));
  assert.ok(out.includes("keywords:\n- x\n- y # why\n- z\n"), out);
  out = apply(out, (t, m) => removeItem(t, m, ["keywords"], 0));
  assert.ok(out.includes("keywords:\n- y # why\n- z\n"), out);
  assert.deepEqual(read(out).keywords, ["y", "z"]);
  const described = apply(YAML, (t, m) => setField(t, m, ["description"], "first\nsecond"));
  assert.ok(described.includes("description: |-\n  first\n  second\n---"), described);
  assert.equal(read(described).description, "first\nsecond");
});

test("a post without front matter gets YAML front matter", () => {
  const out = apply("Just a body.\n", (t, m) => setField(t, m, ["title"], "Hello"));
  assert.equal(out, "---\ntitle: Hello\n---\n\nJust a body.\n");
  assert.equal(read(out).title, "Hello");
});

test("broken front matter is not edited", () => {
  const text = '---\ntitle: "open\n---\n';
  assert.equal(setField(text, model(frontMatterFields(text)), ["title"], "x"), null);
});
