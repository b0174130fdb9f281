//! Arbitrary bytes as a protection-services source (`services import`): HSDS 3 JSON, a 3W sheet
//! (CSV, HXL tags or plain headers) or a GeoJSON feature collection. The first byte picks the
//! format (detected, or forced) and the country option; the rest is the source. Beyond "no panic,
//! no ASan report": the directory is consistent (every service's organisation and locations
//! exist, every kept point is on the globe, phones are E.164), the same bytes give the same
//! directory, and the directory's own HSDS 3 export imports back to the same services.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainsight_referral::{import_bytes, to_hsds3, Format, ImportOptions, NearIndex};

const COUNTRIES: [Option<&str>; 4] = [None, Some("NG"), Some("SO"), Some("zz")];

fuzz_target!(|data: &[u8]| {
    let [mode, rest @ ..] = data else {
        return;
    };
    let format = match mode % 4 {
        0 => None,
        1 => Some(Format::Hsds),
        2 => Some(Format::ThreeW),
        _ => Some(Format::GeoJson),
    };
    let opts = ImportOptions {
        format,
        country: COUNTRIES[(mode / 4 % 4) as usize].map(str::to_string),
    };
    let Ok(imports) = import_bytes("fuzz", rest, &opts) else {
        return;
    };
    assert!(
        !imports.is_empty(),
        "a source that imports gives at least one import"
    );
    let again = import_bytes("fuzz", rest, &opts).expect("the same bytes import again");
    assert_eq!(again.len(), imports.len(), "deterministic");
    for (import, again) in imports.iter().zip(&again) {
        check(import, again);
    }
});

fn check(import: &plainsight_referral::Import, again: &plainsight_referral::Import) {
    let dir = &import.directory;
    for s in dir.services.values() {
        assert!(
            dir.organizations.contains_key(&s.organization_id),
            "a service's organisation is in the directory"
        );
        for l in &s.location_ids {
            assert!(
                dir.locations.contains_key(l),
                "a service's location is in the directory"
            );
        }
        assert!(
            s.phones.iter().all(|p| p.starts_with('+')),
            "phones are E.164"
        );
    }
    for l in dir.locations.values() {
        if let Some((lat, lon)) = l.point() {
            assert!(lat.is_finite() && lon.is_finite());
            assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
        }
    }
    assert!(import.problems.iter().all(|p| p.source == import.source));
    assert!(import.source.starts_with("fuzz"));
    assert_eq!(&again.directory, dir, "deterministic");

    let index = NearIndex::from_directory(dir);
    let _ = index.nearest(6.3, -10.8, 3, None);

    let export = serde_json::to_vec(&to_hsds3(dir)).expect("a directory serialises");
    let back = import_bytes(
        "fuzz",
        &export,
        &ImportOptions {
            format: Some(Format::Hsds),
            country: None,
        },
    )
    .expect("an HSDS 3 export imports");
    assert_eq!(back.len(), 1, "an HSDS file is one source");
    assert_eq!(
        back[0].directory.services.len(),
        dir.services.len(),
        "an export keeps every service"
    );
}
