//! `inflect`: `humanize`, `pluralize` and `singularize` with the rules of
//! gobuffalo/flect, the inflection library Hugo uses.
//!
//! Data ported from gobuffalo/flect 1.0.2 (MIT License, Copyright (c) 2019
//! Mark Bates), taken from Debian's golang-github-gobuffalo-flect-dev: its
//! acronyms, its dictionary of irregular words (with their flags) and its
//! suffix rules, which are built into rule lists in flect's order.
//! Hugo 0.168 builds with flect 1.0.3.

use super::super::{Cx, Value};
use super::cast::{arity, string};
use std::collections::HashMap;
use std::sync::OnceLock;

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

/// One word of flect's dictionary.
struct Word {
    singular: &'static str,
    plural: &'static str,
    alternative: &'static str,
    /// The plural does not lead back to this singular.
    unidirectional: bool,
    uncountable: bool,
    /// Only the whole word, never as the end of a compound.
    exact: bool,
}

/// flect's `dictionary`, in its order.
const DICTIONARY: &[Word] = &[
    Word { singular: "aircraft", plural: "aircraft", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "beef", plural: "beef", alternative: "beefs", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "bison", plural: "bison", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "blues", plural: "blues", alternative: "", unidirectional: true, uncountable: false, exact: false },
    Word { singular: "chassis", plural: "chassis", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "deer", plural: "deer", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "fish", plural: "fish", alternative: "fishes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "moose", plural: "moose", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "police", plural: "police", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "salmon", plural: "salmon", alternative: "salmons", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "series", plural: "series", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "sheep", plural: "sheep", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "shrimp", plural: "shrimp", alternative: "shrimps", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "species", plural: "species", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "swine", plural: "swine", alternative: "swines", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "trout", plural: "trout", alternative: "trouts", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "tuna", plural: "tuna", alternative: "tunas", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "you", plural: "you", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "child", plural: "children", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "ox", plural: "oxen", alternative: "", unidirectional: false, uncountable: false, exact: true },
    Word { singular: "foot", plural: "feet", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "goose", plural: "geese", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "man", plural: "men", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "human", plural: "humans", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "louse", plural: "lice", alternative: "", unidirectional: false, uncountable: false, exact: true },
    Word { singular: "mouse", plural: "mice", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "tooth", plural: "teeth", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "woman", plural: "women", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "die", plural: "dice", alternative: "", unidirectional: false, uncountable: false, exact: true },
    Word { singular: "person", plural: "people", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "adieu", plural: "adieux", alternative: "adieus", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "fabliau", plural: "fabliaux", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "bureau", plural: "bureaus", alternative: "bureaux", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "criterion", plural: "criteria", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "ganglion", plural: "ganglia", alternative: "ganglions", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "lexicon", plural: "lexica", alternative: "lexicons", unidirectional: false, uncountable: false, exact: false },
    Word {
        singular: "mitochondrion",
        plural: "mitochondria",
        alternative: "mitochondrions",
        unidirectional: false,
        uncountable: false,
        exact: false,
    },
    Word { singular: "noumenon", plural: "noumena", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "phenomenon", plural: "phenomena", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "taxon", plural: "taxa", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "media", plural: "media", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "medium", plural: "media", alternative: "mediums", unidirectional: true, uncountable: false, exact: false },
    Word { singular: "stadium", plural: "stadiums", alternative: "stadia", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "aquarium", plural: "aquaria", alternative: "aquariums", unidirectional: false, uncountable: false, exact: false },
    Word {
        singular: "auditorium",
        plural: "auditoria",
        alternative: "auditoriums",
        unidirectional: false,
        uncountable: false,
        exact: false,
    },
    Word { singular: "symposium", plural: "symposia", alternative: "symposiums", unidirectional: false, uncountable: false, exact: false },
    Word {
        singular: "curriculum",
        plural: "curriculums",
        alternative: "curricula",
        unidirectional: false,
        uncountable: false,
        exact: false,
    },
    Word { singular: "quota", plural: "quotas", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "alumnus", plural: "alumni", alternative: "alumnuses", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "bacillus", plural: "bacilli", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "cactus", plural: "cacti", alternative: "cactuses", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "coccus", plural: "cocci", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "focus", plural: "foci", alternative: "focuses", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "locus", plural: "loci", alternative: "locuses", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "nucleus", plural: "nuclei", alternative: "nucleuses", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "octopus", plural: "octupuses", alternative: "octopi", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "radius", plural: "radii", alternative: "radiuses", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "syllabus", plural: "syllabi", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "corpus", plural: "corpora", alternative: "corpuses", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "genus", plural: "genera", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "alumna", plural: "alumnae", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "vertebra", plural: "vertebrae", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "differentia", plural: "differentiae", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "minutia", plural: "minutiae", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "vita", plural: "vitae", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "larva", plural: "larvae", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "postcava", plural: "postcavae", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "praecava", plural: "praecavae", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "uva", plural: "uvae", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "apex", plural: "apices", alternative: "apexes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "codex", plural: "codices", alternative: "codexes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "index", plural: "indices", alternative: "indexes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "latex", plural: "latices", alternative: "latexes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "vertex", plural: "vertices", alternative: "vertexes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "vortex", plural: "vortices", alternative: "vortexes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "appendix", plural: "appendices", alternative: "appendixes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "radix", plural: "radices", alternative: "radixes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "helix", plural: "helices", alternative: "helixes", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "axis", plural: "axes", alternative: "", unidirectional: false, uncountable: false, exact: true },
    Word { singular: "crisis", plural: "crises", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "ellipsis", plural: "ellipses", alternative: "", unidirectional: true, uncountable: false, exact: false },
    Word { singular: "genesis", plural: "geneses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "oasis", plural: "oases", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "thesis", plural: "theses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "testis", plural: "testes", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "base", plural: "bases", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "basis", plural: "bases", alternative: "", unidirectional: true, uncountable: false, exact: false },
    Word { singular: "alias", plural: "aliases", alternative: "", unidirectional: false, uncountable: false, exact: true },
    Word { singular: "vedalia", plural: "vedalias", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "use", plural: "uses", alternative: "", unidirectional: false, uncountable: false, exact: true },
    Word { singular: "abuse", plural: "abuses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "cause", plural: "causes", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "clause", plural: "clauses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "cruse", plural: "cruses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "excuse", plural: "excuses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "fuse", plural: "fuses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "house", plural: "houses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "misuse", plural: "misuses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "muse", plural: "muses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "pause", plural: "pauses", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "ache", plural: "aches", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "topaz", plural: "topazes", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "buffalo", plural: "buffaloes", alternative: "buffalos", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "potato", plural: "potatoes", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "tomato", plural: "tomatoes", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "equipment", plural: "", alternative: "", unidirectional: false, uncountable: true, exact: false },
    Word { singular: "information", plural: "", alternative: "", unidirectional: false, uncountable: true, exact: false },
    Word { singular: "jeans", plural: "", alternative: "", unidirectional: false, uncountable: true, exact: false },
    Word { singular: "money", plural: "", alternative: "", unidirectional: false, uncountable: true, exact: false },
    Word { singular: "news", plural: "", alternative: "", unidirectional: false, uncountable: true, exact: false },
    Word { singular: "rice", plural: "", alternative: "", unidirectional: false, uncountable: true, exact: false },
    Word { singular: "dwarf", plural: "dwarfs", alternative: "dwarves", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "hoof", plural: "hoofs", alternative: "hooves", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "thief", plural: "thieves", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "chive", plural: "chives", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "hive", plural: "hives", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "move", plural: "moves", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "movie", plural: "movies", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "cookie", plural: "cookies", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "pretorium", plural: "pretoriums", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "agenda", plural: "agendas", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "formula", plural: "formulas", alternative: "formulae", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "shoe", plural: "shoes", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "toe", plural: "toes", alternative: "", unidirectional: false, uncountable: false, exact: true },
    Word { singular: "graffiti", plural: "graffiti", alternative: "", unidirectional: false, uncountable: false, exact: false },
    Word { singular: "ID", plural: "IDs", alternative: "", unidirectional: false, uncountable: false, exact: true },
];

/// Singular → plural suffixes (flect's `singularToPluralSuffixList`), in its order.
const SUFFIXES: &[(&str, &str)] = &[
    ("tive", "tives"),
    ("eaf", "eaves"),
    ("oaf", "oaves"),
    ("afe", "aves"),
    ("arf", "arves"),
    ("rfe", "rves"),
    ("rf", "rves"),
    ("lf", "lves"),
    ("fe", "ves"),
    ("ay", "ays"),
    ("ey", "eys"),
    ("oy", "oys"),
    ("quy", "quies"),
    ("uy", "uys"),
    ("y", "ies"),
    ("eau", "eaux"),
    ("bula", "bulae"),
    ("dula", "bulae"),
    ("lula", "bulae"),
    ("nula", "bulae"),
    ("vula", "bulae"),
    ("hedron", "hedra"),
    ("ium", "ia"),
    ("seum", "seums"),
    ("eum", "ea"),
    ("oum", "oa"),
    ("stracum", "straca"),
    ("dum", "da"),
    ("elum", "ela"),
    ("ilum", "ila"),
    ("olum", "ola"),
    ("ulum", "ula"),
    ("llum", "lla"),
    ("ylum", "yla"),
    ("imum", "ima"),
    ("ernum", "erna"),
    ("gnum", "gna"),
    ("brum", "bra"),
    ("crum", "cra"),
    ("terum", "tera"),
    ("serum", "sera"),
    ("trum", "tra"),
    ("antum", "anta"),
    ("atum", "ata"),
    ("entum", "enta"),
    ("etum", "eta"),
    ("itum", "ita"),
    ("otum", "ota"),
    ("utum", "uta"),
    ("ctum", "cta"),
    ("ovum", "ova"),
    ("trix", "trices"),
    ("iasis", "iases"),
    ("mesis", "meses"),
    ("kinesis", "kineses"),
    ("resis", "reses"),
    ("gnosis", "gnoses"),
    ("opsis", "opses"),
    ("ysis", "yses"),
    ("ouse", "ouses"),
    ("lause", "lauses"),
    ("us", "uses"),
    ("ch", "ches"),
    ("io", "ios"),
    ("sh", "shes"),
    ("ss", "sses"),
    ("ez", "ezzes"),
    ("iz", "izzes"),
    ("tz", "tzes"),
    ("zz", "zzes"),
    ("ano", "anos"),
    ("lo", "los"),
    ("to", "tos"),
    ("oo", "oos"),
    ("o", "oes"),
    ("x", "xes"),
    ("S", "Ses"),
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

/// A rule: words ending in `suffix` end instead in `replacement` (`None`: stay as they are).
type Rule = (&'static str, Option<&'static str>);

/// flect's maps and rule lists, built as its `init` functions build them.
struct Tables {
    single_to_plural: HashMap<&'static str, &'static str>,
    plural_to_single: HashMap<&'static str, &'static str>,
    plural_rules: Vec<Rule>,
    singular_rules: Vec<Rule>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let plural_of = |w: &Word| if w.uncountable && w.plural.is_empty() { w.singular } else { w.plural };
        let (mut single_to_plural, mut plural_to_single) = (HashMap::new(), HashMap::new());
        for w in DICTIONARY {
            single_to_plural.insert(w.singular, plural_of(w));
            if !w.unidirectional {
                plural_to_single.insert(plural_of(w), w.singular);
                if !w.alternative.is_empty() {
                    plural_to_single.insert(w.alternative, w.singular);
                }
            }
        }
        // flect inserts each rule at the front of its list: the rule, then a
        // rule keeping words that already end in the replacement. Pushing in
        // insertion order and reversing gives the same lists.
        let (mut plural, mut singular): (Vec<Rule>, Vec<Rule>) = (Vec::new(), Vec::new());
        let insert = |list: &mut Vec<Rule>, suffix: &'static str, replacement: &'static str| {
            list.push((suffix, Some(replacement)));
            list.push((replacement, None));
        };
        for (s, p) in SUFFIXES.iter().rev() {
            insert(&mut plural, s, p);
            insert(&mut singular, p, s);
        }
        for w in DICTIONARY.iter().filter(|w| !w.exact) {
            insert(&mut plural, w.singular, plural_of(w));
            if !w.unidirectional {
                insert(&mut singular, plural_of(w), w.singular);
                if !w.alternative.is_empty() {
                    insert(&mut singular, w.alternative, w.singular);
                }
            }
        }
        plural.reverse();
        singular.reverse();
        Tables { single_to_plural, plural_to_single, plural_rules: plural, singular_rules: singular }
    })
}

