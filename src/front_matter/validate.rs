//! Checking front matter against a schema: every problem, each at the exact key
//! or value, with a quick fix where the fix is unambiguous.

use super::date;
use super::schema::{Additional, Schema, StringFormat, Type};
use super::tree::{Entry, Kind, LocatedValue};
use super::Format;
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::span::Span;
use serde_json::Value;
use std::collections::HashMap;

/// What a check needs besides the tree and the schema.
pub struct Check<'a> {
    /// The post's source (for the text of quick fixes).
    pub source: &'a str,
    /// The front matter's format (quick fixes are written in it).
    pub format: Format,
    /// Where the front matter is, for problems with the whole of it.
    pub block: Span,
    /// Now, in seconds since 1970, for future dates (`None`: not checked).
    pub now: Option<i64>,
    /// The site's time zone, for dates written without one.
    pub zone: &'a date::TimeZone,
}

/// What a renderer checks each post's front matter with: Hugo's fields with
/// the site's schema laid over them, and the problems with the site's schema
/// (reported with every post).
#[derive(Debug)]
pub struct Checker {
    schema: Schema,
    problems: Vec<Diagnostic>,
}

impl Checker {
    /// Compiles the schema `options` give (Hugo's fields and taxonomies, and the site's own).
    pub fn new(options: &crate::options::Options) -> Checker {
        let mut schema = super::schema::hugo(&options.taxonomies);
        let mut problems = Vec::new();
        if let Some(doc) = &options.schema {
            match Schema::compile(doc) {
                Ok((site, unsupported)) => {
                    schema = schema.merge(site);
                    let mut seen = Vec::new();
                    for u in unsupported {
                        if seen.contains(&u.keyword) {
                            continue;
                        }
                        let at = if u.at.is_empty() { String::new() } else { format!(" (at `{}`)", u.at) };
                        problems.push(
                            Diagnostic::warning(
                                "schema/unsupported-keyword",
                                format!("the schema uses `{}`{at}, which Recap does not check", u.keyword),
                                Span::new(0, 0),
                            )
                            .with_suggestion(format!("Recap checks {}", super::schema::checked_keywords())),
                        );
                        seen.push(u.keyword);
                    }
                }
                Err(e) => problems.push(Diagnostic::error(
                    "schema/invalid",
                    format!("the site's front-matter schema cannot be used: {e}"),
                    Span::new(0, 0),
                )),
            }
        }
        Checker { schema, problems }
    }

    /// The problems with the site's schema, then those of the front matter `root`.
    pub fn check(&self, root: &LocatedValue, check: &Check<'_>, out: &mut Vec<Diagnostic>) {
        out.extend(self.problems.iter().cloned());
        out.extend(validate(root, &self.schema, check));
    }
}

/// Checks the front matter `root` against `schema`.
pub fn validate(root: &LocatedValue, schema: &Schema, check: &Check<'_>) -> Vec<Diagnostic> {
    let mut v = Validator { check, out: Vec::new() };
    v.node(root, schema, "", None, schema);
    v.out
}

struct Validator<'a, 'c> {
    check: &'c Check<'a>,
    out: Vec<Diagnostic>,
}

/// A key as Hugo compares keys: ASCII case ignored, hashed so too (without
/// a lowercased copy of each key of each mapping).
struct NoCase<'k>(&'k str);

impl PartialEq for NoCase<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for NoCase<'_> {}

impl std::hash::Hash for NoCase<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
        state.write_u8(0xff);
    }
}

/// The dotted path of `key` under `path`.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// How a value reads in a message: its type.
fn received(node: &LocatedValue) -> String {
    match &node.kind {
        Kind::Map(_) => "a mapping".to_owned(),
        Kind::Seq(_) => "a list".to_owned(),
        Kind::Scalar(s) => match &s.value {
            Value::Null => "nothing".to_owned(),
            Value::Bool(b) => format!("`{b}`"),
            Value::Number(n) => format!("the number {n}"),
            Value::String(t) if t.is_empty() => "an empty string".to_owned(),
            Value::String(t) => format!("the string \"{}\"", t.chars().take(40).collect::<String>()),
            _ => "a value".to_owned(),
        },
    }
}

