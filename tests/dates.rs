//! Front-matter dates against Hugo itself: `tests/data/hugo-dates.json`, made by
//! `tests/oracle/hugo_dates.py` with the Hugo binary, holds Hugo's verdict on
//! every value in it, for each date field and a few site time zones. Every
//! value Hugo reads must be read with the same instant, every value it leaves
//! unset must be a warning that says so, every value that fails its build an
//! error.

use recap::internals::front_matter::date::{self, Reading, TimeZone};
use recap::internals::front_matter::tree::Kind;
use recap::internals::front_matter::validate::written_date;
use recap::{Options, Severity};
use serde_json::Value;

/// The zone's rules from the system's zoneinfo, as the CLI reads them.
fn zone(name: &str) -> TimeZone {
    if name.is_empty() {
        return TimeZone::utc();
    }
    let bytes = std::fs::read(format!("/usr/share/zoneinfo/{name}")).expect("the system's time-zone data (Debian's tzdata)");
    TimeZone::from_tzif(name, &bytes).unwrap()
}

/// The page the oracle wrote for a row (the same text as `page()` in the generator).
fn post(kind: &str, field: &str, value: &str) -> String {
    match kind {
        "string" => format!("---\ntitle: t\n{field}: {}\n---\n", serde_json::to_string(value).unwrap()),
        "yaml" => format!("---\ntitle: t\n{field}: {value}\n---\n"),
        "toml" => format!("+++\ntitle = \"t\"\n{field} = {value}\n+++\n"),
        _ => format!("{{\"title\": \"t\", \"{field}\": {value}}}\n"),
    }
}

#[test]
fn every_date_hugo_reads_is_read_with_the_same_instant() {
    let table: Value = serde_json::from_str(include_str!("data/hugo-dates.json")).unwrap();
    let rows = table["rows"].as_array().unwrap();
    let zones: std::collections::HashMap<&str, TimeZone> = rows.iter().map(|r| r["zone"].as_str().unwrap()).map(|z| (z, zone(z))).collect();
    let mut failures = Vec::new();
    let mut counts = [0usize; 3];
    for row in rows {
        let field = row["field"].as_str().unwrap();
        let (kind, value, hugo) = (row["kind"].as_str().unwrap(), row["value"].as_str().unwrap(), row["hugo"].as_str().unwrap());
        let zone_name = row["zone"].as_str().unwrap();
        let tz = &zones[zone_name];
        let source = post(kind, field, value);
        let label = format!("{kind} {value:?} as {field} in {:?}", if zone_name.is_empty() { "UTC" } else { zone_name });

        // The date module: the instant.
        let fm = recap::internals::front_matter::parse(&source, &mut Vec::new());
        let tree = fm.tree.as_ref().unwrap_or_else(|| panic!("{label}: the front matter parses"));
        let Kind::Map(entries) = &tree.kind else { panic!("{label}: a mapping") };
        let node = &entries.iter().find(|e| e.key == field).unwrap_or_else(|| panic!("{label}: the field")).value;
        let reading = date::read(written_date(node, fm.format.unwrap()), tz);
        let agrees = match (&reading, hugo) {
            (Reading::Set(at, _), "set") => Some(at.to_string()) == row["instant"].as_str().map(str::to_owned),
            (Reading::Unset, "unset") | (Reading::Fails(_), "error") => true,
            _ => false,
        };
        if !agrees {
            failures.push(format!("{label}: Hugo says {hugo} {}, Recap {reading:?}", row["instant"]));
            continue;
        }

        // The diagnostics a post with it gets.
        let options = Options { time_zone: tz.clone(), now: Some(0), ..Options::default() };
        let rendered = recap::render(&source, &options);
        let on_field: Vec<_> = rendered.diagnostics.iter().filter(|d| d.path.as_deref() == Some(field)).collect();
        let ok = match hugo {
            "error" => {
                counts[0] += 1;
                on_field.iter().any(|d| d.severity == Severity::Error && d.code == "front-matter/invalid-date")
            }
            "unset" => {
                counts[1] += 1;
                on_field.iter().any(|d| d.severity == Severity::Warning && d.message.contains("Hugo leaves it unset"))
            }
            _ => {
                counts[2] += 1;
                let quirk = matches!(reading, Reading::Set(_, q) if q != date::Quirk::None);
                on_field.iter().all(|d| d.severity == Severity::Info || (quirk && d.severity == Severity::Warning))
            }
        };
        if !ok {
            let got: Vec<_> = on_field.iter().map(|d| format!("{} {}: {}", d.severity.as_str(), d.code, d.message)).collect();
            failures.push(format!("{label}: Hugo says {hugo}; the diagnostics are {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows disagree with Hugo:\n{}", failures.len(), rows.len(), failures.join("\n"));
    assert!(counts.iter().all(|c| *c > 50), "the table has errors, unset values and dates: {counts:?}");
}

#[test]
fn a_named_zone_without_its_rules_says_so() {
    let options = Options::from_config("timeZone: Asia/Kolkata\n", None).unwrap();
    assert_eq!(options.time_zone.name(), "Asia/Kolkata");
    assert!(options.time_zone.needs_rules(), "the core reads no files: the host gives the rules");
    assert!(!Options::from_config("timeZone: UTC\n", None).unwrap().time_zone.needs_rules());
}
