//! Rendering a document again after an edit, re-rendering only the blocks the
//! edit touched (issue 17: work per keystroke in proportion to the change, not
//! to the post).
//!
//! The Markdown of the last render and its [`Output`] are kept. The next text
//! is compared with it; the changed bytes lie inside a run of top-level blocks.
//! That run is rendered on its own, together with one unchanged block on each
//! side (the *anchors*), and spliced between the blocks before and after it.
//!
//! This is exact only where the blocks around the run do not depend on it, so
//! each condition below falls back to rendering the whole document:
//! - Both anchors start a line at column 0 after a blank line (or the run
//!   starts the document, or ends it). CommonMark's block structure at such a
//!   line is a fresh top level unless an open construct swallows it (a fence,
//!   an HTML block, a list that the anchor continues): then the anchor renders
//!   differently from before, which is checked (HTML and span), and which
//!   falls back.
//! - Numbering that runs across the document starts where it stood: heading
//!   IDs are made unique against the IDs before the run ([`Start`]), and code
//!   blocks are numbered on from the count before it; the run must leave both
//!   as it found them (the same heading IDs, the same number of code blocks),
//!   or what follows would change.
//! - Footnotes and link references are numbered and looked up across the
//!   document: the run may neither define nor use footnotes, nor define
//!   links (the document's definitions are put before it, each on its own
//!   line, so that its references resolve); the footnotes block is kept.
//! - Nothing global: no definition lists (a `:` line can attach to a term
//!   before a blank line), no render hooks (they see the whole page), no limit reached, no
//!   highlighting problem (the post's highlighting time is shared).
//!
//! Code blocks written plain while the browser's highlighter loads are
//! remembered with their plain HTML ([`PendingCode`]); after a partial render
//! the highlighter is asked for them again, and each answer replaces its plain
//! HTML in its block, as a whole render would write it (issue 17: a long post's
//! keys stay partial while the highlighter answers).
//!
//! `tests/incremental.rs` checks the result against a whole render for
//! thousands of random edits of real posts.

use super::hooks::Hooks;
use super::{render_from, render_with, Counts, Output, PendingCode, RawBlock, Start};
use crate::options::Options;
use crate::span::Span;
use std::ops::Range;

/// The last render of a document.
#[derive(Debug, Clone)]
pub(crate) struct Previous {
    text: String,
    output: Output,
    /// Whether this render reused blocks of the one before.
    pub(crate) partial: bool,
    /// Whether its text must be rendered whole (see [`global`]).
    global: bool,
}

/// Renders `text`, reusing `previous` (the render of the text before an edit)
/// where that gives the same output; then remembers this render in `previous`.
pub(crate) fn render_edit(previous: &mut Option<Previous>, text: &str, options: &Options, hooks: Option<&dyn Hooks>) -> Output {
    let global = global(text, options);
    let spliced = previous
        .as_ref()
        .filter(|p| !p.global && !global)
        .and_then(|p| splice(p, text, options, hooks))
        .and_then(|mut out| refresh(&mut out, options).then_some(out));
    let partial = spliced.is_some();
    let output = spliced.unwrap_or_else(|| {
        // The last render is of no use to a whole one: let go of it first, so
        // that it does not add to the whole render's peak (issue 16: a long
        // post's wasm memory is the highest peak any key reached).
        *previous = None;
        render_with(text, options, hooks)
    });
    *previous = Some(Previous { text: text.to_owned(), output: output.clone(), partial, global });
    output
}

/// Asks the highlighter again for the code blocks a render kept plain (blocks
/// re-used from before the edit are not rendered again), and puts each answer
/// in place of the plain HTML, as a whole render would write it. False if an
/// answer cannot be placed so (its plain HTML is not once in its block).
fn refresh(output: &mut Output, options: &Options) -> bool {
    if output.pending.is_empty() {
        return true;
    }
    let h = &options.markup.highlight;
    let mut still = Vec::new();
    for p in std::mem::take(&mut output.pending) {
        let fence = crate::highlight::Fence { code: &p.code, lang: &p.lang, attributes: &p.attributes, ordinal: p.ordinal };
        match crate::highlight::fence(&fence, &h.options, &h.config) {
            crate::highlight::Outcome::Pending => still.push(p),
            crate::highlight::Outcome::Html(html) => {
                let i = output.blocks.partition_point(|b| b.span.end <= p.at);
                let Some(block) = output.blocks.get_mut(i).filter(|b| b.span.start <= p.at) else { return false };
                let mut places = block.html.match_indices(&p.plain).map(|(at, _)| at);
                let (Some(at), None) = (places.next(), places.next()) else { return false };
                block.html.replace_range(at..at + p.plain.len(), html.as_str());
                block.own &= html.own();
            }
            crate::highlight::Outcome::Problem(..) | crate::highlight::Outcome::GaveUp(_) => return false,
        }
    }
    output.highlight_pending = !still.is_empty();
    output.pending = still;
    true
}

