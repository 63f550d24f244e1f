//! One post in, one [`Rendered`] out.

use crate::diagnostic::Diagnostic;
use crate::front_matter::validate::Checker;
use crate::front_matter::{self, Format};
use crate::markdown::summary::DIVIDER;
use crate::markdown::{self, summary, toc};
use crate::options::Options;
use crate::shortcode;
use crate::site::page::{PageContext, PageHooks};
use crate::site::Site;
use crate::span::{LineCounter, LineIndex, Span};
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

/// A top-level block of the rendered body: what the DOM patcher and scroll sync work with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// Stable across renders while the block's HTML is unchanged (a hash of the
    /// HTML, with `~N` for the Nth repeat of the same HTML).
    pub key: String,
    /// The block's HTML.
    pub html: String,
    /// 1-based first source line.
    pub start_line: u32,
    /// 1-based last source line (inclusive).
    pub end_line: u32,
    /// The source bytes the block came from.
    pub span: Span,
}

/// Everything Recap makes of one post.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rendered {
    /// The front matter as a JSON object (empty if absent or unparsable).
    pub front_matter: Value,
    /// The front matter's format, if it has any.
    pub front_matter_format: Option<Format>,
    /// The body HTML.
    pub html: String,
    /// The body as top-level blocks; their HTML concatenated is `html`.
    pub blocks: Vec<Block>,
    /// `<nav id="TableOfContents">…</nav>`, as Hugo's `.TableOfContents`.
    pub toc_html: String,
    /// Hugo's `.Summary`.
    pub summary_html: String,
    /// Whether there is more content than the summary (Hugo's `.Truncated`).
    pub truncated: bool,
    /// Hugo's `.WordCount`.
    pub word_count: usize,
    /// Hugo's `.ReadingTime`, in minutes.
    pub reading_time: usize,
    /// Every problem found, in source order.
    pub diagnostics: Vec<Diagnostic>,
    /// Some code blocks are plain because the highlighter is not loaded yet
    /// (the browser); rendering again once it is gives their colours.
    pub highlight_pending: bool,
    /// The IDs of the headings and definition terms, sorted (Hugo's
    /// `.Fragments.Identifiers`), for templates that read another page's.
    #[serde(skip)]
    pub(crate) fragments: Arc<Vec<String>>,
}

/// What the divider becomes before Markdown runs (a paragraph of its own, as in
/// Hugo): plain text, so that it survives rendering.
const MARKER: &str = "RECAPMORE42";

/// Renders one post with `options`. Never fails: problems are in
/// [`Rendered::diagnostics`]. To render many posts with the same options, a
/// [`Renderer`] prepares the schema and templates once.
pub fn render(source: &str, options: &Options) -> Rendered {
    Renderer::new(options.clone()).render(source)
}

/// Renders posts with one site's options and templates, its schema compiled
/// and its templates parsed once.
#[derive(Debug)]
pub struct Renderer {
    options: Options,
    site: Arc<Site>,
    /// What checks front matter; `None` without the `validate` feature (the
    /// package's default module, which shows posts and leaves the checks to
    /// the editing module).
    checker: Option<Checker>,
    /// Tells apart the renderers an [`Edits`] was used with.
    id: u64,
}

/// What [`Renderer::render_edit`] keeps from one render of a post being edited
/// to the next: the Markdown it rendered and the blocks that came of it.
#[derive(Debug, Default)]
pub struct Edits {
    renderer: u64,
    previous: Option<markdown::incremental::Previous>,
    /// What the last steps made of each block, by the hash of its HTML.
    finished: HashMap<u64, Finished>,
}

/// What the steps after the Markdown make of one block's HTML (when they have
/// nothing to rewrite across blocks), kept from one edit to the next so that
/// unchanged blocks are not read again.
#[derive(Debug)]
struct Finished {
    /// The HTML the steps start from (hashes can collide).
    from: String,
    /// The block's HTML as shown, its key hash, its words.
    html: String,
    hash: u64,
    words: usize,
    /// Its text does not end inside a word, so counts add up.
    ends_outside_word: bool,
    /// It holds the summary marker (those blocks take the usual path).
    marker: bool,
    /// Its embeds if the DOM depth pass has nothing to do on it (see [`crate::html::Nesting::neutral`]).
    neutral: Option<usize>,
    cjk: bool,
}

