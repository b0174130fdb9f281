//! Near-duplicate text: one-permutation MinHash with optimal densification, banded LSH to find
//! candidate pairs, exact Jaccard to confirm them.
//!
//! See: Li, Owen & Zhang, "One Permutation Hashing" (NIPS 2012); Shrivastava, "Optimal
//! Densification for Fast and Accurate Minwise Hashing" (ICML 2017); Leskovec, Rajaraman &
//! Ullman, "Mining of Massive Datasets", ch. 3 (banding).

use crate::hash::mix64;

/// Signature length (bins).
pub const BINS: usize = 64;
/// LSH bands × rows = [`BINS`]. With 16 bands of 4 rows a pair of Jaccard 0.6 becomes a
/// candidate with probability 1 − (1 − 0.6⁴)¹⁶ ≈ 0.89; 0.8 with ≈ 1.0; 0.3 with ≈ 0.12.
pub const BANDS: usize = 16;
pub const ROWS: usize = BINS / BANDS;

/// A MinHash signature of a set of 32-bit shingle hashes; `None` for an empty set.
pub fn signature(shingles: impl Iterator<Item = u32>) -> Option<[u32; BINS]> {
    let mut bins = [u32::MAX; BINS];
    let mut filled = [false; BINS];
    let mut any = false;
    for s in shingles {
        let h = mix64(s as u64 ^ 0x9E37_79B9_7F4A_7C15);
        let bin = (h >> 58) as usize; // top 6 bits: 64 bins
        let v = h as u32;
        if v <= bins[bin] {
            bins[bin] = v;
            filled[bin] = true;
        }
        any = true;
    }
    if !any {
        return None;
    }
    // Optimal densification: an empty bin borrows from the first filled bin a fixed,
    // bin-specific hash sequence lands on, so equal sets give equal signatures.
    let mut out = bins;
    for i in 0..BINS {
        if filled[i] {
            continue;
        }
        let mut attempt = 0u64;
        loop {
            attempt += 1;
            let j = (mix64(((i as u64) << 32) | attempt) % BINS as u64) as usize;
            if filled[j] {
                out[i] = bins[j];
                break;
            }
        }
    }
    Some(out)
}

/// The key of band `b` of a signature.
pub fn band_key(sig: &[u32; BINS], b: usize) -> u64 {
    let mut h = (b as u64).wrapping_mul(0xA24B_AED4_963E_E407);
    for &v in &sig[b * ROWS..(b + 1) * ROWS] {
        h = mix64(h ^ v as u64);
    }
    h
}

/// Exact Jaccard similarity of two sorted, deduplicated sets.
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let inter = shared(a, b);
    inter as f64 / (a.len() + b.len() - inter) as f64
}

/// How many values two sorted, deduplicated sets share.
pub fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    inter
}

/// The least intersection `i` of two sets with `total` elements between them (counted with
/// repetition) whose Jaccard, computed as [`jaccard`] computes it (`i / (total - i)`),
/// is at least `t`. The ratio grows with `i` and rounding keeps that order, so a Jaccard is at
/// least `t` exactly when its intersection is at least this.
fn least_intersection(total: usize, t: f64) -> usize {
    let mut i = ((t * total as f64) / (1.0 + t)).floor() as usize;
    i = i.saturating_sub(1).min(total);
    while i < total && (i as f64 / (total - i) as f64) < t {
        i += 1;
    }
    i
}

/// [`jaccard`] of two sorted, deduplicated sequences of `len_a` and `len_b` values, walked
/// without collecting them, when it is at least `t` (the same value, bit for bit), `None` when
/// it is below. The walk stops as soon as the values left cannot bring the intersection to
/// what `t` needs: most candidate pairs of a big corpus's band buckets share stock wording
/// only and are told apart early (9.9 million such pairs at a million stress posts, 5 % of
/// them near-duplicates).
pub fn jaccard_at_least(
    mut a: impl Iterator<Item = u32>,
    mut b: impl Iterator<Item = u32>,
    len_a: usize,
    len_b: usize,
    t: f64,
) -> Option<f64> {
    let total = len_a + len_b;
    if total == 0 {
        return (1.0 >= t).then_some(1.0);
    }
    let need = least_intersection(total, t);
    let (mut left_a, mut left_b, mut inter) = (len_a, len_b, 0usize);
    let (mut x, mut y) = (a.next(), b.next());
    while let (Some(u), Some(v)) = (x, y) {
        if inter + left_a.min(left_b) < need {
            return None;
        }
        match u.cmp(&v) {
            std::cmp::Ordering::Less => {
                left_a -= 1;
                x = a.next();
            }
            std::cmp::Ordering::Greater => {
                left_b -= 1;
                y = b.next();
            }
            std::cmp::Ordering::Equal => {
                inter += 1;
                left_a -= 1;
                left_b -= 1;
                x = a.next();
                y = b.next();
            }
        }
    }
    (inter >= need).then(|| inter as f64 / (total - inter) as f64)
}

