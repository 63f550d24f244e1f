// Colouring of a Hugo post in the source pane: Markdown (CodeMirror's
// Markdown mode, GitHub flavour), the front matter in its own language (YAML
// between `---`, TOML between `+++`, JSON in braces, as Hugo finds them at the
// start of the post), and shortcodes (`{{< … >}}`, `{{% … %}}`) anywhere,
// code blocks included, as Hugo expands them there too. Only colouring: what
// the post means is the renderer's business (its diagnostics come from Recap).
import { markdownLanguage, insertNewlineContinueMarkup, deleteMarkupBackward } from "@codemirror/lang-markdown";
import { yamlLanguage } from "@codemirror/lang-yaml";
import { jsonLanguage } from "@codemirror/lang-json";
import { Language, StreamLanguage, HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";
import { toml } from "@codemirror/legacy-modes/mode/toml";
import { parseMixed } from "@lezer/common";
import { tags as t } from "@lezer/highlight";
import { Decoration, MatchDecorator, ViewPlugin } from "@codemirror/view";
import { guardNesting, nestingNote } from "./nesting.js";

const tomlLanguage = StreamLanguage.define(toml);
const CONTENT = { "---": "FrontMatterYAML", "+++": "FrontMatterTOML" };

/** Whether everything before `pos` is blank (front matter opens the post). */
function atStart(cx, pos) {
  if (pos === 0) return true;
  if (pos > 256) return false;
  const input = /** @type {any} */ (cx).input;
  return typeof input?.read === "function" && input.read(0, pos).trim() === "";
}

/** A block parser for the front matter, at the start of the document only. */
const frontMatter = {
  defineNodes: [
    { name: "FrontMatter", block: true },
    { name: "FrontMatterMark", style: t.processingInstruction },
    "FrontMatterYAML",
    "FrontMatterTOML",
    "FrontMatterJSON",
  ],
  parseBlock: [
    {
      name: "FrontMatter",
      before: "HorizontalRule",
      parse(cx, line) {
        const start = cx.lineStart;
        if (!atStart(cx, start)) return false;
        const text = line.text;
        const delim = text.slice(0, 3);
        if (CONTENT[delim] && text.trimEnd() === delim) {
          const open = cx.elt("FrontMatterMark", start, start + 3);
          let contentStart = -1;
          while (cx.nextLine()) {
            if (contentStart < 0) contentStart = cx.lineStart;
            if (line.text.startsWith(delim)) {
              const close = cx.lineStart;
              const children = [open];
              if (close > contentStart) children.push(cx.elt(CONTENT[delim], contentStart, close - 1));
              children.push(cx.elt("FrontMatterMark", close, close + 3));
              cx.nextLine();
              cx.addElement(cx.elt("FrontMatter", start, close + 3, children));
              return true;
            }
          }
          // Never closed: colour what there is as front matter (Recap reports it).
          const end = cx.prevLineEnd();
          cx.addElement(cx.elt("FrontMatter", start, end, contentStart >= 0 && end > contentStart ? [open, cx.elt(CONTENT[delim], contentStart, end)] : [open]));
          return true;
        }
        if (text.startsWith("{")) {
          // JSON: up to the line where the braces balance (strings skipped).
          let depth = 0;
          let inString = false;
          let escaped = false;
          let end;
          for (;;) {
            for (const c of line.text) {
              if (inString) {
                if (escaped) escaped = false;
                else if (c === "\\") escaped = true;
                else if (c === '"') inString = false;
              } else if (c === '"') inString = true;
              else if (c === "{") depth += 1;
              else if (c === "}") depth -= 1;
            }
            end = cx.lineStart + line.text.length;
            if (depth <= 0 || !cx.nextLine()) break;
          }
          if (depth <= 0) cx.nextLine();
          cx.addElement(cx.elt("FrontMatter", start, end, [cx.elt("FrontMatterJSON", start, end)]));
          return true;
        }
        return false;
      },
    },
  ],
  wrap: parseMixed((node) => {
    if (node.name === "FrontMatterYAML") return { parser: yamlLanguage.parser };
    if (node.name === "FrontMatterTOML") return { parser: tomlLanguage.parser };
    if (node.name === "FrontMatterJSON") return { parser: jsonLanguage.parser };
    return null;
  }),
};

/**
 * Shortcodes, found in the visible lines only (CodeMirror's MatchDecorator is
 * incremental). A call's arguments run to its `>}}` or `%}}` and never through
 * another `{{` outside a quoted string: with an open-ended `[^\n]*?` instead,
 * each unclosed `{{<` scanned to the end of its line, and a 20 KB line of them
 * took seconds (tests/e2e/hostile.test.mjs, the editor's floods).
 */
export const SHORTCODE_CALL = /\{\{([<%])(\/\*)?\s*(\/?)([\w./-]*)(?:"[^"\n]*"|[^\n"{>%]|\{(?!\{)|[>%](?!\}\}))*?(\*\/)?\s*[>%]\}\}/g;
/**
 * Lines longer than this get no shortcode colouring: CodeMirror lays out a
 * wrapped line as one piece, and each mark in it adds to that (a 240 KB line of
 * 12,000 calls took ~0.6 s more to show with its marks than without).
 */
