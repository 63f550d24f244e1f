//! Recap's own TOML and JSON parsers against the crates they replaced in the
//! wasm module (as tests/parser_differential.rs, on fuzzed documents): the same
//! documents accepted with the same values. TOML 1.1 additions the `toml` crate
//! accepts are the only allowed difference (Recap reads TOML 1.0, as Hugo).
#![no_main]
use libfuzzer_sys::fuzz_target;
use recap::internals::front_matter::parse_tree;
use recap::Format;
use serde_json::Value;

#[path = "../../tests/common/toml_reference.rs"]
mod toml_reference;
use toml_reference::{past_crate_limit, reference, toml_1_1_only};

fuzz_target!(|text: &str| {
    match (reference(text), parse_tree(text, 0, Format::Toml)) {
        (Some(a), Ok(b)) => assert_eq!(a, b.to_value(), "TOML values differ for {text:?}"),
        (None, Ok(b)) => assert!(past_crate_limit(text), "TOML: the crate refuses {text:?}, Recap reads {}", b.to_value()),
        (Some(_), Err(e)) => assert!(toml_1_1_only(text, &e.message), "TOML: the crate accepts {text:?}, Recap says {}", e.message),
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
