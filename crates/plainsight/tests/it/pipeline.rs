//! `synth`, `link`, `eval` and `scan` end to end, as the README's main job runs them: every post
//! gets exactly one network, in input order; the same input gives the same bytes; `--out` writes
//! `networks.jsonl` (riskiest first, contract fields) and a self-contained `report.html` that
//! masks selectors unless `--reveal`; `eval` scores a linking against the synth truth.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plainsight"))
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "exit {:?}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("pipeline-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn lines(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("stdout is JSONL"))
        .collect()
}

/// A small synthetic corpus and its truth, written by `plainsight synth`.
fn corpus(dir: &Path, posts: usize) -> (PathBuf, PathBuf) {
    let p = dir.join("posts.jsonl");
    let t = dir.join("truth.jsonl");
    ok(bin()
        .args(["synth", "--seed", "5", "--posts", &posts.to_string(), "-o"])
        .arg(&p)
        .arg("--truth")
        .arg(&t)
        .output()
        .unwrap());
    (p, t)
}

#[test]
fn synth_is_deterministic() {
    let a = ok(bin()
        .args(["synth", "--seed", "9", "--posts", "50"])
        .output()
        .unwrap());
    let b = ok(bin()
        .args(["synth", "--seed", "9", "--posts", "50"])
        .output()
        .unwrap());
    assert_eq!(a.stdout, b.stdout);
    let c = ok(bin()
        .args(["synth", "--seed", "10", "--posts", "50"])
        .output()
        .unwrap());
    assert_ne!(a.stdout, c.stdout, "the seed matters");
    assert_eq!(lines(&a.stdout).len(), 50);
}

#[test]
fn link_assigns_every_post_once_in_input_order_and_eval_scores_it() {
    let dir = scratch("link");
    let (posts, truth) = corpus(&dir, 600);
    let out = ok(bin().arg("link").arg(&posts).output().unwrap());
    let assigned = lines(&out.stdout);
    let input: Vec<String> = std::fs::read_to_string(&posts)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(assigned.len(), input.len());
    for (line, id) in assigned.iter().zip(&input) {
        assert_eq!(line["id"].as_str().unwrap(), id);
        assert!(line["network"].as_str().unwrap().starts_with('N'));
        assert_eq!(
            line.as_object().unwrap().len(),
            2,
            "stdout keeps the contract's shape"
        );
    }
    // Same input, same bytes.
    let again = ok(bin().arg("link").arg(&posts).output().unwrap());
    assert_eq!(out.stdout, again.stdout);

    let pred = dir.join("pred.jsonl");
    std::fs::write(&pred, &out.stdout).unwrap();
    let scored = ok(bin()
        .args(["eval", "--truth"])
        .arg(&truth)
        .arg("--pred")
        .arg(&pred)
        .output()
        .unwrap());
    let s = &lines(&scored.stdout)[0];
    let text = s.to_string();
    // The scores are there and the linking is good on a corpus this small and clean.
    let f1 = |k: &str| -> f64 {
        s.pointer(k)
            .and_then(Value::as_f64)
            .unwrap_or_else(|| panic!("{k} missing in {text}"))
    };
    assert!(f1("/pairwise/f1") > 0.8, "{text}");
    assert!(f1("/bcubed/f1") > 0.8, "{text}");
}

#[test]
fn link_out_writes_networks_and_a_masked_report() {
    let dir = scratch("out");
    let (posts, _) = corpus(&dir, 400);
    let out_dir = dir.join("out");
    ok(bin()
        .arg("link")
        .arg(&posts)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap());
    let networks = lines(&std::fs::read(out_dir.join("networks.jsonl")).unwrap());
    assert!(!networks.is_empty());
    let mut last = f64::INFINITY;
    for n in &networks {
        for k in [
            "network",
            "size",
            "risk",
            "locations",
            "selectors",
            "evidence",
        ] {
            assert!(n.get(k).is_some(), "{k} missing");
        }
        assert!(n["size"].as_u64().unwrap() >= 2);
        let r = n["risk"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&r));
        assert!(r <= last + 1e-12, "riskiest first");
        last = r;
    }
    let html = std::fs::read_to_string(out_dir.join("report.html")).unwrap();
    assert!(html.contains("<html") || html.contains("<!DOCTYPE") || html.contains("<!doctype"));
    assert!(
        !html.contains("src=\"http"),
        "the report loads nothing from the network"
    );
    // Selectors are masked by default: no full E.164 number of a network appears in the page.
    let phone = networks
        .iter()
        .flat_map(|n| n["selectors"].as_array().unwrap())
        .find(|s| s["kind"] == "phone")
        .map(|s| s["value"].as_str().unwrap().to_string())
        .expect("some network shares a phone");
    assert!(!html.contains(&phone), "report leaks an unmasked phone");
    let revealed = dir.join("revealed");
    ok(bin()
        .arg("link")
        .arg(&posts)
        .arg("--out")
        .arg(&revealed)
        .arg("--reveal")
        .output()
        .unwrap());
    let html = std::fs::read_to_string(revealed.join("report.html")).unwrap();
    assert!(html.contains(&phone), "--reveal shows selectors");
}

