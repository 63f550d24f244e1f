//! The posts the native examples measure: the seed and the 29 blog posts of
//! `../shared/corpus`, in name order.

/// The posts' sources.
pub fn corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut posts = Vec::new();
    for sub in ["seed", "linkerd-sample"] {
        let mut entries: Vec<_> = std::fs::read_dir(dir.join(sub)).expect("corpus").filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            if p.extension().is_some_and(|e| e == "md") {
                posts.push(std::fs::read_to_string(p).unwrap());
            }
        }
    }
    posts
}
