//! Hot stages of linking on a synthetic corpus: features per post, the whole `link` pass on
//! 20,000 posts, and photo grouping of PDQ hashes.
//! `cargo bench -p plainsight-link`

use criterion::{criterion_group, criterion_main, Criterion};
use plainsight_core::PdqHash;
use plainsight_link::image::{ImageIndex, MultiIndex};
use plainsight_link::{LinkConfig, Linker, PostFeatures};
use plainsight_synth::{generate, SynthConfig};

fn benches(c: &mut Criterion) {
    let corpus = generate(SynthConfig {
        seed: 1,
        posts: 20_000,
        ..SynthConfig::default()
    });
    c.bench_function("features/1000 posts", |b| {
        b.iter(|| {
            corpus[..1000]
                .iter()
                .map(|(p, t)| PostFeatures::from_post(p, &t.selectors).shingles.len())
                .sum::<usize>()
        })
    });
    let mut linker = Linker::new(LinkConfig::default());
    for (p, t) in &corpus {
        linker
            .add(PostFeatures::from_post(p, &t.selectors))
            .unwrap();
    }
    let mut group = c.benchmark_group("link");
    group.sample_size(10);
    group.bench_function("link/20000 posts", |b| {
        b.iter(|| linker.link().network_count())
    });
    let hashes: Vec<PdqHash> = corpus
        .iter()
        .flat_map(|(p, _)| p.image_hashes.iter())
        .filter_map(|h| PdqHash::from_hex(h).ok())
        .collect();
    group.bench_function("photos/components", |b| {
        b.iter(|| MultiIndex::default().components(&hashes, 31).len())
    });
    // Above `exact_limit` distinct hashes (a million-post corpus), exact segments only.
    group.bench_function("photos/components exact segments", |b| {
        b.iter(|| MultiIndex { exact_limit: 0 }.components(&hashes, 31).len())
    });
    // A batch's photos against a store's (and a linking's held photos against its
    // neighbourhood's): random hashes, one in eight of the larger side a near copy (up to 24
    // flipped bits) of one of the smaller.
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut random = |n: usize| -> Vec<PdqHash> {
        (0..n)
            .map(|_| PdqHash([next(), next(), next(), next()]))
            .collect()
    };
    let batch = random(8_000);
    let held = random(96_000);
    let mut store = random(400_000);
    for (i, h) in store.iter_mut().enumerate().filter(|(i, _)| i % 8 == 0) {
        *h = batch[i % batch.len()];
        for b in 0..(i % 25) {
            h.0[(b * 37 % 256) / 64] ^= 1 << ((b * 37) % 64);
        }
    }
    group.bench_function("photos/near_any 8,000 new in 400,000 stored", |b| {
        b.iter(|| plainsight_link::image::near_any(&batch, &store, 31).len())
    });
    group.bench_function("photos/near_any_new 8,000 new past 96,000 held", |b| {
        b.iter(|| plainsight_link::image::near_any_new(&batch, &held, 31).len())
    });
    // Held stock photos as a store keeps them: near copies (0-8 flipped bits) of a few
    // pictures, thousands of each; a batch half copies of them, half pictures of its own.
    let pictures = random(50);
    let copy = |i: usize, salt: u64| {
        let mut h = pictures[i % pictures.len()];
        for b in 0..(i as u64 ^ salt) % 9 {
            let bit = ((i as u64).wrapping_mul(2_654_435_761) ^ salt).wrapping_add(b * 97) % 256;
            h.0[(bit / 64) as usize] ^= 1 << (bit % 64);
        }
        h
    };
    let stock: Vec<PdqHash> = (0..180_000).map(|i| copy(i, 0)).collect();
    let own = random(7_000);
    let mixed: Vec<PdqHash> = (0..14_000)
        .map(|i| if i % 2 == 0 { copy(i, 7) } else { own[i / 2] })
        .collect();
    group.bench_function(
        "photos/near_any_new 14,000 new past 180,000 held copies of 50 pictures",
        |b| b.iter(|| plainsight_link::image::near_any_new(&mixed, &stock, 31).len()),
    );
    group.bench_function("photos/near_pairs 96,000 held for 400,000", |b| {
        b.iter(|| plainsight_link::image::near_pairs(&held, &store, 31).len())
    });
    group.finish();
}

criterion_group!(link, benches);
criterion_main!(link);
