//! Memory while editing a long post, natively (issue 16: wasm memory ≤ 16 MiB
//! after opening and editing a 200 KB post, flat over 10,000 edits). Replays
//! what the browser's `Renderer` does (src/wasm/mod.rs, `RendererCore::update`:
//! `Renderer::render_edit` on each new text, the blocks' keys kept for the
//! next call) on the 200 KB post and the edits of tools/bench/fresh.js, under a
//! counting global allocator: bytes live and the high-water mark after
//! opening, after 100 and after all the edits (and each edit that raised it),
//! then after a 10 MB post and the 200 KB one again (what a huge post needed
//! must not stay live). wasm memory is that high-water mark (it never
//! shrinks) plus the 1 MiB stack, the data and what the allocator loses to
//! fragmentation. (Natively the highlighter is built in: code blocks are
//! highlighted at once, where the browser's come from its worker.)
//!
//! `cargo run --release --example memory [EDITS] [--no-huge]`. For where the
//! peak comes from: build it with line tables and frame pointers
//! (`CARGO_PROFILE_RELEASE_DEBUG=line-tables-only RUSTFLAGS="-C
//! force-frame-pointers=yes"`) and run it with `--no-huge` under `valgrind
//! --tool=massif`, then `ms_print` the peak snapshot.
//! (A counting allocator of our own: a few lines, where a crate would add a
//! dependency for the same two counters.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static CALLS: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
    CALLS.fetch_add(1, Ordering::Relaxed);
}

#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: the caller's layout, passed on.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // The old and the new block are both live while the bytes are copied.
        grew(new_size);
        // SAFETY: as above.
        let out = unsafe { System.realloc(ptr, layout, new_size) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        out
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[path = "shared/corpus.rs"]
mod corpus;
use corpus::corpus;

/// As tools/bench/run.mjs strips front matter for the peers.
fn body(post: &str) -> &str {
    if let Some(rest) = post.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---\n") {
            return &rest[end + 5..];
        }
    }
    post
}

/// The 200 KB post of bench.js (the seed, then the corpus's bodies), cut at
/// a char boundary, and where fresh.js edits it (counted in UTF-16 units there;
/// the prose line it finds is ASCII, so bytes here).
fn big_post() -> (String, usize) {
    let posts = corpus();
    let seed = &posts[0];
    let all = posts.iter().map(|p| body(p)).collect::<Vec<_>>().join("\n\n");
    // JS's slice counts UTF-16 units.
    let units = 200_000 - seed.encode_utf16().count();
    let mut n = 0;
    let cut = all.char_indices().find(|(_, c)| {
        n += c.len_utf16();
        n > units
    });
    let big = format!("{seed}\n\n{}", &all[..cut.map_or(all.len(), |(i, _)| i)]);
    let mut offset = 0;
    let mut in_fence = false;
    let half = big.encode_utf16().count() / 2;
    for line in big.split('\n') {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
        }
        if !in_fence && big[..offset].encode_utf16().count() > half && prose(line) {
            return (big.clone(), offset + 12);
        }
        offset += line.len() + 1;
    }
    panic!("no prose line in the second half");
}

/// `/^[A-Z][a-z]+ [a-z]+ [a-z ,]{30,}$/`.
fn prose(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = 0;
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    i += 1;
    let lower = |i: &mut usize| {
        let s = *i;
        while b.get(*i).is_some_and(u8::is_ascii_lowercase) {
            *i += 1;
        }
        *i > s
    };
    if !lower(&mut i) || b.get(i) != Some(&b' ') {
        return false;
    }
    i += 1;
    if !lower(&mut i) || b.get(i) != Some(&b' ') {
        return false;
    }
    i += 1;
    b.len() - i >= 30 && b[i..].iter().all(|c| c.is_ascii_lowercase() || *c == b' ' || *c == b',')
}

/// What `RendererCore::update` keeps of a render: its blocks' keys and
/// lines (`js::Given`; the rest is sent to JavaScript and dropped).
fn sent_keys(r: recap::Rendered, sent: &mut Vec<(String, u32, u32)>) {
    *sent = r.blocks.into_iter().map(|b| (b.key, b.start_line, b.end_line)).collect();
}

/// Renders a 10 MB post with the same edits, then `text` again.
fn huge_then_back(
    renderer: &recap::Renderer,
    state: &mut recap::Edits,
    sent: &mut Vec<(String, u32, u32)>,
    big: &str,
    text: &str,
    report: &dyn Fn(&str),
) {
    let mut huge = String::from("---\ntitle: Scaling\n---\n");
    while huge.len() < 10_000_000 {
        huge.push_str(&big[big.find("\n---\n").map_or(0, |i| i + 5)..]);
        huge.push_str("\n\n");
    }
    sent_keys(renderer.render_edit(&huge, state), sent);
    report(&format!("a {} MB post", huge.len() / 1_000_000));
    drop(huge);
    sent_keys(renderer.render_edit(text, state), sent);
    report("the 200 KB post again");
}

fn mib(n: usize) -> String {
    format!("{:.1} MiB", n as f64 / (1 << 20) as f64)
}

fn main() {
    let edits: usize = std::env::args().nth(1).map_or(10_000, |a| a.parse().expect("EDITS is a number"));
    let (big, base) = big_post();
    let renderer = recap::Renderer::new(recap::Options::default());
    let mut state = recap::Edits::default();
    // What RendererCore keeps between calls besides `Edits`: the blocks it gave.
    let mut sent = Vec::new();
    let start = LIVE.load(Ordering::Relaxed);
    PEAK.store(start, Ordering::Relaxed);
    let report = |what: &str| {
        println!(
            "{what:>18}: live {:>9}, high-water {:>9} (+{} allocations)",
            mib(LIVE.load(Ordering::Relaxed) - start),
            mib(PEAK.load(Ordering::Relaxed) - start),
            CALLS.swap(0, Ordering::Relaxed)
        );
    };
    println!("{} KB post, {edits} edits at byte {base}", big.len() / 1024);
    sent_keys(renderer.render_edit(&big, &mut state), &mut sent);
    report("after opening");
    let mut text = big.clone();
    let mut wholes = 0;
    for i in 1..=edits {
        let mut at = base + i % 1000;
        while !text.is_char_boundary(at) {
            at += 1;
        }
        if i % 2 == 1 {
            text.insert(at, 'x');
        } else {
            let mut end = at + 1;
            while !text.is_char_boundary(end) {
                end += 1;
            }
            text.replace_range(at..end, "");
        }
        let before = PEAK.load(Ordering::Relaxed);
        sent_keys(renderer.render_edit(&text, &mut state), &mut sent);
        if !state.last_was_partial() {
            wholes += 1;
        }
        if PEAK.load(Ordering::Relaxed) > before {
            println!(
                "  edit {i} ({}) raised the high-water to {}",
                if state.last_was_partial() { "partial" } else { "whole" },
                mib(PEAK.load(Ordering::Relaxed) - start)
            );
        }
        if i == 100 && edits != 100 {
            report("after 100 edits");
        }
    }
    report(&format!("after {edits} edits"));
    println!("{wholes} of the {edits} edits rendered the whole post");
    // A huge post opened in the same renderer, then the 200 KB post again:
    // what the huge one needed must not stay live (the allocator reuses it).
    // (Left out with a second argument `--no-huge`, for a heap profiler's peak.)
    if std::env::args().nth(2).as_deref() != Some("--no-huge") {
        huge_then_back(&renderer, &mut state, &mut sent, &big, &text, &report);
    }

    std::hint::black_box(&sent);
    drop(state);
    report("without the edits");
    drop(renderer);
    report("without the renderer");
}
