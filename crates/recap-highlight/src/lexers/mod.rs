//! The lexers built into the crate: generated data files (`../data/lexers/`,
//! from Chroma's XML lexers and the Go-coded lexers ported in
//! tools/chroma/golexers.py; see ../data/NOTICE.md for attribution).

pub(crate) mod builtin;
