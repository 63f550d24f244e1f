//! `transform`: escaping (`htmlEscape`, `htmlUnescape`, `transform.XMLEscape`),
//! `plainify`, `emojify`, `markdownify` and `highlight` (through the host),
//! `transform.Unmarshal` (JSON, YAML, TOML and CSV with the crate's own
//! parsers), `transform.Remarshal` (to JSON), `transform.CanHighlight`.
//!
//! Data: `emoji.tsv` is the code map of kyokomi/emoji v2 (MIT License,
//! Copyright (c) 2014 kyokomi), the table Hugo's `emojify` uses, taken from
//! Debian's golang-github-kyokomi-emoji-dev 2.2.13 (Hugo 0.168 builds with
//! 2.2.14, which renamed `:flag_Turkey:` to `:flag_Türkiye:`, changed here).
//! Every one of the 4,772 codes gives Hugo 0.168's emoji. It is built in with
//! the `builtin-emoji` feature (on by default); the browser's site module
//! leaves it out (23 KB brotli, a twentieth of the module, for a function
//! few sites call) and the package fetches it as a file of its own for a site
//! whose templates call it (`init({ templates: true, emoji: true })`, which
//! gives it through [`set_emoji_table`]).

use super::super::{Cx, Map, Safe, Value};
use super::cast::{arity, string};
use super::strings::html_escape;
use std::sync::OnceLock;

/// Hugo's `tpl.StripHTML`: tags removed (`</p>` and `<br>` become line
/// breaks, other newlines spaces), runs of whitespace collapsed to their first
/// character.
pub fn strip_html(s: &str) -> String {
    if !s.contains(['<', '>']) {
        return s.to_owned();
    }
    const NL: &str = "\u{0}hugonl\u{0}";
    let pre = s.replace('\n', " ").replace("</p>", NL).replace("<br>", NL).replace("<br />", NL);
    let replaced = pre != s;
    let mut text = strip_tags(&pre);
    if replaced {
        text = text.replace(NL, "\n");
    }
    let mut out = String::with_capacity(text.len());
    let mut was_space = false;
    for c in text.chars() {
        let space = super::strings::is_space(c);
        if !(space && was_space) {
            out.push(c);
        }
        was_space = space;
    }
    out
}

/// Text outside tags and comments (`html/template`'s `stripTags`, for the
/// markup templates meet: a `<` that does not open a tag is text).
fn strip_tags(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if s[i..].starts_with("<!--") {
            out.push_str(&s[text_start..i]);
            i = s[i + 4..].find("-->").map_or(b.len(), |e| i + 4 + e + 3);
            text_start = i;
            continue;
        }
        let opens = match b.get(i + 1) {
            Some(c) if c.is_ascii_alphabetic() => true,
            Some(b'/') => b.get(i + 2).is_some_and(u8::is_ascii_alphabetic),
            Some(b'!' | b'?') => true,
            _ => false,
        };
        if !opens {
            i += 1;
            continue;
        }
        out.push_str(&s[text_start..i]);
        // Script and style content is not text (html/template's stripTags drops it).
        let lower_name: String = s[i + 1..].chars().take(6).collect::<String>().to_ascii_lowercase();
        let raw = ["script", "style"]
            .into_iter()
            .find(|t| lower_name.starts_with(t) && !s[i + 1 + t.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()));
        // To the tag's end, skipping quoted attribute values.
        let mut j = i + 1;
        let mut quote: Option<u8> = None;
        while j < b.len() {
            match (quote, b[j]) {
                (Some(q), c) if c == q => quote = None,
                (None, b'"' | b'\'') => quote = Some(b[j]),
                (None, b'>') => break,
                _ => {}
            }
            j += 1;
        }
        i = (j + 1).min(b.len());
        if let Some(tag) = raw {
            let close = format!("</{tag}");
            let lower = s[i..].to_ascii_lowercase();
            i = lower.find(&close).map_or(b.len(), |k| i + k);
        }
        text_start = i;
    }
    out.push_str(&s[text_start.min(b.len())..]);
    out
}

/// `plainify` / `transform.Plainify`
pub fn plainify(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("plainify", args, 1, 1)?;
    Ok(Value::safe(strip_html(&string(&args[0])?), Safe::Html))
}

/// `htmlEscape` / `transform.HTMLEscape`
pub fn html_escape_fn(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("htmlEscape", args, 1, 1)?;
    Ok(Value::from(html_escape(&string(&args[0])?)))
}

