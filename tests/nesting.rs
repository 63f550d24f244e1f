//! Nesting limits in the Markdown output: past 100 block containers and 64
//! inline elements, content renders at the limit's depth with one
//! `limits/nesting` warning, so no post builds a DOM deep enough to stall a
//! browser's style and layout (or to be re-parented by its parser at 512).

use scraper::Html;

/// The deepest element nesting in an HTML fragment.
fn depth(html: &str) -> usize {
    fn walk(node: ego_tree::NodeRef<'_, scraper::node::Node>, d: usize, max: &mut usize) {
        // An explicit stack: the tree may be deep.
        let mut stack = vec![(node, d)];
        while let Some((n, d)) = stack.pop() {
            let d = if n.value().is_element() { d + 1 } else { d };
            *max = (*max).max(d);
            for c in n.children() {
                stack.push((c, d));
            }
        }
    }
    let doc = Html::parse_fragment(html);
    let mut max = 0;
    walk(*doc.root_element(), 0, &mut max);
    max.saturating_sub(1)
}

fn render(body: &str) -> recap::Rendered {
    let source = format!("---\ntitle: deep\n---\n{body}\n");
    // Deep nesting needs more stack than a test thread's default in debug builds.
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || recap::render(&source, &recap::Options::default()))
        .unwrap()
        .join()
        .unwrap()
}

fn warnings(r: &recap::Rendered) -> usize {
    r.diagnostics.iter().filter(|d| d.code == "limits/nesting").count()
}

#[test]
fn deep_block_quotes_lists_and_emphasis_are_flattened_with_one_warning() {
    for (what, body) in [
        ("block quotes", format!("{}deep", "> ".repeat(5000))),
        ("lists", (0..1000).map(|i| format!("{}- item {i}\n", "  ".repeat(i))).collect::<String>()),
        ("emphasis", format!("{}x{}", "*a ".repeat(3000), " b*".repeat(3000))),
        ("strong and struck", format!("{}x{}", "**a ~~b ".repeat(1500), " c~~ d**".repeat(1500))),
    ] {
        let r = render(&body);
        let d = depth(&r.html);
        assert!(
            d <= recap::internals::limits::BLOCK_NESTING + recap::internals::limits::INLINE_NESTING + 4,
            "{what}: the output should stay shallow, not {d} deep"
        );
        assert_eq!(warnings(&r), 1, "{what}: one limits/nesting warning, at the first place: {:?}", r.diagnostics);
        assert!(
            r.html.contains("deep") || r.html.contains("item 999") || r.html.contains('x'),
            "{what}: the innermost content still shows"
        );
    }
}

#[test]
fn ordinary_nesting_is_untouched() {
    let r = render("> > > quote\n\n- a\n  - b\n    - c\n\n***em** and [a *b*](/x)*");
    assert_eq!(warnings(&r), 0, "no warning for ordinary posts");
    assert!(r.html.contains("<blockquote>\n<blockquote>\n<blockquote>"), "{}", r.html);
}

/// The tree a browser builds, written out (scraper parses as html5ever does).
fn tree(html: &str) -> String {
    fn write(node: ego_tree::NodeRef<'_, scraper::node::Node>, out: &mut String) {
        match node.value() {
            scraper::node::Node::Element(e) => {
                out.push_str(&format!("<{}{:?}>", e.name(), e.attrs().collect::<Vec<_>>()));
                node.children().for_each(|c| write(c, out));
                out.push_str("</>");
            }
            scraper::node::Node::Text(t) => out.push_str(t),
            _ => node.children().for_each(|c| write(c, out)),
        }
    }
    let mut out = String::new();
    write(*Html::parse_fragment(html).root_element(), &mut out);
    out
}

