// The source view's guard against pathologically nested posts. CodeMirror's
// Markdown parser builds one syntax node per level of nesting, and both it and
// the highlighter walk that tree recursively: 5,000 nested block quotes or
// list items overflow the stack in @lezer/highlight, 5,000 levels of
// alternating emphasis overflow it in @lezer/markdown's parser, and nested
// strikethrough takes the inline parser seconds on one line (measured in Node
// and Chromium). Recap's renderer copes (it flattens past its own limit, with
// `limits/nesting`); the source view must too. Past MAX_COLOURED_NESTING the
// post is shown as plain text (no colouring, no list continuation), with a
// note saying why, and colouring returns when the nesting is gone.
//
// A guard of our own: CodeMirror has no setting that bounds its parser's depth.
import { Parser, Tree } from "@lezer/common";
import { StateField } from "@codemirror/state";
import { EditorView, showPanel } from "@codemirror/view";
import { syntaxTree } from "@codemirror/language";

/** Nesting past which the source view stops colouring (a tenth of where CodeMirror first fails). */
export const MAX_COLOURED_NESTING = 500;

// Characters that open a container at the start of a line (block quotes, list
// markers, ordered-list numbers, indentation) and inline delimiters that can
// open an element (emphasis, strikethrough, links).
// One table for both (a Set's lookup per character cost ~5 ms on a 200 KB post; this ~0.5).
const IS_PREFIX = 1;
const IS_INLINE = 2;
const CLASS = new Uint8Array(128);
for (const c of " \t>-+*.)0123456789") CLASS[c.charCodeAt(0)] |= IS_PREFIX;
for (const c of "*_~[") CLASS[c.charCodeAt(0)] |= IS_INLINE;
const NEWLINE = 10;

/**
 * Upper bounds on the depth of the Markdown tree of `text`, in one pass: each
 * nested container takes at least one character of its line's prefix, each
 * nested inline element at least one delimiter in its paragraph. `line` is the
 * largest bound of a single line (the case that makes the parser slow);
 * `paragraph` that of consecutive non-blank lines (nesting can also span lines).
 */
export function nestingBounds(text) {
  let line = 0;
  let paragraph = 0;
  let inParagraph = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let prefix = 0;
    for (let c = text.charCodeAt(i); i < n && c < 128 && CLASS[c] & IS_PREFIX; c = text.charCodeAt(++i)) prefix += 1;
    let delimiters = 0;
    let blank = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) break;
      if (c < 128 && CLASS[c] & IS_INLINE) delimiters += 1;
      else if (c !== 32 && c !== 9 && c !== 13) blank = false;
    }
    i += 1;
    if (blank && delimiters === 0) inParagraph = 0;
    else inParagraph += delimiters;
    line = Math.max(line, prefix + delimiters);
    paragraph = Math.max(paragraph, prefix + inParagraph);
  }
  return { line, paragraph };
}

/** Whether `tree` is deeper than `limit` (an iterative walk: a recursive one would fail as CodeMirror's does). */
function deeperThan(tree, limit) {
  const cursor = tree.cursor();
  let depth = 0;
  for (;;) {
    if (cursor.firstChild()) {
      depth += 1;
      if (depth > limit) return true;
      continue;
    }
    while (!cursor.nextSibling()) {
      if (!cursor.parent()) return false;
      depth -= 1;
    }
  }
}

/** Trees the guard made in place of a parse: the document as one node. */
const plainTrees = new WeakSet();
/** Trees of posts found within the limit: an edit of one needs only its changed paragraphs scanned. */
const shallowTrees = new WeakSet();

/** How far an edit's scan reaches back and forth for the ends of its paragraphs. */
const PARAGRAPH_REACH = 64 * 1024;

/**
 * The text to scan before a parse: the whole post, or, when every fragment
 * kept from the last parse comes from a post within the limit, the paragraphs
 * the edit touched (up to a blank line or PARAGRAPH_REACH either way), joined
 * by blank lines. Scanning 200 KB on every key cost ~2 ms.
 */
