//! Markdown as Hugo renders it: pulldown-cmark's events, shaped into Goldmark's HTML.

mod ascii_fold;
pub mod attribute;
pub mod heading_id;
pub mod hooks;
mod html_block;
pub(crate) mod incremental;
pub mod linkify;
pub mod passthrough;
mod strikethrough;
pub mod summary;
pub mod toc;
mod typographer;
mod writer;
pub(crate) use writer::block_attribute_allowed;

use crate::options::Options;
use crate::span::Span;
use pulldown_cmark::{Event, Options as Parse, Parser, Tag, TagEnd};
use std::collections::HashMap;
use std::ops::Range;

pub use toc::Heading;

/// A top-level block of rendered HTML and the body bytes it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBlock {
    /// The block's HTML.
    pub html: String,
    /// The source bytes, relative to the start of the Markdown given to [`render_with`].
    pub span: Span,
    /// All of it was written by the writer itself (no raw HTML, no hook's or
    /// passthrough's output, no shortcode token; code highlighted by the
    /// highlighter counts, see [`crate::highlight::is_own`]): its tags then
    /// nest as the DOM does and stay within [`crate::limits::DOM_DEPTH`], so the
    /// last pass over the HTML ([`crate::html::Nesting`]) can skip it.
    pub own: bool,
}

/// What the Markdown of one post renders to.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// The top-level blocks in order (footnotes last, as one block).
    pub blocks: Vec<RawBlock>,
    /// Every heading, for the TOC.
    pub headings: Vec<Heading>,
    /// Problems found while writing: a diagnostic code, the message and the Markdown's bytes.
    pub notes: Vec<(&'static str, String, Range<usize>)>,
    /// A code block was written plain because the highlighter is not available yet.
    pub highlight_pending: bool,
    /// Those code blocks, to ask again (see [`incremental`]).
    pub(crate) pending: Vec<PendingCode>,
    /// What the document had counted after each block (see [`incremental`]).
    pub(crate) counts: Vec<Counts>,
    /// The ID each heading registered, in order (`None`: it registered none), before
    /// the page-safe prefix: what a later heading's ID is made unique against.
    pub(crate) heading_keys: Vec<Option<String>>,
    /// Where the link reference definitions are, in order.
    pub(crate) refdefs: Vec<Range<usize>>,
    /// The last block is the footnotes.
    pub(crate) footnotes: bool,
}

/// A fenced code block written plain while the highlighter loads: what to ask
/// it again, and the HTML written for it, which its answer replaces.
#[derive(Debug, Clone)]
pub(crate) struct PendingCode {
    /// Where the block starts in the Markdown.
    pub at: usize,
    pub code: String,
    pub lang: String,
    pub attributes: Vec<(String, attribute::Value)>,
    pub ordinal: usize,
    /// The plain HTML written for it.
    pub plain: String,
}

/// Running counts of the elements whose numbering spans blocks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    /// Headings so far.
    pub headings: usize,
    /// Code blocks so far that took an ordinal (`.Ordinal`, line anchors).
    pub code_blocks: usize,
}

/// Where numbering starts when a part of a document is rendered on its own:
/// the heading IDs registered before it and the code blocks numbered before it.
#[derive(Default)]
pub(crate) struct Start<'s> {
    pub heading_keys: &'s [Option<String>],
    pub code_blocks: usize,
}

/// Source bytes per pulldown-cmark event that the events are reserved for: the
/// 30 shared posts have one every 13 to 26 bytes (20 over all of them), so
/// few need to grow once more (96 bytes an event, reserved: 6 bytes a byte).
const EVENT_BYTES: usize = 16;

/// The pulldown-cmark options that match the Goldmark extensions Hugo enables.
fn parse_options(options: &Options) -> Parse {
    let ext = &options.markup.goldmark.extensions;
    let mut o = Parse::empty();
    for (on, flag) in [
        (ext.table, Parse::ENABLE_TABLES),
        (ext.strikethrough, Parse::ENABLE_STRIKETHROUGH),
        // Goldmark strikes through `H~2~O` too: pulldown-cmark reads a single tilde
        // pair as subscript, which the writer writes as `<del>`.
        (ext.strikethrough, Parse::ENABLE_SUBSCRIPT),
        (ext.task_list, Parse::ENABLE_TASKLISTS),
        (ext.footnote, Parse::ENABLE_FOOTNOTES),
        (ext.definition_list, Parse::ENABLE_DEFINITION_LIST),
        (options.markup.goldmark.parser.attribute_title, Parse::ENABLE_HEADING_ATTRIBUTES),
    ] {
        if on {
            o |= flag;
        }
    }
    o
}

/// Renders Markdown to top-level blocks of safe HTML, handing elements to a site's render `hooks`.
pub fn render_with(markdown: &str, options: &Options, hooks: Option<&dyn hooks::Hooks>) -> Output {
    render_from(markdown, options, hooks, &Start::default())
}

