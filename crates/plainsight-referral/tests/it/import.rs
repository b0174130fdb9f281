//! Importers and data-quality checks: one test per problem class, each naming its row.

use crate::data;
use crate::single::*;
use plainsight_referral::{
    Category, CoordinateSource, Directory, Format, Import, ImportOptions, ProblemKind,
};

fn import(name: &str) -> Import {
    import_path(&data(name), &ImportOptions::default()).unwrap()
}

fn rows_of(i: &Import, kind: ProblemKind) -> Vec<u64> {
    i.problems
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| p.row)
        .collect()
}

fn detail(i: &Import, kind: ProblemKind, row: u64) -> String {
    i.problems
        .iter()
        .find(|p| p.kind == kind && p.row == row)
        .map(|p| p.detail.clone())
        .unwrap_or_else(|| panic!("no {kind} at row {row}: {:#?}", i.problems))
}

#[test]
fn formats_are_detected() {
    assert_eq!(
        import("providers_swapped.geojson").format,
        Some(Format::GeoJson)
    );
    assert_eq!(import("sahel_3w_hxl.csv").format, Some(Format::ThreeW));
    assert_eq!(import("hsds_package").format, Some(Format::Hsds));
    assert_eq!(
        import("hsds_package/datapackage.json").source,
        "hsds_package"
    );
    assert_eq!(import("hsds3_services.json").format, Some(Format::Hsds));
}

#[test]
fn counts_per_source() {
    let g = import("providers_swapped.geojson");
    assert_eq!(
        (
            g.directory.services.len(),
            g.directory.organizations.len(),
            g.directory.locations.len()
        ),
        (7, 7, 7)
    );
    let w = import("sahel_3w_hxl.csv");
    assert_eq!(
        (w.directory.services.len(), w.directory.organizations.len()),
        (8, 4)
    );
    let h = import("hsds_package");
    assert_eq!(
        (
            h.directory.services.len(),
            h.directory.organizations.len(),
            h.directory.locations.len()
        ),
        (4, 3, 3)
    );
    let j = import("hsds3_services.json");
    assert_eq!(
        (j.directory.services.len(), j.directory.organizations.len()),
        (2, 2)
    );
    // The Ebola 3W excerpt (MIT): 26 rows, 14 organisations, no coordinates at all.
    let e = import("ebola_3w/ebola_3w_excerpt.csv");
    assert_eq!(
        (e.directory.services.len(), e.directory.organizations.len()),
        (26, 14)
    );
}

#[test]
fn swapped_coordinates_are_reported_per_row_and_read_the_other_way() {
    let g = import("providers_swapped.geojson");
    // Every point of the source is [lat, lon]; rows 1-3 and 7 are decided by their own
    // address, row 5 (undecidable alone) by the source's majority.
    assert_eq!(
        rows_of(&g, ProblemKind::SwappedCoordinates),
        vec![1, 2, 3, 5, 7]
    );
    assert!(detail(&g, ProblemKind::SwappedCoordinates, 1).contains("Abeokuta"));
    assert!(detail(&g, ProblemKind::SwappedCoordinates, 5).contains("4 of the 4"));
    let abeokuta = g
        .directory
        .locations
        .values()
        .find(|l| l.source_id == "1")
        .unwrap();
    assert_eq!(abeokuta.point(), Some((7.1601, 3.3502)));
    assert_eq!(abeokuta.coordinates, CoordinateSource::Swapped);
    // Named latitude/longitude columns swapped in one row of a 3W sheet.
    let w = import("sahel_3w_hxl.csv");
    assert_eq!(rows_of(&w, ProblemKind::SwappedCoordinates), vec![3]);
    assert!(detail(&w, ProblemKind::SwappedCoordinates, 3).contains("Niamey"));
    // And in an HSDS package.
    let h = import("hsds_package");
    assert_eq!(rows_of(&h, ProblemKind::SwappedCoordinates), vec![3]);
}

#[test]
fn points_outside_the_stated_country_are_reported() {
    let g = import("providers_swapped.geojson");
    assert_eq!(rows_of(&g, ProblemKind::OutsideCountry), vec![5]);
    assert!(detail(&g, ProblemKind::OutsideCountry, 5).contains("Accra (GH)"));
    // Correct points are not.
    assert!(rows_of(&import("sahel_3w_hxl.csv"), ProblemKind::OutsideCountry).is_empty());
}

