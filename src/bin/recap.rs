//! The `recap` command: render posts and check them, e.g. in a site's CI.

use recap::{Options, Rendered, Severity};
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};

use std::process::ExitCode;

const USAGE: &str = "\
Usage:
  recap render [--config SITE] [--shortcodes DIR] [--schema FILE] [--format html|json|page] FILE
  recap check  [--config SITE] [--shortcodes DIR] [--schema FILE] FILE...

  render   print the post's body HTML; with --format json one JSON object with
           front_matter, html, blocks, toc_html, summary_html, word_count,
           reading_time and diagnostics; with --format page a standalone HTML page
  check    print every problem as file:line:col: severity[code]: message;
           exit 1 if any is an error. A directory is checked for *.md files.

Options:
  --config SITE   a Hugo site config (hugo.yaml, hugo.toml, hugo.json)
  --shortcodes DIR  the site's shortcode templates (a layouts/_shortcodes folder)
  --schema FILE   a JSON Schema (JSON or YAML) for the front matter, on top of Hugo's fields
  --format FMT    html (default), json or page
  -h, --help      this help
  -V, --version   the version

Exit status: 0 fine, 1 a post has errors (check), 2 bad usage or unreadable input.";

/// A failure that ends the command with a one-line message and exit status 2.
struct Fatal(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Fatal(message)) => {
            eprintln!("recap: {message}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    config: Option<PathBuf>,
    shortcodes: Option<PathBuf>,
    schema: Option<PathBuf>,
    format: String,
    files: Vec<PathBuf>,
}

fn parse_args(args: &[String]) -> Result<Args, Fatal> {
    let mut parsed = Args { config: None, shortcodes: None, schema: None, format: "html".to_owned(), files: Vec::new() };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| Fatal(format!("{name} needs a value (see recap --help)")));
        match arg.as_str() {
            "--config" => parsed.config = Some(PathBuf::from(value("--config")?)),
            "--format" => parsed.format = value("--format")?,
            "--shortcodes" => parsed.shortcodes = Some(PathBuf::from(value("--shortcodes")?)),
            "--schema" => parsed.schema = Some(PathBuf::from(value("--schema")?)),
            s if s.starts_with("--schema=") => parsed.schema = Some(PathBuf::from(&s[9..])),
            s if s.starts_with("--shortcodes=") => parsed.shortcodes = Some(PathBuf::from(&s[13..])),
            s if s.starts_with("--config=") => parsed.config = Some(PathBuf::from(&s[9..])),
            s if s.starts_with("--format=") => parsed.format = s[9..].to_owned(),
            s if s.starts_with('-') && s != "-" => return Err(Fatal(format!("unknown option {s} (see recap --help)"))),
            s => parsed.files.push(PathBuf::from(s)),
        }
    }
    if !matches!(parsed.format.as_str(), "html" | "json" | "page") {
        return Err(Fatal(format!("--format must be html, json or page, not {:?}", parsed.format)));
    }
    Ok(parsed)
}

