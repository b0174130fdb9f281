//! Arbitrary bytes as an input file, under each name the reader treats differently (JSONL,
//! CSV, sniffed, compressed), with small caps so that the over-long paths are reached. The
//! reader must never panic, and its counts must add up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainsight_ingest::{IngestOptions, PostReader};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let name = ["f.jsonl", "f.csv", "f", "f.jsonl.gz", "f.csv.zst"][usize::from(selector % 5)];
    let options = IngestOptions {
        strict: selector & 0x80 != 0,
        max_line_bytes: 256,
        max_field_bytes: 64,
        ..IngestOptions::default()
    };
    let mut reader = PostReader::from_reader(name, std::io::Cursor::new(rest.to_vec()), options);
    let (mut posts, mut problems) = (0u64, 0u64);
    for item in reader.by_ref() {
        match item {
            Ok(post) => {
                assert!(!post.id.trim().is_empty());
                assert!(post.source.line >= 1);
                posts += 1;
            }
            Err(e) => {
                let _ = e.to_string();
                problems += 1;
            }
        }
    }
    let summary = reader.into_summary();
    assert_eq!(summary.posts, posts);
    assert_eq!(summary.bad_total() + summary.unreadable, problems);
});