#[test]
fn missing_coordinates_are_placed_through_the_gazetteer_and_said_so() {
    let g = import("providers_swapped.geojson");
    assert_eq!(rows_of(&g, ProblemKind::MissingCoordinates), vec![4, 6]);
    assert!(detail(&g, ProblemKind::MissingCoordinates, 4).contains("Benin City"));
    assert!(detail(&g, ProblemKind::MissingCoordinates, 6).contains("not placed"));
    let edo = g
        .directory
        .locations
        .values()
        .find(|l| l.source_id == "4")
        .unwrap();
    assert!(
        matches!(&edo.coordinates, CoordinateSource::Gazetteer { place } if place == "Benin City, NG")
    );
    let atlantis = g
        .directory
        .locations
        .values()
        .find(|l| l.source_id == "6")
        .unwrap();
    assert_eq!(atlantis.point(), None);

    // The Ebola excerpt: areas with a town of 15,000 are placed, the others are not.
    let e = import("ebola_3w/ebola_3w_excerpt.csv");
    assert_eq!(rows_of(&e, ProblemKind::MissingCoordinates).len(), 26);
    assert!(detail(&e, ProblemKind::MissingCoordinates, 10).contains("Gbarnga (LR)"));
    assert!(detail(&e, ProblemKind::MissingCoordinates, 19).contains("Freetown (SL)"));
    assert!(detail(&e, ProblemKind::MissingCoordinates, 4).contains("not placed"));
    let placed = e
        .directory
        .locations
        .values()
        .filter(|l| l.point().is_some())
        .count();
    assert_eq!(placed, 16);
}

#[test]
fn duplicate_organisations_under_spelling_variants_are_reported() {
    let g = import("providers_swapped.geojson");
    assert_eq!(rows_of(&g, ProblemKind::DuplicateOrganization), vec![3]);
    assert!(detail(&g, ProblemKind::DuplicateOrganization, 3).contains("(row 1)"));
    let h = import("hsds_package");
    assert_eq!(rows_of(&h, ProblemKind::DuplicateOrganization), vec![3]);
    let e = import("ebola_3w/ebola_3w_excerpt.csv");
    assert_eq!(rows_of(&e, ProblemKind::DuplicateOrganization), vec![26]);
}

#[test]
fn somalia_organisation_variants() {
    // Unlicense excerpt of the Somalia organisation map: each name against its variants.
    use plainsight_referral::dedupe::{find_duplicates, name_key, same_organization};
    let text = std::fs::read_to_string(data("somalia_maps/org-map-excerpt.json")).unwrap();
    let map: serde_json::Value = serde_json::from_str(&text).unwrap();
    let name = |k: &str| map[k]["name"].as_str().unwrap().to_string();
    let same = |a: &str, b: &str| same_organization(&name_key(a), &name_key(b)).is_some();
    for (k, variant) in [
        ("AAP", "Action Against Poverty (AAP)"),
        ("ARD", "Action for Relief & Development (ARD)"),
        ("ActionAid", "Action Aid"),
        ("ASAL", "ASAL Action in Semi Arid Lands"),
        ("ADRA", "ADRA/Adventist Development and Relief Agency"),
        ("AFSC", "American Friends Service Committee (AFSC)"),
    ] {
        assert!(same(&name(k), variant), "{} / {variant}", name(k));
    }
    // The map holds some organisations twice under variants; different ones stay apart.
    let names: Vec<String> = map
        .as_object()
        .unwrap()
        .values()
        .map(|v| v["name"].as_str().unwrap().to_string())
        .collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let dups: Vec<(String, String)> = find_duplicates(&refs)
        .into_iter()
        .map(|(a, b, _)| (names[a].clone(), names[b].clone()))
        .collect();
    for (a, b) in &dups {
        let k = |s: &str| {
            s.to_lowercase()
                .replace("the ", "")
                .replace('ó', "o")
                .replace("organisation", "organization")
        };
        assert_eq!(k(a), k(b), "joined different organisations: {a} / {b}");
    }
    assert_eq!(dups.len(), 3, "{dups:?}");
    assert!(!same(&name("ADRA"), &name("ADRA Somalia")));
}

#[test]
fn invalid_phones_are_reported_masked() {
    let g = import("providers_swapped.geojson");
    assert_eq!(rows_of(&g, ProblemKind::InvalidPhone), vec![2, 3]);
    let d = detail(&g, ProblemKind::InvalidPhone, 2);
    assert!(d.contains("12 digits") && !d.contains("803555010"), "{d}");
    assert!(detail(&g, ProblemKind::InvalidPhone, 3).contains("short code"));
    // A national number read in the row's country is kept in E.164.
    let edo = g
        .directory
        .services
        .values()
        .find(|s| s.source_id == "4")
        .unwrap();
    assert_eq!(edo.phones, vec!["+2348035550104"]);
    let h = import("hsds_package");
    assert_eq!(rows_of(&h, ProblemKind::InvalidPhone), vec![4]);
}

