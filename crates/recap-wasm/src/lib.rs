//! The npm package's WebAssembly module. Everything it exports is defined in
//! the recap crate (`src/wasm/`); this crate only links it as a cdylib, so
//! that recap's own library stays an rlib (see Cargo.toml).

pub use recap;
