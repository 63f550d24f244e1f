//! The browser binding (wasm32 only): see the crate documentation.

use recap_highlight::regex::{Backend, Captures, RegexId};
use recap_highlight::{Fence, Highlighted, Highlighter, Options, Value};
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::prelude::*;

// One call per position tries the candidate rules in order. A rule whose
// groups are not needed is compiled without the `d` flag and run with test():
// no match object, its end is lastIndex. The answer is one number, rule index
// * 2^32 + end (UTF-16); a rule's group offsets are read by hl_caps only when
// it has them.
#[wasm_bindgen(inline_js = "
const res = [];
const texts = [];
let last = null;
export function hl_compile(p, icase, groups) {
  try { res.push(new RegExp(p, (groups ? 'dvy' : 'vy') + (icase ? 'i' : ''))); return res.length - 1; } catch (e) { return -1; }
}
export function hl_begin(s) { texts.push(s); return texts.length - 1; }
export function hl_end(h) { texts.length = h; }
export function hl_match(h, pos, ids) {
  const s = texts[h];
  for (let i = 0; i < ids.length; i++) {
    const re = res[ids[i]];
    re.lastIndex = pos;
    if (re.hasIndices) {
      const m = re.exec(s);
      if (m !== null) { last = m.indices; return i * 4294967296 + re.lastIndex; }
    } else if (re.test(s)) {
      last = null;
      return i * 4294967296 + re.lastIndex;
    }
  }
  return -1;
}
export function hl_caps(caps) {
  const n = last === null ? 0 : Math.min(last.length, caps.length >> 1);
  for (let g = 0; g < n; g++) {
    const x = last[g];
    if (x === undefined) { caps[2 * g] = -1; caps[2 * g + 1] = -1; } else { caps[2 * g] = x[0]; caps[2 * g + 1] = x[1]; }
  }
  return n;
}
const utf8 = new TextEncoder();
const str = (s) => utf8.encode(s).length + ':' + s;
function check(x, depth) {
  if (depth > 32) throw new Error('nested too deep');
  if (x !== null && typeof x === 'object') for (const k in x) check(x[k], depth + 1);
}
function val(x) {
  if (typeof x === 'boolean') return x ? 't' : 'f';
  if (typeof x === 'number') return 'd' + x + ';';
  if (typeof x === 'string') return 's' + str(x);
  if (Array.isArray(x)) return 'a' + x.length + ':' + x.map(val).join('');
  return 's0:';
}
export function hl_entries(text, attrs) {
  try {
    const x = JSON.parse(text), map = x !== null && typeof x === 'object' && !Array.isArray(x);
    check(x, 0);
    let e;
    if (attrs) e = Array.isArray(x) ? x.filter((kv) => Array.isArray(kv) && kv.length === 2 && typeof kv[0] === 'string') : map ? Object.entries(x) : [];
    else if (map || x === null) e = map ? Object.entries(x).filter((kv) => kv[1] !== null) : [];
    else return 'emarkup.highlight: expected a map';
    return e.length + ':' + e.map((kv) => str(kv[0]) + val(kv[1])).join('');
  } catch (e) { return 'e' + e.message; }
}
export function hl_now() { return performance.now(); }
export function hl_answer(html, problem) { return problem === undefined ? html : { html, problem }; }
export function hl_number(s) { return Number(s); }
export function hl_number_text(n) {
  if (!isFinite(n)) return n > 0 ? 'inf' : n < 0 ? '-inf' : 'NaN';
  const s = String(n), e = s.indexOf('e');
  if (e < 0) return s;
  const neg = s[0] === '-', m = s.slice(neg ? 1 : 0, e), x = +s.slice(e + 1);
  const dot = m.indexOf('.'), digits = m.replace('.', ''), point = (dot < 0 ? m.length : dot) + x;
  const body = point <= 0 ? '0.' + '0'.repeat(-point) + digits
    : point >= digits.length ? digits + '0'.repeat(point - digits.length)
    : digits.slice(0, point) + '.' + digits.slice(point);
  return (neg ? '-' : '') + body;
}
")]
extern "C" {
    fn hl_compile(p: &str, icase: bool, groups: bool) -> i32;
    fn hl_begin(s: &str) -> u32;
    fn hl_end(h: u32);
    fn hl_match(h: u32, pos: u32, ids: &[u32]) -> f64;
    fn hl_caps(caps: &mut [i32]) -> u32;
    /// A JSON map's entries (`attrs`: also `[[name, value], …]`) in the flat form crate::json reads.
    fn hl_entries(text: &str, attrs: bool) -> String;
    fn hl_now() -> f64;
    /// The bridge's answer: the HTML, or `{ html, problem }` (see [`answer`]).
    fn hl_answer(html: String, problem: Option<String>) -> JsValue;
    /// `Number(text)`: a JSON number (as the flat form writes it).
    fn hl_number(s: &str) -> f64;
    /// Rust's `Display` for a float: the browser's shortest digits, without an exponent.
    fn hl_number_text(n: f64) -> String;
}