/// Where raw or template HTML misnests formatting and blocks, the HTML Recap
/// writes (every implied end tag and re-opened element spelled out, so each
/// block parses alone as in the stream) makes the same tree as the HTML did.
#[test]
fn misnested_formatting_makes_the_tree_a_browser_makes() {
    for html in [
        "<p><a href=\"/u\">\n  <figure>\n    <img alt=\"x\" src=\"/i.png\">\n  </figure></a></p>\n<p>after</p>",
        "<b><i>x</b>y</i> z",
        "<div><em>x</div>y<p>z</p>",
        "<ul><li><strong>a<li>b</ul>c",
        "<p><code>x<div>y</div>z</code></p>",
        "<div><s><s><s><s>x</div>y",
        "<table><tr><td><b>x</td><td>y</td></tr></table>z",
        "<blockquote><a href=\"/a\">x</blockquote>y<a href=\"/b\">z</a>w",
        "<h2><em>x</h2>y",
    ] {
        let (rewritten, _) = recap::internals::html::limit_depth(html);
        let rewritten = rewritten.unwrap_or_else(|| html.to_owned());
        assert_eq!(tree(&rewritten), tree(html), "{html}\nwritten as {rewritten}");
    }
}

/// The last pass skips blocks the Markdown writer wrote alone (`RawBlock::own`)
/// wherever the stream is clear: each must be one the pass would leave as it is
/// (tags nested as the DOM nests them, within the depth limit, no embed); the
/// same for the TOC when every heading was written alone (`Heading::own`).
#[test]
fn blocks_the_writer_wrote_alone_need_no_last_pass() {
    use recap::internals::html::Nesting;
    let mut bodies: Vec<String> = Vec::new();
    for file in ["spec.json", "gfm-spec.json", "gfm-extensions.json", "smart-punct.json"] {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/commonmark/").to_owned() + file;
        let cases: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        bodies.extend(cases.iter().filter_map(|c| c["markdown"].as_str().map(str::to_owned)));
    }
    for dir in ["seed", "linkerd-sample"] {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/").to_owned() + dir;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") {
                bodies.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    // Raw HTML in headings (their TOC entries are the headings' HTML).
    bodies.extend(["## x <b>open\n\n## y\n".to_owned(), "## a </em> b <i>\n\n### <div>c\n".to_owned()]);
    // Links in links (the browser closes the outer one), Chroma's line-number table (no <tbody>).
    bodies.extend(["[a <http://b.c> d](u) *[e <f@g.h>](v)*".to_owned(), "```go {linenos=table}\nx := 1\n```\n".to_owned()]);
    // Nesting at and past the writer's limits, and every kind of container and inline mixed.
    let pieces = [
        "> ",
        "- ",
        "1. ",
        "* ",
        "  ",
        "**",
        "*",
        "~~",
        "[",
        "](u)",
        "`",
        "| a |\n|---|\n| b |\n",
        "# ",
        "x\n: y\n",
        "[^1]",
        "<http://b.c> ",
        "<a@b.c> ",
        "\n```go {linenos=table}\nx := 1\n```\n",
        // Highlighted blocks that count as the writer's own (skipping the last pass).
        "\n```go\nx := 1\n```\n",
        "\n```go {hl_inline=true}\nx := 1\n```\n",
        "\n```go {linenos=inline anchorlinenos=true lineanchors=a hl_lines=1}\nx := 1\n```\n",
    ];
    let mut seed = 7u64;
    for n in 0..400 {
        let mut body = String::new();
        let deep = if n % 10 == 0 { 150 } else { 12 };
        for _ in 0..deep {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            body.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            if seed.is_multiple_of(5) {
                body.push_str("text www.example.com \"quoted\"\n");
            }
        }
        body.push_str("end\n\n[^1]: note");
        bodies.push(body);
    }
    let mut raw_html = recap::Options::default();
    raw_html.markup.goldmark.renderer.unsafe_html = true;
    let mut own = 0;
    for (body, options) in bodies.iter().flat_map(|b| [(b, recap::Options::default()), (b, raw_html.clone())]) {
        let body = body.clone();
        let (blocks, toc) = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || {
                let out = recap::internals::markdown::render_with(&body, &options, None);
                let own = out.headings.iter().all(|h| h.own);
                let toc = own.then(|| recap::internals::markdown::toc::render(&out.headings, &options.markup.table_of_contents));
                (out.blocks, toc)
            })
            .unwrap()
            .join()
            .unwrap();
        if let Some(toc) = toc {
            // So does the TOC of headings written alone.
            assert_eq!(Nesting::neutral(&toc), Some(0), "a TOC the last pass would change:\n{toc}");
        }
        for block in blocks.iter().filter(|b| b.own) {
            own += 1;
            assert_eq!(Nesting::neutral(&block.html), Some(0), "a block written alone that the last pass would change:\n{}", block.html);
        }
    }
    assert!(own > 1000, "{own} blocks checked");
}

