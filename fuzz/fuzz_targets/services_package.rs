//! Arbitrary bytes as an HSDS 1.x/2.x CSV data package (a folder with `datapackage.json`). The
//! input is cut at lines "==" into the package file and its tables (organizations, services,
//! locations, services_at_location, phones, physical_addresses, taxonomy, service_taxonomy),
//! written into a private temporary folder, and imported through `import_path` as the command
//! does. Never a panic; a package that imports is consistent (as in `services_import`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainsight_referral::{import_path, ImportOptions};

const FILES: [&str; 9] = [
    "datapackage.json",
    "organizations.csv",
    "services.csv",
    "locations.csv",
    "services_at_location.csv",
    "phones.csv",
    "physical_addresses.csv",
    "taxonomy.csv",
    "service_taxonomy.csv",
];

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("plainsight-fuzz-pkg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    let text = data;
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + 4 <= text.len() {
        if &text[i..i + 4] == b"\n==\n" {
            parts.push(&text[start..i]);
            start = i + 4;
            i += 4;
        } else {
            i += 1;
        }
    }
    parts.push(&text[start..]);
    for (name, part) in FILES.iter().zip(parts) {
        std::fs::write(dir.join(name), part).expect("temp file");
    }
    if let Ok(imports) = import_path(&dir, &ImportOptions::default()) {
        assert_eq!(imports.len(), 1, "a data package is one source");
        let d = &imports[0].directory;
        for s in d.services.values() {
            assert!(d.organizations.contains_key(&s.organization_id));
            for l in &s.location_ids {
                assert!(d.locations.contains_key(l));
            }
        }
        for l in d.locations.values() {
            if let Some((lat, lon)) = l.point() {
                assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
});
