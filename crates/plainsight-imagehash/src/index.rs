//! An exact Hamming-distance index over PDQ hashes: multi-index hashing (Norouzi, Punjani and
//! Fleet, "Fast Search in Hamming Space with Multi-Index Hashing", CVPR 2012) with 16 slots of
//! 16 bits, the layout Meta's PDQ study found best for distances up to 47, and a brute-force
//! scan where the index would not pay.
//!
//! Why it is exact: if two 256-bit hashes are within distance `r`, then by the pigeonhole
//! principle at least one of the 16 slots differs in at most `floor(r / 16)` bits. A query
//! enumerates, in every slot, all 16-bit values within that radius of its own slot value, looks
//! each up, and verifies every candidate's full distance. A candidate is counted only from the
//! first slot through which it is reachable, so no set is needed to de-duplicate.
//!
//! Distances of 32 and more are answered by the scan (see [`MAX_SLOT_RADIUS`] for the
//! measurement that set the cut).
//!
//! Memory: 32 bytes per hash, plus per slot a 24-bit id per hash (48 bytes) and a fixed bucket
//! directory of 65,537 `u32` per slot (4 MiB in all): 80 bytes per hash, 800 MB for 10 M
//! hashes. Lists of fewer than [`BRUTE_FORCE_BELOW`] hashes skip the index entirely.

use crate::error::ImageHashError;
use plainsight_core::PdqHash;

/// Number of 16-bit slots the 256 bits are cut into.
const SLOTS: usize = 16;
/// Buckets per slot: every 16-bit value.
const BUCKETS: usize = 1 << 16;
/// Ids are stored in 3 bytes.
const ID_BYTES: usize = 3;
/// Most entries one index holds (24-bit ids). Larger lists are split by the caller.
pub const MAX_ENTRIES: usize = 1 << 24;
/// Below this many hashes a linear scan is as fast as the index and needs no directory.
pub const BRUTE_FORCE_BELOW: usize = 4096;
/// Largest per-slot radius the index enumerates: 1, i.e. distances up to 31 (17 probes per
/// slot). At radius 2 (distances 32..=47) each query probes 137 buckets per slot, about 3% of
/// the list in random order, and measured slower than the sequential scan (1M hashes: 12.8 ms
/// against 10.7 ms a query), so the scan takes over from 32 bits.
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
    /// `SLOTS × (BUCKETS + 1)` bucket starts; empty when the index is brute-force only.
    offsets: Vec<u32>,
    /// `SLOTS × len × ID_BYTES`: for each slot, ids ordered by that slot's value.
    ids: Vec<u8>,
}

#[inline]
fn slot(h: &PdqHash, s: usize) -> u16 {
    (h.0[3 - s / 4] >> ((s % 4) * 16)) as u16
}

#[inline]
fn read_id(bytes: &[u8]) -> u32 {
    u32::from(bytes[0]) | u32::from(bytes[1]) << 8 | u32::from(bytes[2]) << 16
}

impl HashIndex {
    /// Builds the index (a counting sort per slot: linear time, no hashing).
    pub fn build(hashes: Vec<PdqHash>) -> Result<HashIndex, ImageHashError> {
        let n = hashes.len();
        if n > MAX_ENTRIES {
            return Err(ImageHashError::IndexTooLarge(n));
        }
        if n < BRUTE_FORCE_BELOW {
            return Ok(HashIndex {
                hashes,
                offsets: Vec::new(),
                ids: Vec::new(),
            });
        }
        let mut offsets = vec![0u32; SLOTS * (BUCKETS + 1)];
        let mut ids = vec![0u8; SLOTS * n * ID_BYTES];
        let mut cursor = vec![0u32; BUCKETS];
        for s in 0..SLOTS {
            let dir = &mut offsets[s * (BUCKETS + 1)..(s + 1) * (BUCKETS + 1)];
            for h in &hashes {
                dir[usize::from(slot(h, s)) + 1] += 1;
            }
            for b in 0..BUCKETS {
                dir[b + 1] += dir[b];
            }
            cursor.copy_from_slice(&dir[..BUCKETS]);
            let slot_ids = &mut ids[s * n * ID_BYTES..(s + 1) * n * ID_BYTES];
            for (id, h) in hashes.iter().enumerate() {
                let b = usize::from(slot(h, s));
                let pos = cursor[b] as usize * ID_BYTES;
                cursor[b] += 1;
                let id = id as u32;
                slot_ids[pos] = id as u8;
                slot_ids[pos + 1] = (id >> 8) as u8;
                slot_ids[pos + 2] = (id >> 16) as u8;
            }
        }
        Ok(HashIndex {
            hashes,
            offsets,
            ids,
        })
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

    /// Bytes held by the index (hashes, directory, ids), for reporting.
    pub fn memory_bytes(&self) -> usize {
        self.hashes.len() * std::mem::size_of::<PdqHash>() + self.offsets.len() * 4 + self.ids.len()
    }

    /// Every entry within `max_distance` of `query` as `(id, distance)`, nearest first, ties by
    /// id. Exact: the same as [`HashIndex::query_brute_force`].
    pub fn query(&self, query: &PdqHash, max_distance: u32) -> Vec<(u32, u32)> {
        let radius = max_distance / SLOTS as u32;
        if self.offsets.is_empty() || radius > MAX_SLOT_RADIUS {
            return self.query_brute_force(query, max_distance);
        }
        let n = self.hashes.len();
        let mut out = Vec::new();
        let q_slots: [u16; SLOTS] = std::array::from_fn(|s| slot(query, s));
        for s in 0..SLOTS {
            let dir = &self.offsets[s * (BUCKETS + 1)..(s + 1) * (BUCKETS + 1)];
            let slot_ids = &self.ids[s * n * ID_BYTES..(s + 1) * n * ID_BYTES];
            let mut probe = |value: u16| {
                let (lo, hi) = (
                    dir[usize::from(value)] as usize,
                    dir[usize::from(value) + 1] as usize,
                );
                for chunk in slot_ids[lo * ID_BYTES..hi * ID_BYTES].chunks_exact(ID_BYTES) {
                    let id = read_id(chunk);
                    let h = &self.hashes[id as usize];
                    // The full distance first: it rejects almost every candidate.
                    let d = query.distance(h);
                    if d > max_distance {
                        continue;
                    }
                    // Counted only from the first slot through which it is reachable.
                    let earlier = (0..s).any(|t| (slot(h, t) ^ q_slots[t]).count_ones() <= radius);
                    if !earlier {
                        out.push((id, d));
                    }
                }
            };
            let v = q_slots[s];
            probe(v);
            if radius == 1 {
                for a in 0..16 {
                    probe(v ^ (1 << a));
                }
            }
        }
        out.sort_unstable_by_key(|&(id, d)| (d, id));
        out
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
        for (i, h) in self.hashes.iter().enumerate() {
            let i = i as u32;
            for (j, d) in self.query(h, max_distance) {
                if j > i {
                    out.push((i, j, d));
                }
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
        let mut hashes: Vec<PdqHash> = (0..6000)
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
        assert!(!index.offsets.is_empty());
        for r in [0, 1, 15, 16, 31, 32, 47, 48, 80] {
            assert_eq!(
                index.query(&base, r),
                index.query_brute_force(&base, r),
                "r={r}"
            );
        }
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
