//! `plainsight services import|near|gaps|export` and `plainsight refer` on a real case store,
//! with the synthetic fixtures of plainsight-referral and a synthetic network moving through
//! Agadez, Sabha and Tripoli.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plainsight"))
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../plainsight-referral/tests/data")
        .join(name)
}

fn run(args: &[&str], db: &Path) -> Output {
    bin().args(args).arg("--db").arg(db).output().unwrap()
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn import_near_gaps_refer_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("case.db");
    let sheet = fixture("sahel_3w_hxl.csv");
    let geo = fixture("providers_swapped.geojson");

    // import --json: the contract's shape.
    let out = bin()
        .args(["services", "import", "--json", "--db"])
        .arg(&db)
        .arg(&sheet)
        .arg(&geo)
        .output()
        .unwrap();
    let report = &lines(&out)[0];
    let keys: Vec<&str> = report
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "services",
            "organizations",
            "locations",
            "problems",
            "unmapped_categories"
        ]
    );
    assert_eq!(report["services"], 15);
    let p = &report["problems"][0];
    for k in ["source", "row", "kind", "detail"] {
        assert!(p.get(k).is_some(), "{k}");
    }
    assert_eq!(
        report["unmapped_categories"],
        serde_json::json!(["Dance therapy", "Kite flying"])
    );

    // Importing again replaces: the export still holds 15 services.
    let again = bin()
        .args(["services", "import", "--db"])
        .arg(&db)
        .arg(&sheet)
        .output()
        .unwrap();
    assert!(again.status.success());
    let export = run(&["services", "export"], &db);
    assert!(export.status.success());
    let hsds: serde_json::Value = serde_json::from_slice(&export.stdout).unwrap();
    assert_eq!(hsds.as_array().unwrap().len(), 15);

    // near: nearest first, the contract's fields.
    let near = lines(&run(
        &[
            "services",
            "near",
            "--place",
            "Agadez",
            "--category",
            "shelter",
            "--limit",
            "2",
        ],
        &db,
    ));
    assert_eq!(near[0]["organization"], "Desert Rose Aid");
    for k in [
        "service",
        "organization",
        "categories",
        "lat",
        "lon",
        "distance_km",
        "source",
    ] {
        assert!(near[0].get(k).is_some(), "{k}");
    }
    let by_point = lines(&run(
        &[
            "services", "near", "--lat", "32.89", "--lon", "13.19", "--limit", "1",
        ],
        &db,
    ));
    assert_eq!(by_point[0]["organization"], "Tripoli Migrant Clinic");

    // A network in the store, then its referral list and the gaps on its route.
    // Synthetic posts of one network (one phone throughout) moving Agadez → Sabha → Tripoli.
    let posts = fixture("network_agadez_tripoli.jsonl");
    let ingest = bin()
        .args(["ingest", "--db"])
        .arg(&db)
        .arg(&posts)
        .output()
        .unwrap();
    assert!(
        ingest.status.success(),
        "{}",
        String::from_utf8_lossy(&ingest.stderr)
    );
    let refs = lines(&run(
        &["refer", "--network", "N000001", "--per-category", "1"],
        &db,
    ));
    assert!(refs.iter().any(|r| r["place"] == "Agadez (NE)"
        && r["category"] == "shelter"
        && r["organization"] == "Desert Rose Aid"));
    assert!(refs
        .iter()
        .any(|r| r["place"] == "Tripoli (LY)" && r["category"] == "medical"));
    let route = lines(&run(
        &["services", "gaps", "--route", "central-mediterranean"],
        &db,
    ));
    let agadez_legal = route
        .iter()
        .find(|g| g["area"] == "Agadez" && g["category"] == "legal_aid")
        .unwrap();
    assert_eq!(agadez_legal["gap"], true);
    assert_eq!(agadez_legal["posts"], 2);
    let by_country = lines(&run(&["services", "gaps", "--by", "country"], &db));
    let ly_shelter = by_country
        .iter()
        .find(|g| g["country"] == "LY" && g["category"] == "shelter")
        .unwrap();
    assert_eq!(
        (ly_shelter["gap"].clone(), ly_shelter["networks"].clone()),
        (serde_json::json!(true), serde_json::json!(1))
    );
    // --html: the same rows out, and one offline page with outlines, waypoints and flags.
    let page = dir.path().join("gaps.html");
    let with_html = run(
        &[
            "services",
            "gaps",
            "--route",
            "central-mediterranean",
            "--html",
            page.to_str().unwrap(),
        ],
        &db,
    );
    assert_eq!(lines(&with_html), route, "the rows are unchanged by --html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    for part in [
        "<title>Niger</title>",
        "<title>Libya</title>",
        r#"<polyline id="route""#,
        r#"class="area gap""#,
        r#"<table id="gaps""#,
        "Agadez",
        "Benin City",
        "Palermo",
    ] {
        assert!(html.contains(part), "{part}");
    }
    // Offline: no script, no stylesheet or image from elsewhere (the SVG namespace is a name).
    assert!(!html.contains("<script") && !html.contains("https://") && !html.contains("<link"));
    assert_eq!(html.matches("http://").count(), 1);
    let page = dir.path().join("countries.html");
    let by_country = run(&["services", "gaps", "--html", page.to_str().unwrap()], &db);
    assert!(by_country.status.success());
    let html = std::fs::read_to_string(&page).unwrap();
    // Libya's outline is filled as a gap (a shelter is missing where the network was seen).
    let libya = html
        .split("<path")
        .find(|p| p.contains("<title>Libya</title>"))
        .unwrap();
    assert!(
        libya.contains(r##"fill="#e8a195""##),
        "{}",
        &libya[libya.len() - 80..]
    );
    let csv = run(&["services", "gaps", "--route", "eastern", "--csv"], &db);
    assert!(
        String::from_utf8_lossy(&csv.stdout).starts_with("level,country,area,category,services")
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("case.db");
    assert_eq!(
        run(&["services", "near", "--place", "Agadez"], &db)
            .status
            .code(),
        Some(2),
        "no store"
    );
    let imp = bin()
        .args(["services", "import", "--db"])
        .arg(&db)
        .arg(fixture("sahel_3w_hxl.csv"))
        .output()
        .unwrap();
    assert!(imp.status.success());
    assert_eq!(
        run(
            &["services", "near", "--place", "Agadez", "--category", "spa"],
            &db
        )
        .status
        .code(),
        Some(2)
    );
    assert_eq!(
        run(&["services", "near", "--place", "Qwertyuiopville"], &db)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&["refer", "--network", "N999999"], &db).status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["services", "gaps", "--route", "nowhere"], &db)
            .status
            .code(),
        Some(2)
    );
    let bad = bin()
        .args(["services", "import", "--format", "geojson", "--db"])
        .arg(&db)
        .arg(fixture("sahel_3w_hxl.csv"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn a_workbook_with_a_sheet_per_country_imports_as_its_csv_does() {
    let dir = tempfile::tempdir().unwrap();
    let csv_db = dir.path().join("csv.db");
    let xlsx_db = dir.path().join("xlsx.db");
    let import = |db: &Path, source: &str| {
        let out = bin()
            .args(["services", "import", "--json", "--db"])
            .arg(db)
            .arg(fixture(source))
            .output()
            .unwrap();
        lines(&out).remove(0)
    };
    let csv = import(&csv_db, "sahel_3w_hxl.csv");
    let xlsx = import(&xlsx_db, "xlsx/sahel_by_country.xlsx");
    for k in [
        "services",
        "organizations",
        "locations",
        "unmapped_categories",
    ] {
        assert_eq!(xlsx[k], csv[k], "{k}");
    }
    let sources: std::collections::BTreeSet<&str> = xlsx["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["source"].as_str().unwrap())
        .collect();
    assert!(
        sources.contains("sahel_by_country.xlsx#Niger"),
        "{sources:?}"
    );
    // The lookup sheet is named, not passed over silently.
    assert!(xlsx["problems"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["row"] == 0 && p["detail"].as_str().unwrap().contains("\"Lists\"")));
    // Nearest to Agadez from the workbook's directory, as from the CSV's.
    let near = |db: &Path| {
        lines(&run(
            &["services", "near", "--place", "Agadez", "--limit", "3"],
            db,
        ))
        .iter()
        .map(|l| (l["service"].clone(), l["distance_km"].clone()))
        .collect::<Vec<_>>()
    };
    assert_eq!(near(&xlsx_db), near(&csv_db));
}

/// `link --out DIR --services SOURCE`: referrals.jsonl holds, per network, the lines `refer`
/// prints once the same posts and directory are in a store (with the network first); the
/// report has the section; the directory's problems are counted in the run summary.
#[test]
fn link_out_with_services_refers_like_refer() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let posts = fixture("network_agadez_tripoli.jsonl");
    let sheet = fixture("sahel_3w_hxl.csv");
    let link = bin()
        .arg("link")
        .arg("--out")
        .arg(&out)
        .arg("--services")
        .arg(&sheet)
        .arg(&posts)
        .output()
        .unwrap();
    let assignments = lines(&link);
    assert_eq!(assignments.len(), 4);
    let stderr = String::from_utf8_lossy(&link.stderr);
    assert!(
        stderr.contains("plainsight link: services directory: ")
            && stderr.contains("missing_coordinates: 1"),
        "{stderr}"
    );
    let net = assignments[0]["network"].as_str().unwrap().to_string();
    let from_run: Vec<serde_json::Value> = std::fs::read_to_string(out.join("referrals.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["network"] == net.as_str())
        .map(|mut v| {
            v.as_object_mut().unwrap().remove("network");
            v
        })
        .collect();
    let report = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(report.contains("Help near this network"));
    assert!(report.contains("<caption>Tripoli (LY)</caption>"));

    let db = dir.path().join("case.db");
    let ingest = bin()
        .args(["ingest", "--db"])
        .arg(&db)
        .arg(&posts)
        .output()
        .unwrap();
    assert!(ingest.status.success());
    let imp = bin()
        .args(["services", "import", "--db"])
        .arg(&db)
        .arg(&sheet)
        .output()
        .unwrap();
    assert!(imp.status.success());
    let refer = lines(&run(&["refer", "--network", "N000001"], &db));
    assert!(!refer.is_empty());
    assert_eq!(from_run, refer);

    // --services needs --out; a source of no known format is a usage error.
    let no_out = bin()
        .arg("link")
        .arg("--services")
        .arg(&sheet)
        .arg(&posts)
        .output()
        .unwrap();
    assert_eq!(no_out.status.code(), Some(2));
    let junk = dir.path().join("junk.txt");
    std::fs::write(&junk, "not a directory of services").unwrap();
    let bad = bin()
        .arg("link")
        .arg("--out")
        .arg(&out)
        .arg("--services")
        .arg(&junk)
        .arg(&posts)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
