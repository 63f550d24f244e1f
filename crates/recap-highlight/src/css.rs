//! `hugo gen chromastyles`: the stylesheet for `markup.highlight.noClasses: false`,
//! with every option of Hugo 0.168.0's command (markup/highlight/chromastyles.go).

use crate::format::{css_overrides, FormatOptions};
use crate::style::{self, Entry, Style};
use crate::types::{self, TokenType, LINE_HIGHLIGHT, LINE_NUMBERS, LINE_NUMBERS_TABLE};

/// The options of `hugo gen chromastyles` (Hugo's `ChromaStylesOptions`).
#[derive(Debug, Clone)]
pub struct CssOptions {
    /// `--style`: the style's name (any case). Hugo's default is `friendly`.
    pub style: String,
    /// `--mode`: `light` or `dark`, to pick the style or its counterpart of that mode.
    pub mode: Option<String>,
    /// `--modeSelector`: every selector under `.dark ` or `.light ` (by the style's mode).
    pub mode_selector: bool,
    /// `--classDark` (default `dark`).
    pub class_dark: String,
    /// `--classLight` (default `light`).
    pub class_light: String,
    /// `--highlightStyle`: a style entry for highlighted lines (`#fff000 bg:#000fff`).
    pub highlight_style: String,
    /// `--lineNumbersInlineStyle`: a style entry for inline line numbers.
    pub line_numbers_inline_style: String,
    /// `--lineNumbersTableStyle`: a style entry for line numbers in a table.
    pub line_numbers_table_style: String,
    /// `--omitClassComments`: no `/* TokenName */` before each rule.
    pub omit_class_comments: bool,
}

impl Default for CssOptions {
    fn default() -> Self {
        CssOptions {
            style: "friendly".to_owned(),
            mode: None,
            mode_selector: false,
            class_dark: "dark".to_owned(),
            class_light: "light".to_owned(),
            highlight_style: String::new(),
            line_numbers_inline_style: String::new(),
            line_numbers_table_style: String::new(),
            omit_class_comments: false,
        }
    }
}

/// The stylesheet `hugo gen chromastyles` prints after its header line.
///
/// # Errors
/// Hugo's messages: an unknown style or mode, a style without the asked mode,
/// an invalid style entry.
pub fn chroma_styles_css(o: &CssOptions) -> Result<String, String> {
    let name = o.style.to_lowercase();
    let registry = style::registry();
    if !registry.contains_key(&name) {
        return Err(format!("invalid style: {name}"));
    }
    let mut chosen: &Style = &registry[&name];
    if let Some(mode) = o.mode.as_deref().filter(|m| !m.is_empty()) {
        let dark = match mode {
            "light" => false,
            "dark" => true,
            _ => return Err(format!("invalid mode: {mode}")),
        };
        // styles.GetForMode: the style if it has the mode, else its counterpart if that has it.
        if chosen.is_dark() != dark {
            if let Some(other) = registry.get(&chosen.counterpart).filter(|c| c.is_dark() == dark) {
                chosen = other;
            }
        }
        if chosen.is_dark() != dark {
            return Err(format!("style {name:?} does not have a {mode:?} mode"));
        }
    }
    let mut style = chosen.clone();
    for (t, entry) in [
        (LINE_HIGHLIGHT, &o.highlight_style),
        (LINE_NUMBERS, &o.line_numbers_inline_style),
        (LINE_NUMBERS_TABLE, &o.line_numbers_table_style),
    ] {
        if !entry.is_empty() {
            add(&mut style, t, entry)?;
        }
    }
    let f = FormatOptions { custom_css: css_overrides(&style), ..Default::default() };
    let mut css = String::new();
    f.write_css_with(&mut css, &style, !o.omit_class_comments);
    if o.mode_selector {
        let class = if style.is_dark() { &o.class_dark } else { &o.class_light };
        let class = if class.is_empty() {
            if style.is_dark() {
                "dark"
            } else {
                "light"
            }
        } else {
            class.as_str()
        };
        let prefix = format!(".{class} ");
        // Hugo's strings.Replacer: one pass, the two patterns at each position.
        css = replace_both(&css, &[(".bg {", &format!("{prefix}.bg {{")), (".chroma ", &format!("{prefix}.chroma "))]);
    }
    Ok(css)
}

/// StyleBuilder.Add on the style's own entries: an entry that parses to
/// nothing leaves the style's (or the synthesised) one in place.
fn add(style: &mut Style, t: TokenType, text: &str) -> Result<(), String> {
    let entry = Entry::parse_checked(text).map_err(|e| format!("invalid entry for {}: {e}", types::name(t).unwrap_or("")))?;
    if !entry.is_zero() {
        style.entries.insert(t, entry);
    }
    Ok(())
}

/// Replaces each pattern where it occurs, left to right, never inside a replacement.
fn replace_both(text: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut i = 0;
    'outer: while i < text.len() {
        for (from, to) in pairs {
            if text[i..].starts_with(from) {
                out.push_str(to);
                i += from.len();
                continue 'outer;
            }
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_pick_the_counterpart_or_say_there_is_none() {
        let dark = CssOptions { style: "github".into(), mode: Some("dark".into()), ..Default::default() };
        let light = CssOptions { style: "github".into(), ..Default::default() };
        assert_ne!(chroma_styles_css(&dark).unwrap(), chroma_styles_css(&light).unwrap());
        let gh_dark = CssOptions { style: "github-dark".into(), ..Default::default() };
        assert_eq!(chroma_styles_css(&dark).unwrap(), chroma_styles_css(&gh_dark).unwrap());
        let none = CssOptions { style: "dracula".into(), mode: Some("light".into()), ..Default::default() };
        assert_eq!(chroma_styles_css(&none).unwrap_err(), "style \"dracula\" does not have a \"light\" mode");
        let bad = CssOptions { style: "monokai".into(), mode: Some("dim".into()), ..Default::default() };
        assert_eq!(chroma_styles_css(&bad).unwrap_err(), "invalid mode: dim");
        let unknown = CssOptions { style: "Nope".into(), ..Default::default() };
        assert_eq!(chroma_styles_css(&unknown).unwrap_err(), "invalid style: nope");
    }

    #[test]
    fn entries_are_checked_as_chroma_parses_them() {
        let o = CssOptions { style: "monokai".into(), highlight_style: "#zz".into(), ..Default::default() };
        assert_eq!(chroma_styles_css(&o).unwrap_err(), "invalid entry for LineHighlight: invalid colour \"#zz\"");
        let o = CssOptions { style: "monokai".into(), line_numbers_table_style: "shiny".into(), ..Default::default() };
        assert_eq!(chroma_styles_css(&o).unwrap_err(), "invalid entry for LineNumbersTable: unknown style element \"shiny\"");
        let o = CssOptions { style: "monokai".into(), highlight_style: "#fff000 bg:#000fff".into(), ..Default::default() };
        assert!(chroma_styles_css(&o).unwrap().contains("/* LineHighlight */ .chroma .hl { color:#fff000;background-color:#000fff }"));
    }

    #[test]
    fn the_mode_selector_scopes_every_rule() {
        let o = CssOptions { style: "github-dark".into(), mode_selector: true, omit_class_comments: true, ..Default::default() };
        let css = chroma_styles_css(&o).unwrap();
        assert!(css.starts_with(".dark .bg {"), "{css}");
        assert!(css.lines().all(|l| l.is_empty() || l.starts_with(".dark ")), "{css}");
    }
}
