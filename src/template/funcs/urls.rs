//! `urls`: `urls.Parse` (a `*url.URL` object with Go's fields and methods,
//! parsed and printed by Go's `net/url` rules), `absURL`, `relURL`,
//! `absLangURL`, `relLangURL` against the site's `BaseURL`, `urlize`,
//! `anchorize`, `urls.JoinPath`, `urls.PathEscape`/`PathUnescape`.
//!
//! Written here because templates print URLs as Go's `url.URL.String()` does
//! (which bytes it escapes in which part, `RawPath` kept only where needed);
//! the `url` crate follows the WHATWG standard and normalises differently.

use super::super::value::Object;
use super::super::{Cx, Map, Value};
use super::cast::{arity, string};
use std::any::Any;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Path,
    PathSegment,
    Host,
    QueryComponent,
    Fragment,
}

fn should_escape(c: u8, mode: Mode) -> bool {
    if c.is_ascii_alphanumeric() {
        return false;
    }
    if mode == Mode::Host {
        if c >= 0x80 {
            return false;
        }
        if b"!$&'()*+,;=:[]<>\"".contains(&c) {
            return false;
        }
    }
    match c {
        b'-' | b'_' | b'.' | b'~' => return false,
        b'$' | b'&' | b'+' | b',' | b'/' | b':' | b';' | b'=' | b'?' | b'@' => {
            return match mode {
                Mode::Path => c == b'?',
                Mode::PathSegment => matches!(c, b'/' | b';' | b',' | b'?'),
                Mode::QueryComponent => true,
                Mode::Fragment => false,
                Mode::Host => true,
            }
        }
        _ => {}
    }
    if mode == Mode::Fragment && matches!(c, b'!' | b'(' | b')' | b'*') {
        return false;
    }
    true
}

fn escape(s: &str, mode: Mode) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b == b' ' && mode == Mode::QueryComponent {
            out.push('+');
        } else if should_escape(b, mode) {
            out.push_str(&format!("%{b:02X}"));
        } else {
            out.push(char::from(b));
        }
    }
    // Bytes >= 0x80 kept in a host were pushed one by one as chars; rebuild them.
    if mode == Mode::Host && !s.is_ascii() {
        let mut bytes = Vec::new();
        for &b in s.as_bytes() {
            if should_escape(b, mode) {
                bytes.extend(format!("%{b:02X}").bytes());
            } else {
                bytes.push(b);
            }
        }
        return String::from_utf8_lossy(&bytes).into_owned();
    }
    out
}

fn unescape(s: &str, mode: Mode) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (b.get(i + 1).and_then(|c| hex(*c)), b.get(i + 2).and_then(|c| hex(*c))) {
                    (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                    _ => {
                        let end = (i + 3).min(b.len());
                        return Err(format!(
                            "invalid URL escape {}",
                            crate::go_unicode::quote(&String::from_utf8_lossy(&b[i..end]), false)
                        ));
                    }
                }
                i += 3;
            }
            b'+' if mode == Mode::QueryComponent => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Go's `url.QueryEscape`.
pub fn query_escape(s: &str) -> String {
    escape(s, Mode::QueryComponent)
}

/// Go's `url.PathEscape`.
pub fn path_escape(s: &str) -> String {
    escape(s, Mode::PathSegment)
}

/// A parsed URL: Go's `url.URL`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Url {
    scheme: String,
    opaque: String,
    user: Option<String>,
    host: String,
    path: String,
    raw_path: String,
    force_query: bool,
    raw_query: String,
    fragment: String,
    raw_fragment: String,
}

fn valid_encoded(s: &str, mode: Mode) -> bool {
    for &c in s.as_bytes() {
        match c {
            b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' | b':' | b'@' | b'[' | b']' => {}
            b'%' => {}
            _ => {
                if should_escape(c, mode) {
                    return false;
                }
            }
        }
    }
    true
}

