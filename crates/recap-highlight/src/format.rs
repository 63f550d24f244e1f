//! Chroma's HTML formatter (formatters/html/html.go) and its CSS, as Hugo
//! configures them (markup/highlight/highlight.go, chromastyles.go).

use crate::map::Map;
use crate::num::decimal;
use crate::style::{Entry, Style};
use crate::text::cat;
use crate::types::{
    self, Token, TokenType, BACKGROUND, CODE_LINE, LINE, LINE_HIGHLIGHT, LINE_LINK, LINE_NUMBERS, LINE_NUMBERS_TABLE, LINE_TABLE,
    LINE_TABLE_TD, PRE_WRAPPER,
};
use std::fmt::Write;

/// The CSS of each token type, for writing HTML with one style and options.
pub(crate) type Css = Map<TokenType, String>;

/// What a `Css` depends on: the style, classes or inline styles, the tab
/// width, whether lines are highlighted.
pub(crate) type CssKey = (String, bool, i64, bool);

/// The formatter's options (html.Option), as Hugo sets them.
#[derive(Debug, Clone, Default)]
pub(crate) struct FormatOptions {
    pub classes: bool,
    pub tab_width: i64,
    pub line_numbers: bool,
    pub line_numbers_in_table: bool,
    pub linkable_line_numbers: bool,
    /// The line anchors' prefix, HTML-escaped: it goes into `id` and `href`
    /// values, and a fence's attributes set it (Chroma writes it raw).
    pub line_numbers_id_prefix: String,
    pub highlight_ranges: Vec<(i64, i64)>,
    pub base_line_number: i64,
    pub inline_code: bool,
    pub custom_css: Map<TokenType, String>,
}

/// The pre wrapper: Hugo's `<pre tabindex="0"><code class="language-X" data-lang="X">`
/// or, for hl_inline, `<code class="code-inline language-X">`.
pub(crate) enum Wrapper<'a> {
    Pre { lang: &'a str },
    Inline { lang: &'a str },
}

impl Wrapper<'_> {
    fn start(&self, code: bool, style_attr: &str, out: &mut String) {
        match self {
            Wrapper::Pre { lang } => write_pre_start(out, if code { lang } else { "" }, style_attr),
            Wrapper::Inline { lang } => {
                if code {
                    out.push_str(&inline_code_start(lang));
                }
            }
        }
    }
    fn end(&self, code: bool, out: &mut String) {
        match self {
            Wrapper::Pre { .. } => out.push_str("</code></pre>"),
            Wrapper::Inline { .. } => {
                if code {
                    out.push_str("</code>")
                }
            }
        }
    }
}

/// highlight.WritePreStart.
pub(crate) fn write_pre_start(out: &mut String, lang: &str, style_attr: &str) {
    out.push_str("<pre tabindex=\"0\"");
    out.push_str(style_attr);
    out.push_str("><code");
    if !lang.is_empty() {
        let l = escape(lang);
        out.push_str(" class=\"language-");
        out.push_str(&l);
        out.push_str("\" data-lang=\"");
        out.push_str(&l);
        out.push('"');
    }
    out.push('>');
}

/// highlight.inlineCodeAttrs wrapped in `<code…>`.
pub(crate) fn inline_code_start(lang: &str) -> String {
    cat(&["<code class=\"code-inline language-", &escape(lang), "\">"])
}

/// Go's html.EscapeString.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    escape_into(&mut out, s);
    out
}

