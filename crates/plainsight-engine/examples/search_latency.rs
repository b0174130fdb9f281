//! Selector search latency on a case store: `cargo run --release -p plainsight-engine
//! --example search_latency -- CASE.db [QUERIES] [SEED]`.
//!
//! Samples QUERIES (default 1,000) stored selector values with a seeded RNG, writes each phone
//! as a national number in words-and-digits disguise ("six one four 555 2651") and every
//! other kind as stored, and times the whole `search` pipeline per query (extraction of the
//! query, SQL, JSONL to a sink), limit 100. Prints p50, p99 and max in milliseconds. Values
//! are never printed.

use plainsight_engine::search::{run, SearchBy, SearchOptions};
use plainsight_store::Store;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let db = args
        .next()
        .expect("usage: search_latency CASE.db [QUERIES] [SEED]");
    let n: usize = args.next().map_or(1000, |s| s.parse().expect("QUERIES"));
    let seed: u64 = args.next().map_or(1, |s| s.parse().expect("SEED"));
    let store = Store::open(std::path::Path::new(&db)).expect("open");
    let values: Vec<(String, String)> = store
        .connection()
        .prepare("SELECT DISTINCT kind, value FROM selectors ORDER BY value")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert!(!values.is_empty(), "no selectors stored");
    let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut times = Vec::with_capacity(n);
    let mut found = 0u64;
    let options = SearchOptions {
        limit: 100,
        ..SearchOptions::default()
    };
    for _ in 0..n {
        let (kind, value) = &values[(next() % values.len() as u64) as usize];
        let text = match (kind.as_str(), value.strip_prefix("+1")) {
            ("phone", Some(national)) if national.len() == 10 => {
                let d: Vec<usize> = national.bytes().map(|b| (b - b'0') as usize).collect();
                format!(
                    "{} {} {}, {}{}{} {}{}{}{}",
                    words[d[0]], words[d[1]], words[d[2]], d[3], d[4], d[5], d[6], d[7], d[8], d[9]
                )
            }
            _ => value.clone(),
        };
        let t = Instant::now();
        found += run(
            &store,
            &SearchBy::Selector(text),
            &options,
            &mut std::io::sink(),
        )
        .expect("search");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1];
    println!(
        "{n} queries over {} distinct selectors: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms, {found} posts found",
        values.len(),
        pct(0.50),
        pct(0.99),
        times[times.len() - 1]
    );
}
