//! A monotone priority queue on `u64` keys (a radix heap) for the
//! Dijkstra searches of `flow`: the global price updates and the shortest
//! paths.
//!
//! Owns: ordering (key, node) entries by key when no key pushed is below
//! the last key popped, which holds for both searches (every length they
//! add is ≥ 0). Never does: decrease-key (a search pushes a node again and
//! skips the stale entry), or ordering among equal keys (both searches give
//! the same prices whatever that order; see their docs).
//!
//! Why not `BinaryHeap`: an entry here moves between buckets at most 64
//! times over its life and most move once or twice, where a binary heap
//! pays `log₂(entries)` comparisons and swaps of scattered memory on every
//! pop. Measured on the searches of the 100,000-employee benchmark in the
//! README ("Performance").
//!
//! Complexity: `push` O(1); `pop` O(1) amortised plus, when bucket 0 is
//! empty, a scan of the 65 bucket heads and a redistribution of one bucket.

/// Entries by the highest bit in which their key differs from `last`:
/// bucket 0 holds keys equal to `last`, bucket `b ≥ 1` keys whose highest
/// differing bit is `b − 1`.
pub(super) struct RadixHeap {
    buckets: [Vec<(u64, u32)>; 65],
    /// The last key popped (0 after [`RadixHeap::clear`]).
    last: u64,
}

impl RadixHeap {
    /// An empty heap.
    pub(super) fn new() -> RadixHeap {
        RadixHeap {
            buckets: std::array::from_fn(|_| Vec::new()),
            last: 0,
        }
    }

    /// Empties the heap (keeping its memory) and allows keys from 0 again.
    pub(super) fn clear(&mut self) {
        for bucket in &mut self.buckets {
            bucket.clear();
        }
        self.last = 0;
    }

    fn bucket(&self, key: u64) -> usize {
        (u64::BITS - (key ^ self.last).leading_zeros()) as usize
    }

    /// Adds `node` at `key`, which must not be below the last key popped
    /// (debug builds check it).
    pub(super) fn push(&mut self, key: u64, node: u32) {
        debug_assert!(key >= self.last, "radix heap: key below the last pop");
        let b = self.bucket(key);
        self.buckets[b].push((key, node));
    }

    /// Removes and returns an entry of the smallest key, or `None` when
    /// empty.
    pub(super) fn pop(&mut self) -> Option<(u64, u32)> {
        if self.buckets[0].is_empty() {
            let b = (1..self.buckets.len()).find(|&b| !self.buckets[b].is_empty())?;
            let moved = std::mem::take(&mut self.buckets[b]);
            self.last = moved.iter().map(|&(key, _)| key).min()?;
            // Every key of bucket b shares the bits above b − 1 with the
            // new `last`, and bit b − 1 too (all were on the same side of
            // the old one), so each lands in a bucket below b.
            for &(key, node) in &moved {
                let to = self.bucket(key);
                self.buckets[to].push((key, node));
            }
            // Hand the emptied allocation back for reuse.
            let mut moved = moved;
            moved.clear();
            self.buckets[b] = moved;
        }
        self.buckets[0].pop()
    }
}