pub(crate) fn escape_into(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'&' => "&amp;",
            b'\'' => "&#39;",
            b'"' => "&#34;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// html.compressStyle: each `;`-separated part with its runs of white space
/// as one space, its first `": "` as `":"`, and a colour `#aabbcc` at its end
/// as `#abc`. (Built in one string: the module is smaller without the joins.)
fn compress_style(s: &str) -> String {
    let mut out = String::new();
    for (n, part) in s.split(';').enumerate() {
        if n > 0 {
            out.push(';');
        }
        let start = out.len();
        for (k, word) in part.split_whitespace().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
        if let Some(i) = crate::text::find(&out[start..], ": ") {
            out.remove(start + i + 1);
        }
        let p = &out[start..];
        if p.contains('#') && p.len() >= 6 && p.is_char_boundary(p.len() - 6) {
            let c: [u8; 6] = p.as_bytes()[p.len() - 6..].try_into().unwrap_or_default();
            if c[0] == c[1] && c[2] == c[3] && c[4] == c[5] {
                out.truncate(out.len() - 6);
                for b in [c[0], c[2], c[4]] {
                    out.push(b as char);
                }
            }
        }
    }
    out
}

impl FormatOptions {
    fn tab_width_style(&self) -> String {
        if self.tab_width != 0 && self.tab_width != 8 {
            let w = decimal(self.tab_width);
            cat(&["-moz-tab-size: ", &w, "; -o-tab-size: ", &w, "; tab-size: ", &w, ";"])
        } else {
            String::new()
        }
    }

    /// html.Formatter.styleToCSS.
    fn style_to_css(&self, style: &Style) -> Map<TokenType, String> {
        let mut classes: Map<TokenType, String> = Map::new();
        let bg = style.get(BACKGROUND);
        for t in types::standard_types() {
            let mut entry = style.get(t);
            if t != BACKGROUND {
                entry = entry.sub(&bg);
            }
            let cat = types::category(t);
            let sub = types::sub_category(t);
            if t != cat {
                if let Some(css) = self.custom_css.get(&cat) {
                    classes.insert(t, css.clone());
                }
            }
            if cat != sub {
                if let Some(css) = self.custom_css.get(&sub) {
                    classes.or_default(t).push_str(css);
                }
            }
            if let Some(css) = self.custom_css.get(&t) {
                classes.or_default(t).push_str(css);
            }
            let existing = classes.get(&t).cloned().unwrap_or_default();
            if entry.is_zero() && existing.is_empty() {
                continue;
            }
            let mut css = entry.to_css();
            if !css.is_empty() && !existing.is_empty() {
                css.push(';');
            }
            classes.insert(t, css + &existing);
        }
        let tab = self.tab_width_style();
        let bg = classes.or_default(BACKGROUND);
        bg.push(';');
        bg.push_str(&tab);
        let bgcss = classes[&BACKGROUND].clone();
        let pw = classes.or_default(PRE_WRAPPER);
        pw.push_str(&bgcss);
        pw.push_str(" -webkit-text-size-adjust: none;");
        if !self.highlight_ranges.is_empty() && self.custom_css.get(&PRE_WRAPPER).is_none_or(|s| s.is_empty()) {
            pw.push_str("display: grid;");
        }
        let ln = "white-space: pre; -webkit-user-select: none; user-select: none; margin-right: 0.4em; padding: 0 0.4em 0 0.4em;";
        let prefix = |classes: &mut Map<TokenType, String>, t: TokenType, p: &str| {
            let cur = classes.get(&t).cloned().unwrap_or_default();
            classes.insert(t, cat(&[p, &cur]));
        };
        prefix(&mut classes, LINE, "display: flex;");
        prefix(&mut classes, LINE_NUMBERS, ln);
        prefix(&mut classes, LINE_NUMBERS_TABLE, ln);
        prefix(&mut classes, LINE_TABLE, "border-spacing: 0; padding: 0; margin: 0; border: 0;");
        prefix(&mut classes, LINE_TABLE_TD, "vertical-align: top; padding: 0; margin: 0; border: 0;");
        prefix(&mut classes, LINE_LINK, "outline: none; text-decoration: none; color: inherit");
        classes
    }

    /// What the CSS for writing HTML depends on (a key to keep it by).
    pub(crate) fn css_key(&self, style: &Style) -> CssKey {
        (style.name.clone(), self.classes, self.tab_width, !self.highlight_ranges.is_empty())
    }

    /// The CSS for writing HTML with these options (see `css`).
    pub(crate) fn html_css(&self, style: &Style) -> Css {
        self.css(style, true)
    }

    /// styleCache.get: compressed once when inline styles are used, once more
    /// when asked (writing HTML).
    fn css(&self, style: &Style, compress: bool) -> Map<TokenType, String> {
        let mut css = self.style_to_css(style);
        if !self.classes {
            for v in css.values_mut() {
                *v = compress_style(v);
            }
        }
        if compress {
            for v in css.values_mut() {
                *v = compress_style(v);
            }
        }
        css
    }

    fn class(&self, mut t: TokenType) -> &'static str {
        while t != 0 {
            if let Some(c) = types::standard_class(t) {
                return c;
            }
            t = types::parent(t);
        }
        ""
    }

    fn style_attr(&self, css: &Map<TokenType, String>, tt: TokenType, extra: Option<&str>) -> String {
        if self.classes {
            let c = self.class(tt);
            return if c.is_empty() { String::new() } else { cat(&[" class=\"", c, "\""]) };
        }
        let mut t = tt;
        if !css.contains_key(&t) {
            t = types::sub_category(t);
            if !css.contains_key(&t) {
                t = types::category(t);
                if !css.contains_key(&t) {
                    return String::new();
                }
            }
        }
        match extra {
            Some(e) => cat(&[" style=\"", &css[&t], ";", e, "\""]),
            None => cat(&[" style=\"", &css[&t], "\""]),
        }
    }

    fn should_highlight(&self, mut index: usize, line: i64) -> (bool, bool) {
        let mut next = false;
        while index < self.highlight_ranges.len() && line > self.highlight_ranges[index].1 {
            index += 1;
            next = true;
        }
        if index < self.highlight_ranges.len() {
            let r = self.highlight_ranges[index];
            if line >= r.0 && line <= r.1 {
                return (true, next);
            }
        }
        (false, next)
    }

    fn line_id(&self, line: i64) -> String {
        cat(&[&self.line_numbers_id_prefix, &decimal(line)])
    }

    fn line_id_attr(&self, line: i64) -> String {
        if self.linkable_line_numbers {
            cat(&[" id=\"", &self.line_id(line), "\""])
        } else {
            String::new()
        }
    }

    fn line_title(&self, css: &Map<TokenType, String>, digits: usize, line: i64) -> String {
        // `{line:>digits$}`: padded on the left with spaces.
        let n = decimal(line);
        let mut title = String::new();
        for _ in n.len()..digits {
            title.push(' ');
        }
        title.push_str(&n);
        if !self.linkable_line_numbers {
            return title;
        }
        cat(&["<a", &self.style_attr(css, LINE_LINK, None), " href=\"#", &self.line_id(line), "\">", &title, "</a>"])
    }

    /// html.Formatter.writeHTML (not standalone), with the CSS of `html_css`.
    pub(crate) fn write_html(&self, out: &mut String, css: &Map<TokenType, String>, tokens: &[Token], wrapper: &Wrapper) {
        let mut ranges = self.highlight_ranges.clone();
        ranges.sort_by_key(|r| r.0);
        let this = FormatOptions { highlight_ranges: ranges, ..self.clone() };
        let f = &this;
        let wrap_in_table = f.line_numbers && f.line_numbers_in_table;
        let lines = split_tokens_into_lines(tokens);
        let digits = decimal(f.base_line_number + lines.len() as i64 - 1).len();
        let prewrap = f.style_attr(css, PRE_WRAPPER, None);
        if wrap_in_table {
            out.push_str(&cat(&["<div", &prewrap, ">\n<table", &f.style_attr(css, LINE_TABLE, None), "><tr><td"]));
            out.push_str(&f.style_attr(css, LINE_TABLE_TD, None));
            out.push_str(">\n");
            wrapper.start(false, &prewrap, out);
            let mut hi = 0;
            for index in 0..lines.len() {
                let line = f.base_line_number + index as i64;
                let (h, next) = f.should_highlight(hi, line);
                if next {
                    hi += 1;
                }
                if h {
                    out.push_str(&cat(&["<span", &f.style_attr(css, LINE_HIGHLIGHT, None), ">"]));
                }
                out.push_str(&cat(&[
                    "<span",
                    &f.style_attr(css, LINE_NUMBERS_TABLE, None),
                    &f.line_id_attr(line),
                    ">",
                    &f.line_title(css, digits, line),
                    "\n</span>",
                ]));
                if h {
                    out.push_str("</span>");
                }
            }
            wrapper.end(false, out);
            out.push_str("</td>\n");
            out.push_str(&cat(&["<td", &f.style_attr(css, LINE_TABLE_TD, Some("width:100%")), ">\n"]));
        }
        wrapper.start(true, &prewrap, out);
        let mut hi = 0;
        let get = |t: TokenType| css.get(&t).map(String::as_str).unwrap_or("");
        // Token types' attributes, worked out once per type in this block.
        let mut attrs: Vec<(TokenType, String)> = Vec::new();
        let line_attr = f.style_attr(css, LINE, None);
        let code_line_attr = f.style_attr(css, CODE_LINE, None);
        for (index, toks) in lines.iter().enumerate() {
            let line = f.base_line_number + index as i64;
            let (h, next) = f.should_highlight(hi, line);
            if next {
                hi += 1;
            }
            if !f.inline_code {
                out.push_str("<span");
                if h {
                    if f.classes {
                        out.push_str(&cat(&[" class=\"", f.class(LINE), " ", f.class(LINE_HIGHLIGHT), "\""]));
                    } else {
                        out.push_str(&cat(&[" style=\"", get(LINE), " ", get(LINE_HIGHLIGHT), "\""]));
                    }
                    out.push('>');
                } else {
                    out.push_str(&line_attr);
                    out.push('>');
                }
                if f.line_numbers && !wrap_in_table {
                    out.push_str(&cat(&[
                        "<span",
                        &f.style_attr(css, LINE_NUMBERS, None),
                        &f.line_id_attr(line),
                        ">",
                        &f.line_title(css, digits, line),
                        "</span>",
                    ]));
                }
                out.push_str("<span");
                out.push_str(&code_line_attr);
                out.push('>');
            }
            for &(ty, value) in toks {
                let i = match attrs.iter().position(|a| a.0 == ty) {
                    Some(i) => i,
                    None => {
                        attrs.push((ty, f.style_attr(css, ty, None)));
                        attrs.len() - 1
                    }
                };
                let attr = &attrs[i].1;
                if attr.is_empty() {
                    escape_into(out, value);
                } else {
                    out.push_str("<span");
                    out.push_str(attr);
                    out.push('>');
                    escape_into(out, value);
                    out.push_str("</span>");
                }
            }
            if !f.inline_code {
                out.push_str("</span></span>");
            }
        }
        wrapper.end(true, out);
        if wrap_in_table {
            out.push_str("</td></tr></table>\n</div>\n");
        }
    }

    /// html.Formatter.WriteCSS (no line numbers, no mode classes).
    pub(crate) fn write_css(&self, out: &mut String, style: &Style) {
        self.write_css_with(out, style, true);
    }

    /// WriteCSS, with or without the token names as comments (html.WithCSSComments).
    pub(crate) fn write_css_with(&self, out: &mut String, style: &Style, comments: bool) {
        let css = self.css(style, false);
        let rule = |out: &mut String, comment: &str, selector: &str, styles: &str| {
            if styles.is_empty() {
                return;
            }
            if comments && !comment.is_empty() {
                let _ = write!(out, "/* {comment} */ ");
            }
            let _ = writeln!(out, "{selector} {{ {styles} }}");
        };
        let g = |t| css.get(&t).map(String::as_str).unwrap_or("");
        rule(out, "Background", ".bg", g(BACKGROUND));
        rule(out, "PreWrapper", ".chroma", g(PRE_WRAPPER));
        let mut tts: Vec<TokenType> = css.keys().copied().collect();
        tts.sort();
        for t in tts {
            if t == BACKGROUND || t == PRE_WRAPPER {
                continue;
            }
            let class = self.class(t);
            if class.is_empty() {
                continue;
            }
            rule(out, types::name(t).unwrap_or(""), &format!(".chroma .{class}"), &css[&t]);
        }
    }
}

