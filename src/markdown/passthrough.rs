//! Goldmark's passthrough extension, as Hugo 0.168 configures it
//! (`markup.goldmark.extensions.passthrough`): text between a pair of
//! configured delimiters is kept as written (for LaTeX read by KaTeX or
//! MathJax), or handed to the passthrough render hook.
//!
//! Recap's own: pulldown-cmark has no such extension (its math extension knows
//! only `$`), so this module does around the parser what the extension
//! (github:gohugoio/hugo-goldmark-extensions, `passthrough/` v0.5.0, Apache
//! License 2.0) does inside Goldmark, following its rules:
//!
//! * an element is found by an inline parser: at any unescaped ASCII
//!   punctuation of a paragraph's, heading's or table cell's text, the first
//!   configured opening delimiter (block ones before inline ones) that starts
//!   there opens it, and the first closing delimiter after it, on any later
//!   line of the same text, closes it. An element with nothing between its
//!   delimiters is no element; an opener without a closer is text;
//!   `\\` before an opener makes it text. Code spans, autolinks, raw HTML and
//!   a link's destination, read before the opener, keep theirs;
//! * an element with block delimiters that is a direct child of a paragraph
//!   splits it: the text before and after become paragraphs of their own (in
//!   a tight list item, text blocks whose facing spaces are trimmed), and the
//!   element a block between them.
//!
//! Done here by [`find`]ing the elements in a first parse, [`mask`]ing them
//! (same length, lines kept, first and last character of the same class, so
//! that emphasis around them flanks as in Goldmark) for the parse the writer
//! reads, and [`splice`]ing them back into its events: an inline element is
//! an `Event::InlineMath`, a block one an `Event::DisplayMath`, with the
//! element's source range. (pulldown-cmark's math extension is never enabled,
//! so these two variants carry nothing else.)

use crate::options::Passthrough;
use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};
use std::ops::Range;

/// One passthrough element: its source range, delimiters included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// The whole element, delimiters included.
    pub range: Range<usize>,
    /// The lengths of its opening and closing delimiters.
    pub open: usize,
    /// (See `open`.)
    pub close: usize,
    /// Its delimiters are block delimiters.
    pub block: bool,
}

impl Element {
    /// The text between the delimiters (Hugo's `.Inner`).
    pub fn inner<'s>(&self, source: &'s str) -> &'s str {
        source.get(self.range.start + self.open..self.range.end - self.close).unwrap_or("")
    }
}

/// The delimiter pairs in the order Goldmark tries them (block first), with
/// whether each is a block pair. Pairs that can never match are left out:
/// an opener must start with ASCII punctuation (Goldmark tries inline parsers
/// only there) and a closer cannot span lines.
fn delimiters(config: &Passthrough) -> Vec<(&str, &str, bool)> {
    config
        .block
        .iter()
        .map(|(o, c)| (o.as_str(), c.as_str(), true))
        .chain(config.inline.iter().map(|(o, c)| (o.as_str(), c.as_str(), false)))
        .filter(|(o, c, _)| o.as_bytes().first().is_some_and(u8::is_ascii_punctuation) && !c.is_empty() && !c.contains(['\n', '\r']))
        .collect()
}

/// Whether the extension is on and the text holds any opening delimiter.
pub fn may_contain(source: &str, config: &Passthrough) -> bool {
    config.enable && delimiters(config).iter().any(|(o, _, _)| source.contains(o))
}

