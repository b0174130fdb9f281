//! Ingest end to end: every kind of bad record, compressed inputs, several inputs, strict mode,
//! and properties over arbitrary bytes.

mod loss;
mod props;

use flate2::write::GzEncoder;
use flate2::Compression;
use plainsight_core::Post;
use plainsight_ingest::{BadKind, IngestError, IngestOptions, Input, PostReader, Summary};
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn read_all(reader: PostReader) -> (Vec<Post>, Vec<String>, Summary) {
    let mut reader = reader;
    let mut posts = Vec::new();
    let mut problems = Vec::new();
    for item in reader.by_ref() {
        match item {
            Ok(p) => posts.push(p),
            Err(e) => problems.push(e.to_string()),
        }
    }
    (posts, problems, reader.into_summary())
}

fn mem(name: &str, data: Vec<u8>) -> (Vec<Post>, Vec<String>, Summary) {
    read_all(PostReader::from_reader(
        name,
        std::io::Cursor::new(data),
        IngestOptions::default(),
    ))
}

fn ids(posts: &[Post]) -> Vec<&str> {
    posts.iter().map(|p| p.id.as_str()).collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

fn tmpdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plainsight-ingest-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

const MIXED: &[u8] = b"{\"id\":\"P1\",\"body\":\"call me\"}\n\
\xff\xfe garbage \x80\n\
{\"id\":\"P2\",\"title\":\"caf\xc3\xa9\",\"body\":\"bad \xc3\x28 utf8\"}\n\
\n\
{\"id\":\"P3\",\"title\":\"ok\",\"zzz\":[1,{\"a\":null}]}\n\
{\"body\":\"no id here\"}\n\
{\"id\":\"P1\",\"body\":\"again\"}\n\
{\"id\":\"P4\"}\n\
{\"id\":\"P5\",\"body\":\"unterminated\n\
[\"P6\"]\n\
{\"id\":\"P7\",\"body\":\"last, no newline\"}";

#[test]
fn every_bad_record_is_reported_with_its_line_and_the_rest_comes_through() {
    let (posts, problems, summary) = mem("mixed.jsonl", MIXED.to_vec());
    assert_eq!(ids(&posts), vec!["P1", "P3", "P7"]);
    assert_eq!(
        posts.iter().map(|p| p.source.line).collect::<Vec<_>>(),
        vec![1, 5, 11]
    );
    assert_eq!(posts[1].extra.keys().collect::<Vec<_>>(), vec!["zzz"]);
    let expected = [
        "mixed.jsonl:2: bad record: invalid UTF-8 at byte 0",
        "mixed.jsonl:3: bad record: invalid UTF-8 at byte 39",
        "mixed.jsonl:6: bad record: no id",
        "mixed.jsonl:7: bad record: duplicate id",
        "mixed.jsonl:8: bad record: neither title nor body has text",
        "mixed.jsonl:9: bad record: invalid JSON: EOF while parsing a string (column 31)",
        "mixed.jsonl:10: bad record: not a JSON object",
    ];
    assert_eq!(problems, expected);
    assert_eq!(summary.posts, 3);
    assert_eq!(summary.bad_total(), 7);
    assert_eq!(summary.records, 10, "blank line 4 is not a record");
    assert_eq!(summary.bad[&BadKind::InvalidUtf8], 2);
    // Reports never carry the record's text.
    for p in &problems {
        assert!(!p.contains("no id here") && !p.contains("again") && !p.contains("call"));
    }
}

/// What an analyst sees on stderr for the mixed input, and the summary's wording.
#[test]
fn bad_record_messages_snapshot() {
    let (_, problems, summary) = mem("mixed.jsonl", MIXED.to_vec());
    let mut shown = problems.join("\n");
    shown.push_str("\n---\n");
    shown.push_str(&summary.bad_description());
    insta::assert_snapshot!(shown);
}

#[test]
fn gzip_and_truncated_gzip() {
    let text = b"{\"id\":\"G1\",\"body\":\"one\"}\n{\"id\":\"G2\",\"body\":\"two\"}\n".to_vec();
    let whole = gzip(&text);
    let (posts, problems, _) = mem("x.jsonl.gz", whole.clone());
    assert_eq!(ids(&posts), vec!["G1", "G2"]);
    assert!(problems.is_empty());

    // Many records so that truncation lands mid-stream.
    let mut big = Vec::new();
    for i in 0..2000 {
        writeln!(
            big,
            "{{\"id\":\"T{i}\",\"body\":\"post number {i} with some text\"}}"
        )
        .unwrap();
    }
    let gz = gzip(&big);
    let cut = gz[..gz.len() / 2].to_vec();
    let (posts, problems, summary) = mem("cut.jsonl.gz", cut);
    assert!(!posts.is_empty() && posts.len() < 2000, "{}", posts.len());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(&format!(
            "cut.jsonl.gz:{}: bad record: corrupt or truncated input",
            posts.len() + 1
        )),
        "{}",
        problems[0]
    );
    assert_eq!(summary.bad[&BadKind::CorruptInput], 1);
    // Every post before the cut is intact.
    for (i, p) in posts.iter().enumerate() {
        assert_eq!(p.id, format!("T{i}"));
    }

    // A small file truncated inside the first block is still a bad record, after its posts.
    let small = gzip(b"{\"id\":\"S1\",\"body\":\"one\"}\n{\"id\":\"S2\",\"body\":\"two\"}\n");
    let (posts, problems, _) = mem("small.jsonl.gz", small[..small.len() - 10].to_vec());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("bad record: corrupt or truncated input"),
        "{problems:?}"
    );
    assert!(posts.len() <= 2);

    // Concatenated gzip members are one stream (`cat a.gz b.gz`).
    let mut two = gzip(b"{\"id\":\"A\",\"body\":\"a\"}\n");
    two.extend(gzip(b"{\"id\":\"B\",\"body\":\"b\"}\n"));
    let (posts, _, _) = mem("two.gz", two);
    assert_eq!(ids(&posts), vec!["A", "B"]);
}

