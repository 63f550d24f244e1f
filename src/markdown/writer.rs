//! The HTML writer: pulldown-cmark events in, Goldmark-shaped safe HTML out.
//!
//! It is Recap's own writer because pulldown-cmark's `html` module passes raw
//! HTML through verbatim. Every string goes through `crate::html` escaping; every
//! URL through its policy; raw HTML is omitted or sanitized.

use super::heading_id::Ids;
use super::hooks::{self, Cell, Hook, HookKind, Hooks};
use super::passthrough::Element;
use super::typographer::{self, Quotes};
use super::{linkify, Counts, Heading, Output, RawBlock, Start};
use crate::html::{escape_attr, escape_href, escape_text, safe_href, Sanitizer};
use crate::limits;
use crate::options::Options;
use crate::search::ByteSet;
use crate::span::Span;
use pulldown_cmark::{Alignment, CodeBlockKind, Event, LinkType, Tag, TagEnd};
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

type Attrs = Vec<(String, String)>;

/// Goldmark's `GlobalAttributeFilter`, less `style` (a post may not restyle the page).
const GLOBAL_ATTRIBUTES: &[&str] = &[
    "accesskey",
    "autocapitalize",
    "class",
    "contenteditable",
    "dir",
    "draggable",
    "enterkeyhint",
    "hidden",
    "id",
    "inert",
    "inputmode",
    "is",
    "itemid",
    "itemprop",
    "itemref",
    "itemscope",
    "itemtype",
    "lang",
    "part",
    "role",
    "slot",
    "spellcheck",
    "tabindex",
    "title",
    "translate",
];

/// The HTML Goldmark writes where raw HTML is omitted.
const OMITTED: &str = "<!-- raw HTML omitted -->";

/// Raw HTML that Hugo leaves out without a word when the site does not allow
/// raw HTML, instead of writing [`OMITTED`]: an HTML comment (Hugo's
/// `isHTMLComment`, on an inline element or an HTML block's first line).
fn is_html_comment(html: &str) -> bool {
    html.len() > 4 && html.starts_with("<!--")
}

/// `text[from..]` as linkify reads it: its decoded parts (`decoded`, ranges of
/// `text`) as U+0001s, one a byte. Decoded text stands in the source as
/// `&#64;` and the like, which ends a link there.
fn masked<'t>(text: &'t str, from: usize, decoded: &[Range<usize>]) -> Cow<'t, str> {
    if !decoded.iter().any(|r| r.end > from) {
        return Cow::Borrowed(&text[from..]);
    }
    let mut bytes = text.as_bytes()[from..].to_vec();
    for r in decoded.iter().filter(|r| r.end > from) {
        bytes[r.start.max(from) - from..r.end - from].fill(1);
    }
    // (Decoded ranges hold whole characters: what is left is UTF-8.)
    Cow::Owned(String::from_utf8_lossy(&bytes).into_owned())
}

/// Whether linkify (when `linkify`) may find a link in `text`, or an
/// intraword strikethrough (when `tilde`) a `~`: one pass over the bytes,
/// sixteen a step, for both (linkify's `.` comes in every sentence; a
/// `memchr3` for its bytes then a `memchr` for `~` read a run twice and
/// started over at each dot).
fn may_link_or_strike(text: &str, linkify: bool, tilde: bool) -> bool {
    if !linkify && !tilde {
        return false;
    }
    let set = ByteSet::new([b'@', b':', b'.', b'~']);
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(n) = set.find(&b[from..]) {
        let i = from + n;
        if if b[i] == b'~' { tilde } else { linkify && linkify::trigger_at(b, i) } {
            return true;
        }
        from = i + 1;
    }
    false
}

/// Attributes an attribute list may not put on a block: they load, submit or take focus.
const LOADING_ATTRIBUTES: [&str; 14] = [
    "src",
    "srcset",
    "srcdoc",
    "data",
    "poster",
    "background",
    "ping",
    "action",
    "formaction",
    "lowsrc",
    "dynsrc",
    "http-equiv",
    "autofocus",
    "is",
];

/// Whether an attribute list may put the attribute named `lower` (lower-cased)
/// on a `tag` block (a heading if `heading`): event handlers and inline styles
/// never; headings keep other attributes (Hugo's heading renderer), other
/// blocks only Goldmark's global set and `data-*`; nothing that loads, submits
/// or takes focus. (Links then pass the URL policy.) A fence's attributes go
/// through it too, onto the highlighted block's `<div>`.
pub(crate) fn block_attribute_allowed(lower: &str, tag: &str, heading: bool) -> bool {
    if lower.starts_with("on")
        || lower == "style"
        || !lower.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
    {
        return false;
    }
    let allowed = heading
        || GLOBAL_ATTRIBUTES.contains(&lower)
        || lower.starts_with("data-")
        || (lower == "start" && tag == "ol")
        || (lower == "cite" && tag == "blockquote");
    allowed && !LOADING_ATTRIBUTES.contains(&lower)
}