/// The runs of inline content in `events` (a paragraph's, heading's, table
/// cell's, tight list item's text) as source ranges, and the ranges inside
/// them that other inline parsers take whole before a passthrough opener
/// could be seen (code spans, autolinks, raw HTML, a link's `](…)`).
fn inline_runs(source: &str, events: &[(Event<'_>, Range<usize>)]) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut verbatim = Vec::new();
    // Open tags: whether each is a link or image, where its last child ended, its range, and
    // whether it is a code or metadata block.
    let mut stack: Vec<(bool, usize, Range<usize>, bool, bool)> = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for (event, range) in events {
        // A code block's text is no inline content.
        let in_code = matches!(event, Event::Text(_)) && stack.last().is_some_and(|t| t.4);
        let inline_event = !in_code
            && match event {
                Event::Start(tag) => is_inline(tag),
                Event::End(end) => is_inline_end(end),
                Event::Text(_)
                | Event::Code(_)
                | Event::InlineHtml(_)
                | Event::SoftBreak
                | Event::HardBreak
                | Event::FootnoteReference(_)
                | Event::InlineMath(_)
                | Event::TaskListMarker(_) => true,
                Event::Html(_) | Event::Rule | Event::DisplayMath(_) => false,
            };
        if inline_event {
            // (An escaped character's text starts after its backslash.)
            let run = current.get_or_insert_with(|| escaped_from(source, range.start)..range.end);
            run.start = run.start.min(range.start);
            run.end = run.end.max(range.end);
        } else if let Some(run) = current.take() {
            runs.push(run);
        }
        match event {
            Event::Code(_) | Event::InlineHtml(_) | Event::FootnoteReference(_) => verbatim.push(range.clone()),
            Event::Start(tag) => {
                let autolink = matches!(tag, Tag::Link { link_type: LinkType::Autolink | LinkType::Email, .. });
                if autolink {
                    verbatim.push(range.clone());
                }
                let is_link = matches!(tag, Tag::Link { .. } | Tag::Image { .. }) && !autolink;
                let first_child = range.start + if matches!(tag, Tag::Image { .. }) { 2 } else { 1 };
                let verbatim_block = matches!(tag, Tag::CodeBlock(_) | Tag::MetadataBlock(_));
                stack.push((is_link, first_child, range.clone(), inline_event, verbatim_block));
            }
            Event::End(_) => {
                if let Some((true, last_child_end, whole, _, _)) = stack.pop() {
                    if last_child_end < whole.end {
                        verbatim.push(last_child_end..whole.end);
                    }
                }
            }
            _ => {}
        }
        // The parent's last child now ends here.
        if !matches!(event, Event::Start(_)) {
            if let Some(top) = stack.last_mut() {
                top.1 = top.1.max(range.end);
            }
        }
    }
    if let Some(run) = current.take() {
        runs.push(run);
    }
    verbatim.sort_by_key(|r| r.start);
    (runs, verbatim)
}

/// Where text starting at `at` starts in the source: before the backslash of an escape.
fn escaped_from(source: &str, at: usize) -> usize {
    if at > 0 && source.as_bytes()[at - 1] == b'\\' {
        at - 1
    } else {
        at
    }
}

fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Superscript | Tag::Subscript | Tag::Link { .. } | Tag::Image { .. }
    )
}

fn is_inline_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Superscript | TagEnd::Subscript | TagEnd::Link | TagEnd::Image
    )
}

