//! xorshift64*: a small seeded generator, so that a generated input (and a
//! failure on it) is the same on every run. Shared by the integration tests
//! (tests/common) and the crate's unit tests (`#[path]`).

pub struct Random(pub u64);

impl Random {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Fewer than `most` of `pieces`, picked one after another, joined: the
    /// generated inputs of the tests that compare two readings of a text.
    pub fn joined(&mut self, pieces: &[&str], most: usize) -> String {
        (0..self.below(most)).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}
