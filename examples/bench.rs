//! Native benchmark (run by `make bench`): Recap's full pipeline against
//! pulldown-cmark alone, what each layer costs, scaling with document size, and
//! the cost of front-matter validation. Prints Markdown tables.
//!
//! Rounds are interleaved (A B C A B C …) so that machine drift hits every
//! contestant alike; medians with min and max are reported.

use std::time::Instant;

#[path = "shared/corpus.rs"]
mod corpus;
use corpus::corpus;

fn body(post: &str) -> &str {
    let mut d = Vec::new();
    let fm = recap::internals::front_matter::parse(post, &mut d);
    &post[fm.body_start..]
}

fn median(v: &mut [f64]) -> (f64, f64, f64) {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (v[v.len() / 2], v[0], v[v.len() - 1])
}

/// MB/s over `rounds` interleaved rounds for each contestant.
/// A named function to time.
type Contestant<'a> = (&'a str, Box<dyn FnMut() -> usize>);

fn race(contestants: &mut [Contestant<'_>], bytes: usize, rounds: usize) -> Vec<(String, f64, f64, f64)> {
    let mut samples = vec![Vec::new(); contestants.len()];
    for (_, f) in contestants.iter_mut() {
        f(); // warm up
    }
    for _ in 0..rounds {
        for (i, (_, f)) in contestants.iter_mut().enumerate() {
            let t = Instant::now();
            let mut reps = 0;
            while t.elapsed().as_secs_f64() < 0.05 {
                std::hint::black_box(f());
                reps += 1;
            }
            samples[i].push((bytes * reps) as f64 / t.elapsed().as_secs_f64() / 1e6);
        }
    }
    contestants
        .iter()
        .zip(samples.iter_mut())
        .map(|((name, _), s)| {
            let (m, lo, hi) = median(s);
            (name.to_string(), m, lo, hi)
        })
        .collect()
}

fn pulldown_html(text: &str) -> usize {
    let mut out = String::new();
    let opts = pulldown_cmark::Options::ENABLE_TABLES
        | pulldown_cmark::Options::ENABLE_STRIKETHROUGH
        | pulldown_cmark::Options::ENABLE_TASKLISTS
        | pulldown_cmark::Options::ENABLE_FOOTNOTES
        | pulldown_cmark::Options::ENABLE_HEADING_ATTRIBUTES
        | pulldown_cmark::Options::ENABLE_DEFINITION_LIST;
    pulldown_cmark::html::push_html(&mut out, pulldown_cmark::Parser::new_ext(text, opts));
    out.len()
}

fn main() {
    let posts = corpus();
    let bodies: Vec<String> = posts.iter().map(|p| body(p).to_owned()).collect();
    let bytes: usize = posts.iter().map(String::len).sum();
    let body_bytes: usize = bodies.iter().map(String::len).sum();
    let renderer = recap::Renderer::new(recap::Options::default());
    let options = recap::Options::default();
    println!("### Native throughput ({} posts, {:.0} KB; medians of 15 interleaved rounds, MB/s)\n", posts.len(), bytes as f64 / 1024.0);
    println!("| contestant | median | min | max |\n|---|---|---|---|");
    let p1 = posts.clone();
    let b1 = bodies.clone();
    let b2 = bodies.clone();
    let b3 = bodies.clone();
    let mut contestants: Vec<Contestant<'_>> = vec![
        (
            "Recap, full pipeline (front matter, validation, shortcodes, safe HTML)",
            Box::new(move || p1.iter().map(|p| renderer.render(p).html.len()).sum()),
        ),
        (
            "Recap, Markdown only (markdown::render_with)",
            Box::new(move || b1.iter().map(|b| recap::internals::markdown::render_with(b, &options, None).blocks.len()).sum()),
        ),
        ("pulldown-cmark alone (push_html)", Box::new(move || b2.iter().map(|b| pulldown_html(b)).sum())),
        ("pulldown-cmark events only (no HTML)", Box::new(move || b3.iter().map(|b| pulldown_cmark::Parser::new(b).count()).sum())),
    ];
    let results = race(&mut contestants, bytes.max(body_bytes), 15);
    for (name, m, lo, hi) in &results {
        println!("| {name} | {m:.0} | {lo:.0} | {hi:.0} |");
    }
    println!("\nRecap's full pipeline runs at {:.0}% of pulldown-cmark's own speed.\n", 100.0 * results[0].1 / results[2].1);

    // Scaling: one long document made of the corpus bodies repeated.
    println!("### Scaling (Recap, full pipeline)\n\n| size | MB/s |\n|---|---|");
    let all: String = bodies.join("\n\n");
    for target in [10 * 1024, 100 * 1024, 1024 * 1024, 10 * 1024 * 1024] {
        let mut doc = String::from("---\ntitle: Scaling\n---\n");
        while doc.len() < target {
            let take = (target - doc.len()).min(all.len());
            let cut = all[..take].rfind("\n\n").unwrap_or(take);
            doc.push_str(&all[..cut.max(1)]);
            doc.push_str("\n\n");
        }
        let r = recap::Renderer::new(recap::Options::default());
        let t = Instant::now();
        let mut reps = 0;
        while t.elapsed().as_secs_f64() < 0.3 || reps < 2 {
            std::hint::black_box(r.render(&doc));
            reps += 1;
        }
        println!("| {} KB | {:.0} |", doc.len() / 1024, (doc.len() * reps) as f64 / t.elapsed().as_secs_f64() / 1e6);
    }

    // Validation's share of a render (issue: under 10%).
    let seed = &posts[0];
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/recap-post.schema.json")).unwrap())
            .unwrap();
    let r = recap::Renderer::new(recap::Options { schema: Some(schema.clone()), ..recap::Options::default() });
    let fm = &seed[4..seed[3..].find("\n---").unwrap() + 4];
    let time = |f: &mut dyn FnMut()| {
        for _ in 0..200 {
            f();
        }
        let t = Instant::now();
        for _ in 0..5000 {
            f();
        }
        t.elapsed().as_secs_f64() / 5000.0 * 1e6
    };
    let full = time(&mut || {
        std::hint::black_box(r.render(seed));
    });
    let locate = time(&mut || {
        std::hint::black_box(recap::internals::front_matter::parse_tree(fm, 4, recap::Format::Yaml).unwrap());
    });
    let tree = recap::internals::front_matter::parse_tree(fm, 4, recap::Format::Yaml).unwrap();
    let compiled = recap::internals::front_matter::schema::hugo(&["tags".into(), "categories".into()])
        .merge(recap::internals::front_matter::schema::Schema::compile(&schema).unwrap().0);
    let check = recap::internals::front_matter::validate::Check {
        source: seed,
        format: recap::Format::Yaml,
        block: recap::Span::new(0, 3),
        now: Some(0),
        zone: &recap::TimeZone::utc(),
    };
    let walk = time(&mut || {
        std::hint::black_box(recap::internals::front_matter::validate::validate(&tree, &compiled, &check));
    });
    println!("\n### Front-matter validation (the seed, against the example schema)\n");
    println!("| step | µs |\n|---|---|\n| whole render | {full:.1} |\n| YAML parse with positions (also gives the values) | {locate:.1} |\n| schema check | {walk:.2} |");
    println!(
        "\nThe schema check costs {:.1}% of the render; with the positioned parse counted as validation's too, {:.1}%.",
        100.0 * walk / full,
        100.0 * (walk + locate) / full
    );

    site_loading();
}