impl Finished {
    fn new(from: &str, cjk: bool, own: bool) -> Finished {
        let html = cap_marks(from.to_owned());
        let (words, in_word) = summary::words(&html, cjk);
        Finished {
            hash: html_hash(html.as_bytes()),
            words,
            ends_outside_word: !in_word,
            marker: crate::search::contains(&html, MARKER),
            neutral: if own { Some(0) } else { crate::html::Nesting::neutral(from) },
            from: from.to_owned(),
            html,
            cjk,
        }
    }
}

impl Edits {
    /// Whether the last [`Renderer::render_edit`] re-rendered only part of the
    /// post (for tests and measurements: the result is the same either way).
    pub fn last_was_partial(&self) -> bool {
        self.previous.as_ref().is_some_and(|p| p.partial)
    }
}

impl Renderer {
    /// Prepares a renderer for `options` (a site of its own: the templates in
    /// `options.shortcodes`, the page map in `options.pages`).
    pub fn new(options: Options) -> Renderer {
        let site = Arc::new(Site::from_options(&options));
        Renderer::build(options, site)
    }

    /// Prepares a renderer for a loaded site: its config, templates, data and pages.
    #[cfg(feature = "templates")]
    pub fn for_site(site: Arc<Site>) -> Renderer {
        Renderer::build(site.options.clone(), site)
    }

    fn build(options: Options, site: Arc<Site>) -> Renderer {
        static RENDERERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let checker = cfg!(feature = "validate").then(|| Checker::new(&options));
        let id = RENDERERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Renderer { options, site, checker, id }
    }

    /// The options this renderer uses.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The site this renderer renders for.
    pub fn site(&self) -> &Arc<Site> {
        &self.site
    }

    /// Renders one post. Never fails: problems are in [`Rendered::diagnostics`].
    pub fn render(&self, source: &str) -> Rendered {
        self.site.stores.reset();
        render_with(self, source, None, None)
    }

    /// Renders `source`, the next version of the post last rendered with
    /// `edits`, as [`render`](Self::render) does, re-rendering only the
    /// Markdown blocks the change touched where that gives the same result (an
    /// editor's keystroke then costs in proportion to the edit, not the post).
    /// The first call, or a call after `edits` was used with another renderer,
    /// renders the whole post. Without the `editing` feature (the package's
    /// default module, which a page that only shows posts loads) every call
    /// renders the whole post, and the code that splices an edit in is left out.
    pub fn render_edit(&self, source: &str, edits: &mut Edits) -> Rendered {
        if !cfg!(feature = "editing") {
            return self.render(source);
        }
        if edits.renderer != self.id {
            *edits = Edits { renderer: self.id, ..Edits::default() };
        }
        self.site.stores.reset();
        render_with(self, source, None, Some(edits))
    }

    /// Renders the site's page at `content_path` (relative to `content/`,
    /// `blog/post.md`) from `source`: its place in the site decides its
    /// section, permalink, bundle resources and section-scoped templates.
    pub fn render_page(&self, source: &str, content_path: &str) -> Rendered {
        self.site.stores.reset();
        render_with(self, source, Some(content_path), None)
    }

    /// Runs `template` (Hugo's template language; `name` says what kind of
    /// file it is, `_partials/x.html`) as the site's own templates run for
    /// the page at `content_path`: that page as its dot, with the site's
    /// partials, data and functions in reach. What a tool needs to try a
    /// template against a site, and how Hugo's function tables are checked.
    ///
    /// # Errors
    /// The template does not parse, or fails while running (with its
    /// position); `warnf`/`errorf` messages are in the [`Execution`] either way.
    pub fn execute(&self, content_path: &str, name: &str, template: &str) -> Execution {
        let (output, notes) = crate::site::execute(&self.site, content_path, name, template);
        let diagnostics = notes.into_iter().map(|n| Diagnostic::new(n.severity, n.code, n.message, Span::new(0, 0))).collect();
        Execution { output, diagnostics }
    }
}

