//! An exact Hamming-distance index over PDQ hashes: multi-index hashing (Norouzi, Punjani and
//! Fleet, "Fast Search in Hamming Space with Multi-Index Hashing", CVPR 2012) with 16 slots of
//! 16 bits, the layout Meta's PDQ study found best for distances up to 47, laid out in blocks
//! so that it costs at most 64 bytes per hash, and a brute-force scan where the index would not
//! pay.
//!
//! Why it is exact: if two 256-bit hashes are within distance `r`, then by the pigeonhole
//! principle at least one of the 16 slots differs in at most `floor(r / 16)` bits. A query
//! enumerates, in every slot, the buckets that can hold a slot value within that radius of its
//! own, checks each candidate's slot distance and full distance, and counts a candidate only
//! from the first slot through which it is reachable, so no set is needed to de-duplicate.
//!
//! Layout (the memory budget is 64 bytes per hash, 32 of which are the hash itself):
//!
//! - Entries are cut into blocks of 2^15 ([`BLOCK`]). Within a block an entry is named by a
//!   15-bit offset, so each of the 16 slots costs 15 bits per hash: 30 bytes, bit-packed.
//! - Each slot of each block has a directory of 2^11 buckets keyed by the slot value's top 11
//!   bits, stored as `u16` bucket starts (a block has at most 2^15 entries): 16 × 2^11 × 2 B
//!   = 64 KiB per block, 2 bytes per hash in a full block.
//!
//! So a block holds 32 + 30 + 2 = 64 bytes per hash. Entries after the last full block (fewer
//! than 2^15) are not indexed but scanned, which costs about what indexing one block saves,
//! and keeps every list at 64 bytes per hash or less. The price is candidates: an 11-bit bucket holds about 16
//! entries of a block whatever the list size, and a radius-1 probe reads 12 buckets (the own
//! bucket covers the 5 low-bit flips), so a query against `n` hashes checks about
//! `n / 2^15 × 16 × 12 × 16 ≈ n / 11` candidates instead of the `n / 240` of a flat
//! 16-bit-bucket layout with 24-bit ids (80 bytes per hash). Each check is one read of a
//! 32-byte hash inside the block's 1 MiB, which stays in cache.
//!
//! Distances of 32 and more are answered by the scan (see `MAX_SLOT_RADIUS`). Lists of fewer
//! than [`BRUTE_FORCE_BELOW`] hashes (one block) skip the index entirely.
//!
//! Blocks make candidates cheap when queries come in batches ([`HashIndex::query_many`]): a
//! block's 2 MiB is fetched once for the whole batch. Measured (release, 2 cores shared with
//! other builds at load 5–9, so expect spread; random lists, 2,000 hash queries at distance 31):
//!
//! - whole `plainsight match` process (`/usr/bin/time -v`): 1 M hashes 1.6 s wall, 1.5 s CPU,
//!   68,612 KiB maximum RSS; 10 M hashes 17.5 s wall, 16.2 s CPU, 630,804 KiB (64.6 bytes
//!   per hash for the whole process; the index itself 63.5 and 64.0 bytes per hash).
//! - index alone, one thread, x86-64-v2 (POPCNT), same process for both layouts: 1 M hashes
//!   1.38–1.46 s in batches of 256 against 0.48–0.55 s for the flat 80-byte layout it replaced
//!   (84 bytes per hash); 10 M hashes 19.9 s against 4.3 s. One query at a time is about six
//!   times slower than batched.
//!
//! So this layout gives up query speed (3 times slower at 1 M, 4.6 times at 10 M, the index
//! alone) for 20–25% less memory, and stays inside 5 s for 2,000 queries against 1 M hashes.

use crate::error::ImageHashError;
use plainsight_core::PdqHash;

