//! The stack of open elements a browser's HTML parser keeps while it reads
//! Recap's output: which start tags open an element, which are ignored, which
//! elements a tag closes implicitly (`<p>` before `<div>`, `<li>` before
//! `<li>`, a cell before the next row) and which parents it inserts (`<tbody>`
//! and `<tr>` around a stray `<td>`). It follows the "in body" and table
//! insertion modes of the HTML standard's tree construction (§13.2.6.4) for the
//! elements Recap can write; foreign content, forms, `<select>` and `<template>`
//! never reach it (the sanitizer drops them).
//!
//! Why our own and not html5ever's tree builder: that would add hundreds of
//! kilobytes to the wasm module (see tokenizer.rs), and only the stack is
//! needed — to bound the depth of the DOM a post makes ([`super::nest`]) and
//! to count how deep raw HTML nests ([`super::Sanitizer`]).
//!
//! Every element the model takes off the stack is reported to the caller
//! ([`Change::Close`]), so that [`super::nest`] can write an explicit end tag
//! for it: a browser then closes it as the current node, exactly as the model
//! does. The model keeps the list of active formatting elements too: a
//! formatting element closed by something other than its end tag (a `<b>`
//! inside a `<div>` that ends, a link around a `<figure>` that closes its
//! paragraph) is re-opened before the next text, as a browser re-opens it, and
//! reported ([`Change::Reopen`]) so that the re-opened element is written out
//! too. Within the depth limit and [`REOPENED_BYTES`], what the tags say is
//! then what a browser builds, block by block; past them formatting ends with
//! its block (a few hundred bytes of misnested `<b>` tags would otherwise make
//! a DOM thousands deep, or an output thousands of times the input). The
//! adoption agency's reshuffle of blocks inside formatting (`<b>x<p>y</b>`)
//! is not modelled: the block is closed with the formatting around it.

use crate::limits::REOPENED_BYTES;
use std::borrow::Cow;

/// What the parser does with a start tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The element is opened.
    Pushed,
    /// A void element (`<img>`, `<br>` …): inserted, nothing opened.
    Void,
    /// The parser ignores the tag (a `<td>` outside a table).
    Ignored,
    /// The element would be deeper than the limit: the caller leaves it out.
    TooDeep,
}

/// What the parser does with an end tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// It closes the element it names (and those inside it, reported first).
    Closed,
    /// It inserts an element and closes it at once (`</p>`, `</br>` when nothing matches).
    Element,
    /// The parser ignores it.
    Ignored,
}

