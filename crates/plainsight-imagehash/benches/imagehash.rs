//! Criterion benches: PDQ hashing of an in-memory JPEG (decode + hash) and of a luminance
//! buffer (hash only), and index queries against 1M random hashes at distances 31 and 47.

use criterion::{criterion_group, criterion_main, Criterion};
use plainsight_core::PdqHash;
use plainsight_imagehash::{hash_bytes, DecodeOptions, HashIndex, PdqDct};
use std::hint::black_box;

fn hashing(c: &mut Criterion) {
    let jpeg = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/pdq/images/bridge-mods/square-256x256.jpg"
    ))
    .expect("vendored image");
    let opts = DecodeOptions::default();
    c.bench_function("hash_jpeg_256x256", |b| {
        b.iter(|| hash_bytes(black_box(&jpeg), &opts))
    });
    let (w, h) = (1600usize, 1004usize);
    let luma: Vec<f32> = (0..w * h)
        .map(|i| ((i * 2654435761) % 251) as f32)
        .collect();
    c.bench_function("pdq_from_luma_1600x1004", |b| {
        b.iter(|| {
            let mut buf = luma.clone();
            PdqDct::from_luma(black_box(&mut buf), h, w).map(|d| d.output())
        })
    });
}

fn querying(c: &mut Criterion) {
    // SplitMix64 (Steele, Lea and Flood, OOPSLA 2014): every bit well mixed. A plain LCG's low
    // bits repeat with short periods, which piles the 16-bit slots into few buckets and made
    // the index look several times slower than on real hashes.
    let mut s = 42u64;
    let mut next = move || {
        s = s.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = s;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let hashes: Vec<PdqHash> = (0..1_000_000)
        .map(|_| PdqHash([next(), next(), next(), next()]))
        .collect();
    let queries: Vec<PdqHash> = hashes.iter().step_by(10_000).copied().collect();
    let index = HashIndex::build(hashes).expect("fits");
    let mut group = c.benchmark_group("query_1m");
    for r in [31u32, 47] {
        group.bench_function(format!("mih_r{r}"), |b| {
            b.iter(|| {
                queries
                    .iter()
                    .map(|q| index.query(q, r).len())
                    .sum::<usize>()
            })
        });
    }
    // What `plainsight match` does: the whole batch per visit to each block.
    group.bench_function("mih_r31_batch", |b| {
        b.iter(|| {
            index
                .query_many(&queries, 31)
                .iter()
                .map(Vec::len)
                .sum::<usize>()
        })
    });
    group.bench_function("brute_force_r31", |b| {
        b.iter(|| {
            queries
                .iter()
                .take(10)
                .map(|q| index.query_brute_force(q, 31).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, hashing, querying);
criterion_main!(benches);