#[test]
fn invalid_emails_are_reported_masked() {
    let g = import("providers_swapped.geojson");
    assert_eq!(rows_of(&g, ProblemKind::InvalidEmail), vec![3, 4]);
    assert!(!detail(&g, ProblemKind::InvalidEmail, 4).contains("edoreintegration"));
    // Two addresses in one field are both kept.
    let hope = g
        .directory
        .services
        .values()
        .find(|s| s.source_id == "1")
        .unwrap();
    assert_eq!(hope.emails.len(), 2);
    assert_eq!(
        rows_of(&import("sahel_3w_hxl.csv"), ProblemKind::InvalidEmail),
        vec![3]
    );
}

#[test]
fn unmapped_categories_are_listed_and_kept() {
    let g = import("providers_swapped.geojson");
    assert_eq!(g.unmapped_categories, vec!["Dance therapy"]);
    let row3 = g
        .directory
        .services
        .values()
        .find(|s| s.source_id == "3")
        .unwrap();
    assert_eq!(row3.categories, vec![Category::Shelter, Category::Other]);
    assert!(row3
        .source_categories
        .contains(&"Dance therapy".to_string()));
    assert_eq!(
        import("sahel_3w_hxl.csv").unmapped_categories,
        vec!["Kite flying"]
    );
    assert_eq!(
        import("hsds_package").unmapped_categories,
        vec!["Horse riding"]
    );
    // IOM spelling variants map alike.
    let row1 = g
        .directory
        .services
        .values()
        .find(|s| s.source_id == "1")
        .unwrap();
    assert_eq!(
        row1.categories,
        vec![Category::Shelter, Category::Psychosocial]
    );
}

#[test]
fn reimporting_a_source_updates_it() {
    let mut dir = Directory::default();
    dir.merge(import("sahel_3w_hxl.csv").directory);
    dir.merge(import("providers_swapped.geojson").directory);
    let before = dir.services.len();
    assert_eq!(before, 15);
    // The same sheet again, with one row's activity changed and one row gone.
    let text = std::fs::read_to_string(data("sahel_3w_hxl.csv")).unwrap();
    let edited: String = text
        .lines()
        .filter(|l| !l.contains("Kite flying"))
        .map(|l| l.replace("Psychosocial support", "Legal aid"))
        .collect::<Vec<_>>()
        .join("\n");
    let again = import_bytes(
        "sahel_3w_hxl.csv",
        edited.as_bytes(),
        &ImportOptions::default(),
    )
    .unwrap();
    dir.merge(again.directory);
    assert_eq!(dir.services.len(), before - 1);
    // Unchanged rows keep their ids.
    let first = import("sahel_3w_hxl.csv");
    let kept = first
        .directory
        .services
        .keys()
        .filter(|k| dir.services.contains_key(*k))
        .count();
    assert_eq!(kept, 6);
}

#[test]
fn a_forced_format_and_unreadable_sources() {
    let opts = ImportOptions {
        format: Some(Format::GeoJson),
        country: None,
    };
    assert!(import_bytes("x.json", b"[1,2,3]", &opts).is_err());
    assert!(import_bytes("x.csv", b"a,b\n1,2\n", &ImportOptions::default()).is_err());
    assert!(import_bytes("x.json", b"{not json", &ImportOptions::default()).is_err());
    assert!(import_path(&data("no-such-file.csv"), &ImportOptions::default()).is_err());
}

#[test]
fn the_same_input_gives_the_same_output() {
    let a = import("providers_swapped.geojson");
    let b = import("providers_swapped.geojson");
    assert_eq!(a.directory, b.directory);
    assert_eq!(a.problems, b.problems);
}

