//! `recap render`: one post to its body HTML, to JSON, or to a standalone page.

use crate::files::Input;
use crate::site::{Overrides, Sites};
use crate::{utf8, write_stdout, Fatal};
use lexopt::prelude::*;
use recap::Rendered;
use serde_json::Value;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

pub const HELP: &str = "\
Render one post as Hugo would, with the config and shortcode templates of the
site it is in.

Usage:
  recap render [OPTIONS] FILE

  FILE may be - for standard input (its site is found from --stdin-filename,
  or the current folder).

Options:
  --format FMT          html (default): the body HTML;
                        json: one object with front_matter, front_matter_format,
                          html, blocks, toc_html, summary_html, truncated,
                          word_count, reading_time and diagnostics;
                        page: a standalone HTML page with the post's header
  --stdin-filename P    the name of the post read from -
  --site DIR            the Hugo site the post belongs to
  --config FILE         use this site config instead of the site's own
  --shortcodes DIR      more shortcode templates, over the site's
  --schema FILE         a JSON Schema (JSON or YAML) for front matter

Examples:
  recap render content/blog/hello.md
  recap render --format json content/blog/hello.md | jq .diagnostics
  recap render --format page content/blog/hello.md > hello.html

Problems in the post do not fail render (see recap check); a file that cannot
be read, or a site that cannot, is exit status 2.
";

pub fn run(args: Vec<OsString>) -> Result<ExitCode, Fatal> {
    let mut overrides = Overrides::default();
    let mut format = "html".to_owned();
    let mut files = Vec::new();
    let mut stdin_name = PathBuf::from("<stdin>");
    let usage = |m: String| Fatal::usage("render", m);
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("format") => format = utf8(parser.value()?, "--format")?,
            Long("stdin-filename") => stdin_name = PathBuf::from(parser.value()?),
            Long("site") => overrides.site = Some(PathBuf::from(parser.value()?)),
            Long("config") => overrides.config = Some(PathBuf::from(parser.value()?)),
            Long("shortcodes") => overrides.shortcodes.push(PathBuf::from(parser.value()?)),
            Long("schema") => overrides.schema = Some(PathBuf::from(parser.value()?)),
            Long("environment") | Short('e') => overrides.environment = Some(utf8(parser.value()?, "--environment")?),
            Value(path) => files.push(PathBuf::from(path)),
            _ => return Err(usage(arg.unexpected().to_string())),
        }
    }
    if !matches!(format.as_str(), "html" | "json" | "page") {
        return Err(Fatal(format!("--format must be html, json or page, not {format:?}")));
    }
    let [file] = files.as_slice() else {
        return Err(usage("render takes exactly one FILE".to_owned()));
    };
    let input = if file.as_os_str() == "-" { Input::Stdin { name: stdin_name } } else { Input::File(file.clone()) };
    let site = Sites::new(overrides).site_for(input.path())?;
    let source = input.read().map_err(|d| Fatal(format!("{}: {}", input.name(), d.message)))?;
    let rendered = site.render(input.path(), &source);
    let text = match format.as_str() {
        "json" => serde_json::to_string_pretty(&rendered).unwrap_or_default() + "\n",
        "page" => page(&rendered),
        _ => rendered.html,
    };
    write_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// A standalone page: the post's header (title, date, author, reading time,
/// description, keywords) and its body, with a small stylesheet.
fn page(r: &Rendered) -> String {
    let field = |k: &str| r.front_matter.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let esc = |s: &str| {
        let mut out = String::new();
        recap::internals::html::escape_text(&mut out, s);
        out
    };
    let title = field("title");
    let date = field("date");
    let day = date.get(..10).unwrap_or(&date).to_owned();
    let keywords: Vec<String> = r
        .front_matter
        .get("keywords")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(|k| format!("<li>{}</li>", esc(k))).collect())
        .unwrap_or_default();
    let author = r.front_matter.get("params").and_then(|p| p.get("author")).and_then(Value::as_str).unwrap_or("");
    let mut meta = Vec::new();
    if !day.is_empty() {
        meta.push(format!("<time datetime=\"{}\">{}</time>", esc(&date), esc(&day)));
    }
    if !author.is_empty() {
        meta.push(format!("<span>{}</span>", esc(author)));
    }
    meta.push(format!("<span>{} min read</span>", r.reading_time));
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>{css}</style>\n</head>\n<body>\n<article>\n<header>\n<h1>{title}</h1>\n<p class=\"meta\">{meta}</p>\n<p class=\"description\">{description}</p>\n<ul class=\"keywords\">{keywords}</ul>\n</header>\n{body}</article>\n</body>\n</html>\n",
        title = esc(&title),
        css = PAGE_CSS,
        meta = meta.join(" · "),
        description = esc(&field("description")),
        keywords = keywords.join(""),
        body = r.html,
    )
}

const PAGE_CSS: &str = "body{margin:0;font:18px/1.6 system-ui,sans-serif;color:#1d1d1f;background:#fff}article{max-width:42rem;margin:2rem auto;padding:0 1rem}h1{line-height:1.2}.meta{color:#555}.keywords{list-style:none;padding:0;display:flex;gap:.5rem}.keywords li{background:#eef;border-radius:1rem;padding:0 .6rem;font-size:.85rem}img,iframe{max-width:100%}pre{overflow:auto;background:#f5f5f7;padding:1rem}@media (prefers-color-scheme:dark){body{background:#111;color:#eee}.meta{color:#aaa}.keywords li{background:#334}pre{background:#222}}";