const MAX_COLOURED_LINE = 10_000;
const shortcodeMatcher = new MatchDecorator({
  regexp: SHORTCODE_CALL,
  decorate(add, from, to, match, view) {
    if (view.state.doc.lineAt(from).length > MAX_COLOURED_LINE) return;
    add(from, to, Decoration.mark({ class: match[2] ? "cm-shortcode cm-shortcode-escaped" : "cm-shortcode" }));
    const name = match[4];
    if (name && !match[2]) {
      const at = from + match[0].indexOf(name, 3);
      add(at, at + name.length, Decoration.mark({ class: "cm-shortcode-name" }));
    }
  },
});

const shortcodes = ViewPlugin.fromClass(
  class {
    constructor(view) {
      this.decorations = shortcodeMatcher.createDeco(view);
    }
    update(update) {
      this.decorations = shortcodeMatcher.updateDeco(update, this.decorations);
    }
  },
  { decorations: (v) => v.decorations },
);

/** Colours by tag, with the editor's CSS variables (light and dark follow the page). */
const style = HighlightStyle.define([
  { tag: t.heading, fontWeight: "bold", color: "var(--heading)" },
  { tag: t.heading1, fontWeight: "bold", color: "var(--heading)", fontSize: "1.15em" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.strong, fontWeight: "bold" },
  { tag: t.strikethrough, textDecoration: "line-through" },
  { tag: [t.link, t.url], color: "var(--link)" },
  { tag: t.monospace, fontFamily: "var(--mono)", color: "var(--code)" },
  { tag: [t.processingInstruction, t.contentSeparator, t.meta], color: "var(--delim)" },
  { tag: [t.quote], color: "var(--muted)", fontStyle: "italic" },
  { tag: [t.propertyName, t.definition(t.propertyName)], color: "var(--key)" },
  { tag: [t.string, t.special(t.string)], color: "var(--string)" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "var(--number)" },
  { tag: [t.comment, t.lineComment], color: "var(--muted)", fontStyle: "italic" },
  { tag: [t.keyword, t.typeName], color: "var(--key)" },
  { tag: [t.angleBracket, t.tagName, t.attributeName], color: "var(--delim)" },
  { tag: t.list, color: "var(--accent)" },
]);

/**
 * Markdown (CommonMark + GitHub's extensions, as CodeMirror's Markdown mode
 * has them) with the front matter. Built on the mode's parser and language
 * data rather than its `markdown()` helper, which would bring HTML, CSS and
 * JavaScript modes (~140 KB) for colouring inside HTML blocks.
 */
const markdownParser = /** @type {import("@lezer/markdown").MarkdownParser} */ (markdownLanguage.parser);
const postLanguage = new Language(markdownLanguage.data, guardNesting(markdownParser.configure([frontMatter])), [], "markdown");

/** Everything the source pane needs to colour a post, and Markdown's Enter and Backspace (list continuation). */
export function postSyntax() {
  return [
    postLanguage,
    Prec.high(keymap.of([{ key: "Enter", run: insertNewlineContinueMarkup }, { key: "Backspace", run: deleteMarkupBackward }])),
    shortcodes,
    syntaxHighlighting(style),
    nestingNote,
  ];
}
