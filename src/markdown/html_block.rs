//! HTML blocks of CommonMark's kinds 1 to 5, which end at a closing pattern
//! (`</pre>`, `-->`, `?>`…) rather than at a blank line, where Goldmark and
//! pulldown-cmark part ways: Goldmark writes the line that closes one apart
//! ([`omits_closure`]), and ends a `<pre>`, `<script>`, `<style>` or
//! `<textarea>` block at any of the four end tags in any case, where
//! pulldown-cmark waits for the block's own end tag in lower case
//! ([`end_tags_lowered`]).

use pulldown_cmark::{Event, Options as Parse, Parser, Tag};
use std::ops::Range;

/// The end tags that end a block of kind 1, any of them whichever opened it.
const KIND1_ENDS: [&str; 4] = ["</pre>", "</script>", "</style>", "</textarea>"];

/// How many times [`end_tags_lowered`] parses a post again at most: once for
/// each block that hid the next one (one with a capitalised end tag swallows
/// the rest of the post, and whatever blocks are in it, in pulldown-cmark's
/// parse). Real posts have one or two such blocks; this bounds what a post
/// made of them costs.
const ROUNDS: usize = 4;

/// What ends an HTML block of kinds 1 to 5.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Closing {
    /// Kind 1, opened by the tag whose end tag this is (lower case).
    Tag(&'static str),
    /// Kinds 2 to 5: a line that contains this.
    Text(&'static str),
}

/// What ends the HTML block whose first line is `first`, if it is of kinds 1 to 5.
fn closing(first: &str) -> Option<Closing> {
    let open = first.trim_start_matches(' ').as_bytes();
    let starts = |prefix: &str| open.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()));
    for (start, end) in ["<pre", "<script", "<style", "<textarea"].into_iter().zip(KIND1_ENDS) {
        if starts(start) && open.get(start.len()).is_none_or(|&b| matches!(b, b' ' | b'\t' | b'>' | b'\n' | b'\r')) {
            return Some(Closing::Tag(end));
        }
    }
    if open.starts_with(b"<!--") {
        Some(Closing::Text("-->"))
    } else if open.starts_with(b"<?") {
        Some(Closing::Text("?>"))
    } else if open.starts_with(b"<![CDATA[") {
        Some(Closing::Text("]]>"))
    } else if open.starts_with(b"<!") && open.get(2).is_some_and(u8::is_ascii_alphabetic) {
        Some(Closing::Text(">"))
    } else {
        None
    }
}

/// Which of [`KIND1_ENDS`] is at byte `at` of `text`, in any case.
fn kind1_end_at(text: &[u8], at: usize) -> Option<&'static str> {
    KIND1_ENDS.into_iter().find(|end| text.get(at..at + end.len()).is_some_and(|b| b.eq_ignore_ascii_case(end.as_bytes())))
}

/// Where the first of [`KIND1_ENDS`] is in `line`, in any case, and which it is.
fn first_kind1_end(line: &str) -> Option<(usize, &'static str)> {
    crate::search::find_iter(line, "</").find_map(|at| kind1_end_at(line.as_bytes(), at).map(|end| (at, end)))
}

/// Whether `line` closes a block that `closing` ends, as Goldmark reads it.
fn closes(closing: Closing, line: &str) -> bool {
    match closing {
        Closing::Tag(_) => first_kind1_end(line).is_some(),
        Closing::Text(text) => line.contains(text),
    }
}

/// Whether Goldmark writes a second "raw HTML omitted" for an HTML block
/// whose first line is `first` and whose last, when it has more than one, is
/// `last`: a block of kinds 1 to 5 keeps the line with its closing pattern,
/// when that is not its first, as a closure of its own (Goldmark's
/// `ClosureLine`), which is omitted too.
pub(super) fn omits_closure(first: &str, last: Option<&str>) -> bool {
    let (Some(last), Some(closing)) = (last, closing(first)) else {
        return false;
    };
    !closes(closing, first) && closes(closing, last)
}

/// `source` with the end tag that ends each `<pre>`, `<script>`, `<style>` or
/// `<textarea>` block where Goldmark ends it, when that is the block's own
/// end tag written in capitals (`</PRE>`), lowered, so that pulldown-cmark
/// ends the block there too (for the parse: the end tag is in raw HTML,
/// which the sanitizer writes in lower case anyway). `None` when there is
/// nothing to lower. An end tag of another of the four (`<pre>` … `</style>`)
/// ends the block to Goldmark only: it is not the same length as the own one.
pub(super) fn end_tags_lowered(source: &str, parse: Parse) -> Option<String> {
    // (Most posts have no end tag of the four that is not in lower case: no parse then.)
    let bytes = source.as_bytes();
    let capitalised = crate::search::find_iter(source, "</")
        .any(|at| kind1_end_at(bytes, at).is_some_and(|end| bytes[at..at + end.len()] != *end.as_bytes()));
    if !capitalised {
        return None;
    }
    let mut lowered: Option<String> = None;
    for _ in 0..ROUNDS {
        let text = lowered.as_deref().unwrap_or(source);
        let mut ends: Vec<Range<usize>> = Vec::new();
        for (event, range) in Parser::new_ext(text, parse).into_offset_iter() {
            let Event::Start(Tag::HtmlBlock) = event else { continue };
            let block = &text[range.clone()];
            let Some(Closing::Tag(own)) = block.split_inclusive('\n').next().and_then(closing) else { continue };
            // The first line with an end tag of the four ends the block to Goldmark.
            let mut at = range.start;
            for line in block.split_inclusive('\n') {
                if let Some((k, end)) = first_kind1_end(line) {
                    if end == own && &line[k..k + end.len()] != own {
                        ends.push(at + k..at + k + end.len());
                    }
                    break;
                }
                at += line.len();
            }
        }
        if ends.is_empty() {
            break;
        }
        let mut bytes = lowered.take().unwrap_or_else(|| source.to_owned()).into_bytes();
        for end in ends {
            bytes[end].make_ascii_lowercase();
        }
        // (Lowering ASCII letters leaves the text UTF-8.)
        lowered = String::from_utf8(bytes).ok();
    }
    lowered
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closures_are_lines_after_the_first_with_the_pattern() {
        assert!(omits_closure("<pre>", Some("</pre>")));
        assert!(omits_closure("<PRE class=x>", Some("a </Style> b")), "any of the four end tags, in any case");
        assert!(!omits_closure("<pre>a</pre>", Some("</pre>")), "closed on its first line");
        assert!(!omits_closure("<pre>", None), "one line");
        assert!(!omits_closure("<prefix>", Some("</pre>")), "not kind 1");
        assert!(omits_closure("<!-- a", Some("b -->")) && omits_closure("<?php", Some("?>")) && omits_closure("<!DOCTYPE", Some(">")));
        assert!(!omits_closure("<div>", Some("</div>")), "kinds 6 and 7 end at a blank line");
    }

    #[test]
    fn capitalised_own_end_tags_are_lowered_where_goldmark_ends_the_block() {
        let parse = Parse::empty();
        assert_eq!(end_tags_lowered("<pre>\na\n</pre>\n", parse), None, "nothing capitalised");
        let text = "<PRE>\na\n</PRE>\n\n*b* </PRE>\n\n<script>\nx\n</Script>\n\n<pre>\ny\n</STYLE>\n";
        assert_eq!(
            end_tags_lowered(text, parse).as_deref(),
            Some("<PRE>\na\n</pre>\n\n*b* </PRE>\n\n<script>\nx\n</script>\n\n<pre>\ny\n</STYLE>\n"),
            "each block's own end tag where it ends; not in a paragraph; not another tag"
        );
    }
}
