//! The rewritten rule patterns (tools/chroma/rewrites.py) against the patterns
//! Chroma wrote, on the native engine: on many random inputs made of each
//! pattern's own pieces (samples of it and of its loops, the characters it
//! names; tests/data/rewrites.json, written by tools/chroma/gen.py), both must
//! match the same text, at the start and further in, with the same groups
//! wherever the rule's emitter reads them.
//!
//! Inputs are at most 40 characters, which bounds the work of the original's
//! backtracking (the reason for the rewrites) to well under a second; an input
//! on which the original still takes more than 50 ms is counted and left out.
#![cfg(feature = "native")]

use recap_highlight::regex::{Backend, Captures, Native};
use serde_json::Value as J;
use std::time::Instant;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A random input: pieces of the pattern end to end, cut to 40 characters.
fn input(rng: &mut Rng, pieces: &[String]) -> String {
    let mut s = String::new();
    for _ in 0..1 + rng.below(8) {
        s.push_str(&pieces[rng.below(pieces.len())]);
    }
    s.chars().take(40).collect()
}

fn groups(caps: &Captures, map: &[u64], observed: &[u64]) -> Vec<Option<(usize, usize)>> {
    observed.iter().map(|&k| caps.get(map[k as usize - 1] as usize).copied().flatten()).collect()
}

#[test]
fn rewritten_patterns_match_as_the_originals_do() {
    let data: J = serde_json::from_str(include_str!("data/rewrites.json")).unwrap();
    let rules = data["rules"].as_array().unwrap();
    assert!(rules.len() >= 100, "the rewrites apply to the shared string patterns of many lexers");
    let mut backend = Native::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut compared, mut slow) = (0usize, 0usize);
    let mut failures = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for rule in rules {
        let id = rule["id"].as_str().unwrap();
        let key = (rule["original"].as_str().unwrap(), rule["rewritten"].as_str().unwrap(), rule["observed"].to_string());
        if !seen.insert(key) {
            continue; // the same pattern in another lexer
        }
        let original = backend.compile(rule["original"].as_str().unwrap(), rule["originalIcase"].as_bool().unwrap(), true).unwrap();
        let rewritten = backend.compile(rule["rewritten"].as_str().unwrap(), rule["icase"].as_bool().unwrap(), true).unwrap();
        let nums = |k: &str| -> Vec<u64> { rule[k].as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect() };
        let (omap, rmap, observed) = (nums("originalGroups"), nums("groups"), nums("observed"));
        let pieces: Vec<String> = rule["pieces"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
        let (mut a, mut b) = (Captures::new(), Captures::new());
        let mut bad = 0;
        for _ in 0..4000 {
            let text = input(&mut rng, &pieces);
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            let at = if rng.below(3) == 0 && !starts.is_empty() { starts[rng.below(starts.len())] } else { 0 };
            let h = backend.begin_text(&text);
            let t = Instant::now();
            let want = backend.match_first(h, at, &[original], &mut a).map(|_| (a[0], groups(&a, &omap, &observed)));
            if t.elapsed().as_millis() > 50 {
                slow += 1;
                backend.end_text(h);
                continue;
            }
            let got = backend.match_first(h, at, &[rewritten], &mut b).map(|_| (b[0], groups(&b, &rmap, &observed)));
            backend.end_text(h);
            compared += 1;
            if want != got {
                bad += 1;
                if bad <= 3 {
                    failures.push(format!("{id}: {text:?} at {at}: the original gives {want:?}, the rewrite {got:?}"));
                }
            }
        }
    }
    println!("{compared} inputs compared, {slow} left out (the original took over 50 ms)");
    assert!(failures.is_empty(), "rewrites differ from the originals:\n{}", failures.join("\n"));
}
