//! A site's translation tables (`i18n/<lang>.toml|yaml|json`, a theme's
//! under the project's) and Hugo's `T`/`i18n`/`lang.Translate` over them, as
//! go-i18n v2 reads and runs them: a message is a string, or a map of CLDR
//! plural forms (`one`, `other`…; go-i18n v1's `[{id, translation}]` lists
//! too); a count (an integer, or a map's or object's `Count`) picks the form
//! by the language's plural rule; a message with `{{` is a `text/template`
//! run with the data (an integer as a value whose `.Count` is itself).
//!
//! Written here because no crate reads go-i18n's files and templates. The
//! plural rules are CLDR's (Unicode License) for the languages listed in
//! [`plural_form`]; other languages use English's rule.

use super::files::Files;
use super::Problem;
use crate::template::value::Value;
#[cfg(feature = "templates")]
use crate::template::{
    value::{Map, Object},
    Cx, Engine, NoHost,
};
use serde_json::Value as Json;
use std::collections::HashMap;

/// One message: its text by plural form.
#[derive(Debug, Clone, Default)]
struct Message {
    forms: HashMap<&'static str, String>,
}

/// The translations of a site, by lowercase language code.
#[derive(Debug, Clone, Default)]
pub struct Translations {
    by_lang: HashMap<String, HashMap<String, Message>>,
}

const FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

impl Translations {
    /// Reads `i18n/` of the project, then of each theme (the project's messages win).
    pub fn load(files: &Files, themes: &[String], problems: &mut Vec<Problem>) -> Translations {
        let mut t = Translations::default();
        for root in std::iter::once("i18n/".to_owned()).chain(themes.iter().map(|th| format!("themes/{th}/i18n/"))) {
            for path in files.paths_under(&root) {
                let rel = &path[root.len()..];
                let Some((lang, ext)) = rel.rsplit_once('.') else { continue };
                let format = match ext.to_ascii_lowercase().as_str() {
                    "toml" => crate::front_matter::Format::Toml,
                    "yaml" | "yml" => crate::front_matter::Format::Yaml,
                    "json" => crate::front_matter::Format::Json,
                    _ => continue,
                };
                let Some(text) = files.text(path) else { continue };
                match crate::front_matter::parse_document(text.strip_prefix('\u{FEFF}').unwrap_or(text), format) {
                    Ok(doc) => {
                        let table = t.by_lang.entry(lang.to_ascii_lowercase()).or_default();
                        for (id, message) in messages(&doc) {
                            table.entry(id).or_insert(message);
                        }
                    }
                    Err(e) => problems.push(Problem {
                        file: path.to_owned(),
                        line: Some(text[..e.offset.min(text.len())].matches('\n').count() as u32 + 1),
                        column: None,
                        message: format!("{} syntax error: {}", format.name(), e.message),
                        fatal: true,
                    }),
                }
            }
        }
        t
    }

    /// Whether there are no translations at all.
    pub fn is_empty(&self) -> bool {
        self.by_lang.is_empty()
    }

    /// Hugo's translation of `id` for `lang` with `data`; `None` where the
    /// language has no message for it (or none for the form the count picks).
    ///
    /// # Errors
    /// A message whose template does not parse or run.
    pub fn translate(&self, lang: &str, id: &str, data: &Value) -> Result<Option<String>, String> {
        let lang = lang.to_ascii_lowercase();
        let table = self.by_lang.get(&lang).or_else(|| lang.split_once('-').and_then(|(base, _)| self.by_lang.get(base)));
        let Some(message) = table.and_then(|t| t.get(id)) else { return Ok(None) };
        let count = plural_count(data);
        let form = match &count {
            Some(c) => plural_form(&lang, c),
            None => "other",
        };
        let Some(text) = message.forms.get(form) else { return Ok(None) };
        if !text.contains("{{") {
            return Ok(Some(text.clone()));
        }
        let template = crate::template::parse_text(&format!("i18n/{id}"), text).map_err(|e| e.to_string())?;
        // (Without the engine no template parses, and the package's default module leaves this out.)
        #[cfg(not(feature = "templates"))]
        template.never();
        #[cfg(feature = "templates")]
        let dot = match data {
            Value::Int(n) => Value::object(IntCount(*n)),
            Value::Nil => match &count {
                Some(c) => {
                    let mut m = Map::new();
                    m.insert("PluralCount", Value::from(c.text.as_str()));
                    Value::map(m)
                }
                None => Value::Nil,
            },
            other => other.clone(),
        };
        #[cfg(feature = "templates")]
        {
            let host = NoHost;
            let mut engine = Engine::new(&host);
            engine.run(&template, dot).map(|o| Some(o.text)).map_err(|e| e.to_string())
        }
    }
}

