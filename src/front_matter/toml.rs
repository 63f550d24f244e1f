//! TOML front matter: a TOML 1.0 parser that builds the located tree directly.
//!
//! Hugo reads TOML with go-toml v2, which implements TOML 1.0; so does this
//! parser (the 1.1 additions — newlines in inline tables, `\e`, `\x`, times
//! without seconds — are errors, as in Hugo). It is our own rather than the
//! `toml` crate because that crate, with its datetime and parser crates, was
//! 20 KB (brotli) of the wasm module; the tests compare the two on the TOML the
//! crate and the spec agree on. Dates and times become RFC 3339 strings
//! (`1979-05-27T07:32:00Z`), normalized as the `toml` crate prints them.

use super::tree::{Entry, Kind, LocatedValue, Scalar};
use super::{fail, SyntaxError};
use crate::span::Span;
use serde_json::Value;
use std::collections::HashMap;

const ESCAPE_CONTROL: &str = "a control character must be escaped in a string";
const NO_CONTROL: &str = "a control character is not allowed in a literal string";

use crate::limits::TOML_DEPTH as MAX_DEPTH;

/// Parses a TOML document into a located tree (dates become RFC 3339 strings).
///
/// # Errors
/// A [`SyntaxError`] at the byte (within `text`) where the document went wrong.
pub fn parse(text: &str, offset: usize) -> Result<LocatedValue, SyntaxError> {
    // A byte-order mark may open the document.
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut p = Parser { s: text.as_bytes(), text, i: start, inline: 0 };
    let mut root = Table::new(Span::new(0, text.len()), How::Header);
    p.document(&mut root)?;
    Ok(root.into_node(offset))
}

/// How a table came to be, which decides what may add to it later.
#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    /// By a `[header]` (or the root): complete; no second header, no dotted keys into it.
    Header,
    /// On the way to a header (`a` in `[a.b]`): a later `[a]` may still define it.
    Implicit,
    /// By dotted keys (`a.b = 1`): more dotted keys and sub-table headers may add to it.
    Dotted,
    /// Inline (`{ … }`): nothing may add to it.
    Inline,
}

struct Table {
    entries: Vec<(String, Span, Item)>,
    index: HashMap<String, usize>,
    span: Span,
    how: How,
}

struct Item {
    span: Span,
    value: Val,
}

enum Val {
    Scalar(Scalar),
    /// An array; `true` when made by `[[headers]]` (only those may be appended to).
    Array(Vec<Item>, bool),
    Table(Table),
}

impl Table {
    fn new(span: Span, how: How) -> Table {
        Table { entries: Vec::new(), index: HashMap::new(), span, how }
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut Item> {
        let i = *self.index.get(key)?;
        Some(&mut self.entries[i].2)
    }

    fn insert(&mut self, key: String, key_span: Span, item: Item) -> &mut Item {
        let i = self.entries.len();
        self.index.insert(key.clone(), i);
        self.entries.push((key, key_span, item));
        &mut self.entries[i].2
    }

    fn into_node(self, offset: usize) -> LocatedValue {
        let entries = self
            .entries
            .into_iter()
            .map(|(key, key_span, item)| Entry { key, key_span: key_span.shift(offset), value: item.into_node(offset) })
            .collect();
        LocatedValue { span: self.span.shift(offset), kind: Kind::Map(entries) }
    }
}

impl Item {
    fn into_node(self, offset: usize) -> LocatedValue {
        match self.value {
            Val::Table(t) => t.into_node(offset),
            Val::Array(items, _) => {
                LocatedValue { span: self.span.shift(offset), kind: Kind::Seq(items.into_iter().map(|i| i.into_node(offset)).collect()) }
            }
            Val::Scalar(s) => LocatedValue { span: self.span.shift(offset), kind: Kind::Scalar(s) },
        }
    }
}

/// A key segment: its text and where it is written (quotes included).
type Key = (String, Span);

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    /// How many inline tables are open here (where TOML 1.0 allows no newline).
    inline: usize,
}

