//! Recap's YAML parser (src/front_matter/yaml/events.rs) against yaml-rust2,
//! the crate it replaced (now a dev-dependency only): on every front matter of
//! the shared corpus and the posts here, every YAML file of the shared sites,
//! the yaml-test-suite's inputs, and a few thousand documents mutated from
//! them with a seeded generator. The two must give the same events (value,
//! style, anchor, tag) at the same bytes and the same located values (what
//! Recap reads), or both refuse the text; the differences that remain are
//! the deliberate ones `deliberate` names, counted and printed.

mod common;

use common::Random;
use recap::internals::front_matter::yaml_build;
use recap::internals::front_matter::yaml_events::{parse, Ev, Event, Props, Style, Tag};
use std::fs;
use std::path::{Path, PathBuf};
use yaml_rust2::parser::{Event as YEvent, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// yaml-rust2's events as ours: its character marks made bytes.
fn theirs(text: &str) -> Result<Vec<Event>, usize> {
    struct Sink(Vec<(YEvent, Marker)>);
    impl MarkedEventReceiver for Sink {
        fn on_event(&mut self, ev: YEvent, mark: Marker) {
            self.0.push((ev, mark));
        }
    }
    let chars: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
    let byte = |m: &Marker| chars.get(m.index()).copied().unwrap_or(text.len());
    let flow = |m: &Marker| matches!(text.as_bytes().get(byte(m)), Some(b'[' | b'{'));
    let mut sink = Sink(Vec::new());
    if let Err(e) = Parser::new_from_str(text).load(&mut sink, true) {
        return Err(byte(e.marker()));
    }
    let tag = |t: Option<yaml_rust2::parser::Tag>| t.map(|t| Box::new(Tag { handle: t.handle, suffix: t.suffix }));
    Ok(sink
        .0
        .into_iter()
        .filter_map(|(ev, m)| {
            let ev = match ev {
                YEvent::Nothing => return None,
                YEvent::StreamStart => Ev::StreamStart,
                YEvent::StreamEnd => Ev::StreamEnd,
                YEvent::DocumentStart => Ev::DocStart(false),
                YEvent::DocumentEnd => Ev::DocEnd(false),
                YEvent::Alias(id) => Ev::Alias(id),
                YEvent::Scalar(v, style, anchor, t) => {
                    let style = match style {
                        TScalarStyle::Plain => Style::Plain,
                        TScalarStyle::SingleQuoted => Style::Single,
                        TScalarStyle::DoubleQuoted => Style::Double,
                        TScalarStyle::Literal => Style::Literal,
                        TScalarStyle::Folded => Style::Folded,
                    };
                    Ev::Scalar(v, style, Props { anchor, tag: tag(t) })
                }
                // yaml-rust2 does not say which collections are flow ones: its mark is on their `[` or `{`.
                YEvent::SequenceStart(anchor, t) => Ev::SeqStart(Props { anchor, tag: tag(t) }, flow(&m)),
                YEvent::SequenceEnd => Ev::SeqEnd,
                YEvent::MappingStart(anchor, t) => Ev::MapStart(Props { anchor, tag: tag(t) }, flow(&m)),
                YEvent::MappingEnd => Ev::MapEnd,
            };
            Some(Event { ev, at: byte(&m) })
        })
        .collect())
}

/// Ours, without what yaml-rust2 does not say (explicit documents, flow
/// style), and which of them are block mappings.
fn ours(text: &str) -> Result<(Vec<Event>, Vec<bool>), usize> {
    let parsed = parse(text).map_err(|e| e.at)?;
    let block_maps = parsed
        .events
        .iter()
        .map(|e| {
            matches!(e.ev, Ev::MapStart(_, false)) || matches!(e.ev, Ev::MapStart(_, true)) && text.as_bytes().get(e.at) != Some(&b'{')
        })
        .collect();
    let events = parsed
        .events
        .into_iter()
        .map(|mut e| {
            e.ev = match e.ev {
                Ev::DocStart(_) => Ev::DocStart(false),
                Ev::DocEnd(_) => Ev::DocEnd(false),
                ev => ev,
            };
            e
        })
        .collect();
    Ok((events, block_maps))
}

/// The events whose marks both place at content: not the ends of collections
/// or documents, nor the start of a mapping without braces (DELIBERATE: a
/// block mapping's or a single pair's in a flow sequence; ours is at its
/// first key, yaml-rust2's at or after that key's `:`; the builder starts the
/// mapping at its first key either way).
fn at_content(e: &Event, block_map: bool) -> bool {
    matches!(e.ev, Ev::Scalar(..) | Ev::Alias(_) | Ev::SeqStart(..) | Ev::MapStart(..)) && !block_map
}

#[derive(Debug, PartialEq, Eq, Clone, Copy, PartialOrd, Ord)]
enum Outcome {
    Same,
    /// Both refuse it, at different places.
    ErrorElsewhere,
    /// Only one refuses it.
    OnlyOursRefuses,
    OnlyTheirsRefuses,
    /// Both accept it: different events.
    Events,
    /// Same events, a mark elsewhere.
    Marks,
    /// Same events and marks, different located values.
    Values,
}

fn compare(text: &str) -> Outcome {
    let (a, b) = (ours(text), theirs(text));
    match (a, b) {
        (Err(x), Err(y)) => {
            if x == y {
                Outcome::Same
            } else {
                Outcome::ErrorElsewhere
            }
        }
        (Err(_), Ok(_)) => Outcome::OnlyOursRefuses,
        (Ok(_), Err(_)) => Outcome::OnlyTheirsRefuses,
        (Ok((a, block_maps)), Ok(b)) => {
            let kinds = |v: &[Event]| {
                v.iter()
                    .map(|e| match &e.ev {
                        Ev::SeqStart(p, _) => Ev::SeqStart(p.clone(), false),
                        Ev::MapStart(p, _) => Ev::MapStart(p.clone(), false),
                        ev => ev.clone(),
                    })
                    .collect::<Vec<_>>()
            };
            if kinds(&a) != kinds(&b) {
                return Outcome::Events;
            }
            let marks = |v: &[Event]| v.iter().zip(&block_maps).filter(|(e, m)| at_content(e, **m)).map(|(e, _)| e.at).collect::<Vec<_>>();
            if marks(&a) != marks(&b) {
                return Outcome::Marks;
            }
            let va = format!("{:?}", yaml_build(text, 0, a));
            let vb = format!("{:?}", yaml_build(text, 0, b));
            if va != vb {
                return Outcome::Values;
            }
            Outcome::Same
        }
    }
}

fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, exts, out);
        } else if p.extension().and_then(|x| x.to_str()).is_some_and(|x| exts.contains(&x)) {
            out.push(p);
        }
    }
}

