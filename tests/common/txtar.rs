//! The txtar archive format of golang.org/x/tools/txtar, which Hugo's
//! integration tests (and Recap's Hugo site cases) write whole sites in: a
//! free-form comment, then files, each opened by a line `-- NAME --`.
//!
//! Written here rather than taken from a crate: the rules are a dozen lines,
//! and the crates that read txtar differ from Go on the edge cases below.
//!
//! Go's rules, followed exactly:
//! * a marker line starts with `-- ` and ends with ` --` (at least 6 bytes);
//!   the name is what lies between, trimmed; a line whose name is empty is
//!   not a marker but data;
//! * a marker is recognised only at the start of the data or after `\n`;
//! * a file's data runs to the next marker; the last file (or the comment,
//!   when there are no files) gains a final `\n` when it lacks one.

/// An archive: the comment, and the files in order (a name may repeat).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Archive {
    /// The text before the first file.
    pub comment: String,
    /// `(name, data)` in archive order.
    pub files: Vec<(String, String)>,
}

/// Reads an archive as `txtar.Parse` does.
pub fn parse(data: &str) -> Archive {
    let (comment, mut name, mut rest) = find_marker(data);
    let mut archive = Archive { comment: comment.into_owned(), files: Vec::new() };
    while let Some(n) = name {
        let (body, next, after) = find_marker(rest);
        archive.files.push((n, body.into_owned()));
        name = next;
        rest = after;
    }
    archive
}

/// The data before the next marker, that marker's name, and the data after its line.
fn find_marker(data: &str) -> (std::borrow::Cow<'_, str>, Option<String>, &str) {
    let mut i = 0;
    loop {
        if let Some((name, after)) = marker(&data[i..]) {
            return (data[..i].into(), Some(name), after);
        }
        match data[i..].find("\n-- ") {
            Some(j) => i += j + 1,
            None => return (fix_newline(data), None, ""),
        }
    }
}

/// The name of a marker line at the start of `data`, and the data after that line.
fn marker(data: &str) -> Option<(String, &str)> {
    if !data.starts_with("-- ") {
        return None;
    }
    let (line, after) = data.split_once('\n').unwrap_or((data, ""));
    if !(line.ends_with(" --") && line.len() >= 6) {
        return None;
    }
    let name = line[3..line.len() - 3].trim();
    (!name.is_empty()).then(|| (name.to_owned(), after))
}

fn fix_newline(data: &str) -> std::borrow::Cow<'_, str> {
    if data.is_empty() || data.ends_with('\n') {
        data.into()
    } else {
        format!("{data}\n").into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_comment_and_files_as_go_does() {
        let a = parse("comment\n-- a.txt --\nA\n-- b/c.md --\nB\nno newline");
        assert_eq!(a.comment, "comment\n", "the comment should run to the first marker");
        assert_eq!(a.files, vec![("a.txt".into(), "A\n".into()), ("b/c.md".into(), "B\nno newline\n".into())]);
    }

    #[test]
    fn a_marker_must_open_a_line_and_close_with_two_dashes() {
        let a = parse("-- f --\nx -- g --\n-- h -\n--  --\nrest");
        assert_eq!(
            a.files,
            vec![("f".into(), "x -- g --\n-- h -\n--  --\nrest\n".into())],
            "only a named marker opening a line should start a file"
        );
    }
}