/// chroma.SplitTokensIntoLines (the pieces borrowed from the tokens).
pub(crate) fn split_tokens_into_lines(tokens: &[Token]) -> Vec<Vec<(TokenType, &str)>> {
    let mut out: Vec<Vec<(TokenType, &str)>> = Vec::new();
    let mut line: Vec<(TokenType, &str)> = Vec::new();
    for token in tokens {
        let mut value: &str = &token.value;
        let mut emptied = false;
        while let Some(i) = value.find('\n') {
            line.push((token.ty, &value[..=i]));
            out.push(std::mem::take(&mut line));
            value = &value[i + 1..];
            if value.is_empty() {
                emptied = true;
                break;
            }
        }
        if !emptied {
            line.push((token.ty, value));
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    if let Some(last) = out.last() {
        if last.len() == 1 && last[0].1.is_empty() {
            out.pop();
        }
    }
    out
}

/// Hugo's chromaCSSOverrides: leaf token colours equal to the default foreground,
/// which Chroma's minifier would drop.
pub(crate) fn css_overrides(style: &Style) -> Map<TokenType, String> {
    let bg = style.get(BACKGROUND);
    let mut m = Map::new();
    let all: Vec<TokenType> = types::standard_types().collect();
    for &tt in &all {
        if tt == BACKGROUND || !style.has(tt) {
            continue;
        }
        let leaf = !all.iter().any(|&o| o != tt && (types::category(o) == tt || types::sub_category(o) == tt));
        if !leaf {
            continue;
        }
        let entry = style.get(tt);
        if !entry.sub(&bg).is_zero() || !entry.colour.is_set() {
            continue;
        }
        let css = Entry { colour: entry.colour, ..Entry::default() }.to_css();
        if !css.is_empty() {
            m.insert(tt, css);
        }
    }
    m
}

#[cfg(test)]
mod tests {
    /// compress_style as it was first written (one string per part, joined).
    fn compress_style_joined(s: &str) -> String {
        let mut out: Vec<String> = Vec::new();
        for p in s.split(';') {
            let mut p = p.split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some(i) = p.find(": ") {
                p.replace_range(i..i + 2, ":");
            }
            if p.contains('#') && p.len() >= 6 && p.is_char_boundary(p.len() - 6) {
                let c = p.as_bytes()[p.len() - 6..].to_vec();
                if c[0] == c[1] && c[2] == c[3] && c[4] == c[5] {
                    let head = p[..p.len() - 6].to_string();
                    p = format!("{}{}{}{}", head, c[0] as char, c[2] as char, c[4] as char);
                }
            }
            out.push(p);
        }
        out.join(";")
    }

    #[test]
    fn compress_style_as_joined() {
        for s in [
            "",
            ";",
            "color: #ffffff; background-color: #272822",
            "  color:   #aabbcc ;;font-weight: bold;  ",
            "color: #aabbc",
            "a: b: #112233",
            "x#\u{e9}\u{e9}\u{e9}",
            "#\u{e9}\u{e9}\u{e9}",
            "border:1px solid #000000\t; -moz-tab-size: 4",
            "é: #é\u{a0}ffffff",
        ] {
            assert_eq!(super::compress_style(s), compress_style_joined(s), "{s:?}");
        }
    }
}
