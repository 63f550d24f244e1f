//! Front-matter schemas: Hugo's own fields, and a site's JSON Schema (the
//! subset people write), merged into one.

use serde_json::Value;

/// A JSON type name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// `string`
    String,
    /// `number`
    Number,
    /// `integer`
    Integer,
    /// `boolean`
    Boolean,
    /// `array`
    Array,
    /// `object`
    Object,
    /// `null`
    Null,
}

impl Type {
    fn parse(s: &str) -> Option<Type> {
        Some(match s {
            "string" => Type::String,
            "number" => Type::Number,
            "integer" => Type::Integer,
            "boolean" => Type::Boolean,
            "array" => Type::Array,
            "object" => Type::Object,
            "null" => Type::Null,
            _ => return None,
        })
    }

    /// How the type reads in a message.
    pub fn name(self) -> &'static str {
        match self {
            Type::String => "a string",
            Type::Number => "a number",
            Type::Integer => "a whole number",
            Type::Boolean => "true or false",
            Type::Array => "a list",
            Type::Object => "a mapping",
            Type::Null => "nothing",
        }
    }
}

/// String formats a schema can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StringFormat {
    /// A date in one of the forms Hugo reads.
    HugoDate,
    /// `2023-10-15`
    Date,
    /// RFC 3339 (Hugo's forms are accepted too).
    DateTime,
    /// An absolute URI.
    Uri,
    /// An e-mail address.
    Email,
}

/// What to do with keys a mapping's schema does not name.
#[derive(Debug, Clone)]
pub enum Additional {
    /// Allowed (unknown keys near a known one are still flagged as typos).
    Allow,
    /// Not allowed.
    Deny,
    /// Allowed, and checked against this schema.
    Schema(Box<Schema>),
}

/// One schema node.
#[derive(Debug, Clone)]
pub struct Schema {
    /// Allowed types (empty: any).
    pub types: Vec<Type>,
    /// Named properties, in order.
    pub properties: Vec<(String, Schema)>,
    /// Required property names.
    pub required: Vec<String>,
    /// Unnamed properties.
    pub additional: Additional,
    /// Allowed values.
    pub enumeration: Option<Vec<Value>>,
    /// The one allowed value.
    pub constant: Option<Value>,
    /// Schema for list items.
    pub items: Option<Box<Schema>>,
    /// `minItems`
    pub min_items: Option<usize>,
    /// `maxItems`
    pub max_items: Option<usize>,
    /// `minLength`
    pub min_length: Option<usize>,
    /// `maxLength`
    pub max_length: Option<usize>,
    /// `pattern`, as written and compiled.
    pub pattern: Option<super::pattern::Pattern>,
    /// `format`
    pub format: Option<StringFormat>,
    /// `description`
    pub description: Option<String>,
    /// `default`
    pub default: Option<Value>,
    /// `deprecated`
    pub deprecated: bool,
    /// A Hugo field: Hugo converts or ignores a wrong value rather than failing,
    /// so a mismatch is a warning that says what Hugo will do.
    pub hugo: bool,
}

impl Default for Schema {
    fn default() -> Schema {
        Schema {
            types: Vec::new(),
            properties: Vec::new(),
            required: Vec::new(),
            additional: Additional::Allow,
            enumeration: None,
            constant: None,
            items: None,
            min_items: None,
            max_items: None,
            min_length: None,
            max_length: None,
            pattern: None,
            format: None,
            description: None,
            default: None,
            deprecated: false,
            hugo: false,
        }
    }
}

/// A keyword of a site schema that Recap does not apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    /// The keyword (`oneOf`).
    pub keyword: String,
    /// Where in the schema (`properties.params`).
    pub at: String,
}

/// The keywords Recap checks, each an arm of `compile` (a test keeps the two
/// in step); the `schema/unsupported-keyword` warning and its help quote them.
pub(crate) const CHECKED: &[&str] = &[
    "type",
    "properties",
    "required",
    "additionalProperties",
    "enum",
    "const",
    "items",
    "minItems",
    "maxItems",
    "minLength",
    "maxLength",
    "pattern",
    "format",
];

/// [`CHECKED`] as a sentence: `type, properties, … pattern and format`.
pub(crate) fn checked_keywords() -> String {
    match CHECKED.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => CHECKED.join(""),
    }
}

/// Keywords that only annotate (nothing to check), accepted silently.
const ANNOTATIONS: &[&str] =
    &["$schema", "$id", "$comment", "title", "examples", "readOnly", "writeOnly", "markdownDescription", "x-intellij-html-description"];

impl Schema {
    /// Reads a JSON Schema document (the supported subset), listing the
    /// keywords it does not apply.
    ///
    /// # Errors
    /// A schema that is not an object, or a keyword with a value of the wrong type.
    pub fn compile(doc: &Value) -> Result<(Schema, Vec<Unsupported>), String> {
        let mut unsupported = Vec::new();
        let schema = compile(doc, "", &mut unsupported)?;
        Ok((schema, unsupported))
    }