/// Another page of `site` rendered for a template that reads its `.Content`
/// (`.Summary`, `.Plain`…): the page at `content_path` from its file.
pub(crate) fn render_site_page(site: &Arc<Site>, content_path: &str) -> Option<Rendered> {
    let source = site.files().text(&format!("content/{content_path}"))?;
    let renderer = Renderer::build(site.options.clone(), site.clone());
    Some(render_with(&renderer, source, Some(content_path), None))
}

/// What [`Renderer::execute`] made of a template.
#[derive(Debug, Clone)]
pub struct Execution {
    /// The text it wrote, or why it failed.
    pub output: Result<String, String>,
    /// `warnf`, `errorf` and other problems noted on the way (no spans: they are in the template).
    pub diagnostics: Vec<Diagnostic>,
}

use crate::limits::MAX_DIAGNOSTICS;

fn render_with(renderer: &Renderer, full_source: &str, content_path: Option<&str>, mut edits: Option<&mut Edits>) -> Rendered {
    let options = &renderer.options;
    crate::highlight::begin_post();
    let mut diagnostics = Vec::new();
    let source = truncate_input(full_source, options.max_input_bytes);
    if source.len() < full_source.len() {
        diagnostics.push(
            Diagnostic::warning(
                "limits/input-too-large",
                format!(
                    "this post is {} bytes; only the first {} are rendered (the limit is {} bytes)",
                    full_source.len(),
                    source.len(),
                    options.max_input_bytes
                ),
                Span::new(source.len(), full_source.len()),
            )
            .with_suggestion("split the post, or raise `recap: maxInputBytes` in the site's config"),
        );
    }
    let fm = front_matter::parse(source, &mut diagnostics);
    // (The `cfg!` tells the compiler what the field cannot: without the feature there is never a checker.)
    let checker = renderer.checker.as_ref().filter(|_| cfg!(feature = "validate"));
    if let (Some(checker), Some(tree), Some(format)) = (checker, &fm.tree, fm.format) {
        let check = front_matter::validate::Check {
            source,
            format,
            block: fm.opening,
            now: options.now.or_else(current_time),
            zone: &options.time_zone,
        };
        checker.check(tree, &check, &mut diagnostics);
    }
    let markdown_text = &source[fm.body_start..];
    let has_divider = crate::search::contains(markdown_text, DIVIDER);
    // (Shared with the page's context rather than copied; taken back at the end.)
    let front_matter = Arc::new(fm.value);
    let page = PageContext::new(renderer.site.clone(), content_path, source, fm.body_start, front_matter.clone());
    // While its body renders, the page's own `.Content` would recurse.
    let _rendering = page.rendering();
    let mut body_diagnostics = Vec::new();
    let mut expanded = shortcode::expand(markdown_text, &page, Some(MARKER), &mut body_diagnostics);
    let hooks = PageHooks(page.clone(), Some(&expanded.map));
    let mut output = match edits.as_deref_mut() {
        Some(edits) => markdown::incremental::render_edit(&mut edits.previous, &expanded.markdown, options, Some(&hooks)),
        None => markdown::render_with(&expanded.markdown, options, Some(&hooks)),
    };
    drop(hooks);
    // Problems in render hooks and highlighting, at the element they came from.
    for (code, message, range) in std::mem::take(&mut output.notes) {
        if code == "markdown/raw-html-omitted" && renderer.site.ignores_log("warning-goldmark-raw-html") {
            continue;
        }
        let span = expanded.map.span_to_source(Span::new(range.start, range.end));
        body_diagnostics.push(Diagnostic::warning(code, message, span));
    }
    for note in page.take_notes() {
        let span = note.span.map_or(Span::new(0, 0), |r| expanded.map.span_to_source(Span::new(r.start, r.end)));
        body_diagnostics.push(Diagnostic::new(note.severity, note.code, note.message, span));
    }
    // `{{< >}}` site templates run now, with the page's table of contents
    // known. (Only templates read it: a build without them skips it.)
    if cfg!(feature = "templates") {
        if let Ok(mut toc) = page.toc.lock() {
            *toc = toc::render(&output.headings, &options.markup.table_of_contents);
        }
    }
    shortcode::finish(markdown_text, &mut expanded, &page, &mut body_diagnostics);
    diagnostics.extend(body_diagnostics.into_iter().map(|mut d| {
        d.span = d.span.shift(fm.body_start);
        d
    }));
    for block in &mut output.blocks {
        if let Cow::Owned(html) = shortcode::substitute(&block.html, &expanded) {
            block.html = html;
            block.own = false;
        }
        if let Cow::Owned(html) = page.restore(&block.html) {
            block.html = html;
            block.own = false;
        }
        block.span = expanded.map.span_to_source(block.span);
    }
    for heading in &mut output.headings {
        if let Cow::Owned(html) = shortcode::substitute(&heading.html, &expanded) {
            heading.html = html;
            heading.own = false;
        }
    }
    // (In a site, as the site found it for this source: a section's cascade may say it.)
    let cjk = page.page.as_ref().map_or_else(|| is_cjk_page(&front_matter, source, options.has_cjk_language), |p| p.cjk);
    // While editing, what the steps below made of each block is kept: a block
    // seen last time is not read again.
    let finished: Option<Vec<(u64, Finished)>> = edits.as_deref_mut().map(|edits| {
        let mut last = std::mem::take(&mut edits.finished);
        output
            .blocks
            .iter()
            .map(|b| {
                // (A match is then compared in full: hashes can collide.)
                let hash = html_hash(b.html.as_bytes());
                let kept = last.remove(&hash).filter(|f| f.from == b.html && f.cjk == cjk);
                (hash, kept.unwrap_or_else(|| Finished::new(&b.html, cjk, b.own)))
            })
            .collect()
    });
    // Blocks the writer wrote alone are neutral; so are those found so before.
    let neutral: Vec<Option<usize>> = match &finished {
        Some(finished) => finished.iter().zip(&output.blocks).map(|((_, f), b)| if b.own { Some(0) } else { f.neutral }).collect(),
        None => output.blocks.iter().map(|b| b.own.then_some(0)).collect(),
    };
    let rewritten = limit_nesting(&mut output.blocks, options, fm.body_start, &mut diagnostics, &neutral);
    // The blocks before the first one the writer did not write alone: the
    // depth pass found the nesting clear through them and left them as they
    // are, so a summary cut within them needs no pass of its own.
    let own_lead = output.blocks.iter().take_while(|b| b.own).count();
    let mut own_lead_bytes = 0;
    let mut lines = LineCounter::new(source);

    // The summary is cut where the marker was rendered.
    let marked_html = if has_divider { joined(output.blocks.iter().map(|b| b.html.as_str())) } else { String::new() };
    let mut blocks = Vec::with_capacity(output.blocks.len());
    // (SipHash with the process's random keys, though the keys are XXH64
    // already: a post whose blocks were made to collide in the bits a map
    // uses would make this loop quadratic.)
    let mut seen: HashMap<u64, usize> = HashMap::with_capacity(output.blocks.len());
    // Words add up block by block while each block ends outside a word (then
    // the next block's first word cannot continue its last).
    let mut words = Some(0);
    let known = finished.as_deref().filter(|_| !rewritten);
    let blocks_in = output.blocks.len();
    for (i, raw) in output.blocks.into_iter().enumerate() {
        let (html, hash) = match known.map(|f| &f[i].1).filter(|f| !f.marker) {
            Some(f) => {
                words = words.filter(|_| f.ends_outside_word || i + 1 == blocks_in).map(|w| w + f.words);
                (f.html.clone(), f.hash)
            }
            None => {
                let mut html = cap_marks(raw.html);
                if has_divider && html.contains(MARKER) {
                    html = html.replacen(&format!("<p>{MARKER}</p>\n"), "", 1).replacen(MARKER, "", 1);
                    if html.is_empty() {
                        continue;
                    }
                }
                // (A block the memory does not cover, such as the marker's, is counted here.)
                let (count, in_word) = summary::words(&html, cjk);
                words = words.filter(|_| !in_word || i + 1 == blocks_in).map(|w| w + count);
                let hash = html_hash(html.as_bytes());
                (html, hash)
            }
        };
        if i < own_lead {
            own_lead_bytes += html.len();
        }
        let span = raw.span.shift(fm.body_start);
        let n = seen.entry(hash).or_insert(0);
        let key = block_key(hash, *n);
        *n += 1;
        let start_line = lines.line(span.start);
        let end_line = lines.line(span.end.saturating_sub(1).max(span.start)).max(start_line);
        blocks.push(Block { key, html, start_line, end_line, span });
    }
    if let (Some(edits), Some(finished)) = (edits, finished) {
        edits.finished = finished.into_iter().collect();
    }

    let html = joined(blocks.iter().map(|b| b.html.as_str()));

    // (`summary_checked`: the summary is the start of blocks the writer wrote
    // alone, so the depth pass has nothing to do on it.)
    let (summary_html, truncated, summary_checked) =
        if let Some(summary) = has_divider.then(|| summary::summary_at_divider(&marked_html, MARKER)).flatten() {
            let content = crate::search::trim(&html);
            let truncated = !content.is_empty() && summary.len() < content.len();
            (summary, truncated, false)
        } else if let Some(text) = front_matter.get("summary").and_then(Value::as_str).filter(|s| !s.is_empty()) {
            let rendered = page.render_fragment(text, true);
            (trim_short_html(&rendered), true, false)
        } else {
            let end = summary::auto_summary_end(&html, options.summary_length, cjk);
            (crate::search::trim(&html[..end]).to_owned(), end < html.len(), end <= own_lead_bytes)
        };

    let word_count = match words {
        Some(words) if !blocks.is_empty() => words,
        _ => summary::count_words(&html, cjk),
    };
    let reading_time = summary::reading_time(word_count, cjk);
    // (Hooks had them from the writer; a render's are for other pages' templates.)
    let fragments =
        if cfg!(feature = "templates") { Arc::new(crate::markdown::heading_id::identifiers(&output.heading_keys)) } else { Arc::default() };
    // A TOC of headings the writer wrote alone is balanced and shallow (six levels of lists).
    let toc_html = toc::render(&output.headings, &options.markup.table_of_contents);
    let toc_html = cap_marks(if output.headings.iter().all(|h| h.own) { toc_html } else { within_depth(toc_html) });
    let summary_html = cap_marks(if summary_checked { summary_html } else { within_depth(summary_html) });
    mark_runs(source, &mut diagnostics);

    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    // Nesting is reported once, at the first place (the writer, the sanitizer
    // and the last pass may each have found it).
    let mut nesting_seen = false;
    diagnostics.retain(|d| d.code != "limits/nesting" || !std::mem::replace(&mut nesting_seen, true));
    if diagnostics.len() > MAX_DIAGNOSTICS {
        // Past the cap only a count is kept, but every limit reached is still
        // reported (each is one diagnostic at most).
        let (limits, dropped): (Vec<_>, Vec<_>) =
            diagnostics.split_off(MAX_DIAGNOSTICS).into_iter().partition(|d| d.code.starts_with("limits/"));
        if let Some(first) = dropped.first() {
            diagnostics.push(Diagnostic::info(
                "limits/too-many-diagnostics",
                format!("{} more problems from here on are not listed (at most {MAX_DIAGNOSTICS} are)", dropped.len()),
                Span::new(first.span.start, first.span.start),
            ));
        }
        diagnostics.extend(limits);
    }
    if !diagnostics.is_empty() {
        // (The whole source: the input-size warning points into the part that was cut off.)
        let index = LineIndex::new(full_source);
        for d in &mut diagnostics {
            d.locate(&index);
        }
    }

    // The page's context goes with the render's last reference to it (a
    // template may have kept one: then the front matter is copied).
    drop(_rendering);
    drop(page);
    Rendered {
        front_matter: Arc::try_unwrap(front_matter).unwrap_or_else(|shared| (*shared).clone()),
        front_matter_format: fm.format,
        html,
        blocks,
        toc_html,
        summary_html,
        truncated,
        word_count,
        reading_time,
        diagnostics,
        highlight_pending: output.highlight_pending,
        fragments,
    }
}

