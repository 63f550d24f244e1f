//! `cargo run --release -p recap-highlight --example hostile -- ATTACKS.json [KB]`:
//! whole blocks built from the adversarial inputs of `tools/chroma/redos.py`,
//! highlighted with the lexer the rule belongs to, at 1/4, 1/2 and all of KB
//! kilobytes (default 32). Prints the cases whose time grows faster than
//! linearly (a rule that scans far ahead and fails, tried at every position, is
//! quadratic in the block even when each match is linear) and the slowest.
//!
//! Each input is used two ways: `prefix + pump×n + suffix` as the whole block,
//! and the short form `prefix + pump×8 + suffix` repeated.
use recap_highlight::{Fence, Highlighter};
use std::collections::HashMap;
use std::time::Instant;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let cases: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&a[1]).unwrap()).unwrap();
    let kb: usize = a.get(2).map(|s| s.parse().unwrap()).unwrap_or(32);
    let mut h = Highlighter::native();
    h.set_budget(u64::MAX, None, None);
    let opts = recap_highlight::Options::default();
    let mut lang_of: HashMap<String, String> = HashMap::new();
    for (name, _, available) in h.languages() {
        if let (true, Some(file)) = (available, h.data_file(&name)) {
            lang_of.entry(file).or_insert(name);
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut worst: Vec<(f64, String)> = Vec::new();
    let started = Instant::now();
    for c in cases.as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        let base = id.split('/').next().unwrap();
        let Some(lang) = lang_of.get(base) else { continue };
        let (prefix, pump, suffix) = (c["prefix"].as_str().unwrap(), c["pump"].as_str().unwrap(), c["suffix"].as_str().unwrap());
        for form in 0..2 {
            if !seen.insert((base.to_string(), prefix.to_string(), pump.to_string(), suffix.to_string(), form)) {
                continue;
            }
            let make = |bytes: usize| -> String {
                if form == 0 {
                    let n = (bytes.saturating_sub(prefix.len() + suffix.len()) / pump.len().max(1)).max(1);
                    format!("{prefix}{}{suffix}", pump.repeat(n))
                } else {
                    let unit = format!("{prefix}{}{suffix}", pump.repeat(8));
                    unit.repeat((bytes / unit.len().max(1)).max(1))
                }
            };
            let mut times = Vec::new();
            for bytes in [kb * 256, kb * 512, kb * 1024] {
                let code = make(bytes);
                let t = Instant::now();
                let r = h.highlight_fence(&Fence { code: &code, lang, attributes: &[], ordinal: 0 }, &opts);
                let dt = t.elapsed().as_secs_f64();
                assert!(!r.truncated);
                times.push((code.len() as f64, dt));
                if dt > 2.0 {
                    break;
                }
            }
            let (l, t) = *times.last().unwrap();
            let what = format!("{id} form {form}: {prefix:?} + {pump:?}×n + {suffix:?}");
            if times.len() == 3 && times[2].1 > 0.005 {
                let slope = (times[2].1 / times[1].1).ln() / (times[2].0 / times[1].0).ln();
                if slope > 1.5 {
                    println!("super-linear (slope {slope:.1}): {:.0} ms at {} KB\t{what}", t * 1e3, l as usize / 1024);
                }
            } else if times.len() < 3 {
                println!("over 2 s at {} KB\t{what}", l as usize / 1024);
            }
            worst.push((t / l * 1e6, what));
        }
    }
    worst.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    println!("slowest (µs per byte at {kb} KB):");
    for (us, what) in worst.iter().take(15) {
        println!("  {us:.2}\t{what}");
    }
    eprintln!("{:.0} s", started.elapsed().as_secs_f64());
}
