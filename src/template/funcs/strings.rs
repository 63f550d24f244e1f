//! `strings`: every function of Hugo's `strings` namespace and its aliases
//! (`chomp`, `findRE`, `replaceRE`, `title`, `truncate`, `trim`, `lower`, …),
//! with Go's `strings` semantics (byte-wise where Go is byte-wise, runes where
//! Hugo counts runes) and Hugo's AP-style `title`.

use super::super::{Cx, Safe, Value};
use super::cast::{arity, int, string};
use super::regexp;

fn s1(name: &str, args: &[Value]) -> Result<String, String> {
    arity(name, args, 1, 1)?;
    string(&args[0])
}

fn s2(name: &str, args: &[Value]) -> Result<(String, String), String> {
    arity(name, args, 2, 2)?;
    Ok((string(&args[0])?, string(&args[1])?))
}

/// Go's `unicode.IsSpace`.
pub fn is_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{85}' | '\u{a0}') || (c as u32 > 0xff && c.is_whitespace())
}

/// `chomp` / `strings.Chomp`: trailing newlines removed (safe HTML stays safe).
pub fn chomp(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let s = s1("chomp", args)?;
    let out = s.trim_end_matches(['\n', '\r']);
    Ok(match &args[0] {
        Value::Safe(_, Safe::Html) => Value::safe(out, Safe::Html),
        _ => Value::from(out),
    })
}

/// `strings.Contains`
pub fn contains(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (s, sub) = s2("strings.Contains", args)?;
    Ok(Value::Bool(s.contains(&sub)))
}

/// `strings.ContainsAny`
pub fn contains_any(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (s, chars) = s2("strings.ContainsAny", args)?;
    Ok(Value::Bool(s.chars().any(|c| chars.contains(c))))
}

/// `strings.ContainsNonSpace`
pub fn contains_non_space(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let s = s1("strings.ContainsNonSpace", args)?;
    Ok(Value::Bool(s.chars().any(|c| !is_space(c))))
}

/// `strings.Count SUBSTR STRING`: non-overlapping occurrences (runes + 1 for "").
pub fn count(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (sub, s) = s2("strings.Count", args)?;
    Ok(Value::Int(if sub.is_empty() { s.chars().count() as i64 + 1 } else { s.matches(&sub).count() as i64 }))
}

/// `countrunes` / `strings.CountRunes`: runes that are not space, HTML stripped.
pub fn count_runes(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let s = s1("countrunes", args).map_err(|e| format!("failed to convert content to string: {e}"))?;
    Ok(Value::Int(super::transform::strip_html(&s).chars().filter(|c| !is_space(*c)).count() as i64))
}