/// A change the parser makes to the stack before it handles a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change<'a> {
    /// This element is closed (popped from the top).
    Close(&'a str),
    /// This element is inserted and opened without a tag of its own (`tbody`, `tr`, `colgroup`).
    Open(&'static str),
    /// A formatting element closed earlier by something other than its own
    /// end tag is opened again, as a copy of this start tag ("reconstruct the
    /// active formatting elements": a `<b>` open when a `</div>` or `<p>` closed it
    /// goes on in the text after).
    Reopen(&'a str),
}

/// An entry of the list of active formatting elements.
#[derive(Debug, Clone)]
enum Formatting {
    /// A scope (a cell, a caption, an `<object>`): reconstruction stops here.
    Marker,
    /// A formatting element: its name, its start tag as written, and its place
    /// on the stack while it is open.
    Element { name: Cow<'static, str>, tag: String, open: Option<usize> },
}

/// The elements open at a point of the HTML, innermost last.
#[derive(Debug, Clone)]
pub struct OpenElements {
    stack: Vec<Cow<'static, str>>,
    limit: usize,
    /// How many of them are parts of tables, and paragraphs: when none are
    /// open (most of the time), the mode and `<p>` checks need no walk.
    table_parts: usize,
    paragraphs: usize,
    /// The list of active formatting elements, empty most of the time.
    active: Vec<Formatting>,
    /// Bytes of start tags re-opened so far, and whether reconstruction
    /// stopped at [`REOPENED_BYTES`] (see [`Self::take_cut`]) or at the depth
    /// limit (see [`Self::take_too_deep`]) since it was last asked.
    reopened: usize,
    cut: bool,
    too_deep: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Body,
    Table,
    TableBody,
    Row,
    Cell,
    Caption,
    ColumnGroup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Default,
    ListItem,
    Button,
    Table,
}

/// Elements without content or end tag, as the parser reads them.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// The standard's "special" category (HTML namespace).
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];

/// Start tags that close an open `<p>` first.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "ul",
    "xmp",
];

/// End tags closed within the default scope ("address" … "ul" in the standard,
/// with `form`, `applet`, `marquee` and `object`).
const BLOCK_END: &[&str] = &[
    "address",
    "applet",
    "article",
    "aside",
    "blockquote",
    "button",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "listing",
    "main",
    "marquee",
    "menu",
    "nav",
    "object",
    "ol",
    "pre",
    "search",
    "section",
    "select",
    "summary",
    "ul",
];

/// The HTML standard's formatting elements: closed within the default scope
/// (the adoption agency's), and re-opened after a block closes them.
pub(super) const FORMATTING: &[&str] = &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

/// Start tags of a table's parts, which close a cell or caption first.
const TABLE_PARTS: &[&str] = &["caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"];

/// Elements whose end tag the parser generates implicitly.
const IMPLIED_END: &[&str] = &["dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc"];

/// Elements that push a marker on the list of active formatting elements.
const MARKERS: &[&str] = &["applet", "caption", "marquee", "object", "td", "template", "th"];

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

fn is(list: &[&str], name: &str) -> bool {
    list.contains(&name)
}

fn is_special(name: &str) -> bool {
    SPECIAL.binary_search(&name).is_ok()
}

/// Elements Recap writes often that are not special (sorted).
const COMMON: &[&str] = &[
    "a", "abbr", "b", "big", "cite", "code", "del", "dfn", "dialog", "em", "font", "i", "ins", "kbd", "mark", "nobr", "optgroup", "option",
    "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
];

/// `name` as a `'static` string when it is a common name (no allocation).
fn intern(name: &str) -> Cow<'static, str> {
    for list in [SPECIAL, COMMON] {
        if let Ok(i) = list.binary_search(&name) {
            return Cow::Borrowed(list[i]);
        }
    }
    Cow::Owned(name.to_owned())
}

fn in_boundary(name: &str, scope: Scope) -> bool {
    match scope {
        Scope::Table => matches!(name, "html" | "table" | "template"),
        _ => {
            matches!(name, "applet" | "caption" | "html" | "table" | "td" | "th" | "marquee" | "object" | "template")
                || (scope == Scope::ListItem && matches!(name, "ol" | "ul"))
                || (scope == Scope::Button && name == "button")
        }
    }
}

impl OpenElements {
    /// No element open; at most `limit` may be open at once (deeper ones are [`Start::TooDeep`]).
    pub fn new(limit: usize) -> OpenElements {
        OpenElements {
            stack: Vec::new(),
            limit,
            table_parts: 0,
            paragraphs: 0,
            active: Vec::new(),
            reopened: 0,
            cut: false,
            too_deep: false,
        }
    }

    fn count(&mut self, name: &str, by: isize) {
        if matches!(name, "table" | "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "caption" | "colgroup") {
            self.table_parts = self.table_parts.wrapping_add_signed(by);
        } else if name == "p" {
            self.paragraphs = self.paragraphs.wrapping_add_signed(by);
        }
    }

    fn push_name(&mut self, name: Cow<'static, str>) {
        self.count(&name, 1);
        self.stack.push(name);
    }

