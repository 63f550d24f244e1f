//! `strings.Diff OLDNAME OLD NEWNAME NEW`: a unified diff as Hugo writes it
//! (Go's "anchored diff": the longest common subsequence of the lines that
//! occur once in each text, found with Szymanski's algorithm in O(n log n),
//! grown to the equal lines around them, with three lines of context).
//! Written here because the usual diff crates find a minimal diff, which
//! differs from Go's anchored one on repeated lines such as `}`.

use super::super::{Cx, Value};
use super::cast::{arity, string};
use std::collections::HashMap;

const CONTEXT: usize = 3;

/// Lines with their newlines; a last line without one says so, as diff does.
fn lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    if let Some(last) = out.last_mut() {
        if !last.ends_with('\n') {
            last.push_str("\n\\ No newline at end of file\n");
        }
    }
    out
}

/// Index pairs of the longest common subsequence of the lines unique in both
/// texts, between the sentinels (0, 0) and (len x, len y).
fn anchors(x: &[String], y: &[String]) -> Vec<(usize, usize)> {
    // Counts as 0, one or many for each side, in one map.
    let mut count: HashMap<&str, (u8, u8)> = HashMap::new();
    for s in x {
        let c = count.entry(s).or_default();
        c.0 = (c.0 + 1).min(2);
    }
    for s in y {
        let c = count.entry(s).or_default();
        c.1 = (c.1 + 1).min(2);
    }
    let mut index_in_y: HashMap<&str, usize> = HashMap::new();
    let mut yi = Vec::new();
    for (i, s) in y.iter().enumerate() {
        if count[s.as_str()] == (1, 1) {
            index_in_y.insert(s, yi.len());
            yi.push(i);
        }
    }
    let (mut xi, mut inv) = (Vec::new(), Vec::new());
    for (i, s) in x.iter().enumerate() {
        if let Some(&j) = index_in_y.get(s.as_str()) {
            xi.push(i);
            inv.push(j);
        }
    }
    // Szymanski's Algorithm A.
    let n = xi.len();
    let mut t = vec![n + 1; n];
    let mut l = vec![0; n];
    for i in 0..n {
        let k = t.partition_point(|&v| v < inv[i]);
        t[k] = inv[i];
        l[i] = k + 1;
    }
    let mut k = l.iter().copied().max().unwrap_or(0);
    let mut seq = vec![(0, 0); k + 2];
    seq[k + 1] = (x.len(), y.len());
    let mut last_j = n;
    for i in (0..n).rev() {
        if l[i] == k && inv[i] < last_j {
            seq[k] = (xi[i], yi[inv[i]]);
            last_j = inv[i];
            k -= 1;
        }
    }
    seq
}

/// The unified diff of two texts; empty when they are equal.
pub fn unified(old_name: &str, old: &str, new_name: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let (x, y) = (lines(old), lines(new));
    let mut out = format!("diff {old_name} {new_name}\n--- {old_name}\n+++ {new_name}\n");
    let mut done = (0, 0);
    let mut chunk = (0, 0);
    let mut count = (0, 0);
    let mut text: Vec<String> = Vec::new();
    for m in anchors(&x, &y) {
        if m.0 < done.0 {
            continue;
        }
        let mut start = m;
        while start.0 > done.0 && start.1 > done.1 && x[start.0 - 1] == y[start.1 - 1] {
            start = (start.0 - 1, start.1 - 1);
        }
        let mut end = m;
        while end.0 < x.len() && end.1 < y.len() && x[end.0] == y[end.1] {
            end = (end.0 + 1, end.1 + 1);
        }
        for s in &x[done.0..start.0] {
            text.push(format!("-{s}"));
            count.0 += 1;
        }
        for s in &y[done.1..start.1] {
            text.push(format!("+{s}"));
            count.1 += 1;
        }
        let equal = end.0 - start.0;
        if (end.0 < x.len() || end.1 < y.len()) && (equal < CONTEXT || (!text.is_empty() && equal < 2 * CONTEXT)) {
            for s in &x[start.0..end.0] {
                text.push(format!(" {s}"));
                count = (count.0 + 1, count.1 + 1);
            }
            done = end;
            continue;
        }
        if !text.is_empty() {
            let n = equal.min(CONTEXT);
            for s in &x[start.0..start.0 + n] {
                text.push(format!(" {s}"));
                count = (count.0 + 1, count.1 + 1);
            }
            if count.0 > 0 {
                chunk.0 += 1;
            }
            if count.1 > 0 {
                chunk.1 += 1;
            }
            out.push_str(&format!("@@ -{},{} +{},{} @@\n", chunk.0, count.0, chunk.1, count.1));
            for s in text.drain(..) {
                out.push_str(&s);
            }
            count = (0, 0);
        }
        if end.0 >= x.len() && end.1 >= y.len() {
            break;
        }
        chunk = (end.0 - CONTEXT, end.1 - CONTEXT);
        for s in &x[chunk.0..end.0] {
            text.push(format!(" {s}"));
            count = (count.0 + 1, count.1 + 1);
        }
        done = end;
    }
    out
}

/// `strings.Diff OLDNAME OLD NEWNAME NEW`
pub fn diff(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("strings.Diff", args, 4, 4)?;
    let (old_name, old, new_name, new) = (string(&args[0])?, string(&args[1])?, string(&args[2])?, string(&args[3])?);
    cx.work((old.len() + new.len()) / 64)?;
    Ok(Value::from(unified(&old_name, &old, &new_name, &new)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_lines_do_not_anchor() {
        assert_eq!(unified("a", "x\n}\n}\ny\n", "b", "x\n}\nz\n}\ny\n"), "diff a b\n--- a\n+++ b\n@@ -1,4 +1,5 @@\n x\n }\n+z\n }\n y\n");
        assert_eq!(unified("a", "same\n", "b", "same\n"), "", "equal texts have no diff");
    }
}
