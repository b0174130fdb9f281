//! Image proximity: which PDQ hashes are the same photo (within a Hamming distance), as
//! connected components.
//!
//! Behind a small trait so the multi-index of `plainsight-imagehash` can replace this one.
//! This index splits the 256 bits into 16 segments of 16 bits (multi-index hashing; Norouzi,
//! Punjani & Fleet, "Fast Search in Hamming Space with Multi-Index Hashing", CVPR 2012):
//! - probing each segment's own value finds every pair within 15 bits (16 segments, so two
//!   hashes differing in ≤ 15 bits agree exactly on at least one segment);
//! - probing also the 16 one-bit neighbours of each segment finds every pair within 31 bits
//!   (16 segments × 2 bits = 32 > 31, so some segment differs in at most one bit). That is
//!   17× the work, so [`MultiIndex`] does it only up to `exact_limit` distinct hashes; above
//!   it, pairs at 16–31 bits are found when some segment still matches exactly (the usual case
//!   for a re-uploaded or lightly edited photo) or through other copies of the photo.
//!
//! A stock photo used thousands of times fills its buckets with near-copies; comparing them
//! all pairwise is quadratic. A bucket larger than [`DENSE`] is compared through its first
//! [`LEADERS`] members only, which joins every copy close to one of them.

use crate::uf::UnionFind;
use plainsight_core::PdqHash;
use rayon::prelude::*;

/// Groups hashes into photos.
pub trait ImageIndex {
    /// A component label per hash: hashes within `max_distance` of each other (directly or
    /// through a chain) share a label.
    fn components(&self, hashes: &[PdqHash], max_distance: u32) -> Vec<u32>;
}

/// Multi-index hashing over 16 segments of 16 bits.
#[derive(Clone, Copy, Debug)]
pub struct MultiIndex {
    /// Up to this many distinct hashes, probe radius 1 (every pair within 31 bits).
    pub exact_limit: usize,
}

impl Default for MultiIndex {
    fn default() -> Self {
        MultiIndex {
            exact_limit: 200_000,
        }
    }
}

/// Buckets larger than this are dense (a photo's many copies)…
pub const DENSE: usize = 64;
/// …and are compared through their first `LEADERS` members.
pub const LEADERS: usize = 16;
const SEGMENTS: usize = 16;

/// A union–find over one bucket's members (local indices), reused across buckets.
#[derive(Default)]
struct LocalForest {
    parent: Vec<u32>,
}

impl LocalForest {
    fn reset(&mut self, n: usize) {
        self.parent.clear();
        self.parent.extend(0..n as u32);
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] as usize != x {
            let p = self.parent[x] as usize;
            self.parent[x] = self.parent[p];
            x = self.parent[x] as usize;
        }
        x
    }

    fn same(&mut self, a: usize, b: usize) -> bool {
        self.find(a) == self.find(b)
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb) as u32;
        }
    }
}

fn segment(h: &PdqHash, s: usize) -> u16 {
    (h.0[s / 4] >> ((s % 4) * 16)) as u16
}

/// The indices of `stored` hashes within `max_distance` (at most 31) of any of `new`: every
/// one of them, by the same multi-index argument as [`MultiIndex`] with radius 1 (some 16-bit
/// segment differs in at most one bit), with `new` in the table (a batch) and `stored` (a
/// whole case store) streamed past it. Ascending, each once.
pub fn near_any(new: &[PdqHash], stored: &[PdqHash], max_distance: u32) -> Vec<usize> {
    near_pairs(new, stored, max_distance)
        .into_iter()
        .map(|(i, _)| i)
        .collect()
}

/// The indices of `new` hashes within `max_distance` (at most 31) of any of `stored`: the
/// other side of [`near_any`]. `stored` is in the table and each of `new` probes it until its
/// first match: held stock photos are hundreds of near copies of a few pictures, and with
/// `new` in the table each held copy read the whole bucket of a batch's copies of its picture
/// (13,897 new photos past 184,036 held took 6 s on a linking4 batch). Ascending, each once.
pub fn near_any_new(new: &[PdqHash], stored: &[PdqHash], max_distance: u32) -> Vec<usize> {
    if new.is_empty() || stored.is_empty() {
        return Vec::new();
    }
    let table = SegmentTable::new(stored, new.len());
    new.par_iter()
        .enumerate()
        .filter_map(|(i, h)| {
            table
                .probe_until(h, |bucket| {
                    bucket
                        .iter()
                        .any(|&j| stored[j as usize].distance(h) <= max_distance)
                })
                .then_some(i)
        })
        .collect()
}