    fn pop(&mut self) -> Option<Cow<'static, str>> {
        let name = self.stack.pop()?;
        self.count(&name, -1);
        if !self.active.is_empty() {
            let depth = self.stack.len();
            if is(MARKERS, &name) {
                // Closing a scope forgets the formatting opened inside it.
                while let Some(entry) = self.active.pop() {
                    if matches!(entry, Formatting::Marker) {
                        break;
                    }
                }
            }
            for entry in &mut self.active {
                if let Formatting::Element { open, .. } = entry {
                    if *open == Some(depth) {
                        *open = None;
                    }
                }
            }
        }
        Some(name)
    }

    /// The index in the list of the last formatting element named `name`
    /// after the last marker.
    fn active_named(&self, name: &str) -> Option<usize> {
        for (i, entry) in self.active.iter().enumerate().rev() {
            match entry {
                Formatting::Marker => return None,
                Formatting::Element { name: n, .. } if n == name => return Some(i),
                Formatting::Element { .. } => {}
            }
        }
        None
    }

    /// Opens a formatting element and puts it on the list of active ones,
    /// keeping at most three equal ones after the last marker (the standard's
    /// "Noah's Ark" clause).
    fn push_formatting(&mut self, name: &str, tag: &str) -> Start {
        let outcome = self.push(name);
        if outcome == Start::Pushed {
            let mut equal = Vec::new();
            for (i, entry) in self.active.iter().enumerate().rev() {
                match entry {
                    Formatting::Marker => break,
                    Formatting::Element { name: n, tag: t, .. } if n == name && t == tag => equal.push(i),
                    Formatting::Element { .. } => {}
                }
            }
            if equal.len() >= 3 {
                self.active.remove(equal[equal.len() - 1]);
            }
            let open = Some(self.stack.len() - 1);
            self.active.push(Formatting::Element { name: intern(name), tag: tag.to_owned(), open });
        }
        outcome
    }

    /// Re-opens the formatting elements that are active but no longer open, in
    /// their order, as a browser does before text and most start tags. Stops at
    /// the depth limit and at [`REOPENED_BYTES`] in all (see [`Self::take_cut`]).
    fn reconstruct(&mut self, sink: &mut dyn FnMut(Change<'_>)) {
        if !matches!(self.active.last(), Some(Formatting::Element { open: None, .. })) {
            return;
        }
        let mut first = self.active.len() - 1;
        while first > 0 && matches!(self.active[first - 1], Formatting::Element { open: None, .. }) {
            first -= 1;
        }
        let mut i = first;
        while i < self.active.len() {
            let Formatting::Element { name, tag, .. } = &self.active[i] else { unreachable!("only closed elements follow `first`") };
            if self.stack.len() >= self.limit || self.reopened + tag.len() > REOPENED_BYTES {
                // What is left is no longer carried on.
                if self.stack.len() >= self.limit {
                    self.too_deep = true;
                } else {
                    self.cut = true;
                }
                self.active.truncate(i);
                return;
            }
            if name == "nobr" && self.find_in_scope(|n| n == "nobr", Scope::Default).is_some() {
                // Written out, a `<nobr>` would close the one in scope (which the
                // re-opened one does not): it is not carried on, so that the tags
                // mean what the tree is.
                self.active.remove(i);
                continue;
            }
            let (name, tag) = (name.clone(), tag.clone());
            self.reopened += tag.len();
            self.push_name(name);
            if let Formatting::Element { open, .. } = &mut self.active[i] {
                *open = Some(self.stack.len() - 1);
            }
            sink(Change::Reopen(&tag));
            i += 1;
        }
    }

    /// Whether reconstruction stopped at [`REOPENED_BYTES`] since the last call; resets it.
    pub fn take_cut(&mut self) -> bool {
        std::mem::take(&mut self.cut)
    }

    /// Whether reconstruction stopped at the depth limit since the last call; resets it.
    pub fn take_too_deep(&mut self) -> bool {
        std::mem::take(&mut self.too_deep)
    }

    /// Forgets every open element.
    pub fn clear(&mut self) {
        self.stack.clear();
        self.table_parts = 0;
        self.paragraphs = 0;
        self.active.clear();
    }

    /// How many elements are open.
    #[cfg(test)]
    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    /// Whether no element is open and none would be re-opened.
    pub fn is_empty(&self) -> bool {
        self.stack.is_empty() && self.active.is_empty()
    }

    fn current(&self) -> Option<&str> {
        self.stack.last().map(|s| s.as_ref())
    }

    fn mode(&self) -> Mode {
        if self.table_parts == 0 {
            return Mode::Body;
        }
        for name in self.stack.iter().rev() {
            match name.as_ref() {
                "td" | "th" => return Mode::Cell,
                "tr" => return Mode::Row,
                "tbody" | "thead" | "tfoot" => return Mode::TableBody,
                "caption" => return Mode::Caption,
                "colgroup" => return Mode::ColumnGroup,
                "table" => return Mode::Table,
                _ => {}
            }
        }
        Mode::Body
    }

    /// The index of the innermost open element for which `matches` holds, if no
    /// boundary of `scope` is inside it.
    fn find_in_scope(&self, matches: impl Fn(&str) -> bool, scope: Scope) -> Option<usize> {
        for (i, name) in self.stack.iter().enumerate().rev() {
            if matches(name) {
                return Some(i);
            }
            if in_boundary(name, scope) {
                return None;
            }
        }
        None
    }

    /// Closes the element at `index` and every element inside it.
    fn close_to(&mut self, index: usize, sink: &mut dyn FnMut(Change<'_>)) {
        while self.stack.len() > index {
            let name = self.pop().expect("the stack is longer than index");
            sink(Change::Close(&name));
        }
    }

    /// Closes elements until the current one is one of `names` (a "table context").
    fn clear_back_to(&mut self, names: &[&str], sink: &mut dyn FnMut(Change<'_>)) {
        while let Some(current) = self.current() {
            if names.contains(&current) || current == "html" {
                break;
            }
            let name = self.pop().expect("there is a current node");
            sink(Change::Close(&name));
        }
    }

    fn close_p(&mut self, sink: &mut dyn FnMut(Change<'_>)) {
        if self.paragraphs == 0 {
            return;
        }
        if let Some(i) = self.find_in_scope(|n| n == "p", Scope::Button) {
            self.close_to(i, sink);
        }
    }

    fn push(&mut self, name: &str) -> Start {
        if self.stack.len() >= self.limit {
            return Start::TooDeep;
        }
        self.push_name(intern(name));
        if is(MARKERS, name) {
            self.active.push(Formatting::Marker);
        }
        Start::Pushed
    }

    /// Opens an element the parser inserts without a tag; false at the limit.
    fn implicit(&mut self, name: &'static str, sink: &mut dyn FnMut(Change<'_>)) -> bool {
        if self.stack.len() + 1 >= self.limit {
            return false;
        }
        self.push_name(Cow::Borrowed(name));
        sink(Change::Open(name));
        true
    }

    /// A start tag named `name` (lowercase): what the parser does with it,
    /// after the changes reported to `sink`.
    pub fn start(&mut self, name: &str, tag: &str, sink: &mut dyn FnMut(Change<'_>)) -> Start {
        let part = is(TABLE_PARTS, name);
        match self.mode() {
            Mode::ColumnGroup => {
                if name == "col" {
                    return self.void();
                }
                // Anything else ends the column group.
                self.close_current(sink);
                self.start(name, tag, sink)
            }
            Mode::Caption if part => match self.find_in_scope(|n| n == "caption", Scope::Table) {
                Some(i) => {
                    self.close_to(i, sink);
                    self.start(name, tag, sink)
                }
                None => Start::Ignored,
            },
            Mode::Cell if part => match self.find_in_scope(|n| n == "td" || n == "th", Scope::Table) {
                Some(i) => {
                    self.close_to(i, sink);
                    self.start(name, tag, sink)
                }
                None => Start::Ignored,
            },
            Mode::Row if name == "td" || name == "th" => {
                self.clear_back_to(&["tr", "template"], sink);
                self.push(name)
            }
            Mode::Row if part => match self.find_in_scope(|n| n == "tr", Scope::Table) {
                Some(i) => {
                    self.close_to(i, sink);
                    self.start(name, tag, sink)
                }
                None => Start::Ignored,
            },
            Mode::TableBody if name == "tr" => {
                self.clear_back_to(&["tbody", "thead", "tfoot", "template"], sink);
                self.push(name)
            }
            Mode::TableBody if name == "td" || name == "th" => {
                self.clear_back_to(&["tbody", "thead", "tfoot", "template"], sink);
                if !self.implicit("tr", sink) {
                    return Start::TooDeep;
                }
                self.start(name, tag, sink)
            }
            Mode::TableBody if part => match self.find_in_scope(|n| matches!(n, "tbody" | "thead" | "tfoot"), Scope::Table) {
                Some(i) => {
                    self.close_to(i, sink);
                    self.start(name, tag, sink)
                }
                None => Start::Ignored,
            },
            Mode::Table | Mode::TableBody | Mode::Row => self.in_table(name, tag, sink),
            Mode::Body | Mode::Cell | Mode::Caption => self.in_body(name, tag, sink),
        }
    }

    fn void(&self) -> Start {
        if self.stack.len() >= self.limit {
            Start::TooDeep
        } else {
            Start::Void
        }
    }

    fn close_current(&mut self, sink: &mut dyn FnMut(Change<'_>)) {
        if let Some(name) = self.pop() {
            sink(Change::Close(&name));
        }
    }

    fn in_table(&mut self, name: &str, tag: &str, sink: &mut dyn FnMut(Change<'_>)) -> Start {
        const TABLE_CONTEXT: &[&str] = &["table", "template"];
        match name {
            "caption" | "colgroup" | "tbody" | "tfoot" | "thead" => {
                self.clear_back_to(TABLE_CONTEXT, sink);
                self.push(name)
            }
            "col" => {
                self.clear_back_to(TABLE_CONTEXT, sink);
                if !self.implicit("colgroup", sink) {
                    return Start::TooDeep;
                }
                self.void()
            }
            "td" | "th" | "tr" => {
                self.clear_back_to(TABLE_CONTEXT, sink);
                if !self.implicit("tbody", sink) {
                    return Start::TooDeep;
                }
                self.start(name, tag, sink)
            }
            "table" => match self.find_in_scope(|n| n == "table", Scope::Table) {
                Some(i) => {
                    self.close_to(i, sink);
                    self.start(name, tag, sink)
                }
                None => Start::Ignored,
            },
            // Everything else is placed before the table ("foster parenting"),
            // but opened on the stack as in the body.
            _ => self.in_body(name, tag, sink),
        }
    }

    fn in_body(&mut self, name: &str, tag: &str, sink: &mut dyn FnMut(Change<'_>)) -> Start {
        match name {
            "html" | "body" | "frameset" | "head" | "frame" => Start::Ignored,
            _ if is(TABLE_PARTS, name) => Start::Ignored,
            "hr" => {
                self.close_p(sink);
                self.void()
            }
            "area" | "br" | "embed" | "img" | "keygen" | "wbr" | "input" | "image" => {
                self.reconstruct(sink);
                self.void()
            }
            _ if is(VOID, name) => self.void(),
            _ if is(HEADINGS, name) => {
                self.close_p(sink);
                if self.current().is_some_and(|c| is(HEADINGS, c)) {
                    self.close_current(sink);
                }
                self.push(name)
            }
            "li" | "dd" | "dt" => {
                let same = |n: &str| if name == "li" { n == "li" } else { n == "dd" || n == "dt" };
                let mut found = None;
                for (i, open) in self.stack.iter().enumerate().rev() {
                    if same(open) {
                        found = Some(i);
                        break;
                    }
                    if is_special(open) && !matches!(open.as_ref(), "address" | "div" | "p") {
                        break;
                    }
                }
                if let Some(i) = found {
                    self.close_to(i, sink);
                }
                self.close_p(sink);
                self.push(name)
            }
            _ if is(CLOSES_P, name) => {
                self.close_p(sink);
                self.push(name)
            }
            "a" => {
                // An `a` still active (no marker after it) is closed by the next one,
                // and not carried on.
                if let Some(i) = self.active_named("a") {
                    if let Formatting::Element { open: Some(at), .. } = self.active[i] {
                        self.close_to(at, sink);
                    }
                    self.active.remove(i);
                }
                self.reconstruct(sink);
                self.push_formatting(name, tag)
            }
            "nobr" | "button" => {
                self.reconstruct(sink);
                if let Some(i) = self.find_in_scope(|n| n == name, Scope::Default) {
                    self.close_to(i, sink);
                    if let Some(entry) = self.active_named(name) {
                        self.active.remove(entry);
                    }
                    self.reconstruct(sink);
                }
                if name == "nobr" {
                    self.push_formatting(name, tag)
                } else {
                    self.push(name)
                }
            }
            _ if is(FORMATTING, name) => {
                self.reconstruct(sink);
                self.push_formatting(name, tag)
            }
            "rb" | "rtc" | "rp" | "rt" => {
                if self.find_in_scope(|n| n == "ruby", Scope::Default).is_some() {
                    let keep_rtc = matches!(name, "rp" | "rt");
                    while let Some(c) = self.current() {
                        if !is(IMPLIED_END, c) || (keep_rtc && c == "rtc") {
                            break;
                        }
                        self.close_current(sink);
                    }
                }
                self.push(name)
            }
            "option" | "optgroup" => {
                if self.current() == Some("option") {
                    self.close_current(sink);
                }
                self.reconstruct(sink);
                self.push(name)
            }
            "iframe" | "noembed" | "noscript" | "textarea" => self.push(name),
            _ => {
                self.reconstruct(sink);
                self.push(name)
            }
        }
    }

    /// An end tag named `name` (lowercase): what the parser does with it.
    pub fn end(&mut self, name: &str, sink: &mut dyn FnMut(Change<'_>)) -> End {
        if self.current() == Some("colgroup") && !matches!(name, "colgroup" | "col") {
            // Anything else ends a column group.
            self.close_current(sink);
        }
        let target = match name {
            "colgroup" => (self.current() == Some("colgroup")).then(|| self.stack.len() - 1),
            "table" | "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "caption" => {
                if self.mode() == Mode::Body {
                    None
                } else {
                    self.find_in_scope(|n| n == name, Scope::Table)
                }
            }
            "p" if self.paragraphs == 0 => None,
            "p" => self.find_in_scope(|n| n == "p", Scope::Button),
            "li" => self.find_in_scope(|n| n == "li", Scope::ListItem),
            "dd" | "dt" => self.find_in_scope(|n| n == name, Scope::Default),
            _ if is(HEADINGS, name) => self.find_in_scope(|n| is(HEADINGS, n), Scope::Default),
            _ if is(BLOCK_END, name) || is(FORMATTING, name) => self.find_in_scope(|n| n == name, Scope::Default),
            "br" | "html" | "body" | "col" => None,
            _ if is(VOID, name) => None,
            _ => {
                // Any other end tag closes the innermost element of its name, unless a
                // special element is inside it.
                let mut found = None;
                for (i, open) in self.stack.iter().enumerate().rev() {
                    if open == name {
                        found = Some(i);
                        break;
                    }
                    if is_special(open) {
                        break;
                    }
                }
                found
            }
        };
        if is(FORMATTING, name) && !self.active.is_empty() {
            // Closed by its own end tag, a formatting element is no longer
            // active; one already closed is forgotten, its tag ignored.
            if let Some(entry) = self.active_named(name) {
                if let Formatting::Element { open, .. } = self.active[entry] {
                    if open.is_none() || open == target {
                        self.active.remove(entry);
                    }
                    if open.is_none() {
                        return End::Ignored;
                    }
                }
            }
        }
        match target {
            Some(i) => {
                self.close_to(i, sink);
                End::Closed
            }
            // A `</p>` with no paragraph open makes an empty one, and `</br>` a
            // line break: kept, as Hugo's output has them.
            None if matches!(name, "p" | "br") && self.stack.len() < self.limit => End::Element,
            None => End::Ignored,
        }
    }

    /// Text: in a column group, anything but whitespace closes it.
    pub fn text(&mut self, text: &str, sink: &mut dyn FnMut(Change<'_>)) {
        let blank = || text.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'));
        if self.current() == Some("colgroup") && !blank() {
            self.close_current(sink);
        }
        // Text re-opens the formatting a block closed; in a table only text
        // that is moved out of it does (whitespace stays in the table). Not:
        // whitespace between blocks (with nothing open), where a browser
        // would re-open it around the blocks that follow; it is re-opened
        // in the next block's first text instead, so that every block holds
        // what it re-opens and parses alone as in the stream (the DOM patcher
        // parses it alone); and text of a raw-text element, which holds no tags.
        if !self.active.is_empty()
            && (!self.stack.is_empty() || !blank())
            && !self
                .current()
                .is_some_and(|c| matches!(c, "iframe" | "noembed" | "noscript" | "textarea" | "title" | "xmp" | "style" | "script"))
            && (matches!(self.mode(), Mode::Body | Mode::Cell | Mode::Caption) || !blank())
        {
            self.reconstruct(sink);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The changes and outcome of each tag in `tags` (`<x>` or `</x>`), as a string.
    fn run(tags: &str) -> String {
        let mut tree = OpenElements::new(100);
        let mut out = Vec::new();
        for tag in tags.split_whitespace() {
            let mut changes = Vec::new();
            let mut sink = |c: Change<'_>| {
                changes.push(match c {
                    Change::Close(n) => format!("</{n}>"),
                    Change::Open(n) => format!("+{n}"),
                    Change::Reopen(t) => format!("^{t}"),
                })
            };
            if let Some(name) = tag.strip_prefix("</") {
                let outcome = tree.end(name.trim_end_matches('>'), &mut sink);
                if outcome == End::Closed {
                    // (The last element closed is the one the tag names.)
                    changes.pop();
                } else {
                    changes.push(format!("{outcome:?}"));
                }
            } else {
                let name = tag.trim_start_matches('<').trim_end_matches('>');
                let outcome = tree.start(name, tag, &mut sink);
                if outcome != Start::Pushed {
                    changes.push(format!("{outcome:?}"));
                }
            }
            let changes: Vec<_> = changes.into_iter().filter(|c| !c.is_empty()).collect();
            if !changes.is_empty() {
                out.push(format!("{tag}:{}", changes.join(",")));
            }
        }
        out.push(format!("open {}", tree.stack.len()));
        out.join(" ")
    }

    #[test]
    fn paragraphs_and_list_items_close_as_in_a_browser() {
        assert_eq!(run("<p> <div> </div> </p>"), "<div>:</p> </p>:Element open 0", "a block closes an open paragraph");
        assert_eq!(run("<ul> <li> <span> <li>"), "<li>:</span>,</li> open 2", "an item closes the previous one");
        assert_eq!(run("<li> <ul> <li>"), "open 3", "but not one outside its list");
        assert_eq!(run("<dl> <dt> <dd> <dt>"), "<dd>:</dt> <dt>:</dd> open 2");
        assert_eq!(run("<h1> <h2>"), "<h2>:</h1> open 1", "a heading closes a heading");
        assert_eq!(run("<p> <b> <table>"), "<table>:</b>,</p> open 1", "a table closes a paragraph (no quirks)");
    }

    #[test]
    fn misnested_end_tags_close_what_is_inside_them() {
        assert_eq!(run("<div> <b> </div>"), "</div>:</b> open 0", "a formatting element inside is closed explicitly");
        assert_eq!(run("<span> <div> </span>"), "</span>:Ignored open 2", "a special element inside keeps a span open");
        assert_eq!(run("<div> <table> </div>"), "</div>:Ignored open 2", "a table is a scope boundary");
        assert_eq!(run("<a> <div> <a>"), "<a>:</div>,</a> open 1", "an active link is closed by the next");
        assert_eq!(
            run("<td> <tr> </td> </x> <br> </br>"),
            "<td>:Ignored <tr>:Ignored </td>:Ignored </x>:Ignored <br>:Void </br>:Element open 0"
        );
    }

    #[test]
    fn tables_get_their_implied_parts() {
        assert_eq!(run("<table> <td> <td> <tr> </table>"), "<td>:+tbody,+tr <td>:</td> <tr>:</td>,</tr> </table>:</tr>,</tbody> open 0");
        assert_eq!(run("<table> <col> <div>"), "<col>:+colgroup,Void <div>:</colgroup> open 2");
        assert_eq!(run("<table> <div> <tr>"), "<tr>:</div>,+tbody open 3", "fostered content is closed by a row");
        assert_eq!(
            run("<table> <tr> <td> <table> <td> </td> </table> </td>"),
            "<tr>:+tbody <td>:+tbody,+tr </table>:</tr>,</tbody> open 3"
        );
    }

    #[test]
    fn the_name_lists_are_sorted_for_binary_search() {
        assert!(SPECIAL.windows(2).all(|w| w[0] < w[1]));
        assert!(COMMON.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_limit_is_kept() {
        let mut tree = OpenElements::new(3);
        let mut none = |_: Change<'_>| {};
        assert_eq!(tree.start("div", "", &mut none), Start::Pushed);
        assert_eq!(tree.start("div", "", &mut none), Start::Pushed);
        assert_eq!(tree.start("table", "", &mut none), Start::Pushed);
        assert_eq!(tree.start("td", "", &mut none), Start::TooDeep, "no room for the implied tbody and tr");
        assert_eq!(tree.start("img", "", &mut none), Start::TooDeep);
        assert_eq!(tree.stack.len(), 3);
    }
}