impl Url {
    /// Go's `url.Parse`.
    ///
    /// # Errors
    /// Go's message (`parse "x": …`).
    pub fn parse(raw: &str) -> Result<Url, String> {
        let wrap = |e: String| format!("parse {}: {e}", crate::go_unicode::quote(raw, false));
        let (rest, frag) = match raw.split_once('#') {
            Some((r, f)) => (r, Some(f)),
            None => (raw, None),
        };
        let mut u = Url::parse_no_fragment(rest).map_err(wrap)?;
        if let Some(f) = frag {
            u.fragment = unescape(f, Mode::Fragment).map_err(wrap)?;
            u.raw_fragment = if escape(&u.fragment, Mode::Fragment) == f { String::new() } else { f.to_owned() };
        }
        Ok(u)
    }

    fn parse_no_fragment(raw: &str) -> Result<Url, String> {
        if raw.bytes().any(|b| b < 0x20 || b == 0x7f) {
            return Err("net/url: invalid control character in URL".to_owned());
        }
        let mut u = Url::default();
        if raw.is_empty() {
            return Ok(u);
        }
        let mut rest = raw;
        // The scheme: a letter, then letters, digits, + - ., up to ':'.
        for (i, c) in raw.char_indices() {
            if c.is_ascii_alphabetic() {
                continue;
            }
            if c.is_ascii_digit() || matches!(c, '+' | '-' | '.') {
                if i == 0 {
                    break;
                }
                continue;
            }
            if c == ':' {
                if i == 0 {
                    return Err("missing protocol scheme".to_owned());
                }
                u.scheme = raw[..i].to_ascii_lowercase();
                rest = &raw[i + 1..];
            }
            break;
        }
        if rest.ends_with('?') && rest.matches('?').count() == 1 {
            u.force_query = true;
            rest = &rest[..rest.len() - 1];
        } else if let Some((r, q)) = rest.split_once('?') {
            u.raw_query = q.to_owned();
            rest = r;
        }
        if !rest.starts_with('/') {
            if !u.scheme.is_empty() {
                u.opaque = rest.to_owned();
                return Ok(u);
            }
            if let Some(i) = rest.find(':') {
                if rest.find('/').is_none_or(|s| i < s) {
                    return Err("first path segment in URL cannot contain colon".to_owned());
                }
            }
        }
        if (!u.scheme.is_empty() || !rest.starts_with("///")) && rest.starts_with("//") {
            let after = &rest[2..];
            let end = after.find('/').unwrap_or(after.len());
            let authority = &after[..end];
            rest = &after[end..];
            let host = match authority.rfind('@') {
                Some(i) => {
                    u.user = Some(authority[..i].to_owned());
                    &authority[i + 1..]
                }
                None => authority,
            };
            if let Some(colon) = host.rfind(':') {
                let port = &host[colon + 1..];
                let bracketed = host.starts_with('[');
                if (!bracketed || host[..colon].ends_with(']')) && !port.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(format!("invalid port {} after host", crate::go_unicode::quote(&host[colon..], false)));
                }
            }
            u.host = unescape(host, Mode::Host)?;
        }
        u.path = unescape(rest, Mode::Path)?;
        u.raw_path = if escape(&u.path, Mode::Path) == rest { String::new() } else { rest.to_owned() };
        Ok(u)
    }

    /// Go's `EscapedPath`.
    pub fn escaped_path(&self) -> String {
        if !self.raw_path.is_empty()
            && valid_encoded(&self.raw_path, Mode::Path)
            && unescape(&self.raw_path, Mode::Path).ok().as_deref() == Some(&self.path)
        {
            return self.raw_path.clone();
        }
        if self.path == "*" {
            return "*".to_owned();
        }
        escape(&self.path, Mode::Path)
    }

    fn escaped_fragment(&self) -> String {
        if !self.raw_fragment.is_empty()
            && valid_encoded(&self.raw_fragment, Mode::Fragment)
            && unescape(&self.raw_fragment, Mode::Fragment).ok().as_deref() == Some(&self.fragment)
        {
            return self.raw_fragment.clone();
        }
        escape(&self.fragment, Mode::Fragment)
    }

    /// Go's `URL.String()`.
    pub fn go_string(&self) -> String {
        let mut out = String::new();
        if !self.scheme.is_empty() {
            out.push_str(&self.scheme);
            out.push(':');
        }
        if !self.opaque.is_empty() {
            out.push_str(&self.opaque);
        } else {
            if !self.scheme.is_empty() || !self.host.is_empty() || self.user.is_some() {
                if !self.host.is_empty() || !self.path.is_empty() || self.user.is_some() {
                    out.push_str("//");
                }
                if let Some(user) = &self.user {
                    out.push_str(user);
                    out.push('@');
                }
                if !self.host.is_empty() {
                    out.push_str(&escape(&self.host, Mode::Host));
                }
            }
            let path = self.escaped_path();
            if !path.is_empty() && !path.starts_with('/') && !self.host.is_empty() {
                out.push('/');
            }
            if out.is_empty() && path.split('/').next().is_some_and(|seg| seg.contains(':')) {
                out.push_str("./");
            }
            out.push_str(&path);
        }
        if self.force_query || !self.raw_query.is_empty() {
            out.push('?');
            out.push_str(&self.raw_query);
        }
        if !self.fragment.is_empty() {
            out.push('#');
            out.push_str(&self.escaped_fragment());
        }
        out
    }

    fn hostname(&self) -> &str {
        let h = &self.host;
        if let Some(rest) = h.strip_prefix('[') {
            return rest.split(']').next().unwrap_or(rest);
        }
        h.rsplit_once(':').map_or(h, |(a, _)| a)
    }

    fn port(&self) -> &str {
        let h = &self.host;
        let after = if h.starts_with('[') { h.rsplit_once(']').map_or("", |(_, a)| a) } else { h.rsplit_once(':').map_or("", |(_, p)| p) };
        let p = after.strip_prefix(':').unwrap_or(if h.starts_with('[') { "" } else { after });
        if p.bytes().all(|b| b.is_ascii_digit()) {
            p
        } else {
            ""
        }
    }

    /// Go's `url.ParseQuery` of the query: key → values, in order.
    fn query(&self) -> Map {
        let mut m = Map::new();
        for part in self.raw_query.split(['&']).filter(|p| !p.is_empty()) {
            if part.contains(';') {
                continue;
            }
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let (Ok(k), Ok(v)) = (unescape(k, Mode::QueryComponent), unescape(v, Mode::QueryComponent)) else { continue };
            let mut list = match m.get(&k) {
                Some(Value::List(l)) => (**l).clone(),
                _ => Vec::new(),
            };
            list.push(Value::from(v));
            m.insert(k, Value::list(list));
        }
        m
    }
}

