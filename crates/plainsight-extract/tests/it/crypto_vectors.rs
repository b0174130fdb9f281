//! "Every valid crypto vector extracted, no invalid one": the vectors vendored by
//! plainsight-crypto (tests/data there, with licences), each written in a sentence of a post.

use plainsight_core::{Platform, SelectorKind};
use plainsight_extract::Extractor;
use serde_json::Value;
use std::path::PathBuf;

fn load(rel: &str) -> Value {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../plainsight-crypto/tests/data")
        .join(rel);
    serde_json::from_str(&std::fs::read_to_string(&p).expect("vendored vector file")).unwrap()
}

fn valid() -> Vec<String> {
    let mut out = Vec::new();
    for pair in load("bech32_sipa/bech32_test_vectors.json")["VALID_ADDRESS"]
        .as_array()
        .unwrap()
    {
        out.push(pair[0].as_str().unwrap().to_string());
    }
    let bjs = load("bitcoinjs_lib_fixtures/address.json");
    for e in bjs["standard"].as_array().unwrap() {
        for k in ["base58check", "bech32"] {
            if let Some(s) = e[k].as_str() {
                out.push(s.to_string());
            }
        }
    }
    for e in load("bitcoinjs_lib_fixtures/base58_keys_valid.json")
        .as_array()
        .unwrap()
    {
        // Addresses and WIF private keys alike (keys are accepted as wallets).
        out.push(e[0].as_str().unwrap().to_string());
    }
    let eip = load("eip55/eip55_test_vectors.json");
    for k in ["all_caps", "all_lower", "normal"] {
        for s in eip[k].as_array().unwrap() {
            out.push(s.as_str().unwrap().to_string());
        }
    }
    out
}

fn invalid() -> Vec<String> {
    let mut out = Vec::new();
    let sipa = load("bech32_sipa/bech32_test_vectors.json");
    for k in [
        "INVALID_BECH32",
        "INVALID_BECH32M",
        "INVALID_ADDRESS",
        "VALID_BECH32",
        "VALID_BECH32M",
    ] {
        for s in sipa[k].as_array().unwrap() {
            out.push(s.as_str().unwrap().to_string());
        }
    }
    let bjs = load("bitcoinjs_lib_fixtures/address.json");
    for k in ["bech32", "fromBase58Check", "toOutputScript"] {
        for e in bjs["invalid"][k].as_array().unwrap() {
            let prefix = e["network"]["bech32"].as_str().unwrap_or("bc");
            if prefix == "bc" || prefix == "tb" {
                out.push(e["address"].as_str().unwrap().to_string());
            }
        }
    }
    for e in load("bitcoinjs_lib_fixtures/base58_keys_invalid.json")
        .as_array()
        .unwrap()
    {
        out.push(e[0].as_str().unwrap().to_string());
    }
    for e in load("bs58check_fixtures/fixtures.json")["invalid"]
        .as_array()
        .unwrap()
    {
        out.push(e["string"].as_str().unwrap().to_string());
    }
    out
}

#[test]
fn every_valid_address_is_extracted_from_a_sentence() {
    let x = Extractor::default();
    let all = valid();
    assert!(all.len() > 50, "{}", all.len());
    for a in &all {
        for body in [
            format!("Donations welcome: {a}. Thank you"),
            a.to_string(),
            format!("btc/eth ({a})"),
        ] {
            let found = x.extract(&crate::post(None, &body));
            let c: Vec<_> = found
                .iter()
                .filter(|s| s.kind == SelectorKind::Crypto)
                .collect();
            assert_eq!(c.len(), 1, "{body}: {found:?}");
            assert_eq!(c[0].reveal_value(), a);
            assert_eq!(c[0].raw, *a);
            assert_eq!(&body[c[0].start..c[0].end], a);
            let want = if a.starts_with("0x") {
                Some(Platform::Ethereum)
            } else if (a.starts_with('L') || a.starts_with('M')) && a.len() < 50 {
                None // Litecoin: no core platform yet (WIF keys starting with L are Bitcoin)
            } else {
                Some(Platform::Bitcoin)
            };
            assert_eq!(c[0].platform, want, "{a}");
        }
    }
}

#[test]
fn no_invalid_string_is_extracted() {
    let x = Extractor::default();
    let all = invalid();
    assert!(all.len() > 100);
    for s in &all {
        let body = format!("Donations welcome: {s}. Thank you");
        let found = x.extract(&crate::post(None, &body));
        assert!(
            found.iter().all(|f| f.kind != SelectorKind::Crypto),
            "{s:?}: {found:?}"
        );
    }
}
