//! Dates as Hugo 0.168 reads them in front matter (`date`, `lastmod`,
//! `publishDate`, `expiryDate` and their aliases), so that Recap accepts what
//! Hugo reads, with the same instant, and names what it does not.
//!
//! Hugo hands a field's value to spf13/cast (`htime.ToTimeInDefaultLocationE`):
//!
//! * a string is tried against cast's list of Go time layouts ([`LAYOUTS`]),
//!   in order, with Go's `time.Parse` rules ([`parse`]); a layout without a
//!   zone, or with only a zone *name* (`MST`), is read in the site's time zone
//!   (Hugo's `timeZone`, UTC by default), keeping the clock as written; a
//!   numeric offset is kept; a bare time of day lands in year 0, in UTC;
//! * a TOML date-time literal is read as TOML reads it: an offset date-time at
//!   its offset (Hugo formats it as RFC 3339 first, which drops fractions of a
//!   second, unless it is UTC in a UTC site), a local date or date-time in the site's time zone, and a local
//!   time is not a date;
//! * an integer (YAML, TOML) is seconds since 1970; any other number, a
//!   boolean, a list or a mapping fails the build, as does a string no layout
//!   reads; an empty string or null, or a date that comes out as Go's zero time
//!   (`0001-01-01T00:00:00Z`), leaves the field unset.
//!
//! `tests/dates.rs` holds all of this to a table Hugo itself made
//! (`tests/oracle/hugo_dates.py`, `tests/data/hugo-dates.json`). The layout
//! interpreter below is written from Go's documented `time.Parse` rules; the
//! list of layouts is data from cast.

use std::fmt;

/// An instant: whole seconds since 1970-01-01T00:00:00Z and nanoseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant {
    /// Seconds since 1970-01-01T00:00:00Z (negative before).
    pub seconds: i64,
    /// Nanoseconds within the second, `0..1_000_000_000`.
    pub nanos: u32,
}

impl Instant {
    /// Go's zero time, `0001-01-01T00:00:00Z`: a date Hugo treats as not set.
    pub const ZERO: Instant = Instant { seconds: -62_135_596_800, nanos: 0 };

    /// Whether this is Go's zero time.
    pub fn is_zero(self) -> bool {
        self == Instant::ZERO
    }
}

impl fmt::Display for Instant {
    /// RFC 3339 in UTC, with the fraction's trailing zeros left out
    /// (`2023-10-15T13:18:50.5Z`), as Go's `RFC3339Nano` writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.seconds.div_euclid(86_400);
        let secs = self.seconds.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        let sign = if y < 0 { "-" } else { "" };
        write!(f, "{sign}{:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}", y.abs(), secs / 3600, secs / 60 % 60, secs % 60)?;
        if self.nanos > 0 {
            let frac = format!("{:09}", self.nanos);
            write!(f, ".{}", frac.trim_end_matches('0'))?;
        }
        f.write_str("Z")
    }
}

/// A site's time zone (Hugo's `timeZone`): where dates written without a zone are.
///
/// The core reads no files: a host that has the zone's rules (a TZif file from
/// the system's zoneinfo, say) gives them with [`TimeZone::from_tzif`]. Until
/// then a named zone reads dates as UTC and [`TimeZone::needs_rules`] says so.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TimeZone {
    /// The IANA name (`America/New_York`); empty for UTC.
    name: String,
    /// The zone's rules; `None` for UTC, or a name whose rules are not loaded.
    rules: Option<tz::TimeZone>,
}

impl TimeZone {
    /// UTC, Hugo's default.
    pub fn utc() -> TimeZone {
        TimeZone::default()
    }

    /// The zone named `name` (as in a site config), its rules not loaded yet.
    /// `""` and `UTC` are UTC.
    pub fn named(name: &str) -> TimeZone {
        if name.is_empty() || name == "UTC" {
            return TimeZone::utc();
        }
        TimeZone { name: name.to_owned(), rules: None }
    }

    /// The zone named `name` with its rules from a TZif file (RFC 8536: the
    /// files of `/usr/share/zoneinfo`).
    ///
    /// # Errors
    /// The bytes are not a TZif file.
    pub fn from_tzif(name: &str, bytes: &[u8]) -> Result<TimeZone, String> {
        let rules = tz::TimeZone::from_tz_data(bytes)
            .map_err(|e| format!("the rules of time zone {} cannot be read: {e}", crate::go_unicode::quote(name, false)))?;
        Ok(TimeZone { name: name.to_owned(), rules: Some(rules) })
    }

    /// The zone's name (empty for UTC).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether this is a named zone whose rules the host has yet to give.
    pub fn needs_rules(&self) -> bool {
        !self.name.is_empty() && self.rules.is_none()
    }

    /// The offset (seconds east of UTC) and abbreviation of the zone at the
    /// instant `utc` (seconds since 1970): `(0, "UTC")` for UTC, or a named
    /// zone without its rules.
    pub fn shown_at(&self, utc: i64) -> (i32, String) {
        match self.rules.as_ref().and_then(|r| r.find_local_time_type(utc).ok()) {
            Some(t) => (t.ut_offset(), t.time_zone_designation().to_owned()),
            None => (0, "UTC".to_owned()),
        }
    }

