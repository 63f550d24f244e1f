//! `check --fix`: every diagnostic's unambiguous fix applied, in place and
//! atomically (a temporary file beside the post, then a rename), or shown as a
//! unified diff with `--dry-run`.

use recap::{Fix, Rendered};
use std::io::Write;
use std::path::Path;

/// Passes of fix-and-render before giving up: a fix can reveal another (a key
/// renamed into a schema's property then checked for its type).
const MAX_PASSES: usize = 10;

/// The post with every fix applied, how many were applied, and the last render.
pub struct Fixed {
    pub text: String,
    pub applied: usize,
    pub rendered: Rendered,
}

/// Applies fixes to `source` until none is left (or [`MAX_PASSES`]), rendering
/// after each pass so that every fix is made against the text it was found in.
/// Fixes that overlap one already taken in a pass wait for the next pass.
pub fn apply(render: &dyn Fn(&str) -> Rendered, source: &str, rendered: Rendered) -> Fixed {
    let mut text = source.to_owned();
    let mut rendered = rendered;
    let mut applied = 0;
    for _ in 0..MAX_PASSES {
        let mut fixes: Vec<&Fix> = rendered.diagnostics.iter().filter_map(|d| d.fix.as_ref()).collect();
        if fixes.is_empty() {
            break;
        }
        fixes.sort_by_key(|f| (f.span.start, f.span.end));
        let mut taken: Vec<&Fix> = Vec::new();
        for f in fixes {
            let overlaps = taken.last().is_some_and(|t| f.span.start < t.span.end || (f.span.start == t.span.start && f.span.is_empty()));
            let in_bounds = f.span.end <= text.len() && text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end);
            if !overlaps && in_bounds {
                taken.push(f);
            }
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for f in &taken {
            out.push_str(&text[at..f.span.start]);
            out.push_str(&f.replacement);
            at = f.span.end;
        }
        out.push_str(&text[at..]);
        if out == text {
            break;
        }
        applied += taken.len();
        text = out;
        rendered = render(&text);
    }
    Fixed { text, applied, rendered }
}

/// Replaces the file at `path` with `text`: written to a temporary file in the
/// same folder (same permissions), synced, then renamed over the post, so a
/// reader sees the old post or the new one, never half of one.
///
/// # Errors
/// The temporary file cannot be written or renamed; the post is left as it was.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(".{name}.recap-fix-{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        if let Ok(meta) = std::fs::metadata(path) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// A unified diff of `old` to `new` for the file `name` (`git apply` reads it).
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new).unified_diff().context_radius(3).header(&format!("a/{name}"), &format!("b/{name}")).to_string()
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn writing_replaces_the_file_whole_or_not_at_all() {
        let dir = std::env::temp_dir().join(format!("recap-fix-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let post = dir.join("p.md");
        std::fs::write(&post, "old").unwrap();
        std::fs::set_permissions(&post, std::fs::Permissions::from_mode(0o640)).unwrap();
        super::write_atomically(&post, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&post).unwrap(), "new");
        assert_eq!(std::fs::metadata(&post).unwrap().permissions().mode() & 0o777, 0o640, "the post keeps its permissions");
        assert!(super::write_atomically(&dir.join("missing/p.md"), "x").is_err(), "a failed write is an error");
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["p.md"], "no temporary file is left");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_diff_is_unified() {
        let d = super::unified_diff("p.md", "a\nb\nc\n", "a\nB\nc\n");
        assert_eq!(d, "--- a/p.md\n+++ b/p.md\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
    }
}
