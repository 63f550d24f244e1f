//! `cargo run --release -p recap-highlight --example rule_profile -- LANG FILE`:
//! highlights FILE's text with LANG and prints the patterns that took the most
//! time (a backend that times the native one).
use recap_highlight::regex::{Backend, Captures, Native, RegexId};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Instant;

#[derive(Default)]
struct Stats {
    patterns: Vec<String>,
    time: Vec<f64>,
    calls: Vec<u64>,
    positions: u64,
}

struct Timed {
    inner: Native,
    stats: Rc<RefCell<Stats>>,
}

impl Backend for Timed {
    fn compile(&mut self, pattern: &str, icase: bool, groups: bool) -> Result<RegexId, String> {
        let id = self.inner.compile(pattern, icase, groups)?;
        let mut s = self.stats.borrow_mut();
        s.patterns.push(pattern.to_string());
        s.time.push(0.0);
        s.calls.push(0);
        Ok(id)
    }
    fn begin_text(&mut self, text: &str) -> u32 {
        self.inner.begin_text(text)
    }
    fn end_text(&mut self, handle: u32) {
        self.inner.end_text(handle)
    }
    fn match_first(&mut self, handle: u32, pos: usize, regexes: &[RegexId], caps: &mut Captures) -> Option<usize> {
        self.stats.borrow_mut().positions += 1;
        for (i, &id) in regexes.iter().enumerate() {
            let t = Instant::now();
            let hit = self.inner.match_first(handle, pos, &[id], caps);
            let mut s = self.stats.borrow_mut();
            s.time[id as usize] += t.elapsed().as_secs_f64();
            s.calls[id as usize] += 1;
            if hit.is_some() {
                return Some(i);
            }
        }
        None
    }
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let code = std::fs::read_to_string(&a[2]).unwrap();
    let stats = Rc::new(RefCell::new(Stats::default()));
    let mut h = recap_highlight::Highlighter::new(Box::new(Timed { inner: Native::new(), stats: stats.clone() }));
    let t = Instant::now();
    h.highlight(&code, &a[1], &recap_highlight::Options::default());
    println!("{:.1} ms for {} bytes", t.elapsed().as_secs_f64() * 1e3, code.len());
    let s = stats.borrow();
    let calls: u64 = s.calls.iter().sum();
    println!("{} positions, {calls} regex calls ({:.2} a position)", s.positions, calls as f64 / s.positions as f64);
    let mut order: Vec<usize> = (0..s.patterns.len()).collect();
    order.sort_by(|&x, &y| s.time[y].partial_cmp(&s.time[x]).unwrap());
    for &i in order.iter().take(8) {
        let p: String = s.patterns[i].chars().take(160).collect();
        println!("{:8.1} ms {:7} calls  {p}", s.time[i] * 1e3, s.calls[i]);
    }
}