fn matches_type(node: &LocatedValue, t: Type) -> bool {
    match (&node.kind, t) {
        (Kind::Map(_), Type::Object) | (Kind::Seq(_), Type::Array) => true,
        (Kind::Scalar(s), _) => match (&s.value, t) {
            (Value::String(_), Type::String)
            | (Value::Bool(_), Type::Boolean)
            | (Value::Null, Type::Null)
            | (Value::Number(_), Type::Number) => true,
            (Value::Number(n), Type::Integer) => n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0),
            _ => false,
        },
        _ => false,
    }
}

/// A date field's value as Hugo's decoders hand it to cast: YAML and TOML
/// integers are integers (JSON numbers are floats), an unquoted TOML scalar
/// that is a string is a date-time literal.
pub fn written_date(node: &LocatedValue, format: Format) -> date::Written<'_> {
    match &node.kind {
        Kind::Scalar(s) => match &s.value {
            Value::Null => date::Written::Nothing,
            Value::String(t) if format == Format::Toml && !s.quoted => date::Written::TomlDateTime(t),
            Value::String(t) => date::Written::Text(t),
            Value::Number(n) if format != Format::Json => n.as_i64().map_or(date::Written::Other, date::Written::Integer),
            _ => date::Written::Other,
        },
        _ => date::Written::Other,
    }
}

impl Validator<'_, '_> {
    fn text(&self, span: Span) -> &str {
        self.check.source.get(span.start..span.end).unwrap_or("")
    }

    /// The 1-based line of a span (only needed for duplicate keys, so counted on demand).
    fn line(&self, span: Span) -> usize {
        crate::span::LineIndex::new(self.check.source).line(span.start) as usize
    }

    fn push(&mut self, d: Diagnostic) {
        self.out.push(d);
    }

    /// A value written as a string in the front matter's format.
    fn quote(&self, s: &str) -> String {
        match self.check.format {
            Format::Toml | Format::Json => serde_json::to_string(s).unwrap_or_default(),
            _ => {
                let plain = !s.is_empty()
                    && s.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
                    && !matches!(s, "true" | "false" | "null" | "yes" | "no" | "~")
                    && crate::float::parse(s).is_none();
                if plain {
                    s.to_owned()
                } else {
                    serde_json::to_string(s).unwrap_or_default()
                }
            }
        }
    }

    fn node(&mut self, node: &LocatedValue, schema: &Schema, path: &str, key: Option<&Entry>, root: &Schema) {
        if schema.format == Some(StringFormat::HugoDate) {
            self.hugo_date(node, path);
            return;
        }
        if !schema.types.is_empty() && !schema.types.iter().any(|t| matches_type(node, *t)) {
            // Numbers where a string is expected are fine (Hugo and YAML both read them as text).
            let text_like = schema.types.contains(&Type::String)
                && schema.format.is_none()
                && matches!(&node.kind, Kind::Scalar(s) if matches!(s.value, Value::Number(_) | Value::Bool(_)));
            if !text_like {
                self.type_mismatch(node, schema, path);
                return;
            }
        }
        if let Some(c) = &schema.constant {
            if node.to_value() != *c {
                self.push(
                    Diagnostic::error("front-matter/invalid-value", format!("`{path}` must be {c}, not {}", received(node)), node.span)
                        .with_path(path),
                );
            }
        }
        if let Some(allowed) = &schema.enumeration {
            self.enumeration(node, allowed, path);
        }
        if schema.deprecated {
            let at = key.map_or(node.span, |k| k.key_span);
            let mut d = Diagnostic::warning("front-matter/deprecated", format!("`{path}` is deprecated"), at).with_path(path);
            if let Some(desc) = &schema.description {
                d = d.with_suggestion(desc.clone());
            }
            self.push(d);
        }
        match &node.kind {
            Kind::Scalar(s) => {
                if let Value::String(text) = &s.value {
                    self.string(node, text, schema, path);
                }
            }
            Kind::Seq(items) => {
                let n = items.len();
                if let Some(min) = schema.min_items.filter(|m| n < *m) {
                    self.push(
                        Diagnostic::error(
                            "front-matter/too-few-items",
                            format!("`{path}` needs at least {min} item{}, it has {n}", if min == 1 { "" } else { "s" }),
                            node.span,
                        )
                        .with_path(path),
                    );
                }
                if let Some(max) = schema.max_items.filter(|m| n > *m) {
                    self.push(
                        Diagnostic::error(
                            "front-matter/too-many-items",
                            format!("`{path}` may have at most {max} items, it has {n}"),
                            node.span,
                        )
                        .with_path(path),
                    );
                }
                if let Some(item) = &schema.items {
                    for (i, it) in items.iter().enumerate() {
                        self.node(it, item, &format!("{path}[{i}]"), None, root);
                    }
                }
            }
            Kind::Map(entries) => self.mapping(node, entries, schema, path, key, root),
        }
    }

