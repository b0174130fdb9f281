//! Nothing silently lost (issue 13): one bad byte, one odd number, a cut archive or an
//! over-size quoted field costs at most the record it is in, never the rest of the input.

use crate::{data, gzip, ids, mem, read_all};
use plainsight_ingest::{BadKind, IngestOptions, PostReader};
use std::io::Write;

fn jsonl(n: usize, prefix: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 1..=n {
        writeln!(
            out,
            "{{\"id\":\"{prefix}{i}\",\"body\":\"post number {i} with text\"}}"
        )
        .unwrap();
    }
    out
}

/// Byte offset of the start of 1-based line `line`.
fn line_start(data: &[u8], line: usize) -> usize {
    data.split_inclusive(|&b| b == b'\n')
        .take(line - 1)
        .map(<[u8]>::len)
        .sum()
}

#[test]
fn a_nul_byte_spoils_its_record_not_the_file() {
    // A NUL inside the body of line 3 (well inside the first 8 KiB), in JSONL, CSV and gzip.
    let mut data = jsonl(2000, "N");
    let at = line_start(&data, 3) + 30;
    data[at] = 0;
    for (name, bytes) in [("nul.jsonl", data.clone()), ("nul.jsonl.gz", gzip(&data))] {
        let (posts, problems, summary) = mem(name, bytes);
        assert_eq!(posts.len(), 1999, "{name}: {problems:?}");
        assert_eq!(problems.len(), 1, "{name}: {problems:?}");
        assert!(
            problems[0].starts_with(&format!("{name}:3: bad record:")),
            "{problems:?}"
        );
        assert_eq!(summary.bad_total(), 1);
        assert_eq!(summary.posts, 1999);
    }
    // A NUL outside any JSON string, and one in a CSV field (which CSV would otherwise accept).
    let mut data = jsonl(50, "O");
    let at = line_start(&data, 2);
    data.insert(at, 0);
    let (posts, problems, _) = mem("outside.jsonl", data);
    assert_eq!(posts.len(), 49, "{problems:?}");
    assert!(problems[0].starts_with("outside.jsonl:2: bad record:"));
    let csv = b"id,body\nC1,fine\nC2,has a \0 inside\nC3,also fine\n".to_vec();
    let (posts, problems, summary) = mem("nul.csv", csv);
    assert_eq!(ids(&posts), vec!["C1", "C3"]);
    assert_eq!(
        problems,
        vec!["nul.csv:3: bad record: NUL byte in record (binary data)"]
    );
    assert_eq!(summary.bad[&BadKind::NulByte], 1);
}

#[test]
fn files_that_cannot_be_text_are_still_one_bad_record() {
    // UTF-16 (NUL among the first bytes) and JPEG (a first byte that cannot start UTF-8).
    let utf16: Vec<u8> = "{\"id\":\"U1\",\"body\":\"x\"}\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let jpeg = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\n\n\x02\x03garbage\n".to_vec();
    for (name, bytes) in [("u16.jsonl", utf16), ("photo.jsonl", jpeg)] {
        let (posts, problems, summary) = mem(name, bytes);
        assert!(posts.is_empty());
        assert_eq!(
            problems,
            vec![format!(
                "{name}:1: bad record: binary file (not UTF-8 JSONL or CSV), skipped"
            )]
        );
        assert_eq!(summary.bad[&BadKind::BinaryFile], 1);
    }
}

