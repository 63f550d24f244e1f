//! DOM clobbering: an `id` or `name` from a post that would take over a member
//! of `window`, `document` or a page's `<form>` (`<img name="cookie">` makes
//! `document.cookie` the image; `<fieldset name="submit">` inside a page's form
//! hides its `submit()`). Such values get [`PREFIX`] in front, as GitHub and
//! DOMPurify do; every other value — Hugo's heading IDs among them — is kept.
//!
//! Which names can be taken over is measured, not guessed: the tables in
//! `clobber_names.rs` are generated in Chromium by tools/clobber/names.mjs.
//! Named access exposes elements by `name`, and by `id` only on a few
//! elements (`img`, `fieldset`, `output` among those Recap writes); an `id` on
//! any other element shows only on `window`, below its own members, where the
//! measurement finds none to take over. The DOM paths of the npm package add a
//! check against what the page itself has defined when a post is shown.
//!
//! The browser build leaves the `name` table out of its module (its size
//! budget): the binding installs [`set_browser_check`], which asks the page's
//! own `document` and a form whether they have a member of that name — what the
//! table records, for the browser the post is shown in.

use super::clobber_names::BY_ID;
#[cfg(not(target_arch = "wasm32"))]
use super::clobber_names::BY_NAME;
use std::borrow::Cow;

/// What a clobbering `id` or `name` gets in front of it.
pub const PREFIX: &str = "user-content-";

/// Elements that `document` or a form also exposes by `id`.
const NAMED_BY_ID: &[&str] = &["embed", "fieldset", "form", "iframe", "img", "object", "output"];

/// `value` of the `attribute` (`id` or `name`, lowercase) of an `element`
/// (lowercase), prefixed when it would take over a member of the page.
pub fn unclobbered<'a>(element: &str, attribute: &str, value: &'a str) -> Cow<'a, str> {
    let taken = match attribute {
        "name" => taken_by_name(value),
        "id" if NAMED_BY_ID.contains(&element) => taken_by_name(value),
        "id" => BY_ID.binary_search(&value).is_ok(),
        _ => return Cow::Borrowed(value),
    };
    if taken {
        Cow::Owned(format!("{PREFIX}{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// Whether an element with `name` set to `value` takes over a member of
/// `document` or a form.
fn taken_by_name(value: &str) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    {
        BY_NAME.binary_search(&value).is_ok()
    }
    #[cfg(target_arch = "wasm32")]
    {
        BROWSER_CHECK.get().is_some_and(|check| check(value))
    }
}

#[cfg(target_arch = "wasm32")]
static BROWSER_CHECK: std::sync::OnceLock<fn(&str) -> bool> = std::sync::OnceLock::new();

/// Installs the question the browser build asks instead of the `name` table
/// (the binding does, with the page's `document` and a form).
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub fn set_browser_check(check: fn(&str) -> bool) {
    let _ = BROWSER_CHECK.set(check);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_sorted_for_binary_search() {
        assert!(BY_ID.windows(2).all(|w| w[0] < w[1]));
        assert!(BY_NAME.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn names_that_take_over_a_member_are_prefixed() {
        assert_eq!(unclobbered("img", "name", "cookie"), "user-content-cookie", "document.cookie");
        assert_eq!(unclobbered("a", "name", "getElementById"), "user-content-getElementById");
        assert_eq!(unclobbered("fieldset", "id", "submit"), "user-content-submit", "a form's submit()");
        assert_eq!(unclobbered("img", "id", "body"), "user-content-body", "document.body (an image with a name)");
        assert_eq!(unclobbered("h2", "id", "cookie"), "cookie", "a heading's id does not reach document");
        assert_eq!(unclobbered("h2", "id", "history"), "history", "nor window's own members: Hugo's IDs stay");
        assert_eq!(unclobbered("img", "name", "photo"), "photo");
        assert_eq!(unclobbered("img", "alt", "cookie"), "cookie", "other attributes are not names");
    }
}