/// The YAML front matter of a post, without its fences.
fn front_matter(post: &str) -> Option<&str> {
    let rest = post.strip_prefix("---\n").or_else(|| post.strip_prefix("---\r\n"))?;
    let end = rest.find("\n---")?;
    Some(&rest[..=end])
}

/// Every real document: front matters, YAML files, the suite's inputs.
fn documents() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("../shared/corpus"), &["md"], &mut paths);
    files(&root.join("www/posts"), &["md"], &mut paths);
    let mut docs: Vec<String> =
        paths.iter().filter_map(|p| fs::read_to_string(p).ok()).filter_map(|t| front_matter(&t).map(str::to_owned)).collect();
    let front_matters = docs.len();
    assert!(front_matters >= 80, "the shared corpus is missing ({front_matters} front matters)");
    let mut yaml = Vec::new();
    files(&root.join("../shared/corpus"), &["yaml", "yml"], &mut yaml);
    files(&root.join("tests/data/yaml-test-suite"), &["yaml"], &mut yaml);
    docs.extend(yaml.iter().filter_map(|p| fs::read_to_string(p).ok()));
    docs
}

const PIECES: &[&str] = &[
    ": ",
    "- ",
    "? ",
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "#",
    " #c",
    "\n",
    "  ",
    "\t",
    "&a ",
    "*a",
    "!!str ",
    "!x ",
    "|",
    "|-\n",
    ">+\n",
    "|2\n",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "\\",
    "\\x41",
    "\\u00e9",
    "é",
    "\r\n",
    "key: value\n",
    "- item\n",
    "  nested: 1\n",
    "{a: 1, b: [2, 3]}",
    "<<: *a\n",
    "~",
    "null",
    "0x1F",
    "1e3",
    ":",
    "-",
    "?",
];

fn mutate(rng: &mut Random, doc: &str) -> String {
    let mut s = doc.to_owned();
    for _ in 0..1 + rng.below(3) {
        let mut at = rng.below(s.len() + 1);
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        match rng.below(4) {
            0 => s.insert_str(at, PIECES[rng.below(PIECES.len())]),
            1 => {
                let mut end = (at + 1 + rng.below(8)).min(s.len());
                while !s.is_char_boundary(end) {
                    end += 1;
                }
                s.replace_range(at..end, "");
            }
            2 => {
                // A line indented differently.
                let line = s[..at].rfind('\n').map_or(0, |i| i + 1);
                if rng.below(2) == 0 {
                    s.insert_str(line, "  ");
                } else if s[line..].starts_with(' ') {
                    s.remove(line);
                }
            }
            _ => s.insert_str(at, PIECES[rng.below(PIECES.len())]),
        }
    }
    s
}

