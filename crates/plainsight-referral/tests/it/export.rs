//! HSDS 3 export: the shape, and a round trip through the importer.

use crate::data;
use crate::single::*;
use plainsight_referral::{to_hsds3, Directory, ImportOptions};

#[test]
fn export_round_trips_through_the_importer() {
    let mut dir = Directory::default();
    for src in [
        "providers_swapped.geojson",
        "hsds_package",
        "sahel_3w_hxl.csv",
    ] {
        dir.merge(
            import_path(&data(src), &ImportOptions::default())
                .unwrap()
                .directory,
        );
    }
    let json = to_hsds3(&dir);
    let arr = json.as_array().unwrap();
    assert_eq!(arr.len(), dir.services.len());
    let first = &arr[0];
    for key in [
        "id",
        "organization_id",
        "name",
        "status",
        "organization",
        "phones",
        "service_at_locations",
        "attributes",
    ] {
        assert!(first.get(key).is_some(), "{key} missing");
    }
    let bytes = serde_json::to_vec(&json).unwrap();
    let back = import_bytes("export.json", &bytes, &ImportOptions::default()).unwrap();
    assert_eq!(back.directory.services.len(), dir.services.len());
    // Same names, categories, points and contacts, service by service (ids are the source's).
    let key = |d: &Directory| {
        let mut v: Vec<String> = d
            .services
            .values()
            .map(|s| {
                let pts: Vec<String> = s
                    .location_ids
                    .iter()
                    .filter_map(|l| d.locations.get(l))
                    .filter_map(|l| l.point())
                    .map(|(a, b)| format!("{a:.5},{b:.5}"))
                    .collect();
                format!(
                    "{}|{:?}|{:?}|{:?}|{:?}",
                    s.name,
                    s.categories,
                    pts,
                    s.phones,
                    s.emails.first()
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(key(&back.directory), key(&dir));
    // Export is deterministic.
    assert_eq!(serde_json::to_vec(&to_hsds3(&dir)).unwrap(), bytes);
    // No new problems except what the importer checks again (no swaps: they were corrected).
    assert!(back
        .problems
        .iter()
        .all(|p| p.kind.code() != "swapped_coordinates"));
}