/// The entities HTML lets a page write without their semicolon (WHATWG's
/// legacy list, generated from Python's `html.entities.html5`).
const LEGACY_ENTITIES: &[&str] = &[
    "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil", "ETH", "Eacute", "Ecirc", "Egrave", "Euml",
    "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash", "Otilde", "Ouml", "QUOT", "REG",
    "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute", "aelig", "agrave", "amp", "aring", "atilde",
    "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg", "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12",
    "frac14", "frac34", "gt", "iacute", "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro", "middot", "nbsp",
    "not", "ntilde", "oacute", "ocirc", "ograve", "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo",
    "reg", "sect", "shy", "sup1", "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen",
    "yuml",
];

/// Windows-1252's characters for the references `&#128;`–`&#159;` (as HTML5 and Go read them).
const WINDOWS_1252: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2C6}', '\u{2030}', '\u{160}',
    '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}',
    '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// A named reference's text (`&name;` resolved with the HTML5 table the
/// Markdown parser carries), if the name is one.
fn named(name_with_semicolon: &str) -> Option<String> {
    let reference = format!("&{name_with_semicolon}");
    let decoded = crate::html::decode_entities(&reference);
    (decoded != reference).then_some(decoded)
}

/// Go's `html.UnescapeString`: named references (the legacy ones also without
/// their semicolon, taking the longest that fits), decimal and hex references.
pub fn html_unescape_str(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        let Some(amp) = s[i..].find('&') else {
            out.push_str(&s[i..]);
            break;
        };
        out.push_str(&s[i..i + amp]);
        i += amp;
        let rest = &s[i..];
        let rb = rest.as_bytes();
        if rb.get(1) == Some(&b'#') {
            let (hex, start) = match rb.get(2) {
                Some(b'x' | b'X') => (true, 3),
                _ => (false, 2),
            };
            let digits = rb[start..].iter().take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() }).count();
            if digits == 0 {
                out.push('&');
                i += 1;
                continue;
            }
            let text = &rest[start..start + digits];
            let n = u32::from_str_radix(text, if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
            let c = match n {
                0x80..=0x9F => WINDOWS_1252[(n - 0x80) as usize],
                0 | 0xD800..=0xDFFF => '\u{FFFD}',
                n => char::from_u32(n).unwrap_or('\u{FFFD}'),
            };
            out.push(c);
            let mut used = start + digits;
            if rb.get(used) == Some(&b';') {
                used += 1;
            }
            i += used;
            continue;
        }
        // The longest run of letters and digits, with its semicolon if it has one.
        let name_len = rb[1..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        let with_semicolon = rb.get(1 + name_len) == Some(&b';');
        let name = &rest[1..1 + name_len];
        if name_len > 0 && with_semicolon {
            if let Some(text) = named(&rest[1..2 + name_len]) {
                out.push_str(&text);
                i += 2 + name_len;
                continue;
            }
        }
        if name_len > 0 && !with_semicolon && LEGACY_ENTITIES.contains(&name) {
            out.push_str(&named(&format!("{name};")).unwrap_or_default());
            i += 1 + name_len;
            continue;
        }
        // A legacy name at the start of a longer run (`&notit;` reads as `¬it;`).
        let max = name_len.min(6);
        let prefix = (2..=max).rev().find(|&j| LEGACY_ENTITIES.contains(&&name[..j]));
        match prefix {
            Some(j) => {
                out.push_str(&named(&format!("{};", &name[..j])).unwrap_or_default());
                i += 1 + j;
            }
            None => {
                out.push('&');
                i += 1;
            }
        }
    }
    out
}

/// `htmlUnescape` / `transform.HTMLUnescape`
pub fn html_unescape(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("htmlUnescape", args, 1, 1)?;
    Ok(Value::from(html_unescape_str(&string(&args[0])?)))
}

/// `transform.XMLEscape`: characters XML forbids removed, the rest escaped as
/// Go's `xml.EscapeText` escapes them.
pub fn xml_escape(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("transform.XMLEscape", args, 1, 1)?;
    let s = string(&args[0])?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        let allowed = matches!(n, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF);
        if !allowed {
            continue;
        }
        match c {
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' => out.push_str("&#x9;"),
            '\n' => out.push_str("&#xA;"),
            '\r' => out.push_str("&#xD;"),
            c => out.push(c),
        }
    }
    Ok(Value::from(out))
}

