//! Hostile YAML front matter against Recap's own parser
//! (src/front_matter/yaml/events.rs): nesting past `limits::YAML_DEPTH` is a
//! located `front-matter/yaml-syntax` diagnostic, never a stack overflow; the
//! time to parse grows linearly with the input (each flood is parsed at N and
//! 4N: linear is 4x, quadratic 16x; the test allows 8x); no input panics.

use recap::internals::front_matter::yaml_events::parse;
use recap::internals::limits::YAML_DEPTH;
use recap::Options;
use std::time::{Duration, Instant};

fn diagnostics(front_matter: &str) -> Vec<(String, String)> {
    let post = format!("---\n{front_matter}\n---\nbody\n");
    recap::render(&post, &Options::default()).diagnostics.into_iter().map(|d| (d.code.to_string(), d.message)).collect()
}

#[test]
fn nesting_past_the_limit_is_reported_not_overflowed() {
    let n = 20_000;
    let cases = [
        ("flow sequences", format!("a: {}{}", "[".repeat(n), "]".repeat(n))),
        ("flow mappings", format!("a: {}1{}", "{a: ".repeat(n), "}".repeat(n))),
        ("flow pairs", format!("a: {}1{}", "[a: ".repeat(n), "]".repeat(n))),
        ("block sequences", format!("a:\n{}x", "- ".repeat(n))),
        ("block mappings", (0..2_000).map(|i| format!("{}k:\n", " ".repeat(i))).collect::<String>()),
        ("explicit keys", format!("{}x", "? ".repeat(n))),
    ];
    // The wasm module's stack is 1 MiB: so is this thread's (optimised builds;
    // debug frames are larger).
    let stack = if cfg!(debug_assertions) { 8 << 20 } else { 1 << 20 };
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            for (name, doc) in cases {
                let d = diagnostics(&doc);
                assert!(
                    d.iter()
                        .any(|(code, message)| code == "front-matter/yaml-syntax"
                            && message.contains(&format!("more than {YAML_DEPTH} levels"))),
                    "{name}: {d:?}"
                );
            }
            // At the limit itself, it parses.
            let ok = format!("a: {}{}", "[".repeat(YAML_DEPTH - 2), "]".repeat(YAML_DEPTH - 2));
            assert!(parse(&ok).is_ok());
        })
        .unwrap()
        .join()
        .unwrap();
}

fn time(doc: &str) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        let _ = std::hint::black_box(parse(doc));
        best = best.min(t.elapsed());
    }
    best
}

#[test]
fn floods_parse_in_linear_time() {
    // Each: a unit repeated; some close the document so that it parses.
    let floods: &[(&str, &str, &str)] = &[
        ("keys", "", "k: v\n"),
        ("sequence entries", "", "- x\n"),
        ("compact mappings", "", "- a: 1\n  b: 2\n"),
        ("plain lines", "a: ", "word \n  "),
        ("blank lines in a plain scalar", "a: x", "\n\n\n  "),
        ("blank lines before a dedent", "a:\n  b: x", "\n   "),
        ("quoted lines", "a: \"", "word \n  "),
        ("escapes", "a: \"", "\\u00e9\\x41\\t"),
        ("literal lines", "a: |\n", "  line\n\n"),
        ("folded lines", "a: >\n", "  line\n   more\n"),
        ("flow entries", "a: [", "x, "),
        ("flow pairs", "a: [", "k: v, "),
        ("flow maps", "a: {", "k: v, "),
        ("anchors", "", "k: &a v\n"),
        ("aliases", "b: &a x\n", "- *a\n"),
        ("comments", "", "# comment\n"),
        ("unclosed quote", "a: '", "x\n  "),
        ("unclosed flow", "a: [", "x,\n  "),
        ("long key line", "", "k "),
        ("tabs", "a: ", "\t"),
        ("documents", "", "---\n"),
        ("tags", "", "- !!str x\n"),
    ];
    let mut slow = Vec::new();
    for (name, head, unit) in floods {
        // 40 KB, as tests/floods.rs's floods, and 160 KB.
        let n = 40_000 / unit.len();
        let small = format!("{head}{}", unit.repeat(n));
        let large = format!("{head}{}", unit.repeat(4 * n));
        // Warm up, then compare; a machine shared with other work can stall
        // one measurement, so a flood is slow only if three say so.
        let _ = parse(&small);
        let mut ratios = Vec::new();
        for _ in 0..3 {
            let (a, b) = (time(&small), time(&large));
            let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-6);
            if ratio <= 8.0 || b <= Duration::from_millis(5) {
                break;
            }
            ratios.push(format!("{a:?} -> {b:?} ({ratio:.1}x)"));
        }
        if ratios.len() == 3 {
            slow.push(format!("{name}: {ratios:?}"));
        }
    }
    assert!(slow.is_empty(), "superlinear: {slow:?}");
}

/// Every prefix and every one-byte deletion of a document with every
/// construct: an error or events, never a panic.
#[test]
fn no_input_panics() {
    let doc = "%YAML 1.2\n%TAG !e! tag:example.com,2000:\n--- !e!root\n\u{feff}a: &x 1\n'b': \"q\\u00e9\\\n  r\"\n? [c, {d: e}]\n: *x\n<<: {f: g}\nh: |+2\n    lit\n\ni: >-\n  fold\n  ed\n- not\nj:\n- k: !!str l\n  m: !<tag:x> n\n...\n# end\n";
    for end in (0..=doc.len()).filter(|&i| doc.is_char_boundary(i)) {
        let _ = parse(&doc[..end]);
        let mut cut = doc.to_owned();
        if end < doc.len() && doc.is_char_boundary(end + 1) {
            cut.remove(end);
            let _ = parse(&cut);
        }
    }
}