/// Whether a page is Chinese, Japanese or Korean (Hugo's `IsCJKLanguage`,
/// which counts its words by character), as its front matter says it:
/// `isCJKLanguage` in any case, read as Go's `cast.ToBool` reads it. When it
/// does not say, the site's `hasCJKLanguage` decides: a page whose file has a
/// Han, Hangul, Hiragana or Katakana character
/// ([`has_cjk_script`](crate::go_unicode::has_cjk_script), front matter
/// included, as Hugo reads the file) is one; else it is not.
pub(crate) fn is_cjk_page(front_matter: &Value, source: &str, has_cjk_language: bool) -> bool {
    said_cjk(front_matter).unwrap_or_else(|| has_cjk_language && crate::go_unicode::has_cjk_script(source))
}

/// What a page's front matter says of [`is_cjk_page`], if it says.
pub(crate) fn said_cjk(front_matter: &Value) -> Option<bool> {
    let (_, said) = front_matter.as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case("isCJKLanguage"))?;
    Some(match said {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|n| n != 0.0),
        Value::String(s) => matches!(s.as_str(), "1" | "t" | "T" | "TRUE" | "true" | "True"),
        _ => false,
    })
}

/// The blocks' HTML as one string, allocated once at its length (collecting
/// into a `String` grows it by doubling: a dozen copies for a long post).
fn joined<'a>(pieces: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut out = String::with_capacity(pieces.clone().map(str::len).sum());
    pieces.for_each(|p| out.push_str(p));
    out
}