/// Why a difference is deliberate, or `None`.
///
/// Both refuse, at different places: ours points at the cause (the opening
/// quote of an unclosed string, the tab itself, the token that does not fit);
/// the texts are refused either way. Where only one refuses or the events
/// differ, ours follows YAML 1.2 where yaml-rust2 does not (each rule below);
/// where the marks or values differ, yaml-rust2's marks are wrong after
/// non-ASCII text in a block scalar, or its single-pair mappings in flow
/// sequences end past their value.
fn deliberate(text: &str, outcome: Outcome) -> Option<&'static str> {
    let message = parse(text).err().map(|e| e.message).unwrap_or_default();
    let has = |m: &str| message.contains(m);
    match outcome {
        Outcome::Same => Some("same"),
        Outcome::ErrorElsewhere => Some("both refuse it; ours at the cause"),
        Outcome::OnlyOursRefuses if has("not allowed in this context") => {
            Some("YAML 1.2: no block collection on the line of an implicit entry's `:` (yaml-rust2 takes one after an empty key)")
        }
        Outcome::OnlyOursRefuses if has("must be on one line") => Some("YAML 1.2: an implicit key in a flow sequence is on one line"),
        Outcome::OnlyTheirsRefuses if continues_left_of_its_block(text) => {
            Some("Hugo's YAML (goccy/go-yaml): a quoted or flow node's next lines may be at or left of its block's indentation (YAML 1.2 and yaml-rust2 refuse)")
        }
        Outcome::OnlyTheirsRefuses if text.trim_end().ends_with('?') => Some("YAML 1.2: a `?` key may end the text (yaml-rust2 refuses)"),
        Outcome::OnlyOursRefuses if has("tab") => Some("YAML 1.2: no tab in indentation (yaml-rust2 lets some through)"),
        Outcome::OnlyOursRefuses if has("did not find expected node content") || has("did not find expected key") => {
            Some("YAML 1.2: `|`, `>`, `%`, `@` and `` ` `` cannot start a plain scalar (yaml-rust2 takes some in flows)")
        }
        Outcome::OnlyOursRefuses if block_scalar_with_marker(text) => {
            Some("YAML 1.2: `---` or `...` at a line's start ends a block scalar (yaml-rust2 reads on); what follows fails")
        }
        Outcome::OnlyTheirsRefuses if text.lines().any(|l| l.starts_with('%') && !l.starts_with("%YAML ") && !l.starts_with("%TAG ")) => {
            Some("YAML 1.2: a reserved directive (`%NAME …`) is ignored (yaml-rust2 refuses names it does not know)")
        }
        Outcome::OnlyTheirsRefuses if text.contains('\t') || text.contains('|') || text.contains('>') => {
            Some("YAML 1.2: a tab after `?`/`:`/`-` before a scalar, or a block scalar's tab content, is allowed (yaml-rust2 refuses)")
        }
        Outcome::Events if block_scalar_with_marker(text) => Some("YAML 1.2: `---` or `...` at a line's start ends a block scalar"),
        Outcome::Events if text.contains('|') || text.contains('>') => {
            Some("YAML 1.2: a block scalar with no content line is empty unless kept (`|+`); yaml-rust2 gives a line break")
        }
        Outcome::Marks | Outcome::Values if !text.is_ascii() => Some("yaml-rust2 miscounts its marks after non-ASCII text in a block scalar"),
        Outcome::Marks | Outcome::Values if text.contains('[') => {
            Some("a single pair in a flow sequence starts at its key and ends with its value (yaml-rust2: after its `:`, at its scanner's lookahead)")
        }
        _ => None,
    }
}

/// Whether a line inside a quoted scalar or a flow collection begun on an
/// earlier line is indented no further than the line that began it (a rough
/// reading: quotes and brackets counted outside comments).
fn continues_left_of_its_block(text: &str) -> bool {
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let (mut depth, mut quote, mut opened_at) = (0usize, None, 0);
    for line in text.lines() {
        if (depth > 0 || quote.is_some()) && !line.trim().is_empty() && indent(line) <= opened_at {
            return true;
        }
        if depth == 0 && quote.is_none() {
            opened_at = indent(line);
        }
        for c in line.chars() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None => match c {
                    '"' | '\'' => quote = Some(c),
                    '[' | '{' => depth += 1,
                    ']' | '}' => depth = depth.saturating_sub(1),
                    '#' => break,
                    _ => {}
                },
            }
        }
    }
    false
}

/// A block scalar indicator before a line starting with `---` or `...`.
fn block_scalar_with_marker(text: &str) -> bool {
    let first = text.find(['|', '>']).unwrap_or(text.len());
    text[first..].lines().skip(1).any(|l| l.starts_with("---") || l.starts_with("..."))
}