    fn type_mismatch(&mut self, node: &LocatedValue, schema: &Schema, path: &str) {
        let expected = schema.types.iter().map(|t| t.name()).collect::<Vec<_>>().join(" or ");
        let got = received(node);
        if !schema.hugo {
            self.push(
                Diagnostic::error("front-matter/type-mismatch", format!("`{path}` should be {expected}, not {got}"), node.span)
                    .with_path(path),
            );
            return;
        }
        // Hugo's silent traps: the post builds, but not as the author meant.
        let field = path.to_ascii_lowercase();
        let scalar = match &node.kind {
            Kind::Scalar(s) => Some(&s.value),
            _ => None,
        };
        let mut d = match (schema.types.as_slice(), scalar) {
            ([Type::Boolean], Some(Value::String(t))) => {
                let meant = matches!(t.to_ascii_lowercase().as_str(), "yes" | "y" | "on" | "1" | "true");
                let meant_false = matches!(t.to_ascii_lowercase().as_str(), "no" | "n" | "off" | "0" | "false");
                let consequence = if field == "draft" { " and publishes the post" } else { "" };
                let mut d = Diagnostic::warning(
                    "front-matter/type-mismatch",
                    format!("`{path}` should be true or false, not {got}: Hugo reads it as false{consequence}"),
                    node.span,
                );
                if meant || meant_false {
                    let value = if meant { "true" } else { "false" };
                    d = d.with_suggestion(format!("write `{path}: {value}`, without quotes")).with_fix(Fix {
                        title: format!("Replace with {value}"),
                        span: node.span,
                        replacement: value.to_owned(),
                    });
                }
                d
            }
            ([Type::String], None) => {
                let written = self.text(node.span).to_owned();
                let consequence = if field == "title" { ": Hugo gives the post an empty title" } else { ": Hugo reads it as empty" };
                Diagnostic::warning("front-matter/type-mismatch", format!("`{path}` should be a string, not {got}{consequence}"), node.span)
                    .with_suggestion(format!("quote it if you meant the text: {}", self.quote(&written)))
                    .with_fix(Fix {
                        title: "Quote the value".to_owned(),
                        span: node.span,
                        replacement: serde_json::to_string(&written).unwrap_or_default(),
                    })
            }
            ([Type::Integer], _) => Diagnostic::warning(
                "front-matter/type-mismatch",
                format!("`{path}` should be a whole number, not {got}: Hugo ignores it and uses 0"),
                node.span,
            ),
            ([Type::Array], Some(Value::String(t))) => {
                let words = t.split_whitespace().count();
                Diagnostic::warning(
                    "front-matter/type-mismatch",
                    format!(
                        "`{path}` should be a list, not {got}: Hugo splits it at spaces into {words} item{}",
                        if words == 1 { "" } else { "s" }
                    ),
                    node.span,
                )
                .with_suggestion(format!("write a list: {path}: [{}]", t.split_whitespace().collect::<Vec<_>>().join(", ")))
            }
            _ => Diagnostic::warning(
                "front-matter/type-mismatch",
                format!("`{path}` should be {expected}, not {got}: Hugo ignores it"),
                node.span,
            ),
        };
        d = d.with_path(path);
        self.push(d);
    }