/// Whether a text is a near-duplicate of another (Jaccard of their kept shingles at least
/// `t`, as [`jaccard_at_least`] judges it) when the shingles they share decide it before the
/// text's stock shingles are filtered out. `all` is the text's shingles (sorted, distinct);
/// its kept ones are those of `all` a filter passes, or none when fewer than `min_kept` pass.
/// `kept` is the other text's kept shingles: all of them pass the same filter, so the
/// shingles `all` shares with `kept` are all kept, and with `i` of them the text's kept ones
/// number between `i` and `all.len()`. The least intersection a Jaccard of `t` needs grows
/// with the sets' total, so `i` below what the fewest kept would need rejects the pair, and
/// `i` of at least `min_kept` and at least what the most would need accepts it; `None`:
/// filter the text and compare.
pub fn near_by_shared(all: &[u32], kept: &[u32], min_kept: usize, t: f64) -> Option<bool> {
    let shared = shared(all, kept);
    if shared < least_intersection(shared + kept.len(), t) {
        Some(false)
    } else if shared >= min_kept && shared >= least_intersection(all.len() + kept.len(), t) {
        Some(true)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// What the shared shingles decide is what filtering and comparing decides.
        #[test]
        fn shared_shingles_decide_as_the_kept_ones(
            all in proptest::collection::btree_set(0u32..64, 0..40),
            other in proptest::collection::btree_set(0u32..64, 1..40),
            stock in proptest::collection::btree_set(0u32..64, 0..30),
            min_kept in 0usize..8,
            t in 0.05f64..1.0,
        ) {
            let all: Vec<u32> = all.into_iter().collect();
            let passes = |s: &u32| !stock.contains(s);
            let kept_other: Vec<u32> = other.into_iter().filter(passes).collect();
            let mut kept: Vec<u32> = all.iter().copied().filter(passes).collect();
            if kept.len() < min_kept {
                kept.clear();
            }
            let exact = jaccard_at_least(
                kept.iter().copied(),
                kept_other.iter().copied(),
                kept.len(),
                kept_other.len(),
                t,
            )
            .is_some();
            if let Some(decided) = near_by_shared(&all, &kept_other, min_kept, t) {
                prop_assert_eq!(decided, exact);
            }
        }
    }

    #[test]
    fn identical_sets_share_every_band() {
        let a: Vec<u32> = (0..40).map(|i| i * 7919).collect();
        let sa = signature(a.iter().copied()).unwrap();
        let sb = signature(a.iter().rev().copied()).unwrap();
        assert_eq!(sa, sb);
        assert!(signature(std::iter::empty()).is_none());
    }

    #[test]
    fn signature_estimates_jaccard() {
        // Two sets with Jaccard 0.5: the fraction of equal bins should be near 0.5.
        let a: Vec<u32> = (0..300).collect();
        let b: Vec<u32> = (100..400).collect();
        assert!((jaccard(&a, &b) - 0.5).abs() < 1e-9);
        let (sa, sb) = (
            signature(a.iter().copied()).unwrap(),
            signature(b.iter().copied()).unwrap(),
        );
        let eq = sa.iter().zip(&sb).filter(|(x, y)| x == y).count() as f64 / BINS as f64;
        assert!((eq - 0.5).abs() < 0.2, "{eq}");
    }

    #[test]
    fn jaccard_at_least_at_the_edge() {
        let at = |a: &[u32], b: &[u32], t: f64| {
            jaccard_at_least(a.iter().copied(), b.iter().copied(), a.len(), b.len(), t)
        };
        let small: Vec<u32> = (0..3).collect();
        // Exactly the threshold: every value of the smaller set is needed, and found.
        assert_eq!(at(&small, &(0..6).collect::<Vec<_>>(), 0.5), Some(0.5));
        assert_eq!(at(&(0..6).collect::<Vec<_>>(), &small, 0.5), Some(0.5));
        assert_eq!(
            at(
                &(0..8).collect::<Vec<_>>(),
                &(2..10).collect::<Vec<_>>(),
                0.6
            ),
            Some(0.6)
        );
        // One value short of it.
        assert_eq!(at(&small, &(0..7).collect::<Vec<_>>(), 0.5), None);
        assert_eq!(at(&small, &[0, 1, 5, 6, 7, 8], 0.5), None);
        assert_eq!(
            at(
                &(0..10).collect::<Vec<_>>(),
                &(100..110).collect::<Vec<_>>(),
                0.5
            ),
            None
        );
        assert_eq!(at(&small, &small, 1.0), Some(1.0));
        assert_eq!(at(&[], &[], 0.5), Some(1.0));
    }

    proptest! {
        #[test]
        fn jaccard_is_symmetric_and_bounded(mut a in proptest::collection::vec(0u32..50, 0..30),
                                            mut b in proptest::collection::vec(0u32..50, 0..30)) {
            a.sort_unstable(); a.dedup(); b.sort_unstable(); b.dedup();
            let (x, y) = (jaccard(&a, &b), jaccard(&b, &a));
            let z = jaccard_at_least(a.iter().copied(), b.iter().copied(), a.len(), b.len(), 0.0).unwrap();
            prop_assert!((x - z).abs() < 1e-12);
            prop_assert!((x - y).abs() < 1e-12);
            prop_assert!((0.0..=1.0).contains(&x));
        }

        /// The early stop decides as the whole walk does, and gives the same value.
        #[test]
        fn jaccard_at_least_agrees_with_the_whole_walk(
            mut a in proptest::collection::vec(0u32..60, 0..40),
            mut b in proptest::collection::vec(0u32..60, 0..40),
            t in prop_oneof![Just(0.5), Just(1.0 / 3.0), Just(0.8), Just(1.0), 0.0f64..=1.0],
        ) {
            a.sort_unstable(); a.dedup(); b.sort_unstable(); b.dedup();
            let whole = jaccard(&a, &b);
            let early = jaccard_at_least(a.iter().copied(), b.iter().copied(), a.len(), b.len(), t);
            match early {
                Some(j) => {
                    prop_assert!(whole >= t);
                    prop_assert_eq!(j.to_bits(), whole.to_bits());
                }
                None => prop_assert!(whole < t, "{whole} >= {t}"),
            }
        }
    }
}
