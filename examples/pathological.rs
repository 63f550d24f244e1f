//! Renders every `*.md` of the given folders (made by
//! `../shared/commonmark/gen_pathological.py` at two scales) to `*.html`
//! beside it, with the codes of what the render reported in `*.codes` (one a
//! line: `make bench` says which structural checks a limit explains), and prints the time per case at each scale: a linear renderer's
//! ratio is close to the ratio of the sizes. Front matter with many keys, in
//! each format, is generated here at the same two scales. Run by `make bench`.

use std::time::Instant;

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    let mut table: std::collections::BTreeMap<String, Vec<(usize, f64)>> = Default::default();
    // CommonMark with the GFM table extension, as the generator's checks expect
    // (Hugo's typographer would turn `--` into `&ndash;`).
    let mut options = recap::Options::default();
    options.markup.goldmark.extensions.typographer.disable = true;
    options.markup.goldmark.extensions.linkify = false;
    for dir in &dirs {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).expect("case");
            let t = Instant::now();
            // The body renderer: these are Markdown bodies, not posts (some start with `-`).
            let out = recap::internals::markdown::render_with(&text, &options, None);
            let html: String = out.blocks.iter().map(|b| b.html.as_str()).collect();
            let ms = t.elapsed().as_secs_f64() * 1e3;
            std::fs::write(path.with_extension("html"), html).expect("write");
            let codes: std::collections::BTreeSet<&str> = out.notes.iter().map(|n| n.0).collect();
            std::fs::write(path.with_extension("codes"), codes.into_iter().map(|c| format!("{c}\n")).collect::<String>()).expect("write");
            table.entry(path.file_stem().unwrap().to_string_lossy().into_owned()).or_default().push((text.len(), ms));
        }
    }
    // Front matter with many keys, in each format (whole posts, default options):
    // duplicate-key and unknown-field checks must stay linear in the number of keys.
    for scale in [10_000, 40_000] {
        let cases = [
            ("front-matter-yaml-keys", format!("---\n{}---\nbody\n", (0..scale).map(|i| format!("k{i}: {i}\n")).collect::<String>())),
            (
                "front-matter-toml-tables",
                format!("+++\n{}+++\nbody\n", (0..scale).map(|i| format!("[t{i}]\nv = \"\"\"\nx\\\n  y\"\"\"\n")).collect::<String>()),
            ),
            (
                "front-matter-json-keys",
                format!("{{{}}}\nbody\n", (0..scale).map(|i| format!("\"k{i}\": [1.5e3, \"x\"]")).collect::<Vec<_>>().join(",")),
            ),
        ];
        for (name, post) in cases {
            let t = Instant::now();
            let rendered = recap::render(&post, &recap::Options::default());
            let ms = t.elapsed().as_secs_f64() * 1e3;
            assert!(!rendered.diagnostics.is_empty(), "{name}: the unknown keys are reported");
            table.entry(name.to_owned()).or_default().push((post.len(), ms));
        }
    }
    println!("| case | small: bytes, ms | full: bytes, ms | time ratio ÷ size ratio |\n|---|---|---|---|");
    let mut worst: f64 = 0.0;
    for (name, runs) in &table {
        if let [(b1, t1), (b2, t2)] = runs.as_slice() {
            let growth = (t2 / t1.max(0.01)) / (*b2 as f64 / *b1 as f64);
            worst = worst.max(growth);
            println!("| {name} | {b1}, {t1:.2} | {b2}, {t2:.2} | {growth:.2} |");
        }
    }
    println!("\nWorst growth factor: {worst:.2} (1 is linear; small inputs are dominated by fixed costs, so values below 1 are common).");
}
