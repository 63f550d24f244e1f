//! `Renderer::render_edit` (re-rendering only the blocks an edit touched) gives
//! exactly what `Renderer::render` gives, for random edits of real posts: typed
//! text, deleted runs, and the snippets that change block structure the most
//! (fences, HTML blocks, list markers, headings, setext underlines, tables,
//! block attributes, shortcodes, link definitions, footnotes, blank lines). Each post is edited in a chain,
//! as an author edits, and every version is compared whole.

mod common;

use common::Random;
use recap::{Edits, Options, Renderer};
use std::path::Path;

/// The corpus: the seed, the 29 blog posts and the 50 linkerd.io pages.
fn posts() -> Vec<(String, String)> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut out = Vec::new();
    for dir in ["seed", "linkerd-sample", "linkerd-site/site/content"] {
        markdown_files(&corpus.join(dir), &mut out);
    }
    assert!(out.len() >= 60, "the shared corpus is beside the repository ({} posts found)", out.len());
    out
}

/// The `.md` files under `dir`, in a fixed order, with their text.
fn markdown_files(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
}

const SNIPPETS: &[&str] = &[
    "a",
    "e",
    " ",
    "word ",
    "\n",
    "\n\n",
    "- ",
    "* ",
    "1. ",
    "2) ",
    "# ",
    "## Title\n",
    "> ",
    "    ",
    "\t",
    "```",
    "```\n",
    "~~~",
    "<div>",
    "</div>",
    "<!--",
    "-->",
    "<script>",
    "===",
    "---",
    "***",
    "|a|b|\n|-|-|\n",
    "| x |",
    "*",
    "_",
    "**",
    "`",
    "[x](/y)",
    "<https://e.com>",
    "https://example.com ",
    "{.note}",
    "{#id}",
    "\"quoted\" ",
    "'",
    "...",
    "--",
    "{{< youtube abc >}}",
    "{{% x %}}",
    "{{< /note >}}",
    "$$",
    "\\",
    "&amp;",
    "<!--more-->",
    "  \n",
    "Term\n",
    "é",
    "😀",
    "[a]: /b\n",
    "[A]",
    "[link][a]",
    "[^1]",
    "[^1]: a note\n",
    "]",
    ": ",
];

/// Applies a random edit: a snippet typed at a line start or anywhere, or a run deleted.
fn edit(text: &str, random: &mut Random) -> (String, String) {
    let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
    let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let at = if random.below(2) == 0 { line_starts[random.below(line_starts.len())] } else { boundaries[random.below(boundaries.len())] };
    if random.below(10) < 7 || text.len() < 4 {
        let snippet = SNIPPETS[random.below(SNIPPETS.len())];
        (format!("{}{snippet}{}", &text[..at], &text[at..]), format!("type {snippet:?} at {at}"))
    } else {
        let len = 1 + random.below(20);
        let mut end = (at + len).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        (format!("{}{}", &text[..at], &text[end..]), format!("delete {at}..{end}"))
    }
}

fn first_difference(a: &recap::Rendered, b: &recap::Rendered) -> String {
    for (i, (x, y)) in a.blocks.iter().zip(&b.blocks).enumerate() {
        if x != y {
            return format!("block {i}:\n  edit: {x:?}\n  whole: {y:?}");
        }
    }
    if a.blocks.len() != b.blocks.len() {
        return format!("{} blocks, whole render {}", a.blocks.len(), b.blocks.len());
    }
    format!("edit: {:?}\nwhole: {:?}", (&a.toc_html, &a.diagnostics, a.word_count), (&b.toc_html, &b.diagnostics, b.word_count))
}

fn check_chains(options: Options, edits_per_post: usize, seed: u64) -> (usize, usize) {
    // `RECAP_INCREMENTAL_ROUNDS=N` runs N times as many chains (a longer search, by hand).
    let rounds: u64 = std::env::var("RECAP_INCREMENTAL_ROUNDS").ok().and_then(|n| n.parse().ok()).unwrap_or(1);
    let mut total = (0, 0);
    for round in 0..rounds {
        let (r, p) = check_chains_once(&options, edits_per_post, seed.wrapping_add(round.wrapping_mul(0x9e37_79b9)));
        total = (total.0 + r, total.1 + p);
    }
    println!("{} of {} renders were partial", total.1, total.0);
    total
}

fn check_chains_once(options: &Options, edits_per_post: usize, seed: u64) -> (usize, usize) {
    let options = options.clone();
    let renderer = Renderer::new(options);
    let mut random = Random(seed);
    let (mut renders, mut partial) = (0, 0);
    for (name, post) in posts() {
        let mut edits = Edits::default();
        let mut text = post;
        let first = renderer.render_edit(&text, &mut edits);
        assert_eq!(first, renderer.render(&text), "{name}: first render");
        let mut history = Vec::new();
        for _ in 0..edits_per_post {
            let (next, what) = edit(&text, &mut random);
            history.push(what);
            text = next;
            let got = renderer.render_edit(&text, &mut edits);
            let whole = renderer.render(&text);
            renders += 1;
            partial += usize::from(edits.last_was_partial());
            assert!(
                got == whole,
                "{name}: after {} edits (last: {}), render_edit differs from render: {}",
                history.len(),
                history.last().unwrap(),
                first_difference(&got, &whole)
            );
        }
    }
    (renders, partial)
}

#[test]
fn edits_render_as_a_whole_render_does() {
    let (renders, partial) = check_chains(Options::default(), 40, 0x9e37_79b9_7f4a_7c15);
    // Most edits of prose are local: the test must exercise the partial path.
    assert!(partial * 3 > renders, "only {partial} of {renders} renders were partial");
}

#[test]
fn edits_render_as_a_whole_render_does_with_hugo_extensions_on() {
    let config = "markup:\n  goldmark:\n    parser:\n      autoDefinitionTermID: true\n      attribute:\n        block: true\n    extensions:\n      passthrough:\n        enable: true\n        delimiters:\n          block: [['$$', '$$']]\n          inline: [['$', '$']]\n  highlight:\n    lineNos: true\n    anchorLineNos: true\n";
    let options = Options::from_config(config, None).expect("the config parses");
    let (renders, partial) = check_chains(options, 25, 0x2545_f491_4f6c_dd1d);
    assert!(partial * 3 > renders, "only {partial} of {renders} renders were partial");
}

#[test]
fn a_typed_paragraph_re_renders_only_its_block() {
    let renderer = Renderer::new(Options::default());
    let mut edits = Edits::default();
    let mut text =
        String::from("---\ntitle: T\n---\n# Intro\n\nFirst paragraph.\n\n## Intro\n\nSecond.\n\n```go\nfunc main() {}\n```\n\nThird.\n");
    renderer.render_edit(&text, &mut edits);
    let from = text.find("Second.").unwrap() + 6;
    for (at, c) in (from..).zip(" typing more words".chars()) {
        text.insert(at, c);
        let got = renderer.render_edit(&text, &mut edits);
        assert!(edits.last_was_partial(), "typing {c:?} re-rendered the whole post");
        assert_eq!(got, renderer.render(&text));
    }
    // A heading whose ID the edit changes is checked against the rest of the post.
    let at = text.find("## Intro").unwrap() + 3;
    text.insert_str(at, "New ");
    assert_eq!(renderer.render_edit(&text, &mut edits), renderer.render(&text));
    // Another renderer's edits are not reused.
    let other = Renderer::new(Options::default());
    other.render_edit(&text, &mut edits);
    assert!(!edits.last_was_partial());
}
