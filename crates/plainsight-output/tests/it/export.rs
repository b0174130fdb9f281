//! The export writers on a synthetic case with hostile strings: escaping, masking,
//! determinism byte for byte, empty input, and parsing back.

use plainsight_core::case::{Case, CasePost, CaseSelector};
use plainsight_core::{Field, PdqHash, Platform, RegionSource, SelectorKind};
use plainsight_output::export::{write_export, ExportFormat, ExportOptions};

const PHONE: &str = "+17135550123";
const EMAIL: &str = "lily22@gmail.com";
const HANDLE: &str = "lily_xo22";
const WALLET: &str = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2";
const HASH: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

fn phone() -> CaseSelector {
    CaseSelector {
        field: Some(Field::Body),
        start: Some(10),
        end: Some(24),
        region_source: Some(RegionSource::Location),
        ..CaseSelector::new(SelectorKind::Phone, PHONE)
    }
}

pub fn case() -> Case {
    let nets = crate::networks(&crate::corpus());
    let a = CasePost {
        id: "=A1,\"quoted\"".into(),
        network: nets[0].network.clone(),
        risk: Some(0.83),
        posted_at: Some("2024-03-01T12:00:00Z".into()),
        title: Some("New <b>in</b> town & \"fun\", call 713\nnow\u{1}".into()),
        location: Some("Houston, TX".into()),
        place: Some("Houston, TX, US".into()),
        site: Some("board.example".into()),
        url: Some("https://board.example/ad/1?a=1&b=2".into()),
        selectors: vec![
            phone(),
            phone(),
            CaseSelector::new(SelectorKind::Email, EMAIL),
            CaseSelector {
                platform: Some(Platform::Instagram),
                ..CaseSelector::new(SelectorKind::Handle, HANDLE)
            },
        ],
        indicators: vec!["PS101".into(), "PS204".into()],
        image_hashes: vec![PdqHash::from_hex(HASH).unwrap()],
    };
    let b = CasePost {
        id: "A2".into(),
        posted_at: Some("2024-03-05T08:30:00+02:00".into()),
        selectors: vec![
            phone(),
            CaseSelector {
                platform: Some(Platform::Bitcoin),
                ..CaseSelector::new(SelectorKind::Crypto, WALLET)
            },
        ],
        image_hashes: vec![PdqHash::from_hex(HASH).unwrap()],
        ..a.clone()
    };
    let lone = CasePost {
        id: "B0".into(),
        network: "N000099".into(),
        title: Some("a lone post".into()),
        ..CasePost::default()
    };
    Case {
        posts: vec![a, b, lone],
        networks: nets,
    }
}

fn export(format: ExportFormat, case: &Case, reveal: bool) -> String {
    let mut out = Vec::new();
    write_export(format, case, &ExportOptions { reveal }, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn every_format_is_deterministic_byte_for_byte() {
    for f in ExportFormat::ALL {
        for reveal in [false, true] {
            assert_eq!(
                export(f, &case(), reveal),
                export(f, &case(), reveal),
                "{f}"
            );
        }
    }
}

#[test]
fn masked_exports_name_no_selector() {
    for f in ExportFormat::ALL {
        let text = export(f, &case(), false);
        for secret in [
            PHONE, "5550123", EMAIL, "lily22@", HANDLE, WALLET, "call 713",
        ] {
            assert!(!text.contains(secret), "{f} leaks {secret}");
        }
        let revealed = export(f, &case(), true);
        assert!(revealed.contains(PHONE), "{f} reveals");
    }
}

#[test]
fn empty_case_gives_well_formed_empty_output() {
    let empty = Case::default();
    assert_eq!(
        export(ExportFormat::Csv, &empty, false),
        "id,network,risk,posted_at,title,selectors,indicators,location,place,site,url,images\r\n"
    );
    assert_eq!(export(ExportFormat::Ftm, &empty, false), "");
    for f in [ExportFormat::Gexf, ExportFormat::Graphml] {
        let x = export(f, &empty, false);
        let (nodes, edges) = crate::xml_check::parse(&x);
        assert_eq!((nodes.len(), edges.len()), (0, 0), "{f}");
    }
}

#[test]
fn csv_quotes_per_rfc_4180_and_defuses_formulas() {
    let text = export(ExportFormat::Csv, &case(), true);
    let mut rdr = csv_rows(&text);
    let header = rdr.remove(0);
    assert_eq!(&header[..2], ["id", "network"]);
    assert_eq!(rdr.len(), 3);
    // A cell starting with '=' is defused; commas and quotes survive the round trip.
    assert_eq!(rdr[0][0], "'=A1,\"quoted\"");
    assert_eq!(rdr[0][2], "0.83");
    assert!(rdr[0][4].contains("town & \"fun\", call 713\nnow"));
    // Distinct selectors, first mention first.
    assert_eq!(
        rdr[0][5],
        format!("phone:{PHONE};email:{EMAIL};handle/instagram:{HANDLE}")
    );
    assert_eq!(rdr[0][6], "PS101;PS204");
    assert_eq!(rdr[0][11], HASH);
    assert_eq!(rdr[2][2], "", "unknown risk is an empty cell");
    assert!(text.contains("\"'=A1,\"\"quoted\"\"\""));
    let masked = csv_rows(&export(ExportFormat::Csv, &case(), false));
    assert_eq!(
        masked[1][5].split(';').next().unwrap(),
        "phone:+171*******3"
    );
    assert!(masked[1][4].contains("call •••"));
}

/// A small RFC 4180 reader, independent of the writer's crate.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CRLF line ends");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "ends on CRLF"
    );
    rows
}