/// A block's key: its hash in 16 hex digits, then `~n` for the n-th repeat of
/// the same HTML. (Written by hand: this runs for every block on every key.)
fn block_key(hash: u64, n: usize) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut key = String::with_capacity(20);
    for shift in (0..16).rev() {
        key.push(char::from(DIGITS[(hash >> (shift * 4)) as usize & 15]));
    }
    if n > 0 {
        key.push('~');
        key.push_str(&n.to_string());
    }
    key
}

/// Keeps the DOM the blocks make, read one after the other as `html` is, within
/// [`DOM_DEPTH`](crate::limits::DOM_DEPTH) (see [`crate::html::Nesting`]); reports
/// the first block where elements were left out, and the first block past the
/// live-embed limit of the DOM paths.
/// `neutral` (empty, or one per block): the embeds of each block known to leave
/// the pass nothing to do (see [`crate::html::Nesting::neutral`]). Returns
/// whether blocks were rewritten.
fn limit_nesting(
    blocks: &mut [markdown::RawBlock],
    options: &Options,
    body_start: usize,
    diagnostics: &mut Vec<Diagnostic>,
    neutral: &[Option<usize>],
) -> bool {
    // One pass reads the blocks as a stream; its rewrites are used only when the
    // post needs them (see Nesting::needs_rewrite): otherwise the blocks stay
    // as Hugo writes them.
    let mut nesting = crate::html::Nesting::default();
    let mut rewritten = Vec::with_capacity(blocks.len());
    let mut rewrite = false;
    let (mut deep, mut cut, mut embeds) = (false, false, false);
    for (i, block) in blocks.iter().enumerate() {
        debug_assert!(
            !block.own || crate::html::Nesting::neutral(&block.html) == Some(0),
            "a block marked own is not neutral: {}",
            block.html
        );
        match neutral.get(i).copied().flatten() {
            Some(iframes) if nesting.is_clear() => {
                nesting.skip(iframes);
                rewritten.push(None);
            }
            _ => rewritten.push(nesting.piece(&block.html)),
        }
        rewrite |= nesting.needs_rewrite();
        if nesting.take_cut() && !cut {
            cut = true;
            diagnostics.push(
                Diagnostic::warning("limits/nesting", crate::limits::reopened_message(), block.span.shift(body_start))
                    .with_suggestion("close the formatting elements this HTML leaves open"),
            );
        }
        if nesting.take_too_deep() && !deep {
            deep = true;
            diagnostics.push(
                Diagnostic::warning("limits/nesting", crate::limits::dom_depth_message(), block.span.shift(body_start))
                    .with_suggestion("flatten the nesting of shortcodes, lists, quotes and HTML"),
            );
        }
        if nesting.iframes() > options.max_live_embeds && !embeds {
            embeds = true;
            diagnostics.push(
                Diagnostic::info(
                    "limits/live-embeds",
                    format!(
                        "this post has more than {} embeds: in a page, those from here on load only when the reader clicks them",
                        options.max_live_embeds
                    ),
                    block.span.shift(body_start),
                )
                .with_suggestion("raise `recap: maxLiveEmbeds` in the site's config to show more at once"),
            );
        }
    }
    if rewrite {
        for (block, html) in blocks.iter_mut().zip(rewritten) {
            if let Some(html) = html {
                block.html = html;
            }
        }
    }
    rewrite
}

