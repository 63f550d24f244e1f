//! The regex backend: what the engine needs from a regular-expression engine.
//!
//! Patterns are ECMAScript source for the `v` (unicodeSets) flag, translated from
//! Chroma's regexp2 dialect when the data was generated (tools/chroma/regexp2.py).
//! A backend compiles them once and matches them *at* a position (sticky, like
//! regexp2's `\G` that Chroma prefixes), seeing the whole text (look-behind and
//! `^` look before the position). Positions are UTF-8 byte offsets into the text
//! the engine passes; a backend working in other units converts.
//!
//! The native backend (feature `native`) is the `regress` crate; the browser
//! binding (crates/recap-highlight-wasm) implements this trait with RegExp.

/// A compiled pattern, as the backend numbers them.
pub type RegexId = u32;

/// Group spans of a match: `(start, end)` byte offsets per ECMAScript group, the
/// whole match first; `None` for a group that did not participate.
pub type Captures = Vec<Option<(usize, usize)>>;

pub trait Backend {
    /// Compiles an ECMAScript pattern (flags `v`, `y`, plus `i` when `icase`).
    /// Without `groups`, only the whole match is asked for (`caps` gets just
    /// it), which a backend may find faster.
    fn compile(&mut self, pattern: &str, icase: bool, groups: bool) -> Result<RegexId, String>;

    /// Makes `text` the subject of the next matches; returns a handle. Texts are
    /// nested: the engine ends each one (`end_text`) before the one it started
    /// earlier.
    fn begin_text(&mut self, text: &str) -> u32;

    fn end_text(&mut self, handle: u32);

    /// Tries `regexes` in order at byte offset `pos` of the text; on the first
    /// that matches there, fills `caps` and returns its index in `regexes`.
    fn match_first(&mut self, handle: u32, pos: usize, regexes: &[RegexId], caps: &mut Captures) -> Option<usize>;
}

#[cfg(feature = "native")]
pub use native::Native;

#[cfg(feature = "native")]
mod native {
    use super::{Backend, Captures, RegexId};

    /// The native backend: regress, an ECMAScript regex engine.
    ///
    /// regress searches forward from a start position and has no sticky mode.
    /// A pattern P without look-behind is compiled as `^(?:P)` and run on the
    /// text from the position on (regress then tries only there). One with
    /// look-behind needs the text before the position: it is compiled as
    /// `(?:P)|()` and run on the whole text: at the start position either P
    /// matches or the empty last alternative does, and the search never runs
    /// on; the extra last group tells the two apart.
    ///
    /// Two fast paths keep regress out where it is slowest for what is asked
    /// (see [`crate::simple`]): a pattern of characters and classes with only
    /// the last repeated is matched here; an opening one-character look-behind
    /// (the translation's `\b` and `^`) is checked here on the character before
    /// the position, and the rest runs anchored.
    pub struct Native {
        regexes: Vec<Compiled>,
        texts: Vec<(String, bool)>,
        /// The fast paths are taken (off only to compare with them in tests).
        fast: bool,
    }

    impl Default for Native {
        fn default() -> Native {
            Native { regexes: Vec::new(), texts: Vec::new(), fast: true }
        }
    }

    struct Compiled {
        re: regress::Regex,
        /// Compiled as `^(?:P)`, for the text from the position on.
        anchored: bool,
        /// Groups of P, the whole match included.
        groups: usize,
        /// P matched without regress (see [`crate::simple`]).
        simple: Option<crate::simple::Simple>,
        /// P's opening look-behind, checked here; `re` is then the rest of P.
        behind: Option<Behind>,
    }

    /// A one-character look-behind: its class, as a bit set for ASCII and
    /// compiled for the rest.
    struct Behind {
        negated: bool,
        ascii: u128,
        class: regress::Regex,
    }