/// How many bytes `a` and `b` start with alike (compared a chunk at a time).
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    const CHUNK: usize = 64;
    let mut at = 0;
    while at + CHUNK <= a.len().min(b.len()) && a[at..at + CHUNK] == b[at..at + CHUNK] {
        at += CHUNK;
    }
    at + a[at..].iter().zip(&b[at..]).take_while(|(x, y)| x == y).count()
}

/// How many bytes `a` and `b` end with alike.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    const CHUNK: usize = 64;
    let (mut x, mut y) = (a.len(), b.len());
    while x >= CHUNK && y >= CHUNK && a[x - CHUNK..x] == b[y - CHUNK..y] {
        x -= CHUNK;
        y -= CHUNK;
    }
    (a.len() - x) + a[..x].iter().rev().zip(b[..y].iter().rev()).take_while(|(p, q)| p == q).count()
}

/// Where the line holding byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Whether a block whose line starts at `at` starts afresh: at column 0, not
/// blank, after a blank line.
fn clean(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(at), Some(b) if !b" \t\r\n".contains(b)) {
        return false;
    }
    let Some(before) = text[..at].strip_suffix('\n') else {
        return false;
    };
    let previous_line = &before[line_start(before, before.len())..];
    previous_line.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r'))
}

/// Whether the whole of a text must be rendered at once, whatever the edit.
fn global(text: &str, options: &Options) -> bool {
    options.markup.goldmark.extensions.definition_list && (text.starts_with(':') || crate::search::contains(text, "\n:"))
}

/// Whether a run of text may define or use what is numbered or looked up
/// across the document: footnotes and link reference definitions.
fn defines(run: &str) -> bool {
    run.contains("[^") || run.contains("]:")
}

/// A note a partial render cannot carry over: a limit (counted over the
/// whole post) or, with the built-in highlighter, a highlighting problem (the
/// post's blocks share its highlighting time). The browser's highlighting
/// answers are each block's own, kept for their request: their notes splice.
fn whole_post_note(code: &str) -> bool {
    code.starts_with("limits/") || (cfg!(feature = "highlight") && code.starts_with("highlight/"))
}

