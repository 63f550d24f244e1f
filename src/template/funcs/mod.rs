//! Hugo's template functions, by namespace (https://gohugo.io/functions/):
//! every function under every name Hugo gives it (`strings.TrimPrefix`, and
//! aliases such as `trim`, `safeHTML`, `dict`).
//!
//! A function receives its arguments in call order, a piped value last, and
//! returns a value or a message; the engine adds the template position.
//! `and`/`or` (which do not evaluate every argument) and the `partial` family
//! (which run other templates) are the engine's, in `eval`; the site's own
//! namespaces (`site`, `hugo`, `resources.Get`, `ref`, `i18n`, `page`,
//! `templates`) are the site layer's.
//!
//! One file per namespace; `cast` also holds the argument conversions every
//! namespace shares (Hugo's `cast.ToStringE`, `ToIntE`, `ToFloat64E`).

pub mod cast;

pub mod collections;
pub mod compare;
pub mod diff;
pub mod encoding;
pub mod fmt;
pub mod go;
pub mod gomath;
pub mod hash;
pub mod inflect;
pub mod lang;
pub mod math;
pub mod path;
pub mod reflect;
pub mod regexp;
pub mod safe;
pub mod scratch;
pub mod sort;
pub mod strings;
pub mod time;
pub mod transform;
pub mod urls;
pub mod r#where;

use super::Func;

