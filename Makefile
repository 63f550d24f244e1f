# Recap: `make demo` builds and serves the editor; `make test` runs every test.
# Both install what a fresh machine lacks (idempotently) before they start.

SHELL := /bin/bash
PORT ?= 8080
CARGO ?= cargo
SEED := www/posts/december-2021-recap.md
# The package's wasm is built with a pinned nightly: std rebuilt for size
# (optimize_for_size) with panics as bare traps (-Cpanic=immediate-abort),
# which takes ~35 KB brotli off.
# Everything else (tests, clippy, the CLI) uses the stable toolchain.
NIGHTLY := nightly-2026-05-19
# The minimum supported Rust version: Cargo.toml's `rust-version`, checked by `make lint`.
MSRV := $(shell sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml | head -1)
WASM := target/package/wasm32-unknown-unknown/wasm/recap_wasm.wasm
CORE_WASM := target/package-core/wasm32-unknown-unknown/wasm/recap_wasm.wasm
# wasm-bindgen's CLI must be exactly the version in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p}' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: msrv tools-nightly fuzz deny bench all demo test lint lint-js native wasm-test e2e package tools tools-rust tools-node tools-browser build-cli size clean highlight-wasm highlight-test highlight-data

all: test

## Tools: each step checks before it installs.
tools: tools-rust tools-node tools-browser

tools-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$(WASM_BINDGEN_VERSION)" ]; then \
		echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (a few minutes)"; \
		$(CARGO) install -q --force wasm-bindgen-cli --version "=$(WASM_BINDGEN_VERSION)"; \
	fi

tools-nightly:
	@rustup toolchain list | grep -q '^$(NIGHTLY)' || rustup toolchain install $(NIGHTLY) --profile minimal
	@rustup component list --toolchain $(NIGHTLY) --installed | grep -q '^rust-src' || rustup component add rust-src --toolchain $(NIGHTLY)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

tools-node: node_modules/.installed

tools-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		echo "Installing Chromium and ChromeDriver"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

## The npm package, built into pkg/ (wasm-opt -Oz in release). The core is
## built three times: recap_core_bg.wasm, what init() loads to show posts;
## recap_editing_bg.wasm, the same with edits that re-render only the blocks
## they touched (init({ editing: true }), the editor's); recap_templates_bg.wasm
## with both and the engine for a site's own templates (init({ templates: true })).
## All take the same JS glue, checked identical, shipped in three copies:
## wasm-bindgen's glue keeps its module in module state, so a module with more
## replaces a running one through its own copy (recap_editing.js,
## recap_templates.js; recap.js bundles recap_core.js). The glue's __wbg_reset_state (wasm-bindgen's
## --experimental-reset-state-function) restarts a module after a crash.
## The module is crates/recap-wasm, a cdylib that links the recap crate (an
## rlib, so the CLI's and the tests' builds of it never collide in target/).
WASM_BUILD = $(CARGO) +$(NIGHTLY) build --profile wasm -p recap-wasm --target wasm32-unknown-unknown \
	-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
# simd128 (WebAssembly's fixed-width SIMD; the runtimes that have it are listed
# in js/README.md): memchr's searches and LLVM's loops use 16-byte vectors. Measured
# on the default module (2026-11-29, old and new interleaved in one page, 40
# rounds of the 30 posts): 2.8% faster, and 209.6 -> 208.8 KB brotli.
WASM_RUSTFLAGS := -Zunstable-options -Cpanic=immediate-abort -Ctarget-feature=+simd128
BINDGEN_FLAGS := --target web --experimental-reset-state-function
# The default module is built without Debug formatting or panic locations
# (-Zfmt-debug=none: `{:?}` prints nothing, so no message of the core uses
# it; -Zlocation-detail=none), in a target dir of its own: std is rebuilt
# for each set of flags. The site module keeps Debug formatting (its
# template messages quote with it).
CORE_RUSTFLAGS := $(WASM_RUSTFLAGS) -Zfmt-debug=none -Zlocation-detail=none
# Memory starts zeroed and its first 1 KB is the far end of the 1 MiB stack
# (data starts at 1 MiB), so wasm-opt may assume both; --gufa and --converge
# take a further ~1.5 KB (brotli) off each module.
WASM_FEATURES := --enable-bulk-memory --enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int \
	--enable-reference-types --enable-multivalue --enable-simd
