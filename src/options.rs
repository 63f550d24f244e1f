//! Options: the subset of a Hugo site config that changes how posts render.
//!
//! Keys are Hugo's own (`markup.goldmark.renderer.unsafe`, …) and are read
//! case-insensitively, as Hugo reads them, from a site config in YAML, TOML or
//! JSON, so a site's `hugo.yaml` or `hugo.toml` works as it is. Keys Recap does
//! not use are ignored; a key it uses with a value of the wrong type is an error.

use crate::front_matter::{self, Format};
use crate::go_unicode::quote;
use serde_json::{Map, Value};
#[cfg(not(target_arch = "wasm32"))]
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

/// Everything that changes how a post renders. `Options::default()` is Hugo's defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// `markup.*`
    pub markup: Markup,
    /// `summaryLength`: words in an automatic summary (Hugo: 70).
    pub summary_length: usize,
    /// `hasCJKLanguage`: a page whose front matter does not say
    /// `isCJKLanguage` counts as a Chinese, Japanese or Korean page when its
    /// file has a Han, Hangul, Hiragana or Katakana character (Hugo: false).
    pub has_cjk_language: bool,
    /// Plural taxonomy names from `taxonomies` (Hugo: `tags`, `categories`).
    pub taxonomies: Vec<String>,
    /// `params`: the site's own parameters.
    pub params: Value,
    /// `privacy.youTube.privacyEnhanced`: embed YouTube from youtube-nocookie.com.
    pub youtube_privacy_enhanced: bool,
    /// The site's own shortcode templates, by name (`note`, `docs/callout`), as
    /// the text of `layouts/_shortcodes/NAME.html`. A site template overrides
    /// a built-in of the same name, as in Hugo. Run by the engine of the
    /// `templates` feature: without it a renderer has none.
    pub shortcodes: BTreeMap<String, String>,
    /// The site's pages for `ref` and `relref`: content path (`blog/post.md`) to URL (`/blog/post/`).
    pub pages: BTreeMap<String, String>,
    /// The site's front-matter schema (a JSON Schema document), checked on top of Hugo's fields.
    pub schema: Option<Value>,
    /// The current time in seconds since 1970, for future dates. `None`: the
    /// host's clock at each render (the system clock natively, the page's in
    /// the browser, which the binding gives the core).
    pub now: Option<i64>,
    /// `timeZone`: where front-matter dates written without a zone are (UTC by
    /// default). The config gives the name; a host with the zone's rules gives
    /// them with [`TimeZone::from_tzif`](crate::front_matter::date::TimeZone::from_tzif).
    pub time_zone: crate::front_matter::date::TimeZone,
    /// The largest post rendered whole (`recap: maxInputBytes`, default 4 MiB):
    /// a longer post renders up to the last line that fits, with a warning.
    pub max_input_bytes: usize,
    /// Live embeds (YouTube and Vimeo iframes) a post may have in a page at
    /// once (`recap: maxLiveEmbeds`, default [`LIVE_EMBEDS`](crate::limits::LIVE_EMBEDS)):
    /// the DOM paths show the rest as click-to-load facades. The HTML string
    /// is Hugo's whatever this is.
    pub max_live_embeds: usize,
}

pub use crate::limits::DEFAULT_MAX_INPUT_BYTES;

/// `markup.*`
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Markup {
    /// `markup.goldmark`
    pub goldmark: Goldmark,
    /// `markup.tableOfContents`
    pub table_of_contents: TableOfContents,
    /// `markup.highlight`
    pub highlight: Highlight,
}

/// `markup.goldmark.*`
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Goldmark {
    /// `markup.goldmark.renderer`
    pub renderer: GoldmarkRenderer,
    /// `markup.goldmark.parser`
    pub parser: Parser,
    /// `markup.goldmark.extensions`
    pub extensions: Extensions,
    /// `markup.goldmark.renderHooks`
    pub render_hooks: RenderHooks,
}

/// `markup.goldmark.renderHooks.*`: when Hugo's embedded link and image
/// render hooks render (`useEmbedded`).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RenderHooks {
    /// `link.useEmbedded`
    pub link: UseEmbedded,
    /// `image.useEmbedded`
    pub image: UseEmbedded,
}

