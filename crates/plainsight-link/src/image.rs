//! Image proximity: which PDQ hashes lie within a Hamming distance of each other.
//!
//! Behind a small trait so the exact multi-index of `plainsight-imagehash` can replace this
//! one. The index here is exact for distances up to 31 by the pigeonhole principle: split the
//! 256 bits into 16 segments of 16 bits; if two hashes differ in at most 31 bits, at least one
//! segment differs in at most one bit (16 segments × 2 bits = 32 > 31). So probing every
//! segment's value and its 16 one-bit neighbours finds every pair within 31, and the full
//! 256-bit distance then confirms it. (Probing only equal segments would guarantee just ≤ 15.)
//! See: Norouzi, Punjani & Fleet, "Fast Search in Hamming Space with Multi-Index Hashing"
//! (CVPR 2012).

use plainsight_core::PdqHash;

/// Finds all pairs of hashes within a distance.
pub trait ImageIndex {
    /// Every pair `(i, j)`, `i < j`, of `hashes` with `distance ≤ max_distance`, each once.
    fn close_pairs(&self, hashes: &[PdqHash], max_distance: u32) -> Vec<(u32, u32)>;
}

/// Multi-index hashing over 16 segments of 16 bits, probing radius 1 (exact up to 31 bits).
#[derive(Clone, Copy, Debug, Default)]
pub struct MultiIndex;

const SEGMENTS: usize = 16;

fn segment(h: &PdqHash, s: usize) -> u16 {
    (h.0[s / 4] >> ((s % 4) * 16)) as u16
}

impl ImageIndex for MultiIndex {
    fn close_pairs(&self, hashes: &[PdqHash], max_distance: u32) -> Vec<(u32, u32)> {
        // Radius per segment that pigeonhole needs for this distance.
        let radius = (max_distance as usize) / SEGMENTS;
        let mut pairs = Vec::new();
        if hashes.len() < 2 {
            return pairs;
        }
        for s in 0..SEGMENTS {
            // CSR table: members of each 16-bit value of this segment.
            let mut counts = vec![0u32; (1 << 16) + 1];
            for h in hashes {
                counts[segment(h, s) as usize + 1] += 1;
            }
            for i in 1..counts.len() {
                counts[i] += counts[i - 1];
            }
            let mut fill = counts.clone();
            let mut members = vec![0u32; hashes.len()];
            for (i, h) in hashes.iter().enumerate() {
                let v = segment(h, s) as usize;
                members[fill[v] as usize] = i as u32;
                fill[v] += 1;
            }
            let probe = |i: usize, v: u16, pairs: &mut Vec<(u32, u32)>| {
                let (a, b) = (counts[v as usize] as usize, counts[v as usize + 1] as usize);
                for &j in &members[a..b] {
                    if (j as usize) > i && hashes[i].distance(&hashes[j as usize]) <= max_distance {
                        pairs.push((i as u32, j));
                    }
                }
            };
            for (i, h) in hashes.iter().enumerate() {
                let v = segment(h, s);
                probe(i, v, &mut pairs);
                if radius >= 1 {
                    for bit in 0..16 {
                        probe(i, v ^ (1 << bit), &mut pairs);
                    }
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn brute(hashes: &[PdqHash], d: u32) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for i in 0..hashes.len() {
            for j in i + 1..hashes.len() {
                if hashes[i].distance(&hashes[j]) <= d {
                    out.push((i as u32, j as u32));
                }
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        #[test]
        fn exact_up_to_31(base in any::<[u64; 4]>(), flips in proptest::collection::vec(proptest::collection::vec(0usize..256, 0..40), 1..12)) {
            let mut hashes = vec![PdqHash(base)];
            for f in flips {
                let mut h = base;
                for b in f { h[b / 64] ^= 1 << (b % 64); }
                hashes.push(PdqHash(h));
            }
            prop_assert_eq!(MultiIndex.close_pairs(&hashes, 31), brute(&hashes, 31));
        }
    }
}
