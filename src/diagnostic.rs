//! Diagnostics: what is wrong, where, and how to fix it.

pub mod codes;

use crate::span::{LineIndex, Position, Span};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The post does not say what the author meant (syntax errors, wrong types).
    Error,
    /// Probably a mistake, but the post still renders (unknown keys, Hugo's silent traps).
    Warning,
    /// Worth knowing (a date in the future).
    Info,
}

impl Severity {
    /// The lowercase name used in CLI output and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A machine-applicable edit: replace the bytes of `span` with `replacement`.
///
/// Serialised as `title`, `start_offset`, `end_offset` (bytes) and `replacement`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// What the edit does, for a button label ("Rename to `keywords`").
    pub title: String,
    /// The bytes to replace.
    pub span: Span,
    /// The new text.
    pub replacement: String,
}

/// One problem in a post, located in its source.
///
/// Diagnostics are created with a byte [`Span`]; [`Diagnostic::locate`] fills in
/// `start` and `end` from a [`LineIndex`], once, when rendering finishes.
///
/// Serialised flat, as the CLI's JSON shows it: `severity`, `code`, `message`,
/// `line`, `column`, `end_line`, `end_column` (1-based, columns in Unicode scalar
/// values), `start_offset`, `end_offset` (bytes), `path`, `suggestion`, `fix`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error, warning or info.
    pub severity: Severity,
    /// Stable, namespaced, kebab-case code such as `front-matter/yaml-syntax`.
    pub code: &'static str,
    /// What is wrong, in a sentence.
    pub message: String,
    /// The source bytes the problem is about.
    pub span: Span,
    /// Line and column of `span.start`.
    pub start: Position,
    /// Line and column of `span.end`.
    pub end: Position,
    /// The front-matter field the problem is about, dotted (`params.author`), if any.
    pub path: Option<String>,
    /// A hint for the author ("did you mean `keywords`?"), if any.
    pub suggestion: Option<String>,
    /// An unambiguous edit that fixes the problem, if there is one.
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// A new diagnostic; its positions are filled in by [`Diagnostic::locate`].
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            span,
            start: Position::default(),
            end: Position::default(),
            path: None,
            suggestion: None,
            fix: None,
        }
    }

    /// An error.
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message, span)
    }

    /// A warning.
    pub fn warning(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message, span)
    }

    /// An informational note.
    pub fn info(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(Severity::Info, code, message, span)
    }

    /// Sets the field path.
    pub fn with_path(mut self, path: impl Into<String>) -> Diagnostic {
        self.path = Some(path.into());
        self
    }

    /// Sets the suggestion.
    pub fn with_suggestion(mut self, suggestion: impl Into<String>) -> Diagnostic {
        self.suggestion = Some(suggestion.into());
        self
    }

    /// Sets the quick fix.
    pub fn with_fix(mut self, fix: Fix) -> Diagnostic {
        self.fix = Some(fix);
        self
    }

    /// Fills in `start` and `end` from the source's line index.
    pub fn locate(&mut self, index: &LineIndex<'_>) {
        self.start = index.position(self.span.start);
        self.end = index.position(self.span.end);
    }
}

impl Serialize for Fix {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Fix", 4)?;
        s.serialize_field("title", &self.title)?;
        s.serialize_field("start_offset", &self.span.start)?;
        s.serialize_field("end_offset", &self.span.end)?;
        s.serialize_field("replacement", &self.replacement)?;
        s.end()
    }
}

impl Serialize for Diagnostic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Diagnostic", 12)?;
        s.serialize_field("severity", &self.severity)?;
        s.serialize_field("code", self.code)?;
        s.serialize_field("message", &self.message)?;
        s.serialize_field("line", &self.start.line)?;
        s.serialize_field("column", &self.start.column)?;
        s.serialize_field("end_line", &self.end.line)?;
        s.serialize_field("end_column", &self.end.column)?;
        s.serialize_field("start_offset", &self.span.start)?;
        s.serialize_field("end_offset", &self.span.end)?;
        s.serialize_field("path", &self.path)?;
        s.serialize_field("suggestion", &self.suggestion)?;
        s.serialize_field("fix", &self.fix)?;
        s.end()
    }
}
