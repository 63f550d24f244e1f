//! Goldmark's attribute syntax `{#id .class key=value}`: after a heading
//! (pulldown-cmark parses those) and, when `markup.goldmark.parser.attribute.block`
//! is on, on a line of its own after a block.

/// An attribute's value as Goldmark reads it: a quoted string, a number,
/// `true`/`false`, `null`, an array, or a bare word (kept as a string).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `"text"` or a bare word.
    String(String),
    /// A number (Goldmark keeps a float64).
    Number(f64),
    /// `true` / `false`
    Bool(bool),
    /// `null`
    Null,
    /// `[a, b]`
    Array(Vec<Value>),
}

impl Value {
    /// The value as it is written into HTML.
    pub fn text(&self) -> String {
        match self {
            Value::String(s) => s.clone(),
            Value::Number(n) => crate::template::value::format_float_v(*n),
            Value::Bool(b) => b.to_string(),
            Value::Null => String::new(),
            Value::Array(a) => format!("[{}]", a.iter().map(Value::text).collect::<Vec<_>>().join(" ")),
        }
    }
}

/// Parses `{#id .class key=value key2="quoted value"}` (the braces included),
/// attributes separated by spaces or commas, values typed as Goldmark types
/// them. Classes are joined with spaces and come last; `None` if the text is
/// not exactly an attribute list.
pub fn parse_typed(text: &str) -> Option<Vec<(String, Value)>> {
    let inner = text.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut attrs: Vec<(String, Value)> = Vec::new();
    let mut classes: Vec<String> = Vec::new();
    let b = inner.as_bytes();
    let mut i = 0;
    let skip = |i: &mut usize| {
        while *i < b.len() && matches!(b[*i], b' ' | b'\t') {
            *i += 1;
        }
    };
    loop {
        skip(&mut i);
        if i >= b.len() {
            break;
        }
        match b[i] {
            b'#' | b'.' => {
                let start = i + 1;
                let mut end = start;
                while end < b.len()
                    && !matches!(b[end], b' ' | b'\t')
                    && (!b[end].is_ascii_punctuation() || matches!(b[end], b'_' | b'-' | b':' | b'.'))
                {
                    end += 1;
                }
                if end == start {
                    return None;
                }
                let value = inner[start..end].to_owned();
                if b[i] == b'#' {
                    attrs.retain(|(k, _)| k != "id");
                    attrs.push(("id".to_owned(), Value::String(value)));
                } else {
                    classes.push(value);
                }
                i = end;
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c == b':' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b':' | b'.' | b'-')) {
                    i += 1;
                }
                let name = inner[start..i].to_owned();
                skip(&mut i);
                if b.get(i) != Some(&b'=') {
                    return None;
                }
                i += 1;
                skip(&mut i);
                let value = value(inner, &mut i)?;
                if name == "class" {
                    classes.push(value.text());
                } else {
                    attrs.push((name, value));
                }
            }
            _ => return None,
        }
        skip(&mut i);
        if b.get(i) == Some(&b',') {
            i += 1;
        }
    }
    if !classes.is_empty() {
        attrs.push(("class".to_owned(), Value::String(classes.join(" "))));
    }
    Some(attrs)
}

/// One value at `*i` (Goldmark's `parseAttributeValue`).
fn value(s: &str, i: &mut usize) -> Option<Value> {
    let b = s.as_bytes();
    match *b.get(*i)? {
        b'"' => {
            let mut out = String::new();
            let mut j = *i + 1;
            loop {
                match *b.get(j)? {
                    b'"' => break,
                    b'\\' => {
                        let c = s[j + 1..].chars().next()?;
                        out.push(match c {
                            'n' => '\n',
                            't' => '\t',
                            'r' => '\r',
                            other => other,
                        });
                        j += 1 + c.len_utf8();
                    }
                    _ => {
                        let c = s[j..].chars().next()?;
                        out.push(c);
                        j += c.len_utf8();
                    }
                }
            }
            *i = j + 1;
            Some(Value::String(out))
        }
        b'[' => {
            *i += 1;
            let mut items = Vec::new();
            loop {
                while b.get(*i).is_some_and(|c| matches!(c, b' ' | b'\t')) {
                    *i += 1;
                }
                match b.get(*i)? {
                    b']' => {
                        *i += 1;
                        return Some(Value::Array(items));
                    }
                    b',' if !items.is_empty() => *i += 1,
                    _ => items.push(value(s, i)?),
                }
            }
        }
        c if c == b'-' || c == b'+' || c.is_ascii_digit() => {
            let start = *i;
            *i += 1;
            while b.get(*i).is_some_and(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'-' | b'+')) {
                *i += 1;
            }
            crate::float::parse(&s[start..*i]).map(Value::Number)
        }
        c if c.is_ascii_alphabetic() || c == b'_' || c == b':' => {
            let start = *i;
            while b.get(*i).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'.' | b'-')) {
                *i += 1;
            }
            Some(match &s[start..*i] {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                "null" => Value::Null,
                word => Value::String(word.to_owned()),
            })
        }
        _ => None,
    }
}

/// [`parse_typed`] with every value as the text written into HTML.
pub fn parse(text: &str) -> Option<Vec<(String, String)>> {
    parse_typed(text).map(|attrs| attrs.into_iter().map(|(k, v)| (k, v.text())).collect())
}

/// An attribute line: its start, its end (without the newline) and its attributes.
pub type Line = (usize, usize, Vec<(String, String)>);

/// Byte ranges (start of line, end of line without its newline) of the lines of
/// `source` that are an attribute block: at most three spaces of indent, then a
/// complete `{…}`. Candidates only: the caller drops those inside code.
pub fn candidate_lines(source: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in source.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start_matches(' ').len();
        let trimmed = content.trim();
        if indent <= 3 && trimmed.starts_with('{') && trimmed.ends_with('}') {
            if let Some(attrs) = parse(trimmed) {
                out.push((start, start + content.len(), attrs));
            }
        }
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn parses_ids_classes_and_values() {
        let a = parse("{#intro .lead .big data-x=1 title=\"A b\"}").unwrap();
        assert_eq!(
            a,
            vec![
                ("id".into(), "intro".into()),
                ("data-x".into(), "1".into()),
                ("title".into(), "A b".into()),
                ("class".into(), "lead big".into())
            ]
        );
    }

    #[test]
    fn rejects_what_is_not_an_attribute_list() {
        for s in ["{}x", "{ a b }", "{\"a\": 1}", "{{< x >}}"] {
            assert!(parse(s).is_none(), "{s}");
        }
    }

    #[test]
    fn reads_goldmark_values_with_commas_arrays_and_types() {
        use super::{parse_typed, Value};
        let a = parse_typed("{linenos=table,hl_lines=[2,\"4-5\"], linenostart=199 anchorlinenos=true}").unwrap();
        assert_eq!(
            a,
            vec![
                ("linenos".into(), Value::String("table".into())),
                ("hl_lines".into(), Value::Array(vec![Value::Number(2.0), Value::String("4-5".into())])),
                ("linenostart".into(), Value::Number(199.0)),
                ("anchorlinenos".into(), Value::Bool(true)),
            ]
        );
    }
}
