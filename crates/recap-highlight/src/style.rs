//! Chroma's styles (style.go, colour.go) from the generated table
//! (`data/styles.txt`, Chroma's styles/*.xml): entries, inheritance and the
//! colours Chroma synthesises for line numbers and highlighted lines.

use crate::types::{self, TokenType, BACKGROUND, LINE_HIGHLIGHT, LINE_NUMBERS, LINE_NUMBERS_TABLE, TEXT};

const STYLES: &str = include_str!("data/styles.txt");

/// A colour: 0 is unset, otherwise RGB + 1 (chroma.Colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Colour(i32);

impl Colour {
    pub(crate) fn is_set(self) -> bool {
        self.0 != 0
    }
    fn new(r: u8, g: u8, b: u8) -> Colour {
        Colour(((r as i32) << 16 | (g as i32) << 8 | b as i32) + 1)
    }
    fn red(self) -> u8 {
        ((self.0 - 1) >> 16 & 0xff) as u8
    }
    fn green(self) -> u8 {
        ((self.0 - 1) >> 8 & 0xff) as u8
    }
    fn blue(self) -> u8 {
        ((self.0 - 1) & 0xff) as u8
    }
    fn brightness(self) -> f64 {
        (self.red() as f64 + self.green() as f64 + self.blue() as f64) / 255.0 / 3.0
    }
    fn brighten(self, mut factor: f64) -> Colour {
        let (mut r, mut g, mut b) = (self.red() as f64, self.green() as f64, self.blue() as f64);
        if factor < 0.0 {
            factor += 1.0;
            r *= factor;
            g *= factor;
            b *= factor;
        } else {
            r = (255.0 - r) * factor + r;
            g = (255.0 - g) * factor + g;
            b = (255.0 - b) * factor + b;
        }
        Colour::new(r as u8, g as u8, b as u8)
    }
    fn brighten_or_darken(self, factor: f64) -> Colour {
        if self.brightness() < 0.5 {
            self.brighten(factor)
        } else {
            self.brighten(-factor)
        }
    }
    fn parse(s: &str) -> Colour {
        let ansi = match s {
            "#ansiblack" | "#black" => Some("000000"),
            "#ansidarkred" | "#darkred" => Some("7f0000"),
            "#ansidarkgreen" | "#darkgreen" => Some("007f00"),
            "#ansibrown" | "#brown" => Some("7f7fe0"),
            "#ansidarkblue" | "#darkblue" => Some("00007f"),
            "#ansipurple" | "#purple" => Some("7f007f"),
            "#ansiteal" | "#teal" => Some("007f7f"),
            "#ansilightgray" | "#lightgray" => Some("e5e5e5"),
            "#ansidarkgray" | "#darkgray" => Some("555555"),
            "#ansired" | "#red" => Some("ff0000"),
            "#ansigreen" | "#green" => Some("00ff00"),
            "#ansiyellow" | "#yellow" => Some("ffff00"),
            "#ansiblue" | "#blue" => Some("0000ff"),
            "#ansifuchsia" | "#fuchsia" => Some("ff00ff"),
            "#ansiturquoise" | "#turquoise" => Some("00ffff"),
            "#ansiwhite" | "#white" => Some("ffffff"),
            _ => None,
        };
        let hex: String = match ansi {
            Some(h) => h.to_string(),
            None => {
                let h = s.strip_prefix('#').unwrap_or(s);
                if s.starts_with('#') && h.len() == 3 {
                    let mut twice = String::new();
                    for c in h.chars() {
                        twice.push(c);
                        twice.push(c);
                    }
                    twice
                } else {
                    h.to_string()
                }
            }
        };
        match crate::num::unsigned::<u32>(&hex, 16) {
            Some(n) if !hex.starts_with('+') => Colour(n as i32 + 1),
            _ => Colour(0),
        }
    }
}

impl Colour {
    /// `#rrggbb`, as chroma.Colour.String writes it.
    pub(crate) fn text(self) -> String {
        let mut s = String::from("#");
        s.push_str(&crate::num::hex((self.0 - 1) as u32 as u64, 6));
        s
    }
}

impl std::fmt::Display for Colour {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Trilean {
    #[default]
    Pass,
    Yes,
    No,
}

/// chroma.StyleEntry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Entry {
    pub colour: Colour,
    pub background: Colour,
    pub border: Colour,
    pub bold: Trilean,
    pub italic: Trilean,
    pub underline: Trilean,
    pub no_inherit: bool,
}