    impl Behind {
        fn new(negated: bool, class: &str, flags: regress::Flags) -> Result<Behind, String> {
            let class = regress::Regex::with_flags(&format!("^(?:{class})"), flags).map_err(|e| e.to_string())?;
            let ascii =
                (0u8..128).filter(|&b| class.find(char::from(b).encode_utf8(&mut [0; 4])).is_some()).fold(0u128, |set, b| set | 1 << b);
            Ok(Behind { negated, ascii, class })
        }

        /// Whether the look-behind holds at byte `pos` of `text`.
        fn holds(&self, text: &str, pos: usize) -> bool {
            match text[..pos].chars().next_back() {
                None => self.negated,
                Some(c) => {
                    let inside =
                        if c.is_ascii() { self.ascii >> c as u32 & 1 == 1 } else { self.class.find(c.encode_utf8(&mut [0; 4])).is_some() };
                    inside != self.negated
                }
            }
        }
    }

    impl Native {
        pub fn new() -> Native {
            Native::default()
        }

        /// Without the fast paths: every pattern on regress as written.
        #[cfg(test)]
        pub(crate) fn without_fast_paths() -> Native {
            Native { fast: false, ..Native::default() }
        }
    }

    impl Backend for Native {
        fn compile(&mut self, pattern: &str, icase: bool, _groups: bool) -> Result<RegexId, String> {
            let flags = regress::Flags { icase, unicode_sets: true, ..Default::default() };
            // Count the groups of P: those of the compiled form, less the sentinel.
            let probe = regress::Regex::with_flags(&format!("(?:{pattern})|()"), flags).map_err(|e| e.to_string())?;
            let groups = probe.find("").map(|m| m.captures.len()).unwrap_or(1);
            let split = crate::simple::leading_lookbehind(pattern).filter(|_| self.fast);
            let (body, behind) = match split {
                Some(l) => (l.rest, Some(Behind::new(l.negated, l.class, flags)?)),
                None => (pattern.to_owned(), None),
            };
            let anchored = !body.contains("(?<=") && !body.contains("(?<!");
            let source = if anchored { format!("^(?:{body})") } else { format!("(?:{body})|()") };
            let re = regress::Regex::with_flags(&source, flags).map_err(|e| e.to_string())?;
            let simple = crate::simple::Simple::parse(&body, icase).filter(|_| self.fast);
            self.regexes.push(Compiled { re, anchored, groups, simple, behind });
            Ok(self.regexes.len() as RegexId - 1)
        }

        fn begin_text(&mut self, text: &str) -> u32 {
            self.texts.push((text.to_string(), text.is_ascii()));
            self.texts.len() as u32 - 1
        }

        fn end_text(&mut self, handle: u32) {
            self.texts.truncate(handle as usize);
        }

        fn match_first(&mut self, handle: u32, pos: usize, regexes: &[RegexId], caps: &mut Captures) -> Option<usize> {
            let (text, ascii) = &self.texts[handle as usize];
            for (i, &id) in regexes.iter().enumerate() {
                let c = &self.regexes[id as usize];
                if c.behind.as_ref().is_some_and(|b| !b.holds(text, pos)) {
                    continue;
                }
                if let Some(simple) = &c.simple {
                    let Some(end) = simple.match_at(text, pos) else { continue };
                    caps.clear();
                    caps.push(Some((pos, end)));
                    return Some(i);
                }
                let (m, base) = if c.anchored {
                    let rest = &text[pos..];
                    let m = if *ascii { c.re.find_from_ascii(rest, 0).next() } else { c.re.find_from(rest, 0).next() };
                    (m, pos)
                } else {
                    let m = if *ascii { c.re.find_from_ascii(text, pos).next() } else { c.re.find_from(text, pos).next() };
                    match m {
                        Some(m) if m.start() == pos && m.captures[c.groups - 1].is_none() => (Some(m), 0),
                        _ => (None, 0),
                    }
                };
                let Some(m) = m else { continue };
                caps.clear();
                caps.push(Some((m.start() + base, m.end() + base)));
                for g in &m.captures[..c.groups - 1] {
                    caps.push(g.as_ref().map(|r| (r.start + base, r.end + base)));
                }
                return Some(i);
            }
            None
        }
    }
}
