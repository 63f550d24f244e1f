//! The dates Hugo accepts in front matter, checked part by part so that a
//! message can name what is wrong (`month 13`).

/// A date as seconds since 1970-01-01T00:00:00Z (zoneless dates are taken as UTC).
pub type Timestamp = i64;

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

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

fn number(s: &str, what: &str, len: usize) -> Result<u32, String> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("the {what} `{s}` should be {len} digits"));
    }
    s.parse().map_err(|_| format!("the {what} `{s}` is not a number"))
}

fn check_date(y: i64, m: u32, d: u32) -> Result<(), String> {
    if !(1..=12).contains(&m) {
        return Err(format!("month {m} is not between 1 and 12"));
    }
    let max = days_in(y, m);
    if d == 0 || d > max {
        return Err(format!("day {d} is not in {} {y}, which has {max} days", MONTH_NAMES[m as usize - 1]));
    }
    Ok(())
}

/// Parses a date in one of Hugo's accepted forms: `2023-10-15`,
/// `2023-10-15T13:18:50` (or with a space), optional fractional seconds, a zone
/// `Z`, `-07:00` or `-0700`; or `15 Oct 2023`.
///
/// # Errors
/// A message naming the part that is wrong.
pub fn parse(text: &str) -> Result<Timestamp, String> {
    let t = text.trim();
    // `15 Oct 2023`
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() == 3 && words[1].chars().all(char::is_alphabetic) {
        let d: u32 = words[0].parse().map_err(|_| format!("the day `{}` is not a number", words[0]))?;
        let m = MONTHS
            .iter()
            .position(|m| words[1].to_ascii_lowercase().starts_with(m))
            .ok_or_else(|| format!("`{}` is not a month name", words[1]))? as u32
            + 1;
        let y = i64::from(number(words[2], "year", 4)?);
        check_date(y, m, d)?;
        return Ok(days_from_civil(y, m, d) * 86_400);
    }
    let (date, time) = match t.find(['T', 't', ' ']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(format!("`{t}` is not a date Hugo reads: write it as 2023-10-15 or 2023-10-15T13:18:50Z"));
    };
    let y = i64::from(number(y, "year", 4)?);
    let m = number(m, "month", 2)?;
    let d = number(d, "day", 2)?;
    check_date(y, m, d)?;
    let mut seconds = days_from_civil(y, m, d) * 86_400;
    if let Some(time) = time {
        let (clock, zone) = match time.find(['Z', 'z', '+', '-']) {
            Some(i) => (&time[..i], &time[i..]),
            None => (time.trim_end(), ""),
        };
        let clock = clock.trim_end();
        let clock = clock.split_once('.').map_or(clock, |(c, frac)| if frac.bytes().all(|b| b.is_ascii_digit()) { c } else { clock });
        let hms: Vec<&str> = clock.split(':').collect();
        let [h, mi, s] = hms.as_slice() else {
            return Err(format!("the time `{clock}` should be hours:minutes:seconds, as in 13:18:50"));
        };
        let (h, mi, s) = (number(h, "hour", 2)?, number(mi, "minute", 2)?, number(s, "second", 2)?);
        if h > 23 {
            return Err(format!("hour {h} is not between 0 and 23"));
        }
        if mi > 59 {
            return Err(format!("minute {mi} is not between 0 and 59"));
        }
        if s > 60 {
            return Err(format!("second {s} is not between 0 and 59"));
        }
        seconds += i64::from(h * 3600 + mi * 60 + s);
        let zone = zone.trim();
        if !zone.is_empty() && !zone.eq_ignore_ascii_case("z") {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
            if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("the time zone `{zone}` should be Z, or an offset like -07:00"));
            }
            let (zh, zm): (i64, i64) = (digits[..2].parse().unwrap_or(0), digits[2..].parse().unwrap_or(0));
            if zh > 23 || zm > 59 {
                return Err(format!("the time zone `{zone}` is not a valid offset"));
            }
            seconds -= sign * (zh * 3600 + zm * 60);
        }
    }
    Ok(seconds)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn accepts_hugos_forms() {
        for d in [
            "2023-10-15T13:18:50-07:00",
            "2023-10-15T13:18:50-0700",
            "2023-10-15T13:18:50Z",
            "2023-10-15T13:18:50",
            "2023-10-15",
            "15 Oct 2023",
            "2023-10-15 13:18:50",
            "2021-12-22T00:00:00.123Z",
        ] {
            assert!(parse(d).is_ok(), "{d} should parse: {:?}", parse(d));
        }
        assert_eq!(parse("1970-01-02").unwrap(), 86_400);
        assert_eq!(parse("2021-12-22T00:00:00-01:00").unwrap(), parse("2021-12-22T01:00:00Z").unwrap());
    }

    #[test]
    fn names_the_bad_part() {
        assert_eq!(parse("2021-13-22").unwrap_err(), "month 13 is not between 1 and 12");
        assert_eq!(parse("2021-02-30").unwrap_err(), "day 30 is not in February 2021, which has 28 days");
        assert_eq!(parse("2021-12-22T25:00:00Z").unwrap_err(), "hour 25 is not between 0 and 23");
        assert!(parse("22/12/2021").unwrap_err().contains("not a date Hugo reads"));
        assert!(parse("2021-12-22T10:00:00+25:00").unwrap_err().contains("time zone"));
    }
}