impl Entry {
    pub(crate) fn parse(s: &str) -> Entry {
        let mut e = Entry::default();
        for part in s.split_whitespace() {
            match part {
                "italic" => e.italic = Trilean::Yes,
                "noitalic" => e.italic = Trilean::No,
                "bold" => e.bold = Trilean::Yes,
                "nobold" => e.bold = Trilean::No,
                "underline" => e.underline = Trilean::Yes,
                "nounderline" => e.underline = Trilean::No,
                "inherit" => e.no_inherit = false,
                "noinherit" => e.no_inherit = true,
                "bg:" => e.background = Colour(0),
                _ if part.starts_with("bg:#") => e.background = Colour::parse(&part[3..]),
                _ if part.starts_with("border:#") => e.border = Colour::parse(&part[7..]),
                _ if part.starts_with('#') => e.colour = Colour::parse(part),
                _ => {}
            }
        }
        e
    }

    /// chroma.ParseStyleEntry with its errors (user input: `--highlightStyle`).
    pub(crate) fn parse_checked(s: &str) -> Result<Entry, String> {
        for part in s.split_whitespace() {
            let colour = |what: &str, text: &str| {
                if Colour::parse(text).is_set() {
                    Ok(())
                } else {
                    Err(format!("invalid {what}colour {part:?}"))
                }
            };
            match part {
                "italic" | "noitalic" | "bold" | "nobold" | "underline" | "nounderline" | "inherit" | "noinherit" | "bg:" => {}
                _ if part.starts_with("bg:#") => colour("background ", &part[3..])?,
                _ if part.starts_with("border:#") => colour("border ", &part[7..])?,
                _ if part.starts_with('#') => colour("", part)?,
                _ => return Err(format!("unknown style element {part:?}")),
            }
        }
        Ok(Entry::parse(s))
    }

    pub(crate) fn is_zero(&self) -> bool {
        *self == Entry::default()
    }

    pub(crate) fn sub(&self, e: &Entry) -> Entry {
        let mut out = Entry::default();
        if e.colour != self.colour {
            out.colour = self.colour;
        }
        if e.background != self.background {
            out.background = self.background;
        }
        if e.bold != self.bold {
            out.bold = self.bold;
        }
        if e.italic != self.italic {
            out.italic = self.italic;
        }
        if e.underline != self.underline {
            out.underline = self.underline;
        }
        if e.border != self.border {
            out.border = self.border;
        }
        out
    }

    /// Ancestors oldest first.
    fn inherit(&self, ancestors: &[Entry]) -> Entry {
        let mut out = *self;
        for a in ancestors.iter().rev() {
            if out.no_inherit {
                return out;
            }
            if !out.colour.is_set() {
                out.colour = a.colour;
            }
            if !out.background.is_set() {
                out.background = a.background;
            }
            if !out.border.is_set() {
                out.border = a.border;
            }
            if out.bold == Trilean::Pass {
                out.bold = a.bold;
            }
            if out.italic == Trilean::Pass {
                out.italic = a.italic;
            }
            if out.underline == Trilean::Pass {
                out.underline = a.underline;
            }
        }
        out
    }

    /// html.StyleEntryToCSS.
    pub(crate) fn to_css(self) -> String {
        let mut s = String::new();
        // The declarations, "; "-separated.
        let mut add = |d: &str| {
            if !s.is_empty() {
                s.push_str("; ");
            }
            s.push_str(d);
        };
        if self.colour.is_set() {
            add(&crate::text::cat(&["color: ", &self.colour.text()]));
        }
        if self.background.is_set() {
            add(&crate::text::cat(&["background-color: ", &self.background.text()]));
        }
        if self.bold == Trilean::Yes {
            add("font-weight: bold");
        }
        if self.italic == Trilean::Yes {
            add("font-style: italic");
        }
        if self.underline == Trilean::Yes {
            add("text-decoration: underline");
        }
        s
    }
}

/// A style (chroma.Style).
#[derive(Debug, Clone)]
pub struct Style {
    pub name: String,
    /// The lower-case name of its opposite-mode style (styles.RegisterPair), or empty.
    pub(crate) counterpart: String,
    pub(crate) entries: Vec<(TokenType, Entry)>,
}

fn synthesisable(t: TokenType) -> bool {
    t == LINE_HIGHLIGHT || t == LINE_NUMBERS || t == LINE_NUMBERS_TABLE
}

impl Style {
    /// Sets a type's own entry.
    pub(crate) fn set(&mut self, t: TokenType, e: Entry) {
        match self.entries.iter_mut().find(|x| x.0 == t) {
            Some(x) => x.1 = e,
            None => self.entries.push((t, e)),
        }
    }

    fn raw(&self, t: TokenType) -> Entry {
        let out = self.entries.iter().find(|e| e.0 == t).map(|e| e.1).unwrap_or_default();
        if out.is_zero() && synthesisable(t) {
            return self.synthesise(t);
        }
        out
    }

