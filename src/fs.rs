//! Reading a site from disk, for the CLI and native tools: the one place that
//! touches the file system. The core takes what this reads ([`Files`]), so
//! the browser, which gets the same files from a bundle, runs the same code.

use crate::site::files::{File, Files};
use std::io;
use std::path::{Path, PathBuf};

/// The site a file or folder belongs to: the nearest folder, from `start`
/// upwards, that holds `hugo.{toml,yaml,json}`, `config.{toml,yaml,json}` or
/// `config/_default/` (what Hugo looks for).
pub fn find_site_root(start: &Path) -> Option<PathBuf> {
    let start = if start.is_dir() { start.to_path_buf() } else { start.parent().map(Path::to_path_buf).unwrap_or_default() };
    let start = std::fs::canonicalize(&start).unwrap_or(start);
    start.ancestors().find(|dir| is_site_root(dir)).map(Path::to_path_buf)
}

/// Whether `dir` holds a Hugo config.
fn is_site_root(dir: &Path) -> bool {
    crate::site::config::ROOT_NAMES.iter().any(|n| dir.join(n).is_file()) || dir.join("config/_default").is_dir()
}

/// The folders of a site (and of a theme) the core reads; the rest
/// (`public/`, `node_modules/`, `resources/`) is skipped.
const FOLDERS: &[&str] = &["config", "layouts", "data", "i18n", "assets", "content", "themes"];

/// Whether a file under a site is text the core reads (by extension), as
/// opposed to a resource it only needs to know exists.
pub fn is_text_path(path: &str) -> bool {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase();
    matches!(
        ext.as_str(),
        "md" | "markdown"
            | "mdown"
            | "html"
            | "htm"
            | "toml"
            | "yaml"
            | "yml"
            | "json"
            | "xml"
            | "svg"
            | "txt"
            | "css"
            | "scss"
            | "sass"
            | "js"
            | "mjs"
            | "ts"
            | "csv"
            | "tsv"
            | "ics"
            | "rss"
            | "org"
            | "adoc"
            | "rst"
            | "pandoc"
            | "ad"
            | "asciidoc"
            | "go"
            | "sh"
    )
}

/// The largest text file read whole; larger ones are known by size only.
const MAX_TEXT_FILE: u64 = 16 << 20;

/// Reads what Recap needs of the site at `root`: its root config file and
/// the `config`, `layouts`, `data`, `assets`, `content` and `themes` folders
/// (text files with their text, others by size).
///
/// # Errors
/// The root cannot be read. Unreadable files inside are skipped (their
/// pages are then missing from the page map).
pub fn read_site(root: &Path) -> io::Result<Files> {
    let mut files = Files::default();
    for entry in std::fs::read_dir(root)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_file() && crate::site::files::is_config_name(&name) || name == "theme.toml" {
            read_file(&path, &name, &mut files);
        } else if path.is_dir() && FOLDERS.contains(&name.as_str()) {
            walk(&path, &name, &mut files);
        }
    }
    // Folders and files the config mounts (`module.mounts`) from elsewhere in the project.
    #[cfg(feature = "templates")]
    {
        let (config, _, _) = crate::site::config::load(&files, "production");
        for source in crate::site::mounts::sources(&config) {
            let top = source.split('/').next().unwrap_or("");
            let path = root.join(&source);
            if FOLDERS.contains(&top) || source.split('/').any(|s| s == ".." || s.is_empty()) {
                continue;
            }
            if path.is_dir() {
                walk(&path, &source, &mut files);
            } else if path.is_file() {
                read_file(&path, &source, &mut files);
            }
        }
    }
    Ok(files)
}

fn walk(dir: &Path, rel: &str, files: &mut Files) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    // `themes/NAME`: a theme contributes its config and the same folders as a site.
    let theme_root = rel.strip_prefix("themes/").is_some_and(|t| !t.contains('/'));
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let child = format!("{rel}/{name}");
        if path.is_dir() {
            if !theme_root || (FOLDERS.contains(&name.as_str()) && name != "themes") {
                walk(&path, &child, files);
            }
        } else if rel == "themes" {
            continue;
        } else if !theme_root || crate::site::files::is_config_name(&name) || name == "theme.toml" {
            read_file(&path, &child, files);
        }
    }
}

fn read_file(path: &Path, rel: &str, files: &mut Files) {
    let Ok(meta) = std::fs::metadata(path) else { return };
    if is_text_path(rel) && meta.len() <= MAX_TEXT_FILE {
        if let Ok(bytes) = std::fs::read(path) {
            match String::from_utf8(bytes) {
                Ok(text) => files.insert(rel, File::Text(text)),
                Err(_) => files.insert(rel, File::Binary { size: meta.len() }),
            }
            return;
        }
    }
    files.insert(rel, File::Binary { size: meta.len() });
}

/// The rules of the time zone `name` (Hugo's `timeZone`) from the system's
/// zoneinfo (`$ZONEINFO`, else `/usr/share/zoneinfo`), as Go's
/// `time.LoadLocation` finds them; `Local` is `/etc/localtime`. An error
/// for a name the system does not know (Hugo fails on it too).
pub fn zone_rules(name: &str) -> Option<Result<Vec<u8>, String>> {
    let path = if name == "Local" {
        PathBuf::from("/etc/localtime")
    } else {
        if name.starts_with('/') || name.split('/').any(|part| part == ".." || part.is_empty()) {
            return Some(Err(format!("timeZone {name:?} is not a time zone name")));
        }
        let dir = std::env::var_os("ZONEINFO").map_or_else(|| PathBuf::from("/usr/share/zoneinfo"), PathBuf::from);
        dir.join(name)
    };
    Some(std::fs::read(&path).map_err(|_| {
        format!("timeZone {name:?} is not a time zone this system knows ({} cannot be read); Hugo fails on it too", path.display())
    }))
}

/// Reads and loads the site at `root` for `environment`, with the system's time zones.
///
/// # Errors
/// The root cannot be read.
pub fn load_site(root: &Path, environment: &str) -> io::Result<crate::site::Site> {
    let files = read_site(root)?;
    Ok(crate::site::Site::load_with_zones(files, environment, None, &zone_rules))
}