/// Every hash of a set under each of its 16-bit segment values, as one table per segment
/// (offsets into one array of members, ascending within a value). Two hashes within 31 bits
/// have a segment that differs in at most one bit, so a probe looks at a segment's value and
/// the 16 values one bit from it: either the table holds each hash under those 17 values and
/// a probe reads one, or the table holds each once and a probe reads 17. The neighbours go in
/// the table when it is the smaller side and stays small ([`NEIGHBOURS_MAX`] hashes): a
/// batch's 7,801 photos probed by a store's million or by 96,032 held ones, but not a
/// linking's 96,032 held photos probed by its neighbourhood's (26 million entries written at
/// random cost more than 17 reads each of a table 17 times smaller: 2.5 against 2.3 s for
/// that linking, BENCHMARKS.md).
struct SegmentTable {
    /// Per segment, `1 << 16` + 1 offsets into that segment's part of `members`.
    offsets: Vec<u32>,
    /// Per segment, `hashes × spread` hash indices.
    members: Vec<u32>,
    /// How many hashes the table holds.
    hashes: usize,
    /// The table holds each hash under its one-bit neighbours too.
    neighbours: bool,
}

const VALUES: usize = 1 << 16;

/// The most hashes a [`SegmentTable`] holds under their one-bit neighbours (17 × 16 entries
/// each: 18 MB at this size).
const NEIGHBOURS_MAX: usize = 1 << 14;

impl SegmentTable {
    /// The table of `hashes`, to be probed by `probes` hashes.
    fn new(hashes: &[PdqHash], probes: usize) -> Self {
        let neighbours = hashes.len() <= probes && hashes.len() <= NEIGHBOURS_MAX;
        let spread = Self::spread(neighbours);
        let mut offsets = vec![0u32; SEGMENTS * (VALUES + 1)];
        let each = |h: &PdqHash, s: usize, f: &mut dyn FnMut(usize)| {
            let v = segment(h, s) as usize;
            f(v);
            if neighbours {
                for bit in 0..16 {
                    f(v ^ (1 << bit));
                }
            }
        };
        for s in 0..SEGMENTS {
            let table = &mut offsets[s * (VALUES + 1)..(s + 1) * (VALUES + 1)];
            for h in hashes {
                each(h, s, &mut |v| table[v + 1] += 1);
            }
            for v in 1..=VALUES {
                table[v] += table[v - 1];
            }
        }
        let mut members = vec![0u32; hashes.len() * SEGMENTS * spread];
        for s in 0..SEGMENTS {
            let base = s * hashes.len() * spread;
            let mut fill: Vec<u32> = offsets[s * (VALUES + 1)..s * (VALUES + 1) + VALUES].to_vec();
            for (i, h) in hashes.iter().enumerate() {
                each(h, s, &mut |v| {
                    members[base + fill[v] as usize] = i as u32;
                    fill[v] += 1;
                });
            }
        }
        SegmentTable {
            offsets,
            members,
            hashes: hashes.len(),
            neighbours,
        }
    }

    /// Entries per hash and segment: its value, and its 16 one-bit neighbours when the table
    /// holds them.
    fn spread(neighbours: bool) -> usize {
        if neighbours {
            17
        } else {
            1
        }
    }

    /// Calls `f` with the buckets [`SegmentTable::probe`] reads until it returns true;
    /// whether one did.
    fn probe_until(&self, h: &PdqHash, mut f: impl FnMut(&[u32]) -> bool) -> bool {
        (0..SEGMENTS).any(|s| self.probe_segment(h, s, &mut f))
    }

