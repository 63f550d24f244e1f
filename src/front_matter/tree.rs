//! Front matter as a tree of located values: every key and value with its byte
//! span in the post, for diagnostics that point at the exact key or value.
//!
//! serde_yaml, toml and serde_json give values without positions, so this
//! module reads the same text again: YAML through yaml-rust2's marked events,
//! TOML through toml's spanned tables, JSON with a small scanner of its own.

use super::Format;
use crate::span::Span;
use serde_json::{Map, Value};

/// A value and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value's bytes in the post.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
}

/// The shapes a value can have.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A mapping, keys in source order (duplicates kept).
    Map(Vec<Entry>),
    /// A list.
    Seq(Vec<Node>),
    /// A scalar, typed as the format types it.
    Scalar(Scalar),
}

/// A scalar value.
#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    /// The typed value (string, number, boolean or null).
    pub value: Value,
    /// Whether it was quoted (a quoted `"true"` is a string).
    pub quoted: bool,
}

/// A key and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key.
    pub key: String,
    /// The key's bytes in the post.
    pub key_span: Span,
    /// The value.
    pub value: Node,
}

impl Node {
    /// The JSON value of this node; for duplicate keys the last one wins.
    pub fn to_value(&self) -> Value {
        match &self.kind {
            Kind::Scalar(s) => s.value.clone(),
            Kind::Seq(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            Kind::Map(entries) => {
                let mut map = Map::new();
                for e in entries {
                    map.insert(e.key.clone(), e.value.to_value());
                }
                Value::Object(map)
            }
        }
    }

    /// The entries of a mapping.
    pub fn entries(&self) -> &[Entry] {
        match &self.kind {
            Kind::Map(e) => e,
            _ => &[],
        }
    }
}

/// Reads the located tree of front matter `text` (which starts at byte `offset`
/// of the post). `None` if the text does not parse (the syntax error is
/// reported by the value parser).
pub fn read(text: &str, offset: usize, format: Format) -> Option<Node> {
    match format {
        Format::Yaml => yaml::read(text, offset),
        Format::Toml => toml_tree::read(text, offset),
        Format::Json => json::read(text, offset),
        Format::Org => None,
    }
}

mod yaml {
    use super::*;
    use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
    use yaml_rust2::scanner::{Marker, TScalarStyle};

    struct Collector {
        events: Vec<(Event, Marker)>,
    }

    impl MarkedEventReceiver for Collector {
        fn on_event(&mut self, ev: Event, mark: Marker) {
            self.events.push((ev, mark));
        }
    }

    pub fn read(text: &str, offset: usize) -> Option<Node> {
        if text.trim().is_empty() {
            return Some(Node { span: Span::new(offset, offset), kind: Kind::Map(Vec::new()) });
        }
        let mut parser = Parser::new_from_str(text);
        let mut c = Collector { events: Vec::new() };
        parser.load(&mut c, false).ok()?;
        // yaml-rust2 counts characters; spans are bytes.
        let bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
        let mut b = Builder { text, offset, bytes, events: c.events, i: 0 };
        while b.i < b.events.len() {
            if matches!(b.events[b.i].0, Event::MappingStart(..) | Event::SequenceStart(..) | Event::Scalar(..)) {
                return b.node();
            }
            b.i += 1;
        }
        Some(Node { span: Span::new(offset, offset), kind: Kind::Map(Vec::new()) })
    }

    struct Builder<'a> {
        text: &'a str,
        offset: usize,
        bytes: Vec<usize>,
        events: Vec<(Event, Marker)>,
        i: usize,
    }

    impl Builder<'_> {
        fn at(&self, mark: &Marker) -> usize {
            self.bytes.get(mark.index()).copied().unwrap_or(self.text.len())
        }

