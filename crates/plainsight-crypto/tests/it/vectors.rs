use plainsight_crypto::{
    base58, bech32, find_addresses, validate_address, validate_eth_address,
    validate_segwit_address, AddressKind, Chain, CryptoError, Network,
};
use serde_json::Value;
use std::path::PathBuf;

fn load(rel: &str) -> Value {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// The addresses that the vector files call valid, with what they should be.
pub fn valid_addresses() -> Vec<String> {
    let mut out = Vec::new();
    let sipa = load("bech32_sipa/bech32_test_vectors.json");
    for pair in sipa["VALID_ADDRESS"].as_array().unwrap() {
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
    for e in bjs["bech32"].as_array().unwrap() {
        out.push(e["address"].as_str().unwrap().to_string());
    }
    for e in load("bitcoinjs_lib_fixtures/base58_keys_valid.json")
        .as_array()
        .unwrap()
    {
        // Addresses and WIF private keys alike (keys are accepted as wallets).
        out.push(e[0].as_str().unwrap().to_string());
    }
    for e in load("bs58check_fixtures/fixtures.json")["valid"]
        .as_array()
        .unwrap()
    {
        // 21-byte payloads are addresses; 33/34-byte ones are WIF keys: both accepted.
        out.push(e["string"].as_str().unwrap().to_string());
    }
    let eip = load("eip55/eip55_test_vectors.json");
    for k in ["all_caps", "all_lower", "normal"] {
        out.extend(strs(&eip[k]));
    }
    out
}

/// Strings the vector files call invalid (as addresses or as any Bech32/Base58Check string).
pub fn invalid_strings() -> Vec<String> {
    let mut out = Vec::new();
    let sipa = load("bech32_sipa/bech32_test_vectors.json");
    for k in ["INVALID_BECH32", "INVALID_BECH32M", "INVALID_ADDRESS"] {
        out.extend(strs(&sipa[k]));
    }
    let bjs = load("bitcoinjs_lib_fixtures/address.json");
    for k in ["bech32", "fromBase58Check", "toOutputScript"] {
        for e in bjs["invalid"][k].as_array().unwrap() {
            // An entry invalid only for another network's hrp ("foo") is a valid Bitcoin address.
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
    // The BIP-173/350 generic strings are valid Bech32 but not addresses under our hrps.
    for k in ["VALID_BECH32", "VALID_BECH32M"] {
        out.extend(strs(&sipa[k]));
    }
    out
}

#[test]
fn every_valid_address_is_accepted() {
    let all = valid_addresses();
    assert!(all.len() > 60, "{}", all.len());
    for a in &all {
        assert!(
            validate_address(a).is_ok(),
            "{a}: {:?}",
            validate_address(a)
        );
    }
}

#[test]
fn every_invalid_string_is_refused() {
    let all = invalid_strings();
    assert!(all.len() > 100, "{}", all.len());
    for s in &all {
        assert!(validate_address(s).is_err(), "{s:?} accepted");
    }
}

#[test]
fn bip173_350_generic_strings() {
    let sipa = load("bech32_sipa/bech32_test_vectors.json");
    for (k, variant) in [
        ("VALID_BECH32", bech32::Variant::Bech32),
        ("VALID_BECH32M", bech32::Variant::Bech32m),
    ] {
        for s in strs(&sipa[k]) {
            let d = bech32::decode(&s).unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(d.variant, variant, "{s}");
            // Re-encoding gives the lower-case form back.
            assert_eq!(
                bech32::encode(&d.hrp, &d.data, variant).unwrap(),
                s.to_lowercase()
            );
        }
    }
    for k in ["INVALID_BECH32", "INVALID_BECH32M"] {
        for s in strs(&sipa[k]) {
            assert!(bech32::decode(&s).is_err(), "{s:?}");
        }
    }
}

#[test]
fn bip350_address_programs_and_encoding() {
    let sipa = load("bech32_sipa/bech32_test_vectors.json");
    for pair in sipa["VALID_ADDRESS"].as_array().unwrap() {
        let addr = pair[0].as_str().unwrap();
        let script = hex(pair[1].as_str().unwrap());
        let w = bech32::decode_segwit(addr).unwrap();
        // scriptPubKey = OP_n, push(len), program; OP_0 = 0, OP_1..16 = 0x51..0x60.
        let op = if w.version == 0 { 0 } else { 0x50 + w.version };
        assert_eq!(script[0], op, "{addr}");
        assert_eq!(usize::from(script[1]), w.program.len());
        assert_eq!(&script[2..], &w.program[..]);
        let again = bech32::encode_segwit(&w.hrp, w.version, &w.program).unwrap();
        assert_eq!(again, addr.to_lowercase());
    }
    for e in sipa["INVALID_ADDRESS_ENC"].as_array().unwrap() {
        let hrp = e[0].as_str().unwrap();
        let version = e[1].as_u64().unwrap() as u8;
        let len = e[2].as_u64().unwrap() as usize;
        assert!(
            bech32::encode_segwit(hrp, version, &vec![0u8; len]).is_err(),
            "{e}"
        );
    }
}

#[test]
fn bitcoinjs_standard_addresses_decode_to_their_hash() {
    let bjs = load("bitcoinjs_lib_fixtures/address.json");
    for e in bjs["standard"].as_array().unwrap() {
        if let Some(s) = e["base58check"].as_str() {
            let payload = base58::decode_check(s).unwrap();
            assert_eq!(u64::from(payload[0]), e["version"].as_u64().unwrap());
            assert_eq!(&payload[1..], &hex(e["hash"].as_str().unwrap())[..]);
            let a = validate_address(s).unwrap();
            let want = match e["network"].as_str().unwrap() {
                "litecoin" => Chain::Litecoin,
                _ => Chain::Bitcoin,
            };
            assert_eq!(a.chain, want, "{s}");
        }
        if let Some(s) = e["bech32"].as_str() {
            let w = bech32::decode_segwit(s).unwrap();
            assert_eq!(&w.program[..], &hex(e["data"].as_str().unwrap())[..]);
            assert_eq!(u64::from(w.version), e["version"].as_u64().unwrap());
        }
    }
}

#[test]
fn base58_and_bs58check_fixtures() {
    for e in load("bitcoinjs_lib_fixtures/base58_encode_decode.json")
        .as_array()
        .unwrap()
    {
        let data = hex(e[0].as_str().unwrap());
        let text = e[1].as_str().unwrap();
        assert_eq!(base58::encode(&data), text);
        assert_eq!(base58::decode(text).unwrap(), data);
    }
    for e in load("bs58check_fixtures/fixtures.json")["valid"]
        .as_array()
        .unwrap()
    {
        let s = e["string"].as_str().unwrap();
        let payload = hex(e["payload"].as_str().unwrap());
        assert_eq!(base58::decode_check(s).unwrap(), payload);
        assert_eq!(base58::encode_check(&payload), s);
    }
    for e in load("bs58check_fixtures/fixtures.json")["invalid"]
        .as_array()
        .unwrap()
    {
        assert!(base58::decode_check(e["string"].as_str().unwrap()).is_err());
    }
}

#[test]
fn key_vectors_are_classified() {
    for e in load("bitcoinjs_lib_fixtures/base58_keys_valid.json")
        .as_array()
        .unwrap()
    {
        let s = e[0].as_str().unwrap();
        let meta = &e[2];
        if meta["isPrivkey"] == Value::Bool(true) {
            let a = validate_address(s).unwrap();
            assert!(matches!(a.kind, AddressKind::PrivateKey { .. }), "{s}");
            let testnet = meta["isTestnet"] == Value::Bool(true);
            assert_eq!(a.network == Network::Testnet, testnet, "{s}");
            continue;
        }
        let a = validate_address(s).unwrap();
        let testnet = meta["isTestnet"] == Value::Bool(true);
        assert_eq!(a.network == Network::Testnet, testnet, "{s}");
        let want = if meta["addrType"] == "script" {
            AddressKind::P2sh
        } else {
            AddressKind::P2pkh
        };
        assert_eq!(a.kind, want, "{s}");
    }
}

#[test]
fn eip55_vectors() {
    let eip = load("eip55/eip55_test_vectors.json");
    for s in strs(&eip["normal"]) {
        let a = validate_eth_address(&s).unwrap();
        assert_eq!(a.kind, AddressKind::Account { checksummed: true });
        // Flip the case of one letter: must fail.
        let pos = s[2..].find(|c: char| c.is_ascii_alphabetic()).unwrap() + 2;
        let mut flipped = s.clone().into_bytes();
        flipped[pos] ^= 0x20;
        let flipped = String::from_utf8(flipped).unwrap();
        assert_eq!(
            validate_eth_address(&flipped),
            Err(CryptoError::Eip55Mismatch),
            "{flipped}"
        );
    }
    for k in ["all_caps", "all_lower"] {
        for s in strs(&eip[k]) {
            let a = validate_eth_address(&s).unwrap();
            assert_eq!(a.kind, AddressKind::Account { checksummed: false });
        }
    }
}

#[test]
fn segwit_hrps_and_taproot_key() {
    let a =
        validate_segwit_address("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")
            .unwrap();
    assert_eq!(
        a.kind,
        AddressKind::Witness {
            version: 1,
            program_len: 32
        }
    );
    assert_eq!(
        validate_segwit_address("bc1pllllllllllllllllllllllllllllllllllllllllllllallllshsdfvw2y"),
        Err(CryptoError::InvalidTaprootKey)
    );
    let regtest =
        validate_segwit_address("bcrt1qjh3dnrafy8f2zszh5sdqn6c3ycfljh930yza9nt72v30dkw8mlvscn82zx")
            .unwrap();
    assert_eq!(regtest.network, Network::Regtest);
}

#[test]
fn scanning_text_finds_each_valid_address_and_no_invalid_one() {
    for a in valid_addresses() {
        let text = format!("send to {a}, thanks");
        let m = find_addresses(&text);
        assert_eq!(m.len(), 1, "{a}");
        assert_eq!(&text[m[0].start..m[0].end], a);
    }
    for s in invalid_strings() {
        let text = format!("send to {s}, thanks");
        assert!(find_addresses(&text).is_empty(), "{s:?}");
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn no_panic_on_arbitrary_text(s in ".{0,200}") {
            let _ = validate_address(&s);
            for m in find_addresses(&s) {
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            }
        }

        #[test]
        fn base58_round_trip(data in proptest::collection::vec(any::<u8>(), 1..64)) {
            prop_assert_eq!(base58::decode(&base58::encode(&data)).unwrap(), data.clone());
            prop_assert_eq!(base58::decode_check(&base58::encode_check(&data)).unwrap(), data);
        }

        #[test]
        fn segwit_round_trip(version in 0u8..=16, len in 2usize..=40, byte in any::<u8>()) {
            let prog = vec![byte; len];
            match bech32::encode_segwit("bc", version, &prog) {
                Ok(s) => {
                    let w = bech32::decode_segwit(&s).unwrap();
                    prop_assert_eq!(w.program, prog);
                }
                Err(_) => prop_assert!(version == 0 && len != 20 && len != 32),
            }
        }
    }
}