    /// The part of [`SegmentTable::probe_until`] in segment `s`: its value's bucket, and its
    /// one-bit neighbours' unless the table holds them.
    fn probe_segment(&self, h: &PdqHash, s: usize, mut f: impl FnMut(&[u32]) -> bool) -> bool {
        let per_segment = self.hashes * Self::spread(self.neighbours);
        let table = &self.offsets[s * (VALUES + 1)..(s + 1) * (VALUES + 1)];
        let members = &self.members[s * per_segment..(s + 1) * per_segment];
        let v = segment(h, s) as usize;
        let mut read = |v: usize| {
            let (a, b) = (table[v] as usize, table[v + 1] as usize);
            b > a && f(&members[a..b])
        };
        read(v) || (!self.neighbours && (0..16).any(|bit| read(v ^ (1 << bit))))
    }

    /// Calls `f` with every bucket (hash indices, ascending) that can hold a hash within 31
    /// bits of `h`: one per segment with the neighbours in the table, 17 per segment without.
    #[cfg(test)]
    fn probe(&self, h: &PdqHash, mut f: impl FnMut(&[u32])) {
        self.probe_until(h, |bucket| {
            f(bucket);
            false
        });
    }
}

/// As [`near_any`], with the first of `new` (by index) within `max_distance` of each.
///
/// Segment by segment: every stored hash probes one segment's part of the table before any
/// probes the next, so the part read (0.8 MB for a batch's 7,801 photos with their one-bit
/// neighbours, 0.6 MB for 96,032 held photos without) stays in the core's cache while the stored hashes stream past it. Probed a hash
/// at a time, each probe read 16 parts of a table of 12 MB at random (0.9 CPU-s of the
/// neighbourhood of a 10,000-post batch in a store of a million posts; BENCHMARKS.md).
pub fn near_pairs(new: &[PdqHash], stored: &[PdqHash], max_distance: u32) -> Vec<(usize, usize)> {
    /// Stored hashes a task probes a segment with.
    const CHUNK: usize = 1 << 14;
    if new.is_empty() || stored.is_empty() {
        return Vec::new();
    }
    let table = SegmentTable::new(new, stored.len());
    // The first near new hash of each stored one so far (`u32::MAX`: none yet).
    let mut first = vec![u32::MAX; stored.len()];
    for s in 0..SEGMENTS {
        first
            .par_chunks_mut(CHUNK)
            .zip(stored.par_chunks(CHUNK))
            .for_each(|(firsts, hashes)| {
                for (f, h) in firsts.iter_mut().zip(hashes) {
                    table.probe_segment(h, s, |bucket| {
                        // A bucket is ascending: only a member below the best so far can
                        // improve it.
                        for &i in bucket.iter().take_while(|&&i| i < *f) {
                            if new[i as usize].distance(h) <= max_distance {
                                *f = i;
                                break;
                            }
                        }
                        false
                    });
                }
            });
    }
    first
        .into_iter()
        .enumerate()
        .filter(|&(_, i)| i != u32::MAX)
        .map(|(j, i)| (j, i as usize))
        .collect()
}

