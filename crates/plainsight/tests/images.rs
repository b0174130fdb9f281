//! `plainsight hash` and `plainsight match` end to end, as a user runs them: output lines and
//! their order, per-file errors, per-list distances, negative lists, stdin queries, dihedral
//! and quality options, bad list lines on stderr, exit codes (CONTRACT.md).
//!
//! Images are the BSD-licensed PDQ test images vendored by `plainsight-imagehash`
//! (`crates/plainsight-imagehash/tests/data/pdq`, licence beside them); the broken files and hash
//! lists are made here, in Cargo's per-test scratch directory.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn image(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../plainsight-imagehash/tests/data/pdq/images")
        .join(name)
}

/// A fresh scratch directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("images-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plainsight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    {
        let mut pipe = child.stdin.take().expect("stdin");
        if let Some(text) = stdin {
            pipe.write_all(text.as_bytes()).expect("writes stdin");
        }
    }
    child.wait_with_output().expect("finishes")
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stdout line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Hash, quality and dihedral hashes of the good test image, from `hash --dihedral`.
fn good_image() -> (PathBuf, String, u64, Value) {
    let path = image("bridge-mods/square-256x256.jpg");
    let out = run(&["hash", "--dihedral", s(&path)], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = lines(&out).remove(0);
    let pdq = v["pdq"].as_str().expect("pdq").to_string();
    let quality = v["quality"].as_u64().expect("quality");
    (path, pdq, quality, v["dihedral"].clone())
}

/// `hex` with its first `n` bits flipped.
fn flip_bits(hex: &str, n: usize) -> String {
    let mut digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).expect("hex") as u8)
        .collect();
    for bit in 0..n {
        digits[bit / 4] ^= 8 >> (bit % 4);
    }
    digits
        .iter()
        .map(|&d| char::from_digit(u32::from(d), 16).expect("digit"))
        .collect()
}

