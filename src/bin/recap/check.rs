//! `recap check`: every post of a site (or the posts and folders named), each
//! with its own site's config and templates, checked in parallel and reported
//! in a stable order as files finish.

use crate::files::{self, Input};
use crate::fix;
use crate::report::{self, FileReport, Format};
use crate::site::{Site, Sites};
use crate::{count, utf8, write_stdout, Fatal, EXIT_PROBLEMS};
use lexopt::prelude::*;
use recap::{Diagnostic, Severity};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};

pub const HELP: &str = "\
Check posts as Hugo 0.168 would read them: front matter, shortcodes, dates,
with every problem located. Made for a site's CI.

Usage:
  recap check [OPTIONS] [PATH...]

  With no PATH, checks every post in the content folder of the Hugo site you
  stand in (the nearest folder above with hugo.toml, hugo.yaml, hugo.json,
  config.* or config/_default/). A PATH is a post, a folder (its .md, .mdown
  and .markdown files, recursively) or - for standard input. Each post is
  checked with its own site's config and shortcode templates (layouts/_shortcodes,
  layouts/shortcodes, a section's layouts/SECTION/_shortcodes, a theme's).

Options:
  --format FMT          text (default), json, sarif or github
  --quiet               report errors only
  --max-warnings N      fail when there are more than N warnings (default: warnings never fail)
  --fix                 apply every unambiguous fix in place (atomically), then report what is left
  --dry-run             with --fix: print a unified diff instead of writing; exit 1 if it is not empty
  --stdin-filename P    the name of the post read from - (for messages, and to find its site)
  --site DIR            the Hugo site every post belongs to
  --config FILE         use this site config instead of the site's own
  --shortcodes DIR      more shortcode templates, over the site's
  --schema FILE         a JSON Schema (JSON or YAML) for front matter, on top of Hugo's fields
  --color WHEN          auto (default: on a terminal, unless NO_COLOR is set), always or never
  --jobs N              posts checked at once (default: one per core)

Formats:
  text    file:line:col: severity[code]: message (suggestion)
  json    one array of diagnostics: the fields of render --format json's, and file
  sarif   SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif)
  github  ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message
          annotations for a GitHub Actions log

Examples:
  recap check                                  # the site you stand in
  recap check content/blog other-site/content  # each post with its own site
  recap check --format github                  # in a GitHub Actions step
  recap check --format sarif > recap.sarif     # for code scanning
  recap check --fix --dry-run                  # what --fix would change
  git show HEAD:content/a.md | recap check --stdin-filename content/a.md -

Exit status: 0 no errors, 1 errors (or more warnings than --max-warnings, or a
--dry-run diff), 2 bad usage or a site that cannot be read. Every post is
checked: one that cannot be read is one io/ problem, and the rest go on.
";

struct Args {
    paths: Vec<PathBuf>,
    format: Format,
    quiet: bool,
    max_warnings: Option<usize>,
    fix: bool,
    dry_run: bool,
    stdin_name: PathBuf,
    color: Option<bool>,
    jobs: usize,
    overrides: crate::site::Overrides,
}

