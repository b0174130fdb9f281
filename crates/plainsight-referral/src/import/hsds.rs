//! Open Referral HSDS: 3.x JSON (service objects with their organisation, locations, phones and
//! taxonomy terms nested, as the HSDS 3 API and `plainsight services export` give them; or an
//! object of top-level `services`/`organizations`/`locations`/`service_at_locations` arrays),
//! and the 1.x/2.x CSV data package (`datapackage.json` naming `organizations.csv`,
//! `services.csv`, `locations.csv`, `services_at_location.csv`, `phones.csv`,
//! `physical_addresses.csv`, `taxonomy(_terms).csv`, `service_taxonomy.csv`).

use super::{field, number, text, Order, RawLocation, RawRow, Read, MAX_SOURCE_BYTES};
use crate::quality::ProblemKind;
use crate::taxonomy::{Category, Vocabulary};
use crate::Error;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::Path;

/// The taxonomy name plainsight writes its own categories under.
pub const PLAINSIGHT_TAXONOMY: &str = "plainsight-services";
/// The taxonomy name plainsight writes a service's original source terms under.
pub const SOURCE_TAXONOMY: &str = "source";

fn fmt_err(source: &str, reason: impl Into<String>) -> Error {
    Error::Format {
        source_name: source.to_string(),
        reason: reason.into(),
    }
}

pub(crate) fn read_json(source: &str, bytes: &[u8]) -> Result<Read, Error> {
    let v: Value =
        serde_json::from_slice(bytes).map_err(|e| fmt_err(source, format!("not JSON: {e}")))?;
    // A list of services, one service, a page of an HSDS API (`contents`), or top-level tables.
    let tables = Tables::from_top_level(&v);
    let services: Vec<&Value> = match &v {
        Value::Array(a) => a.iter().collect(),
        Value::Object(o) if o.contains_key("contents") => o["contents"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default(),
        Value::Object(o) if o.contains_key("services") => o["services"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default(),
        Value::Object(o) if o.contains_key("name") => vec![&v],
        _ => return Err(fmt_err(source, "not HSDS JSON (no services)")),
    };
    let rows = services
        .iter()
        .enumerate()
        .map(|(i, s)| service_row(i as u64 + 1, s, &tables))
        .collect();
    Ok(Read {
        rows,
        problems: tables.orphans(&services),
    })
}

/// Top-level tables by id, for services that refer to their organisation or locations by id.
#[derive(Default)]
struct Tables<'a> {
    organizations: BTreeMap<String, &'a Value>,
    locations: BTreeMap<String, &'a Value>,
    /// service id → location ids.
    at_locations: BTreeMap<String, Vec<String>>,
    /// The top-level `service_at_locations` rows: (1-based index, service id, location id).
    joins: Vec<(u64, Option<String>, Option<String>)>,
}

impl<'a> Tables<'a> {
    fn from_top_level(v: &'a Value) -> Tables<'a> {
        let mut t = Tables::default();
        let Some(o) = v.as_object() else { return t };
        let by_id = |k: &str| -> BTreeMap<String, &'a Value> {
            o.get(k)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|x| Some((text(x.get("id"))?, x)))
                        .collect()
                })
                .unwrap_or_default()
        };
        t.organizations = by_id("organizations");
        t.locations = by_id("locations");
        for (i, sal) in o
            .get("service_at_locations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let (s, l) = (text(sal.get("service_id")), text(sal.get("location_id")));
            t.joins.push((i as u64 + 1, s.clone(), l.clone()));
            if let (Some(s), Some(l)) = (s, l) {
                t.at_locations.entry(s).or_default().push(l);
            }
        }
        t
    }

    /// Top-level `service_at_locations` rows that name no service of the source (their
    /// locations reach nobody), or name nothing.
    fn orphans(&self, services: &[&Value]) -> Vec<(ProblemKind, String)> {
        let ids: std::collections::BTreeSet<String> =
            services.iter().filter_map(|s| text(s.get("id"))).collect();
        let mut out = Vec::new();
        for (i, s, l) in &self.joins {
            match (s, l) {
                (Some(s), _) if !ids.contains(s) => out.push((
                    ProblemKind::DanglingReference,
                    format!("service_at_locations row {i} names service_id {s:?}, which no service has; not used"),
                )),
                (None, _) | (_, None) => out.push((
                    ProblemKind::DanglingReference,
                    format!("service_at_locations row {i} lacks a service_id or a location_id; not used"),
                )),
                _ => {}
            }
        }
        out
    }
}