fn is_bare(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

/// Control characters TOML allows in no string or comment (tab is allowed).
fn is_control(c: char) -> bool {
    (c < ' ' && c != '\t') || c == '\u{7f}'
}

impl Parser<'_> {
    /// An error here: `expected`, or that an inline table is broken across lines.
    fn expected<T>(&self, expected: &str) -> Result<T, SyntaxError> {
        if self.inline > 0 && matches!(self.peek(), Some(b'\n' | b'\r')) {
            return fail(self.i, "an inline table must be on one line (TOML 1.0, as Hugo reads it)");
        }
        fail(self.i, expected)
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn at(&self, text: &str) -> bool {
        self.s[self.i..].starts_with(text.as_bytes())
    }

    fn char_here(&self) -> char {
        self.text[self.i..].chars().next().unwrap_or('\0')
    }

    /// The character here, which must not be a control character; steps past it.
    fn plain_char(&mut self, message: &str) -> Result<char, SyntaxError> {
        let c = self.char_here();
        if is_control(c) {
            return fail(self.i, message);
        }
        self.i += c.len_utf8();
        Ok(c)
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
    }

    /// A comment, if one starts here (through the end of its line).
    fn comment(&mut self) -> Result<(), SyntaxError> {
        if self.peek() != Some(b'#') {
            return Ok(());
        }
        while self.i < self.s.len() && !self.at("\n") && !self.at("\r\n") {
            let c = self.char_here();
            if is_control(c) {
                return fail(self.i, "a control character is not allowed in a comment");
            }
            self.i += c.len_utf8();
        }
        Ok(())
    }

    /// A line end (LF or CRLF) if one is here.
    fn newline(&mut self) -> bool {
        if self.at("\n") {
            self.i += 1;
            true
        } else if self.at("\r\n") {
            self.i += 2;
            true
        } else {
            false
        }
    }

    /// After an expression: spaces, a comment, then the end of the line or document.
    fn line_end(&mut self) -> Result<(), SyntaxError> {
        self.ws();
        self.comment()?;
        if self.newline() || self.i == self.s.len() {
            Ok(())
        } else {
            fail(self.i, "expected the end of the line (or a `#` comment)")
        }
    }

    fn document(&mut self, root: &mut Table) -> Result<(), SyntaxError> {
        // The path of the table keys go into: empty for the root.
        let mut current: Vec<Key> = Vec::new();
        while self.i < self.s.len() {
            self.ws();
            match self.peek() {
                None => break,
                Some(b'#') => self.comment()?,
                Some(b'\n') | Some(b'\r') => {
                    if !self.newline() {
                        return fail(self.i, "a carriage return must be followed by a line feed");
                    }
                    continue;
                }
                Some(b'[') => {
                    let start = self.i;
                    let array = self.at("[[");
                    self.i += if array { 2 } else { 1 };
                    self.ws();
                    let path = self.key()?;
                    self.ws();
                    let close = if array { "]]" } else { "]" };
                    if !self.at(close) {
                        return fail(self.i, format!("expected `{close}` to close the table header"));
                    }
                    self.i += close.len();
                    let span = Span::new(start, self.i);
                    if path.len() > MAX_DEPTH {
                        return fail(start, "tables are nested too deeply");
                    }
                    self.header(root, &path, span, array)?;
                    current = path;
                    self.line_end()?;
                    continue;
                }
                Some(_) => {
                    let table = self.table_at(root, &current);
                    self.keyval(table, current.len())?;
                    // The header's table (and so its span) runs through its last key.
                    if !current.is_empty() {
                        table.span.end = self.i;
                    }
                }
            }
            self.line_end()?;
        }
        Ok(())
    }

    /// The table a header path names (it exists: `header` made it).
    fn table_at<'t>(&self, root: &'t mut Table, path: &[Key]) -> &'t mut Table {
        let mut t = root;
        for (k, _) in path {
            let item = t.get_mut(k).expect("the header created this path");
            t = match &mut item.value {
                Val::Table(inner) => inner,
                Val::Array(items, _) => match items.last_mut().map(|i| &mut i.value) {
                    Some(Val::Table(inner)) => inner,
                    _ => unreachable!("a header path holds tables"),
                },
                Val::Scalar(_) => unreachable!("a header path holds tables"),
            };
        }
        t
    }

    /// Defines the table (or appends to the array of tables) a header names.
    fn header(&self, root: &mut Table, path: &[Key], span: Span, array: bool) -> Result<(), SyntaxError> {
        let mut t = root;
        let (last, parents) = path.split_last().expect("a key has a segment");
        for (k, ks) in parents {
            if t.get_mut(k).is_none() {
                t.insert(k.clone(), *ks, Item { span, value: Val::Table(Table::new(span, How::Implicit)) });
            }
            let item = t.get_mut(k).expect("just made");
            t = match &mut item.value {
                Val::Table(inner) if inner.how != How::Inline => inner,
                Val::Array(items, true) => match items.last_mut().map(|i| &mut i.value) {
                    Some(Val::Table(inner)) => inner,
                    _ => unreachable!("arrays of tables hold tables"),
                },
                _ => return fail(ks.start, format!("`{k}` is already a value, not a table")),
            };
        }
        let (k, ks) = last;
        match t.get_mut(k) {
            None if array => {
                let table = Item { span, value: Val::Table(Table::new(span, How::Header)) };
                t.insert(k.clone(), *ks, Item { span, value: Val::Array(vec![table], true) });
            }
            None => {
                t.insert(k.clone(), *ks, Item { span, value: Val::Table(Table::new(span, How::Header)) });
            }
            Some(Item { value: Val::Array(items, true), span: array_span }) if array => {
                array_span.end = span.end;
                items.push(Item { span, value: Val::Table(Table::new(span, How::Header)) });
            }
            Some(Item { value: Val::Table(existing), .. }) if !array && existing.how == How::Implicit => {
                existing.how = How::Header;
                existing.span = span;
            }
            Some(_) => return fail(ks.start, format!("`{}` is defined twice", dotted(path))),
        }
        Ok(())
    }

    /// `key = value` into `table`.
    fn keyval(&mut self, table: &mut Table, depth: usize) -> Result<(), SyntaxError> {
        let start = self.i;
        let path = self.key()?;
        self.ws();
        if self.peek() != Some(b'=') {
            return self.expected("expected `=` after a key");
        }
        self.i += 1;
        self.ws();
        if depth + path.len() > MAX_DEPTH {
            return fail(start, "tables are nested too deeply");
        }
        let value = self.value(depth + path.len())?;
        let span = Span::new(start, self.i);
        let (last, parents) = path.split_last().expect("a key has a segment");
        let mut t = table;
        for (k, ks) in parents {
            if t.get_mut(k).is_none() {
                t.insert(k.clone(), *ks, Item { span, value: Val::Table(Table::new(span, How::Dotted)) });
            }
            let item = t.get_mut(k).expect("just made");
            item.span.end = span.end;
            t = match &mut item.value {
                Val::Table(inner) if inner.how == How::Dotted => inner,
                _ => return fail(ks.start, format!("`{k}` is already defined; dotted keys cannot add to it")),
            };
            t.span.end = span.end;
        }
        let (k, ks) = last;
        if t.get_mut(k).is_some() {
            return fail(ks.start, format!("duplicate key `{}`", dotted(&path)));
        }
        t.insert(k.clone(), *ks, value);
        Ok(())
    }

    /// A key: one or more segments joined by dots.
    fn key(&mut self) -> Result<Vec<Key>, SyntaxError> {
        let mut path = Vec::new();
        loop {
            let start = self.i;
            let text = match self.peek() {
                Some(b'"') => {
                    if self.at("\"\"\"") {
                        return fail(start, "a key cannot be a multi-line string");
                    }
                    self.basic_string()?
                }
                Some(b'\'') => {
                    if self.at("'''") {
                        return fail(start, "a key cannot be a multi-line string");
                    }
                    self.literal_string()?
                }
                Some(c) if is_bare(c) => {
                    while self.peek().is_some_and(is_bare) {
                        self.i += 1;
                    }
                    self.text[start..self.i].to_owned()
                }
                _ => return self.expected("expected a key"),
            };
            path.push((text, Span::new(start, self.i)));
            self.ws();
            if self.peek() != Some(b'.') {
                return Ok(path);
            }
            self.i += 1;
            self.ws();
        }
    }

    fn value(&mut self, depth: usize) -> Result<Item, SyntaxError> {
        let start = self.i;
        let scalar = |value: Value, quoted: bool| Val::Scalar(Scalar { value, quoted });
        let value = match self.peek() {
            Some(b'"') => {
                let s = if self.at("\"\"\"") { self.multiline_basic()? } else { self.basic_string()? };
                scalar(Value::String(s), true)
            }
            Some(b'\'') => {
                let s = if self.at("'''") { self.multiline_literal()? } else { self.literal_string()? };
                scalar(Value::String(s), true)
            }
            Some(b'[') => self.array(depth)?,
            Some(b'{') => Val::Table(self.inline_table(depth)?),
            Some(b't') if self.at("true") => {
                self.i += 4;
                scalar(Value::Bool(true), false)
            }
            Some(b'f') if self.at("false") => {
                self.i += 5;
                scalar(Value::Bool(false), false)
            }
            Some(c) if c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'i' | b'n') => self.number_or_date()?,
            _ => return self.expected("expected a value (a string, number, boolean, date, array or inline table)"),
        };
        // A value runs to a delimiter; anything glued on (`truex`, `1x`) is an error.
        if self.peek().is_some_and(|c| is_bare(c) || c == b'.' || c == b'"' || c == b'\'') {
            return fail(start, "invalid value");
        }
        Ok(Item { span: Span::new(start, self.i), value })
    }

    /// Spaces, comments and newlines, as allowed between array elements.
    fn array_space(&mut self) -> Result<(), SyntaxError> {
        loop {
            self.ws();
            self.comment()?;
            if !self.newline() {
                return Ok(());
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Val, SyntaxError> {
        if depth >= MAX_DEPTH {
            return fail(self.i, "arrays and tables are nested too deeply");
        }
        self.i += 1;
        let mut items = Vec::new();
        loop {
            self.array_space()?;
            if self.peek() == Some(b']') {
                self.i += 1;
                return Ok(Val::Array(items, false));
            }
            items.push(self.value(depth + 1)?);
            self.array_space()?;
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Val::Array(items, false));
                }
                _ => return fail(self.i, "expected `,` or `]` in an array"),
            }
        }
    }

    fn inline_table(&mut self, depth: usize) -> Result<Table, SyntaxError> {
        if depth >= MAX_DEPTH {
            return fail(self.i, "arrays and tables are nested too deeply");
        }
        let start = self.i;
        self.i += 1;
        let mut table = Table::new(Span::new(start, start), How::Dotted);
        self.inline += 1;
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
        } else {
            loop {
                self.ws();
                self.keyval(&mut table, depth + 1)?;
                self.ws();
                match self.peek() {
                    Some(b',') => {
                        self.i += 1;
                        self.ws();
                        if self.peek() == Some(b'}') {
                            return fail(self.i, "a trailing comma is not allowed in an inline table");
                        }
                    }
                    Some(b'}') => {
                        self.i += 1;
                        break;
                    }
                    _ => return self.expected("expected `,` or `}` in an inline table"),
                }
            }
        }
        self.inline -= 1;
        table.span = Span::new(start, self.i);
        freeze(&mut table);
        Ok(table)
    }

    fn basic_string(&mut self) -> Result<String, SyntaxError> {
        let start = self.i;
        self.i += 1;
        let mut out = String::new();
        loop {
            match self.peek() {
                None | Some(b'\n') => return fail(start, "unterminated string"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => self.escape(&mut out)?,
                Some(_) => out.push(self.plain_char(ESCAPE_CONTROL)?),
            }
        }
    }

    fn multiline_basic(&mut self) -> Result<String, SyntaxError> {
        let start = self.i;
        self.i += 3;
        self.newline();
        let mut out = String::new();
        loop {
            if self.at("\"\"\"") {
                // Up to two quotes may end the content, just before the delimiter.
                let run = self.s[self.i..].iter().take_while(|&&c| c == b'"').count();
                if run > 5 {
                    return fail(self.i, "too many quotes in a row in a multi-line string");
                }
                out.push_str(&"\"".repeat(run - 3));
                self.i += run;
                return Ok(out);
            }
            match self.peek() {
                None => return fail(start, "unterminated multi-line string"),
                Some(b'\\') => {
                    // A backslash at the end of a line trims all whitespace after it.
                    let mut j = self.i + 1;
                    while matches!(self.s.get(j), Some(b' ' | b'\t')) {
                        j += 1;
                    }
                    if matches!(self.s.get(j), Some(b'\n')) || self.s[j..].starts_with(b"\r\n") {
                        self.i = j;
                        loop {
                            if matches!(self.peek(), Some(b' ' | b'\t')) {
                                self.i += 1;
                            } else if !self.newline() {
                                break;
                            }
                        }
                    } else {
                        self.escape(&mut out)?;
                    }
                }
                Some(_) => {
                    if self.at("\r\n") {
                        out.push_str("\r\n");
                        self.i += 2;
                        continue;
                    }
                    if self.at("\n") {
                        out.push('\n');
                        self.i += 1;
                        continue;
                    }
                    out.push(self.plain_char(ESCAPE_CONTROL)?);
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let at = self.i;
        self.i += 1;
        let c = match self.peek() {
            Some(b'b') => '\u{8}',
            Some(b't') => '\t',
            Some(b'n') => '\n',
            Some(b'f') => '\u{c}',
            Some(b'r') => '\r',
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'u') | Some(b'U') => {
                let n = if self.peek() == Some(b'u') { 4 } else { 8 };
                let hex = self.s.get(self.i + 1..self.i + 1 + n).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                let code = hex.and_then(|h| u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
                let Some(c) = code.and_then(char::from_u32) else {
                    return fail(at, format!("`\\{}` needs {n} hex digits naming a Unicode scalar value", self.s[self.i] as char));
                };
                self.i += n;
                c
            }
            _ => return fail(at, "invalid escape in a string (use `\\\\` for a backslash)"),
        };
        self.i += 1;
        out.push(c);
        Ok(())
    }

    fn literal_string(&mut self) -> Result<String, SyntaxError> {
        let start = self.i;
        self.i += 1;
        let from = self.i;
        loop {
            match self.peek() {
                None | Some(b'\n') => return fail(start, "unterminated string"),
                Some(b'\'') => {
                    self.i += 1;
                    return Ok(self.text[from..self.i - 1].to_owned());
                }
                Some(_) => {
                    self.plain_char(NO_CONTROL)?;
                }
            }
        }
    }

    fn multiline_literal(&mut self) -> Result<String, SyntaxError> {
        let start = self.i;
        self.i += 3;
        self.newline();
        let from = self.i;
        loop {
            if self.at("'''") {
                let run = self.s[self.i..].iter().take_while(|&&c| c == b'\'').count();
                if run > 5 {
                    return fail(self.i, "too many quotes in a row in a multi-line string");
                }
                let end = self.i + run - 3;
                self.i += run;
                return Ok(self.text[from..end].to_owned());
            }
            if self.i >= self.s.len() {
                return fail(start, "unterminated multi-line string");
            }
            if !self.newline() {
                self.plain_char(NO_CONTROL)?;
            }
        }
    }

    /// An integer, float, date or time.
    fn number_or_date(&mut self) -> Result<Val, SyntaxError> {
        let start = self.i;
        let scalar = |value: Value| Ok(Val::Scalar(Scalar { value, quoted: false }));
        // Dates and times start with digits and a `-` or `:` in a fixed place.
        let digits = self.s[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        let next = self.s.get(start + digits).copied();
        if (digits == 4 && next == Some(b'-')) || (digits == 2 && next == Some(b':')) {
            return scalar(Value::String(self.datetime()?));
        }
        let end =
            start + self.s[start..].iter().take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'_' | b'.')).count();
        let word = &self.text[start..end];
        self.i = end;
        let (negative, unsigned) = match word.as_bytes().first() {
            Some(b'-') => (true, &word[1..]),
            Some(b'+') => (false, &word[1..]),
            _ => (false, word),
        };
        let sign = if negative { "-" } else { "" };
        if matches!(unsigned, "inf" | "nan") {
            return scalar(Value::Null);
        }
        let radix = match unsigned.get(..2) {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ => 10,
        };
        if radix != 10 {
            if word.len() != unsigned.len() {
                return fail(start, "a hexadecimal, octal or binary number cannot have a sign");
            }
            let body = digits_of(&unsigned[2..], radix).ok_or_else(|| invalid(start, "integer"))?;
            let n = i64::from_str_radix(&body, radix).map_err(|_| invalid(start, "integer (out of range)"))?;
            return scalar(Value::from(n));
        }
        let float = unsigned.contains(['.', 'e', 'E']);
        if !float {
            let body = digits_of(unsigned, 10).ok_or_else(|| invalid(start, "number"))?;
            if body.len() > 1 && body.starts_with('0') {
                return fail(start, "leading zeros are not allowed in a number");
            }
            let n = format!("{sign}{body}").parse::<i64>().map_err(|_| invalid(start, "integer (out of range)"))?;
            return scalar(Value::from(n));
        }
        // A float: an integer part, then a fraction and/or an exponent.
        let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
            Some(e) => (&unsigned[..e], Some(&unsigned[e + 1..])),
            None => (unsigned, None),
        };
        let (int, frac) = match mantissa.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (mantissa, None),
        };
        let int = digits_of(int, 10).ok_or_else(|| invalid(start, "number"))?;
        if int.len() > 1 && int.starts_with('0') {
            return fail(start, "leading zeros are not allowed in a number");
        }
        let mut text = format!("{sign}{int}");
        if let Some(f) = frac {
            text.push('.');
            text.push_str(&digits_of(f, 10).ok_or_else(|| invalid(start, "number"))?);
        }
        if let Some(e) = exponent {
            let unsigned_e = e.strip_prefix(['+', '-']).unwrap_or(e);
            text.push('e');
            if e.starts_with('-') {
                text.push('-');
            }
            text.push_str(&digits_of(unsigned_e, 10).ok_or_else(|| invalid(start, "number"))?);
        }
        let f = crate::float::parse(&text).ok_or_else(|| invalid(start, "number"))?;
        if f.is_infinite() {
            return fail(start, "number out of range (write `inf` for infinity)");
        }
        scalar(serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number))
    }

    /// A date, time or date-time, normalized (`T` and `Z` upper case, the fraction without trailing zeros).
    fn datetime(&mut self) -> Result<String, SyntaxError> {
        let start = self.i;
        let mut out = String::new();
        let num = |p: &mut Parser<'_>, n: usize, max: u32| -> Result<u32, SyntaxError> {
            let d = p.s.get(p.i..p.i + n).filter(|d| d.iter().all(u8::is_ascii_digit)).ok_or_else(|| invalid(start, "date or time"))?;
            p.i += n;
            let v = d.iter().fold(0, |acc, c| acc * 10 + u32::from(c - b'0'));
            if v > max {
                return Err(invalid(start, "date or time (a part is out of range)"));
            }
            Ok(v)
        };
        let expect = |p: &mut Parser<'_>, c: u8| -> Result<(), SyntaxError> {
            if p.peek() == Some(c) {
                p.i += 1;
                Ok(())
            } else {
                Err(invalid(start, "date or time"))
            }
        };
        let has_date = self.s.get(self.i + 4) == Some(&b'-');
        if has_date {
            let y = num(self, 4, 9999)?;
            expect(self, b'-')?;
            let m = num(self, 2, 12)?;
            expect(self, b'-')?;
            let d = num(self, 2, 31)?;
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            let days = match m {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            if m == 0 || d == 0 || d > days {
                return fail(start, "invalid date (no such day)");
            }
            // The parts are fixed-width digits: the text as written is the normal form.
            out.push_str(&self.text[start..self.i]);
            // A time follows after `T`, `t` or a space followed by a digit.
            let sep = self.peek();
            let time_follows = match sep {
                Some(b'T' | b't') => true,
                Some(b' ') => self.s.get(self.i + 1).is_some_and(u8::is_ascii_digit),
                _ => false,
            };
            if !time_follows {
                return Ok(out);
            }
            self.i += 1;
            out.push('T');
        }
        let time = self.i;
        num(self, 2, 23)?;
        expect(self, b':')?;
        num(self, 2, 59)?;
        expect(self, b':')?;
        num(self, 2, 60)?;
        out.push_str(&self.text[time..self.i]);
        if self.peek() == Some(b'.') {
            self.i += 1;
            let n = self.s[self.i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return fail(start, "invalid time (a fraction needs digits)");
            }
            let frac = &self.text[self.i..self.i + n.min(9)];
            self.i += n;
            let frac = frac.trim_end_matches('0');
            if !frac.is_empty() {
                out.push('.');
                out.push_str(frac);
            }
        }
        if has_date {
            match self.peek() {
                Some(b'Z' | b'z') => {
                    self.i += 1;
                    out.push('Z');
                }
                Some(sign @ (b'+' | b'-')) => {
                    self.i += 1;
                    let offset = self.i;
                    let oh = num(self, 2, 23)?;
                    expect(self, b':')?;
                    let om = num(self, 2, 59)?;
                    // A zero offset is `+00:00` whichever sign it was written with.
                    out.push(if oh == 0 && om == 0 { '+' } else { sign as char });
                    out.push_str(&self.text[offset..self.i]);
                }
                _ => {}
            }
        }
        Ok(out)
    }
}

