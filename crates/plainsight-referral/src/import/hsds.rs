//! Open Referral HSDS: 3.x JSON (service objects with their organisation, locations, phones and
//! taxonomy terms nested, as the HSDS 3 API and `plainsight services export` give them; or an
//! object of top-level `services`/`organizations`/`locations`/`service_at_locations` arrays),
//! and the 1.x/2.x CSV data package (`datapackage.json` naming `organizations.csv`,
//! `services.csv`, `locations.csv`, `services_at_location.csv`, `phones.csv`,
//! `physical_addresses.csv`, `taxonomy(_terms).csv`, `service_taxonomy.csv`).

use super::{field, number, text, Order, RawLocation, RawRow, MAX_SOURCE_BYTES};
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

pub(crate) fn read_json(source: &str, bytes: &[u8]) -> Result<Vec<RawRow>, Error> {
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
    Ok(services
        .iter()
        .enumerate()
        .map(|(i, s)| service_row(i as u64 + 1, s, &tables))
        .collect())
}

/// Top-level tables by id, for services that refer to their organisation or locations by id.
#[derive(Default)]
struct Tables<'a> {
    organizations: BTreeMap<String, &'a Value>,
    locations: BTreeMap<String, &'a Value>,
    /// service id → location ids.
    at_locations: BTreeMap<String, Vec<String>>,
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
        for sal in o
            .get("service_at_locations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let (Some(s), Some(l)) = (text(sal.get("service_id")), text(sal.get("location_id")))
            {
                t.at_locations.entry(s).or_default().push(l);
            }
        }
        t
    }
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
                    text(sal.get("location_id"))
                        .and_then(|i| t.locations.get(&i).map(|v| (*v).clone()))
                })
        })
        .map(|l| location_of(&l))
        .collect();
    for lid in t.at_locations.get(&id).into_iter().flatten() {
        if let Some(l) = t.locations.get(lid) {
            locations.push(location_of(l));
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
    }
}

/// A CSV table of the package as JSON objects (header → cell), so the JSON code reads both.
fn read_table(dir: &Path, file: &str, source: &str) -> Result<Vec<Value>, Error> {
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
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| fmt_err(source, format!("{file}: {e}")))?;
        let mut m = Map::new();
        for (h, v) in headers.iter().zip(rec.iter()) {
            if !v.trim().is_empty() {
                m.insert(h.clone(), Value::String(v.to_string()));
            }
        }
        out.push(Value::Object(m));
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

pub(crate) fn read_package(dir: &Path, source: &str) -> Result<Vec<RawRow>, Error> {
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
    let table = |names: &[&str]| -> Result<Vec<Value>, Error> {
        match resource_path(&package, names) {
            Some(p) => read_table(dir, &p, source),
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
    let addresses = table(&[
        "physical_addresses",
        "physical_address",
        "addresses",
        "address",
    ])?;
    let taxonomy = table(&["taxonomy", "taxonomy_terms", "taxonomy_term"])?;
    let service_taxonomy = table(&["service_taxonomy", "service_attributes", "attributes"])?;

    let id = |v: &Value, k: &str| text(v.get(k));
    let mut orgs: BTreeMap<String, Value> = BTreeMap::new();
    for o in &organizations {
        if let Some(i) = id(o, "id") {
            orgs.insert(i, o.clone());
        }
    }
    let mut addr_by_loc: BTreeMap<String, Value> = BTreeMap::new();
    for a in &addresses {
        if let Some(l) = id(a, "location_id") {
            addr_by_loc.entry(l).or_insert_with(|| a.clone());
        }
    }
    let mut locs: BTreeMap<String, Value> = BTreeMap::new();
    for l in &locations {
        if let Some(i) = id(l, "id") {
            let mut l = obj(l);
            if let Some(a) = addr_by_loc.get(&i) {
                l.insert("addresses".into(), Value::Array(vec![a.clone()]));
            }
            locs.insert(i, Value::Object(l));
        }
    }
    let mut terms_by_id: BTreeMap<String, Value> = BTreeMap::new();
    for t in &taxonomy {
        if let Some(i) = id(t, "id") {
            terms_by_id.insert(i, t.clone());
        }
    }
    let mut svc_terms: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for st in &service_taxonomy {
        let sid = id(st, "service_id").or_else(|| id(st, "link_id"));
        let tid = id(st, "taxonomy_id").or_else(|| id(st, "taxonomy_term_id"));
        if let (Some(s), Some(t)) = (sid, tid) {
            if let Some(term) = terms_by_id.get(&t) {
                svc_terms.entry(s).or_default().push(term.clone());
            }
        }
    }
    // A phone belongs to a service, a location or an organisation (HSDS gives each its own
    // column); a service is reached by its own numbers and by those of its locations and its
    // organisation.
    let mut phones_of: BTreeMap<(&str, String), Vec<Value>> = BTreeMap::new();
    for p in &phones {
        for key in ["service_id", "location_id", "organization_id"] {
            if let Some(i) = id(p, key) {
                phones_of.entry((key, i)).or_default().push(p.clone());
            }
        }
    }
    // A service's locations: the join table's rows, and the `location_id` column that HSDS
    // 1.0/1.1 packages put on the service row itself.
    let mut svc_loc_ids: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let joined = sal
        .iter()
        .filter_map(|s| Some((id(s, "service_id")?, id(s, "location_id")?)));
    let own = services
        .iter()
        .filter_map(|s| Some((id(s, "id")?, id(s, "location_id")?)));
    for (sv, l) in joined.chain(own) {
        let ids = svc_loc_ids.entry(sv).or_default();
        if locs.contains_key(&l) && !ids.contains(&l) {
            ids.push(l);
        }
    }
    let empty = Tables::default();
    Ok(services
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
            service_row(i as u64 + 1, &Value::Object(so), &empty)
        })
        .collect())
}
