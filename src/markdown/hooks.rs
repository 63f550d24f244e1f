//! Render hooks: the one narrow interface through which the Markdown writer
//! hands an element to a site's template (`layouts/_markup/render-*.html`)
//! instead of writing it itself. The writer asks [`Hooks::has`] before it
//! gathers what a hook needs (an element's inner HTML, its plain text), so a
//! site without hooks pays nothing.

use std::ops::Range;

/// The kinds of elements a site can render with a hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HookKind {
    /// `render-link.html`
    Link,
    /// `render-image.html`
    Image,
    /// `render-heading.html`
    Heading,
    /// `render-codeblock.html` / `render-codeblock-LANG.html`
    CodeBlock,
    /// `render-blockquote.html`
    Blockquote,
    /// `render-table.html`
    Table,
    /// `render-passthrough.html` (the last kind: [`HookKind::COUNT`] counts up to it)
    Passthrough,
}

impl HookKind {
    /// How many kinds there are (for tables indexed by `kind as usize`).
    pub const COUNT: usize = HookKind::Passthrough as usize + 1;
}

/// One table cell for the table hook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// `left`, `center`, `right` or empty.
    pub alignment: &'static str,
    /// The cell's rendered HTML.
    pub text: String,
}

/// An element handed to a hook, with what Hugo gives the hook's template.
#[derive(Debug, Clone)]
pub enum Hook<'a> {
    /// A link: `.Destination`, `.Title`, `.Text` (rendered), `.PlainText`.
    Link {
        /// `.Destination`
        destination: &'a str,
        /// `.Title`
        title: &'a str,
        /// `.Text`: the link text as HTML.
        text: &'a str,
        /// `.PlainText`
        plain_text: &'a str,
    },
    /// An image: `.Destination`, `.Title`, `.Text`, `.PlainText`, `.IsBlock`, `.Attributes`.
    Image {
        /// `.Destination`
        destination: &'a str,
        /// `.Title`
        title: &'a str,
        /// `.Text`: the description as HTML.
        text: &'a str,
        /// `.PlainText`
        plain_text: &'a str,
        /// `.IsBlock`: alone in its paragraph, with `wrapStandAloneImageWithinParagraph` off.
        is_block: bool,
        /// `.Attributes` (block attributes of a standalone image).
        attributes: &'a [(String, String)],
    },
    /// A heading: `.Level`, `.Anchor`, `.Text`, `.PlainText`, `.Attributes`.
    Heading {
        /// `.Level`
        level: u8,
        /// `.Anchor`: the heading's ID.
        anchor: &'a str,
        /// `.Text`: the heading's content as HTML.
        text: &'a str,
        /// `.PlainText`
        plain_text: &'a str,
        /// `.Attributes` (without the ID).
        attributes: &'a [(String, String)],
    },
    /// A fenced code block: `.Type`, `.Inner`, `.Attributes`, `.Options`.
    CodeBlock {
        /// `.Type`: the language from the info string.
        lang: &'a str,
        /// `.Inner`: the code.
        inner: &'a str,
        /// The info string's `{…}` attributes, typed as Goldmark reads them.
        attributes: &'a [(String, super::attribute::Value)],
        /// Braces in the info string that do not hold attributes (Hugo fails the page).
        bad_attributes: Option<&'a str>,
    },
    /// A blockquote: `.Text`, `.Type` and, for a GitHub alert, `.AlertType`, `.AlertTitle`, `.AlertSign`.
    Blockquote {
        /// `.Text`: the content as HTML (without an alert's marker line).
        text: &'a str,
        /// `.AlertType` (lowercase), empty for a regular blockquote.
        alert_type: &'a str,
        /// `.AlertTitle`
        alert_title: &'a str,
        /// `.AlertSign`: `+`, `-` or empty.
        alert_sign: &'a str,
        /// `.Attributes`
        attributes: &'a [(String, String)],
    },
    /// A table: `.THead`, `.TBody`, `.Attributes`.
    Table {
        /// Header rows.
        head: &'a [Vec<Cell>],
        /// Body rows.
        body: &'a [Vec<Cell>],
        /// `.Attributes`
        attributes: &'a [(String, String)],
    },
    /// A passthrough element: `.Inner`, `.Type` (`inline` or `block`), `.Attributes`.
    Passthrough {
        /// `.Inner`: the text between the delimiters.
        inner: &'a str,
        /// `.Type` is `block`.
        block: bool,
        /// `.Attributes` (block attributes of a block element).
        attributes: &'a [(String, String)],
    },
}

