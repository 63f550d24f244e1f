//! The shape of results for JavaScript: camelCase keys, and positions as
//! 1-based lines with UTF-16 columns and 0-based UTF-16 offsets, so they drop
//! into any JS editor. Pure data (serde_json), so it is tested natively; the
//! binding layer only hands the text over.
//!
//! A render result is two parts in one string (issue 16, a thin boundary):
//! JSON without the blocks' HTML, a newline (compact JSON has none of its
//! own), then the HTML of the blocks that have an HTML length, one after
//! another. `blocks` is one flat array, four values a block: key, start line,
//! end line, and the length of its HTML in UTF-16 units (so that JavaScript
//! cuts each block's HTML as a slice of one string), or -1 for a block sent
//! without it; JSON.parse makes no object per block that JavaScript would
//! then copy (half of `decodeResult`'s time, 2% of a render). The HTML
//! crosses once, unescaped: inside JSON it was escaped, copied into every
//! block and the whole `html` again, and parsed back (a quarter of a
//! render's time in Chromium). The
//! summary, when it is the HTML's start as it usually is, crosses as
//! `summaryAt` and `summaryEnd` (UTF-16 offsets) into that HTML, not as a
//! copy. `segments` splits the HTML, at block ends, into runs of blocks that
//! are all ASCII and runs of blocks that are not (byte lengths): one
//! character past Latin-1 (a dash, an arrow, an emoji) makes the browser
//! decode the whole text it is in into a string of two bytes a character,
//! 2.5 times slower than ASCII (a post's em dash in one paragraph slowed the
//! decoding of all its HTML, code pages' most). js/recap.js
//! (`decodeResult`) reads it, decoding each run on its own.

use crate::diagnostic::Diagnostic;
use crate::render::Rendered;
use crate::span::LineIndex;
use serde_json::{json, Value};

/// A result's buffer (kept from one result to the next) above this size
/// goes when a result needs less than half of it.
const RESULT_KEPT_BYTES: usize = 1 << 20;

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

/// A rendered post for JavaScript, written to `out` (see the module's header
/// for the text's shape). Its `html` is the blocks' HTML, one after another.
pub fn rendered(out: &mut Vec<u8>, r: &Rendered, source: &str) {
    result(out, r, source, &r.blocks, |_| true, None)
}

/// A block as an update gave it to JavaScript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given {
    pub key: String,
    pub start_line: u32,
    pub end_line: u32,
}

impl Given {
    /// The blocks of a render, as an update gives them.
    pub fn all(blocks: Vec<crate::Block>) -> Vec<Given> {
        blocks.into_iter().map(|b| Given { key: b.key, start_line: b.start_line, end_line: b.end_line }).collect()
    }
}

/// A rendered post for `Renderer#update`, which shows it block by block,
/// given as what changed since the last update gave `last`: `keep` says
/// that the first `prefix` blocks are those of `last` on the same lines, and
/// the last `suffix` are those of `last`, each `shift` lines further on (`of`
/// is how many `last` had; `given` numbers this update, for the next to say
/// which one it follows); `blocks` are the ones between, without the `html`
/// of those whose key is in `last`. No `html` as a whole; the patch's
/// counts as `patch`. js/recap.js puts the whole result back together. An
/// edit of a long post then crosses into JavaScript as a few hundred bytes,
/// where each of its thousands of blocks took 1.5–3 ms a key to write, decode
/// and parse (issue 17).
pub fn update(out: &mut Vec<u8>, r: &Rendered, source: &str, last: &[Given], patch: &Value, serial: u32) {
    let (prefix, suffix, shift) = kept(last, &r.blocks);
    let middle = &r.blocks[prefix..r.blocks.len() - suffix];
    // (Most edits change a block or two: a scan of `last` beats hashing it.)
    let keys: Option<std::collections::HashSet<&str>> = (middle.len() > 8).then(|| last.iter().map(|g| g.key.as_str()).collect());
    let given = |key: &str| keys.as_ref().map_or_else(|| last.iter().any(|g| g.key == key), |k| k.contains(key));
    let keep = json!({"prefix": prefix, "suffix": suffix, "shift": shift, "of": last.len(), "given": serial});
    result(out, r, source, middle, |key| !given(key), Some((patch, keep)))
}

