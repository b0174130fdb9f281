//! Phone finding throughput on synthetic posts: plain ads, obfuscated ads, and ads without
//! numbers (the common case in a large archive).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use plainsight_phone::{find_phones, PhoneContext};

fn posts(kind: &str) -> Vec<String> {
    (0..2000)
        .map(|i| match kind {
            "plain" => format!("New in town, sweet and fun. Available 24/7. Call or text 713-555-{:04}, $200/hr, 22 yo, 5'6\" 120 lbs. Ask for Lily.", i % 10_000),
            "obfuscated" => format!("Ｎｅｗ in town 🌹 call ７one３ five5five o1two3 or 832 555 {:04} 🌹 seventy one double five, $150/hh, 34-24-36", i % 10_000),
            _ => format!("Lovely evening in the city, {} roses, posted 2023-05-12 10:30pm, ad #{}.", 100 + i % 300, 100_000 + i),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let ctx = PhoneContext::from_data(Some("US"));
    let mut g = c.benchmark_group("find_phones");
    for kind in ["plain", "obfuscated", "no_numbers"] {
        let posts = posts(kind);
        let bytes: usize = posts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(kind, |b| {
            b.iter(|| {
                posts
                    .iter()
                    .map(|p| find_phones(black_box(p), &ctx).len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