    fn synthesise(&self, t: TokenType) -> Entry {
        let bg = self.raw(BACKGROUND);
        let text = Entry { colour: bg.colour.brighten_or_darken(0.5), ..Entry::default() };
        match t {
            LINE_HIGHLIGHT => Entry { background: bg.background.brighten_or_darken(0.1), ..Entry::default() },
            LINE_NUMBERS | LINE_NUMBERS_TABLE => text,
            _ => Entry::default(),
        }
    }

    /// Style.Get: the entry with its ancestors' values filled in.
    pub(crate) fn get(&self, t: TokenType) -> Entry {
        self.raw(t).inherit(&[self.raw(BACKGROUND), self.raw(TEXT), self.raw(types::category(t)), self.raw(types::sub_category(t))])
    }

    /// Style.Mode: dark when the background's background colour is set and dark.
    pub(crate) fn is_dark(&self) -> bool {
        let bg = self.raw(BACKGROUND).background;
        bg.is_set() && bg.brightness() < 0.5
    }

    /// Style.Has.
    pub(crate) fn has(&self, t: TokenType) -> bool {
        !self.raw(t).is_zero() || synthesisable(t)
    }
}

/// Styles parsed from the generated data (Chroma's styles/*.xml), in order.
pub(crate) fn parse(text: &str) -> Vec<Style> {
    let mut out: Vec<Style> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let a = f.next().unwrap_or("");
        let b = f.next().unwrap_or("");
        if a == "style" {
            let counterpart = f.next().unwrap_or("").to_string();
            out.push(Style { name: b.to_string(), counterpart, entries: Vec::new() });
        } else if let (Some(s), Some(t)) = (out.last_mut(), crate::num::signed::<TokenType>(a, 10)) {
            s.set(t, Entry::parse(b));
        }
    }
    out
}

/// The built-in styles' data: the default one, and with the `all-styles`
/// feature every other one (the browser's module adds those at run time, see
/// [`Styles::add`]).
fn builtin_data() -> impl Iterator<Item = &'static str> {
    let other: &[&str] = if cfg!(feature = "all-styles") { &[STYLES_OTHER] } else { &[] };
    std::iter::once(STYLES).chain(other.iter().copied())
}

#[cfg(feature = "all-styles")]
const STYLES_OTHER: &str = include_str!("data/styles-other.txt");
#[cfg(not(feature = "all-styles"))]
const STYLES_OTHER: &str = "";

/// The styles a highlighter knows (styles.Registry): the built-in ones and
/// those added at run time.
pub(crate) struct Styles {
    list: Vec<Style>,
    /// Every Chroma style is here (built in, or the other styles' data was added).
    complete: bool,
}

/// A style that is not here yet: the other styles' data must be added first.
#[derive(Debug)]
pub(crate) struct NeedStyles;

impl Styles {
    pub(crate) fn builtin() -> Styles {
        let mut list = Vec::new();
        for data in builtin_data() {
            list.extend(parse(data));
        }
        Styles { list, complete: cfg!(feature = "all-styles") }
    }

    /// Adds styles' data (the other styles' chunk); a style of the same name is replaced.
    pub(crate) fn add(&mut self, text: &str) {
        for s in parse(text) {
            let name = crate::case::lower(&s.name);
            self.list.retain(|o| crate::case::lower(&o.name) != name);
            self.list.push(s);
        }
        self.complete = true;
    }

    fn find(&self, lower: &str) -> Option<&Style> {
        self.list.iter().find(|s| crate::case::lower(&s.name) == lower)
    }

    /// styles.Get: the named style (case-insensitive), or the fallback, swapoff.
    pub(crate) fn get(&self, name: &str) -> Result<&Style, NeedStyles> {
        if let Some(s) = self.find(&crate::case::lower(name)) {
            return Ok(s);
        }
        if !self.complete {
            return Err(NeedStyles);
        }
        self.find("swapoff").or(self.list.first()).ok_or(NeedStyles)
    }

    /// The names of every style, sorted (styles.Names).
    pub(crate) fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.list.iter().map(|s| crate::case::lower(&s.name)).collect();
        v.sort();
        v
    }

    pub(crate) fn by_lower_name(&self, lower: &str) -> Option<&Style> {
        self.find(lower)
    }
}

/// Every built-in style (for the stylesheets, `hugo gen chromastyles`).
pub(crate) fn registry() -> &'static Styles {
    use std::sync::OnceLock;
    static REG: OnceLock<Styles> = OnceLock::new();
    REG.get_or_init(Styles::builtin)
}

/// The names of every built-in style, sorted (styles.Names).
pub fn names() -> Vec<String> {
    registry().names()
}
