//! Every diagnostic code Recap emits, with what it means and how to fix it.
//!
//! This table is the one home of that text: `recap explain CODE` prints it, the
//! SARIF output carries it as each rule's help, and a test
//! (`tests/diagnostic_codes.rs`) checks that every code written anywhere in
//! `src/` is listed here, and that nothing listed here is no longer emitted.

/// A diagnostic code and its documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Code {
    /// The stable, namespaced code (`front-matter/unknown-field`).
    pub code: &'static str,
    /// A one-line summary (SARIF's `shortDescription`).
    pub summary: &'static str,
    /// What the problem means and how to fix it, in a short paragraph; the
    /// limits it quotes are written `{limit:NAME}`, the schema keywords Recap
    /// checks `{schema-keywords}` (see [`Code::help_text`]).
    pub help: &'static str,
}

impl Code {
    /// The help as people read it: each `{limit:NAME}` replaced by the value
    /// of the limit `NAME` in src/limits.rs (`10,000`, `4 MiB`), and
    /// `{schema-keywords}` by the list in src/front_matter/schema.rs, so that
    /// the text can never disagree with the code.
    pub fn help_text(&self) -> String {
        let keywords = self.help.replace("{schema-keywords}", &crate::front_matter::schema::checked_keywords());
        let mut out = String::new();
        let mut rest = keywords.as_str();
        while let Some(at) = rest.find("{limit:") {
            out.push_str(&rest[..at]);
            let after = &rest[at + "{limit:".len()..];
            let end = after.find('}').unwrap_or(after.len());
            match crate::limits::describe(&after[..end]) {
                Some(value) => out.push_str(&value),
                None => out.push_str(&rest[at..at + "{limit:".len() + end + 1]),
            }
            rest = after.get(end + 1..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }
}

const fn code(code: &'static str, summary: &'static str, help: &'static str) -> Code {
    Code { code, summary, help }
}

/// Every code, sorted by name.
pub const CODES: &[Code] = &[
    code(
        "front-matter/custom-field",
        "A front-matter key that is not one of Hugo's fields",
        "Hugo keeps keys it does not know as page parameters, so templates read this one as `.Params.KEY` \
         (lower-cased). If it is meant as a parameter, move it under `params:` to say so; if it is a typo of \
         one of Hugo's fields, fix the spelling.",
    ),
    code(
        "front-matter/deprecated",
        "A front-matter field the schema marks as deprecated",
        "The site's schema says this field should no longer be used; its description, shown as the \
         suggestion, usually names what replaces it. Move the value to the new field.",
    ),
    code(
        "front-matter/duplicate-key",
        "A key set twice in the same mapping",
        "Hugo reads keys case-insensitively and keeps only one of the values, so one of the two is silently \
         lost. Both places are reported; remove the one you do not mean.",
    ),
    code(
        "front-matter/empty-field",
        "A required field with an empty value",
        "The field is present but has no text. Give it a value, or remove it if the schema allows that.",
    ),
    code(
        "front-matter/future-date",
        "A publication date in the future",
        "Hugo does not publish a page whose date (or publishDate) is in the future unless the site is built \
         with --buildFuture. This is information only: the post will appear once that time has passed.",
    ),
    code(
        "front-matter/invalid-date",
        "A date Hugo cannot read",
        "Hugo reads dates in these forms: RFC 3339 \
         (2023-10-15T13:18:50Z, 2023-10-15T13:18:50-07:00), 2023-10-15, 2023-10-15 13:18:50, RFC 1123 \
         (Mon, 02 Jan 2006 15:04:05 MST), RFC 822, RFC 850, ANSI C and Unix date formats, and 02 Jan 2006. \
         A value in any other form stops Hugo's build with \"the front matter field is not a parsable date\". \
         A value Hugo reads but leaves unset (an empty string) or reads as something surprising (a bare \
         time of day, which becomes a date in year 0) is a warning. Dates without a zone are in the site's \
         `timeZone` (UTC by default). Write the date as 2023-10-15 or 2023-10-15T13:18:50Z.",
    ),
    code(
        "front-matter/invalid-delimiter",
        "Front matter opened with the wrong delimiter",
        "YAML front matter opens and closes with `---`, TOML with `+++`, and JSON with `{` on the first line. \
         A post that starts otherwise is not read as front matter by Hugo. Use the delimiter of the format \
         you wrote.",
    ),
    code(
        "front-matter/invalid-format",
        "A string that does not have the format the schema asks for",
        "The site's schema gives this field a `format` (a URL, an e-mail address) and the value does not \
         have it. Write the value in that format.",
    ),
    code(
        "front-matter/invalid-value",
        "A value outside the values the schema allows",
        "The schema lists the allowed values (`enum`) or fixes one (`const`). Use one of them; the nearest \
         allowed value is offered as a fix when there is one.",
    ),
    code(
        "front-matter/json-syntax",
        "JSON front matter that does not parse",
        "Hugo stops the build on front matter it cannot parse. The message names the first problem and its \
         place; fix it and check again.",
    ),
    code(
        "front-matter/missing-field",
        "A field the schema requires is missing",
        "The site's schema lists this field as required. Add it to the front matter.",
    ),
    code(
        "front-matter/org-syntax",
        "Org-mode front matter that does not parse",
        "Org front matter is a block of `#+KEY: value` lines at the top of the post. Fix the line named in \
         the message.",
    ),
    code(
        "front-matter/pattern-mismatch",
        "A string that does not match the schema's pattern",
        "The site's schema gives this field a regular expression (`pattern`) and the value does not match \
         it. Change the value so that it does.",
    ),
    code(
        "front-matter/toml-syntax",
        "TOML front matter that does not parse",
        "Hugo stops the build on front matter it cannot parse. The message names the first problem and its \
         place; fix it and check again.",
    ),
    code(
        "front-matter/too-few-items",
        "A list with fewer items than the schema asks for",
        "The site's schema sets `minItems` for this list. Add items.",
    ),
    code(
        "front-matter/too-long",
        "A string longer than the schema allows",
        "The site's schema sets `maxLength` for this field. Shorten the value.",
    ),
    code(
        "front-matter/too-many-items",
        "A list with more items than the schema allows",
        "The site's schema sets `maxItems` for this list. Remove items.",
    ),
    code(
        "front-matter/too-short",
        "A string shorter than the schema asks for",
        "The site's schema sets `minLength` for this field. Write a longer value.",
    ),
    code(
        "front-matter/type-mismatch",
        "A value of the wrong type",
        "The field expects another type (a string, a list, true or false). For Hugo's own fields this is \
         often one of Hugo's silent traps: `draft: \"yes\"` is read as false, `weight: abc` as 0, a number as \
         a date is read as seconds since 1970. The message says what Hugo will do; quoting or unquoting the \
         value is offered as a fix when that is what was meant.",
    ),
    code(
        "front-matter/unclosed",
        "Front matter that is never closed",
        "The opening `---` or `+++` has no closing line, so Hugo reads the whole post as front matter and \
         fails. Add the closing delimiter on a line of its own after the last key.",
    ),
    code(
        "front-matter/unknown-field",
        "A front-matter key the schema does not know",
        "The key is not one of Hugo's fields nor in the site's schema; it is often a typo (`titel`, \
         `keyword`) or a parameter that belongs under `params:`. The nearest known key is offered as a fix \
         when there is one.",
    ),
    code(
        "front-matter/yaml-syntax",
        "YAML front matter that does not parse",
        "Hugo stops the build on front matter it cannot parse. Common causes: an unclosed quote, a colon \
         followed by a space inside an unquoted value, tabs for indentation. Fix the place named in the \
         message and check again.",
    ),
    code(
        "highlight/option",
        "A code block's highlighting option that Hugo rejects, or a block too costly to highlight",
        "The fence's `{…}` options (or the `highlight` shortcode's) hold a value Hugo cannot use \
         (`linenos=maybe`, a bad `hl_lines` range): Hugo fails the build on it; Recap highlights the block \
         without that option: fix the option's value as the message says. Or the block is so costly to \
         highlight that the rest of it is shown plain, or, in the browser, the highlighter gave up on it \
         (too slow, or it failed) and it is shown plain: nothing in the post to fix.",
    ),
    code(
        "io/not-utf8",
        "A file that is not UTF-8 text",
        "Hugo reads content files as UTF-8. Re-save the file as UTF-8 (without a byte-order mark is best).",
    ),
    code(
        "io/too-large",
        "A file too large to check",
        "The file is far larger than any post (Recap reads files up to {limit:MAX_FILE_BYTES}). It is skipped; check whether \
         it belongs in the content folder.",
    ),
    code(
        "io/unreadable",
        "A file that cannot be read",
        "The file is missing, not readable by this user, or not a regular file. Check its path and \
         permissions.",
    ),
    code(
        "limits/combining-marks",
        "A run of combining marks cut short",
        "Runs of more than {limit:COMBINING_MARKS} combining marks (\"Zalgo text\") are cut so that they cannot cover the page. \
         Remove the extra marks.",
    ),
    code(
        "limits/input-too-large",
        "A post larger than the renderer's limit",
        "Posts over the limit ({limit:DEFAULT_MAX_INPUT_BYTES} by default) are rendered up to the last line that fits. Split the post, \
         or raise the limit with `recap: maxInputBytes: N` in the site config.",
    ),
    code(
        "limits/live-embeds",
        "More embeds than a page shows live",
        "A page that shows this post (through `renderInto`, `Renderer`, `<recap-post embeds=\"direct\">` or \
         the editor) loads at most {limit:LIVE_EMBEDS} embedded videos at once by default; the rest show as click-to-load \
         facades, so that a post cannot make a page load hundreds of players. The HTML Recap returns is \
         unchanged. A site can change the number with `recap: maxLiveEmbeds: N`.",
    ),
    code(
        "limits/nesting",
        "Elements nested deeper than the limit",
        "Markdown containers past {limit:BLOCK_NESTING} levels, inline elements past {limit:INLINE_NESTING} levels, raw or template HTML nested \
         past {limit:HTML_NESTING} elements, and any tree deeper than {limit:DOM_DEPTH} elements in all are written without their deepest \
         elements (their text is kept): browsers take seconds to lay out deeper trees, and their parsers \
         re-parent elements past 512 levels. Formatting a block closes without its end tag is re-opened in the text after it, as a \
         browser does, up to {limit:REOPENED_BYTES} of tags per post. Flatten the post's structure, and close what you open.",
    ),
    code(
        "limits/output-too-large",
        "A shortcode whose output exceeds the limit",
        "A site template wrote more than {limit:TEMPLATE_OUTPUT} for one call (or {limit:TEMPLATE_OUTPUT_PER_POST} for the post) and was stopped; the \
         call shows an error box instead. Check the template for a runaway loop.",
    ),
    code(
        "limits/too-many-diagnostics",
        "More problems than are listed",
        "At most {limit:MAX_DIAGNOSTICS} problems are listed per post; fix the first ones and check again to see the rest.",
    ),
    code(
        "limits/too-many-shortcodes",
        "More shortcode calls than the limit",
        "At most {limit:MAX_SHORTCODE_CALLS} shortcode calls are rendered per post (calls that cannot be read count too); the rest are left as they are written.",
    ),
    code(
        "markdown/attributes",
        "Braces in a code fence's info string that hold no attributes",
        "A fence's info string has `{…}` that Goldmark cannot read as attributes (empty braces, an unquoted \
         value with spaces). Hugo fails the page on it (\"failed to parse Markdown attributes; you may need to \
         quote the values\"); Recap renders the block without them. Quote the values, or remove the braces.",
    ),
    code(
        "markdown/raw-html-omitted",
        "Raw HTML that the site's settings leave out",
        "The post has raw HTML, which Hugo leaves out (writing `<!-- raw HTML omitted -->`) unless the site \
         sets `markup.goldmark.renderer.unsafe: true`; Hugo warns about it once per page. Use Markdown or a \
         shortcode instead, or allow raw HTML in the site's config (Recap then rebuilds it safely). \
         `ignoreLogs: ['warning-goldmark-raw-html']` silences the warning.",
    ),
    code(
        "schema/invalid",
        "A site schema that cannot be used",
        "The front-matter schema given to Recap is not a valid JSON Schema (a wrong `type`, say). Fix the \
         schema; until then only Hugo's own fields are checked.",
    ),
    code(
        "schema/unsupported-keyword",
        "A schema keyword Recap does not check",
        "Recap checks {schema-keywords}. Other keywords are ignored, so what they ask is not enforced.",
    ),
    code(
        "shortcode/closed-without-inner",
        "A closing tag for a shortcode that never reads its inner content",
        "The shortcode's template uses neither `.Inner` nor `.InnerDeindent`, so Hugo fails the build when a \
         call gives it inner content or closes itself (`{{< name />}}`). Write the call as `{{< name >}}`, or \
         make the template read `.Inner`.",
    ),
    code(
        "shortcode/deprecated",
        "A built-in shortcode Hugo has deprecated",
        "Hugo warns when a page uses a deprecated built-in shortcode (`comment`: use an HTML comment). It \
         still renders, as Hugo renders it, until Hugo removes it.",
    ),
    code(
        "shortcode/inline-disabled",
        "An inline shortcode in a site that does not allow them",
        "`{{< name.inline >}}` defines a template inside the post, which Hugo runs only when the site sets \
         `security.enableInlineShortcodes: true`. Without it Hugo renders nothing for the call, and so does \
         Recap. Enable it in the site config, or move the template to layouts/_shortcodes.",
    ),
    code(
        "shortcode/invalid-argument",
        "A shortcode argument Hugo would reject",
        "The argument is not what the shortcode takes (a YouTube id with spaces, `true`/`false` misspelled, \
         an unrecognized character). The message names what is expected.",
    ),
    code(
        "shortcode/invalid-escape",
        "A bad escape sequence in a quoted shortcode argument",
        "Inside a double-quoted argument only `\\\"` and `\\\\` are escapes. Remove the backslash, or use a \
         raw string in backquotes.",
    ),
    code(
        "shortcode/invalid-name",
        "A shortcode name Hugo does not accept",
        "Shortcode names are letters, digits, `-`, `_` and `/`. An inline shortcode (`name.inline`) needs \
         `enableInlineShortcodes` in the site config.",
    ),
    code(
        "shortcode/mismatched-close",
        "A closing shortcode that does not match the open one",
        "Shortcodes nest like HTML tags: `{{< a >}}{{< b >}}…{{< /b >}}{{< /a >}}`. Close the innermost open \
         shortcode first, with its own name.",
    ),
    code(
        "shortcode/missing-argument",
        "A shortcode called without an argument it needs",
        "The message names the missing argument and the suggestion shows a complete call.",
    ),
    code(
        "shortcode/missing-name",
        "A shortcode call with no name",
        "`{{< >}}` must start with the shortcode's name, as in `{{< youtube ID >}}`.",
    ),
    code(
        "shortcode/mixed-arguments",
        "Named and positional arguments in one call",
        "Hugo takes either positional arguments (`{{< x a b >}}`) or named ones (`{{< x id=\"a\" >}}`) in a \
         call, not both. Pick one style.",
    ),
    code(
        "shortcode/template",
        "A site shortcode template that failed",
        "The site's own template for this shortcode could not run (a function outside the subset Recap \
         runs, a missing value, a syntax error). The message gives the template's line; the call shows an \
         error box and the rest of the post renders.",
    ),
    code("shortcode/too-deep", "Shortcodes nested too deeply", "Shortcodes may nest at most {limit:MAX_SHORTCODE_DEPTH} deep. Close the open shortcodes."),
    code(
        "shortcode/unclosed",
        "A shortcode that is never closed",
        "A shortcode that takes inner content must be closed with `{{< /name >}}` or self-closed with \
         `{{< name />}}`; a call that is cut off (`{{< name` without `>}}`) is reported too.",
    ),
    code(
        "shortcode/unclosed-comment",
        "A shortcode comment that is never closed",
        "A shortcode comment `{{</* … */>}}` must end with `*/>}}`.",
    ),
    code(
        "shortcode/unknown",
        "A shortcode that does not exist",
        "Neither Hugo's built-ins nor the site's templates (layouts/_shortcodes, layouts/shortcodes, or a \
         section's _shortcodes folder) have a shortcode of this name. Check the spelling, or run `recap \
         check` from the site's folder so that its templates are found.",
    ),
    code(
        "shortcode/unknown-param",
        "A `param` shortcode naming a parameter the page does not have",
        "`{{< param KEY >}}` reads the page's `params` and then the site's. Add the parameter, or fix its \
         name.",
    ),
    code(
        "shortcode/unresolved-ref",
        "A `ref` or `relref` to a page Recap cannot resolve",
        "Recap resolves `ref` and `relref` through the site's page map; without one, or for a page not in \
         it, the link is shown unresolved. Hugo fails the build when the page does not exist.",
    ),
    code(
        "shortcode/unsafe-url",
        "A URL argument with a scheme that is not allowed",
        "Only http, https, mailto, tel and relative URLs are written into the page; anything else \
         (`javascript:`) is dropped.",
    ),
    code(
        "shortcode/unsupported",
        "A shortcode feature Recap does not reproduce",
        "The call renders, but without this feature (the QR image of `qr`). \
         Hugo's own build shows it.",
    ),
    code(
        "shortcode/unterminated-string",
        "A quoted shortcode argument that is never closed",
        "Close the quote (`\"` or a backquote) before `>}}`.",
    ),
    code(
        "template/deprecated",
        "A site template uses something Hugo has deprecated",
        "The site's template used a member Hugo 0.168 has deprecated (`.Site.Data`, `.Site.AllPages`, `.Site.Sites`…); Hugo logs this warning, and fails the build once the member is old enough to be removed. The message says what to use instead (`hugo.Data` for `.Site.Data`).",
    ),
    code(
        "template/errorf",
        "A site template called `errorf`",
        "The site's own template reported an error with `errorf` (Hugo fails the build on it). The message is the template's; the template's file and line follow it. Fix what it complains about in the post, or the template.",
    ),
    code(
        "template/hook",
        "A render hook template that failed",
        "The site's render hook for this element (layouts/_markup/render-*.html) could not run: a function outside what Recap runs, a missing value, or an error it raised. The element is written as if there were no hook; the message gives the template's line.",
    ),
    code(
        "template/i18n",
        "A translation the site does not have",
        "The template asked for a translation (`T`, `i18n`) of an ID the site's `i18n/` file for its language \
         does not have; the site sets `printI18nWarnings`, so Hugo warns. Add the ID to the translation file.",
    ),
    code(
        "template/syntax",
        "A site template that does not parse",
        "A template in the site's layouts has a syntax error at the line and column given, so it cannot be used. Hugo fails the build on it. Fix the template.",
    ),
    code(
        "template/too-deep",
        "Markdown rendered from templates nests too deeply",
        "A shortcode's template renders Markdown (`.RenderString`, `markdownify`) whose shortcodes render Markdown again, more than {limit:RENDER_DEPTH} levels deep — usually a shortcode that includes itself. The innermost text is shown as written.",
    ),
    code(
        "template/warnf",
        "A site template called `warnf`",
        "The site's own template sent a warning with `warnf` (Hugo prints it and goes on). The message is the template's; the template's file and line follow it.",
    ),
];

/// The documentation of `code`, if Recap emits it.
///
/// # Examples
/// ```
/// let c = recap::codes::lookup("front-matter/unknown-field").unwrap();
/// assert!(c.help_text().contains("typo"));
/// ```
pub fn lookup(code: &str) -> Option<&'static Code> {
    CODES.binary_search_by(|c| c.code.cmp(code)).ok().map(|i| &CODES[i])
}

#[cfg(test)]
mod tests {
    #[test]
    fn limits_in_the_help_are_the_limits() {
        for c in super::CODES {
            let text = c.help_text();
            assert!(!text.contains("{limit:"), "{}: unknown limit in {text:?}", c.code);
        }
        let c = super::lookup("limits/too-many-shortcodes").unwrap();
        assert!(c.help_text().starts_with("At most 10,000 shortcode calls"), "{}", c.help_text());
    }

    #[test]
    fn the_table_is_sorted_and_unique_for_binary_search() {
        for pair in super::CODES.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} must come before {}", pair[0].code, pair[1].code);
        }
    }
}
