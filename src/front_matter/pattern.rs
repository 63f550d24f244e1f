//! Regular expressions for a schema's `pattern` keyword.
//!
//! JSON Schema specifies ECMA-262 regular expressions with Unicode semantics.
//! Recap does not ship its own engine to the browser: the binding layer installs
//! the browser's `RegExp` (exact ECMA-262, with the `u` flag) through
//! [`set_engine`], which keeps ~13 KB (brotli) of regex engine out of the wasm
//! module. Natively, the `regex` feature (on by default) compiles patterns with
//! regex-lite, whose syntax covers what schemas use (classes, anchors,
//! repetition, groups, alternation); an engine set with [`set_engine`] replaces it.

use std::fmt;
use std::sync::{Arc, OnceLock};

/// A compiled pattern: tells whether a string contains a match.
pub trait Matcher: Send + Sync {
    /// Whether `text` contains a match (unanchored, as ECMA-262 `test`).
    fn is_match(&self, text: &str) -> bool;
}

/// Compiles a pattern, or says why it is not a valid regular expression.
pub type Engine = fn(&str) -> Result<Box<dyn Matcher>, String>;

static ENGINE: OnceLock<Engine> = OnceLock::new();

/// Installs the engine every later `pattern` compiles with. The first call
/// wins; returns whether this one did.
pub fn set_engine(engine: Engine) -> bool {
    ENGINE.set(engine).is_ok()
}

/// A schema's `pattern`: the text as written, and its compiled form.
#[derive(Clone)]
pub struct Pattern {
    /// The pattern as the schema wrote it.
    pub source: String,
    matcher: Arc<dyn Matcher>,
}

impl Pattern {
    /// Compiles `source` with the installed engine (or the built-in one).
    ///
    /// # Errors
    /// The engine's message for an invalid pattern, or a note that no engine is
    /// available in this build.
    pub fn new(source: &str) -> Result<Pattern, String> {
        let matcher = match ENGINE.get() {
            Some(engine) => engine(source)?,
            None => builtin(source)?,
        };
        Ok(Pattern { source: source.to_owned(), matcher: Arc::from(matcher) })
    }

    /// Whether `text` contains a match.
    pub fn is_match(&self, text: &str) -> bool {
        self.matcher.is_match(text)
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

#[cfg(feature = "regex")]
impl Matcher for regex_lite::Regex {
    fn is_match(&self, text: &str) -> bool {
        regex_lite::Regex::is_match(self, text)
    }
}

#[cfg(feature = "regex")]
fn builtin(source: &str) -> Result<Box<dyn Matcher>, String> {
    regex_lite::Regex::new(source).map(|re| Box::new(re) as Box<dyn Matcher>).map_err(|e| e.to_string())
}

#[cfg(not(feature = "regex"))]
fn builtin(_: &str) -> Result<Box<dyn Matcher>, String> {
    Err("this build of Recap has no regular-expression engine (enable the `regex` feature or call `pattern::set_engine`)".to_owned())
}

#[cfg(all(test, feature = "regex"))]
mod tests {
    use super::Pattern;

    #[test]
    fn matches_anywhere_unless_anchored() {
        let p = Pattern::new("[0-9]{4}").unwrap();
        assert!(p.is_match("in 2021 we"), "an unanchored pattern matches inside the text");
        assert!(!Pattern::new("^[0-9]{4}$").unwrap().is_match("in 2021"), "anchors hold");
        assert!(Pattern::new("(").is_err(), "an invalid pattern is refused");
    }
}
