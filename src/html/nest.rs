//! The last pass over a post's HTML: it keeps the DOM the post makes at most
//! [`DOM_DEPTH`] elements deep below its container, whatever the input.
//!
//! The writer limits Markdown nesting and the sanitizer limits the nesting of
//! each piece of raw or template HTML, but pieces compose: shortcodes nest
//! (a template's output inside another's `.Inner`), an element one piece
//! leaves open holds the next, and a browser's parser builds deeper trees
//! than the tags say when tags are misnested (it re-opens formatting elements
//! in every following block). This pass reads the HTML as a browser would
//! ([`super::tree`]) and rewrites what could go deeper than the tags show:
//!
//! * every element the parser closes implicitly gets an explicit end tag,
//!   every formatting element it re-opens gets its start tag again, and end
//!   tags the parser would ignore are left out, so that the tags written nest
//!   exactly as the DOM does;
//! * elements that would open deeper than [`DOM_DEPTH`] are left out, with
//!   their end tags; their text is kept.
//!
//! Well-formed HTML passes through unchanged (and uncopied); so does HTML whose
//! rewrite would only spell out what the parser does anyway (an implied
//! `</p>` before Hugo's `<div>` embed in a paragraph): see [`Nesting::needs_rewrite`]. The blocks of a post are read as one
//! stream, as `Rendered::html` is; each block also stays within the limit when
//! parsed on its own, as the DOM patcher does.

use super::tokenizer::{Token, Tokenizer};
use super::tree::{Change, End, OpenElements, Start, FORMATTING};
use crate::limits::DOM_DEPTH;
use std::collections::HashMap;

/// Keeps HTML within the DOM depth limit; see the module docs.
#[derive(Debug)]
pub struct Nesting {
    tree: OpenElements,
    /// Elements left out for depth and not closed yet, by name.
    deep: HashMap<String, usize>,
    too_deep: bool,
    /// A formatting element was closed where its tags do not close it: left
    /// as written, the browser would carry it on (re-open it in what follows).
    reshaped: bool,
    iframes: usize,
}

impl Default for Nesting {
    fn default() -> Self {
        Nesting::new(DOM_DEPTH)
    }
}

/// The output being built: `None` while it is the input unchanged.
struct Edit<'a> {
    html: &'a str,
    out: Option<String>,
    /// Input before this offset is in `out` (or unchanged).
    copied: usize,
}

impl Edit<'_> {
    /// Starts changing the output at `at`: the input up to there is kept.
    fn at(&mut self, at: usize) -> &mut String {
        let html = self.html;
        let copied = self.copied;
        let out = self.out.get_or_insert_with(|| String::with_capacity(html.len() + 64));
        out.push_str(&html[copied..at]);
        self.copied = at;
        out
    }

    /// Leaves out the input in `range`.
    fn skip(&mut self, start: usize, end: usize) {
        self.at(start);
        self.copied = end;
    }

    fn finish(mut self) -> Option<String> {
        let end = self.html.len();
        self.out.as_mut()?;
        self.at(end);
        self.out
    }
}

