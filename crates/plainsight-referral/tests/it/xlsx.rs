//! 3W workbooks (XLSX), written by `scripts/xlsx-fixtures.py` from the CSV fixtures the way a
//! spreadsheet program saves them: each gives what its CSV gives.

use crate::data;
use plainsight_referral::{import_path, Format, Import, ImportOptions, Problem, ProblemKind};

fn import_all(name: &str) -> Vec<Import> {
    import_path(&data(name), &ImportOptions::default()).unwrap()
}

/// A problem without its source (a workbook's and its CSV's sources have different names).
fn key(p: &Problem) -> (u64, ProblemKind, String) {
    (p.row, p.kind, p.detail.clone())
}

/// The workbook-level notes: sheets passed over (row 0).
fn passed_over(i: &Import) -> Vec<String> {
    i.problems
        .iter()
        .filter(|p| p.row == 0)
        .map(|p| p.detail.clone())
        .collect()
}

fn same_as_csv(xlsx: &Import, csv: &Import) {
    assert_eq!(xlsx.format, Some(Format::ThreeW));
    let (d, c) = (&xlsx.directory, &csv.directory);
    assert_eq!(d.services.len(), c.services.len());
    assert_eq!(d.organizations.len(), c.organizations.len());
    assert_eq!(d.locations.len(), c.locations.len());
    let problems: Vec<_> = xlsx
        .problems
        .iter()
        .filter(|p| p.row > 0)
        .map(key)
        .collect();
    assert_eq!(problems, csv.problems.iter().map(key).collect::<Vec<_>>());
    assert_eq!(xlsx.unmapped_categories, csv.unmapped_categories);
    let cats = |d: &plainsight_referral::Directory| {
        let mut v: Vec<_> = d
            .services
            .values()
            .map(|s| {
                (
                    s.name.clone(),
                    s.categories.clone(),
                    s.phones.clone(),
                    s.emails.clone(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(cats(d), cats(c));
    let points = |d: &plainsight_referral::Directory| {
        let mut v: Vec<_> = d
            .locations
            .values()
            .map(|l| format!("{:?} {:?} {:?}", l.name, l.point(), l.coordinates))
            .collect();
        v.sort();
        v
    };
    assert_eq!(points(d), points(c));
}

#[test]
fn a_workbook_gives_what_its_csv_gives() {
    // Public Ebola 3W rows (plain headers) in a workbook whose first sheet is a read-me.
    let x = import_all("xlsx/ebola_3w_excerpt.xlsx");
    assert_eq!(x.len(), 1);
    assert_eq!(x[0].source, "ebola_3w_excerpt.xlsx");
    let c = import_all("ebola_3w/ebola_3w_excerpt.csv");
    same_as_csv(&x[0], &c[0]);
    assert_eq!(passed_over(&x[0]).len(), 1);
    assert!(passed_over(&x[0])[0].contains("\"ReadMe\""));
    assert!(x[0].directory.services.len() > 20);

    // HXL-tagged, under a title row, coordinates stored as numbers.
    let x = import_all("xlsx/sahel_3w_hxl.xlsx");
    let c = import_all("sahel_3w_hxl.csv");
    same_as_csv(&x[0], &c[0]);
    assert!(passed_over(&x[0]).is_empty());
    // The swapped point of the CSV's row 3 is found in the workbook too.
    assert!(x[0]
        .problems
        .iter()
        .any(|p| p.kind == ProblemKind::SwappedCoordinates && p.row == 3));
}

#[test]
fn a_workbook_with_several_3w_sheets_gives_a_source_per_sheet() {
    let x = import_all("xlsx/sahel_by_country.xlsx");
    let names: Vec<&str> = x.iter().map(|i| i.source.as_str()).collect();
    assert_eq!(
        names,
        vec!["sahel_by_country.xlsx#Niger", "sahel_by_country.xlsx#Libya"]
    );
    for i in &x {
        assert!(i.problems.iter().all(|p| p.source == i.source));
    }
    let c = import_all("sahel_3w_hxl.csv");
    let services: usize = x.iter().map(|i| i.directory.services.len()).sum();
    assert_eq!(services, c[0].directory.services.len());
    // The lookup sheet is named, once.
    assert_eq!(passed_over(&x[0]).len(), 1);
    assert!(passed_over(&x[0])[0].contains("\"Lists\""));
    assert!(passed_over(&x[1]).is_empty());
    // Each sheet numbers its own rows: Libya's three rows are rows 1 to 3.
    assert_eq!(x[1].directory.services.len(), 3);
    assert!(x[1].problems.iter().all(|p| p.row <= 3));
}

#[test]
fn a_workbook_imports_the_same_twice() {
    let a = import_all("xlsx/sahel_by_country.xlsx");
    let b = import_all("xlsx/sahel_by_country.xlsx");
    assert_eq!(a.len(), b.len());
    for (a, b) in a.iter().zip(&b) {
        assert_eq!(a.directory, b.directory);
        assert_eq!(a.problems, b.problems);
    }
}

#[test]
fn an_old_excel_workbook_is_refused_with_what_to_do() {
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.extend_from_slice(&[0; 504]);
    let e = plainsight_referral::import_bytes("old.xls", &bytes, &ImportOptions::default())
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("save it as XLSX or CSV"), "{e}");
}