/// The emoji table's text (`emoji.tsv`'s lines: code, tab, emoji), once given.
#[cfg(not(feature = "builtin-emoji"))]
static EMOJI_TEXT: OnceLock<&'static str> = OnceLock::new();

/// Gives `emojify` its table (the text of `emoji.tsv`) in a build without it
/// (the `builtin-emoji` feature): the first text given stays, kept for the
/// program's life. With the table built in, it does nothing.
pub fn set_emoji_table(text: String) {
    #[cfg(not(feature = "builtin-emoji"))]
    EMOJI_TEXT.get_or_init(|| Box::leak(text.into_boxed_str()));
    #[cfg(feature = "builtin-emoji")]
    drop(text);
}

/// The table: (code, emoji) sorted by code, and the longest code's length.
type EmojiTable = (Vec<(&'static str, &'static str)>, usize);

/// The table; `None` where it is neither built in nor given.
fn emoji_table() -> Option<&'static EmojiTable> {
    static TABLE: OnceLock<EmojiTable> = OnceLock::new();
    #[cfg(feature = "builtin-emoji")]
    let text: &str = include_str!("emoji.tsv");
    #[cfg(not(feature = "builtin-emoji"))]
    let text: &str = EMOJI_TEXT.get()?;
    Some(TABLE.get_or_init(|| {
        let codes: Vec<_> = text.lines().filter_map(|l| l.split_once('\t')).collect();
        let longest = codes.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        (codes, longest)
    }))
}

/// Why `emojify` cannot run where the table was not given.
const NO_EMOJI: &str = "the emoji table is not loaded: in JavaScript, load the site module with \
     `await init({ templates: true, emoji: true })` (`needsEmoji(site)` says when a site needs it); \
     in Rust, give it with `recap::set_emoji_table` or build with the `builtin-emoji` feature";

/// The emoji for a `:code:`, if there is one.
pub fn emoji(code: &str) -> Option<&'static str> {
    let (t, _) = emoji_table()?;
    t.binary_search_by(|(k, _)| k.as_bytes().cmp(code.as_bytes())).ok().map(|i| t[i].1)
}

