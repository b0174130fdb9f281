//! Regression test of linking end to end (ingest → extract → link) on the committed stress
//! corpus: 2,000 posts of seed 7 written by `scripts/stress_corpus.py` from a scenario spec the
//! linker was not written from (docs/stress-corpus.md). It fails if linking falls below the
//! measured quality, or below linking by the true phone numbers alone.

use plainsight_engine::link::{run, LinkOptions};
use plainsight_ingest::{IngestOptions, PostReader};
use plainsight_link::eval::score;
use std::collections::BTreeMap;

const POSTS: &str = include_str!("../../../plainsight-link/tests/data/stress-seed7-2000.jsonl");
const TRUTH: &str =
    include_str!("../../../plainsight-link/tests/data/stress-seed7-2000-truth.jsonl");

#[derive(serde::Deserialize)]
struct Truth {
    id: String,
    network: String,
    #[serde(default)]
    phones: Vec<String>,
}

/// Posts joined when they share a true phone number (the truth file's actor phones).
fn phones_alone(truth: &[Truth]) -> Vec<(String, String)> {
    let n = truth.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, t) in truth.iter().enumerate() {
        for ph in &t.phones {
            match first.get(ph.as_str()) {
                Some(&j) => {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    parent[a] = b;
                }
                None => {
                    first.insert(ph, i);
                }
            }
        }
    }
    (0..n)
        .map(|i| (truth[i].id.clone(), format!("P{}", find(&mut parent, i))))
        .collect()
}

#[test]
fn stress_seed7_links_above_the_floor_and_above_phones_alone() {
    let truth: Vec<Truth> = TRUTH
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(truth.len(), 2000);
    let reader = PostReader::from_reader(
        "stress-seed7-2000.jsonl",
        std::io::Cursor::new(POSTS.as_bytes().to_vec()),
        IngestOptions::default(),
    );
    let options = LinkOptions {
        link: plainsight_link::LinkConfig {
            keep_tokens: false,
            summarize: false,
            ..Default::default()
        },
        ..LinkOptions::default()
    };
    let out = run(reader, &options, &mut |_| {}).unwrap();
    assert_eq!(out.posts, 2000);
    let pred: Vec<(String, String)> = out
        .linking
        .assignments()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let truth_pairs = || truth.iter().map(|t| (t.id.as_str(), t.network.as_str()));
    let linked = score(
        truth_pairs(),
        pred.iter().map(|(a, b)| (a.as_str(), b.as_str())),
    );
    let phones = phones_alone(&truth);
    let baseline = score(
        truth_pairs(),
        phones.iter().map(|(a, b)| (a.as_str(), b.as_str())),
    );
    eprintln!(
        "stress seed 7: pairwise F1 {:.4} (phones alone {:.4}), B-cubed F1 {:.4} (phones alone {:.4})",
        linked.pairwise.f1, baseline.pairwise.f1, linked.bcubed.f1, baseline.bcubed.f1
    );
    assert!(
        linked.pairwise.f1 >= baseline.pairwise.f1,
        "below phones alone"
    );
    assert!(linked.bcubed.f1 >= baseline.bcubed.f1, "below phones alone");
    // Measured 2026-11-30: pairwise 0.859, B-cubed 0.935 (phones alone 0.691 / 0.769); after
    // personas, pictographs and page links that make no identity (h-link2): 0.867 / 0.948.
    assert!(
        linked.pairwise.f1 >= 0.86,
        "pairwise F1 {}",
        linked.pairwise.f1
    );
    assert!(linked.bcubed.f1 >= 0.94, "B-cubed F1 {}", linked.bcubed.f1);
}
