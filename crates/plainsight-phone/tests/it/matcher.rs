//! libphonenumber's own find-in-text cases (PhoneNumberMatcherTest). Impossible cases must yield
//! nothing. The others were written for upstream's test metadata and leniency levels; what we
//! make of them with real metadata is snapshotted for review (several are dates and fractions
//! that upstream finds only at VALID leniency and we deliberately treat as decoys; "(20) 3346
//! 1234" is only possible in upstream's test metadata but valid in the real one).

use plainsight_phone::{find_phones, PhoneContext};

fn cases() -> Vec<(String, String, String)> {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("../data/matcher_test_cases.json")).expect("json");
    v.as_array()
        .expect("array")
        .iter()
        .map(|c| {
            let f = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (f("category"), f("raw"), f("region"))
        })
        .collect()
}

#[test]
fn impossible_cases_yield_nothing() {
    let all = cases();
    assert_eq!(all.len(), 73);
    for (cat, raw, region) in all.iter().filter(|c| c.0 == "IMPOSSIBLE_CASES") {
        let found = find_phones(raw, &PhoneContext::from_data(Some(region)));
        assert!(found.is_empty(), "{cat} {raw:?} {region}: {found:?}");
    }
}

#[test]
fn other_cases_snapshot() {
    let lines: Vec<String> = cases()
        .iter()
        .filter(|c| c.0 != "IMPOSSIBLE_CASES")
        .map(|(cat, raw, region)| {
            let found = find_phones(raw, &PhoneContext::from_data(Some(region)));
            let found: Vec<String> = found
                .iter()
                .map(|m| format!("{} {:?}", m.e164, &raw[m.start..m.end]))
                .collect();
            format!("{cat:<22} {region} {raw:?} -> [{}]", found.join(", "))
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}
