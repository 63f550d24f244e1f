//! `recap explain CODE`: what a diagnostic means and how to fix it, from the
//! core's table of codes (the same text the SARIF rules carry).

use crate::{write_stdout, Fatal};
use recap::codes::{self, CODES};
use std::ffi::OsString;
use std::process::ExitCode;

pub const HELP: &str = "\
Explain a diagnostic code: what it means and how to fix it.

Usage:
  recap explain CODE
  recap explain          # every code, one line each

Examples:
  recap explain front-matter/unknown-field
  recap explain shortcode/unknown
";

pub fn run(args: Vec<OsString>) -> Result<ExitCode, Fatal> {
    let mut args = args.into_iter();
    let Some(code) = args.next() else {
        let width = CODES.iter().map(|c| c.code.len()).max().unwrap_or(0);
        let list: String = CODES.iter().map(|c| format!("{:width$}  {}\n", c.code, c.summary)).collect();
        write_stdout(&list)?;
        return Ok(ExitCode::SUCCESS);
    };
    if let Some(extra) = args.next() {
        return Err(Fatal::usage("explain", format!("unexpected argument {extra:?}")));
    }
    let code = code.to_string_lossy();
    match codes::lookup(&code) {
        Some(c) => {
            write_stdout(&format!("{}: {}\n\n{}\n", c.code, c.summary, wrap(&c.help_text(), 80)))?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let mut near: Vec<&str> = CODES.iter().map(|c| c.code).filter(|c| c.contains(&*code)).collect();
            if near.is_empty() {
                near.extend(recap::internals::suggest::nearest(&code, CODES.iter().map(|c| c.code)));
            }
            let hint = if near.is_empty() { String::new() } else { format!("; did you mean {}?", near.join(", ")) };
            Err(Fatal(format!("there is no diagnostic code {code:?}{hint} (recap explain lists them)")))
        }
    }
}

/// `text` wrapped at `width` columns on spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if line > 0 && line + 1 + len > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += len;
    }
    out
}