/// Digits with single underscores between them, without the underscores.
fn digits_of(text: &str, radix: u32) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut last_digit = false;
    for c in text.chars() {
        if c.is_digit(radix) {
            out.push(c);
            last_digit = true;
        } else if c == '_' && last_digit {
            last_digit = false;
        } else {
            return None;
        }
    }
    (last_digit && !out.is_empty()).then_some(out)
}

fn invalid(at: usize, what: &str) -> SyntaxError {
    SyntaxError { offset: at, message: format!("invalid {what}") }
}

fn dotted(path: &[Key]) -> String {
    path.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(".")
}

/// Marks an inline table, and the tables its dotted keys made, as closed.
fn freeze(table: &mut Table) {
    table.how = How::Inline;
    for (_, _, item) in &mut table.entries {
        if let Val::Table(t) = &mut item.value {
            if t.how == How::Dotted {
                freeze(t);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn value(src: &str) -> serde_json::Value {
        parse(src, 0).unwrap_or_else(|e| panic!("{src:?}: {}", e.message)).to_value()
    }

    fn error(src: &str) -> (usize, String) {
        match parse(src, 0) {
            Ok(n) => panic!("{src:?} parsed: {}", n.to_value()),
            Err(e) => (e.offset, e.message),
        }
    }

    #[test]
    fn tables_headers_and_dotted_keys() {
        let v = value("a = 1\n[b.c]\nd = 2\n[b]\ne.f = 3\n[[g]]\nh = 1\n[[g]]\n[g.i]\nj = 2\n");
        assert_eq!(v, serde_json::json!({"a": 1, "b": {"c": {"d": 2}, "e": {"f": 3}}, "g": [{"h": 1}, {"i": {"j": 2}}]}));
        let v = value("[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n");
        assert_eq!(v["fruit"]["apple"]["texture"]["smooth"], true, "a header may add a sub-table to a dotted table");
    }

    #[test]
    fn redefinitions_are_errors_at_the_key() {
        assert_eq!(error("a = 1\na = 2\n").0, 6);
        assert_eq!(error("[a]\n[a]\n").0, 5);
        assert_eq!(error("[a]\nb.c = 1\n[a.b]\n").0, 15, "a header cannot name a table made by dotted keys");
        assert_eq!(error("[a.b]\nc = 1\n[a]\nb.d = 2\n").0, 16, "dotted keys cannot add to a header's table");
        assert_eq!(error("a = {b = 1}\n[a]\n").0, 13, "inline tables are closed");
        assert_eq!(error("a = {b = 1}\na.c = 2\n").0, 12);
        assert_eq!(error("a = []\n[[a]]\n").0, 9, "a static array cannot take [[a]]");
        assert_eq!(error("a.b = 1\n[a.b]\n").0, 11);
    }

    #[test]
    fn strings() {
        let v = value(concat!(
            "a = \"tab\\there \\u00e9 \\U0001F600\"\n",
            "b = 'C:\\path'\n",
            "c = \"\"\"\nline one\nline \\\n   two\"\"\"\n",
            "d = '''\nraw \\n'''\n",
            "e = \"\"\"q\"\"\"\"\"\n",
            "\"quoted key\" = 1\n",
        ));
        assert_eq!(v["a"], "tab\there é 😀");
        assert_eq!(v["b"], "C:\\path");
        assert_eq!(v["c"], "line one\nline two");
        assert_eq!(v["d"], "raw \\n");
        assert_eq!(v["e"], "q\"\"");
        assert_eq!(v["quoted key"], 1);
        for bad in ["a = \"x\n", "a = \"\\x41\"\n", "a = \"\\e\"\n", "a = 'x\u{1}'\n", "a = \"\"\"x\n"] {
            error(bad);
        }
    }

    #[test]
    fn numbers_dates_and_booleans() {
        let v = value("a = +1_000\nb = -0\nc = 0xdead_BEEF\nd = 0o17\ne = 0b101\nf = 6.626e-34\ng = 1e06\nh = -inf\ni = true\n");
        assert_eq!(
            v,
            serde_json::json!({"a": 1000, "b": 0, "c": 0xdeadbeef_i64, "d": 15, "e": 5, "f": 6.626e-34, "g": 1e6, "h": null, "i": true})
        );
        let v = value("a = 1979-05-27 07:32:00.500z\nb = 1979-05-27T00:32:00-07:00\nc = 1979-05-27\nd = 07:32:00\ne = 2000-02-29T00:00:00.123456789123\n");
        assert_eq!(v["a"], "1979-05-27T07:32:00.5Z");
        assert_eq!(v["b"], "1979-05-27T00:32:00-07:00");
        assert_eq!(v["c"], "1979-05-27");
        assert_eq!(v["d"], "07:32:00");
        assert_eq!(v["e"], "2000-02-29T00:00:00.123456789");
        for bad in ["a = 01\n", "a = 1__0\n", "a = _1\n", "a = 1.\n", "a = .5\n", "a = +0x1\n", "a = 1e\n", "a = 9223372036854775808\n"] {
            error(bad);
        }
        for bad in ["a = 2001-02-29\n", "a = 1979-13-01\n", "a = 24:00:00\n", "a = 07:32\n", "a = truex\n"] {
            error(bad);
        }
    }

    #[test]
    fn arrays_and_inline_tables() {
        let v = value("a = [\n  1, # one\n  'two',\n  [3],\n  {x = 1, y.z = 2},\n]\nb = {}\n");
        assert_eq!(v, serde_json::json!({"a": [1, "two", [3], {"x": 1, "y": {"z": 2}}], "b": {}}));
        error("a = {x = 1,}\n");
        error("a = {x = 1,\ny = 2}\n");
        error("a = [1 2]\n");
    }

    #[test]
    fn spans_locate_keys_and_values() {
        let src = "title = 'x'\n[params]\nauthor = 'k'\n\n[[p]]\nn = 1\n";
        let node = parse(src, 0).unwrap();
        let e = node.entries();
        assert_eq!(&src[e[0].key_span.start..e[0].key_span.end], "title");
        assert_eq!(&src[e[0].value.span.start..e[0].value.span.end], "'x'");
        assert_eq!(&src[e[1].value.span.start..e[1].value.span.end], "[params]\nauthor = 'k'");
        assert_eq!(&src[e[2].key_span.start..e[2].key_span.end], "p");
    }

    #[test]
    fn nesting_is_limited() {
        let deep = format!("a = {}{}\n", "[".repeat(200), "]".repeat(200));
        assert!(error(&deep).1.contains("nested too deeply"));
        let dotted = format!("{} = 1\n", vec!["a"; 200].join("."));
        assert!(error(&dotted).1.contains("nested too deeply"));
    }
}
