//! The shortcode lexer: Hugo's `parser/pageparser` rules, item for item.
//!
//! It turns a post body into text and shortcode items exactly as Hugo's page
//! lexer does (the ported lexer table in `tests/shortcode_lexer.rs` checks
//! that), including Hugo's error messages. Like Hugo's, it stops at an error;
//! unlike Hugo, the caller can [`Lexer::resume`] after it, so that one bad
//! shortcode does not stop the rest of the post from rendering.

use crate::go_unicode::{is_digit, is_letter};
use std::collections::HashMap;
use std::ops::Range;

/// What an item is (Hugo's item types).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Text outside shortcodes (or an escaped `{{</* */>}}`'s pieces).
    Text,
    /// Spaces or tabs before a shortcode at the start of a line.
    Indentation,
    /// `{{<`
    LeftNoMarkup,
    /// `>}}`
    RightNoMarkup,
    /// `{{%`
    LeftMarkup,
    /// `%}}`
    RightMarkup,
    /// `/` closing a shortcode or ending a self-closing one.
    Close,
    /// The shortcode's name.
    Name,
    /// The name of an inline shortcode (`name.inline`).
    NameInline,
    /// A positional argument, or the name of a named one.
    Param,
    /// The value of a named argument.
    ParamValue,
    /// A syntax error; its message is in [`Item::value`]. The lexer stops after it.
    Error,
    /// The end of the input.
    Eof,
}

/// One lexed item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The item's kind.
    pub kind: Kind,
    /// Its bytes in the input.
    pub span: Range<usize>,
    /// Its value: the text, with quotes and escapes removed for arguments; the
    /// message for errors.
    pub value: String,
    /// Whether the value was quoted (a quoted value stays a string).
    pub quoted: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Main,
    LeftDelim,
    Inside,
    EndOfShortcode,
    RightDelim,
    Done,
}

/// The lexer over one body.
pub struct Lexer<'a> {
    input: &'a str,
    pos: usize,
    start: usize,
    state: State,
    items: Vec<Item>,
    markup: bool,
    is_inline: bool,
    current_name: String,
    closing: u32,
    element_step: u32,
    param_elements: u32,
    open: HashMap<String, bool>,
    /// Where the last `*/>}}` (false) and `*/%}}` (true) are, once looked for.
    last_comment_close: HashMap<bool, Option<usize>>,
}

const EOF: char = '\u{0}';

fn is_ascii_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ')
}

/// Hugo's `isAlphaNumeric`: `_`, a letter or a decimal digit.
fn is_alphanumeric(c: char) -> bool {
    c == '_' || is_letter(c) || is_digit(c)
}

