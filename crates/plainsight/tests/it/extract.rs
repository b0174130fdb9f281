//! `plainsight extract`: exit statuses (0, 1, 2 per the contract), stdout only JSONL, stderr
//! only diagnostics, stdin, -o, compressed input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plainsight"))
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// `content` written to `name` in a fresh temporary folder, removed when the returned guard
/// is dropped (each test holds its own: runs leave nothing behind in the system's temp dir).
fn tmp(name: &str, content: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(name);
    std::fs::write(&p, content).unwrap();
    (dir, p)
}

const INPUT: &[u8] =
    b"{\"id\":\"P1\",\"title\":\"hi\",\"body\":\"secret text lily22 at gmail dot com\"}\n\
{\"id\":\"P2\",\"body\":\"no selectors here\"}\n\
this is not json\n\
{\"id\":\"P1\",\"body\":\"duplicate\"}\n\
{\"title\":\"no id\"}\n";

fn stdout_ids(out: &Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("stdout is JSONL only");
            v["id"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn bad_records_are_reported_on_stderr_and_exit_0() {
    let out = run_with_stdin(&["extract"], INPUT);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_ids(&out), vec!["P1", "P2"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("-:3: bad record: invalid JSON"), "{err}");
    assert!(err.contains("-:4: bad record: duplicate id"), "{err}");
    assert!(err.contains("-:5: bad record: no id"), "{err}");
    assert!(err.contains("3 bad records"), "{err}");
    assert!(
        !err.contains("secret") && !err.contains("duplicate\""),
        "{err}"
    );
}

#[test]
fn strict_exits_2_at_the_first_bad_record() {
    let out = run_with_stdin(&["extract", "--strict", "-"], INPUT);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout_ids(&out), vec!["P1", "P2"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("-:3: bad record"), "{err}");
    assert!(!err.contains("-:4:"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["extract", "--threads", "0"][..],
        &["extract", "--default-region", "USA"][..],
        &["extract", "--no-such-flag"][..],
    ] {
        let out = run_with_stdin(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn unreadable_input_is_reported_the_others_are_read_and_exit_1() {
    let (_dir, good) = tmp("good.jsonl", b"{\"id\":\"G1\",\"body\":\"hello\"}\n");
    let missing = good.with_file_name("missing.jsonl");
    let out = bin()
        .arg("extract")
        .arg(&missing)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout_ids(&out), vec!["G1"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("missing.jsonl: cannot read"), "{err}");
}

#[test]
fn output_file_csv_and_zstd_inputs() {
    let (_dir, csv) = tmp("p.csv", b"id,title,images\nC1,\"Hi, there\",a.jpg;b.jpg\n");
    let zst = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../plainsight-ingest/tests/data/multi_frame.jsonl.zst");
    let dest = csv.with_file_name("out.jsonl");
    let out = bin()
        .args(["extract", "-q", "--threads", "2", "-o"])
        .arg(&dest)
        .arg(&csv)
        .arg(&zst)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    assert!(out.stderr.is_empty(), "quiet and clean");
    let written = std::fs::read_to_string(&dest).unwrap();
    assert_eq!(written.lines().count(), 201);
    assert!(written.starts_with("{\"id\":\"C1\",\"selectors\":"));
}

#[test]
fn summary_line_goes_to_stderr() {
    let out = run_with_stdin(&["extract"], b"{\"id\":\"A\",\"body\":\"x\"}\n");
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with(
            "plainsight extract: 1 record read from 1 input, 1 post written, no bad records"
        ),
        "{err}"
    );
}