fn parse(args: Vec<OsString>) -> Result<Args, Fatal> {
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut a = Args {
        paths: Vec::new(),
        format: Format::Text,
        quiet: false,
        max_warnings: None,
        fix: false,
        dry_run: false,
        stdin_name: PathBuf::from("<stdin>"),
        color: None,
        jobs,
        overrides: crate::site::Overrides::default(),
    };
    let usage = |m: String| Fatal::usage("check", m);
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("format") => {
                let v = utf8(parser.value()?, "--format")?;
                a.format = Format::parse(&v).ok_or_else(|| usage(format!("--format must be {}, not {v:?}", Format::NAMES)))?;
            }
            Long("quiet") | Short('q') => a.quiet = true,
            Long("max-warnings") => {
                let v = utf8(parser.value()?, "--max-warnings")?;
                a.max_warnings = Some(v.parse().map_err(|_| usage(format!("--max-warnings takes a number, not {v:?}")))?);
            }
            Long("fix") => a.fix = true,
            Long("dry-run") => a.dry_run = true,
            Long("stdin-filename") => a.stdin_name = PathBuf::from(parser.value()?),
            Long("site") => a.overrides.site = Some(PathBuf::from(parser.value()?)),
            Long("config") => a.overrides.config = Some(PathBuf::from(parser.value()?)),
            Long("shortcodes") => a.overrides.shortcodes.push(PathBuf::from(parser.value()?)),
            Long("schema") => a.overrides.schema = Some(PathBuf::from(parser.value()?)),
            Long("environment") | Short('e') => a.overrides.environment = Some(utf8(parser.value()?, "--environment")?),
            Long("color") | Long("colour") => {
                let v = utf8(parser.value()?, "--color")?;
                a.color = match v.as_str() {
                    "auto" => None,
                    "always" => Some(true),
                    "never" => Some(false),
                    _ => return Err(usage(format!("--color must be auto, always or never, not {v:?}"))),
                };
            }
            Long("jobs") | Short('j') => {
                let v = utf8(parser.value()?, "--jobs")?;
                a.jobs = v.parse().ok().filter(|n| *n > 0).ok_or_else(|| usage(format!("--jobs takes a number above 0, not {v:?}")))?;
            }
            Value(path) => a.paths.push(PathBuf::from(path)),
            _ => return Err(usage(arg.unexpected().to_string())),
        }
    }
    if a.dry_run && !a.fix {
        return Err(usage("--dry-run goes with --fix".to_owned()));
    }
    if let Some(site) = &a.overrides.site {
        if !site.is_dir() {
            return Err(Fatal(format!("--site {}: no such folder", site.display())));
        }
    }
    Ok(a)
}

/// What checking one post found.
struct Outcome {
    name: String,
    diagnostics: Vec<Diagnostic>,
    /// Fixes applied (or, with --dry-run, that would be).
    fixed: usize,
    /// With --dry-run: the diff of the fixes.
    diff: Option<String>,
}

