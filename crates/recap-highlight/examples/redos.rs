//! `cargo run --release -p recap-highlight --example redos -- ATTACKS.json`:
//! runs the adversarial inputs of `tools/chroma/redos.py` on the native backend
//! (regress) and prints the rules whose sticky match at the start of
//! `prefix + pump×n + suffix` takes time growing faster than linearly in n.
//!
//! Sizes grow by a quarter at a time (so that an exponential pattern is caught
//! before it takes minutes); a case stops when one match takes over 20 ms or
//! the text reaches 16 KB. Flagged: a log-log slope of 1.6 or more between the
//! last two sizes that took measurable time, or 20 ms reached on a text under
//! 4 KB.
use recap_highlight::regex::{Backend, Captures, Native};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("ATTACKS.json");
    let cases: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut flagged: std::collections::BTreeMap<String, (f64, usize, String)> = Default::default();
    let mut backend = Native::new();
    let mut compiled: std::collections::HashMap<(String, bool), Option<u32>> = Default::default();
    let mut caps: Captures = Vec::new();
    let started = Instant::now();
    for (k, c) in cases.as_array().unwrap().iter().enumerate() {
        if k % 1000 == 0 {
            eprintln!("{k} cases, {} flagged, {:.0} s", flagged.len(), started.elapsed().as_secs_f64());
        }
        let id = c["id"].as_str().unwrap();
        let pattern = c["pattern"].as_str().unwrap().to_string();
        let icase = c["icase"].as_bool().unwrap();
        let Some(re) = *compiled.entry((pattern.clone(), icase)).or_insert_with(|| backend.compile(&pattern, icase, true).ok()) else {
            continue;
        };
        let (prefix, pump, suffix) = (c["prefix"].as_str().unwrap(), c["pump"].as_str().unwrap(), c["suffix"].as_str().unwrap());
        let mut points: Vec<(f64, f64)> = Vec::new();
        let mut n = 4usize;
        let mut verdict = None;
        loop {
            let text = format!("{prefix}{}{suffix}", pump.repeat(n));
            let h = backend.begin_text(&text);
            let mut best = f64::MAX;
            let mut total = 0.0;
            let mut reps = 0;
            while reps < 2 || (total < 3e-4 && reps < 200) {
                let t = Instant::now();
                backend.match_first(h, 0, &[re], &mut caps);
                let dt = t.elapsed().as_secs_f64();
                best = best.min(dt);
                total += dt;
                reps += 1;
                if dt > 0.02 {
                    break;
                }
            }
            backend.end_text(h);
            points.push((n as f64, best));
            if best > 0.02 {
                if text.len() < 4096 {
                    verdict = Some((f64::INFINITY, text.len()));
                }
                break;
            }
            if text.len() > 16384 {
                break;
            }
            n = if best < 5e-5 { n * 2 } else { n + n.div_ceil(4) };
        }
        if verdict.is_none() {
            let measured: Vec<&(f64, f64)> = points.iter().filter(|p| p.1 > 2e-4).collect();
            if measured.len() >= 2 {
                let (a, b) = (measured[measured.len() - 2], measured[measured.len() - 1]);
                let slope = (b.1 / a.1).ln() / (b.0 / a.0).ln();
                if slope >= 1.6 {
                    verdict = Some((slope, (b.0 as usize) * pump.len()));
                }
            }
        }
        // Confirm a slope (timing noise on a busy machine): the best of several
        // runs at n, 2n and 4n must grow faster than linearly both times.
        if let Some((slope, _)) = verdict.filter(|v| v.0.is_finite()) {
            let n = (points.last().unwrap().0 as usize / 4).max(1);
            let time = |backend: &mut Native, caps: &mut Captures, n: usize| {
                let text = format!("{prefix}{}{suffix}", pump.repeat(n));
                let h = backend.begin_text(&text);
                let mut best = f64::MAX;
                for _ in 0..7 {
                    let t = Instant::now();
                    backend.match_first(h, 0, &[re], caps);
                    best = best.min(t.elapsed().as_secs_f64());
                }
                backend.end_text(h);
                best
            };
            let (t1, t2, t4) =
                (time(&mut backend, &mut caps, n), time(&mut backend, &mut caps, 2 * n), time(&mut backend, &mut caps, 4 * n));
            if !(t2 / t1 > 2.8 && t4 / t2 > 2.8) {
                verdict = None;
            } else {
                verdict = Some((slope.min((t4 / t2).log2()), 4 * n * pump.len()));
            }
        }
        if let Some((slope, len)) = verdict {
            let e = flagged.entry(id.to_string()).or_insert((0.0, 0, String::new()));
            if slope > e.0 {
                *e = (slope, len, format!("{prefix:?} + {pump:?}×n + {suffix:?}"));
            }
        }
    }
    for (id, (slope, len, how)) in &flagged {
        let s = if slope.is_infinite() { "20 ms".to_string() } else { format!("slope {slope:.1}") };
        println!("{id}\t{s} at {len} bytes\t{how}");
    }
    eprintln!("{} cases, {} rules flagged, {:.1} s", cases.as_array().unwrap().len(), flagged.len(), started.elapsed().as_secs_f64());
}
