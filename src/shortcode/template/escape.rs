//! Escaping by context, as Go's `html/template` does: where an action's value
//! lands (text, an attribute value, a URL attribute, a tag) decides how it is
//! escaped. The context is read from the output written so far.

use super::eval::{Safe, V};
use crate::html::is_safe_url;

/// Where a value is being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Context {
    /// Between tags.
    Text,
    /// Inside a tag, where attribute names go.
    Tag,
    /// Inside an attribute value.
    Attr {
        /// The attribute's lowercase name.
        name: String,
        /// Whether the value is quoted.
        quoted: bool,
        /// The value so far (to know whether a URL has started, and its part).
        so_far: String,
    },
}

/// The context at the end of `out`.
pub fn context(out: &str) -> Context {
    let lt = out.rfind('<');
    let gt = out.rfind('>');
    let Some(lt) = lt.filter(|lt| gt.is_none_or(|gt| gt < *lt)) else {
        return Context::Text;
    };
    let tag = &out[lt + 1..];
    if !tag.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Context::Text;
    }
    // Walk the attributes of the open tag.
    let b = tag.as_bytes();
    let mut i = b.iter().position(|c| c.is_ascii_whitespace()).unwrap_or(b.len());
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            return Context::Tag;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' {
            i += 1;
        }
        let name = tag[start..i].to_ascii_lowercase();
        if i >= b.len() || b[i] != b'=' {
            if i >= b.len() {
                return Context::Tag;
            }
            continue;
        }
        i += 1;
        match b.get(i) {
            None => return Context::Attr { name, quoted: false, so_far: String::new() },
            Some(&q @ (b'"' | b'\'')) => {
                let vstart = i + 1;
                match tag[vstart..].find(q as char) {
                    Some(end) => i = vstart + end + 1,
                    None => return Context::Attr { name, quoted: true, so_far: tag[vstart..].to_owned() },
                }
            }
            Some(_) => {
                let vstart = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i >= b.len() {
                    return Context::Attr { name, quoted: false, so_far: tag[vstart..].to_owned() };
                }
            }
        }
    }
}

/// Attributes whose value is a URL.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "cite", "action", "formaction", "poster", "longdesc", "data", "background", "srcset"];

/// Go's `htmlEscaper`.
pub fn html_escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// Percent-encodes what may not appear in a URL (keeping valid `%XX`), or all
/// reserved characters when `query` is set (a value inside a query or fragment).
fn url_escape(out: &mut String, s: &str, query: bool) {
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || (!query
                && matches!(
                    b,
                    b'!' | b'#'
                        | b'$'
                        | b'&'
                        | b'*'
                        | b'+'
                        | b','
                        | b'/'
                        | b':'
                        | b';'
                        | b'='
                        | b'?'
                        | b'@'
                        | b'['
                        | b']'
                        | b'('
                        | b')'
                        | b'\''
                ))
            || (b == b'%'
                && !query
                && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit));
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

/// Writes `v` escaped for `ctx`.
pub fn write(out: &mut String, v: &V<'_>, ctx: Context) {
    let text = v.text();
    let safe = match v {
        V::Safe(_, kind) => Some(*kind),
        _ => None,
    };
    match ctx {
        Context::Text => match safe {
            Some(Safe::Html) => out.push_str(&text),
            _ => html_escape(out, &text),
        },
        Context::Tag => match safe {
            Some(Safe::HtmlAttr) => out.push_str(&text),
            // Go's filter for attribute names: only plain names, never handlers or styles.
            _ if text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !text.to_ascii_lowercase().starts_with("on")
                && !text.eq_ignore_ascii_case("style") =>
            {
                out.push_str(&text)
            }
            _ => out.push_str("ZgotmplZ"),
        },
        Context::Attr { name, quoted, so_far } => {
            let mut value = String::new();
            if URL_ATTRIBUTES.contains(&name.as_str()) {
                if so_far.trim().is_empty() {
                    if safe == Some(Safe::Url) || is_safe_url(&text) {
                        url_escape(&mut value, &text, false);
                    } else {
                        value.push_str("#ZgotmplZ");
                    }
                } else {
                    url_escape(&mut value, &text, so_far.contains('?') || so_far.contains('#'));
                }
            } else {
                value = text;
            }
            if quoted {
                html_escape(out, &value);
            } else {
                // An unquoted value may not contain what ends it.
                for c in value.chars() {
                    match c {
                        ' ' | '\t' | '\n' | '\r' | '\u{c}' | '=' | '`' | '"' | '\'' | '<' | '>' | '&' => {
                            out.push_str(&format!("&#{};", c as u32))
                        }
                        c => out.push(c),
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_context_from_the_output() {
        assert_eq!(context("<p>hi "), Context::Text);
        assert_eq!(context("<div "), Context::Tag);
        assert_eq!(context("<a class=\"x\" href=\""), Context::Attr { name: "href".into(), quoted: true, so_far: String::new() });
        assert_eq!(context("<a href=\"/tags/"), Context::Attr { name: "href".into(), quoted: true, so_far: "/tags/".into() });
        assert_eq!(context("<a href=\"/x\">"), Context::Text);
    }

    #[test]
    fn escapes_like_html_template() {
        let mut out = String::new();
        write(&mut out, &V::string("<b>\"'&"), Context::Text);
        assert_eq!(out, "&lt;b&gt;&#34;&#39;&amp;");
        let mut out = String::new();
        write(&mut out, &V::string("javascript:alert(1)"), context("<a href=\""));
        assert_eq!(out, "#ZgotmplZ", "an unsafe URL is replaced as Go replaces it");
        let mut out = String::new();
        write(&mut out, &V::string("a b&c"), context("<a href=\"/s?q="));
        assert_eq!(out, "a%20b%26c", "a query value is percent-encoded");
        let mut out = String::new();
        write(&mut out, &V::string("onclick"), Context::Tag);
        assert_eq!(out, "ZgotmplZ");
    }
}