    /// The offset from UTC, in seconds, at the instant `utc` (seconds since 1970).
    fn offset_at(&self, utc: i64) -> i64 {
        self.rules.as_ref().and_then(|r| r.find_local_time_type(utc).ok()).map_or(0, |t| i64::from(t.ut_offset()))
    }

    /// The instant of the wall-clock time `local` (seconds since 1970 as if it
    /// were UTC), as Go's `time.Date` finds it: the offset in force at `local`
    /// taken as UTC, corrected once if that lands in another period. A time
    /// skipped by a daylight-saving change comes out an hour on; one that
    /// happens twice, the first of the two.
    fn to_utc(&self, local: i64) -> i64 {
        let guess = local - self.offset_at(local);
        local - self.offset_at(guess)
    }
}

/// A date-field value as written, for [`read`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written<'a> {
    /// A string (quoted or not in YAML, quoted in TOML and JSON).
    Text(&'a str),
    /// A TOML date-time literal (`2023-10-15T13:18:50Z`, `2023-10-15`).
    TomlDateTime(&'a str),
    /// A YAML or TOML integer: seconds since 1970.
    Integer(i64),
    /// Null or nothing.
    Nothing,
    /// Anything else: a JSON number, a float, a boolean, a list, a mapping.
    Other,
}

/// What Hugo makes of a date field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The field is set to this instant.
    Set(Instant, Quirk),
    /// Hugo leaves the field unset, silently.
    Unset,
    /// Hugo cannot read it: the build fails. The text says why.
    Fails(String),
}

/// Something surprising about a date Hugo reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quirk {
    /// Nothing.
    None,
    /// Only a time of day (`3:04PM`, `Oct 15 13:18:50`): Hugo puts it in year 0.
    YearZero,
    /// An integer, read as seconds since 1970.
    UnixSeconds,
}

/// Reads a date field's value as Hugo does, with `zone` as the site's time zone.
pub fn read(value: Written<'_>, zone: &TimeZone) -> Reading {
    let (at, quirk) = match value {
        Written::Nothing | Written::Text("") => return Reading::Unset,
        Written::Text(text) => match parse(text, zone) {
            Ok(p) => (p.at, if p.time_only { Quirk::YearZero } else { Quirk::None }),
            Err(why) => return Reading::Fails(why),
        },
        Written::TomlDateTime(text) => match toml_datetime(text, zone) {
            Ok(at) => (at, Quirk::None),
            Err(why) => return Reading::Fails(why),
        },
        Written::Integer(n) => (Instant { seconds: n, nanos: 0 }, Quirk::UnixSeconds),
        Written::Other => return Reading::Fails("only a string, a TOML date or an integer can be a date".to_owned()),
    };
    if at.is_zero() {
        Reading::Unset
    } else {
        Reading::Set(at, quirk)
    }
}

/// A date as Hugo holds it (Go's `time.Time`): the instant, and the offset
/// and zone abbreviation it is shown in (`+0200` with an empty name for an
/// offset that is not the site's zone's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// The instant.
    pub at: Instant,
    /// Seconds east of UTC.
    pub offset: i32,
    /// The zone's abbreviation (`UTC`, `MST`), or empty for a bare offset.
    pub zone: String,
}

/// A date field's value as Hugo holds it: [`read`], with the zone Go's
/// `time.ParseInLocation` gives it — the offset written with it (the site's
/// zone where that zone has that offset then), else the site's zone. `None`
/// where [`read`] leaves the field unset or fails.
pub fn shown(value: Written<'_>, zone: &TimeZone) -> Option<Shown> {
    let Reading::Set(at, _) = read(value, zone) else { return None };
    let written = match value {
        Written::Text(text) => parse(text, zone).ok().and_then(|p| p.offset),
        Written::TomlDateTime(text) => toml_offset(text),
        _ => None,
    };
    let (site_offset, abbreviation) = zone.shown_at(at.seconds);
    Some(match written {
        Some(offset) if offset != site_offset => Shown { at, offset, zone: String::new() },
        _ => Shown { at, offset: site_offset, zone: abbreviation },
    })
}

/// The offset written at the end of a TOML offset date-time (`Z`: 0).
fn toml_offset(text: &str) -> Option<i32> {
    let b = text.as_bytes();
    if b.len() <= 19 {
        return None;
    }
    let tail = &text[19..];
    let tail = tail.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    match tail.as_bytes().first()? {
        b'Z' | b'z' => Some(0),
        sign @ (b'+' | b'-') => {
            let h: i32 = tail.get(1..3)?.parse().ok()?;
            let m: i32 = tail.get(4..6)?.parse().ok()?;
            let off = (h * 60 + m) * 60;
            Some(if *sign == b'-' { -off } else { off })
        }
        _ => None,
    }
}