function changedText(input, fragments) {
  const length = input.length;
  if (!fragments.length || !fragments.every((f) => shallowTrees.has(f.tree))) return input.read(0, length);
  const pieces = [];
  let at = 0;
  for (const f of [...fragments, { from: length, to: length }]) {
    if (f.from > at) pieces.push(input.read(paragraphEdge(input, at, -1), paragraphEdge(input, f.from, 1)));
    at = Math.max(at, f.to);
  }
  return pieces.join("\n\n");
}

/**
 * Where the paragraph around `at` begins (`dir` -1) or ends (1): the nearest
 * blank line, read in doubling steps (an edit reads about its own paragraph,
 * not PARAGRAPH_REACH), at most PARAGRAPH_REACH away.
 */
function paragraphEdge(input, at, dir) {
  const limit = dir < 0 ? Math.max(0, at - PARAGRAPH_REACH) : Math.min(input.length, at + PARAGRAPH_REACH);
  for (let step = 512; ; step *= 2) {
    const edge = dir < 0 ? Math.max(limit, at - step) : Math.min(limit, at + step);
    const text = dir < 0 ? input.read(edge, at) : input.read(at, edge);
    const blank = dir < 0 ? text.lastIndexOf("\n\n") : text.indexOf("\n\n");
    if (blank >= 0) return dir < 0 ? edge + blank : at + blank;
    if (edge === limit) return limit;
  }
}

/**
 * `inner` (a Markdown parser) behind the guard: posts nested past the limit
 * get a tree of one node of `inner`'s top type (so the language's data still
 * applies), as do parses that overflow the stack anyway.
 */
export function guardNesting(inner) {
  const top = inner.nodeSet.types.find((type) => type.isTop);
  const plain = (length) => {
    const tree = new Tree(top, [], [], length);
    plainTrees.add(tree);
    return tree;
  };
  const done = (tree) => ({ parsedPos: tree.length, stoppedAt: null, advance: () => tree, stopAt() {} });
  return new (class extends Parser {
    createParse(input, fragments, ranges) {
      const bounds = nestingBounds(changedText(input, fragments));
      if (bounds.line > MAX_COLOURED_NESTING) return done(plain(input.length));
      const parse = inner.createParse(input, fragments, ranges);
      // Only posts whose bound is past the limit (a long paragraph full of
      // links, say) pay for the exact check of the finished tree.
      const check = bounds.paragraph > MAX_COLOURED_NESTING;
      return {
        get parsedPos() {
          return parse.parsedPos;
        },
        get stoppedAt() {
          return parse.stoppedAt;
        },
        stopAt: (pos) => parse.stopAt(pos),
        advance() {
          let tree;
          try {
            tree = parse.advance();
          } catch (e) {
            if (e instanceof RangeError) return plain(input.length);
            throw e;
          }
          if (!tree) return null;
          if (check && deeperThan(tree, MAX_COLOURED_NESTING)) return plain(input.length);
          shallowTrees.add(tree);
          return tree;
        },
      };
    }
  })();
}

/** A note above the source while the post is shown uncoloured. */
const plainNote = StateField.define({
  create: (state) => plainTrees.has(syntaxTree(state)),
  update: (_, tr) => plainTrees.has(syntaxTree(tr.state)),
  provide: (field) =>
    showPanel.from(field, (on) =>
      on
        ? () => {
            const dom = document.createElement("div");
            dom.className = "cm-nesting-note";
            dom.setAttribute("role", "status");
            dom.textContent = `Syntax colouring is off: this post nests more than ${MAX_COLOURED_NESTING} levels deep.`;
            return { dom, top: true };
          }
        : null,
    ),
});

/** The note and its look. */
export const nestingNote = [plainNote, EditorView.baseTheme({ ".cm-nesting-note": { padding: "2px 8px", fontSize: "0.85em" } })];