fn splice(previous: &Previous, text: &str, options: &Options, hooks: Option<&dyn Hooks>) -> Option<Output> {
    let (old, out) = (previous.text.as_str(), &previous.output);
    // The footnotes block (last) is left as it is: no run re-rendered has footnotes.
    let n = out.blocks.len() - usize::from(out.footnotes);
    if out.counts.len() != out.blocks.len()
        || out.heading_keys.len() != out.headings.len()
        || out.notes.iter().any(|(code, ..)| whole_post_note(code))
        || hooks.is_some_and(|h| h.any())
    {
        return None;
    }
    // The changed bytes: old[from..old_to] became text[from..new_to].
    let (a, b) = (old.as_bytes(), text.as_bytes());
    let from = common_prefix(a, b);
    let room = a.len().min(b.len()) - from;
    let same_end = common_suffix(&a[a.len() - room..], &b[b.len() - room..]);
    let (old_to, new_to) = (a.len() - same_end, b.len() - same_end);
    if from == a.len() && from == b.len() {
        return Some(out.clone());
    }
    let shift = |at: usize| (at + new_to).checked_sub(old_to);
    let blocks = &out.blocks[..n];
    let starts: Vec<usize> = blocks.iter().map(|blk| line_start(old, blk.span.start.min(old.len()))).collect();

    // The front anchor: the last block ending before the change, moved back to
    // a clean start; none when the run starts the document.
    let mut first = blocks.partition_point(|blk| blk.span.end < from).saturating_sub(1);
    while first > 0 && !(clean(old, starts[first]) && blocks[first].span.end < from) {
        first -= 1;
    }
    let front = first > 0;
    let run_start = if front { starts[first] } else { 0 };
    // The end anchor: the first block starting after the change, clean in
    // both texts; none when the run ends the document.
    let mut last = blocks.partition_point(|blk| blk.span.start < old_to);
    while last < n && !(starts[last] >= old_to && clean(old, starts[last]) && clean(text, shift(starts[last])?)) {
        last += 1;
    }
    let back = last < n;
    if !front && !back {
        return None;
    }
    let run_end_old = if back && last + 1 < n {
        starts[last + 1]
    } else if out.footnotes {
        return None;
    } else {
        old.len()
    };
    let run_end = shift(run_end_old)?;
    if defines(&old[run_start..run_end_old]) || defines(&text[run_start..run_end]) {
        return None;
    }
    let first_block = if front { first } else { 0 };
    let after = if back { last + 1 } else { n };
    let before = if first_block == 0 { Counts::default() } else { out.counts[first_block - 1] };
    let until = if after == 0 { Counts::default() } else { out.counts[after - 1] };

    // The run, after the document's link reference definitions (each on a
    // line of its own, they make no block).
    let mut run_text = String::new();
    for def in &out.refdefs {
        let def = old.get(def.clone())?;
        if def.contains('\n') {
            return None;
        }
        run_text.push_str(def);
        run_text.push_str("\n\n");
    }
    let defs_len = run_text.len();
    run_text.push_str(&text[run_start..run_end]);
    let start = Start { heading_keys: &out.heading_keys[..before.headings], code_blocks: before.code_blocks };
    let part = render_from(&run_text, options, hooks, &start);
    if part.footnotes
        || part.notes.iter().any(|(code, _, r)| whole_post_note(code) || r.start < defs_len)
        || part.counts.len() != part.blocks.len()
        || part.blocks.first().is_some_and(|blk| blk.span.start < defs_len)
    {
        return None;
    }
    // Part positions to document positions.
    let place = |r: Range<usize>| r.start - defs_len + run_start..r.end - defs_len + run_start;
    // The anchors come out as they were, at the same places.
    if front {
        let got = part.blocks.first()?;
        let old_anchor = &blocks[first];
        if got.html != old_anchor.html || place(got.span.start..got.span.end) != (old_anchor.span.start..old_anchor.span.end) {
            return None;
        }
    }
    if back {
        let got = part.blocks.last()?;
        let old_anchor = &blocks[last];
        if got.html != old_anchor.html
            || place(got.span.start..got.span.end) != (shift(old_anchor.span.start)?..shift(old_anchor.span.end)?)
        {
            return None;
        }
    }
    // Numbering leaves the run as it entered it.
    let part_end = part.counts.last().copied().unwrap_or(Counts { headings: 0, code_blocks: before.code_blocks });
    if part_end.code_blocks != until.code_blocks || part.heading_keys[..] != out.heading_keys[before.headings..until.headings] {
        return None;
    }

    let moved = |blk: &RawBlock| RawBlock {
        html: blk.html.clone(),
        span: Span::new(shift(blk.span.start).unwrap_or(0), shift(blk.span.end).unwrap_or(0)),
        own: blk.own,
    };
    let mut spliced = Vec::with_capacity(out.blocks.len() + part.blocks.len());
    spliced.extend_from_slice(&blocks[..first_block]);
    spliced.extend(part.blocks.into_iter().map(|blk| {
        let r = place(blk.span.start..blk.span.end);
        RawBlock { span: Span::new(r.start, r.end), ..blk }
    }));
    spliced.extend(blocks[after..].iter().map(moved));
    if out.footnotes {
        // Its span runs from the first definition to the last, all outside the run.
        let notes = &out.blocks[n];
        let end = if notes.span.end >= run_end_old { shift(notes.span.end)? } else { notes.span.end };
        let start = if notes.span.start >= run_end_old { shift(notes.span.start)? } else { notes.span.start };
        spliced.push(RawBlock { html: notes.html.clone(), span: Span::new(start, end), own: notes.own });
    }

    let mut counts = Vec::with_capacity(spliced.len());
    counts.extend_from_slice(&out.counts[..first_block]);
    counts.extend(part.counts.iter().map(|c| Counts { headings: c.headings + before.headings, code_blocks: c.code_blocks }));
    counts.extend_from_slice(&out.counts[after..]);

    let mut headings = out.headings[..before.headings].to_vec();
    headings.extend(part.headings);
    headings.extend_from_slice(&out.headings[until.headings..]);

    // Notes are the writer's, each inside a block: those of the blocks kept stay.
    if out.notes.iter().any(|(_, _, r)| (r.start < run_start && r.end > run_start) || (r.start < run_end_old && r.end > run_end_old)) {
        return None;
    }
    // Left-out raw HTML is reported once, at its first place.
    const OMITTED: &str = "markdown/raw-html-omitted";
    let old_first = out.notes.iter().find(|(code, ..)| *code == OMITTED).map(|(_, _, r)| r.start);
    let part_has = part.notes.iter().any(|(code, ..)| *code == OMITTED);
    if old_first.is_some_and(|at| at >= run_start && at < run_end_old) && !part_has {
        return None;
    }
    let mut notes: Vec<_> = out.notes.iter().filter(|(_, _, r)| r.start < run_start).cloned().collect();
    notes.extend(part.notes.into_iter().map(|(code, message, r)| (code, message, place(r))));
    for (code, message, r) in out.notes.iter().filter(|(_, _, r)| r.start >= run_end_old) {
        notes.push((code, message.clone(), shift(r.start)?..shift(r.end)?));
    }
    let mut reported = false;
    notes.retain(|(code, ..)| *code != OMITTED || !std::mem::replace(&mut reported, true));

    // Code blocks waiting for the highlighter, at their new places.
    let mut pending: Vec<PendingCode> = out.pending.iter().filter(|p| p.at < run_start).cloned().collect();
    for p in part.pending {
        pending.push(PendingCode { at: place(p.at..p.at).start, ..p });
    }
    for p in out.pending.iter().filter(|p| p.at >= run_end_old) {
        pending.push(PendingCode { at: shift(p.at)?, ..p.clone() });
    }

    let refdefs = out
        .refdefs
        .iter()
        .map(|r| if r.start >= run_end_old { shift(r.start).unwrap_or(0)..shift(r.end).unwrap_or(0) } else { r.clone() })
        .collect();
    Some(Output {
        blocks: spliced,
        headings,
        notes,
        highlight_pending: !pending.is_empty(),
        pending,
        counts,
        heading_keys: out.heading_keys.clone(),
        refdefs,
        footnotes: out.footnotes,
    })
}