/// A string Hugo reads as a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// The instant.
    pub at: Instant,
    /// Whether only a time of day (and perhaps a month and day) was written, so
    /// that the year is 0.
    pub time_only: bool,
    /// The offset from UTC written with it (seconds east; `Some(0)` for `Z`
    /// or `UTC`), or `None` when the time is in the site's zone.
    pub offset: Option<i32>,
}

/// How a layout's zone is treated (cast's `timeFormatType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Zone {
    /// No zone: the site's.
    None,
    /// A zone name only (`MST`): cast keeps the clock and puts it in the site's zone.
    Named,
    /// A numeric offset: kept.
    Numeric,
    /// Both (Go's `Time.String`): the offset is kept.
    NumericAndNamed,
    /// A time of day only: year 0, UTC.
    TimeOnly,
}

/// The layouts cast tries, in its order: data from spf13/cast v1.10.0
/// (`internal/time.go`, `TimeFormats`; MIT licence, Copyright © 2014 Steve
/// Francia), the version Hugo 0.168 vendors. Go's named layouts are spelled out.
pub const LAYOUTS: [&str; 24] = [
    "2006-01-02",
    "2006-01-02T15:04:05Z07:00",               // RFC3339
    "2006-01-02T15:04:05",                     // ISO 8601 without a zone
    "Mon, 02 Jan 2006 15:04:05 -0700",         // RFC1123Z
    "Mon, 02 Jan 2006 15:04:05 MST",           // RFC1123
    "02 Jan 06 15:04 -0700",                   // RFC822Z
    "02 Jan 06 15:04 MST",                     // RFC822
    "Monday, 02-Jan-06 15:04:05 MST",          // RFC850
    "2006-01-02 15:04:05.999999999 -0700 MST", // Go's Time.String()
    "2006-01-02T15:04:05-0700",                // RFC 3339 without the offset's colon
    "2006-01-02 15:04:05Z0700",                // without T or the offset's colon
    "2006-01-02 15:04:05",                     // DateTime
    "Mon Jan _2 15:04:05 2006",                // ANSIC
    "Mon Jan _2 15:04:05 MST 2006",            // UnixDate
    "Mon Jan 02 15:04:05 -0700 2006",          // RubyDate
    "2006-01-02 15:04:05Z07:00",
    "02 Jan 2006",
    "2006-01-02 15:04:05 -07:00",
    "2006-01-02 15:04:05 -0700",
    "3:04PM",                    // Kitchen
    "Jan _2 15:04:05",           // Stamp
    "Jan _2 15:04:05.000",       // StampMilli
    "Jan _2 15:04:05.000000",    // StampMicro
    "Jan _2 15:04:05.000000000", // StampNano
];

/// The zone treatment of each of [`LAYOUTS`], from the same list.
const ZONES: [Zone; 24] = [
    Zone::None,
    Zone::Numeric,
    Zone::None,
    Zone::Numeric,
    Zone::Named,
    Zone::Numeric,
    Zone::Named,
    Zone::Named,
    Zone::NumericAndNamed,
    Zone::Numeric,
    Zone::Numeric,
    Zone::None,
    Zone::None,
    Zone::Named,
    Zone::Numeric,
    Zone::Numeric,
    Zone::None,
    Zone::Numeric,
    Zone::Numeric,
    Zone::TimeOnly,
    Zone::TimeOnly,
    Zone::TimeOnly,
    Zone::TimeOnly,
    Zone::TimeOnly,
];

/// Reads `text` as Hugo reads a date string, with `zone` as the site's time zone.
///
/// # Errors
/// No layout reads it: a message naming the part that is wrong where one
/// layout came close (`month 13 is not between 1 and 12`), or saying what
/// forms Hugo reads.
///
/// # Examples
/// ```
/// use recap::internals::front_matter::date::{parse, TimeZone};
/// let p = parse("Mon, 02 Jan 2006 15:04:05 -0700", &TimeZone::utc()).unwrap();
/// assert_eq!(p.at.to_string(), "2006-01-02T22:04:05Z");
/// assert_eq!(parse("2021-13-22", &TimeZone::utc()).unwrap_err(), "month 13 is not between 1 and 12");
/// ```
pub fn parse(text: &str, zone: &TimeZone) -> Result<Parsed, String> {
    // The failure to explain: the layout that read furthest, one with a date
    // before a bare time of day, a value out of range before a mismatch.
    let mut best: Option<(usize, bool, bool, Failure)> = None;
    for (layout, kind) in LAYOUTS.iter().zip(ZONES) {
        match go_parse(layout.as_bytes(), text.as_bytes()) {
            Ok(f) => return Ok(f.instant(kind, zone)),
            Err(e) => {
                let rank = (e.at, kind != Zone::TimeOnly, e.range.is_some());
                if best.as_ref().is_none_or(|b| rank > (b.0, b.1, b.2)) {
                    best = Some((rank.0, rank.1, rank.2, e));
                }
            }
        }
    }
    Err(explain(text, best.map(|b| b.3)))
}

