//! `plainsight ingest` / `search` on a real case store, and crash safety: the real binary is
//! killed with SIGKILL at seeded random moments while ingesting; after every kill the store
//! must open, pass `PRAGMA integrity_check`, hold no post twice, and the next ingest must end
//! with exactly the input's posts.

use plainsight_store::Store;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plainsight"))
}

fn synth(dir: &Path, posts: usize) -> std::path::PathBuf {
    let path = dir.join("posts.jsonl");
    let out = bin()
        .args(["synth", "--seed", "11", "--posts", &posts.to_string(), "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    path
}

/// SplitMix64: the kill schedule is seeded, so a failure can be replayed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Ids stored more than once as current, or versions of a post whose content never changed.
fn duplicates(store: &Store) -> i64 {
    store
        .connection()
        .query_row(
            "SELECT count(*) FROM (SELECT id FROM posts GROUP BY id HAVING count(*) > 1)",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

fn ingest_json(db: &Path, input: &Path) -> serde_json::Value {
    let out = bin()
        .args(["ingest", "--json", "--chunk", "50", "--db"])
        .arg(db)
        .arg(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("plainsight ingest: "),
        "summary line on stderr: {err}"
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn killed_at_random_moments_the_store_stays_sound_and_resumes() {
    const POSTS: usize = 2000;
    const KILLS: usize = 20;
    let dir = tempfile::tempdir().unwrap();
    let input = synth(dir.path(), POSTS);
    let db = dir.path().join("case.db");
    // How long a whole ingest takes on this machine, so that the kill moments fall inside a run
    // whatever the machine's speed (a fixed window would miss every run on a fast machine).
    let started = std::time::Instant::now();
    ingest_json(&dir.path().join("timing.db"), &input);
    let whole_ms = (started.elapsed().as_millis() as u64).max(50);
    let mut rng = Rng(20_261_130);
    let mut killed_running = 0;
    // The window kills are drawn from: within 80% of a whole ingest at first (early kills land
    // while posts are stored, later ones while networks are linked and written). A resumed run
    // has less left to do and a loaded machine may speed up or slow down between runs, so a
    // kill that lands after its run ended halves the window for the next round: the test keeps
    // killing running ingests whatever the machine's speed and load.
    let mut window_ms = (whole_ms * 4 / 5).max(1);
    let mut rounds = 0;
    while killed_running < KILLS && rounds < 4 * KILLS {
        let round = rounds;
        rounds += 1;
        let mut child = bin()
            .args(["ingest", "--chunk", "50", "-q", "--db"])
            .arg(&db)
            .arg(&input)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.next() % window_ms));
        let running = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let store = Store::open(&db).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(store.integrity_check().unwrap(), "ok", "round {round}");
        assert_eq!(duplicates(&store), 0, "round {round}");
        assert!(store.current_posts().unwrap() <= POSTS as u64);
        drop(store);
        if running {
            killed_running += 1;
        } else {
            // The run ended before its kill: nothing to resume. Start the next round from an
            // empty store, so that it has a whole ingest to be killed in, and aim earlier.
            window_ms = (window_ms / 2).max(1);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
            }
        }
    }
    eprintln!(
        "{killed_running} kills hit a running ingest in {rounds} rounds (a whole one: {whole_ms} ms)"
    );
    // Kills that land after a run ended test nothing; without enough of them the test would
    // prove nothing.
    assert!(
        killed_running >= KILLS,
        "only {killed_running} of {rounds} kills hit a running ingest (a whole one takes {whole_ms} ms)"
    );
    let summary = ingest_json(&db, &input);
    assert_eq!(summary["read"], POSTS);
    assert_eq!(
        summary["added"].as_u64().unwrap() + summary["unchanged"].as_u64().unwrap(),
        POSTS as u64
    );
    assert_eq!(summary["updated"], 0);
    let store = Store::open(&db).unwrap();
    assert_eq!(store.current_posts().unwrap(), POSTS as u64);
    assert_eq!(store.post_versions().unwrap(), POSTS as u64);
    assert_eq!(duplicates(&store), 0);
    assert!(
        !store.needs_link().unwrap(),
        "the last ingest linked everything"
    );
    assert_eq!(store.memberships().unwrap().len(), POSTS);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn ingest_json_summary_and_search_by_a_disguised_number() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"a\",\"title\":\"hi\",\"body\":\"call 713-555-0143 now\",\"region\":\"US\",\"posted_at\":\"2024-03-01T10:00:00Z\"}\n\
         {\"id\":\"b\",\"body\":\"text (713) 555 0143 café\",\"region\":\"US\"}\n\
         not json\n",
    )
    .unwrap();
    let db = dir.path().join("case.db");
    let s = ingest_json(&db, &input);
    let keys: Vec<&String> = s.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "read",
            "added",
            "unchanged",
            "updated",
            "bad_records",
            "networks",
            "merged",
            "split"
        ]
    );
    assert_eq!(s["read"], 3);
    assert_eq!(s["added"], 2);
    assert_eq!(s["bad_records"], 1);
    assert_eq!(s["networks"], 1);
    let again = ingest_json(&db, &input);
    assert_eq!(again["unchanged"], 2);
    assert_eq!(again["added"], 0);

    let search = |args: &[&str]| -> Vec<serde_json::Value> {
        let out = bin()
            .args(["search", "--db"])
            .arg(&db)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let hits = search(&[
        "--selector",
        "seven one three, 555 0one43",
        "--region",
        "US",
    ]);
    assert_eq!(hits.len(), 2);
    assert!(!serde_json::to_string(&hits)
        .unwrap()
        .contains("+17135550143"));
    let hits = search(&["--selector", "7135550143", "--reveal"]);
    assert_eq!(hits.len(), 2);
    assert!(serde_json::to_string(&hits)
        .unwrap()
        .contains("+17135550143"));
    assert_eq!(search(&["--text", "cafe"]).len(), 1);
    assert_eq!(
        search(&["--selector", "7135550143", "--from", "2024-03-01"]).len(),
        1
    );
    let out = bin()
        .args(["search", "--db"])
        .arg(&db)
        .args(["--text", "x", "--place", "y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "one criterion at a time");
}

#[test]
fn export_writes_the_stored_case_through_the_output_writers() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"a\",\"body\":\"call 713-555-0143 now\",\"region\":\"US\"}\n\
         {\"id\":\"b\",\"body\":\"text 713 555 0143\",\"region\":\"US\"}\n\
         {\"id\":\"c\",\"body\":\"hiring cooks, call 212 555 0188\",\"region\":\"US\"}\n",
    )
    .unwrap();
    let db = dir.path().join("case.db");
    ingest_json(&db, &input);
    let export = |args: &[&str]| -> String {
        let out = bin()
            .args(["export", "--db"])
            .arg(&db)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let csv = export(&["--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("id,network,"));
    assert_eq!(lines.len(), 4, "a header and one row per post");
    assert!(!csv.contains("5550143"), "masked unless --reveal");
    assert!(export(&["--format", "csv", "--reveal"]).contains("+17135550143"));
    let store = Store::open(&db).unwrap();
    let net = store.memberships().unwrap()["a"].clone();
    let one = export(&["--format", "csv", "--network", &net]);
    assert_eq!(one.lines().count(), 3);
    for format in ["ftm", "gexf", "graphml"] {
        let text = export(&["--format", format]);
        assert!(!text.is_empty() && !text.contains("5550143"), "{format}");
    }
    let bad = bin()
        .args(["export", "--db"])
        .arg(&db)
        .args(["--format", "xls"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// The Python the exports are checked with: `$PLAINSIGHT_PYTHON`, else `python3` on the PATH.
/// It must import `followthemoney` (the model Aleph imports with) and `networkx` (which reads
/// GEXF and GraphML as Gephi writes them): `.ci/run` installs both in a virtual environment.
/// Missing, the test fails: it never skips.
fn python() -> std::ffi::OsString {
    let py = std::env::var_os("PLAINSIGHT_PYTHON").unwrap_or_else(|| "python3".into());
    let ok = Command::new(&py)
        .args(["-c", "import followthemoney, networkx"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "{py:?} cannot import followthemoney and networkx: run .ci/run (it installs them), or \
         `python3 -m pip install followthemoney networkx`, or set PLAINSIGHT_PYTHON"
    );
    py
}

/// The checks in `crates/plainsight-output/tests/` run on what `export --db` writes from a
/// store of the bundled demo corpus, masked and revealed: every FollowTheMoney entity passes
/// the `followthemoney` model's own validation and cleaning with its references inside the
/// file, and networkx reads the GEXF and GraphML with the same nodes and edges.
#[test]
fn exports_open_in_followthemoney_and_networkx() {
    let py = python();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("case.db");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo/posts.jsonl");
    ingest_json(&db, &demo);
    let checks = Path::new(env!("CARGO_MANIFEST_DIR")).join("../plainsight-output/tests");
    let run = |script: &str, files: &[&Path]| {
        let out = Command::new(&py)
            .arg(checks.join(script))
            .args(files)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{script}: {text}");
        text
    };
    for reveal in [false, true] {
        let file = |format: &str| -> std::path::PathBuf {
            let path = dir.path().join(format!("case-{reveal}.{format}"));
            let mut cmd = bin();
            cmd.args(["export", "--db"])
                .arg(&db)
                .args(["--format", format]);
            if reveal {
                cmd.arg("--reveal");
            }
            let out = cmd.output().unwrap();
            assert!(out.status.success(), "{format}");
            std::fs::write(&path, out.stdout).unwrap();
            path
        };
        let ftm = run("ftm_check.py", &[&file("ftm")]);
        assert!(
            ftm.contains("0 problems") && ftm.contains("UserAccount"),
            "{ftm}"
        );
        let graphs = run("graph_check.py", &[&file("gexf"), &file("graphml")]);
        assert!(graphs.contains("0 problems"), "{graphs}");
    }
    // The check can fail: an entity its schema refuses.
    let bad = dir.path().join("bad.ftm");
    std::fs::write(
        &bad,
        "{\"id\":\"x\",\"schema\":\"LegalEntity\",\"properties\":{\"nope\":[\"1\"]}}\n",
    )
    .unwrap();
    let out = Command::new(&py)
        .arg(checks.join("ftm_check.py"))
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success(), "a refused entity fails the check");
}