fn number(text: &str) -> f64 {
    hl_number(text)
}

/// A text as RegExp sees it: UTF-16 offsets, mapped to and from UTF-8 ones
/// (identity for ASCII).
struct Text {
    /// UTF-8 offset of each UTF-16 offset (None: ASCII).
    u8_of_u16: Option<Vec<u32>>,
    u16_of_u8: Option<Vec<u32>>,
}

#[derive(Default)]
struct Js {
    texts: Vec<Text>,
    caps: Vec<i32>,
}

impl Backend for Js {
    fn compile(&mut self, pattern: &str, icase: bool, groups: bool) -> Result<RegexId, String> {
        let id = hl_compile(pattern, icase, groups);
        if id < 0 {
            let mut e = String::from("RegExp rejected ");
            e.push_str(pattern);
            Err(e)
        } else {
            Ok(id as RegexId)
        }
    }

    fn begin_text(&mut self, text: &str) -> u32 {
        let t = if text.is_ascii() {
            Text { u8_of_u16: None, u16_of_u8: None }
        } else {
            let mut a = Vec::with_capacity(text.len() + 1);
            let mut b = vec![0u32; text.len() + 1];
            let mut u16pos = 0u32;
            for (i, c) in text.char_indices() {
                b[i] = u16pos;
                for _ in 0..c.len_utf16() {
                    a.push(i as u32);
                }
                u16pos += c.len_utf16() as u32;
            }
            a.push(text.len() as u32);
            b[text.len()] = u16pos;
            Text { u8_of_u16: Some(a), u16_of_u8: Some(b) }
        };
        self.texts.push(t);
        let h = hl_begin(text);
        debug_assert_eq!(h as usize, self.texts.len() - 1);
        h
    }

    fn end_text(&mut self, handle: u32) {
        self.texts.truncate(handle as usize);
        hl_end(handle);
    }

    fn match_first(&mut self, handle: u32, pos: usize, regexes: &[RegexId], caps: &mut Captures) -> Option<usize> {
        let t = &self.texts[handle as usize];
        let p = match &t.u16_of_u8 {
            Some(m) => m[pos],
            None => pos as u32,
        };
        let r = hl_match(handle, p, regexes);
        if r < 0.0 {
            return None;
        }
        let (i, end) = ((r / 4294967296.0) as usize, (r % 4294967296.0) as u32);
        let conv = |x: u32| match &t.u8_of_u16 {
            Some(m) => m[x as usize] as usize,
            None => x as usize,
        };
        caps.clear();
        caps.push(Some((pos, conv(end))));
        if self.caps.len() < 512 {
            self.caps.resize(512, -1);
        }
        let n = hl_caps(&mut self.caps) as usize;
        for g in 1..n {
            let (a, b) = (self.caps[2 * g], self.caps[2 * g + 1]);
            caps.push(if a < 0 { None } else { Some((conv(a as u32), conv(b as u32))) });
        }
        Some(i)
    }
}

fn clock() -> Duration {
    Duration::from_micros((hl_now() * 1000.0) as u64)
}

thread_local! {
    static H: RefCell<Highlighter> = RefCell::new({
        recap_highlight::options::set_number_text(hl_number_text);
        let mut h = Highlighter::new(Box::new(Js::default()));
        // Under the page's time limit for a block (js/highlight.js), so that a
        // long block ends highlighted in part rather than given up on.
        h.set_budget(recap_highlight::DEFAULT_MAX_ATTEMPTS, Some(Duration::from_secs(1)), Some(clock));
        h
    });
}

/// The entries of a JSON map read by the browser (crate::json); `attrs`: a
/// fence's attributes, which may also be `[[name, value], …]` (anything else
/// has none). None for an empty text, object or array without a call to it.
fn entries(text: &str, attrs: bool) -> Result<Vec<(String, Value)>, JsError> {
    match text.trim() {
        "" | "{}" => Ok(Vec::new()),
        "[]" if attrs => Ok(Vec::new()),
        _ => crate::json::entries(&hl_entries(text, attrs), number).map_err(|e| JsError::new(&e)),
    }
}