#[test]
fn zstd_from_the_reference_encoder() {
    // Magic bytes decide, whatever the name says.
    let reader = PostReader::new(
        vec![Input::Path(data("multi_frame.jsonl.zst"))],
        IngestOptions::default(),
    );
    let (posts, problems, _) = read_all(reader);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(posts.len(), 200);
    assert_eq!(posts[0].id, "Z1");
    assert_eq!(posts[199].id, "Z200");
    assert_eq!(posts[199].source.line, 200);

    let (posts, problems, _) = read_all(PostReader::new(
        vec![Input::Path(data("long_window.jsonl.zst"))],
        IngestOptions::default(),
    ));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(posts.len(), 100);

    let mut corrupt = std::fs::read(data("multi_frame.jsonl.zst")).unwrap();
    let n = corrupt.len();
    corrupt.truncate(n - 40);
    let (posts, problems, _) = mem("c.zst", corrupt);
    assert!(posts.len() >= 100 && posts.len() < 200, "{}", posts.len());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("corrupt or truncated input"));
}

#[test]
fn csv_with_lists_quotes_and_multiline_fields() {
    let csv = "\u{feff}id,title,body,image_hashes,images,location,extra\r\n\
C1,\"Hi, \"\"Mia\"\" here\",\"line one\nline two\",,a.jpg;b.jpg,\"Houston, TX\",x\r\n\
C2,,,,,,\n\
C3,title only,,,,,\n\
C4,too,few\n\
,no id,body,,,,\n\
C1,dup,body,,,,\n";
    let (posts, problems, _) = mem("posts.csv", csv.as_bytes().to_vec());
    assert_eq!(ids(&posts), vec!["C1", "C3"]);
    let c1 = &posts[0];
    assert_eq!(c1.title.as_deref(), Some("Hi, \"Mia\" here"));
    assert_eq!(c1.body.as_deref(), Some("line one\nline two"));
    assert_eq!(c1.images, vec!["a.jpg", "b.jpg"]);
    assert!(c1.image_hashes.is_empty());
    assert_eq!(c1.location.as_deref(), Some("Houston, TX"));
    assert_eq!(c1.extra["extra"], "x");
    assert_eq!(c1.source.line, 2);
    assert_eq!(
        posts[1].source.line, 5,
        "the quoted newline spans lines 2-3"
    );
    assert_eq!(
        problems,
        vec![
            "posts.csv:4: bad record: neither title nor body has text",
            "posts.csv:6: bad record: invalid CSV: row has 3 fields, header has 7",
            "posts.csv:7: bad record: no id",
            "posts.csv:8: bad record: duplicate id",
        ]
    );
    // Sniffed as CSV without an extension.
    let (posts, _, _) = mem("stdin", b"id,body\nS1,hello\n".to_vec());
    assert_eq!(ids(&posts), vec!["S1"]);
    // A CSV header without `id` makes the whole input bad, once.
    let (posts, problems, _) = mem("n.csv", b"title,body\na,b\nc,d\n".to_vec());
    assert!(posts.is_empty());
    assert_eq!(
        problems,
        vec!["n.csv:1: bad record: invalid CSV: header has no `id` column"]
    );
}