#[test]
fn ftm_entities_are_well_formed_and_linked() {
    let text = export(ExportFormat::Ftm, &case(), true);
    let entities: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut ids = std::collections::BTreeSet::new();
    for e in &entities {
        let obj = e.as_object().unwrap();
        assert_eq!(obj.len(), 3, "only id, schema, properties: {e}");
        let id = e["id"].as_str().unwrap();
        assert_eq!(id.len(), 40);
        assert!(ids.insert(id.to_string()), "ids are unique");
        for (_, values) in e["properties"].as_object().unwrap() {
            let values = values.as_array().unwrap();
            assert!(!values.is_empty());
            assert!(values.iter().all(|v| v.is_string()), "lists of strings");
        }
    }
    let of = |schema: &str| -> Vec<&serde_json::Value> {
        entities.iter().filter(|e| e["schema"] == schema).collect()
    };
    let nets = of("LegalEntity");
    assert_eq!(
        nets.len(),
        1,
        "the lone post lists nothing, so has no entity"
    );
    assert_eq!(nets[0]["properties"]["phone"][0], PHONE);
    assert_eq!(nets[0]["properties"]["email"][0], EMAIL);
    let accounts = of("UserAccount");
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0]["properties"]["username"][0], HANDLE);
    assert_eq!(accounts[0]["properties"]["service"][0], "instagram");
    assert_eq!(accounts[0]["properties"]["owner"][0], nets[0]["id"]);
    assert_eq!(
        of("CryptoWallet")[0]["properties"]["blockchain"][0],
        "bitcoin"
    );
    let posts = of("HyperText");
    assert_eq!(posts.len(), 3);
    assert_eq!(
        posts[1]["properties"]["publishedAt"][0],
        "2024-03-05T06:30:00"
    );
    // Every reference points at an entity of the file.
    for d in of("Documentation") {
        for prop in ["document", "entity"] {
            assert!(ids.contains(d["properties"][prop][0].as_str().unwrap()));
        }
    }
    assert_eq!(of("Documentation").len(), 2 + 2);
    // Masked: typed selector properties are absent and account ids do not come from values.
    let masked = export(ExportFormat::Ftm, &case(), false);
    assert!(!masked.contains("\"phone\"") && !masked.contains("\"email\""));
    assert!(
        !masked.contains(&plainsight_output::export::ftm::entity_id(&[
            "selector",
            "handle/instagram",
            HANDLE
        ]))
    );
}

#[test]
fn graphs_parse_back_with_types_weights_and_escaping() {
    for f in [ExportFormat::Gexf, ExportFormat::Graphml] {
        let x = export(f, &case(), true);
        let (nodes, edges) = crate::xml_check::parse(&x);
        let types: Vec<&str> = nodes.iter().map(|n| n.attr("type")).collect();
        assert_eq!(
            types,
            ["post", "post", "post", "selector", "selector", "selector", "image", "selector"],
            "{f}"
        );
        // The post id with a quote and a comma survives escaping.
        assert_eq!(nodes[0].label, "=A1,\"quoted\"", "{f}");
        assert_eq!(
            (nodes[0].id.as_str(), nodes[3].id.as_str()),
            ("p0", "s0"),
            "{f}"
        );
        assert_eq!(nodes[3].attr("region_source"), "location", "{f}");
        // A1 mentions the phone twice: one edge of weight 2.
        let first = &edges[0];
        assert_eq!(
            (first.0.as_str(), first.1.as_str(), first.2),
            ("p0", "s0", 2.0),
            "{f}"
        );
        assert_eq!(edges.len(), 4 + 3, "{f}");
        let masked = export(f, &case(), false);
        let (nodes, _) = crate::xml_check::parse(&masked);
        assert_eq!(nodes[3].label, "phone +171*******3", "{f}");
    }
    let gexf = export(ExportFormat::Gexf, &case(), false);
    assert!(gexf.contains("version=\"1.3\"") && gexf.contains("timeformat=\"datetime\""));
    assert!(gexf.contains("start=\"2024-03-05T06:30:00Z\""));
}
