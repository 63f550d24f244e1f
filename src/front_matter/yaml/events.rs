//! A YAML 1.2 parser of our own: the text in, its events out (what
//! `yaml.rs`'s builder makes values of), each at the byte where its content
//! starts.
//!
//! Written here BY SIZE, not by preference: yaml-rust2 with the layer that
//! converted its character marks to bytes was ~15 KB brotli of the renderer's
//! default module (measured by stubbing both out), which was 223.2 KB against
//! its 200 KB budget; saphyr-parser is the same code, serde_yaml / libyaml are
//! larger. With this parser in their place the default module is 216.2 KB
//! (-7.0 KB; the site module 421.4 -> 414.1 KB; `make package`,
//! tools/size.mjs). It is a recursive descent over the bytes, with no token
//! queue, no simple-key bookkeeping and no character table, and it parses the
//! corpus's front matters 2.4x as fast (with the builder: 29 -> 72 MB/s).
//! yaml-rust2 stays a dev-dependency: tests/yaml_differential.rs compares the
//! two; tests/yaml_suite.rs runs the yaml-test-suite (398 of 402 cases pass;
//! the other four are where Hugo's YAML, goccy/go-yaml, reads quoted scalars
//! and flow collections whose lines YAML 1.2 wants further right, and Recap
//! reads front matter as Hugo does).
//!
//! Event marks follow yaml-rust2's, where the builder reads them: a node at its
//! content (after its anchor and tag), a block scalar at its first line's
//! content, a block mapping at its first key's content, a block sequence at
//! its first `-`, an empty node and the end of a block collection at the next
//! token.
//!
//! Hostile input: one pass, no backtracking (a key found after its node has
//! been read puts the mapping's start event before it), nesting limited to
//! [`crate::limits::YAML_DEPTH`].

use crate::limits::YAML_DEPTH;
use std::collections::HashMap;

/// A scalar's style as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Unquoted.
    Plain,
    /// `'…'`
    Single,
    /// `"…"`
    Double,
    /// `|`
    Literal,
    /// `>`
    Folded,
}

/// A node's tag, resolved as yaml-rust2 resolves it: `!!str` is
/// (`tag:yaml.org,2002:`, `str`), `!foo` is (`!`, `foo`), `!` is (``, `!`),
/// a verbatim `!<x>` is (``, `x`), a `%TAG` handle gives its prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    /// The handle's prefix.
    pub handle: String,
    /// The rest.
    pub suffix: String,
}

/// A node's anchor (its id, from 1; 0 for none) and tag.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Props {
    /// The anchor's id, 0 for none.
    pub anchor: usize,
    /// The tag, if written (boxed: most nodes have none, and events stay small).
    pub tag: Option<Box<Tag>>,
}

impl Props {
    fn is_empty(&self) -> bool {
        self.anchor == 0 && self.tag.is_none()
    }
}

/// One parse event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ev {
    /// The start of the text.
    StreamStart,
    /// Its end.
    StreamEnd,
    /// Whether it was written (`---`).
    DocStart(bool),
    /// Whether it was written (`...`).
    DocEnd(bool),
    /// Whether it is a flow (`[`) sequence.
    SeqStart(Props, bool),
    /// The end of a sequence.
    SeqEnd,
    /// Whether it is a flow (`{`) mapping.
    MapStart(Props, bool),
    /// The end of a mapping.
    MapEnd,
    /// A scalar's value (escapes and folding applied), style and properties.
    Scalar(String, Style, Props),
    /// The id of the anchor it refers to.
    Alias(usize),
}

/// An event and the byte where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// What it is.
    pub ev: Ev,
    /// Where its content starts (a mapping's end: where the next token starts).
    pub at: usize,
}

/// Why the text is not YAML, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Where.
    pub at: usize,
    /// Why.
    pub message: String,
}

/// The events of a YAML stream and its anchors' names (id `i` is `anchors[i - 1]`).
#[derive(Debug)]
pub struct Parsed {
    /// The events, in order.
    pub events: Vec<Event>,
    /// The anchors' names (for the test suite's notation).
    #[cfg_attr(not(feature = "internals"), allow(dead_code))]
    pub anchors: Vec<String>,
}

type R<T> = Result<T, Error>;

/// Parses a YAML stream.
///
/// # Errors
/// The first place where `text` is not YAML.
pub fn parse(text: &str) -> Result<Parsed, Error> {
    let mut p = P {
        t: text,
        b: text.as_bytes(),
        pos: 0,
        line_start: 0,
        out: Vec::new(),
        ids: HashMap::new(),
        names: Vec::new(),
        handles: Vec::new(),
        depth: 0,
    };
    p.stream()?;
    Ok(Parsed { events: p.out, anchors: p.names.into_iter().map(str::to_owned).collect() })
}

/// Where a node is: after `key:` (no collection may start on its line), after
/// `-`, `?` or an explicit `:` (a compact one may), or a document's top.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Value,
    Entry,
    /// After `?` or an explicit `:`: a compact collection, or a sequence at the key's indentation.
    Explicit,
    Top,
}

