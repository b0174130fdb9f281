//! `link --out --services`: the referral lists a run writes from directories read in memory
//! equal what `plainsight refer` gives once the same posts and directory are in a case store.

use plainsight_engine::ingest::{run as ingest, IngestOptions};
use plainsight_engine::link::{report_help, run as link, write_out_dir, LinkOptions};
use plainsight_engine::services::{self, Referrer, HELP_PLACES, PER_CATEGORY};
use plainsight_ingest::PostReader;
use plainsight_link::LinkConfig;
use plainsight_referral::ImportOptions;
use plainsight_store::Store;
use std::path::PathBuf;

/// The referral crate's vendored fixtures (synthetic, written for this project).
fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../plainsight-referral/tests/data")
        .join(name)
}

/// The Agadez–Tripoli posts as a reader, as every test here links them.
fn agadez_reader() -> PostReader {
    PostReader::from_reader(
        "in.jsonl",
        std::io::Cursor::new(std::fs::read(data("network_agadez_tripoli.jsonl")).unwrap()),
        Default::default(),
    )
}

#[test]
fn link_out_referrals_equal_refer_on_a_store() {
    let sheet = data("sahel_3w_hxl.csv");
    // The run: posts linked in memory, the directory read in memory.
    let reader = agadez_reader();
    let options = LinkOptions {
        link: LinkConfig {
            summarize: true,
            keep_tokens: true,
            ..LinkConfig::default()
        },
        risk: true,
        ..LinkOptions::default()
    };
    let outcome = link(reader, &options, &mut |_| {}).unwrap();
    let (referrer, report) =
        Referrer::import(std::slice::from_ref(&sheet), &ImportOptions::default()).unwrap();
    assert!(
        !report.problems.is_empty(),
        "the sheet's problems are reported"
    );
    let net = outcome.linking.network_of(0).to_string();
    assert_eq!(
        outcome.linking.network_of(3),
        net,
        "Agadez to Tripoli is one network"
    );
    assert!(outcome
        .linking
        .networks
        .iter()
        .any(|n| n.network == net && n.size == 4));
    let out = tempfile::tempdir().unwrap();
    write_out_dir(&outcome, out.path(), false, Some(&referrer)).unwrap();
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(out.path().join("referrals.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let run_rows: Vec<serde_json::Value> = lines
        .into_iter()
        .filter(|v| v["network"] == net.as_str())
        .map(|mut v| {
            v.as_object_mut().unwrap().remove("network");
            v
        })
        .collect();

    // The store: the same posts and the same directory, then `refer`.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    let reader = agadez_reader();
    ingest(
        reader,
        &mut store,
        &IngestOptions::default(),
        &mut |_| {},
        &mut |_| {},
    )
    .unwrap();
    services::import_into_store(
        &mut store,
        &[sheet],
        &ImportOptions::default(),
        "2026-12-01T00:00:00Z",
    )
    .unwrap();
    // The stored summary carries no post list: the network of all four posts is the one
    // of size 4 (the run's network, checked above, holds them all too).
    let stored = services::network_summaries(&store)
        .unwrap()
        .into_iter()
        .find(|s| s["size"] == 4)
        .expect("the stored network of the four posts");
    let (rows, unknown) = services::refer(
        &services::load_directory(&store).unwrap(),
        &stored,
        PER_CATEGORY,
    );
    assert!(unknown.is_empty(), "{unknown:?}");
    let store_rows: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| serde_json::to_value(r).unwrap())
        .collect();
    assert!(!store_rows.is_empty());
    assert_eq!(run_rows, store_rows);
    // Agadez first (the movement's order), its nearest shelter the one in town.
    assert_eq!(store_rows[0]["place"], "Agadez (NE)");
    assert_eq!(store_rows[0]["category"], "shelter");
    assert_eq!(store_rows[0]["organization"], "Desert Rose Aid");
    assert!(store_rows.iter().any(|r| r["place"] == "Tripoli (LY)"));

    // The report's section is the same rows, grouped by place and category.
    let help = report_help(&outcome.linking.networks, &referrer, 200);
    let h = &help[&net];
    let mut flat = Vec::new();
    for p in &h.places {
        for c in &p.categories {
            for s in &c.services {
                flat.push((
                    p.place.clone(),
                    c.category.clone(),
                    s.service.clone(),
                    s.distance_km,
                ));
            }
        }
    }
    let expected: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r.place.clone(),
                r.category.code().to_string(),
                r.service.clone(),
                r.distance_km,
            )
        })
        .collect();
    assert_eq!(flat, expected);
    assert!(h.places.len() <= HELP_PLACES);
    // Only the networks the report gives a section get lists (and referrals.jsonl lines).
    assert!(
        plainsight_engine::link::referral_lists(&outcome.linking.networks, &referrer, 0).is_empty()
    );
    let page = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    assert!(page.contains("Help near this network"));
    assert!(page.contains("<caption>Agadez (NE)</caption>"));
    assert!(page.contains("Desert Rose Aid"));

    // Deterministic: a second run writes the same bytes.
    let again = tempfile::tempdir().unwrap();
    write_out_dir(&outcome, again.path(), false, Some(&referrer)).unwrap();
    for f in ["referrals.jsonl", "report.html"] {
        assert_eq!(
            std::fs::read(out.path().join(f)).unwrap(),
            std::fs::read(again.path().join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn without_a_directory_there_is_no_referral_file_and_the_help_says_how() {
    let reader = agadez_reader();
    let options = LinkOptions {
        link: LinkConfig {
            summarize: true,
            ..LinkConfig::default()
        },
        ..LinkOptions::default()
    };
    let outcome = link(reader, &options, &mut |_| {}).unwrap();
    let out = tempfile::tempdir().unwrap();
    write_out_dir(&outcome, out.path(), false, None).unwrap();
    assert!(!out.path().join("referrals.jsonl").exists());
    let page = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    assert!(!page.contains("Help near this network"));
    let n = &outcome.linking.networks[0];
    let (places, unknown) = services::movement_of_network(n);
    let h = services::help(None, &places, unknown);
    assert_eq!(h.directory_services, 0);
    assert!(h.hint.is_some());
    assert_eq!(h.command.as_deref(), Some(services::IMPORT_COMMAND));
    // An empty directory is no directory.
    let empty = Referrer::new(Default::default());
    assert_eq!(services::help(Some(&empty), &places, vec![]).hint, h.hint);
}
