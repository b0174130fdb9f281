//! 3W sheets saved as Excel workbooks (XLSX), read with `calamine`.
//!
//! A workbook is an untrusted ZIP archive, so before `calamine` opens it every member is
//! decompressed once and measured: at most [`MAX_MEMBERS`] members and [`MAX_EXPANDED`] bytes
//! in all, whatever the archive's directory claims, and the shared-strings table may not declare
//! more strings than its size can hold (`calamine` reserves room for the declared count). Cells
//! are then read one at a time (never as a rectangle spanning the sheet's declared or used
//! dimensions, which a crafted sheet sets to billions of cells), and the text they expand to
//! (a shared string repeated in many cells is copied into each) is capped at [`MAX_EXPANDED`]
//! too. Every sheet whose columns give a 3W table (an HXL tag row or an organisation header)
//! is read; sheets that do not (a read-me, lookup lists) are passed over and named.

use super::threew::{read_table, TableRow, MAX_RECORD};
use super::RawRow;
use crate::Error;
use calamine::{Data, Reader, Xlsx};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

/// Most members a workbook may have.
pub(crate) const MAX_MEMBERS: usize = 10_000;
/// Most bytes the members may decompress to in all, and most bytes of text the cells may expand
/// to.
pub(crate) const MAX_EXPANDED: u64 = 256 << 20;
/// Rows a sheet may have (Excel's own limit).
const MAX_ROWS: u32 = 1 << 20;
/// Highest column read (a 3W table has tens; Excel's own limit is 16,384).
const MAX_COLUMNS: u32 = 1024;
/// Smallest bytes a shared string takes in `sharedStrings.xml` (`<si><t/></si>`).
const MIN_SHARED_STRING_BYTES: u64 = 12;

/// A ZIP archive: the local file header's signature.
pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// A 3W table read from one sheet of a workbook.
pub(crate) struct Sheet {
    pub name: String,
    pub rows: Vec<RawRow>,
}

/// What a workbook gave: its 3W sheets, and the names of the sheets that hold no 3W table.
pub(crate) struct Workbook {
    pub sheets: Vec<Sheet>,
    pub passed_over: Vec<String>,
}

fn refuse(source: &str, reason: impl Into<String>) -> Error {
    Error::Format {
        source_name: source.to_string(),
        reason: reason.into(),
    }
}