#[test]
fn hash_reports_each_file_in_argument_order_and_goes_on_after_errors() {
    let dir = scratch("hash");
    let good = image("bridge-mods/square-256x256.jpg");
    let bytes = std::fs::read(&good).expect("vendored");
    let truncated = dir.join("truncated.jpg");
    std::fs::write(&truncated, &bytes[..bytes.len() / 3]).expect("writes");
    let empty = dir.join("empty.jpg");
    std::fs::write(&empty, b"").expect("writes");
    let missing = dir.join("missing.jpg");

    let args = [
        "hash",
        s(&empty),
        s(&good),
        s(&truncated),
        s(&missing),
        s(&good),
    ];
    let out = run(&args, None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    let paths: Vec<&str> = got
        .iter()
        .map(|v| v["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths, &args[1..], "one line per file, in argument order");

    assert!(got[0]["error"].is_string(), "zero-byte file: {}", got[0]);
    let pdq = got[1]["pdq"].as_str().expect("good image hashes");
    assert_eq!(pdq.len(), 64);
    assert!(got[1]["quality"].as_u64().expect("quality") <= 100);
    assert!(got[1].get("error").is_none());
    // A truncated JPEG either fails or decodes what is there; it never takes the run down.
    assert!(
        got[2]["error"].is_string() || got[2]["pdq"].is_string(),
        "{}",
        got[2]
    );
    assert!(got[3]["error"].is_string(), "missing file: {}", got[3]);
    assert_eq!(got[4]["pdq"], got[1]["pdq"], "same file, same hash");
    let err = stderr(&out);
    assert!(err.contains("could not be hashed"), "{err}");
}

#[test]
fn hash_without_files_is_a_usage_error() {
    let out = run(&["hash"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn match_with_lists_of_different_distances_negative_list_and_stdin() {
    let dir = scratch("match");
    let (_, pdq, _, _) = good_image();
    let near = flip_bits(&pdq, 5);
    let far = flip_bits(&pdq, 20);
    // "tight" only counts distance <= 8; "wide" takes the default 31.
    let tight = dir.join("tight.txt");
    std::fs::write(&tight, format!("{near},near copy\n{far},far copy\n")).expect("writes");
    let wide = dir.join("wide.csv");
    std::fs::write(&wide, format!("{far},far copy\nnot a hash\n")).expect("writes");
    let tight_spec = format!("{}:8", s(&tight));

    let out = run(
        &["match", "--list", &tight_spec, "--list", s(&wide), "-"],
        Some(&format!("{pdq}\n{}\n", flip_bits(&pdq, 128))),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got.len(), 2, "one line per stdin hash");
    assert_eq!(got[0]["query"], "-:1");
    assert_eq!(got[1]["query"], "-:2");
    let hits: Vec<(String, u64)> = got[0]["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .map(|m| {
            (
                m["list"].as_str().expect("list").to_string(),
                m["distance"].as_u64().expect("distance"),
            )
        })
        .collect();
    assert_eq!(
        hits,
        vec![("tight".to_string(), 5), ("wide".to_string(), 20)],
        "nearest first; tight's far copy (20 > 8) is not a match"
    );
    assert_eq!(got[0]["matches"][0]["label"], "near copy");
    assert_eq!(got[1]["matches"].as_array().map(Vec::len), Some(0));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}:2: skipped", s(&wide))),
        "bad list line named FILE:LINE on stderr: {err}"
    );
    assert!(
        !err.contains(&pdq),
        "stderr never carries hashes of queries"
    );

    // A negative list holding a benign near-duplicate suppresses the matches, and says so.
    let benign = dir.join("benign.txt");
    std::fs::write(&benign, format!("{}\n", flip_bits(&pdq, 2))).expect("writes");
    let out = run(
        &[
            "match",
            "--list",
            &tight_spec,
            "--negative",
            &format!("{}:3", s(&benign)),
        ],
        Some(&format!("{pdq}\n")),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got[0]["matches"].as_array().map(Vec::len), Some(0));
    assert_eq!(got[0]["suppressed"][0]["distance"], 5);
    assert_eq!(got[0]["negative"][0]["list"], "benign");
    assert_eq!(got[0]["negative"][0]["distance"], 2);
}

#[test]
fn match_dihedral_finds_a_rotated_listing_and_names_the_variant() {
    let dir = scratch("dihedral");
    let (path, pdq, _, dihedral) = good_image();
    let rotated = dihedral["rotate90"].as_str().expect("rotate90").to_string();
    assert_ne!(rotated, pdq);
    let list = dir.join("rotated.txt");
    std::fs::write(&list, format!("{rotated},rotated copy\n")).expect("writes");

    let plain = run(&["match", "--list", s(&list), s(&path)], None);
    assert_eq!(plain.status.code(), Some(0), "{}", stderr(&plain));
    let got = lines(&plain);
    let far_apart = PdqDistance::of(&pdq, &rotated) > 31;
    if far_apart {
        assert_eq!(got[0]["matches"].as_array().map(Vec::len), Some(0));
    }

    let out = run(&["match", "--dihedral", "--list", s(&list), s(&path)], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got.len(), 1, "one line per image, not per variant");
    assert_eq!(got[0]["pdq"], pdq.as_str(), "the image's own hash");
    let m = &got[0]["matches"][0];
    assert_eq!(m["variant"], "rotate90");
    assert_eq!(m["distance"], 0);
    assert_eq!(m["label"], "rotated copy");
}

#[test]
fn match_min_quality_skips_and_reports_low_quality_images() {
    let dir = scratch("quality");
    let (path, pdq, quality, _) = good_image();
    let list = dir.join("known.txt");
    std::fs::write(&list, format!("{pdq}\n")).expect("writes");
    let at = quality.to_string();
    let out = run(
        &["match", "--min-quality", &at, "--list", s(&list), s(&path)],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        lines(&out)[0]["matches"][0]["distance"],
        0,
        "quality == N is kept"
    );

    if quality < 100 {
        let above = (quality + 1).to_string();
        let out = run(
            &[
                "match",
                "--min-quality",
                &above,
                "--list",
                s(&list),
                s(&path),
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let got = lines(&out);
        assert_eq!(got.len(), 1, "a skipped query still has its line");
        assert!(got[0]["skipped"].is_string(), "{}", got[0]);
        assert!(got[0].get("matches").is_none());
        assert_eq!(got[0]["quality"], quality);
        assert!(
            stderr(&out).contains("1 image queries skipped"),
            "{}",
            stderr(&out)
        );
    }
    let out = run(
        &[
            "match",
            "--min-quality",
            "101",
            "--list",
            s(&list),
            s(&path),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2), "quality is 0-100");
}

#[test]
fn match_exit_codes() {
    let dir = scratch("exit");
    let missing = dir.join("no-such-list.txt");
    let out = run(&["match", "--list", s(&missing)], Some(""));
    assert_eq!(out.status.code(), Some(2), "missing list is a usage error");
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("no-such-list"), "{}", stderr(&out));

    let out = run(&["match"], Some(""));
    assert_eq!(out.status.code(), Some(2), "--list is required");

    // A query file that cannot be read is an error line, not a failed run.
    let list = dir.join("known.txt");
    std::fs::write(&list, format!("{}\n", "0".repeat(64))).expect("writes");
    let out = run(
        &["match", "--list", s(&list), s(&dir.join("no-such-query"))],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(lines(&out)[0]["error"].is_string());
}

/// Hamming distance between two hex hashes, so the test does not depend on the library.
struct PdqDistance;

impl PdqDistance {
    fn of(a: &str, b: &str) -> u32 {
        a.chars()
            .zip(b.chars())
            .map(|(x, y)| {
                (x.to_digit(16).expect("hex") ^ y.to_digit(16).expect("hex")).count_ones()
            })
            .sum()
    }
}
