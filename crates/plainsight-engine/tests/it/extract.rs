//! The extract pipeline: input order, thread-count independence, bad records, strict mode.

use plainsight_engine::extract::{run, ExtractOptions, ExtractSummary};
use plainsight_engine::{EngineError, Parallelism};
use plainsight_ingest::{IngestOptions, PostReader};
use std::fmt::Write as _;

/// A synthetic corpus with selectors of several kinds and some bad records.
fn corpus(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        match i % 50 {
            7 => s.push_str("not json at all\n"),
            13 => s.push_str("{\"id\":\"P0\",\"body\":\"duplicate of the first\"}\n"),
            _ => {
                writeln!(
                    s,
                    "{{\"id\":\"P{i}\",\"title\":\"Sweet {i}\",\"body\":\"call 713-555-{:04} or mail girl{i}@example.com, snap: girl_{i}\",\"location\":\"Houston, TX\"}}",
                    i % 10000
                )
                .unwrap();
            }
        }
    }
    s
}

fn extract_with(
    input: &str,
    threads: usize,
    batch_posts: usize,
    strict: bool,
) -> (Result<ExtractSummary, EngineError>, Vec<u8>, Vec<String>) {
    let reader = PostReader::from_reader(
        "c.jsonl",
        std::io::Cursor::new(input.as_bytes().to_vec()),
        IngestOptions {
            strict,
            ..IngestOptions::default()
        },
    );
    let options = ExtractOptions {
        parallelism: Parallelism {
            threads,
            batch_posts,
            ..Parallelism::default()
        },
        strict,
        ..ExtractOptions::default()
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let result = run(reader, &options, &mut out, &mut |e| {
        problems.push(e.to_string())
    });
    (result, out, problems)
}

#[test]
fn output_is_in_input_order_and_identical_for_any_thread_count() {
    let input = corpus(1200);
    let (base, out1, problems1) = extract_with(&input, 1, 4096, false);
    let base = base.unwrap();
    assert_eq!(base.written, 1200 - 24 - 24);
    assert_eq!(base.ingest.bad_total(), 48);
    assert_eq!(problems1.len(), 48);
    assert_eq!(
        problems1[0],
        "c.jsonl:8: bad record: invalid JSON: expected ident (column 2)"
    );
    let text = String::from_utf8(out1.clone()).unwrap();
    let ids: Vec<String> = text
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    let expected: Vec<String> = (0..1200)
        .filter(|i| i % 50 != 7 && i % 50 != 13)
        .map(|i| format!("P{i}"))
        .collect();
    assert_eq!(ids, expected);
    for (threads, batch) in [(2, 7), (4, 64), (3, 1), (8, 100_000)] {
        let (summary, out, problems) = extract_with(&input, threads, batch, false);
        assert_eq!(summary.unwrap(), base, "threads {threads} batch {batch}");
        assert!(
            out == out1,
            "output differs with threads {threads} batch {batch}"
        );
        assert_eq!(problems, problems1);
    }
}

#[test]
fn every_line_has_the_contract_shape() {
    let (_, out, _) = extract_with(&corpus(60), 2, 16, false);
    for line in String::from_utf8(out).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let obj = v.as_object().unwrap();
        assert_eq!(obj.keys().collect::<Vec<_>>(), vec!["id", "selectors"]);
        for s in v["selectors"].as_array().unwrap() {
            for key in ["kind", "value", "field", "start", "end", "raw"] {
                assert!(s.get(key).is_some(), "{key} missing in {s}");
            }
        }
    }
}

#[test]
fn strict_writes_the_posts_before_the_first_bad_record_then_stops() {
    let input = corpus(100);
    let (result, out, problems) = extract_with(&input, 2, 3, true);
    match result {
        Err(EngineError::Strict(b)) => assert_eq!(b.source.line, 8),
        other => panic!("expected a strict error, got {other:?}"),
    }
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 7);
    assert_eq!(problems.len(), 1);
}

#[test]
fn empty_input_writes_nothing() {
    let (summary, out, problems) = extract_with("", 2, 10, false);
    assert_eq!(summary.unwrap().written, 0);
    assert!(out.is_empty() && problems.is_empty());
}

mod props {
    use super::{corpus, extract_with};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Whatever the threads and batch sizes, the bytes written are those of one thread and
        /// one batch, and so are the bad records reported.
        #[test]
        fn output_does_not_depend_on_threads_or_batches(
            n in 0usize..300,
            threads in 1usize..5,
            batch in 1usize..80,
        ) {
            let input = corpus(n);
            let (base, out1, problems1) = extract_with(&input, 1, 1 << 20, false);
            let (other, out2, problems2) = extract_with(&input, threads, batch, false);
            prop_assert_eq!(base.unwrap(), other.unwrap());
            prop_assert!(out1 == out2);
            prop_assert_eq!(problems1, problems2);
        }
    }
}

/// A stage that panics on one post (a bug) costs that post only: the others are written in
/// order and the failed one is reported by its source.
#[test]
fn a_panicking_post_is_skipped_and_reported() {
    use plainsight_engine::map_in_order;
    let input = corpus(40);
    let mut reader = PostReader::from_reader(
        "c.jsonl",
        std::io::Cursor::new(input.into_bytes()),
        IngestOptions::default(),
    );
    let mut out = Vec::new();
    let written = map_in_order(
        &mut reader,
        &Parallelism {
            threads: 2,
            batch_posts: 8,
            ..Parallelism::default()
        },
        false,
        |post, buf| {
            assert!(post.id != "P20", "simulated stage bug");
            buf.extend_from_slice(post.id.as_bytes());
            buf.push(b'\n');
        },
        &mut out,
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(written.failed, 1);
    assert_eq!(written.failed_sources[0].line, 21);
    let text = String::from_utf8(out).unwrap();
    assert!(!text.lines().any(|l| l == "P20"));
    assert_eq!(text.lines().count() as u64, written.posts);
    assert_eq!(written.posts, 40 - 2 - 1);
}
