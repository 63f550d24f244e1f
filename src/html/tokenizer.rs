//! A small HTML tokenizer for raw HTML found in posts.
//!
//! Why our own and not html5ever: html5ever and its tree builder would add
//! several hundred kilobytes to the wasm module, and the sanitizer does not need
//! a tree. It needs tokens that it rebuilds into a canonical form: allowlisted
//! tags, double-quoted escaped attributes, escaped text, no comments, and never
//! an element whose content a browser parses differently (script, style,
//! textarea, title, xmp, iframe, noembed, noframes, noscript, plaintext,
//! template, svg, math). Because the output contains only those canonical
//! constructs, the browser re-parses it into exactly the tokens we checked, which
//! is what defeats mutation XSS; fidelity on malformed input is secondary.

/// One attribute; `value` is raw (character references not yet decoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute<'a> {
    /// The name, as written (compare case-insensitively).
    pub name: &'a str,
    /// The raw value; empty for a bare attribute.
    pub value: &'a str,
}

/// A token of raw HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// Text between tags (character references not decoded).
    Text(&'a str),
    /// `<name attr=value …>` or `<name … />`.
    Start {
        /// Tag name as written.
        name: &'a str,
        /// Attributes in source order.
        attributes: Vec<Attribute<'a>>,
        /// Whether the tag ended with `/>`.
        self_closing: bool,
    },
    /// `</name>`.
    End {
        /// Tag name as written.
        name: &'a str,
    },
    /// A comment: `<!--data-->`, or what a browser makes a comment of (`<?…>`,
    /// `<![CDATA[…>`, `</1…>`, `<!x…>`). Holds the comment's data.
    Comment(&'a str),
    /// A doctype, or a tag cut off by the end of the input: never written out.
    Other(&'a str),
}

/// Iterates over the tokens of a raw-HTML string.
pub struct Tokenizer<'a> {
    s: &'a str,
    pos: usize,
    /// After `<script>` and friends, text runs until the matching end tag.
    raw_text_end: Option<&'static str>,
}

/// Elements whose content a browser reads as text up to the end tag.
const RAW_TEXT: [&str; 10] = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

impl<'a> Tokenizer<'a> {
    /// Starts tokenizing `s`.
    pub fn new(s: &'a str) -> Tokenizer<'a> {
        Tokenizer { s, pos: 0, raw_text_end: None }
    }

    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }

    /// Where the input is: the next token starts at this byte offset.
    pub fn offset(&self) -> usize {
        self.pos
    }

    fn raw_text(&mut self, name: &'static str) -> Token<'a> {
        let rest = self.rest();
        let end = if name == "plaintext" { None } else { find_end_tag(rest, name) };
        let end = end.unwrap_or(rest.len());
        self.pos += end;
        Token::Text(&rest[..end])
    }

    fn tag_name_len(s: &str) -> usize {
        s.bytes().take_while(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>')).count()
    }

    fn start_tag(&mut self) -> Token<'a> {
        let s = self.s;
        let mut i = self.pos + 1;
        let name_len = Self::tag_name_len(&s[i..]);
        let name = &s[i..i + name_len];
        i += name_len;
        let bytes = s.as_bytes();
        let mut attributes = Vec::new();
        let mut self_closing = false;
        let mut closed = false;
        loop {
            while i < s.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/') {
                self_closing = bytes[i] == b'/';
                i += 1;
            }
            if i >= s.len() {
                break;
            }
            if bytes[i] == b'>' {
                i += 1;
                closed = true;
                break;
            }
            self_closing = false;
            // An attribute name runs to whitespace, `/`, `>` or `=` (a leading `=` is part of it).
            let start = i;
            i += 1;
            while i < s.len() && !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'=') {
                i += 1;
            }
            let attr_name = &s[start..i];
            while i < s.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                i += 1;
            }
            let mut value = "";
            if i < s.len() && bytes[i] == b'=' {
                i += 1;
                while i < s.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                    i += 1;
                }
                if i < s.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                    let q = bytes[i];
                    let vstart = i + 1;
                    let vend = s[vstart..].bytes().position(|b| b == q).map_or(s.len(), |p| vstart + p);
                    value = &s[vstart..vend];
                    i = (vend + 1).min(s.len());
                } else {
                    let vstart = i;
                    while i < s.len() && !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>') {
                        i += 1;
                    }
                    value = &s[vstart..i];
                }
            }
            attributes.push(Attribute { name: attr_name, value });
        }
        if !closed {
            // End of input inside a tag: browsers drop the tag, and so do we.
            let start = self.pos;
            self.pos = s.len();
            return Token::Other(&s[start..]);
        }
        self.pos = i;
        if !self_closing {
            self.raw_text_end = RAW_TEXT.iter().copied().find(|t| t.eq_ignore_ascii_case(name));
        }
        Token::Start { name, attributes, self_closing }
    }

    fn end_tag(&mut self) -> Token<'a> {
        if !self.rest().contains('>') {
            let rest = self.rest();
            self.pos = self.s.len();
            return Token::Other(rest);
        }
        let s = self.s;
        let start = self.pos + 2;
        let name_len = Self::tag_name_len(&s[start..]);
        let name = &s[start..start + name_len];
        let close = s[start..].find('>').map_or(s.len(), |p| start + p + 1);
        self.pos = close;
        Token::End { name }
    }

    fn markup_declaration(&mut self) -> Token<'a> {
        let rest = self.rest();
        if let Some(body) = rest.strip_prefix("<!--") {
            // `<!-->` and `<!--->` end at once; otherwise the comment runs to `-->` (or `--!>`).
            let (data, len) = if body.starts_with('>') {
                (0, 5)
            } else if body.starts_with("->") {
                (0, 6)
            } else {
                match comment_end(body) {
                    Some((data, end)) => (data, 4 + end),
                    None => (body.len(), rest.len()),
                }
            };
            self.pos += len;
            return Token::Comment(&body[..data]);
        }
        let len = rest.find('>').map_or(rest.len(), |p| p + 1);
        self.pos += len;
        let inner = &rest[..len];
        if inner.get(..9).is_some_and(|p| p.eq_ignore_ascii_case("<!doctype")) {
            return Token::Other(inner);
        }
        // `<?x>` keeps the `?`; `<!x>` and `</1>` drop their first two characters.
        let data = if inner.starts_with("<?") { &inner[1..] } else { &inner[2..] };
        Token::Comment(data.strip_suffix('>').unwrap_or(data))
    }
}