WASM_OPT = wasm-opt $(WASM_FEATURES) --strip-debug --strip-producers --strip-target-features \
	--low-memory-unused --zero-filled-memory -Oz --gufa -Oz --converge
# File targets, so that `make package` and `make demo` redo only what changed:
# the wasm when Rust sources change (minutes), the JS in a second.
RUST_SOURCES := $(shell find src crates/recap-wasm -name '*.rs') src/wasm/options.d.ts Cargo.toml crates/recap-wasm/Cargo.toml Cargo.lock
PKG_HL := pkg/core/recap_highlight_bg.wasm pkg/core/recap_highlight.js pkg/core/recap_highlight.d.ts pkg/core/recap_highlight_styles.txt
PKG_CORE := pkg/core/recap_core_bg.wasm pkg/core/recap_templates_bg.wasm pkg/core/recap_core.d.ts \
	pkg/core/recap_templates.js pkg/core/recap_templates.d.ts \
	pkg/core/recap_editing_bg.wasm pkg/core/recap_editing.js pkg/core/recap_editing.d.ts
# The default module's glue, which pkg/recap.js bundles (see its rule).
CORE_GLUE := target/package/recap_core_glue.js
PKG_COPIED := $(addprefix pkg/,recap.d.ts node.js post-header.js highlight-worker.js render-worker.js editor.d.ts element.js element.d.ts package.json \
	element/define.js element/define.d.ts LICENSE-MIT LICENSE-APACHE README.md)
