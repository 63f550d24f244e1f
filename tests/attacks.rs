//! The attack corpus (tests/data/attacks.txt), natively: every case is rendered with
//! the default options and with `unsafe = true`, with test shortcode templates that
//! pass arguments into attributes, `safeHTML` and `markdownify`. Whatever the case,
//! the body, TOC and summary HTML must hold none of what SECURITY.md rules out.
//! tests/e2e/attacks.test.mjs runs the same corpus in Chromium.

use recap::Options;

const FORBIDDEN_ELEMENTS: [&str; 21] = [
    "script", "style", "object", "embed", "applet", "form", "base", "meta", "link", "svg", "math", "textarea", "select", "button", "frame",
    "frameset", "noscript", "template", "xmp", "noembed", "portal",
];

/// Attributes that hold a URL the browser follows or loads.
const URL_ATTRIBUTES: [&str; 12] =
    ["href", "src", "cite", "action", "formaction", "poster", "background", "data", "lowsrc", "dynsrc", "ping", "xlink:href"];

/// Hosts our own embeds may load from.
const EMBED_HOSTS: [&str; 3] =
    ["https://www.youtube.com/embed/", "https://www.youtube-nocookie.com/embed/", "https://player.vimeo.com/video/"];

fn cases() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/attacks.txt")).unwrap();
    text.split("\n### ")
        .skip(1)
        .map(|chunk| {
            let (name, post) = chunk.split_once('\n').unwrap_or((chunk, ""));
            (name.to_owned(), unescape(post.trim_end_matches('\n')))
        })
        .collect()
}

/// The corpus writes CR, NUL and other controls as `\r`, `\0`, `\xNN` so the file stays text.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(t) = tail.strip_prefix("\\r") {
            out.push('\r');
            rest = t;
        } else if let Some(t) = tail.strip_prefix("\\0") {
            out.push('\0');
            rest = t;
        } else if tail.starts_with("\\x") && tail.len() >= 4 && u8::from_str_radix(&tail[2..4], 16).is_ok() {
            out.push(char::from(u8::from_str_radix(&tail[2..4], 16).unwrap()));
            rest = &tail[4..];
        } else {
            out.push('\\');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

fn options(unsafe_html: bool) -> Options {
    let mut o = Options::default();
    o.markup.goldmark.renderer.unsafe_html = unsafe_html;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["tests/data/hugo-oracle/shortcodes", "tests/data/shortcode-templates"] {
        o.shortcodes.extend(recap::shortcode::load_templates(&root.join(dir)).unwrap());
    }
    o
}

/// Every rule violation in `html`, described.
fn violations(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let doc = scraper::Html::parse_fragment(html);
    for node in doc.tree.nodes() {
        let scraper::Node::Element(e) = node.value() else { continue };
        let tag = e.name();
        if FORBIDDEN_ELEMENTS.contains(&tag) {
            found.push(format!("<{tag}> element"));
        }
        // A task list's checkbox is the one form control Recap writes: disabled, nothing else.
        if tag == "input"
            && !(e.attr("type") == Some("checkbox")
                && e.attr("disabled").is_some()
                && e.attrs().all(|(n, _)| matches!(n, "type" | "disabled" | "checked")))
        {
            found.push("<input> other than a task list's disabled checkbox".to_owned());
        }
        let embed = tag == "iframe" && e.attr("src").is_some_and(|src| EMBED_HOSTS.iter().any(|h| src.starts_with(h)));
        if tag == "iframe" && !embed {
            found.push(format!("<iframe> not built by Recap: {:?}", e.attr("src")));
        }
        if tag == "iframe" && e.attr("srcdoc").is_some() {
            found.push("<iframe srcdoc>".to_owned());
        }
        for (name, value) in e.attrs() {
            let lower = name.to_ascii_lowercase();
            if lower.starts_with("on") {
                found.push(format!("event handler {name} on <{tag}>"));
            }
            if URL_ATTRIBUTES.contains(&lower.as_str()) && !recap::html::is_safe_url(value) {
                found.push(format!("{name}={value:?} on <{tag}>"));
            }
            if lower == "srcset" && value.split(',').any(|c| !recap::html::is_safe_url(c.split_whitespace().next().unwrap_or(""))) {
                found.push(format!("srcset={value:?}"));
            }
            // Loading attributes may not reach the attacker's host: images from a post
            // may load from anywhere else, but the corpus uses evil.example for hosts
            // that CSS, embeds and forms try to reach.
            if ["src", "srcset", "poster", "data", "background"].contains(&lower.as_str()) && value.contains("evil.example") && tag != "img"
            {
                found.push(format!("<{tag} {name}> loads from evil.example"));
            }
            if lower == "style" {
                let ours = matches!(tag, "th" | "td") && ["text-align: left", "text-align: center", "text-align: right"].contains(&value)
                    || tag == "div" && value == EMBED_WRAPPER_STYLE
                    || embed && value == EMBED_FRAME_STYLE;
                if !ours {
                    found.push(format!("style={value:?} on <{tag}>"));
                }
            }
            if matches!(lower.as_str(), "http-equiv" | "formaction" | "srcdoc" | "autofocus" | "is") {
                found.push(format!("{name} attribute on <{tag}>"));
            }
        }
    }
    found
}

/// The only inline styles Recap writes outside tables: its embeds' responsive wrapper and frame.
const EMBED_WRAPPER_STYLE: &str = "position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;";
const EMBED_FRAME_STYLE: &str = "position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;";

#[test]
fn the_corpus_is_large_and_named() {
    let cases = cases();
    assert!(cases.len() >= 150, "{} cases", cases.len());
    let mut names: Vec<_> = cases.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "case names are unique");
}

