// The post's header — title, date, author, reading time, description,
// keywords — built from its front matter, for <recap-post> and the editor's
// preview alike (one home). Text only: every value goes in as textContent.

/** A date as people read it; a date without a time is that day everywhere (formatted in UTC). */
export function formatDate(value, locale) {
  const s = String(value);
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return s;
  const dateOnly = /^\d{4}-\d\d-\d\d$/.test(s.trim());
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: dateOnly ? "UTC" : undefined }).format(d);
}

/**
 * The `<header>` for a post: `frontMatter` is the render result's,
 * `readingTime` its minutes. Parts (for ::part styling) and classes:
 * header, title, meta, description, keywords.
 */
export function postHeader(doc, frontMatter, readingTime, { untitled = "" } = {}) {
  const fm = frontMatter && typeof frontMatter === "object" ? frontMatter : {};
  const make = (tag, cls, part) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (part) e.setAttribute("part", part);
    return e;
  };
  const header = make("header", "header", "header");
  const title = make("h1", "title", "title");
  title.textContent = typeof fm.title === "string" || typeof fm.title === "number" ? String(fm.title) : untitled;
  header.append(title);
  const meta = make("p", "meta", "meta");
  if (fm.date) {
    const time = doc.createElement("time");
    time.dateTime = String(fm.date);
    time.textContent = formatDate(fm.date);
    meta.append(time, " · ");
  }
  const author = fm.params && typeof fm.params === "object" && typeof fm.params.author === "string" ? fm.params.author : null;
  if (author) {
    const span = make("span", "author");
    span.textContent = author;
    meta.append(span, " · ");
  }
  meta.append(`${readingTime} min read`);
  header.append(meta);
  if (typeof fm.description === "string") {
    const p = make("p", "description");
    p.textContent = fm.description;
    header.append(p);
  }
  if (Array.isArray(fm.keywords) && fm.keywords.length) {
    const ul = make("ul", "keywords", "keywords");
    ul.setAttribute("aria-label", "Keywords");
    for (const k of fm.keywords) {
      const li = doc.createElement("li");
      li.textContent = String(k);
      ul.append(li);
    }
    header.append(ul);
  }
  return header;
}