/// A `useEmbedded` value: one of Hugo's four, spelled as Hugo spells them
/// (Hugo fails the build on any other, `Fallback` too).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum UseEmbedded {
    /// `auto` (the default): `fallback` for a site with a `languages` table
    /// on one host (see `Site::embedded_hooks_by_default`), else `never`.
    #[default]
    Auto,
    /// `always`
    Always,
    /// `fallback`: where the site has no hook of its own for it.
    Fallback,
    /// `never`
    Never,
}

/// `markup.goldmark.renderer.*`
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GoldmarkRenderer {
    /// `unsafe`: keep raw HTML. Recap keeps it sanitized, never as written.
    pub unsafe_html: bool,
    /// `hardWraps`: every newline in a paragraph is a `<br>`.
    pub hard_wraps: bool,
}

/// `markup.goldmark.parser.*`
#[derive(Clone, Debug, PartialEq)]
pub struct Parser {
    /// `autoHeadingID`
    pub auto_heading_id: bool,
    /// `autoDefinitionTermID`: IDs for definition terms (`<dt>`) too, from
    /// the IDs headings take theirs from. Off when the `definitionList`
    /// extension is.
    pub auto_definition_term_id: bool,
    /// `autoIDType` (`autoHeadingIDType` before Hugo 0.144, which wins when
    /// set): "github", "github-ascii" or "blackfriday".
    pub auto_heading_id_type: crate::markdown::heading_id::IdStyle,
    /// `attribute.title`: `## Heading {#id .class}`
    pub attribute_title: bool,
    /// `attribute.block`: a `{.class}` line after a block applies to it.
    pub attribute_block: bool,
    /// `wrapStandAloneImageWithinParagraph`
    pub wrap_standalone_image: bool,
}

impl Default for Parser {
    fn default() -> Parser {
        Parser {
            auto_heading_id: true,
            auto_definition_term_id: false,
            auto_heading_id_type: crate::markdown::heading_id::IdStyle::Github,
            attribute_title: true,
            attribute_block: false,
            wrap_standalone_image: true,
        }
    }
}

/// `markup.goldmark.extensions.*`
#[derive(Clone, Debug, PartialEq)]
pub struct Extensions {
    /// `table`
    pub table: bool,
    /// `strikethrough`
    pub strikethrough: bool,
    /// `linkify`
    pub linkify: bool,
    /// `linkifyProtocol`: the scheme given to bare `www.` links.
    pub linkify_protocol: String,
    /// `taskList`
    pub task_list: bool,
    /// `definitionList`
    pub definition_list: bool,
    /// `footnote`
    pub footnote: bool,
    /// `typographer`
    pub typographer: Typographer,
    /// `passthrough`
    pub passthrough: Passthrough,
}

/// `markup.goldmark.extensions.passthrough.*`: text between these delimiters
/// reaches the HTML as written (for LaTeX), or goes to the passthrough render hook.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Passthrough {
    /// `enable` (Hugo: off)
    pub enable: bool,
    /// `delimiters.inline`: opening and closing pairs, as `[["\\(", "\\)"]]`.
    pub inline: Vec<(String, String)>,
    /// `delimiters.block`: pairs whose element, alone in a paragraph's line of text, becomes a block.
    pub block: Vec<(String, String)>,
}

impl Default for Extensions {
    fn default() -> Extensions {
        Extensions {
            table: true,
            strikethrough: true,
            linkify: true,
            linkify_protocol: "https".to_owned(),
            task_list: true,
            definition_list: true,
            footnote: true,
            typographer: Typographer::default(),
            passthrough: Passthrough::default(),
        }
    }
}

