//! The `recap` command: render posts, and check a whole site in CI.
//!
//! Each command is a module with a `run` function and its help text; [`COMMANDS`]
//! is the table `main` dispatches on and `recap --help` lists, so adding one is
//! a module and a row.

mod check;
mod css;
mod explain;
mod files;
mod fix;
mod help;
mod pack;
mod render;
mod report;
mod site;

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

/// A failure that ends the command with a one-line message and exit status 2
/// (bad usage, or a site that cannot be read).
pub struct Fatal(pub String);

impl Fatal {
    fn usage(command: &str, message: impl std::fmt::Display) -> Fatal {
        Fatal(format!("{message} (see recap {command} --help)"))
    }
}

impl From<lexopt::Error> for Fatal {
    fn from(e: lexopt::Error) -> Fatal {
        Fatal(format!("{e} (see recap --help)"))
    }
}

/// Exit status: problems found (errors, or more warnings than allowed).
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit status: bad usage, or a site that cannot be read.
pub const EXIT_USAGE: u8 = 2;

/// A command of `recap`.
pub struct Command {
    /// What the user types.
    pub name: &'static str,
    /// One line for `recap --help`.
    pub summary: &'static str,
    /// The full help: usage, options, examples.
    pub help: &'static str,
    /// Runs the command with the arguments after its name.
    pub run: fn(Vec<OsString>) -> Result<ExitCode, Fatal>,
}

/// Every command, in the order `recap --help` lists them.
pub const COMMANDS: &[Command] = &[
    Command { name: "check", summary: "check posts or a whole site; for CI", help: check::HELP, run: check::run },
    Command { name: "render", summary: "render one post to HTML, JSON or a standalone page", help: render::HELP, run: render::run },
    Command { name: "pack", summary: "write a site as one JSON bundle for the browser", help: pack::HELP, run: pack::run },
    Command {
        name: "css",
        summary: "print the CSS for code highlighted with classes (hugo gen chromastyles)",
        help: css::HELP,
        run: css::run,
    },
    Command { name: "explain", summary: "explain a diagnostic code and how to fix it", help: explain::HELP, run: explain::run },
    Command { name: "help", summary: "show help for a command", help: help::HELP, run: help::run },
];

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match dispatch(args) {
        Ok(code) => code,
        Err(Fatal(message)) => {
            eprintln!("recap: {message}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn dispatch(mut args: Vec<OsString>) -> Result<ExitCode, Fatal> {
    if args.is_empty() {
        eprint!("{}", help::usage());
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    let first = args.remove(0);
    match first.to_str() {
        Some("-h" | "--help") => {
            write_stdout(&help::usage())?;
            Ok(ExitCode::SUCCESS)
        }
        Some("-V" | "--version") => {
            write_stdout(&format!("recap {}\n", env!("CARGO_PKG_VERSION")))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(name) => match find(name) {
            Some(command) => {
                if args.iter().any(|a| a == "-h" || a == "--help") {
                    write_stdout(command.help)?;
                    return Ok(ExitCode::SUCCESS);
                }
                (command.run)(args)
            }
            None => Err(Fatal(format!("unknown command {name:?} (see recap --help)"))),
        },
        None => Err(Fatal(format!("unknown command {first:?} (see recap --help)"))),
    }
}

/// The command named `name`.
pub fn find(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|c| c.name == name)
}

/// Writes to stdout; a closed pipe (`recap check | head`) is not an error worth a message.
pub fn write_stdout(text: &str) -> Result<(), Fatal> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Fatal(format!("cannot write output: {e}"))),
    }
}

/// `n thing` or `n things`.
pub fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("{n} {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

/// The text of an OS string argument, or a usage error naming it.
pub fn utf8(arg: OsString, what: &str) -> Result<String, Fatal> {
    arg.into_string().map_err(|a| Fatal(format!("{what} {a:?} is not valid UTF-8")))
}