    fn enumeration(&mut self, node: &LocatedValue, allowed: &[Value], path: &str) {
        let value = node.to_value();
        if allowed.contains(&value) {
            return;
        }
        let list = allowed.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ");
        let mut d =
            Diagnostic::error("front-matter/invalid-value", format!("`{path}` must be one of {list}, not {}", received(node)), node.span)
                .with_path(path);
        if let Value::String(t) = &value {
            let names = allowed.iter().filter_map(Value::as_str);
            if let Some(best) = crate::suggest::nearest(t, names) {
                let replacement = match &node.kind {
                    Kind::Scalar(s) if s.quoted => serde_json::to_string(best).unwrap_or_default(),
                    _ => self.quote(best),
                };
                d = d.with_suggestion(format!("did you mean `{best}`?")).with_fix(Fix {
                    title: format!("Change to {best}"),
                    span: node.span,
                    replacement,
                });
            }
        }
        self.push(d);
    }

    fn string(&mut self, node: &LocatedValue, text: &str, schema: &Schema, path: &str) {
        let chars = text.chars().count();
        if let Some(min) = schema.min_length.filter(|m| chars < *m) {
            if chars == 0 {
                self.push(
                    Diagnostic::error("front-matter/empty-field", format!("`{path}` is empty"), node.span)
                        .with_path(path)
                        .with_suggestion(format!("give `{path}` a value")),
                );
            } else {
                self.push(
                    Diagnostic::error(
                        "front-matter/too-short",
                        format!("`{path}` needs at least {min} characters, it has {chars}"),
                        node.span,
                    )
                    .with_path(path),
                );
            }
        }
        if let Some(max) = schema.max_length.filter(|m| chars > *m) {
            self.push(
                Diagnostic::error(
                    "front-matter/too-long",
                    format!("`{path}` may have at most {max} characters, it has {chars}"),
                    node.span,
                )
                .with_path(path),
            );
        }
        if let Some(pattern) = &schema.pattern {
            if !pattern.is_match(text) {
                self.push(
                    Diagnostic::error(
                        "front-matter/pattern-mismatch",
                        format!("`{path}` does not match the pattern `{}`", pattern.source),
                        node.span,
                    )
                    .with_path(path),
                );
            }
        }
        match schema.format {
            Some(StringFormat::DateTime) | Some(StringFormat::Date) => match date::parse(text, &date::TimeZone::utc()) {
                Ok(_) if schema.format == Some(StringFormat::Date) && text.trim().len() != 10 => {
                    self.push(
                        Diagnostic::error(
                            "front-matter/invalid-date",
                            format!("`{path}` should be a date like 2023-10-15, not \"{text}\""),
                            node.span,
                        )
                        .with_path(path),
                    );
                }
                Ok(_) => {}
                Err(why) => {
                    self.push(
                        Diagnostic::error("front-matter/invalid-date", format!("`{path}` is not a valid date: {why}"), node.span)
                            .with_path(path)
                            .with_suggestion("write it as 2023-10-15 or 2023-10-15T13:18:50Z"),
                    );
                }
            },
            Some(StringFormat::HugoDate) => {}
            Some(StringFormat::Uri) => {
                let ok = text.split_once(':').is_some_and(|(scheme, rest)| {
                    !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) && !rest.is_empty()
                }) && !text.contains(char::is_whitespace);
                if !ok {
                    self.push(
                        Diagnostic::error(
                            "front-matter/invalid-format",
                            format!("`{path}` should be an absolute URL (https://…), not \"{text}\""),
                            node.span,
                        )
                        .with_path(path),
                    );
                }
            }
            Some(StringFormat::Email) => {
                let ok =
                    text.split_once('@').is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.') && !b.ends_with('.'))
                        && !text.contains(char::is_whitespace);
                if !ok {
                    self.push(
                        Diagnostic::error(
                            "front-matter/invalid-format",
                            format!("`{path}` should be an e-mail address, not \"{text}\""),
                            node.span,
                        )
                        .with_path(path),
                    );
                }
            }
            None => {}
        }
    }

    /// One of Hugo's date fields, read as Hugo reads it (see [`date`]): what it
    /// cannot read fails its build (an error), what it leaves unset or reads
    /// surprisingly is a warning, and a publication date in the future is noted.
    fn hugo_date(&mut self, node: &LocatedValue, path: &str) {
        let written = written_date(node, self.check.format);
        match date::read(written, self.check.zone) {
            date::Reading::Set(at, quirk) => {
                match quirk {
                    date::Quirk::None => {}
                    date::Quirk::YearZero => self.push(
                        Diagnostic::warning(
                            "front-matter/invalid-date",
                            format!("`{path}` has no year: Hugo reads it as {at}, in year 0"),
                            node.span,
                        )
                        .with_path(path)
                        .with_suggestion("write the whole date, as 2023-10-15T13:18:50Z"),
                    ),
                    date::Quirk::UnixSeconds => self.push(
                        Diagnostic::warning(
                            "front-matter/type-mismatch",
                            format!("`{path}` should be a date, not {}: Hugo reads it as seconds since 1970, {at}", received(node)),
                            node.span,
                        )
                        .with_path(path)
                        .with_suggestion("write the date, as 2023-10-15"),
                    ),
                }
                if let Some(now) = self.check.now {
                    let published = matches!(path.to_ascii_lowercase().as_str(), "date" | "publishdate" | "pubdate" | "published");
                    if published && at.seconds > now {
                        self.push(
                            Diagnostic::info(
                                "front-matter/future-date",
                                format!("`{path}` is in the future: Hugo will not publish the post before then"),
                                node.span,
                            )
                            .with_path(path)
                            .with_suggestion("build with --buildFuture to see it now"),
                        );
                    }
                }
            }
            date::Reading::Unset => self.push(
                Diagnostic::warning(
                    "front-matter/invalid-date",
                    format!("`{path}` is {}: Hugo leaves it unset", received(node)),
                    node.span,
                )
                .with_path(path)
                .with_suggestion("give a date, as 2023-10-15, or remove the line"),
            ),
            date::Reading::Fails(why) => {
                let why = match written {
                    date::Written::Other => {
                        format!("`{path}` should be a date, not {}: Hugo cannot read it, so its build fails", received(node))
                    }
                    _ => format!("`{path}` is not a date Hugo can read, so its build fails: {why}"),
                };
                self.push(
                    Diagnostic::error("front-matter/invalid-date", why, node.span)
                        .with_path(path)
                        .with_suggestion("write it as 2023-10-15 or 2023-10-15T13:18:50Z"),
                );
            }
        }
    }

    fn mapping(&mut self, node: &LocatedValue, entries: &[Entry], schema: &Schema, path: &str, key: Option<&Entry>, root: &Schema) {
        // Duplicate keys (Hugo reads keys case-insensitively): both places. Each
        // key is looked up once, so a mapping with many keys stays linear.
        let mut first_of: HashMap<NoCase<'_>, usize> = HashMap::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            let first = *first_of.entry(NoCase(&e.key)).or_insert(i);
            if first != i {
                let first = &entries[first];
                let p = join(path, &e.key);
                let (l1, l2) = (self.line(first.key_span), self.line(e.key_span));
                self.push(
                    Diagnostic::error("front-matter/duplicate-key", format!("`{p}` is set twice: here and on line {l2}"), first.key_span)
                        .with_path(p.clone())
                        .with_suggestion("remove one of them"),
                );
                self.push(
                    Diagnostic::error("front-matter/duplicate-key", format!("`{p}` is set twice: here and on line {l1}"), e.key_span)
                        .with_path(p)
                        .with_suggestion("remove one of them"),
                );
            }
        }
        // Required fields, reported at the mapping that lacks them.
        let at = key.map_or(self.check.block, |k| k.key_span);
        for name in &schema.required {
            let found = entries.iter().find(|e| e.key.eq_ignore_ascii_case(name));
            match found {
                None => {
                    let p = join(path, name);
                    let mut d = Diagnostic::error("front-matter/missing-field", format!("`{p}` is required"), at).with_path(p.clone());
                    let hint =
                        schema.property(name).and_then(|s| s.description.clone()).map(|desc| format!(" ({desc})")).unwrap_or_default();
                    d = d.with_suggestion(format!("add `{name}:`{hint}"));
                    self.push(d);
                }
                Some(e) => {
                    if let Kind::Scalar(s) = &e.value.kind {
                        if matches!(&s.value, Value::String(t) if t.trim().is_empty()) || s.value == Value::Null {
                            let p = join(path, name);
                            self.push(
                                Diagnostic::error(
                                    "front-matter/empty-field",
                                    format!("`{p}` is required but empty"),
                                    e.value.span.max_with(e.key_span),
                                )
                                .with_path(p.clone())
                                .with_suggestion(format!("give `{p}` a value")),
                            );
                        }
                    }
                }
            }
        }
        for e in entries {
            let p = join(path, &e.key);
            match schema.property(&e.key) {
                Some(s) => {
                    // An empty required value is already reported.
                    let required = schema.required.iter().any(|r| r.eq_ignore_ascii_case(&e.key));
                    let empty = matches!(&e.value.kind, Kind::Scalar(sc) if sc.value == Value::Null || matches!(&sc.value, Value::String(t) if t.trim().is_empty()));
                    if !(required && empty) {
                        self.node(&e.value, s, &p, Some(e), root);
                    }
                }
                None => self.unknown(e, schema, path, root),
            }
        }
        let _ = node;
    }

    fn unknown(&mut self, e: &Entry, schema: &Schema, path: &str, root: &Schema) {
        let p = join(path, &e.key);
        let severity = if matches!(schema.additional, Additional::Deny) { Severity::Error } else { Severity::Warning };
        if self.out.len() >= crate::limits::MAX_DIAGNOSTICS {
            // Past the cap (and so past what is listed), skip the costly "did you mean".
            let message = format!("`{p}` is not a field Hugo or this site's schema knows");
            self.push(Diagnostic::new(severity, "front-matter/unknown-field", message, e.key_span).with_path(p));
            return;
        }
        let names = schema.properties.iter().map(|(k, _)| k.as_str());
        if let Some(best) = crate::suggest::nearest(&e.key, names) {
            let best = best.to_owned();
            let d = Diagnostic::new(
                severity,
                "front-matter/unknown-field",
                format!("`{p}` is not a field Hugo or this site's schema knows"),
                e.key_span,
            )
            .with_path(p)
            .with_suggestion(format!("did you mean `{}`?", join(path, &best)))
            .with_fix(Fix { title: format!("Rename to {best}"), span: e.key_span, replacement: best });
            self.push(d);
            return;
        }
        // Across levels: a top-level key that belongs under `params`.
        if path.is_empty() {
            if let Some(params) = root.property("params") {
                if let Some(best) = crate::suggest::nearest(&e.key, params.properties.iter().map(|(k, _)| k.as_str())) {
                    let d = Diagnostic::warning("front-matter/unknown-field", format!("`{}` is not a top-level field", e.key), e.key_span)
                        .with_path(p)
                        .with_suggestion(format!("did you mean `params.{best}`? Move it under `params:`"));
                    self.push(d);
                    return;
                }
            }
        }
        match &schema.additional {
            Additional::Deny => {
                let known: Vec<&str> = schema.properties.iter().map(|(k, _)| k.as_str()).take(12).collect();
                self.push(
                    Diagnostic::new(Severity::Error, "front-matter/unknown-field", format!("`{p}` is not allowed here"), e.key_span)
                        .with_path(p)
                        .with_suggestion(format!("allowed: {}", known.join(", "))),
                );
            }
            Additional::Schema(s) => {
                let s = (**s).clone();
                self.node(&e.value, &s, &p, Some(e), root);
            }
            Additional::Allow if path.is_empty() => {
                self.push(
                    Diagnostic::info(
                        "front-matter/custom-field",
                        format!("`{p}` is not one of Hugo's fields: templates read it as `.Params.{}`", e.key.to_lowercase()),
                        e.key_span,
                    )
                    .with_path(p)
                    .with_suggestion("custom fields belong under `params:`"),
                );
            }
            Additional::Allow => {}
        }
    }
}

trait MaxWith {
    fn max_with(self, other: Span) -> Span;
}

impl MaxWith for Span {
    /// A value span that is empty (`title:` with nothing after it) is reported at its key.
    fn max_with(self, key: Span) -> Span {
        if self.is_empty() {
            key
        } else {
            self
        }
    }
}