pub(super) fn write(
    source: &str,
    events: &[(Event<'_>, Range<usize>)],
    block_attrs: &HashMap<usize, Attrs>,
    options: &Options,
    hooks: Option<&dyn Hooks>,
    passthroughs: &[Element],
    start: &Start<'_>,
) -> Output {
    let mut w = Writer::new(source, events, block_attrs, options);
    w.passthroughs = passthroughs;
    if start.code_blocks > 0 {
        w.ordinals[HookKind::CodeBlock as usize] = start.code_blocks;
    }
    if let Some(h) = hooks {
        if !passthroughs.is_empty() {
            w.passthrough_hooks = [h.has(HookKind::Passthrough, "inline"), h.has(HookKind::Passthrough, "block")];
        }
        w.hooks = Some(h);
        w.hooked = [HookKind::Link, HookKind::Image, HookKind::Heading, HookKind::Table]
            .into_iter()
            .filter(|k| h.has(*k, ""))
            .chain(["regular", "alert"].into_iter().filter(|v| h.has(HookKind::Blockquote, v)).map(|_| HookKind::Blockquote))
            .collect();
    }
    w.assign_heading_ids(start.heading_keys);
    if let Some(hooks) = hooks {
        hooks.identifiers(&w.heading_keys);
    }
    w.collect_footnote_labels();
    w.run();
    w.finish()
}

struct Block {
    html: String,
    start: usize,
    end: usize,
    /// See [`RawBlock::own`].
    own: bool,
}

/// An element whose HTML is being gathered for a render hook.
enum Capture {
    /// A link: where its text starts in the buffer, its destination, title and
    /// source, and whether it is an autolink (numbered apart, as Goldmark does).
    Link { at: usize, destination: String, title: String, span: Range<usize>, autolink: bool },
    /// A heading: where its tag starts, its attributes (without the ID) and source.
    Heading { tag_at: usize, attributes: Attrs, span: Range<usize> },
    /// A blockquote: where its content starts, where its tag started, its event.
    Blockquote { at: usize, tag_at: usize, event: usize },
}

/// A table being gathered for the table hook.
struct TableCapture {
    at: usize,
    event: usize,
    head: Vec<Vec<Cell>>,
    body: Vec<Vec<Cell>>,
    row: Vec<Cell>,
    cell_at: usize,
}

struct Footnote {
    html: String,
    /// The definition's last child is a paragraph: backlinks go inside it.
    ends_in_paragraph: bool,
    span: Range<usize>,
}

struct Writer<'a, 'e> {
    source: &'a str,
    events: &'e [(Event<'a>, Range<usize>)],
    block_attrs: &'e HashMap<usize, Attrs>,
    options: &'e Options,
    sanitizer: Sanitizer,
    /// Output buffers: the current top-level block, or a footnote definition on top of it.
    buffers: Vec<String>,
    blocks: Vec<Block>,
    depth: usize,
    block_start: usize,
    block_end: usize,
    /// Elements opened by raw HTML in the current block and not yet closed.
    open_html: i32,
    heading_ids: HashMap<usize, String>,
    heading_keys: Vec<Option<String>>,
    headings: Vec<Heading>,
    /// The counts after each block.
    counts: Vec<Counts>,
    heading_start: Option<(usize, u8, String)>,
    table_alignments: Vec<Alignment>,
    table_cell: usize,
    /// Where the current table row ends, and whether the current cell is one
    /// the parser added to a short row (Goldmark gives those no alignment).
    table_row_end: usize,
    table_cell_padded: bool,
    in_table_head: bool,
    /// How each open paragraph is written, innermost last.
    paragraph_wraps: Vec<Wrap>,
    /// The open definitions (`<dd>`): each one's depth, and whether its first
    /// paragraph is still to come and is to be written without `<p>` (see
    /// [`Wrap::TextBlock`]).
    definitions: Vec<(usize, bool)>,
    /// Where the output ended after a [`Wrap::TextBlock`]'s line break.
    text_block_end: Option<usize>,
    link_depth: usize,
    /// The depth of the definition term being written, if one is.
    term_depth: Option<usize>,
    /// With `autoDefinitionTermID`: the IDs of each definition list title's
    /// terms (one a line), by the title's event; those of the title being
    /// written, the next last.
    term_ids: Vec<(usize, Vec<String>)>,
    title_ids: Vec<String>,
    footnote_labels: HashMap<String, usize>,
    footnote_order: Vec<String>,
    footnote_refs: HashMap<String, usize>,
    footnotes: HashMap<String, Footnote>,
    footnote_stack: Vec<(String, Range<usize>, usize)>,
    last_end: Option<TagEnd>,
    /// The typographer's open quotes in the current block.
    quotes: Quotes,
    /// The site's render hooks, and the kinds it has.
    hooks: Option<&'e dyn Hooks>,
    hooked: Vec<HookKind>,
    /// Elements being gathered for hooks, innermost last; with their plain text.
    captures: Vec<(Capture, String)>,
    table: Option<TableCapture>,
    /// How many elements of each kind the page has had (`.Ordinal`).
    ordinals: [usize; HookKind::COUNT],
    /// Problems to report: code, message, source range.
    notes: Vec<(&'static str, String, Range<usize>)>,
    /// A code block was written plain because the highlighter is not available yet.
    highlight_pending: bool,
    pending: Vec<super::PendingCode>,
    /// Autolinks and linkified URLs handed to the link hook so far.
    autolinks: usize,
    /// Open containers and inline elements, for the nesting limits; whether each was flattened.
    block_level: usize,
    inline_level: usize,
    flattened: Vec<bool>,
    nesting_reported: bool,
    /// The current block has HTML the writer did not write itself (see [`RawBlock::own`]).
    foreign: bool,
    /// The passthrough elements (`Event::InlineMath` / `Event::DisplayMath` at their ranges), and
    /// whether the site has a hook for inline and for block ones.
    passthroughs: &'e [Element],
    passthrough_hooks: [bool; 2],
    /// What the TOC shows instead of parts of the current heading: where in
    /// the buffer, and the source to show escaped (a passthrough element, as
    /// written) or nothing (a footnote reference, which Hugo's TOC leaves out).
    heading_stand_ins: Vec<(Range<usize>, Option<Range<usize>>)>,
    /// A text run's plain text, kept between runs for its allocation.
    plain: String,
    /// An attribute's name lowercased by `open_tag`, kept for its allocation.
    attribute_name: String,
}

/// A heading's tag name, and its end tag with the line break after it, by level.
const HEADING_TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
const HEADING_ENDS: [&str; 6] = ["</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n", "</h6>\n"];

/// Whether a tag counts against the inline (`Some(true)`) or block
/// (`Some(false)`) nesting limit, or neither.
fn nesting_kind(tag: &Tag<'_>) -> Option<bool> {
    match tag {
        Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Superscript | Tag::Subscript | Tag::Link { .. } => Some(true),
        Tag::BlockQuote(_) | Tag::List(_) | Tag::Item | Tag::DefinitionList | Tag::DefinitionListDefinition => Some(false),
        _ => None,
    }
}

fn nesting_kind_end(end: &TagEnd) -> Option<bool> {
    match end {
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Superscript | TagEnd::Subscript | TagEnd::Link => Some(true),
        TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item | TagEnd::DefinitionList | TagEnd::DefinitionListDefinition => Some(false),
        _ => None,
    }
}

impl<'a, 'e> Writer<'a, 'e> {
    fn new(source: &'a str, events: &'e [(Event<'a>, Range<usize>)], block_attrs: &'e HashMap<usize, Attrs>, options: &'e Options) -> Self {
        Writer {
            source,
            events,
            block_attrs,
            options,
            sanitizer: Sanitizer::new(),
            buffers: vec![String::new()],
            blocks: Vec::new(),
            depth: 0,
            block_start: 0,
            block_end: 0,
            open_html: 0,
            heading_ids: HashMap::new(),
            heading_keys: Vec::new(),
            headings: Vec::new(),
            counts: Vec::new(),
            heading_start: None,
            table_alignments: Vec::new(),
            table_cell: 0,
            table_row_end: 0,
            table_cell_padded: false,
            in_table_head: false,
            paragraph_wraps: Vec::new(),
            definitions: Vec::new(),
            text_block_end: None,
            link_depth: 0,
            term_depth: None,
            term_ids: Vec::new(),
            title_ids: Vec::new(),
            footnote_labels: HashMap::new(),
            footnote_order: Vec::new(),
            footnote_refs: HashMap::new(),
            footnotes: HashMap::new(),
            footnote_stack: Vec::new(),
            last_end: None,
            quotes: Quotes::default(),
            hooks: None,
            hooked: Vec::new(),
            captures: Vec::new(),
            table: None,
            ordinals: [0; HookKind::COUNT],
            notes: Vec::new(),
            highlight_pending: false,
            pending: Vec::new(),
            autolinks: 0,
            block_level: 0,
            inline_level: 0,
            flattened: Vec::new(),
            nesting_reported: false,
            foreign: false,
            passthroughs: &[],
            passthrough_hooks: [false; 2],
            heading_stand_ins: Vec::new(),
            plain: String::new(),
            attribute_name: String::with_capacity(16),
        }
    }

    fn hooked(&self, kind: HookKind) -> bool {
        self.hooked.contains(&kind)
    }

    fn ordinal(&mut self, kind: HookKind) -> usize {
        let n = &mut self.ordinals[kind as usize];
        *n += 1;
        *n - 1
    }

    /// The hook's HTML for `hook`, or `None` to write the element as usual.
    fn call_hook(&mut self, hook: &Hook<'_>, span: Range<usize>) -> Option<String> {
        let ordinal = self.ordinal(hook.kind());
        let html = self.hooks?.render(hook, ordinal, span);
        self.foreign |= html.is_some();
        html
    }

    /// The link hook for an autolink or a linkified URL: Hugo numbers these apart from other links.
    fn call_autolink_hook(&mut self, hook: &Hook<'_>, span: Range<usize>) -> Option<String> {
        self.autolinks += 1;
        let html = self.hooks?.render(hook, self.autolinks - 1, span);
        self.foreign |= html.is_some();
        html
    }

    /// Text that also goes to the plain text of elements being gathered.
    fn note_plain(&mut self, text: &str) {
        for (_, plain) in &mut self.captures {
            plain.push_str(text);
        }
    }

    fn out(&mut self) -> &mut String {
        self.buffers.last_mut().expect("there is always a buffer")
    }

    fn push(&mut self, s: &str) {
        self.out().push_str(s);
    }

    fn raw(&self, range: &Range<usize>) -> &'a str {
        self.source.get(range.clone()).unwrap_or("")
    }

    /// Whether a text event's `text` is the source at `range` as written (no
    /// character reference or escape decoded in it). Text as written is a
    /// slice of the source itself, which its address tells without comparing
    /// the bytes (a comparison was 1-2% of a render's profile).
    fn as_written(&self, range: &Range<usize>, text: &str) -> bool {
        let raw = self.raw(range);
        raw.len() == text.len() && (std::ptr::eq(raw.as_ptr(), text.as_ptr()) || raw == text)
    }

    /// The index of the `End` matching the `Start` at `i`.
    fn matching_end(&self, i: usize) -> usize {
        let mut depth = 0;
        for (j, (e, _)) in self.events.iter().enumerate().skip(i) {
            match e {
                Event::Start(_) => depth += 1,
                Event::End(_) => {
                    depth -= 1;
                    if depth == 0 {
                        return j;
                    }
                }
                _ => {}
            }
        }
        self.events.len() - 1
    }

    /// IDs in document order: explicit `{#id}`s are registered, the rest generated
    /// (unique against `before` too: the IDs of the headings before this part).
    /// With `autoDefinitionTermID`, definition terms take theirs from the same
    /// IDs, in the same order (their keys follow the headings' then, so an
    /// edit renders the whole post: see `incremental::splice`).
    fn assign_heading_ids(&mut self, before: &[Option<String>]) {
        let parser = &self.options.markup.goldmark.parser;
        let terms = parser.auto_definition_term_id && self.options.markup.goldmark.extensions.definition_list;
        let mut ids = Ids::new(parser.auto_heading_id_type);
        for key in before.iter().flatten() {
            ids.put(key);
        }
        for (i, (event, _)) in self.events.iter().enumerate() {
            let id = match event {
                Event::Start(Tag::Heading { id, .. }) => id,
                Event::Start(Tag::DefinitionListTitle) if terms => {
                    // Goldmark: each line of the terms is a term of its own.
                    let text = self.plain_text(i + 1, self.matching_end(i));
                    let keys: Vec<String> = text.split('\n').map(|line| ids.generate_for(line, "term")).collect();
                    self.heading_keys.extend(keys.iter().map(|k| Some(k.clone())));
                    self.term_ids.push((i, keys.into_iter().map(|k| unclobbered_id("dt", k)).collect()));
                    continue;
                }
                _ => continue,
            };
            if let Some(id) = id {
                ids.put(id);
                self.heading_ids.insert(i, unclobbered_id("h1", id.to_string()));
                self.heading_keys.push(Some(id.to_string()));
            } else if self.options.markup.goldmark.parser.auto_heading_id {
                let end = self.matching_end(i);
                let text = self.plain_text(i + 1, end);
                // (Of several lines, the last.)
                let key = ids.generate(text.rsplit('\n').next().unwrap_or(""));
                self.heading_ids.insert(i, unclobbered_id("h1", key.clone()));
                self.heading_keys.push(Some(key));
            } else {
                self.heading_keys.push(None);
            }
        }
    }

    /// Opens a definition term, with its ID when it has one.
    fn open_term(&mut self) {
        match self.title_ids.pop().filter(|id| !id.is_empty()) {
            Some(id) => {
                self.push("<dt id=\"");
                crate::html::escape_attr(self.out(), &id);
                self.push("\">");
            }
            None => self.push("<dt>"),
        }
    }

    /// The text Hugo takes a heading's or a term's ID from (its `TextPlain`):
    /// plain text as written (numeric character references stay as written,
    /// named ones decoded); for every nested inline (emphasis, link, code
    /// span, image) only its first child; autolinks and inline HTML
    /// contribute nothing; a line break is a `\n`.
    fn plain_text(&self, from: usize, to: usize) -> String {
        struct Frame {
            children: usize,
            contributes: bool,
            first_only: bool,
        }
        let mut text = String::new();
        let mut stack = vec![Frame { children: 0, contributes: true, first_only: false }];
        let linkify = self.options.markup.goldmark.extensions.linkify;
        let typographer = !self.options.markup.goldmark.extensions.typographer.disable;
        let mut quotes = Quotes::default();
        for (event, range) in &self.events[from..to] {
            if let Event::End(_) = event {
                stack.pop();
                continue;
            }
            // A text event is one child, or several when the typographer splits it.
            let mut split = match event {
                Event::Text(t) if typographer && self.as_written(range, t) => {
                    Some(typographer::pieces(self.source, range.clone(), &mut quotes))
                }
                _ => None,
            };
            let mut whole = split.is_none().then(|| (range.clone(), None));
            let pieces = std::iter::from_fn(|| match &mut split {
                Some(split) => split.next(),
                None => whole.take(),
            });
            for (piece, sub) in pieces {
                let parent = stack.last_mut().expect("the heading frame stays");
                let allowed = parent.contributes && (!parent.first_only || parent.children == 0);
                parent.children += 1;
                match event {
                    Event::Start(tag) => {
                        let autolink = matches!(tag, Tag::Link { link_type: LinkType::Autolink | LinkType::Email, .. });
                        stack.push(Frame { children: 0, contributes: allowed && !autolink, first_only: true });
                    }
                    // Typographer output is punctuation: a GitHub-style ID drops it,
                    // a Blackfriday-style one puts a hyphen between the words around it.
                    Event::Text(_) if allowed && sub.is_some() => text.push('\u{2019}'),
                    Event::Text(t) if allowed => {
                        let raw = self.raw(&piece);
                        let t: &str = if raw.len() == piece.len() && piece != *range { raw } else { t };
                        if raw.starts_with("&#") {
                            text.push_str(raw);
                        } else if linkify && stack.len() == 1 {
                            // Goldmark's linkified URLs are autolinks: no text.
                            let mut last = 0;
                            for f in linkify::find(t, &self.options.markup.goldmark.extensions.linkify_protocol) {
                                text.push_str(&t[last..f.start]);
                                last = f.end;
                            }
                            text.push_str(&t[last..]);
                        } else {
                            text.push_str(t);
                        }
                    }
                    Event::Code(t) if allowed => text.push_str(t),
                    Event::SoftBreak | Event::HardBreak if allowed => text.push('\n'),
                    _ => {}
                }
            }
        }
        text
    }

    fn collect_footnote_labels(&mut self) {
        for (event, range) in self.events {
            if let Event::Start(Tag::FootnoteDefinition(label)) = event {
                let n = self.footnote_labels.len();
                let label = self.footnote_label(label, range);
                self.footnote_labels.entry(label).or_insert(n);
            }
        }
    }

    fn run(&mut self) {
        let mut i = 0;
        while i < self.events.len() {
            let range = self.events[i].1.clone();
            if self.depth == 0 && self.footnote_stack.is_empty() {
                let is_definition = matches!(self.events[i].0, Event::Start(Tag::FootnoteDefinition(_)));
                if !is_definition && self.out().is_empty() && self.open_html <= 0 {
                    self.block_start = range.start;
                }
            }
            i = self.event(i);
            if self.depth == 0 && self.footnote_stack.is_empty() {
                self.block_end = self.block_end.max(range.end);
                if let Some((_, r)) = self.events.get(i.saturating_sub(1)) {
                    self.block_end = self.block_end.max(r.end);
                }
                self.close_block();
            }
        }
    }

    fn close_block(&mut self) {
        if self.open_html > 0 || self.buffers.len() > 1 {
            return;
        }
        self.sanitizer.reset();
        // The block's HTML is copied out at its length and the buffer kept:
        // a fresh buffer per block grew by doubling, five or six allocations
        // a paragraph.
        let out = self.out();
        let html = out.as_str().to_owned();
        out.clear();
        // Raw HTML that sanitized to nothing leaves no block.
        if !crate::search::trim(&html).is_empty() {
            self.blocks.push(Block { html, start: self.block_start, end: self.block_end, own: !self.foreign });
            let counts = Counts { headings: self.headings.len(), code_blocks: self.ordinals[HookKind::CodeBlock as usize] };
            self.counts.push(counts);
        }
        self.open_html = 0;
        self.block_end = 0;
        self.foreign = false;
    }

    /// Writes event `i`; returns the index of the next event to write.
    fn event(&mut self, i: usize) -> usize {
        let (event, range) = &self.events[i];
        match event {
            Event::Start(tag) => return self.start(i, tag, range),
            Event::End(end) => self.end(end),
            // Text inside an element the sanitizer dropped (`<svg>…</svg>` in a paragraph) goes too.
            Event::Text(_) | Event::Code(_) if self.sanitizer.is_skipping() => {}
            Event::Text(_) => {
                if !self.captures.is_empty() {
                    let mut j = i;
                    while let Some((Event::Text(_), _)) = self.events.get(j) {
                        j += 1;
                    }
                    // A hook's `.PlainText` is the text as it renders (the typographer applied).
                    let plain = crate::html::decode_entities(&self.alt_text(i, j));
                    self.note_plain(&plain);
                }
                return self.text_run(i);
            }
            Event::Code(code) => {
                if !self.captures.is_empty() {
                    self.note_plain(code);
                }
                self.push("<code>");
                escape_text(self.out(), code);
                self.push("</code>");
            }
            Event::InlineMath(_) => self.passthrough(i, false),
            Event::DisplayMath(_) => {
                // A block element starts on its own line, as a block in a tight list item does,
                // unless it follows another (Goldmark writes nothing between them).
                let after_block = matches!(i.checked_sub(1).and_then(|p| self.events.get(p)), Some((Event::DisplayMath(_), _)));
                if !after_block && !self.out().is_empty() && !self.out().ends_with('\n') {
                    self.push("\n");
                }
                self.passthrough(i, true);
            }
            Event::Html(html) | Event::InlineHtml(html) => self.raw_html(html, range),
            Event::FootnoteReference(label) => self.footnote_reference(label, range),
            // Each line of a definition's terms is a term of its own to Goldmark.
            Event::SoftBreak if self.term_depth == Some(self.depth) => {
                self.push("</dt>\n");
                self.open_term();
            }
            Event::SoftBreak => {
                if self.options.markup.goldmark.renderer.hard_wraps {
                    self.push("<br>\n");
                } else {
                    self.push("\n");
                }
            }
            Event::HardBreak => self.push("<br>\n"),
            Event::Rule => self.push("<hr>\n"),
            Event::TaskListMarker(checked) => {
                if *checked {
                    self.push("<input checked=\"\" disabled=\"\" type=\"checkbox\"> ");
                } else {
                    self.push("<input disabled=\"\" type=\"checkbox\"> ");
                }
            }
        }
        i + 1
    }

    /// A passthrough element (event `i`): the site's hook, else its text as
    /// written, delimiters included (which Hugo writes unescaped, as raw
    /// HTML: Recap's sanitizer reads it as raw HTML is read).
    fn passthrough(&mut self, i: usize, block: bool) {
        let range = self.events[i].1.clone();
        let Some(element) = self.passthroughs.iter().find(|e| e.range == range).cloned() else { return };
        let raw = self.raw(&range);
        self.foreign = true;
        let mut html = None;
        if self.passthrough_hooks[usize::from(block)] {
            let attributes = if block { self.block_attrs.get(&i).cloned().unwrap_or_default() } else { Vec::new() };
            let hook = Hook::Passthrough { inner: element.inner(self.source), block, attributes: &attributes };
            html = self.call_hook(&hook, range.clone());
        }
        let at = self.out().len();
        match html {
            Some(h) => self.push(&h),
            None => {
                let clean = Sanitizer::new().clean(raw);
                self.push(&clean);
            }
        }
        if self.heading_start.is_some() {
            let end = self.out().len();
            self.heading_stand_ins.push((at..end, Some(range)));
        }
    }

    /// Ends a raw `<svg>` left open in this block before the writer writes a
    /// tag that a browser would put inside it (a link, a deletion: the tags it
    /// writes that do not end an `<svg>` themselves), so that the writer's own
    /// elements never land in one (links there are what SECURITY.md rules out).
    fn leave_svg(&mut self) {
        if self.sanitizer.in_svg() {
            let mut out = std::mem::take(self.out());
            self.open_html += self.sanitizer.close_svg(&mut out);
            *self.out() = out;
        }
    }

    fn raw_html(&mut self, html: &str, range: &Range<usize>) {
        if self.options.markup.goldmark.renderer.unsafe_html {
            self.foreign = true;
            let mut out = std::mem::take(self.out());
            self.open_html += self.sanitizer.sanitize(&mut out, html);
            *self.out() = out;
            if self.sanitizer.take_too_deep() {
                self.notes.push(("limits/nesting", crate::limits::html_nesting_message(), range.clone()));
            }
        } else if !is_html_comment(html) {
            self.omitted_html(range.clone());
            self.push(OMITTED);
        }
    }

    /// Hugo warns, once per page, that raw HTML was left out.
    fn omitted_html(&mut self, at: Range<usize>) {
        if !self.notes.iter().any(|(code, _, _)| *code == "markdown/raw-html-omitted") {
            self.notes.push((
                "markdown/raw-html-omitted",
                "raw HTML is left out, as the site does not set `markup.goldmark.renderer.unsafe`".to_owned(),
                at,
            ));
        }
    }

    fn start(&mut self, i: usize, tag: &Tag<'a>, range: &Range<usize>) -> usize {
        self.depth += 1;
        // Past the nesting limits a container or inline element writes no tags:
        // its content renders at the limit's depth.
        if let Some(inline) = nesting_kind(tag) {
            let (level, max) =
                if inline { (&mut self.inline_level, limits::INLINE_NESTING) } else { (&mut self.block_level, limits::BLOCK_NESTING) };
            let flatten = *level >= max;
            *level += 1;
            self.flattened.push(flatten);
            if flatten {
                if !self.nesting_reported {
                    self.nesting_reported = true;
                    let what = if inline {
                        format!("inline elements (emphasis, links) nest more than {max} deep")
                    } else {
                        format!("block quotes and lists nest more than {max} deep")
                    };
                    self.notes.push((
                        "limits/nesting",
                        format!("{what} here: the deeper ones are shown without their own formatting"),
                        range.clone(),
                    ));
                }
                return i + 1;
            }
        }
        // A block inside a tight list item starts on its own line, as in Goldmark.
        let block = !matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::TableCell
                | Tag::TableRow
                | Tag::TableHead
        );
        // (Goldmark writes a passthrough block with no line break after it.)
        let after_passthrough = matches!(i.checked_sub(1).and_then(|p| self.events.get(p)), Some((Event::DisplayMath(_), _)));
        // (Nor before a tight definition's first paragraph, which has no tag.)
        let text_block =
            matches!(tag, Tag::Paragraph) && self.definitions.last().is_some_and(|&(d, pending)| pending && d + 1 == self.depth);
        if block && !after_passthrough && !text_block && !self.out().is_empty() && !self.out().ends_with('\n') {
            self.push("\n");
        }
        match tag {
            Tag::Paragraph => {
                let wrap = if !self.options.markup.goldmark.parser.wrap_standalone_image && self.is_standalone_image(i) {
                    Wrap::Image
                } else if text_block {
                    if let Some((_, pending)) = self.definitions.last_mut() {
                        *pending = false;
                    }
                    Wrap::TextBlock
                } else {
                    Wrap::P
                };
                self.paragraph_wraps.push(wrap);
                if wrap == Wrap::P {
                    self.open_tag("p", i, &[]);
                }
            }
            Tag::Heading { level, classes, attrs, .. } => {
                let level = *level as u8;
                let mut all: Attrs = Vec::new();
                let id = self.heading_ids.get(&i).cloned();
                // pulldown-cmark splits `key="a b"` at the space; Goldmark reads the
                // quotes, so the attribute list is read again from the source.
                let from_source = (!classes.is_empty() || !attrs.is_empty()).then(|| self.heading_attributes(range)).flatten();
                match from_source {
                    Some(parsed) => all.extend(parsed.into_iter().filter(|(k, _)| k != "id")),
                    None => {
                        if !classes.is_empty() {
                            all.push(("class".to_owned(), classes.iter().map(|c| c.as_ref()).collect::<Vec<_>>().join(" ")));
                        }
                        for (k, v) in attrs {
                            all.push((k.to_string(), v.as_deref().unwrap_or("").to_owned()));
                        }
                    }
                }
                if self.hooked(HookKind::Heading) {
                    let tag_at = self.out().len();
                    let attributes = all.iter().filter(|(k, _)| k != "id").cloned().collect();
                    self.captures.push((Capture::Heading { tag_at, attributes, span: range.clone() }, String::new()));
                }
                let tag = HEADING_TAGS[usize::from(level) - 1];
                let id_attribute = id.as_deref().map(|id| ("id", id));
                let borrowed: Vec<(&str, &str)>;
                let own: &[(&str, &str)] = match (id_attribute, all.is_empty()) {
                    (None, true) => &[],
                    (Some(id), true) => &[id],
                    _ => {
                        borrowed = id_attribute.into_iter().chain(all.iter().map(|(k, v)| (k.as_str(), v.as_str()))).collect();
                        &borrowed
                    }
                };
                self.open_tag(tag, i, own);
                let at = self.out().len();
                self.heading_start = Some((at, level, id.unwrap_or_default()));
            }
            Tag::BlockQuote(_) => {
                let tag_at = self.out().len();
                self.open_tag("blockquote", i, &[]);
                self.push("\n");
                if self.hooked(HookKind::Blockquote) {
                    let at = self.out().len();
                    self.captures.push((Capture::Blockquote { at, tag_at, event: i }, String::new()));
                }
            }
            Tag::CodeBlock(kind) => return self.code_block(i, kind),
            Tag::HtmlBlock => return self.html_block(i),
            Tag::List(start) => {
                match start {
                    None => self.open_tag("ul", i, &[]),
                    Some(1) => self.open_tag("ol", i, &[]),
                    Some(n) => self.open_tag("ol", i, &[("start", &n.to_string())]),
                }
                self.push("\n");
            }
            Tag::Item => {
                self.push("<li>");
                if matches!(self.events.get(i + 1), Some((Event::Start(t), _)) if !matches!(t, Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. } | Tag::Superscript | Tag::Subscript))
                {
                    self.push("\n");
                }
            }
            Tag::FootnoteDefinition(label) => {
                self.buffers.push(String::new());
                let label = self.footnote_label(label, range);
                self.footnote_stack.push((label, range.clone(), self.depth));
            }
            Tag::DefinitionList => {
                self.open_tag("dl", i, &[]);
                self.push("\n");
            }
            Tag::DefinitionListTitle => {
                self.term_depth = Some(self.depth);
                // (Found by the title's event: the list is in event order.)
                self.title_ids = match self.term_ids.binary_search_by_key(&i, |(e, _)| *e) {
                    Ok(at) => std::mem::take(&mut self.term_ids[at].1),
                    Err(_) => Vec::new(),
                };
                self.title_ids.reverse();
                self.open_term();
            }
            Tag::DefinitionListDefinition => {
                // Goldmark: a definition with no blank line before it is tight.
                let line = self.source[..range.start].rfind('\n').map_or(0, |n| n + 1);
                let blank_before = line > 0 && self.source[..line - 1].rsplit('\n').next().is_some_and(|l| l.trim().is_empty());
                self.definitions.push((self.depth, !blank_before));
                self.push("<dd>");
            }
            Tag::Table(alignments) => {
                self.table_alignments = alignments.clone();
                if self.hooked(HookKind::Table) {
                    let at = self.out().len();
                    self.table = Some(TableCapture { at, event: i, head: Vec::new(), body: Vec::new(), row: Vec::new(), cell_at: 0 });
                }
                self.open_tag("table", i, &[]);
                self.push("\n");
            }
            Tag::TableHead => {
                self.in_table_head = true;
                self.table_cell = 0;
                self.push("\t<thead>\n\t\t\t<tr>\n");
            }
            Tag::TableRow => {
                self.table_cell = 0;
                self.table_row_end = range.end;
                self.push("\t\t\t<tr>\n");
            }
            Tag::TableCell => {
                let cell = if self.in_table_head { "th" } else { "td" };
                // A cell pulldown-cmark adds to a short row is empty, at the row's end.
                self.table_cell_padded = !self.in_table_head && range.is_empty() && range.start >= self.table_row_end;
                let align = match self.cell_alignment() {
                    Some(Alignment::Left) => " style=\"text-align: left\"",
                    Some(Alignment::Center) => " style=\"text-align: center\"",
                    Some(Alignment::Right) => " style=\"text-align: right\"",
                    _ => "",
                };
                self.push(&format!("\t\t\t\t\t<{cell}{align}>"));
                let at = self.out().len();
                if let Some(t) = &mut self.table {
                    t.cell_at = at;
                }
            }
            Tag::Emphasis => self.push("<em>"),
            Tag::Strong => self.push("<strong>"),
            // (Goldmark writes a single-tilde subscript as a deletion too.)
            Tag::Strikethrough | Tag::Subscript => {
                self.leave_svg();
                self.push("<del>");
            }
            Tag::Superscript => self.push("<sup>"),
            Tag::Link { link_type, dest_url, title, .. } => {
                self.leave_svg();
                // A link inside a link (an autolink in a link's text): a browser
                // closes the outer one first, which the last pass writes out.
                self.foreign |= self.link_depth > 0;
                self.link_depth += 1;
                let url: std::borrow::Cow<'_, str> =
                    if *link_type == LinkType::Email { format!("mailto:{dest_url}").into() } else { dest_url.as_ref().into() };
                if self.hooked(HookKind::Link) {
                    let at = self.out().len();
                    let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                    let link = Capture::Link { at, destination: url.into_owned(), title: title.to_string(), span: range.clone(), autolink };
                    self.captures.push((link, String::new()));
                    return i + 1;
                }
                self.push("<a href=\"");
                escape_href(self.out(), safe_href(&url));
                self.push("\"");
                if !title.is_empty() {
                    self.push(" title=\"");
                    escape_attr(self.out(), title);
                    self.push("\"");
                }
                self.push(">");
            }
            Tag::Image { dest_url, title, .. } if self.hooked(HookKind::Image) => {
                let end = self.matching_end(i);
                // `.PlainText` is the alt text as it renders (the typographer applied), decoded.
                let plain = crate::html::decode_entities(&self.alt_text(i + 1, end));
                let at = self.out().len();
                let mut j = i + 1;
                while j < end {
                    j = self.event(j);
                }
                let text = self.out().split_off(at);
                // Hugo: with wrapStandAloneImageWithinParagraph off, an image that is
                // its parent's only child (a paragraph, a tight list item, a link…) is a block.
                let is_block = !self.options.markup.goldmark.parser.wrap_standalone_image && self.only_child(i, end);
                let attrs: Attrs = if self.paragraph_wraps.last() == Some(&Wrap::Image) && is_block {
                    i.checked_sub(1).and_then(|p| self.block_attrs.get(&p)).cloned().unwrap_or_default()
                } else {
                    Vec::new()
                };
                let hook = Hook::Image { destination: dest_url, title, text: &text, plain_text: &plain, is_block, attributes: &attrs };
                let span = range.clone();
                match self.call_hook(&hook, span) {
                    Some(html) => self.push(&html),
                    None => {
                        let alt = self.alt_text(i + 1, end);
                        self.image(dest_url, title, &alt);
                    }
                }
                self.depth -= 1;
                return end + 1;
            }
            Tag::Image { dest_url, title, .. } => {
                let end = self.matching_end(i);
                let alt = self.alt_text(i + 1, end);
                if !self.captures.is_empty() {
                    // An enclosing hook's `.PlainText` holds the image's text.
                    self.note_plain(&crate::html::decode_entities(&alt));
                }
                self.image(dest_url, title, &alt);
                self.depth -= 1;
                return end + 1;
            }
            Tag::MetadataBlock(_) => {
                let end = self.matching_end(i);
                self.depth -= 1;
                return end + 1;
            }
        }
        i + 1
    }

    fn end(&mut self, end: &TagEnd) {
        self.depth -= 1;
        if let Some(inline) = nesting_kind_end(end) {
            if inline {
                self.inline_level -= 1;
            } else {
                self.block_level -= 1;
            }
            if self.flattened.pop().unwrap_or(false) {
                return;
            }
        }
        if !matches!(
            end,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        ) {
            self.quotes = Quotes::default();
        }
        match end {
            TagEnd::Paragraph => match self.paragraph_wraps.pop().unwrap_or(Wrap::P) {
                Wrap::P => self.push("</p>\n"),
                Wrap::Image => self.push("\n"),
                Wrap::TextBlock => {
                    self.push("\n");
                    self.text_block_end = Some(self.out().len());
                }
            },
            TagEnd::Heading(level) => {
                let level = *level as u8;
                let mut hooked = None;
                if let Some((at, level, id)) = self.heading_start.take() {
                    if matches!(self.captures.last(), Some((Capture::Heading { .. }, _))) {
                        // (Its text went to the enclosing captures as it was written.)
                        let Some((Capture::Heading { tag_at, attributes, span }, plain)) = self.captures.pop() else { unreachable!() };
                        hooked = Some((tag_at, attributes, span, self.out()[at..].to_owned(), plain, id.clone()));
                    }
                    // The TOC shows passthrough elements as written and no footnote
                    // reference (Hugo's TOC renderer).
                    let mut toc_html = String::new();
                    let mut last = at;
                    for (written, source) in std::mem::take(&mut self.heading_stand_ins) {
                        toc_html.push_str(&self.out()[last..written.start]);
                        if let Some(source) = source {
                            escape_text(&mut toc_html, &self.source[source]);
                        }
                        last = written.end;
                    }
                    toc_html.push_str(&self.out()[last..]);
                    self.headings.push(Heading { level, id, html: toc_html, own: !self.foreign });
                }
                match hooked {
                    Some((tag_at, attrs, span, text, plain, id)) => {
                        let hook = Hook::Heading { level, anchor: &id, text: &text, plain_text: &plain, attributes: &attrs };
                        match self.call_hook(&hook, span) {
                            Some(html) => {
                                self.out().truncate(tag_at);
                                self.push(&html);
                                self.push("\n");
                            }
                            None => self.push(HEADING_ENDS[usize::from(level) - 1]),
                        }
                    }
                    None => self.push(HEADING_ENDS[usize::from(level) - 1]),
                }
            }
            TagEnd::BlockQuote(_) => match self.captures.last() {
                Some((Capture::Blockquote { .. }, _)) => {
                    let Some((Capture::Blockquote { at, tag_at, event }, _)) = self.captures.pop() else { unreachable!() };
                    let inner = self.out()[at..].to_owned();
                    let alert = hooks::alert(&inner);
                    let variant = if alert.is_some() { "alert" } else { "regular" };
                    if self.hooks.is_some_and(|h| h.has(HookKind::Blockquote, variant)) {
                        let attrs = self.block_attrs.get(&event).cloned().unwrap_or_default();
                        let (kind, sign, title, text) =
                            alert.unwrap_or_else(|| (String::new(), String::new(), String::new(), inner.clone()));
                        let hook =
                            Hook::Blockquote { text: &text, alert_type: &kind, alert_title: &title, alert_sign: &sign, attributes: &attrs };
                        let span = self.events.get(event).map_or(0..0, |e| e.1.clone());
                        if let Some(html) = self.call_hook(&hook, span) {
                            self.out().truncate(tag_at);
                            self.push(&html);
                            self.push("\n");
                        } else {
                            self.push("</blockquote>\n");
                        }
                    } else {
                        self.push("</blockquote>\n");
                    }
                }
                _ => self.push("</blockquote>\n"),
            },
            TagEnd::List(ordered) => self.push(if *ordered { "</ol>\n" } else { "</ul>\n" }),
            TagEnd::Item => self.push("</li>\n"),
            TagEnd::FootnoteDefinition => {
                let html = self.buffers.pop().unwrap_or_default();
                if let Some((label, span, _)) = self.footnote_stack.pop() {
                    let ends_in_paragraph = self.last_end == Some(TagEnd::Paragraph);
                    self.footnotes.entry(label).or_insert(Footnote { html, ends_in_paragraph, span });
                }
            }
            TagEnd::DefinitionList => self.push("</dl>\n"),
            TagEnd::DefinitionListTitle => {
                self.term_depth = None;
                self.push("</dt>\n");
            }
            TagEnd::DefinitionListDefinition => {
                self.definitions.pop();
                // (A text block's line break only comes before another block.)
                if self.text_block_end.take() == Some(self.out().len()) {
                    self.out().pop();
                }
                self.push("</dd>\n");
            }
            TagEnd::Table => {
                self.push("\t</tbody>\n</table>\n");
                if let Some(t) = self.table.take() {
                    let attrs = self.block_attrs.get(&t.event).cloned().unwrap_or_default();
                    let hook = Hook::Table { head: &t.head, body: &t.body, attributes: &attrs };
                    let span = self.events.get(t.event).map_or(0..0, |e| e.1.clone());
                    if let Some(html) = self.call_hook(&hook, span) {
                        self.out().truncate(t.at);
                        self.push(&html);
                        self.push("\n");
                    }
                }
            }
            TagEnd::TableHead => {
                if let Some(t) = &mut self.table {
                    let row = std::mem::take(&mut t.row);
                    t.head.push(row);
                }
                self.in_table_head = false;
                self.push("\t\t\t</tr>\n\t</thead>\n\t<tbody>\n");
            }
            TagEnd::TableRow => {
                if let Some(t) = &mut self.table {
                    let row = std::mem::take(&mut t.row);
                    t.body.push(row);
                }
                self.push("\t\t\t</tr>\n");
            }
            TagEnd::TableCell => {
                let cell = if self.in_table_head { "th" } else { "td" };
                let alignment = match self.cell_alignment() {
                    Some(Alignment::Left) => "left",
                    Some(Alignment::Center) => "center",
                    Some(Alignment::Right) => "right",
                    _ => "",
                };
                if let Some(at) = self.table.as_ref().map(|t| t.cell_at) {
                    let text = self.out()[at..].to_owned();
                    if let Some(t) = &mut self.table {
                        t.row.push(Cell { alignment, text });
                    }
                }
                self.table_cell += 1;
                self.push(&format!("</{cell}>\n"));
            }
            TagEnd::Emphasis => self.push("</em>"),
            TagEnd::Strong => self.push("</strong>"),
            TagEnd::Strikethrough => self.push("</del>"),
            TagEnd::Superscript => self.push("</sup>"),
            TagEnd::Subscript => self.push("</del>"),
            TagEnd::Link => {
                self.link_depth -= 1;
                if matches!(self.captures.last(), Some((Capture::Link { .. }, _))) {
                    // (Its text went to the enclosing captures as it was written.)
                    let Some((Capture::Link { at, destination, title, span, autolink }, plain)) = self.captures.pop() else {
                        unreachable!()
                    };
                    let text = self.out().split_off(at);
                    let hook = Hook::Link { destination: &destination, title: &title, text: &text, plain_text: &plain };
                    let hooked = if autolink { self.call_autolink_hook(&hook, span) } else { self.call_hook(&hook, span) };
                    match hooked {
                        Some(html) => self.push(&html),
                        None => {
                            self.push("<a href=\"");
                            escape_href(self.out(), safe_href(&destination));
                            self.push("\"");
                            if !title.is_empty() {
                                self.push(" title=\"");
                                escape_attr(self.out(), &title);
                                self.push("\"");
                            }
                            self.push(">");
                            self.push(&text);
                            self.push("</a>");
                        }
                    }
                } else {
                    self.push("</a>");
                }
            }
            TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::Image | TagEnd::MetadataBlock(_) => {}
        }
        // Which kind of block closed last inside a footnote definition.
        if let Some(&(_, _, depth)) = self.footnote_stack.last() {
            if self.depth == depth {
                self.last_end = Some(*end);
            }
        }
    }

    /// The current table cell's alignment (none for a cell added to a short row).
    fn cell_alignment(&self) -> Option<&Alignment> {
        if self.table_cell_padded {
            return None;
        }
        self.table_alignments.get(self.table_cell)
    }

    /// An image's alt text as attribute HTML: its plain text, with the
    /// typographer's entities (Goldmark renders `Linkerd&rsquo;s` there too).
    fn alt_text(&self, from: usize, to: usize) -> String {
        let typographer = !self.options.markup.goldmark.extensions.typographer.disable;
        let mut quotes = Quotes::default();
        let mut out = String::new();
        for (event, range) in &self.events[from..to] {
            match event {
                Event::Text(t) if typographer && self.as_written(range, t) => {
                    for (piece, sub) in typographer::pieces(self.source, range.clone(), &mut quotes) {
                        match sub {
                            None => escape_attr(&mut out, &self.source[piece]),
                            Some(sub) => typographer::write(&mut out, sub, &self.options.markup.goldmark.extensions.typographer),
                        }
                    }
                }
                Event::Text(t) | Event::Code(t) => escape_attr(&mut out, t),
                Event::SoftBreak | Event::HardBreak => out.push('\n'),
                _ => {}
            }
        }
        out
    }

    /// `<img>` as Goldmark writes it; `alt` is attribute HTML already.
    fn image(&mut self, src: &str, title: &str, alt: &str) {
        self.push("<img src=\"");
        escape_href(self.out(), safe_href(src));
        self.push("\" alt=\"");
        self.push(alt);
        self.push("\"");
        if !title.is_empty() {
            self.push(" title=\"");
            escape_attr(self.out(), title);
            self.push("\"");
        }
        self.push(">");
    }

    /// `<tag attrs…>` with the block attributes for event `i` merged in (existing
    /// names win, the first of a repeated name). Written without copying the
    /// attributes: this runs for every paragraph, heading and list.
    fn open_tag(&mut self, tag: &str, i: usize, own: &[(&str, &str)]) {
        let block_attrs: &'e HashMap<usize, Attrs> = self.block_attrs;
        let extra: &[(String, String)] = block_attrs.get(&i).map_or(&[], Vec::as_slice);
        let extra = extra
            .iter()
            .enumerate()
            .filter(|(j, (k, _))| !own.iter().any(|(n, _)| n == k) && !extra[..*j].iter().any(|(n, _)| n == k))
            .map(|(_, (k, v))| (k.as_str(), v.as_str()));
        let heading = tag.len() == 2 && tag.starts_with('h');
        let out = self.buffers.last_mut().expect("there is always a buffer");
        let lower = &mut self.attribute_name;
        out.push('<');
        out.push_str(tag);
        for (name, value) in own.iter().copied().chain(extra) {
            lower.clear();
            lower.push_str(name);
            lower.make_ascii_lowercase();
            let lower = lower.as_str();
            if !block_attribute_allowed(lower, tag, heading) {
                continue;
            }
            let url = matches!(lower, "href" | "cite" | "xlink:href" | "longdesc" | "usemap" | "itemid" | "itemtype");
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            // (NUL as the browser will read it: U+FFFD, which a URL keeps.)
            if !url || crate::html::is_safe_url(&value.replace('\0', "\u{fffd}")) {
                escape_attr(out, &crate::html::unclobbered(tag, lower, value));
            }
            out.push('"');
        }
        out.push('>');
    }

    /// The `{…}` attribute list at the end of a heading's first line, read by Goldmark's rules.
    fn heading_attributes(&self, range: &Range<usize>) -> Option<Attrs> {
        let line = self.raw(range).lines().next()?.trim_end().trim_end_matches('#').trim_end();
        let open = line.rfind('{')?;
        let attrs = super::attribute::parse(&line[open..])?;
        // `class` comes out last from the parser; Goldmark keeps classes first.
        let (class, rest): (Attrs, Attrs) = attrs.into_iter().partition(|(k, _)| k == "class");
        Some(class.into_iter().chain(rest).collect())
    }

    fn is_standalone_image(&self, i: usize) -> bool {
        if !matches!(self.events.get(i + 1), Some((Event::Start(Tag::Image { .. }), _))) {
            return false;
        }
        let end = self.matching_end(i + 1);
        matches!(self.events.get(end + 1), Some((Event::End(TagEnd::Paragraph), _)))
    }

    /// Whether the element whose events are `i..=end` is the only child of
    /// the element it is in (a tight list item's text counts as one).
    fn only_child(&self, i: usize, end: usize) -> bool {
        let (Some((before, _)), Some((after, _))) = (i.checked_sub(1).and_then(|p| self.events.get(p)), self.events.get(end + 1)) else {
            return false;
        };
        match (before, after) {
            (Event::Start(Tag::Item), Event::End(TagEnd::Item) | Event::Start(_)) => true,
            (Event::Start(open), Event::End(close)) => open.to_end() == *close,
            _ => false,
        }
    }

    fn code_block(&mut self, i: usize, kind: &CodeBlockKind<'a>) -> usize {
        let end = self.matching_end(i);
        let mut code = String::new();
        for (event, _) in &self.events[i + 1..end] {
            if let Event::Text(t) = event {
                code.push_str(t);
            }
        }
        let info = match kind {
            CodeBlockKind::Fenced(info) => Some(info.as_ref()),
            CodeBlockKind::Indented => None,
        };
        let lang = info.map(|s| s.split(|c: char| c.is_whitespace() || c == '{').next().unwrap_or("")).unwrap_or("");
        // Hugo numbers (and hooks) fenced code blocks only.
        let ordinal = if info.is_some() { self.ordinal(HookKind::CodeBlock) } else { 0 };
        // Hugo's code block hooks and highlighting are one extension, on only with
        // `markup.highlight.codeFences`, for fenced blocks.
        let fenced = info.is_some() && self.options.markup.highlight.code_fences();
        if let Some(hooks) = self.hooks.filter(|h| fenced && h.has(HookKind::CodeBlock, lang)) {
            // Hugo's `getAttributes`: from the first `{` to the first `}` after it.
            let braces = info.and_then(|s| {
                let open = s.find('{')?;
                let close = s[open..].find('}')? + open;
                Some(&s[open..=close])
            });
            let parsed = braces.map(|b| super::attribute::parse_typed(b).filter(|a| !a.is_empty()));
            let attrs = parsed.clone().flatten().unwrap_or_default();
            let bad = match parsed {
                Some(None) => braces,
                _ => None,
            };
            // Hugo hands the hook the code chomped of its final line breaks.
            let hook = Hook::CodeBlock { lang, inner: code.trim_end_matches(['\n', '\r']), attributes: &attrs, bad_attributes: bad };
            let span = self.events[i].1.clone();
            if let Some(html) = hooks.render(&hook, ordinal, span) {
                self.foreign = true;
                self.push(&html);
                self.push("\n");
                self.depth -= 1;
                return end + 1;
            }
        }
        let highlight = fenced;
        let mut pending = None;
        if highlight {
            let attributes = info
                .and_then(|s| s.find('{').map(|at| &s[at..]))
                .and_then(|a| super::attribute::parse_typed(a.trim_end()))
                .unwrap_or_default();
            let fence = crate::highlight::Fence { code: &code, lang, attributes: &attributes, ordinal };
            let h = &self.options.markup.highlight;
            match crate::highlight::fence(&fence, &h.options, &h.config) {
                crate::highlight::Outcome::Html(html) => {
                    self.foreign |= !html.own();
                    self.push(html.as_str());
                    self.depth -= 1;
                    return end + 1;
                }
                crate::highlight::Outcome::GaveUp(message) => {
                    self.notes.push(("highlight/option", message, self.events[i].1.clone()));
                }
                crate::highlight::Outcome::Problem(html, message) => {
                    self.notes.push(("highlight/option", message, self.events[i].1.clone()));
                    if !html.as_str().is_empty() {
                        self.foreign |= !html.own();
                        self.push(html.as_str());
                        self.depth -= 1;
                        return end + 1;
                    }
                }
                crate::highlight::Outcome::Pending => {
                    self.highlight_pending = true;
                    pending = Some(super::PendingCode {
                        at: self.events[i].1.start,
                        code: code.clone(),
                        lang: lang.to_owned(),
                        attributes,
                        ordinal,
                        plain: String::new(),
                    });
                }
            }
        }
        let out = self.out();
        let plain_from = out.len();
        if highlight && !lang.is_empty() {
            out.push_str("<div class=\"highlight\"><pre tabindex=\"0\"><code class=\"language-");
            escape_attr(out, lang);
            out.push_str("\" data-lang=\"");
            escape_attr(out, lang);
            out.push_str("\">");
        } else if highlight {
            out.push_str("<pre tabindex=\"0\"><code>");
        } else if !lang.is_empty() {
            out.push_str("<pre><code class=\"language-");
            escape_attr(out, lang);
            out.push_str("\">");
        } else {
            out.push_str("<pre><code>");
        }
        escape_text(out, &code);
        out.push_str("</code></pre>");
        if highlight && !lang.is_empty() {
            out.push_str("</div>");
        }
        out.push('\n');
        if let Some(mut p) = pending {
            p.plain = out[plain_from..].to_owned();
            self.pending.push(p);
        }
        self.depth -= 1;
        end + 1
    }

    fn html_block(&mut self, i: usize) -> usize {
        let end = self.matching_end(i);
        if self.options.markup.goldmark.renderer.unsafe_html {
            let mut html = String::new();
            for (event, _) in &self.events[i + 1..end] {
                if let Event::Html(t) = event {
                    html.push_str(t);
                }
            }
            let range = self.events[i].1.clone();
            self.raw_html(&html, &range);
        } else {
            let mut lines = self.events[i + 1..end].iter().filter_map(|(e, _)| if let Event::Html(t) = e { Some(&**t) } else { None });
            let first_line = lines.next();
            if !first_line.is_some_and(is_html_comment) {
                self.omitted_html(self.events[i].1.clone());
                self.push(OMITTED);
                self.push("\n");
                if first_line.is_some_and(|first| super::html_block::omits_closure(first, lines.next_back())) {
                    self.push(OMITTED);
                    self.push("\n");
                }
            }
        }
        self.depth -= 1;
        end + 1
    }

    /// Writes consecutive text events as one run, so that linkify sees whole URLs.
    fn text_run(&mut self, i: usize) -> usize {
        let typographer = !self.options.markup.goldmark.extensions.typographer.disable;
        if let Some(j) = self.text_as_written(i, typographer) {
            return j;
        }
        let mut j = i;
        let mut plain = std::mem::take(&mut self.plain);
        // Where `plain` starts in the source (for the positions of linkified URLs).
        let mut plain_at = self.events.get(i).map_or(0, |(_, r)| r.start);
        // Where `plain` holds text that is not as written (a character reference,
        // an escape): Goldmark's linkify reads the source, so no link spans these.
        let mut decoded: Vec<Range<usize>> = Vec::new();
        while let Some((Event::Text(t), range)) = self.events.get(j) {
            j += 1;
            let as_written = self.as_written(range, t);
            // Text that starts with a character escaped with a backslash (left out
            // of the text): that character is not as written, for linkify.
            let escaped = as_written && typographer::escaped(self.source.as_bytes(), range.start);
            let escaped_len = if escaped { t.chars().next().map_or(0, char::len_utf8) } else { 0 };
            // Only text as written is typographed: not escapes or character references.
            if !typographer || !as_written {
                let len = if as_written { escaped_len } else { t.len() };
                if len > 0 {
                    decoded.push(plain.len()..plain.len() + len);
                }
                plain.push_str(t);
                continue;
            }
            // pulldown-cmark may split text as written into several events
            // (at a `<` that starts no tag, say): typograph them as one.
            let mut range = range.clone();
            while let Some((Event::Text(next), r)) = self.events.get(j) {
                if r.start != range.end || !self.as_written(r, next) {
                    break;
                }
                range.end = r.end;
                j += 1;
            }
            // (The quotes are copied out: the loop writes through `self`.)
            let mut quotes = self.quotes;
            let escaped_at = range.start;
            let mut from = range.start;
            'run: while from < range.end {
                let mut pieces = typographer::pieces(self.source, from..range.end, &mut quotes);
                while let Some((piece, sub)) = pieces.next() {
                    match sub {
                        None => {
                            if plain.is_empty() {
                                plain_at = piece.start;
                            }
                            if escaped && piece.start == escaped_at {
                                decoded.push(plain.len()..plain.len() + escaped_len);
                            }
                            plain.push_str(&self.source[piece]);
                        }
                        Some(sub) => {
                            if let Some(end) = self.link_across(&plain, &decoded, piece.start, range.end) {
                                // The link takes the substitution's characters, and
                                // the typographer goes on after it.
                                pieces.unread_last();
                                plain.push_str(&self.source[piece.start..end]);
                                from = end;
                                continue 'run;
                            }
                            self.write_plain(&plain, plain_at, &decoded);
                            plain.clear();
                            decoded.clear();
                            let options = self.options;
                            typographer::write(self.out(), sub, &options.markup.goldmark.extensions.typographer);
                        }
                    }
                }
                break;
            }
            self.quotes = quotes;
        }
        self.write_plain(&plain, plain_at, &decoded);
        plain.clear();
        self.plain = plain;
        j
    }

    /// [`Writer::text_run`] for the run at `i` when it is one stretch of the
    /// source as written (one text event, or several pulldown-cmark split it
    /// into) in which neither linkify nor an intraword strikethrough can find
    /// anything, as most runs are: written straight from the source, without
    /// the copy the general path collects for linkify. Returns the index after
    /// the run, or `None`, having written nothing, for any other run.
    fn text_as_written(&mut self, i: usize, typographer: bool) -> Option<usize> {
        let (Event::Text(text), first) = self.events.get(i)? else {
            return None;
        };
        if !self.as_written(first, text) {
            return None;
        }
        let mut range = first.clone();
        let mut j = i + 1;
        while let Some((Event::Text(next), r)) = self.events.get(j) {
            if r.start != range.end || !self.as_written(r, next) {
                return None;
            }
            range.end = r.end;
            j += 1;
        }
        let source = self.source;
        let text = &source[range.clone()];
        let ext = &self.options.markup.goldmark.extensions;
        if may_link_or_strike(text, ext.linkify && self.link_depth == 0, ext.strikethrough) {
            return None;
        }
        if !typographer {
            escape_text(self.out(), text);
            return Some(j);
        }
        let (mut quotes, options) = (self.quotes, self.options);
        typographer::write_html(self.out(), source, range, &mut quotes, &options.markup.goldmark.extensions.typographer);
        self.quotes = quotes;
        Some(j)
    }

    /// Where a link that linkify finds at the end of `plain` (text as
    /// [`Writer::write_plain`] reads it, with `decoded` its parts not as
    /// written) ends, when it runs on into the source at `at` (text as
    /// written, to `end`), where the typographer has a substitution: Goldmark's
    /// linkify reads a URL or an address whole, `--`, `...`, `>>` and quotes
    /// in it included, before the typographer sees them. `None` for no such link.
    fn link_across(&self, plain: &str, decoded: &[Range<usize>], at: usize, end: usize) -> Option<usize> {
        let ext = &self.options.markup.goldmark.extensions;
        if !ext.linkify || self.link_depth > 0 {
            return None;
        }
        // A link has no ASCII whitespace: it starts in the last word of `plain`, and ends before the next space.
        let word_at = plain.rfind(|c: char| c.is_ascii_whitespace()).map_or(0, |i| i + 1);
        let rest = &self.source[at..end];
        let rest = &rest[..rest.find(|c: char| c.is_ascii_whitespace()).unwrap_or(rest.len())];
        if word_at == plain.len() || rest.is_empty() {
            return None;
        }
        let word_len = plain.len() - word_at;
        let mut candidate = masked(plain, word_at, decoded).into_owned();
        candidate.push_str(rest);
        if !linkify::may_contain(&candidate) {
            return None;
        }
        let found = linkify::find(&candidate, &ext.linkify_protocol);
        found.iter().find(|f| f.start < word_len && f.end > word_len).map(|f| at + f.end - word_len)
    }

    /// Text as written at source offset `at`, with bare URLs linkified (through
    /// the link hook, as Goldmark's autolinks go, when the site has one).
    fn write_plain(&mut self, text: &str, at: usize, decoded: &[Range<usize>]) {
        if text.is_empty() {
            return;
        }
        let ext = &self.options.markup.goldmark.extensions;
        if ext.linkify && self.link_depth == 0 && linkify::may_contain(text) {
            let found = linkify::find(&masked(text, 0, decoded), &ext.linkify_protocol);
            let mut last = 0;
            let hooked = self.hooked(HookKind::Link);
            if !found.is_empty() {
                self.leave_svg();
            }
            for f in found {
                self.write_escaped(&text[last..f.start]);
                let label = &text[f.start..f.end];
                let mut html = None;
                if hooked {
                    let mut escaped = String::new();
                    escape_text(&mut escaped, label);
                    let hook = Hook::Link { destination: &f.href, title: "", text: &escaped, plain_text: label };
                    // Goldmark places a linkified URL at the character that triggered it.
                    let start = at + f.start.saturating_sub(1);
                    html = self.call_autolink_hook(&hook, start..at + f.end);
                }
                match html {
                    Some(h) => self.push(&h),
                    None => {
                        self.push("<a href=\"");
                        escape_href(self.out(), safe_href(&f.href));
                        self.push("\">");
                        escape_text(self.out(), label);
                        self.push("</a>");
                    }
                }
                last = f.end;
            }
            self.write_escaped(&text[last..]);
        } else {
            self.write_escaped(text);
        }
    }

    /// Escaped text; with strikethrough on, `~x~` and `~~x~~` inside words (which
    /// pulldown-cmark leaves as text, and Goldmark strikes through) become `<del>`.
    fn write_escaped(&mut self, text: &str) {
        if self.options.markup.goldmark.extensions.strikethrough && text.contains('~') {
            let mut last = 0;
            for (open, close, len) in super::strikethrough::intraword(text) {
                escape_text(self.out(), &text[last..open]);
                self.leave_svg();
                self.push("<del>");
                escape_text(self.out(), &text[open + len..close]);
                self.push("</del>");
                last = close + len;
            }
            escape_text(self.out(), &text[last..]);
            return;
        }
        escape_text(self.out(), text);
    }

    /// A footnote's label as written at `range` (a reference or a definition),
    /// which is what Goldmark matches a reference to a definition by: `[^Note]`
    /// is not `[^NOTE]`'s, nor `[^a  b]` `[^a b]`'s (pulldown-cmark matches
    /// labels as link labels are matched, case and spaces folded, and gives
    /// them so). `label`, pulldown-cmark's, where the source has no label there.
    fn footnote_label(&self, label: &str, range: &Range<usize>) -> String {
        let raw = self.raw(range).trim_start();
        let written = raw.strip_prefix("[^").and_then(|rest| {
            let bytes = rest.as_bytes();
            let end = (0..bytes.len()).find(|&k| bytes[k] == b']' && !typographer::escaped(bytes, k))?;
            Some(&rest[..end])
        });
        written.unwrap_or(label).to_owned()
    }

    fn footnote_reference(&mut self, label: &str, range: &Range<usize>) {
        let key = self.footnote_label(label, range);
        if !self.footnote_labels.contains_key(&key) {
            let raw = self.raw(range).to_owned();
            escape_text(self.out(), &raw);
            return;
        }
        let index = match self.footnote_order.iter().position(|l| *l == key) {
            Some(p) => p + 1,
            None => {
                self.footnote_order.push(key.clone());
                self.footnote_order.len()
            }
        };
        let count = self.footnote_refs.entry(key).or_insert(0);
        let ref_index = *count;
        *count += 1;
        let id = if ref_index == 0 { format!("fnref:{index}") } else { format!("fnref{ref_index}:{index}") };
        let html = format!("<sup id=\"{id}\"><a href=\"#fn:{index}\" class=\"footnote-ref\" role=\"doc-noteref\">{index}</a></sup>");
        let at = self.out().len();
        self.push(&html);
        if self.heading_start.is_some() {
            self.heading_stand_ins.push((at..at + html.len(), None));
        }
    }

    fn finish(mut self) -> Output {
        // Unclosed raw HTML at the end still makes a block.
        self.open_html = 0;
        while self.buffers.len() > 1 {
            let extra = self.buffers.pop().unwrap_or_default();
            self.out().push_str(&extra);
        }
        self.close_block();
        if !self.footnote_order.is_empty() {
            let mut html = String::from("<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n");
            let (mut start, mut end) = (usize::MAX, 0);
            for (n, label) in self.footnote_order.iter().enumerate() {
                let index = n + 1;
                let Some(note) = self.footnotes.get(label) else {
                    continue;
                };
                start = start.min(note.span.start);
                end = end.max(note.span.end);
                let refs = self.footnote_refs.get(label).copied().unwrap_or(1);
                let mut backlinks = String::new();
                for r in 0..refs {
                    let id = if r == 0 { format!("fnref:{index}") } else { format!("fnref{r}:{index}") };
                    backlinks.push_str(&format!(
                        "&#160;<a href=\"#{id}\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>"
                    ));
                }
                html.push_str(&format!("<li id=\"fn:{index}\">\n"));
                let body = note.html.trim_end_matches('\n');
                match body.strip_suffix("</p>") {
                    Some(before) if note.ends_in_paragraph => {
                        html.push_str(before);
                        html.push_str(&backlinks);
                        html.push_str("</p>\n");
                    }
                    _ => {
                        html.push_str(body);
                        html.push_str(&backlinks);
                        html.push('\n');
                    }
                }
                html.push_str("</li>\n");
            }
            html.push_str("</ol>\n</div>\n");
            if start == usize::MAX {
                start = self.source.len();
            }
            // (Its notes' HTML may hold anything the post's blocks can.)
            self.blocks.push(Block { html, start, end: end.max(start), own: false });
            self.counts.push(self.counts.last().copied().unwrap_or_default());
        }
        let footnotes = !self.footnote_order.is_empty();
        let blocks = self.blocks.into_iter().map(|b| RawBlock { html: b.html, span: Span::new(b.start, b.end), own: b.own }).collect();
        Output {
            blocks,
            headings: self.headings,
            notes: self.notes,
            highlight_pending: self.highlight_pending,
            pending: self.pending,
            counts: self.counts,
            heading_keys: self.heading_keys,
            refdefs: Vec::new(),
            footnotes,
        }
    }
}

/// How a paragraph is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wrap {
    /// In `<p>`.
    P,
    /// Without its tags: an image alone in it, written as a block
    /// (`wrapStandAloneImageWithinParagraph` off).
    Image,
    /// Without its tags, its line break only before another block: the first
    /// paragraph of a tight definition (Goldmark's text block; it makes only
    /// the first one so, its loop stopping at the node it replaced).
    TextBlock,
}

/// `id` as an element `tag` may have it: prefixed when it would take over a
/// member of the page (so that the TOC and heading hooks link to the ID the
/// element has).
fn unclobbered_id(tag: &str, id: String) -> String {
    match crate::html::unclobbered(tag, "id", &id) {
        std::borrow::Cow::Borrowed(_) => id,
        std::borrow::Cow::Owned(prefixed) => prefixed,
    }
}