/// Number of 16-bit slots the 256 bits are cut into.
const SLOTS: usize = 16;
/// Bits of an entry's offset within its block.
const BLOCK_BITS: usize = 15;
/// Entries per block: offsets fit in `BLOCK_BITS` bits and bucket starts in a `u16`.
/// Only full blocks are indexed.
pub const BLOCK: usize = 1 << BLOCK_BITS;
/// Top bits of a slot value that pick its bucket.
const BUCKET_BITS: u32 = 11;
/// Buckets per slot per block.
const BUCKETS: usize = 1 << BUCKET_BITS;
/// Low bits of a slot value that share a bucket.
const LOW_BITS: u32 = 16 - BUCKET_BITS;
/// Most entries one index holds. Larger lists are split by the caller.
pub const MAX_ENTRIES: usize = 1 << 24;
/// Below one full block a linear scan is as fast as the index and needs no directory.
pub const BRUTE_FORCE_BELOW: usize = BLOCK;
/// Queries per [`HashIndex::query_many`] call where this crate batches them itself: a block
/// (2 MiB) then serves this many queries per fetch (1M hashes, 2,000 queries, one thread:
/// about six times faster than one query at a time, measured).
pub const QUERY_BATCH: usize = 256;
/// Largest per-slot radius the index enumerates: 1, i.e. distances up to 31. At radius 2
/// (distances 32..=47) a query reads 137 slot values per slot, and the flat 16-bit layout this
/// replaced already measured slower than the sequential scan there (1M hashes: 12.8 ms against
/// 10.7 ms a query), so the scan takes over from 32 bits.
const MAX_SLOT_RADIUS: u32 = 1;

/// An exact index of PDQ hashes by Hamming distance. Ids are positions in the vector given to
/// [`HashIndex::build`].
///
/// ```
/// use plainsight_core::PdqHash;
/// use plainsight_imagehash::HashIndex;
/// let a = PdqHash([1, 2, 3, 4]);
/// let b = PdqHash([1, 2, 3, 5]);
/// let index = HashIndex::build(vec![a, b, PdqHash([!0, 0, 0, 0])]).unwrap();
/// assert_eq!(index.query(&a, 1), vec![(0, 0), (1, 1)]);
/// ```
pub struct HashIndex {
    hashes: Vec<PdqHash>,
    /// Per full block, per slot, [`BUCKETS`] bucket starts (offsets in the block's slot order);
    /// a bucket ends where the next starts, the last at [`BLOCK`]. Empty when the index is
    /// brute-force only.
    dirs: Vec<u16>,
    /// Per block, per slot, the block's entry offsets ordered by bucket, [`BLOCK_BITS`] bits
    /// each, little-endian bit order, plus padding so every read can take 4 bytes.
    ids: Vec<u8>,
}

#[inline]
fn slot(h: &PdqHash, s: usize) -> u16 {
    (h.0[3 - s / 4] >> ((s % 4) * 16)) as u16
}

/// Bit position of the `j`-th offset of slot `s` of the block starting at entry `base`.
#[inline]
fn id_bit(base: usize, s: usize, j: usize) -> usize {
    (base * SLOTS + s * BLOCK + j) * BLOCK_BITS
}

#[inline]
fn read_offset(ids: &[u8], bit: usize) -> usize {
    let i = bit / 8;
    // One 4-byte load (the array is padded): 15 bits at any bit offset fit in 3 bytes.
    let w = ids
        .get(i..i + 4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, u32::from_le_bytes);
    ((w >> (bit % 8)) as usize) & (BLOCK - 1)
}

#[inline]
fn write_offset(ids: &mut [u8], bit: usize, value: usize) {
    let i = bit / 8;
    let shifted = (value as u32) << (bit % 8);
    ids[i] |= shifted as u8;
    ids[i + 1] |= (shifted >> 8) as u8;
    ids[i + 2] |= (shifted >> 16) as u8;
}