#[test]
fn hostile_input_does_not_panic() {
    for bytes in [
        &b""[..],
        b"{}",
        b"{\"type\":\"FeatureCollection\",\"features\":[{\"geometry\":{\"type\":\"Point\",\"coordinates\":[1e400,\"x\"]}},null,5]}",
        b"{\"type\":\"FeatureCollection\",\"features\":[{\"geometry\":{\"type\":\"Point\",\"coordinates\":[500,-700]}}]}",
        b"Organisation,Latitude,Longitude\n\"unterminated,1,2\n",
        b"#org\n",
        b"[{\"name\":5,\"service_at_locations\":[{\"location\":{\"latitude\":\"NaN\",\"longitude\":1}}]}]",
    ] {
        let _ = import_bytes("hostile", bytes, &ImportOptions::default());
    }
    let bad = import_bytes(
        "bad.geojson",
        br#"{"type":"FeatureCollection","features":[{"properties":{"NAME":"X"},"geometry":{"type":"Point","coordinates":[500,-700]}}]}"#,
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(bad.problems[0].kind, ProblemKind::InvalidCoordinates);
}

#[test]
fn unreadable_rows_are_counted_not_dropped() {
    let sheet =
        b"Organisation,Activity\nGood Aid,Shelter\n,\n\xff\xfe,Shelter\nOther Aid,Legal aid\n";
    let i = import_bytes("bad.csv", sheet, &ImportOptions::default()).unwrap();
    assert_eq!(i.directory.services.len(), 2);
    // The empty line is no record; the line with bytes that are not UTF-8 is row 3.
    assert_eq!(rows_of(&i, ProblemKind::BadRecord), vec![3]);
}

/// A copy of the synthetic HSDS package in a fresh folder, to be altered by a test.
fn package_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(data("hsds_package")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    dir
}

#[test]
fn a_package_reads_only_regular_files_inside_it() {
    // The copy imports as the original does.
    let dir = package_copy();
    let whole = import_path(dir.path(), &ImportOptions::default()).unwrap();
    assert_eq!(
        whole.directory.services.len(),
        import("hsds_package").directory.services.len()
    );

    // A table that is a symbolic link to a file outside the package is refused, not followed
    // (it could name any file the user can read), and the error says why.
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::copy(dir.path().join("services.csv"), outside.path()).unwrap();
    std::fs::remove_file(dir.path().join("services.csv")).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("services.csv")).unwrap();
    let e = import_path(dir.path(), &ImportOptions::default())
        .unwrap_err()
        .to_string();
    assert!(e.contains("services.csv is a symbolic link"), "{e}");

    // A FIFO in place of a table is refused at once rather than waited on.
    let dir = package_copy();
    std::fs::remove_file(dir.path().join("locations.csv")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("locations.csv"))
        .status()
        .unwrap();
    assert!(made.success());
    let e = import_path(dir.path(), &ImportOptions::default())
        .unwrap_err()
        .to_string();
    assert!(e.contains("locations.csv is not a regular file"), "{e}");

    // So is a symbolic link in place of datapackage.json itself.
    let dir = package_copy();
    let pkg = tempfile::NamedTempFile::new().unwrap();
    std::fs::copy(dir.path().join("datapackage.json"), pkg.path()).unwrap();
    std::fs::remove_file(dir.path().join("datapackage.json")).unwrap();
    std::os::unix::fs::symlink(pkg.path(), dir.path().join("datapackage.json")).unwrap();
    let e = import_path(dir.path(), &ImportOptions::default())
        .unwrap_err()
        .to_string();
    assert!(e.contains("datapackage.json is a symbolic link"), "{e}");
}