/// Why a string is not a date: the nearest layout's range error if it had one.
fn explain(text: &str, best: Option<Failure>) -> String {
    if let Some(Failure { range: Some(why), .. }) = best {
        return why;
    }
    let lower = text.to_ascii_lowercase();
    if MONTH_NAMES.iter().any(|m| lower.contains(&m.to_ascii_lowercase())) {
        return "Hugo reads month names as three letters, after a two-digit day (05 Oct 2023)".to_owned();
    }
    if text.trim() != text {
        return "it has spaces around it".to_owned();
    }
    "no form Hugo reads matches it (2023-10-15, 2023-10-15T13:18:50Z, 2023-10-15 13:18:50, 15 Oct 2023, RFC 1123 and a few more)".to_owned()
}

/// A TOML date-time literal as Hugo reads it (see the module's notes).
fn toml_datetime(text: &str, zone: &TimeZone) -> Result<Instant, String> {
    let b = text.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = b.get(r)?;
        s.iter().all(u8::is_ascii_digit).then(|| s.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let not_date = || format!("the TOML value {text} is not a date");
    if b.len() >= 3 && b[2] == b':' {
        return Err(format!("the TOML value {text} is a time of day without a date; Hugo cannot read it as a date"));
    }
    let (y, m, d) = match (num(0..4), b.get(4), num(5..7), b.get(7), num(8..10)) {
        (Some(y), Some(b'-'), Some(m), Some(b'-'), Some(d)) => (y, m, d),
        _ => return Err(not_date()),
    };
    let mut local = days_from_civil(y, m as u32, d as u32) * 86_400;
    if b.len() == 10 {
        return Ok(Instant { seconds: zone.to_utc(local), nanos: 0 });
    }
    if !matches!(b[10], b'T' | b't' | b' ') {
        return Err(not_date());
    }
    let (Some(h), Some(mi), Some(s)) = (num(11..13), num(14..16), num(17..19)) else { return Err(not_date()) };
    local += h * 3600 + mi * 60 + s;
    let mut i = 19;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let frac = &b[i + 1..i + 1 + digits];
        nanos = frac.iter().take(9).fold(0u32, |n, d| n * 10 + u32::from(d - b'0')) * 10u32.pow(9 - digits.min(9) as u32);
        i += 1 + digits;
    }
    match b.get(i) {
        None => Ok(Instant { seconds: zone.to_utc(local), nanos }),
        // An offset date-time (TOML reads a zero offset as UTC): Hugo formats it
        // as RFC 3339, without the fraction, unless it is already in the
        // site's zone (a UTC site).
        Some(b'Z' | b'z') => Ok(Instant { seconds: local, nanos: if zone.name.is_empty() { nanos } else { 0 } }),
        Some(sign @ (b'+' | b'-')) => {
            let (Some(oh), Some(om)) = (num(i + 1..i + 3), num(i + 4..i + 6)) else { return Err(not_date()) };
            let offset = (oh * 60 + om) * 60;
            let nanos = if offset == 0 && zone.name.is_empty() { nanos } else { 0 };
            Ok(Instant { seconds: if *sign == b'-' { local + offset } else { local - offset }, nanos })
        }
        Some(_) => Err(not_date()),
    }
}

const MONTH_NAMES: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_NAMES: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