/// A table row whose every cell is empty (a line of commas): no record.
fn blank(v: &Value) -> bool {
    v.as_object()
        .is_none_or(|o| o.values().all(|x| text(Some(x)).is_none()))
}

fn obj(v: &Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

fn location_of(l: &Value) -> RawLocation {
    let lo = obj(l);
    let addr = lo
        .get("addresses")
        .or_else(|| lo.get("physical_addresses"))
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .map(obj)
        .unwrap_or_default();
    let (lat_field, lon_field) = (
        field(&lo, &["latitude", "lat"]),
        field(&lo, &["longitude", "lon", "lng"]),
    );
    let (lat, lon) = (number(lat_field), number(lon_field));
    let shown = |v: Option<&Value>| {
        let t = v.map(|v| match v {
            Value::String(s) => s.trim().chars().take(32).collect::<String>(),
            other => other.to_string().chars().take(32).collect(),
        });
        t.filter(|t| !t.is_empty() && t != "null")
    };
    // Half a point, or a value that is no number, is reported rather than taken for none.
    let unreadable_point = match (lat, lon) {
        (Some(_), Some(_)) => None,
        _ => match (shown(lat_field), shown(lon_field)) {
            (None, None) => None,
            (Some(a), None) => Some(format!("latitude {a:?} without a longitude")),
            (None, Some(b)) => Some(format!("longitude {b:?} without a latitude")),
            (Some(a), Some(b)) => Some(format!("{a:?}, {b:?}")),
        },
    };
    let address = ["address_1", "address_2"]
        .iter()
        .filter_map(|k| text(addr.get(*k)))
        .collect::<Vec<_>>()
        .join(", ");
    RawLocation {
        source_id: text(lo.get("id")).unwrap_or_default(),
        name: text(field(&addr, &["city"])).or_else(|| text(lo.get("name"))),
        address: (!address.is_empty()).then_some(address),
        country: text(field(&addr, &["country"])),
        admin1: text(field(&addr, &["state_province", "region"])),
        admin2: None,
        pcode: None,
        point: match (lat, lon) {
            (Some(a), Some(b)) => Some((a, b, Order::LatLon)),
            _ => None,
        },
        unreadable_point,
    }
}

fn service_row(row: u64, s: &Value, t: &Tables<'_>) -> RawRow {
    let so = obj(s);
    let id = text(so.get("id")).unwrap_or_else(|| format!("row-{row}"));
    let mut problems = Vec::new();
    if !so.get("organization").is_some_and(Value::is_object) {
        if let Some(o) = text(so.get("organization_id")) {
            if !t.organizations.contains_key(&o) {
                problems.push((
                    ProblemKind::DanglingReference,
                    format!("organization_id {o:?} names no organisation of the source; the service's own name stands for it"),
                ));
            }
        }
    }
    let org = so
        .get("organization")
        .filter(|o| o.is_object())
        .cloned()
        .or_else(|| {
            text(so.get("organization_id"))
                .and_then(|i| t.organizations.get(&i).map(|v| (*v).clone()))
        })
        .map(|v| obj(&v))
        .unwrap_or_default();
    let name = text(so.get("name")).unwrap_or_default();
    let org_name = text(org.get("name")).unwrap_or_else(|| name.clone());
    let mut locations: Vec<RawLocation> = so
        .get("service_at_locations")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|sal| {
            sal.get("location")
                .filter(|l| l.is_object())
                .cloned()
                .or_else(|| {
                    let i = text(sal.get("location_id"))?;
                    let found = t.locations.get(&i).map(|v| (*v).clone());
                    if found.is_none() {
                        problems.push((
                            ProblemKind::DanglingReference,
                            format!("location_id {i:?} names no location of the source; not placed there"),
                        ));
                    }
                    found
                })
        })
        .map(|l| location_of(&l))
        .collect();
    for lid in t.at_locations.get(&id).into_iter().flatten() {
        match t.locations.get(lid) {
            Some(l) => locations.push(location_of(l)),
            None => problems.push((
                ProblemKind::DanglingReference,
                format!("a service_at_locations row names location_id {lid:?}, which no location of the source has; not placed there"),
            )),
        }
    }
    for (i, l) in locations.iter_mut().enumerate() {
        if l.source_id.is_empty() {
            l.source_id = format!("{id}/location-{i}");
        }
    }
    let mut terms = Vec::new();
    let mut kept_terms = Vec::new();
    let mut categories = Vec::new();
    let term_objs = so
        .get("attributes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|a| a.get("taxonomy_term"))
        .chain(
            so.get("taxonomy_terms")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        );
    for tt in term_objs {
        let tax = tt
            .get("taxonomy")
            .and_then(|x| {
                x.as_str()
                    .map(str::to_string)
                    .or_else(|| text(x.get("name")))
            })
            .unwrap_or_default();
        let term = text(tt.get("term")).or_else(|| text(tt.get("name")));
        let code = text(tt.get("code"));
        if tax == PLAINSIGHT_TAXONOMY {
            if let Some(c) = code.as_deref().and_then(|c| c.parse::<Category>().ok()) {
                categories.push(c);
            }
        } else if tax == SOURCE_TAXONOMY {
            kept_terms.extend(term.or(code));
        } else if let Some(term) = term.or(code) {
            terms.push(term);
        }
    }
    let phones: Vec<String> = so
        .get("phones")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|p| text(p.get("number")))
        .collect();
    RawRow {
        row,
        source_id: id,
        org_id: text(org.get("id")).unwrap_or_else(|| crate::taxonomy::term_key(&org_name)),
        org_name,
        org_website: text(org.get("website")).or_else(|| text(org.get("url"))),
        name,
        terms,
        kept_terms,
        categories,
        vocabulary: Some(Vocabulary::Hsds),
        phones,
        emails: text(so.get("email")).into_iter().collect(),
        url: text(so.get("url")),
        locations,
        problems,
    }
}

