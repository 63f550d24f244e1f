//! Hugo's `markup.highlight` options (markup/highlight/config.go) and the three
//! ways a block gets them: the site config, a fence's attributes
//! (`{linenos=table,hl_lines=[2,"4-5"]}`) and the option string of the
//! `highlight` shortcode and `transform.Highlight` (`linenos=table,hl_lines=2 4-5`).
//!
//! Values are converted as Hugo's mapstructure.WeakDecode does (strings to
//! numbers and booleans, numbers to strings, …); an option Hugo would reject
//! (its build would fail) is an error here, for the caller to report.

use crate::format::FormatOptions;
use crate::num::decimal;
use crate::text::cat;

/// A value as Hugo has it before decoding into the config.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    String(String),
    Number(f64),
    Bool(bool),
    /// Line ranges, already made from a fence attribute's array (0-based, as
    /// Hugo's attributes.New makes them).
    Ranges(Vec<(i64, i64)>),
    /// A fence attribute's array as Goldmark parsed it (numbers and "a-b" strings).
    Array(Vec<Value>),
}

/// A fence attribute: its name and value.
pub type Attribute = (String, Value);

/// `LineNos`: Hugo keeps the raw value (`true`, `false`, `"inline"`, `"table"`).
#[derive(Debug, Clone, PartialEq)]
pub enum LineNos {
    Unset,
    Bool(bool),
    String(String),
    /// Any other value: Hugo fails when it formats.
    Invalid(String),
}

/// markup.highlight, with Hugo's defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub style: String,
    pub code_fences: bool,
    pub wrapper_class: String,
    pub no_classes: bool,
    pub line_nos: LineNos,
    pub line_numbers_in_table: bool,
    pub anchor_line_nos: bool,
    pub line_anchors: String,
    pub line_no_start: i64,
    pub hl_lines: String,
    pub hl_inline: bool,
    /// Ranges from a fence's `hl_lines` array (already offset by lineNoStart).
    pub hl_lines_parsed: Option<Vec<(i64, i64)>>,
    pub tab_width: i64,
    pub guess_syntax: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            style: "monokai".into(),
            code_fences: true,
            wrapper_class: "highlight".into(),
            no_classes: true,
            line_nos: LineNos::Unset,
            line_numbers_in_table: true,
            anchor_line_nos: false,
            line_anchors: String::new(),
            line_no_start: 1,
            hl_lines: String::new(),
            hl_inline: false,
            hl_lines_parsed: None,
            tab_width: 4,
            guess_syntax: false,
        }
    }
}

/// Option attributes of a fence (attributes.chromaHighlightProcessingAttributes,
/// lower-cased); the others are rendered on the wrapper `<div>`.
pub const FENCE_OPTION_ATTRIBUTES: &[&str] = &[
    "anchorlinenos",
    "guesssyntax",
    "hl_lines",
    "hl_inline",
    "lineanchors",
    "linenos",
    "linenostart",
    "linenumbersintable",
    "noclasses",
    "style",
    "tabwidth",
];

/// Hugo's error for a `lineNos` it does not know, up to the value.
const LINE_NOS_ONE_OF: &str = "lineNos must be one of true, false, \"inline\", or \"table\"; got ";

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => format_float(*n),
        Value::Bool(b) => if *b { "true" } else { "false" }.into(),
        Value::Ranges(_) | Value::Array(_) => String::new(),
    }
}

/// Go's strconv.FormatFloat(f, 'f', -1, 64) for the numbers options hold:
/// integers as integers, other numbers as [`set_number_text`] writes them.
pub(crate) fn format_float(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        decimal(n as i64)
    } else {
        (NUMBER_TEXT.get().copied().unwrap_or(default_number_text))(n)
    }
}

static NUMBER_TEXT: std::sync::OnceLock<fn(f64) -> String> = std::sync::OnceLock::new();

/// Installs how a number that is not a small integer is written: the shortest
/// digits that read back, without an exponent (`0.0000001`, `1.5`, `inf`), as
/// Rust's `Display` writes it. With the `float-text` feature that is the
/// default; the browser's module goes without Rust's float formatting (its
/// code and tables were a tenth of the module) and installs the browser's
/// `Number#toString`, rewritten without an exponent.
pub fn set_number_text(f: fn(f64) -> String) {
    let _ = NUMBER_TEXT.set(f);
}