fn leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in(m: i64, y: i64) -> i64 {
    match m {
        2 if leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count from 1970-01-01 (the inverse of [`days_from_civil`]).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

// ---------------------------------------------------------------------------
// Go's `time.Parse`, for the layout elements cast's layouts use.

/// A layout element (Go's `std*` values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    TZ,
    Iso8601TZ,
    Iso8601SecondsTZ,
    Iso8601ShortTZ,
    Iso8601ColonTZ,
    Iso8601ColonSecondsTZ,
    NumTZ,
    NumSecondsTZ,
    NumShortTZ,
    NumColonTZ,
    NumColonSecondsTZ,
    /// `.000`: exactly this many digits.
    FracSecond0(usize),
    /// `.999`: any digits, or none.
    FracSecond9,
}

/// The first element of `layout`: the literal text before it, the element, the rest.
fn next_std(layout: &[u8]) -> (&[u8], Option<Std>, &[u8]) {
    let starts = |i: usize, s: &str| layout[i..].starts_with(s.as_bytes());
    let lower_at = |i: usize| layout.get(i).is_some_and(u8::is_ascii_lowercase);
    for i in 0..layout.len() {
        let found = match layout[i] {
            b'J' if starts(i, "January") => Some((Std::LongMonth, 7)),
            b'J' if starts(i, "Jan") && !lower_at(i + 3) => Some((Std::Month, 3)),
            b'M' if starts(i, "Monday") => Some((Std::LongWeekDay, 6)),
            b'M' if starts(i, "Mon") && !lower_at(i + 3) => Some((Std::WeekDay, 3)),
            b'M' if starts(i, "MST") => Some((Std::TZ, 3)),
            b'0' => match layout.get(i + 1) {
                Some(b'1') => Some((Std::ZeroMonth, 2)),
                Some(b'2') => Some((Std::ZeroDay, 2)),
                Some(b'3') => Some((Std::ZeroHour12, 2)),
                Some(b'4') => Some((Std::ZeroMinute, 2)),
                Some(b'5') => Some((Std::ZeroSecond, 2)),
                Some(b'6') => Some((Std::Year, 2)),
                _ => None,
            },
            b'1' if starts(i, "15") => Some((Std::Hour, 2)),
            b'1' => Some((Std::NumMonth, 1)),
            b'2' if starts(i, "2006") => Some((Std::LongYear, 4)),
            b'2' => Some((Std::Day, 1)),
            b'_' if starts(i, "_2006") => return (&layout[..i + 1], Some(Std::LongYear), &layout[i + 5..]),
            b'_' if starts(i, "_2") => Some((Std::UnderDay, 2)),
            b'3' => Some((Std::Hour12, 1)),
            b'4' => Some((Std::Minute, 1)),
            b'5' => Some((Std::Second, 1)),
            b'P' if starts(i, "PM") => Some((Std::PM, 2)),
            b'p' if starts(i, "pm") => Some((Std::Pm, 2)),
            b'-' if starts(i, "-070000") => Some((Std::NumSecondsTZ, 7)),
            b'-' if starts(i, "-07:00:00") => Some((Std::NumColonSecondsTZ, 9)),
            b'-' if starts(i, "-0700") => Some((Std::NumTZ, 5)),
            b'-' if starts(i, "-07:00") => Some((Std::NumColonTZ, 6)),
            b'-' if starts(i, "-07") => Some((Std::NumShortTZ, 3)),
            b'Z' if starts(i, "Z070000") => Some((Std::Iso8601SecondsTZ, 7)),
            b'Z' if starts(i, "Z07:00:00") => Some((Std::Iso8601ColonSecondsTZ, 9)),
            b'Z' if starts(i, "Z0700") => Some((Std::Iso8601TZ, 5)),
            b'Z' if starts(i, "Z07:00") => Some((Std::Iso8601ColonTZ, 6)),
            b'Z' if starts(i, "Z07") => Some((Std::Iso8601ShortTZ, 3)),
            b'.' | b',' if matches!(layout.get(i + 1), Some(b'0' | b'9')) => {
                let ch = layout[i + 1];
                let n = layout[i + 1..].iter().take_while(|c| **c == ch).count();
                // The run of digits must end the number: a fraction is all digits.
                if layout.get(i + 1 + n).is_some_and(u8::is_ascii_digit) {
                    None
                } else if ch == b'0' {
                    Some((Std::FracSecond0(n), n + 1))
                } else {
                    Some((Std::FracSecond9, n + 1))
                }
            }
            _ => None,
        };
        if let Some((std, len)) = found {
            return (&layout[..i], Some(std), &layout[i + len..]);
        }
    }
    (layout, None, &[])
}

/// Where and why a layout did not read a value.
#[derive(Debug)]
struct Failure {
    /// How far into the value it got.
    at: usize,
    /// A value out of range, in words.
    range: Option<String>,
}

/// What a layout read.
#[derive(Debug, Default)]
struct Fields {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    nanos: u32,
    /// A `Z`, or `UTC` as the zone name.
    utc: bool,
    /// A numeric offset, in seconds east of UTC.
    offset: Option<i64>,
    /// A zone name other than `UTC`.
    zone_name: Option<String>,
}

impl Fields {
    fn instant(&self, kind: Zone, zone: &TimeZone) -> Parsed {
        let civil =
            days_from_civil(self.year, self.month as u32, self.day as u32) * 86_400 + self.hour * 3600 + self.minute * 60 + self.second;
        let seconds = match kind {
            Zone::TimeOnly => civil,
            // A `Z` or `UTC` wins over an offset, as in Go.
            Zone::Numeric | Zone::NumericAndNamed if self.utc => civil,
            Zone::Numeric | Zone::NumericAndNamed => civil - self.offset.unwrap_or(0),
            Zone::None | Zone::Named => {
                // cast keeps the clock Go shows for the parsed time. For an
                // unknown `GMT+N`, Go records the offset without moving the
                // instant, so that clock is N hours on from the one written.
                let shift = match &self.zone_name {
                    Some(name) if name.len() > 3 && name.starts_with("GMT") => atoi(&name.as_bytes()[3..]).unwrap_or(0) * 3600,
                    _ => 0,
                };
                zone.to_utc(civil + shift)
            }
        };
        let offset = match kind {
            Zone::TimeOnly => Some(0),
            Zone::Numeric | Zone::NumericAndNamed if self.utc => Some(0),
            Zone::Numeric | Zone::NumericAndNamed => Some(self.offset.unwrap_or(0) as i32),
            Zone::None | Zone::Named => None,
        };
        Parsed { at: Instant { seconds, nanos: self.nanos }, time_only: kind == Zone::TimeOnly, offset }
    }
}

/// Go's `atoi`: an optional sign, then only digits.
fn atoi(s: &[u8]) -> Option<i64> {
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    Some(if neg { -n } else { n })
}

/// Go's `getnum`: one or two digits (two if `fixed`).
fn getnum(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    let digit = |i: usize| s.get(i).filter(|c| c.is_ascii_digit()).map(|c| i64::from(c - b'0'));
    let first = digit(0)?;
    match digit(1) {
        Some(second) => Some((first * 10 + second, &s[2..])),
        None if fixed => None,
        None => Some((first, &s[1..])),
    }
}

/// Go's `skip`: the literal `prefix`, where a space matches a run of spaces.
fn skip<'v>(mut value: &'v [u8], mut prefix: &[u8]) -> Option<&'v [u8]> {
    while let Some(&p) = prefix.first() {
        if p == b' ' {
            if value.first().is_some_and(|c| *c != b' ') {
                return None;
            }
            prefix = trim_spaces(prefix);
            value = trim_spaces(value);
            continue;
        }
        if value.first() != Some(&p) {
            return None;
        }
        prefix = &prefix[1..];
        value = &value[1..];
    }
    Some(value)
}

