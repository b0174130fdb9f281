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
    group.finish();
}

criterion_group!(link, benches);
criterion_main!(link);
