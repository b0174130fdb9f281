//! 3W workbooks (XLSX) for `services import`. The first byte picks a mode: raw bytes after a ZIP
//! signature (the archive layer), or a well-formed workbook whose parts come from the input
//! (split on 0xFF: the first sheet's XML, the shared-strings XML, a second sheet's XML, the
//! workbook XML's `<sheets>` content), stored or deflated. Beyond "no panic, no ASan report, no
//! allocation past libFuzzer's RSS limit": the same bytes give the same imports, every import's
//! directory is consistent, and its problems name its own source.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainsight_referral::{import_bytes, ImportOptions};
use std::io::{Cursor, Write};

fn workbook(parts: &[&[u8]], deflate: bool) -> Vec<u8> {
    let part = |i: usize| parts.get(i).copied().unwrap_or(b"");
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let method = if deflate {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let opts = zip::write::SimpleFileOptions::default().compression_method(method);
    let mut put = |name: &str, head: &[u8], body: &[u8], tail: &[u8]| {
        zip.start_file(name, opts).expect("zip entry");
        zip.write_all(head).expect("zip write");
        zip.write_all(body).expect("zip write");
        zip.write_all(tail).expect("zip write");
    };
    put("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#, b"", b"");
    put("_rels/.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#, b"", b"");
    let sheets: &[u8] = if part(3).is_empty() {
        br#"<sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="More" sheetId="2" r:id="rId2"/>"#
    } else {
        part(3)
    };
    put("xl/workbook.xml", br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#, sheets, b"</sheets></workbook>");
    put("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#, b"", b"");
    put(
        "xl/sharedStrings.xml",
        br#"<?xml version="1.0"?>"#,
        part(1),
        b"",
    );
    for (name, i) in [
        ("xl/worksheets/sheet1.xml", 0),
        ("xl/worksheets/sheet2.xml", 2),
    ] {
        put(name, br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#, part(i), b"</sheetData></worksheet>");
    }
    zip.finish().expect("zip finish").into_inner()
}

fuzz_target!(|data: &[u8]| {
    let [mode, rest @ ..] = data else {
        return;
    };
    let bytes = match mode % 3 {
        0 => [&b"PK\x03\x04"[..], rest].concat(),
        m => {
            let parts: Vec<&[u8]> = rest.split(|b| *b == 0xFF).collect();
            workbook(&parts, m == 2)
        }
    };
    let Ok(imports) = import_bytes("fuzz.xlsx", &bytes, &ImportOptions::default()) else {
        return;
    };
    assert!(!imports.is_empty());
    let again = import_bytes("fuzz.xlsx", &bytes, &ImportOptions::default())
        .expect("the same bytes import again");
    assert_eq!(again.len(), imports.len(), "deterministic");
    for (i, a) in imports.iter().zip(&again) {
        assert_eq!(i.directory, a.directory, "deterministic");
        assert!(i.source.starts_with("fuzz.xlsx"));
        assert!(i.problems.iter().all(|p| p.source == i.source));
        let d = &i.directory;
        for s in d.services.values() {
            assert!(d.organizations.contains_key(&s.organization_id));
            for l in &s.location_ids {
                assert!(d.locations.contains_key(l));
            }
        }
    }
});