struct P<'a> {
    t: &'a str,
    b: &'a [u8],
    pos: usize,
    line_start: usize,
    out: Vec<Event>,
    ids: HashMap<&'a str, usize>,
    names: Vec<&'a str>,
    /// This document's `%TAG` handles and their prefixes.
    handles: Vec<(String, String)>,
    depth: usize,
}

/// A character of a tag's URI (YAML's ns-uri-char, `%` escapes included).
fn is_uri(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-#;/?:@&=+$,_.!~*'()[]%".contains(&c)
}

fn is_flow_ind(c: u8) -> bool {
    matches!(c, b',' | b'[' | b']' | b'{' | b'}')
}

fn err<T>(at: usize, message: &str) -> R<T> {
    Err(Error { at, message: message.to_owned() })
}

impl<'a> P<'a> {
    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }
    fn cur(&self) -> u8 {
        self.at(self.pos)
    }
    fn eof(&self) -> bool {
        self.pos >= self.b.len()
    }
    /// A space, a tab, a line break or the end at `i`.
    fn blank(&self, i: usize) -> bool {
        i >= self.b.len() || matches!(self.b[i], b' ' | b'\t' | b'\r' | b'\n')
    }
    fn eol(&self, i: usize) -> bool {
        i >= self.b.len() || matches!(self.b[i], b'\r' | b'\n')
    }
    fn col(&self) -> usize {
        self.pos - self.line_start
    }
    /// Whether only spaces and tabs come before `pos` on its line.
    fn first_on_line(&self) -> bool {
        self.b[self.line_start..self.pos].iter().all(|&c| c == b' ' || c == b'\t')
    }
    /// An indicator (`-`, `?`, `:`) followed by a blank at `pos`.
    fn ind(&self, c: u8) -> bool {
        self.cur() == c && self.blank(self.pos + 1)
    }
    /// `---` or `...` starting a line, followed by a blank.
    fn doc_marker(&self) -> bool {
        self.pos == self.line_start
            && (self.b[self.pos..].starts_with(b"---") || self.b[self.pos..].starts_with(b"..."))
            && self.blank(self.pos + 3)
    }
    /// Consumes the line break at `pos`, if any.
    fn newline(&mut self) -> bool {
        let n = match (self.cur(), self.at(self.pos + 1)) {
            (b'\r', b'\n') => 2,
            (b'\r' | b'\n', _) if !self.eof() => 1,
            _ => return false,
        };
        self.pos += n;
        self.line_start = self.pos;
        true
    }
    fn spaces(&mut self) {
        while matches!(self.cur(), b' ' | b'\t') {
            self.pos += 1;
        }
    }
    fn skip_line(&mut self) {
        while !self.eol(self.pos) {
            self.pos += 1;
        }
    }
    /// Skips spaces, tabs, comments and line breaks up to the next token.
    fn sep(&mut self) -> R<()> {
        loop {
            self.spaces();
            if self.cur() == b'#' {
                if self.pos > 0 && !self.blank(self.pos - 1) {
                    return err(self.pos, "comments must be separated from other tokens by whitespace");
                }
                self.skip_line();
            }
            if !self.newline() {
                return Ok(());
            }
        }
    }
    /// Block content must not be indented with a tab.
    fn no_tab(&self) -> R<()> {
        match self.b[self.line_start..self.pos].iter().position(|&c| c == b'\t') {
            Some(i) => err(self.line_start + i, "found a tab character where an indentation space is expected"),
            None => Ok(()),
        }
    }
    /// Where the next token is, as yaml-rust2 marks it: a `-` entry of the
    /// same sequence after its `-` and the spaces after it (where an empty
    /// node before it is marked).
    fn next_token(&self) -> usize {
        if !self.ind(b'-') {
            return self.pos;
        }
        let mut i = self.pos + 1;
        while matches!(self.at(i), b' ' | b'\t') {
            i += 1;
        }
        i
    }

    fn emit(&mut self, ev: Ev, at: usize) {
        self.out.push(Event { ev, at });
    }
    fn empty(&mut self, props: Props, at: usize) {
        self.emit(Ev::Scalar(String::new(), Style::Plain, props), at);
    }
    fn deeper(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > YAML_DEPTH {
            return Err(Error { at: self.pos, message: format!("more than {YAML_DEPTH} levels of nesting") });
        }
        Ok(())
    }

    fn stream(&mut self) -> R<()> {
        self.emit(Ev::StreamStart, 0);
        if self.b.starts_with("\u{feff}".as_bytes()) {
            self.pos = 3;
            self.line_start = 3;
        }
        let mut ended = true; // the last document ended with `...` (or there was none)
        loop {
            self.sep()?;
            if self.eof() {
                break;
            }
            if self.doc_marker() && self.cur() == b'.' {
                // A `...` with no document open.
                self.pos += 3;
                self.after_marker()?;
                ended = true;
                continue;
            }
            let mut directives = false;
            self.handles.clear();
            let mut version = false;
            while self.cur() == b'%' && self.pos == self.line_start {
                if !ended {
                    return err(self.pos, "missing explicit document end marker before directive");
                }
                self.directive(&mut version)?;
                directives = true;
                self.sep()?;
            }
            let explicit = self.doc_marker() && self.cur() == b'-';
            if directives && !explicit {
                return err(self.pos, "did not find expected <document start>");
            }
            let start = self.pos;
            if explicit {
                self.pos += 3;
            }
            self.emit(Ev::DocStart(explicit), start);
            self.ids.clear();
            self.block(-1, Ctx::Top)?;
            self.sep()?;
            if self.eof() {
                self.emit(Ev::DocEnd(false), self.pos);
                break;
            }
            if self.doc_marker() {
                if self.cur() == b'.' {
                    self.emit(Ev::DocEnd(true), self.pos);
                    self.pos += 3;
                    self.after_marker()?;
                    ended = true;
                } else {
                    self.emit(Ev::DocEnd(false), self.pos);
                    ended = false;
                }
                continue;
            }
            if self.cur() == b'%' && self.pos == self.line_start {
                return err(self.pos, "missing explicit document end marker before directive");
            }
            return err(self.pos, "did not find expected <document start>");
        }
        self.emit(Ev::StreamEnd, self.pos);
        Ok(())
    }

    /// After `...`: only a comment on its line.
    fn after_marker(&mut self) -> R<()> {
        self.spaces();
        if self.cur() == b'#' || self.eol(self.pos) {
            return Ok(());
        }
        err(self.pos, "invalid content after document end marker")
    }

    fn directive(&mut self, version: &mut bool) -> R<()> {
        let start = self.pos;
        self.pos += 1;
        let name_start = self.pos;
        while !self.blank(self.pos) {
            self.pos += 1;
        }
        let name = &self.t[name_start..self.pos];
        self.spaces();
        match name {
            "YAML" => {
                if *version {
                    return err(start, "duplicate version directive");
                }
                *version = true;
                let v = self.pos;
                while self.cur().is_ascii_digit() || self.cur() == b'.' {
                    self.pos += 1;
                }
                let ver = &self.t[v..self.pos];
                if ver.split('.').count() != 2 || ver.split('.').any(str::is_empty) {
                    return err(v, "while scanning a YAML directive, did not find expected version number");
                }
            }
            "TAG" => {
                let h = self.pos;
                while !self.blank(self.pos) {
                    self.pos += 1;
                }
                let handle = self.t[h..self.pos].to_owned();
                let word = handle.get(1..handle.len().saturating_sub(1)).unwrap_or("");
                if !handle.starts_with('!') || !handle.ends_with('!') || !word.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-') {
                    return err(h, "while parsing a tag directive, did not find expected '!'");
                }
                self.spaces();
                let p = self.pos;
                while is_uri(self.cur()) {
                    self.pos += 1;
                }
                if p == self.pos || !self.blank(self.pos) {
                    return err(p, "while parsing a tag, did not find expected tag URI");
                }
                let prefix = decode(&self.t[p..self.pos])
                    .ok_or(Error { at: p, message: "while parsing a tag, did not find URI escaped octet".to_owned() })?;
                self.handles.push((handle, prefix));
            }
            "" => return err(start, "while scanning a directive, could not find expected directive name"),
            _ => {
                // A reserved directive: ignored.
                self.skip_line();
                return Ok(());
            }
        }
        self.spaces();
        if !(self.eol(self.pos) || self.cur() == b'#' && self.blank(self.pos - 1)) {
            return err(self.pos, "while scanning a directive, did not find expected comment or line break");
        }
        self.skip_line();
        Ok(())
    }

    /// A block node after an indicator (or at a document's top), inside a
    /// collection indented `n`.
    fn block(&mut self, n: isize, ctx: Ctx) -> R<()> {
        let mut outer = Props::default();
        loop {
            self.sep()?;
            let fresh = self.first_on_line();
            let indentless = ctx != Ctx::Entry && ctx != Ctx::Top && self.col() as isize == n && self.ind(b'-');
            if self.eof() || fresh && (self.doc_marker() || self.col() as isize <= n && !indentless) {
                let at = if self.col() as isize == n { self.next_token() } else { self.pos };
                self.empty(outer, at);
                return Ok(());
            }
            let allow = fresh || ctx == Ctx::Entry || ctx == Ctx::Explicit;
            if matches!(self.cur(), b'&' | b'!') {
                let at = self.pos;
                let p = self.props()?;
                self.sep()?;
                if self.first_on_line() && !self.eof() || self.eof() {
                    outer = merge(outer, Some((p, at)), at)?;
                    continue;
                }
                return self.content(n, allow, fresh, outer, Some((p, at)));
            }
            return self.content(n, allow, fresh, outer, None);
        }
    }

    /// A block collection starts at `at`: not after a tab of indentation, nor
    /// after a tab that separates it from the indicator before it.
    fn tab_before(&self, at: usize, fresh: bool) -> R<()> {
        if fresh {
            return self.no_tab_in(self.line_start, at, "found a tab character where an indentation space is expected");
        }
        let start = self.b[..at].iter().rposition(|&c| c != b' ' && c != b'\t').map_or(0, |i| i + 1);
        self.no_tab_in(start, at, "tabs disallowed in this context")
    }

    fn no_tab_in(&self, from: usize, to: usize, message: &str) -> R<()> {
        match self.b[from..to].iter().position(|&c| c == b'\t') {
            Some(i) => err(from + i, message),
            None => Ok(()),
        }
    }

    /// Block content at `pos`: a collection (when `allow`), a block scalar, or
    /// a flow node that may be a mapping's first key.
    fn content(&mut self, n: isize, allow: bool, fresh: bool, outer: Props, inline: Option<(Props, usize)>) -> R<()> {
        let mark = inline.as_ref().map_or(self.pos, |i| i.1);
        let c = mark - self.line_start;
        if self.ind(b'-') || self.ind(b'?') || self.ind(b':') && inline.is_none() {
            if inline.is_some() || !allow {
                let what = if self.cur() == b'-' { "block sequence entries" } else { "mapping keys" };
                return err(self.pos, &format!("{what} are not allowed in this context"));
            }
            self.tab_before(self.pos, fresh)?;
            return if self.cur() == b'-' { self.seq(c, outer, c as isize == n) } else { self.map(c, outer, None) };
        }
        if matches!(self.cur(), b'|' | b'>') {
            let props = merge(outer, inline, self.pos)?;
            return self.block_scalar(n, props);
        }
        let key_at = self.out.len();
        let line = self.line_start;
        let inline_props = inline.clone().map(|i| i.0).unwrap_or_default();
        if self.ind(b':') {
            // `&a : value`: an empty key with properties.
            let at = self.pos;
            self.empty(inline_props, at);
        } else {
            self.flow_node(inline_props, n, false)?;
            self.spaces();
        }
        if self.ind(b':') {
            if !allow || self.line_start != line {
                return err(self.pos, "mapping values are not allowed in this context");
            }
            self.tab_before(mark, fresh)?;
            let at = self.out[key_at].at;
            self.out.insert(key_at, Event { ev: Ev::MapStart(outer, false), at });
            return self.map(c, Props::default(), Some(()));
        }
        if !outer.is_empty() {
            let props = merge(outer, inline, mark)?;
            set_props(&mut self.out[key_at].ev, props);
        }
        Ok(())
    }

    /// A block sequence whose `-` are at column `c`.
    /// One at its parent mapping's indentation (`indentless`) is marked at its
    /// first entry's first token, as yaml-rust2 marked it (the builder's span
    /// of it starts there).
    fn seq(&mut self, c: usize, props: Props, indentless: bool) -> R<()> {
        self.deeper()?;
        let start = self.out.len();
        self.emit(Ev::SeqStart(props, false), self.pos);
        loop {
            self.pos += 1;
            if indentless && self.out.len() == start + 1 {
                self.out[start].at = self.pos + self.b[self.pos..].iter().take_while(|&&c| c == b' ' || c == b'\t').count();
            }
            self.block(c as isize, Ctx::Entry)?;
            self.sep()?;
            if self.eof() || self.doc_marker() {
                break;
            }
            if !self.first_on_line() {
                return err(self.pos, "while parsing a block collection, did not find expected '-' indicator");
            }
            if self.col() < c || self.col() == c && !self.ind(b'-') {
                break;
            }
            self.no_tab()?;
            if self.col() > c {
                return err(self.pos, "while parsing a block collection, did not find expected '-' indicator");
            }
        }
        self.emit(Ev::SeqEnd, self.pos);
        self.depth -= 1;
        Ok(())
    }

    /// A block mapping whose keys are at column `c`; `first` when its first
    /// key has been read (`pos` is at its `:`, the start event is out).
    fn map(&mut self, c: usize, props: Props, first: Option<()>) -> R<()> {
        self.deeper()?;
        if first.is_none() {
            self.emit(Ev::MapStart(props, false), self.pos);
        }
        let mut have_key = first.is_some();
        loop {
            if !have_key {
                if self.ind(b'?') {
                    self.pos += 1;
                    self.block(c as isize, Ctx::Explicit)?;
                    self.sep()?;
                    if self.first_on_line() && self.col() == c && self.ind(b':') && !self.eof() {
                        self.pos += 1;
                        self.block(c as isize, Ctx::Explicit)?;
                    } else {
                        let at = if self.col() == c { self.next_token() } else { self.pos };
                        self.empty(Props::default(), at);
                    }
                    if !self.next_entry(c)? {
                        break;
                    }
                    continue;
                }
                if self.ind(b':') {
                    let at = self.pos;
                    self.empty(Props::default(), at);
                } else {
                    let line = self.line_start;
                    let mut props = Props::default();
                    if matches!(self.cur(), b'&' | b'!') {
                        props = self.props()?;
                        self.spaces();
                    }
                    if self.ind(b':') {
                        let at = self.pos;
                        self.empty(props, at);
                    } else {
                        if self.eol(self.pos) || self.cur() == b'#' {
                            return err(self.pos, "while parsing a block mapping, did not find expected key");
                        }
                        self.flow_node(props, c as isize, false)?;
                        self.spaces();
                    }
                    if !self.ind(b':') || self.line_start != line {
                        return err(self.pos, "could not find expected ':'");
                    }
                }
            }
            have_key = false;
            // At the `:`.
            self.pos += 1;
            self.block(c as isize, Ctx::Value)?;
            if !self.next_entry(c)? {
                break;
            }
        }
        self.emit(Ev::MapEnd, self.pos);
        self.depth -= 1;
        Ok(())
    }

    /// After a mapping entry: whether another follows at column `c`.
    fn next_entry(&mut self, c: usize) -> R<bool> {
        self.sep()?;
        if self.eof() || self.doc_marker() {
            return Ok(false);
        }
        if !self.first_on_line() {
            return err(self.pos, "while parsing a block mapping, did not find expected key");
        }
        if self.col() < c {
            return Ok(false);
        }
        self.no_tab()?;
        if self.col() > c {
            return err(self.pos, "while parsing a block mapping, did not find expected key");
        }
        Ok(true)
    }

    /// Anchor and tag, in either order.
    fn props(&mut self) -> R<Props> {
        let mut p = Props::default();
        let mut seen = (false, false);
        loop {
            match self.cur() {
                b'&' if !seen.0 => {
                    seen.0 = true;
                    let name = self.name()?;
                    let id = self.names.len() + 1;
                    self.names.push(name);
                    self.ids.insert(name, id);
                    p.anchor = id;
                }
                b'!' if !seen.1 => {
                    seen.1 = true;
                    p.tag = Some(Box::new(self.tag()?));
                }
                _ => return Ok(p),
            }
            let before = self.pos;
            self.spaces();
            if self.pos == before && !self.blank(self.pos) && !is_flow_ind(self.cur()) {
                return err(self.pos, "expected whitespace");
            }
            if matches!(self.cur(), b'&' | b'!') && self.pos == before {
                return err(self.pos, "expected whitespace");
            }
        }
    }

    /// An anchor's or alias's name, after its `&` or `*`.
    fn name(&mut self) -> R<&'a str> {
        let start = self.pos;
        self.pos += 1;
        while !self.blank(self.pos) && !is_flow_ind(self.cur()) {
            self.pos += 1;
        }
        if self.pos == start + 1 {
            return err(start, "while scanning an anchor or alias, did not find expected alphabetic or numeric character");
        }
        Ok(&self.t[start + 1..self.pos])
    }

    fn tag(&mut self) -> R<Tag> {
        let start = self.pos;
        self.pos += 1;
        let bad = |at| Error { at, message: "while parsing a tag, did not find expected tag URI".to_owned() };
        if self.cur() == b'<' {
            let s = self.pos + 1;
            self.pos = s;
            while is_uri(self.cur()) && self.cur() != b'>' {
                self.pos += 1;
            }
            if self.cur() != b'>' {
                return err(start, "while scanning a verbatim tag, did not find the expected '>'");
            }
            let suffix = decode(&self.t[s..self.pos]).ok_or_else(|| bad(s))?;
            self.pos += 1;
            return Ok(Tag { handle: String::new(), suffix });
        }
        let w = self.pos;
        while self.cur().is_ascii_alphanumeric() || self.cur() == b'-' {
            self.pos += 1;
        }
        let handle = if self.cur() == b'!' {
            self.pos += 1;
            self.t[start..self.pos].to_owned()
        } else {
            self.pos = w;
            "!".to_owned()
        };
        let s = self.pos;
        while is_uri(self.cur()) && !is_flow_ind(self.cur()) && self.cur() != b'!' {
            self.pos += 1;
        }
        let suffix = decode(&self.t[s..self.pos]).ok_or_else(|| bad(s))?;
        if !self.blank(self.pos) && !is_flow_ind(self.cur()) {
            return err(self.pos, "while scanning a tag, did not find expected whitespace or line break");
        }
        if handle == "!" && suffix.is_empty() {
            return Ok(Tag { handle: String::new(), suffix: "!".to_owned() });
        }
        if handle.len() > 1 && suffix.is_empty() {
            return Err(bad(self.pos));
        }
        let declared = self.handles.iter().find(|(h, _)| *h == handle).map(|(_, p)| p.clone());
        Ok(match declared {
            Some(prefix) => Tag { handle: prefix, suffix },
            None if handle == "!!" => Tag { handle: "tag:yaml.org,2002:".to_owned(), suffix },
            None if handle.len() > 1 => return err(start, "the handle wasn't declared"),
            None => Tag { handle, suffix },
        })
    }

    /// A node in flow style (or a plain, quoted, alias node in a block), with
    /// `props` read before it. Returns whether it is JSON-like (quoted or a
    /// flow collection: a `:` may follow it directly in a flow) and whether
    /// it took more than one line.
    fn flow_node(&mut self, props: Props, n: isize, flow: bool) -> R<(bool, bool)> {
        let at = self.pos;
        let line = self.line_start;
        match self.cur() {
            b'*' => {
                if !props.is_empty() {
                    return err(at, "an alias cannot have an anchor or a tag");
                }
                let name = self.name()?;
                let Some(&id) = self.ids.get(name) else { return err(at, "while parsing node, found unknown anchor") };
                self.emit(Ev::Alias(id), at);
                return Ok((false, false));
            }
            b'[' | b'{' => {
                self.flow_collection(props, n)?;
                return Ok((true, self.line_start != line));
            }
            b'"' | b'\'' => {
                let (v, style) = self.quoted(n)?;
                self.emit(Ev::Scalar(v, style, props), at);
                return Ok((true, self.line_start != line));
            }
            _ => {}
        }
        let c = self.cur();
        let next = self.at(self.pos + 1);
        let plain_start = !self.blank(self.pos)
            && !matches!(
                c,
                b'-' | b'?'
                    | b':'
                    | b','
                    | b'['
                    | b']'
                    | b'{'
                    | b'}'
                    | b'#'
                    | b'&'
                    | b'*'
                    | b'!'
                    | b'|'
                    | b'>'
                    | b'\''
                    | b'"'
                    | b'%'
                    | b'@'
                    | b'`'
            )
            || matches!(c, b'-' | b'?' | b':') && !self.blank(self.pos + 1) && !(flow && is_flow_ind(next));
        if !plain_start {
            let nothing = self.eof() || matches!(c, b',' | b']' | b'}' | b'\r' | b'\n') || c == b':' && flow || self.blank(self.pos);
            if nothing && (!props.is_empty() || flow) {
                // A node of properties only, or an empty one in a flow.
                self.empty(props, at);
                return Ok((false, false));
            }
            if matches!(c, b'\t') {
                return err(at, "tabs disallowed within this context (block indentation)");
            }
            return err(at, "while parsing a node, did not find expected node content");
        }
        let v = self.plain(n, flow)?;
        self.emit(Ev::Scalar(v, Style::Plain, props), at);
        Ok((false, self.line_start != line))
    }

    fn flow_collection(&mut self, props: Props, n: isize) -> R<()> {
        self.deeper()?;
        let seq = self.cur() == b'[';
        let (close, what) = if seq {
            (b']', "while parsing a flow sequence, expected ',' or ']'")
        } else {
            (b'}', "while parsing a flow mapping, did not find expected ',' or '}'")
        };
        self.emit(if seq { Ev::SeqStart(props, true) } else { Ev::MapStart(props, true) }, self.pos);
        self.pos += 1;
        // yaml-rust2 ended a flow mapping with a trailing `,` at that comma
        // (the builder's span of it stops there).
        let mut comma = None;
        loop {
            self.fsep()?;
            if self.eof() {
                return err(self.pos, what);
            }
            if self.cur() == close {
                break;
            }
            comma = None;
            if self.cur() == b',' {
                return err(self.pos, "did not find expected node content");
            }
            // One entry: a node, or a pair.
            let start = self.pos;
            let key_at = self.out.len();
            let explicit = self.ind(b'?') || self.cur() == b'?' && is_flow_ind(self.at(self.pos + 1));
            let mut json = false;
            let mut line = self.line_start;
            if explicit {
                self.pos += 1;
                self.fsep()?;
                line = self.line_start;
            }
            if self.cur() == b':' && (self.blank(self.pos + 1) || is_flow_ind(self.at(self.pos + 1)))
                || explicit && matches!(self.cur(), b',' | b']' | b'}')
            {
                let at = self.pos;
                self.empty(Props::default(), at);
            } else {
                let mut p = Props::default();
                if matches!(self.cur(), b'&' | b'!') {
                    p = self.props()?;
                    self.fsep()?;
                }
                json = self.flow_node(p, n, true)?.0;
            }
            let mut end = self.pos;
            let key_line = self.line_start;
            self.fsep()?;
            let colon = self.cur() == b':' && (self.blank(self.pos + 1) || is_flow_ind(self.at(self.pos + 1)) || json);
            if colon && seq && !explicit && (key_line != line || self.line_start != key_line) {
                return err(self.pos, "implicit keys in a flow sequence must be on one line");
            }
            if colon || explicit || !seq {
                if seq {
                    self.out.insert(key_at, Event { ev: Ev::MapStart(Props::default(), true), at: start });
                }
                if colon {
                    let colon_at = self.pos;
                    self.pos += 1;
                    self.fsep()?;
                    if matches!(self.cur(), b',' | b']' | b'}') || self.eof() {
                        self.empty(Props::default(), if seq { self.pos } else { colon_at });
                        end = colon_at + 1;
                    } else {
                        let mut p = Props::default();
                        if matches!(self.cur(), b'&' | b'!') {
                            p = self.props()?;
                            self.fsep()?;
                        }
                        self.flow_node(p, n, true)?;
                        end = self.pos;
                        self.fsep()?;
                    }
                } else {
                    let at = self.pos;
                    self.empty(Props::default(), at);
                }
                if seq {
                    // A single pair ends with its value.
                    self.emit(Ev::MapEnd, end);
                }
            }
            if self.cur() == b',' {
                comma = Some(self.pos);
                self.pos += 1;
                continue;
            }
            if self.cur() != close {
                return err(self.pos, what);
            }
            break;
        }
        if seq {
            self.emit(Ev::SeqEnd, self.pos);
        } else {
            self.emit(Ev::MapEnd, comma.unwrap_or(self.pos));
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(())
    }

    /// Separation inside a flow collection: lines may break anywhere, but
    /// not at a document marker. (As Hugo's YAML reads it, goccy/go-yaml:
    /// YAML 1.2 also wants the lines right of the enclosing block's
    /// indentation, the suite's 9C9N and VJP3-00.)
    fn fsep(&mut self) -> R<()> {
        let line = self.line_start;
        self.sep()?;
        if self.line_start != line && !self.eof() && self.doc_marker() {
            return err(self.pos, "while parsing a flow collection, found unexpected document indicator");
        }
        Ok(())
    }

    /// A plain scalar, folded over its lines.
    fn plain(&mut self, n: isize, flow: bool) -> R<String> {
        let mut out = String::new();
        loop {
            let s = self.pos;
            let mut end = s;
            while !self.eol(self.pos) {
                let c = self.cur();
                if c == b':' && (self.blank(self.pos + 1) || flow && is_flow_ind(self.at(self.pos + 1)))
                    || c == b'#' && self.pos > s && self.blank(self.pos - 1)
                    || flow && is_flow_ind(c)
                {
                    break;
                }
                self.pos += 1;
                if !matches!(c, b' ' | b'\t') {
                    end = self.pos;
                }
            }
            out.push_str(&self.t[s..end]);
            if !self.eol(self.pos) {
                self.pos = end;
                return Ok(out);
            }
            // A following line continues it when it is more indented than its block.
            let (save, save_line) = (end, self.line_start);
            let mut breaks = 0;
            while self.newline() {
                breaks += 1;
                self.spaces();
            }
            let indent = self.b[self.line_start..self.pos].iter().take_while(|&&c| c == b' ').count() as isize;
            let stop = self.eof()
                || self.doc_marker()
                || self.cur() == b'#'
                || !flow && indent <= n
                || self.ind(b':')
                || flow && (is_flow_ind(self.cur()) || self.cur() == b':' && is_flow_ind(self.at(self.pos + 1)));
            if stop {
                self.pos = save;
                self.line_start = save_line;
                return Ok(out);
            }
            fold(&mut out, breaks);
        }
    }

    /// A single- or double-quoted scalar, folded over its lines.
    fn quoted(&mut self, n: isize) -> R<(String, Style)> {
        let start = self.pos;
        let q = self.cur();
        self.pos += 1;
        let mut out = String::new();
        let mut ws = 0; // trailing spaces and tabs in `out`, dropped at a line break
        loop {
            if self.eof() {
                return err(start, "while scanning a quoted scalar, found unexpected end of stream");
            }
            let c = self.cur();
            if c == q {
                if q == b'\'' && self.at(self.pos + 1) == b'\'' {
                    out.push('\'');
                    self.pos += 2;
                    ws = 0;
                    continue;
                }
                self.pos += 1;
                let style = if q == b'"' { Style::Double } else { Style::Single };
                return Ok((out, style));
            }
            if c == b'\\' && q == b'"' {
                let e = self.pos;
                self.pos += 1;
                if self.eol(self.pos) && !self.eof() {
                    // An escaped line break: the lines join with nothing between.
                    self.newline();
                    self.quoted_line(n, start)?;
                    ws = 0;
                    continue;
                }
                let simple = match self.cur() {
                    b'0' => Some('\0'),
                    b'a' => Some('\x07'),
                    b'b' => Some('\x08'),
                    b't' | b'\t' => Some('\t'),
                    b'n' => Some('\n'),
                    b'v' => Some('\x0b'),
                    b'f' => Some('\x0c'),
                    b'r' => Some('\r'),
                    b'e' => Some('\x1b'),
                    b' ' => Some(' '),
                    b'"' => Some('"'),
                    b'/' => Some('/'),
                    b'\\' => Some('\\'),
                    b'N' => Some('\u{85}'),
                    b'_' => Some('\u{a0}'),
                    b'L' => Some('\u{2028}'),
                    b'P' => Some('\u{2029}'),
                    _ => None,
                };
                if let Some(ch) = simple {
                    out.push(ch);
                    self.pos += 1;
                    ws = 0;
                    continue;
                }
                let len = match self.cur() {
                    b'x' => 2,
                    b'u' => 4,
                    b'U' => 8,
                    _ => return err(e, "while parsing a quoted scalar, found unknown escape character"),
                };
                let hex = self.t.get(self.pos + 1..self.pos + 1 + len).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                let Some(hex) = hex else { return err(e, "while parsing a quoted scalar, did not find expected hexadecimal number") };
                let Some(ch) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) else {
                    return err(e, "while parsing a quoted scalar, found invalid Unicode character escape code");
                };
                out.push(ch);
                self.pos += 1 + len;
                ws = 0;
                continue;
            }
            if self.eol(self.pos) {
                out.truncate(out.len() - ws);
                ws = 0;
                let mut breaks = 0;
                while self.newline() {
                    breaks += 1;
                    self.quoted_line(n, start)?;
                }
                fold(&mut out, breaks);
                continue;
            }
            let ch = self.t[self.pos..].chars().next().unwrap_or(' ');
            out.push(ch);
            self.pos += ch.len_utf8();
            ws = if matches!(ch, ' ' | '\t') { ws + 1 } else { 0 };
        }
    }

    /// The start of a quoted scalar's next line: its indentation skipped.
    /// A document marker is reported at the opening quote (`start`): most
    /// often, the closing one is missing.
    ///
    /// As Hugo's YAML reads it (goccy/go-yaml, Hugo 0.168), not as YAML 1.2
    /// has it: the line may be at or left of the enclosing block's
    /// indentation (the suite's QB6E), but inside a block (`n` ≥ 0) may not
    /// start with a tab (DK95-01).
    fn quoted_line(&mut self, n: isize, start: usize) -> R<()> {
        if self.doc_marker() {
            return err(start, "while scanning a quoted scalar, found unexpected document indicator");
        }
        let line = self.line_start;
        self.spaces();
        if n >= 0 && self.at(line) == b'\t' && !self.eol(self.pos) {
            return err(line, "a tab cannot indent a quoted scalar's line");
        }
        Ok(())
    }

    /// A literal (`|`) or folded (`>`) scalar in a block indented `n`.
    fn block_scalar(&mut self, n: isize, props: Props) -> R<()> {
        // Its mark is its first line's content, as yaml-rust2's was (the
        // builder's span of a block scalar is that line).
        let mut at = self.pos;
        let literal = self.cur() == b'|';
        self.pos += 1;
        let (mut chomp, mut explicit) = (0i8, 0usize);
        for _ in 0..2 {
            match self.cur() {
                b'+' if chomp == 0 => chomp = 1,
                b'-' if chomp == 0 => chomp = -1,
                b'1'..=b'9' if explicit == 0 => explicit = usize::from(self.cur() - b'0'),
                b'0' => return err(self.pos, "while scanning a block scalar, found an indentation indicator equal to 0"),
                _ => break,
            }
            self.pos += 1;
        }
        let before = self.pos;
        self.spaces();
        if self.cur() == b'#' && self.pos > before {
            self.skip_line();
        }
        if !self.eol(self.pos) {
            return err(self.pos, "while scanning a block scalar, did not find expected comment or line break");
        }
        let base = n.max(-1);
        let mut indent = if explicit > 0 { Some((base + explicit as isize).max(0) as usize) } else { None };
        let mut out = String::new();
        let mut pending = String::new(); // line breaks not yet written
        let mut max_blank = 0;
        let mut seen = false; // a content line was written
        let mut last_more = false; // the last content line was more indented (or started with a tab)
        while self.newline() {
            let line = self.pos;
            let mut spaces = 0;
            while self.cur() == b' ' && indent.is_none_or(|i| spaces < i) {
                self.pos += 1;
                spaces += 1;
            }
            if self.eof() && spaces == 0 {
                break;
            }
            if self.eol(self.pos) {
                // An empty line.
                max_blank = max_blank.max(spaces);
                pending.push('\n');
                continue;
            }
            let ind = match indent {
                Some(i) => i,
                None => {
                    if (spaces as isize) <= base && self.cur() == b'\t' {
                        return err(self.pos, "a block scalar content cannot start with a tab");
                    }
                    if (spaces as isize) <= base || spaces == 0 && base < 0 && self.doc_marker() {
                        spaces + 1 // not content: ends the scalar below
                    } else {
                        if max_blank > spaces {
                            return err(self.pos, "a leading empty line of a block scalar has more spaces than its first line");
                        }
                        indent = Some(spaces);
                        spaces
                    }
                }
            };
            if spaces < ind || self.doc_marker() {
                // Less indented: the scalar ended at the end of the last line.
                self.pos = line;
                self.line_start = line;
                break;
            }
            let more = matches!(self.cur(), b' ' | b'\t');
            if !literal && seen && !more && !last_more && pending.len() == 1 {
                out.push(' ');
            } else if !literal && seen && !more && !last_more {
                out.push_str(&pending[1..]);
            } else {
                out.push_str(&pending);
            }
            pending.clear();
            let s = self.pos;
            if !seen {
                at = s;
            }
            self.skip_line();
            out.push_str(&self.t[s..self.pos]);
            seen = true;
            last_more = more;
            // The end of the text ends the line as a line break would.
            pending.push('\n');
        }
        // A line break not consumed (the end of the text) leaves pos there.
        match chomp {
            -1 => {}
            0 => {
                if seen && pending.starts_with('\n') {
                    out.push('\n');
                }
            }
            _ => out.push_str(&pending),
        }
        if !seen && !self.eof() {
            // Empty: at the next token, as yaml-rust2 marked it.
            at = self.pos;
        }
        let style = if literal { Style::Literal } else { Style::Folded };
        self.emit(Ev::Scalar(out, style, props), at);
        Ok(())
    }
}

/// Line folding in flow scalars: one line break is a space, more are the
/// breaks after the first.
fn fold(out: &mut String, breaks: usize) {
    if breaks == 1 {
        out.push(' ');
    } else {
        for _ in 1..breaks {
            out.push('\n');
        }
    }
}

/// The anchor and tag of a node whose properties came on its line and before it.
fn merge(outer: Props, inline: Option<(Props, usize)>, at: usize) -> R<Props> {
    let Some((p, _)) = inline else { return Ok(outer) };
    if outer.anchor > 0 && p.anchor > 0 || outer.tag.is_some() && p.tag.is_some() {
        return err(at, "a node may have only one anchor and one tag");
    }
    Ok(Props { anchor: outer.anchor.max(p.anchor), tag: outer.tag.or(p.tag) })
}

fn set_props(ev: &mut Ev, props: Props) {
    match ev {
        Ev::Scalar(_, _, p) | Ev::SeqStart(p, _) | Ev::MapStart(p, _) => *p = props,
        _ => {}
    }
}

/// A tag's URI with its `%XX` escapes decoded (`None` when they are not UTF-8).
fn decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_owned());
    }
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            out.push(u8::from_str_radix(s.get(i + 1..i + 3)?, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