/// Hugo's `helpers.Emojify`: `:code:` replaced where the code names an emoji
/// (a code holds no space; the scan resumes at the closing colon).
///
/// # Errors
/// The table is not there (see [`set_emoji_table`]).
pub fn emojify_str(source: &str) -> Result<String, String> {
    let &(_, max) = emoji_table().ok_or(NO_EMOJI)?;
    let mut src = source.as_bytes().to_vec();
    let mut start = 0;
    while start < src.len() {
        let Some(k) = src[start..].iter().position(|&c| c == b':') else { break };
        let j = start + k;
        let upper = (j + max).min(src.len());
        let end = src[j + 1..upper].iter().position(|&c| c == b':');
        let space = src[j..upper].iter().position(|&c| c == b' ');
        match end {
            None => start += 1,
            Some(e) if e == 0 || space.is_some_and(|s| s < e) => start += e + 1,
            Some(e) => {
                let end_key = e + j + 2;
                if let Some(code) = std::str::from_utf8(&src[j..end_key]).ok().and_then(emoji) {
                    src.splice(j..end_key, code.bytes());
                }
                start += e;
            }
        }
    }
    Ok(String::from_utf8(src).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// `emojify` / `transform.Emojify`
pub fn emojify(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("emojify", args, 1, 1)?;
    Ok(Value::safe(emojify_str(&string(&args[0])?)?, Safe::Html))
}

/// `markdownify` / `transform.Markdownify`: Markdown rendered as the page
/// renders it, a lone paragraph without its `<p>`.
pub fn markdownify(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("markdownify", args, 1, 1)?;
    let text = string(&args[0])?;
    cx.host.render_markdown(&text, false).map(|h| Value::safe(h, Safe::Html))
}

/// `highlight CODE [LANG] [OPTIONS]` / `transform.Highlight`
pub fn highlight(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("highlight", args, 1, 3)?;
    let code = string(&args[0])?;
    let (lang, opts) = match &args[1..] {
        [] => (String::new(), Value::Nil),
        [m @ Value::Map(_)] => (String::new(), m.clone()),
        [a] => {
            let s = string(a)?;
            if s.contains(['=', ',']) {
                (String::new(), Value::from(s))
            } else {
                (s, Value::Nil)
            }
        }
        [l, o] => (string(l)?, o.clone()),
        _ => return Err("transform.Highlight: expects at most 3 arguments".to_owned()),
    };
    cx.host.highlight(&code, &lang, &opts).map(|h| Value::safe(h, Safe::Html))
}

/// `transform.HighlightCodeBlock CONTEXT [OPTIONS]`: a code-block render hook's
/// code highlighted as Hugo highlights the block itself: the context's
/// attributes on the wrapper, its options, then OPTIONS (a map or `k=v,…`; its
/// `type` is the language) over them. `.Wrapped` is the whole HTML, `.Inner`
/// the highlighted code without the `<pre><code>` around it.
pub fn highlight_code_block(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    use crate::markdown::attribute::Value as A;
    arity("transform.HighlightCodeBlock", args, 1, 2)?;
    // Only a code block's context has `.Options` (a map); anything else fails as in Go.
    let wrong = |got: &str| format!("wrong type for value; expected hooks.CodeblockContext; got {got}");
    let context = match &args[0] {
        Value::Object(o) if matches!(o.member("Options", &[], cx), Ok(Some(Value::Map(_)))) => o.clone(),
        Value::Object(o) => return Err(wrong(o.type_name())),
        other => return Err(wrong(&other.type_name())),
    };
    let mut field = |name: &str| context.member(name, &[], cx).map(Option::unwrap_or_default);
    let (code, mut lang) = (field("Inner")?.text(), field("Type")?.text());
    let ordinal = match field("Ordinal")? {
        Value::Int(i) => usize::try_from(i).unwrap_or(0),
        _ => 0,
    };
    // Hugo's forms back to the fence's: numbers stay floats, line ranges
    // (`[[1 1] [3 4]]`, from 0) become `"2-2"`, `"4-5"`.
    fn typed(v: &Value) -> A {
        match v {
            Value::Nil => A::Null,
            Value::Bool(b) => A::Bool(*b),
            Value::Int(i) => A::Number(*i as f64),
            Value::Float(f) => A::Number(*f),
            Value::List(items) => A::Array(
                items
                    .iter()
                    .map(|item| match item {
                        Value::List(pair) if pair.len() == 2 => match (&pair[0], &pair[1]) {
                            (Value::Int(lo), Value::Int(hi)) => A::String(format!("{}-{}", lo + 1, hi + 1)),
                            _ => typed(item),
                        },
                        other => typed(other),
                    })
                    .collect(),
            ),
            other => A::String(other.text()),
        }
    }
    let mut attributes: Vec<(String, A)> = Vec::new();
    let mut set = |name: String, value: A| match attributes.iter_mut().find(|(n, _)| n.eq_ignore_ascii_case(&name)) {
        Some(slot) => slot.1 = value,
        None => attributes.push((name, value)),
    };
    for name in ["Attributes", "Options"] {
        if let Value::Map(m) = field(name)? {
            for (k, v) in m.iter() {
                set(k.to_string(), typed(v));
            }
        }
    }
    for (k, v) in super::super::highlight_option_pairs(args.get(1).unwrap_or(&Value::Nil)) {
        if k.eq_ignore_ascii_case("type") {
            lang = v.text();
        } else {
            set(k, typed(&v));
        }
    }
    let (wrapped, inner) = cx.host.highlight_code_block(&code, &lang, &attributes, ordinal)?;
    let mut result = Map::new();
    result.insert("Wrapped", Value::safe(wrapped, Safe::Html));
    result.insert("Inner", Value::safe(inner, Safe::Html));
    Ok(Value::map(result))
}

/// `transform.CanHighlight LANG`: whether the host's highlighter knows the language.
pub fn can_highlight(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("transform.CanHighlight", args, 1, 1)?;
    let lang = string(&args[0])?;
    Ok(Value::Bool(!lang.is_empty() && cx.host.can_highlight(&lang)))
}

/// A data format `transform.Unmarshal` reads.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Format {
    Json,
    Yaml,
    Toml,
    Csv,
    Xml,
}

fn format_named(name: &str) -> Option<Format> {
    Some(match name.trim_start_matches('.').to_ascii_lowercase().as_str() {
        "json" => Format::Json,
        "yaml" | "yml" => Format::Yaml,
        "toml" => Format::Toml,
        "csv" => Format::Csv,
        "xml" | "rss" => Format::Xml,
        _ => return None,
    })
}

/// Hugo's `FormatFromContentString`: the format whose marker comes first.
fn format_of_content(data: &str, delimiter: char) -> Option<Format> {
    let idx = |c: char| data.find(c);
    let (csv, json, yaml, xml, toml) = (idx(delimiter), idx('{'), idx(':'), idx('<'), idx('='));
    let lower = |first: Option<usize>, others: &[Option<usize>]| first.is_some_and(|f| others.iter().all(|o| o.is_none_or(|o| o >= f)));
    if lower(csv, &[json, yaml, xml, toml]) {
        Some(Format::Csv)
    } else if lower(json, &[yaml, xml, toml]) {
        Some(Format::Json)
    } else if lower(yaml, &[xml, toml]) {
        Some(Format::Yaml)
    } else if lower(xml, &[toml]) {
        Some(Format::Xml)
    } else {
        toml.map(|_| Format::Toml)
    }
}

/// JSON numbers decode as float64 in Go; YAML and TOML keep ints.
fn floats_only(v: Value) -> Value {
    match v {
        Value::Int(i) => Value::Float(i as f64),
        Value::List(l) => Value::list(l.iter().cloned().map(floats_only).collect()),
        Value::Map(m) => Value::map(m.iter().map(|(k, v)| (k.clone(), floats_only(v.clone()))).collect::<Map>()),
        other => other,
    }
}

/// A CSV document as Go's `encoding/csv` reads it: rows of fields, quotes doubled inside quoted fields.
fn parse_csv(data: &str, delimiter: char, comment: Option<char>) -> Result<Value, String> {
    let mut rows = Vec::new();
    let mut row: Vec<Value> = Vec::new();
    let mut field = String::new();
    let mut chars = data.chars().peekable();
    let mut line = 1;
    let mut at_line_start = true;
    let mut width: Option<usize> = None;
    let end_row = |row: &mut Vec<Value>, rows: &mut Vec<Value>, width: &mut Option<usize>, line: usize| -> Result<(), String> {
        match width {
            Some(w) if *w != row.len() => return Err(format!("record on line {line}: wrong number of fields")),
            None => *width = Some(row.len()),
            _ => {}
        }
        rows.push(Value::list(std::mem::take(row)));
        Ok(())
    };
    while let Some(c) = chars.next() {
        if at_line_start && comment == Some(c) {
            for c in chars.by_ref() {
                if c == '\n' {
                    break;
                }
            }
            line += 1;
            continue;
        }
        at_line_start = false;
        if c == '"' && field.is_empty() {
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(ch) => {
                        if ch == '\n' {
                            line += 1;
                        }
                        field.push(ch);
                    }
                    None => {
                        return Err(format!(
                            "record on line {line}; parse error on line {line}, column 0: extraneous or missing \" in quoted-field"
                        ))
                    }
                }
            }
            continue;
        }
        if c == '"' {
            return Err(format!("parse error on line {line}: bare \" in non-quoted-field"));
        }
        if c == delimiter {
            row.push(Value::from(std::mem::take(&mut field)));
        } else if c == '\n' || c == '\r' {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            row.push(Value::from(std::mem::take(&mut field)));
            end_row(&mut row, &mut rows, &mut width, line)?;
            line += 1;
            at_line_start = true;
        } else {
            field.push(c);
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(Value::from(field));
        end_row(&mut row, &mut rows, &mut width, line)?;
    }
    Ok(Value::list(rows))
}