/// Decompresses every member once, counting what comes out (at most `limit` bytes in all), and
/// checks the shared-strings table's declared count against its size.
fn measure(source: &str, bytes: &[u8], limit: u64) -> Result<(), Error> {
    let bad =
        |e: &dyn std::fmt::Display| refuse(source, format!("not a readable XLSX workbook ({e})"));
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(&e))?;
    if zip.len() > MAX_MEMBERS {
        return Err(refuse(
            source,
            format!("a workbook of more than {MAX_MEMBERS} members"),
        ));
    }
    let mut total = 0u64;
    let mut buf = vec![0u8; 64 << 10];
    for i in 0..zip.len() {
        let mut member = zip.by_index(i).map_err(|e| bad(&e))?;
        let shared_strings = member
            .name()
            .map_err(|e| bad(&e))?
            .to_ascii_lowercase()
            .ends_with("sharedstrings.xml");
        let mut size = 0u64;
        let mut head: Vec<u8> = Vec::new();
        let mut refs = RefScan::default();
        loop {
            let n = member.read(&mut buf).map_err(|e| bad(&e))?;
            refs.feed(&buf[..n], n == 0)
                .map_err(|r| refuse(source, format!("a cell reference out of range ({r:?})")))?;
            if n == 0 {
                break;
            }
            if shared_strings && head.len() < 4096 {
                head.extend_from_slice(&buf[..n.min(4096 - head.len())]);
            }
            size += n as u64;
            total += n as u64;
            if total > limit {
                return Err(refuse(
                    source,
                    format!("the workbook expands to more than {}", size_text(limit)),
                ));
            }
        }
        if shared_strings {
            if let Some(count) = declared_count(&head) {
                if count > size / MIN_SHARED_STRING_BYTES + 1 {
                    return Err(refuse(
                        source,
                        format!(
                            "the shared-strings table declares {count} strings in {size} bytes"
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Finds the cell references (`r="…"`, `ref="…"`) of a part, chunk by chunk, and refuses one
/// the XLSX reader cannot hold: more than 3 column letters or 7 row digits (Excel's last cell is
/// XFD1048576). `calamine` 0.38 multiplies such a reference past `u32` (a panic with overflow
/// checks on, a wrong position otherwise: the `services_xlsx` fuzz finding), so none reaches it.
#[derive(Default)]
struct RefScan {
    carry: Vec<u8>,
    /// Bytes of `carry` already scanned.
    scanned: usize,
}

/// How far before an `=` its attribute name is read, and after it its value.
const REF_LOOKBACK: usize = 64;
const REF_LOOKAHEAD: usize = 128;

impl RefScan {
    fn feed(&mut self, chunk: &[u8], last: bool) -> Result<(), String> {
        let mut data = std::mem::take(&mut self.carry);
        data.extend_from_slice(chunk);
        let end = if last {
            data.len()
        } else {
            data.len().saturating_sub(REF_LOOKAHEAD)
        };
        for i in self.scanned..end {
            if data[i] == b'=' {
                check_ref(&data, i)?;
            }
        }
        let keep = end.saturating_sub(REF_LOOKBACK);
        self.scanned = end.max(self.scanned) - keep;
        self.carry = data[keep..].to_vec();
        Ok(())
    }
}

/// Checks the attribute whose `=` is at `eq`, if it is `r` or `ref`.
fn check_ref(data: &[u8], eq: usize) -> Result<(), String> {
    let name_char = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b':' | b'_' | b'-' | b'.');
    let mut j = eq;
    while j > 0 && data[j - 1] == b' ' {
        j -= 1;
    }
    let mut start = j;
    while start > 0 && eq - start < REF_LOOKBACK && name_char(data[start - 1]) {
        start -= 1;
    }
    let name = &data[start..j];
    if name != b"r" && name != b"ref" {
        return Ok(());
    }
    let mut k = eq + 1;
    while k < data.len() && data[k] == b' ' {
        k += 1;
    }
    let Some(&quote) = data.get(k).filter(|q| matches!(q, b'"' | b'\'')) else {
        return Ok(());
    };
    let rest = &data[k + 1..data.len().min(k + 1 + REF_LOOKAHEAD - 2)];
    let Some(len) = rest.iter().position(|&b| b == quote) else {
        return Err(String::from_utf8_lossy(&rest[..rest.len().min(24)]).into_owned());
    };
    let value = &rest[..len];
    for part in value.split(|&b| b == b':' || b == b' ') {
        let letters = part.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let digits = part[letters..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if letters > 3 || digits > 7 {
            return Err(String::from_utf8_lossy(&value[..value.len().min(24)]).into_owned());
        }
    }
    Ok(())
}

/// The `uniqueCount` (else `count`) attribute of the `<sst>` element at the head of
/// `sharedStrings.xml`, when it is there.
fn declared_count(head: &[u8]) -> Option<u64> {
    let text = String::from_utf8_lossy(head);
    let sst = text.find("<sst").or_else(|| text.find(":sst"))?;
    let tag = &text[sst..];
    let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
    ["uniqueCount=", "count="].iter().find_map(|attr| {
        let at = tag.find(attr)? + attr.len();
        let rest = tag[at..].trim_start_matches(['"', '\'']);
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        // More digits than a u64 holds is more strings than any size can hold.
        Some(digits.parse::<u64>().unwrap_or(u64::MAX)).filter(|_| !digits.is_empty())
    })
}

/// A cell as text, the way it reads in the sheet: numbers without a trailing `.0`, errors as
/// Excel writes them (`#N/A`), dates as stored.
fn cell_text(d: Data) -> String {
    match d {
        Data::String(s) => s,
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

fn size_text(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads the workbook's sheets into 3W tables.
pub(crate) fn read(source: &str, bytes: &[u8]) -> Result<Workbook, Error> {
    read_limited(source, bytes, MAX_EXPANDED)
}

/// [`read`] with `limit` for [`MAX_EXPANDED`]. The XLSX reader is third-party code over
/// untrusted bytes, and panics on some malformed parts (a cell reference whose row or column
/// overflows: found by the `services_xlsx` fuzz target, where overflow checks are on); a panic
/// costs this source, never the process.
fn read_limited(source: &str, bytes: &[u8], limit: u64) -> Result<Workbook, Error> {
    std::panic::catch_unwind(|| read_unguarded(source, bytes, limit)).unwrap_or_else(|_| {
        Err(refuse(
            source,
            "not a readable XLSX workbook (the reader failed on a malformed part, such as a cell reference out of range)",
        ))
    })
}

fn read_unguarded(source: &str, bytes: &[u8], limit: u64) -> Result<Workbook, Error> {
    measure(source, bytes, limit)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| refuse(source, format!("not a readable XLSX workbook ({e})")))?;
    let mut expanded = 0u64;
    let mut sheets = Vec::new();
    let mut passed_over = Vec::new();
    let mut unreadable = Vec::new();
    for name in book.sheet_names() {
        let mut cells = match book.worksheet_cells_reader(&name) {
            Ok(c) => c,
            // A chart sheet or a dialog sheet holds no table.
            Err(calamine::XlsxError::NotAWorksheet(_)) => {
                passed_over.push(name);
                continue;
            }
            Err(e) => {
                unreadable.push(format!("{name:?} ({e})"));
                continue;
            }
        };
        // Row → its cells by column; rows may come in any order in a crafted sheet.
        let mut grid: BTreeMap<u32, BTreeMap<u32, String>> = BTreeMap::new();
        let mut too_wide: BTreeSet<u32> = BTreeSet::new();
        let mut failed = None;
        loop {
            match cells.next_cell() {
                Ok(Some(cell)) => {
                    let (row, column) = cell.get_position();
                    let text = cell_text(cell.get_value().clone().into());
                    if text.is_empty() {
                        continue;
                    }
                    if column >= MAX_COLUMNS {
                        too_wide.insert(row);
                        continue;
                    }
                    if row >= MAX_ROWS {
                        return Err(refuse(
                            source,
                            format!("sheet {name:?} has a cell below row {MAX_ROWS}, Excel's last"),
                        ));
                    }
                    expanded += text.len() as u64;
                    if expanded > limit {
                        return Err(refuse(
                            source,
                            format!("the cells expand to more than {} of text", size_text(limit)),
                        ));
                    }
                    grid.entry(row).or_default().insert(column, text);
                }
                Ok(None) => break,
                Err(e) => {
                    failed = Some(e.to_string());
                    break;
                }
            }
        }
        drop(cells);
        if let Some(e) = failed {
            unreadable.push(format!("{name:?} ({e})"));
            continue;
        }
        let last = grid.keys().next_back().copied().unwrap_or(0);
        let rows = (0..=last).map(|r| -> TableRow {
            // A row with a cell past the last column read cannot be read whole.
            if too_wide.contains(&r) {
                return None;
            }
            let Some(row) = grid.get(&r) else {
                return Some(Vec::new());
            };
            let width = row.keys().next_back().map_or(0, |c| *c as usize + 1);
            let mut out = vec![String::new(); width];
            let mut bytes = 0;
            for (c, text) in row {
                bytes += text.len();
                out[*c as usize] = text.clone();
            }
            (bytes <= MAX_RECORD).then_some(out)
        });
        match read_table(&format!("{source}#{name}"), rows) {
            Ok(rows) => sheets.push(Sheet { name, rows }),
            Err(_) => passed_over.push(name),
        }
    }
    if sheets.is_empty() {
        let mut why = if passed_over.is_empty() {
            "the workbook has no sheet".to_string()
        } else {
            format!(
                "no sheet holds a 3W table (an HXL tag row, or an organisation column): {}",
                passed_over
                    .iter()
                    .map(|n| format!("{n:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        if !unreadable.is_empty() {
            why.push_str(&format!("; unreadable sheets: {}", unreadable.join(", ")));
        }
        return Err(refuse(source, why));
    }
    if !unreadable.is_empty() {
        return Err(refuse(
            source,
            format!("unreadable sheets: {}", unreadable.join(", ")),
        ));
    }
    Ok(Workbook {
        sheets,
        passed_over,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A workbook of `sheets` (name, sheet XML body inside `<sheetData>`), with `shared` as its
    /// shared-strings part when given.
    fn workbook(sheets: &[(&str, &str)], shared: Option<&str>) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let mut put = |name: &str, body: &str| {
            zip.start_file(name, opts).unwrap();
            zip.write_all(body.as_bytes()).unwrap();
        };
        let mut types = String::from(
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
        );
        let mut book = String::from(
            r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
        );
        let mut rels = String::from(
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        );
        for (i, (name, _)) in sheets.iter().enumerate() {
            let n = i + 1;
            types.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
            book.push_str(&format!(
                r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#
            ));
            rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
        }
        if shared.is_some() {
            rels.push_str(r#"<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#);
        }
        types.push_str("</Types>");
        book.push_str("</sheets></workbook>");
        rels.push_str("</Relationships>");
        put("[Content_Types].xml", &types);
        put(
            "_rels/.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        );
        put("xl/workbook.xml", &book);
        put("xl/_rels/workbook.xml.rels", &rels);
        if let Some(sst) = shared {
            put("xl/sharedStrings.xml", sst);
        }
        for (i, (_, body)) in sheets.iter().enumerate() {
            put(
                &format!("xl/worksheets/sheet{}.xml", i + 1),
                &format!(
                    r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>"#
                ),
            );
        }
        zip.finish().unwrap().into_inner()
    }

    /// An inline-string cell.
    fn s(at: &str, text: &str) -> String {
        format!(r#"<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>"#)
    }

    /// A number cell.
    fn n(at: &str, v: f64) -> String {
        format!(r#"<c r="{at}"><v>{v}</v></c>"#)
    }

    fn row(r: u32, cells: &[String]) -> String {
        format!(r#"<row r="{r}">{}</row>"#, cells.concat())
    }

    fn sheet_3w() -> String {
        [
            row(
                1,
                &[
                    s("A1", "Organisation"),
                    s("B1", "Activity"),
                    s("C1", "Latitude"),
                    s("D1", "Longitude"),
                ],
            ),
            row(
                2,
                &[
                    s("A2", "#org"),
                    s("B2", "#activity"),
                    s("C2", "#geo+lat"),
                    s("D2", "#geo+lon"),
                ],
            ),
            row(
                3,
                &[
                    s("A3", "Desert Rose Aid"),
                    s("B3", "Shelter"),
                    n("C3", 16.974),
                    n("D3", 7.99),
                ],
            ),
        ]
        .concat()
    }

    #[test]
    fn a_workbook_is_read_cell_by_cell() {
        let book = workbook(&[("Data", &sheet_3w())], None);
        let w = read("w.xlsx", &book).unwrap();
        assert_eq!(w.sheets.len(), 1);
        let r = &w.sheets[0].rows;
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].row, 1);
        assert_eq!(r[0].org_name, "Desert Rose Aid");
        let p = r[0].locations[0].point.unwrap();
        assert_eq!((p.0, p.1), (16.974, 7.99));
    }

    #[test]
    fn a_shared_strings_table_declaring_more_strings_than_it_can_hold_is_refused() {
        // calamine reserves room for the declared count before reading a string.
        let sst = r#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4000000000" uniqueCount="4000000000"><si><t>Desert Rose Aid</t></si></sst>"#;
        let book = workbook(&[("Data", &sheet_3w())], Some(sst));
        let e = read("w.xlsx", &book).err().unwrap().to_string();
        assert!(e.contains("declares 4000000000 strings"), "{e}");
    }

    #[test]
    fn a_workbook_that_expands_past_the_limit_is_refused() {
        // 2 MiB of blanks compress to a few KiB.
        let padding = " ".repeat(2 << 20);
        let body = format!("{}{padding}", sheet_3w());
        let book = workbook(&[("Data", &body)], None);
        assert!(book.len() < 64 << 10);
        let e = read_limited("w.xlsx", &book, 1 << 20)
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("expands to more than 1 MiB"), "{e}");
        assert!(read_limited("w.xlsx", &book, 4 << 20).is_ok());
    }

    #[test]
    fn one_shared_string_in_many_cells_is_counted_per_cell() {
        let long = "x".repeat(4096);
        let sst = format!(
            r#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="1"><si><t>{long}</t></si></sst>"#
        );
        let mut body = sheet_3w();
        for r in 4..600u32 {
            body.push_str(&format!(
                r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#
            ));
        }
        let book = workbook(&[("Data", &body)], Some(&sst));
        // The archive is small; the cells expand to ~2.4 MB.
        let e = read_limited("w.xlsx", &book, 1 << 20)
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("cells expand to more than 1 MiB"), "{e}");
    }

    #[test]
    fn far_cells_cost_nothing_and_a_row_too_wide_is_a_bad_row() {
        let mut body = sheet_3w();
        body.push_str(&row(4, &[s("A4", "Wide Aid"), s("ZZZ4", "far right")]));
        body.push_str(&row(1048576, &[s("A1048576", "Last Row Aid")]));
        let book = workbook(&[("Data", &body)], None);
        let w = read("w.xlsx", &book).unwrap();
        let rows = &w.sheets[0].rows;
        // Row 4 of the sheet is data row 2: unreadable (a cell past column 1,024); the last row
        // of the sheet is read.
        assert_eq!(rows.len(), 3);
        assert!(rows[1].org_name.is_empty() && rows[1].row == 2);
        assert_eq!(rows[2].org_name, "Last Row Aid");
        assert_eq!(rows[2].row, 1048576 - 2);
        let beyond = format!(
            r#"{}<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>"#,
            sheet_3w()
        );
        let e = read("w.xlsx", &workbook(&[("Data", &beyond)], None))
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("below row"), "{e}");
    }

    #[test]
    fn error_values_are_no_tag_row_and_no_point() {
        let body = [
            row(
                1,
                &[
                    s("A1", "Organisation"),
                    s("B1", "Latitude"),
                    s("C1", "Longitude"),
                ],
            ),
            row(
                2,
                &[
                    s("A2", "Aid One"),
                    r#"<c r="B2" t="e"><v>#N/A</v></c>"#.to_string(),
                    r#"<c r="C2" t="e"><v>#N/A</v></c>"#.to_string(),
                ],
            ),
        ]
        .concat();
        let w = read("w.xlsx", &workbook(&[("Data", &body)], None)).unwrap();
        let r = &w.sheets[0].rows;
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].org_name, "Aid One");
        assert!(r[0].locations[0].point.is_none());
        assert!(r[0].locations[0]
            .unreadable_point
            .as_deref()
            .unwrap()
            .contains("#N/A"));
    }

    #[test]
    fn sheets_without_a_table_are_named() {
        let notes = row(1, &[s("A1", "Read me first")]);
        let w = read(
            "w.xlsx",
            &workbook(&[("Notes", &notes), ("Data", &sheet_3w())], None),
        )
        .unwrap();
        assert_eq!(w.passed_over, vec!["Notes".to_string()]);
        let e = read("w.xlsx", &workbook(&[("Notes", &notes)], None))
            .err()
            .unwrap()
            .to_string();
        assert!(
            e.contains("no sheet holds a 3W table") && e.contains("\"Notes\""),
            "{e}"
        );
    }

    #[test]
    fn a_cell_reference_out_of_range_costs_the_source_not_the_process() {
        // The fuzz finding: calamine multiplies past u32 on such references (a panic where
        // overflow checks are on, as in tests; a wrong position otherwise).
        // They are refused before the reader sees them, in any chunk position.
        for at in ["A99999999999", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1"] {
            for pad in [0, 65_000, 65_500, 131_000] {
                let body = format!("{}{}{}", " ".repeat(pad), sheet_3w(), row(4, &[s(at, "x")]));
                let e = read("w.xlsx", &workbook(&[("Data", &body)], None))
                    .err()
                    .unwrap()
                    .to_string();
                assert!(e.contains("a cell reference out of range"), "{pad} {e}");
            }
        }
        // Excel's own last cell, and names that only end in r, pass.
        let body = format!(
            "{}{}",
            sheet_3w(),
            r#"<row r="1048576" spans="1:1"><c r="XFD1048576" xr="9999999999999" t="inlineStr"><is><t>x</t></is></c></row>"#
        );
        assert!(read("w.xlsx", &workbook(&[("Data", &body)], None)).is_ok());
    }

    #[test]
    fn garbage_after_a_zip_signature_is_an_error() {
        for bytes in [
            &b"PK\x03\x04"[..],
            b"PK\x03\x04garbage garbage garbage",
            &workbook(&[], None),
        ] {
            assert!(read("w.xlsx", bytes).is_err());
        }
    }

    #[test]
    fn the_declared_count_is_read_from_the_sst_element() {
        let head = br#"<?xml version="1.0"?><sst xmlns="x" count="7" uniqueCount="5"><si>"#;
        assert_eq!(declared_count(head), Some(5));
        assert_eq!(declared_count(br#"<x:sst count='12'>"#), Some(12));
        assert_eq!(
            declared_count(br#"<sst uniqueCount="99999999999999999999999">"#),
            Some(u64::MAX)
        );
        assert_eq!(declared_count(b"<sst>"), None);
        assert_eq!(declared_count(b"garbage"), None);
    }

    #[test]
    fn numbers_read_as_they_show() {
        assert_eq!(cell_text(Data::Float(16.974)), "16.974");
        assert_eq!(cell_text(Data::Float(12.0)), "12");
        assert_eq!(cell_text(Data::Int(-3)), "-3");
        assert_eq!(cell_text(Data::String("Agadez".into())), "Agadez");
        assert_eq!(cell_text(Data::Empty), "");
    }
}