/// `markup.goldmark.extensions.typographer.*`: what each substitution writes.
#[derive(Clone, Debug, PartialEq)]
pub struct Typographer {
    /// `disable`
    pub disable: bool,
    /// `leftSingleQuote`
    pub left_single_quote: String,
    /// `rightSingleQuote`
    pub right_single_quote: String,
    /// `leftDoubleQuote`
    pub left_double_quote: String,
    /// `rightDoubleQuote`
    pub right_double_quote: String,
    /// `enDash`
    pub en_dash: String,
    /// `emDash`
    pub em_dash: String,
    /// `ellipsis`
    pub ellipsis: String,
    /// `leftAngleQuote`
    pub left_angle_quote: String,
    /// `rightAngleQuote`
    pub right_angle_quote: String,
    /// `apostrophe`
    pub apostrophe: String,
}

impl Default for Typographer {
    fn default() -> Typographer {
        let s = str::to_owned;
        Typographer {
            disable: false,
            left_single_quote: s("&lsquo;"),
            right_single_quote: s("&rsquo;"),
            left_double_quote: s("&ldquo;"),
            right_double_quote: s("&rdquo;"),
            en_dash: s("&ndash;"),
            em_dash: s("&mdash;"),
            ellipsis: s("&hellip;"),
            left_angle_quote: s("&laquo;"),
            right_angle_quote: s("&raquo;"),
            apostrophe: s("&rsquo;"),
        }
    }
}

/// `markup.tableOfContents.*`
#[derive(Clone, Debug, PartialEq)]
pub struct TableOfContents {
    /// `startLevel` (Hugo: 2)
    pub start_level: u8,
    /// `endLevel` (Hugo: 3; -1 for all)
    pub end_level: i8,
    /// `ordered`: `<ol>` instead of `<ul>`
    pub ordered: bool,
}

impl Default for TableOfContents {
    fn default() -> TableOfContents {
        TableOfContents { start_level: 2, end_level: 3, ordered: false }
    }
}

/// `markup.highlight.*`: Hugo's code highlighting options (`style`,
/// `noClasses`, `lineNos`, …), with the map as written (for the browser's
/// highlighter, which reads it again).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Highlight {
    /// The options, read as Hugo reads them.
    pub options: crate::highlight::Options,
    /// The `markup.highlight` map as given.
    pub config: Value,
}

impl Highlight {
    /// `codeFences`: whether fenced code is highlighted (Hugo: true).
    pub fn code_fences(&self) -> bool {
        self.options.code_fences
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            markup: Markup::default(),
            summary_length: 70,
            has_cjk_language: false,
            taxonomies: vec!["tags".to_owned(), "categories".to_owned()],
            params: Value::Object(Map::new()),
            youtube_privacy_enhanced: false,
            shortcodes: BTreeMap::new(),
            pages: BTreeMap::new(),
            schema: None,
            now: None,
            time_zone: crate::front_matter::date::TimeZone::utc(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_live_embeds: crate::limits::LIVE_EMBEDS,
        }
    }
}