impl HashIndex {
    /// Builds the index (a counting sort per slot per block: linear time, no hashing).
    pub fn build(hashes: Vec<PdqHash>) -> Result<HashIndex, ImageHashError> {
        let n = hashes.len();
        if n > MAX_ENTRIES {
            return Err(ImageHashError::IndexTooLarge(n));
        }
        if n < BRUTE_FORCE_BELOW {
            return Ok(HashIndex {
                hashes,
                dirs: Vec::new(),
                ids: Vec::new(),
            });
        }
        let blocks = n / BLOCK;
        let mut dirs = vec![0u16; blocks * SLOTS * BUCKETS];
        let mut ids = vec![0u8; (blocks * BLOCK * SLOTS * BLOCK_BITS).div_ceil(8) + 4];
        let mut counts = vec![0usize; BUCKETS + 1];
        for (k, block) in hashes.chunks_exact(BLOCK).enumerate() {
            let base = k * BLOCK;
            for s in 0..SLOTS {
                counts.fill(0);
                for h in block {
                    counts[usize::from(slot(h, s) >> LOW_BITS) + 1] += 1;
                }
                for b in 0..BUCKETS {
                    counts[b + 1] += counts[b];
                }
                let dir = &mut dirs[(k * SLOTS + s) * BUCKETS..][..BUCKETS];
                for (d, &c) in dir.iter_mut().zip(&counts) {
                    // A start is at most BLOCK = 2^15 (trailing empty buckets): fits a u16.
                    *d = c as u16;
                }
                for (j, h) in block.iter().enumerate() {
                    let b = usize::from(slot(h, s) >> LOW_BITS);
                    let pos = counts[b];
                    counts[b] += 1;
                    write_offset(&mut ids, id_bit(base, s, pos), j);
                }
            }
        }
        Ok(HashIndex { hashes, dirs, ids })
    }

    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// The hash with this id.
    pub fn hash(&self, id: u32) -> Option<&PdqHash> {
        self.hashes.get(id as usize)
    }

    /// Bytes held by the index (hashes, directories, packed offsets), for reporting.
    pub fn memory_bytes(&self) -> usize {
        self.hashes.len() * std::mem::size_of::<PdqHash>() + self.dirs.len() * 2 + self.ids.len()
    }

    /// Every entry within `max_distance` of `query` as `(id, distance)`, nearest first, ties by
    /// id. Exact: the same as [`HashIndex::query_brute_force`]. For many queries use
    /// [`HashIndex::query_many`], several times faster per query.
    pub fn query(&self, query: &PdqHash, max_distance: u32) -> Vec<(u32, u32)> {
        self.query_many(std::slice::from_ref(query), max_distance)
            .pop()
            .unwrap_or_default()
    }

    /// [`HashIndex::query`] for several queries at once, answers in query order. Faster per
    /// query: each block is visited once for all of them, so its 2 MiB (hashes and offsets)
    /// stays in cache instead of being fetched again for every query.
    pub fn query_many(&self, queries: &[PdqHash], max_distance: u32) -> Vec<Vec<(u32, u32)>> {
        let radius = max_distance / SLOTS as u32;
        if self.dirs.is_empty() || radius > MAX_SLOT_RADIUS {
            return queries
                .iter()
                .map(|q| self.query_brute_force(q, max_distance))
                .collect();
        }
        let mut outs: Vec<Vec<(u32, u32)>> = vec![Vec::new(); queries.len()];
        let q_slots: Vec<[u16; SLOTS]> = queries
            .iter()
            .map(|q| std::array::from_fn(|s| slot(q, s)))
            .collect();
        let blocks = self.hashes.len() / BLOCK;
        // Block, then slot, then query: one slot's directory and offsets (64 KiB) are shared by
        // the whole batch (measured 15-20% faster than block, query, slot).
        for k in 0..blocks {
            for s in 0..SLOTS {
                for ((query, qs), out) in queries.iter().zip(&q_slots).zip(&mut outs) {
                    self.query_slot(k, s, query, qs, max_distance, out);
                }
            }
        }
        // The entries after the last full block are scanned.
        let tail = blocks * BLOCK;
        for (query, out) in queries.iter().zip(&mut outs) {
            for (i, h) in self.hashes[tail..].iter().enumerate() {
                let d = query.distance(h);
                if d <= max_distance {
                    out.push(((tail + i) as u32, d));
                }
            }
        }
        for out in &mut outs {
            out.sort_unstable_by_key(|&(id, d)| (d, id));
        }
        outs
    }

