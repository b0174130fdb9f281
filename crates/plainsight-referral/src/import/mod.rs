//! Importers: a source file or folder → the directory entries it gives, the data-quality
//! problems in it (each with its row), and the source category terms no mapping file knows.
//!
//! Every format is read into `RawRow`s first (one service, its organisation, its locations as
//! the source wrote them); `build` then applies the same checks to every format, so a problem
//! class is found the same way whatever the source.

mod geojson;
pub use hsds::{PLAINSIGHT_TAXONOMY, SOURCE_TAXONOMY};
mod hsds;
mod threew;
mod xlsx;

use crate::model::{stable_id, CoordinateSource, Directory, Location, Organization, Service};
use crate::places::{
    admin_area, check_country, country_code, country_of_pcode, distance_km, resolve_in_country,
    valid_point, CountryCheck,
};
use crate::quality::{check_email, check_phone, split_contacts, Problem, ProblemKind};
use crate::taxonomy::{map_term, term_key, Category, Vocabulary};
use crate::{dedupe, Error};
use plainsight_geo::Place;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Largest source file read (bytes): a directory export is far smaller; anything larger is
/// refused rather than read into memory.
pub const MAX_SOURCE_BYTES: u64 = 256 << 20;

/// Source formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// HSDS 3.x JSON, or an HSDS 1.x/2.x CSV data package (`datapackage.json`).
    Hsds,
    /// A 3W sheet (CSV) with HXL tags or plain headers.
    ThreeW,
    /// A GeoJSON feature collection.
    GeoJson,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "hsds" => Ok(Format::Hsds),
            "3w" | "threew" | "hxl" => Ok(Format::ThreeW),
            "geojson" => Ok(Format::GeoJson),
            _ => Err(format!("unknown format {s:?} (hsds, 3w or geojson)")),
        }
    }
}

/// What the importer is told beyond the source itself.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// Force a format instead of detecting it.
    pub format: Option<Format>,
    /// The country (ISO alpha-2) of rows that state none and whose areas name none.
    pub country: Option<String>,
}

/// The result of importing one source.
#[derive(Clone, Debug, Default)]
pub struct Import {
    /// The source's name: its file name (a data package: its folder's name). Re-importing a
    /// source of the same name replaces it.
    pub source: String,
    pub format: Option<Format>,
    pub directory: Directory,
    pub problems: Vec<Problem>,
    /// Source category terms no mapping file knows, as first written (one per folded term).
    pub unmapped_categories: Vec<String>,
}

/// How a source wrote a point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Order {
    /// GeoJSON `[lon, lat]`.
    LonLat,
    /// Named latitude and longitude fields.
    LatLon,
}

/// A location as the source wrote it.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawLocation {
    pub source_id: String,
    pub name: Option<String>,
    pub address: Option<String>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub pcode: Option<String>,
    /// The two numbers in the source's order, and that order.
    pub point: Option<(f64, f64, Order)>,
    /// A geometry or coordinate text that is not two numbers.
    pub unreadable_point: Option<String>,
}

/// A service as the source wrote it.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawRow {
    pub row: u64,
    pub source_id: String,
    pub org_id: String,
    pub org_name: String,
    pub org_website: Option<String>,
    pub name: String,
    pub terms: Vec<String>,
    /// Source terms kept as written but not mapped (the `source` terms of a plainsight export,
    /// whose categories come with them).
    pub kept_terms: Vec<String>,
    /// Terms already in the project taxonomy (an HSDS file plainsight exported).
    pub categories: Vec<Category>,
    pub vocabulary: Option<Vocabulary>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub url: Option<String>,
    pub locations: Vec<RawLocation>,
    /// Problems the reader found in this row (a reference to nothing), reported by [`build`]
    /// with the row's number.
    pub problems: Vec<(ProblemKind, String)>,
}

/// What a reader gives: the rows, and problems of the source that belong to no service row
/// (row 0, the detail naming the table and its row).
#[derive(Default)]
pub(crate) struct Read {
    pub rows: Vec<RawRow>,
    pub problems: Vec<(ProblemKind, String)>,
}

impl From<Vec<RawRow>> for Read {
    fn from(rows: Vec<RawRow>) -> Read {
        Read {
            rows,
            problems: Vec::new(),
        }
    }
}