/// HSDS 1.0/1.1 packages (the Open Referral "simple" sample among them) put a service's
/// location in a `location_id` column of the service row and its numbers on the location or the
/// organisation; a package without a join table still places its services and reaches them.
/// A location with half a point (a shifted column) is reported, not taken for no coordinates.
#[test]
fn a_package_links_services_by_their_own_location_column_and_reports_half_points() {
    let dir = tempfile::tempdir().unwrap();
    let w = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    w(
        "datapackage.json",
        r#"{"name": "old", "resources": [{"name": "orgs", "path": "organizations.csv"},
            {"name": "locs", "path": "locations.csv"}, {"name": "svcs", "path": "services.csv"},
            {"name": "phones", "path": "phones.csv"}]}"#,
    );
    w(
        "organizations.csv",
        "id,name\no1,Synthetic Harbour Aid\no2,Synthetic Night Refuge\n",
    );
    w(
        "locations.csv",
        "id,organization_id,name,alternate_name,transportation,latitude,longitude\n\
         l1,o1,Naples,,,40.8518,14.2681\n\
         l2,o2,Palermo,,38.1157,13.3615,\n",
    );
    w(
        "services.csv",
        "id,organization_id,location_id,name\n\
         s1,o1,l1,Legal aid for survivors\n\
         s2,o2,l2,Night shelter\n\
         s3,o2,l9,Outreach\n",
    );
    w(
        "phones.csv",
        "id,location_id,service_id,organization_id,number\n\
         p1,l1,,,+39 081 555 0101\n\
         p2,,,o2,+39 091 555 0202\n\
         p3,,,o2,+39 091 555 0202\n",
    );
    let i = import_path(dir.path(), &ImportOptions::default()).unwrap();
    let d = &i.directory;
    assert_eq!(d.services.len(), 3);
    assert_eq!(d.locations.len(), 2, "{:#?}", i.problems);
    let by_name = |n: &str| d.services.values().find(|s| s.name == n).unwrap();
    assert_eq!(by_name("Legal aid for survivors").location_ids.len(), 1);
    assert_eq!(by_name("Legal aid for survivors").phones, ["+390815550101"]);
    // The organisation's number reaches both its services, once each.
    assert_eq!(by_name("Night shelter").phones, ["+390915550202"]);
    assert_eq!(by_name("Outreach").phones, ["+390915550202"]);
    // A location the package does not have is no location.
    assert!(by_name("Outreach").location_ids.is_empty());
    // The shifted row: its latitude column holds a longitude and its longitude is empty.
    let half = detail(&i, ProblemKind::MissingCoordinates, 2);
    assert!(
        half.contains("unreadable coordinates (latitude \"13.3615\" without a longitude)"),
        "{half}"
    );
    assert!(!rows_of(&i, ProblemKind::MissingCoordinates).contains(&1));
}

#[test]
fn a_3w_row_with_half_a_point_is_reported() {
    let sheet = "Organisation,Activity,Country,Admin1,Latitude,Longitude\n\
                 #org,#activity,#country,#adm1,#geo+lat,#geo+lon\n\
                 Synthetic Aid,Psychosocial support,Niger,Agadez,16.97,\n";
    let i = import_bytes("half.csv", sheet.as_bytes(), &ImportOptions::default()).unwrap();
    let d = detail(&i, ProblemKind::MissingCoordinates, 1);
    assert!(d.contains("latitude \"16.97\" without a longitude"), "{d}");
}

/// References to records the source does not have — a service's organisation or location, a
/// phone's owner, a category — are reported (on the service's row, or on row 0 naming the
/// table and its row when no service is concerned), never dropped silently; phones that name a
/// service-at-location row or a contact reach that service.
#[test]
fn references_to_nothing_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let w = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    w(
        "datapackage.json",
        r#"{"name": "refs", "resources": [{"name": "organizations", "path": "organizations.csv"},
            {"name": "services", "path": "services.csv"}, {"name": "locations", "path": "locations.csv"},
            {"name": "services_at_location", "path": "services_at_location.csv"},
            {"name": "phones", "path": "phones.csv"}, {"name": "contacts", "path": "contacts.csv"},
            {"name": "taxonomy", "path": "taxonomy.csv"},
            {"name": "service_taxonomy", "path": "service_taxonomy.csv"}]}"#,
    );
    w("organizations.csv", "id,name\norg-1,Harbour Light Refuge\n");
    w(
        "services.csv",
        "id,organization_id,name\nsvc-1,org-1,Shelter\nsvc-2,org-9,Counselling\nsvc-3,org-1,Legal aid\n",
    );
    w(
        "locations.csv",
        "id,name,latitude,longitude\nloc-1,Harbour House,41.9028,12.4964\n",
    );
    w(
        "services_at_location.csv",
        "id,service_id,location_id\nsal-1,svc-1,loc-1\nsal-2,svc-3,loc-7\nsal-3,svc-8,loc-1\n,,\n",
    );
    w(
        "contacts.csv",
        "id,service_id,name\nc-1,svc-3,Intake desk\n",
    );
    w(
        "phones.csv",
        "id,service_id,service_at_location_id,contact_id,number\n\
         ph-1,svc-1,,,+39 06 5555 0100\n\
         ph-2,svc-5,,,+39 06 5555 0101\n\
         ph-3,,sal-1,,+39 06 5555 0102\n\
         ph-4,,,c-1,+39 06 5555 0103\n\
         ph-5,,,,+39 06 5555 0104\n\
         ,,,,\n",
    );
    w("taxonomy.csv", "id,name\nt-1,Emergency Shelter\n");
    w(
        "service_taxonomy.csv",
        "id,service_id,taxonomy_id\nst-1,svc-1,t-1\nst-2,svc-1,t-9\nst-3,svc-6,t-1\n",
    );
    let i = import_path(dir.path(), &ImportOptions::default()).unwrap();
    let dangling: Vec<(u64, String)> = i
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::DanglingReference)
        .map(|p| (p.row, p.detail.clone()))
        .collect();
    let has = |row: u64, needle: &str| {
        assert!(
            dangling
                .iter()
                .any(|(r, d)| *r == row && d.contains(needle)),
            "row {row}: {needle:?} not in {dangling:#?}"
        )
    };
    // On the service's row: its organisation, a location, a category.
    has(2, "organization_id \"org-9\"");
    has(3, "services_at_location row 2 names location_id \"loc-7\"");
    has(1, "service_taxonomy row 2 names taxonomy_id \"t-9\"");
    // On row 0: rows of other tables that reach no service.
    has(0, "services_at_location row 3 names service_id \"svc-8\"");
    has(0, "phones row 2 names service_id \"svc-5\"");
    has(0, "phones row 5 names no service, location or organisation");
    has(0, "service_taxonomy row 3 names service_id \"svc-6\"");
    // Blank rows are no records; nothing else is reported.
    assert_eq!(dangling.len(), 7, "{dangling:#?}");
    // A phone through its service-at-location row, and one through its contact, reach the
    // service.
    let phones = |name: &str| {
        i.directory
            .services
            .values()
            .find(|s| s.name == name)
            .unwrap()
            .phones
            .clone()
    };
    assert_eq!(phones("Shelter"), vec!["+390655550100", "+390655550102"]);
    assert_eq!(phones("Legal aid"), vec!["+390655550103"]);
}

