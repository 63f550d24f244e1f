//! How `check` reports: compiler-style text, a JSON array, SARIF 2.1.0 for code
//! scanning, or GitHub Actions workflow commands. Each reporter is given the
//! files in order as they finish, and writes what it can at once (SARIF, one
//! document, is written at the end).

use recap::codes::CODES;
use recap::{Diagnostic, Severity};
use serde::Serialize;
use serde_json::{json, Value};

/// The output formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Github,
}

impl Format {
    pub const NAMES: &'static str = "text, json, sarif or github";

    pub fn parse(name: &str) -> Option<Format> {
        match name {
            "text" => Some(Format::Text),
            "json" => Some(Format::Json),
            "sarif" => Some(Format::Sarif),
            "github" => Some(Format::Github),
            _ => None,
        }
    }
}

/// One checked file's problems, as they are to be reported.
pub struct FileReport<'a> {
    /// The file's name as given (or found under a folder given).
    pub name: &'a str,
    pub diagnostics: &'a [Diagnostic],
}

/// Writes a report, file by file.
pub trait Reporter {
    /// Text to write when the run starts.
    fn start(&mut self) -> String {
        String::new()
    }
    /// Text to write for one file, as soon as it is checked.
    fn file(&mut self, report: &FileReport<'_>) -> String;
    /// Text to write when every file is checked.
    fn finish(&mut self) -> String {
        String::new()
    }
}

pub fn reporter(format: Format, color: bool) -> Box<dyn Reporter> {
    match format {
        Format::Text => Box::new(Text { color }),
        Format::Json => Box::new(Json { first: true }),
        Format::Sarif => Box::new(Sarif { results: Vec::new() }),
        Format::Github => Box::new(Github),
    }
}

/// `file:line:col: severity[code]: message (suggestion)`, as compilers write it.
struct Text {
    color: bool,
}

impl Reporter for Text {
    fn file(&mut self, report: &FileReport<'_>) -> String {
        let mut out = String::new();
        for d in report.diagnostics {
            let (sev, code) = if self.color {
                let c = match d.severity {
                    Severity::Error => "1;31",
                    Severity::Warning => "1;33",
                    Severity::Info => "1;36",
                };
                (format!("\x1b[{c}m{}\x1b[0m", d.severity.as_str()), format!("\x1b[2m[{}]\x1b[0m", d.code))
            } else {
                (d.severity.as_str().to_owned(), format!("[{}]", d.code))
            };
            let place = format!("{}:{}:{}", report.name, d.start.line, d.start.column);
            let place = if self.color { format!("\x1b[1m{place}\x1b[0m") } else { place };
            out.push_str(&format!("{place}: {sev}{code}: {}", d.message));
            if let Some(s) = &d.suggestion {
                out.push_str(&format!(" ({s})"));
            }
            out.push('\n');
        }
        out
    }
}

/// One JSON array of diagnostics: the fields of `render --format json`'s, and `file`.
struct Json {
    first: bool,
}

#[derive(Serialize)]
struct WithFile<'a> {
    file: &'a str,
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
}

impl Reporter for Json {
    fn start(&mut self) -> String {
        "[".to_owned()
    }

    fn file(&mut self, report: &FileReport<'_>) -> String {
        let mut out = String::new();
        for d in report.diagnostics {
            out.push_str(if self.first { "\n  " } else { ",\n  " });
            self.first = false;
            out.push_str(&serde_json::to_string(&WithFile { file: report.name, diagnostic: d }).unwrap_or_default());
        }
        out
    }

    fn finish(&mut self) -> String {
        if self.first {
            "]\n".to_owned()
        } else {
            "\n]\n".to_owned()
        }
    }
}

/// GitHub Actions workflow commands: each problem an annotation on its lines.
struct Github;

impl Reporter for Github {
    fn file(&mut self, report: &FileReport<'_>) -> String {
        let mut out = String::new();
        for d in report.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut message = d.message.clone();
            if let Some(s) = &d.suggestion {
                message.push_str(&format!(" ({s})"));
            }
            // GitHub's columns are inclusive, and allowed only when the
            // annotation starts and ends on one line.
            let (end_line, end_column) = match (d.span.is_empty(), d.end.column) {
                (true, _) => (d.start.line, d.start.column),
                (false, 1) => (d.end.line.saturating_sub(1).max(d.start.line), 0),
                (false, c) => (d.end.line, c - 1),
            };
            let place = if end_line == d.start.line && end_column >= d.start.column {
                format!("line={},col={},endLine={end_line},endColumn={end_column}", d.start.line, d.start.column)
            } else {
                format!("line={},endLine={end_line}", d.start.line)
            };
            out.push_str(&format!(
                "::{command} file={},{place},title={}::{}\n",
                escape_property(report.name),
                escape_property(d.code),
                escape_data(&message)
            ));
        }
        out
    }
}

/// A workflow command's message, escaped as GitHub's toolkit does (`escapeData`).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A workflow command's property value, escaped as GitHub's toolkit does (`escapeProperty`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// SARIF 2.1.0, one run: a rule per diagnostic code (with the help of `recap
/// explain`), a result per problem, columns counted in Unicode code points.
struct Sarif {
    results: Vec<Value>,
}

impl Reporter for Sarif {
    fn file(&mut self, report: &FileReport<'_>) -> String {
        for d in report.diagnostics {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "note",
            };
            let mut region = json!({"startLine": d.start.line, "startColumn": d.start.column});
            if d.span.end > d.span.start {
                region["endLine"] = json!(d.end.line);
                region["endColumn"] = json!(d.end.column);
            }
            let mut message = d.message.clone();
            if let Some(s) = &d.suggestion {
                message.push_str(&format!(" ({s})"));
            }
            let mut result = json!({
                "ruleId": d.code,
                "level": level,
                "message": {"text": message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(report.name)}, "region": region}}],
            });
            if let Some(i) = CODES.iter().position(|c| c.code == d.code) {
                result["ruleIndex"] = json!(i);
            }
            self.results.push(result);
        }
        String::new()
    }

    fn finish(&mut self) -> String {
        let rules: Vec<Value> = CODES
            .iter()
            .map(|c| {
                json!({
                    "id": c.code,
                    "shortDescription": {"text": c.summary},
                    "fullDescription": {"text": c.help_text()},
                    "help": {"text": c.help_text(), "markdown": c.help_text()},
                })
            })
            .collect();
        let log = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "recap",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://www.npmjs.com/package/recap",
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "results": std::mem::take(&mut self.results),
            }],
        });
        serde_json::to_string_pretty(&log).unwrap_or_default() + "\n"
    }
}

/// A file name as a SARIF URI reference: relative paths stay relative (code
/// scanning resolves them against the repository), absolute ones become
/// `file://` URIs; characters outside a URI's path are percent-encoded.
pub fn uri(name: &str) -> String {
    let path = name.replace('\\', "/");
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escapes_as_the_toolkit_does() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("content/my post.md"), "content/my%20post.md");
        assert_eq!(uri("/abs/é.md"), "file:///abs/%C3%A9.md");
    }
}
