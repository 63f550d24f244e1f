//! A site as one JSON document for the browser (`recap pack`): the files a
//! [`Site`](super::Site) is loaded from — config, content templates, data,
//! text assets and every content page's front matter (bodies left out; bundle
//! resources and binary assets by name and size only) — so that the browser
//! loads the same site model through the same code.
//!
//! ```json
//! { "recapSite": 1, "generator": "recap 0.1.0", "environment": "production",
//!   "files": { "config/_default/hugo.yaml": "title: …", "assets/logo.png": { "size": 1234 } } }
//! ```

use super::files::{File, Files};
use serde_json::{Map, Value};

/// The bundle format's version: a bundle with another is refused with a message saying so.
pub const FORMAT: u64 = 1;

/// The files of a site that a bundle carries, page bodies dropped.
pub fn pack(files: &Files, environment: &str) -> Value {
    let mut out = Map::new();
    for (path, file) in files.iter() {
        let top = path.split('/').next().unwrap_or("");
        let keep = super::files::is_config_name(path)
            || matches!(top, "config" | "layouts" | "data" | "i18n" | "assets" | "content" | "themes")
            || path == "theme.toml";
        if !keep || path.starts_with("themes/") && !is_theme_part(path) {
            continue;
        }
        let value = match file {
            File::Text(text) if path.starts_with("content/") && is_page(path) => Value::String(front_matter_only(text)),
            File::Text(text) => Value::String(text.clone()),
            File::Binary { size } => {
                let mut m = Map::new();
                m.insert("size".to_owned(), Value::from(*size));
                Value::Object(m)
            }
        };
        out.insert(path.to_owned(), value);
    }
    let mut root = Map::new();
    root.insert("recapSite".to_owned(), Value::from(FORMAT));
    root.insert("generator".to_owned(), Value::from(format!("recap {}", env!("CARGO_PKG_VERSION"))));
    root.insert("environment".to_owned(), Value::from(environment));
    root.insert("files".to_owned(), Value::Object(out));
    Value::Object(root)
}

fn is_theme_part(path: &str) -> bool {
    let parts: Vec<&str> = path.splitn(4, '/').collect();
    match parts.as_slice() {
        [_, _, rest, ..] => {
            matches!(*rest, "layouts" | "data" | "i18n" | "assets" | "config")
                || super::files::is_config_name(rest)
                || *rest == "theme.toml"
        }
        _ => false,
    }
}

fn is_page(path: &str) -> bool {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase();
    matches!(ext.as_str(), "md" | "markdown" | "mdown" | "html" | "htm")
}

/// A page's front matter without its body.
fn front_matter_only(text: &str) -> String {
    let mut sink = Vec::new();
    let split = crate::front_matter::split(text, &mut sink);
    text[..split.body_start.min(text.len())].to_owned()
}

/// Reads a bundle back into files and its environment.
///
/// # Errors
/// Text that is not JSON, JSON that is not a bundle, or a bundle of another format version.
pub fn unpack(text: &str) -> Result<(Files, String), String> {
    let value: Value = match crate::front_matter::parse_document(text, crate::front_matter::Format::Json) {
        Ok(v) => v,
        Err(e) => return Err(format!("the site bundle is not valid JSON: {} (at byte {})", e.message, e.offset)),
    };
    let Some(root) = value.as_object() else { return Err("the site bundle must be a JSON object".to_owned()) };
    match root.get("recapSite").and_then(Value::as_u64) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(format!(
            "the site bundle is format {other}, and this version of Recap ({}) reads format {FORMAT}: run `recap pack` from this version",
            env!("CARGO_PKG_VERSION")
        ))
        }
        None => {
            return Err("this JSON is not a Recap site bundle (it has no `recapSite` format number); make one with `recap pack`".to_owned())
        }
    }
    let environment = root.get("environment").and_then(Value::as_str).unwrap_or("production").to_owned();
    let Some(files_value) = root.get("files").and_then(Value::as_object) else {
        return Err("the site bundle has no `files` object".to_owned());
    };
    let mut files = Files::default();
    for (path, v) in files_value {
        match v {
            Value::String(s) => files.insert_text(path, s),
            Value::Object(m) => files.insert(path, File::Binary { size: m.get("size").and_then(Value::as_u64).unwrap_or(0) }),
            _ => {
                return Err(format!(
                    "the site bundle's entry for {} is neither text nor {{\"size\": …}}",
                    crate::go_unicode::quote(path, false)
                ))
            }
        }
    }
    Ok((files, environment))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_round_trips_without_page_bodies() {
        let mut f = Files::default();
        f.insert_text("hugo.yaml", "title: T\n");
        f.insert_text("content/a.md", "---\ntitle: A\n---\nBody text\n");
        f.insert_text("layouts/_shortcodes/x.html", "X");
        f.insert("content/b/pic.png", File::Binary { size: 10 });
        f.insert_text("node_modules/x.js", "nope");
        let text = serde_json::to_string(&pack(&f, "development")).unwrap();
        let (back, env) = unpack(&text).unwrap();
        assert_eq!(env, "development");
        assert_eq!(back.text("content/a.md"), Some("---\ntitle: A\n---\n"), "page bodies are left out");
        assert_eq!(back.get("content/b/pic.png"), Some(&File::Binary { size: 10 }));
        assert!(!back.contains("node_modules/x.js"), "only the site's own folders are packed");
    }

    #[test]
    fn a_wrong_bundle_says_what_is_wrong() {
        assert!(unpack("{").unwrap_err().contains("not valid JSON"));
        assert!(unpack("{\"a\":1}").unwrap_err().contains("not a Recap site bundle"));
        assert!(unpack("{\"recapSite\": 99, \"files\": {}}").unwrap_err().contains("format 99"));
    }
}
