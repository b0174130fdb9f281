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
    // A truncated JPEG is an error line: its decoder would make up the missing part.
    let why = got[2]["error"]
        .as_str()
        .expect("truncated JPEG is an error");
    assert!(why.contains("truncated"), "{why}");
    assert!(got[2].get("pdq").is_none());
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

/// The list holds the photo as published; the query is a copy turned a quarter turn
/// clockwise (the reference's own rotated file). Plain matching misses it; `--dihedral` turns
/// the query back (a quarter turn anticlockwise, `rotate90`) and finds the listing.
#[test]
fn match_dihedral_finds_a_rotated_upload_and_names_the_variant() {
    let dir = scratch("dihedral");
    let original = image("reg-test-input/dih/bridge-1-original.jpg");
    let turned = image("reg-test-input/dih/bridge-4-rotate-270.jpg");
    let hashed = run(&["hash", s(&original)], None);
    assert_eq!(hashed.status.code(), Some(0), "{}", stderr(&hashed));
    let listed = lines(&hashed)[0]["pdq"].as_str().expect("pdq").to_string();
    let list = dir.join("published.txt");
    std::fs::write(&list, format!("{listed},published photo\n")).expect("writes");

    let plain = run(&["match", "--list", s(&list), s(&turned)], None);
    assert_eq!(plain.status.code(), Some(0), "{}", stderr(&plain));
    assert_eq!(
        lines(&plain)[0]["matches"].as_array().map(Vec::len),
        Some(0),
        "a turned photo is far from its listing without --dihedral"
    );

    let out = run(
        &["match", "--dihedral", "--list", s(&list), s(&turned)],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got.len(), 1, "one line per image, not per variant");
    let m = &got[0]["matches"][0];
    assert_eq!(m["variant"], "rotate90");
    assert!(m["distance"].as_u64().expect("distance") <= 8, "{m}");
    assert_eq!(m["label"], "published photo");
    assert_ne!(
        got[0]["pdq"],
        listed.as_str(),
        "the line gives the query's own hash"
    );
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
            stderr(&out).contains("1 query skipped (image quality below --min-quality"),
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

/// `jpeg` with its EXIF segments replaced by one holding only `Orientation` = `o` (pixels
/// untouched).
fn with_exif_orientation(jpeg: &[u8], o: u16) -> Vec<u8> {
    let mut tiff = vec![
        b'I', b'I', 0x2A, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0,
    ];
    tiff.extend(o.to_le_bytes());
    tiff.extend([0, 0, 0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend(u16::try_from(app1.len() + 2).expect("small").to_be_bytes());
    out.extend(app1);
    let mut i = 2;
    loop {
        let marker = jpeg[i + 1];
        if marker == 0xDA {
            out.extend(&jpeg[i..]);
            return out;
        }
        let len = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        let seg = &jpeg[i..i + 2 + len];
        if !(marker == 0xE1 && seg[4..].starts_with(b"Exif\0\0")) {
            out.extend(seg);
        }
        i += 2 + len;
    }
}

/// Hash lists are made with the reference tools, which hash an EXIF-rotated photo as stored:
/// so does `hash` by default; `--orient exif` hashes it as shown; `match --dihedral` finds the
/// listed photo whichever way it was hashed.
#[test]
fn exif_orientation_is_ignored_by_default_applied_on_request_and_matched_by_dihedral() {
    let dir = scratch("exif");
    let (path, pdq, _, dihedral) = good_image();
    let tagged = dir.join("tagged.jpg");
    let bytes = std::fs::read(&path).expect("vendored");
    std::fs::write(&tagged, with_exif_orientation(&bytes, 6)).expect("writes");

    let out = run(&["hash", s(&tagged)], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        lines(&out)[0]["pdq"],
        pdq.as_str(),
        "stored pixels, tag ignored"
    );

    let out = run(&["hash", "--orient", "exif", s(&tagged)], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = lines(&out)[0]["pdq"].as_str().expect("pdq").to_string();
    // EXIF 6 is shown turned a quarter clockwise: the rotate270 of the stored pixels, within
    // the match distance (PDQ's box filter samples a rotated 256-pixel image a pixel apart:
    // 16 bits here; 8 on the 1600-pixel photo of the conformance tests).
    let want = dihedral["rotate270"].as_str().expect("variant");
    assert!(PdqDistance::of(&shown, want) <= 31, "{shown} vs {want}");
    assert!(PdqDistance::of(&shown, &pdq) > 64);

    // A list made from the photo as shown still finds the upload, with --dihedral.
    let list = dir.join("shown.txt");
    std::fs::write(&list, format!("{shown},as shown\n")).expect("writes");
    let plain = run(&["match", "--list", s(&list), s(&tagged)], None);
    assert_eq!(
        lines(&plain)[0]["matches"].as_array().map(Vec::len),
        Some(0)
    );
    let out = run(
        &["match", "--dihedral", "--list", s(&list), s(&tagged)],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let m = &lines(&out)[0]["matches"][0];
    assert_eq!(m["variant"], "rotate270");
    assert_eq!(m["label"], "as shown");

    let bad = run(&["hash", "--orient", "sideways", s(&tagged)], None);
    assert_eq!(bad.status.code(), Some(2));
}

/// python-threatexchange's own test image and hash: 16-bit grey clipped as PIL clips it.
#[test]
fn sixteen_bit_grey_matches_python_threatexchange() {
    let path = image("pytx-resources/I16.png");
    let out = run(&["hash", s(&path)], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = &lines(&out)[0];
    assert_eq!(
        v["pdq"],
        "de2ef0e99ecdfc1d248a0eb055f023d1d61e79c3920cbb55d561c02accab1763"
    );
    assert_eq!(v["quality"], 36);
    let out = run(&["hash", "--gray16", "scale", s(&path)], None);
    let scaled = &lines(&out)[0];
    assert_ne!(scaled["pdq"], v["pdq"]);
    assert_eq!(scaled["quality"], 100);
}

#[test]
fn hash_threads_are_bounded_by_the_machine() {
    let path = image("bridge-mods/square-128x128.jpg");
    let out = run(&["hash", "--threads", "0", s(&path)], None);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = run(&["hash", "--threads", "100000", s(&path), s(&path)], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 2);
    assert!(stderr(&out).contains("cores; using"), "{}", stderr(&out));
    let one = run(
        &["hash", "--threads", "1", "--max-memory-mib", "1", s(&path)],
        None,
    );
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert_eq!(lines(&one)[0]["pdq"], lines(&out)[0]["pdq"]);
}

/// A list's own distance is checked as `--distance` is: `FILE:999` would match everything.
#[test]
fn per_list_distance_is_validated_like_distance() {
    let dir = scratch("listdist");
    let list = dir.join("known.txt");
    std::fs::write(&list, format!("{}\n", "0".repeat(64))).expect("writes");
    for spec in [format!("{}:999", s(&list)), format!("{}:257", s(&list))] {
        let out = run(&["match", "--list", &spec, "-"], Some(""));
        assert_eq!(out.status.code(), Some(2), "{spec}: {}", stderr(&out));
        assert!(stderr(&out).contains("over 256"), "{}", stderr(&out));
    }
    let neg = format!("{}:300", s(&list));
    let out = run(
        &["match", "--list", s(&list), "--negative", &neg, "-"],
        Some(""),
    );
    assert_eq!(out.status.code(), Some(2));
    let ok = format!("{}:256", s(&list));
    let out = run(
        &["match", "--list", &ok, "-"],
        Some(&format!("{}\n", "f".repeat(64))),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(lines(&out)[0]["matches"][0]["distance"], 256);
}

/// A list of one hash repeated 20,000 times is one entry; a query near many distinct entries
/// gets at most --max-matches of them, with the rest counted on the line and on stderr.
#[test]
fn match_output_is_bounded_per_query() {
    let dir = scratch("bounded");
    let (_, pdq, _, _) = good_image();
    let dups = dir.join("dups.txt");
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!("{pdq},copy {}\n", i % 3));
    }
    std::fs::write(&dups, text).expect("writes");
    let out = run(
        &["match", "--list", s(&dups), "-"],
        Some(&format!("{pdq}\n")),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got[0]["matches"].as_array().map(Vec::len), Some(1));
    assert_eq!(got[0]["matches"][0]["label"], "copy 0; copy 1; copy 2");
    assert!(
        stderr(&out).contains("19999 repeated hashes merged"),
        "{}",
        stderr(&out)
    );

    let near = dir.join("near.txt");
    let entries: Vec<String> = (1..=5).map(|n| flip_bits(&pdq, n)).collect();
    std::fs::write(&near, entries.join("\n")).expect("writes");
    let out = run(
        &["match", "--max-matches", "2", "--list", s(&near), "-"],
        Some(&format!("{pdq}\n")),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = &lines(&out)[0];
    let d: Vec<u64> = v["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .map(|m| m["distance"].as_u64().expect("distance"))
        .collect();
    assert_eq!(d, vec![1, 2], "the nearest kept");
    assert_eq!(v["matches_omitted"], 3);
    assert!(stderr(&out).contains("3 hits left out"), "{}", stderr(&out));
    let out = run(
        &["match", "--max-matches", "0", "--list", s(&near), "-"],
        Some(""),
    );
    assert_eq!(out.status.code(), Some(2));
}
