//! Shared by the posts targets: read `bytes` as the file `name` and check that every record is
//! accounted for (a post or a reported problem) and that the summary's counts add up.

use plainsight_ingest::{IngestOptions, PostReader};

/// `small` picks tiny caps so that the over-long paths (skipped lines, oversized fields) are
/// reached by short inputs; otherwise the defaults a real run uses.
pub fn read_all(name: &str, bytes: Vec<u8>, strict: bool, small: bool) {
    let mut options = IngestOptions {
        strict,
        ..IngestOptions::default()
    };
    if small {
        options.max_line_bytes = 256;
        options.max_field_bytes = 64;
    }
    let mut reader = PostReader::from_reader(name, std::io::Cursor::new(bytes), options);
    let (mut posts, mut problems) = (0u64, 0u64);
    for item in reader.by_ref() {
        match item {
            Ok(post) => {
                assert!(!post.id.trim().is_empty(), "a post without an id");
                assert!(post.source.line >= 1, "a post without a line");
                assert!(
                    post.title.is_some() || post.body.is_some(),
                    "a post without text"
                );
                posts += 1;
            }
            Err(e) => {
                let _ = e.to_string();
                problems += 1;
            }
        }
    }
    let summary = reader.into_summary();
    assert_eq!(summary.posts, posts, "posts yielded == posts counted");
    assert_eq!(
        summary.bad_total() + summary.unreadable,
        problems,
        "problems yielded == problems counted"
    );
    if strict {
        assert!(problems <= 1, "strict stops at the first problem");
    }
}
