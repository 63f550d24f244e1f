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
const PREFIX = new Set([..." \t>-+*.)0123456789"].map((c) => c.charCodeAt(0)));
const INLINE = new Set([..."*_~["].map((c) => c.charCodeAt(0)));
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
    while (i < n && PREFIX.has(text.charCodeAt(i))) {
      prefix += 1;
      i += 1;
    }
    let delimiters = 0;
    let blank = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) break;
      if (INLINE.has(c)) delimiters += 1;
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
      const bounds = nestingBounds(input.read(0, input.length));
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
          return tree && check && deeperThan(tree, MAX_COLOURED_NESTING) ? plain(input.length) : tree;
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