#[test]
fn scan_gives_extract_plus_risk_in_input_order() {
    let dir = scratch("scan");
    let (posts, _) = corpus(&dir, 200);
    let scan = lines(&ok(bin().arg("scan").arg(&posts).output().unwrap()).stdout);
    let extract = lines(&ok(bin().arg("extract").arg(&posts).output().unwrap()).stdout);
    assert_eq!(scan.len(), extract.len());
    for (s, e) in scan.iter().zip(&extract) {
        assert_eq!(s["id"], e["id"]);
        assert_eq!(
            s["selectors"], e["selectors"],
            "scan carries exactly extract's selectors"
        );
        let r = s["risk"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&r));
        assert!(s["indicators"].is_array());
        let t = s["post_type"].as_str().unwrap_or("");
        assert!(
            ["sex_ad", "job_offer", "massage", "other"].contains(&t),
            "post_type {t:?}"
        );
    }
}

#[test]
fn link_hashes_image_files_and_links_recycled_photos() {
    let dir = scratch("images");
    let src =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../plainsight-imagehash/tests/data/pdq/images");
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::create_dir_all(dir.join("b")).unwrap();
    // One photo at two sizes (Meta's bridge-mods set), and an unrelated photo. The posts
    // advertise in one city: a photo alone between two numbers could be a picture both took
    // off the internet, and joins them only with a city to corroborate it.
    std::fs::copy(
        src.join("bridge-mods/square-256x256.jpg"),
        dir.join("a/x.jpg"),
    )
    .unwrap();
    std::fs::copy(
        src.join("bridge-mods/shrink-a-lot.jpg"),
        dir.join("b/y.jpg"),
    )
    .unwrap();
    std::fs::copy(src.join("pytx-resources/rgb.jpeg"), dir.join("b/z.jpg")).unwrap();
    let posts = |with_images: bool| {
        let img = |list: &str| {
            if with_images {
                format!(",\"images\":[{list}]")
            } else {
                String::new()
            }
        };
        format!(
            "{{\"id\":\"P1\",\"body\":\"Sunny afternoons by the lake, ask for Mara, call 713 555 0147\",\"region\":\"US\",\"location\":\"Houston, TX\"{}}}\n\
             {{\"id\":\"P2\",\"body\":\"Evening company downtown with Jade tonight, text 832 555 0199\",\"region\":\"US\",\"location\":\"Houston, TX\"{}}}\n\
             {{\"id\":\"P3\",\"body\":\"Weekend visits near the river with Lena, phone 214 555 0163\",\"region\":\"US\",\"location\":\"Houston, TX\"{}}}\n",
            img("\"a/x.jpg\""),
            img("\"b/y.jpg\""),
            img("\"b/z.jpg\",\"missing.jpg\"")
        )
    };
    let networks = |name: &str, body: String| -> (Vec<String>, String) {
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        let out = ok(bin().arg("link").arg(&p).output().unwrap());
        let nets = lines(&out.stdout)
            .iter()
            .map(|l| l["network"].as_str().unwrap().to_string())
            .collect();
        (nets, String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (without, _) = networks("plain.jsonl", posts(false));
    assert_ne!(
        without[0], without[1],
        "nothing but the photo ties P1 and P2"
    );
    let (with, stderr) = networks("images.jsonl", posts(true));
    assert_eq!(
        with[0], with[1],
        "the same photo at two sizes links the posts"
    );
    assert_ne!(with[0], with[2], "an unrelated photo does not");
    assert!(
        stderr.contains("images.jsonl:3") && stderr.contains("missing.jpg"),
        "an unreadable image is reported with the post's file and line: {stderr}"
    );
}

#[test]
fn link_opens_only_regular_files_inside_the_input_folder() {
    // Paths inside posts are untrusted: `../`, absolute paths, symlinks out of the folder and
    // special files are skipped with one message that does not tell them apart, and nothing
    // outside the folder becomes link evidence.
    let dir = scratch("confined");
    let inside = dir.join("posts");
    std::fs::create_dir_all(&inside).unwrap();
    let src =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../plainsight-imagehash/tests/data/pdq/images");
    // The same photo outside the folder (reached by `../` and a symlink) and inside it.
    std::fs::copy(
        src.join("bridge-mods/square-256x256.jpg"),
        dir.join("secret.jpg"),
    )
    .unwrap();
    std::fs::copy(
        src.join("bridge-mods/shrink-a-lot.jpg"),
        inside.join("own.jpg"),
    )
    .unwrap();
    #[cfg(unix)]
    {
        let _ = std::fs::remove_file(inside.join("link.jpg"));
        std::os::unix::fs::symlink(dir.join("secret.jpg"), inside.join("link.jpg")).unwrap();
    }
    let secret = dir
        .join("secret.jpg")
        .display()
        .to_string()
        .replace('\\', "\\\\");
    let body = format!(
        "{{\"id\":\"A\",\"body\":\"Mara here tonight, call 713 555 0147\",\"region\":\"US\",\"images\":[\"../secret.jpg\"]}}\n\
         {{\"id\":\"B\",\"body\":\"Jade downtown, text 832 555 0199\",\"region\":\"US\",\"images\":[\"{secret}\"]}}\n\
         {{\"id\":\"C\",\"body\":\"Lena by the river, phone 214 555 0163\",\"region\":\"US\",\"images\":[\"link.jpg\",\"/dev/zero\",\"nothing.jpg\"]}}\n\
         {{\"id\":\"D\",\"body\":\"Nina uptown, phone 305 555 0111\",\"region\":\"US\",\"images\":[\"own.jpg\"]}}\n"
    );
    let p = inside.join("posts.jsonl");
    std::fs::write(&p, body).unwrap();
    let out = ok(bin().arg("link").arg(&p).output().unwrap());
    let nets: Vec<String> = lines(&out.stdout)
        .iter()
        .map(|l| l["network"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(nets.len(), 4);
    assert_ne!(nets[0], nets[1], "files outside the folder are no evidence");
    assert_ne!(
        nets[0], nets[2],
        "a symlink out of the folder is no evidence"
    );
    assert_ne!(nets[2], nets[3]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let skipped: Vec<&str> = stderr.lines().filter(|l| l.contains("skipped")).collect();
    assert_eq!(skipped.len(), 5, "{stderr}");
    for l in &skipped {
        assert!(l.contains("not a regular file inside"), "{l}");
    }
    // With the parent named as the root, the file outside the posts' folder is read.
    let out = ok(bin()
        .arg("link")
        .arg(&p)
        .arg("--images-root")
        .arg(&dir)
        .output()
        .unwrap());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("\"../secret.jpg\" skipped"), "{stderr}");
}

/// A symlink planted in `--out DIR` under a name the program writes is never followed: the link
/// itself is replaced by the file, and the file it pointed to is left as it was.
#[cfg(unix)]
#[test]
fn link_out_never_writes_through_a_symlink() {
    let dir = scratch("out-symlink");
    let (posts, _) = corpus(&dir, 60);
    let out_dir = dir.join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    for name in ["networks.jsonl", "report.html"] {
        std::os::unix::fs::symlink(&victim, out_dir.join(name)).unwrap();
    }
    // A dangling link too: following it would create a file outside DIR.
    let outside = dir.join("created-outside.txt");
    let dangling = dir.join("out2");
    std::fs::create_dir_all(&dangling).unwrap();
    std::os::unix::fs::symlink(&outside, dangling.join("networks.jsonl")).unwrap();
    for out in [&out_dir, &dangling] {
        ok(bin()
            .arg("link")
            .arg(&posts)
            .arg("--out")
            .arg(out)
            .output()
            .unwrap());
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(!outside.exists(), "a dangling link was followed");
    for (d, name) in [
        (&out_dir, "networks.jsonl"),
        (&out_dir, "report.html"),
        (&dangling, "networks.jsonl"),
    ] {
        let meta = std::fs::symlink_metadata(d.join(name)).unwrap();
        assert!(meta.file_type().is_file(), "{name} is a regular file now");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left behind");
}
