//! `inflect`: `humanize`, `pluralize` and `singularize` with the rules of
//! gobuffalo/flect, the inflection library Hugo uses.
//!
//! Data ported from gobuffalo/flect 0.3.0 (MIT License, Copyright (c) 2019
//! Mark Bates), from Debian's golang-github-gobuffalo-flect-dev: its acronyms,
//! irregular words and suffix rules, in flect's order. Hugo 0.168 builds with
//! flect 1.0.3, whose tables grew since; tests/data/hugo-functions-e/ records
//! where the two disagree.

use super::super::{Cx, Value};
use super::cast::{arity, string};

/// Words flect writes in capitals (its `baseAcronyms`, upper-cased).
const ACRONYMS: &[&str] = &[
    "ACK", "ACL", "ADSL", "AES", "ANSI", "API", "ARP", "ATM", "BGP", "BSS", "CCITT", "CHAP", "CIDR", "CIR", "CLI", "CMOS", "CPE", "CPU",
    "CRC", "CRT", "CSMA", "DCE", "DEC", "DES", "DHCP", "DMI", "DNS", "DRAM", "DSL", "DSLAM", "DTE", "EHA", "EIA", "EIGRP", "EOF", "ESS",
    "FCC", "FCS", "FDDI", "FTP", "GBIC", "GBPS", "GEPOF", "HDLC", "HTML", "HTTP", "HTTPS", "IANA", "ICMP", "ID", "IDF", "IDS", "IEEE",
    "IETF", "IMAP", "IP", "IPS", "ISDN", "ISP", "JSON", "JWT", "KBPS", "LACP", "LAN", "LAPB", "LAPF", "LLC", "MAC", "MBPS", "MC", "MDF",
    "MIB", "MOCA", "MPLS", "MTU", "NAC", "NAT", "NBMA", "NIC", "NRZ", "NRZI", "NVRAM", "OK", "OSI", "OSPF", "OUI", "PAP", "PAT", "PC",
    "PCM", "PDU", "PIM", "POP3", "POTS", "PPP", "PPTP", "PTT", "PVST", "RAM", "RARP", "RCP", "RFC", "RIP", "RLL", "ROM", "RSTP", "RTP",
    "SDLC", "SFD", "SFP", "SLARP", "SLIP", "SMTP", "SNA", "SNAP", "SNMP", "SOF", "SQL", "SRAM", "SSH", "SSID", "STP", "SYN", "TDM", "TFTP",
    "TIA", "TOFU", "UDP", "URI", "URL", "USB", "UTF8", "UTP", "UUID", "VC", "VLAN", "VLSM", "VPN", "W3C", "WAN", "WEP", "WIFI", "WPA",
    "WWW",
];

