//! Splitting a template into text and actions, and actions into tokens.

use super::TemplateError;

/// A piece of a template.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Literal text (already trimmed by neighbouring `{{-` / `-}}`).
    Text(String),
    /// The tokens of an action, with the byte offset of its `{{`.
    Action(Vec<Token>, usize),
}

/// A token inside an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    /// `.Field.Chain` (empty for `.`).
    Field(Vec<String>),
    /// `$name.Field.Chain` (`$` alone is the root).
    Var(String, Vec<String>),
    /// A function name or keyword (`if`, `printf`, `strings.TrimPrefix`).
    Ident(String),
    /// A string literal, unquoted.
    Str(String),
    /// A number.
    Number(f64),
    /// `(`
    Open,
    /// `)`, with any field chain after it: `(…).Field`.
    Close(Vec<String>),
    /// `|`
    Pipe,
    /// `:=`
    Declare,
    /// `=`
    Assign,
    /// `,`
    Comma,
}

/// Splits a template into pieces, applying `{{-` and `-}}` trimming.
pub fn split(src: &str) -> Result<Vec<Piece>, TemplateError> {
    let mut pieces = Vec::new();
    let mut rest = 0;
    let mut trim_next = false;
    while let Some(open) = src[rest..].find("{{").map(|i| rest + i) {
        let mut text = &src[rest..open];
        if trim_next {
            text = text.trim_start();
        }
        let trim_left = src[open + 2..].starts_with("- ") || src[open + 2..].starts_with("-\t") || src[open + 2..].starts_with("-\n");
        if trim_left {
            text = text.trim_end();
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text.to_owned()));
        }
        let body_start = open + if trim_left { 3 } else { 2 };
        let close = find_close(src, body_start).ok_or_else(|| error(src, open, "this action is never closed with `}}`"))?;
        let mut body_end = close;
        trim_next = false;
        if src[..close].ends_with(" -") || src[..close].ends_with("\t-") || src[..close].ends_with("\n-") {
            body_end = close - 1;
            trim_next = true;
        }
        let body = src[body_start..body_end].trim();
        if !(body.starts_with("/*") && body.ends_with("*/")) {
            pieces.push(Piece::Action(
                tokens(src, body, body_start + (src[body_start..].len() - src[body_start..].trim_start().len()))?,
                open,
            ));
        }
        rest = close + 2;
    }
    let mut text = &src[rest..];
    if trim_next {
        text = text.trim_start();
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text.to_owned()));
    }
    Ok(pieces)
}

/// The `}}` that closes an action starting at `from`, skipping strings and comments.
fn find_close(src: &str, from: usize) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = from;
    while i + 1 < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'`' => {
                i += 1;
                while i < b.len() && b[i] != b'`' {
                    i += 1;
                }
            }
            b'/' if b[i + 1] == b'*' => {
                let end = src[i + 2..].find("*/")?;
                i += end + 3;
            }
            b'}' if b[i + 1] == b'}' => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// 1-based line and column of byte `at`.
pub fn position(src: &str, at: usize) -> (usize, usize) {
    let before = &src[..at.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

pub fn error(src: &str, at: usize, message: impl Into<String>) -> TemplateError {
    let (line, column) = position(src, at);
    TemplateError { line, column, message: message.into() }
}

fn chain(s: &str) -> Vec<String> {
    s.split('.').filter(|p| !p.is_empty()).map(str::to_owned).collect()
}

fn tokens(src: &str, body: &str, at: usize) -> Result<Vec<Token>, TemplateError> {
    let b = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let word = |i: usize| {
        let mut j = i;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'.') {
            j += 1;
        }
        j
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'(' => {
                out.push(Token::Open);
                i += 1;
            }
            b')' => {
                i += 1;
                let j = if b.get(i) == Some(&b'.') { word(i) } else { i };
                out.push(Token::Close(chain(&body[i..j])));
                i = j;
            }
            b'|' => {
                out.push(Token::Pipe);
                i += 1;
            }
            b',' => {
                out.push(Token::Comma);
                i += 1;
            }
            b':' if b.get(i + 1) == Some(&b'=') => {
                out.push(Token::Declare);
                i += 2;
            }
            b'=' => {
                out.push(Token::Assign);
                i += 1;
            }
            b'.' => {
                let j = word(i);
                out.push(Token::Field(chain(&body[i..j])));
                i = j;
            }
            b'$' => {
                let mut j = i + 1;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                    j += 1;
                }
                let name = body[i..j].to_owned();
                let k = if b.get(j) == Some(&b'.') { word(j) } else { j };
                out.push(Token::Var(name, chain(&body[j..k])));
                i = k;
            }
            b'"' => {
                let mut s = String::new();
                let mut j = i + 1;
                loop {
                    match b.get(j) {
                        None => return Err(error(src, at + i, "this string is never closed")),
                        Some(b'"') => break,
                        Some(b'\\') => {
                            let esc = body[j + 1..].chars().next().unwrap_or('\\');
                            s.push(match esc {
                                'n' => '\n',
                                't' => '\t',
                                'r' => '\r',
                                other => other,
                            });
                            j += 1 + esc.len_utf8();
                        }
                        Some(_) => {
                            let ch = body[j..].chars().next().unwrap_or(' ');
                            s.push(ch);
                            j += ch.len_utf8();
                        }
                    }
                }
                out.push(Token::Str(s));
                i = j + 1;
            }
            b'`' => {
                let end = body[i + 1..].find('`').ok_or_else(|| error(src, at + i, "this raw string is never closed"))?;
                out.push(Token::Str(body[i + 1..i + 1 + end].to_owned()));
                i += end + 2;
            }
            b'\'' => {
                // A rune literal: one character between single quotes.
                let ch = body[i + 1..].chars().next().unwrap_or(' ');
                let close = i + 1 + ch.len_utf8();
                if ch == '\'' || b.get(close) != Some(&b'\'') {
                    return Err(error(src, at + i, "a character literal is one character between single quotes"));
                }
                out.push(Token::Number(f64::from(u32::from(ch))));
                i = close + 1;
            }
            c if c.is_ascii_digit() || ((c == b'-' || c == b'+') && b.get(i + 1).is_some_and(u8::is_ascii_digit)) => {
                let mut j = i + 1;
                while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.' || b[j] == b'e' || b[j] == b'_') {
                    j += 1;
                }
                let text = body[i..j].replace('_', "");
                let n = crate::float::parse(&text).ok_or_else(|| error(src, at + i, format!("`{text}` is not a number")))?;
                out.push(Token::Number(n));
                i = j;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let j = word(i);
                out.push(Token::Ident(body[i..j].trim_end_matches('.').to_owned()));
                i = j;
            }
            _ => {
                let ch = body[i..].chars().next().unwrap_or(' ');
                return Err(error(src, at + i, format!("unexpected `{ch}` in an action")));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_tokenizes() {
        let p = split("a  {{- .Get 0 -}}  b {{/* c */}}{{ $x := \"s\" | printf \"%s\" }}").unwrap();
        assert_eq!(p[0], Piece::Text("a".into()));
        assert_eq!(p[1], Piece::Action(vec![Token::Field(vec!["Get".into()]), Token::Number(0.0)], 3));
        assert_eq!(p[2], Piece::Text("b ".into()));
        assert!(matches!(&p[3], Piece::Action(t, _) if t.len() == 6), "{:?}", p[3]);
    }
}
