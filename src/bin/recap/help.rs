//! `recap --help` and `recap help COMMAND`.

use crate::{write_stdout, Fatal, COMMANDS};
use std::ffi::OsString;
use std::process::ExitCode;

pub const HELP: &str = "\
Show help for a command.

Usage:
  recap help [COMMAND]

Examples:
  recap help check     # the same as recap check --help
  recap help           # the list of commands
";

/// The overview: what recap is, and its commands.
pub fn usage() -> String {
    let mut out = String::from(
        "recap renders Hugo posts exactly as Hugo 0.168 does, safely, and checks them.\n\nUsage:\n  recap COMMAND [OPTIONS] [ARGS]\n\nCommands:\n",
    );
    let width = COMMANDS.iter().map(|c| c.name.len()).max().unwrap_or(0);
    for c in COMMANDS {
        out.push_str(&format!("  {:width$}  {}\n", c.name, c.summary));
    }
    out.push_str(
        "\nOptions:\n  -h, --help     help (also after a command: recap check --help)\n  -V, --version  the version\n\n\
         Examples:\n  recap check                       # the site you stand in: every post under content/\n  \
         recap check --format github       # annotations for a GitHub Actions log\n  \
         recap render --format page post.md > post.html\n  recap explain front-matter/unknown-field\n\n\
         Exit status: 0 fine, 1 problems found (check), 2 bad usage or a site that cannot be read.\n",
    );
    out
}

pub fn run(args: Vec<OsString>) -> Result<ExitCode, Fatal> {
    let mut args = args.into_iter();
    let Some(name) = args.next() else {
        write_stdout(&usage())?;
        return Ok(ExitCode::SUCCESS);
    };
    if let Some(extra) = args.next() {
        return Err(Fatal::usage("help", format!("unexpected argument {extra:?}")));
    }
    let name = name.to_string_lossy();
    match crate::find(&name) {
        Some(command) => {
            write_stdout(command.help)?;
            Ok(ExitCode::SUCCESS)
        }
        None => Err(Fatal(format!("there is no command {name:?} (see recap --help)"))),
    }
}