/// [`render_with`] for a part of a document whose numbering starts at `start`.
pub(crate) fn render_from(markdown: &str, options: &Options, hooks: Option<&dyn hooks::Hooks>, start: &Start<'_>) -> Output {
    let parse = parse_options(options);
    let mut block_attrs = HashMap::new();
    let blanked;
    let mut source = markdown;
    // (First: a block that swallowed the rest of the post would hide the rest from the passes below too.)
    let lowered;
    if let Some(text) = html_block::end_tags_lowered(source, parse) {
        lowered = text;
        source = &lowered;
    }
    if options.markup.goldmark.parser.attribute_block && source.contains('{') {
        let lines = attribute::candidate_lines(source);
        if !lines.is_empty() {
            let (text, attrs) = apply_block_attributes(source, parse, lines);
            blanked = text;
            source = &blanked;
            block_attrs = attrs;
        }
    }
    // Passthrough elements are found in a first parse, then masked for the parse the writer reads.
    let passthrough = &options.markup.goldmark.extensions.passthrough;
    let mut elements = Vec::new();
    let masked;
    if passthrough::may_contain(source, passthrough) {
        let first: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(source, parse).into_offset_iter().collect();
        elements = passthrough::find(source, &first, passthrough);
        if !elements.is_empty() {
            masked = passthrough::mask(source, &elements);
            source = &masked;
        }
    }
    let mut parser = Parser::new_ext(source, parse).into_offset_iter();
    // (Collected by doubling, the events were copied again at each of seven or eight steps.)
    let mut events: Vec<(Event<'_>, Range<usize>)> = Vec::with_capacity(source.len() / EVENT_BYTES + 8);
    events.extend(parser.by_ref());
    let mut refdefs: Vec<Range<usize>> = parser.reference_definitions().iter().map(|(_, def)| def.span.clone()).collect();
    refdefs.sort_by_key(|r| r.start);
    if !elements.is_empty() {
        events = passthrough::splice(source, events, &elements);
    }
    // (Only `<<` can start such quotes: most posts have none, and their events are not walked.)
    if !options.markup.goldmark.extensions.typographer.disable && crate::search::contains(source, "<<") {
        typographer::angle_quoted_as_text(source, &mut events);
    }
    let block_attrs = resolve_block_attributes(source, &events, block_attrs);
    let mut output = writer::write(markdown, &events, &block_attrs, options, hooks, &elements, start);
    output.refdefs = refdefs;
    output
}

/// Blanks the attribute lines that are not inside code or HTML blocks, so that the
/// parser sees a line end there. Returns the blanked text and, for each blanked
/// line that directly follows a block, its start offset and attributes.
fn apply_block_attributes(markdown: &str, parse: Parse, lines: Vec<attribute::Line>) -> (String, HashMap<usize, Vec<(String, String)>>) {
    let mut verbatim: Vec<Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, parse).into_offset_iter() {
        if let Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) = event {
            verbatim.push(range);
        }
    }
    let mut bytes = markdown.as_bytes().to_vec();
    let mut attrs = HashMap::new();
    // Lines and code/HTML blocks both come in source order (blocks do not
    // overlap), so one pass over each finds the lines inside a block.
    let mut next_block = 0;
    for (start, end, a) in lines {
        while verbatim.get(next_block).is_some_and(|r| r.end <= start) {
            next_block += 1;
        }
        if verbatim.get(next_block).is_some_and(|r| r.start < end) {
            continue;
        }
        let content_start = start + markdown[start..end].find('{').unwrap_or(0);
        for b in &mut bytes[content_start..end] {
            *b = b' ';
        }
        // An attribute line after a blank line applies to nothing (Goldmark drops it).
        let previous_line = markdown[..start].strip_suffix('\n').map(|p| p.rsplit('\n').next().unwrap_or(""));
        let follows_block = previous_line.is_some_and(|l| !l.trim().is_empty());
        if follows_block {
            attrs.insert(start, a);
        }
    }
    (String::from_utf8(bytes).expect("only ASCII braces and their contents were replaced by spaces at char boundaries"), attrs)
}

/// Maps each attribute line to the event index of the outermost block that ends
/// on the line just before it (not a fenced code block, as in Goldmark).
fn resolve_block_attributes(
    source: &str,
    events: &[(Event<'_>, Range<usize>)],
    lines: HashMap<usize, Vec<(String, String)>>,
) -> HashMap<usize, Vec<(String, String)>> {
    let mut out: HashMap<usize, Vec<(String, String)>> = HashMap::new();
    if lines.is_empty() {
        return out;
    }
    let mut stack: Vec<usize> = Vec::new();
    // (line start, depth, event index)
    let mut best: HashMap<usize, (usize, usize)> = HashMap::new();
    for (i, (event, range)) in events.iter().enumerate() {
        let start = match event {
            Event::Start(_) => {
                stack.push(i);
                continue;
            }
            Event::End(end) => {
                let Some(start) = stack.pop() else { continue };
                if matches!(end, TagEnd::CodeBlock | TagEnd::Item | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell)
                    || !is_block_end(end)
                {
                    continue;
                }
                start
            }
            // A passthrough block (see `passthrough`) takes attributes as a block does.
            Event::DisplayMath(_) => i,
            _ => continue,
        };
        let text = &source[range.start..range.end];
        let content_end = range.start + text.trim_end().len();
        // The attribute line this block can take: the one right after
        // the line the block ends on, with only spaces between.
        let after = &source.as_bytes()[content_end..];
        let spaces = after.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\r')).count();
        if after.get(spaces) != Some(&b'\n') {
            continue;
        }
        let line = content_end + spaces + 1;
        if lines.contains_key(&line) {
            let depth = stack.len();
            let entry = best.entry(line).or_insert((depth, start));
            if depth <= entry.0 {
                *entry = (depth, start);
            }
        }
    }
    for (line, (_, index)) in best {
        if let Some(attrs) = lines.get(&line) {
            out.entry(index).or_default().extend(attrs.iter().cloned());
        }
    }
    out
}

fn is_block_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::Table
            | TagEnd::DefinitionList
            | TagEnd::HtmlBlock
    )
}