        fn node(&mut self) -> Option<Node> {
            let (event, mark) = self.events.get(self.i)?.clone();
            self.i += 1;
            let start = self.at(&mark);
            match event {
                Event::Scalar(value, style, _, tag) => {
                    let end = scalar_end(self.text, start, &value, style);
                    let quoted = !matches!(style, TScalarStyle::Plain);
                    let typed = if quoted || tag.is_some_and(|t| t.suffix == "str") { Value::String(value) } else { resolve(&value) };
                    Some(Node { span: Span::new(start, end).shift(self.offset), kind: Kind::Scalar(Scalar { value: typed, quoted }) })
                }
                Event::Alias(_) => Some(Node {
                    span: Span::new(start, start + 1).shift(self.offset),
                    kind: Kind::Scalar(Scalar { value: Value::Null, quoted: false }),
                }),
                Event::SequenceStart(..) => {
                    let mut items = Vec::new();
                    loop {
                        match self.events.get(self.i) {
                            Some((Event::SequenceEnd, m)) => {
                                let end = self.at(m);
                                self.i += 1;
                                let end = self.close_end(start, end);
                                return Some(Node { span: Span::new(start, end).shift(self.offset), kind: Kind::Seq(items) });
                            }
                            Some(_) => items.push(self.node()?),
                            None => return None,
                        }
                    }
                }
                Event::MappingStart(..) => {
                    let mut entries = Vec::new();
                    loop {
                        match self.events.get(self.i) {
                            Some((Event::MappingEnd, m)) => {
                                let end = self.at(m);
                                self.i += 1;
                                let end = self.close_end(start, end);
                                // A block mapping's marker sits on its first value; start at its first key.
                                let start =
                                    entries.first().map_or(start + self.offset, |e: &Entry| e.key_span.start.min(start + self.offset));
                                return Some(Node { span: Span::new(start, end + self.offset), kind: Kind::Map(entries) });
                            }
                            Some(_) => {
                                let key = self.node()?;
                                let value = self.node()?;
                                let name = match &key.kind {
                                    Kind::Scalar(s) => match &s.value {
                                        Value::String(s) => s.clone(),
                                        Value::Null => "null".to_owned(),
                                        other => other.to_string(),
                                    },
                                    _ => self.text[key.span.start - self.offset..key.span.end - self.offset].to_owned(),
                                };
                                entries.push(Entry { key: name, key_span: key.span, value });
                            }
                            None => return None,
                        }
                    }
                }
                _ => self.node(),
            }
        }

        /// A collection ends where its closing event is; for a flow collection
        /// that is after its `]` or `}`, and a block one ends at the end of its last line.
        fn close_end(&self, start: usize, end: usize) -> usize {
            let end = end.min(self.text.len());
            if matches!(self.text.as_bytes().get(start), Some(b'[' | b'{')) {
                return if matches!(self.text.as_bytes().get(end), Some(b']' | b'}')) { end + 1 } else { end };
            }
            self.text[..end].trim_end().len().max(start)
        }
    }

    /// Where a scalar that starts at `start` ends in the source.
    fn scalar_end(text: &str, start: usize, value: &str, style: TScalarStyle) -> usize {
        let rest = &text[start..];
        match style {
            TScalarStyle::DoubleQuoted => {
                let b = rest.as_bytes();
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
            TScalarStyle::SingleQuoted => {
                let b = rest.as_bytes();
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
            TScalarStyle::Plain if rest.starts_with(value) => start + value.len(),
            // Block scalars and multi-line plain scalars: the first line.
            _ => start + rest.find('\n').map_or(rest.len(), |n| rest[..n].trim_end().len()),
        }
    }

    /// YAML 1.2 core schema resolution of a plain scalar.
    fn resolve(s: &str) -> Value {
        match s {
            "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
            "true" | "True" | "TRUE" => return Value::Bool(true),
            "false" | "False" | "FALSE" => return Value::Bool(false),
            ".inf" | ".Inf" | ".INF" | "+.inf" | "-.inf" | ".nan" | ".NaN" | ".NAN" => return Value::String(s.to_owned()),
            _ => {}
        }
        let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(n) = s.parse::<i64>() {
                return Value::from(n);
            }
        }
        if let Some(hex) = s.strip_prefix("0x") {
            if let Ok(n) = i64::from_str_radix(hex, 16) {
                return Value::from(n);
            }
        }
        if let Some(oct) = s.strip_prefix("0o") {
            if let Ok(n) = i64::from_str_radix(oct, 8) {
                return Value::from(n);
            }
        }
        let float_like = digits.bytes().any(|b| b.is_ascii_digit())
            && digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'));
        if float_like {
            if let Some(n) = s.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
                return Value::Number(n);
            }
        }
        Value::String(s.to_owned())
    }
}

mod toml_tree {
    use super::*;
    use toml::de::{DeTable, DeValue};

    pub fn read(text: &str, offset: usize) -> Option<Node> {
        let table = DeTable::parse(text).ok()?;
        let span = table.span();
        Some(Node { span: Span::new(span.start, span.end).shift(offset), kind: Kind::Map(entries(table.into_inner(), offset)) })
    }

    fn entries(table: DeTable<'_>, offset: usize) -> Vec<Entry> {
        table
            .into_iter()
            .map(|(k, v)| {
                let ks = k.span();
                Entry { key: k.into_inner().into_owned(), key_span: Span::new(ks.start, ks.end).shift(offset), value: node(v, offset) }
            })
            .collect()
    }

    fn node(v: toml::Spanned<DeValue<'_>>, offset: usize) -> Node {
        let s = v.span();
        let span = Span::new(s.start, s.end).shift(offset);
        let scalar = |value: Value, quoted: bool| Kind::Scalar(Scalar { value, quoted });
        let kind = match v.into_inner() {
            DeValue::String(t) => scalar(Value::String(t.into_owned()), true),
            DeValue::Integer(i) => scalar(i.to_string().replace('_', "").parse::<i64>().map_or(Value::Null, Value::from), false),
            DeValue::Float(f) => scalar(
                f.to_string()
                    .replace('_', "")
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Value::Null, Value::Number),
                false,
            ),
            DeValue::Boolean(b) => scalar(Value::Bool(b), false),
            DeValue::Datetime(d) => scalar(Value::String(d.to_string()), false),
            DeValue::Array(a) => Kind::Seq(a.into_iter().map(|x| node(x, offset)).collect()),
            DeValue::Table(t) => Kind::Map(entries(t, offset)),
        };
        Node { span, kind }
    }
}

