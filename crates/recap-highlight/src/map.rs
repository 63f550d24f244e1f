//! A map kept as a vector of pairs, searched in order: every map here holds a
//! few dozen entries at most (a lexer's states, the loaded lexers, a style's
//! CSS by token type), where a linear search is as quick as hashing, and
//! `std`'s HashMap (hashbrown, SipHash, one copy of its table code per type)
//! was a tenth of the browser's module.

use std::borrow::Borrow;

#[derive(Debug, Clone)]
pub(crate) struct Map<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map { entries: Vec::new() }
    }
}

impl<K: Eq, V> Map<K, V> {
    pub(crate) fn new() -> Self {
        Map::default()
    }

    fn position<Q: Eq + ?Sized>(&self, k: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.entries.iter().position(|e| e.0.borrow() == k)
    }

    pub(crate) fn get<Q: Eq + ?Sized>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(k).map(|i| &self.entries[i].1)
    }

    pub(crate) fn contains_key<Q: Eq + ?Sized>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(k).is_some()
    }

    pub(crate) fn insert(&mut self, k: K, v: V) {
        match self.position(&k) {
            Some(i) => self.entries[i].1 = v,
            None => self.entries.push((k, v)),
        }
    }

    pub(crate) fn remove<Q: Eq + ?Sized>(&mut self, k: &Q)
    where
        K: Borrow<Q>,
    {
        if let Some(i) = self.position(k) {
            self.entries.remove(i);
        }
    }

    /// The value of `k`, inserted by `f` if absent.
    pub(crate) fn get_or_insert_with(&mut self, k: K, f: impl FnOnce() -> V) -> &mut V {
        let i = match self.position(&k) {
            Some(i) => i,
            None => {
                self.entries.push((k, f()));
                self.entries.len() - 1
            }
        };
        &mut self.entries[i].1
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|e| &e.0)
    }

    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().map(|e| &mut e.1)
    }
}

impl<K: Eq, V: Default> Map<K, V> {
    /// The value of `k`, inserted as the default if absent.
    pub(crate) fn or_default(&mut self, k: K) -> &mut V {
        self.get_or_insert_with(k, V::default)
    }
}

impl<K: Eq + Borrow<Q>, Q: Eq + ?Sized, V> std::ops::Index<&Q> for Map<K, V> {
    type Output = V;
    fn index(&self, k: &Q) -> &V {
        self.get(k).expect("a key the map holds")
    }
}