/// The first rule whose suffix ends `s` (case-sensitively, as flect compares), applied.
fn apply_rules(rules: &[Rule], s: &str) -> Option<String> {
    rules.iter().find(|(suffix, _)| s.ends_with(suffix)).map(|(suffix, replacement)| match replacement {
        Some(r) => format!("{}{r}", &s[..s.len() - suffix.len()]),
        None => s.to_owned(),
    })
}

/// flect's `Pluralize`.
pub fn pluralize_str(original: &str) -> String {
    let t = tables();
    let ps = parts(original);
    let Some(s) = ps.last() else { return String::new() };
    if let Some(p) = t.single_to_plural.get(original) {
        return (*p).to_owned();
    }
    if t.plural_to_single.contains_key(original) {
        return original.to_owned();
    }
    let lower = s.to_lowercase();
    if t.plural_to_single.contains_key(lower.as_str()) {
        return original.to_owned();
    }
    if let Some(p) = t.single_to_plural.get(lower.as_str()) {
        let p = if *s == capitalize(s) { capitalize(p) } else { (*p).to_owned() };
        return replace_suffix(original, s, &p);
    }
    if let Some(p) = apply_rules(&t.plural_rules, s) {
        return replace_suffix(original, s, &p);
    }
    if lower.ends_with('s') {
        return original.to_owned();
    }
    format!("{original}s")
}