/// Imports one source (a file, or an HSDS data package folder). A source gives one import,
/// except a workbook with several 3W sheets: one import per sheet, named `FILE#SHEET`.
pub fn import_path(path: &Path, opts: &ImportOptions) -> Result<Vec<Import>, Error> {
    let io = |e: std::io::Error| Error::Io {
        path: path.display().to_string(),
        source: e,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    let package = if meta.is_dir() {
        Some(path.to_path_buf())
    } else if path.file_name().is_some_and(|n| n == "datapackage.json") {
        Some(path.parent().unwrap_or(Path::new(".")).to_path_buf())
    } else {
        None
    };
    if let Some(dir) = package {
        if !dir.join("datapackage.json").is_file() {
            return Err(Error::Format {
                source_name: path.display().to_string(),
                reason: "a folder source must be an HSDS data package (datapackage.json)".into(),
            });
        }
        let name = source_name(&dir);
        let read = hsds::read_package(&dir, &name)?;
        return Ok(vec![build(&name, Some(Format::Hsds), read, opts)]);
    }
    let name = source_name(path);
    if meta.len() > MAX_SOURCE_BYTES {
        return Err(Error::Format {
            source_name: name,
            reason: format!("larger than {} MiB", MAX_SOURCE_BYTES >> 20),
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    import_bytes(&name, &bytes, opts)
}

/// A source's name: the last component of its path.
pub fn source_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// An Excel 97–2003 workbook (an OLE compound file).
fn is_ole(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// Detects the format of a single-file source from its content.
pub fn detect(bytes: &[u8]) -> Option<Format> {
    if xlsx::is_zip(bytes) {
        return Some(Format::ThreeW);
    }
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)?;
    match bytes[start] {
        b'{' | b'[' => {
            // A feature collection names its type near the top; anything else JSON is HSDS.
            let head = String::from_utf8_lossy(&bytes[start..bytes.len().min(start + 4096)]);
            if head.contains("\"FeatureCollection\"") || head.contains("\"features\"") {
                Some(Format::GeoJson)
            } else {
                Some(Format::Hsds)
            }
        }
        _ => Some(Format::ThreeW),
    }
}

/// Imports a single-file source from its bytes: one import, or one per 3W sheet of a workbook
/// that has several (see [`import_path`]).
pub fn import_bytes(name: &str, bytes: &[u8], opts: &ImportOptions) -> Result<Vec<Import>, Error> {
    let format = opts
        .format
        .or_else(|| detect(bytes))
        .ok_or_else(|| Error::Format {
            source_name: name.to_string(),
            reason: "empty source".into(),
        })?;
    if is_ole(bytes) {
        return Err(Error::Format {
            source_name: name.to_string(),
            reason: "an Excel 97-2003 (.xls) workbook is not read: save it as XLSX or CSV".into(),
        });
    }
    if format == Format::ThreeW && xlsx::is_zip(bytes) {
        let book = xlsx::read(name, bytes)?;
        let several = book.sheets.len() > 1;
        // Sheets that hold no table are named (on the first source), so nothing is passed over
        // unsaid.
        let mut notes: Vec<(ProblemKind, String)> = book
            .passed_over
            .iter()
            .map(|sheet| {
                (
                    ProblemKind::BadRecord,
                    format!(
                        "sheet {sheet:?} of the workbook holds no 3W table (no HXL tag row or organisation column); not read"
                    ),
                )
            })
            .collect();
        let imports: Vec<Import> = book
            .sheets
            .into_iter()
            .map(|sheet| {
                let source = if several {
                    format!("{name}#{}", sheet.name)
                } else {
                    name.to_string()
                };
                let read = Read {
                    rows: sheet.rows,
                    problems: std::mem::take(&mut notes),
                };
                build(&source, Some(Format::ThreeW), read, opts)
            })
            .collect();
        return Ok(imports);
    }
    let read = match format {
        Format::GeoJson => geojson::read(name, bytes)?.into(),
        Format::Hsds => hsds::read_json(name, bytes)?,
        Format::ThreeW => threew::read(name, bytes)?.into(),
    };
    Ok(vec![build(name, Some(format), read, opts)])
}

/// How much nearer the other reading of a point must be to the row's stated place, and how far
/// the given reading must be, before the point is taken for swapped.
const SWAP_RATIO: f64 = 4.0;
const SWAP_MIN_KM: f64 = 25.0;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Verdict {
    Given,
    Swapped,
    Undecided,
    /// Neither reading is a point on the globe.
    Invalid,
}

/// The reference a row's point is checked against: the gazetteer place its own place name,
/// address or area resolves to (most specific first), and what it was.
#[derive(Clone, Debug)]
struct Reference {
    place: Place,
    from: String,
}

fn reference_for(loc: &RawLocation, country: Option<&str>) -> Option<Reference> {
    let c = country?;
    let mk = |p: Place, what: &str, text: &str| Reference {
        place: p,
        from: format!("{what} {text:?}"),
    };
    if let Some(n) = loc.name.as_deref() {
        if let Some(p) = resolve_in_country(n, c) {
            return Some(mk(p, "place", n));
        }
    }
    if let Some(a) = loc.address.as_deref() {
        if let Some(p) = resolve_in_country(a, c) {
            return Some(mk(p, "address", a));
        }
    }
    for (what, area) in [
        ("admin2", loc.admin2.as_deref()),
        ("admin1", loc.admin1.as_deref()),
    ] {
        let Some(area) = area else { continue };
        if let Some(a) = admin_area(area, Some(c)) {
            return Some(mk(a.town, what, area));
        }
        if let Some(p) = resolve_in_country(area, c) {
            return Some(mk(p, what, area));
        }
    }
    if let Some(p) = loc.pcode.as_deref().and_then(|p| admin_area(p, Some(c))) {
        return Some(mk(
            p.town,
            "P-code",
            loc.pcode.as_deref().unwrap_or_default(),
        ));
    }
    None
}

/// The two readings of a point: (as the format says, the other way round), each (lat, lon).
fn readings(a: f64, b: f64, order: Order) -> ((f64, f64), (f64, f64)) {
    match order {
        Order::LonLat => ((b, a), (a, b)),
        Order::LatLon => ((a, b), (b, a)),
    }
}

fn judge(
    given: (f64, f64),
    other: (f64, f64),
    reference: Option<&Reference>,
    country: Option<&str>,
) -> Verdict {
    let (g_ok, o_ok) = (valid_point(given.0, given.1), valid_point(other.0, other.1));
    match (g_ok, o_ok) {
        (false, false) => return Verdict::Invalid,
        (false, true) => return Verdict::Swapped,
        (true, false) => return Verdict::Given,
        (true, true) => {}
    }
    if given == other {
        return Verdict::Given;
    }
    if let Some(r) = reference {
        let at = r.place.coordinates.unwrap_or_default();
        let (dg, ds) = (distance_km(given, at), distance_km(other, at));
        if dg > SWAP_MIN_KM && ds * SWAP_RATIO < dg {
            return Verdict::Swapped;
        }
        if ds > SWAP_MIN_KM && dg * SWAP_RATIO < ds {
            return Verdict::Given;
        }
    }
    if let Some(c) = country {
        let inside = |p: (f64, f64)| check_country(p.0, p.1, c) == CountryCheck::Inside;
        match (inside(given), inside(other)) {
            (true, false) => return Verdict::Given,
            (false, true) => return Verdict::Swapped,
            _ => {}
        }
    }
    Verdict::Undecided
}

/// A source whose decided points are swapped this often has the other axis order throughout.
const SOURCE_SWAP_SHARE: f64 = 2.0 / 3.0;
const SOURCE_SWAP_MIN_ROWS: usize = 3;

fn fmt_point(p: (f64, f64)) -> String {
    format!("({:.5}, {:.5})", p.0, p.1)
}

/// The country of a raw location: stated, else from its P-code, else from an area name only
/// one country of the admin table has.
fn stated_country(loc: &RawLocation) -> Option<&'static str> {
    if let Some(c) = loc.country.as_deref().and_then(country_code) {
        return Some(c);
    }
    if let Some(c) = loc.pcode.as_deref().and_then(country_of_pcode) {
        return Some(c);
    }
    for area in [loc.admin1.as_deref(), loc.admin2.as_deref()]
        .into_iter()
        .flatten()
    {
        if let Some(a) = admin_area(area, None) {
            return Some(a.country);
        }
    }
    None
}

/// Applies every check to the rows of one source and builds its directory entries.
pub(crate) fn build(
    source: &str,
    format: Option<Format>,
    read: Read,
    opts: &ImportOptions,
) -> Import {
    let Read {
        rows,
        problems: source_problems,
    } = read;
    let mut problems = Vec::new();
    let mut report = |row: u64, kind: ProblemKind, detail: String| {
        problems.push(Problem {
            source: source.to_string(),
            row,
            kind,
            detail,
        })
    };
    for (kind, detail) in source_problems {
        report(0, kind, detail);
    }

    // Countries: stated per location, else the source's most common, else the option.
    let forced = opts
        .country
        .as_deref()
        .and_then(|c| plainsight_geo::gazetteer().country(c).map(|p| p.country));
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for r in &rows {
        for l in &r.locations {
            if let Some(c) = stated_country(l) {
                *counts.entry(c).or_default() += 1;
            }
        }
    }
    let majority = counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(c, _)| *c);
    let default_country = forced.or(majority);

    // Coordinates, first pass: each point judged on its own.
    struct Judged {
        given: (f64, f64),
        other: (f64, f64),
        verdict: Verdict,
        reference: Option<Reference>,
    }
    let mut judged: Vec<Vec<Option<Judged>>> = Vec::with_capacity(rows.len());
    let (mut decided, mut swapped) = (0usize, 0usize);
    for r in &rows {
        let mut v = Vec::with_capacity(r.locations.len());
        for l in &r.locations {
            let country = stated_country(l).or(default_country);
            let reference = reference_for(l, country);
            v.push(l.point.map(|(a, b, order)| {
                let (given, other) = readings(a, b, order);
                let verdict = judge(given, other, reference.as_ref(), country);
                match verdict {
                    Verdict::Given => decided += 1,
                    Verdict::Swapped => {
                        decided += 1;
                        swapped += 1
                    }
                    _ => {}
                }
                Judged {
                    given,
                    other,
                    verdict,
                    reference: reference.clone(),
                }
            }));
        }
        judged.push(v);
    }
    let source_swapped =
        decided >= SOURCE_SWAP_MIN_ROWS && swapped as f64 >= SOURCE_SWAP_SHARE * decided as f64;

    let mut dir = Directory::default();
    let mut unmapped: BTreeMap<String, String> = BTreeMap::new();
    let mut org_rows: Vec<(String, String, u64)> = Vec::new(); // (org id, name, first row)
    let mut seen_services: BTreeMap<String, u64> = BTreeMap::new();

    for (r, judged) in rows.into_iter().zip(judged) {
        let row = r.row;
        for (kind, detail) in &r.problems {
            report(row, *kind, detail.clone());
        }
        if r.org_name.trim().is_empty() && r.name.trim().is_empty() {
            report(
                row,
                ProblemKind::BadRecord,
                "unreadable, or names no organisation or service; skipped".into(),
            );
            continue;
        }
        // Organisation.
        let org_id = stable_id("organization", source, &r.org_id);
        if !dir.organizations.contains_key(&org_id) {
            org_rows.push((org_id.clone(), r.org_name.clone(), row));
            dir.organizations.insert(
                org_id.clone(),
                Organization {
                    id: org_id.clone(),
                    source: source.to_string(),
                    source_id: r.org_id.clone(),
                    name: r.org_name.clone(),
                    website: r.org_website.clone(),
                },
            );
        }

        // Locations.
        let mut location_ids = Vec::new();
        let mut first_country: Option<&'static str> = None;
        for (l, j) in r.locations.iter().zip(judged) {
            let country = stated_country(l).or(default_country);
            first_country = first_country.or(country);
            let mut coordinates = CoordinateSource::None;
            let mut point = None;
            match j {
                Some(j) => match j.verdict {
                    Verdict::Invalid => report(
                        row,
                        ProblemKind::InvalidCoordinates,
                        format!("{} is no point either way round", fmt_point(j.given)),
                    ),
                    Verdict::Swapped => {
                        let why = match (&j.reference, valid_point(j.given.0, j.given.1)) {
                            (_, false) => format!("{} is no point on the globe", fmt_point(j.given)),
                            (Some(rf), _) => format!(
                                "{} is {:.0} km from {} ({}), read the other way round it is {:.0} km",
                                fmt_point(j.given),
                                distance_km(j.given, rf.place.coordinates.unwrap_or_default()),
                                rf.place.name,
                                rf.from,
                                distance_km(j.other, rf.place.coordinates.unwrap_or_default()),
                            ),
                            (None, _) => format!(
                                "{} is outside {}, read the other way round it is inside",
                                fmt_point(j.given),
                                country.unwrap_or("the stated country")
                            ),
                        };
                        report(
                            row,
                            ProblemKind::SwappedCoordinates,
                            format!("{why}; read as {}", fmt_point(j.other)),
                        );
                        coordinates = CoordinateSource::Swapped;
                        point = Some(j.other);
                    }
                    Verdict::Undecided if source_swapped => {
                        report(
                            row,
                            ProblemKind::SwappedCoordinates,
                            format!(
                                "{swapped} of the {decided} points of this source that could be checked are swapped; \
                                 this one is read the same way, as {}",
                                fmt_point(j.other)
                            ),
                        );
                        coordinates = CoordinateSource::Swapped;
                        point = Some(j.other);
                    }
                    Verdict::Given | Verdict::Undecided => {
                        coordinates = CoordinateSource::Given;
                        point = Some(j.given);
                    }
                },
                None => {
                    let reference = reference_for(l, country);
                    let what = l
                        .unreadable_point
                        .as_deref()
                        .map(|u| format!("unreadable coordinates ({u})"))
                        .unwrap_or_else(|| "no coordinates".to_string());
                    match reference {
                        Some(rf) => {
                            let at = rf.place.coordinates.unwrap_or_default();
                            report(
                                row,
                                ProblemKind::MissingCoordinates,
                                format!(
                                    "{what}; placed at {} ({}), the gazetteer town for {}",
                                    rf.place.name, rf.place.country, rf.from
                                ),
                            );
                            coordinates = CoordinateSource::Gazetteer {
                                place: format!("{}, {}", rf.place.name, rf.place.country),
                            };
                            point = Some(at);
                        }
                        None => {
                            let named: Vec<String> = [
                                ("place", &l.name),
                                ("admin2", &l.admin2),
                                ("admin1", &l.admin1),
                                ("P-code", &l.pcode),
                            ]
                            .iter()
                            .filter_map(|(w, v)| v.as_ref().map(|v| format!("{w} {v:?}")))
                            .collect();
                            report(
                                row,
                                ProblemKind::MissingCoordinates,
                                if named.is_empty() {
                                    format!("{what} and no place or area named; not placed")
                                } else {
                                    format!(
                                        "{what}; {} resolve(s) to no gazetteer town{}; not placed",
                                        named.join(", "),
                                        country.map(|c| format!(" in {c}")).unwrap_or_default()
                                    )
                                },
                            );
                        }
                    }
                }
            }
            if let (Some(p), Some(c), true) = (
                point,
                country,
                matches!(
                    coordinates,
                    CoordinateSource::Given | CoordinateSource::Swapped
                ),
            ) {
                if let CountryCheck::Outside {
                    town,
                    town_km,
                    own_km,
                } = check_country(p.0, p.1, c)
                {
                    report(
                        row,
                        ProblemKind::OutsideCountry,
                        format!(
                            "{} is {town_km:.0} km from {} ({}) and {own_km:.0} km from the nearest town of {c}",
                            fmt_point(p),
                            town.name,
                            town.country
                        ),
                    );
                }
            }
            let loc_id = stable_id("location", source, &l.source_id);
            location_ids.push(loc_id.clone());
            dir.locations.insert(
                loc_id.clone(),
                Location {
                    id: loc_id,
                    source: source.to_string(),
                    source_id: l.source_id.clone(),
                    name: l.name.clone(),
                    address: l.address.clone(),
                    country: country.map(str::to_string),
                    admin1: l.admin1.as_deref().map(|a| {
                        admin_area(a, country)
                            .map(|x| x.name.to_string())
                            .unwrap_or_else(|| a.trim().trim_end_matches('.').to_string())
                    }),
                    admin2: l.admin2.clone(),
                    lat: point.map(|p| p.0),
                    lon: point.map(|p| p.1),
                    coordinates,
                },
            );
        }

        // Contacts.
        let region = first_country.and_then(plainsight_phone::Region::from_data);
        let mut phones = Vec::new();
        for raw in r.phones.iter().flat_map(|p| split_contacts(p)) {
            match check_phone(&raw, region) {
                Ok(e) => {
                    if !phones.contains(&e) {
                        phones.push(e)
                    }
                }
                Err(why) => report(row, ProblemKind::InvalidPhone, why),
            }
        }
        let mut emails = Vec::new();
        for raw in r.emails.iter().flat_map(|p| split_contacts(p)) {
            // "a@x.org b@y.org" without a separator is two addresses.
            for raw in raw.split_whitespace() {
                match check_email(raw) {
                    Ok(e) => {
                        if !emails.contains(&e) {
                            emails.push(e)
                        }
                    }
                    Err(why) => report(row, ProblemKind::InvalidEmail, why),
                }
            }
        }

        // Categories.
        let mut cats: BTreeSet<Category> = r.categories.iter().copied().collect();
        for t in &r.terms {
            let mapped = r.vocabulary.and_then(|v| map_term(v, t));
            match mapped {
                Some(cs) => cats.extend(cs),
                None => {
                    if !term_key(t).is_empty() {
                        unmapped
                            .entry(term_key(t))
                            .or_insert_with(|| t.trim().to_string());
                    }
                    cats.insert(Category::Other);
                }
            }
        }
        if cats.is_empty() {
            cats.insert(Category::Other);
        }

        // The service, keyed by source and source id; a repeated id in one source is the
        // same service listed twice: the later row wins, and the repeat is counted.
        let sid = stable_id("service", source, &r.source_id);
        if let Some(first) = seen_services.insert(sid.clone(), row) {
            report(
                row,
                ProblemKind::BadRecord,
                format!("repeats the id of row {first}; the later row is kept"),
            );
        }
        dir.services.insert(
            sid.clone(),
            Service {
                id: sid,
                source: source.to_string(),
                source_id: r.source_id,
                organization_id: org_id,
                name: r.name,
                categories: cats.into_iter().collect(),
                source_categories: r.terms.into_iter().chain(r.kept_terms).collect(),
                location_ids,
                phones,
                emails,
                url: r.url,
            },
        );
    }

    // Duplicate organisations under spelling variants.
    let names: Vec<&str> = org_rows.iter().map(|(_, n, _)| n.as_str()).collect();
    for (a, b, why) in dedupe::find_duplicates(&names) {
        report(
            org_rows[b].2,
            ProblemKind::DuplicateOrganization,
            format!(
                "{:?} is {} {:?} (row {})",
                org_rows[b].1,
                why.describe(),
                org_rows[a].1,
                org_rows[a].2
            ),
        );
    }

    problems.sort_by(|a, b| a.row.cmp(&b.row).then(a.kind.cmp(&b.kind)));
    Import {
        source: source.to_string(),
        format,
        directory: dir,
        problems,
        unmapped_categories: unmapped.into_values().collect(),
    }
}

/// Case-insensitive lookup of the first present, non-empty field among `names`.
pub(crate) fn field<'a>(
    obj: &'a serde_json::Map<String, serde_json::Value>,
    names: &[&str],
) -> Option<&'a serde_json::Value> {
    for n in names {
        for (k, v) in obj {
            if k.eq_ignore_ascii_case(n) && !is_blank(v) {
                return Some(v);
            }
        }
    }
    None
}

fn is_blank(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Null => true,
        serde_json::Value::String(s) => s.trim().is_empty(),
        serde_json::Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// A JSON value as text (numbers and booleans written out), trimmed; `None` when blank.
pub(crate) fn text(v: Option<&serde_json::Value>) -> Option<String> {
    let s = match v? {
        serde_json::Value::String(s) => s.trim().to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// A JSON value as a list of terms: an array of strings, or a string listing them with commas
/// or semicolons.
pub(crate) fn terms(v: Option<&serde_json::Value>) -> Vec<String> {
    match v {
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|x| text(Some(x)))
            .flat_map(|s| split_terms(&s))
            .collect(),
        Some(v) => text(Some(v)).map(|s| split_terms(&s)).unwrap_or_default(),
        None => Vec::new(),
    }
}

pub(crate) fn split_terms(s: &str) -> Vec<String> {
    s.split([',', ';', '|'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// A number from a JSON number or numeric string.
pub(crate) fn number(v: Option<&serde_json::Value>) -> Option<f64> {
    match v? {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|x: &f64| x.is_finite())
}