    /// The property `name` (case-insensitively, as Hugo reads front matter keys).
    pub fn property(&self, name: &str) -> Option<&Schema> {
        self.properties.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, s)| s)
    }

    /// This schema with `site` laid over it: site properties are added or
    /// replace Hugo's, and the site's rules for the mapping apply.
    pub fn merge(mut self, site: Schema) -> Schema {
        for (name, s) in site.properties {
            match self.properties.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(&name)) {
                Some((_, existing)) if existing.types == [Type::Object] && s.types.iter().all(|t| *t == Type::Object) => {
                    let base = std::mem::take(existing);
                    *existing = base.merge(s);
                }
                Some((_, existing)) => {
                    let hugo = existing.hugo && s.types.is_empty();
                    *existing = s;
                    existing.hugo = hugo;
                }
                None => self.properties.push((name, s)),
            }
        }
        self.required.extend(site.required);
        if !matches!(site.additional, Additional::Allow) {
            self.additional = site.additional;
        }
        if !site.types.is_empty() {
            self.types = site.types;
        }
        self.deprecated |= site.deprecated;
        self.description = site.description.or(self.description);
        self
    }
}

fn usize_of(v: &Value, key: &str, at: &str) -> Result<usize, String> {
    v.as_u64().map(|n| n as usize).ok_or_else(|| format!("`{key}` at {} must be a non-negative whole number", location(at)))
}

/// Where `at` is in the schema, for messages.
fn location(at: &str) -> String {
    if at.is_empty() {
        "the schema's root".to_owned()
    } else {
        format!("`{at}`")
    }
}

fn compile(doc: &Value, at: &str, unsupported: &mut Vec<Unsupported>) -> Result<Schema, String> {
    let Value::Object(map) = doc else {
        return match doc {
            Value::Bool(true) => Ok(Schema::default()),
            _ => Err(format!("the schema at {} must be an object", location(at))),
        };
    };
    let mut s = Schema::default();
    let child = |name: &str| if at.is_empty() { name.to_owned() } else { format!("{at}.{name}") };
    for (key, v) in map {
        match key.as_str() {
            "type" => {
                let names: Vec<&str> = match v {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                    _ => return Err(format!("`type` at {} must be a string or a list of strings", location(at))),
                };
                for n in names {
                    s.types.push(Type::parse(n).ok_or_else(|| format!("`{n}` at {} is not a JSON Schema type", location(at)))?);
                }
            }
            "properties" => {
                let Value::Object(props) = v else { return Err(format!("`properties` at {} must be an object", location(at))) };
                for (name, p) in props {
                    s.properties.push((name.clone(), compile(p, &child(&format!("properties.{name}")), unsupported)?));
                }
            }
            "required" => {
                let Value::Array(a) = v else { return Err(format!("`required` at {} must be a list of names", location(at))) };
                s.required = a.iter().filter_map(Value::as_str).map(str::to_owned).collect();
            }
            "additionalProperties" => {
                s.additional = match v {
                    Value::Bool(true) => Additional::Allow,
                    Value::Bool(false) => Additional::Deny,
                    other => Additional::Schema(Box::new(compile(other, &child("additionalProperties"), unsupported)?)),
                }
            }
            "enum" => {
                let Value::Array(a) = v else { return Err(format!("`enum` at {} must be a list", location(at))) };
                s.enumeration = Some(a.clone());
            }
            "const" => s.constant = Some(v.clone()),
            "items" => s.items = Some(Box::new(compile(v, &child("items"), unsupported)?)),
            "minItems" => s.min_items = Some(usize_of(v, key, at)?),
            "maxItems" => s.max_items = Some(usize_of(v, key, at)?),
            "minLength" => s.min_length = Some(usize_of(v, key, at)?),
            "maxLength" => s.max_length = Some(usize_of(v, key, at)?),
            "pattern" => {
                let Value::String(p) = v else { return Err(format!("`pattern` at {} must be a string", location(at))) };
                let pattern = super::pattern::Pattern::new(p)
                    .map_err(|e| format!("`pattern` at {} is not a valid regular expression: {e}", location(at)))?;
                s.pattern = Some(pattern);
            }
            "format" => {
                s.format = match v.as_str() {
                    Some("date") => Some(StringFormat::Date),
                    Some("date-time") => Some(StringFormat::DateTime),
                    Some("uri") | Some("url") => Some(StringFormat::Uri),
                    Some("email") => Some(StringFormat::Email),
                    _ => {
                        unsupported.push(Unsupported { keyword: format!("format: {v}"), at: at.to_owned() });
                        None
                    }
                }
            }
            "description" => s.description = v.as_str().map(str::to_owned),
            "default" => s.default = Some(v.clone()),
            "deprecated" => s.deprecated = v.as_bool().unwrap_or(false),
            k if ANNOTATIONS.contains(&k) => {}
            other => unsupported.push(Unsupported { keyword: other.to_owned(), at: at.to_owned() }),
        }
    }
    Ok(s)
}

fn typed(t: Type) -> Schema {
    Schema { types: vec![t], hugo: true, ..Schema::default() }
}

fn strings() -> Schema {
    Schema { types: vec![Type::Array], items: Some(Box::new(typed(Type::String))), hugo: true, ..Schema::default() }
}