/// Irregular singular → plural pairs (flect's `singleToPlural`), sorted by singular.
const IRREGULAR: &[(&str, &str)] = &[
    ("aircraft", "aircraft"),
    ("alias", "aliases"),
    ("alumna", "alumnae"),
    ("alumnus", "alumni"),
    ("analysis", "analyses"),
    ("antenna", "antennas"),
    ("antithesis", "antitheses"),
    ("apex", "apexes"),
    ("appendix", "appendices"),
    ("axis", "axes"),
    ("bacillus", "bacilli"),
    ("bacterium", "bacteria"),
    ("basis", "bases"),
    ("beau", "beaus"),
    ("bison", "bison"),
    ("bureau", "bureaus"),
    ("bus", "buses"),
    ("campus", "campuses"),
    ("caucus", "caucuses"),
    ("child", "children"),
    ("château", "châteaux"),
    ("circus", "circuses"),
    ("codex", "codices"),
    ("concerto", "concertos"),
    ("corpus", "corpora"),
    ("crisis", "crises"),
    ("criterion", "criteria"),
    ("curriculum", "curriculums"),
    ("datum", "data"),
    ("deer", "deer"),
    ("diagnosis", "diagnoses"),
    ("die", "dice"),
    ("dwarf", "dwarves"),
    ("ellipsis", "ellipses"),
    ("equipment", "equipment"),
    ("erratum", "errata"),
    ("fez", "fezzes"),
    ("fish", "fish"),
    ("focus", "foci"),
    ("foo", "foos"),
    ("foot", "feet"),
    ("formula", "formulas"),
    ("fungus", "fungi"),
    ("genus", "genera"),
    ("goose", "geese"),
    ("graffito", "graffiti"),
    ("grouse", "grouse"),
    ("half", "halves"),
    ("halo", "halos"),
    ("hoof", "hooves"),
    ("human", "humans"),
    ("hypothesis", "hypotheses"),
    ("index", "indices"),
    ("information", "information"),
    ("jeans", "jeans"),
    ("larva", "larvae"),
    ("libretto", "librettos"),
    ("loaf", "loaves"),
    ("locus", "loci"),
    ("louse", "lice"),
    ("matrix", "matrices"),
    ("medium", "media"),
    ("minutia", "minutiae"),
    ("money", "money"),
    ("moose", "moose"),
    ("mouse", "mice"),
    ("nebula", "nebulae"),
    ("news", "news"),
    ("nucleus", "nuclei"),
    ("oasis", "oases"),
    ("octopus", "octopi"),
    ("offspring", "offspring"),
    ("opus", "opera"),
    ("ovum", "ova"),
    ("ox", "oxen"),
    ("parenthesis", "parentheses"),
    ("person", "people"),
    ("phenomenon", "phenomena"),
    ("photo", "photos"),
    ("phylum", "phyla"),
    ("piano", "pianos"),
    ("plus", "pluses"),
    ("police", "police"),
    ("prognosis", "prognoses"),
    ("prometheus", "prometheuses"),
    ("quiz", "quizzes"),
    ("quota", "quotas"),
    ("radius", "radiuses"),
    ("referendum", "referendums"),
    ("ress", "resses"),
    ("rice", "rice"),
    ("salmon", "salmon"),
    ("series", "series"),
    ("sex", "sexes"),
    ("sheep", "sheep"),
    ("shoe", "shoes"),
    ("shrimp", "shrimp"),
    ("species", "species"),
    ("stimulus", "stimuli"),
    ("stratum", "strata"),
    ("swine", "swine"),
    ("syllabus", "syllabi"),
    ("symposium", "symposiums"),
    ("synapse", "synapses"),
    ("synopsis", "synopses"),
    ("tableau", "tableaus"),
    ("testis", "testes"),
    ("thesis", "theses"),
    ("thief", "thieves"),
    ("tooth", "teeth"),
    ("trout", "trout"),
    ("tuna", "tuna"),
    ("vedalia", "vedalias"),
    ("vertebra", "vertebrae"),
    ("vertix", "vertices"),
    ("vita", "vitae"),
    ("vortex", "vortices"),
    ("wharf", "wharves"),
    ("wife", "wives"),
    ("wolf", "wolves"),
    ("woman", "women"),
    ("you", "you"),
];

/// Singular → plural suffixes, in the order flect tries them.
const SUFFIXES: &[(&str, &str)] = &[
    ("campus", "campuses"),
    ("person", "people"),
    ("phylum", "phyla"),
    ("randum", "randa"),
    ("actus", "acti"),
    ("adium", "adia"),
    ("basis", "basis"),
    ("child", "children"),
    ("chive", "chives"),
    ("focus", "foci"),
    ("genus", "genera"),
    ("hello", "hellos"),
    ("jeans", "jeans"),
    ("louse", "lice"),
    ("media", "media"),
    ("mouse", "mice"),
    ("movie", "movies"),
    ("oasis", "oasis"),
    ("atum", "ata"),
    ("atus", "atuses"),
    ("base", "bases"),
    ("cess", "cesses"),
    ("dium", "diums"),
    ("eses", "esis"),
    ("half", "halves"),
    ("hive", "hives"),
    ("iano", "ianos"),
    ("irus", "iri"),
    ("isis", "ises"),
    ("leus", "li"),
    ("mnus", "mni"),
    ("move", "moves"),
    ("news", "news"),
    ("odex", "odice"),
    ("oose", "eese"),
    ("ouse", "ouses"),
    ("ovum", "ova"),
    ("shoe", "shoes"),
    ("stis", "stes"),
    ("tive", "tives"),
    ("vice", "vices"),
    ("wife", "wives"),
    ("afe", "aves"),
    ("bfe", "bves"),
    ("box", "boxes"),
    ("cfe", "cves"),
    ("dfe", "dves"),
    ("dge", "dges"),
    ("efe", "eves"),
    ("gfe", "gves"),
    ("hfe", "hves"),
    ("ife", "ives"),
    ("itz", "itzes"),
    ("ium", "ia"),
    ("ize", "izes"),
    ("jfe", "jves"),
    ("kfe", "kves"),
    ("man", "men"),
    ("mfe", "mves"),
    ("nfe", "nves"),
    ("nna", "nnas"),
    ("oaf", "oaves"),
    ("oci", "ocus"),
    ("ode", "odes"),
    ("ofe", "oves"),
    ("pfe", "pves"),
    ("qfe", "qves"),
    ("quy", "quies"),
    ("rfe", "rves"),
    ("sfe", "sves"),
    ("tfe", "tves"),
    ("tum", "ta"),
    ("tus", "tuses"),
    ("ufe", "uves"),
    ("ula", "ulae"),
    ("ula", "ulas"),
    ("uli", "ulus"),
    ("use", "uses"),
    ("uss", "usses"),
    ("vfe", "vves"),
    ("wfe", "wves"),
    ("xfe", "xves"),
    ("yfe", "yves"),
    ("you", "you"),
    ("zfe", "zves"),
    ("by", "bies"),
    ("ch", "ches"),
    ("cy", "cies"),
    ("dy", "dies"),
    ("ex", "ices"),
    ("fy", "fies"),
    ("gy", "gies"),
    ("hy", "hies"),
    ("io", "ios"),
    ("jy", "jies"),
    ("ky", "kies"),
    ("lf", "lves"),
    ("ly", "lies"),
    ("my", "mies"),
    ("ny", "nies"),
    ("py", "pies"),
    ("qy", "qies"),
    ("rf", "rves"),
    ("ry", "ries"),
    ("sh", "shes"),
    ("ss", "sses"),
    ("sy", "sies"),
    ("ty", "ties"),
    ("tz", "tzes"),
    ("va", "vae"),
    ("vy", "vies"),
    ("wy", "wies"),
    ("xy", "xies"),
    ("zy", "zies"),
    ("zz", "zzes"),
    ("o", "oes"),
    ("x", "xes"),
];

