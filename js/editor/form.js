// The front-matter form: title, date, description, tags and keywords as chips,
// draft, and the schema's other fields. Every change is an edit of the exact
// bytes of one value in the source (positions from the package's
// `frontMatterFields`), in the front matter's own format, so comments, order,
// quoting and indentation stay as written; a field that is not there yet is
// added after its siblings. The edits go through the source view, so Ctrl+Z
// undoes them.
//
// Written here rather than with a document API such as the `yaml` package's:
// those parse by their own rules and print the document again (quoting,
// spacing and comments can move), and none covers YAML, TOML and JSON alike.
// Here only the bytes of one value change, located by Recap's own parsers, so
// what the form writes is exactly what Recap reads back (tests/e2e/form.test.mjs).
import { el } from "./dom.js";

const TAXONOMY_CHIPS = ["tags", "categories", "keywords"];

/** Values that YAML would not read back as the same plain string. */
function yamlNeedsQuotes(s) {
  return (
    s === "" ||
    s !== s.trim() ||
    /^[-?:,[\]{}#&*!|>'"%@`]/.test(s) ||
    /: |\s#|[\n\t\r]|:$/.test(s) ||
    /^(true|false|yes|no|on|off|y|n|null|~)$/i.test(s) ||
    /^[-+]?(\.?\d|0x|0o|\.inf|\.nan)/i.test(s) ||
    /^\d{4}-\d\d-\d\d/.test(s)
  );
}

/** The text for a value in `format`; `like` is the text it replaces (its quoting is kept). */
export function valueText(value, format, like = "") {
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  const s = String(value);
  if (format === "json") return JSON.stringify(s);
  if (format === "toml") {
    if (like.startsWith("'") && !/['\n\r]/.test(s)) return `'${s}'`;
    return JSON.stringify(s);
  }
  if (like.startsWith("'")) return `'${s.replace(/'/g, "''")}'`;
  if (like.startsWith('"') || yamlNeedsQuotes(s)) return JSON.stringify(s);
  return s;
}

/** A date value's text: unquoted where the format has dates, as written before where it was quoted. */
function dateText(iso, format, like) {
  if (format === "json" || like.startsWith('"') || like.startsWith("'")) return valueText(iso, format === "json" ? "json" : "yaml", like.startsWith("'") ? "'" : '"');
  return iso;
}

const lineStart = (text, pos) => text.lastIndexOf("\n", pos - 1) + 1;
/** The end of the line `pos` is on (after a trailing comment, which stays with its value). */
const lineEnd = (text, pos) => {
  const nl = text.indexOf("\n", pos);
  return nl < 0 ? text.length : nl;
};
const indentAt = (text, pos) => text.slice(lineStart(text, pos), pos).match(/^[ \t]*/)[0];
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The form's model of a post: its fields by dotted path. */
export function model(info) {
  const byPath = new Map();
  for (const f of info.fields) byPath.set(f.path.join("."), f);
  return { ...info, byPath };
}

/**
 * A YAML block scalar (`key: |-` then indented lines): the change that puts `s`
 * in its lines, keeping its header and indentation; null when `field` is not one.
 * (The located tree spans only a block scalar's first line, so its extent is
 * found here by YAML's rule: the lines indented deeper than the key.)
 */
function blockScalar(text, field, s) {
  if (!field.key) return null;
  const headerEnd = lineEnd(text, field.key.end);
  if (!/^\s*:\s*[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(field.key.end, headerEnd))) return null;
  const keyIndent = indentAt(text, field.key.start).length;
  let end = headerEnd;
  let indent = null;
  for (let pos = headerEnd + 1; pos < text.length; ) {
    const le = lineEnd(text, pos);
    const line = text.slice(pos, le);
    if (line.trim() !== "") {
      const ind = line.match(/^ */)[0];
      if (ind.length <= keyIndent) break;
      indent ??= ind;
      end = le;
    }
    pos = le + 1;
  }
  indent ??= " ".repeat(keyIndent + 2);
  return { from: headerEnd, to: end, insert: s.split("\n").map((l) => "\n" + (l ? indent + l : "")).join("") };
}

/**
 * The change that sets the field at `path` (an array) to `value` in `text`:
 * `{ from, to, insert }`, or null when the front matter cannot take it (it
 * does not parse, or the parent is not a mapping).
 */
export function setField(text, m, path, value, { date = false } = {}) {
  if (!m.valid) return null;
  const format = m.format || "yaml";
  const existing = m.byPath.get(path.join("."));
  const render = (like) => (date ? dateText(value, format, like) : valueText(value, format, like));
  if (existing) {
    const like = text.slice(existing.value.start, existing.value.end);
    const block = format === "yaml" && typeof value === "string" && existing.kind === "scalar" ? blockScalar(text, existing, value) : null;
    if (block) return block;
    return { from: existing.value.start, to: existing.value.end, insert: render(like) };
  }
  return addField(text, m, path, render(""));
}

/** Adds a field that is not there, after its siblings, creating its parent mapping if needed. */
function addField(text, m, path, valueTextNew) {
  const format = m.format;
  const key = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  if (!format) {
    // No front matter yet: YAML, at the top.
    return { from: 0, to: 0, insert: `---\n${nested(parentPath, key, valueTextNew, "yaml", "")}---\n\n` };
  }
  const parent = parentPath.length ? m.byPath.get(parentPath.join(".")) : null;
  if (parentPath.length && !parent) {
    // A missing top-level mapping is made with the field in it; deeper gaps are left to the source.
    if (m.byPath.has(parentPath[0])) return null;
    return topLevel(text, m, parentPath[0], nestedValue(parentPath.slice(1), key, valueTextNew, format), true);
  }
  if (parent && parent.kind !== "map") return null;
  const children = m.fields.filter((f) => f.key && f.path.length === path.length && same(f.path.slice(0, -1), parentPath));
  if (!parent) return topLevel(text, m, key, valueTextNew, false);
  const last = children[children.length - 1];
  if (!last) return null;
  const keyText = format === "json" ? JSON.stringify(key) : key;
  if (format === "json") return { from: last.value.end, to: last.value.end, insert: `,\n${indentAt(text, last.key.start)}${keyText}: ${valueTextNew}` };
  if (format === "toml") {
    const tableHeader = text.slice(parent.value.start, parent.value.end).startsWith("[");
    if (!tableHeader) return null;
    const at = lineEnd(text, last.value.end);
    return { from: at, to: at, insert: `\n${keyText} = ${valueTextNew}` };
  }
  const at = lineEnd(text, last.value.end);
  return { from: at, to: at, insert: `\n${indentAt(text, last.key.start)}${keyText}: ${valueTextNew}` };
}

/** `key` with `value` under `parents`, in `format`, as lines. */
function nested(parents, key, value, format, indent) {
  if (!parents.length) return format === "toml" ? `${key} = ${value}\n` : `${indent}${key}: ${value}\n`;
  return `${indent}${parents[0]}:\n${nested(parents.slice(1), key, value, format, indent + "  ")}`;
}

/** The text of a new mapping value holding `key: value` under `parents` (for YAML, a block below its key). */
function nestedValue(parents, key, value, format) {
  if (format === "json") return parents.reduceRight((inner, p) => `{${JSON.stringify(p)}: ${inner}}`, `{${JSON.stringify(key)}: ${value}}`);
  if (format === "toml") return { table: [...parents], key, value };
  return "\n" + nested(parents, key, value, "yaml", "  ").replace(/\n$/, "");
}

/** Adds a top-level field (a table for TOML mappings) at the end of the front matter. */
function topLevel(text, m, key, value, isMap) {
  const { start, end } = m.content;
  const format = m.format;
  if (format === "json") {
    const tops = m.fields.filter((f) => f.path.length === 1);
    const last = tops[tops.length - 1];
    const entry = `${JSON.stringify(key)}: ${value}`;
    if (last) return { from: last.value.end, to: last.value.end, insert: `,\n${indentAt(text, last.key.start)}${entry}` };
    return { from: start + 1, to: start + 1, insert: `\n  ${entry}\n` };
  }
  const body = text.slice(start, end);
  const atEnd = end;
  const lead = body === "" || body.endsWith("\n") ? "" : "\n";
  if (format === "toml") {
    if (isMap) {
      const { table, key: k, value: v } = value;
      return { from: atEnd, to: atEnd, insert: `${lead}\n[${[key, ...table].join(".")}]\n${k} = ${v}\n` };
    }
    // After the last top-level key (keys after a table header would belong to that table).
    const plain = m.fields.filter((f) => f.path.length === 1 && !(f.kind === "map" && text.slice(f.value.start, f.value.end).startsWith("[")));
    const lastPlain = plain[plain.length - 1];
    if (lastPlain) {
      const at = lineEnd(text, lastPlain.value.end);
      return { from: at, to: at, insert: `\n${key} = ${value}` };
    }
    const header = /^[ \t]*\[/m.exec(body);
    if (header) {
      const at = start + header.index;
      return { from: at, to: at, insert: `${key} = ${value}\n` };
    }
    return { from: atEnd, to: atEnd, insert: `${lead}${key} = ${value}\n` };
  }
  return { from: atEnd, to: atEnd, insert: `${lead}${key}:${value.startsWith("\n") ? "" : " "}${value}\n` };
}

/** The change that adds `item` to the list at `path` (making the list if needed). */
export function addItem(text, m, path, item) {
  if (!m.valid) return null;
  const format = m.format || "yaml";
  const list = m.byPath.get(path.join("."));
  const itemText = valueText(item, format === "yaml" ? "yaml" : format);
  if (!list) return addField(text, m, path, `[${itemText}]`);
  if (list.kind !== "seq") return setField(text, m, path, item);
  const items = m.fields.filter((f) => f.path.length === path.length + 1 && same(f.path.slice(0, -1), path));
  const raw = text.slice(list.value.start, list.value.end);
  const last = items[items.length - 1];
  if (format === "yaml" && !raw.trimStart().startsWith("[") && last) {
    const prefix = text.slice(lineStart(text, last.value.start), last.value.start);
    const at = lineEnd(text, last.value.end);
    return { from: at, to: at, insert: `\n${prefix}${itemText}` };
  }
  if (last) return { from: last.value.end, to: last.value.end, insert: `, ${itemText}` };
  const open = text.indexOf("[", list.value.start);
  if (open < 0 || open >= list.value.end) return { from: list.value.start, to: list.value.end, insert: `[${itemText}]` };
  return { from: open + 1, to: open + 1, insert: itemText };
}

/** The change that removes item `index` of the list at `path`. */
export function removeItem(text, m, path, index) {
  const items = m.fields.filter((f) => f.path.length === path.length + 1 && same(f.path.slice(0, -1), path));
  const item = items[index];
  if (!item) return null;
  const list = m.byPath.get(path.join("."));
  const raw = text.slice(list.value.start, list.value.end);
  if ((m.format || "yaml") === "yaml" && !raw.trimStart().startsWith("[")) {
    // A block list: the item's whole line.
    const from = lineStart(text, item.value.start);
    const nl = text.indexOf("\n", item.value.end);
    const to = nl < 0 ? item.value.end : nl + 1;
    if (items.length === 1) return { from: list.value.start, to: list.value.end, insert: "[]" };
    // The first item: its text up to the next item's (the list's first line stays).
    if (index === 0) return { from: item.value.start, to: items[1].value.start, insert: "" };
    // Any other: its line, with the line break before it.
    return { from: from - 1, to: Math.max(from - 1, to - 1), insert: "" };
  }
  // A flow list: the item and the comma on one side.
  if (index + 1 < items.length) return { from: item.value.start, to: items[index + 1].value.start, insert: "" };
  if (index > 0) return { from: items[index - 1].value.end, to: item.value.end, insert: "" };
  return { from: item.value.start, to: item.value.end, insert: "" };
}

/** The form's fields: the ones every post has, then the schema's others. */
function formFields(schema) {
  const fixed = [
    { path: ["title"], label: "Title", type: "text" },
    { path: ["date"], label: "Date", type: "date" },
    { path: ["description"], label: "Description", type: "textarea" },
    { path: ["tags"], label: "Tags", type: "chips" },
    { path: ["keywords"], label: "Keywords", type: "chips" },
    { path: ["draft"], label: "Draft", type: "checkbox" },
  ];
  const seen = new Set(fixed.map((f) => f.path.join(".")));
  const out = [...fixed];
  (function walk(props, prefix) {
    for (const [key, s] of Object.entries(props || {})) {
      if (!s || typeof s !== "object") continue;
      const path = [...prefix, key];
      if (seen.has(path.join("."))) continue;
      if (s.type === "object" && s.properties) walk(s.properties, path);
      else if (Array.isArray(s.enum) && s.enum.every((v) => typeof v === "string")) out.push({ path, label: path.join("."), type: "enum", options: s.enum, help: s.description });
      else if (s.type === "boolean") out.push({ path, label: path.join("."), type: "checkbox", help: s.description });
      else if (s.type === "number" || s.type === "integer") out.push({ path, label: path.join("."), type: "number", help: s.description });
      else if (s.type === "array" && (!s.items || s.items.type === "string")) out.push({ path, label: path.join("."), type: "chips", help: s.description });
      else if (s.type === "string") out.push({ path, label: path.join("."), type: s.format === "date-time" || s.format === "date" ? "date" : "text", help: s.description });
    }
  })(schema && schema.properties, []);
  for (const f of out) if (TAXONOMY_CHIPS.includes(f.path[0]) && f.path.length === 1) f.type = "chips";
  return out;
}

/**
 * Mounts the form in `container`. `fields(text)` is the package's
 * `frontMatterFields`; `source` is the source view's API (`text()`, `apply(change)`).
 */
export function createForm({ container, fields: locate, source, schema }) {
  let m = null;
  let defs = formFields(schema);
  const status = el("p", { class: "fm-status", role: "status" });
  const form = el("form", { class: "fm-form", "aria-label": "Front matter", onsubmit: (e) => e.preventDefault() });
  container.replaceChildren(status, form);
  const controls = new Map();

  /** The fields as they are now (the last render may be a frame behind the text). */
  function fresh() {
    m = model(locate(source.text()));
    return m;
  }

  function edit(change) {
    if (!change) {
      status.textContent = "This field cannot be edited here; change it in the source.";
      return;
    }
    // No-op edits stay out of the undo history.
    if (source.text().slice(change.from, change.to) === change.insert) return;
    source.apply(change);
  }

  function build() {
    form.replaceChildren();
    controls.clear();
    for (const def of defs) {
      const id = `recap-fm-${def.path.join("-")}`;
      const key = def.path.join(".");
      let control;
      if (def.type === "chips") {
        const list = el("ul", { class: "chips", "aria-label": def.label });
        const input = el("input", {
          id,
          type: "text",
          placeholder: "Add…",
          enterkeyhint: "done",
          onkeydown: (e) => {
            if ((e.key === "Enter" || e.key === ",") && input.value.trim()) {
              e.preventDefault();
              const text = source.text();
              edit(addItem(text, fresh(), def.path, input.value.trim()));
              input.value = "";
            }
          },
        });
        control = el("div", { class: "chip-field" }, list, input);
        controls.set(key, { def, list, input });
      } else if (def.type === "checkbox") {
        const input = el("input", { id, type: "checkbox", onchange: () => edit(setField(source.text(), fresh(), def.path, input.checked)) });
        control = input;
        controls.set(key, { def, input });
      } else if (def.type === "date") {
        const input = el("input", { id, type: "date", onchange: () => input.value && edit(setField(source.text(), fresh(), def.path, withDate(current(def.path), input.value), { date: true })) });
        control = input;
        controls.set(key, { def, input });
      } else if (def.type === "enum") {
        const input = el("select", { id, onchange: () => edit(setField(source.text(), fresh(), def.path, input.value)) }, el("option", { value: "" }, "—"), ...def.options.map((o) => el("option", { value: o }, o)));
        control = input;
        controls.set(key, { def, input });
      } else {
        const tag = def.type === "textarea" ? "textarea" : "input";
        const input = el(tag, { id, type: def.type === "number" ? "number" : tag === "input" ? "text" : null, rows: tag === "textarea" ? "3" : null, oninput: () => edit(setField(source.text(), fresh(), def.path, def.type === "number" && input.value !== "" ? Number(input.value) : input.value)) });
        control = input;
        controls.set(key, { def, input });
      }
      form.append(el("div", { class: `fm-field fm-${def.type}`, "data-path": key }, el("label", { for: id }, def.label), control, def.help ? el("small", {}, def.help) : null));
    }
  }

  function current(path) {
    const f = m && m.byPath.get(path.join("."));
    return f && f.kind === "scalar" ? f.scalar : undefined;
  }

  /** Keeps the time and zone of a date-time when only the day changes. */
  function withDate(previous, day) {
    const p = typeof previous === "string" ? previous : "";
    if (/^\d{4}-\d\d-\d\d/.test(p)) return day + p.slice(10);
    return `${day}T00:00:00Z`;
  }

  let shownPrefix = null;
  /** Shows the fields of `text` (skipped when its front matter is as last shown). */
  function refresh(text, force = false) {
    if (!force && m && shownPrefix !== null && text.startsWith(shownPrefix)) return;
    m = model(locate(text));
    // The front matter and a little after it: an edit there changes this prefix.
    shownPrefix = text.slice(0, Math.min(text.length, m.content.end + 8));
    form.toggleAttribute("inert", !m.valid);
    form.classList.toggle("fm-invalid", !m.valid);
    status.textContent = !m.valid ? "The front matter does not parse: fix it in the source (see Problems) to use the form." : m.format ? `${m.format.toUpperCase()} front matter` : "No front matter yet: the form adds YAML.";
    for (const [key, c] of controls) {
      if (c.input === document.activeElement && c.def.type !== "chips") continue;
      const f = m.byPath.get(key);
      if (c.def.type === "chips") {
        const items = m.fields.filter((x) => x.path.length === c.def.path.length + 1 && x.path.slice(0, -1).join(".") === key);
        const values = f && f.kind === "scalar" ? [f.scalar] : items.map((x) => x.scalar);
        c.list.replaceChildren(
          ...values.map((v, i) =>
            el("li", { class: "chip" }, String(v), el("button", { type: "button", "aria-label": `Remove ${v}`, onclick: () => edit(f && f.kind === "scalar" ? setField(source.text(), fresh(), c.def.path, "") : removeItem(source.text(), fresh(), c.def.path, i)) }, "×")),
          ),
        );
      } else if (c.def.type === "checkbox") {
        c.input.checked = f ? f.scalar === true : false;
      } else if (c.def.type === "date") {
        const v = f && typeof f.scalar === "string" ? f.scalar.slice(0, 10) : "";
        c.input.value = /^\d{4}-\d\d-\d\d$/.test(v) ? v : "";
      } else {
        c.input.value = f && f.kind === "scalar" && f.scalar !== null ? String(f.scalar) : "";
      }
    }
  }

  build();
  return {
    refresh,
    setSchema(next) {
      defs = formFields(next);
      build();
      shownPrefix = null;
    },
  };
}
