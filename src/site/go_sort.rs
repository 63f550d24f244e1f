//! Go's `sort.SliceStable`, step for step: insertion sort of blocks of 20,
//! then SymMerge (Kim and Kutzner, "Stable Minimum Storage Merging by
//! Symmetric Comparisons", ESA 2004) of ever larger neighbours.
//!
//! Written here because the order it leaves depends on the exact comparisons
//! it makes when `less` is not a strict weak order, and Hugo sorts a bundle's
//! resources with such a function ("by resource type" that never answers
//! "after", then by name): Rust's stable sort, given the same function,
//! orders them otherwise. The algorithm is that of Go's `sort` package
//! (BSD-3-Clause, © The Go Authors), written anew in Rust.

/// Sorts `v` as Go's `sort.SliceStable(v, less)` does.
pub fn slice_stable<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    const BLOCK: usize = 20;
    let n = v.len();
    let (mut a, mut b) = (0, BLOCK);
    while b <= n {
        insertion_sort(v, a, b, &less);
        a = b;
        b += BLOCK;
    }
    insertion_sort(v, a, n, &less);
    let mut block = BLOCK;
    while block < n {
        let (mut a, mut b) = (0, 2 * block);
        while b <= n {
            sym_merge(v, a, a + block, b, &less);
            a = b;
            b += 2 * block;
        }
        if a + block < n {
            sym_merge(v, a, a + block, n, &less);
        }
        block *= 2;
    }
}

fn insertion_sort<T>(v: &mut [T], a: usize, b: usize, less: &impl Fn(&T, &T) -> bool) {
    for i in a + 1..b {
        let mut j = i;
        while j > a && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Merges the sorted runs `v[a..m]` and `v[m..b]` (`a < m < b`).
fn sym_merge<T>(v: &mut [T], a: usize, m: usize, b: usize, less: &impl Fn(&T, &T) -> bool) {
    if m - a == 1 {
        // v[a] moves to just before the first of v[m..b] not less than it.
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) / 2;
            if less(&v[h], &v[a]) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        v[a..i].rotate_left(1);
        return;
    }
    if b - m == 1 {
        // v[m] moves to the first of v[a..m] greater than it.
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) / 2;
            if !less(&v[m], &v[h]) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        v[i..=m].rotate_right(1);
        return;
    }
    let mid = (a + b) / 2;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) / 2;
        if !less(&v[p - c], &v[c]) {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        v[start..end].rotate_left(m - start);
    }
    if a < start && start < mid {
        sym_merge(v, a, start, mid, less);
    }
    if mid < end && end < b {
        sym_merge(v, mid, end, b, less);
    }
}

#[cfg(test)]
mod tests {
    use super::slice_stable;

    #[test]
    fn a_consistent_order_sorts_stably() {
        let mut v: Vec<(u32, usize)> = (0..100).map(|i| ((i * 37 % 11) as u32, i)).collect();
        let mut want = v.clone();
        want.sort_by_key(|x| x.0);
        slice_stable(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, want, "with a strict weak order it should equal a stable sort, across blocks of 20 and their merges");
    }

    #[test]
    fn an_inconsistent_order_is_left_as_go_leaves_it() {
        // Hugo's resource order (type, else name) on the files of the
        // resources-metadata site case, as Hugo 0.168 listed them.
        let mut v =
            vec![("text", "aa"), ("app", "data/x.txt"), ("app", "data/y.txt"), ("text", "notes-a"), ("image", "pic"), ("text", "zz")];
        slice_stable(&mut v, |a, b| a.0 < b.0 || a.1 < b.1);
        assert_eq!(
            v,
            [("app", "data/x.txt"), ("app", "data/y.txt"), ("image", "pic"), ("text", "aa"), ("text", "notes-a"), ("text", "zz")]
        );
    }
}