/// A table whose line breaks were lost reads as one long header: said so, with the empty
/// table, instead of importing nothing in silence; rows wider than their header too.
#[test]
fn a_damaged_table_is_reported() {
    let dir = package_copy();
    std::fs::write(
        dir.path().join("services_at_location.csv"),
        "id,service_id,location_idsal-1,svc-1,loc-1sal-2,svc-2,loc-1,",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("taxonomy.csv"),
        "id,name\nt-1,Emergency Shelter,open-eligibility\nt-2,Counseling\n",
    )
    .unwrap();
    let i = import_path(dir.path(), &ImportOptions::default()).unwrap();
    let bad: Vec<&str> = i
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::BadRecord && p.row == 0)
        .map(|p| p.detail.as_str())
        .collect();
    assert!(
        bad.iter().any(|d| d.starts_with(
            "services_at_location.csv: its header of 8 cells has 1 empty column name(s)"
        )),
        "{bad:#?}"
    );
    assert!(
        bad.contains(&"services_at_location.csv: the table holds no rows"),
        "{bad:#?}"
    );
    assert!(
        bad.iter().any(|d| d
            .starts_with("taxonomy.csv: 1 row(s) have more cells than the header names (rows 1)")),
        "{bad:#?}"
    );
}

/// The same in HSDS 3 JSON with top-level tables.
#[test]
fn references_to_nothing_in_hsds3_json_are_reported() {
    let json = br#"{
      "organizations": [{"id": "org-1", "name": "Harbour Light Refuge"}],
      "locations": [{"id": "loc-1", "name": "Harbour House", "latitude": 41.9028, "longitude": 12.4964}],
      "services": [
        {"id": "svc-1", "organization_id": "org-1", "name": "Shelter"},
        {"id": "svc-2", "organization_id": "org-9", "name": "Counselling",
         "service_at_locations": [{"location_id": "loc-4"}]}
      ],
      "service_at_locations": [
        {"service_id": "svc-1", "location_id": "loc-1"},
        {"service_id": "svc-1", "location_id": "loc-2"},
        {"service_id": "svc-7", "location_id": "loc-1"}
      ]
    }"#;
    let i = import_bytes("refs.json", json, &ImportOptions::default()).unwrap();
    let mut d: Vec<(u64, String)> = i
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::DanglingReference)
        .map(|p| (p.row, p.detail.clone()))
        .collect();
    d.sort();
    assert_eq!(d.len(), 4, "{d:#?}");
    assert!(d[0].0 == 0 && d[0].1.contains("service_at_locations row 3 names service_id \"svc-7\""));
    assert!(d[1].0 == 1 && d[1].1.contains("location_id \"loc-2\""));
    assert!(d[2].0 == 2 && d[2].1.contains("location_id \"loc-4\""));
    assert!(d[3].0 == 2 && d[3].1.contains("organization_id \"org-9\""));
    assert_eq!(i.directory.services.len(), 2);
}
