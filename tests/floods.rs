//! Delimiter floods (`tests/data/floods.txt`): each construct repeated N and 4N
//! times must take at most 8× as long: linear growth is 4×, quadratic 16×, and
//! the slack absorbs a loaded machine (debug builds in CI ran 5.3× on a linear case). The
//! sizes here are small enough for CI; `make bench` runs the same table at
//! full size (`RECAP_FLOOD_BYTES`), and tests/e2e/attacks.test.mjs in Chromium.

use std::time::{Duration, Instant};

/// Bytes of the smaller input of each case (the larger is four times this).
fn base_bytes() -> usize {
    std::env::var("RECAP_FLOOD_BYTES").ok().and_then(|v| v.parse().ok()).unwrap_or(40_000)
}

/// The table: (name, unit).
fn cases() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/floods.txt")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (name, unit) = l.split_once('\t').expect("name<TAB>unit");
            (name.to_owned(), unit.replace("\\n", "\n").replace("\\t", "\t"))
        })
        .collect()
}

/// The post for a case: the unit repeated to about `bytes`.
fn post(unit: &str, bytes: usize) -> String {
    let n = (bytes / unit.len()).max(1);
    format!("---\ntitle: flood\n---\n{}\n", unit.repeat(n))
}

/// The best of three renders (the least disturbed by the rest of the machine).
fn time(source: &str, options: &recap::Options) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            let r = recap::render(source, options);
            std::hint::black_box(r.html.len());
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// The most time may grow for 4 times the input (see the module docs).
const MAX_GROWTH: f64 = 8.0;

#[test]
fn every_delimiter_flood_renders_in_linear_time() {
    let mut options = recap::Options::default();
    options.markup.goldmark.parser.attribute_block = true;
    options.markup.goldmark.renderer.unsafe_html = true;
    let base = base_bytes();
    let mut report = Vec::new();
    let mut slow = Vec::new();
    let growth = |unit: &str, bytes: usize, report: &mut Vec<String>, name: &str| {
        let small = time(&post(unit, bytes), &options);
        let large = time(&post(unit, bytes * 4), &options);
        // Below a millisecond, timer noise dominates: compare from 1 ms up.
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(0.001);
        let line = format!("{name:28} {:>8.2} ms {:>8.2} ms  ×{ratio:.1}", small.as_secs_f64() * 1e3, large.as_secs_f64() * 1e3);
        eprintln!("{line}");
        report.push(line);
        ratio
    };
    for (name, unit) in cases() {
        // A case past the limit is measured again four times larger: a small
        // input's time is more allocator and cache than algorithm, and a
        // super-linear path only grows faster with size.
        if growth(&unit, base, &mut report, &name) > MAX_GROWTH && growth(&unit, base * 4, &mut report, &name) > MAX_GROWTH {
            slow.push(name);
        }
    }
    assert!(
        slow.is_empty(),
        "these floods grow faster than linearly (×4 input, more than ×{MAX_GROWTH} time): {slow:?}\n{}",
        report.join("\n")
    );
}