fn report(name: &str, docs: &[String]) -> Vec<(Outcome, String)> {
    let mut diffs = Vec::new();
    let mut counts = std::collections::BTreeMap::new();
    let mut reasons = std::collections::BTreeMap::new();
    for d in docs {
        let o = compare(d);
        *counts.entry(o).or_insert(0) += 1;
        match deliberate(d, o) {
            Some("same") => {}
            Some(reason) => *reasons.entry(reason).or_insert(0) += 1,
            None => diffs.push((o, d.clone())),
        }
    }
    eprintln!("{name}: {} documents: {counts:?}", docs.len());
    for (reason, n) in reasons {
        eprintln!("  deliberate, {n}: {reason}");
    }
    diffs
}

fn show(diffs: &[(Outcome, String)]) {
    if std::env::var_os("YAML_DIFF_VERBOSE").is_none() {
        return;
    }
    for (o, d) in diffs {
        eprintln!(
            "=== {o:?}\n{d}\n--- ours: {:?}\n--- theirs: {:?}",
            ours(d).map(|v| v.0.into_iter().map(|e| (e.ev, e.at)).collect::<Vec<_>>()),
            theirs(d).map(|v| v.into_iter().map(|e| (e.ev, e.at)).collect::<Vec<_>>())
        );
    }
}

#[test]
fn real_documents_parse_as_yaml_rust2_parses_them() {
    let docs = documents();
    let front: Vec<String> = docs.iter().filter(|d| !d.is_empty()).cloned().collect();
    let diffs = report("real documents", &front);
    show(&diffs);
    assert!(diffs.is_empty(), "{} real documents parse differently, not deliberately (YAML_DIFF_VERBOSE=1 shows them)", diffs.len());
}

#[test]
fn mutated_documents_parse_as_yaml_rust2_parses_them() {
    let docs = documents();
    let mut rng = Random(0x9e37_79b9_7f4a_7c15);
    let mutated: Vec<String> = (0..4000)
        .map(|_| {
            let i = rng.below(docs.len());
            mutate(&mut rng, &docs[i])
        })
        .collect();
    let diffs = report("mutated documents", &mutated);
    show(&diffs);
    assert!(diffs.is_empty(), "{} mutated documents parse differently, not deliberately (YAML_DIFF_VERBOSE=1 shows them)", diffs.len());
}

/// Native speed on the corpus's front matters, before (yaml-rust2's events,
/// its character marks made bytes, the builder) and after (ours, the builder).
/// `cargo test --profile fast --test yaml_differential speed -- --ignored --nocapture`
#[test]
#[ignore = "a measurement: run it with --ignored"]
fn speed() {
    use std::time::Instant;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("../shared/corpus"), &["md"], &mut paths);
    files(&root.join("www/posts"), &["md"], &mut paths);
    let docs: Vec<String> =
        paths.iter().filter_map(|p| fs::read_to_string(p).ok()).filter_map(|t| front_matter(&t).map(str::to_owned)).collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let rounds = 200;
    let mut best = [f64::MAX; 2];
    for _ in 0..5 {
        let t = Instant::now();
        for _ in 0..rounds {
            for d in &docs {
                std::hint::black_box(theirs(d).map(|e| yaml_build(d, 0, e)).ok());
            }
        }
        best[0] = best[0].min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for _ in 0..rounds {
            for d in &docs {
                std::hint::black_box(parse(d).map(|p| yaml_build(d, 0, p.events)).ok());
            }
        }
        best[1] = best[1].min(t.elapsed().as_secs_f64());
    }
    let mb = (bytes * rounds) as f64 / 1e6;
    eprintln!(
        "{} front matters, {bytes} bytes: yaml-rust2 + builder {:.1} MB/s, ours + builder {:.1} MB/s ({:.2}x)",
        docs.len(),
        mb / best[0],
        mb / best[1],
        best[0] / best[1]
    );
}

/// `YAML_DIFF_DOC='…' cargo test --test yaml_differential one -- --ignored --nocapture`:
/// both parsers' events for one document.
#[test]
#[ignore = "a tool: prints the events of $YAML_DIFF_DOC"]
fn one() {
    let doc = std::env::var("YAML_DIFF_DOC").unwrap_or_default().replace("\\n", "\n").replace("\\t", "\t");
    eprintln!("{:?} {:?}", compare(&doc), parse(&doc).err());
    let show = |v: Result<Vec<Event>, usize>| match v {
        Ok(v) => v.into_iter().map(|e| format!("{:?}@{}", e.ev, e.at)).collect::<Vec<_>>().join("\n"),
        Err(at) => format!("error at {at}"),
    };
    eprintln!("--- ours:\n{}\n--- theirs:\n{}", show(ours(&doc).map(|v| v.0)), show(theirs(&doc)));
    if let (Ok((a, _)), Ok(b)) = (ours(&doc), theirs(&doc)) {
        eprintln!("--- values:\n{:?}\n{:?}", yaml_build(&doc, 0, a), yaml_build(&doc, 0, b));
    }
}