/// A CSV table of the package as JSON objects (header → cell), so the JSON code reads both.
fn read_table(
    dir: &Path,
    file: &str,
    source: &str,
    notes: &mut Vec<(ProblemKind, String)>,
) -> Result<Vec<Value>, Error> {
    let path = dir.join(file);
    let Some(len) = package_file(&path, file, source)? else {
        return Ok(Vec::new());
    };
    if len > MAX_SOURCE_BYTES {
        return Err(fmt_err(
            source,
            format!("{file} is larger than {} MiB", MAX_SOURCE_BYTES >> 20),
        ));
    }
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&path)
        .map_err(|e| fmt_err(source, format!("{file}: {e}")))?;
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| fmt_err(source, format!("{file}: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    // A header with an empty or repeated name cannot name every column: a damaged table (one
    // whose line breaks were lost reads as a single long header).
    let mut seen = std::collections::BTreeSet::new();
    let empty = headers.iter().filter(|h| h.is_empty()).count();
    let repeated: Vec<&str> = headers
        .iter()
        .filter(|h| !h.is_empty() && !seen.insert(h.as_str()))
        .map(String::as_str)
        .collect();
    if empty > 0 || !repeated.is_empty() {
        notes.push((
            ProblemKind::BadRecord,
            format!(
                "{file}: its header of {} cells has {}; the table may be damaged (lost line breaks) and its columns misread",
                headers.len(),
                [
                    (empty > 0).then(|| format!("{empty} empty column name(s)")),
                    (!repeated.is_empty()).then(|| {
                        format!(
                            "repeated column names ({})",
                            repeated.iter().take(3).map(|r| format!("{r:?}")).collect::<Vec<_>>().join(", ")
                        )
                    }),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" and ")
            ),
        ));
    }
    let mut out = Vec::new();
    let mut wide = Vec::new();
    for (row, rec) in (1u64..).zip(rdr.records()) {
        let rec = rec.map_err(|e| fmt_err(source, format!("{file}: {e}")))?;
        if rec.len() > headers.len() && rec.iter().skip(headers.len()).any(|c| !c.trim().is_empty())
        {
            wide.push(row);
        }
        let mut m = Map::new();
        for (h, v) in headers.iter().zip(rec.iter()) {
            if !v.trim().is_empty() {
                m.insert(h.clone(), Value::String(v.to_string()));
            }
        }
        out.push(Value::Object(m));
    }
    if !wide.is_empty() {
        notes.push((
            ProblemKind::BadRecord,
            format!(
                "{file}: {} row(s) have more cells than the header names (rows {}); the extra cells are not read",
                wide.len(),
                wide.iter().take(10).map(u64::to_string).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    if out.iter().all(blank) {
        notes.push((
            ProblemKind::BadRecord,
            format!("{file}: the table holds no rows"),
        ));
    }
    Ok(out)
}

/// The resource file the package names `name` (or the conventional file of that name).
fn resource_path(package: &Value, names: &[&str]) -> Option<String> {
    for r in package
        .get("resources")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let rname = r.get("name").and_then(Value::as_str).unwrap_or("");
        let path = r.get("path").and_then(Value::as_str).unwrap_or("");
        let stem = Path::new(path)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("");
        if names
            .iter()
            .any(|n| rname.eq_ignore_ascii_case(n) || stem.eq_ignore_ascii_case(n))
        {
            // Only files inside the package folder: no absolute paths, no "..".
            let p = Path::new(path);
            if p.is_absolute()
                || p.components()
                    .any(|c| matches!(c, std::path::Component::ParentDir))
            {
                return None;
            }
            return Some(path.to_string());
        }
    }
    names.first().map(|n| format!("{n}.csv"))
}

/// The size of a file of the package, `None` when it is absent. Only regular files inside the
/// package folder are read: a table that is a symbolic link (which could name any file on the
/// machine) or a device, FIFO or folder is refused with the reason, never followed or waited on.
fn package_file(path: &Path, file: &str, source: &str) -> Result<Option<u64>, Error> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::Io {
                path: path.display().to_string(),
                source: e,
            })
        }
    };
    if meta.file_type().is_symlink() {
        return Err(fmt_err(
            source,
            format!("{file} is a symbolic link: only regular files inside the package are read"),
        ));
    }
    if !meta.is_file() {
        return Err(fmt_err(source, format!("{file} is not a regular file")));
    }
    Ok(Some(meta.len()))
}

