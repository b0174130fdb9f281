//! Wrong arguments and hostile output targets (issue 13): each gets the contract's answer, a
//! clear message and the right exit status, and never costs the user their input.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plainsight"))
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    bin().args(args).stdin(Stdio::null()).output().unwrap()
}

/// A fresh folder for one test, removed when the test ends (pass or fail): the broken-pipe
/// test alone writes 5 MB, and every run used to leave its folder behind.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(test: &str) -> Scratch {
    let dir =
        std::env::temp_dir().join(format!("plainsight-bad-args-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

const TWO_POSTS: &[u8] = b"{\"id\":\"A\",\"body\":\"x\"}\n{\"id\":\"B\",\"body\":\"y\"}\n";

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn threads_beyond_the_machine_are_capped_with_a_note_and_zero_is_a_usage_error() {
    let dir = scratch("threads");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, TWO_POSTS).unwrap();
    for command in ["extract", "scan", "link"] {
        let out = run(&[
            command.as_ref(),
            input.as_os_str(),
            "--threads".as_ref(),
            "100000".as_ref(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{command}: {}", stderr(&out));
        assert_eq!(out.stdout.split(|&b| b == b'\n').count(), 3, "{command}");
        let err = stderr(&out);
        assert!(
            err.contains("--threads 100000 is more than this machine's"),
            "{command}: {err}"
        );
        let out = run(&[
            command.as_ref(),
            input.as_os_str(),
            "--threads".as_ref(),
            "0".as_ref(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(stderr(&out).contains("--threads must be at least 1"));
    }
}

#[test]
fn output_naming_an_input_is_refused_before_the_input_is_touched() {
    let dir = scratch("same-file");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, TWO_POSTS).unwrap();
    let other_spelling = dir.join(".").join("in.jsonl");
    let hard = dir.join("hard.jsonl");
    std::fs::hard_link(&input, &hard).unwrap();
    let mut outputs = vec![input.clone(), other_spelling, hard];
    #[cfg(unix)]
    {
        let link = dir.join("link.jsonl");
        std::os::unix::fs::symlink(&input, &link).unwrap();
        outputs.push(link);
    }
    for command in ["extract", "scan", "link"] {
        for output in &outputs {
            let out = run(&[
                command.as_ref(),
                input.as_os_str(),
                "-o".as_ref(),
                output.as_os_str(),
            ]);
            assert_eq!(out.status.code(), Some(2), "{command} -o {output:?}");
            assert!(
                stderr(&out).contains("would destroy the input"),
                "{}",
                stderr(&out)
            );
            assert_eq!(std::fs::read(&input).unwrap(), TWO_POSTS, "input kept");
        }
        // The input on stdin, redirected from the very file named by -o.
        let out = bin()
            .args([command.as_ref(), "-o".as_ref(), input.as_os_str()])
            .stdin(std::fs::File::open(&input).unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command} < in -o in");
        assert_eq!(std::fs::read(&input).unwrap(), TWO_POSTS, "input kept");
    }
    // A device is not an input to protect: `< /dev/null -o /dev/null` is fine.
    #[cfg(unix)]
    {
        let out = bin()
            .args(["extract", "-o", "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    // Another file is fine.
    let dest = dir.join("out.jsonl");
    let out = run(&[
        "extract".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        dest.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&dest).unwrap().lines().count(), 2);
}

#[test]
fn an_output_that_cannot_be_created_is_a_runtime_failure() {
    let dir = scratch("unwritable");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, TWO_POSTS).unwrap();
    for output in [
        dir.join("no-such-folder").join("out.jsonl"),
        dir.to_path_buf(),
    ] {
        let out = run(&[
            "extract".as_ref(),
            input.as_os_str(),
            "-o".as_ref(),
            output.as_os_str(),
        ]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "-o {output:?}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains("cannot create"));
    }
    // synth's -o and --truth follow the same rule.
    for flag in ["-o", "--truth"] {
        let output = dir.join("no-such-folder").join("synth.jsonl");
        let out = run(&[
            "synth".as_ref(),
            "--posts".as_ref(),
            "3".as_ref(),
            flag.as_ref(),
            output.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(1), "synth {flag}: {}", stderr(&out));
        assert!(stderr(&out).contains("cannot create"), "{}", stderr(&out));
    }
}

#[test]
fn a_broken_pipe_ends_the_run_quietly() {
    let dir = scratch("pipe");
    let input = dir.join("in.jsonl");
    let mut f = std::fs::File::create(&input).unwrap();
    // Far more output than a pipe buffers, so the run is still writing when the reader goes.
    for i in 0..200_000 {
        writeln!(f, "{{\"id\":\"P{i}\",\"body\":\"x\"}}").unwrap();
    }
    drop(f);
    let mut child = bin()
        .args(["extract".as_ref(), input.as_os_str()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"id\":\"P0\""));
    // The reader is gone (as after `| head -1`).
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("error"),
        "no error spam: {}",
        stderr(&out)
    );
}

/// `>&-`: Rust's runtime puts `/dev/null` behind a closed stdout, so the output went nowhere
/// while the run said it was written. Detected on Linux only.
#[cfg(target_os = "linux")]
#[test]
fn a_closed_stdout_is_a_failure_but_dev_null_is_fine() {
    let dir = scratch("closed");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, TWO_POSTS).unwrap();
    for command in ["extract", "scan"] {
        let out = Command::new("sh")
            .arg("-c")
            .arg("exec \"$0\" \"$1\" \"$2\" >&-")
            .arg(env!("CARGO_BIN_EXE_plainsight"))
            .arg(command)
            .arg(&input)
            .stdin(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
        assert!(stderr(&out).contains("standard output is closed"));
        let out = bin()
            .args([command.as_ref(), input.as_os_str()])
            .stdout(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{command} > /dev/null");
    }
}

/// A write that fails (a full disk: `/dev/full`) is a runtime error (exit 1) that names the
/// OS's reason once, not twice ("…: No space left on device: No space left on device").
#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_names_its_reason_once() {
    let dir = scratch("full");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, TWO_POSTS).unwrap();
    for command in ["extract", "scan"] {
        let out = bin()
            .args([
                command.as_ref(),
                input.as_os_str(),
                "-o".as_ref(),
                "/dev/full".as_ref(),
            ])
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{command}: {err}");
        assert!(err.contains("cannot write output"), "{command}: {err}");
        assert_eq!(err.matches("(os error 28)").count(), 1, "{command}: {err}");
    }
    let out = run(&[
        "synth".as_ref(),
        "--posts".as_ref(),
        "2000".as_ref(),
        "-o".as_ref(),
        "/dev/full".as_ref(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "synth: {err}");
    assert!(err.contains("cannot write output"), "synth: {err}");
    assert_eq!(err.matches("(os error 28)").count(), 1, "synth: {err}");
}

#[test]
fn eval_refuses_a_repeated_id_in_either_file() {
    let dir = scratch("eval-repeat");
    let good = dir.join("good.jsonl");
    std::fs::write(
        &good,
        "{\"id\":\"a\",\"network\":\"n1\"}\n{\"id\":\"b\",\"network\":\"n1\"}\n",
    )
    .unwrap();
    let repeated = dir.join("repeated.jsonl");
    std::fs::write(
        &repeated,
        "{\"id\":\"a\",\"network\":\"n1\"}\n{\"id\":\"b\",\"network\":\"n1\"}\n\
{\"id\":\"a\",\"network\":\"n2\"}\n",
    )
    .unwrap();
    for (truth, pred) in [
        (&repeated, &good),
        (&good, &repeated),
        (&repeated, &repeated),
    ] {
        let out = run(&[
            "eval".as_ref(),
            "--truth".as_ref(),
            truth.as_os_str(),
            "--pred".as_ref(),
            pred.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty(), "no scores on a bad file");
        let err = stderr(&out);
        assert!(
            err.contains("repeated.jsonl:3: repeated id (first on line 1)"),
            "{err}"
        );
    }
    let out = run(&[
        "eval".as_ref(),
        "--truth".as_ref(),
        good.as_os_str(),
        "--pred".as_ref(),
        good.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let scores: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(scores["pairwise"]["f1"], 1.0);
}

/// Files read whole must be regular files: `/dev/zero` has no end.
#[cfg(unix)]
#[test]
fn eval_and_scan_refuse_files_that_never_end() {
    let dir = scratch("endless");
    let good = dir.join("good.jsonl");
    std::fs::write(&good, "{\"id\":\"a\",\"network\":\"n1\"}\n").unwrap();
    for (flag, other) in [("--truth", "--pred"), ("--pred", "--truth")] {
        let out = run(&[
            "eval".as_ref(),
            flag.as_ref(),
            "/dev/zero".as_ref(),
            other.as_ref(),
            good.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert!(stderr(&out).contains("/dev/zero: not a regular file"));
    }
    let input = dir.join("in.jsonl");
    std::fs::write(&input, TWO_POSTS).unwrap();
    let out = run(&[
        "scan".as_ref(),
        "--lang".as_ref(),
        "/dev/zero".as_ref(),
        input.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--lang /dev/zero: not a regular file"));
    assert!(out.stdout.is_empty());
}

#[test]
fn eval_refuses_a_line_without_end() {
    let dir = scratch("eval-long-line");
    let long = dir.join("long.jsonl");
    let mut text = b"{\"id\":\"a\",\"network\":\"".to_vec();
    text.resize(text.len() + (1 << 20) + 10, b'n');
    std::fs::write(&long, &text).unwrap();
    let out = run(&[
        "eval".as_ref(),
        "--truth".as_ref(),
        long.as_os_str(),
        "--pred".as_ref(),
        long.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("long.jsonl:1: line longer than"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_summary_says_record_for_one_and_records_for_more() {
    let dir = scratch("plural");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, TWO_POSTS).unwrap();
    let out = run(&["extract".as_ref(), input.as_os_str()]);
    assert!(
        stderr(&out)
            .starts_with("plainsight extract: 2 records read from 1 input, 2 posts written"),
        "{}",
        stderr(&out)
    );
    let one = dir.join("one.jsonl");
    std::fs::write(&one, &TWO_POSTS[..TWO_POSTS.len() / 2]).unwrap();
    let out = run(&["extract".as_ref(), one.as_os_str()]);
    assert!(
        stderr(&out).starts_with("plainsight extract: 1 record read from 1 input, 1 post written"),
        "{}",
        stderr(&out)
    );
}

/// `--default-region` is checked against libphonenumber's regions: an unknown code was accepted
/// and then silently read no national number at all.
#[test]
fn default_region_must_be_a_numbering_region_in_either_case() {
    let dir = scratch("region");
    let input = dir.join("in.jsonl");
    std::fs::write(
        &input,
        b"{\"id\":\"A\",\"body\":\"call 07400 123456 now\"}\n",
    )
    .unwrap();
    for command in ["extract", "scan", "link"] {
        for code in ["XX", "ZZ", "uk", "UK", "USA", "1A", ""] {
            let out = run(&[
                command.as_ref(),
                input.as_os_str(),
                "--default-region".as_ref(),
                code.as_ref(),
            ]);
            assert_eq!(
                out.status.code(),
                Some(2),
                "{command} --default-region {code:?}"
            );
            assert!(out.stdout.is_empty());
            assert!(
                stderr(&out).contains("--default-region must be"),
                "{}",
                stderr(&out)
            );
        }
    }
    for code in ["gb", "GB", "Gb"] {
        let out = run(&[
            "extract".as_ref(),
            input.as_os_str(),
            "--default-region".as_ref(),
            code.as_ref(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{code}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            stdout.contains("\"value\":\"+447400123456\""),
            "{code}: {stdout}"
        );
    }
}

/// `--regions` names the countries a dump comes from: each code is checked as
/// `--default-region`'s is, and a number nothing in its post places is read among them.
#[test]
fn regions_name_where_a_dump_comes_from() {
    let dir = scratch("regions");
    let input = dir.join("in.jsonl");
    std::fs::write(
        &input,
        b"{\"id\":\"A\",\"body\":\"Call or WhatsApp 010 915 19043\"}\n",
    )
    .unwrap();
    for command in ["extract", "scan", "link"] {
        for codes in ["EG,XX", "UK", ",", "EGY"] {
            let out = run(&[
                command.as_ref(),
                input.as_os_str(),
                "--regions".as_ref(),
                codes.as_ref(),
            ]);
            assert_eq!(out.status.code(), Some(2), "{command} --regions {codes:?}");
            assert!(out.stdout.is_empty());
            assert!(stderr(&out).contains("--regions"), "{}", stderr(&out));
        }
    }
    let value = |args: &[&str]| {
        let mut all: Vec<&std::ffi::OsStr> = vec!["extract".as_ref(), input.as_os_str()];
        all.extend(args.iter().map(|a| std::ffi::OsStr::new(*a)));
        let out = run(&all);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(value(&[]).contains("\"value\":\"+821091519043\""));
    assert!(value(&["--regions", "eg,ma,ke"]).contains("\"value\":\"+201091519043\""));
    assert!(value(&["--regions", "EG", "--regions", "KR"]).contains("\"ambiguous\""));
}

/// Every command that writes results to stdout fails on a closed one, not only the post
/// commands: `synth`, `eval`, `hash`, `match` once wrote into nothing and exited 0.
#[cfg(target_os = "linux")]
#[test]
fn a_closed_stdout_fails_every_command_that_writes_there() {
    let dir = scratch("closed-all");
    let truth = dir.join("truth.jsonl");
    std::fs::write(
        &truth,
        "{\"id\":\"a\",\"network\":\"n1\"}\n{\"id\":\"b\",\"network\":\"n1\"}\n",
    )
    .unwrap();
    let hashes = dir.join("hashes.txt");
    std::fs::write(&hashes, format!("{}\n", "f".repeat(64))).unwrap();
    let images = dir.join("images");
    std::fs::create_dir_all(&images).unwrap();
    let runs: Vec<Vec<std::ffi::OsString>> = vec![
        vec!["synth".into(), "--posts".into(), "3".into()],
        vec![
            "eval".into(),
            "--truth".into(),
            truth.clone().into(),
            "--pred".into(),
            truth.into(),
        ],
        vec!["hash".into(), images.into()],
        vec![
            "match".into(),
            "--list".into(),
            hashes.clone().into(),
            hashes.into(),
        ],
    ];
    for args in runs {
        let out = Command::new("sh")
            .arg("-c")
            .arg("exec \"$@\" >&-")
            .arg("sh")
            .arg(env!("CARGO_BIN_EXE_plainsight"))
            .args(&args)
            .stdin(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("standard output is closed"),
            "{args:?}"
        );
        let out = bin().args(&args).stdout(Stdio::null()).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?} > /dev/null: {}",
            stderr(&out)
        );
        if args[0] == "match" {
            // One hash is "1 hash" (the summary once said "1 hashes").
            assert!(
                stderr(&out).contains(": 1 hash, 0 bad lines skipped"),
                "{}",
                stderr(&out)
            );
        }
    }
}
