//! Decimal text to `f64`, correctly rounded, in the syntax of `str::parse::<f64>`;
//! and back, as the shortest digits that read back ([`shortest`]).
//!
//! The standard library's parser carries a 10 KB table of powers of five (and
//! ~2 KB of code) into the wasm module; numbers in front matter and templates
//! are few and short, so a small exact method does: the common case (≤ 15
//! significant digits, a power of ten up to 10^22) is one exact IEEE operation,
//! and the rest is worked out with big integers. Results equal the standard
//! parser's, bit for bit (the tests compare them on hundreds of thousands of inputs).

/// Parses a decimal number (`-1.5e3`, `.5`, `5.`, `inf`, `NaN`) as
/// `str::parse::<f64>` does, returning `None` where it returns an error.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        decimal(body)?
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// The shortest significant digits of `x` (finite, not zero; its sign is
/// left out) that read back as `x`, and the power of ten of the first:
/// `1500.0` is `("15", 3)`, `0.25` is `("25", -1)`. Where two such
/// strings are equally near `x`, the even one, as Go's `strconv` and
/// JavaScript's `Number#toString` choose (Rust's `{:e}` does not:
/// `2^-25` is `2.9802322387695312e-08` in Go, `…313e-8` in Rust).
pub fn shortest(x: f64) -> (String, i32) {
    debug_assert!(x.is_finite() && x != 0.0, "shortest() takes a finite number other than zero");
    let mut buffer = zmij::Buffer::new();
    let text = buffer.format_finite(x.abs());
    // zmij writes `1500.0`, `0.25`, `1.5e-7` or `1e+100`.
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().expect("zmij writes an integer exponent")),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits = String::with_capacity(int.len() + frac.len());
    digits.push_str(int);
    digits.push_str(frac);
    let leading = digits.len() - digits.trim_start_matches('0').len();
    let exponent = exponent + int.len() as i32 - 1 - leading as i32;
    let digits = digits.trim_start_matches('0').trim_end_matches('0');
    (if digits.is_empty() { "0".to_owned() } else { digits.to_owned() }, exponent)
}

/// How many significant digits are kept; the rest only say "a little more"
/// (deciding a tie between two doubles needs at most 768).
const MAX_DIGITS: usize = 800;