/// Go's `url.Values` (what `.Query` gives): a map of lists, with `Get`, `Has` and `Encode`.
struct Values(Map);

impl Object for Values {
    fn type_name(&self) -> &str {
        "url.Values"
    }

    fn member(&self, name: &str, args: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let key = || args.first().map(Value::text).ok_or_else(|| format!("wrong number of args for {name}: want 1 got 0"));
        Ok(Some(match name {
            "Get" => match self.0.get(&key()?) {
                Some(Value::List(l)) => l.first().cloned().unwrap_or_else(|| Value::from("")),
                _ => Value::from(""),
            },
            "Has" => Value::Bool(self.0.contains_key(&key()?)),
            "Encode" => {
                let mut out = String::new();
                for (k, v) in self.0.iter() {
                    let Value::List(l) = v else { continue };
                    for item in l.iter() {
                        if !out.is_empty() {
                            out.push('&');
                        }
                        out.push_str(&query_escape(k));
                        out.push('=');
                        out.push_str(&query_escape(&item.text()));
                    }
                }
                Value::from(out)
            }
            // A map's key, as on any Go map.
            _ if args.is_empty() => self.0.get(name).cloned().unwrap_or_default(),
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        Value::map(self.0.clone()).text()
    }

    fn data(&self) -> Option<Value> {
        Some(Value::map(self.0.clone()))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Object for Url {
    fn type_name(&self) -> &str {
        "*url.URL"
    }

    fn member(&self, name: &str, args: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(Some(match name {
            "Scheme" => Value::from(self.scheme.as_str()),
            "Opaque" => Value::from(self.opaque.as_str()),
            "User" => self.user.as_ref().map_or(Value::Nil, |u| Value::from(u.as_str())),
            "Host" => Value::from(self.host.as_str()),
            "Path" => Value::from(self.path.as_str()),
            "RawPath" => Value::from(self.raw_path.as_str()),
            "ForceQuery" => Value::Bool(self.force_query),
            "RawQuery" => Value::from(self.raw_query.as_str()),
            "Fragment" => Value::from(self.fragment.as_str()),
            "RawFragment" => Value::from(self.raw_fragment.as_str()),
            "OmitHost" => Value::Bool(false),
            "String" | "Redacted" => Value::from(self.go_string()),
            "IsAbs" => Value::Bool(!self.scheme.is_empty()),
            "Hostname" => Value::from(self.hostname()),
            "Port" => Value::from(self.port()),
            "Query" => Value::object(Values(self.query())),
            "EscapedPath" => Value::from(self.escaped_path()),
            "EscapedFragment" => Value::from(self.escaped_fragment()),
            "RequestURI" => {
                let mut r = if self.opaque.is_empty() { self.escaped_path() } else { self.opaque.clone() };
                if r.is_empty() {
                    r.push('/');
                }
                if self.force_query || !self.raw_query.is_empty() {
                    r.push('?');
                    r.push_str(&self.raw_query);
                }
                Value::from(r)
            }
            "JoinPath" => {
                let parts: Vec<String> = args.iter().map(string).collect::<Result<_, _>>()?;
                let mut u = self.clone();
                let joined = join_url_path(&self.escaped_path(), &parts);
                u.path = unescape(&joined, Mode::Path)?;
                u.raw_path = if escape(&u.path, Mode::Path) == joined { String::new() } else { joined };
                Value::object(u)
            }
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        self.go_string()
    }

    fn data(&self) -> Option<Value> {
        Some(Value::from(self.go_string()))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Go's `URL.JoinPath` on an escaped path: elements joined and cleaned, a
/// trailing slash kept.
fn join_url_path(base: &str, elems: &[String]) -> String {
    // Go's `URL.JoinPath`: a relative base stays relative (and loses any `../`).
    let mut all: Vec<String> = std::iter::once(base.to_owned()).chain(elems.iter().cloned()).collect();
    let relative = !all[0].starts_with('/');
    if relative {
        all[0].insert(0, '/');
    }
    let joined = super::path::join(&all);
    let mut p = if relative { joined[1.min(joined.len())..].to_owned() } else { joined };
    if all.last().is_some_and(|e| e.ends_with('/')) && !p.ends_with('/') {
        p.push('/');
    }
    p
}

/// `urls.Parse URL`
pub fn parse(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("urls.Parse", args, 1, 1)?;
    let s = string(&args[0]).map_err(|e| format!("error in Parse: {e}"))?;
    Url::parse(&s).map(Value::object)
}

/// `urls.JoinPath ELEMENT…`: Go's `url.JoinPath` of the first element and the rest.
pub fn join_path(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if args.is_empty() {
        return Ok(Value::from(""));
    }
    let mut parts = Vec::new();
    for a in args {
        match a {
            Value::List(l) => {
                for v in l.iter() {
                    parts.push(string(v)?);
                }
            }
            other => parts.push(string(other)?),
        }
    }
    let Some(first) = parts.first() else { return Ok(Value::from("")) };
    let u = Url::parse(first)?;
    let joined = join_url_path(&u.escaped_path(), &parts[1..]);
    let mut out = u.clone();
    out.path = unescape(&joined, Mode::Path)?;
    out.raw_path = if escape(&out.path, Mode::Path) == joined { String::new() } else { joined };
    Ok(Value::from(out.go_string()))
}

/// `urls.PathEscape`
pub fn path_escape_fn(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("urls.PathEscape", args, 1, 1)?;
    Ok(Value::from(path_escape(&string(&args[0])?)))
}

/// `urls.PathUnescape`
pub fn path_unescape(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("urls.PathUnescape", args, 1, 1)?;
    unescape(&string(&args[0])?, Mode::PathSegment).map(Value::from)
}

/// The site's base URL (`BaseURL` of `site`), with the trailing slash Hugo adds.
fn base_url(cx: &mut Cx<'_>) -> Result<Url, String> {
    let site = cx.host.site();
    let base = match cx.member(&site, "BaseURL", &[]) {
        Ok(v) => string(&v).unwrap_or_default(),
        Err(_) => String::new(),
    };
    let mut u = Url::parse(&base)?;
    if !u.path.ends_with('/') {
        u.path.push('/');
        u.raw_path.clear();
    }
    Ok(u)
}

fn is_abs_url(s: &str) -> Result<bool, String> {
    if s.starts_with("http://") || s.starts_with("https://") {
        return Ok(true);
    }
    Ok(!Url::parse(s)?.scheme.is_empty())
}

/// The language's folder (`en`) where the site puts it in URLs (`site.LanguagePrefix`), else "".
fn language_prefix(cx: &mut Cx<'_>) -> String {
    let site = cx.host.site();
    cx.member(&site, "LanguagePrefix", &[]).map(|v| v.text().trim_matches('/').to_owned()).unwrap_or_default()
}

/// Hugo's test for a URL that already starts with the language folder.
fn has_language(u: &str, prefix: &str) -> bool {
    let u = u.strip_prefix('/').unwrap_or(u);
    u == prefix || u.starts_with(&format!("{prefix}/"))
}

/// Hugo's `PathSpec.AbsURL`; with `lang`, the language folder first (`absLangURL`).
pub fn abs_url_str(cx: &mut Cx<'_>, input: &str, lang: bool) -> Result<String, String> {
    match is_abs_url(input) {
        Ok(true) => return Ok(input.to_owned()),
        Err(_) => return Ok(input.to_owned()),
        Ok(false) if input.starts_with("//") => return Ok(input.to_owned()),
        Ok(false) => {}
    }
    let base = base_url(cx)?;
    let mut root = base.clone();
    if input.starts_with('/') {
        root.path.clear();
        root.raw_path.clear();
    }
    let prefix = if lang { language_prefix(cx) } else { String::new() };
    let joined;
    let input = if !prefix.is_empty() && !has_language(input, &prefix) {
        let mut j = super::path::join(&[prefix.clone(), input.to_owned()]);
        if input.is_empty() || input.ends_with('/') {
            j.push('/');
        }
        joined = j;
        joined.as_str()
    } else {
        input
    };
    // paths.MakePermalink
    let p = Url::parse(input)?;
    let had_slash = (input.is_empty() && root.go_string().ends_with('/')) || p.path.ends_with('/');
    let mut out = root;
    out.path = super::path::join(&[out.path.clone(), p.path.clone()]);
    out.raw_path.clear();
    out.fragment = p.fragment;
    out.raw_fragment = p.raw_fragment;
    out.raw_query = p.raw_query;
    if had_slash && !out.path.ends_with('/') {
        out.path.push('/');
    }
    Ok(out.go_string())
}

/// Hugo's `PathSpec.RelURL`; with `lang`, the language folder first (`relLangURL`).
pub fn rel_url_str(cx: &mut Cx<'_>, input: &str, lang: bool) -> Result<String, String> {
    let Ok(abs) = is_abs_url(input) else { return Ok(input.to_owned()) };
    let base = base_url(cx)?;
    let mut root = base.clone();
    if input.starts_with('/') {
        root.path.clear();
        root.raw_path.clear();
    }
    let base_s = root.go_string();
    if (!input.starts_with(&base_s) && abs) || input.starts_with("//") {
        return Ok(input.to_owned());
    }
    let u = input.strip_prefix(base_s.as_str()).unwrap_or(input);
    let prefix = if lang { language_prefix(cx) } else { String::new() };
    let joined;
    let u = if !prefix.is_empty() && !has_language(input, &prefix) {
        let mut j = super::path::join(&[prefix.clone(), u.to_owned()]);
        if u.ends_with('/') {
            j.push('/');
        }
        joined = j;
        joined.as_str()
    } else {
        u
    };
    // paths.AddContextRoot against the same root (no path for a rooted input)
    let mut p = super::path::join(&[root.path.clone(), u.to_owned()]);
    if p != "/" && u.ends_with('/') {
        p.push('/');
    }
    if input.is_empty() && !p.ends_with('/') && base_s.ends_with('/') {
        p.push('/');
    }
    if !p.starts_with('/') {
        p.insert(0, '/');
    }
    Ok(p)
}

/// `absURL` / `urls.AbsURL`
pub fn abs_url(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("absURL", args, 1, 1)?;
    let s = string(&args[0])?;
    abs_url_str(cx, &s, false).map(Value::from)
}

/// `absLangURL` / `urls.AbsLangURL`
pub fn abs_lang_url(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("absLangURL", args, 1, 1)?;
    let s = string(&args[0])?;
    abs_url_str(cx, &s, true).map(Value::from)
}

/// `relURL` / `urls.RelURL`
pub fn rel_url(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("relURL", args, 1, 1)?;
    let s = string(&args[0])?;
    rel_url_str(cx, &s, false).map(Value::from)
}

/// `relLangURL` / `urls.RelLangURL`
pub fn rel_lang_url(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("relLangURL", args, 1, 1)?;
    let s = string(&args[0])?;
    rel_url_str(cx, &s, true).map(Value::from)
}

/// `urlize` / `urls.URLize`: Hugo's `PathSpec.URLize` — a path made safe for
/// a URL: spaces to hyphens, kept characters only, lowercased, percent-encoded.
pub fn urlize_str(text: &str) -> String {
    let mut kept = String::new();
    let mut hyphen = false;
    for c in text.chars() {
        let allowed =
            crate::go_unicode::is_letter(c) || crate::go_unicode::is_digit(c) || ".\\/_#+~-@".contains(c) || crate::go_unicode::is_mark(c);
        if allowed {
            if hyphen && !kept.is_empty() {
                kept.push('-');
            }
            hyphen = false;
            kept.push(c);
        } else if c.is_whitespace() {
            hyphen = true;
        }
    }
    let mut out = String::new();
    for c in kept.to_lowercase().chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// `urlize` / `urls.URLize`
pub fn urlize(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("urlize", args, 1, 1)?;
    Ok(Value::from(urlize_str(&string(&args[0])?)))
}

/// `anchorize` / `urls.Anchorize`: the anchor Hugo's Goldmark gives a heading.
pub fn anchorize(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("anchorize", args, 1, 1)?;
    Ok(Value::from(crate::markdown::heading_id::anchor(&string(&args[0])?, cx.host.heading_id_style())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse_and_print_as_go_does() {
        for (raw, back) in [
            ("https://user@example.org:8080/a%20b/c?q=1#frag", "https://user@example.org:8080/a%20b/c?q=1#frag"),
            ("/a b", "/a%20b"),
            ("mailto:x@y.z", "mailto:x@y.z"),
            ("https://example.org/a%2Fb", "https://example.org/a%2Fb"),
            ("?x", "?x"),
        ] {
            assert_eq!(Url::parse(raw).map(|u| u.go_string()), Ok(back.to_owned()), "{raw} should print as {back}");
        }
        let u = Url::parse("https://example.org:8080/p?a=1&a=2&b=x+y").unwrap();
        assert_eq!((u.hostname(), u.port()), ("example.org", "8080"));
        assert_eq!(u.query().get("b"), Some(&Value::list(vec![Value::from("x y")])));
        assert!(Url::parse(":x").is_err(), "a missing scheme is an error");
        assert!(Url::parse("a:b/c").map(|u| u.opaque == "b/c").unwrap_or(false), "scheme:opaque");
    }

    #[test]
    fn urlize_keeps_what_hugo_keeps() {
        assert_eq!(urlize_str("Hello World!"), "hello-world");
        assert_eq!(urlize_str("Héllo"), "h%C3%A9llo");
    }
}
