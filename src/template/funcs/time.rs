//! `time`: Go's `time.Time` and `time.Duration` as template objects, Go's
//! reference-layout formatting and parsing (`2006-01-02 15:04:05`), Hugo's
//! `time.AsTime`, `time.Format` (`dateFormat`, with the `:date_long` family in
//! English), `now`, `time.ParseDuration` and `time.Duration`.
//!
//! Written here because the layout language is Go's own: no Rust crate reads
//! `Jan _2 15:04:05.000`. Time zones are UTC and fixed offsets; named zones
//! (`America/Denver`) need a zone database Recap does not ship, so
//! `time.In` and `time.AsTime … LOCATION` accept only `UTC` and `Local`
//! (which is UTC, as on a server without a configured `timeZone`).

use super::super::value::Object;
use super::super::{Cx, Value};
use super::cast::{arity, int, string};
use std::any::Any;
use std::sync::Arc;

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// A moment with the offset and zone name it is shown in (Go's `time.Time`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Time {
    /// Seconds since 1970-01-01T00:00:00Z.
    secs: i64,
    /// Nanoseconds within the second.
    nanos: u32,
    /// Seconds east of UTC.
    offset: i32,
    /// The zone's abbreviation (`UTC`, `JST`), or "" for a bare offset.
    zone: Arc<str>,
}

/// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count from 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in(y: i64, m: u32) -> u32 {
    match m {
        2 if leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The parts of a time as shown in its zone.
struct Civil {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    weekday: usize,
    yday: u32,
}

impl Time {
    /// A time: seconds and nanoseconds since 1970 (UTC), shown at `offset`
    /// seconds east of UTC in the zone named `zone` ("" for a bare offset,
    /// printed as `+0200`). For the site layer's front-matter dates.
    pub fn new(secs: i64, nanos: u32, offset: i32, zone: &str) -> Time {
        let zone = if offset == 0 && zone.is_empty() { "UTC" } else { zone };
        Time { secs, nanos: nanos.min(999_999_999), offset, zone: Arc::from(zone) }
    }

    /// A time in UTC.
    pub fn utc(secs: i64, nanos: u32) -> Time {
        Time { secs, nanos, offset: 0, zone: Arc::from("UTC") }
    }

    /// Go's zero time (January 1, year 1, UTC).
    pub fn zero() -> Time {
        Time::utc(days_from_civil(1, 1, 1) * 86_400, 0)
    }

    /// Seconds and nanoseconds since 1970 (the instant, whatever the zone).
    pub fn instant(&self) -> (i64, u32) {
        (self.secs, self.nanos)
    }

    /// Whether this is Go's zero time.
    pub fn is_zero(&self) -> bool {
        self.instant() == Time::zero().instant()
    }

    fn civil(&self) -> Civil {
        let local = self.secs.saturating_add(i64::from(self.offset));
        let days = local.div_euclid(86_400);
        let rem = local.rem_euclid(86_400) as u32;
        let (year, month, day) = civil_from_days(days);
        let yday = (days - days_from_civil(year, 1, 1)) as u32 + 1;
        Civil {
            year,
            month,
            day,
            hour: rem / 3600,
            minute: rem / 60 % 60,
            second: rem % 60,
            weekday: (days + 4).rem_euclid(7) as usize,
            yday,
        }
    }

    fn with_instant(&self, secs: i64, nanos: u32) -> Time {
        Time { secs, nanos, ..self.clone() }
    }

    fn add_nanos(&self, d: i64) -> Time {
        let total = i128::from(self.secs) * 1_000_000_000 + i128::from(self.nanos) + i128::from(d);
        self.with_instant(total.div_euclid(1_000_000_000) as i64, total.rem_euclid(1_000_000_000) as u32)
    }

    /// Go's `t.Format(layout)`.
    pub fn format(&self, layout: &str) -> String {
        let c = self.civil();
        let mut out = String::new();
        for chunk in chunks(layout) {
            match chunk {
                Chunk::Lit(s) => out.push_str(s),
                Chunk::Std(std) => self.format_std(&mut out, std, &c),
            }
        }
        out
    }

    fn format_std(&self, out: &mut String, std: Std, c: &Civil) {
        use Std::*;
        let two = |out: &mut String, n: u32| out.push_str(&format!("{n:02}"));
        match std {
            LongYear => {
                if c.year < 0 {
                    out.push_str(&format!("-{:04}", -c.year));
                } else {
                    out.push_str(&format!("{:04}", c.year));
                }
            }
            Year => two(out, c.year.rem_euclid(100) as u32),
            Month => out.push_str(&MONTHS[c.month as usize - 1][..3]),
            LongMonth => out.push_str(MONTHS[c.month as usize - 1]),
            NumMonth => out.push_str(&c.month.to_string()),
            ZeroMonth => two(out, c.month),
            WeekDay => out.push_str(&DAYS[c.weekday][..3]),
            LongWeekDay => out.push_str(DAYS[c.weekday]),
            Day => out.push_str(&c.day.to_string()),
            UnderDay => out.push_str(&format!("{:>2}", c.day)),
            ZeroDay => two(out, c.day),
            UnderYearDay => out.push_str(&format!("{:>3}", c.yday)),
            ZeroYearDay => out.push_str(&format!("{:03}", c.yday)),
            Hour => two(out, c.hour),
            Hour12 => out.push_str(&(if c.hour.is_multiple_of(12) { 12 } else { c.hour % 12 }).to_string()),
            ZeroHour12 => two(out, if c.hour.is_multiple_of(12) { 12 } else { c.hour % 12 }),
            Minute => out.push_str(&c.minute.to_string()),
            ZeroMinute => two(out, c.minute),
            Second => out.push_str(&c.second.to_string()),
            ZeroSecond => two(out, c.second),
            PmUpper => out.push_str(if c.hour >= 12 { "PM" } else { "AM" }),
            PmLower => out.push_str(if c.hour >= 12 { "pm" } else { "am" }),
            Tz => {
                if self.zone.is_empty() {
                    let m = self.offset / 60;
                    out.push(if m < 0 { '-' } else { '+' });
                    out.push_str(&format!("{:02}{:02}", m.abs() / 60, m.abs() % 60));
                } else {
                    out.push_str(&self.zone);
                }
            }
            Offset { iso, colon, seconds, short } => {
                if iso && self.offset == 0 {
                    out.push('Z');
                    return;
                }
                let o = self.offset;
                out.push(if o < 0 { '-' } else { '+' });
                let a = o.unsigned_abs();
                out.push_str(&format!("{:02}", a / 3600));
                if !short {
                    if colon {
                        out.push(':');
                    }
                    out.push_str(&format!("{:02}", a / 60 % 60));
                }
                if seconds {
                    if colon {
                        out.push(':');
                    }
                    out.push_str(&format!("{:02}", a % 60));
                }
            }
            Frac { sep, digits, trim } => {
                let s = format!("{:09}", self.nanos);
                let mut d = &s[..digits];
                if trim {
                    d = d.trim_end_matches('0');
                    if d.is_empty() {
                        return;
                    }
                }
                out.push(sep);
                out.push_str(d);
            }
        }
    }

    /// Go's `Time.String()`: `2006-01-02 15:04:05.999999999 -0700 MST`.
    pub fn go_string(&self) -> String {
        self.format("2006-01-02 15:04:05.999999999 -0700 MST")
    }
}

/// A chunk of a Go layout.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Std {
    LongYear,
    Year,
    Month,
    LongMonth,
    NumMonth,
    ZeroMonth,
    WeekDay,
    LongWeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    PmUpper,
    PmLower,
    Tz,
    Offset { iso: bool, colon: bool, seconds: bool, short: bool },
    Frac { sep: char, digits: usize, trim: bool },
}

