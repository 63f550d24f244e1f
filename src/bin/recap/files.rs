//! The posts a command is given, and reading them: a file that cannot be read
//! becomes one `io/…` diagnostic for that file, never the end of the run.

use recap::{Diagnostic, Span};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are not read (`io/too-large`).
const MAX_FILE_BYTES: u64 = recap::internals::limits::MAX_FILE_BYTES as u64;

/// Hugo's Markdown file suffixes (its `text/markdown` media type).
const MARKDOWN: [&str; 3] = ["md", "mdown", "markdown"];

/// A post to check.
#[derive(Clone, Debug)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Standard input, known as `name` in messages.
    Stdin { name: PathBuf },
}

impl Input {
    /// The name shown in reports.
    pub fn name(&self) -> String {
        match self {
            Input::File(p) | Input::Stdin { name: p } => p.display().to_string(),
        }
    }

    /// The path that places it in a site.
    pub fn path(&self) -> &Path {
        match self {
            Input::File(p) | Input::Stdin { name: p } => p,
        }
    }

    /// The post's text, or the one diagnostic that says why it cannot be had.
    pub fn read(&self) -> Result<String, Box<Diagnostic>> {
        let bytes = match self {
            Input::File(path) => read_file(path)?,
            Input::Stdin { .. } => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .take(MAX_FILE_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| io_error("io/unreadable", format!("cannot read standard input: {}", io_reason(&e))))?;
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    return Err(too_large(bytes.len() as u64));
                }
                bytes
            }
        };
        String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
            io_error("io/not-utf8", format!("this file is not UTF-8 text: the byte at offset {at} (line {line}) is not valid UTF-8"))
        })
    }
}

fn read_file(path: &Path) -> Result<Vec<u8>, Box<Diagnostic>> {
    let unreadable = |e: std::io::Error| io_error("io/unreadable", format!("cannot read this file: {}", io_reason(&e)));
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.is_dir() {
        return Err(io_error("io/unreadable", "cannot read this file: it is a directory"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    std::fs::read(path).map_err(unreadable)
}

fn too_large(len: u64) -> Box<Diagnostic> {
    io_error("io/too-large", format!("this file is {len} bytes; files over {MAX_FILE_BYTES} bytes are not checked"))
}

/// A problem with the file as a whole, at its start.
pub fn io_error(code: &'static str, message: impl Into<String>) -> Box<Diagnostic> {
    let mut d = Diagnostic::error(code, message, Span::new(0, 0));
    d.locate(&recap::LineIndex::new(""));
    Box::new(d)
}

/// A short reason for an I/O error, without the OS's error number.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a directory".to_owned(),
        _ => e.to_string(),
    }
}

/// Adds the posts `arg` names: `-` is stdin, a folder its Markdown files
/// (recursively, sorted, skipping hidden files and folders), anything else
/// itself (a missing file is reported when it is read).
pub fn collect(arg: &Path, stdin_name: &Path, out: &mut Vec<Input>) -> Result<(), crate::Fatal> {
    if arg == Path::new("-") {
        out.push(Input::Stdin { name: stdin_name.to_path_buf() });
    } else if arg.is_dir() {
        walk(arg, out);
    } else {
        out.push(Input::File(arg.to_path_buf()));
    }
    Ok(())
}

fn walk(dir: &Path, out: &mut Vec<Input>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        // An unreadable folder is reported as the one file we could not read.
        out.push(Input::File(dir.to_path_buf()));
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().and_then(|e| e.to_str()).is_some_and(|e| MARKDOWN.iter().any(|m| e.eq_ignore_ascii_case(m))) {
            out.push(Input::File(p));
        }
    }
}