#[test]
fn long_lines_are_skipped_in_bounded_memory() {
    let mut data = b"{\"id\":\"L1\",\"body\":\"short\"}\n".to_vec();
    data.extend_from_slice(b"{\"id\":\"L2\",\"body\":\"");
    data.extend(std::iter::repeat_n(b'a', 10 << 20));
    data.extend_from_slice(b"\"}\n{\"id\":\"L3\",\"body\":\"after\"}\n");
    let options = IngestOptions {
        max_line_bytes: 1 << 20,
        ..IngestOptions::default()
    };
    let (posts, problems, _) = read_all(PostReader::from_reader(
        "long.jsonl",
        std::io::Cursor::new(data.clone()),
        options,
    ));
    assert_eq!(ids(&posts), vec!["L1", "L3"]);
    assert_eq!(
        problems,
        vec![format!(
            "long.jsonl:2: bad record: line of {} bytes (limit 1048576) skipped",
            (10 << 20) + 21
        )]
    );
    // With the defaults the 10 MiB line fits, but its body is over the 10 MB field cap.
    let (posts, problems, summary) = mem("long.jsonl", data);
    assert_eq!(ids(&posts), vec!["L1", "L3"]);
    assert!(
        problems[0].contains("field `body` is 10485760 bytes"),
        "{problems:?}"
    );
    assert_eq!(summary.bad[&BadKind::FieldTooLarge], 1);
}

#[test]
fn binary_files_are_one_bad_record() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0".to_vec();
    let (posts, problems, summary) = mem("image.jsonl", png);
    assert!(posts.is_empty());
    assert_eq!(
        problems,
        vec!["image.jsonl:1: bad record: binary file (not UTF-8 JSONL or CSV), skipped"]
    );
    assert_eq!(summary.bad[&BadKind::BinaryFile], 1);
}

#[test]
fn several_inputs_duplicates_across_them_and_an_unreadable_one() {
    let dir = tmpdir("multi");
    let a = dir.join("a.jsonl");
    let b = dir.join("b.csv.gz");
    std::fs::write(
        &a,
        "{\"id\":\"M1\",\"body\":\"x\"}\n{\"id\":\"M2\",\"body\":\"y\"}\n",
    )
    .unwrap();
    std::fs::write(&b, gzip(b"id,body\nM2,dup\nM3,z\n")).unwrap();
    let missing = dir.join("missing.jsonl");
    let reader = PostReader::new(
        vec![
            Input::Path(a.clone()),
            Input::Path(missing.clone()),
            Input::Path(b.clone()),
        ],
        IngestOptions::default(),
    );
    let mut reader = reader;
    let mut posts = Vec::new();
    let mut unreadable = 0;
    let mut bad = Vec::new();
    for item in reader.by_ref() {
        match item {
            Ok(p) => posts.push(p),
            Err(IngestError::Unreadable { file, .. }) => {
                assert_eq!(file, missing.display().to_string());
                unreadable += 1;
            }
            Err(e) => bad.push(e.to_string()),
        }
    }
    assert_eq!(ids(&posts), vec!["M1", "M2", "M3"]);
    assert_eq!(posts[2].source.file, b.display().to_string());
    assert_eq!(unreadable, 1);
    assert_eq!(
        bad,
        vec![format!("{}:2: bad record: duplicate id", b.display())]
    );
    let s = reader.summary();
    assert_eq!((s.inputs, s.unreadable, s.posts), (3, 1, 3));
    assert_eq!(s.bad_description(), "1 bad record (duplicate id: 1)");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn strict_stops_at_the_first_bad_record() {
    let options = IngestOptions {
        strict: true,
        ..IngestOptions::default()
    };
    let (posts, problems, _) = read_all(PostReader::from_reader(
        "s.jsonl",
        std::io::Cursor::new(MIXED.to_vec()),
        options,
    ));
    assert_eq!(ids(&posts), vec!["P1"]);
    assert_eq!(problems.len(), 1);
}

#[test]
fn duplicate_check_can_be_turned_off() {
    let options = IngestOptions {
        check_duplicates: false,
        ..IngestOptions::default()
    };
    let data = b"{\"id\":\"D\",\"body\":\"x\"}\n{\"id\":\"D\",\"body\":\"y\"}\n".to_vec();
    let (posts, _, _) = read_all(PostReader::from_reader(
        "d.jsonl",
        std::io::Cursor::new(data),
        options,
    ));
    assert_eq!(posts.len(), 2);
}
