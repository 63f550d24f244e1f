//! `cargo run -p recap-highlight --example css -- STYLE`: prints the stylesheet
//! `hugo gen chromastyles --style STYLE` prints.
fn main() {
    let style = std::env::args().nth(1).unwrap_or_else(|| "monokai".into());
    print!("{}", recap_highlight::stylesheet(&style).expect("no such style"));
}
