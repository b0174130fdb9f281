//! Scores `find_phones` against a labelled corpus: posts JSONL (`id`, `title`, `body`, `region`)
//! and truth JSONL (`id`, `selectors` with `kind`, `value`, `field`, `start`, `end`), as written
//! by `plainsight synth`. Prints recall and precision of (post, field, value, span) and of
//! (post, value); misses and false positives are listed masked.
//!
//! `cargo run --release -p plainsight-phone --example eval_truth -- demo/posts.jsonl demo/truth.jsonl`

use std::collections::BTreeSet;

use anyhow::Context;
use plainsight_phone::{find_phones, PhoneContext};

/// (post id, field, E.164, start, end).
type Mention = (String, String, String, Option<u64>, Option<u64>);

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (posts, truth) = match args.as_slice() {
        [_, p, t] => (p, t),
        _ => anyhow::bail!("usage: eval_truth POSTS.jsonl TRUTH.jsonl"),
    };
    let mut want = BTreeSet::new();
    for line in std::fs::read_to_string(truth).context("truth")?.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        for s in v["selectors"].as_array().into_iter().flatten() {
            if s["kind"] == "phone" {
                let field = s["field"].as_str().unwrap_or_default().to_string();
                let value = s["value"].as_str().unwrap_or_default().to_string();
                want.insert((
                    id.clone(),
                    field,
                    value,
                    s["start"].as_u64(),
                    s["end"].as_u64(),
                ));
            }
        }
    }
    let mut got = BTreeSet::new();
    for line in std::fs::read_to_string(posts).context("posts")?.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let region = v["region"].as_str();
        for field in ["title", "body"] {
            let Some(text) = v[field].as_str() else {
                continue;
            };
            for m in find_phones(text, &PhoneContext::from_data(region)) {
                got.insert((
                    id.clone(),
                    field.to_string(),
                    m.e164,
                    Some(m.start as u64),
                    Some(m.end as u64),
                ));
            }
        }
    }
    let strip = |s: &BTreeSet<Mention>| -> BTreeSet<(String, String)> {
        s.iter().map(|x| (x.0.clone(), x.2.clone())).collect()
    };
    let report = |name: &str, want: usize, got: usize, both: usize| {
        println!(
            "{name}: truth {want}, found {got}, recall {:.4}, precision {:.4}",
            both as f64 / want.max(1) as f64,
            both as f64 / got.max(1) as f64
        );
    };
    report(
        "with spans",
        want.len(),
        got.len(),
        want.intersection(&got).count(),
    );
    let (w, g) = (strip(&want), strip(&got));
    report(
        "values per post",
        w.len(),
        g.len(),
        w.intersection(&g).count(),
    );
    for x in w.difference(&g).take(20) {
        println!("miss {} {}", x.0, plainsight_core::mask(&x.1));
    }
    for x in g.difference(&w).take(20) {
        println!("false {} {}", x.0, plainsight_core::mask(&x.1));
    }
    Ok(())
}
