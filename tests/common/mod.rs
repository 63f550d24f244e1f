//! Shared test helpers: HTML compared as trees, and paths to the shared data.
#![allow(dead_code)]

use scraper::node::Node;
use scraper::Html;
use std::path::PathBuf;

// (A file of its own, so that the crate's unit tests take it too.)
mod random;
#[allow(unused_imports)] // (as dead_code above: not every test uses it)
pub use random::Random;

/// `../shared/…` from the crate root (CI clones the repo beside a copy of `shared/`).
pub fn shared(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("shared").join(path)
}

/// A canonical form of an HTML fragment, for comparing trees: entities decoded,
/// attributes sorted, whitespace-only text between elements dropped, runs of
/// whitespace in text collapsed to one space, `<pre>` content kept exactly.
pub fn normalize(html: &str) -> String {
    let doc = Html::parse_fragment(html);
    let mut out = String::new();
    for child in doc.root_element().children() {
        write_node(child, &mut out, false);
    }
    out
}

fn write_node(node: ego_tree::NodeRef<'_, Node>, out: &mut String, in_pre: bool) {
    match node.value() {
        Node::Text(t) => {
            if in_pre {
                out.push_str(&escape(t));
            } else if !t.trim().is_empty() {
                let collapsed = t.split_whitespace().collect::<Vec<_>>().join(" ");
                let lead = if t.starts_with(char::is_whitespace) { " " } else { "" };
                let trail = if t.ends_with(char::is_whitespace) { " " } else { "" };
                out.push_str(lead);
                out.push_str(&escape(&collapsed));
                out.push_str(trail);
            }
        }
        Node::Element(e) => {
            let name = e.name();
            let mut attrs: Vec<(String, String)> = e.attrs().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
            attrs.sort();
            out.push('\n');
            out.push('<');
            out.push_str(name);
            for (k, v) in attrs {
                out.push_str(&format!(" {k}=\"{}\"", escape(&v)));
            }
            out.push('>');
            let pre = in_pre || name == "pre";
            for child in node.children() {
                write_node(child, out, pre);
            }
            out.push_str(&format!("</{name}>"));
        }
        Node::Comment(c) => out.push_str(&format!("<!--{}-->", c.trim())),
        _ => {}
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The first differing line of two normalized trees, for assertion messages.
pub fn first_difference(expected: &str, actual: &str) -> String {
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {i}:\n  expected: {e}\n  actual:   {a}");
        }
    }
    format!("lengths differ: expected {} lines, got {}", expected.lines().count(), actual.lines().count())
}