/// A site config Recap cannot use, naming the key at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// Dotted path of the bad key (`markup.goldmark.renderer.unsafe`), empty for the whole file.
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// 1-based line of a syntax error in the config text, if known.
    pub line: Option<u32>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.path.is_empty(), self.line) {
            (true, Some(line)) => write!(f, "line {line}: {}", self.message),
            (true, None) => write!(f, "{}", self.message),
            (false, _) => write!(f, "`{}`: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

impl Options {
    /// Reads a site config file's text. `format` is taken from the file name by
    /// [`Options::format_for_path`], or guessed from the text when `None`.
    ///
    /// # Errors
    /// A syntax error in the text, or a known key with a value of the wrong type.
    ///
    /// # Examples
    /// ```
    /// let options = recap::Options::from_config("markup:\n  goldmark:\n    renderer:\n      unsafe: true\n", None).unwrap();
    /// assert!(options.markup.goldmark.renderer.unsafe_html);
    /// ```
    pub fn from_config(text: &str, format: Option<Format>) -> Result<Options, ConfigError> {
        Options::from_value(&Options::config_value(text, format)?)
    }

    /// A site config file's text as a value (a byte-order mark skipped), in
    /// `format` or, when `None`, the format the text looks like.
    ///
    /// # Errors
    /// A syntax error in the text, with its line.
    pub fn config_value(text: &str, format: Option<Format>) -> Result<Value, ConfigError> {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let format = format.unwrap_or_else(|| guess_format(text));
        front_matter::parse_document(text, format).map_err(|e| ConfigError {
            path: String::new(),
            message: format!("{} syntax error: {}", format.name(), e.message),
            line: Some(crate::span::LineIndex::new(text).line(e.offset)),
        })
    }

    /// The config format for a file name (`hugo.toml`, `config.yaml`, `site.json`).
    pub fn format_for_path(path: &str) -> Option<Format> {
        let ext = path.rsplit('.').next()?.to_ascii_lowercase();
        match ext.as_str() {
            "yaml" | "yml" => Some(Format::Yaml),
            "toml" => Some(Format::Toml),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// Reads options from a config value: the site config, or the JS options object (same shape).
    ///
    /// # Errors
    /// A known key with a value of the wrong type, named by its dotted path.
    pub fn from_value(value: &Value) -> Result<Options, ConfigError> {
        Options::read(Section::root(value)?)
    }

    fn read(root: Section<'_>) -> Result<Options, ConfigError> {
        let mut o = Options::default();
        if let Some(markup) = root.child("markup")? {
            if let Some(g) = markup.child("goldmark")? {
                if let Some(r) = g.child("renderer")? {
                    r.bool("unsafe", &mut o.markup.goldmark.renderer.unsafe_html)?;
                    r.bool("hardWraps", &mut o.markup.goldmark.renderer.hard_wraps)?;
                }
                if let Some(p) = g.child("parser")? {
                    let parser = &mut o.markup.goldmark.parser;
                    p.bool("autoHeadingID", &mut parser.auto_heading_id)?;
                    p.bool("autoDefinitionTermID", &mut parser.auto_definition_term_id)?;
                    p.bool("wrapStandAloneImageWithinParagraph", &mut parser.wrap_standalone_image)?;
                    // (Hugo renamed it in 0.144; the old name, when given, wins.)
                    for key in ["autoIDType", "autoHeadingIDType"] {
                        if let Some(kind) = p.string(key)? {
                            parser.auto_heading_id_type = crate::markdown::heading_id::IdStyle::from_config(&kind);
                        }
                    }
                    if let Some(a) = p.child("attribute")? {
                        a.bool("title", &mut parser.attribute_title)?;
                        a.bool("block", &mut parser.attribute_block)?;
                    }
                }
                // (Only a loaded site's hooks read it: the module without the
                // site engine leaves the reader out, 0.4 KB.)
                if let Some(hooks) = g.child("renderHooks")?.filter(|_| crate::site::LOADED) {
                    let use_embedded = &mut o.markup.goldmark.render_hooks;
                    for (key, out) in [("link", &mut use_embedded.link), ("image", &mut use_embedded.image)] {
                        let Some(kind) = hooks.child(key)? else { continue };
                        let Some(v) = kind.string_as("useEmbedded", r#""always" | "auto" | "fallback" | "never""#)? else { continue };
                        *out = match v.as_str() {
                            "auto" => UseEmbedded::Auto,
                            "always" => UseEmbedded::Always,
                            "fallback" => UseEmbedded::Fallback,
                            "never" => UseEmbedded::Never,
                            _ => {
                                let message = format!("must be one of always, auto, fallback, or never, not {}", quote(&v, false));
                                return Err(kind.error("useEmbedded", message));
                            }
                        };
                    }
                }
                if let Some(e) = g.child("extensions")? {
                    let ext = &mut o.markup.goldmark.extensions;
                    e.bool("table", &mut ext.table)?;
                    e.bool("strikethrough", &mut ext.strikethrough)?;
                    e.bool("linkify", &mut ext.linkify)?;
                    e.bool("taskList", &mut ext.task_list)?;
                    e.bool("definitionList", &mut ext.definition_list)?;
                    e.bool("footnote", &mut ext.footnote)?;
                    if let Some(p) = e.string_as("linkifyProtocol", r#""http" | "https""#)? {
                        if !matches!(p.as_str(), "http" | "https") {
                            return Err(e.error("linkifyProtocol", format!("expected \"http\" or \"https\", found {}", quote(&p, false))));
                        }
                        ext.linkify_protocol = p;
                    }
                    if let Some(p) = e.child("passthrough")? {
                        p.bool("enable", &mut ext.passthrough.enable)?;
                        if let Some(d) = p.child("delimiters")? {
                            ext.passthrough.inline = d.pairs("inline")?;
                            ext.passthrough.block = d.pairs("block")?;
                        }
                    }
                    if let Some(t) = e.child("typographer")? {
                        let ty = &mut ext.typographer;
                        t.bool("disable", &mut ty.disable)?;
                        for (key, field) in [
                            ("leftSingleQuote", &mut ty.left_single_quote),
                            ("rightSingleQuote", &mut ty.right_single_quote),
                            ("leftDoubleQuote", &mut ty.left_double_quote),
                            ("rightDoubleQuote", &mut ty.right_double_quote),
                            ("enDash", &mut ty.en_dash),
                            ("emDash", &mut ty.em_dash),
                            ("ellipsis", &mut ty.ellipsis),
                            ("leftAngleQuote", &mut ty.left_angle_quote),
                            ("rightAngleQuote", &mut ty.right_angle_quote),
                            ("apostrophe", &mut ty.apostrophe),
                        ] {
                            if let Some(v) = t.string(key)? {
                                *field = v;
                            }
                        }
                    }
                }
            }
            if let Some(toc) = markup.child("tableOfContents")? {
                let t = &mut o.markup.table_of_contents;
                if let Some(n) = toc.int("startLevel", 1, 6)? {
                    t.start_level = n as u8;
                }
                if let Some(n) = toc.int("endLevel", -1, 6)? {
                    t.end_level = n as i8;
                }
                toc.bool("ordered", &mut t.ordered)?;
            }
            if let Some(h) = markup.get_as(
                "highlight",
                "{ codeFences?: boolean; [key: string]: unknown }",
                "Hugo's `markup.highlight` (`codeFences`, `style`, `noClasses`, `lineNos`, …).",
            ) {
                let config = crate::site::config::lowercase_keys(h.clone());
                o.markup.highlight.options = crate::highlight::Options::from_config(&config).map_err(|e| markup.error("highlight", e))?;
                o.markup.highlight.config = config;
            }
        }
        if let Some(zone) = root.string("timeZone")? {
            o.time_zone = crate::front_matter::date::TimeZone::named(&zone);
        }
        if let Some(n) = root.int("summaryLength", 0, i64::from(u32::MAX))? {
            o.summary_length = n as usize;
        }
        root.bool("hasCJKLanguage", &mut o.has_cjk_language)?;
        if let Some(t) = root.get_as("taxonomies", "Record<string, string>", "") {
            match t {
                Value::Object(map) => o.taxonomies = map.values().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
                _ => return Err(root.error("taxonomies", "expected a mapping of singular to plural names".to_owned())),
            }
        }
        if let Some(p) = root.get_as("params", "Record<string, unknown>", "") {
            if !p.is_object() {
                return Err(root.error("params", "expected a mapping".to_owned()));
            }
            o.params = p.clone();
        }
        // Recap's own settings live under `recap:`, which Hugo ignores.
        if let Some(recap) = root.child("recap")? {
            if let Some(t) = recap.get_as(
                "shortcodes",
                "Record<string, string>",
                "Site shortcode templates by name: the text of layouts/_shortcodes/NAME.html.",
            ) {
                let Value::Object(map) = t else {
                    return Err(recap.error("shortcodes", "expected a mapping of shortcode names to template text".to_owned()));
                };
                for (name, source) in map {
                    let Value::String(source) = source else {
                        return Err(
                            recap.error(&format!("shortcodes.{name}"), format!("expected the template's text, found {}", kind(source)))
                        );
                    };
                    o.shortcodes.insert(name.clone(), source.clone());
                }
            }
            if let Some(t) = recap.get_as("pages", "Record<string, string>", "Content path → URL, for `ref` and `relref`.") {
                let Value::Object(map) = t else {
                    return Err(recap.error("pages", "expected a mapping of content paths to URLs".to_owned()));
                };
                for (path, url) in map {
                    let Value::String(url) = url else {
                        return Err(recap.error(&format!("pages.{path}"), format!("expected a URL, found {}", kind(url))));
                    };
                    o.pages.insert(path.clone(), url.clone());
                }
            }
            recap.describe(
                "maxInputBytes",
                "The longest post rendered, in bytes (default: SECURITY.md); a longer one renders up to the last whole line that fits.",
            );
            if let Some(n) = recap.int("maxInputBytes", 1, i64::from(u32::MAX))? {
                o.max_input_bytes = n as usize;
            }
            recap.describe(
                "maxLiveEmbeds",
                "Live embeds a page shows at once (default: SECURITY.md); the DOM paths make the rest click-to-load facades.",
            );
            if let Some(n) = recap.int("maxLiveEmbeds", 0, 10_000)? {
                o.max_live_embeds = n as usize;
            }
            if let Some(doc) =
                recap.get_as("schema", "Record<string, unknown>", "A JSON Schema for the front matter, checked on top of Hugo's fields.")
            {
                // (Without the `validate` feature nothing is checked against it.)
                if cfg!(feature = "validate") {
                    if let Err(e) = crate::front_matter::schema::Schema::compile(doc) {
                        return Err(recap.error("schema", e));
                    }
                }
                o.schema = Some(doc.clone());
            }
        }
        if let Some(privacy) = root.child("privacy")? {
            if let Some(yt) = privacy.child("youTube")? {
                yt.bool("privacyEnhanced", &mut o.youtube_privacy_enhanced)?;
            }
        }
        Ok(o)
    }
}

fn guess_format(text: &str) -> Format {
    let t = text.trim_start();
    if t.starts_with('{') {
        Format::Json
    } else if t.lines().any(|l| {
        let l = l.trim();
        l.starts_with('[') && l.ends_with(']') || l.split_once('=').is_some_and(|(k, _)| !k.trim().contains(' ') && !k.contains(':'))
    }) {
        Format::Toml
    } else {
        Format::Yaml
    }
}

/// A mapping in the config, with the path that leads to it, read case-insensitively.
/// With `shape`, every key read is noted with its TypeScript type, and every
/// mapping asked for is there (and empty): see `tests::options_type`.
struct Section<'a> {
    path: String,
    map: &'a Map<String, Value>,
    shape: Shape<'a>,
}

/// Where the shape is noted; never in the browser's module, which has no use for it.
#[cfg(not(target_arch = "wasm32"))]
type Shape<'a> = Option<&'a RefCell<Vec<ShapeKey>>>;
#[cfg(target_arch = "wasm32")]
type Shape<'a> = Option<(std::convert::Infallible, &'a ())>;

#[cfg(not(target_arch = "wasm32"))]
/// A key the reader asked for: its dotted path, its TypeScript type (`{}` for
/// a mapping, empty for a description only) and its documentation.
type ShapeKey = (String, String, String);

impl<'a> Section<'a> {
    fn root(value: &'a Value) -> Result<Section<'a>, ConfigError> {
        match value {
            Value::Object(map) => Ok(Section { path: String::new(), map, shape: None }),
            _ => Err(ConfigError {
                path: String::new(),
                message: "a site config must be a mapping of keys to values".to_owned(),
                line: None,
            }),
        }
    }

    fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn error(&self, key: &str, message: String) -> ConfigError {
        ConfigError { path: self.path_of(key), message, line: None }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v)
    }

    /// Notes `key`'s TypeScript type when the shape is being read.
    fn note(&self, key: &str, typescript: &str, doc: &str) {
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(shape) = self.shape {
            shape.borrow_mut().push((self.path_of(key), typescript.to_owned(), doc.to_owned()));
        }
        #[cfg(target_arch = "wasm32")]
        let _ = (key, typescript, doc);
    }

    /// A value the caller checks itself, of this TypeScript type.
    fn get_as(&self, key: &str, typescript: &str, doc: &str) -> Option<&'a Value> {
        self.note(key, typescript, doc);
        self.get(key)
    }

    /// The documentation of `key`, read next.
    fn describe(&self, key: &str, doc: &str) {
        self.note(key, "", doc);
    }

    fn child(&self, key: &str) -> Result<Option<Section<'a>>, ConfigError> {
        if let Some(shape) = self.shape {
            self.note(key, "{}", "");
            return Ok(Some(Section { path: self.path_of(key), map: self.map, shape: Some(shape) }));
        }
        match self.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(map)) => Ok(Some(Section { path: self.path_of(key), map, shape: None })),
            Some(other) => Err(self.error(key, format!("expected a mapping, found {}", kind(other)))),
        }
    }

    fn bool(&self, key: &str, out: &mut bool) -> Result<(), ConfigError> {
        match self.get_as(key, "boolean", "") {
            None | Some(Value::Null) => Ok(()),
            Some(Value::Bool(b)) => {
                *out = *b;
                Ok(())
            }
            Some(other) => Err(self.error(key, format!("expected true or false, found {}", kind(other)))),
        }
    }

    fn string(&self, key: &str) -> Result<Option<String>, ConfigError> {
        self.string_as(key, "string")
    }

    /// A string the caller checks further, of this TypeScript type.
    fn string_as(&self, key: &str, typescript: &str) -> Result<Option<String>, ConfigError> {
        match self.get_as(key, typescript, "") {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(self.error(key, format!("expected a string, found {}", kind(other)))),
        }
    }

    /// A list of `[open, close]` string pairs (passthrough delimiters); neither may be empty.
    fn pairs(&self, key: &str) -> Result<Vec<(String, String)>, ConfigError> {
        let expected = || self.error(key, "expected a list of [opening, closing] delimiter pairs, as [[\"$\", \"$\"]]".to_owned());
        match self.get_as(key, "[string, string][]", "") {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| match item.as_array().map(Vec::as_slice) {
                    Some([Value::String(open), Value::String(close)]) if !open.is_empty() && !close.is_empty() => {
                        Ok((open.clone(), close.clone()))
                    }
                    _ => Err(expected()),
                })
                .collect(),
            Some(_) => Err(expected()),
        }
    }

    fn int(&self, key: &str, min: i64, max: i64) -> Result<Option<i64>, ConfigError> {
        match self.get_as(key, "number", "") {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) if n.as_i64().is_some_and(|n| (min..=max).contains(&n)) => Ok(n.as_i64()),
            Some(other) => Err(self.error(key, format!("expected a whole number from {min} to {max}, found {}", kind(other)))),
        }
    }
}

