//! The safety policy of SECURITY.md as a checker over rendered HTML, shared by
//! tests/attacks.rs and the differential fuzz target (fuzz/fuzz_targets/differential.rs).

pub const FORBIDDEN_ELEMENTS: [&str; 20] = [
    "script", "style", "object", "embed", "applet", "form", "base", "meta", "link", "math", "textarea", "select", "button", "frame",
    "frameset", "noscript", "template", "xmp", "noembed", "portal",
];

/// What an `<svg>` may hold: an icon's drawing, structure and text, and `<use>`
/// of an element of the same document (no script, foreignObject, image, links
/// or animations).
pub const SVG_ELEMENTS: [&str; 23] = [
    "use",
    "svg",
    "g",
    "path",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "rect",
    "defs",
    "title",
    "desc",
    "symbol",
    "lineargradient",
    "radialgradient",
    "stop",
    "clippath",
    "mask",
    "pattern",
    "text",
    "tspan",
    "marker",
];

/// Attributes that hold a URL the browser follows or loads.
pub const URL_ATTRIBUTES: [&str; 12] =
    ["href", "src", "cite", "action", "formaction", "poster", "background", "data", "lowsrc", "dynsrc", "ping", "xlink:href"];

/// Hosts our own embeds may load from.
pub const EMBED_HOSTS: [&str; 3] =
    ["https://www.youtube.com/embed/", "https://www.youtube-nocookie.com/embed/", "https://player.vimeo.com/video/"];

/// Every rule violation in `html`, described.
pub fn violations(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let doc = scraper::Html::parse_fragment(html);
    for node in doc.tree.nodes() {
        let scraper::Node::Element(e) = node.value() else { continue };
        let tag = e.name();
        if FORBIDDEN_ELEMENTS.contains(&tag) {
            found.push(format!("<{tag}> element"));
        }
        let in_svg = &*e.name.ns == "http://www.w3.org/2000/svg";
        if in_svg && !SVG_ELEMENTS.contains(&tag.to_ascii_lowercase().as_str()) {
            found.push(format!("<{tag}> inside an <svg>"));
        }
        // A `<use>` copies an element of the page (`#id`: nothing loads).
        let copy =
            |n: &str, v: &str| tag == "use" && n.contains("href") && v.len() > 1 && v.starts_with('#') && !v.contains(char::is_whitespace);
        if in_svg
            && e.attrs()
                .any(|(n, v)| (n.contains("href") && !copy(n, v)) || (v.to_ascii_lowercase().contains("url(") && !v.contains("url(#")))
        {
            found.push(format!("a link or outside URL on <{tag}> inside an <svg>"));
        }
        // Copies never copy copies: a `<use>` has no id, and no SVG element with
        // one (what a `<use>` can copy) holds it.
        let svg_with_id = |a: &scraper::node::Element| &*a.name.ns == "http://www.w3.org/2000/svg" && a.attr("id").is_some();
        if in_svg && tag == "use" && (e.attr("id").is_some() || node.ancestors().any(|a| a.value().as_element().is_some_and(svg_with_id))) {
            found.push("a <use> that a <use> can copy".to_owned());
        }
        // A task list's checkbox is the one form control Recap writes: disabled, nothing else.
        if tag == "input"
            && !(e.attr("type") == Some("checkbox")
                && e.attr("disabled").is_some()
                && e.attrs().all(|(n, _)| matches!(n, "type" | "disabled" | "checked")))
        {
            found.push("<input> other than a task list's disabled checkbox".to_owned());
        }
        let embed = tag == "iframe" && e.attr("src").is_some_and(|src| EMBED_HOSTS.iter().any(|h| src.starts_with(h)));
        if tag == "iframe" && !embed {
            found.push(format!("<iframe> not built by Recap: {:?}", e.attr("src")));
        }
        if tag == "iframe" && e.attr("srcdoc").is_some() {
            found.push("<iframe srcdoc>".to_owned());
        }
        for (name, value) in e.attrs() {
            let lower = name.to_ascii_lowercase();
            if lower.starts_with("on") {
                found.push(format!("event handler {name} on <{tag}>"));
            }
            if URL_ATTRIBUTES.contains(&lower.as_str()) && !recap::internals::html::is_safe_url(value) {
                found.push(format!("{name}={value:?} on <{tag}>"));
            }
            if lower == "srcset"
                && value.split(',').any(|c| !recap::internals::html::is_safe_url(c.split_whitespace().next().unwrap_or("")))
            {
                found.push(format!("srcset={value:?}"));
            }
            // Loading attributes may not reach the attacker's host: images from a post
            // may load from anywhere else, but the corpus uses evil.example for hosts
            // that CSS, embeds and forms try to reach.
            if ["src", "srcset", "poster", "background"].contains(&lower.as_str()) && value.contains("evil.example") && tag != "img" {
                found.push(format!("<{tag} {name}> loads from evil.example"));
            }
            if lower == "style" {
                let ours = matches!(tag, "th" | "td") && ["text-align: left", "text-align: center", "text-align: right"].contains(&value)
                    || tag == "div" && value == EMBED_WRAPPER_STYLE
                    || embed && value == EMBED_FRAME_STYLE
                    || highlight_style(value);
                if !ours {
                    found.push(format!("style={value:?} on <{tag}>"));
                }
            }
            if matches!(lower.as_str(), "http-equiv" | "formaction" | "srcdoc" | "autofocus" | "is") {
                found.push(format!("{name} attribute on <{tag}>"));
            }
        }
    }
    found
}

/// The properties of the inline styles highlighted code has with Hugo's
/// default `noClasses = true` (Chroma's colours and layout of lines and
/// line numbers): no `position`, nothing that loads.
const HIGHLIGHT_PROPERTIES: &[&str] = &[
    "color",
    "background-color",
    "font-weight",
    "font-style",
    "text-decoration",
    "-moz-tab-size",
    "-o-tab-size",
    "tab-size",
    "-webkit-text-size-adjust",
    "white-space",
    "-webkit-user-select",
    "user-select",
    "margin",
    "margin-right",
    "padding",
    "border",
    "border-spacing",
    "display",
    "outline",
    "vertical-align",
    "width",
];

/// A style highlighting writes: declarations of [`HIGHLIGHT_PROPERTIES`]
/// whose values are colours (`#abc`), keywords and non-negative lengths only
/// (no `url(`, no escapes, no function of any kind).
pub fn highlight_style(value: &str) -> bool {
    let token = |t: &str| {
        t.strip_prefix('#').is_some_and(|h| (3..=8).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_hexdigit()))
            || t.strip_prefix('-').unwrap_or(t).starts_with(|c: char| c.is_ascii_lowercase())
                && t.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || {
                let number = t.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%');
                !number.is_empty()
                    && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                    && matches!(&t[number.len()..], "" | "em" | "px" | "%")
            }
    };
    value
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .all(|d| d.split_once(':').is_some_and(|(p, v)| HIGHLIGHT_PROPERTIES.contains(&p.trim()) && v.split_whitespace().all(token)))
}

/// The only inline styles Recap writes outside tables and highlighted code: its embeds' responsive wrapper and frame.
const EMBED_WRAPPER_STYLE: &str = "position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;";
const EMBED_FRAME_STYLE: &str = "position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;";