    /// One query against slot `s` of full block `k`, hits appended to `out` unsorted.
    /// `max_distance` is below `(MAX_SLOT_RADIUS + 1) * SLOTS`.
    fn query_slot(
        &self,
        k: usize,
        s: usize,
        query: &PdqHash,
        q_slots: &[u16; SLOTS],
        max_distance: u32,
        out: &mut Vec<(u32, u32)>,
    ) {
        let radius = max_distance / SLOTS as u32;
        let base = k * BLOCK;
        let block = &self.hashes[base..base + BLOCK];
        let dir = &self.dirs[(k * SLOTS + s) * BUCKETS..][..BUCKETS];
        let first_bit = id_bit(base, s, 0);
        let mut probe = |b: usize| {
            let lo = usize::from(dir[b]);
            let hi = dir.get(b + 1).map_or(BLOCK, |&x| usize::from(x));
            for j in lo..hi {
                let off = read_offset(&self.ids, first_bit + j * BLOCK_BITS);
                let h = &block[off];
                // A bucket holds 2^5 slot values: this slot must itself be in reach (one
                // word, and it rejects most candidates before the full distance).
                if (slot(h, s) ^ q_slots[s]).count_ones() > radius {
                    continue;
                }
                let d = query.distance(h);
                if d > max_distance {
                    continue;
                }
                // Counted only from the first slot through which it is reachable.
                let earlier = (0..s).any(|t| (slot(h, t) ^ q_slots[t]).count_ones() <= radius);
                if !earlier {
                    out.push(((base + off) as u32, d));
                }
            }
        };
        let b = usize::from(q_slots[s] >> LOW_BITS);
        probe(b);
        if radius == 1 {
            // Flips of the low bits stay in bucket `b`; each high-bit flip is a bucket.
            for a in 0..BUCKET_BITS {
                probe(b ^ (1 << a));
            }
        }
    }

    /// The linear scan: every entry compared. The reference the index is tested against, and the
    /// plan for large distances.
    pub fn query_brute_force(&self, query: &PdqHash, max_distance: u32) -> Vec<(u32, u32)> {
        let mut out: Vec<(u32, u32)> = self
            .hashes
            .iter()
            .enumerate()
            .filter_map(|(id, h)| {
                let d = query.distance(h);
                (d <= max_distance).then_some((id as u32, d))
            })
            .collect();
        out.sort_unstable_by_key(|&(id, d)| (d, id));
        out
    }

    /// All unordered pairs of entries within `max_distance` of each other, as
    /// `(smaller id, larger id, distance)` sorted by id pair: what the linker needs to join posts
    /// that share an image.
    pub fn pairs_within(&self, max_distance: u32) -> Vec<(u32, u32, u32)> {
        let mut out = Vec::new();
        // In batches, as `query_many` wants: one query at a time refetches every block.
        for (c, chunk) in self.hashes.chunks(QUERY_BATCH).enumerate() {
            for (k, found) in self.query_many(chunk, max_distance).into_iter().enumerate() {
                let i = (c * QUERY_BATCH + k) as u32;
                out.extend(
                    found
                        .into_iter()
                        .filter(|&(j, _)| j > i)
                        .map(|(j, d)| (i, j, d)),
                );
            }
        }
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed ^ (*seed >> 29)
    }

    fn flip(h: &PdqHash, bits: &[usize]) -> PdqHash {
        let mut w = h.0;
        for &b in bits {
            w[b / 64] ^= 1 << (b % 64);
        }
        PdqHash(w)
    }