/// Where `</name` (any case) first starts in `s`. One pass, no copy: a copy of
/// the rest for each raw-text element made a run of them quadratic.
fn find_end_tag(s: &str, name: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(p) = s[from..].find("</") {
        let at = from + p;
        if bytes.get(at + 2..at + 2 + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes())) {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// The end of a comment's data: where the first `-->` or `--!>` starts, and
/// where it ends. One pass (looking for each ending separately scanned the
/// whole rest of the input for the one that was not there, at every comment).
fn comment_end(body: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(p) = body[from..].find("--") {
        let at = from + p;
        let after = &body[at + 2..];
        if after.starts_with('>') {
            return Some((at, at + 3));
        }
        if after.starts_with("!>") {
            return Some((at, at + 4));
        }
        from = at + 1;
    }
    None
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if self.pos >= self.s.len() {
            return None;
        }
        if let Some(name) = self.raw_text_end.take() {
            let t = self.raw_text(name);
            if !matches!(t, Token::Text("")) {
                return Some(t);
            }
            if self.pos >= self.s.len() {
                return None;
            }
        }
        let rest = self.rest();
        let b = rest.as_bytes();
        if b[0] == b'<' && b.len() > 1 {
            match b[1] {
                c if c.is_ascii_alphabetic() => return Some(self.start_tag()),
                b'/' if b.get(2).is_some_and(u8::is_ascii_alphabetic) => return Some(self.end_tag()),
                b'/' if b.get(2) == Some(&b'>') => {
                    self.pos += 3;
                    return Some(Token::Other("</>"));
                }
                b'/' | b'!' | b'?' => return Some(self.markup_declaration()),
                _ => {}
            }
        }
        // Text runs to the next `<` that could start markup.
        let mut end = rest.len();
        // (Past the first character, which may be more than one byte.)
        let mut from = rest.chars().next().map_or(1, char::len_utf8);
        while let Some(p) = rest[from..].find('<') {
            let at = from + p;
            if matches!(b.get(at + 1), Some(c) if c.is_ascii_alphabetic() || matches!(c, b'/' | b'!' | b'?')) {
                end = at;
                break;
            }
            from = at + 1;
        }
        self.pos += end;
        Some(Token::Text(&rest[..end]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<Token<'_>> {
        Tokenizer::new(s).collect()
    }

    #[test]
    fn reads_tags_attributes_and_text() {
        let t = tokens("a<img src=x alt='y z' hidden/>b</p >");
        assert_eq!(t[0], Token::Text("a"));
        assert_eq!(
            t[1],
            Token::Start {
                name: "img",
                attributes: vec![
                    Attribute { name: "src", value: "x" },
                    Attribute { name: "alt", value: "y z" },
                    Attribute { name: "hidden", value: "" }
                ],
                self_closing: true
            }
        );
        assert_eq!(t[2], Token::Text("b"));
        assert_eq!(t[3], Token::End { name: "p" });
    }

    #[test]
    fn script_content_is_text_until_its_end_tag() {
        let t = tokens("<script>if (a<b) x='</div>'</ScRipt>after");
        assert_eq!(t[1], Token::Text("if (a<b) x='</div>'"), "the content is one text token");
        assert_eq!(t[2], Token::End { name: "ScRipt" });
        assert_eq!(t[3], Token::Text("after"));
    }

    #[test]
    fn comments_and_what_browsers_make_comments_of() {
        let t = tokens("<!-- x --><!DOCTYPE html><?php ?><![CDATA[ y ]]><!-->z");
        assert_eq!(t[0], Token::Comment(" x "));
        assert!(matches!(t[1], Token::Other(_)), "doctype");
        assert_eq!(t[2], Token::Comment("?php ?"));
        assert_eq!(t[3], Token::Comment("[CDATA[ y ]]"));
        assert_eq!(t[4], Token::Comment(""));
        assert_eq!(t[5], Token::Text("z"));
    }

    #[test]
    fn a_tag_cut_off_by_the_end_is_dropped() {
        assert!(matches!(tokens("<div id=\"x\"\n*hi*\n")[..], [Token::Other(_)]));
    }

    #[test]
    fn a_lone_less_than_is_text() {
        assert_eq!(tokens("1 < 2 <3"), vec![Token::Text("1 < 2 <3")]);
    }
}