/// The messages of one file: `{id: "text"}`, `{id: {one, other, …}}`, or go-i18n v1's `[{id, translation}]`.
fn messages(doc: &Json) -> Vec<(String, Message)> {
    let mut out = Vec::new();
    match doc {
        Json::Object(o) => {
            for (id, v) in o {
                if let Some(m) = message(v) {
                    out.push((id.clone(), m));
                }
            }
        }
        Json::Array(items) => {
            for item in items {
                let (Some(id), Some(v)) = (item.get("id").and_then(Json::as_str), item.get("translation")) else { continue };
                if let Some(m) = message(v) {
                    out.push((id.to_owned(), m));
                }
            }
        }
        _ => {}
    }
    out
}

fn message(v: &Json) -> Option<Message> {
    let mut forms = HashMap::new();
    match v {
        Json::String(s) => {
            forms.insert("other", s.clone());
        }
        Json::Object(o) => {
            let get = |k: &str| o.iter().find(|(key, _)| key.eq_ignore_ascii_case(k)).and_then(|(_, v)| v.as_str());
            if let Some(t) = o.iter().find(|(k, _)| k.eq_ignore_ascii_case("translation")).map(|(_, v)| v) {
                return message(t);
            }
            for form in FORMS {
                if let Some(text) = get(form) {
                    forms.insert(form, text.to_owned());
                }
            }
            if forms.is_empty() {
                return None;
            }
        }
        _ => return None,
    }
    Some(Message { forms })
}

/// A plural count as go-i18n reads it: the number as written (`1`, `1.5`).
struct Count {
    text: String,
}

/// Hugo's `getPluralCount`: an integer or float, a number in a string, or
/// the `Count` of a map (any case) or object.
fn plural_count(data: &Value) -> Option<Count> {
    let of = |v: &Value| -> Option<Count> {
        match v {
            Value::Int(n) => Some(Count { text: n.to_string() }),
            Value::Float(x) => {
                let mut s = crate::template::value::format_float_v(*x);
                if !s.contains('.') {
                    s.push_str(".0");
                }
                Some(Count { text: s })
            }
            Value::String(s) if s.trim().parse::<f64>().is_ok() => Some(Count { text: s.trim().to_owned() }),
            _ => None,
        }
    };
    match data {
        Value::Map(m) => m.iter().find(|(k, _)| k.eq_ignore_ascii_case("count")).and_then(|(_, v)| of(v)),
        Value::Object(o) => o.data().and_then(|d| match d {
            Value::Map(m) => m.iter().find(|(k, _)| k.eq_ignore_ascii_case("count")).and_then(|(_, v)| of(v)),
            _ => None,
        }),
        other => of(other),
    }
}

/// CLDR's plural operands of a number as written: `i` (integer digits) and
/// `v` (visible fraction digits), and whether it is an integer.
fn operands(c: &Count) -> (u64, usize, f64) {
    let t = c.text.trim_start_matches('-');
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let i = int.parse::<u64>().unwrap_or(0);
    let n = t.parse::<f64>().unwrap_or(0.0);
    (i, frac.len(), n)
}