fn decode(data: &str, format: Format, delimiter: char, comment: Option<char>) -> Result<Value, String> {
    use crate::front_matter::Format as F;
    let doc = |f: F| -> Result<Value, String> {
        let v = crate::front_matter::parse_tree(data, 0, f).map_err(|e| format!("failed to unmarshal {f:?}: {}", e.message))?;
        Ok(super::super::value::from_json(&v.to_value(), false))
    };
    match format {
        Format::Json => doc(F::Json).map(floats_only),
        Format::Yaml => doc(F::Yaml),
        Format::Toml => doc(F::Toml),
        Format::Csv => parse_csv(data, delimiter, comment),
        Format::Xml => Err("XML data is not supported by Recap's transform.Unmarshal".to_owned()),
    }
}

/// `unmarshal [OPTIONS] INPUT` / `transform.Unmarshal`: data from a string
/// (the format told by its first marker) or a resource (by its name).
pub fn unmarshal(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("transform.Unmarshal", args, 1, 2)?;
    let (mut delimiter, mut comment, mut forced) = (',', None, None);
    if args.len() == 2 {
        let Value::Map(m) = &args[0] else {
            return Err("first argument must be a map".to_owned());
        };
        for (k, v) in m.iter() {
            let s = string(v)?;
            match k.to_lowercase().as_str() {
                "delimiter" => delimiter = s.chars().next().unwrap_or(','),
                "comment" => comment = s.chars().next(),
                "format" => forced = Some(format_named(&s).ok_or_else(|| format!("format {s:?} not supported"))?),
                _ => {}
            }
        }
    }
    let data = &args[args.len() - 1];
    if let Value::Object(_) = data {
        let content = string(&cx.member(data, "Content", &[])?)?;
        let name = string(&cx.member(data, "Name", &[]).unwrap_or(Value::Nil))?;
        let ext = super::path::ext_str(&name).to_owned();
        let format = forced.or_else(|| format_named(&ext)).ok_or_else(|| format!("MIME {ext:?} not supported"))?;
        return decode(&content, format, delimiter, comment);
    }
    let s = string(data).map_err(|_| format!("type {} not supported", data.type_name()))?;
    if s.trim().is_empty() {
        return Ok(Value::Nil);
    }
    let format = forced.or_else(|| format_of_content(&s, delimiter)).ok_or_else(|| "unknown format".to_owned())?;
    decode(&s, format, delimiter, comment)
}

