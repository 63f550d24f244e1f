//! Recap's own TOML and JSON parsers against the crates they replaced in the
//! wasm module (`toml`, serde_json): the same documents accepted, the same
//! values, on sample documents and every one-character edit of them.

use recap::internals::front_matter::parse_tree;
use recap::Format;
use serde_json::Value;

#[path = "common/toml_reference.rs"]
mod toml_reference;

/// Runs `compare` on every one-character edit of each document — a deletion, or
/// an insertion of one of `inserts` — so each rule is probed where it can break.
/// Returns how many edits were compared.
fn for_each_edit(docs: &[&str], inserts: &[char], mut compare: impl FnMut(&str)) -> usize {
    let mut cases = 0;
    for text in docs {
        let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for (n, &i) in boundaries.iter().enumerate() {
            if let Some(&next) = boundaries.get(n + 1) {
                compare(&format!("{}{}", &text[..i], &text[next..]));
                cases += 1;
            }
            for c in inserts {
                compare(&format!("{}{c}{}", &text[..i], &text[i..]));
                cases += 1;
            }
        }
    }
    cases
}

fn report(failures: &[String], cases: usize) {
    assert!(
        failures.is_empty(),
        "{} of {cases} edits disagree:\n{}",
        failures.len(),
        failures.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// Recap's TOML parser against the `toml` crate: the same documents accepted,
/// the same values. Documents are the TOML 1.0 spec's examples and every
/// one-character edit of them (a deletion, or an insertion from a set of
/// delimiters), so each rule is probed at each place it can break.
///
/// The crate implements TOML 1.1; Recap, like Hugo's go-toml, TOML 1.0. Where the
/// crate accepts a 1.1 addition (a newline or trailing comma in an inline table,
/// `\e` and `\x` escapes, a time without seconds), Recap must reject it, and
/// those are the only differences allowed.
mod toml_parser {
    use super::*;
    /// Examples from the TOML 1.0 specification (toml.io/en/v1.0.0).
    const SPEC: &[&str] = &[
        "# This is a full-line comment\nkey = \"value\"  # This is a comment at the end of a line\nanother = \"# This is not a comment\"\n",
        "key = \"value\"\nbare_key = \"value\"\nbare-key = \"value\"\n1234 = \"value\"\n",
        "\"127.0.0.1\" = \"value\"\n\"character encoding\" = \"value\"\n\"ʎǝʞ\" = \"value\"\n'key2' = \"value\"\n'quoted \"value\"' = \"value\"\n",
        "name = \"Orange\"\nphysical.color = \"orange\"\nphysical.shape = \"round\"\nsite.\"google.com\" = true\n",
        "fruit.name = \"banana\"     # this is best practice\nfruit. color = \"yellow\"    # same as fruit.color\nfruit . flavor = \"banana\"   # same as fruit.flavor\n",
        "apple.type = \"fruit\"\norange.type = \"fruit\"\napple.skin = \"thin\"\norange.skin = \"thick\"\napple.color = \"red\"\norange.color = \"orange\"\n",
        "3.14159 = \"pi\"\n",
        "str = \"I'm a string. \\\"You can quote me\\\". Name\\tJos\\u00E9\\nLocation\\tSF.\"\n",
        "str1 = \"\"\"\nRoses are red\nViolets are blue\"\"\"\n",
        "str1 = \"The quick brown fox jumps over the lazy dog.\"\nstr2 = \"\"\"\nThe quick brown \\\n\n\n  fox jumps over \\\n    the lazy dog.\"\"\"\nstr3 = \"\"\"\\\n       The quick brown \\\n       fox jumps over \\\n       the lazy dog.\\\n       \"\"\"\n",
        "str4 = \"\"\"Here are two quotation marks: \"\". Simple enough.\"\"\"\nstr5 = \"\"\"Here are three quotation marks: \"\"\\\".\"\"\"\nstr6 = \"\"\"Here are fifteen quotation marks: \"\"\\\"\"\"\\\"\"\"\\\"\"\"\\\"\"\"\\\".\"\"\"\nstr7 = \"\"\"\"This,\" she said, \"is just a pointless statement.\"\"\"\"\n",
        "winpath  = 'C:\\Users\\nodejs\\templates'\nwinpath2 = '\\\\ServerX\\admin$\\system32\\'\nquoted   = 'Tom \"Dubs\" Preston-Werner'\nregex    = '<\\i\\c*\\s*>'\n",
        "regex2 = '''I [dw]on't need \\d{2} apples'''\nlines  = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\n",
        "quot15 = '''Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"'''\napos15 = \"Here are fifteen apostrophes: '''''''''''''''\"\nstr = ''''That,' she said, 'is still pointless.''''\n",
        "int1 = +99\nint2 = 42\nint3 = 0\nint4 = -17\nint5 = 1_000\nint6 = 5_349_221\nint7 = 53_49_221\nint8 = 1_2_3_4_5\n",
        "hex1 = 0xDEADBEEF\nhex2 = 0xdeadbeef\nhex3 = 0xdead_beef\noct1 = 0o01234567\noct2 = 0o755\nbin1 = 0b11010110\n",
        "flt1 = +1.0\nflt2 = 3.1415\nflt3 = -0.01\nflt4 = 5e+22\nflt5 = 1e06\nflt6 = -2E-2\nflt7 = 6.626e-34\nflt8 = 224_617.445_991_228\n",
        "sf1 = inf\nsf2 = +inf\nsf3 = -inf\nsf4 = nan\nsf5 = +nan\nsf6 = -nan\n",
        "bool1 = true\nbool2 = false\n",
        "odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\nodt3 = 1979-05-27T00:32:00.999999-07:00\nodt4 = 1979-05-27 07:32:00Z\n",
        "ldt1 = 1979-05-27T07:32:00\nldt2 = 1979-05-27T00:32:00.999999\nld1 = 1979-05-27\nlt1 = 07:32:00\nlt2 = 00:32:00.999999\n",
        "integers = [ 1, 2, 3 ]\ncolors = [ \"red\", \"yellow\", \"green\" ]\nnested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]\nnested_mixed_array = [ [ 1, 2 ], [\"a\", \"b\", \"c\"] ]\nstring_array = [ \"all\", 'strings', \"\"\"are the same\"\"\", '''type''' ]\n",
        "numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]\ncontributors = [\n  \"Foo Bar <foo@example.com>\",\n  { name = \"Baz Qux\", email = \"bazqux@example.com\", url = \"https://example.com/bazqux\" }\n]\n",
        "integers2 = [\n  1, 2, 3\n]\n\nintegers3 = [\n  1,\n  2, # this is ok\n]\n",
        "[table-1]\nkey1 = \"some string\"\nkey2 = 123\n\n[table-2]\nkey1 = \"another string\"\nkey2 = 456\n",
        "[dog.\"tater.man\"]\ntype.name = \"pug\"\n",
        "[a.b.c]            # this is best practice\n[ d.e.f ]          # same as [d.e.f]\n[ g .  h  . i ]    # same as [g.h.i]\n[ j . \"ʞ\" . 'l' ]  # same as [j.\"ʞ\".'l']\n",
        "# [x] you\n# [x.y] don't\n# [x.y.z] need these\n[x.y.z.w] # for this to work\n\n[x] # defining a super-table afterward is ok\n",
        "[fruit]\napple = \"red\"\n\n[fruit]\norange = \"orange\"\n",
        "[fruit]\napple = \"red\"\n\n[fruit.apple]\ntexture = \"smooth\"\n",
        "[fruit.apple]\n[animal]\n[fruit.orange]\n",
        "name = \"Fido\"\nbreed = \"pug\"\n\n[owner]\nname = \"Regina Dogman\"\nmember_since = 1999-08-04\n",
        "fruit.apple.color = \"red\"\nfruit.apple.taste.sweet = true\n",
        "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n\n[fruit.apple.texture]\nsmooth = true\n",
        "name = { first = \"Tom\", last = \"Preston-Werner\" }\npoint = { x = 1, y = 2 }\nanimal = { type.name = \"pug\" }\n",
        "[product]\ntype = { name = \"Nail\" }\n# type.edible = false  # INVALID\n",
        "[product]\ntype.name = \"Nail\"\n# type = { edible = false }  # INVALID\n",
        "[[products]]\nname = \"Hammer\"\nsku = 738594937\n\n[[products]]  # empty table within the array\n\n[[products]]\nname = \"Nail\"\nsku = 284758393\n\ncolor = \"gray\"\n",
        "[[fruits]]\nname = \"apple\"\n\n[fruits.physical]  # subtable\ncolor = \"red\"\nshape = \"round\"\n\n[[fruits.varieties]]  # nested array of tables\nname = \"red delicious\"\n\n[[fruits.varieties]]\nname = \"granny smith\"\n\n\n[[fruits]]\nname = \"banana\"\n\n[[fruits.varieties]]\nname = \"plantain\"\n",
        "[fruit.physical]\ncolor = \"red\"\nshape = \"round\"\n\n[[fruit]]\nname = \"apple\"\n",
        "fruits = []\n\n[[fruits]]\n",
        "[[fruits]]\nname = \"apple\"\n\n[[fruits.varieties]]\nname = \"red delicious\"\n\n[fruits.varieties]\nname = \"granny smith\"\n",
        "[[fruits]]\nname = \"apple\"\n\n[fruits.physical]\ncolor = \"red\"\nshape = \"round\"\n\n[[fruits.physical]]\ncolor = \"green\"\n",
        "points = [ { x = 1, y = 2, z = 3 },\n           { x = 7, y = 8, z = 9 },\n           { x = 2, y = 4, z = 8 } ]\n",
        "title = \"December 2021 Recap\"\ndate = 2021-12-22T00:00:00Z\ndraft = false\ntags = [\"community\", \"linkerd\"]\n[params]\nauthor = \"k\"\nweight = 3\n",
        "a = \"\\b\\t\\n\\f\\r\\\"\\\\\\U0001F600\"\nb = 1e1_0\nc = 0.0\nd = -0.0\ne = 9223372036854775807\nf = -9223372036854775808\n",
        "t = 23:59:60\nd = 2000-02-29\ne = 1900-02-28T00:00:00+00:00\n\"\" = 1\n",
        "a = \"\"\"\r\nwindows\r\nlines\"\"\"\r\nb = '''\r\nraw\r\n'''\r\n",
        // Found by fuzzing: a byte-order mark may open the document.
        "\u{feff}[table-1]\nkey1ldt1 = 1979-05-27",
    ];

    /// The characters inserted at every position.
    const INSERTS: &[char] = &['"', '\'', '[', ']', '{', '}', '=', '.', ',', '\n', '#', ' ', '0', '-', ':', '\\', '_', 'e', '+', 'T', 'Z'];

    use super::toml_reference::{past_crate_limit, reference, toml_1_1_only};

    fn ours(text: &str) -> Result<Value, String> {
        parse_tree(text, 0, Format::Toml).map(|n| n.to_value()).map_err(|e| e.message)
    }

    fn compare(text: &str, failures: &mut Vec<String>) {
        match (reference(text), ours(text)) {
            (Some(a), Ok(b)) if a != b => failures.push(format!("{text:?}: values differ\n  toml:  {a}\n  recap: {b}")),
            (Some(_), Err(e)) if !toml_1_1_only(text, &e) => failures.push(format!("{text:?}: toml accepts, recap says {e}")),
            (None, Ok(v)) if !past_crate_limit(text) => failures.push(format!("{text:?}: toml refuses, recap reads {v}")),
            _ => {}
        }
    }

    #[test]
    fn spec_examples_agree() {
        let mut failures = Vec::new();
        for text in SPEC {
            compare(text, &mut failures);
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn one_character_edits_agree() {
        let mut failures = Vec::new();
        let cases = super::for_each_edit(SPEC, INSERTS, |text| compare(text, &mut failures));
        assert!(cases > 50_000, "{cases} edits");
        super::report(&failures, cases);
    }

    #[test]
    fn nesting_between_the_crates_limit_and_recaps_is_read() {
        let text = format!("{} = 1\n", vec!["a"; 100].join("."));
        assert!(reference(&text).is_none() && past_crate_limit(&text), "the crate stops at its recursion limit");
        assert!(ours(&text).is_ok(), "Recap reads up to 128 levels");
    }

    #[test]
    fn toml_1_1_additions_are_refused_as_hugo_does() {
        for text in ["a = { b = 1, }\n", "a = {\n b = 1 }\n", "a = \"\\e\"\n", "a = \"\\x41\"\n", "a = 07:32\n", "a = 1979-05-27T07:32Z\n"]
        {
            assert!(reference(text).is_some(), "{text:?}: the crate (TOML 1.1) accepts it");
            assert!(ours(text).is_err(), "{text:?}: Recap (TOML 1.0, as go-toml) refuses it");
        }
    }
}

/// Recap's JSON parser against serde_json: the same documents accepted, the same
/// values (integer and float types included). Documents are a set of JSON
/// objects covering the grammar and every one-character edit of them (a
/// deletion, or an insertion from a set of delimiters).
mod json_parser {
    use super::*;
    const DOCS: &[&str] = &[
        "{}",
        " {\"title\": \"December 2021 Recap\", \"date\": \"2021-12-22\", \"draft\": false, \"tags\": [\"a\", \"b\"]}\n",
        "{\"params\": {\"author\": {\"name\": \"k\", \"id\": 3}}, \"weight\": -12, \"ratio\": 0.25, \"none\": null}",
        "{\"n\": [0, -0, 1e3, 1E+3, 2.5e-3, -1.0, 18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809]}",
        "{\"s\": \"quote \\\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE00 é 😀\"}",
        "{\n\t\"nested\": [[1, [2, [3]]], {\"a\": {\"b\": {}}}, []],\r\n  \"dup\": 1, \"dup\": 2\n}\n",
        "{\"\": \"\", \"k\": true, \"e\": 1.7976931348623157e308, \"tiny\": 5e-324, \"long\": 0.1000000000000000055511151231257827}",
    ];

    const INSERTS: &[char] = &['"', '\\', '[', ']', '{', '}', ':', ',', ' ', '\n', '0', '-', '+', '.', 'e', 'u', 'x', '\u{1}'];

    fn reference(text: &str) -> Option<Value> {
        serde_json::from_str::<Value>(text).ok().filter(Value::is_object)
    }

    fn ours(text: &str) -> Result<Value, String> {
        parse_tree(text, 0, Format::Json).map(|n| n.to_value()).map_err(|e| e.message)
    }

    fn compare(text: &str, failures: &mut Vec<String>) {
        match (reference(text), ours(text)) {
            (Some(a), Ok(b)) if a != b => failures.push(format!("{text:?}: values differ\n  serde_json: {a}\n  recap:      {b}")),
            (Some(_), Err(e)) => failures.push(format!("{text:?}: serde_json accepts, recap says {e}")),
            (None, Ok(v)) => failures.push(format!("{text:?}: serde_json refuses, recap reads {v}")),
            _ => {}
        }
    }

    #[test]
    fn documents_agree() {
        let mut failures = Vec::new();
        for text in DOCS {
            compare(text, &mut failures);
            assert!(ours(text).is_ok(), "{text:?} parses");
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn one_character_edits_agree() {
        let mut failures = Vec::new();
        let cases = super::for_each_edit(DOCS, INSERTS, |text| compare(text, &mut failures));
        assert!(cases > 10_000, "{cases} edits");
        super::report(&failures, cases);
    }

    #[test]
    fn nesting_limit_matches() {
        for depth in [126, 127, 128, 129] {
            let text = format!("{{\"a\":{}{}}}", "[".repeat(depth), "]".repeat(depth));
            assert_eq!(reference(&text).is_some(), ours(&text).is_ok(), "depth {depth}");
        }
    }
}