#[test]
fn no_case_gets_past_the_policy() {
    let renderers = [("default", recap::Renderer::new(options(false))), ("unsafe", recap::Renderer::new(options(true)))];
    let mut failures = Vec::new();
    for (name, post) in cases() {
        for (mode, renderer) in &renderers {
            let r = renderer.render(&post);
            for (part, html) in [("html", &r.html), ("toc", &r.toc_html), ("summary", &r.summary_html)] {
                for v in violations(html) {
                    failures.push(format!("{name} ({mode}, {part}): {v}"));
                }
            }
            for b in &r.blocks {
                for v in violations(&b.html) {
                    failures.push(format!("{name} ({mode}, block {}): {v}", b.key));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} violations:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_checker_catches_what_it_looks_for() {
    // The rules above would be worthless if they passed everything.
    for bad in [
        "<script>x</script>",
        "<img src=x onerror=y>",
        "<a href=\"javascript:x\">x</a>",
        "<a href=\"&#x6a;avascript:x\">x</a>",
        "<iframe srcdoc=\"x\"></iframe>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<div style=\"position:fixed\">x</div>",
        "<video poster=\"https://evil.example/p.png\"></video>",
        "<img srcset=\"a.png 1x, javascript:x 2x\">",
        "<meta http-equiv=refresh content=0>",
        "<input type=checkbox>",
        "<input type=checkbox disabled autofocus>",
    ] {
        assert!(!violations(bad).is_empty(), "{bad} should be a violation");
    }
    for good in [
        "<p><a href=\"https://example.com/\">x</a><img src=\"/a.png\" alt=\"\"></p>",
        "<table><tr><td style=\"text-align: left\">x</td></tr></table>",
        "<div style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\"><iframe src=\"https://www.youtube.com/embed/abc\"></iframe></div>",
    ] {
        assert_eq!(violations(good), Vec::<String>::new(), "{good} is allowed");
    }
}

/// Deep nesting of every kind renders, within the 1 MiB stack a wasm module gets, and
/// front matter nested past its parser's limit is reported rather than crashing.
#[test]
fn deep_nesting_neither_overflows_nor_hangs() {
    let n = 50_000;
    let open_close = |open: &str, inner: &str, close: &str| format!("{}{inner}{}", open.repeat(n), close.repeat(n));
    let cases: Vec<(&str, String, Option<&str>)> = vec![
        ("yaml sequences", format!("---\na: {}\n---\nx\n", open_close("[", "", "]")), Some("front-matter/yaml-syntax")),
        ("yaml mappings", format!("---\na: {}\n---\nx\n", open_close("{a: ", "1", "}")), Some("front-matter/yaml-syntax")),
        ("toml arrays", format!("+++\na = {}\n+++\nx\n", open_close("[", "", "]")), Some("front-matter/toml-syntax")),
        ("toml tables", format!("+++\na = {}\n+++\nx\n", open_close("{a = ", "1", "}")), Some("front-matter/toml-syntax")),
        ("json arrays", format!("{{\"a\":{}}}\nx\n", open_close("[", "", "]")), Some("front-matter/json-syntax")),
        ("block quotes", format!("{}x\n", "> ".repeat(n)), None),
        ("lists", (0..2000).map(|i| format!("{}- x\n", "  ".repeat(i))).collect(), None),
        ("emphasis", open_close("*", "x", "*"), None),
        ("links", format!("{}(/u)\n", open_close("[", "x", "]")), None),
        ("raw blocks", open_close("<div>", "x", "</div>"), None),
        ("raw inline", format!("a {}\n", open_close("<span>", "x", "</span>")), None),
        ("shortcodes", format!("x {}\n", open_close("{{< details >}}", "x", "{{< /details >}}")), None),
    ];
    let options = options(true);
    let handle = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            for (name, post, code) in cases {
                let r = recap::Renderer::new(options.clone()).render(&post);
                if let Some(code) = code {
                    assert!(r.diagnostics.iter().any(|d| d.code == code), "{name}: {code} is reported");
                }
                // (The corpus test checks safety; a 50,000-deep tree is too slow for html5ever's scope checks.)
                assert!(!r.html.is_empty(), "{name}: something renders");
            }
        })
        .unwrap();
    handle.join().expect("no case overflows the stack");
}

/// Every limit gives a diagnostic and a valid, truncated render.
#[test]
fn limits_are_reported_and_the_rest_renders() {
    let small = Options { max_input_bytes: 64, ..Options::default() };
    let post = "---\ntitle: Long\n---\nThe first line fits.\n\nThe second line is cut: it goes past the limit.\n";
    let r = recap::render(post, &small);
    let d = r.diagnostics.iter().find(|d| d.code == "limits/input-too-large").expect("the cut is reported");
    assert_eq!(d.span.end, post.len(), "the warning covers what was dropped");
    assert_eq!(d.start.line, 6, "and is located in the full post");
    assert_eq!(r.html, "<p>The first line fits.</p>\n");
    assert_eq!(r.front_matter["title"], "Long");

    let from_config = recap::Options::from_config("recap:\n  maxInputBytes: 64\n", None).unwrap();
    assert_eq!(from_config.max_input_bytes, 64, "the limit is configurable");

    let many = "{{< nope >}}\n".repeat(5000);
    let r = recap::render(&format!("x\n{many}"), &Options::default());
    assert_eq!(r.diagnostics.len(), recap::MAX_DIAGNOSTICS + 1, "diagnostics are capped");
    assert_eq!(r.diagnostics.last().unwrap().code, "limits/too-many-diagnostics");
    assert_eq!(r.html.matches("unknown shortcode `nope`").count(), 5000, "and everything still renders");

    let deep = format!("x {}y{}\n", "{{< details >}}".repeat(300), "{{< /details >}}".repeat(300));
    let r = recap::render(&deep, &Options::default());
    assert!(r.diagnostics.iter().any(|d| d.code == "shortcode/too-deep"), "deep nesting is reported");
    assert!(r.html.contains("<details"), "the calls within the limit render");

    let laughs = "---\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\nBody\n";
    let r = recap::render(laughs, &Options::default());
    assert!(r.diagnostics.iter().any(|d| d.code == "front-matter/yaml-syntax" && d.message.contains("aliases")), "{:?}", r.diagnostics);
    assert_eq!(r.html, "<p>Body</p>\n");
}
