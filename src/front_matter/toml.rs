//! TOML front matter, through toml's spanned tables.

use super::tree::{Entry, Kind, Node, Scalar};
use super::SyntaxError;
use crate::span::Span;
use serde_json::Value;

use toml::de::{DeTable, DeValue};

/// Parses a TOML document into a located tree (dates become RFC 3339 strings).
///
/// # Errors
/// A [`SyntaxError`] at the start of the span the TOML parser reported.
pub fn parse(text: &str, offset: usize) -> Result<Node, SyntaxError> {
    let table = DeTable::parse(text)
        .map_err(|e| SyntaxError { offset: e.span().map_or(0, |s| s.start), message: e.message().trim().to_owned() })?;
    let span = table.span();
    Ok(Node { span: Span::new(span.start, span.end).shift(offset), kind: Kind::Map(entries(table.into_inner(), offset)) })
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
            f.to_string().replace('_', "").parse::<f64>().ok().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number),
            false,
        ),
        DeValue::Boolean(b) => scalar(Value::Bool(b), false),
        DeValue::Datetime(d) => scalar(Value::String(d.to_string()), false),
        DeValue::Array(a) => Kind::Seq(a.into_iter().map(|x| node(x, offset)).collect()),
        DeValue::Table(t) => Kind::Map(entries(t, offset)),
    };
    Node { span, kind }
}