#[cfg(feature = "float-text")]
fn default_number_text(n: f64) -> String {
    format!("{n}")
}

/// Without Rust's float formatting and no writer installed: the integer part.
#[cfg(not(feature = "float-text"))]
fn default_number_text(n: f64) -> String {
    decimal(n.trunc() as i64)
}

/// `s` quoted as `{:?}` writes it (quotes, backslashes and common control
/// characters escaped), without Debug formatting (built out of the browser's
/// module) or str::escape_debug (whose Unicode tables would be 3 KB of it).
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// mapstructure's weak string → bool (strconv.ParseBool; "" is false).
fn weak_bool(key: &str, v: &Value) -> Result<bool, String> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Number(n) => Ok(*n != 0.0),
        Value::String(s) => match s.as_str() {
            "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(true),
            "0" | "f" | "F" | "FALSE" | "false" | "False" | "" => Ok(false),
            _ => Err(cat(&[key, ": cannot parse ", &quoted(s), " as a boolean"])),
        },
        _ => Err(cat(&[key, ": expected a boolean"])),
    }
}

/// mapstructure's weak → int (strconv.ParseInt(s, 0, 64); floats truncated).
fn weak_int(key: &str, v: &Value) -> Result<i64, String> {
    match v {
        Value::Bool(b) => Ok(*b as i64),
        Value::Number(n) => Ok(n.trunc() as i64),
        Value::String(s) => {
            if s.is_empty() {
                return Ok(0);
            }
            parse_go_int(s).ok_or_else(|| cat(&[key, ": cannot parse ", &quoted(s), " as an integer"]))
        }
        _ => Err(cat(&[key, ": expected an integer"])),
    }
}

fn parse_go_int(s: &str) -> Option<i64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower: String = body.chars().filter(|&c| c != '_').map(|c| c.to_ascii_lowercase()).collect();
    let v = if let Some(h) = lower.strip_prefix("0x") {
        crate::num::signed::<i64>(h, 16)?
    } else if let Some(b) = lower.strip_prefix("0b") {
        crate::num::signed(b, 2)?
    } else if let Some(o) = lower.strip_prefix("0o") {
        crate::num::signed(o, 8)?
    } else if lower.len() > 1 && lower.starts_with('0') {
        crate::num::signed(&lower[1..], 8)?
    } else {
        crate::num::signed(&lower, 10)?
    };
    Some(if neg { -v } else { v })
}

fn weak_string(key: &str, v: &Value) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Bool(b) => Ok(if *b { "1" } else { "0" }.into()),
        Value::Number(n) => Ok(format_float(*n)),
        _ => Err(cat(&[key, ": expected a string"])),
    }
}

/// Goldmark attribute arrays to Hugo's 0-based line ranges (attributes.New).
fn array_ranges(items: &[Value]) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    for it in items {
        match it {
            Value::Number(n) => {
                let l = *n as i64;
                out.push((l - 1, l - 1));
            }
            Value::String(s) => {
                let mut parts = s.split('-');
                let Some(Some(lhs)) = parts.next().map(|p| crate::num::signed::<i64>(p, 10)) else { continue };
                let rhs = match parts.next() {
                    Some(p) => match crate::num::signed(p, 10) {
                        Some(r) => r,
                        None => continue,
                    },
                    None => lhs,
                };
                out.push((lhs - 1, rhs - 1));
            }
            _ => {}
        }
    }
    out
}

