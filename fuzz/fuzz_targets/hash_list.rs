//! Arbitrary bytes as a hash list and as a query file: never a panic, every line accounted for
//! (an entry, a bad line, a merged repeat, a skipped row of another type, or ignored), labels
//! within their bound, and a list's entries distinct.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainsight_imagehash::list::{MAX_LABEL_BYTES, MAX_REPORTED_BAD_LINES};
use plainsight_imagehash::{read_hashes_with_lines, read_list, Matcher, ListConfig};

fuzz_target!(|data: &[u8]| {
    let Ok(list) = read_list("fuzz", data) else {
        return;
    };
    assert!(list.bad_lines.len() <= MAX_REPORTED_BAD_LINES);
    assert!(list.bad_lines.len() as u64 <= list.bad_line_count);
    assert!(list.labels.iter().all(|l| l.len() <= MAX_LABEL_BYTES));
    let mut seen = std::collections::BTreeSet::new();
    assert!(list.hashes.iter().all(|h| seen.insert(*h)), "entries are distinct");
    let queries = read_hashes_with_lines("q", data).expect("same bytes read once already");
    assert_eq!(
        queries.len() as u64,
        list.len() as u64 + list.duplicates_merged,
        "a query file keeps every line a list merges"
    );
    let mut matcher = Matcher::new();
    matcher
        .add_list(
            list,
            ListConfig {
                max_distance: 31,
                negative: false,
            },
        )
        .expect("small list indexes");
    for q in queries.hashes.iter().take(16) {
        assert!(!matcher.lookup(q).positive.is_empty(), "every listed hash finds itself");
    }
});
