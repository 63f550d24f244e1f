//! A template's text split into literal text and actions, and actions into
//! tokens, as Go's `text/template/parse` lexer does: `{{-`/`-}}` trim the
//! whitespace next to them, `{{/* */}}` is a comment, strings may be
//! interpreted (`"…"`) or raw (`` `…` ``), numbers are Go's literals.

use std::sync::Arc;

/// A position in a template: 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
}

/// A piece of a template.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Literal text (already trimmed by neighbouring `{{-` / `-}}`).
    Text(Arc<str>),
    /// The tokens of an action, with the position of its `{{`.
    Action(Vec<(Token, Pos)>, Pos),
}

/// A token inside an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    /// `.` alone.
    Dot,
    /// `.Field` after a space or at the start: a new operand.
    Field(Arc<str>),
    /// `.Field` right after an operand, with no space between (`$x.a`,
    /// `(…).b`, `hugo.Data`, `.a.b`): a field of that operand.
    ChainField(Arc<str>),
    /// `$name` (`$` alone is the root).
    Var(Arc<str>),
    /// A word: a function name, a keyword, `true`/`false`/`nil`. May hold
    /// dots (`strings.TrimPrefix`), which the parser resolves.
    Ident(Arc<str>),
    /// A string literal, unquoted.
    Str(Arc<str>),
    /// An integer literal (also a character constant).
    Int(i64),
    /// A floating-point literal.
    Float(f64),
    /// `(`
    Open,
    /// `)`
    Close,
    /// `|`
    Pipe,
    /// `:=`
    Declare,
    /// `=`
    Assign,
    /// `,`
    Comma,
}

/// A problem found while splitting, at a byte offset.
#[derive(Debug)]
pub struct LexError {
    /// Where.
    pub pos: Pos,
    /// What.
    pub message: String,
}

/// Byte offsets to positions, for one template text.
pub struct Lines<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// Indexes the line starts of `src`.
    pub fn new(src: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Lines { src, starts }
    }

    /// The position of byte `at`.
    pub fn pos(&self, at: usize) -> Pos {
        let at = at.min(self.src.len());
        let line = self.starts.partition_point(|&s| s <= at);
        let start = self.starts[line - 1];
        let column = self.src.get(start..at).map_or(at - start, |s| s.chars().count()) + 1;
        Pos { line, column }
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Splits a template into pieces, applying `{{-` and `-}}` trimming.
///
/// # Errors
/// An action that is never closed, or a token Go's lexer would refuse.
pub fn split(src: &str) -> Result<Vec<Piece>, LexError> {
    let lines = Lines::new(src);
    let b = src.as_bytes();
    let mut pieces = Vec::new();
    let mut rest = 0;
    let mut trim_next = false;
    while let Some(open) = src[rest..].find("{{").map(|i| rest + i) {
        let mut text = &src[rest..open];
        if trim_next {
            text = text.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8));
        }
        // `{{-` trims only when a space follows the dash (`{{-3}}` is the number -3).
        let trim_left = b.get(open + 2) == Some(&b'-') && b.get(open + 3).is_some_and(|&c| is_space(c));
        if trim_left {
            text = text.trim_end_matches(|c: char| c.is_ascii() && is_space(c as u8));
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(Arc::from(text)));
        }
        let body_start = open + if trim_left { 3 } else { 2 };
        let close = find_close(src, body_start).ok_or_else(|| LexError { pos: lines.pos(open), message: "unclosed action".to_owned() })?;
        let mut body_end = close;
        trim_next = false;
        if close >= body_start + 2 && b[close - 1] == b'-' && is_space(b[close - 2]) {
            body_end = close - 1;
            trim_next = true;
        }
        let body = &src[body_start..body_end];
        let trimmed = body.trim_matches(|c: char| c.is_ascii() && is_space(c as u8));
        if trimmed.starts_with("/*") {
            if !trimmed.ends_with("*/") || trimmed.len() < 4 {
                return Err(LexError { pos: lines.pos(open), message: "comment ends before closing delimiter".to_owned() });
            }
        } else {
            let lead = body.len() - body.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8)).len();
            let tokens = tokens(src, &lines, body_start + lead, body_end)?;
            pieces.push(Piece::Action(tokens, lines.pos(open)));
        }
        rest = close + 2;
    }
    let mut text = &src[rest..];
    if trim_next {
        text = text.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8));
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(Arc::from(text)));
    }
    Ok(pieces)
}