/// Loading a site: reading its folder (what the CLI does) and building the
/// model (config merged, layouts, data, page map: what the browser does from a
/// bundle too). The shared sample, and a whole site when `RECAP_SITE` names one
/// (`make bench RECAP_SITE=…`; tests/oracle/site_oracle.py says how to get linkerd.io's).
fn site_loading() {
    let mut sites = vec![(
        "linkerd.io, the shared sample".to_owned(),
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/linkerd-site/site"),
    )];
    if let Ok(dir) = std::env::var("RECAP_SITE") {
        let name = std::path::Path::new(&dir).file_name().map_or(dir.clone(), |n| n.to_string_lossy().into_owned());
        sites.push((format!("{name}, the whole site (`RECAP_SITE`)"), dir.into()));
    }
    println!("\n### Loading a site (median of 9)\n");
    println!("| site | pages | files | read the folder ms | build the model ms | total ms |\n|---|---|---|---|---|---|");
    for (name, dir) in sites {
        let (mut read, mut build) = (Vec::new(), Vec::new());
        let (mut pages, mut files) = (0, 0);
        for _ in 0..9 {
            let t = Instant::now();
            let f = recap::read_site(&dir).expect("the site reads");
            read.push(t.elapsed().as_secs_f64() * 1e3);
            files = f.len();
            let t = Instant::now();
            let site = recap::Site::load(f, "production", None);
            build.push(t.elapsed().as_secs_f64() * 1e3);
            pages = site.pages.pages().len();
        }
        let (r, b) = (median(&mut read).0, median(&mut build).0);
        println!("| {name} | {pages} | {files} | {r:.0} | {b:.0} | {:.0} |", r + b);
    }
}
