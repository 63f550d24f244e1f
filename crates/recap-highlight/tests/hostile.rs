//! Hostile blocks: inputs that made Chroma's patterns backtrack exponentially
//! or polynomially (found by tools/chroma/redos.py), at sizes where the
//! originals take seconds to forever, must highlight in a few hundred
//! milliseconds, whole; the inputs no rewrite makes linear (a lexer scanning
//! far ahead at every position, as Chroma does) must stop at the work budget.
#![cfg(feature = "native")]

use recap_highlight::{Fence, Highlighter, Options};
use std::time::{Duration, Instant};

/// (language, prefix, pump, suffix, repetitions, what it exercised).
const LINEAR: &[(&str, &str, &str, &str, usize, &str)] = &[
    ("bash", "echo \"", "\\\\", "\n", 4000, "double-quoted string, exponential in \\\\ pairs (22 pairs: 1.9 s)"),
    ("bash", "x=$'", "\\\\", "", 4000, "ANSI-C string"),
    ("sh", "\"", "\u{1}\\\\", "\n", 3000, "string with octal-looking escapes"),
    ("json", "{\"a\": \"", "\\\\", "/", 4000, "JSON string value"),
    ("javascript", "let s = \"", "\\\\\\\\", "", 2000, "JavaScript string"),
    ("typescript", "let s = '", "\\\\", "", 4000, "TypeScript string"),
    ("go", "s := \"", "\\\\", "\n", 4000, "Go string"),
    ("css", "a { content: \"", "<\\\\", " ", 3000, "CSS string"),
    ("toml", "a = '", "\\\\", "\t", 4000, "TOML literal string"),
    ("graphql", "\"", "*\\\\", "\n", 3000, "GraphQL string"),
    ("yaml", "a: \"", "$\\Z", "'", 3000, "YAML double-quoted scalar"),
    ("yaml", "a: '", "\\\\\\-", "\t", 2000, "YAML single-quoted scalar"),
    ("yaml", "", "79", "x", 4000, "YAML number"),
    ("yaml", "a: b", " ", "", 8000, "YAML value before a comment"),
    ("makefile", "A = \"", "\\\\", "", 4000, "makefile string"),
    ("makefile", "export  ", "\t ", "\t", 4000, "export"),
    ("makefile", "(=", "\t ", "\t", 4000, "assignment"),
    ("makefile", "", "\t", "", 8000, "recipe lines"),
    ("dockerfile", "HEALTHCHECK", "\u{a0}", "!", 4000, "HEALTHCHECK options"),
    ("dockerfile", "CMD\t", "\t", "\t", 8000, "CMD"),
    ("dockerfile", "ARG", " ", " ", 8000, "ARG"),
    ("c", "\n*aBa (", ")}", "\t", 4000, "function definition"),
    ("c", "", "\n\r", "x", 4000, "blank lines before #if 0"),
    ("cpp", "", "\n\r", "x", 4000, "blank lines"),
    ("python", "", "\n ", "\n", 4000, "blank lines before a string prefix"),
    ("python", "'%", "00", "", 4000, "%-format"),
    ("java", "", "\n", "x", 8000, "blank lines before a declaration"),
    ("console", "[;!@", "@", "", 8000, "prompt"),
    ("powershell", "+", "00", "x", 4000, "number"),
    ("hcl", "", "\t", "", 8000, "attribute"),
    ("ini", "", "\t", "", 8000, "key"),
];

fn code(prefix: &str, pump: &str, suffix: &str, n: usize) -> String {
    format!("{prefix}{}{suffix}", pump.repeat(n))
}

/// `RECAP_HOSTILE_SCALE` (`make bench`: 8) multiplies the sizes; the time
/// allowed grows with it (the inputs are linear now).
fn scale() -> usize {
    std::env::var("RECAP_HOSTILE_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1)
}

#[test]
fn hostile_blocks_highlight_whole_and_fast() {
    let mut h = Highlighter::native();
    let opts = Options::default();
    let mut slow = Vec::new();
    for &(lang, prefix, pump, suffix, n, what) in LINEAR {
        // Compiling a lexer's patterns on first use is not what is measured.
        h.highlight_fence(&Fence { code: &code(prefix, pump, suffix, 1), lang, attributes: &[], ordinal: 0 }, &opts);
        let code = code(prefix, pump, suffix, n * scale());
        let t = Instant::now();
        let r = h.highlight_fence(&Fence { code: &code, lang, attributes: &[], ordinal: 0 }, &opts);
        let ms = t.elapsed().as_millis();
        println!("{lang:>10} {ms:5} ms {:6} bytes  {what}", code.len());
        assert!(!r.truncated, "{lang} ({what}) should be highlighted whole");
        assert!(matches!(r.lexer, recap_highlight::LexerUse::Known(_)), "{lang} should have a lexer");
        if ms > 300 * scale() as u128 {
            slow.push(format!("{lang} ({what}): {ms} ms for {} bytes", code.len()));
        }
    }
    assert!(slow.is_empty(), "hostile blocks should take at most 300 ms:\n{}", slow.join("\n"));
}

/// Lexers left as Chroma has them, which scan far ahead at every position:
/// HCL's attribute rule at every one of many blank lines, Java's modifiers
/// before a declaration at every line. The work budget ends them; the rest of
/// the block is plain text.
#[test]
fn quadratic_lexing_stops_at_the_budget() {
    fn clock() -> Duration {
        use std::sync::OnceLock;
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed()
    }
    let mut h = Highlighter::native();
    h.set_budget(u64::MAX, Some(Duration::from_millis(200)), Some(clock));
    let opts = Options::default();
    for (lang, code) in [("hcl", code("", "\n", "\t", 60_000)), ("java", code("\r\n", "public\n protected\n", "]", 6_000))] {
        let t = Instant::now();
        let r = h.highlight_fence(&Fence { code: &code, lang, attributes: &[], ordinal: 0 }, &opts);
        let ms = t.elapsed().as_millis();
        println!("{lang}: {ms} ms, truncated: {}", r.truncated);
        assert!(r.truncated, "{lang} should run out of its budget");
        assert!(ms < 1500, "{lang} should stop near its 200 ms budget, took {ms} ms");
        assert!(r.html.ends_with("</code></pre></div>"), "the rest is written as plain text");
    }
}