enum Chunk<'a> {
    Lit(&'a str),
    Std(Std),
}

/// Splits a layout as Go's `nextStdChunk` does.
fn chunks(layout: &str) -> Vec<Chunk<'_>> {
    let b = layout.as_bytes();
    let mut out = Vec::new();
    let mut lit = 0;
    let mut i = 0;
    let lower_at = |j: usize| b.get(j).is_some_and(u8::is_ascii_lowercase);
    let starts = |j: usize, s: &str| layout[j..].starts_with(s);
    while i < b.len() {
        let found: Option<(Std, usize)> = match b[i] {
            b'J' if starts(i, "Jan") => {
                if starts(i, "January") {
                    Some((Std::LongMonth, 7))
                } else if !lower_at(i + 3) {
                    Some((Std::Month, 3))
                } else {
                    None
                }
            }
            b'M' if starts(i, "Mon") => {
                if starts(i, "Monday") {
                    Some((Std::LongWeekDay, 6))
                } else if !lower_at(i + 3) {
                    Some((Std::WeekDay, 3))
                } else {
                    None
                }
            }
            b'M' if starts(i, "MST") => Some((Std::Tz, 3)),
            b'0' if b.get(i + 1).is_some_and(|c| (b'1'..=b'6').contains(c)) => Some((
                [Std::ZeroMonth, Std::ZeroDay, Std::ZeroHour12, Std::ZeroMinute, Std::ZeroSecond, Std::Year][usize::from(b[i + 1] - b'1')],
                2,
            )),
            b'0' if starts(i, "002") => Some((Std::ZeroYearDay, 3)),
            b'1' if b.get(i + 1) == Some(&b'5') => Some((Std::Hour, 2)),
            b'1' => Some((Std::NumMonth, 1)),
            b'2' if starts(i, "2006") => Some((Std::LongYear, 4)),
            b'2' => Some((Std::Day, 1)),
            b'_' if b.get(i + 1) == Some(&b'2') => {
                if starts(i + 1, "2006") {
                    // `_2006` is a literal `_` and a year.
                    i += 1;
                    continue;
                }
                Some((Std::UnderDay, 2))
            }
            b'_' if starts(i, "__2") => Some((Std::UnderYearDay, 3)),
            b'3' => Some((Std::Hour12, 1)),
            b'4' => Some((Std::Minute, 1)),
            b'5' => Some((Std::Second, 1)),
            b'P' if b.get(i + 1) == Some(&b'M') => Some((Std::PmUpper, 2)),
            b'p' if b.get(i + 1) == Some(&b'm') => Some((Std::PmLower, 2)),
            b'-' | b'Z' => {
                let iso = b[i] == b'Z';
                let rest = &layout[i + 1..];
                [
                    ("070000", false, true, false),
                    ("07:00:00", true, true, false),
                    ("0700", false, false, false),
                    ("07:00", true, false, false),
                    ("07", false, false, true),
                ]
                .iter()
                .find(|(p, ..)| rest.starts_with(p))
                .map(|(p, colon, seconds, short)| (Std::Offset { iso, colon: *colon, seconds: *seconds, short: *short }, p.len() + 1))
            }
            b'.' | b',' if matches!(b.get(i + 1), Some(b'0' | b'9')) => {
                let ch = b[i + 1];
                let mut j = i + 1;
                while j < b.len() && b[j] == ch {
                    j += 1;
                }
                if b.get(j).is_some_and(u8::is_ascii_digit) {
                    None
                } else {
                    Some((Std::Frac { sep: char::from(b[i]), digits: (j - i - 1).min(9), trim: ch == b'9' }, j - i))
                }
            }
            _ => None,
        };
        match found {
            Some((std, len)) => {
                if lit < i {
                    out.push(Chunk::Lit(&layout[lit..i]));
                }
                out.push(Chunk::Std(std));
                i += len;
                lit = i;
            }
            None => i += layout[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if lit < b.len() {
        out.push(Chunk::Lit(&layout[lit..]));
    }
    out
}

/// Reads 1–2 digits (exactly 2 when `fixed`).
fn getnum(s: &str, fixed: bool) -> Option<(u32, &str)> {
    let b = s.as_bytes();
    if !b.first()?.is_ascii_digit() {
        return None;
    }
    if !b.get(1).is_some_and(u8::is_ascii_digit) {
        if fixed {
            return None;
        }
        return Some((u32::from(b[0] - b'0'), &s[1..]));
    }
    Some((u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0'), &s[2..]))
}

fn lookup<'a>(names: &[&str], s: &'a str, len3: bool) -> Option<(usize, &'a str)> {
    for (n, name) in names.iter().enumerate() {
        let name = if len3 { &name[..3] } else { name };
        if s.get(..name.len()).is_some_and(|head| head.eq_ignore_ascii_case(name)) {
            return Some((n, &s[name.len()..]));
        }
    }
    None
}

/// Go's `time.Parse(layout, value)` in UTC for zoneless values.
///
/// # Errors
/// A value that does not fit the layout.
pub fn parse(layout: &str, value: &str) -> Result<Time, String> {
    let bad = || format!("parsing time {value:?} as {layout:?}: cannot parse");
    let mut s = value;
    let (mut year, mut month, mut day, mut yday) = (1i64, 1u32, 1u32, 0u32);
    let (mut hour, mut minute, mut second, mut nanos) = (0u32, 0u32, 0u32, 0u32);
    let mut pm: Option<bool> = None;
    let mut offset: Option<i32> = None;
    let mut zone: Option<String> = None;
    let parts = chunks(layout);
    for (n, chunk) in parts.iter().enumerate() {
        let std = match chunk {
            Chunk::Lit(l) => {
                s = s.strip_prefix(l).ok_or_else(bad)?;
                continue;
            }
            Chunk::Std(std) => *std,
        };
        use Std::*;
        match std {
            Year => {
                let (y, rest) = getnum(s, true).ok_or_else(bad)?;
                year = i64::from(y) + if y >= 69 { 1900 } else { 2000 };
                s = rest;
            }
            LongYear => {
                if s.len() < 4 || !s.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
                    return Err(bad());
                }
                year = s[..4].parse().map_err(|_| bad())?;
                s = &s[4..];
            }
            Month | LongMonth => {
                let (m, rest) = lookup(&MONTHS, s, std == Month).ok_or_else(bad)?;
                month = m as u32 + 1;
                s = rest;
            }
            NumMonth | ZeroMonth => {
                let (m, rest) = getnum(s, std == ZeroMonth).ok_or_else(bad)?;
                if !(1..=12).contains(&m) {
                    return Err(format!("parsing time {value:?}: month out of range"));
                }
                month = m;
                s = rest;
            }
            WeekDay | LongWeekDay => s = lookup(&DAYS, s, std == WeekDay).ok_or_else(bad)?.1,
            Day | UnderDay | ZeroDay => {
                if std == UnderDay {
                    s = s.strip_prefix(' ').unwrap_or(s);
                }
                let (d, rest) = getnum(s, std == ZeroDay).ok_or_else(bad)?;
                day = d;
                s = rest;
            }
            UnderYearDay | ZeroYearDay => {
                let t = if std == UnderYearDay { s.trim_start_matches(' ') } else { s };
                let digits = t.bytes().take(3).take_while(u8::is_ascii_digit).count();
                if digits == 0 || (std == ZeroYearDay && digits != 3) {
                    return Err(bad());
                }
                yday = t[..digits].parse().map_err(|_| bad())?;
                s = &t[digits..];
            }
            Hour => {
                let (h, rest) = getnum(s, false).ok_or_else(bad)?;
                if h > 23 {
                    return Err(format!("parsing time {value:?}: hour out of range"));
                }
                hour = h;
                s = rest;
            }
            Hour12 | ZeroHour12 => {
                let (h, rest) = getnum(s, std == ZeroHour12).ok_or_else(bad)?;
                if h > 12 {
                    return Err(format!("parsing time {value:?}: hour out of range"));
                }
                hour = h;
                s = rest;
            }
            Minute | ZeroMinute | Second | ZeroSecond => {
                let (v, mut rest) = getnum(s, matches!(std, ZeroMinute | ZeroSecond)).ok_or_else(bad)?;
                if v > 59 {
                    return Err(format!(
                        "parsing time {value:?}: {} out of range",
                        if matches!(std, Minute | ZeroMinute) { "minute" } else { "second" }
                    ));
                }
                if matches!(std, Minute | ZeroMinute) {
                    minute = v;
                } else {
                    second = v;
                    // A fractional second the layout does not mention is read anyway.
                    let next_is_frac = matches!(parts.get(n + 1), Some(Chunk::Std(Frac { .. })));
                    let rb = rest.as_bytes();
                    if !next_is_frac && rb.len() > 1 && (rb[0] == b'.' || rb[0] == b',') && rb[1].is_ascii_digit() {
                        let digits = rb[1..].iter().take_while(|c| c.is_ascii_digit()).count();
                        nanos = frac(&rest[1..1 + digits]);
                        rest = &rest[1 + digits..];
                    }
                }
                s = rest;
            }
            PmUpper | PmLower => {
                let p = s.get(..2).ok_or_else(bad)?;
                pm = Some(match (p, std) {
                    ("PM", PmUpper) | ("pm", PmLower) => true,
                    ("AM", PmUpper) | ("am", PmLower) => false,
                    _ => return Err(bad()),
                });
                s = &s[2..];
            }
            Offset { iso, colon, seconds, short } => {
                if iso && s.starts_with('Z') {
                    s = &s[1..];
                    offset = Some(0);
                    zone = Some("UTC".to_owned());
                    continue;
                }
                let sign = match s.as_bytes().first() {
                    Some(b'+') => 1,
                    Some(b'-') => -1,
                    _ => return Err(bad()),
                };
                let (h, mut rest) = getnum(&s[1..], true).ok_or_else(bad)?;
                let mut m = 0;
                let mut sec = 0;
                if !short {
                    if colon {
                        rest = rest.strip_prefix(':').ok_or_else(bad)?;
                    }
                    let (v, r) = getnum(rest, true).ok_or_else(bad)?;
                    m = v;
                    rest = r;
                }
                if seconds {
                    if colon {
                        rest = rest.strip_prefix(':').ok_or_else(bad)?;
                    }
                    let (v, r) = getnum(rest, true).ok_or_else(bad)?;
                    sec = v;
                    rest = r;
                }
                offset = Some(sign * (h * 3600 + m * 60 + sec) as i32);
                s = rest;
            }
            Tz => {
                if s.starts_with("UTC") {
                    zone = Some("UTC".to_owned());
                    s = &s[3..];
                    continue;
                }
                let n = s.bytes().take_while(u8::is_ascii_uppercase).count();
                if !(3..=5).contains(&n) {
                    // Go also takes `GMT+3` and offsets like `+03`.
                    return Err(bad());
                }
                zone = Some(s[..n].to_owned());
                s = &s[n..];
            }
            Frac { digits, trim, sep } => {
                if trim {
                    let rb = s.as_bytes();
                    if rb.len() > 1 && (rb[0] == b'.' || rb[0] == b',') && rb[1].is_ascii_digit() {
                        let d = rb[1..].iter().take_while(|c| c.is_ascii_digit()).count();
                        nanos = frac(&s[1..1 + d]);
                        s = &s[1 + d..];
                    }
                } else {
                    let rest = s.strip_prefix(sep).ok_or_else(bad)?;
                    if rest.len() < digits || !rest.as_bytes()[..digits].iter().all(u8::is_ascii_digit) {
                        return Err(bad());
                    }
                    nanos = frac(&rest[..digits]);
                    s = &rest[digits..];
                }
            }
        }
    }
    if !s.is_empty() {
        return Err(format!("parsing time {value:?}: extra text: {s:?}"));
    }
    if let Some(pm) = pm {
        if pm && hour < 12 {
            hour += 12;
        } else if !pm && hour == 12 {
            hour = 0;
        }
    }
    if yday > 0 {
        let max = if leap(year) { 366 } else { 365 };
        if yday > max {
            return Err(format!("parsing time {value:?}: day-of-year out of range"));
        }
        let days = days_from_civil(year, 1, 1) + i64::from(yday) - 1;
        let (_, m, d) = civil_from_days(days);
        month = m;
        day = d;
    }
    if day < 1 || day > days_in(year, month) {
        return Err(format!("parsing time {value:?}: day out of range"));
    }
    let local = days_from_civil(year, month, day) * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
    // Go's rules with the local zone being UTC: an offset of 0 named nothing or
    // UTC is UTC; any other offset or name is a fixed zone of that name.
    let off = offset.unwrap_or(0);
    let name = zone.unwrap_or_default();
    let zone_name: Arc<str> = if off == 0 && (name.is_empty() || name == "UTC") { Arc::from("UTC") } else { Arc::from(name.as_str()) };
    Ok(Time { secs: local - i64::from(off), nanos, offset: off, zone: zone_name })
}

fn frac(digits: &str) -> u32 {
    let mut s: String = digits.chars().take(9).collect();
    while s.len() < 9 {
        s.push('0');
    }
    s.parse().unwrap_or(0)
}

/// The layouts spf13/cast tries, in order, for a string it makes a time of.
const LAYOUTS: &[&str] = &[
    "2006-01-02",
    "2006-01-02T15:04:05Z07:00",
    "2006-01-02T15:04:05",
    "Mon, 02 Jan 2006 15:04:05 -0700",
    "Mon, 02 Jan 2006 15:04:05 MST",
    "02 Jan 06 15:04 -0700",
    "02 Jan 06 15:04 MST",
    "Monday, 02-Jan-06 15:04:05 MST",
    "2006-01-02 15:04:05.999999999 -0700 MST",
    "2006-01-02T15:04:05-0700",
    "2006-01-02 15:04:05Z0700",
    "2006-01-02 15:04:05",
    "Mon Jan _2 15:04:05 2006",
    "Mon Jan _2 15:04:05 MST 2006",
    "Mon Jan 02 15:04:05 -0700 2006",
    "2006-01-02 15:04:05Z07:00",
    "02 Jan 2006",
    "2006-01-02 15:04:05 -07:00",
    "2006-01-02 15:04:05 -0700",
    "3:04PM",
    "Jan _2 15:04:05",
    "Jan _2 15:04:05.000",
    "Jan _2 15:04:05.000000",
    "Jan _2 15:04:05.000000000",
];

/// Hugo's `ToTimeInDefaultLocationE`: a time from a time, a string in one of
/// cast's layouts, or a number of seconds since 1970.
///
/// # Errors
/// A value that is no time.
pub fn to_time(v: &Value) -> Result<Time, String> {
    if let Some(t) = v.downcast::<Time>() {
        return Ok(t.clone());
    }
    match v {
        Value::Int(_) | Value::Float(_) => Ok(Time::utc(int(v)?, 0)),
        Value::String(s) | Value::Safe(s, _) => {
            for layout in LAYOUTS {
                if let Ok(t) = parse(layout, s) {
                    return Ok(t);
                }
            }
            Err(format!("unable to parse date: {s}"))
        }
        Value::Nil => Ok(Time::zero()),
        other => Err(format!("unable to cast {} of type {} to Time", other.text(), other.type_name())),
    }
}

/// Hugo's `time.Format` layout: a Go layout, or `:date_long` and its family,
/// as the English locale writes them.
pub fn format_hugo(t: &Time, layout: &str) -> String {
    if let Some(name) = layout.strip_prefix(':') {
        let nnbsp = '\u{202f}';
        let c = t.civil();
        let h12 = if c.hour.is_multiple_of(12) { 12 } else { c.hour % 12 };
        let ampm = if c.hour >= 12 { "pm" } else { "am" };
        let zone = if t.zone.is_empty() { t.format("-0700") } else { t.zone.to_string() };
        match name.to_ascii_lowercase().as_str() {
            "date_full" => return t.format("Monday, January 2, 2006"),
            "date_long" => return t.format("January 2, 2006"),
            "date_medium" => return t.format("Jan 2, 2006"),
            "date_short" => return t.format("1/2/06"),
            "time_full" | "time_long" => return format!("{h12}:{:02}:{:02}{nnbsp}{ampm} {zone}", c.minute, c.second),
            "time_medium" => return format!("{h12}:{:02}:{:02}{nnbsp}{ampm}", c.minute, c.second),
            "time_short" => return format!("{h12}:{:02}{nnbsp}{ampm}", c.minute),
            _ => {}
        }
    }
    t.format(layout)
}

/// A `time.Duration`: nanoseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duration(pub i64);

impl Duration {
    /// Go's `Duration.String()`: `1h2m3.5s`, `1.5µs`, `0s`.
    pub fn go_string(self) -> String {
        let d = self.0;
        if d == 0 {
            return "0s".to_owned();
        }
        let neg = d < 0;
        let u = d.unsigned_abs();
        let mut out = String::new();
        if u < 1_000_000_000 {
            // Under a second: the largest unit that keeps a whole part.
            let (div, unit) = if u < 1_000 {
                (1, "ns")
            } else if u < 1_000_000 {
                (1_000, "µs")
            } else {
                (1_000_000, "ms")
            };
            out.push_str(&frac_units(u, div));
            out.push_str(unit);
        } else {
            let h = u / 3_600_000_000_000;
            let m = u / 60_000_000_000 % 60;
            let s = u % 60_000_000_000;
            if h > 0 {
                out.push_str(&format!("{h}h"));
            }
            if h > 0 || m > 0 {
                out.push_str(&format!("{m}m"));
            }
            out.push_str(&frac_units(s, 1_000_000_000));
            out.push('s');
        }
        if neg {
            out.insert(0, '-');
        }
        out
    }
}

/// `n / div` with the remainder as decimals, trailing zeros dropped.
fn frac_units(n: u64, div: u64) -> String {
    let whole = n / div;
    let rem = n % div;
    if rem == 0 {
        return whole.to_string();
    }
    let width = div.to_string().len() - 1;
    let digits = format!("{rem:0width$}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// Go's `time.ParseDuration`.
///
/// # Errors
/// Go's message for a malformed duration.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let bad = || format!("time: invalid duration {}", crate::go_unicode::quote(s, false));
    let mut rest = s;
    let neg = match rest.as_bytes().first() {
        Some(b'-') => {
            rest = &rest[1..];
            true
        }
        Some(b'+') => {
            rest = &rest[1..];
            false
        }
        _ => false,
    };
    if rest == "0" {
        return Ok(Duration(0));
    }
    if rest.is_empty() {
        return Err(bad());
    }
    let mut total: f64 = 0.0;
    let mut whole_total: i128 = 0;
    while !rest.is_empty() {
        let int_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let int_part = &rest[..int_len];
        rest = &rest[int_len..];
        let mut frac_part = "";
        if let Some(r) = rest.strip_prefix('.') {
            let n = r.bytes().take_while(u8::is_ascii_digit).count();
            frac_part = &r[..n];
            rest = &r[n..];
        }
        if int_part.is_empty() && frac_part.is_empty() {
            return Err(bad());
        }
        let unit_len = rest.find(|c: char| c == '.' || c.is_ascii_digit()).unwrap_or(rest.len());
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let scale: i128 = match unit {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            "" => return Err(format!("time: missing unit in duration {}", crate::go_unicode::quote(s, false))),
            _ => {
                return Err(format!(
                    "time: unknown unit {} in duration {}",
                    crate::go_unicode::quote(unit, false),
                    crate::go_unicode::quote(s, false)
                ))
            }
        };
        let whole: i128 = if int_part.is_empty() { 0 } else { int_part.parse().map_err(|_| bad())? };
        whole_total += whole * scale;
        if !frac_part.is_empty() {
            let f: f64 = format!("0.{frac_part}").parse().map_err(|_| bad())?;
            total += f * scale as f64;
        }
        if whole_total > i128::from(i64::MAX) {
            return Err(bad());
        }
    }
    let n = whole_total + total as i128;
    if n > i128::from(i64::MAX) {
        return Err(bad());
    }
    Ok(Duration(if neg { -(n as i64) } else { n as i64 }))
}

/// A month (`time.Month`): prints as its name, counts as its number.
struct Month(u32);
/// A weekday (`time.Weekday`): prints as its name, counts as its number.
struct Weekday(usize);

impl Object for Month {
    fn type_name(&self) -> &str {
        "time.Month"
    }
    fn member(&self, name: &str, _: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok((name == "String").then(|| Value::from(self.text())))
    }
    fn text(&self) -> String {
        MONTHS[self.0 as usize - 1].to_owned()
    }
    fn data(&self) -> Option<Value> {
        Some(Value::Int(i64::from(self.0)))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Object for Weekday {
    fn type_name(&self) -> &str {
        "time.Weekday"
    }
    fn member(&self, name: &str, _: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok((name == "String").then(|| Value::from(self.text())))
    }
    fn text(&self) -> String {
        DAYS[self.0].to_owned()
    }
    fn data(&self) -> Option<Value> {
        Some(Value::Int(self.0 as i64))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn duration_arg(v: &Value) -> Result<Duration, String> {
    if let Some(d) = v.downcast::<Duration>() {
        return Ok(*d);
    }
    match v {
        Value::Int(n) => Ok(Duration(*n)),
        Value::String(s) | Value::Safe(s, _) => parse_duration(s),
        other => Err(format!("expected a time.Duration, got {}", other.type_name())),
    }
}

fn time_arg(v: &Value) -> Result<Time, String> {
    v.downcast::<Time>().cloned().ok_or_else(|| format!("expected a time.Time, got {}", v.type_name()))
}

/// A time zone by name: UTC (and Local, which is UTC here).
fn location(name: &str) -> Result<(i32, Arc<str>), String> {
    match name {
        "" | "UTC" | "Local" => Ok((0, Arc::from("UTC"))),
        _ => Err(format!("unknown time zone {name} (Recap knows UTC only)")),
    }
}

impl Object for Time {
    fn type_name(&self) -> &str {
        "time.Time"
    }

    fn member(&self, name: &str, args: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let c = self.civil();
        let need = |n: usize| arity(name, args, n, n);
        Ok(Some(match name {
            "Year" => Value::Int(c.year),
            "Month" => Value::object(Month(c.month)),
            "Day" => Value::Int(i64::from(c.day)),
            "Hour" => Value::Int(i64::from(c.hour)),
            "Minute" => Value::Int(i64::from(c.minute)),
            "Second" => Value::Int(i64::from(c.second)),
            "Nanosecond" => Value::Int(i64::from(self.nanos)),
            "Weekday" => Value::object(Weekday(c.weekday)),
            "YearDay" => Value::Int(i64::from(c.yday)),
            "Unix" => Value::Int(self.secs),
            "UnixMilli" => Value::Int(self.secs.wrapping_mul(1000).wrapping_add(i64::from(self.nanos / 1_000_000))),
            "UnixMicro" => Value::Int(self.secs.wrapping_mul(1_000_000).wrapping_add(i64::from(self.nanos / 1000))),
            "UnixNano" => Value::Int(self.secs.wrapping_mul(1_000_000_000).wrapping_add(i64::from(self.nanos))),
            "UTC" | "Local" => Value::object(Time::utc(self.secs, self.nanos)),
            "IsZero" => Value::Bool(self.is_zero()),
            "String" => Value::from(self.go_string()),
            "Location" => Value::from(if self.zone.is_empty() { String::new() } else { self.zone.to_string() }),
            "Format" => {
                need(1)?;
                Value::from(self.format(&string(&args[0])?))
            }
            "Before" | "After" | "Equal" | "Compare" => {
                need(1)?;
                let other = time_arg(&args[0])?;
                let ord = self.instant().cmp(&other.instant());
                match name {
                    "Before" => Value::Bool(ord.is_lt()),
                    "After" => Value::Bool(ord.is_gt()),
                    "Equal" => Value::Bool(ord.is_eq()),
                    _ => Value::Int(ord as i64),
                }
            }
            "Add" => {
                need(1)?;
                Value::object(self.add_nanos(duration_arg(&args[0])?.0))
            }
            "Sub" => {
                need(1)?;
                let other = time_arg(&args[0])?;
                let d = (i128::from(self.secs) - i128::from(other.secs)) * 1_000_000_000 + i128::from(self.nanos) - i128::from(other.nanos);
                Value::object(Duration(d.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64))
            }
            "AddDate" => {
                need(3)?;
                let (y, m, d) = (i128::from(int(&args[0])?), i128::from(int(&args[1])?), i128::from(int(&args[2])?));
                // Go normalises month and day overflow (January 31 + 1 month is March 2 or 3).
                let total_months = i128::from(c.year) * 12 + i128::from(c.month) - 1 + y * 12 + m;
                let (ny, nm) = (total_months.div_euclid(12), total_months.rem_euclid(12) as u32 + 1);
                // Beyond a few hundred thousand years the day count leaves what a time can hold.
                if ny.abs() > 100_000_000 || d.abs() > 100_000_000_000 {
                    return Err("AddDate: the date is out of range".to_owned());
                }
                let days = i128::from(days_from_civil(ny as i64, nm, 1)) + i128::from(c.day) - 1 + d;
                let local = (days * 86_400 + i128::from(c.hour * 3600 + c.minute * 60 + c.second)) as i64;
                Value::object(self.with_instant(local - i64::from(self.offset), self.nanos))
            }
            "In" => {
                need(1)?;
                let (offset, zone) = location(&string(&args[0])?)?;
                Value::object(Time { offset, zone, ..self.clone() })
            }
            "Round" | "Truncate" => {
                need(1)?;
                let d = duration_arg(&args[0])?.0;
                if d <= 0 {
                    return Ok(Some(Value::object(self.clone())));
                }
                let total = i128::from(self.secs) * 1_000_000_000 + i128::from(self.nanos);
                let d = i128::from(d);
                let mut r = total.rem_euclid(d);
                if name == "Round" && r + r >= d {
                    r -= d;
                }
                let t = total - r;
                Value::object(self.with_instant(t.div_euclid(1_000_000_000) as i64, t.rem_euclid(1_000_000_000) as u32))
            }
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        self.go_string()
    }

    fn truthy(&self) -> bool {
        true
    }

    fn data(&self) -> Option<Value> {
        Some(Value::from(self.format("2006-01-02T15:04:05.999999999Z07:00")))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Object for Duration {
    fn type_name(&self) -> &str {
        "time.Duration"
    }

    fn member(&self, name: &str, args: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let n = self.0;
        Ok(Some(match name {
            "Hours" => Value::Float(n as f64 / 3.6e12),
            "Minutes" => Value::Float(n as f64 / 6e10),
            "Seconds" => Value::Float(n as f64 / 1e9),
            "Milliseconds" => Value::Int(n / 1_000_000),
            "Microseconds" => Value::Int(n / 1_000),
            "Nanoseconds" => Value::Int(n),
            "String" => Value::from(self.go_string()),
            "Abs" => Value::object(Duration(n.saturating_abs())),
            "Round" | "Truncate" => {
                arity(name, args, 1, 1)?;
                let m = duration_arg(&args[0])?.0;
                if m <= 0 {
                    return Ok(Some(Value::object(*self)));
                }
                let mut r = n % m;
                if name == "Round" && r.abs() + r.abs() >= m {
                    r = r.wrapping_sub(if n < 0 { -m } else { m });
                }
                Value::object(Duration(n.wrapping_sub(r)))
            }
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        self.go_string()
    }

    fn data(&self) -> Option<Value> {
        Some(Value::Int(self.0))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `time.AsTime INPUT [LOCATION]`
pub fn as_time(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("time.AsTime", args, 1, 2)?;
    let mut t = to_time(&args[0])?;
    if let Some(loc) = args.get(1) {
        let (offset, zone) = location(&string(loc)?)?;
        if t.zone.as_ref() == "UTC" && t.offset == 0 {
            t = Time { offset, zone, ..t };
        }
    }
    Ok(Value::object(t))
}

/// `dateFormat LAYOUT INPUT` / `time.Format`
pub fn format(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("time.Format", args, 2, 2)?;
    let layout = string(&args[0])?;
    let t = to_time(&args[1])?;
    Ok(Value::from(format_hugo(&t, &layout)))
}

/// `now` / `time.Now`: the host's clock.
pub fn now(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("now", args, 0, 0)?;
    let secs = cx.host.now().ok_or_else(|| "the current time is not available here".to_owned())?;
    Ok(Value::object(Time::utc(secs, 0)))
}

/// `time.In LOCATION TIME`
pub fn r#in(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("time.In", args, 2, 2)?;
    let (offset, zone) = location(&string(&args[0])?)?;
    let t = to_time(&args[1])?;
    Ok(Value::object(Time { offset, zone, ..t }))
}

/// `time.ParseDuration DURATION`
pub fn parse_duration_fn(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("time.ParseDuration", args, 1, 1)?;
    parse_duration(&string(&args[0])?).map(Value::object)
}

/// `duration UNIT NUMBER` / `time.Duration`
pub fn duration(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("time.Duration", args, 2, 2)?;
    let unit = string(&args[0])?;
    let scale: i64 = match unit.as_str() {
        "nanosecond" | "ns" => 1,
        "microsecond" | "us" | "µs" => 1_000,
        "millisecond" | "ms" => 1_000_000,
        "second" | "s" => 1_000_000_000,
        "minute" | "m" => 60_000_000_000,
        "hour" | "h" => 3_600_000_000_000,
        _ => return Err(format!("{} is not a valid duration unit", crate::go_unicode::quote(&unit, false))),
    };
    Ok(Value::object(Duration(int(&args[1])?.wrapping_mul(scale))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_format_as_go_formats_them() {
        let t = parse("2006-01-02T15:04:05Z07:00", "2023-10-15T13:18:50-07:00").unwrap();
        assert_eq!(t.go_string(), "2023-10-15 13:18:50 -0700 -0700", "a bare offset prints twice, as Go prints it");
        assert_eq!(t.format("Mon Jan _2 3:04PM 2006 .000 Z07:00"), "Sun Oct 15 1:18PM 2023 .000 -07:00");
        let u = Time::utc(1_704_164_645, 27_000_000);
        assert_eq!(u.format("Jan 2 2006 15:04:05.000 MST Z07:00 -07 pm __2 002 .999"), "Jan 2 2024 03:04:05.027 UTC Z +00 am   2 002 .027");
    }

    #[test]
    fn cast_layouts_read_hugo_dates() {
        for (input, want) in [
            ("2023-10-15", "2023-10-15 00:00:00 +0000 UTC"),
            ("15 Oct 2023", "2023-10-15 00:00:00 +0000 UTC"),
            ("Sun, 15 Oct 2023 13:18:50 +0200", "2023-10-15 13:18:50 +0200 +0200"),
            ("2023-10-15T13:18:50.123Z", "2023-10-15 13:18:50.123 +0000 UTC"),
            ("2023-10-15T13:18:50", "2023-10-15 13:18:50 +0000 UTC"),
            ("2023-10-15 13:18:50 -0700", "2023-10-15 13:18:50 -0700 -0700"),
        ] {
            assert_eq!(to_time(&Value::from(input)).map(|t| t.go_string()), Ok(want.to_owned()), "{input} should read as {want}");
        }
        assert!(to_time(&Value::from("2023-10-15 13:18")).is_err(), "a layout cast does not know should fail");
        assert!(to_time(&Value::from("2023-02-30")).is_err(), "February 30 should fail");
    }

    #[test]
    fn durations_print_and_parse_as_go() {
        assert_eq!(parse_duration("1h2m3.5s").map(Duration::go_string), Ok("1h2m3.5s".to_owned()));
        assert_eq!(Duration(90_000_000_000).go_string(), "1m30s");
        assert_eq!(Duration(3_600_000_000_000).go_string(), "1h0m0s");
        assert_eq!(Duration(1_500).go_string(), "1.5µs");
        assert!(parse_duration("5").is_err(), "a number without a unit should fail");
    }

    #[test]
    fn hugo_named_formats_are_english() {
        let t = to_time(&Value::from("2023-10-15")).unwrap();
        assert_eq!(format_hugo(&t, ":date_full"), "Sunday, October 15, 2023");
        assert_eq!(format_hugo(&t, ":date_short"), "10/15/23");
        assert_eq!(format_hugo(&t, ":time_short"), "12:00\u{202f}am");
    }
}
