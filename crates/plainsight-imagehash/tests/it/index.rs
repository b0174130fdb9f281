//! The index returns exactly what brute force returns.

use plainsight_core::PdqHash;
use plainsight_imagehash::HashIndex;
use proptest::prelude::*;
use std::path::Path;

fn read_hashes(name: &str) -> Vec<PdqHash> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/pdq/images/reg-test-input")
        .join(name);
    std::fs::read_to_string(p)
        .expect("vendored")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| PdqHash::from_hex(l).expect("hash"))
        .collect()
}

/// Meta's needles and haystack (reg-test-input): the haystack holds perturbed copies of the
/// needles. Padded with random hashes past one index block (2^15) so the index is used.
#[test]
fn needles_in_haystack_equal_brute_force() {
    let needles = read_hashes("needles.txt");
    let mut hay = read_hashes("haystack.txt");
    assert_eq!((needles.len(), hay.len()), (100, 1350));
    let mut seed = 1u64;
    let mut next = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        seed ^ (seed >> 31)
    };
    while hay.len() < 40_000 {
        hay.push(PdqHash([next(), next(), next(), next()]));
    }
    let index = HashIndex::build(hay).expect("fits");
    let mut found = 0;
    for r in [0u32, 16, 31, 47, 63] {
        for n in &needles {
            let got = index.query(n, r);
            assert_eq!(got, index.query_brute_force(n, r), "r={r}");
            if r == 31 {
                found += usize::from(!got.is_empty());
            }
        }
    }
    assert!(
        found >= 90,
        "only {found} of 100 needles found within 31 bits"
    );
}

fn arb_hash() -> impl Strategy<Value = PdqHash> {
    any::<[u64; 4]>().prop_map(PdqHash)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    /// Random hashes plus planted near neighbours of the query at random distances.
    #[test]
    fn index_query_equals_brute_force(
        base in arb_hash(),
        flips in prop::collection::vec(prop::collection::vec(0usize..256, 0..60), 1..40),
        seed in any::<u64>(),
        r in 0u32..64,
    ) {
        let mut s = seed;
        let mut hashes: Vec<PdqHash> = (0..33_000).map(|_| {
            let mut w = [0u64; 4];
            for x in &mut w { s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407); *x = s ^ (s >> 29); }
            PdqHash(w)
        }).collect();
        for f in &flips {
            let mut w = base.0;
            for &b in f { w[b / 64] ^= 1 << (b % 64); }
            hashes.push(PdqHash(w));
        }
        let index = HashIndex::build(hashes).expect("fits");
        prop_assert_eq!(index.query(&base, r), index.query_brute_force(&base, r));
    }

    #[test]
    fn distance_is_a_metric(a in arb_hash(), b in arb_hash(), c in arb_hash()) {
        prop_assert_eq!(a.distance(&b), b.distance(&a));
        prop_assert_eq!(a.distance(&a), 0);
        prop_assert!(a.distance(&c) <= a.distance(&b) + b.distance(&c));
    }
}