/// flect's word separators.
const SPACES: [char; 5] = ['_', ' ', ':', '-', '/'];

fn is_acronym(s: &str) -> bool {
    ACRONYMS.binary_search(&s.to_uppercase().as_str()).is_ok()
}

fn is_space(c: char) -> bool {
    SPACES.contains(&c) || super::strings::is_space(c)
}

/// flect's `xappend`: a part trimmed of spaces and separators, acronyms upper-cased.
fn push_part(parts: &mut Vec<String>, s: &str) {
    let mut s = s.trim_matches(super::strings::is_space);
    for x in SPACES {
        s = s.trim_matches(x);
    }
    if s.is_empty() {
        return;
    }
    parts.push(if is_acronym(s) { s.to_uppercase() } else { s.to_owned() });
}

/// flect's `toParts`: words split at separators and lower-to-upper case changes.
fn parts(s: &str) -> Vec<String> {
    let s = s.trim_matches(super::strings::is_space);
    let mut parts = Vec::new();
    if s.is_empty() {
        return parts;
    }
    if is_acronym(s) {
        return vec![s.to_uppercase()];
    }
    let mut prev = '\0';
    let mut x = String::new();
    for c in s.chars() {
        if is_space(c) {
            push_part(&mut parts, &x);
            x.clear();
            x.push(c);
            prev = c;
            continue;
        }
        if c.is_uppercase() && (!prev.is_uppercase() || is_acronym(&x)) {
            push_part(&mut parts, &x);
            x.clear();
            x.push(c);
            prev = c;
            continue;
        }
        if crate::go_unicode::is_letter(c) || crate::go_unicode::is_digit(c) || crate::go_unicode::is_punct(c) || c == '`' {
            prev = c;
            x.push(c);
            continue;
        }
        push_part(&mut parts, &x);
        x.clear();
        prev = c;
    }
    push_part(&mut parts, &x);
    parts
}

/// flect's `Capitalize`: the first rune in title case.
fn capitalize(s: &str) -> String {
    super::strings::first_upper_str(s)
}

/// `strings.TrimSuffix(original, suffix) + new`.
fn replace_suffix(original: &str, suffix: &str, new: &str) -> String {
    format!("{}{new}", original.strip_suffix(suffix).unwrap_or(original))
}

fn irregular_plural(lower: &str) -> Option<&'static str> {
    IRREGULAR.binary_search_by(|(s, _)| (*s).cmp(lower)).ok().map(|i| IRREGULAR[i].1)
}

fn irregular_singular(lower: &str) -> Option<&'static str> {
    IRREGULAR.iter().rev().find(|(_, p)| *p == lower).map(|(s, _)| *s)
}