pub fn run(args: Vec<OsString>) -> Result<ExitCode, Fatal> {
    let mut args = parse(args)?;
    let mut sites = Sites::new(std::mem::take(&mut args.overrides));
    let mut inputs = Vec::new();
    if args.paths.is_empty() {
        let site = sites.current()?;
        let sources = site.content_sources();
        if !sources.iter().any(|c| c.exists()) {
            let folder = sources.first().map_or_else(String::new, |c| c.display().to_string());
            return Err(Fatal(format!("the site's content folder {folder} does not exist")));
        }
        for content in sources.into_iter().filter(|c| c.exists()) {
            let shown = std::env::current_dir().ok().and_then(|cwd| content.strip_prefix(&cwd).ok().map(Path::to_path_buf));
            files::collect(&shown.filter(|p| !p.as_os_str().is_empty()).unwrap_or(content), &args.stdin_name, &mut inputs)?;
        }
    }
    for path in &args.paths {
        files::collect(path, &args.stdin_name, &mut inputs)?;
    }
    let stdin_count = inputs.iter().filter(|i| matches!(i, Input::Stdin { .. })).count();
    if stdin_count > 1 {
        return Err(Fatal::usage("check", "- (standard input) may be given once"));
    }
    if stdin_count == 1 && args.fix && !args.dry_run {
        return Err(Fatal::usage("check", "standard input cannot be fixed in place; use --fix --dry-run for a diff"));
    }
    // Sites are read, and renderers made, before any post is checked: a site
    // that cannot be read is a usage problem (exit 2), not a post's.
    let mut work: Vec<(Input, Arc<Site>)> = Vec::with_capacity(inputs.len());
    for input in inputs {
        let site = sites.site_for(input.path())?;
        work.push((input, site));
    }

    let color = args.format == Format::Text && args.color.unwrap_or_else(color_by_default);
    let mut reporter = report::reporter(args.format, color);
    if !args.dry_run {
        write_stdout(&reporter.start())?;
    }
    let (mut errors, mut warnings, mut fixed, mut fixed_files, mut diffs) = (0, 0, 0, 0, 0);
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Outcome)>();
    let jobs = args.jobs.min(work.len()).max(1);
    std::thread::scope(|scope| -> Result<(), Fatal> {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (work, next, args) = (&work, &next, &args);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((input, site)) = work.get(i) else { break };
                if tx.send((i, check_one(input, site, args))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Outcomes arrive in any order; each is written when all before it are.
        let mut pending = BTreeMap::new();
        let mut expected = 0;
        for (i, outcome) in rx {
            pending.insert(i, outcome);
            while let Some(o) = pending.remove(&expected) {
                expected += 1;
                let shown: Vec<Diagnostic> = o.diagnostics.into_iter().filter(|d| !args.quiet || d.severity == Severity::Error).collect();
                for d in &shown {
                    match d.severity {
                        Severity::Error => errors += 1,
                        Severity::Warning => warnings += 1,
                        Severity::Info => {}
                    }
                }
                if o.fixed > 0 {
                    fixed += o.fixed;
                    fixed_files += 1;
                }
                if args.dry_run {
                    if let Some(diff) = o.diff {
                        diffs += 1;
                        write_stdout(&diff)?;
                    }
                } else {
                    write_stdout(&reporter.file(&FileReport { name: &o.name, diagnostics: &shown }))?;
                }
            }
        }
        Ok(())
    })?;
    if !args.dry_run {
        write_stdout(&reporter.finish())?;
    }

    if !args.quiet {
        let mut summary =
            format!("recap: checked {}: {}, {}", count(work.len(), "post"), count(errors, "error"), count(warnings, "warning"));
        if args.fix {
            let verb = if args.dry_run { "would fix" } else { "fixed" };
            summary.push_str(&format!("; {verb} {} in {}", count(fixed, "problem"), count(fixed_files, "file")));
            if !args.dry_run && fixed > 0 {
                summary.push_str(" (problems left are listed)");
            }
        }
        eprintln!("{summary}");
    }
    let too_many_warnings = args.max_warnings.is_some_and(|max| warnings > max);
    if too_many_warnings {
        eprintln!("recap: {} is more than --max-warnings {}", count(warnings, "warning"), args.max_warnings.unwrap_or(0));
    }
    Ok(if errors > 0 || too_many_warnings || diffs > 0 { ExitCode::from(EXIT_PROBLEMS) } else { ExitCode::SUCCESS })
}

fn check_one(input: &Input, site: &Site, args: &Args) -> Outcome {
    let name = input.name();
    let source = match input.read() {
        Ok(s) => s,
        Err(d) => return Outcome { name, diagnostics: vec![*d], fixed: 0, diff: None },
    };
    let render = |text: &str| site.render(input.path(), text);
    let rendered = render(&source);
    if !args.fix {
        return Outcome { name, diagnostics: rendered.diagnostics, fixed: 0, diff: None };
    }
    let result = fix::apply(&render, &source, rendered);
    let mut diagnostics = result.rendered.diagnostics;
    let mut diff = None;
    if result.applied > 0 {
        if args.dry_run {
            diff = Some(fix::unified_diff(&name.replace('\\', "/"), &source, &result.text));
        } else if let Input::File(path) = input {
            if let Err(e) = fix::write_atomically(path, &result.text) {
                diagnostics.insert(0, *files::io_error("io/unreadable", format!("cannot write the fixed post: {}", files::io_reason(&e))));
                return Outcome { name, diagnostics, fixed: 0, diff: None };
            }
        }
    }
    Outcome { name, diagnostics, fixed: result.applied, diff }
}

/// Colour on a terminal, unless `NO_COLOR` is set to something (no-color.org) or the terminal is dumb.
fn color_by_default() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    std::io::stdout().is_terminal() && !no_color && !dumb
}