/// `html` within the DOM depth limit (the TOC and summary, read on their own).
fn within_depth(html: String) -> String {
    crate::html::limit_depth(&html).0.unwrap_or(html)
}

use crate::limits::COMBINING_MARKS as MAX_COMBINING_MARKS;

/// Runs of combining marks in `text`: (start of the excess, end of the run).
fn excess_marks(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut excess_start = None;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i <= bytes.len() {
            if run == 0 {
                // No run to end: on to the next byte that can start a mark.
                i = next_mark_lead(bytes, i);
            }
            let at = i;
            // A mark is U+0300 or above: its UTF-8 starts with 0xCC or more. Other
            // characters end a run; continuation bytes are skipped.
            let mark = match bytes.get(at) {
                Some(&b) if b < 0xCC => {
                    i += 1;
                    if (0x80..0xC0).contains(&b) {
                        continue;
                    }
                    false
                }
                Some(_) => {
                    let c = text[at..].chars().next().unwrap_or(' ');
                    i += c.len_utf8();
                    crate::go_unicode::is_mark(c)
                }
                None => {
                    i += 1;
                    false
                }
            };
            if mark {
                run += 1;
                if run == MAX_COMBINING_MARKS + 1 {
                    excess_start = Some(at);
                }
            } else {
                run = 0;
                if let Some(start) = excess_start.take() {
                    return Some((start, at));
                }
            }
        }
        None
    })
}