# The editor with CodeMirror 6 bundled in (no bundler needed to use the package); recap.js stays a separate module.
EDITOR_SOURCES := js/editor.js $(wildcard js/editor/*.js) js/post-header.js
# emojify's table, which the site module leaves out (see src/template/funcs/transform.rs).
PKG_EMOJI := pkg/core/recap_emoji.tsv
PKG_FILES := $(PKG_CORE) $(PKG_HL) $(PKG_COPIED) $(PKG_EMOJI) pkg/recap.js pkg/editor.js
package: $(PKG_FILES) target/package/size.txt
	@find pkg -type f $(foreach f,$(PKG_FILES),! -path $(f)) ! -path 'pkg/core/snippets/*' -delete

# The size table, printed when a file of the package changed (brotli at its best takes a while).
target/package/size.txt: $(PKG_FILES)
	@mkdir -p $(@D) && node tools/size.mjs pkg | tee $@

$(PKG_CORE) $(CORE_GLUE) &: $(RUST_SOURCES) | tools-rust tools-nightly tools-node
	rm -rf $(PKG_CORE) target/package/bindgen && mkdir -p pkg/core target/package/bindgen
	RUSTFLAGS="$(WASM_RUSTFLAGS)" $(WASM_BUILD) --target-dir target/package --features recap-wasm/templates
	wasm-bindgen $(BINDGEN_FLAGS) --out-dir target/package/bindgen --out-name recap_core $(WASM)
	mv target/package/bindgen/recap_core_bg.wasm target/package/bindgen/recap_templates_bg.wasm
	mv target/package/bindgen/recap_core.js target/package/bindgen/recap_templates.js
	RUSTFLAGS="$(CORE_RUSTFLAGS)" $(WASM_BUILD) --target-dir target/package-core --features recap-wasm/editing
	wasm-bindgen $(BINDGEN_FLAGS) --out-dir target/package/bindgen --out-name recap_core $(CORE_WASM)
	mv target/package/bindgen/recap_core_bg.wasm target/package/bindgen/recap_editing_bg.wasm
	mv target/package/bindgen/recap_core.js target/package/bindgen/recap_editing.js
	RUSTFLAGS="$(CORE_RUSTFLAGS)" $(WASM_BUILD) --target-dir target/package-core
	wasm-bindgen $(BINDGEN_FLAGS) --out-dir target/package/bindgen --out-name recap_core $(CORE_WASM)
	cmp target/package/bindgen/recap_core.js target/package/bindgen/recap_templates.js
	cmp target/package/bindgen/recap_core.js target/package/bindgen/recap_editing.js
	cp target/package/bindgen/recap_core.d.ts pkg/core/
	cp target/package/bindgen/recap_core.d.ts pkg/core/recap_templates.d.ts
	cp target/package/bindgen/recap_core.d.ts pkg/core/recap_editing.d.ts
	$(WASM_OPT) target/package/bindgen/recap_core_bg.wasm -o pkg/core/recap_core_bg.wasm
	$(WASM_OPT) target/package/bindgen/recap_editing_bg.wasm -o pkg/core/recap_editing_bg.wasm
	$(WASM_OPT) target/package/bindgen/recap_templates_bg.wasm -o pkg/core/recap_templates_bg.wasm
	$(JS_MINIFY) target/package/bindgen/recap_templates.js --outfile=pkg/core/recap_templates.js
	$(JS_MINIFY) target/package/bindgen/recap_editing.js --outfile=pkg/core/recap_editing.js
	sed "s|new URL('recap_core_bg.wasm', import.meta.url)|new URL('./core/recap_core_bg.wasm', import.meta.url)|" \
		target/package/bindgen/recap_core.js > $(CORE_GLUE)
	grep -q "'./core/recap_core_bg.wasm'" $(CORE_GLUE)
	touch $(PKG_CORE) $(CORE_GLUE)

$(PKG_EMOJI): src/template/funcs/emoji.tsv
	@mkdir -p $(@D) && cp $< $@

pkg/README.md: js/README.md
	@mkdir -p $(@D) && cp $< $@
pkg/LICENSE-%: LICENSE-%
	@mkdir -p $(@D) && cp $< $@
pkg/%: js/%
	@mkdir -p $(@D) && cp $< $@
# The package's JS modules are minified one by one (not bundled: each keeps
# its imports, exports and `new URL(…, import.meta.url)`s), but for recap.js
# (see its rule); the sources and their .d.ts types are what js/ holds. A page loads about half the bytes
# (brotli): the render budget counts them.
JS_MINIFY = esbuild --minify --format=esm --target=es2022 --legal-comments=inline --log-level=warning
pkg/%.js: js/%.js node_modules/.installed
	@mkdir -p $(@D) && $(JS_MINIFY) $< --outfile=$@

# recap.js is bundled with what it imports statically (the default module's
# glue, js/highlight.js, js/dom-guard.js): importing the package is one request,
# not a second round of three. Cold start, 12 fresh pages each, interleaved:
# the import 22-23 -> 9 ms, import to first render 60-69 -> 52-54 ms. The
# glue's own default .wasm URL (unused: init() passes one) is pointed at
# core/, where the file is, so that bundlers resolve it from the bundle's place.
# The modules with more (editing, the site engine) keep their glue as files of
# their own (core/recap_editing.js, core/recap_templates.js): each replaces the
# running glue's module state.
pkg/recap.js: js/recap.js js/highlight.js js/dom-guard.js $(CORE_GLUE) node_modules/.installed
	rm -rf target/package/js && mkdir -p target/package/js/core
	cp js/recap.js js/highlight.js js/dom-guard.js target/package/js/
	cp $(CORE_GLUE) target/package/js/core/recap_core.js
	$(JS_MINIFY) target/package/js/recap.js --bundle --external:./core/recap_templates.js --external:./core/recap_editing.js --outfile=$@

pkg/editor.js: $(EDITOR_SOURCES) node_modules/.installed
	esbuild js/editor.js --bundle --format=esm --target=es2022 --minify --external:./recap.js --legal-comments=none \
		--banner:js="/*! Recap editor. Bundles CodeMirror 6 (@codemirror/*, @lezer/*: MIT licence, (c) Marijn Haverbeke and others). */" \
		--log-level=warning --outfile=$@

## The highlighting module (crates/recap-highlight-wasm): Chroma's lexers and
## styles on the browser's RegExp, loaded separately from the core module.
# Built in a target dir of its own: its flags differ from the core's (std is
# rebuilt with each set), so the two builds do not undo each other's work.
# -Zfmt-debug=none / -Zlocation-detail=none: no Debug formatting, no panic
# locations (nothing here prints them; panics are traps). wasm-opt first
# flattens the control flow and rebuilds it (--rereloop), then runs -Oz: 0.3 KB
# brotli smaller, the same throughput (0.1 KB better as a pass of its own).
# The second run is WASM_OPT's with a flatten/rereloop after the first -Oz and
# functions/locals reordered, all repeated to a fixed point: 0.18 KB more.
# The module has only the built-in lexers' registry entries: the full registry
# is in the styles chunk (after a line `registry`, see Highlighter::add_styles),
# fetched for a block in another style or a language the entries cannot answer for.
HL_TARGET := target/package-hl
HL_WASM := $(HL_TARGET)/wasm32-unknown-unknown/wasm/recap_highlight_wasm.wasm
HL_SOURCES := $(shell find crates/recap-highlight crates/recap-highlight-wasm -name '*.rs' -o -name Cargo.toml -o -name '*.txt' -o -name '*.lex') Cargo.lock
highlight-wasm: $(PKG_HL)
$(PKG_HL) &: $(HL_SOURCES) | tools-rust tools-nightly tools-node
	rm -rf target/package/bindgen-hl pkg/core/snippets && mkdir -p pkg/core target/package/bindgen-hl
	RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" $(CARGO) +$(NIGHTLY) build --profile wasm -p recap-highlight-wasm \
		--target wasm32-unknown-unknown --target-dir $(HL_TARGET) \
		-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
	wasm-bindgen --target web --out-dir target/package/bindgen-hl --out-name recap_highlight $(HL_WASM)
	cp target/package/bindgen-hl/recap_highlight.d.ts pkg/core/
	$(JS_MINIFY) target/package/bindgen-hl/recap_highlight.js --outfile=pkg/core/recap_highlight.js
	cd target/package/bindgen-hl && for f in $$(find snippets -name '*.js'); do $(JS_MINIFY) $$f --outfile=$(CURDIR)/pkg/core/$$f; done
	{ cat crates/recap-highlight/src/data/styles-other.txt; echo registry; cat crates/recap-highlight/src/data/registry.txt; } > pkg/core/recap_highlight_styles.txt
	wasm-opt $(WASM_FEATURES) --flatten --rereloop target/package/bindgen-hl/recap_highlight_bg.wasm -o target/package/bindgen-hl/flat.wasm
	wasm-opt $(WASM_FEATURES) --strip-debug --strip-producers --strip-target-features --low-memory-unused --zero-filled-memory \
		-Oz --flatten --rereloop -Oz --gufa -Oz --reorder-functions --reorder-locals --converge \
		target/package/bindgen-hl/flat.wasm -o pkg/core/recap_highlight_bg.wasm
	touch $(PKG_HL)

## recap-highlight's tests: goldens natively (built-in lexers, then all), the
## wasm module against the same goldens in headless Chromium.
highlight-test: highlight-wasm tools-browser
	$(CARGO) test -p recap-highlight
	$(CARGO) test -p recap-highlight --features all-lexers --test goldens
	node --test --test-reporter=spec tests/e2e/highlight.test.mjs

## Regenerates the lexer/style data and the goldens (needs the Chroma mirror and hugo 0.168.0).
CHROMA_MIRROR ?= /work/.mirror/alecthomas+chroma/repo
CHROMA_TAG ?= v2.27.0
highlight-data:
	python3 tools/chroma/gen.py $(CHROMA_MIRROR) $(CHROMA_TAG)
	python3 tools/chroma/goldens.py $(CHROMA_MIRROR) $(CHROMA_TAG)

## Sizes of the package's wasm and JS: raw, gzip, brotli.
size:
	@node tools/size.mjs pkg

## The native test suite: formatting, lints, unit, integration and doc tests.
lint: tools-rust lint-js msrv
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy --lib --no-default-features -- -D warnings
# (The library's own tests too, which once named a type only the engine has.)
	$(CARGO) clippy --lib --no-default-features --profile test -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --no-default-features --features templates,editing,validate --lib --test web -- -D warnings
# The library alone, without `internals` (which `cli` and the tests turn on):
# there an unused item is dead code, natively and in the wasm modules.
	$(CARGO) clippy --lib --no-default-features --features templates,highlight,regex -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --no-default-features --lib -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --no-default-features --features editing,validate --lib -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --no-default-features --features templates,regex,editing,validate --lib -- -D warnings
# No message of the default wasm module uses `{:?}` (it is built with -Zfmt-debug=none,
# where Debug prints nothing): the files are the ones rustc's dep-info names for it.
	$(CARGO) rustc -q --lib -p recap-hugo --target wasm32-unknown-unknown --no-default-features -- --emit=dep-info=target/default-module.d
	node tools/lint-debug-format.mjs target/default-module.d

## The libraries and the CLI build with the declared minimum Rust version (the
## dev-dependencies may need a newer one; they are not part of the promise).
msrv:
	@rustup toolchain list | grep -q '^$(MSRV)' || rustup toolchain install $(MSRV) --profile minimal
	$(CARGO) +$(MSRV) check --workspace --lib --bins --target-dir target/msrv

## The JS: ESLint, and tsc --checkJs against the .d.ts files (tsconfig.json; needs the generated glue's types).
lint-js: tools-node $(PKG_CORE) $(PKG_HL)
	eslint .
	tsc -p tsconfig.json

## Every crate of the workspace (recap-highlight's goldens: built-in lexers,
## then every lexer).
native:
	$(CARGO) test --workspace
	$(CARGO) test -p recap-highlight --features all-lexers --test goldens

## wasm-bindgen tests in headless Chromium (the DOM patcher), with the
## package's features (no CLI, no native highlighting engine), with simd128 as
## the package is built (src/search.rs has a path of its own for it).
wasm-test: tools-rust tools-browser
	CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
		RUSTFLAGS="-Ctarget-feature=+simd128" $(CARGO) test --target wasm32-unknown-unknown --no-default-features --features templates,editing,validate --test web

## End-to-end tests: the package from a plain page, a Vite build, and Node. One
## file at a time: each drives its own Chromium.
e2e: package tools-browser
	node --test --test-concurrency=1 --test-reporter=spec tests/e2e/*.test.mjs

test: lint deny native wasm-test e2e

## Licences, duplicate crates and sources of what ships (deny.toml). Advisories
## need the RustSec database from GitHub, which this machine cannot reach.
deny:
	@command -v cargo-deny >/dev/null || { echo "Installing cargo-deny (a few minutes)"; $(CARGO) install -q cargo-deny --locked; }
	$(CARGO) deny check licenses bans sources

## Benchmarks, native and in headless Chromium, written to BENCHMARKS.md.
bench: package tools-browser
	@command -v twiggy >/dev/null || $(CARGO) install -q twiggy
	node tools/bench/run.mjs

build-cli:
	$(CARGO) build --release --bin recap

## Builds the package and serves the editor, opened on the seed post, on http://127.0.0.1:$(PORT)/.
## Fuzzing (not part of `make test`): each target for FUZZ_SECONDS (default 600),
## starting from seeds made from the attack corpus and the test posts. Crashes land
## in fuzz/artifacts/<target>/; each one found becomes a regression test in tests/.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= render front_matter shortcodes template sanitizer differential parsers
fuzz: tools-node
	@rustup toolchain list | grep -q '^$(NIGHTLY)' || rustup toolchain install $(NIGHTLY) --profile minimal
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz
	node tools/fuzz-seeds.mjs
	cd fuzz && for t in $(FUZZ_TARGETS); do \
		cargo +$(NIGHTLY) fuzz run $$t corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=2048 || exit 1; \
		echo "$$t: $$(ls corpus/$$t | wc -l) inputs in its corpus"; \
	done

demo: package
	PORT=$(PORT) node www/serve.mjs

clean:
	$(CARGO) clean
	rm -rf pkg node_modules