mod json {
    use super::*;

    pub fn read(text: &str, offset: usize) -> Option<Node> {
        let mut p = Scanner { s: text.as_bytes(), text, i: 0, offset };
        p.ws();
        let node = p.value()?;
        Some(node)
    }

    struct Scanner<'a> {
        s: &'a [u8],
        text: &'a str,
        i: usize,
        offset: usize,
    }

    impl Scanner<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            }
        }

        fn span(&self, start: usize) -> Span {
            Span::new(start, self.i).shift(self.offset)
        }

        fn value(&mut self) -> Option<Node> {
            let start = self.i;
            match *self.s.get(self.i)? {
                b'{' => {
                    self.i += 1;
                    let mut entries = Vec::new();
                    loop {
                        self.ws();
                        if self.s.get(self.i) == Some(&b'}') {
                            self.i += 1;
                            return Some(Node { span: self.span(start), kind: Kind::Map(entries) });
                        }
                        let key_start = self.i;
                        let key = self.string()?;
                        let key_span = self.span(key_start);
                        self.ws();
                        (self.s.get(self.i) == Some(&b':')).then_some(())?;
                        self.i += 1;
                        self.ws();
                        let value = self.value()?;
                        entries.push(Entry { key, key_span, value });
                        self.ws();
                        if self.s.get(self.i) == Some(&b',') {
                            self.i += 1;
                        }
                    }
                }
                b'[' => {
                    self.i += 1;
                    let mut items = Vec::new();
                    loop {
                        self.ws();
                        if self.s.get(self.i) == Some(&b']') {
                            self.i += 1;
                            return Some(Node { span: self.span(start), kind: Kind::Seq(items) });
                        }
                        items.push(self.value()?);
                        self.ws();
                        if self.s.get(self.i) == Some(&b',') {
                            self.i += 1;
                        }
                    }
                }
                b'"' => {
                    let s = self.string()?;
                    Some(Node { span: self.span(start), kind: Kind::Scalar(Scalar { value: Value::String(s), quoted: true }) })
                }
                _ => {
                    while self.i < self.s.len() && !matches!(self.s[self.i], b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                        self.i += 1;
                    }
                    let word = &self.text[start..self.i];
                    let value = serde_json::from_str::<Value>(word).ok()?;
                    Some(Node { span: self.span(start), kind: Kind::Scalar(Scalar { value, quoted: false }) })
                }
            }
        }

        fn string(&mut self) -> Option<String> {
            let start = self.i;
            (self.s.get(self.i) == Some(&b'"')).then_some(())?;
            self.i += 1;
            while self.i < self.s.len() {
                match self.s[self.i] {
                    b'\\' => self.i += 2,
                    b'"' => {
                        self.i += 1;
                        return serde_json::from_str(&self.text[start..self.i]).ok();
                    }
                    _ => self.i += 1,
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(src: &str, format: Format) -> Vec<(String, String, String)> {
        let node = read(src, 0, format).expect("parses");
        node.entries()
            .iter()
            .map(|e| {
                (e.key.clone(), src[e.key_span.start..e.key_span.end].to_owned(), src[e.value.span.start..e.value.span.end].to_owned())
            })
            .collect()
    }

    #[test]
    fn yaml_keys_and_values_are_located() {
        let src = "title: \"Hi\"\nkeyword: [a, b]\nclé: é x\nparams:\n  author: k\n";
        let s = spans(src, Format::Yaml);
        assert_eq!(s[0], ("title".into(), "title".into(), "\"Hi\"".into()));
        assert_eq!(s[1], ("keyword".into(), "keyword".into(), "[a, b]".into()));
        assert_eq!(s[2], ("clé".into(), "clé".into(), "é x".into()));
        assert_eq!(s[3].2, "author: k");
    }

    #[test]
    fn toml_and_json_keys_and_values_are_located() {
        let s = spans("title = 'x'\n[params]\nauthor = 'k'\n", Format::Toml);
        assert_eq!(s[0], ("title".into(), "title".into(), "'x'".into()));
        let s = spans("{\"title\": \"x\", \"n\": 3}", Format::Json);
        assert_eq!(s[1], ("n".into(), "\"n\"".into(), "3".into()));
    }

    #[test]
    fn duplicates_are_kept_in_the_tree() {
        let node = read("a: 1\na: 2\n", 0, Format::Yaml).unwrap();
        assert_eq!(node.entries().len(), 2);
        assert_eq!(node.to_value(), serde_json::json!({"a": 2}), "the last one wins in the value");
    }
}
