//! YAML front matter: one parse gives the values and where each key and value is.
//!
//! This used to be serde_yaml (deprecated upstream), then yaml-rust2's marked
//! events; now the events come from our own parser (`yaml/events.rs`, whose
//! header says why), with byte marks. Values follow the YAML 1.2 core schema;
//! anchors, aliases (with a limit against "billion laughs") and merge keys are
//! supported.

use super::tree::{Entry, Kind, LocatedValue, Scalar};
use super::SyntaxError;
use crate::span::Span;
use serde_json::Value;
use std::collections::HashMap;

pub mod events;
use events::{Ev, Event, Style};

use crate::limits::YAML_NODES as MAX_NODES;

/// Parses a YAML document into a located tree (whose value is the front matter).
///
/// # Errors
/// A [`SyntaxError`] at the byte offset (within `text`) where the parser stopped.
pub fn parse(text: &str, offset: usize) -> Result<LocatedValue, SyntaxError> {
    if text.trim().is_empty() {
        return Ok(empty(offset));
    }
    let parsed = events::parse(text).map_err(|e| SyntaxError { offset: e.at, message: explain(&e.message) })?;
    build(text, offset, parsed.events)
}

fn empty(offset: usize) -> LocatedValue {
    LocatedValue { span: Span::new(offset, offset), kind: Kind::Map(Vec::new()) }
}

/// The located tree of a YAML stream's first document, from its events.
///
/// # Errors
/// An alias to no anchor, or more than [`MAX_NODES`] values.
pub fn build(text: &str, offset: usize, events: Vec<Event>) -> Result<LocatedValue, SyntaxError> {
    let mut b = Builder { text, offset, events, i: 0, anchors: HashMap::new(), made: 0 };
    while b.i < b.events.len() {
        if matches!(b.events[b.i].ev, Ev::MapStart(..) | Ev::SeqStart(..) | Ev::Scalar(..) | Ev::Alias(_)) {
            return b.node()?.ok_or_else(|| SyntaxError { offset: text.len(), message: "the YAML ends too early".to_owned() });
        }
        b.i += 1;
    }
    Ok(empty(offset))
}

/// The parser's message, with a hint for the mistakes authors make most.
fn explain(info: &str) -> String {
    let hint = if info.contains("quoted scalar") {
        "; is a closing quote missing?"
    } else if info.contains("flow sequence") || info.contains("flow mapping") {
        "; is a closing `]` or `}` missing?"
    } else if info.contains("mapping values are not allowed") {
        "; a value with `: ` in it needs quotes"
    } else {
        ""
    };
    format!("{info}{hint}")
}

struct Builder<'a> {
    text: &'a str,
    offset: usize,
    events: Vec<Event>,
    i: usize,
    /// Anchored values, by anchor id.
    anchors: HashMap<usize, LocatedValue>,
    /// Values made so far, counting what aliases expand to.
    made: usize,
}

/// How many values a node holds.
fn size(node: &LocatedValue) -> usize {
    1 + match &node.kind {
        Kind::Map(e) => e.iter().map(|e| size(&e.value) + 1).sum(),
        Kind::Seq(items) => items.iter().map(size).sum(),
        Kind::Scalar(_) => 0,
    }
}

