//! 3W ("who does what where") sheets, as CSV or as a workbook's sheet (`xlsx.rs`): one row per
//! organisation × activity × area. Columns are found by their HXL tags when the sheet has a tag
//! row (the row after the header whose cells start with `#`: `#org`, `#sector`, `#activity`,
//! `#adm1`, `#adm2`, `#loc`, `#country`, `#geo+lat`, `#geo+lon`, `+code` for P-codes), else by
//! header names.

use super::{split_terms, Order, RawLocation, RawRow};
use crate::taxonomy::{term_key, Vocabulary};
use crate::Error;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Org,
    Sector,
    Activity,
    Country,
    Admin1,
    Admin2,
    Pcode,
    Place,
    Lat,
    Lon,
    Phone,
    Email,
    Id,
}

fn role_of_tag(tag: &str) -> Option<Role> {
    let tag = tag.trim().to_ascii_lowercase();
    let mut parts = tag.split('+');
    let base = parts.next()?.trim();
    let attrs: Vec<&str> = parts.map(str::trim).collect();
    let code = attrs.contains(&"code");
    Some(match base {
        "#org" => Role::Org,
        "#sector" | "#cluster" => Role::Sector,
        "#activity" | "#service" => Role::Activity,
        "#country" if !code => Role::Country,
        "#country" => Role::Country,
        "#adm1" if code => Role::Pcode,
        "#adm1" => Role::Admin1,
        "#adm2" if code => Role::Pcode,
        "#adm2" => Role::Admin2,
        "#loc" if code => Role::Pcode,
        "#loc" => Role::Place,
        "#geo" if attrs.contains(&"lat") => Role::Lat,
        "#geo" if attrs.contains(&"lon") || attrs.contains(&"long") => Role::Lon,
        "#contact" if attrs.contains(&"phone") => Role::Phone,
        "#contact" if attrs.contains(&"email") => Role::Email,
        "#meta" if attrs.contains(&"id") => Role::Id,
        _ => return None,
    })
}

fn role_of_header(h: &str) -> Option<Role> {
    Some(match term_key(h).as_str() {
        "organisation" | "organization" | "org" | "partner" | "agency" | "organisationname"
        | "organizationname" => Role::Org,
        "sector" | "cluster" => Role::Sector,
        "activity" | "activities" | "service" | "services" => Role::Activity,
        "country" => Role::Country,
        "region" | "admin1" | "adm1" | "province" | "state" | "county" => Role::Admin1,
        "district" | "admin2" | "adm2" | "prefecture" | "lga" => Role::Admin2,
        "pcode" | "admin1pcode" | "admin2pcode" | "adm1pcode" | "adm2pcode" => Role::Pcode,
        "location" | "site" | "town" | "place" | "locality" | "city" => Role::Place,
        "lat" | "latitude" | "y" => Role::Lat,
        "lon" | "long" | "lng" | "longitude" | "x" => Role::Lon,
        "phone" | "telephone" | "contactphone" => Role::Phone,
        "email" | "contactemail" => Role::Email,
        "id" => Role::Id,
        _ => return None,
    })
}

/// Largest record kept (bytes): a longer one is reported as a bad record and skipped.
pub(crate) const MAX_RECORD: usize = 1 << 20;

/// How many rows from the top a tag row is looked for in: HXL puts the hashtag row right under
/// the header, and a sheet may carry a title or a note above the header.
const TAG_ROW_SCAN: usize = 25;

/// One row of a table as read: its cells, or `None` when it cannot be read (bytes that are not
/// text, a record over [`MAX_RECORD`]).
pub(crate) type TableRow = Option<Vec<String>>;

/// A 3W sheet as CSV.
pub(crate) fn read(source: &str, bytes: &[u8]) -> Result<Vec<RawRow>, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let rows = rdr.records().map(|r| match r {
        Ok(rec) if rec.as_slice().len() <= MAX_RECORD => {
            Some(rec.iter().map(str::to_string).collect())
        }
        _ => None,
    });
    read_table(source, rows)
}

fn is_blank(row: &[String]) -> bool {
    row.iter().all(|c| c.trim().is_empty())
}

/// An HXL hashtag with its attributes: `#name`, `#name +attr +attr` (letters, digits, `_`).
/// Spreadsheet error values (`#N/A`, `#VALUE!`, `#DIV/0!`) are not tags.
fn is_hashtag(cell: &str) -> bool {
    let word = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_alphabetic())
            && cs.all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let Some(rest) = cell.trim().strip_prefix('#') else {
        return false;
    };
    let mut parts = rest.split('+');
    parts.next().is_some_and(|t| word(t.trim())) && parts.all(|a| word(a.trim()))
}

/// An HXL hashtag row: at least one cell, and at least half of its non-empty cells, are
/// hashtags.
fn is_tag_row(row: &[String]) -> bool {
    let cells: Vec<&str> = row
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    let tagged = cells.iter().filter(|c| is_hashtag(c)).count();
    !cells.is_empty() && tagged * 2 >= cells.len()
}