/// `strings.RuneCount`
pub fn rune_count(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let s = s1("strings.RuneCount", args).map_err(|e| format!("failed to convert content to string: {e}"))?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn is_cjk(c: char) -> bool {
    let n = c as u32;
    // Han, Hangul, Hiragana and Katakana blocks.
    matches!(n, 0x1100..=0x11FF | 0x2E80..=0x2FDF | 0x3005..=0x3007 | 0x3021..=0x3029 | 0x3038..=0x303B | 0x3041..=0x30FF
        | 0x3131..=0x318E | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0xFFA0..=0xFFDC | 0x1B000..=0x1B16F | 0x20000..=0x3134F)
}

/// `countwords` / `strings.CountWords`: words of the text with HTML stripped;
/// in CJK text each rune of a non-ASCII word counts.
pub fn count_words(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let s = s1("countwords", args).map_err(|e| format!("failed to convert content to string: {e}"))?;
    let stripped = super::transform::strip_html(&s);
    let words = stripped.split(is_space).filter(|w| !w.is_empty());
    if !s.chars().any(is_cjk) {
        return Ok(Value::Int(words.count() as i64));
    }
    Ok(Value::Int(words.map(|w| if w.is_ascii() { 1 } else { w.chars().count() as i64 }).sum()))
}

/// `findRE PATTERN INPUT [LIMIT]` / `strings.FindRE`
pub fn find_re(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("findRE", args, 2, 3)?;
    let re = regexp::compile(&string(&args[0])?)?;
    let s = string(&args[1])?;
    let limit = args.get(2).map(int).transpose()?.unwrap_or(-1);
    Ok(Value::list(re.captures(&s, limit).iter().map(|g| g[0].map_or(Value::from(""), |(a, b)| Value::from(&s[a..b]))).collect()))
}

/// `findRESubmatch PATTERN INPUT [LIMIT]` / `strings.FindRESubmatch`
pub fn find_re_submatch(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("findRESubmatch", args, 2, 3)?;
    let re = regexp::compile(&string(&args[0])?)?;
    let s = string(&args[1])?;
    let limit = args.get(2).map(int).transpose()?.unwrap_or(-1);
    Ok(Value::list(
        re.captures(&s, limit)
            .iter()
            .map(|groups| Value::list(groups.iter().map(|g| g.map_or(Value::from(""), |(a, b)| Value::from(&s[a..b]))).collect()))
            .collect(),
    ))
}

/// `replaceRE PATTERN REPLACEMENT INPUT [LIMIT]` / `strings.ReplaceRE`
pub fn replace_re(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("replaceRE", args, 3, 4)?;
    let (pattern, repl, s) = (string(&args[0])?, string(&args[1])?, string(&args[2])?);
    let limit = args.get(3).map(int).transpose()?.unwrap_or(-1);
    let re = regexp::compile(&pattern)?;
    super::cast::charged(cx, Value::from(re.replace_all(&s, &repl, limit)))
}

/// Hugo's `FirstUpper`.
pub fn first_upper_str(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `strings.FirstUpper`
pub fn first_upper(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    Ok(Value::from(first_upper_str(&s1("strings.FirstUpper", args)?)))
}

/// `hasPrefix` / `strings.HasPrefix`
pub fn has_prefix(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (s, p) = s2("hasPrefix", args)?;
    Ok(Value::Bool(s.starts_with(&p)))
}

/// `hasSuffix` / `strings.HasSuffix`
pub fn has_suffix(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (s, p) = s2("hasSuffix", args)?;
    Ok(Value::Bool(s.ends_with(&p)))
}

/// `strings.Repeat N INPUT` (bounded by the output limit).
pub fn repeat(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("strings.Repeat", args, 2, 2)?;
    let s = string(&args[1])?;
    let n = int(&args[0])?;
    if n < 0 {
        return Err("strings: negative Repeat count".to_owned());
    }
    let total = (n as u128) * (s.len() as u128);
    if total > crate::limits::TEMPLATE_OUTPUT as u128 {
        return Err(format!("strings.Repeat would make {total} bytes, more than the limit of {}", crate::limits::TEMPLATE_OUTPUT));
    }
    cx.work(total as usize / 64)?;
    Ok(Value::from(s.repeat(n as usize)))
}

/// `replace INPUT OLD NEW [LIMIT]` / `strings.Replace`
pub fn replace(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("replace", args, 3, 4)?;
    let (s, old, new) = (string(&args[0])?, string(&args[1])?, string(&args[2])?);
    let limit = args.get(3).map(int).transpose()?;
    let n = match limit {
        Some(n) if n >= 0 => n as usize,
        _ => usize::MAX,
    };
    super::cast::charged(cx, Value::from(go_replace(&s, &old, &new, n)))
}

/// Go's `strings.Replace`: an empty `old` matches before every rune and at the end.
fn go_replace(s: &str, old: &str, new: &str, n: usize) -> String {
    if old.is_empty() {
        let mut out = String::new();
        let mut done = 0;
        for c in s.chars() {
            if done < n {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(new);
        }
        return out;
    }
    s.replacen(old, new, n)
}

/// `strings.ReplacePairs OLD NEW … INPUT` (or a list of pairs): every pair at
/// once, earlier pairs first at each position (Go's `strings.Replacer`).
pub fn replace_pairs(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if args.len() < 2 {
        return Err("requires at least 2 arguments".to_owned());
    }
    let s = string(&args[args.len() - 1])?;
    let pairs: Vec<String> = if args.len() == 2 {
        match &args[0] {
            Value::List(l) => l.iter().map(string).collect::<Result<_, _>>()?,
            other => return Err(format!("with 2 arguments, the first must be a slice of replacement pairs, got {}", other.type_name())),
        }
    } else {
        args[..args.len() - 1].iter().map(string).collect::<Result<_, _>>()?
    };
    if pairs.is_empty() || s.is_empty() {
        return Ok(Value::from(s));
    }
    if !pairs.len().is_multiple_of(2) {
        return Err("uneven number of replacement pairs".to_owned());
    }
    let pairs: Vec<(&str, &str)> = pairs.chunks(2).map(|p| (p[0].as_str(), p[1].as_str())).collect();
    let mut out = String::new();
    let mut i = 0;
    let empty_old = pairs.iter().position(|(o, _)| o.is_empty());
    while i <= s.len() {
        // The generic Replacer: at each position, the first pair (in argument order) whose old string matches.
        let hit = pairs.iter().find(|(o, _)| !o.is_empty() && s[i..].starts_with(o));
        match hit {
            Some((o, n)) => {
                out.push_str(n);
                i += o.len();
            }
            None => {
                if let Some(e) = empty_old {
                    out.push_str(pairs[e].1);
                }
                match s[i..].chars().next() {
                    Some(c) => {
                        out.push(c);
                        i += c.len_utf8();
                    }
                    None => break,
                }
            }
        }
    }
    super::cast::charged(cx, Value::from(out))
}

/// `slicestr INPUT [START [END]]` / `strings.SliceString`: by runes.
pub fn slice_string(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("slicestr", args, 1, usize::MAX)?;
    let runes: Vec<char> = string(&args[0])?.chars().collect();
    let rest = &args[1..];
    let start = match rest.first() {
        Some(v) => Some(int(v).map_err(|_| "start argument must be integer".to_owned())?),
        None => None,
    };
    let end = match rest.get(1) {
        Some(v) => Some(int(v).map_err(|_| "end argument must be integer".to_owned())?),
        None => None,
    };
    if rest.len() > 2 {
        return Err("too many arguments".to_owned());
    }
    let len = runes.len() as i64;
    let start = start.unwrap_or(0);
    if !rest.is_empty() && (start < 0 || start >= len) {
        return Err("slice bounds out of range".to_owned());
    }
    let end = match end {
        Some(e) if e < 0 || e > len => return Err("slice bounds out of range".to_owned()),
        Some(e) => e,
        None => len,
    };
    if start > end {
        return Err("slice bounds out of range".to_owned());
    }
    Ok(Value::from(runes[start as usize..end as usize].iter().collect::<String>()))
}

/// `split INPUT DELIMITER` / `strings.Split` (Go's: "" splits into runes).
pub fn split(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("split", args, 2, 2)?;
    let s = string(&args[0])?;
    let (Value::String(d) | Value::Safe(d, _)) = &args[1] else {
        return Err(format!("expected string for the delimiter, got {}", args[1].type_name()));
    };
    let parts: Vec<Value> =
        if d.is_empty() { s.chars().map(|c| Value::from(c.to_string())).collect() } else { s.split(d.as_ref()).map(Value::from).collect() };
    cx.work(parts.len())?;
    Ok(Value::list(parts))
}

/// `substr INPUT START [LENGTH]` / `strings.Substr`: by runes; negative start
/// counts from the end, negative length leaves that many off the end.
pub fn substr(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if args.len() < 2 {
        return Err("too few arguments".to_owned());
    }
    if args.len() > 3 {
        return Err("too many arguments".to_owned());
    }
    let runes: Vec<char> = string(&args[0])?.chars().collect();
    let rlen = runes.len() as i64;
    let mut start = int(&args[1]).map_err(|_| "start argument must be an integer".to_owned())?;
    let length = match args.get(2) {
        Some(v) => int(v).map_err(|_| "length argument must be an integer".to_owned())?,
        None => rlen,
    };
    if rlen == 0 {
        return Ok(Value::from(""));
    }
    if start < 0 {
        start += rlen;
    }
    start = start.max(0);
    if start > rlen - 1 {
        return Ok(Value::from(""));
    }
    let mut end = rlen;
    match length {
        0 => return Ok(Value::from("")),
        l if l < 0 => end += l,
        l => end = start.saturating_add(l),
    }
    if start >= end || end < 0 {
        return Ok(Value::from(""));
    }
    let end = end.min(rlen);
    Ok(Value::from(runes[start as usize..end as usize].iter().collect::<String>()))
}

/// Words AP style leaves lowercase inside a title (jdkato/prose's list, as
/// Hugo 0.168 shows it: prepositions and conjunctions of three letters or fewer).
const AP_SMALL: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "nor", "of", "on", "or", "per", "the", "to", "v", "v.", "via",
    "vs", "vs.",
];

/// Hugo's default `title` (titleCaseStyle "ap").
pub fn title_ap(s: &str) -> String {
    let b = s.as_bytes();
    let at = |i: isize| -> u8 {
        if i < 0 {
            0
        } else {
            b.get(i as usize).copied().unwrap_or(0)
        }
    };
    let word_char = |c: char| crate::go_unicode::is_letter(c) || c.is_numeric();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().expect("in bounds");
        if !word_char(c) {
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        // A word: letters and numbers, then anything but space, '-' and '/'.
        let start = i;
        let mut j = i;
        for ch in s[i..].chars() {
            if word_char(ch) {
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        for ch in s[j..].chars() {
            if matches!(ch, '\t' | '\n' | '\u{c}' | '\r' | ' ' | '-' | '/') {
                break;
            }
            j += ch.len_utf8();
        }
        let word = &s[start..j];
        let lower = word.to_lowercase();
        let (pos, end) = (start as isize, j as isize);
        let first_or_last = start == 0 || j == s.len();
        let prev = at(pos - 1);
        let small = !first_or_last
            && AP_SMALL.contains(&lower.as_str())
            && matches!(prev, b' ' | b'-' | b'/')
            && at(pos - 2) != b':'
            && at(pos - 2) != b'-'
            && (at(end) != b'-' || prev == b'-');
        if small {
            out.push_str(&lower);
        } else {
            let mut cs = word.chars();
            let f = cs.next().expect("a word has a first rune");
            out.extend(title_case(f));
            out.push_str(cs.as_str());
        }
        i = j;
    }
    out
}

/// Go's `unicode.ToTitle` (title case differs from upper case for a few digraphs).
fn title_case(c: char) -> impl Iterator<Item = char> {
    let t = match c {
        'Ǆ' | 'ǅ' | 'ǆ' => Some('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => Some('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => Some('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => Some('ǲ'),
        _ => None,
    };
    let upper: Vec<char> = match t {
        Some(t) => vec![t],
        None => {
            let u: Vec<char> = c.to_uppercase().collect();
            // Go maps one rune to one rune; keep the rune when Unicode's upper case is longer (ß).
            if u.len() == 1 {
                u
            } else {
                vec![c]
            }
        }
    };
    upper.into_iter()
}

/// `title` / `strings.Title`
pub fn title(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    Ok(Value::from(title_ap(&s1("title", args)?)))
}

/// Go's `strings.ToLower`/`ToUpper` map rune by rune.
fn map_case(s: &str, upper: bool) -> String {
    s.chars()
        .map(|c| {
            let m: Vec<char> = if upper { c.to_uppercase().collect() } else { c.to_lowercase().collect() };
            match (m.first().copied(), m.get(1)) {
                (Some(x), None) => x,
                _ => c,
            }
        })
        .collect()
}

/// `lower` / `strings.ToLower`
pub fn to_lower(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    Ok(Value::from(map_case(&s1("lower", args)?, false)))
}

/// `upper` / `strings.ToUpper`
pub fn to_upper(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    Ok(Value::from(map_case(&s1("upper", args)?, true)))
}

/// `trim INPUT CUTSET` / `strings.Trim`
pub fn trim(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (s, cut) = s2("trim", args)?;
    Ok(Value::from(s.trim_matches(|c| cut.contains(c))))
}

/// `strings.TrimLeft CUTSET INPUT`
pub fn trim_left(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (cut, s) = s2("strings.TrimLeft", args)?;
    Ok(Value::from(s.trim_start_matches(|c| cut.contains(c))))
}

/// `strings.TrimRight CUTSET INPUT`
pub fn trim_right(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (cut, s) = s2("strings.TrimRight", args)?;
    Ok(Value::from(s.trim_end_matches(|c| cut.contains(c))))
}

/// `strings.TrimPrefix PREFIX INPUT`
pub fn trim_prefix(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (p, s) = s2("strings.TrimPrefix", args)?;
    Ok(Value::from(s.strip_prefix(p.as_str()).unwrap_or(&s)))
}

/// `strings.TrimSuffix SUFFIX INPUT`
pub fn trim_suffix(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (p, s) = s2("strings.TrimSuffix", args)?;
    Ok(Value::from(s.strip_suffix(p.as_str()).unwrap_or(&s)))
}

/// `strings.TrimSpace`
pub fn trim_space(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    Ok(Value::from(s1("strings.TrimSpace", args)?.trim_matches(is_space)))
}

const SINGLETS: &[&str] = &["br", "col", "link", "base", "img", "param", "area", "hr", "input"];

/// Hugo's `tagRE` (`^<(/)?([^ ]+?)(?:(\s*/)| .*?)?>`) at the start of `s`:
/// the match length, whether it closes, the name, and whether it self-closes.
fn tag_at(s: &str) -> Option<(usize, bool, &str, bool)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'<') {
        return None;
    }
    let closing = b.get(1) == Some(&b'/');
    let name_start = if closing { 2 } else { 1 };
    let mut k = name_start;
    // The lazy name grows one rune at a time; at each length the rest is tried.
    while k < b.len() {
        let c = s[k..].chars().next()?;
        if c == ' ' {
            return None;
        }
        k += c.len_utf8();
        let rest = &s[k..];
        // (\s*/)>
        let ws = rest.bytes().take_while(|c| matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')).count();
        if rest[ws..].starts_with("/>") {
            return Some((k + ws + 2, closing, &s[name_start..k], true));
        }
        // ( .*?)>
        if let Some(r) = rest.strip_prefix(' ') {
            if let Some(end) = r.find(['>', '\n']) {
                if r.as_bytes()[end] == b'>' {
                    return Some((k + 1 + end + 1, closing, &s[name_start..k], false));
                }
            }
        }
        if rest.starts_with('>') {
            return Some((k + 1, closing, &s[name_start..k], false));
        }
    }
    None
}

/// `truncate SIZE [ELLIPSIS] INPUT` / `strings.Truncate`: at a word boundary,
/// HTML-aware for safe HTML (open tags closed), the result safe HTML.
pub fn truncate(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if args.is_empty() {
        return Err("truncate requires a length and a string".to_owned());
    }
    let length = int(&args[0])?;
    let (text_v, ellipsis) = match &args[1..] {
        [] => return Err("truncate requires a length and a string".to_owned()),
        [t] => (t, " …".to_owned()),
        [e, t] => {
            let e2 = string(e).map_err(|_| "ellipsis must be a string".to_owned())?;
            (t, if matches!(e, Value::Safe(_, Safe::Html)) { e2 } else { html_escape(&e2) })
        }
        _ => return Err("too many arguments passed to truncate".to_owned()),
    };
    let text = string(text_v).map_err(|_| "text must be a string".to_owned())?;
    let is_html = matches!(text_v, Value::Safe(_, Safe::Html));
    let html = |s: String| Value::safe(s, Safe::Html);
    if (text.chars().count() as i64) <= length {
        return Ok(html(if is_html { text } else { html_escape(&text) }));
    }
    struct Tag<'a> {
        name: &'a str,
        pos: usize,
        open: bool,
    }
    let mut tags: Vec<Tag<'_>> = Vec::new();
    let (mut last_word, mut last_non_space, mut current, mut next_tag) = (0usize, 0usize, 0i64, 0usize);
    for (i, r) in text.char_indices() {
        if i < next_tag {
            continue;
        }
        if is_html {
            if let Some((len, closing, name, selfclose)) = tag_at(&text[i..]) {
                next_tag = i + len;
                let name = name.split_whitespace().next().unwrap_or(name);
                last_word = last_non_space;
                if !SINGLETS.contains(&name) && !selfclose {
                    tags.push(Tag { name, pos: i, open: !closing });
                }
                continue;
            }
        }
        current += 1;
        if is_space(r) {
            last_word = last_non_space;
        } else if is_cjk(r) {
            last_word = last_non_space;
            last_non_space = i + r.len_utf8();
            if current <= length {
                last_word = last_non_space;
            }
        } else {
            last_non_space = i + r.len_utf8();
        }
        if current > length {
            let end = if last_word == 0 { i } else { last_word };
            let mut out = text[..end].to_owned();
            if is_html {
                out.push_str(&ellipsis);
                let mut current_tag: Option<&str> = None;
                for tag in tags.iter().rev() {
                    if tag.pos >= end || current_tag.is_some() {
                        if current_tag == Some(tag.name) {
                            current_tag = None;
                        }
                        continue;
                    }
                    if tag.open {
                        out.push_str(&format!("</{}>", tag.name));
                    } else {
                        current_tag = Some(tag.name);
                    }
                }
                return Ok(html(out));
            }
            return Ok(html(html_escape(&out) + &ellipsis));
        }
    }
    Ok(html(if is_html { text } else { html_escape(&text) }))
}

/// Go's `html.EscapeString`: `<`, `>`, `&`, `'` and `"`.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\'' => out.push_str("&#39;"),
            '"' => out.push_str("&#34;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::NoHost;

    fn call(f: crate::template::Func, args: &[Value]) -> Result<Value, String> {
        f(&mut Cx::new(&NoHost), args)
    }

    #[test]
    fn title_follows_ap_style_as_hugo_does() {
        for (input, want) in [
            ("the lord of the rings", "The Lord of the Rings"),
            ("a tale of two cities: the end", "A Tale of Two Cities: The End"),
            ("hello-world of the-fools", "Hello-World of The-Fools"),
            ("go to the end of", "Go to the End Of"),
            ("e-mail of-the", "E-Mail Of-The"),
            ("x -of y", "X -of Y"),
            ("foo_bar baz.qux", "Foo_bar Baz.qux"),
            ("HTML and CSS", "HTML and CSS"),
            ("x so x", "X So X"),
        ] {
            assert_eq!(title_ap(input), want, "title {input:?}");
        }
    }

    #[test]
    fn substr_and_slicestr_count_runes() {
        assert_eq!(call(substr, &[Value::from("héllo"), Value::Int(-3), Value::Int(2)]), Ok(Value::from("ll")));
        assert_eq!(
            call(substr, &[Value::from("abcdef"), Value::Int(1), Value::Int(-1)]),
            Ok(Value::from("bcde")),
            "negative length leaves off the end"
        );
        assert_eq!(call(slice_string, &[Value::from("héllo"), Value::Int(1), Value::Int(3)]), Ok(Value::from("él")));
        assert!(call(slice_string, &[Value::from("abc"), Value::Int(5)]).is_err(), "out of range should fail");
    }

    #[test]
    fn truncate_cuts_at_words_and_closes_tags() {
        let t = call(truncate, &[Value::Int(10), Value::from("Hello world, how are you")]).unwrap();
        assert_eq!(t, Value::safe("Hello …", Safe::Html));
        let h = call(truncate, &[Value::Int(7), Value::safe("<em>Hello world</em>", Safe::Html)]).unwrap();
        assert_eq!(h, Value::safe("<em>Hello …</em>", Safe::Html), "open tags are closed");
        let s = call(truncate, &[Value::Int(5), Value::from("..."), Value::from("a <b> c d e f")]).unwrap();
        assert_eq!(s, Value::safe("a &lt;b&gt;...", Safe::Html), "plain text is escaped");
    }

    #[test]
    fn replace_pairs_replaces_at_once() {
        let r = call(replace_pairs, &[Value::from("a"), Value::from("b"), Value::from("b"), Value::from("a"), Value::from("aabb")]);
        assert_eq!(r, Ok(Value::from("bbaa")), "pairs apply in one pass");
    }
}