impl Builder<'_> {
    fn too_many(&self, at: usize) -> SyntaxError {
        SyntaxError { offset: at, message: format!("more than {MAX_NODES} values: aliases that expand without end are refused") }
    }

    fn remember(&mut self, anchor: usize, node: &LocatedValue) {
        if anchor > 0 {
            self.anchors.insert(anchor, node.clone());
        }
    }

    /// The next value, or `None` at the end of the events.
    fn node(&mut self) -> Result<Option<LocatedValue>, SyntaxError> {
        // Each event is read once, in order: taken, not copied (an alias
        // copies its anchor's value from `anchors`).
        let Some(Event { ev, at: start }) =
            self.events.get_mut(self.i).map(|e| Event { ev: std::mem::replace(&mut e.ev, Ev::SeqEnd), at: e.at })
        else {
            return Ok(None);
        };
        self.i += 1;
        let start = start.min(self.text.len());
        self.made += 1;
        if self.made > MAX_NODES {
            return Err(self.too_many(start));
        }
        match ev {
            Ev::Scalar(value, style, props) => {
                let end = scalar_end(self.text, start, &value, style);
                let quoted = style != Style::Plain;
                let typed = match props.tag.as_ref().map(|t| t.suffix.as_str()) {
                    Some("str") => Value::String(value),
                    Some("int" | "float" | "bool" | "null") | None if !quoted => resolve(value),
                    _ => Value::String(value),
                };
                let node =
                    LocatedValue { span: Span::new(start, end).shift(self.offset), kind: Kind::Scalar(Scalar { value: typed, quoted }) };
                self.remember(props.anchor, &node);
                Ok(Some(node))
            }
            Ev::Alias(id) => {
                let Some(target) = self.anchors.get(&id).cloned() else {
                    return Err(SyntaxError { offset: start, message: "this alias refers to no anchor".to_owned() });
                };
                self.made += size(&target);
                if self.made > MAX_NODES {
                    return Err(self.too_many(start));
                }
                let rest = &self.text[start..];
                let end = start + rest.find(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '}')).unwrap_or(rest.len());
                Ok(Some(LocatedValue { span: Span::new(start, end).shift(self.offset), kind: target.kind }))
            }
            Ev::SeqStart(props, flow) => {
                let mut items = Vec::new();
                loop {
                    match self.events.get(self.i) {
                        Some(Event { ev: Ev::SeqEnd, at }) => {
                            let end = self.close_end(start, *at, flow);
                            self.i += 1;
                            let node = LocatedValue { span: Span::new(start, end).shift(self.offset), kind: Kind::Seq(items) };
                            self.remember(props.anchor, &node);
                            return Ok(Some(node));
                        }
                        Some(_) => items.extend(self.node()?),
                        None => return Ok(None),
                    }
                }
            }
            Ev::MapStart(props, flow) => {
                let mut entries = Vec::new();
                loop {
                    match self.events.get(self.i) {
                        Some(Event { ev: Ev::MapEnd, at }) => {
                            let end = self.close_end(start, *at, flow);
                            self.i += 1;
                            // A block mapping's marker sits on its first value; start at its first key.
                            let start = entries.first().map_or(start + self.offset, |e: &Entry| e.key_span.start.min(start + self.offset));
                            let node = LocatedValue { span: Span::new(start, end + self.offset), kind: Kind::Map(merge_keys(entries)) };
                            self.remember(props.anchor, &node);
                            return Ok(Some(node));
                        }
                        Some(_) => {
                            let (Some(key), Some(value)) = (self.node()?, self.node()?) else { return Ok(None) };
                            let key_span = key.span;
                            let name = match key.kind {
                                Kind::Scalar(s) => match s.value {
                                    Value::String(s) => s,
                                    Value::Null => "null".to_owned(),
                                    other => other.to_string(),
                                },
                                _ => self.text[key_span.start - self.offset..key_span.end - self.offset].to_owned(),
                            };
                            entries.push(Entry { key: name, key_span, value });
                        }
                        None => return Ok(None),
                    }
                }
            }
            _ => {
                self.made -= 1;
                self.node()
            }
        }
    }

    /// A flow collection ends after its `]` or `}`; a block one at the end of its last line.
    fn close_end(&self, start: usize, end: usize, flow: bool) -> usize {
        let end = end.min(self.text.len());
        let b = self.text.as_bytes();
        // A single-pair mapping in a flow sequence is flow but has no brackets: it ends as a block one.
        if flow && matches!(b.get(start), Some(b'[' | b'{')) {
            return if matches!(b.get(end), Some(b']' | b'}')) { end + 1 } else { end };
        }
        self.text[..end].trim_end().len().max(start)
    }
}

/// Where a scalar that starts at `start` ends in the source.
fn scalar_end(text: &str, start: usize, value: &str, style: Style) -> usize {
    let rest = &text[start..];
    let b = rest.as_bytes();
    match style {
        Style::Double => {
            let mut i = 1;
            while i < b.len() {
                match b[i] {
                    b'\\' => i += 2,
                    b'"' => return start + i + 1,
                    _ => i += 1,
                }
            }
            text.len()
        }
        Style::Single => {
            let mut i = 1;
            while i < b.len() {
                if b[i] == b'\'' {
                    if b.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    return start + i + 1;
                }
                i += 1;
            }
            text.len()
        }
        Style::Plain if rest.starts_with(value) => start + value.len(),
        // Block scalars and multi-line plain scalars: their first line.
        _ => start + rest.find('\n').map_or(rest.len(), |n| rest[..n].trim_end().len()),
    }
}