/// A 3W table, whatever it was stored as (CSV, a workbook's sheet): rows of cells, top to
/// bottom. Columns are found by the HXL tag row when one is among the first rows (the row above
/// it is the header, anything above that a title), else by the names in the first non-blank
/// row. Data rows are numbered from 1 after the header (and tag) row; blank rows are skipped
/// but counted, unreadable ones reported.
pub(crate) fn read_table(
    source: &str,
    mut rows: impl Iterator<Item = TableRow>,
) -> Result<Vec<RawRow>, Error> {
    let mut head: Vec<TableRow> = Vec::new();
    while head.len() < TAG_ROW_SCAN {
        match rows.next() {
            Some(r) => head.push(r),
            None => break,
        }
    }
    let tag_row = head
        .iter()
        .position(|r| r.as_deref().is_some_and(is_tag_row));
    let mut roles: BTreeMap<usize, Role> = BTreeMap::new();
    let data_start = match tag_row {
        Some(t) => {
            for (i, c) in head[t].iter().flatten().enumerate() {
                if let Some(r) = role_of_tag(c) {
                    roles.entry(i).or_insert(r);
                }
            }
            t + 1
        }
        None => {
            let Some(h) = head
                .iter()
                .position(|r| r.as_deref().is_some_and(|r| !is_blank(r)))
            else {
                return Err(Error::Format {
                    source_name: source.to_string(),
                    reason: "no header row".into(),
                });
            };
            for (i, name) in head[h].iter().flatten().enumerate() {
                if let Some(r) = role_of_header(name) {
                    if !roles.values().any(|&x| x == r) {
                        roles.insert(i, r);
                    }
                }
            }
            h + 1
        }
    };
    if !roles.values().any(|&r| r == Role::Org) {
        return Err(Error::Format {
            source_name: source.to_string(),
            reason: "a 3W sheet needs an organisation column (#org or a header such as \"Organisation\")".into(),
        });
    }
    let col = |rec: &[String], role: Role| -> Option<String> {
        roles
            .iter()
            .filter(|(_, r)| **r == role)
            .find_map(|(&i, _)| rec.get(i).map(|c| c.trim()).filter(|s| !s.is_empty()))
            .map(str::to_string)
    };
    let mut out = Vec::new();
    let mut occurrences: BTreeMap<String, u32> = BTreeMap::new();
    let mut handle = |rec: &[String], n: u64, rows: &mut Vec<RawRow>| {
        let org = col(rec, Role::Org).unwrap_or_default();
        let sector = col(rec, Role::Sector);
        let activity = col(rec, Role::Activity);
        let mut terms = Vec::new();
        for t in [&sector, &activity].into_iter().flatten() {
            for t in split_terms(t) {
                if !terms.contains(&t) {
                    terms.push(t);
                }
            }
        }
        let (lat, lon) = (col(rec, Role::Lat), col(rec, Role::Lon));
        let parsed = match (&lat, &lon) {
            (Some(a), Some(b)) => match (a.parse::<f64>(), b.parse::<f64>()) {
                (Ok(a), Ok(b)) if a.is_finite() && b.is_finite() => Ok(Some((a, b, Order::LatLon))),
                _ => Err(format!("{a:?}, {b:?}")),
            },
            // Half a point (a shifted column, a lost cell) is reported, not taken for none.
            (Some(a), None) => Err(format!("latitude {a:?} without a longitude")),
            (None, Some(b)) => Err(format!("longitude {b:?} without a latitude")),
            (None, None) => Ok(None),
        };
        // No id column: the row's content is its id (so re-importing an edited sheet keeps
        // unchanged rows' ids), with a counter for rows repeated word for word.
        let content: Vec<&str> = rec.iter().map(|c| c.trim()).collect();
        let source_id = match col(rec, Role::Id) {
            Some(id) => id,
            None => {
                let base = content.join("\u{1f}");
                let k = occurrences.entry(base.clone()).or_default();
                *k += 1;
                format!("{}#{}", base, k)
            }
        };
        let loc = RawLocation {
            source_id: source_id.clone(),
            name: col(rec, Role::Place),
            address: None,
            country: col(rec, Role::Country),
            admin1: col(rec, Role::Admin1),
            admin2: col(rec, Role::Admin2),
            pcode: col(rec, Role::Pcode),
            point: parsed.clone().ok().flatten(),
            unreadable_point: parsed.err(),
        };
        let area = [&loc.name, &loc.admin2, &loc.admin1, &loc.country]
            .into_iter()
            .flatten()
            .next()
            .cloned()
            .unwrap_or_default();
        let what = activity.clone().or(sector.clone()).unwrap_or_default();
        rows.push(RawRow {
            row: n,
            source_id,
            org_id: term_key(&org),
            name: [org.as_str(), what.as_str(), area.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" — "),
            org_name: org,
            org_website: None,
            url: None,
            terms,
            kept_terms: Vec::new(),
            categories: Vec::new(),
            vocabulary: Some(Vocabulary::ThreeW),
            phones: col(rec, Role::Phone).into_iter().collect(),
            emails: col(rec, Role::Email).into_iter().collect(),
            locations: vec![loc],
            problems: Vec::new(),
        });
    };
    let data = head.into_iter().skip(data_start).chain(rows);
    for (n, rec) in (1u64..).zip(data) {
        match rec {
            Some(rec) => {
                if is_blank(&rec) {
                    continue;
                }
                handle(&rec, n, &mut out)
            }
            // Unreadable or oversized records are counted as bad rows by `build`
            // through an empty organisation; keep their row number.
            None => out.push(RawRow {
                row: n,
                source_id: format!("bad-row-{n}"),
                ..Default::default()
            }),
        }
    }
    Ok(out)
}