fn trim_spaces(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|c| **c == b' ').count();
    &s[n..]
}

/// Go's `lookup`: the first name `value` starts with, ignoring ASCII case.
fn lookup<'v>(names: &[&str], value: &'v [u8], len: impl Fn(&str) -> usize) -> Option<(usize, &'v [u8])> {
    names.iter().enumerate().find_map(|(i, name)| {
        let n = &name.as_bytes()[..len(name)];
        let head = value.get(..n.len())?;
        head.iter().zip(n).all(|(a, b)| a == b || (a | 0x20 == b | 0x20 && (a | 0x20).is_ascii_lowercase())).then(|| (i, &value[n.len()..]))
    })
}

/// Go's `parseNanoseconds`: `value[0]` is the separator, then `n - 1` digits (at most 9 count).
fn nanoseconds(value: &[u8], n: usize) -> Result<u32, String> {
    if !matches!(value.first(), Some(b'.' | b',')) {
        return Err(String::new());
    }
    let n = n.min(10);
    let ns = atoi(&value[1..n]).ok_or_else(String::new)?;
    if ns < 0 {
        return Err("the fraction of a second is negative".to_owned());
    }
    Ok((ns * 10i64.pow(10 - n as u32)) as u32)
}

/// Go's `parseSignedOffset`: `+N` or `-N` with N at most 23; its length.
fn signed_offset(value: &[u8]) -> usize {
    if !matches!(value.first(), Some(b'+' | b'-')) {
        return 0;
    }
    let digits = value[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n = value[1..1 + digits].iter().try_fold(0u64, |n, d| n.checked_mul(10)?.checked_add(u64::from(d - b'0')));
    match n {
        Some(x) if digits > 0 && x <= 23 => 1 + digits,
        _ => 0,
    }
}

/// Go's `parseTimeZone`: the length of the zone name `value` starts with.
fn zone_name_len(value: &[u8]) -> Option<usize> {
    if value.len() < 3 {
        return None;
    }
    if value.starts_with(b"ChST") || value.starts_with(b"MeST") {
        return Some(4);
    }
    if value.starts_with(b"GMT") {
        return Some(3 + if value.len() > 3 { signed_offset(&value[3..]) } else { 0 });
    }
    if matches!(value[0], b'+' | b'-') {
        return Some(signed_offset(value)).filter(|n| *n > 0);
    }
    let upper = value.iter().take(6).take_while(|c| c.is_ascii_uppercase()).count();
    match upper {
        3 => Some(3),
        4 if value[3] == b'T' || value.starts_with(b"WITA") => Some(4),
        5 if value[4] == b'T' => Some(5),
        _ => None,
    }
}

/// Go's `time.Parse(layout, value)`, up to the choice of zone (left to
/// [`Fields::instant`]).
fn go_parse(layout: &[u8], value: &[u8]) -> Result<Fields, Failure> {
    let full = value.len();
    let mut f = Fields { month: -1, day: -1, ..Fields::default() };
    let (mut am, mut pm) = (false, false);
    let mut layout = layout;
    let mut value = value;
    let fail = |rest: &[u8]| Failure { at: full - rest.len(), range: None };
    let range = |rest: &[u8], why: String| Failure { at: full - rest.len(), range: Some(why) };
    loop {
        let (prefix, std, suffix) = next_std(layout);
        value = skip(value, prefix).ok_or_else(|| fail(value))?;
        let Some(std) = std else {
            if !value.is_empty() {
                return Err(fail(value));
            }
            break;
        };
        layout = suffix;
        let hold = value;
        let bad = || fail(hold);
        match std {
            Std::Year => {
                let p = value.get(..2).ok_or_else(bad)?;
                let y = atoi(p).ok_or_else(bad)?;
                value = &value[2..];
                f.year = if y >= 69 { y + 1900 } else { y + 2000 };
            }
            Std::LongYear => {
                if value.len() < 4 || !value[0].is_ascii_digit() {
                    return Err(bad());
                }
                f.year = atoi(&value[..4]).ok_or_else(bad)?;
                value = &value[4..];
            }
            Std::Month | Std::LongMonth => {
                let (i, rest) = lookup(&MONTH_NAMES, value, |n| if std == Std::Month { 3 } else { n.len() }).ok_or_else(bad)?;
                f.month = i as i64 + 1;
                value = rest;
            }
            Std::NumMonth | Std::ZeroMonth => {
                let (m, rest) = getnum(value, std == Std::ZeroMonth).ok_or_else(bad)?;
                value = rest;
                if !(1..=12).contains(&m) {
                    return Err(range(value, format!("month {m} is not between 1 and 12")));
                }
                f.month = m;
            }
            Std::WeekDay | Std::LongWeekDay => {
                // The weekday is checked for its form, not against the date.
                let (_, rest) = lookup(&DAY_NAMES, value, |n| if std == Std::WeekDay { 3 } else { n.len() }).ok_or_else(bad)?;
                value = rest;
            }
            Std::Day | Std::UnderDay | Std::ZeroDay => {
                if std == Std::UnderDay && value.first() == Some(&b' ') {
                    value = &value[1..];
                }
                let (d, rest) = getnum(value, std == Std::ZeroDay).ok_or_else(bad)?;
                f.day = d;
                value = rest;
            }
            Std::Hour => {
                let (h, rest) = getnum(value, false).ok_or_else(bad)?;
                value = rest;
                if h >= 24 {
                    return Err(range(value, format!("hour {h} is not between 0 and 23")));
                }
                f.hour = h;
            }
            Std::Hour12 | Std::ZeroHour12 => {
                let (h, rest) = getnum(value, std == Std::ZeroHour12).ok_or_else(bad)?;
                value = rest;
                if h > 12 {
                    return Err(range(value, format!("hour {h} is not between 1 and 12 on a 12-hour clock")));
                }
                f.hour = h;
            }
            Std::Minute | Std::ZeroMinute => {
                let (m, rest) = getnum(value, std == Std::ZeroMinute).ok_or_else(bad)?;
                value = rest;
                if m >= 60 {
                    return Err(range(value, format!("minute {m} is not between 0 and 59")));
                }
                f.minute = m;
            }
            Std::Second | Std::ZeroSecond => {
                let (s, rest) = getnum(value, std == Std::ZeroSecond).ok_or_else(bad)?;
                value = rest;
                if s >= 60 {
                    return Err(range(value, format!("second {s} is not between 0 and 59")));
                }
                f.second = s;
                // A fraction the layout does not ask for is read all the same.
                if value.len() >= 2 && matches!(value[0], b'.' | b',') && value[1].is_ascii_digit() {
                    let next = next_std(layout).1;
                    if !matches!(next, Some(Std::FracSecond0(_) | Std::FracSecond9)) {
                        let n = 1 + value[1..].iter().take_while(|c| c.is_ascii_digit()).count();
                        f.nanos = nanoseconds(value, n).map_err(|why| if why.is_empty() { bad() } else { range(value, why) })?;
                        value = &value[n..];
                    }
                }
            }
            Std::PM | Std::Pm => {
                let p = value.get(..2).ok_or_else(bad)?;
                let (am_text, pm_text): (&[u8], &[u8]) = if std == Std::PM { (b"AM", b"PM") } else { (b"am", b"pm") };
                if p == pm_text {
                    pm = true;
                } else if p == am_text {
                    am = true;
                } else {
                    return Err(bad());
                }
                value = &value[2..];
            }
            Std::Iso8601TZ
            | Std::Iso8601ShortTZ
            | Std::Iso8601ColonTZ
            | Std::Iso8601SecondsTZ
            | Std::Iso8601ColonSecondsTZ
            | Std::NumTZ
            | Std::NumShortTZ
            | Std::NumColonTZ
            | Std::NumSecondsTZ
            | Std::NumColonSecondsTZ => {
                if matches!(std, Std::Iso8601TZ | Std::Iso8601ShortTZ | Std::Iso8601ColonTZ) && value.first() == Some(&b'Z') {
                    value = &value[1..];
                    f.utc = true;
                    continue;
                }
                // The value's length, and where its minutes and seconds start (hours are at 1).
                let (len, m, s) = match std {
                    Std::Iso8601ColonTZ | Std::NumColonTZ => (6, Some(4), None),
                    Std::Iso8601ShortTZ | Std::NumShortTZ => (3, None, None),
                    Std::Iso8601ColonSecondsTZ | Std::NumColonSecondsTZ => (9, Some(4), Some(7)),
                    Std::Iso8601SecondsTZ | Std::NumSecondsTZ => (7, Some(3), Some(5)),
                    _ => (5, Some(3), None),
                };
                if value.len() < len {
                    return Err(bad());
                }
                let colon = matches!(std, Std::Iso8601ColonTZ | Std::NumColonTZ | Std::Iso8601ColonSecondsTZ | Std::NumColonSecondsTZ);
                if colon && (value[3] != b':' || (len == 9 && value[6] != b':')) {
                    return Err(bad());
                }
                let two = |at: Option<usize>| match at {
                    None => Some(0),
                    Some(at) => getnum(&value[at..at + 2], true).map(|(n, _)| n),
                };
                let (Some(hh), Some(mm), Some(ss)) = (two(Some(1)), two(m), two(s)) else { return Err(bad()) };
                let sign = value[0];
                let written = String::from_utf8_lossy(&value[..len]).into_owned();
                value = &value[len..];
                if hh > 24 || mm > 60 || ss > 60 {
                    return Err(range(value, format!("the time zone offset {written} is out of range")));
                }
                let offset = (hh * 60 + mm) * 60 + ss;
                f.offset = Some(match sign {
                    b'+' => offset,
                    b'-' => -offset,
                    _ => return Err(bad()),
                });
            }
            Std::TZ => {
                if value.starts_with(b"UTC") {
                    f.utc = true;
                    value = &value[3..];
                    continue;
                }
                let n = zone_name_len(value).ok_or_else(bad)?;
                f.zone_name = Some(String::from_utf8_lossy(&value[..n]).into_owned());
                value = &value[n..];
            }
            Std::FracSecond0(digits) => {
                let n = 1 + digits;
                if value.len() < n {
                    return Err(bad());
                }
                f.nanos = nanoseconds(value, n).map_err(|why| if why.is_empty() { bad() } else { range(value, why) })?;
                value = &value[n..];
            }
            Std::FracSecond9 => {
                if value.len() < 2 || !matches!(value[0], b'.' | b',') || !value[1].is_ascii_digit() {
                    continue;
                }
                let n = 1 + value[1..].iter().take_while(|c| c.is_ascii_digit()).count();
                f.nanos = nanoseconds(value, n).map_err(|why| if why.is_empty() { bad() } else { range(value, why) })?;
                value = &value[n..];
            }
        }
    }
    if pm && f.hour < 12 {
        f.hour += 12;
    } else if am && f.hour == 12 {
        f.hour = 0;
    }
    if f.month < 0 {
        f.month = 1;
    }
    if f.day < 0 {
        f.day = 1;
    }
    if f.day < 1 || f.day > days_in(f.month, f.year) {
        let month = MONTH_NAMES[(f.month - 1) as usize];
        return Err(range(value, format!("day {} is not in {month} {}, which has {} days", f.day, f.year, days_in(f.month, f.year))));
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> Result<String, String> {
        parse(text, &TimeZone::utc()).map(|p| p.at.to_string())
    }

    #[test]
    fn reads_hugos_forms() {
        assert_eq!(utc("2023-10-15T13:18:50-07:00").unwrap(), "2023-10-15T20:18:50Z");
        assert_eq!(utc("2023-10-15T13:18:50,123Z").unwrap(), "2023-10-15T13:18:50.123Z");
        assert_eq!(utc("Sun, 15 Oct 2023 13:18:50 GMT+2").unwrap(), "2023-10-15T15:18:50Z", "Go's GMT+N quirk");
        assert_eq!(utc("3:04PM").unwrap(), "0000-01-01T15:04:00Z");
        assert_eq!(utc("1970-01-02").unwrap(), "1970-01-02T00:00:00Z");
        assert_eq!(Instant::ZERO.to_string(), "0001-01-01T00:00:00Z");
    }

    #[test]
    fn names_the_bad_part() {
        assert_eq!(utc("2021-13-22").unwrap_err(), "month 13 is not between 1 and 12");
        assert_eq!(utc("2021-02-30").unwrap_err(), "day 30 is not in February 2021, which has 28 days");
        assert_eq!(utc("2021-12-22T25:00:00Z").unwrap_err(), "hour 25 is not between 0 and 23");
        assert!(utc("22/12/2021").unwrap_err().starts_with("no form Hugo reads matches it"));
        assert!(utc("2021-12-22T10:00:00+25:00").unwrap_err().contains("time zone"));
        assert!(utc("5 October 2023").unwrap_err().contains("three letters"));
    }

    #[test]
    fn toml_literals() {
        let z = TimeZone::utc();
        let at = |nanos| Reading::Set(Instant { seconds: 1_697_375_930, nanos }, Quirk::None);
        assert_eq!(read(Written::TomlDateTime("2023-10-15T13:18:50.5Z"), &z), at(500_000_000), "already UTC: kept whole");
        assert_eq!(read(Written::TomlDateTime("2023-10-15T18:48:50.5+05:30"), &z), at(0), "formatted as RFC 3339 first");
        assert!(matches!(read(Written::TomlDateTime("13:18:50"), &z), Reading::Fails(_)));
        assert_eq!(read(Written::Text("0001-01-01"), &z), Reading::Unset, "Go's zero time is no date");
    }
}