impl ImageIndex for MultiIndex {
    fn components(&self, hashes: &[PdqHash], max_distance: u32) -> Vec<u32> {
        let n = hashes.len();
        let mut uf = UnionFind::new(n);
        if n >= 2 {
            let radius1 = max_distance as usize >= SEGMENTS && n <= self.exact_limit;
            let mut counts = vec![0u32; (1 << 16) + 1];
            let mut members = vec![0u32; n];
            let mut copies = vec![PdqHash::default(); n];
            for s in 0..SEGMENTS {
                // CSR table of this segment: members of each 16-bit value, with a copy of
                // their hashes so a bucket is scanned sequentially.
                counts.iter_mut().for_each(|c| *c = 0);
                for h in hashes {
                    counts[segment(h, s) as usize + 1] += 1;
                }
                for i in 1..counts.len() {
                    counts[i] += counts[i - 1];
                }
                let mut fill = counts.clone();
                for (i, h) in hashes.iter().enumerate() {
                    let v = segment(h, s) as usize;
                    members[fill[v] as usize] = i as u32;
                    copies[fill[v] as usize] = *h;
                    fill[v] += 1;
                }
                // Each bucket (or, with radius 1, each bucket and its neighbour one bit away)
                // is compared on the pool; inside it a small union-find keeps only the edges
                // that join two of its parts (a spanning forest: at most one per member), so a
                // photo's many copies cost one edge each, not one per pair. The partition does
                // not depend on the order of unions.
                let (members, copies, counts) = (&members, &copies, &counts);
                let range = |v: usize| (counts[v] as usize, counts[v + 1] as usize);
                let probes = if radius1 { 17 } else { 1 };
                let edges: Vec<(u32, u32)> = (0..1usize << 16)
                    .into_par_iter()
                    .with_min_len(256)
                    .flat_map_iter(|v| {
                        let mut out: Vec<(u32, u32)> = Vec::new();
                        let (a, b) = range(v);
                        if b - a < 1 {
                            return out;
                        }
                        let mut local = LocalForest::default();
                        for probe in 0..probes {
                            let w = if probe == 0 {
                                v
                            } else {
                                v ^ (1 << (probe - 1))
                            };
                            // Each neighbouring pair of buckets once, from the lower one.
                            if probe > 0 && w < v {
                                continue;
                            }
                            let (c, d) = range(w);
                            if d <= c {
                                continue;
                            }
                            local.reset(b - a + if probe == 0 { 0 } else { d - c });
                            let off = if probe == 0 { 0 } else { b - a };
                            // The pairs the index compares: every member of one side
                            // against every member of the other, except that when both
                            // sides are dense (a photo's many copies) each side's members
                            // meet only the other side's first `LEADERS`.
                            let mut try_pair = |x: usize, y: usize| {
                                let (lx, ly) = (x - a, off + y - c);
                                if (probe == 0 && x == y)
                                    || local.same(lx, ly)
                                    || copies[x].distance(&copies[y]) > max_distance
                                {
                                    return;
                                }
                                local.union(lx, ly);
                                out.push((members[x], members[y]));
                            };
                            if b - a > DENSE && d - c > DENSE {
                                for x in a..b {
                                    for y in c..c + LEADERS {
                                        try_pair(x, y);
                                    }
                                }
                                for x in a..a + LEADERS {
                                    for y in c..d {
                                        try_pair(x, y);
                                    }
                                }
                            } else {
                                for x in a..b {
                                    for y in c..d {
                                        try_pair(x, y);
                                    }
                                }
                            }
                        }
                        out
                    })
                    .collect();
                for (i, j) in edges {
                    uf.union(i, j);
                }
            }
        }
        (0..n as u32).map(|i| uf.find(i)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn brute(hashes: &[PdqHash], d: u32) -> Vec<u32> {
        let mut uf = UnionFind::new(hashes.len());
        for i in 0..hashes.len() {
            for j in i + 1..hashes.len() {
                if hashes[i].distance(&hashes[j]) <= d {
                    uf.union(i as u32, j as u32);
                }
            }
        }
        (0..hashes.len() as u32).map(|i| uf.find(i)).collect()
    }

    /// Same partition (labels may differ).
    fn same_partition(a: &[u32], b: &[u32]) -> bool {
        (0..a.len()).all(|i| (0..a.len()).all(|j| (a[i] == a[j]) == (b[i] == b[j])))
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
            let got = MultiIndex::default().components(&hashes, 31);
            prop_assert!(same_partition(&got, &brute(&hashes, 31)));
            // Without radius-1 probing, everything within 15 bits is still found.
            let fast = MultiIndex { exact_limit: 0 }.components(&hashes, 15);
            prop_assert!(same_partition(&fast, &brute(&hashes, 15)));
        }
    }

    #[test]
    fn a_photo_used_thousands_of_times_is_one_component_quickly() {
        let base = [1u64, 2, 3, 4];
        let hashes: Vec<PdqHash> = (0..5000u64)
            .map(|i| {
                let mut h = base;
                h[(i % 4) as usize] ^= 1 << (i % 61);
                PdqHash(h)
            })
            .collect();
        let labels = MultiIndex::default().components(&hashes, 31);
        assert!(labels.iter().all(|&l| l == labels[0]));
    }

    #[test]
    fn near_any_finds_every_hash_within_31_bits() {
        let base = PdqHash([0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210, 7, 9]);
        let flip = |h: PdqHash, bits: &[usize]| {
            let mut h = h;
            for &b in bits {
                h.0[b / 64] ^= 1 << (b % 64);
            }
            h
        };
        // 31 bits spread so that every segment differs in one or two bits: still found.
        let spread: Vec<usize> = (0..31).map(|i| i * 8 + (i % 3)).collect();
        let far: Vec<usize> = (0..32).map(|i| i * 8).collect();
        let stored = vec![
            flip(base, &spread),
            flip(base, &far),
            base,
            flip(base, &[0, 1, 2]),
        ];
        assert_eq!(stored[0].distance(&base), 31);
        assert_eq!(stored[1].distance(&base), 32);
        assert_eq!(near_any(&[base], &stored, 31), vec![0, 2, 3]);
        assert_eq!(near_any(&[base], &stored, 2), vec![2]);
        assert!(near_any(&[], &stored, 31).is_empty());
        // The other side: which of the first set lie near any of the second.
        assert_eq!(near_any_new(&stored, &[base], 31), vec![0, 2, 3]);
        assert_eq!(near_any_new(&stored, &[base], 2), vec![2]);
        assert!(near_any_new(&stored, &[], 31).is_empty());
    }

    /// A copy of `base` per list of bits, those bits flipped.
    fn copies(base: [u64; 4], flips: &[Vec<usize>]) -> Vec<PdqHash> {
        flips
            .iter()
            .map(|f| {
                let mut h = base;
                for &bit in f {
                    h[bit / 64] ^= 1 << (bit % 64);
                }
                PdqHash(h)
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        #[test]
        fn both_sides_find_the_same_pairs(base in any::<[u64; 4]>(), a in proptest::collection::vec(proptest::collection::vec(0usize..256, 0..40), 0..10), b in proptest::collection::vec(proptest::collection::vec(0usize..256, 0..40), 0..10)) {
            let (xs, ys) = (copies(base, &a), copies(base, &b));
            let brute: Vec<usize> = (0..xs.len())
                .filter(|&i| ys.iter().any(|y| xs[i].distance(y) <= 31))
                .collect();
            prop_assert_eq!(near_any_new(&xs, &ys, 31), brute.clone());
            prop_assert_eq!(near_any(&ys, &xs, 31), brute);
        }

        /// The first of `new` near each stored hash, with the one-bit neighbours in the table
        /// (fewer new than stored) and in the probes.
        #[test]
        fn near_pairs_takes_the_first_near_hash(base in any::<[u64; 4]>(), a in proptest::collection::vec(proptest::collection::vec(0usize..256, 0..40), 0..14), b in proptest::collection::vec(proptest::collection::vec(0usize..256, 0..40), 0..14)) {
            let (new, stored) = (copies(base, &a), copies(base, &b));
            for d in [31, 12] {
                let brute: Vec<(usize, usize)> = stored
                    .iter()
                    .enumerate()
                    .filter_map(|(j, h)| new.iter().position(|n| n.distance(h) <= d).map(|i| (j, i)))
                    .collect();
                prop_assert_eq!(near_pairs(&new, &stored, d), brute);
            }
        }
    }

    #[test]
    fn a_table_probed_either_way_finds_the_same_buckets() {
        let hashes: Vec<PdqHash> = (0..40u64)
            .map(|i| PdqHash([i.wrapping_mul(0x9e37_79b9_7f4a_7c15), i << 7, !i, i ^ 0x55]))
            .collect();
        let probe = PdqHash([3, 3 << 7, !3, 3 ^ 0x55 ^ 1]);
        let near = |table: &SegmentTable| {
            let mut found: Vec<u32> = Vec::new();
            table.probe(&probe, |b| found.extend_from_slice(b));
            found.sort_unstable();
            found.dedup();
            found
        };
        let with_neighbours = SegmentTable::new(&hashes, 1000);
        let without = SegmentTable::new(&hashes, 1);
        assert!(with_neighbours.neighbours && !without.neighbours);
        assert_eq!(near(&with_neighbours), near(&without));
        assert!(near(&without).contains(&3));
    }
}