/// The passthrough elements of `source`, given its events from a parse
/// without the extension, in source order.
pub fn find(source: &str, events: &[(Event<'_>, Range<usize>)], config: &Passthrough) -> Vec<Element> {
    let pairs = delimiters(config);
    let bytes = source.as_bytes();
    // The delimiter pair whose opener starts at `p` and ends by `end`.
    let opener_at = |p: usize, end: usize| pairs.iter().find(|(o, _, _)| p + o.len() <= end && source[p..].starts_with(o));
    let (runs, verbatim) = inline_runs(source, events);
    let mut out = Vec::new();
    let mut next_verbatim = 0;
    for run in runs {
        let mut p = run.start;
        while p < run.end {
            while verbatim.get(next_verbatim).is_some_and(|v| v.start < p) {
                next_verbatim += 1;
            }
            if let Some(v) = verbatim.get(next_verbatim).filter(|v| v.start == p) {
                p = v.end.max(p + 1);
                continue;
            }
            let b = bytes[p];
            // `\\` and an opener: the opener is text.
            if b == b'\\' && bytes.get(p + 1) == Some(&b'\\') {
                if let Some((open, _, _)) = opener_at(p + 2, run.end) {
                    p += 2 + open.len();
                    continue;
                }
            }
            if let Some(&(open, close, block)) = opener_at(p, run.end) {
                let from = p + open.len();
                match source[from.min(run.end)..run.end].find(close) {
                    // Nothing between the delimiters: no element (the characters are read as usual).
                    Some(0) => {}
                    Some(at) => {
                        let end = from + at + close.len();
                        out.push(Element { range: p..end, open: open.len(), close: close.len(), block });
                        p = end;
                        continue;
                    }
                    None => {
                        p = from;
                        continue;
                    }
                }
            }
            // A backslash escape: the punctuation after it triggers nothing.
            if b == b'\\' && bytes.get(p + 1).is_some_and(u8::is_ascii_punctuation) {
                p += 2;
                continue;
            }
            p += source[p..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// `source` with every element's characters replaced by letters (line
/// breaks kept), its first and last character by `,` where the delimiter's is
/// punctuation: the parser sees plain text of the same length, lines and
/// flanking.
pub fn mask(source: &str, elements: &[Element]) -> String {
    let mut bytes = source.as_bytes().to_vec();
    for e in elements {
        for b in &mut bytes[e.range.clone()] {
            if *b != b'\n' && *b != b'\r' {
                *b = b'a';
            }
        }
        bytes[e.range.start] = b',';
        if source.as_bytes()[e.range.end - 1].is_ascii_punctuation() {
            bytes[e.range.end - 1] = b',';
        }
    }
    String::from_utf8(bytes).expect("only whole characters were replaced, by ASCII")
}

/// The events of the masked text with each element put back as one event
/// (see the module's header), and paragraphs and tight list items split
/// around block elements.
pub fn splice<'a>(masked: &'a str, events: Vec<(Event<'a>, Range<usize>)>, elements: &[Element]) -> Vec<(Event<'a>, Range<usize>)> {
    let mut out: Vec<(Event<'a>, Range<usize>)> = Vec::with_capacity(events.len() + elements.len());
    let mut k = 0;
    for (event, range) in events {
        while elements.get(k).is_some_and(|e| e.range.end <= range.start) {
            k += 1;
        }
        let Some(first) = elements.get(k).filter(|e| e.range.start < range.end) else {
            out.push((event, range));
            continue;
        };
        match event {
            Event::Text(_) => {
                let mut at = range.start;
                let mut j = k;
                while let Some(e) = elements.get(j).filter(|e| e.range.start < range.end) {
                    if e.range.start > at {
                        out.push((Event::Text(CowStr::Borrowed(&masked[at..e.range.start])), at..e.range.start));
                    }
                    if e.range.start >= range.start {
                        out.push((Event::InlineMath(CowStr::Borrowed("")), e.range.clone()));
                    }
                    at = at.max(e.range.end);
                    j += 1;
                }
                if at < range.end {
                    out.push((Event::Text(CowStr::Borrowed(&masked[at..range.end])), at..range.end));
                }
            }
            // Line breaks inside an element are its text.
            Event::SoftBreak | Event::HardBreak if first.range.start <= range.start && range.end <= first.range.end => {}
            other => out.push((other, range)),
        }
    }
    split_blocks(out, elements)
}

/// Makes block elements that are direct children of a paragraph or a tight
/// list item's text blocks (`Event::DisplayMath`), splitting the paragraph.
fn split_blocks<'a>(events: Vec<(Event<'a>, Range<usize>)>, elements: &[Element]) -> Vec<(Event<'a>, Range<usize>)> {
    let is_block = |range: &Range<usize>| elements.binary_search_by_key(&range.start, |e| e.range.start).is_ok_and(|i| elements[i].block);
    if !events.iter().any(|(e, r)| matches!(e, Event::InlineMath(_)) && is_block(r)) {
        return events;
    }
    let mut out = Vec::with_capacity(events.len() + 4);
    // Open tags: the index in `out` of each Start, and whether it is a container of text (paragraph, item).
    let mut stack: Vec<(usize, Tag<'a>)> = Vec::new();
    for (event, range) in events {
        match event {
            Event::Start(tag) => {
                stack.push((out.len(), tag.clone()));
                out.push((Event::Start(tag), range));
            }
            Event::End(end) => {
                stack.pop();
                // A paragraph left empty by the split (it ended on a block element) goes.
                if end == TagEnd::Paragraph && matches!(out.last(), Some((Event::Start(Tag::Paragraph), _))) {
                    out.pop();
                    continue;
                }
                out.push((Event::End(end), range));
            }
            Event::InlineMath(_) if is_block(&range) => match stack.last() {
                Some((_, Tag::Paragraph)) => {
                    let (start_index, _) = stack.pop().expect("a paragraph is open");
                    let start = out[start_index].1.start;
                    let previous_end = out.last().map_or(start, |(_, r)| r.end);
                    if matches!(out.last(), Some((Event::Start(Tag::Paragraph), _))) {
                        out.pop();
                    } else {
                        out[start_index].1.end = previous_end;
                        out.push((Event::End(TagEnd::Paragraph), start..previous_end));
                    }
                    out.push((Event::DisplayMath(CowStr::Borrowed("")), range.clone()));
                    stack.push((out.len(), Tag::Paragraph));
                    out.push((Event::Start(Tag::Paragraph), range.end..range.end));
                }
                Some((_, Tag::Item | Tag::DefinitionListDefinition)) => {
                    // The text before loses its trailing spaces.
                    if let Some((Event::Text(t), r)) = out.last_mut() {
                        let kept = t.trim_end_matches([' ', '\t']).len();
                        *r = r.start..r.start + kept;
                        *t = CowStr::Boxed(t[..kept].into());
                    }
                    out.push((Event::DisplayMath(CowStr::Borrowed("")), range));
                }
                _ => out.push((Event::InlineMath(CowStr::Borrowed("")), range)),
            },
            Event::Text(t)
                if matches!(stack.last(), Some((_, Tag::Item | Tag::DefinitionListDefinition)))
                    && matches!(out.last(), Some((Event::DisplayMath(_), _))) =>
            {
                // The text after a block element in a text block loses its leading spaces.
                let kept = t.trim_start_matches([' ', '\t']);
                let from = range.end - kept.len();
                out.push((Event::Text(CowStr::Boxed(kept.into())), from..range.end));
            }
            other => out.push((other, range)),
        }
    }
    // Paragraph starts after a block element get their real start and end.
    let mut i = 0;
    while i < out.len() {
        if let (Event::Start(Tag::Paragraph), r) = &out[i] {
            if r.is_empty() {
                let start = out.get(i + 1).map_or(r.start, |(_, n)| n.start);
                out[i].1.start = start;
                // Its End (the next End at this depth) closes the original paragraph.
                let mut depth = 0;
                for j in i..out.len() {
                    match &out[j].0 {
                        Event::Start(_) => depth += 1,
                        Event::End(_) => {
                            depth -= 1;
                            if depth == 0 {
                                let end = out[j].1.end;
                                out[i].1.end = end;
                                out[j].1.start = start;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn config() -> Passthrough {
        Passthrough {
            enable: true,
            inline: vec![("\\(".into(), "\\)".into()), ("$".into(), "$".into())],
            block: vec![("\\[".into(), "\\]".into()), ("$$".into(), "$$".into())],
        }
    }

    fn found(text: &str) -> Vec<&str> {
        let events: Vec<_> = Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter().collect();
        find(text, &events, &config()).into_iter().map(|e| &text[e.range]).collect()
    }

    #[test]
    fn finds_elements_as_goldmarks_inline_parser_does() {
        assert_eq!(found("a \\(x\\) and $y$ and $$z$$"), ["\\(x\\)", "$y$", "$$z$$"]);
        assert_eq!(found("$$\na^2\n$$\n"), ["$$\na^2\n$$"]);
        // Empty, unclosed, escaped: no element.
        assert!(found("empty \\(\\) and $$$$").is_empty());
        assert!(found("unclosed \\( here").is_empty());
        assert!(found("escaped \\$x$ is $y$")[0] == "$ is $");
        assert!(found("\\\\\\(z\\)").is_empty());
        // Code spans, autolinks and raw HTML read first keep theirs; an opener before them wins.
        assert!(found("`\\(x\\)` and <span title=\"$\">$</span>").is_empty());
        assert_eq!(found("\\(a `b\\) c` d"), ["\\(a `b\\)"]);
        // A link's destination is the link's; its text is not.
        assert_eq!(found("[a $b$](c$d$)"), ["$b$"]);
        assert_eq!(found("[a \\(b](c)\\) d"), ["\\(b](c)\\)"]);
        // Not across blocks.
        assert!(found("$a\n\n$b").is_empty());
    }

    #[test]
    fn masks_to_text_of_the_same_length_and_lines() {
        let text = "x *\\(a\\)* $$\nb\n$$ y";
        let events: Vec<_> = Parser::new(text).into_offset_iter().collect();
        let elements = find(text, &events, &config());
        let masked = mask(text, &elements);
        assert_eq!(masked, "x *,aaa,* ,a\na\na, y");
    }
}
