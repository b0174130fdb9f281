//! Throughput of post evaluation on synthetic posts (no timings in unit tests; see BENCHMARKS).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use plainsight_core::Post;
use plainsight_indicators::Evaluator;
use std::hint::black_box;

fn posts() -> Vec<Post> {
    let bodies = [
        "Sweet girl 19 yo, new in town, only here a few days. Text only, no private numbers. Incall only, hotel near the airport. 150 roses hh. 🍒💗",
        "Warehouse operatives wanted in Leeds. No experience required, full training given. £11.50 per hour, 40 hours a week. Apply with your CV at our office on Canal Street.",
        "URGENT: ladies only, aged 18-25, work in Dubai as hotel cleaners. Salary $3,000 per month, no experience needed. Visa and flight provided, fees deducted from your first salary. Your passport will be kept safe by the agency. Send full body photo on WhatsApp only.",
        "Se buscan chicas jóvenes para trabajar en Europa, sin experiencia, sueldo 3.000 euros al mes. Billete y visado pagados. Enviar foto por WhatsApp.",
        "Licensed massage therapist, 10 years of experience. Deep tissue and sports massage. Open 9am to 7pm, closed Sundays. Book online.",
    ];
    (0..500)
        .map(|i| Post {
            id: format!("P{i}"),
            title: Some("Available now".into()),
            body: Some(bodies[i % bodies.len()].repeat(1 + i % 3)),
            ..Post::default()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let evaluator = Evaluator::new().expect("embedded languages compile");
    let posts = posts();
    let bytes: usize = posts
        .iter()
        .map(|p| p.body.as_ref().map_or(0, String::len))
        .sum();
    let mut g = c.benchmark_group("evaluate");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("500 posts", |b| {
        b.iter(|| {
            for p in &posts {
                black_box(evaluator.evaluate(p, &[]));
            }
        })
    });
    g.finish();
    c.bench_function("compile", |b| {
        b.iter(|| black_box(Evaluator::new().is_ok()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