/// flect's `Pluralize`.
pub fn pluralize_str(s: &str) -> String {
    let ps = parts(s);
    let Some(last) = ps.last() else { return String::new() };
    let lower = last.to_lowercase();
    if irregular_singular(&lower).is_some() {
        return s.to_owned();
    }
    if let Some(p) = irregular_plural(&lower) {
        let p = if *last == capitalize(last) { capitalize(p) } else { p.to_owned() };
        return replace_suffix(s, last, &p);
    }
    for (singular, plural) in SUFFIXES {
        if lower.ends_with(plural) {
            return s.to_owned();
        }
        if lower.ends_with(singular) {
            let stem = &last[..last.len() - singular.len()];
            return replace_suffix(s, last, &format!("{stem}{plural}"));
        }
    }
    if lower.ends_with('s') {
        return s.to_owned();
    }
    format!("{s}s")
}

/// flect's `Singularize`.
pub fn singularize_str(s: &str) -> String {
    let ps = parts(s);
    let Some(last) = ps.last() else { return s.to_owned() };
    let lower = last.to_lowercase();
    if let Some(single) = irregular_singular(&lower) {
        let single = if *last == capitalize(last) { capitalize(single) } else { single.to_owned() };
        return replace_suffix(s, last, &single);
    }
    if irregular_plural(&lower).is_some() {
        return s.to_owned();
    }
    for (singular, plural) in SUFFIXES {
        if lower.ends_with(singular) {
            return s.to_owned();
        }
        if lower.ends_with(plural) {
            let stem = &last[..last.len() - plural.len()];
            return replace_suffix(s, last, &format!("{stem}{singular}"));
        }
    }
    if last.ends_with('s') {
        return replace_suffix(s, "s", "");
    }
    s.to_owned()
}

/// Go's deprecated `strings.Title`: each letter after a non-letter upper-cased.
fn go_title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = ' ';
    for c in s.chars() {
        let sep =
            !(crate::go_unicode::is_letter(prev) || crate::go_unicode::is_digit(prev) || prev == '_' || crate::go_unicode::is_mark(prev));
        if sep {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev = c;
    }
    out
}

/// flect's `Humanize`: the words, the first title-cased, joined by spaces.
fn humanize_flect(s: &str) -> String {
    if s.is_empty() {
        return String::new();
    }
    let ps = parts(s);
    let mut out = Vec::new();
    for (i, p) in ps.iter().enumerate() {
        let p = if i == 0 { go_title(p) } else { p.clone() };
        push_part(&mut out, &p);
    }
    out.join(" ")
}

/// flect's `Ordinalize` of a decimal integer.
fn ordinalize(n: i64) -> String {
    let a = n.unsigned_abs();
    let suffix = match (a % 100, a % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `humanize` / `inflect.Humanize`: an ordinal for an integer, else words
/// with the first capitalised.
pub fn humanize(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("humanize", args, 1, 1)?;
    let word = string(&args[0])?;
    if word.is_empty() {
        return Ok(Value::from(""));
    }
    if let Value::Int(n) = args[0] {
        return Ok(Value::from(ordinalize(n)));
    }
    if let Ok(n) = word.parse::<i64>() {
        if !word.starts_with('+') || word.len() > 1 {
            return Ok(Value::from(ordinalize(n)));
        }
    }
    let once = humanize_flect(&word);
    Ok(Value::from(humanize_flect(&once.to_lowercase())))
}

/// `pluralize` / `inflect.Pluralize`
pub fn pluralize(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("pluralize", args, 1, 1)?;
    Ok(Value::from(pluralize_str(&string(&args[0])?)))
}

/// `singularize` / `inflect.Singularize`
pub fn singularize(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("singularize", args, 1, 1)?;
    Ok(Value::from(singularize_str(&string(&args[0])?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_sorted_for_binary_search() {
        assert!(ACRONYMS.windows(2).all(|w| w[0] < w[1]), "ACRONYMS must be sorted");
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0), "IRREGULAR must be sorted");
    }

    #[test]
    fn inflections_follow_flect() {
        assert_eq!(pluralize_str("cat"), "cats");
        assert_eq!(pluralize_str("child"), "children");
        assert_eq!(pluralize_str("box"), "boxes");
        assert_eq!(singularize_str("cats"), "cat");
        assert_eq!(singularize_str("people"), "person");
        assert_eq!(humanize_flect(&humanize_flect("my-first-post").to_lowercase()), "My first post");
        assert_eq!(humanize_flect(&humanize_flect("myCamelCase").to_lowercase()), "My camel case");
        assert_eq!(ordinalize(52), "52nd");
        assert_eq!(ordinalize(113), "113th");
    }
}