fn date() -> Schema {
    Schema { types: vec![Type::String], format: Some(StringFormat::HugoDate), hugo: true, ..Schema::default() }
}

/// How Hugo reads one of its fields (what [`field`] makes of it).
#[derive(Clone, Copy)]
enum Field {
    Text,
    Flag,
    Integer,
    Map,
    Strings,
    Date,
    /// `cascade`: a map or a list of them.
    Cascade,
    /// `menu`/`menus`: a name, a list or a map.
    Menu,
    /// `resources`: a list of maps.
    Resources,
}

/// Hugo's predefined front-matter fields (hugo-compat §1) and `images`, in
/// order: a table rather than one schema literal each, which the default
/// wasm module would carry as code.
const HUGO_FIELDS: [(&str, Field); 33] = [
    ("aliases", Field::Strings),
    ("build", Field::Map),
    ("cascade", Field::Cascade),
    ("date", Field::Date),
    ("description", Field::Text),
    ("draft", Field::Flag),
    ("expiryDate", Field::Date),
    ("unpublishdate", Field::Date),
    ("headless", Field::Flag),
    ("isCJKLanguage", Field::Flag),
    ("keywords", Field::Strings),
    ("lastmod", Field::Date),
    ("modified", Field::Date),
    ("layout", Field::Text),
    ("linkTitle", Field::Text),
    ("markup", Field::Text),
    ("menus", Field::Menu),
    ("menu", Field::Menu),
    ("outputs", Field::Strings),
    ("params", Field::Map),
    ("publishDate", Field::Date),
    ("pubdate", Field::Date),
    ("published", Field::Date),
    ("resources", Field::Resources),
    ("sitemap", Field::Map),
    ("slug", Field::Text),
    ("summary", Field::Text),
    ("title", Field::Text),
    ("translationKey", Field::Text),
    ("type", Field::Text),
    ("url", Field::Text),
    ("weight", Field::Integer),
    ("images", Field::Strings),
];

fn field(f: Field) -> Schema {
    match f {
        Field::Text => typed(Type::String),
        Field::Flag => typed(Type::Boolean),
        Field::Integer => typed(Type::Integer),
        Field::Map => typed(Type::Object),
        Field::Strings => strings(),
        Field::Date => date(),
        Field::Cascade => Schema { types: vec![Type::Object, Type::Array], hugo: true, ..Schema::default() },
        Field::Menu => Schema { types: vec![Type::String, Type::Array, Type::Object], hugo: true, ..Schema::default() },
        Field::Resources => {
            Schema { types: vec![Type::Array], items: Some(Box::new(typed(Type::Object))), hugo: true, ..Schema::default() }
        }
    }
}

/// Hugo's predefined front-matter fields (hugo-compat §1), the site's
/// taxonomies, and `images`. `params` is free-form.
pub fn hugo(taxonomies: &[String]) -> Schema {
    let mut schema = Schema { types: vec![Type::Object], ..Schema::default() };
    for t in taxonomies {
        if !HUGO_FIELDS.iter().any(|(k, _)| k.eq_ignore_ascii_case(t)) {
            schema.properties.push((t.clone(), strings()));
        }
    }
    for (k, f) in HUGO_FIELDS {
        schema.properties.push((k.to_owned(), field(f)));
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_keyword_is_checked_and_no_other() {
        for keyword in CHECKED {
            // A recognised keyword with a bad value is an error; an unknown one is listed.
            if let Ok((_, unsupported)) = Schema::compile(&serde_json::json!({ (*keyword): null })) {
                assert!(unsupported.iter().all(|u| u.keyword != *keyword), "`{keyword}` should be one `compile` checks");
            }
        }
        let (_, unsupported) = Schema::compile(&serde_json::json!({"oneOf": [], "minimum": 1, "title": "t"})).unwrap();
        let listed: Vec<&str> = unsupported.iter().map(|u| u.keyword.as_str()).collect();
        assert_eq!(listed, ["oneOf", "minimum"], "keywords outside the list should be reported, annotations not");
        assert!(checked_keywords().ends_with(", pattern and format"), "{}", checked_keywords());
    }

    #[test]
    fn compiles_the_subset_and_lists_the_rest() {
        let doc = serde_json::json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "required": ["title"],
            "properties": {"title": {"type": "string", "minLength": 1}, "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "oneOf": []}},
            "additionalProperties": false,
            "if": {}
        });
        let (s, unsupported) = Schema::compile(&doc).unwrap();
        assert_eq!(s.required, ["title"]);
        assert!(matches!(s.additional, Additional::Deny));
        let keywords: Vec<_> = unsupported.iter().map(|u| (u.keyword.as_str(), u.at.as_str())).collect();
        assert_eq!(keywords, [("oneOf", "properties.tags"), ("if", "")]);
    }

    #[test]
    fn a_bad_schema_is_an_error() {
        assert!(Schema::compile(&serde_json::json!({"type": "strin"})).unwrap_err().contains("strin"));
        assert!(Schema::compile(&serde_json::json!({"pattern": "("})).is_err());
    }
}