pub(crate) fn read_package(dir: &Path, source: &str) -> Result<Read, Error> {
    match package_file(&dir.join("datapackage.json"), "datapackage.json", source)? {
        Some(len) if len > MAX_SOURCE_BYTES => {
            return Err(fmt_err(
                source,
                format!(
                    "datapackage.json is larger than {} MiB",
                    MAX_SOURCE_BYTES >> 20
                ),
            ))
        }
        Some(_) => {}
        None => return Err(fmt_err(source, "datapackage.json is missing")),
    }
    let pkg_bytes = std::fs::read(dir.join("datapackage.json")).map_err(|e| Error::Io {
        path: dir.join("datapackage.json").display().to_string(),
        source: e,
    })?;
    let package: Value = serde_json::from_slice(&pkg_bytes)
        .map_err(|e| fmt_err(source, format!("datapackage.json: {e}")))?;
    let mut table_notes: Vec<(ProblemKind, String)> = Vec::new();
    let mut table = |names: &[&str]| -> Result<Vec<Value>, Error> {
        match resource_path(&package, names) {
            Some(p) => read_table(dir, &p, source, &mut table_notes),
            None => Ok(Vec::new()),
        }
    };
    let organizations = table(&["organizations", "organization"])?;
    let services = table(&["services", "service"])?;
    let locations = table(&["locations", "location"])?;
    let sal = table(&[
        "services_at_location",
        "service_at_location",
        "service_at_locations",
    ])?;
    let phones = table(&["phones", "phone"])?;
    let contacts = table(&["contacts", "contact"])?;
    let addresses = table(&[
        "physical_addresses",
        "physical_address",
        "addresses",
        "address",
    ])?;
    let taxonomy = table(&["taxonomy", "taxonomy_terms", "taxonomy_term"])?;
    let service_taxonomy = table(&["service_taxonomy", "service_attributes", "attributes"])?;

    let id = |v: &Value, k: &str| text(v.get(k));
    let service_ids: std::collections::BTreeSet<String> =
        services.iter().filter_map(|s| id(s, "id")).collect();
    // References to nothing: per service (reported on its row), or of a row of another table
    // that reaches no service (reported on row 0, naming the table and its row).
    let mut of_service: BTreeMap<String, Vec<(ProblemKind, String)>> = BTreeMap::new();
    let mut of_source: Vec<(ProblemKind, String)> = std::mem::take(&mut table_notes);
    let dangling = ProblemKind::DanglingReference;
    let mut orgs: BTreeMap<String, Value> = BTreeMap::new();
    for o in &organizations {
        if let Some(i) = id(o, "id") {
            orgs.insert(i, o.clone());
        }
    }
    let mut locs: BTreeMap<String, Value> = BTreeMap::new();
    for l in &locations {
        if let Some(i) = id(l, "id") {
            locs.insert(i, l.clone());
        }
    }
    let mut addr_by_loc: BTreeMap<String, Value> = BTreeMap::new();
    for (row, a) in (1u64..).zip(&addresses) {
        if blank(a) {
            continue;
        }
        match id(a, "location_id") {
            Some(l) if locs.contains_key(&l) => {
                addr_by_loc.entry(l).or_insert_with(|| a.clone());
            }
            Some(l) => of_source.push((
                dangling,
                format!("physical_addresses row {row} names location_id {l:?}, which no locations row has; not used"),
            )),
            None => of_source.push((
                dangling,
                format!("physical_addresses row {row} names no location_id; not used"),
            )),
        }
    }
    for (i, l) in locs.iter_mut() {
        if let Some(a) = addr_by_loc.get(i) {
            let mut o = obj(l);
            o.insert("addresses".into(), Value::Array(vec![a.clone()]));
            *l = Value::Object(o);
        }
    }
    let mut terms_by_id: BTreeMap<String, Value> = BTreeMap::new();
    for t in &taxonomy {
        if let Some(i) = id(t, "id") {
            terms_by_id.insert(i, t.clone());
        }
    }
    let mut svc_terms: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for (row, st) in (1u64..).zip(&service_taxonomy) {
        if blank(st) {
            continue;
        }
        let sid = id(st, "service_id").or_else(|| id(st, "link_id"));
        let tid = id(st, "taxonomy_id").or_else(|| id(st, "taxonomy_term_id"));
        match (sid, tid) {
            (Some(s), _) if !service_ids.contains(&s) => of_source.push((
                dangling,
                format!("service_taxonomy row {row} names service_id {s:?}, which no services row has; not used"),
            )),
            (Some(s), Some(t)) => match terms_by_id.get(&t) {
                Some(term) => svc_terms.entry(s).or_default().push(term.clone()),
                None => of_service.entry(s).or_default().push((
                    dangling,
                    format!("service_taxonomy row {row} names taxonomy_id {t:?}, which no taxonomy row has; that category is lost"),
                )),
            },
            _ => of_source.push((
                dangling,
                format!("service_taxonomy row {row} lacks a service_id or a taxonomy_id; not used"),
            )),
        }
    }
    // A phone belongs to a service, a location or an organisation (HSDS gives each its own
    // column); a service is reached by its own numbers and by those of its locations and its
    // organisation.
    let mut phones_of: BTreeMap<(&str, String), Vec<Value>> = BTreeMap::new();
    // A phone may also name a service-at-location row (its service) or a contact (whose
    // service, organisation or service-at-location it is).
    let sal_service: BTreeMap<String, String> = sal
        .iter()
        .filter_map(|r| Some((id(r, "id")?, id(r, "service_id")?)))
        .collect();
    let mut contact_owners: BTreeMap<String, Vec<(&str, String)>> = BTreeMap::new();
    for c in &contacts {
        let Some(cid) = id(c, "id") else { continue };
        let owners = contact_owners.entry(cid).or_default();
        if let Some(sv) = id(c, "service_id").filter(|s| service_ids.contains(s)) {
            owners.push(("service_id", sv));
        }
        if let Some(o) = id(c, "organization_id").filter(|o| orgs.contains_key(o)) {
            owners.push(("organization_id", o));
        }
        if let Some(sv) = id(c, "service_at_location_id").and_then(|x| sal_service.get(&x)) {
            owners.push(("service_id", sv.clone()));
        }
    }
    for (row, p) in (1u64..).zip(&phones) {
        if blank(p) {
            continue;
        }
        let mut owners = 0;
        let mut named = Vec::new();
        for key in [
            "service_id",
            "location_id",
            "organization_id",
            "service_at_location_id",
            "contact_id",
        ] {
            let Some(i) = id(p, key) else { continue };
            let resolved: Vec<(&str, String)> = match key {
                "service_id" if service_ids.contains(&i) => vec![(key, i.clone())],
                "location_id" if locs.contains_key(&i) => vec![(key, i.clone())],
                "organization_id" if orgs.contains_key(&i) => vec![(key, i.clone())],
                "service_at_location_id" => sal_service
                    .get(&i)
                    .map(|sv| vec![("service_id", sv.clone())])
                    .unwrap_or_default(),
                "contact_id" => contact_owners.get(&i).cloned().unwrap_or_default(),
                _ => Vec::new(),
            };
            if resolved.is_empty() {
                named.push(format!("{key} {i:?}"));
            }
            for k in resolved {
                owners += 1;
                let list = phones_of.entry(k).or_default();
                if !list.contains(p) {
                    list.push(p.clone());
                }
            }
        }
        if owners == 0 && named.is_empty() {
            of_source.push((
                dangling,
                format!("phones row {row} names no service, location or organisation; not used"),
            ));
        } else if !named.is_empty() {
            of_source.push((
                dangling,
                format!(
                    "phones row {row} names {}, which the package does not have; {}",
                    named.join(" and "),
                    if owners == 0 {
                        "not used"
                    } else {
                        "used for its other owner"
                    }
                ),
            ));
        }
    }
    // A service's locations: the join table's rows, and the `location_id` column that HSDS
    // 1.0/1.1 packages put on the service row itself.
    let mut svc_loc_ids: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let joined = (1u64..).zip(&sal).map(|(row, s)| {
        (
            format!("services_at_location row {row}"),
            false,
            id(s, "service_id"),
            id(s, "location_id"),
        )
    });
    let own = services.iter().map(|s| {
        (
            "its location_id column".to_string(),
            true,
            id(s, "id"),
            id(s, "location_id"),
        )
    });
    for (from, own_column, sv, l) in joined.chain(own) {
        match (sv, l) {
            // A blank row of the join table is no record.
            (None, None) => {}
            (Some(sv), _) if !service_ids.contains(&sv) => of_source.push((
                dangling,
                format!("{from} names service_id {sv:?}, which no services row has; not used"),
            )),
            (Some(sv), Some(l)) if !locs.contains_key(&l) => {
                of_service.entry(sv).or_default().push((
                    dangling,
                    format!(
                    "{from} names location_id {l:?}, which no locations row has; not placed there"
                ),
                ))
            }
            (Some(sv), Some(l)) => {
                let ids = svc_loc_ids.entry(sv).or_default();
                if !ids.contains(&l) {
                    ids.push(l);
                }
            }
            // A service row without a location_id column value names nothing: not a reference.
            (Some(_), None) if own_column => {}
            _ => of_source.push((
                dangling,
                format!("{from} lacks a service_id or a location_id; not used"),
            )),
        }
    }
    let empty = Tables::default();
    let rows = services
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut so = obj(s);
            let sid = id(s, "id").unwrap_or_default();
            if let Some(o) = id(s, "organization_id").and_then(|o| orgs.get(&o)) {
                so.insert("organization".into(), o.clone());
            }
            let loc_ids = svc_loc_ids.get(&sid).cloned().unwrap_or_default();
            so.insert(
                "service_at_locations".into(),
                Value::Array(
                    loc_ids
                        .iter()
                        .filter_map(|l| locs.get(l))
                        .map(|loc| serde_json::json!({ "location": loc }))
                        .collect(),
                ),
            );
            let mut reach: Vec<Value> = Vec::new();
            let owners = std::iter::once(("service_id", sid.clone()))
                .chain(loc_ids.iter().map(|l| ("location_id", l.clone())))
                .chain(id(s, "organization_id").map(|o| ("organization_id", o)));
            for key in owners {
                for p in phones_of.get(&key).into_iter().flatten() {
                    // The same number twice (voice and textphone rows) is one way to reach.
                    let number = text(p.get("number"));
                    if !reach.iter().any(|q| text(q.get("number")) == number) {
                        reach.push(p.clone());
                    }
                }
            }
            so.insert(
                "taxonomy_terms".into(),
                Value::Array(svc_terms.get(&sid).cloned().unwrap_or_default()),
            );
            so.insert("phones".into(), Value::Array(reach));
            // Row numbers of a CSV table count data rows; services.csv is the table read.
            let mut row = service_row(i as u64 + 1, &Value::Object(so), &empty);
            row.problems
                .extend(of_service.get(&sid).into_iter().flatten().cloned());
            row
        })
        .collect();
    Ok(Read {
        rows,
        problems: of_source,
    })
}