/// The `}}` that closes an action whose body starts at `from`, skipping strings,
/// raw strings, character constants and comments.
fn find_close(src: &str, from: usize) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = from;
    while i + 1 < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'`' => {
                i += 1;
                while i < b.len() && b[i] != b'`' {
                    i += 1;
                }
            }
            b'\'' => {
                i += 1;
                while i < b.len() && b[i] != b'\'' && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
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

fn word_end(b: &[u8], mut j: usize) -> usize {
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] >= 0x80) {
        j += 1;
    }
    j
}

/// Reads the character after a backslash in an interpreted string or
/// character constant; returns it and the bytes consumed after the backslash.
fn escape(s: &str) -> Option<(char, usize)> {
    let c = s.chars().next()?;
    let simple = match c {
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'f' => Some('\u{c}'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\u{b}'),
        '\\' => Some('\\'),
        '"' => Some('"'),
        '\'' => Some('\''),
        _ => None,
    };
    if let Some(ch) = simple {
        return Some((ch, 1));
    }
    let hex = |len: usize| -> Option<(char, usize)> {
        let digits = s.get(1..1 + len)?;
        let n = u32::from_str_radix(digits, 16).ok()?;
        Some((char::from_u32(n).unwrap_or('\u{FFFD}'), 1 + len))
    };
    match c {
        'x' => hex(2),
        'u' => hex(4),
        'U' => hex(8),
        '0'..='7' => {
            let digits = s.get(0..3)?;
            let n = u32::from_str_radix(digits, 8).ok()?;
            Some((char::from_u32(n).unwrap_or('\u{FFFD}'), 3))
        }
        _ => None,
    }
}

fn tokens(src: &str, lines: &Lines<'_>, start: usize, end: usize) -> Result<Vec<(Token, Pos)>, LexError> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = start;
    let err = |at: usize, message: String| LexError { pos: lines.pos(at), message };
    while i < end {
        let c = b[i];
        let at = lines.pos(i);
        match c {
            c if is_space(c) => i += 1,
            b'(' => {
                out.push((Token::Open, at));
                i += 1;
            }
            b')' => {
                out.push((Token::Close, at));
                i += 1;
            }
            b'|' => {
                out.push((Token::Pipe, at));
                i += 1;
            }
            b',' => {
                out.push((Token::Comma, at));
                i += 1;
            }
            b':' if b.get(i + 1) == Some(&b'=') => {
                out.push((Token::Declare, at));
                i += 2;
            }
            b'=' => {
                out.push((Token::Assign, at));
                i += 1;
            }
            b'.' if b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                let j = number_end(b, i, end);
                out.push((number(&src[i..j]).ok_or_else(|| err(i, format!("bad number syntax: {:?}", &src[i..j])))?, at));
                i = j;
            }
            b'.' => {
                let j = word_end(b, i + 1);
                if j == i + 1 {
                    out.push((Token::Dot, at));
                } else {
                    let name = Arc::from(&src[i + 1..j]);
                    // Go reads `.x` right after an operand as its field, after a space as a new operand.
                    let chained = i > start
                        && !is_space(b[i - 1])
                        && matches!(
                            out.last(),
                            Some((Token::Ident(_) | Token::Var(_) | Token::Field(_) | Token::ChainField(_) | Token::Close | Token::Dot, _))
                        );
                    out.push((if chained { Token::ChainField(name) } else { Token::Field(name) }, at));
                }
                i = j;
            }
            b'$' => {
                let j = word_end(b, i + 1);
                out.push((Token::Var(Arc::from(&src[i..j])), at));
                i = j;
            }
            b'"' => {
                let mut s = String::new();
                let mut j = i + 1;
                loop {
                    match b.get(j) {
                        None | Some(b'\n') => return Err(err(i, "unterminated quoted string".to_owned())),
                        _ if j >= end => return Err(err(i, "unterminated quoted string".to_owned())),
                        Some(b'"') => break,
                        Some(b'\\') => {
                            let (ch, len) =
                                escape(&src[j + 1..end]).ok_or_else(|| err(j, "invalid syntax in a quoted string".to_owned()))?;
                            s.push(ch);
                            j += 1 + len;
                        }
                        Some(_) => {
                            let ch = src[j..].chars().next().unwrap_or(' ');
                            s.push(ch);
                            j += ch.len_utf8();
                        }
                    }
                }
                out.push((Token::Str(Arc::from(s)), at));
                i = j + 1;
            }
            b'`' => {
                let close = src[i + 1..end].find('`').ok_or_else(|| err(i, "unterminated raw quoted string".to_owned()))?;
                // Go drops carriage returns from raw strings.
                out.push((Token::Str(Arc::from(src[i + 1..i + 1 + close].replace('\r', ""))), at));
                i += close + 2;
            }
            b'\'' => {
                let rest = &src[i + 1..end];
                let (ch, len) = match rest.chars().next() {
                    Some('\\') => {
                        escape(&rest[1..]).map(|(c, l)| (c, l + 1)).ok_or_else(|| err(i, "invalid character constant".to_owned()))?
                    }
                    Some('\'') | None => return Err(err(i, "empty character constant".to_owned())),
                    Some(c) => (c, c.len_utf8()),
                };
                if rest.as_bytes().get(len) != Some(&b'\'') {
                    return Err(err(i, "unterminated character constant".to_owned()));
                }
                out.push((Token::Int(i64::from(u32::from(ch))), at));
                i += len + 2;
            }
            c if c.is_ascii_digit() || ((c == b'-' || c == b'+') && b.get(i + 1).is_some_and(|d| d.is_ascii_digit() || *d == b'.')) => {
                let j = number_end(b, i, end);
                let text = &src[i..j];
                out.push((number(text).ok_or_else(|| err(i, format!("bad number syntax: {text:?}")))?, at));
                i = j;
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                // A word, with the dotted parts a namespaced function has (`strings.TrimPrefix`).
                let mut j = word_end(b, i);
                while j < end && b[j] == b'.' && b.get(j + 1).is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_') {
                    j = word_end(b, j + 1);
                }
                out.push((Token::Ident(Arc::from(&src[i..j])), at));
                i = j;
            }
            _ => {
                let ch = src[i..].chars().next().unwrap_or(' ');
                return Err(err(i, format!("unexpected {ch:?} in command")));
            }
        }
    }
    Ok(out)
}