/// The first index from `i` whose byte could start a combining mark, or the
/// length: sixteen bytes a step, only those above ASCII looked at (byte by
/// byte, text with accents or typographic quotes was a third of
/// `render_with`'s own time natively). See [`may_lead_mark`].
fn next_mark_lead(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 16) {
        let chunk: &[u8; 16] = chunk.try_into().expect("sixteen bytes");
        let mut high = crate::search::high_bits(chunk);
        while high != 0 {
            let k = high.trailing_zeros() as usize;
            if may_lead_mark(bytes, i + k) {
                return i + k;
            }
            high &= high - 1;
        }
        i += 16;
    }
    while i < bytes.len() && !may_lead_mark(bytes, i) {
        i += 1;
    }
    i.min(bytes.len())
}

/// Whether the byte at `at` may start a combining mark: a mark is U+0300 or
/// above (a lead byte of 0xCC or more), but none is in U+2000–U+207F (0xE2
/// then 0x80 or 0x81), where the typographer's quotes, dashes and ellipsis
/// are: each of those was decoded and looked up in the table of marks.
fn may_lead_mark(bytes: &[u8], at: usize) -> bool {
    match bytes[at] {
        ..0xCC => false,
        0xE2 => !matches!(bytes.get(at + 1), Some(0x80 | 0x81)),
        _ => true,
    }
}

