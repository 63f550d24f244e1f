//! The table of contents, built and written as Hugo does (`markup/tableofcontents`).

use std::borrow::Cow;

use crate::html::{Token, Tokenizer};
use crate::options::TableOfContents;

/// A heading as the TOC sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The heading's ID (empty when auto IDs are off and none was given).
    pub id: String,
    /// The heading's inner HTML.
    pub html: String,
    /// Written by the Markdown writer alone (see [`super::RawBlock::own`]).
    pub own: bool,
}

/// A heading in the tree, borrowing from it (a render makes one per heading).
#[derive(Default)]
struct Entry<'a> {
    id: &'a str,
    title: Cow<'a, str>,
    children: Vec<Entry<'a>>,
}

/// Writes `<nav id="TableOfContents">…</nav>` for the headings of a document.
pub fn render(headings: &[Heading], config: &TableOfContents) -> String {
    // Hugo's builder: an h1 (or the first heading) starts a new row; deeper
    // headings hang under the last heading one level up, with empty
    // placeholders where levels are skipped.
    let mut rows: Vec<Entry> = Vec::new();
    for h in headings {
        if h.level == 1 || rows.is_empty() {
            rows.push(Entry::default());
        }
        let node = Entry { id: &h.id, title: title(&h.html), children: Vec::new() };
        let level = usize::from(h.level) - 1;
        let row = rows.last_mut().expect("a row exists");
        if level == 0 {
            *row = node;
            continue;
        }
        let mut parent = row;
        for _ in 1..level {
            if parent.children.is_empty() {
                parent.children.push(Entry::default());
            }
            parent = parent.children.last_mut().expect("not empty");
        }
        parent.children.push(node);
    }
    // (Sized for the headings' IDs and HTML, and the list markup around each.)
    let mut out = String::with_capacity(64 + headings.iter().map(|h| h.id.len() + h.html.len() + 48).sum::<usize>());
    out.push_str("<nav id=\"TableOfContents\">");
    write_level(&mut out, config, 1, 0, &rows);
    out.push_str("</nav>");
    out
}

fn write_level(out: &mut String, config: &TableOfContents, level: i32, indent: usize, nodes: &[Entry<'_>]) {
    if level < i32::from(config.start_level) {
        for n in nodes {
            write_level(out, config, level + 1, indent, &n.children);
        }
        return;
    }
    if config.end_level != -1 && level > i32::from(config.end_level) {
        return;
    }
    let list = if config.ordered { "ol" } else { "ul" };
    if !nodes.is_empty() {
        out.push('\n');
        push_indent(out, indent + 1);
        out.push('<');
        out.push_str(list);
        out.push_str(">\n");
    }
    for n in nodes {
        push_indent(out, indent + 2);
        out.push_str("<li>");
        if !(n.id.is_empty() && n.title.is_empty()) {
            out.push_str("<a href=\"#");
            out.push_str(n.id);
            out.push_str("\">");
            out.push_str(&n.title);
            out.push_str("</a>");
        }
        write_level(out, config, level + 1, indent + 2, &n.children);
        out.push_str("</li>\n");
    }
    if !nodes.is_empty() {
        push_indent(out, indent + 1);
        out.push_str("</");
        out.push_str(list);
        out.push_str(">\n");
        push_indent(out, indent);
    }
}

fn push_indent(out: &mut String, n: usize) {
    for _ in 0..n {
        out.push_str("  ");
    }
}

/// Phrasing elements a TOC title keeps (Hugo's TOC sanitizer policy); attributes never.
const TITLE_ELEMENTS: &[&str] = &[
    "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "rp", "rt", "ruby", "s",
    "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

/// A heading's HTML as a TOC title: links, images and attributes removed, whitespace collapsed.
fn title(html: &str) -> Cow<'_, str> {
    if !html.contains('<') {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    for token in Tokenizer::new(html) {
        match token {
            Token::Text(t) => out.push_str(t),
            Token::Start { name, .. } | Token::End { name } if TITLE_ELEMENTS.contains(&name) => {
                let closing = matches!(token, Token::End { .. });
                out.push('<');
                if closing {
                    out.push('/');
                }
                out.push_str(name);
                out.push('>');
            }
            _ => {}
        }
    }
    Cow::Owned(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(level: u8, id: &str) -> Heading {
        Heading { level, id: id.to_owned(), html: id.to_uppercase(), own: true }
    }

    #[test]
    fn nests_h3_under_h2_like_hugo() {
        let toc = render(&[h(2, "a"), h(3, "b"), h(2, "c")], &TableOfContents::default());
        assert_eq!(
            toc,
            "<nav id=\"TableOfContents\">\n  <ul>\n    <li><a href=\"#a\">A</a>\n      <ul>\n        <li><a href=\"#b\">B</a></li>\n      </ul>\n    </li>\n    <li><a href=\"#c\">C</a></li>\n  </ul>\n</nav>"
        );
    }

    #[test]
    fn no_headings_gives_an_empty_nav() {
        assert_eq!(render(&[], &TableOfContents::default()), "<nav id=\"TableOfContents\"></nav>");
    }

    #[test]
    fn titles_lose_links_and_attributes() {
        assert_eq!(title("<a href=\"x\">A</a> <code class=\"c\">b</code>"), "A <code>b</code>");
    }
}