fn is_alphanumeric_or_hyphen(c: char) -> bool {
    c != EOF && (is_alphanumeric(c) || c == '-')
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `input`.
    pub fn new(input: &'a str) -> Lexer<'a> {
        Lexer {
            input,
            pos: 0,
            start: 0,
            state: State::Main,
            items: Vec::new(),
            markup: false,
            is_inline: false,
            current_name: String::new(),
            closing: 0,
            element_step: 0,
            param_elements: 0,
            open: HashMap::new(),
            last_comment_close: HashMap::new(),
        }
    }

    /// All items up to the end or the first error, as Hugo's lexer emits them
    /// (for the tests that run Hugo's lexer table, and the fuzz target).
    #[cfg(feature = "internals")]
    pub fn collect_all(input: &'a str) -> Vec<Item> {
        let mut lexer = Lexer::new(input);
        let mut out = Vec::new();
        while let Some(item) = lexer.next_item() {
            let stop = matches!(item.kind, Kind::Error | Kind::Eof);
            out.push(item);
            if stop {
                break;
            }
        }
        out
    }

    /// Continues lexing text at `pos` after an error, forgetting the shortcode in progress.
    pub fn resume(&mut self, pos: usize) {
        self.pos = pos.min(self.input.len());
        while !self.input.is_char_boundary(self.pos) {
            self.pos += 1;
        }
        self.start = self.pos;
        self.state = State::Main;
        self.is_inline = false;
        self.closing = 0;
        self.element_step = 0;
        self.param_elements = 0;
        self.items.clear();
    }

    /// The next item, or `None` after `Eof` or an error (until [`Lexer::resume`]).
    pub fn next_item(&mut self) -> Option<Item> {
        loop {
            if !self.items.is_empty() {
                return Some(self.items.remove(0));
            }
            self.state = match self.state {
                State::Done => return None,
                State::Main => self.main(),
                State::LeftDelim => self.left_delim(),
                State::Inside => self.inside(),
                State::EndOfShortcode => self.end_of_shortcode(),
                State::RightDelim => self.right_delim(),
            };
        }
    }

    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }

    fn next(&mut self) -> char {
        match self.rest().chars().next() {
            Some(c) => {
                self.pos += c.len_utf8();
                c
            }
            None => EOF,
        }
    }

    fn backup(&mut self, c: char) {
        if c != EOF || self.pos < self.input.len() {
            self.pos -= c.len_utf8();
        }
    }

    fn peek(&self) -> char {
        self.rest().chars().next().unwrap_or(EOF)
    }

    fn ignore(&mut self) {
        self.start = self.pos;
    }

    fn current(&self) -> &'a str {
        &self.input[self.start..self.pos]
    }

    fn push(&mut self, kind: Kind, span: Range<usize>, value: String, quoted: bool) {
        self.items.push(Item { kind, span, value, quoted });
    }

    fn emit(&mut self, kind: Kind) {
        let (start, pos) = (self.start, self.pos);
        if kind == Kind::Text {
            // Trailing indentation after a newline becomes its own item.
            let bytes = self.input.as_bytes();
            let mut i = pos;
            while i > start {
                i -= 1;
                let b = bytes[i];
                if !matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
                    break;
                }
                if i == start && b != b'\n' {
                    self.push(Kind::Indentation, start..pos, self.input[start..pos].to_owned(), false);
                    self.start = pos;
                    return;
                } else if b == b'\n' && i < pos - 1 {
                    self.push(Kind::Text, start..i + 1, self.input[start..=i].to_owned(), false);
                    self.push(Kind::Indentation, i + 1..pos, self.input[i + 1..pos].to_owned(), false);
                    self.start = pos;
                    return;
                } else if b == b'\n' && i == pos - 1 {
                    break;
                }
            }
        }
        self.push(kind, start..pos, self.input[start..pos].to_owned(), false);
        self.start = pos;
    }

    fn emit_value(&mut self, kind: Kind, value: String) {
        self.push(kind, self.start..self.pos, value, true);
        self.start = self.pos;
    }

    fn error(&mut self, message: String) -> State {
        self.push(Kind::Error, self.start..self.pos, message, false);
        State::Done
    }

    fn right(&self) -> &'static str {
        if self.markup {
            "%}}"
        } else {
            ">}}"
        }
    }

    fn main(&mut self) -> State {
        loop {
            let Some(idx) = crate::search::find(self.rest(), "{{") else {
                self.pos = self.input.len();
                if self.pos > self.start {
                    self.emit(Kind::Text);
                }
                self.push(Kind::Eof, self.pos..self.pos, String::new(), false);
                return State::Done;
            };
            self.pos += idx;
            if self.pos > self.start {
                self.emit(Kind::Text);
            }
            let rest = self.rest();
            if rest.starts_with("{{<") || rest.starts_with("{{%") {
                if self.is_inline {
                    let after = rest[3..].trim_start_matches(is_ascii_space);
                    let closes_inline = after
                        .strip_prefix('/')
                        .is_some_and(|b| b.trim_start_matches(is_ascii_space).starts_with(&format!("{} ", self.current_name)));
                    if !closes_inline {
                        return self.error("inline shortcodes do not support nesting".to_owned());
                    }
                }
                self.markup = rest.starts_with("{{%");
                return State::LeftDelim;
            }
            self.pos += 1;
        }
    }

    fn left_delim(&mut self) -> State {
        self.pos += 3;
        if self.rest().starts_with("/*") {
            return self.comment();
        }
        self.emit(if self.markup { Kind::LeftMarkup } else { Kind::LeftNoMarkup });
        self.element_step = 0;
        self.param_elements = 0;
        State::Inside
    }

    /// `{{</* … */>}}`: the shortcode is written out literally, as three text items.
    fn comment(&mut self) -> State {
        let close = format!("*/{}", self.right());
        // Where the last such close is, found once: an unclosed comment after it
        // fails at once (a flood of `{{</*` stays linear).
        let last = *self.last_comment_close.entry(self.markup).or_insert_with(|| self.input.rfind(&close));
        let at = match last {
            Some(l) if l >= self.pos => self.rest().find(&close).map_or(-1, |i| i as isize),
            _ => -1,
        };
        if at <= 1 {
            return self.error("comment must be closed".to_owned());
        }
        let at = at as usize;
        self.emit(Kind::Text);
        self.pos += 2;
        self.ignore();
        self.pos += at - 2;
        self.emit(Kind::Text);
        self.pos += 2;
        self.ignore();
        self.pos += 3;
        self.emit(Kind::Text);
        State::Main
    }

    fn right_delim(&mut self) -> State {
        self.closing = 0;
        self.pos += 3;
        self.emit(if self.markup { Kind::RightMarkup } else { Kind::RightNoMarkup });
        State::Main
    }

    fn inside(&mut self) -> State {
        if self.rest().starts_with(self.right()) {
            return State::RightDelim;
        }
        let r = self.next();
        match r {
            EOF => self.error("unclosed shortcode action".to_owned()),
            c if is_ascii_space(c) => {
                self.ignore();
                State::Inside
            }
            '=' => {
                while is_ascii_space(self.peek()) && self.peek() != EOF {
                    self.next();
                }
                self.ignore();
                match self.peek() {
                    p @ ('"' | '\\') => self.quoted(p != '\\', Kind::ParamValue),
                    '`' => self.raw_string(Kind::ParamValue),
                    _ => {
                        loop {
                            let c = self.next();
                            if c == EOF || is_ascii_space(c) {
                                self.backup(c);
                                break;
                            }
                        }
                        self.emit(Kind::ParamValue);
                        State::Inside
                    }
                }
            }
            '/' => {
                if self.current_name.is_empty() {
                    return self.error("got closing shortcode, but none is open".to_owned());
                }
                self.closing += 1;
                self.is_inline = false;
                self.element_step = 0;
                self.emit(Kind::Close);
                State::Inside
            }
            '\\' => {
                self.ignore();
                if matches!(self.peek(), '"' | '`') {
                    return self.param(true);
                }
                State::Inside
            }
            c if self.element_step > 0 && (is_alphanumeric_or_hyphen(c) || c == '"' || c == '`') => {
                self.backup(c);
                self.param(false)
            }
            c if is_alphanumeric(c) => {
                self.backup(c);
                self.identifier()
            }
            c => self.error(format!(
                "unrecognized character in shortcode action: U+{:04X} '{c}'. Note: Parameters with non-alphanumeric args must be quoted",
                c as u32
            )),
        }
    }

    fn param(&mut self, escaped_quote_start: bool) -> State {
        let mut first = true;
        let mut next_eq = false;
        loop {
            let r = self.next();
            if first {
                if r == '"' || (r == '`' && !escaped_quote_start) {
                    if self.param_elements == 2 {
                        return self.error("got quoted positional parameter. Cannot mix named and positional parameters".to_owned());
                    }
                    self.param_elements = 1;
                    self.backup(r);
                    return if r == '"' { self.quoted(!escaped_quote_start, Kind::Param) } else { self.raw_string(Kind::Param) };
                } else if r == '`' && escaped_quote_start {
                    return self.error("unrecognized escape character".to_owned());
                }
                first = false;
            } else if r == '=' {
                self.backup(r);
                next_eq = true;
                break;
            }
            if !is_alphanumeric_or_hyphen(r) && r != '.' {
                self.backup(r);
                break;
            }
        }
        if self.param_elements == 0 {
            self.param_elements += 1;
            if next_eq {
                self.param_elements += 1;
            }
        } else if next_eq && self.param_elements == 1 {
            return self.error(format!("got named parameter '{}'. Cannot mix named and positional parameters", self.current()));
        } else if !next_eq && self.param_elements == 2 {
            return self.error(format!("got positional parameter '{}'. Cannot mix named and positional parameters", self.current()));
        }
        self.emit(Kind::Param);
        State::Inside
    }

    fn raw_string(&mut self, kind: Kind) -> State {
        let mut open = false;
        loop {
            match self.next() {
                '`' if open => {
                    self.backup('`');
                    break;
                }
                '`' => {
                    open = true;
                    self.ignore();
                }
                EOF => {
                    return self.error(format!("unterminated raw string in shortcode parameter-argument: '{}'", self.current()));
                }
                _ => {}
            }
        }
        let value = self.current().to_owned();
        self.emit_value(kind, value);
        self.next();
        self.ignore();
        State::Inside
    }

    fn quoted(&mut self, escaped_values_allowed: bool, kind: Kind) -> State {
        let mut open = false;
        let mut escaped_inner = false;
        let mut escaped_state = 0;
        loop {
            let r = self.next();
            match r {
                '\\' => {
                    if self.peek() == '"' {
                        if open && !escaped_values_allowed {
                            self.backup(r);
                            break;
                        } else if open {
                            escaped_inner = true;
                            escaped_state = 1;
                        }
                    } else if self.peek() == '`' {
                        return self.error("unrecognized escape character".to_owned());
                    }
                }
                EOF | '\n' => {
                    return self.error(format!("unterminated quoted string in shortcode parameter-argument: '{}'", self.current()));
                }
                '"' => {
                    if escaped_state == 0 {
                        if open {
                            self.backup(r);
                            break;
                        }
                        open = true;
                        self.ignore();
                    } else {
                        escaped_state = 0;
                    }
                }
                _ => {}
            }
        }
        let value = if escaped_inner { self.current().replace('\\', "") } else { self.current().to_owned() };
        self.emit_value(kind, value);
        let r = self.next();
        if r == '\\' {
            if self.peek() == '"' {
                self.ignore();
                self.next();
                self.ignore();
            }
        } else if r == '"' {
            self.ignore();
        } else {
            self.backup(r);
        }
        State::Inside
    }

    fn identifier(&mut self) -> State {
        let mut look_for_end = false;
        loop {
            let r = self.next();
            match r {
                c if is_alphanumeric_or_hyphen(c) || c == '/' => {}
                '.' => {
                    self.is_inline = self.rest().starts_with("inline ");
                    if !self.is_inline {
                        return self.error("period in shortcode name only allowed for inline identifiers".to_owned());
                    }
                }
                _ => {
                    self.backup(r);
                    let word = self.current().to_owned();
                    if self.closing > 0 {
                        if !self.open.get(&word).copied().unwrap_or(false) {
                            return self.error(format!("closing tag for shortcode '{word}' does not match start tag"));
                        }
                        look_for_end = true;
                    }
                    self.closing = 0;
                    self.current_name = word.clone();
                    self.open.insert(word, true);
                    self.element_step += 1;
                    self.emit(if self.is_inline { Kind::NameInline } else { Kind::Name });
                    break;
                }
            }
        }
        if look_for_end {
            State::EndOfShortcode
        } else {
            State::Inside
        }
    }

    fn end_of_shortcode(&mut self) -> State {
        self.is_inline = false;
        loop {
            if self.rest().starts_with(self.right()) {
                return State::RightDelim;
            }
            let r = self.next();
            if is_ascii_space(r) && r != EOF {
                self.ignore();
            } else {
                return self.error("unclosed shortcode".to_owned());
            }
        }
    }
}