/// `html` with each run of combining marks cut to [`MAX_COMBINING_MARKS`] (markup is
/// ASCII, so a run lies inside one text or attribute value).
fn cap_marks(html: String) -> String {
    if html.is_ascii() {
        return html;
    }
    let runs: Vec<_> = excess_marks(&html).collect();
    if runs.is_empty() {
        return html;
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in runs {
        out.push_str(&html[from..start]);
        from = end;
    }
    out.push_str(&html[from..]);
    out
}

/// A warning for each over-long run of combining marks in the source.
fn mark_runs(source: &str, diagnostics: &mut Vec<Diagnostic>) {
    if source.is_ascii() {
        return;
    }
    for (start, end) in excess_marks(source) {
        diagnostics.push(
            Diagnostic::warning(
                "limits/combining-marks",
                format!(
                    "{} combining marks in a row; only the first {MAX_COMBINING_MARKS} are shown",
                    MAX_COMBINING_MARKS + source[start..end].chars().count()
                ),
                Span::new(start, end),
            )
            .with_suggestion("remove the extra accents"),
        );
    }
}

/// `source` cut to at most `max` bytes, at the end of a line where there is one.
fn truncate_input(source: &str, max: usize) -> &str {
    if source.len() <= max {
        return source;
    }
    let mut end = max;
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    match source[..end].rfind('\n') {
        Some(i) => &source[..=i],
        None => &source[..end],
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn current_time() -> Option<i64> {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok().map(|d| d.as_secs() as i64)
}

/// The host's clock where `SystemTime` does not exist (the browser): seconds since 1970.
#[cfg(target_arch = "wasm32")]
static CLOCK: std::sync::OnceLock<fn() -> i64> = std::sync::OnceLock::new();

/// Gives the core the host's clock (once; the binding does it), read at each
/// render, so that a renderer kept for hours checks future dates against the
/// time of the render, not of its creation.
#[cfg(target_arch = "wasm32")]
pub(crate) fn set_clock(clock: fn() -> i64) {
    let _ = CLOCK.set(clock);
}

/// In the browser `SystemTime` does not exist: the clock the binding set, if any.
#[cfg(target_arch = "wasm32")]
pub(crate) fn current_time() -> Option<i64> {
    CLOCK.get().map(|clock| clock())
}

/// Hugo's `TrimShortHTML`: a single paragraph loses its `<p>` wrapper.
fn trim_short_html(html: &str) -> String {
    let t = html.trim();
    if t.matches("<p>").count() == 1 {
        if let Some(inner) = t.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
            return inner.trim().to_owned();
        }
    }
    t.to_owned()
}

/// A block's hash, for its key and for finding blocks seen before while
/// editing: XXH64 (stable across platforms and releases, 32 bytes a round).
/// It was FNV-1a, a multiply per byte: two thirds of this file's own time in
/// a render's profile.
fn html_hash(bytes: &[u8]) -> u64 {
    twox_hash::XxHash64::oneshot(0, bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_next_mark_lead_is_the_first_byte_from_0xcc_but_general_punctuation() {
        let pieces = ["a", "é", "\u{301}", "’", "—", "…", "\u{20d7}", "\u{2070}", "日", "😀", "<p>", "x\u{300}\u{301}"];
        let mut random = crate::random::Random(11);
        for _ in 0..2_000 {
            let text = random.joined(&pieces, 30);
            let b = text.as_bytes();
            for from in 0..=b.len() {
                let plain = (from..b.len())
                    .find(|&i| b[i] >= 0xCC && !(b[i] == 0xE2 && matches!(b.get(i + 1), Some(0x80 | 0x81))))
                    .unwrap_or(b.len());
                assert_eq!(super::next_mark_lead(b, from), plain, "{text:?} from {from}");
            }
        }
    }

    #[test]
    fn general_punctuation_has_no_combining_mark() {
        // (What lets `may_lead_mark` pass over 0xE2 0x80 and 0xE2 0x81.)
        assert!(('\u{2000}'..='\u{207f}').all(|c| !crate::go_unicode::is_mark(c)));
        assert!(crate::go_unicode::is_mark('\u{20d7}'), "the marks for symbols start at U+20D0");
    }

    #[test]
    fn block_keys_are_the_hash_in_hex_then_the_repeat() {
        for hash in [0, 1, 0xdead_beef, u64::MAX, 0x0123_4567_89ab_cdef] {
            assert_eq!(super::block_key(hash, 0), format!("{hash:016x}"));
            assert_eq!(super::block_key(hash, 12), format!("{hash:016x}~12"));
        }
    }
}
