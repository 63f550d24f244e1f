//! `cargo run --release -p recap-highlight --example throughput -- LANG FILE`:
//! MB/s of highlighting FILE's text with LANG (after a warm-up call).
//!
//! `… --example throughput -- --blocks FILE.json [LANG…]`: FILE.json maps
//! languages to lists of code blocks (e.g. every fence of a site's docs); each
//! block is highlighted as a fence on its own, per language.
use std::time::Instant;

fn rate(code_bytes: usize, mut run: impl FnMut()) -> (f64, f64) {
    run();
    let t = Instant::now();
    let mut n = 0;
    while t.elapsed().as_secs_f64() < 2.0 || n == 0 {
        run();
        n += 1;
    }
    let s = t.elapsed().as_secs_f64();
    (code_bytes as f64 * n as f64 / s / 1e6, s / n as f64)
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let mut h = recap_highlight::Highlighter::native();
    let o = recap_highlight::Options::default();
    if a[1] == "--blocks" {
        let data: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&a[2]).unwrap()).unwrap();
        let langs: Vec<String> = if a.len() > 3 { a[3..].to_vec() } else { data.as_object().unwrap().keys().cloned().collect() };
        for lang in langs {
            let Some(blocks) = data[&lang].as_array() else {
                println!("{lang:>12}: no blocks");
                continue;
            };
            let blocks: Vec<&str> = blocks.iter().map(|b| b.as_str().unwrap()).collect();
            let bytes: usize = blocks.iter().map(|b| b.len()).sum();
            let mut truncated = 0;
            let (mbs, secs) = rate(bytes, || {
                truncated = 0;
                for b in &blocks {
                    let f = recap_highlight::Fence { code: b, lang: &lang, attributes: &[], ordinal: 0 };
                    truncated += h.highlight_fence(&f, &o).truncated as usize;
                }
            });
            println!(
                "{lang:>12}: {mbs:7.2} MB/s ({} blocks, {bytes} bytes, {:.1} ms a pass, {truncated} truncated)",
                blocks.len(),
                secs * 1e3
            );
        }
        return;
    }
    let code = std::fs::read_to_string(&a[2]).unwrap();
    let (mbs, secs) = rate(code.len(), || {
        h.highlight(&code, &a[1], &o);
    });
    println!("{mbs:.2} MB/s ({} bytes, {:.1} ms a pass)", code.len(), secs * 1e3);
}