fn write_change(out: &mut String, change: Change<'_>) {
    match change {
        Change::Close(name) => {
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
        Change::Open(name) => {
            out.push('<');
            out.push_str(name);
            out.push('>');
        }
        Change::Reopen(tag) => out.push_str(tag),
    }
}

impl Nesting {
    /// A pass with at most `limit` elements open at once (the post's default is [`DOM_DEPTH`]).
    pub fn new(limit: usize) -> Nesting {
        Nesting { tree: OpenElements::new(limit), deep: HashMap::new(), too_deep: false, reshaped: false, iframes: 0 }
    }

    /// The next piece of the stream (a block), rewritten if it needs to be;
    /// `None` when it passes unchanged.
    pub fn piece(&mut self, html: &str) -> Option<String> {
        let mut edit = Edit { html, out: None, copied: 0 };
        let mut tokens = Tokenizer::new(html);
        loop {
            let start = tokens.offset();
            let Some(token) = tokens.next() else { break };
            let end = tokens.offset();
            match token {
                Token::Text(text) => {
                    let mut changes = Vec::new();
                    self.tree.text(text, &mut |c| changes.push(owned(c)));
                    self.reshaped |= closes_formatting(&changes);
                    write_changes(&mut edit, start, &changes);
                }
                Token::Comment(_) => {}
                Token::Other(_) => edit.skip(start, end),
                Token::Start { name, .. } => {
                    let lower = lowercase(name);
                    let mut changes = Vec::new();
                    let outcome = self.tree.start(&lower, &html[start..end], &mut |c| changes.push(owned(c)));
                    self.reshaped |= closes_formatting(&changes);
                    write_changes(&mut edit, start, &changes);
                    match outcome {
                        Start::Pushed | Start::Void => {
                            if lower == "iframe" {
                                self.iframes += 1;
                            }
                        }
                        Start::Ignored => edit.skip(start, end),
                        Start::TooDeep => {
                            self.too_deep = true;
                            if outcome == Start::TooDeep && !is_void(&lower) {
                                *self.deep.entry(lower.into_owned()).or_insert(0) += 1;
                            }
                            edit.skip(start, end);
                        }
                    }
                }
                Token::End { name } => {
                    let lower = lowercase(name);
                    if let Some(n) = self.deep.get_mut(lower.as_ref()) {
                        *n -= 1;
                        if *n == 0 {
                            self.deep.remove(lower.as_ref());
                        }
                        edit.skip(start, end);
                        continue;
                    }
                    let mut changes = Vec::new();
                    let outcome = self.tree.end(&lower, &mut |c| changes.push(owned(c)));
                    if outcome == End::Closed {
                        // The last change closes this element: its own tag says so.
                        changes.pop();
                    }
                    self.reshaped |= closes_formatting(&changes);
                    write_changes(&mut edit, start, &changes);
                    if outcome == End::Ignored {
                        edit.skip(start, end);
                        continue;
                    }
                    if name != lower {
                        // (Recap writes lowercase names; keep the output canonical.)
                        let out = edit.at(start);
                        out.push_str("</");
                        out.push_str(&lower);
                        out.push('>');
                        edit.copied = end;
                    }
                }
            }
        }
        edit.finish()
    }

    /// Whether an element was left out for depth since the last call; resets it.
    pub fn take_too_deep(&mut self) -> bool {
        std::mem::take(&mut self.too_deep) | self.tree.take_too_deep()
    }

    /// Whether formatting a browser would carry on was ended at a limit since
    /// the last call (see [`OpenElements::take_cut`]); resets it.
    pub fn take_cut(&mut self) -> bool {
        self.tree.take_cut()
    }

    /// Whether the HTML so far must be written as this pass rewrites it: an
    /// element was left out for depth, or formatting was closed where the
    /// browser would carry it on. Otherwise the rewrite only spells out what
    /// the parser does anyway (an implied `</p>`), and the HTML can stay as written.
    pub fn needs_rewrite(&self) -> bool {
        self.too_deep || self.reshaped
    }

    /// How many `<iframe>` elements (embeds) the stream has had.
    pub fn iframes(&self) -> usize {
        self.iframes
    }

    /// Whether the stream is where it started: no element open, none left out.
    pub fn is_clear(&self) -> bool {
        self.tree.is_empty() && self.deep.is_empty()
    }

    /// The `<iframe>`s of `html` when, read from a clear state, it has nothing
    /// for this pass to do (passes unchanged and leaves the state clear): then
    /// [`skip`](Self::skip) stands for [`piece`](Self::piece) wherever the stream is clear.
    pub fn neutral(html: &str) -> Option<usize> {
        let mut pass = Nesting::default();
        let rewritten = pass.piece(html);
        (rewritten.is_none() && !pass.needs_rewrite() && !pass.too_deep && pass.is_clear()).then_some(pass.iframes)
    }

    /// Reads a block known to be [`neutral`](Self::neutral) with `iframes` embeds.
    pub fn skip(&mut self, iframes: usize) {
        debug_assert!(self.is_clear());
        self.iframes += iframes;
    }
}

/// `html` passed through a fresh [`Nesting`] as one piece, and whether elements were left out.
/// Rewritten only when [`Nesting::needs_rewrite`]: other HTML stays as written
/// (Hugo's own strings, such as a `<div>` embed inside a `<p>`, are not normalised).
pub fn limit_depth(html: &str) -> (Option<String>, bool) {
    let mut n = Nesting::default();
    let out = n.piece(html);
    let rewrite = n.needs_rewrite();
    (out.filter(|_| rewrite), n.take_too_deep())
}

enum Owned {
    Close(String),
    Open(&'static str),
    Reopen(String),
}

fn owned(c: Change<'_>) -> Owned {
    match c {
        Change::Close(n) => Owned::Close(n.to_owned()),
        Change::Open(n) => Owned::Open(n),
        Change::Reopen(t) => Owned::Reopen(t.to_owned()),
    }
}

fn closes_formatting(changes: &[Owned]) -> bool {
    changes.iter().any(|c| matches!(c, Owned::Close(n) if FORMATTING.contains(&n.as_str())))
}

fn write_changes(edit: &mut Edit<'_>, at: usize, changes: &[Owned]) {
    if changes.is_empty() {
        return;
    }
    let out = edit.at(at);
    for c in changes {
        match c {
            Owned::Close(n) => write_change(out, Change::Close(n)),
            Owned::Open(n) => write_change(out, Change::Open(n)),
            Owned::Reopen(t) => write_change(out, Change::Reopen(t)),
        }
    }
}

fn lowercase(name: &str) -> std::borrow::Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(name.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(name)
    }
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "image"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

#[cfg(test)]
mod tests {
    use super::Nesting;

    fn pass(html: &str) -> String {
        Nesting::new(4).piece(html).unwrap_or_else(|| html.to_owned())
    }

    #[test]
    fn well_formed_html_passes_unchanged() {
        let html = "<p>a <em>b</em> <a href=\"x\">c</a><br></p>\n<ul>\n<li>x</li>\n</ul>\n<!-- c -->";
        assert_eq!(Nesting::new(4).piece(html), None, "nothing is copied");
    }

    #[test]
    fn implicit_closes_become_explicit() {
        assert_eq!(pass("<p>a<div>b</div></p>"), "<p>a</p><div>b</div></p>", "the stray </p> stays: it makes an empty paragraph");
        assert_eq!(pass("<div><b>x</div><p>y"), "<div><b>x</b></div><p><b>y", "b is carried into the paragraph, as a browser does");
        assert_eq!(pass("<table><td>x</table>"), "<table><tbody><tr><td>x</td></tr></tbody></table>");
        assert_eq!(pass("a</span>b</DIV>"), "ab", "end tags of nothing go");
    }

    #[test]
    fn formatting_a_block_closed_goes_on_after_it_as_in_a_browser() {
        let pass = |html: &str| Nesting::new(16).piece(html).unwrap_or_else(|| html.to_owned());
        assert_eq!(
            pass("<p><a href=\"u\">x<figure> <img></figure></a></p>"),
            "<p><a href=\"u\">x</a></p><figure><a href=\"u\"> <img></a></figure></p>",
            "a link around a block image (a site's image hook inside its link hook) links the image"
        );
        assert_eq!(pass("<b><i>x</b>y</i>"), "<b><i>x</i></b><i>y</i>", "misnested end tags");
        assert_eq!(pass("<b>x<p>y</b>z"), "<b>x<p>y</p></b>z", "a block inside formatting is closed with it (no furthest-block reshuffle)");
        assert_eq!(
            pass("<table><td><b>x</td><td>y</table>"),
            "<table><tbody><tr><td><b>x</b></td><td>y</td></tr></tbody></table>",
            "a cell is a scope"
        );
        assert_eq!(pass("<div><b>x</div></b><p>y"), "<div><b>x</b></div><p>y", "its end tag ends it");
        assert_eq!(
            pass("<div><s><s><s><s>x</div>y"),
            "<div><s><s><s><s>x</s></s></s></s></div><s><s><s>y",
            "at most three equal ones are carried on"
        );
    }

    #[test]
    fn each_block_holds_what_it_reopens() {
        // A link hook that leaves its `<a>` open: the next block's text is
        // linked (as in a browser), inside the block, which parses alone.
        let mut n = Nesting::new(16);
        let first = "<p>See <a href=\"/u\">x</p>\n";
        let second = "<p>Next</p>\n";
        assert_eq!(n.piece(first).as_deref(), Some("<p>See <a href=\"/u\">x</a></p>\n"));
        assert_eq!(n.piece(second).as_deref(), Some("<p><a href=\"/u\">Next</a></p>\n"));
        assert_eq!(n.tree.depth(), 0, "nothing is left open between blocks");
    }

    #[test]
    fn reopening_is_bounded() {
        let mut n = Nesting::new(256);
        let tag = format!("<b title=\"{}\">", "t".repeat(1000));
        let mut out = n.piece(&format!("<div>{tag}</div>")).unwrap();
        for _ in 0..1000 {
            out.push_str(&n.piece("<p>x</p>").unwrap_or_else(|| "<p>x</p>".to_owned()));
        }
        assert!(n.take_cut(), "the limit is reported");
        assert!(out.len() < crate::limits::REOPENED_BYTES + 30_000, "{} bytes", out.len());
    }

    #[test]
    fn elements_past_the_limit_are_left_out_with_their_end_tags() {
        assert_eq!(
            pass("<div><div><div><div><div><i>x</i></div>y</div></div></div></div>"),
            "<div><div><div><div>xy</div></div></div></div>"
        );
        let mut n = Nesting::new(2);
        assert_eq!(n.piece("<b><b>"), None);
        assert!(!n.take_too_deep());
        assert_eq!(n.piece("<b>x</b></b>z").as_deref(), Some("x</b>z"), "the stream carries over from piece to piece");
        assert!(n.take_too_deep());
    }
}
