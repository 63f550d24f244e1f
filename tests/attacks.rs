//! The attack corpus (tests/data/attacks.txt), natively: every case is rendered with
//! the default options and with `unsafe = true`, with test shortcode templates that
//! pass arguments into attributes, `safeHTML` and `markdownify`. Whatever the case,
//! the body, TOC and summary HTML must hold none of what SECURITY.md rules out.
//! tests/e2e/attacks.test.mjs runs the same corpus in Chromium.

use recap::Options;

#[path = "common/policy.rs"]
mod policy;
use policy::violations;

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

/// The corpus writes CR, NUL and other controls as `\r`, `\0`, `\xNN` so the file stays text;
/// `\n` is a line break, and `\{N:unit\}` is `unit` repeated N times, with `\#` in it the
/// repeat's number (0, 1, …), so that large cases stay short.
fn unescape(s: &str) -> String {
    let s = expand_repeats(s);
    let mut out = String::new();
    let mut rest = s.as_str();
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(t) = tail.strip_prefix("\\r") {
            out.push('\r');
            rest = t;
        } else if let Some(t) = tail.strip_prefix("\\n") {
            out.push('\n');
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

/// `\{N:unit\}` → `unit` N times (`\#` in it: the repeat's number).
fn expand_repeats(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\\{") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 2..];
        let (count, unit, after) = tail
            .split_once(':')
            .and_then(|(n, more)| Some((n.parse::<usize>().ok()?, more.split_once("\\}")?)))
            .map(|(n, (unit, after))| (n, unit, after))
            .expect("a repeat is \\{N:unit\\}");
        for k in 0..count {
            out.push_str(&unit.replace("\\#", &k.to_string()));
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn options(unsafe_html: bool) -> Options {
    let mut o = Options::default();
    o.markup.goldmark.renderer.unsafe_html = unsafe_html;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["tests/data/hugo-oracle/shortcodes", "tests/data/shortcode-templates"] {
        o.shortcodes.extend(recap::load_templates(&root.join(dir)).unwrap());
    }
    o
}

#[test]
fn the_corpus_is_large_and_named() {
    let cases = cases();
    assert!(cases.len() >= 150, "{} cases", cases.len());
    let mut names: Vec<_> = cases.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "case names are unique");
    // A post that starts with `{` is read as JSON front matter: a case starting
    // with a shortcode call would test the front matter's parser, not the shortcode.
    for (name, post) in &cases {
        assert!(!post.starts_with("{{"), "{name}: starts with a shortcode call, read as JSON front matter");
    }
}

#[test]
fn no_case_gets_past_the_policy() {
    let renderers = [("default", recap::Renderer::new(options(false))), ("unsafe", recap::Renderer::new(options(true)))];
    let mut failures = Vec::new();
    for (name, post) in cases() {
        for (mode, renderer) in &renderers {
            let r = renderer.render(&post);
            for (part, html) in [("html", &r.html), ("toc", &r.toc_html), ("summary", &r.summary_html)] {
                for v in violations(html).into_iter().chain(shape_violations(html)) {
                    failures.push(format!("{name} ({mode}, {part}): {v}"));
                }
            }
            for b in &r.blocks {
                for v in violations(&b.html).into_iter().chain(shape_violations(&b.html)) {
                    failures.push(format!("{name} ({mode}, block {}): {v}", b.key));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} violations:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_policy_takes_highlightings_inline_styles_and_nothing_that_moves_or_loads() {
    for ours in [
        "color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-webkit-text-size-adjust:none;",
        "padding:0 0.4em 0 0.4em;color:#7f7f7f",
        "display:flex; background-color:#3c3d38",
        "vertical-align:top;padding:0;margin:0;border:0;;width:100%",
    ] {
        assert!(policy::highlight_style(ours), "{ours}");
    }
    for other in [
        "position:fixed",
        "color:#fff;background:url(x)",
        "background-color:url(x)",
        "margin:-100px",
        "color:expression(x)",
        "color:\\23 fff",
        "width:100vw",
        "display:flex;top:0",
    ] {
        assert!(!policy::highlight_style(other), "{other}");
    }
}

/// Every parameter a built-in shortcode reads, named and by position, given
/// values that try to leave their attribute, add markup or run a URL: the
/// corpus's cases name a few; this tries them all, beside the parameters each
/// shortcode needs to render at all.
#[test]
fn no_builtin_shortcode_parameter_lets_a_value_out() {
    const BASE: &[(&str, &str)] = &[
        ("youtube", "id=\"0RKpf3rK57I\""),
        ("vimeo", "id=\"1\""),
        ("figure", "src=\"a.png\""),
        ("x", "user=\"a\" id=\"1\""),
        ("instagram", "id=\"abc\""),
        ("details", ""),
        ("highlight", ""),
        ("qr", "text=\"hello\""),
        ("param", ""),
        ("ref", ""),
        ("relref", ""),
    ];
    const PARAMS: &[&str] = &[
        "id",
        "class",
        "title",
        "loading",
        "user",
        "src",
        "options",
        "name",
        "href",
        "allowFullScreen",
        "width",
        "text",
        "target",
        "summary",
        "start",
        "rel",
        "path",
        "open",
        "mute",
        "loop",
        "link",
        "lang",
        "height",
        "end",
        "controls",
        "caption",
        "autoplay",
        "attrlink",
        "attr",
        "alt",
        "level",
        "scale",
        "targetDir",
        "type",
        "hideCaption",
        "dnt",
        "theme",
    ];
    const VALUES: &[&str] = &[
        "x\\\" onmouseover=\\\"__canary()",
        "x\\\"><img src=x onerror=__canary()>",
        "javascript:__canary()",
        "'><script>__canary()</script>",
    ];
    let renderers = [("default", recap::Renderer::new(options(false))), ("unsafe", recap::Renderer::new(options(true)))];
    let mut failures = Vec::new();
    let mut rendered = 0;
    for (name, base) in BASE {
        // (The built-ins that read inner content are closed.)
        let inner = if ["details", "highlight", "qr"].contains(name) { format!("x{{{{< /{name} >}}}}") } else { String::new() };
        let mut calls: Vec<String> = VALUES.iter().map(|v| format!("{{{{< {name} \"{v}\" >}}}}{inner}")).collect();
        if *name == "highlight" {
            // Its options string, the second positional argument (values cannot hold `=` or `,`).
            for option in ["linenos=inline,anchorlinenos=true,lineanchors", "wrapperclass", "style", "hl_lines", "linenostart"] {
                calls.push(format!("{{{{< highlight go \"{option}=a\\\"><script>__canary()</script><b title\\\"\" >}}}}{inner}"));
            }
        }
        for param in PARAMS {
            for v in VALUES {
                let rest: String =
                    base.split(' ').filter(|kv| !kv.is_empty() && !kv.starts_with(&format!("{param}="))).collect::<Vec<_>>().join(" ");
                calls.push(format!("{{{{< {name} {rest} {param}=\"{v}\" >}}}}{inner}"));
            }
        }
        for call in calls {
            let post = format!("Text.\n\n{call}\n");
            for (mode, renderer) in &renderers {
                let r = renderer.render(&post);
                rendered += 1;
                for v in violations(&r.html).into_iter().chain(shape_violations(&r.html)) {
                    failures.push(format!("{call} ({mode}): {v}"));
                }
            }
        }
    }
    assert!(rendered > 2000, "{rendered} renders");
    assert!(failures.is_empty(), "{} violations:\n{}", failures.len(), failures.join("\n"));
}

/// The deepest element of `html` parsed as a browser parses a fragment, counted
/// from 1 for the container's children.
fn dom_depth(html: &str) -> usize {
    let doc = scraper::Html::parse_fragment(html);
    let mut deepest = 0;
    let mut stack = vec![(*doc.root_element(), 0)];
    while let Some((node, depth)) = stack.pop() {
        for child in node.children() {
            if child.value().is_element() {
                deepest = deepest.max(depth + 1);
                stack.push((child, depth + 1));
            }
        }
    }
    deepest
}

/// What SECURITY.md promises about the shape of the HTML: no deeper than the DOM
/// limit, and no `id` or `name` that takes over a member of the page.
fn shape_violations(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let depth = dom_depth(html);
    if depth > recap::internals::limits::DOM_DEPTH {
        found.push(format!("the DOM is {depth} elements deep"));
    }
    let doc = scraper::Html::parse_fragment(html);
    for node in doc.tree.nodes() {
        let scraper::Node::Element(e) = node.value() else { continue };
        for attribute in ["id", "name"] {
            if let Some(v) = e.attr(attribute) {
                if recap::internals::html::unclobbered(e.name(), attribute, v) != v {
                    found.push(format!("<{} {attribute}={v:?}> takes over a member of the page", e.name()));
                }
            }
        }
    }
    found
}

/// Tag soup through the nesting pass: parsed as a browser parses it, the DOM is
/// never deeper than the pass's limit (its model of the parser stays in step
/// with html5ever's), and what the pass writes passes through it unchanged.
#[test]
fn the_nesting_pass_keeps_step_with_a_browser_parser() {
    const TAGS: &[&str] = &[
        "p",
        "div",
        "span",
        "b",
        "i",
        "a",
        "em",
        "strong",
        "code",
        "u",
        "s",
        "font",
        "nobr",
        "small",
        "table",
        "tbody",
        "thead",
        "tr",
        "td",
        "th",
        "caption",
        "colgroup",
        "col",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "pre",
        "marquee",
        "ruby",
        "rt",
        "rp",
        "rb",
        "rtc",
        "hr",
        "br",
        "img",
        "blockquote",
        "section",
        "details",
        "summary",
        "figure",
        "sup",
        "listing",
        "center",
        "x-y",
        "mark",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % n
    };
    let limit = 12;
    for round in 0..3000 {
        let mut html = String::new();
        for _ in 0..next(120) {
            let tag = TAGS[next(TAGS.len())];
            match next(7) {
                0..=2 => html.push_str(&format!("<{tag} class=\"c{}\">", next(5))),
                3 | 4 => html.push_str(&format!("</{tag}>")),
                5 => html.push('x'),
                _ => html.push(' '),
            }
        }
        let out = recap::internals::html::Nesting::new(limit).piece(&html).unwrap_or_else(|| html.clone());
        let depth = dom_depth(&out);
        assert!(depth <= limit, "round {round}: {depth} deep (limit {limit})\n in: {html}\nout: {out}");
        assert_eq!(
            recap::internals::html::Nesting::new(limit).piece(&out),
            None,
            "round {round}: the output is a fixed point\n in: {html}\nout: {out}"
        );
    }
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
    // The promise is for optimised builds (the wasm module has a 1 MiB stack;
    // tests/e2e/attacks.test.mjs checks the release modules in Chromium). Debug
    // builds' frames are several times larger: 100 levels of nested shortcodes
    // (the depth limit) need more than 1 MiB there.
    let stack = if cfg!(debug_assertions) { 8 << 20 } else { 1 << 20 };
    let handle = std::thread::Builder::new()
        .stack_size(stack)
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
    assert_eq!(r.diagnostics.len(), recap::internals::limits::MAX_DIAGNOSTICS + 1, "diagnostics are capped");
    assert_eq!(r.diagnostics.last().unwrap().code, "limits/too-many-diagnostics");
    assert_eq!(r.html.matches("unknown shortcode `nope`").count(), 5000, "and everything still renders");

    // A limit reached after the cap is still reported: 12,000 calls go past
    // the shortcode-call limit, and their errors fill the list long before.
    let calls = "{{< nope >}}\n".repeat(recap::internals::limits::MAX_SHORTCODE_CALLS + 2000);
    let r = recap::render(&format!("x\n{calls}"), &Options::default());
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code).filter(|c| c.starts_with("limits/")).collect();
    assert_eq!(codes, ["limits/too-many-diagnostics", "limits/too-many-shortcodes"], "the limit after the cap is kept");

    // Calls that cannot be read count too: a flood of openers stays about the
    // size it was written, past the limit (each error box is ~40 times its `{{< `).
    let (small, large) = ("{{< ".repeat(50_000), "{{< ".repeat(100_000));
    let (a, b) = (recap::render(&small, &Options::default()), recap::render(&large, &Options::default()));
    assert!(b.diagnostics.iter().any(|d| d.code == "limits/too-many-shortcodes"), "the flood reaches the limit");
    let growth = (b.html.len() - a.html.len()) as f64 / (large.len() - small.len()) as f64;
    assert!(growth < 2.0, "past the limit each byte of openers adds {growth:.1} bytes of HTML");

    let deep = format!("x {}y{}\n", "{{< details >}}".repeat(300), "{{< /details >}}".repeat(300));
    let r = recap::render(&deep, &Options::default());
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["shortcode/too-deep"], "the call past the limit is one problem; its content and the closing tags are not more");
    assert_eq!(r.html.matches("<details").count(), recap::internals::limits::MAX_SHORTCODE_DEPTH, "the calls within the limit render");
    assert!(r.html.contains("{{&lt; /details &gt;}}y") || r.html.contains("y{{&lt; /details &gt;}}"), "the rest is shown as written");
    // Past the limit the HTML stays about the size of the post (it was 7 times it: an error box per tag).
    let deeper = format!("x {}y{}\n", "{{< details >}}".repeat(5000), "{{< /details >}}".repeat(5000));
    let r = recap::render(&deeper, &Options::default());
    assert!(r.html.len() < deeper.len() * 2, "{} bytes of HTML for {} of post", r.html.len(), deeper.len());

    let mut o = Options::default();
    for (name, template) in [
        ("huge_range", "{{ range 1000000000000 }}x{{ end }}"),
        ("huge_repeat", "{{ strings.Repeat 10000 (strings.Repeat 10000 \"x\") }}"),
        ("long_output", "{{ range seq 10000 }}{{ strings.Repeat 10000 \"y\" }}{{ end }}"),
        ("megabyte", "{{ range seq 1000 }}{{ strings.Repeat 1000 \"z\" }}{{ end }}"),
    ] {
        o.shortcodes.insert(name.to_owned(), template.to_owned());
    }
    for (call, message) in [("huge_range", "steps of work"), ("huge_repeat", "strings.Repeat"), ("long_output", "larger than 1024 KiB")] {
        let r = recap::render(&format!("x {{{{< {call} >}}}}\n"), &o);
        assert!(r.diagnostics.iter().any(|d| d.code == "shortcode/template" && d.message.contains(message)), "{call}: {:?}", r.diagnostics);
        assert!(r.html.contains("recap-shortcode-error"), "{call}: the call shows as an error");
    }
    let r = recap::render(&format!("x\n\n{}", "{{< megabyte >}}\n\n".repeat(20)), &o);
    let over: Vec<_> = r.diagnostics.iter().filter(|d| d.code == "limits/output-too-large").collect();
    assert_eq!(over.len(), 3, "calls after the first 16 MiB are refused: {:?}", r.diagnostics);
    assert_eq!(r.blocks.iter().filter(|b| b.html.starts_with("zzzz")).count(), 17, "and the ones before render");

    let calls = format!("---\ntitle: T\n---\n{}", "{{< param title >}} ".repeat(10_002));
    let r = recap::render(&calls, &Options::default());
    let too_many: Vec<_> = r.diagnostics.iter().filter(|d| d.code == "limits/too-many-shortcodes").collect();
    assert_eq!(too_many.len(), 1, "reported once");
    assert_eq!(too_many[0].span.start, "---\ntitle: T\n---\n".len() + 10_000 * "{{< param title >}} ".len(), "at the first call refused");
    assert_eq!(r.html.matches("T ").count(), 10_000, "the calls within the limit render");
    assert_eq!(r.html.matches("{{&lt; param title &gt;}}").count(), 2, "the rest show as written");

    let zalgo = format!(
        "## Z{}\n\nZ{} and [a](/x \"t{}\")\n\nཀ྄ྲྀ normal Tibetan stacking stays\n",
        "\u{301}".repeat(40),
        "\u{301}".repeat(100),
        "\u{302}".repeat(31)
    );
    let r = recap::render(&zalgo, &Options::default());
    let runs: Vec<_> = r.diagnostics.iter().filter(|d| d.code == "limits/combining-marks").collect();
    assert_eq!(runs.len(), 3, "{:?}", r.diagnostics);
    assert_eq!(runs[1].message, "100 combining marks in a row; only the first 30 are shown");
    assert_eq!(r.html.matches('\u{301}').count(), 60, "each run is cut to 30: {}", r.html);
    assert_eq!(r.html.matches('\u{302}').count(), 30, "in attributes too");
    assert_eq!(r.toc_html.matches('\u{301}').count(), 30, "and in the TOC");
    assert!(r.html.contains("ཀ྄ྲྀ"), "short runs are untouched");

    let laughs = "---\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\nBody\n";
    let r = recap::render(laughs, &Options::default());
    assert!(r.diagnostics.iter().any(|d| d.code == "front-matter/yaml-syntax" && d.message.contains("aliases")), "{:?}", r.diagnostics);
    assert_eq!(r.html, "<p>Body</p>\n");
}

/// Nesting past a limit, embeds past the live limit and clobbering names: each
/// is reported (nesting once, at the first place), and the HTML says what
/// SECURITY.md says it does.
#[test]
fn nesting_embeds_and_names_are_reported() {
    let unsafe_options = options(true);
    let nesting = |post: &str, o: &Options| {
        let r = recap::render(post, o);
        let found: Vec<_> = r.diagnostics.iter().filter(|d| d.code == "limits/nesting").collect();
        assert_eq!(found.len(), 1, "one limits/nesting warning for {:.40}: {:?}", post, r.diagnostics);
        (found[0].span.start, found[0].message.clone(), r)
    };
    let raw = format!("Intro\n\n{}x\n", "<div>".repeat(5000));
    let (at, message, r) = nesting(&raw, &unsafe_options);
    assert_eq!(at, "Intro\n\n".len(), "at the HTML block");
    assert!(message.contains("64"), "{message}");
    assert_eq!(r.html.matches("<div>").count(), recap::internals::limits::HTML_NESTING, "the first 64 elements stay");

    let template = "{{< unsafe \"/x\" \"<div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div>x\" >}}\n";
    let (at, _, r) = nesting(&format!("Intro\n\n{template}"), &unsafe_options);
    assert_eq!(at, "Intro\n\n".len(), "at the shortcode call");
    assert_eq!(r.html.matches("<div>").count(), 64);

    // (A post that opens with `{` has JSON front matter, as in Hugo: the flood starts on line 3.)
    let composed = format!(
        "Deep\n\n{}{}{}x{}\n\n{}",
        "{{< details summary=\"s\" >}}\n\n".repeat(99),
        "> ".repeat(150),
        "*".repeat(64),
        "*".repeat(64),
        "{{< /details >}}\n\n".repeat(99)
    );
    for o in [Options::default(), unsafe_options.clone()] {
        let (_, message, r) = nesting(&composed, &o);
        assert!(message.contains(&recap::internals::limits::DOM_DEPTH.to_string()) || message.contains("100"), "{message}");
        assert!(r.html.contains(">x<"), "the text stays");
    }

    let embeds = format!("Videos\n\n{}", "{{< youtube w7Ejdfy1J40 >}}\n\n".repeat(25));
    let r = recap::render(&embeds, &Options::default());
    let live: Vec<_> = r.diagnostics.iter().filter(|d| d.code == "limits/live-embeds").collect();
    assert_eq!(live.len(), 1, "{:?}", r.diagnostics);
    assert_eq!(live[0].start.line, 43, "at the 21st embed");
    assert_eq!(r.html.matches("<iframe").count(), 25, "the HTML string keeps every embed, as Hugo's");
    let few = recap::render(&format!("Videos\n\n{}", "{{< youtube w7Ejdfy1J40 >}}\n\n".repeat(20)), &Options::default());
    assert!(few.diagnostics.iter().all(|d| d.code != "limits/live-embeds"));
    let o = Options::from_config("recap:\n  maxLiveEmbeds: 2\n", None).unwrap();
    assert_eq!(o.max_live_embeds, 2, "the limit is an option");
    assert!(recap::render(&format!("V\n\n{}", "{{< vimeo 146022717 >}}\n\n".repeat(3)), &o)
        .diagnostics
        .iter()
        .any(|d| d.code == "limits/live-embeds"));

    let r = recap::render("## To string {#toString}\n\n## Cookie {#cookie}\n\n## History\n\n[up](#history)\n", &Options::default());
    assert!(
        r.html.contains("<h2 id=\"cookie\">") && r.html.contains("<h2 id=\"history\">"),
        "Hugo's IDs stay where nothing is taken over: {}",
        r.html
    );
    let r = recap::render(
        "<img name=\"cookie\" id=\"body\"><fieldset name=\"submit\">x</fieldset> {{< details name=\"forms\" >}}y{{< /details >}}\n",
        &unsafe_options,
    );
    assert!(r.html.contains("<img name=\"user-content-cookie\" id=\"user-content-body\">"), "{}", r.html);
    assert!(r.html.contains("<fieldset name=\"user-content-submit\">"), "{}", r.html);
    assert!(r.html.contains("<details name=\"user-content-forms\">"), "{}", r.html);
}

/// Inputs that crashed a fuzz target (`make fuzz`), each named for what it found.
mod fuzz_regressions {
    use super::{options, violations};

    fn check(post: &str) {
        for unsafe_html in [false, true] {
            let r = recap::Renderer::new(options(unsafe_html)).render(post);
            assert_eq!(violations(&r.html), Vec::<String>::new());
        }
    }

    fn file(name: &str) -> String {
        std::fs::read_to_string(format!("{}/tests/data/fuzz-regressions/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    /// differential: text after a raw-text element's end tag that starts with a
    /// multibyte character was sliced inside that character.
    #[test]
    fn multibyte_text_after_a_raw_text_element() {
        check(&file("differential-multibyte-after-textarea.md"));
        check("<textarea></textarea>Đ <b>x</b>\n");
    }

    /// sanitizer: the policy checker took an HTML element with an id around
    /// an `<svg>` for one a `<use>` in it could copy (only SVG elements can be).
    #[test]
    fn a_use_inside_an_html_element_with_an_id() {
        check(&file("sanitizer-use-inside-an-html-element-with-an-id.md"));
        check("<div id=\"x\">\n<svg><use href=\"#x\"></use></svg>\n</div>\n");
    }

    /// render: the same tokenizer slice, reached through an attribute block and NUL runs.
    #[test]
    fn nul_runs_and_an_attribute_block() {
        check(&file("render-nul-runs-and-attribute-block.md"));
    }

    /// template: a site template whose whole output is one multibyte character.
    #[test]
    fn template_output_starting_with_a_multibyte_character() {
        let mut o = options(false);
        o.shortcodes.insert("t".to_owned(), "ě".to_owned());
        assert_eq!(recap::render("x {{< t >}}\n", &o).html, "<p>x ě</p>\n");
    }

    /// differential: a heading ID with a control character made a TOC link the
    /// policy refused; a fragment stays on the page, so it is allowed.
    #[test]
    fn control_character_in_a_heading_id() {
        let r = recap::render("## Title {#t\u{2}\0 onccolor::red}\n", &options(false));
        assert_eq!(violations(&r.toc_html), Vec::<String>::new(), "{}", r.toc_html);
        check("## Title {#t\u{2}\0 onccolor::red}\n");
    }

    /// template: `''` followed by a multibyte character; the rune literal skipped a
    /// byte it assumed was the closing quote and landed inside the character.
    #[test]
    fn rune_literal_without_its_closing_quote() {
        for template in [file("template-rune-literal-without-closing-quote.html"), "{{ if .Is''\nģ }}x{{ end }}".to_owned()] {
            let mut o = options(false);
            o.shortcodes.insert("t".to_owned(), template);
            let r = recap::render("x {{< t >}}\n", &o);
            assert!(r.diagnostics.iter().any(|d| d.code == "shortcode/template"), "{:?}", r.diagnostics);
        }
        let mut o = options(false);
        o.shortcodes.insert("t".to_owned(), "{{ 'ģ' }} {{ 'a' }}".to_owned());
        assert_eq!(recap::render("x {{< t >}}\n", &o).html, "<p>x 291 97</p>\n", "rune literals still work");
    }

    /// differential and sanitizer: NUL then a control character at the start of a URL.
    /// The check trimmed both as a URL parser trims C0 controls, but a browser's
    /// HTML parser has already made the NUL U+FFFD, which is not trimmed.
    #[test]
    fn nul_before_a_control_character_in_a_url() {
        check(&file("differential-nul-and-control-in-img-src.md"));
        let mut s = recap::internals::html::Sanitizer::new();
        assert_eq!(s.clean("<img src=\"\0\u{4}n;y\">"), "<img src=\"\">");
        assert_eq!(s.clean("<img src=\"\0n;y\">"), "<img src=\"\u{fffd}n;y\">", "NUL alone is U+FFFD, still a relative URL");
    }

    /// differential and sanitizer: `src` on a `<div>` or an unknown element was kept
    /// (inert today, but a page may define a custom element that loads it).
    #[test]
    fn src_only_on_images() {
        check(&file("differential-src-on-a-div.md"));
        let mut s = recap::internals::html::Sanitizer::new();
        assert_eq!(s.clean("<hrame src=\"https://evil.example/\">x</hrame>"), "<hrame>x</hrame>");
        assert_eq!(s.clean("<img src=\"https://example.com/a.png\">"), "<img src=\"https://example.com/a.png\">");
    }

    /// differential: a heading's attribute list (`## T {href=…}`) wrote any attribute,
    /// URL or not. Links now pass the URL policy; loading attributes are dropped.
    #[test]
    fn heading_attribute_list_urls() {
        check(&file("differential-heading-attribute-href.md"));
        let r = recap::render("## A {href=\"javascript:x\" src=\"https://evil.example/\" data-x=\"1\" title=\"t\"}\n", &options(false));
        assert_eq!(r.html, "<h2 id=\"a\" href=\"\" data-x=\"1\" title=\"t\">A</h2>\n");
    }

    /// sanitizer: a bogus comment (`<![CD%AT…`) with a multibyte character across
    /// its ninth byte, where the `<!doctype` check sliced.
    #[test]
    fn multibyte_character_at_the_doctype_check() {
        let mut s = recap::internals::html::Sanitizer::new();
        let out = s.clean("<![CD%ATȤÖ rc=x oneRror=__can'ry()>]]>");
        assert_eq!(violations(&out), Vec::<String>::new(), "{out}");
    }
}

/// Encodings at the boundary, natively (tests/e2e/attacks.test.mjs checks the JS side,
/// where lone surrogates can occur).
#[test]
fn bom_crlf_cr_and_nul() {
    let o = Options::default();
    let lf = recap::render("---\ntitle: T\n---\n# Head\n\nPara *one*\ntwo\n", &o);
    let crlf = recap::render("\u{feff}---\r\ntitle: T\r\n---\r\n# Head\r\n\r\nPara *one*\r\ntwo\r\n", &o);
    assert_eq!(crlf.front_matter, lf.front_matter);
    assert_eq!(crlf.html, lf.html, "CRLF renders as LF does, after a BOM");
    assert_eq!(crlf.blocks.iter().map(|b| (b.start_line, b.end_line)).collect::<Vec<_>>(), vec![(4, 4), (6, 7)]);
    // Goldmark does not end a line at a bare CR in the body (Hugo 0.168 gives this ID).
    let cr = recap::render("---\rtitle: T\r---\r# Head\r\rPara\r", &o);
    assert_eq!(cr.front_matter, lf.front_matter);
    assert!(cr.html.starts_with("<h1 id=\"headpara\">"), "{}", cr.html);
    let nul = recap::render("a\0b <span title=\"x\0y\">c</span>\n", &o);
    assert_eq!(nul.html, "<p>a\u{fffd}b <!-- raw HTML omitted -->c<!-- raw HTML omitted --></p>\n");
    let bad = recap::render("\u{feff}---\r\ntitle: [\r\n---\r\nx\r\n", &o);
    assert_eq!((bad.diagnostics[0].start.line, bad.diagnostics[0].code), (3, "front-matter/yaml-syntax"));
}