/// A site's render hook writes what it likes: its blocks are never skipped by
/// the last pass, which keeps them within the depth limit.
#[test]
fn hook_output_is_held_to_the_depth_limit() {
    let mut files = recap::Files::default();
    files.insert_text("hugo.toml", "[markup.goldmark.renderer]\nunsafe = true\n");
    files.insert_text("layouts/_markup/render-codeblock-html.html", "{{ .Inner | safeHTML }}");
    let site = recap::Site::load(files, "production", None);
    let renderer = recap::Renderer::for_site(std::sync::Arc::new(site));
    let block = format!("```html\n{}\n```\n\n", "<div>".repeat(60));
    let source = format!("---\ntitle: hooks\n---\n{}after\n", block.repeat(6));
    let r = std::thread::Builder::new().stack_size(64 << 20).spawn(move || renderer.render(&source)).unwrap().join().unwrap();
    assert!(depth(&r.html) <= recap::internals::limits::DOM_DEPTH, "depth {}", depth(&r.html));
    assert_eq!(warnings(&r), 1, "{:?}", r.diagnostics);
}

/// The summary, read on its own, is within the depth limit wherever deep raw
/// HTML stands (the last pass checks it again only when it takes in HTML the
/// writer did not write); a summary cut before that HTML is the post's first
/// blocks as they are.
#[test]
fn the_summary_is_within_the_depth_limit_wherever_deep_html_stands() {
    let mut files = recap::Files::default();
    files.insert_text("hugo.toml", "[markup.goldmark.renderer]\nunsafe = true\n");
    let renderer = std::sync::Arc::new(recap::Renderer::for_site(std::sync::Arc::new(recap::Site::load(files, "production", None))));
    let long = "Word ".repeat(100);
    for (open, repeat) in [("<div>", "<div>"), ("<p>", "<b>"), ("<ul>", "<li><ul>"), ("<div>", "<i><div>")] {
        let deep = format!("{open}{}x\n\n", repeat.repeat(300));
        for (body, takes_it_in) in [
            (format!("{deep}One.\n"), true),
            (format!("One.\n\n{deep}Two.\n"), true),
            (format!("One.\n\n<!--more-->\n\n{deep}"), false),
            (format!("{long}\n\n{deep}Two.\n"), false),
        ] {
            let renderer = renderer.clone();
            let source = format!("---\ntitle: deep\n---\n{body}");
            let r = std::thread::Builder::new().stack_size(64 << 20).spawn(move || renderer.render(&source)).unwrap().join().unwrap();
            let limit = recap::internals::limits::DOM_DEPTH;
            assert!(depth(&r.summary_html) <= limit, "depth {} in the summary of {body:.40?}", depth(&r.summary_html));
            assert_eq!(r.summary_html.contains(repeat), takes_it_in, "{body:.40?}: {:.100}", r.summary_html);
            if !takes_it_in {
                assert!(r.html.starts_with(&r.summary_html), "a summary cut before the raw HTML is the HTML's start as it is");
            }
        }
    }
}