/// How a value reads in an error message.
fn kind(v: &Value) -> String {
    match v {
        Value::Null => "nothing".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("the string {}", quote(s, false)),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "a mapping".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hugo_keys_case_insensitively_from_yaml_toml_and_json() {
        let yaml = "markup:\n  goldmark:\n    renderer:\n      unsafe: true\n    parser:\n      attribute:\n        block: true\n      wrapStandAloneImageWithinParagraph: false\n";
        let toml = "[markup.goldmark.renderer]\nunsafe = true\n[markup.goldmark.parser]\nwrapstandaloneimagewithinparagraph = false\n[markup.goldmark.parser.attribute]\nblock = true\n";
        let json = r#"{"Markup": {"Goldmark": {"Renderer": {"Unsafe": true}, "Parser": {"Attribute": {"Block": true}, "WrapStandAloneImageWithinParagraph": false}}}}"#;
        for text in [yaml, toml, json] {
            let o = Options::from_config(text, None).unwrap();
            assert!(o.markup.goldmark.renderer.unsafe_html, "unsafe from {text}");
            assert!(o.markup.goldmark.parser.attribute_block, "block attributes from {text}");
            assert!(!o.markup.goldmark.parser.wrap_standalone_image, "standalone images from {text}");
        }
    }

    #[test]
    fn a_wrong_type_names_the_key() {
        let e = Options::from_config("markup:\n  goldmark:\n    renderer:\n      unsafe: \"yes\"\n", None).unwrap_err();
        assert_eq!(e.path, "markup.goldmark.renderer.unsafe");
        assert!(e.to_string().contains("expected true or false"), "{e}");
    }

    #[test]
    #[cfg(feature = "templates")] // (only the site engine reads it)
    fn use_embedded_takes_hugos_four_values_as_hugo_spells_them() {
        let read = |v: &str| Options::from_config(&format!("[markup.goldmark.renderHooks.image]\nuseEmbedded = '{v}'\n"), None);
        assert_eq!(read("fallback").unwrap().markup.goldmark.render_hooks.image, UseEmbedded::Fallback);
        assert_eq!(read("always").unwrap().markup.goldmark.render_hooks.image, UseEmbedded::Always);
        assert_eq!(read("never").unwrap().markup.goldmark.render_hooks.link, UseEmbedded::Auto);
        let e = read("Fallback").unwrap_err();
        assert_eq!(e.path, "markup.goldmark.renderHooks.image.useEmbedded");
        assert_eq!(e.message, "must be one of always, auto, fallback, or never, not \"Fallback\"");
    }

    /// The npm package's `RecapOptions` is what the reader reads: the reader
    /// run over nothing, noting each key's type as it asks for it, so the type
    /// cannot drift from the reader. `src/wasm/options.d.ts` holds it.
    // (The type is the site module's: a build without the template engine reads fewer keys.)
    #[cfg(feature = "templates")]
    #[test]
    fn options_type() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/wasm/options.d.ts");
        let empty = Map::new();
        let shape = RefCell::new(Vec::new());
        Options::read(Section { path: String::new(), map: &empty, shape: Some(&shape) }).expect("reading nothing cannot fail");
        let now = typescript(&shape.into_inner());
        if std::env::var_os("RECAP_BLESS").is_some() {
            std::fs::write(path, &now).unwrap();
        }
        let written = std::fs::read_to_string(path).unwrap_or_default();
        assert!(written == now, "{path} is not what src/options.rs reads: run `RECAP_BLESS=1 cargo test --lib options_type`");
    }

    #[test]
    fn a_syntax_error_gives_its_line() {
        let e = Options::from_config("a: 1\nb: [\n", Some(Format::Yaml)).unwrap_err();
        assert!(e.line.is_some(), "{e}");
    }

    /// The interface `RecapOptions`, keys in the order the reader asks for them.
    #[cfg(feature = "templates")]
    fn typescript(keys: &[ShapeKey]) -> String {
        let mut out = String::from(
            "// Generated from src/options.rs by `RECAP_BLESS=1 cargo test --lib options_type` (a test checks it): do not edit.\n\n\
             /**\n * Options: the same shape as a Hugo site config (`markup.goldmark.renderer.unsafe`, …),\n \
             * plus Recap's own settings under `recap` (shortcode templates, page map, front-matter schema).\n */\n\
             export interface RecapOptions {\n",
        );
        members(keys, "", 1, &mut out);
        out.push_str("  [key: string]: unknown;\n}\n");
        out
    }

    /// The members under `prefix` (`""` or `a.b.`), each once, at `depth`.
    #[cfg(feature = "templates")]
    fn members(keys: &[ShapeKey], prefix: &str, depth: usize, out: &mut String) {
        let indent = "  ".repeat(depth);
        let mut seen: Vec<&str> = Vec::new();
        for key in keys {
            let Some(name) = key.0.strip_prefix(prefix).filter(|rest| !rest.contains('.')) else { continue };
            if key.1.is_empty() || seen.contains(&name) {
                continue;
            }
            seen.push(name);
            let doc = keys.iter().find(|k| k.0 == key.0 && !k.2.is_empty());
            if let Some(doc) = doc {
                out.push_str(&format!("{indent}/** {} */\n", doc.2));
            }
            if key.1 == "{}" {
                out.push_str(&format!("{indent}{name}?: {{\n"));
                members(keys, &format!("{}.", key.0), depth + 1, out);
                out.push_str(&format!("{indent}}};\n"));
            } else {
                out.push_str(&format!("{indent}{name}?: {};\n", key.1));
            }
        }
    }
}