/// The CLDR cardinal plural category of a count in a language.
fn plural_form(lang: &str, c: &Count) -> &'static str {
    let (i, v, n) = operands(c);
    let base = lang.split(['-', '_']).next().unwrap_or(lang);
    let in_range = |x: u64, lo: u64, hi: u64| (lo..=hi).contains(&x);
    match base {
        // No plural distinctions.
        "ja" | "zh" | "ko" | "vi" | "th" | "id" | "ms" | "lo" | "my" => "other",
        "fr" => {
            if i <= 1 {
                "one"
            } else if v == 0 && i != 0 && i % 1_000_000 == 0 {
                "many"
            } else {
                "other"
            }
        }
        // Brazilian Portuguese (CLDR's `pt`); Portugal's follows English.
        "pt" if !lang.starts_with("pt-pt") => {
            if i <= 1 {
                "one"
            } else {
                "other"
            }
        }
        "ru" | "uk" | "be" => {
            if v != 0 {
                "other"
            } else if i % 10 == 1 && i % 100 != 11 {
                "one"
            } else if in_range(i % 10, 2, 4) && !in_range(i % 100, 12, 14) {
                "few"
            } else {
                "many"
            }
        }
        "pl" => {
            if v != 0 {
                "other"
            } else if i == 1 {
                "one"
            } else if in_range(i % 10, 2, 4) && !in_range(i % 100, 12, 14) {
                "few"
            } else {
                "many"
            }
        }
        "cs" | "sk" => {
            if v != 0 {
                "many"
            } else if i == 1 {
                "one"
            } else if in_range(i, 2, 4) {
                "few"
            } else {
                "other"
            }
        }
        "ar" => {
            let whole = v == 0 && n.fract() == 0.0;
            let m = i % 100;
            if whole && i == 0 {
                "zero"
            } else if whole && i == 1 {
                "one"
            } else if whole && i == 2 {
                "two"
            } else if whole && in_range(m, 3, 10) {
                "few"
            } else if whole && in_range(m, 11, 99) {
                "many"
            } else {
                "other"
            }
        }
        "es" | "it" => {
            if n == 1.0 && (base == "es" || v == 0) {
                "one"
            } else if v == 0 && i != 0 && i % 1_000_000 == 0 {
                "many"
            } else {
                "other"
            }
        }
        // English's rule, which most languages share (de, nl, sv, da, nb, fi, et…).
        _ => {
            if i == 1 && v == 0 {
                "one"
            } else {
                "other"
            }
        }
    }
}

/// go-i18n v1's integer data, which Hugo keeps: prints as the number, `.Count` is the number.
#[cfg(feature = "templates")]
struct IntCount(i64);

#[cfg(feature = "templates")]
impl Object for IntCount {
    fn type_name(&self) -> &str {
        "i18n.intCount"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok((name == "Count").then_some(Value::Int(self.0)))
    }

    fn text(&self) -> String {
        self.0.to_string()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(json: &str) -> Translations {
        let mut f = Files::default();
        f.insert_text("i18n/en.json", json);
        Translations::load(&f, &[], &mut Vec::new())
    }

    // (Message templates need the template engine.)
    #[cfg(feature = "templates")]
    #[test]
    fn messages_pick_their_plural_form_and_run_their_template() {
        let t = table(
            r#"{"day": {"one": "{{ . }} day", "other": "{{ . }} days"}, "age": {"one": "{{ .name }} is {{ .count }} year", "other": "{{ .name }} is {{ .count }} years"}, "hi": "Hello"}"#,
        );
        let tr = |id: &str, data: Value| t.translate("en", id, &data).unwrap();
        assert_eq!(tr("hi", Value::Nil).as_deref(), Some("Hello"));
        assert_eq!(tr("day", Value::Int(1)).as_deref(), Some("1 day"), "1 should be English's one");
        assert_eq!(tr("day", Value::Int(0)).as_deref(), Some("0 days"), "0 should be other");
        let mut m = Map::new();
        m.insert("name", Value::from("Will"));
        m.insert("count", Value::Int(1));
        assert_eq!(tr("age", Value::map(m)).as_deref(), Some("Will is 1 year"), "a map's count should pick the form");
        assert_eq!(tr("missing", Value::Nil), None);
    }

    #[test]
    fn plural_rules_follow_cldr() {
        let c = |s: &str| Count { text: s.to_owned() };
        assert_eq!(plural_form("en", &c("1.0")), "other", "a visible fraction should not be one in English");
        assert_eq!(plural_form("pl", &c("3")), "few");
        assert_eq!(plural_form("pl", &c("5")), "many");
        assert_eq!(plural_form("ru", &c("21")), "one");
        assert_eq!(plural_form("fr", &c("0")), "one");
        assert_eq!(plural_form("ja", &c("1")), "other");
    }
}
