//! The one URL policy for every `href`, `src` and `cite` Recap writes.
//!
//! Allowed: `http:`, `https:`, `mailto:`, `tel:`, relative references and
//! fragments. The check runs on the URL as the browser will see it: after
//! character references are decoded (the caller does that for raw HTML),
//! with tabs and newlines removed and surrounding whitespace and control
//! characters stripped, and with the scheme compared case-insensitively.

const ALLOWED_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// Whether `url` may appear in a link or image attribute.
pub fn is_safe_url(url: &str) -> bool {
    // A browser strips leading and trailing C0 controls and spaces, and removes
    // tabs and newlines anywhere, before it looks for a scheme.
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    if trimmed.starts_with('#') {
        // A fragment stays on the page, whatever characters the heading ID has.
        return true;
    }
    // Printable ASCII has nothing to remove or refuse: read as it is (most
    // URLs; the copy below was 1% of a render).
    let printable = trimmed.bytes().all(|b| (b' '..0x7f).contains(&b));
    let mut cleaned = String::new();
    if !printable {
        for c in trimmed.chars() {
            match c {
                '\t' | '\n' | '\r' => {}
                // Any other control character is refused rather than reasoned about.
                c if c.is_control() => return false,
                c => cleaned.push(c),
            }
        }
    }
    match scheme(if printable { trimmed } else { &cleaned }) {
        None => true,
        Some(s) => ALLOWED_SCHEMES.iter().any(|a| s.eq_ignore_ascii_case(a)),
    }
}

/// The URL to write, or the empty string (as Hugo writes `href=""`) when it is not safe.
pub fn safe_href(url: &str) -> &str {
    if is_safe_url(url) {
        url
    } else {
        ""
    }
}

/// The scheme of an absolute URL: letters, digits, `+`, `-`, `.` before the first
/// `:`, starting with a letter, with no `/`, `?` or `#` before it. Backslashes are
/// path separators to a browser, so they end the search too.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find([':', '/', '?', '#', '\\'])?;
    if url.as_bytes()[end] != b':' {
        return None;
    }
    let s = &url[..end];
    let mut chars = s.chars();
    let first = chars.next()?;
    // Anything else before the colon (`foo):`, `java script:`) is no scheme to a
    // browser either: the URL is a relative path.
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::is_safe_url;

    #[test]
    fn allows_web_mail_phone_relative_and_fragments() {
        for url in [
            "https://a.b/c",
            "HTTP://x",
            "mailto:a@b.c",
            "tel:+1",
            "/p",
            "p/q",
            "#f",
            "?q=1",
            "//cdn.example/x",
            "",
            "a/b:c",
            "#t\u{2}x",
            "#javascript:x",
        ] {
            assert!(is_safe_url(url), "{url:?} should be allowed");
        }
    }

    #[test]
    fn refuses_script_schemes_however_they_are_dressed() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:x",
            "\u{1}javascript:x",
            "java\tscript:x",
            "java\nscript:x",
            "java\u{0}script:x",
            "vbscript:x",
            "data:text/html,<script>",
            "data:image/png;base64,AAAA",
            "file:///etc/passwd",
        ] {
            assert!(!is_safe_url(url), "{url:?} should be refused");
        }
    }
}
