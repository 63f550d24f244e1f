//! `cargo run -p recap-highlight --example hl -- LANG [OPTIONS] < code`: prints
//! the HTML Hugo's transform.Highlight would write.
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_default();
    let opts = args.next().unwrap_or_default();
    let mut code = String::new();
    std::io::stdin().read_to_string(&mut code).unwrap();
    let o = recap_highlight::Options::default().with_option_string(&opts).unwrap();
    print!("{}", recap_highlight::highlight(&code, &lang, &o));
}