#[test]
fn an_out_of_range_number_in_an_unknown_field_keeps_the_post() {
    let data = b"{\"id\":\"R1\",\"body\":\"x\",\"score\":1e400,\"nested\":{\"a\":[-1e999,2]}}\n\
{\"id\":\"R2\",\"body\":\"y\",\"n\":12}\n"
        .to_vec();
    let (posts, problems, _) = mem("range.jsonl", data);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(ids(&posts), vec!["R1", "R2"]);
    // The field is kept (as its text: JSON numbers past f64 have no other lossless form),
    // and so is the order of the unknown fields.
    let keys: Vec<&str> = posts[0].extra.keys().map(String::as_str).collect();
    assert_eq!(keys, vec!["score", "nested"]);
    assert_eq!(posts[0].extra["score"], "1e400");
    assert_eq!(posts[0].extra["nested"], "{\"a\":[-1e999,2]}");
    assert_eq!(posts[1].extra["n"], 12);
    // In a contract field it is still that field's error, not the whole line's.
    let (_, problems, _) = mem("t.jsonl", b"{\"id\":\"T\",\"title\":1e400}\n".to_vec());
    assert_eq!(
        problems,
        vec!["t.jsonl:1: bad record: field `title` is not a string"]
    );
}

#[test]
fn a_truncated_zstd_keeps_its_readable_records() {
    // One frame, 3,000 posts, several blocks, window as large as the content: the decoder
    // holds everything back until the frame ends, so a cut used to lose every post.
    let whole = std::fs::read(data("single_frame.jsonl.zst")).unwrap();
    let (posts, problems, _) = mem("whole.zst", whole.clone());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(posts.len(), 3000);
    let cut = whole[..whole.len() * 7 / 10].to_vec();
    let (posts, problems, summary) = mem("cut.jsonl.zst", cut);
    assert!(
        posts.len() >= 1000 && posts.len() < 3000,
        "{} posts kept",
        posts.len()
    );
    for (i, p) in posts.iter().enumerate() {
        assert_eq!(p.id, format!("F{}", i + 1));
    }
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(&format!(
            "cut.jsonl.zst:{}: bad record: corrupt or truncated input",
            posts.len() + 1
        )),
        "{problems:?}"
    );
    assert_eq!(summary.bad[&BadKind::CorruptInput], 1);
}

#[test]
fn an_oversize_quoted_csv_field_is_one_bad_record_and_the_next_row_survives() {
    let mut csv = b"id,title,body\nA,first,ok\nB,big,\"".to_vec();
    for _ in 0..20_000 {
        csv.extend_from_slice(b"line, with \"\"quotes\"\" and a comma\n");
    }
    csv.extend_from_slice(b"end\"\nC,after,ok\nD,last,ok\n");
    let options = IngestOptions {
        max_line_bytes: 64 << 10,
        ..IngestOptions::default()
    };
    let (posts, problems, summary) = read_all(PostReader::from_reader(
        "big.csv",
        std::io::Cursor::new(csv.clone()),
        options,
    ));
    assert_eq!(ids(&posts), vec!["A", "C", "D"], "{problems:?}");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("big.csv:3: bad record: line of "),
        "{problems:?}"
    );
    assert_eq!(summary.bad[&BadKind::LineTooLong], 1);
    assert_eq!(posts[1].source.line, 20_004);
    // Within the cap the same row is one good post.
    let (posts, problems, _) = mem("big.csv", csv);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(ids(&posts), vec!["A", "B", "C", "D"]);
    assert_eq!(
        posts[1].body.as_deref().map(|b| b.lines().count()),
        Some(20_001)
    );
}

#[test]
fn a_csv_physical_line_over_the_cap_inside_a_quoted_field_resyncs() {
    // The quoted field opens on a line that is itself over the cap, and holds another.
    let mut csv = b"id,body\nA,ok\nB,\"".to_vec();
    csv.extend(std::iter::repeat_n(b'x', 5000));
    csv.extend_from_slice(b"\nshort \"\"quoted\"\" line\n");
    csv.extend(std::iter::repeat_n(b'y', 5000));
    csv.extend_from_slice(b"\"\nC,ok\n");
    let options = IngestOptions {
        max_line_bytes: 1000,
        ..IngestOptions::default()
    };
    let (posts, problems, _) = read_all(PostReader::from_reader(
        "long.csv",
        std::io::Cursor::new(csv),
        options,
    ));
    assert_eq!(ids(&posts), vec!["A", "C"], "{problems:?}");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("long.csv:3: bad record: line of "));
}