/// YAML merge keys (`<<: *base`): the merged mappings' entries, where the
/// mapping does not set them itself.
fn merge_keys(entries: Vec<Entry>) -> Vec<Entry> {
    if !entries.iter().any(|e| e.key == "<<") {
        return entries;
    }
    let (merges, mut own): (Vec<Entry>, Vec<Entry>) = entries.into_iter().partition(|e| e.key == "<<");
    for m in merges {
        let sources = match m.value.kind {
            Kind::Map(_) => vec![m.value],
            Kind::Seq(items) => items,
            Kind::Scalar(_) => Vec::new(),
        };
        for source in sources {
            if let Kind::Map(inherited) = source.kind {
                for e in inherited {
                    if !own.iter().any(|o| o.key == e.key) {
                        own.push(e);
                    }
                }
            }
        }
    }
    own
}

/// YAML 1.2 core schema resolution of a plain scalar.
fn resolve(owned: String) -> Value {
    let s = owned.as_str();
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(n) = s.parse::<i64>() {
            return Value::from(n);
        }
    }
    if let Some(n) = s.strip_prefix("0x").and_then(|h| i64::from_str_radix(h, 16).ok()) {
        return Value::from(n);
    }
    if let Some(n) = s.strip_prefix("0o").and_then(|o| i64::from_str_radix(o, 8).ok()) {
        return Value::from(n);
    }
    let float_like = digits.bytes().any(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'));
    if float_like {
        if let Some(n) = crate::float::parse(s).and_then(serde_json::Number::from_f64) {
            return Value::Number(n);
        }
    }
    Value::String(owned)
}

#[cfg(test)]
mod tests {
    use super::parse;
    use serde_json::json;

    fn value(text: &str) -> serde_json::Value {
        parse(text, 0).expect("parses").to_value()
    }

    #[test]
    fn quoted_and_flow_lines_may_be_where_hugo_reads_them() {
        // Hugo's documentation writes its aliases so (Hugo 0.168 reads them).
        assert_eq!(value("aliases: [\n  '/a/',\n  '/b/',\n]\nweight: 1\n"), json!({"aliases": ["/a/", "/b/"], "weight": 1}));
        assert_eq!(value("flow: [a,\nb,\nc]\n"), json!({"flow": ["a", "b", "c"]}));
        assert_eq!(value("p:\n  k: {\n a: 1\n }\n  q: \"x\n  y\"\n"), json!({"p": {"k": {"a": 1}, "q": "x y"}}));
        assert_eq!(value("title: \"a long\nline\"\n"), json!({"title": "a long line"}));
        // But a tab does not indent a quoted scalar's line (Hugo: "tab character cannot be used for indentation").
        assert!(parse("k: \"a\n\tb\"\n", 0).is_err());
    }

    #[test]
    fn core_schema_types() {
        assert_eq!(
            value("a: 1\nb: 1.5\nc: true\nd: ~\ne: \"1\"\nf: 2021-12-22T00:00:00Z\ng: yes\n"),
            json!({"a": 1, "b": 1.5, "c": true, "d": null, "e": "1", "f": "2021-12-22T00:00:00Z", "g": "yes"})
        );
    }

    #[test]
    fn anchors_aliases_and_merge_keys() {
        assert_eq!(
            value("base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\nsame: *b\n"),
            json!({"base": {"x": 1, "y": 2}, "other": {"y": 3, "x": 1}, "same": {"x": 1, "y": 2}})
        );
    }

    #[test]
    fn a_billion_laughs_is_refused() {
        let mut doc = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"];
        let mut prev = "a";
        for n in names {
            doc.push_str(&format!(
                "{n}: &{n} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
            prev = n;
        }
        let err = parse(&doc, 0).unwrap_err();
        assert!(err.message.contains("aliases"), "{}", err.message);
    }

    #[test]
    fn errors_are_located() {
        let e = parse("title: \"unclosed\ndate: 1\n", 0).unwrap_err();
        assert!(e.offset > 0, "{e:?}");
    }
}