fn decimal(body: &str) -> Option<f64> {
    let b = body.as_bytes();
    let mut i = 0;
    // Significant digits (no leading zeros), and the power of ten of the last one.
    let mut digits: Vec<u8> = Vec::new();
    let mut sticky = false;
    let mut exp10: i64 = 0;
    let mut seen_digit = false;
    // Keeps a digit; returns whether it was dropped (past MAX_DIGITS).
    let mut push = |d: u8, digits: &mut Vec<u8>| {
        if digits.is_empty() && d == 0 {
            return false;
        }
        if digits.len() < MAX_DIGITS {
            digits.push(d);
            false
        } else {
            sticky |= d != 0;
            true
        }
    };
    while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
        if push(c - b'0', &mut digits) {
            exp10 += 1;
        }
        seen_digit = true;
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            // Each kept digit (or skipped leading zero) moves the scale one place.
            if !push(c - b'0', &mut digits) {
                exp10 -= 1;
            }
            seen_digit = true;
            i += 1;
        }
    }
    if !seen_digit {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp10 += if negative { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    if digits.is_empty() {
        return Some(0.0);
    }
    while digits.len() > 1 && digits.last() == Some(&0) && !sticky {
        digits.pop();
        exp10 += 1;
    }
    if sticky {
        // Something non-zero was cut off: a final 1 puts the value strictly
        // between the kept digits and the next number up.
        digits.push(1);
        exp10 -= 1;
    }
    // The value is digits × 10^exp10, in [10^(top-1), 10^top).
    let top = digits.len() as i64 + exp10;
    if top > 310 {
        return Some(f64::INFINITY);
    }
    if top < -324 {
        return Some(0.0);
    }
    if digits.len() <= 15 && (-22..=22).contains(&exp10) {
        let m = digits.iter().fold(0u64, |m, &d| m * 10 + u64::from(d)) as f64;
        let p = POWERS[exp10.unsigned_abs() as usize];
        return Some(if exp10 < 0 { m / p } else { m * p });
    }
    let mut n = Big::from_digits(&digits);
    if exp10 >= 0 {
        n.mul_pow10(exp10 as u32);
        Some(round(&n, 0, false))
    } else {
        let mut p = Big(vec![1]);
        p.mul_pow10((-exp10) as u32);
        // Enough quotient bits for 53 significant ones plus rounding.
        let k = (p.bits() as i64 + 66 - n.bits() as i64).max(0) as usize;
        n.shl(k);
        let (q, rest) = n.div_rem(&p);
        Some(round(&q, -(k as i64), !rest.is_zero()))
    }
}

/// 10^0 … 10^22, all exact in an `f64`.
const POWERS: [f64; 23] =
    [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/// q × 2^e2 (plus a little more if `sticky`), rounded to the nearest `f64`, ties to even.
fn round(q: &Big, e2: i64, sticky: bool) -> f64 {
    let len = q.bits() as i64;
    if len == 0 {
        return 0.0;
    }
    // Keep 53 bits, or fewer where the result is subnormal (its last bit is 2^-1074).
    let shift = (len - 53).max(-1074 - e2);
    let mut mantissa: u64;
    if shift <= 0 {
        mantissa = q.low_u64() << (-shift);
    } else {
        let s = shift as usize;
        mantissa = (0..(len - shift).clamp(0, 53) as usize).rev().fold(0, |m, i| (m << 1) | u64::from(q.bit(s + i)));
        let half = q.bit(s - 1);
        let rest = sticky || q.any_below(s - 1);
        if half && (rest || mantissa & 1 == 1) {
            mantissa += 1;
        }
    }
    scale(mantissa as f64, e2 + shift)
}

/// m × 2^e, exact when the result is representable (m < 2^54).
fn scale(m: f64, e: i64) -> f64 {
    let pow2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    if e > 1023 {
        return if m == 0.0 { 0.0 } else { m * pow2(1023) * pow2((e - 1023).min(1023)) };
    }
    if e < -1022 {
        return m * pow2(-1022) * pow2((e + 1022).max(-1022));
    }
    m * pow2(e)
}

/// A non-negative big integer, 32-bit limbs, least significant first.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn from_digits(digits: &[u8]) -> Big {
        let mut n = Big(vec![0]);
        for chunk in digits.chunks(9) {
            let value = chunk.iter().fold(0u32, |v, &d| v * 10 + u32::from(d));
            n.mul_add(10u32.pow(chunk.len() as u32), value);
        }
        n
    }

    fn mul_add(&mut self, m: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut e: u32) {
        while e > 0 {
            let step = e.min(9);
            self.mul_add(10u32.pow(step), 0);
            e -= step;
        }
    }

    fn trim(&mut self) {
        while self.0.len() > 1 && self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }

    fn bits(&self) -> usize {
        let top = self.0.iter().rposition(|&l| l != 0);
        top.map_or(0, |i| i * 32 + 32 - self.0[i].leading_zeros() as usize)
    }

    fn bit(&self, i: usize) -> bool {
        self.0.get(i / 32).is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    fn any_below(&self, i: usize) -> bool {
        let whole = i / 32;
        self.0[..whole.min(self.0.len())].iter().any(|&l| l != 0)
            || self.0.get(whole).is_some_and(|&l| !i.is_multiple_of(32) && l & ((1 << (i % 32)) - 1) != 0)
    }

    fn low_u64(&self) -> u64 {
        u64::from(self.0[0]) | self.0.get(1).map_or(0, |&l| u64::from(l) << 32)
    }

    fn shl(&mut self, bits: usize) {
        let (limbs, rest) = (bits / 32, bits % 32);
        if rest > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let next = *limb >> (32 - rest);
                *limb = (*limb << rest) | carry;
                carry = next;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn shr1(&mut self) {
        let mut carry = 0;
        for limb in self.0.iter_mut().rev() {
            let next = *limb & 1;
            *limb = (*limb >> 1) | (carry << 31);
            carry = next;
        }
        self.trim();
    }

    fn ge(&self, other: &Big) -> bool {
        let (a, b) = (self.bits(), other.bits());
        if a != b {
            return a > b;
        }
        for i in (0..self.0.len().max(other.0.len())).rev() {
            let (x, y) = (self.0.get(i).copied().unwrap_or(0), other.0.get(i).copied().unwrap_or(0));
            if x != y {
                return x > y;
            }
        }
        true
    }

    /// self -= other (self ≥ other).
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let v = i64::from(self.0[i]) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            borrow = i64::from(v < 0);
            self.0[i] = (v + (borrow << 32)) as u32;
        }
        self.trim();
    }

    fn set_bit(&mut self, i: usize) {
        if self.0.len() <= i / 32 {
            self.0.resize(i / 32 + 1, 0);
        }
        self.0[i / 32] |= 1 << (i % 32);
    }

    /// Quotient and remainder, by binary long division.
    fn div_rem(mut self, d: &Big) -> (Big, Big) {
        let mut q = Big(vec![0]);
        let (a, b) = (self.bits(), d.bits());
        if a < b {
            return (q, self);
        }
        let mut shifted = d.clone();
        shifted.shl(a - b);
        for i in (0..=a - b).rev() {
            if self.ge(&shifted) {
                self.sub(&shifted);
                q.set_bit(i);
            }
            shifted.shr1();
        }
        (q, self)
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, shortest};

    fn same(text: &str) {
        let want = text.parse::<f64>().ok();
        let got = parse(text);
        assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits), "{text:?}: {got:?} vs {want:?}");
    }

    #[test]
    fn syntax_is_the_standard_parsers() {
        for text in [
            "",
            "+",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "1.e5",
            ".5",
            "5.",
            "+.5e-3",
            "-0",
            "0e999999999999",
            "1_0",
            " 1",
            "1 ",
            "inf",
            "-Infinity",
            "NaN",
            "nan1",
            "infinite",
            "0x10",
            "1e+5",
            "1E5",
            "00012.500",
            "..5",
            "1.2.3",
            "1e5.5",
            "١",
        ] {
            let want = text.parse::<f64>().ok();
            let got = parse(text);
            assert_eq!(got.is_some(), want.is_some(), "{text:?}");
            if let (Some(a), Some(b)) = (got, want) {
                assert!(a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()), "{text:?}");
            }
        }
    }

    #[test]
    fn hard_cases_round_like_the_standard_parser() {
        for text in [
            "9007199254740993",
            "9007199254740992.5",
            "1e23",
            "8.98846567431158e307",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "5e-324",
            "1e-400",
            "1e400",
            "0.1000000000000000055511151231257827021181583404541015625",
            "0.1000000000000000055511151231257827021181583404541015624",
            "0.1000000000000000055511151231257827021181583404541015626",
            "123456789012345678901234567890e-50",
            "7.038531e-26",
            "3.0517578125e-05",
        ] {
            same(text);
        }
        // A tie (752 digits) that rounds to even, the same plus a final 1 (rounds up), and a
        // number longer than the digits kept.
        // 2^-1075 exactly is halfway between 0 and the smallest subnormal.
        let tie = "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324";
        same(tie);
        same(&format!("{}1e-324", &tie[..tie.len() - 5]));
        same(&format!("1{}e-900", "0".repeat(1200)));
    }

    #[test]
    fn random_numbers_match_the_standard_parser() {
        let mut seed = 0x2545F4914F6CDD1Du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..100_000 {
            let len = 1 + (next() % 25) as usize;
            let digits: String = (0..len).map(|_| char::from(b'0' + (next() % 10) as u8)).collect();
            let point = (next() % (len as u64 + 1)) as usize;
            let exp = (next() % 700) as i64 - 350;
            let text = format!("{}.{}e{exp}", &digits[..point], &digits[point..]);
            same(&text);
            // Doubles printed in full are exactly halfway cases' neighbours.
            let f = f64::from_bits(next() >> 1);
            if f.is_finite() {
                same(&format!("{f:e}"));
                same(&format!("{f}"));
            }
        }
    }

    #[test]
    fn shortest_digits_read_back_and_are_as_short_as_the_standard_librarys() {
        let mut seed = 0x9E3779B97F4A7C15u64;
        for i in 0..200_000u32 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let x = if i % 2 == 0 { f64::from_bits(seed) } else { (seed % 1_000_000_000) as f64 / 1000.0 };
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            let (digits, exp) = shortest(x);
            let back: f64 = format!("0.{digits}e{}", exp + 1).parse().unwrap();
            assert_eq!(back, x.abs(), "{digits} at 10^{exp} should read back as {x:e}");
            let std = format!("{x:e}");
            let std_digits = std.split('e').next().unwrap().bytes().filter(u8::is_ascii_digit).count();
            assert_eq!(digits.len(), std_digits, "{x:e}: {digits} should be as short as the standard library's");
        }
        assert_eq!(shortest(1500.0), ("15".to_owned(), 3));
        assert_eq!(shortest(-0.25), ("25".to_owned(), -1));
        assert_eq!(shortest(1e100), ("1".to_owned(), 100));
        assert_eq!(shortest(5e-324), ("5".to_owned(), -324));
    }
}