impl Options {
    /// Sets one field as mapstructure matches keys to fields (case-insensitively).
    fn set(&mut self, key: &str, v: &Value) -> Result<(), String> {
        // mapstructure matches keys to fields with strings.EqualFold.
        match crate::case::fold(key).as_str() {
            "style" => self.style = weak_string(key, v)?,
            "codefences" => self.code_fences = weak_bool(key, v)?,
            "wrapperclass" => self.wrapper_class = weak_string(key, v)?,
            "noclasses" => self.no_classes = weak_bool(key, v)?,
            "linenos" => {
                self.line_nos = match v {
                    Value::Bool(b) => LineNos::Bool(*b),
                    Value::String(s) => LineNos::String(s.clone()),
                    other => LineNos::Invalid(value_text(other)),
                }
            }
            "linenumbersintable" => self.line_numbers_in_table = weak_bool(key, v)?,
            "anchorlinenos" => self.anchor_line_nos = weak_bool(key, v)?,
            "lineanchors" => self.line_anchors = weak_string(key, v)?,
            "linenostart" => self.line_no_start = weak_int(key, v)?,
            "hl_lines" => self.hl_lines = weak_string(key, v)?,
            "hl_inline" => self.hl_inline = weak_bool(key, v)?,
            "hl_lines_parsed" => match v {
                Value::Ranges(r) => self.hl_lines_parsed = Some(r.clone()),
                _ => return Err(cat(&[key, ": expected line ranges"])),
            },
            "tabwidth" => self.tab_width = weak_int(key, v)?,
            "guesssyntax" => self.guess_syntax = weak_bool(key, v)?,
            _ => {}
        }
        Ok(())
    }

    /// applyOptionsFromMap: normalizeHighlightOptions, then a weak decode.
    fn apply_map(&self, mut m: Vec<(String, Value)>) -> Result<Options, String> {
        for (k, _) in m.iter_mut() {
            *k = crate::case::lower(k);
        }
        let base = m
            .iter()
            .rev()
            .find(|(k, _)| k == "linenostart")
            .map(|(_, v)| match v {
                Value::Number(n) => *n as i64,
                Value::Bool(b) => *b as i64,
                Value::String(s) => crate::num::signed(s.trim(), 10).unwrap_or(0),
                _ => 0,
            })
            .unwrap_or(1);
        let mut out: Vec<(String, Value)> = Vec::new();
        for (k, v) in m {
            match (k.as_str(), &v) {
                ("linenos", Value::String(s)) => {
                    if s == "table" || s == "inline" {
                        out.push(("linenumbersintable".into(), Value::Bool(s == "table")));
                    }
                    out.push((k, Value::Bool(s != "false")));
                }
                ("hl_lines", Value::Ranges(r)) => {
                    let mut r = r.clone();
                    for (a, b) in &mut r {
                        (*a, *b) = (*a + base, *b + base);
                    }
                    out.push(("hl_lines_parsed".into(), Value::Ranges(r)));
                }
                _ => out.push((k, v)),
            }
        }
        // A map has one value per key; Go's map iteration makes a duplicated
        // key's winner arbitrary, Recap takes the last.
        let mut opts = self.clone();
        for (k, v) in &out {
            opts.set(k, v)?;
        }
        Ok(opts)
    }

