//! Invariants over arbitrary input: no panic, and every non-blank line is exactly one post or
//! one bad record.

use crate::read_all;
use plainsight_ingest::{Format, IngestOptions, PostReader};
use proptest::prelude::*;

fn line() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        "[a-z]{1,6}".prop_map(|id| format!("{{\"id\":\"{id}\",\"body\":\"b\"}}").into_bytes()),
        "[a-z]{1,6}".prop_map(|id| format!("{{\"id\":\"{id}\"}}").into_bytes()),
        "[a-z]{1,6}".prop_map(|id| format!("{{\"id\":\"{id}\",\"title\":5}}").into_bytes()),
        Just(b"{\"body\":\"x\"}".to_vec()),
        Just(b"[]".to_vec()),
        proptest::collection::vec(
            any::<u8>().prop_filter("no newline", |b| *b != b'\n'),
            1..40
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..2000)) {
        for name in ["a.jsonl", "a.csv", "a", "a.gz", "a.zst"] {
            let reader = PostReader::from_reader(name, std::io::Cursor::new(data.clone()), IngestOptions {
                max_line_bytes: 64,
                ..IngestOptions::default()
            });
            let (posts, problems, summary) = read_all(reader);
            prop_assert_eq!(posts.len() as u64, summary.posts);
            prop_assert_eq!(problems.len() as u64, summary.bad_total() + summary.unreadable);
        }
    }

    #[test]
    fn posts_plus_bad_records_equal_non_blank_lines(lines in proptest::collection::vec(line(), 0..60)) {
        // NUL bytes anywhere but at the very start cost only their own line. An input that
        // starts as no UTF-8 text can (a NUL in its first 4 bytes, a byte that cannot begin
        // UTF-8) is one binary-file record instead.
        let data = lines.join(&b'\n');
        prop_assume!(!data[..data.len().min(4)].contains(&0));
        prop_assume!(!matches!(data.first(), Some(0x80..=0xc1 | 0xf5..=0xff)));
        let non_blank = lines.iter().filter(|l| {
            let mut l: &[u8] = l;
            if let Some(s) = l.strip_suffix(b"\r") { l = s; }
            !l.trim_ascii().is_empty()
        }).count() as u64;
        let starts_compressed = data.starts_with(&[0x1f, 0x8b]) || data.starts_with(&[0x28, 0xb5, 0x2f, 0xfd])
            || (data.len() >= 4 && data[0] & 0xf0 == 0x50 && data[1..4] == [0x2a, 0x4d, 0x18]);
        prop_assume!(!starts_compressed);
        let reader = PostReader::from_reader("p.jsonl", std::io::Cursor::new(data), IngestOptions {
            format: Some(Format::Jsonl),
            ..IngestOptions::default()
        });
        let (posts, problems, summary) = read_all(reader);
        prop_assert_eq!(posts.len() as u64 + problems.len() as u64, non_blank);
        prop_assert_eq!(summary.records, non_blank);
        // Ids that came out are unique.
        let mut seen = std::collections::BTreeSet::new();
        for p in &posts { prop_assert!(seen.insert(p.id.clone())); }
    }
}
