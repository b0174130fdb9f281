//! GeoJSON feature collections (RFC 7946): one feature per service provider, a `Point`
//! geometry, properties named as the publisher chose (matched case-insensitively from the
//! lists below; IOM's service-provider maps use `NAME`, `SERVICE`, `PHONE`, `EMAIL`, `STATE`).

use super::{field, number, terms, text, Order, RawLocation, RawRow};
use crate::taxonomy::Vocabulary;
use crate::Error;
use serde_json::Value;

const ID: &[&str] = &["id", "provider_id", "fid", "objectid", "uuid"];
const NAME: &[&str] = &[
    "name",
    "provider",
    "provider_name",
    "title",
    "facility",
    "service_name",
];
const ORG: &[&str] = &["organization", "organisation", "org", "partner", "agency"];
const TERMS: &[&str] = &[
    "service",
    "services",
    "service_list",
    "service_type",
    "service_types",
    "categories",
    "category",
    "type",
];
const PHONE: &[&str] = &["phone", "phones", "telephone", "tel", "phone_number"];
const EMAIL: &[&str] = &["email", "emails", "e_mail", "mail"];
const WEB: &[&str] = &["website", "url", "web"];
const ADDRESS: &[&str] = &["address", "address_1", "street"];
const COUNTRY: &[&str] = &["country", "country_code", "iso2", "iso3"];
const ADMIN1: &[&str] = &[
    "state",
    "admin1",
    "region",
    "province",
    "county",
    "state_province",
];
const ADMIN2: &[&str] = &["lga", "admin2", "district", "prefecture"];
const PLACE: &[&str] = &["city", "town", "locality", "place"];
const PCODE: &[&str] = &["pcode", "admin1_pcode", "admin2_pcode"];

pub(crate) fn read(source: &str, bytes: &[u8]) -> Result<Vec<RawRow>, Error> {
    let v: Value = serde_json::from_slice(bytes).map_err(|e| Error::Format {
        source_name: source.to_string(),
        reason: format!("not JSON: {e}"),
    })?;
    let features = match &v {
        Value::Object(o) => o.get("features").and_then(Value::as_array),
        _ => None,
    }
    .ok_or_else(|| Error::Format {
        source_name: source.to_string(),
        reason: "not a GeoJSON FeatureCollection (no \"features\" array)".into(),
    })?;
    let mut rows = Vec::with_capacity(features.len());
    for (i, f) in features.iter().enumerate() {
        let row = i as u64 + 1;
        let empty = serde_json::Map::new();
        let props = f
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let name = text(field(props, NAME))
            .or_else(|| text(field(props, ORG)))
            .unwrap_or_default();
        let org_name = text(field(props, ORG)).unwrap_or_else(|| name.clone());
        let source_id = text(field(props, ID))
            .or_else(|| text(f.get("id")))
            .unwrap_or_else(|| format!("row-{row}"));
        let (point, unreadable) = point_of(f.get("geometry"));
        let loc = RawLocation {
            source_id: source_id.clone(),
            name: text(field(props, PLACE)),
            address: text(field(props, ADDRESS)),
            country: text(field(props, COUNTRY)),
            admin1: text(field(props, ADMIN1)),
            admin2: text(field(props, ADMIN2)),
            pcode: text(field(props, PCODE)),
            point,
            unreadable_point: unreadable,
        };
        rows.push(RawRow {
            row,
            org_id: crate::taxonomy::term_key(&org_name),
            org_name,
            org_website: text(field(props, WEB)),
            url: text(field(props, WEB)),
            name,
            source_id,
            terms: terms(field(props, TERMS)),
            kept_terms: Vec::new(),
            categories: Vec::new(),
            vocabulary: Some(Vocabulary::Iom),
            phones: terms(field(props, PHONE)),
            emails: terms(field(props, EMAIL)),
            locations: vec![loc],
            problems: Vec::new(),
        });
    }
    Ok(rows)
}

/// The two numbers of a `Point` (the first point of a `MultiPoint`); anything else is
/// described, not read.
fn point_of(g: Option<&Value>) -> (Option<(f64, f64, Order)>, Option<String>) {
    let Some(g) = g.filter(|g| !g.is_null()) else {
        return (None, None);
    };
    let kind = g.get("type").and_then(Value::as_str).unwrap_or("");
    let coords = g.get("coordinates");
    let pair = |c: Option<&Value>| -> Option<(f64, f64)> {
        let a = c?.as_array()?;
        Some((number(a.first())?, number(a.get(1))?))
    };
    let p = match kind {
        "Point" => pair(coords),
        "MultiPoint" => pair(coords.and_then(|c| c.get(0))),
        _ => None,
    };
    match p {
        Some((a, b)) => (Some((a, b, Order::LonLat)), None),
        None => (
            None,
            Some(format!(
                "a {} geometry",
                if kind.is_empty() { "typeless" } else { kind }
            )),
        ),
    }
}
