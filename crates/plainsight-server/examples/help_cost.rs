//! What "Help near this network" adds to a network page: `views::network` over the same
//! networks of a synthetic store, first with no services directory, then with directories
//! imported (the indexed directory cached as the server caches it), and what a change costs
//! (the one load and index after an import).
//!
//! ```text
//! cargo run --release -p plainsight-server --example help_cost -- POSTS ROUNDS SOURCE...
//! ```
//!
//! POSTS synthetic posts (`plainsight_synth`, seed 1) plus the referral crate's Agadez →
//! Tripoli network are ingested into a temporary store; every network of two or more posts
//! (at most 300) is viewed ROUNDS times in each phase. SOURCE: directories as `services import`
//! takes them. Timings are printed, never asserted (BENCHMARKS.md).

use plainsight_server::{views, ServicesCache, Session};
use plainsight_store::{Role, Store};
use std::time::{Duration, Instant};

fn stats(name: &str, mut d: Vec<Duration>) -> (f64, f64) {
    d.sort();
    let ms = |x: Duration| x.as_secs_f64() * 1e3;
    let p = |q: f64| ms(d[((d.len() as f64 - 1.0) * q).round() as usize]);
    let mean = d.iter().map(|x| ms(*x)).sum::<f64>() / d.len() as f64;
    println!(
        "{name}: {} pages, mean {mean:.3} ms, p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        d.len(),
        p(0.5),
        p(0.99),
        p(1.0)
    );
    (p(0.5), p(0.99))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: help_cost POSTS ROUNDS SOURCE...");
        std::process::exit(2);
    }
    let posts: usize = args[0].parse().expect("POSTS");
    let rounds: usize = args[1].parse().expect("ROUNDS");
    let sources: Vec<std::path::PathBuf> = args[2..].iter().map(Into::into).collect();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.db");
    let mut store = Store::open(&path).unwrap();
    let mut jsonl = String::new();
    for (p, _) in plainsight_synth::generate(plainsight_synth::SynthConfig {
        seed: 1,
        posts,
        ..Default::default()
    }) {
        jsonl.push_str(&serde_json::to_string(&p).unwrap());
        jsonl.push('\n');
    }
    jsonl.push_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../plainsight-referral/tests/data/network_agadez_tripoli.jsonl"),
        )
        .unwrap(),
    );
    let t = Instant::now();
    let reader = plainsight_ingest::PostReader::from_reader(
        "bench.jsonl",
        std::io::Cursor::new(jsonl.into_bytes()),
        Default::default(),
    );
    plainsight_engine::ingest::run(
        reader,
        &mut store,
        &Default::default(),
        &mut |_| {},
        &mut |_| {},
    )
    .unwrap();
    let ids: Vec<String> = store
        .networks()
        .unwrap()
        .into_iter()
        .take(300)
        .map(|n| n.id)
        .collect();
    println!(
        "store: {posts} synthetic posts + 4, {} networks viewed, ingested in {:.1} s",
        ids.len(),
        t.elapsed().as_secs_f64()
    );
    let s = Session {
        user: "bench".into(),
        role: Role::Viewer,
        csrf: None,
        token_hash: None,
    };
    let cache = ServicesCache::default();
    let places = std::cell::Cell::new(0usize);
    let run = |store: &mut Store, label: &str| {
        // One untimed pass warms SQLite's page cache and the server's caches.
        for id in &ids {
            views::network(store, &s, 0, id, None, &cache).unwrap();
        }
        let mut d = Vec::new();
        for _ in 0..rounds {
            for id in &ids {
                let t = Instant::now();
                let v = views::network(store, &s, 0, id, None, &cache).unwrap();
                d.push(t.elapsed());
                places.set(places.get() + v.help.places.len());
            }
        }
        stats(label, d)
    };
    let (a50, a99) = run(&mut store, "no directory");

    let t = Instant::now();
    let report = plainsight_engine::services::import_into_store(
        &mut store,
        &sources,
        &Default::default(),
        "2026-12-01T00:00:00Z",
    )
    .unwrap();
    println!(
        "imported {} services, {} locations, {} problems in {:.2} s",
        report.services,
        report.locations,
        report.problems.len(),
        t.elapsed().as_secs_f64()
    );
    // The key read on every page, alone.
    let t = Instant::now();
    for _ in 0..1000 {
        store.services_key().unwrap();
    }
    println!(
        "services_key: {:.1} µs per read",
        t.elapsed().as_secs_f64() * 1e3
    );
    // What a change costs the first page after it: load the directory and index it.
    let mut loads = Vec::new();
    for _ in 0..5 {
        let fresh = ServicesCache::default();
        let t = Instant::now();
        plainsight_server::services(&store, &fresh).unwrap();
        loads.push(t.elapsed());
    }
    stats("load and index after an import", loads);
    places.set(0);
    let (b50, b99) = run(&mut store, "with the directory (cached)");
    // Drawing the section (the page's HTML for it).
    let mut draw = Vec::new();
    for id in &ids {
        let v = views::network(&mut store, &s, 0, id, None, &cache).unwrap();
        let t = Instant::now();
        let h = plainsight_output::help::html(&v.help);
        draw.push(t.elapsed());
        std::hint::black_box(h);
    }
    stats("drawing the section", draw);
    println!(
        "added per page: p50 {:+.3} ms, p99 {:+.3} ms ({:.1} places with lists per page)",
        b50 - a50,
        b99 - a99,
        places.get() as f64 / (rounds * ids.len()) as f64
    );
}
