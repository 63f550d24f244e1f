//! The shape of results for JavaScript: camelCase keys, and positions as
//! 1-based lines with UTF-16 columns and 0-based UTF-16 offsets, so they drop
//! into any JS editor. Pure data (serde_json), so it is tested natively; the
//! binding layer only stringifies it.

use crate::diagnostic::Diagnostic;
use crate::render::Rendered;
use crate::span::LineIndex;
use serde_json::{json, Value};

/// A diagnostic for JavaScript.
pub fn diagnostic(d: &Diagnostic, index: &LineIndex<'_>) -> Value {
    let fix = d.fix.as_ref().map(|f| {
        json!({
            "title": f.title,
            "start": index.position(f.span.start).utf16_offset,
            "end": index.position(f.span.end).utf16_offset,
            "replacement": f.replacement,
        })
    });
    json!({
        "severity": d.severity.as_str(),
        "code": d.code,
        "message": d.message,
        "line": d.start.line,
        "column": d.start.utf16_column,
        "endLine": d.end.line,
        "endColumn": d.end.utf16_column,
        "start": d.start.utf16_offset,
        "end": d.end.utf16_offset,
        "path": d.path,
        "suggestion": d.suggestion,
        "fix": fix,
    })
}

/// A rendered post for JavaScript.
pub fn rendered(r: &Rendered, source: &str) -> Value {
    let mut v = result(r, source, |_| true);
    v["html"] = Value::String(r.html.clone());
    v
}

/// A rendered post for `Renderer#update`, which shows it block by block: as
/// [`rendered`] without `html`, and without the `html` of each block whose key
/// is in `sent` (the blocks of the last update; js/recap.js puts both back).
/// An edit of a long post then crosses into JavaScript as a few hundred bytes.
pub fn update(r: &Rendered, source: &str, sent: &std::collections::HashSet<String>) -> Value {
    result(r, source, |key| !sent.contains(key))
}

fn result(r: &Rendered, source: &str, with_html: impl Fn(&str) -> bool) -> Value {
    // Positions are in the diagnostics already; only fixes need the index.
    let index = r.diagnostics.iter().any(|d| d.fix.is_some()).then(|| LineIndex::new(source));
    let index = index.unwrap_or_else(|| LineIndex::new(""));
    let blocks = r.blocks.iter().map(|b| {
        let mut block = json!({"key": b.key, "startLine": b.start_line, "endLine": b.end_line});
        if with_html(&b.key) {
            block["html"] = Value::String(b.html.clone());
        }
        block
    });
    json!({
        "frontMatter": r.front_matter,
        "diagnostics": r.diagnostics.iter().map(|d| diagnostic(d, &index)).collect::<Vec<_>>(),
        "tocHtml": r.toc_html,
        "summaryHtml": r.summary_html,
        "truncated": r.truncated,
        "wordCount": r.word_count,
        "readingTime": r.reading_time,
        "blocks": blocks.collect::<Vec<_>>(),
    })
}

/// A post's front-matter fields for JavaScript (see [`crate::front_matter::fields`]):
/// `{ format, valid, content: {start, end}, fields: [{ path, key, value, kind, scalar, quoted }] }`,
/// spans as `{start, end}` in UTF-16 offsets, `path` as an array of keys and list indices.
pub fn fields(source: &str) -> Value {
    let f = crate::front_matter::fields::fields(source);
    let index = LineIndex::new(source);
    let span = |s: crate::Span| json!({"start": index.position(s.start).utf16_offset, "end": index.position(s.end).utf16_offset});
    json!({
        "format": f.format.map(|x| x.name().to_ascii_lowercase()),
        "valid": f.valid,
        "content": span(f.content),
        "fields": f.fields.iter().map(|x| json!({
            "path": x.path,
            "key": x.key.map(span),
            "value": span(x.value),
            "kind": x.kind.as_str(),
            "scalar": x.scalar,
            "quoted": x.quoted,
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn update_leaves_out_the_html_javascript_has() {
        let source = "---\ntitle: t\n---\nOne.\n\nTwo.\n";
        let r = crate::render(source, &crate::Options::default());
        let all = update(&r, source, &Default::default());
        assert_eq!(all.get("html"), None, "the whole HTML is put together in JavaScript");
        assert_eq!(all["blocks"][1]["html"], "<p>Two.</p>\n");
        let sent = [r.blocks[1].key.clone()].into_iter().collect();
        let v = update(&r, source, &sent);
        assert_eq!(v["blocks"][0]["html"], "<p>One.</p>\n");
        assert_eq!(v["blocks"][1].get("html"), None);
        assert_eq!(v["blocks"][1]["key"], r.blocks[1].key.as_str());
        assert_eq!(rendered(&r, source)["html"], r.html.as_str());
    }

    #[test]
    fn field_spans_are_utf16() {
        let source = "---
title: \"😀 é\" # keep
tags: [a]
---
";
        let v = fields(source);
        assert_eq!(v["format"], "yaml");
        let title = &v["fields"][0];
        assert_eq!(title["path"], json!(["title"]));
        let utf16: Vec<u16> = source.encode_utf16().collect();
        let (s, e) = (title["value"]["start"].as_u64().unwrap() as usize, title["value"]["end"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16_lossy(&utf16[s..e]), "\"😀 é\"");
        assert_eq!(title["scalar"], "😀 é");
        assert_eq!(v["fields"][2]["path"], json!(["tags", "0"]));
        assert_eq!(v["fields"][2]["key"], Value::Null);
    }

    #[test]
    fn positions_are_utf16() {
        let source = "---\ntitle: \"😀\"\nwéight: 1\n---\n";
        let r = crate::render(source, &crate::Options::default());
        let v = rendered(&r, source);
        let d = &v["diagnostics"][0];
        assert_eq!(d["code"], "front-matter/unknown-field");
        assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(3), Some(1)));
        let start = d["start"].as_u64().unwrap() as usize;
        let utf16: Vec<u16> = source.encode_utf16().collect();
        assert_eq!(String::from_utf16_lossy(&utf16[start..start + 6]), "wéight", "the UTF-16 offset points at the key in a JS string");
        assert_eq!(d["fix"]["replacement"], "weight");
    }
}
