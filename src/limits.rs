//! Every limit Recap puts on a post, in one place, with the wording SECURITY.md
//! uses for it. Each limit, when reached, is a diagnostic and a valid render of
//! what fits — never a failed call, never a hang.

/// Input size: the largest post rendered whole, by default (`recap: maxInputBytes`).
/// A longer post renders up to the last whole line that fits
/// (`limits/input-too-large`). Forty times the longest post in the sample corpus.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 4 << 20;

/// The largest file `recap check` reads (`io/too-large`): sixteen times the
/// default input limit, so that a site's oversized posts are still checked and
/// reported rather than skipped.
pub const MAX_FILE_BYTES: usize = 16 * DEFAULT_MAX_INPUT_BYTES;

/// Diagnostics per post; the rest are counted in one more (`limits/too-many-diagnostics`).
pub const MAX_DIAGNOSTICS: usize = 1000;

/// Shortcode calls per post; later ones show as written (`limits/too-many-shortcodes`).
pub const MAX_SHORTCODE_CALLS: usize = 10_000;

/// Shortcode nesting depth (`shortcode/too-deep`).
pub const MAX_SHORTCODE_DEPTH: usize = 100;

/// Work one template call may do: loop iterations, partial calls and function
/// calls that build collections (`range`, `seq`, `where`, …). Reaching it stops
/// the template with an error (`shortcode/template`, `template/…`).
pub const TEMPLATE_STEPS: usize = 100_000;

/// The longest sequence `seq` and `range N` may build.
pub const TEMPLATE_SEQ: usize = 10_000;

/// Output of one template call (`strings.Repeat` included).
pub const TEMPLATE_OUTPUT: usize = 1 << 20;

/// Output of all site templates in one post; later calls show as errors (`limits/output-too-large`).
pub const TEMPLATE_OUTPUT_PER_POST: usize = 16 << 20;

/// How deep partials and templates may call each other (a partial that includes itself).
pub const TEMPLATE_DEPTH: usize = 64;

/// How deep Markdown rendered from templates (`.RenderString`, `markdownify`)
/// may render Markdown again (`template/too-deep`).
pub const RENDER_DEPTH: usize = 16;

/// YAML alias expansion ("billion laughs"): values one front matter may expand to.
pub const YAML_NODES: usize = 100_000;

/// YAML nesting (block and flow collections inside each other).
pub const YAML_DEPTH: usize = 128;

/// TOML nesting (tables and arrays inside each other).
pub const TOML_DEPTH: usize = 128;

/// JSON nesting, as serde_json's recursion limit.
pub const JSON_DEPTH: usize = 127;

/// Combining marks kept after one base character: the limit of Unicode's
/// Stream-Safe Text Format (UAX #15). Longer runs ("Zalgo" text) can stall a
/// browser's layout and spill over the lines around them (`limits/combining-marks`).
pub const COMBINING_MARKS: usize = 30;

/// Markdown container nesting (block quotes, lists, list items) rendered as
/// elements; deeper containers render their content at this depth
/// (`limits/nesting`). markdown-it caps nesting at 100 for the same reason:
/// browsers spend seconds in style and layout on deeper trees, and their
/// parser re-parents elements past 512 levels.
pub const BLOCK_NESTING: usize = 100;

/// Inline nesting (emphasis, links, strikethrough …) rendered as elements;
/// deeper ones render their text only (`limits/nesting`).
pub const INLINE_NESTING: usize = 64;

/// Element nesting inside one piece of raw or template HTML; deeper elements
/// are dropped, their text kept (`limits/nesting`).
pub const HTML_NESTING: usize = 64;

/// The `limits/nesting` message for raw or template HTML past [`HTML_NESTING`].
pub fn html_nesting_message() -> String {
    format!("HTML elements nested more than {HTML_NESTING} deep are left out here and after (their text is kept)")
}

/// The `limits/nesting` message for a post whose HTML, all pieces together, would go past [`DOM_DEPTH`].
pub fn dom_depth_message() -> String {
    format!("elements nested more than {DOM_DEPTH} deep are left out here and after (their text is kept)")
}

/// The deepest DOM any post's HTML makes below its container: the sum of the
/// three limits above stays under it.
pub const DOM_DEPTH: usize = 256;

/// Start tags re-opened per post: a formatting element (`<b>`, `<a href>` …)
/// that a block closes without its end tag goes on in the text after it, as a
/// browser carries it on; past this many bytes of re-opened tags, formatting
/// ends where its block ends (`limits/nesting`). Without a bound, a few
/// unclosed tags before thousands of paragraphs would multiply the output.
pub const REOPENED_BYTES: usize = 256 << 10;

/// The `limits/nesting` message for formatting no longer carried on past [`REOPENED_BYTES`].
pub fn reopened_message() -> String {
    format!(
        "formatting left open here is carried into the following blocks, as a browser does, up to {} of re-opened tags; past that it ends with its block",
        describe("REOPENED_BYTES").unwrap_or_default()
    )
}

/// Live embeds (iframes) a post may have in the DOM at once by default; the
/// rest show as click-to-load facades (`recap: maxLiveEmbeds`).
pub const LIVE_EMBEDS: usize = 20;