/// flect's `Singularize`.
pub fn singularize_str(original: &str) -> String {
    let t = tables();
    let ps = parts(original);
    let Some(s) = ps.last() else { return original.to_owned() };
    if let Some(p) = t.plural_to_single.get(original) {
        return (*p).to_owned();
    }
    if t.single_to_plural.contains_key(original) {
        return original.to_owned();
    }
    let lower = s.to_lowercase();
    if let Some(p) = t.plural_to_single.get(lower.as_str()) {
        let p = if *s == capitalize(s) { capitalize(p) } else { (*p).to_owned() };
        return replace_suffix(original, s, &p);
    }
    if t.single_to_plural.contains_key(lower.as_str()) {
        return original.to_owned();
    }
    if let Some(p) = apply_rules(&t.singular_rules, s) {
        return replace_suffix(original, s, &p);
    }
    if s.ends_with('s') {
        return replace_suffix(original, "s", "");
    }
    original.to_owned()
}

/// flect's `Titleize`: each word with its first rune in title case, joined by spaces.
fn titleize(s: &str) -> String {
    parts(s).iter().map(|p| capitalize(p)).collect::<Vec<_>>().join(" ")
}

/// flect's `Humanize`: the first word title-cased, the words joined by spaces.
fn humanize_flect(s: &str) -> String {
    if s.is_empty() {
        return String::new();
    }
    let ps = parts(s);
    let mut out = Vec::new();
    if let Some(first) = ps.first() {
        push_part(&mut out, &titleize(first));
    }
    for p in ps.iter().skip(1) {
        push_part(&mut out, p);
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
    fn the_acronyms_are_sorted_for_binary_search() {
        assert!(ACRONYMS.windows(2).all(|w| w[0] < w[1]), "ACRONYMS must be sorted");
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
