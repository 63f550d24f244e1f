//! Every limit Recap puts on a post, in one place, with the wording SECURITY.md
//! uses for it. Each limit, when reached, is a diagnostic and a valid render of
//! what fits — never a failed call, never a hang.

/// Input size: the largest post rendered whole, by default (`recap: maxInputBytes`).
/// A longer post renders up to the last whole line that fits
/// (`limits/input-too-large`). Forty times the longest post in the sample corpus.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 4 << 20;

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

/// YAML alias expansion ("billion laughs"): values one front matter may expand to.
pub const YAML_NODES: usize = 100_000;

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

/// Live embeds (iframes) a post may have in the DOM at once by default; the
/// rest show as click-to-load facades (`recap: maxLiveEmbeds`).
pub const LIVE_EMBEDS: usize = 20;