/// Natively, milliseconds one code block may take to highlight: the rest of
/// the block is written plain (`highlight/option`). (In the browser a worker
/// highlights and gives up on its own.)
pub const HIGHLIGHT_BLOCK_MS: usize = 1_000;

/// Natively, milliseconds all code blocks of one post may take to highlight:
/// the blocks after that are written plain (`highlight/option`).
pub const HIGHLIGHT_POST_MS: usize = 5_000;

/// A limit by name, for text that quotes it (the diagnostic codes' help).
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    /// The constant's name in this module.
    pub name: &'static str,
    /// Its value.
    pub value: usize,
    /// Whether it counts bytes (shown as KiB or MiB).
    pub bytes: bool,
}

const fn count(name: &'static str, value: usize) -> Limit {
    Limit { name, value, bytes: false }
}

const fn bytes(name: &'static str, value: usize) -> Limit {
    Limit { name, value, bytes: true }
}

/// Every limit above (a test checks that none is missing).
pub const ALL: &[Limit] = &[
    bytes("DEFAULT_MAX_INPUT_BYTES", DEFAULT_MAX_INPUT_BYTES),
    bytes("MAX_FILE_BYTES", MAX_FILE_BYTES),
    count("MAX_DIAGNOSTICS", MAX_DIAGNOSTICS),
    count("MAX_SHORTCODE_CALLS", MAX_SHORTCODE_CALLS),
    count("MAX_SHORTCODE_DEPTH", MAX_SHORTCODE_DEPTH),
    count("TEMPLATE_STEPS", TEMPLATE_STEPS),
    count("TEMPLATE_SEQ", TEMPLATE_SEQ),
    bytes("TEMPLATE_OUTPUT", TEMPLATE_OUTPUT),
    bytes("TEMPLATE_OUTPUT_PER_POST", TEMPLATE_OUTPUT_PER_POST),
    count("TEMPLATE_DEPTH", TEMPLATE_DEPTH),
    count("RENDER_DEPTH", RENDER_DEPTH),
    count("YAML_NODES", YAML_NODES),
    count("YAML_DEPTH", YAML_DEPTH),
    count("TOML_DEPTH", TOML_DEPTH),
    count("JSON_DEPTH", JSON_DEPTH),
    count("COMBINING_MARKS", COMBINING_MARKS),
    count("BLOCK_NESTING", BLOCK_NESTING),
    count("INLINE_NESTING", INLINE_NESTING),
    count("HTML_NESTING", HTML_NESTING),
    count("DOM_DEPTH", DOM_DEPTH),
    bytes("REOPENED_BYTES", REOPENED_BYTES),
    count("LIVE_EMBEDS", LIVE_EMBEDS),
    count("HIGHLIGHT_BLOCK_MS", HIGHLIGHT_BLOCK_MS),
    count("HIGHLIGHT_POST_MS", HIGHLIGHT_POST_MS),
];

/// The limit called `name`, as people read it: `10,000`, `4 MiB`.
pub fn describe(name: &str) -> Option<String> {
    let limit = ALL.iter().find(|l| l.name == name)?;
    Some(if limit.bytes { byte_size(limit.value) } else { thousands(limit.value) })
}

/// `n` bytes in the largest binary unit that divides it.
fn byte_size(n: usize) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{} MiB", thousands(n >> 20))
    } else if n >= 1 << 10 && n.is_multiple_of(1 << 10) {
        format!("{} KiB", thousands(n >> 10))
    } else {
        format!("{} bytes", thousands(n))
    }
}