/// The site's `markup.highlight` map, as JSON (empty: Hugo's defaults).
fn options(json: &str) -> Result<Options, JsError> {
    Options::from_map(&entries(json, false)?).map_err(|e| JsError::new(&e))
}

/// `answer` is undefined when the block asks for a style other than the
/// default one, or its language is one the built-in registry entries cannot
/// answer for, and the styles chunk is not loaded yet: `addStyles(text of
/// core/recap_highlight_styles.txt)`, then ask again.
#[wasm_bindgen(js_name = addStyles)]
pub fn add_styles(data: &str) {
    H.with(|h| h.borrow_mut().add_styles(data))
}

/// The answer to the renderer's question about a block
/// (`globalThis.__recapHighlight`, js/highlight.js): `kind` is `fence`,
/// `codeblock` (a render hook's `transform.HighlightCodeBlock`: the code as
/// the hook's `.Inner` gives it) or `code` (`transform.Highlight` and the
/// `highlight` shortcode). For a fence, `attributes` is `[[name, value], …]`
/// as Goldmark parsed its `{…}` (numbers, booleans, strings, arrays); for
/// `code`, the option string (`linenos=table,hl_lines=2`). `config` is the
/// site's `markup.highlight` map (JSON). The answer: undefined while the
/// styles chunk is needed (see `addStyles`); the block's HTML; or
/// `{ html, problem }` when the author is to be told something
/// (`Highlighted::problem`: an option Hugo rejects, the HTML then the block
/// without it, or empty for the block shown plain; the work budget spent).
#[wasm_bindgen]
pub fn answer(kind: &str, code: &str, lang: &str, attributes: &str, ordinal: u32, config: &str) -> Result<JsValue, JsError> {
    let result = match kind {
        "fence" => fence_with(code, lang, attributes, ordinal, config, Highlighter::highlight_fence)?,
        "codeblock" => fence_with(code, lang, attributes, ordinal, config, Highlighter::highlight_code_block)?,
        _ => highlight_code(code, lang, attributes, config)?,
    };
    Ok(result.map_or(JsValue::UNDEFINED, |(html, problem)| hl_answer(html, problem)))
}

/// A block's HTML and what the author is to be told; None while the styles chunk is needed.
type Answer = Option<(String, Option<String>)>;

fn fence_with(
    code: &str,
    lang: &str,
    attributes_json: &str,
    ordinal: u32,
    options_json: &str,
    run: fn(&mut Highlighter, &Fence, &Options) -> Highlighted,
) -> Result<Answer, JsError> {
    let o = options(options_json)?;
    // As the renderer's bridge sends them: name → value, in order.
    let attrs = entries(attributes_json, true)?;
    let fence = Fence { code, lang, attributes: &attrs, ordinal: ordinal as usize };
    Ok(finish(H.with(|h| run(&mut h.borrow_mut(), &fence, &o))))
}

/// `transform.Highlight CODE LANG OPTIONS` (and the `highlight` shortcode): the
/// option string over the site's `markup.highlight` map (JSON).
fn highlight_code(code: &str, lang: &str, option_string: &str, options_json: &str) -> Result<Answer, JsError> {
    let o = match options(options_json)?.with_option_string(option_string) {
        Ok(o) => o,
        // Natively the same: the block is shown plain, and the author told why.
        Err(e) => return Ok(Some((String::new(), Some(e)))),
    };
    Ok(finish(H.with(|h| h.borrow_mut().highlight(code, lang, &o))))
}

fn finish(r: Highlighted) -> Answer {
    let problem = r.problem();
    (!r.needs_styles).then_some((r.html, problem))
}

/// The lexer data file a language needs (undefined if Chroma has no lexer).
/// Left out of the module until lexer chunks ship (feature `lexer-chunks`).
#[cfg(feature = "lexer-chunks")]
#[wasm_bindgen(js_name = dataFile)]
pub fn data_file(lang: &str) -> Option<String> {
    H.with(|h| h.borrow().data_file(lang))
}

/// Adds a lexer's data (a chunk loaded on demand).
#[cfg(feature = "lexer-chunks")]
#[wasm_bindgen(js_name = addLexerData)]
pub fn add_lexer_data(file: &str, data: String) {
    H.with(|h| h.borrow_mut().add_lexer_data(file, data))
}