    #[test]
    fn index_equals_brute_force_on_planted_neighbours() {
        let mut seed = 7u64;
        let mut hashes: Vec<PdqHash> = (0..BLOCK + 100)
            .map(|_| {
                PdqHash([
                    lcg(&mut seed),
                    lcg(&mut seed),
                    lcg(&mut seed),
                    lcg(&mut seed),
                ])
            })
            .collect();
        let base = hashes[0];
        // Neighbours at distances up to 47 spread over all slots.
        for d in 1..48usize {
            let bits: Vec<usize> = (0..d).map(|i| (i * 37 + d) % 256).collect();
            hashes.push(flip(&base, &bits));
        }
        let index = HashIndex::build(hashes).expect("small");
        assert!(!index.dirs.is_empty());
        for r in [0, 1, 15, 16, 31, 32, 47, 48, 80] {
            assert_eq!(
                index.query(&base, r),
                index.query_brute_force(&base, r),
                "r={r}"
            );
        }
    }

    /// Several blocks and a scanned tail, neighbours planted in each, so block offsets, the
    /// packed 15-bit ids across block boundaries and the tail scan are all exercised.
    #[test]
    fn index_equals_brute_force_across_blocks() {
        let mut seed = 11u64;
        let mut hashes: Vec<PdqHash> = (0..2 * BLOCK + 777)
            .map(|_| {
                PdqHash([
                    lcg(&mut seed),
                    lcg(&mut seed),
                    lcg(&mut seed),
                    lcg(&mut seed),
                ])
            })
            .collect();
        let base = hashes[5];
        for (i, d) in (0..32usize).enumerate() {
            let bits: Vec<usize> = (0..d).map(|x| (x * 53 + i) % 256).collect();
            // Spread over the three blocks, including the last entry of each.
            let last = hashes.len() - 1;
            let at = [BLOCK - 1, 2 * BLOCK - 1, last, i * 2500 + 9][i % 4];
            hashes[at.min(last)] = flip(&base, &bits);
        }
        let index = HashIndex::build(hashes).expect("fits");
        assert_eq!(
            index.dirs.len(),
            2 * SLOTS * BUCKETS,
            "the partial block is scanned"
        );
        for r in [0, 1, 15, 16, 20, 31] {
            let got = index.query(&base, r);
            assert_eq!(got, index.query_brute_force(&base, r), "r={r}");
        }
        assert!(index.query(&base, 31).len() >= 8);
    }

    #[test]
    fn query_many_answers_each_query_as_query_does() {
        let mut seed = 3u64;
        let hashes: Vec<PdqHash> = (0..BLOCK + 500)
            .map(|_| PdqHash([lcg(&mut seed), lcg(&mut seed), 0, 0]))
            .collect();
        let queries: Vec<PdqHash> = hashes
            .iter()
            .step_by(4000)
            .map(|h| flip(h, &[1, 70]))
            .collect();
        let index = HashIndex::build(hashes).expect("fits");
        for r in [2, 20, 40] {
            let many = index.query_many(&queries, r);
            assert_eq!(many.len(), queries.len());
            for (q, got) in queries.iter().zip(many) {
                assert_eq!(got, index.query_brute_force(q, r), "r={r}");
            }
        }
    }

    #[test]
    fn full_blocks_cost_at_most_64_bytes_per_hash() {
        let hashes = vec![PdqHash([1, 2, 3, 4]); 2 * BLOCK];
        let index = HashIndex::build(hashes).expect("fits");
        assert!(
            index.memory_bytes() <= 64 * 2 * BLOCK + 4,
            "{}",
            index.memory_bytes()
        );
        // All in one bucket per slot: every entry still found once.
        assert_eq!(index.query(&PdqHash([1, 2, 3, 4]), 31).len(), 2 * BLOCK);
    }

    #[test]
    fn pairs_are_symmetric_and_unique() {
        let a = PdqHash([0, 0, 0, 0]);
        let b = flip(&a, &[3]);
        let c = flip(&a, &[3, 200]);
        let index = HashIndex::build(vec![a, b, c]).expect("small");
        assert_eq!(index.pairs_within(1), vec![(0, 1, 1), (1, 2, 1)]);
        assert_eq!(index.pairs_within(2), vec![(0, 1, 1), (0, 2, 2), (1, 2, 1)]);
    }
}