fn run(args: &[String]) -> Result<ExitCode, Fatal> {
    let Some(command) = args.first() else {
        println!("{USAGE}");
        return Ok(ExitCode::from(2));
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        "-V" | "--version" => {
            println!("recap {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        "render" => {
            let args = parse_args(&args[1..])?;
            let options = load_options(&args)?;
            let [file] = args.files.as_slice() else {
                return Err(Fatal("render takes exactly one FILE".to_owned()));
            };
            let source = read_post(file)?;
            let rendered = recap::render(&source, &options);
            let text = match args.format.as_str() {
                "json" => serde_json::to_string_pretty(&to_json(&rendered)).unwrap_or_default() + "\n",
                "page" => page(&rendered),
                _ => rendered.html,
            };
            write_stdout(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        "check" => {
            let args = parse_args(&args[1..])?;
            let options = load_options(&args)?;
            if args.files.is_empty() {
                return Err(Fatal("check needs at least one FILE".to_owned()));
            }
            let mut files = Vec::new();
            for f in &args.files {
                collect_posts(f, &mut files)?;
            }
            let (mut errors, mut warnings) = (0, 0);
            let mut report = String::new();
            for file in &files {
                let source = read_post(file)?;
                let rendered = recap::render(&source, &options);
                for d in &rendered.diagnostics {
                    match d.severity {
                        Severity::Error => errors += 1,
                        Severity::Warning => warnings += 1,
                        Severity::Info => {}
                    }
                    report.push_str(&format!(
                        "{}:{}:{}: {}[{}]: {}",
                        file.display(),
                        d.start.line,
                        d.start.column,
                        d.severity.as_str(),
                        d.code,
                        d.message
                    ));
                    if let Some(s) = &d.suggestion {
                        report.push_str(&format!(" ({s})"));
                    }
                    report.push('\n');
                }
            }
            write_stdout(&report)?;
            eprintln!(
                "recap: checked {} post{}: {errors} error{}, {warnings} warning{}",
                files.len(),
                plural(files.len()),
                plural(errors),
                plural(warnings)
            );
            Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        other => Err(Fatal(format!("unknown command {other:?} (see recap --help)"))),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn write_stdout(text: &str) -> Result<(), Fatal> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`recap render x | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Fatal(format!("cannot write output: {e}"))),
    }
}

fn load_options(args: &Args) -> Result<Options, Fatal> {
    let mut options = match &args.config {
        None => Options::default(),
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| Fatal(format!("cannot read config {}: {}", path.display(), io_reason(&e))))?;
            let text = String::from_utf8(bytes).map_err(|_| Fatal(format!("config {} is not UTF-8", path.display())))?;
            let format = Options::format_for_path(&path.to_string_lossy());
            Options::from_config(&text, format).map_err(|e| Fatal(format!("config {}: {e}", path.display())))?
        }
    };
    if let Some(path) = &args.schema {
        let bytes = std::fs::read(path).map_err(|e| Fatal(format!("cannot read schema {}: {}", path.display(), io_reason(&e))))?;
        let text = String::from_utf8(bytes).map_err(|_| Fatal(format!("schema {} is not UTF-8", path.display())))?;
        let format = Options::format_for_path(&path.to_string_lossy()).unwrap_or(recap::Format::Json);
        let doc =
            recap::front_matter::parse_document(&text, format).map_err(|e| Fatal(format!("schema {}: {}", path.display(), e.message)))?;
        let (_, unsupported) =
            recap::front_matter::schema::Schema::compile(&doc).map_err(|e| Fatal(format!("schema {}: {e}", path.display())))?;
        for u in unsupported {
            eprintln!("recap: warning: schema {}: `{}` is not checked by Recap", path.display(), u.keyword);
        }
        options.schema = Some(doc);
    }
    if let Some(dir) = &args.shortcodes {
        let templates = recap::shortcode::load_templates(dir)
            .map_err(|e| Fatal(format!("cannot read shortcodes from {}: {}", dir.display(), io_reason(&e))))?;
        options.shortcodes.extend(templates);
    }
    Ok(options)
}

fn read_post(path: &Path) -> Result<String, Fatal> {
    let bytes = std::fs::read(path).map_err(|e| Fatal(format!("cannot read {}: {}", path.display(), io_reason(&e))))?;
    String::from_utf8(bytes)
        .map_err(|e| Fatal(format!("{} is not UTF-8 (invalid byte at offset {})", path.display(), e.utf8_error().valid_up_to())))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ if e.raw_os_error() == Some(21) => "it is a directory".to_owned(),
        _ => e.to_string(),
    }
}

/// A file as is; a directory's `.md` and `.markdown` files, recursively, sorted.
fn collect_posts(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), Fatal> {
    if !path.is_dir() {
        files.push(path.to_owned());
        return Ok(());
    }
    let entries = std::fs::read_dir(path).map_err(|e| Fatal(format!("cannot read directory {}: {}", path.display(), io_reason(&e))))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect_posts(&p, files)?;
        } else if p.extension().is_some_and(|e| e == "md" || e == "markdown") {
            files.push(p);
        }
    }
    Ok(())
}

fn to_json(r: &Rendered) -> Value {
    let diagnostics: Vec<Value> = r
        .diagnostics
        .iter()
        .map(|d| {
            json!({
                "severity": d.severity.as_str(),
                "code": d.code,
                "message": d.message,
                "line": d.start.line,
                "column": d.start.column,
                "end_line": d.end.line,
                "end_column": d.end.column,
                "start_offset": d.span.start,
                "end_offset": d.span.end,
                "path": d.path,
                "suggestion": d.suggestion,
                "fix": d.fix.as_ref().map(|f| json!({"title": f.title, "start_offset": f.span.start, "end_offset": f.span.end, "replacement": f.replacement})),
            })
        })
        .collect();
    let blocks: Vec<Value> =
        r.blocks.iter().map(|b| json!({"key": b.key, "html": b.html, "start_line": b.start_line, "end_line": b.end_line})).collect();
    json!({
        "front_matter": r.front_matter,
        "html": r.html,
        "blocks": blocks,
        "toc_html": r.toc_html,
        "summary_html": r.summary_html,
        "truncated": r.truncated,
        "word_count": r.word_count,
        "reading_time": r.reading_time,
        "diagnostics": diagnostics,
    })
}

/// A standalone page: the post's header (title, date, description, keywords,
/// reading time) and its body, with a small stylesheet.
fn page(r: &Rendered) -> String {
    let field = |k: &str| r.front_matter.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let esc = |s: &str| {
        let mut out = String::new();
        recap::html::escape_text(&mut out, s);
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