impl Hook<'_> {
    /// The element's kind.
    pub fn kind(&self) -> HookKind {
        match self {
            Hook::Link { .. } => HookKind::Link,
            Hook::Image { .. } => HookKind::Image,
            Hook::Heading { .. } => HookKind::Heading,
            Hook::CodeBlock { .. } => HookKind::CodeBlock,
            Hook::Blockquote { .. } => HookKind::Blockquote,
            Hook::Table { .. } => HookKind::Table,
            Hook::Passthrough { .. } => HookKind::Passthrough,
        }
    }
}

/// What the writer asks of a site's hooks.
pub trait Hooks {
    /// Whether there is a hook for `kind` and `variant` (a code block's
    /// language, `alert` or `regular` for a blockquote, `inline` or `block`
    /// for a passthrough element), or a generic one.
    fn has(&self, kind: HookKind, variant: &str) -> bool;

    /// The hook's HTML (already sanitized) for `hook`, the `ordinal`-th
    /// element of its kind in the page, written at `span` of the Markdown.
    /// `None`: the hook failed (the problem is reported); the writer writes
    /// the element itself.
    fn render(&self, hook: &Hook<'_>, ordinal: usize, span: Range<usize>) -> Option<String>;

    /// The IDs of the document's headings and definition terms, in order
    /// (`None` for a heading without one), given before any hook runs: what
    /// hooks read as the page's `.Fragments`.
    fn identifiers(&self, _keys: &[Option<String>]) {}

    /// Whether any element could go to a hook. Hooks see the page as a whole
    /// (ordinals, `.Page`), so a page with hooks is always rendered whole.
    fn any(&self) -> bool {
        true
    }
}

/// Hugo's reading of a GitHub alert at the start of a blockquote's HTML
/// (`markup/goldmark/blockquotes`, the expression
/// `^<p>\[!([a-zA-Z]+)\](-|\+)?[^\S\r\n]?([^\n]*)\n?`): the type
/// (lowercase), sign and title, and the HTML after the marker line.
pub fn alert(html: &str) -> Option<(String, String, String, String)> {
    let trimmed = html.trim();
    let rest = trimmed.strip_prefix("<p>[!")?;
    let close = rest.find(']')?;
    let kind = &rest[..close];
    if kind.is_empty() || !kind.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut after = &rest[close + 1..];
    let mut sign = "";
    if after.starts_with(['+', '-']) {
        sign = &after[..1];
        after = &after[1..];
    }
    // One optional space (not a line break).
    if let Some(c) = after.chars().next().filter(|c| c.is_whitespace() && *c != '\r' && *c != '\n') {
        after = &after[c.len_utf8()..];
    }
    let title_line = &after[..after.find('\n').unwrap_or(after.len())];
    let title = title_line.trim();
    let title = title.strip_suffix("</p>").unwrap_or(title);
    let body = match trimmed.split_once('\n') {
        Some((before, after)) if before.ends_with("</p>") => after.to_owned(),
        Some((_, after)) => format!("<p>{after}"),
        None => String::new(),
    };
    Some((kind.to_ascii_lowercase(), sign.to_owned(), title.to_owned(), body))
}

#[cfg(test)]
mod tests {
    use super::alert;

    #[test]
    fn reads_github_alerts_as_hugo_does() {
        let (kind, sign, title, body) = alert("<p>[!NOTE]\nUseful.</p>\n").unwrap();
        assert_eq!((kind.as_str(), sign.as_str(), title.as_str()), ("note", "", ""));
        assert_eq!(body, "<p>Useful.</p>");
        let (kind, sign, title, body) = alert("<p>[!WARNING]+ Be careful</p>\n<p>More.</p>\n").unwrap();
        assert_eq!((kind.as_str(), sign.as_str(), title.as_str()), ("warning", "+", "Be careful"));
        assert_eq!(body, "<p>More.</p>");
        assert!(alert("<p>Just a quote</p>").is_none());
    }
}
