//! `cargo run -p recap-highlight --example tokens -- LANG < code`: prints the
//! coalesced token stream (type name and text), one token a line.
use std::io::Read;

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_default();
    let mut code = String::new();
    std::io::stdin().read_to_string(&mut code).unwrap();
    let mut h = recap_highlight::Highlighter::native();
    let (tokens, truncated) = h.tokens(&code, &lang).expect("no lexer");
    for t in tokens {
        println!("{}\t{:?}", recap_highlight::types::name(t.ty).unwrap_or("?"), t.value);
    }
    if truncated {
        println!("(truncated)");
    }
}
