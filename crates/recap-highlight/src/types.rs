//! Token types: Chroma's numbering (categories by thousands, sub-categories by
//! hundreds), names and CSS classes, from the generated table.

use crate::token_types::{TOKEN_NAMES, TOKEN_TYPES};

/// A Chroma token type (chroma.TokenType).
pub type TokenType = i32;

pub(crate) const BACKGROUND: TokenType = -1;
pub(crate) const PRE_WRAPPER: TokenType = -2;
pub(crate) const LINE: TokenType = -3;
pub(crate) const LINE_NUMBERS: TokenType = -4;
pub(crate) const LINE_NUMBERS_TABLE: TokenType = -5;
pub(crate) const LINE_HIGHLIGHT: TokenType = -6;
pub(crate) const LINE_TABLE: TokenType = -7;
pub(crate) const LINE_TABLE_TD: TokenType = -8;
pub(crate) const LINE_LINK: TokenType = -9;
pub(crate) const CODE_LINE: TokenType = -10;
pub(crate) const ERROR: TokenType = -11;
pub(crate) const OTHER: TokenType = -12;
pub(crate) const IGNORE: TokenType = -14;
pub(crate) const TEXT: TokenType = 8000;

/// A token: its type and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub ty: TokenType,
    pub value: String,
}

/// The type's name as Chroma spells it (`KeywordConstant`).
pub fn name(t: TokenType) -> Option<&'static str> {
    TOKEN_TYPES.iter().position(|e| e.0 == t).map(|i| TOKEN_NAMES[i])
}

/// The type with this name.
pub fn by_name(n: &str) -> Option<TokenType> {
    TOKEN_NAMES.iter().position(|&e| e == n).map(|i| TOKEN_TYPES[i].0)
}

/// chroma.StandardTypes: the CSS class of a type that has one.
pub(crate) fn standard_class(t: TokenType) -> Option<&'static str> {
    TOKEN_TYPES.iter().find(|e| e.0 == t).and_then(|e| e.1)
}

/// Every type in chroma.StandardTypes.
pub(crate) fn standard_types() -> impl Iterator<Item = TokenType> {
    TOKEN_TYPES.iter().filter(|e| e.1.is_some()).map(|e| e.0)
}

pub(crate) fn parent(t: TokenType) -> TokenType {
    if t % 100 != 0 {
        t / 100 * 100
    } else if t % 1000 != 0 {
        t / 1000 * 1000
    } else {
        0
    }
}

pub(crate) fn category(t: TokenType) -> TokenType {
    t / 1000 * 1000
}

pub(crate) fn sub_category(t: TokenType) -> TokenType {
    t / 100 * 100
}
