//! `cargo run --release -p recap-highlight --example throughput -- LANG FILE`:
//! MB/s of highlighting FILE's text with LANG (after a warm-up call).
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let code = std::fs::read_to_string(&a[2]).unwrap();
    let mut h = recap_highlight::Highlighter::native();
    let o = recap_highlight::Options::default();
    h.highlight(&code, &a[1], &o);
    let t = std::time::Instant::now();
    let mut n = 0;
    while t.elapsed().as_secs_f64() < 2.0 {
        h.highlight(&code, &a[1], &o);
        n += 1;
    }
    let s = t.elapsed().as_secs_f64();
    println!("{:.2} MB/s ({} bytes x {n} in {s:.2} s)", code.len() as f64 * n as f64 / s / 1e6, code.len());
}
