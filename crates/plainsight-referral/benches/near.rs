//! Nearest-service search on 100,000 random services (seeded): `services near` per query.
//! Run: `cargo bench -p plainsight-referral --bench near`.

use criterion::{criterion_group, criterion_main, Criterion};
use plainsight_referral::{Category, IndexedPoint, NearIndex};
use std::hint::black_box;

/// SplitMix64: a seeded generator so the benchmark corpus is the same on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// A point uniform on the sphere.
    fn point(&mut self) -> (f64, f64) {
        let lat = (2.0 * self.unit() - 1.0).asin().to_degrees();
        (lat, 360.0 * self.unit() - 180.0)
    }
}

fn bench(c: &mut Criterion) {
    let mut rng = Rng(12);
    let points: Vec<IndexedPoint> = (0..100_000)
        .map(|i| {
            let (lat, lon) = rng.point();
            IndexedPoint {
                service_id: format!("s{i:06}"),
                location_id: format!("l{i:06}"),
                lat,
                lon,
                categories: vec![Category::ALL[(rng.next() % 12) as usize]],
            }
        })
        .collect();
    let index = NearIndex::new(points);
    let queries: Vec<(f64, f64)> = (0..1000).map(|_| rng.point()).collect();
    let mut g = c.benchmark_group("near_100k");
    g.bench_function("build", |b| {
        b.iter(|| NearIndex::new(black_box(index.points().to_vec())).len())
    });
    let mut q = queries.iter().cycle();
    g.bench_function("nearest_10_any", |b| {
        b.iter(|| {
            let (la, lo) = q.next().unwrap();
            index.nearest(*la, *lo, 10, None).len()
        })
    });
    g.bench_function("nearest_10_shelter", |b| {
        b.iter(|| {
            let (la, lo) = q.next().unwrap();
            index.nearest(*la, *lo, 10, Some(Category::Shelter)).len()
        })
    });
    g.bench_function("brute_force_10_any", |b| {
        b.iter(|| {
            let (la, lo) = q.next().unwrap();
            index.nearest_brute_force(*la, *lo, 10, None).len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