    /// The site's `markup.highlight` map (keys case-insensitive).
    #[cfg(feature = "config")]
    pub fn from_config(value: &serde_json::Value) -> Result<Options, String> {
        let Some(map) = value.as_object() else {
            if value.is_null() {
                return Ok(Options::default());
            }
            return Err("markup.highlight: expected a map".into());
        };
        let mut pairs = Vec::new();
        for (k, v) in map {
            pairs.push((
                k.clone(),
                match v {
                    serde_json::Value::String(s) => Value::String(s.clone()),
                    serde_json::Value::Bool(b) => Value::Bool(*b),
                    serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(0.0)),
                    // A null value leaves the default.
                    serde_json::Value::Null => continue,
                    _ => return Err(format!("markup.highlight.{k}: unsupported value")),
                },
            ));
        }
        Options::from_map(&pairs)
    }

    /// The site's `markup.highlight` map as its entries, in order (keys
    /// case-insensitive; entries whose value is null left out: they leave the default).
    pub fn from_map(map: &[(String, Value)]) -> Result<Options, String> {
        let mut o = Options::default();
        for (k, v) in map {
            o.set(k, v).map_err(|e| cat(&["markup.highlight.", &e]))?;
        }
        Ok(o)
    }

    /// A fence's option attributes, as Goldmark parsed them: applied over these
    /// options as Hugo's RenderCodeblock does. Non-option attributes are ignored
    /// here (see [`split_attributes`]).
    pub fn with_attributes(&self, attrs: &[(String, Value)]) -> Result<Options, String> {
        let (opts, _) = split_attributes(attrs);
        self.apply_map(opts)
    }

    /// The option string of the `highlight` shortcode and `transform.Highlight`
    /// (`linenos=table,hl_lines=2 4-5`).
    pub fn with_option_string(&self, s: &str) -> Result<Options, String> {
        let s = s.trim_matches(' ');
        if s.is_empty() {
            return Ok(self.clone());
        }
        let mut m = Vec::new();
        for part in s.split(',') {
            let kv: Vec<&str> = part.split('=').collect();
            let key = kv[0].trim_matches(' ');
            if kv.len() != 2 {
                return Err(cat(&["invalid Highlight option: ", key]));
            }
            m.push((key.to_string(), Value::String(kv[1].to_string())));
        }
        self.apply_map(m)
    }

    /// cfg.toHTMLOptions.
    pub(crate) fn format_options(&self) -> Result<FormatOptions, String> {
        let mut in_table = self.line_numbers_in_table;
        let line_nos = match &self.line_nos {
            LineNos::Unset => false,
            LineNos::Bool(b) => *b,
            LineNos::String(s) if s == "inline" => {
                in_table = false;
                true
            }
            LineNos::String(s) if s == "table" => {
                in_table = true;
                true
            }
            LineNos::String(s) => return Err(cat(&[LINE_NOS_ONE_OF, s, " (string)"])),
            LineNos::Invalid(s) => return Err(cat(&[LINE_NOS_ONE_OF, s])),
        };
        let mut f = FormatOptions {
            classes: !self.no_classes,
            tab_width: self.tab_width,
            line_numbers: line_nos,
            line_numbers_in_table: in_table,
            linkable_line_numbers: self.anchor_line_nos,
            line_numbers_id_prefix: if self.line_anchors.is_empty() {
                String::new()
            } else {
                cat(&[&crate::format::escape(&self.line_anchors), "-"])
            },
            base_line_number: self.line_no_start,
            inline_code: self.hl_inline,
            ..FormatOptions::default()
        };
        if !self.hl_lines.is_empty() || self.hl_lines_parsed.is_some() {
            let ranges = match &self.hl_lines_parsed {
                Some(r) => Some(r.clone()),
                None => hl_lines_to_ranges(self.line_no_start, &self.hl_lines),
            };
            if let Some(r) = ranges {
                f.highlight_ranges = r;
            }
        }
        Ok(f)
    }
}

/// hlLinesToRanges: "1 3-4" to ranges offset by the start line; None on a bad number.
fn hl_lines_to_ranges(start: i64, s: &str) -> Option<Vec<(i64, i64)>> {
    let mut out = Vec::new();
    for field in s.trim().split(' ') {
        let field = field.trim();
        if field.is_empty() {
            continue;
        }
        let nums: Vec<&str> = field.split('-').collect();
        let first: i64 = crate::num::signed(nums[0], 10)?;
        let first = first + start - 1;
        let second = if nums.len() > 1 {
            let s: i64 = crate::num::signed(nums[1], 10)?;
            s + start - 1
        } else {
            first
        };
        out.push((first, second));
    }
    Some(out)
}

/// Splits a fence's attributes as Hugo's attributes.New does: option attributes
/// (keeping their names) and the others (names lower-cased, `on…` dropped),
/// arrays turned into line ranges.
pub fn split_attributes(attrs: &[Attribute]) -> (Vec<Attribute>, Vec<Attribute>) {
    let mut opts = Vec::new();
    let mut rest = Vec::new();
    for (name, v) in attrs {
        let lower = crate::case::lower(name);
        if lower.starts_with("on") {
            continue;
        }
        let v = match v {
            Value::Array(items) => Value::Ranges(array_ranges(items)),
            other => other.clone(),
        };
        if FENCE_OPTION_ATTRIBUTES.contains(&lower.as_str()) {
            opts.push((name.clone(), v));
        } else {
            rest.push((lower, v));
        }
    }
    (opts, rest)
}

pub(crate) fn attribute_text(v: &Value) -> String {
    value_text(v)
}