fn number_end(b: &[u8], i: usize, end: usize) -> usize {
    let mut j = i + 1;
    while j < end {
        let c = b[j];
        let sign_after_exponent = (c == b'-' || c == b'+') && matches!(b[j - 1], b'e' | b'E' | b'p' | b'P') && !is_hex_prefix(b, i);
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || sign_after_exponent {
            j += 1;
        } else {
            break;
        }
    }
    j
}

fn is_hex_prefix(b: &[u8], i: usize) -> bool {
    let k = if matches!(b[i], b'-' | b'+') { i + 1 } else { i };
    b.get(k) == Some(&b'0') && matches!(b.get(k + 1), Some(b'x' | b'X'))
}

/// Go's number literals: decimal, `0x`/`0o`/`0b` and legacy octal integers,
/// floats with exponents, `_` separators.
fn number(text: &str) -> Option<Token> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let clean = body.replace('_', "");
    let lower = clean.to_ascii_lowercase();
    let radix = |digits: &str, radix: u32| i64::from_str_radix(digits, radix).ok();
    let int = if let Some(h) = lower.strip_prefix("0x") {
        if h.contains(['.', 'p']) {
            None
        } else {
            radix(h, 16)
        }
    } else if let Some(o) = lower.strip_prefix("0o") {
        radix(o, 8)
    } else if let Some(bin) = lower.strip_prefix("0b") {
        radix(bin, 2)
    } else if lower.len() > 1 && lower.starts_with('0') && lower.bytes().all(|c| c.is_ascii_digit()) {
        radix(&lower[1..], 8)
    } else if lower.bytes().all(|c| c.is_ascii_digit()) {
        // Too large for an int: Go keeps it as a float constant (below).
        lower.parse::<i64>().ok()
    } else {
        None
    };
    if let Some(n) = int {
        return Some(Token::Int(if negative { -n } else { n }));
    }
    if lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b") {
        return None;
    }
    let f = crate::float::parse(&lower).filter(|f| f.is_finite())?;
    if lower.bytes().all(|c| c.is_ascii_digit()) || (!lower.contains(['.', 'e']) && f.fract() == 0.0 && f.abs() < 9.2e18) {
        return Some(Token::Int(if negative { -(f as i64) } else { f as i64 }));
    }
    Some(Token::Float(if negative { -f } else { f }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Token> {
        match &split(src).unwrap()[0] {
            Piece::Action(t, _) => t.iter().map(|(t, _)| t.clone()).collect(),
            other => panic!("expected an action, got {other:?}"),
        }
    }

    #[test]
    fn trim_markers_remove_whitespace_only_with_a_space_beside_the_dash() {
        let p = split("a  {{- .x -}}  b {{-3}}").unwrap();
        assert_eq!(p[0], Piece::Text("a".into()), "`{{- ` should trim the space before it");
        assert_eq!(p[2], Piece::Text("b ".into()), "` -}}` should trim the space after it");
        assert!(matches!(&p[3], Piece::Action(t, _) if t[0].0 == Token::Int(-3)), "`{{-3}}` is the number -3: {:?}", p[3]);
    }

    #[test]
    fn comments_vanish_and_must_fill_the_action() {
        let p = split("x{{/* a }} b */}}y{{- /* c */ -}} z").unwrap();
        assert_eq!(p, vec![Piece::Text("x".into()), Piece::Text("y".into()), Piece::Text("z".into())]);
        assert!(split("{{/* a */ .x }}").is_err(), "a comment followed by more should be an error");
    }

    #[test]
    fn literals_follow_go() {
        assert_eq!(
            toks("{{ 0x1F 017 1_000 1.5 1e3 'a' '\\n' -2 }}"),
            vec![
                Token::Int(31),
                Token::Int(15),
                Token::Int(1000),
                Token::Float(1.5),
                Token::Float(1000.0),
                Token::Int(97),
                Token::Int(10),
                Token::Int(-2)
            ]
        );
        assert_eq!(toks(r#"{{ "a\tb\u00e9\x41" `raw\n` }}"#), vec![Token::Str("a\tbéA".into()), Token::Str("raw\\n".into())]);
    }

    #[test]
    fn words_fields_and_variables() {
        assert_eq!(
            toks("{{ $x := strings.TrimPrefix .A.b $ }}"),
            vec![
                Token::Var("$x".into()),
                Token::Declare,
                Token::Ident("strings.TrimPrefix".into()),
                Token::Field("A".into()),
                Token::ChainField("b".into()),
                Token::Var("$".into())
            ]
        );
        assert_eq!(
            toks("{{ (index . 0).Name }}"),
            vec![Token::Open, Token::Ident("index".into()), Token::Dot, Token::Int(0), Token::Close, Token::ChainField("Name".into())]
        );
        assert_eq!(
            toks("{{ eq .variant $v.x }}"),
            vec![Token::Ident("eq".into()), Token::Field("variant".into()), Token::Var("$v".into()), Token::ChainField("x".into())],
            "a field after a space is an argument, not a field of the function"
        );
    }

    #[test]
    fn positions_are_lines_and_columns() {
        let p = split("ab\n  {{ .x }}").unwrap();
        assert!(matches!(&p[1], Piece::Action(t, at) if *at == Pos { line: 2, column: 3 } && t[0].1 == Pos { line: 2, column: 6 }));
        let e = split("a\n{{ \"x }}").unwrap_err();
        assert_eq!(e.pos.line, 2, "an unterminated string should be reported on its line");
    }
}