/// `n` with a comma between thousands (`10,000`).
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// SECURITY.md's table of limits, one row per limit: what is limited, its
/// default (`{NAME}` is the constant's value, as [`describe`] writes it) and
/// the diagnostic that reports it. SECURITY.md holds [`security_table`]'s
/// output between its `limits` markers; a test keeps the two equal.
#[cfg(test)]
const SECURITY_ROWS: &[(&str, &str, &str)] = &[
    ("Input size", "{DEFAULT_MAX_INPUT_BYTES} (`recap: maxInputBytes`); the post renders up to the last whole line that fits", "`limits/input-too-large`"),
    ("A file `recap check` reads", "{MAX_FILE_BYTES}; larger files are reported, not read", "`io/too-large`"),
    ("Diagnostics per post", "{MAX_DIAGNOSTICS}; the rest are counted in one more", "`limits/too-many-diagnostics`"),
    ("Shortcode calls", "{MAX_SHORTCODE_CALLS} per post, calls that cannot be read included; later ones show as written", "`limits/too-many-shortcodes`"),
    ("Shortcode nesting", "{MAX_SHORTCODE_DEPTH} deep", "`shortcode/too-deep`"),
    ("Template work", "{TEMPLATE_STEPS} steps per call (loop iterations, partial calls, collections built); `seq` and `range N` at most {TEMPLATE_SEQ} items", "`shortcode/template`"),
    ("Template output", "{TEMPLATE_OUTPUT} per call (`strings.Repeat` included)", "`shortcode/template`"),
    ("All site templates' output in one post", "{TEMPLATE_OUTPUT_PER_POST}; later calls show as errors", "`limits/output-too-large`"),
    ("Partials and templates calling each other", "{TEMPLATE_DEPTH} deep", "`shortcode/template`"),
    ("Markdown rendered by templates rendering Markdown again", "{RENDER_DEPTH} deep; the innermost text shows as written", "`template/too-deep`"),
    ("YAML alias expansion (\"billion laughs\")", "{YAML_NODES} values", "`front-matter/yaml-syntax`"),
    ("YAML nesting", "{YAML_DEPTH} levels", "`front-matter/yaml-syntax`"),
    ("TOML nesting", "{TOML_DEPTH} levels", "`front-matter/toml-syntax`"),
    ("JSON nesting", "{JSON_DEPTH} levels (serde_json's)", "`front-matter/json-syntax`"),
    ("Combining marks after one character", "{COMBINING_MARKS} (UAX #15's stream-safe limit); the rest are dropped from the HTML", "`limits/combining-marks`"),
    ("Markdown containers (block quotes, lists) inside each other", "{BLOCK_NESTING} levels; deeper content renders at that depth", "`limits/nesting`"),
    ("Inline elements (emphasis, links …) inside each other", "{INLINE_NESTING} levels; deeper ones render their text", "`limits/nesting`"),
    ("Elements inside one piece of raw or template HTML", "{HTML_NESTING} levels; deeper elements are left out, their text kept", "`limits/nesting`"),
    ("DOM depth below the post's container", "{DOM_DEPTH} for any input, all pieces together", "`limits/nesting`"),
    ("Formatting carried on after the block that closed it (re-opened, as a browser does)", "{REOPENED_BYTES} of re-opened tags per post; past it, formatting ends with its block", "`limits/nesting`"),
    ("Live embeds in the DOM paths (`renderInto`, `Renderer`, `<recap-post embeds=\"direct\">`, the editor)", "{LIVE_EMBEDS} (`recap: maxLiveEmbeds`); the rest are click-to-load facades; the HTML string stays Hugo's", "`limits/live-embeds`"),
    ("Highlighting time, natively", "{HIGHLIGHT_BLOCK_MS} ms per code block, {HIGHLIGHT_POST_MS} ms per post; the rest is written plain", "`highlight/option`"),
];

/// SECURITY.md's table of limits (Markdown), built from [`SECURITY_ROWS`].
#[cfg(test)]
fn security_table() -> String {
    let mut out = String::from("| Limit | Default | Code |\n|---|---|---|\n");
    for (what, default, code) in SECURITY_ROWS {
        let mut text = String::new();
        let mut rest = *default;
        while let Some(open) = rest.find('{') {
            let close = open + rest[open..].find('}').expect("a closed placeholder");
            text.push_str(&rest[..open]);
            text.push_str(&describe(&rest[open + 1..close]).expect("a placeholder names a limit"));
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        out.push_str(&format!("| {what} | {text} | {code} |\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn security_md_lists_every_limit_as_limits_rs_has_it() {
        let doc = include_str!("../SECURITY.md");
        let begin = "<!-- limits: generated from src/limits.rs (security_table); a test keeps it equal -->\n";
        let start = doc.find(begin).expect("SECURITY.md has the limits marker") + begin.len();
        let end = start + doc[start..].find("<!-- /limits -->").expect("SECURITY.md closes the limits table");
        let table: String = doc[start..end].lines().map(str::trim_start).filter(|l| !l.is_empty()).map(|l| format!("{l}\n")).collect();
        if table != security_table() {
            eprintln!("{}", security_table());
        }
        assert_eq!(
            table,
            security_table(),
            "SECURITY.md's table of limits is not src/limits.rs's; paste security_table()'s output (above) there"
        );
        for limit in ALL {
            let used = SECURITY_ROWS.iter().any(|(_, default, _)| default.contains(&format!("{{{}}}", limit.name)));
            assert!(used, "{} is not in SECURITY.md's table (limits::SECURITY_ROWS)", limit.name);
        }
    }

    #[test]
    fn every_limit_is_in_the_table() {
        let source = include_str!("limits.rs");
        for line in source.lines() {
            if let Some(rest) = line.strip_prefix("pub const ") {
                let name = rest.split(':').next().unwrap();
                if name != "ALL" {
                    assert!(ALL.iter().any(|l| l.name == name), "{name} is missing from limits::ALL");
                }
            }
        }
    }

    #[test]
    fn limits_read_as_people_write_them() {
        assert_eq!(describe("MAX_SHORTCODE_CALLS").as_deref(), Some("10,000"));
        assert_eq!(describe("MAX_DIAGNOSTICS").as_deref(), Some("1,000"));
        assert_eq!(describe("DEFAULT_MAX_INPUT_BYTES").as_deref(), Some("4 MiB"));
        assert_eq!(describe("TEMPLATE_OUTPUT").as_deref(), Some("1 MiB"));
        assert_eq!(byte_size(1536), "1,536 bytes");
        assert_eq!(byte_size(2048), "2 KiB");
        assert_eq!(describe("NO_SUCH_LIMIT"), None);
    }
}