/// `transform.Remarshal FORMAT INPUT`: data (or a JSON, YAML or TOML string)
/// written as JSON. YAML and TOML output are not available in Recap.
pub fn remarshal(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("transform.Remarshal", args, 2, 2)?;
    let target = string(&args[0])?;
    let data = match &args[1] {
        Value::String(s) | Value::Safe(s, _) => {
            let f =
                format_of_content(s, ',').filter(|f| *f != Format::Csv).ok_or_else(|| "failed to detect format from content".to_owned())?;
            decode(s, f, ',', None)?
        }
        Value::Map(_) => args[1].clone(),
        other => return Err(format!("type {} not supported", other.type_name())),
    };
    match format_named(&target) {
        Some(Format::Json) => {
            // Hugo writes with json.MarshalIndent(v, "", "   "): three spaces, HTML escaped.
            let opts = super::encoding::JsonOptions { indent: "   ".to_owned(), ..Default::default() };
            Ok(Value::from(super::encoding::to_json(&data, &opts)? + "\n"))
        }
        Some(Format::Yaml | Format::Toml) => Err(format!("transform.Remarshal to {target} is not supported by Recap (JSON only)")),
        _ => Err(format!("unsupported format: {target}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::NoHost;

    #[test]
    fn plainify_strips_tags_as_hugo_does() {
        assert_eq!(
            strip_html("<p>Hello <b>world</b></p>\n<p>again</p>"),
            "Hello world\nagain\n",
            "the space after a line break collapses into it"
        );
        assert_eq!(strip_html("I <3 <a href=\"x>y\">ponies</a>"), "I <3 ponies");
    }

    #[test]
    fn emojify_replaces_known_codes_only() {
        assert_eq!(emojify_str("I :heart: Hugo :nosuch: :smile:").unwrap(), "I ❤️ Hugo :nosuch: 😄");
        assert_eq!(emojify_str("a: b :c").unwrap(), "a: b :c", "colons around spaces are not codes");
    }

    #[test]
    fn unmarshal_detects_the_format() {
        let mut cx = Cx::new(&NoHost);
        let j = unmarshal(&mut cx, &[Value::from(r#"{"a": 1}"#)]).unwrap();
        assert_eq!(j, Value::map([("a".to_owned(), Value::Float(1.0))].into_iter().collect()), "JSON numbers are floats");
        let y = unmarshal(&mut cx, &[Value::from("a: 1\nb: [x, y]\n")]).unwrap();
        assert_eq!(cx.path(&y, "a"), Ok(Value::Int(1)), "YAML ints stay ints");
        let c = unmarshal(&mut cx, &[Value::from("a,b\n1,\"x,y\"\n")]).unwrap();
        assert_eq!(c.text(), "[[a b] [1 x,y]]");
    }
}
