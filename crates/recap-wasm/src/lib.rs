//! The npm package's WebAssembly module. Everything it exports is defined in
//! the recap crate (`src/wasm/`); this crate only links it as a cdylib, so
//! that recap's own library stays an rlib (see Cargo.toml).

pub use recap;

// Talc instead of std's dlmalloc, as the highlighting module has (there with
// `disable-realloc-in-place`, for size; here without, for speed): 1.3 KB
// smaller (brotli) and no slower (1.01-1.03x in Chromium; memory after the
// editing bench's 10,000 edits the same, 5.7 MiB). The module is
// single-threaded: no atomics.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