/// Every function, by name (aliases included), sorted by name for lookup.
static FUNCS: &[(&str, Func)] = &[
    ("T", lang::translate),
    ("absLangURL", urls::abs_lang_url),
    ("absURL", urls::abs_url),
    ("add", math::add),
    ("after", collections::after),
    ("anchorize", urls::anchorize),
    ("append", collections::append),
    ("apply", collections::apply),
    ("base64Decode", encoding::base64_decode),
    ("base64Encode", encoding::base64_encode),
    ("cast.ToFloat", cast::to_float),
    ("cast.ToInt", cast::to_int),
    ("cast.ToString", cast::to_string),
    ("chomp", strings::chomp),
    ("collections.After", collections::after),
    ("collections.Append", collections::append),
    ("collections.Apply", collections::apply),
    ("collections.Complement", collections::complement),
    ("collections.Delimit", collections::delimit),
    ("collections.Dictionary", collections::dict),
    ("collections.First", collections::first),
    ("collections.Group", collections::group),
    ("collections.In", collections::r#in),
    ("collections.Index", collections::index),
    ("collections.Intersect", collections::intersect),
    ("collections.IsSet", collections::isset),
    ("collections.KeyVals", scratch::key_vals),
    ("collections.Last", collections::last),
    ("collections.Merge", collections::merge),
    ("collections.NewScratch", scratch::new_scratch),
    ("collections.Querify", collections::querify),
    ("collections.Reverse", collections::reverse),
    ("collections.Seq", collections::seq),
    ("collections.Shuffle", collections::shuffle),
    ("collections.Slice", collections::slice),
    ("collections.Sort", sort::sort),
    ("collections.SymDiff", collections::symdiff),
    ("collections.Union", collections::union),
    ("collections.Uniq", collections::uniq),
    ("collections.Where", r#where::r#where),
    ("compare.Conditional", compare::cond),
    ("compare.Default", compare::default),
    ("compare.Eq", compare::eq),
    ("compare.Ge", compare::ge),
    ("compare.Gt", compare::gt),
    ("compare.Le", compare::le),
    ("compare.Lt", compare::lt),
    ("compare.Ne", compare::ne),
    ("complement", collections::complement),
    ("cond", compare::cond),
    ("countrunes", strings::count_runes),
    ("countwords", strings::count_words),
    ("crypto.HMAC", hash::hmac),
    ("crypto.Hash", hash::crypto_hash),
    ("crypto.MD5", hash::md5),
    ("crypto.SHA1", hash::sha1),
    ("crypto.SHA256", hash::sha256),
    ("dateFormat", time::format),
    ("default", compare::default),
    ("delimit", collections::delimit),
    ("dict", collections::dict),
    ("div", math::div),
    ("duration", time::duration),
    ("emojify", transform::emojify),
    ("encoding.Base64Decode", encoding::base64_decode),
    ("encoding.Base64Encode", encoding::base64_encode),
    ("encoding.HexDecode", encoding::hex_decode),
    ("encoding.HexEncode", encoding::hex_encode),
    ("encoding.Jsonify", encoding::jsonify),
    ("eq", compare::eq),
    ("errorf", fmt::errorf),
    ("erroridf", fmt::erroridf),
    ("findRE", strings::find_re),
    ("findRESubmatch", strings::find_re_submatch),
    ("first", collections::first),
    ("float", cast::to_float),
    ("fmt.Errorf", fmt::errorf),
    ("fmt.Erroridf", fmt::erroridf),
    ("fmt.Print", fmt::print),
    ("fmt.Printf", fmt::printf),
    ("fmt.Println", fmt::println),
    ("fmt.Warnf", fmt::warnf),
    ("fmt.Warnidf", fmt::warnidf),
    ("ge", compare::ge),
    ("group", collections::group),
    ("gt", compare::gt),
    ("hasPrefix", strings::has_prefix),
    ("hasSuffix", strings::has_suffix),
    ("hash.FNV32a", hash::fnv32a),
    ("hash.XxHash", hash::xxhash),
    ("highlight", transform::highlight),
    ("hmac", hash::hmac),
    ("html", go::html),
    ("htmlEscape", transform::html_escape_fn),
    ("htmlUnescape", transform::html_unescape),
    ("humanize", inflect::humanize),
    ("i18n", lang::translate),
    ("in", collections::r#in),
    ("index", collections::index),
    ("inflect.Humanize", inflect::humanize),
    ("inflect.Pluralize", inflect::pluralize),
    ("inflect.Singularize", inflect::singularize),
    ("int", cast::to_int),
    ("intersect", collections::intersect),
    ("isSet", collections::isset),
    ("isset", collections::isset),
    ("js", go::js),
    ("jsonify", encoding::jsonify),
    ("keyVals", scratch::key_vals),
    ("lang.FormatAccounting", lang::format_accounting),
    ("lang.FormatCurrency", lang::format_currency),
    ("lang.FormatNumber", lang::format_number),
    ("lang.FormatNumberCustom", lang::format_number_custom),
    ("lang.FormatPercent", lang::format_percent),
    ("lang.Translate", lang::translate),
    ("last", collections::last),
    ("le", compare::le),
    ("len", go::len),
    ("lower", strings::to_lower),
    ("lt", compare::lt),
    ("markdownify", transform::markdownify),
    ("math.Abs", math::abs),
    ("math.Acos", math::acos),
    ("math.Add", math::add),
    ("math.Asin", math::asin),
    ("math.Atan", math::atan),
    ("math.Atan2", math::atan2),
    ("math.Ceil", math::ceil),
    ("math.Cos", math::cos),
    ("math.Counter", math::counter),
    ("math.Div", math::div),
    ("math.Floor", math::floor),
    ("math.Log", math::log),
    ("math.Max", math::max),
    ("math.MaxInt64", math::max_int64),
    ("math.Min", math::min),
    ("math.Mod", math::r#mod),
    ("math.ModBool", math::mod_bool),
    ("math.Mul", math::mul),
    ("math.Pi", math::pi),
    ("math.Pow", math::pow),
    ("math.Product", math::product),
    ("math.Rand", math::rand),
    ("math.Round", math::round),
    ("math.Sin", math::sin),
    ("math.Sqrt", math::sqrt),
    ("math.Sub", math::sub),
    ("math.Sum", math::sum),
    ("math.Tan", math::tan),
    ("math.ToDegrees", math::to_degrees),
    ("math.ToRadians", math::to_radians),
    ("md5", hash::md5),
    ("merge", collections::merge),
    ("mod", math::r#mod),
    ("modBool", math::mod_bool),
    ("mul", math::mul),
    ("ne", compare::ne),
    ("newScratch", scratch::new_scratch),
    ("not", go::not),
    ("now", time::now),
    ("path.Base", path::base),
    ("path.BaseName", path::base_name),
    ("path.Clean", path::clean_fn),
    ("path.Dir", path::dir),
    ("path.Ext", path::ext),
    ("path.Join", path::join_fn),
    ("path.Split", path::split),
    ("plainify", transform::plainify),
    ("pluralize", inflect::pluralize),
    ("pow", math::pow),
    ("print", fmt::print),
    ("printf", fmt::printf),
    ("println", fmt::println),
    ("querify", collections::querify),
    ("reflect.IsImageResource", reflect::is_image_resource),
    ("reflect.IsImageResourceProcessable", reflect::is_image_resource),
    ("reflect.IsImageResourceWithMeta", reflect::is_image_resource),
    ("reflect.IsMap", reflect::is_map),
    ("reflect.IsPage", reflect::is_page),
    ("reflect.IsResource", reflect::is_resource),
    ("reflect.IsSite", reflect::is_site),
    ("reflect.IsSlice", reflect::is_slice),
    ("relLangURL", urls::rel_lang_url),
    ("relURL", urls::rel_url),
    ("replace", strings::replace),
    ("replaceRE", strings::replace_re),
    ("safe.CSS", safe::css),
    ("safe.HTML", safe::html),
    ("safe.HTMLAttr", safe::html_attr),
    ("safe.JS", safe::js),
    ("safe.JSStr", safe::js_str),
    ("safe.URL", safe::url),
    ("safeCSS", safe::css),
    ("safeHTML", safe::html),
    ("safeHTMLAttr", safe::html_attr),
    ("safeJS", safe::js),
    ("safeJSStr", safe::js_str),
    ("safeURL", safe::url),
    ("seq", collections::seq),
    ("sha1", hash::sha1),
    ("sha256", hash::sha256),
    ("shuffle", collections::shuffle),
    ("singularize", inflect::singularize),
    ("slice", collections::slice),
    ("slicestr", strings::slice_string),
    ("sort", sort::sort),
    ("split", strings::split),
    ("string", cast::to_string),
    ("strings.Chomp", strings::chomp),
    ("strings.Contains", strings::contains),
    ("strings.ContainsAny", strings::contains_any),
    ("strings.ContainsNonSpace", strings::contains_non_space),
    ("strings.Count", strings::count),
    ("strings.CountRunes", strings::count_runes),
    ("strings.CountWords", strings::count_words),
    ("strings.Diff", diff::diff),
    ("strings.FindRE", strings::find_re),
    ("strings.FindRESubmatch", strings::find_re_submatch),
    ("strings.FirstUpper", strings::first_upper),
    ("strings.HasPrefix", strings::has_prefix),
    ("strings.HasSuffix", strings::has_suffix),
    ("strings.Repeat", strings::repeat),
    ("strings.Replace", strings::replace),
    ("strings.ReplacePairs", strings::replace_pairs),
    ("strings.ReplaceRE", strings::replace_re),
    ("strings.RuneCount", strings::rune_count),
    ("strings.SliceString", strings::slice_string),
    ("strings.Split", strings::split),
    ("strings.Substr", strings::substr),
    ("strings.Title", strings::title),
    ("strings.ToLower", strings::to_lower),
    ("strings.ToUpper", strings::to_upper),
    ("strings.Trim", strings::trim),
    ("strings.TrimLeft", strings::trim_left),
    ("strings.TrimPrefix", strings::trim_prefix),
    ("strings.TrimRight", strings::trim_right),
    ("strings.TrimSpace", strings::trim_space),
    ("strings.TrimSuffix", strings::trim_suffix),
    ("strings.Truncate", strings::truncate),
    ("sub", math::sub),
    ("substr", strings::substr),
    ("symdiff", collections::symdiff),
    ("time", time::as_time),
    ("time.AsTime", time::as_time),
    ("time.Duration", time::duration),
    ("time.Format", time::format),
    ("time.In", time::r#in),
    ("time.Now", time::now),
    ("time.ParseDuration", time::parse_duration_fn),
    ("title", strings::title),
    ("transform.CanHighlight", transform::can_highlight),
    ("transform.Emojify", transform::emojify),
    ("transform.HTMLEscape", transform::html_escape_fn),
    ("transform.HTMLUnescape", transform::html_unescape),
    ("transform.Highlight", transform::highlight),
    ("transform.HighlightCodeBlock", transform::highlight_code_block),
    ("transform.Markdownify", transform::markdownify),
    ("transform.Plainify", transform::plainify),
    ("transform.Remarshal", transform::remarshal),
    ("transform.Unmarshal", transform::unmarshal),
    ("transform.XMLEscape", transform::xml_escape),
    ("trim", strings::trim),
    ("truncate", strings::truncate),
    ("union", collections::union),
    ("uniq", collections::uniq),
    ("unmarshal", transform::unmarshal),
    ("upper", strings::to_upper),
    ("urlize", urls::urlize),
    ("urlquery", go::urlquery),
    ("urls.AbsLangURL", urls::abs_lang_url),
    ("urls.AbsURL", urls::abs_url),
    ("urls.Anchorize", urls::anchorize),
    ("urls.JoinPath", urls::join_path),
    ("urls.Parse", urls::parse),
    ("urls.PathEscape", urls::path_escape_fn),
    ("urls.PathUnescape", urls::path_unescape),
    ("urls.RelLangURL", urls::rel_lang_url),
    ("urls.RelURL", urls::rel_url),
    ("urls.URLize", urls::urlize),
    ("warnf", fmt::warnf),
    ("warnidf", fmt::warnidf),
    ("where", r#where::r#where),
    ("xxhash", hash::xxhash),
];

/// The function named `name`, if Recap has it.
pub fn lookup(name: &str) -> Option<Func> {
    FUNCS.binary_search_by(|(n, _)| (*n).cmp(name)).ok().map(|i| FUNCS[i].1)
}

/// Hugo functions Recap does not run, with the reason given in the diagnostic
/// (`ns.*` stands for every function of a namespace).
pub const UNSUPPORTED: &[(&str, &str)] = &[
    ("babel", "JavaScript bundling runs tools outside Recap"),
    ("call", "calls a function value, which Recap's templates do not have"),
    ("collections.D", "Hugo's seeded random sample (Vitter's method D on Go's PCG generator) is not reproduced"),
    ("compare.LtCollate", "internal to Hugo"),
    ("css.*", "CSS processing (Sass, PostCSS, Tailwind) runs tools outside Recap"),
    ("debug.*", "debugging aids of a Hugo build"),
    ("diagrams.*", "diagram rendering is not in Recap"),
    ("doDefer", "deferred execution runs after a whole Hugo build"),
    ("fileExists", "reads the file system"),
    ("fingerprint", "resource pipelines are not in Recap"),
    ("fmt.Errormf", "structured log messages are not in Recap"),
    ("fmt.Warnmf", "structured log messages are not in Recap"),
    ("getenv", "reads the environment"),
    ("imageConfig", "image processing is not in Recap"),
    ("images.*", "image processing is not in Recap"),
    ("js.*", "JavaScript bundling runs tools outside Recap"),
    ("lang.Merge", "merges page collections across languages"),
    ("minify", "resource pipelines are not in Recap"),
    ("openapi3.*", "OpenAPI documents are not read by Recap"),
    ("os.*", "reads the file system or environment, which templates in Recap cannot reach"),
    ("postCSS", "PostCSS runs outside Recap"),
    ("readDir", "reads the file system"),
    ("readFile", "reads the file system"),
    ("resources.Concat", "resource pipelines are not in Recap"),
    ("resources.Copy", "resource pipelines are not in Recap"),
    ("resources.ExecuteAsTemplate", "resource pipelines are not in Recap"),
    ("resources.Fingerprint", "resource pipelines are not in Recap"),
    ("resources.FromString", "resource pipelines are not in Recap"),
    ("resources.GetRemote", "fetches from the network"),
    ("resources.Minify", "resource pipelines are not in Recap"),
    ("resources.PostProcess", "resource pipelines are not in Recap"),
    ("templates.Defer", "deferred execution runs after a whole Hugo build"),
    ("templates.DoDefer", "deferred execution runs after a whole Hugo build"),
    ("toCSS", "Sass runs outside Recap"),
    ("transform.HTMLToMarkdown", "HTML-to-Markdown conversion is not in Recap"),
    ("transform.PortableText", "Portable Text conversion is not in Recap"),
    ("transform.ToMath", "KaTeX rendering is not in Recap"),
];

/// Why `name` is not available, if it is a Hugo function Recap leaves out.
pub fn unsupported(name: &str) -> Option<&'static str> {
    UNSUPPORTED.iter().find(|(n, _)| *n == name || (n.ends_with(".*") && name.starts_with(&n[..n.len() - 1]))).map(|(_, why)| *why)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_has_no_duplicates() {
        for pair in FUNCS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} should sort before {} (and appear once)", pair[0].0, pair[1].0);
        }
    }

    #[test]
    fn no_function_is_both_supported_and_unsupported() {
        for (name, _) in FUNCS {
            assert!(unsupported(name).is_none(), "{name} is in both tables");
        }
        assert!(unsupported("images.Resize").is_some(), "a namespace wildcard should match its functions");
    }
}

#[cfg(test)]
mod robustness {
    use super::*;
    use crate::template::{Cx, Map, NoHost, Safe, Value};

    /// Values that have broken functions elsewhere: extremes, odd strings, nesting.
    fn odd_values() -> Vec<Value> {
        let mut m = Map::new();
        m.insert("a", Value::Int(1));
        m.insert("", Value::list(vec![Value::Nil]));
        let mut params = Map::params();
        params.insert("Key", Value::from("x"));
        vec![
            Value::Nil,
            Value::Bool(true),
            Value::Int(0),
            Value::Int(-1),
            Value::Int(i64::MAX),
            Value::Int(i64::MIN),
            Value::Float(f64::NAN),
            Value::Float(f64::INFINITY),
            Value::Float(-0.0),
            Value::Float(1e300),
            Value::Float(-2.5),
            Value::from(""),
            Value::from("é"),
            Value::from("%"),
            Value::from("%!%[99]d%*.*f%-0+# x"),
            Value::from("9223372036854775808"),
            Value::from("<p>a <b>b</b>"),
            Value::from(":smile::"),
            Value::from("2023-10-15T13:18:50Z"),
            Value::from("-1"),
            Value::from("(a|"),
            Value::from("[a-"),
            Value::from("\u{0}\u{ffff}𝄞"),
            Value::safe("<em>x</em>", Safe::Html),
            Value::list(vec![]),
            Value::list(vec![Value::Int(3), Value::from("a"), Value::Nil, Value::Float(1.5)]),
            Value::map(m),
            Value::map(params),
            Value::object(time::Time::utc(i64::MAX / 4, 999_999_999)),
            Value::object(time::Duration(i64::MIN)),
            Value::object(scratch::Scratch::default()),
        ]
    }

    #[test]
    fn no_function_panics_on_odd_arguments() {
        let values = odd_values();
        for (name, f) in FUNCS {
            if matches!(*name, "math.Rand" | "shuffle" | "collections.Shuffle" | "math.Counter") {
                continue;
            }
            // A fresh context for each call, so that no call stops early on a spent budget.
            let call = |args: &[Value]| {
                let _ = f(&mut Cx::new(&NoHost), args);
            };
            call(&[]);
            for a in &values {
                call(std::slice::from_ref(a));
                for b in &values {
                    call(&[a.clone(), b.clone()]);
                    // Third arguments from a smaller set keep the run short.
                    for c in values.iter().step_by(5) {
                        call(&[a.clone(), b.clone(), c.clone()]);
                    }
                }
            }
            for a in values.iter().step_by(3) {
                for b in values.iter().step_by(2) {
                    for c in values.iter().step_by(4) {
                        for d in values.iter().step_by(3) {
                            call(&[a.clone(), b.clone(), c.clone(), d.clone()]);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod object_robustness {
    use super::*;
    use crate::template::{Cx, NoHost, Value};

    #[test]
    fn no_method_panics_on_odd_arguments() {
        let objects = [
            Value::object(time::Time::utc(0, 0)),
            Value::object(time::Time::utc(-62_135_596_800, 0)),
            Value::object(time::Duration(i64::MAX)),
            Value::object(time::Duration(i64::MIN)),
            Value::object(urls::Url::parse("https://u@x.org:1/p%20q?a=1&b#f").unwrap()),
            Value::object(scratch::Scratch::default()),
        ];
        let methods = [
            "Year",
            "Month",
            "Day",
            "Weekday",
            "YearDay",
            "Unix",
            "UnixNano",
            "UTC",
            "Format",
            "Before",
            "After",
            "Equal",
            "Compare",
            "Add",
            "Sub",
            "AddDate",
            "In",
            "Round",
            "Truncate",
            "Hours",
            "Minutes",
            "Seconds",
            "Abs",
            "String",
            "Hostname",
            "Port",
            "Query",
            "JoinPath",
            "RequestURI",
            "EscapedPath",
            "Set",
            "Get",
            "Add",
            "SetInMap",
            "DeleteInMap",
            "GetSortedMapValues",
            "Delete",
            "Values",
        ];
        let args = [
            Value::Nil,
            Value::Int(i64::MAX),
            Value::Int(i64::MIN),
            Value::Float(f64::NAN),
            Value::from("x"),
            Value::from("-1h"),
            Value::list(vec![Value::Int(1)]),
            Value::object(time::Time::utc(i64::MAX / 8, 0)),
            Value::object(time::Duration(i64::MIN)),
        ];
        for o in &objects {
            for m in methods {
                let mut cx = Cx::new(&NoHost);
                let _ = cx.member(o, m, &[]);
                for a in &args {
                    let _ = cx.member(o, m, std::slice::from_ref(a));
                    for b in &args {
                        for c in &args {
                            let _ = cx.member(o, m, &[a.clone(), b.clone(), c.clone()]);
                        }
                        let _ = cx.member(o, m, &[a.clone(), b.clone()]);
                    }
                }
            }
        }
    }
}
