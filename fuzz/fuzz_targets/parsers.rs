//! Recap's own TOML and JSON parsers against the crates they replaced in the
//! wasm module (as tests/parser_differential.rs, on fuzzed documents): the same
//! documents accepted with the same values. TOML 1.1 additions the `toml` crate
//! accepts are the only allowed difference (Recap reads TOML 1.0, as Hugo).
#![no_main]
use libfuzzer_sys::fuzz_target;
use recap::front_matter::parse_tree;
use recap::Format;
use serde_json::Value;

fn toml_value(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_value).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, toml_value(v))).collect()),
    }
}

/// Whether Recap's refusal rests on a TOML 1.1 addition the crate accepts.
fn toml_1_1(text: &str, error: &str) -> bool {
    error.contains("inline table")
        || (error.contains("escape") && (text.contains("\\e") || text.contains("\\x")))
        || (error.contains("date or time")
            && text.as_bytes().windows(6).any(|w| {
                w[0].is_ascii_digit() && w[1].is_ascii_digit() && w[2] == b':' && w[3].is_ascii_digit() && w[4].is_ascii_digit() && w[5] != b':'
            }))
        || (error.contains("date or time") && text.trim_end().ends_with(|c: char| c.is_ascii_digit()))
}

fuzz_target!(|text: &str| {
    let reference = text.parse::<toml::Table>().ok().map(|t| toml_value(toml::Value::Table(t)));
    match (reference, parse_tree(text, 0, Format::Toml)) {
        (Some(a), Ok(b)) => assert_eq!(a, b.to_value(), "TOML values differ for {text:?}"),
        (None, Ok(b)) => panic!("TOML: the crate refuses {text:?}, Recap reads {}", b.to_value()),
        (Some(_), Err(e)) => assert!(toml_1_1(text, &e.message), "TOML: the crate accepts {text:?}, Recap says {}", e.message),
        (None, Err(_)) => {}
    }
    let reference = serde_json::from_str::<Value>(text).ok().filter(Value::is_object);
    match (reference, parse_tree(text, 0, Format::Json)) {
        (Some(a), Ok(b)) => assert_eq!(a, b.to_value(), "JSON values differ for {text:?}"),
        (None, Ok(b)) => panic!("JSON: serde_json refuses {text:?}, Recap reads {}", b.to_value()),
        (Some(_), Err(e)) => panic!("JSON: serde_json accepts {text:?}, Recap says {}", e.message),
        (None, Err(_)) => {}
    }
});
