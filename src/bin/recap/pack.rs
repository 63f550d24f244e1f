//! `recap pack`: a site as one JSON bundle for the browser (`<recap-post site>`,
//! `mountEditor(el, { site })`, `new Renderer(site)`).

use crate::{utf8, write_stdout, Fatal};
use lexopt::prelude::*;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

pub const HELP: &str = "\
Write a Hugo site's config, layouts, data, text assets and page map as one JSON
bundle, for Recap in the browser (page bodies are left out).

Usage:
  recap pack [OPTIONS] [SITE_DIR]

Options:
  -o, --output FILE        write the bundle to FILE (default: standard output)
  -e, --environment ENV    the build environment (default: production)

Without SITE_DIR, the site the current folder is in.

Examples:
  recap pack -o public/recap-site.json
  recap pack ../my-site > site.json

Serve the bundle next to your posts and point the element at it:
  <recap-post src=\"/posts/hello.md\" site=\"/recap-site.json\"></recap-post>
";

pub fn run(args: Vec<OsString>) -> Result<ExitCode, Fatal> {
    let mut output: Option<PathBuf> = None;
    let mut environment = "production".to_owned();
    let mut dir: Option<PathBuf> = None;
    let usage = |m: String| Fatal::usage("pack", m);
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("output") | Short('o') => output = Some(PathBuf::from(parser.value()?)),
            Long("environment") | Short('e') => environment = utf8(parser.value()?, "--environment")?,
            Value(path) if dir.is_none() => dir = Some(PathBuf::from(path)),
            _ => return Err(usage(arg.unexpected().to_string())),
        }
    }
    let start = match dir {
        Some(d) => d,
        None => std::env::current_dir().map_err(|e| Fatal(format!("cannot tell the current folder: {e}")))?,
    };
    let Some(root) = recap::find_site_root(&start) else {
        return Err(Fatal(format!(
            "{} is not in a Hugo site (no hugo.toml, hugo.yaml, hugo.json, config.* or config/_default/ here or above)",
            start.display()
        )));
    };
    let files = recap::read_site(&root).map_err(|e| Fatal(format!("cannot read {}: {}", root.display(), crate::files::io_reason(&e))))?;
    // The bundle must load: check it as the browser will read it.
    let site = recap::Site::load(files.clone(), &environment, None);
    if let Some(p) = site.problems.iter().find(|p| p.fatal) {
        let at = p.line.map_or_else(String::new, |l| format!(":{l}"));
        return Err(Fatal(format!("site {}: {}{at}: {}", root.display(), p.file, p.message)));
    }
    let bundle = recap::pack_site(&files, &environment);
    let text = serde_json::to_string(&bundle).map_err(|e| Fatal(format!("cannot write the bundle: {e}")))? + "\n";
    match output {
        Some(path) => {
            std::fs::write(&path, text).map_err(|e| Fatal(format!("cannot write {}: {}", path.display(), crate::files::io_reason(&e))))?;
            eprintln!("recap: packed {} pages of {} into {}", site.pages.pages().len(), root.display(), path.display());
        }
        None => write_stdout(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}