/// How many blocks at the start of `blocks` are those of `last` on the same
/// lines, how many at the end are those of `last` moved by the same number of
/// lines, and that number.
fn kept(last: &[Given], blocks: &[crate::Block]) -> (usize, usize, i64) {
    let prefix =
        last.iter().zip(blocks).take_while(|(g, b)| g.key == b.key && g.start_line == b.start_line && g.end_line == b.end_line).count();
    let room = last.len().min(blocks.len()) - prefix;
    let shift = match (last.last(), blocks.last()) {
        (Some(g), Some(b)) => i64::from(b.start_line) - i64::from(g.start_line),
        _ => 0,
    };
    let moved = |g: &Given, b: &crate::Block| {
        g.key == b.key
            && i64::from(b.start_line) - i64::from(g.start_line) == shift
            && i64::from(b.end_line) - i64::from(g.end_line) == shift
    };
    let suffix = last.iter().rev().zip(blocks.iter().rev()).take(room).take_while(|(g, b)| moved(g, b)).count();
    (prefix, suffix, shift)
}

/// The result's text, with `blocks` for its blocks, written to `out` (which
/// it replaces). The blocks, thousands in a long post, are written straight
/// out rather than built as `Value` maps first (building, printing and
/// dropping those took 1.5 ms of each key at 200 KB).
fn result(
    out: &mut Vec<u8>,
    r: &Rendered,
    source: &str,
    blocks: &[crate::Block],
    with_html: impl Fn(&str) -> bool,
    update: Option<(&Value, Value)>,
) {
    // Positions are in the diagnostics already; only fixes need the index.
    let index = r.diagnostics.iter().any(|d| d.fix.is_some()).then(|| LineIndex::new(source));
    let index = index.unwrap_or_else(|| LineIndex::new(""));
    let mut head = json!({
        "frontMatter": r.front_matter,
        "diagnostics": r.diagnostics.iter().map(|d| diagnostic(d, &index)).collect::<Vec<_>>(),
        "tocHtml": r.toc_html,
        "truncated": r.truncated,
        "wordCount": r.word_count,
        "readingTime": r.reading_time,
    });
    // The UTF-16 length of each block sent with its HTML (`None`: without).
    let units: Vec<Option<u32>> = blocks.iter().map(|b| with_html(&b.key).then(|| LineIndex::utf16_len(&b.html))).collect();
    // A render sends every block: the HTML that follows is the post's whole
    // `html`, which the summary usually starts.
    let lead = r.html.len() - r.html.trim_start().len();
    if update.is_none() && r.html[lead..].starts_with(r.summary_html.as_str()) {
        debug_assert_eq!(blocks.iter().map(|b| b.html.len()).sum::<usize>(), r.html.len(), "the blocks make up the HTML");
        let at = LineIndex::utf16_len(&r.html[..lead]);
        head["summaryAt"] = json!(at);
        head["summaryEnd"] = json!(at + LineIndex::utf16_len(&r.summary_html));
    } else {
        head["summaryHtml"] = json!(r.summary_html);
    }
    if let Some((patch, keep)) = update {
        head["patch"] = patch.clone();
        head["keep"] = keep;
    }
    let sent = || blocks.iter().zip(&units).filter_map(|(b, u)| u.map(|u| (b, u)));
    // A block is ASCII when it has as many UTF-16 units as bytes.
    let mut segments: Vec<usize> = Vec::new();
    let mut ascii = None;
    for (b, units) in sent().filter(|(b, _)| !b.html.is_empty()) {
        let is_ascii = units as usize == b.html.len();
        match segments.last_mut() {
            Some(last) if ascii == Some(is_ascii) => *last += b.html.len(),
            _ => segments.push(b.html.len()),
        }
        ascii = Some(is_ascii);
    }
    head["segments"] = json!(segments);
    let needed = 256 + 80 * blocks.len() + segments.iter().sum::<usize>();
    if out.capacity() > RESULT_KEPT_BYTES && out.capacity() > 2 * needed {
        // A huge post's buffer goes, its memory with it.
        *out = Vec::with_capacity(needed);
    } else {
        out.clear();
        out.reserve(needed);
    }
    // (Writing to a Vec cannot fail.)
    let _ = serde_json::to_writer(&mut *out, &head);
    out.pop(); // the head's closing brace: the blocks go last
    out.extend_from_slice(b",\"blocks\":[");
    for (i, (b, units)) in blocks.iter().zip(&units).enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let _ = serde_json::to_writer(&mut *out, b.key.as_str());
        for n in [b.start_line, b.end_line] {
            out.push(b',');
            let _ = serde_json::to_writer(&mut *out, &n);
        }
        out.push(b',');
        match units {
            Some(n) => drop(serde_json::to_writer(&mut *out, n)),
            None => out.extend_from_slice(b"-1"),
        }
    }
    out.extend_from_slice(b"]}\n");
    for (b, _) in sent() {
        out.extend_from_slice(b.html.as_bytes());
    }
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

    /// A block as JavaScript holds it: key, HTML, start and end line.
    type Held = (String, String, u32, u32);

    /// What js/recap.js's `decodeResult` does: the JSON, with each block's
    /// HTML cut from the text after it (by UTF-16 lengths), the summary too
    /// when it is given as offsets, and `html`, that text whole.
    fn decode(text: &str) -> Value {
        let (json, tail) = text.split_once('\n').expect("JSON, a newline, the HTML");
        let mut v: Value = serde_json::from_str(json).expect("the head is JSON");
        // The segments cut the HTML at block ends into maximal runs of ASCII
        // blocks and of blocks that are not.
        let segments: Vec<usize> = serde_json::from_value(v["segments"].clone()).expect("segments");
        assert_eq!(segments.iter().sum::<usize>(), tail.len(), "the segments cover the HTML");
        let mut cut = 0;
        let mut ascii = Vec::new();
        for n in &segments {
            assert!(*n > 0, "no empty segment");
            ascii.push(tail[cut..cut + n].is_ascii());
            cut += n;
        }
        assert!(ascii.windows(2).all(|w| w[0] != w[1]), "runs alternate: {segments:?}");
        let mut ends = vec![0];
        let units: Vec<u16> = tail.encode_utf16().collect();
        let mut at = 0;
        let flat = v["blocks"].as_array().expect("blocks").clone();
        assert_eq!(flat.len() % 4, 0, "four values a block");
        let mut blocks = Vec::new();
        for b in flat.chunks(4) {
            let mut block = json!({"key": b[0], "startLine": b[1], "endLine": b[2]});
            let n = b[3].as_i64().expect("a length");
            if n >= 0 {
                let end = at + n as usize;
                let html = String::from_utf16(&units[at..end]).expect("cut at a character");
                ends.push(ends.last().copied().unwrap_or(0) + html.len());
                block["html"] = Value::String(html);
                at = end;
            }
            blocks.push(block);
        }
        v["blocks"] = Value::Array(blocks);
        assert_eq!(at, units.len(), "the HTML is the blocks' and no more");
        let mut cut = 0;
        for n in &segments {
            cut += n;
            assert!(ends.contains(&cut), "a segment ends where a block does: {segments:?} {ends:?}");
        }
        v.as_object_mut().expect("an object").remove("segments");
        if let (Some(at), Some(end)) = (v["summaryAt"].as_u64(), v["summaryEnd"].as_u64()) {
            v["summaryHtml"] = Value::String(String::from_utf16(&units[at as usize..end as usize]).expect("cut at a character"));
            let o = v.as_object_mut().expect("an object");
            o.remove("summaryAt");
            o.remove("summaryEnd");
        }
        v["html"] = Value::String(tail.to_owned());
        v
    }

    /// What a writer of results writes, as text (into a buffer that held an
    /// earlier result, which it replaces).
    fn text(write: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = b"an earlier result".to_vec();
        write(&mut out);
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn a_huge_posts_buffer_goes_with_the_next_result() {
        let huge = "Para.\n\n".repeat(400_000);
        let small = "One.\n";
        let mut out = Vec::new();
        rendered(&mut out, &crate::render(&huge, &crate::Options::default()), &huge);
        assert!(out.capacity() > RESULT_KEPT_BYTES, "the huge post's result is large");
        rendered(&mut out, &crate::render(small, &crate::Options::default()), small);
        assert!(out.capacity() < 4096, "{}", out.capacity());
        let kept = out.capacity();
        rendered(&mut out, &crate::render(small, &crate::Options::default()), small);
        assert_eq!(out.capacity(), kept, "a small buffer is kept");
    }

    /// What js/recap.js does with an update: the whole list of blocks again.
    fn put_together(last: &[Held], v: &Value) -> Vec<Held> {
        let keep = &v["keep"];
        let n = |k: &str| keep[k].as_i64().expect("a number");
        assert!(n("of") == 0 || n("of") == last.len() as i64, "`of` is what JavaScript was given");
        let (prefix, suffix, shift) = (n("prefix") as usize, n("suffix") as usize, n("shift"));
        let mut out = last[..prefix].to_vec();
        for b in v["blocks"].as_array().expect("blocks") {
            let key = b["key"].as_str().expect("a key").to_owned();
            let html = match b["html"].as_str() {
                Some(html) => html.to_owned(),
                None => last.iter().find(|g| g.0 == key).expect("a block without html was given before").1.clone(),
            };
            out.push((key, html, b["startLine"].as_u64().unwrap() as u32, b["endLine"].as_u64().unwrap() as u32));
        }
        let shifted = |l: u32| u32::try_from(i64::from(l) + shift).expect("a line");
        out.extend(last[last.len() - suffix..].iter().map(|(k, h, s, e)| (k.clone(), h.clone(), shifted(*s), shifted(*e))));
        out
    }

    #[test]
    fn update_gives_what_changed_since_the_last() {
        let parse = |text: String| decode(&text);
        let patch = json!({"kept": 1});
        let texts = [
            "---\ntitle: t\n---\nOne.\n\nTwo.\n",
            "---\ntitle: t\n---\nOne.\n\nTwo.\n\nThree.\n\n# Four\n\nFive.\n",
            "---\ntitle: t\n---\nOne.\n\nTwo, changed.\n\nThree.\n\n# Four\n\nFive.\n",
            "---\ntitle: t\n---\nOne.\n\nTwo,\nchanged.\n\n\nThree.\n\n# Four\n\nFive.\n",
            "---\ntitle: t\n---\nFive.\n\nOne.\n\n# Four\n\nThree.\n\nTwo.\n",
            "---\ntitle: t\n---\nOne.\n\nOne.\n\nOne.\n",
            "---\ntitle: t\n---\nOne.\n\nOne.\n",
            "---\ntitle: t\n---\nÉmoji 😀 one.\n\n# Zwei ü\n\nDrei 😀😀.\n\nOne.\n",
            "",
            "Six.\n",
        ];
        let (mut last, mut given): (Vec<Given>, Vec<Held>) = (Vec::new(), Vec::new());
        for (i, source) in texts.iter().enumerate() {
            let r = crate::render(source, &crate::Options::default());
            let v = parse(text(|out| update(out, &r, source, &last, &patch, i as u32 + 1)));
            assert_eq!(v["patch"], patch);
            given = put_together(&given, &v);
            let want: Vec<_> = r.blocks.iter().map(|b| (b.key.clone(), b.html.clone(), b.start_line, b.end_line)).collect();
            assert_eq!(given, want, "text {i}");
            last = Given::all(r.blocks);
        }
        // Only the changed block crosses, with its HTML.
        let (a, b) = (texts[1], texts[2]);
        let (ra, rb) = (crate::render(a, &crate::Options::default()), crate::render(b, &crate::Options::default()));
        let v = parse(text(|out| update(out, &rb, b, &Given::all(ra.blocks), &patch, 7)));
        assert_eq!(v["keep"], json!({"prefix": 1, "suffix": 3, "shift": 0, "of": 5, "given": 7}));
        assert_eq!(v["blocks"], json!([{"key": rb.blocks[1].key, "startLine": 6, "endLine": 6, "html": "<p>Two, changed.</p>\n"}]));
        let whole = parse(text(|out| rendered(out, &rb, b)));
        assert_eq!(whole["html"], rb.html.as_str());
        assert_eq!(whole["summaryHtml"], rb.summary_html.as_str());
        assert_eq!(whole["frontMatter"]["title"], "t");
        assert_eq!(whole["blocks"].as_array().map(Vec::len), Some(rb.blocks.len()));
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
        let v = decode(&text(|out| rendered(out, &r, source)));
        let d = &v["diagnostics"][0];
        assert_eq!(d["code"], "front-matter/unknown-field");
        assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(3), Some(1)));
        let start = d["start"].as_u64().unwrap() as usize;
        let utf16: Vec<u16> = source.encode_utf16().collect();
        assert_eq!(String::from_utf16_lossy(&utf16[start..start + 6]), "wéight", "the UTF-16 offset points at the key in a JS string");
        assert_eq!(d["fix"]["replacement"], "weight");
    }

    #[test]
    fn the_summary_is_cut_from_the_html_or_sent_whole() {
        let cases = [
            // The automatic summary: the HTML's start, cut after non-ASCII text.
            "---\ntitle: t\n---\nÉmoji 😀 one.\n\nTwo 😀😀.\n",
            // The divider: the start too.
            "---\ntitle: t\n---\nOne ü.\n\n<!--more-->\n\nTwo.\n",
            // From the front matter: not in the HTML.
            "---\ntitle: t\nsummary: Sümmary *here*\n---\nOne.\n",
            "",
        ];
        for source in cases {
            let r = crate::render(source, &crate::Options::default());
            let written = text(|out| rendered(out, &r, source));
            let head: Value = serde_json::from_str(written.split_once('\n').expect("a head").0).expect("JSON");
            let from_html = r.html.trim_start().starts_with(r.summary_html.as_str());
            assert_eq!(head.get("summaryHtml").is_none(), from_html, "{source:?}");
            assert_eq!(decode(&written)["summaryHtml"], r.summary_html.as_str(), "{source:?}");
        }
        let front_matter = crate::render(cases[2], &crate::Options::default());
        assert!(!front_matter.html.contains(&front_matter.summary_html), "the case sends the summary whole");
    }
}
