// The source pane: CodeMirror 6 with what authors expect of a writing tool —
// soft wrap (a toggle), line numbers, find and replace, bracket and quote
// pairing, undo/redo, spellcheck, IME — and Recap's diagnostics through
// CodeMirror's lint API (quick fixes are transactions, so Ctrl+Z undoes them).
// CodeMirror renders only the lines in view, so a key costs the same on a
// 5 KB post as on a 200 KB one.
import { EditorState, Compartment, EditorSelection } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection, dropCursor, highlightSpecialChars } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { search, searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { bracketMatching, indentUnit } from "@codemirror/language";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { postSyntax } from "./syntax.js";

/** Recap's severities are CodeMirror's. */
const SEVERITY = { error: "error", warning: "warning", info: "info" };
const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };

/**
 * Underlined problems per line, at most. Each is a mark that splits the line's
 * DOM, and CodeMirror's reading of the DOM selection walks a line's nodes with
 * a cost that grows with their square: a 20 KB line of 1,000 unclosed
 * shortcodes took ~0.5 s per read. The rest of a line's problems are one mark
 * (the Problems list and the gutter still have each).
 */
export const LINT_MARKS_PER_LINE = 50;

/** Recap's diagnostics as CodeMirror's, each fix an action that edits the text (undoable). */
export function lintDiagnostics(diagnostics, length) {
  const out = [];
  /** Per line: how many are underlined, and the mark that holds the rest with how many it holds. */
  const lines = new Map();
  for (const d of diagnostics) {
    const line = lines.get(d.line) ?? { marks: 0, rest: null, more: 0 };
    lines.set(d.line, line);
    const from = Math.min(d.start, length);
    const to = Math.min(Math.max(d.end, from), length);
    if (line.marks >= LINT_MARKS_PER_LINE) {
      if (!line.rest) {
        line.rest = { from, to, severity: "info", source: "recap", message: "", actions: [] };
        out.push(line.rest);
      }
      const rest = line.rest;
      rest.from = Math.min(rest.from, from);
      rest.to = Math.max(rest.to, to);
      line.more += 1;
      if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[rest.severity]) rest.severity = SEVERITY[d.severity];
      rest.message = `${line.more} more problems on this line (the Problems list has each)`;
      continue;
    }
    line.marks += 1;
    out.push({
      from,
      to,
      severity: SEVERITY[d.severity] || "info",
      source: d.code,
      message: d.suggestion ? `${d.message} — ${d.suggestion}` : d.message,
      actions: d.fix
        ? [
            {
              name: d.fix.title,
              apply(view) {
                applyFix(view, d.fix);
              },
            },
          ]
        : [],
    });
  }
  return out;
}

/** Applies a Recap fix as one undoable change, selecting its result. */
export function applyFix(view, fix) {
  const len = view.state.doc.length;
  const from = Math.min(fix.start, len);
  const to = Math.min(Math.max(fix.end, from), len);
  view.dispatch({ changes: { from, to, insert: fix.replacement }, selection: { anchor: from + fix.replacement.length }, scrollIntoView: true, userEvent: "input.fix" });
  view.focus();
}

/**
 * Makes the source view in `parent`. `onChange(update)` is called after every
 * document change; `onSelection(head)` after every caret move.
 */
export function createSource({ parent, doc, wrap = true, onChange, onSelection, keys = [] }) {
  const wrapping = new Compartment();
  let wrapOn = wrap;
  const extensions = () => [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      drawSelection(),
      dropCursor(),
      EditorState.allowMultipleSelections.of(true),
      indentUnit.of("  "),
      bracketMatching(),
      closeBrackets(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      search({ top: true }),
      lintGutter(),
      postSyntax(),
      EditorState.languageData.of(() => [{ closeBrackets: { brackets: ["(", "[", "{", '"', "'", "`"] } }]),
      wrapping.of(wrapOn ? EditorView.lineWrapping : []),
      keymap.of([...keys, ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap]),
      EditorView.contentAttributes.of({ spellcheck: "true", autocorrect: "on", autocapitalize: "sentences", "aria-label": "Post source (front matter and Markdown)" }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) onChange?.(u);
        if (u.selectionSet || u.docChanged) onSelection?.(u.state.selection.main.head);
      }),
  ];
  const view = new EditorView({ state: EditorState.create({ doc, extensions: extensions() }), parent });
  // CodeMirror drops DOM input it has not read yet when a transaction is
  // dispatched (EditorView.update clears its DOM observer's queue). The
  // preview's updates (diagnostics, scroll sync, wrapping) dispatch from
  // animation frames and timers, which can fall between a keystroke's DOM
  // change and CodeMirror reading it: a typed key was lost about once in 300
  // keys under load (tests/e2e/editor.test.mjs). Read pending input first.
  // (`observer` is CodeMirror's own, not in its types.)
  const readPendingInput = () => /** @type {any} */ (view).observer?.forceFlush?.();
  /** @param {import("@codemirror/state").TransactionSpec} spec */
  const dispatch = (spec) => {
    readPendingInput();
    view.dispatch(spec);
  };
  return {
    view,
    /** The document's text. */
    text: () => view.state.doc.toString(),
    /** Replaces the whole text (a new file: history starts afresh). */
    replace(text) {
      view.setState(EditorState.create({ doc: text, extensions: extensions() }));
    },
    setWrap(on) {
      wrapOn = on;
      dispatch({ effects: wrapping.reconfigure(on ? EditorView.lineWrapping : []) });
    },
    setDiagnostics(diagnostics) {
      readPendingInput();
      view.dispatch(setDiagnostics(view.state, lintDiagnostics(diagnostics, view.state.doc.length)));
    },
    /**
     * Selects `anchor..head` and scrolls it into view.
     * @param {number} anchor
     * @param {number} [head]
     * @param {boolean} [focus]
     * @param {"center" | "start" | "end" | "nearest"} [y]
     */
    select(anchor, head = anchor, focus = true, y = "center") {
      const len = view.state.doc.length;
      const a = Math.max(0, Math.min(anchor, len));
      const h = Math.max(0, Math.min(head, len));
      dispatch({ selection: EditorSelection.single(a, h), effects: EditorView.scrollIntoView(h, { y, yMargin: 8 }) });
      if (focus) view.focus();
    },
    /** Scrolls so that `pos` is at the top, without moving the caret. */
    scrollTo(pos) {
      dispatch({ effects: EditorView.scrollIntoView(Math.min(pos, view.state.doc.length), { y: "start" }) });
    },
    /** The 1-based line at the top of the view. */
    topLine() {
      const block = view.lineBlockAtHeight(view.scrollDOM.scrollTop - view.documentPadding.top);
      return view.state.doc.lineAt(block.from).number;
    },
  };
}
