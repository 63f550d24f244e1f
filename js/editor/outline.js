// The outline pane: the post's headings, from the render result's blocks
// (each block has its HTML and its source lines, so nothing here parses
// Markdown). Click a heading to go to it in the source and the preview; the
// section the caret is in is marked.
import { el } from "./dom.js";

const HEADING = /^<h([1-6])\b[^>]*?\bid="([^"]*)"/;

/** A heading's text by its block's key (a key is a hash of the block's HTML). */
const texts = new Map();

/** The headings of a render result: `{ level, id, text, line, key }`. */
export function headings(result) {
  const out = [];
  let template = null;
  for (const b of result.blocks) {
    if (b.html.charCodeAt(0) !== 60 || b.html.charCodeAt(1) !== 104) continue; // "<h"
    const m = HEADING.exec(b.html);
    if (!m) continue;
    let text = texts.get(b.key);
    if (text === undefined) {
      template ??= document.createElement("template");
      template.innerHTML = b.html; // inert: a template's content is never rendered or run
      text = template.content.textContent.trim();
      if (texts.size > 5000) texts.clear();
      texts.set(b.key, text);
    }
    out.push({ level: Number(m[1]), id: m[2], text, line: b.startLine, key: b.key });
  }
  return out;
}

/** Mounts the outline in `container`; `go(heading)` moves the source and preview to a heading. */
export function createOutline({ container, go }) {
  let items = [];
  let signature = "";
  let current = -1;
  const list = el("ol", { class: "outline-list" });
  const empty = el("p", { class: "outline-empty" }, "No headings yet: lines that start with ## make sections.");
  container.replaceChildren(list, empty);

  return {
    /** Rebuilds the list when the headings changed. */
    update(result) {
      const next = headings(result);
      const sig = next.map((h) => `${h.key}:${h.line}`).join(",");
      if (sig === signature) return;
      signature = sig;
      items = next;
      current = -1;
      const top = Math.min(...items.map((h) => h.level));
      list.replaceChildren(
        ...items.map((h, i) =>
          el("li", { class: "outline-item", style: `--depth: ${h.level - top}` }, el("button", { type: "button", "data-line": String(h.line), onclick: () => go(h) }, h.text || `(heading ${i + 1})`)),
        ),
      );
      empty.hidden = items.length > 0;
    },
    /** Marks the section that holds `line` (1-based). */
    mark(line) {
      let i = -1;
      for (let lo = 0, hi = items.length - 1; lo <= hi; ) {
        const mid = (lo + hi) >> 1;
        if (items[mid].line <= line) {
          i = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (i === current) return;
      const buttons = list.querySelectorAll("button");
      buttons[current]?.removeAttribute("aria-current");
      buttons[i]?.setAttribute("aria-current", "location");
      current = i;
    },
  };
}
