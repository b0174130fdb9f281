//! Ingest throughput: JSONL, CSV and gzip-compressed JSONL, from memory (no disk in the loop),
//! and the split-only half that a pipeline's reader thread runs (parsing runs on the workers).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use plainsight_ingest::{IngestOptions, PostReader};
use std::io::Write;

fn jsonl(n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..n {
        writeln!(
            out,
            "{{\"id\":\"B{i}\",\"title\":\"new in town {i}\",\"body\":\"sweet friendly discreet, call 713-555-{:04} or email girl{i} at gmail dot com. {}\",\"location\":\"Houston, TX\",\"site\":\"synthetic.example\",\"x\":[1,2]}}",
            i % 10_000,
            "real pics no rush ".repeat(30)
        )
        .unwrap();
    }
    out
}

fn csv(n: usize) -> Vec<u8> {
    let mut out = b"id,title,body,images\n".to_vec();
    for i in 0..n {
        writeln!(
            out,
            "C{i},\"new, in town\",\"call 713-555-{:04} {}\",a.jpg;b.jpg",
            i % 10_000,
            "real pics no rush ".repeat(30)
        )
        .unwrap();
    }
    out
}

fn count(name: &str, data: &[u8]) -> u64 {
    let reader = PostReader::from_reader(
        name,
        std::io::Cursor::new(data.to_vec()),
        IngestOptions::default(),
    );
    reader.filter(Result::is_ok).count() as u64
}

/// The sequential half alone: what the reader thread of a pipeline does (split records).
fn split_only(name: &str, data: &[u8]) -> u64 {
    let mut reader = PostReader::from_reader(
        name,
        std::io::Cursor::new(data.to_vec()),
        IngestOptions::default(),
    );
    let mut n = 0;
    while let Some(r) = reader.next_raw() {
        n += u64::from(r.is_ok());
    }
    n
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("ingest");
    let j = jsonl(20_000);
    let s = csv(20_000);
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&j).unwrap();
    let gz = enc.finish().unwrap();
    g.throughput(Throughput::Bytes(j.len() as u64));
    g.bench_function("jsonl", |b| b.iter(|| count("b.jsonl", &j)));
    g.bench_function("jsonl split only", |b| b.iter(|| split_only("b.jsonl", &j)));
    g.bench_function("jsonl_gz", |b| b.iter(|| count("b.jsonl.gz", &gz)));
    g.throughput(Throughput::Bytes(s.len() as u64));
    g.bench_function("csv", |b| b.iter(|| count("b.csv", &s)));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
