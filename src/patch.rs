//! Which top-level blocks of a post to keep, move, insert and remove when it
//! changes: the pure half of the DOM patcher (the binding layer applies it).
//!
//! Blocks are keyed by [`crate::Block::key`], a hash of their HTML, so a block
//! whose HTML did not change keeps its DOM nodes — a playing video, an open
//! `<details>`, a selection. Moving a node reloads an iframe, so the plan
//! keeps the longest run of blocks already in order where they are.

/// What to do with each new block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Reuse old block `old` where it is.
    Keep(usize),
    /// Reuse old block `old`, moved to this position.
    Move(usize),
    /// Make a new block from its HTML.
    Insert,
}

/// A plan: one step per new block, and the old blocks to remove.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// For each new block, in order.
    pub steps: Vec<Step>,
    /// Old blocks no new block reuses.
    pub removed: Vec<usize>,
}

/// Plans the change from blocks keyed `old` to blocks keyed `new`.
pub fn diff<S: AsRef<str>, T: AsRef<str>>(old: &[S], new: &[T]) -> Plan {
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::with_capacity(old.len());
    for (i, k) in old.iter().enumerate() {
        index.entry(k.as_ref()).or_insert(i);
    }
    let mut used = vec![false; old.len()];
    let reuse: Vec<Option<usize>> = new
        .iter()
        .map(|k| {
            let i = *index.get(k.as_ref())?;
            (!used[i]).then(|| {
                used[i] = true;
                i
            })
        })
        .collect();
    // The longest increasing run of reused old positions stays put.
    let reused: Vec<(usize, usize)> = reuse.iter().enumerate().filter_map(|(n, o)| o.map(|o| (n, o))).collect();
    let stay = longest_increasing(&reused.iter().map(|(_, o)| *o).collect::<Vec<_>>());
    let mut keep = vec![false; new.len()];
    for i in stay {
        keep[reused[i].0] = true;
    }
    let steps = reuse
        .iter()
        .enumerate()
        .map(|(n, o)| match o {
            Some(o) if keep[n] => Step::Keep(*o),
            Some(o) => Step::Move(*o),
            None => Step::Insert,
        })
        .collect();
    let removed = used.iter().enumerate().filter(|(_, u)| !**u).map(|(i, _)| i).collect();
    Plan { steps, removed }
}

/// Indices (into `xs`) of a longest strictly increasing subsequence.
fn longest_increasing(xs: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; xs.len()];
    for (i, &x) in xs.iter().enumerate() {
        let pos = tails.partition_point(|&t| xs[t] < x);
        if pos > 0 {
            prev[i] = tails[pos - 1];
        }
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        out.push(i);
        cur = (prev[i] != usize::MAX).then_some(prev[i]);
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many blocks are made anew or moved.
    fn changed(plan: &Plan) -> usize {
        plan.steps.iter().filter(|s| !matches!(s, Step::Keep(_))).count()
    }

    #[test]
    fn one_changed_block_is_the_only_change() {
        let plan = diff(&["a", "b", "c"], &["a", "B", "c"]);
        assert_eq!(plan.steps, vec![Step::Keep(0), Step::Insert, Step::Keep(2)]);
        assert_eq!(plan.removed, vec![1]);
        assert_eq!(changed(&plan), 1);
    }

    #[test]
    fn insertions_and_deletions_keep_the_rest() {
        let plan = diff(&["a", "b", "c", "d"], &["a", "x", "c", "d", "e"]);
        assert_eq!(plan.steps, vec![Step::Keep(0), Step::Insert, Step::Keep(2), Step::Keep(3), Step::Insert]);
        assert_eq!(plan.removed, vec![1]);
    }

    #[test]
    fn a_swap_moves_only_one_block() {
        let plan = diff(&["a", "b", "c"], &["b", "a", "c"]);
        assert_eq!(changed(&plan), 1, "{plan:?}");
        assert!(plan.steps.contains(&Step::Keep(2)));
    }

    #[test]
    fn everything_new() {
        let plan = diff::<&str, &str>(&[], &["a", "b"]);
        assert_eq!(plan.steps, vec![Step::Insert, Step::Insert]);
        let plan = diff(&["a"], &[] as &[&str]);
        assert_eq!(plan.removed, vec![0]);
    }
}
