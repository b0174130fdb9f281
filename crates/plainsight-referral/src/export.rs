//! The directory as HSDS 3 JSON: an array of service objects with their organisation,
//! locations (`service_at_locations[].location`, with an address), phones and taxonomy terms
//! nested (`attributes[].taxonomy_term`), as the HSDS 3.0 API's service schema has them, so a
//! cleaned directory can go back to its owners. plainsight's categories are terms of the
//! taxonomy `plainsight-services`; the source's own terms are kept under `source`. Ids are the
//! directory's stable UUIDs. Importing the export gives the same services back (tested).

use crate::import::{PLAINSIGHT_TAXONOMY, SOURCE_TAXONOMY};
use crate::model::{stable_id, CoordinateSource, Directory};
use crate::taxonomy::term_key;
use serde_json::{json, Value};

/// The directory as an HSDS 3 JSON array, services in id order.
pub fn to_hsds3(dir: &Directory) -> Value {
    let services: Vec<Value> = dir
        .services
        .values()
        .map(|s| {
            let org = dir.organization_of(s);
            let locations: Vec<Value> = s
                .location_ids
                .iter()
                .filter_map(|lid| dir.locations.get(lid))
                .map(|l| {
                    let mut loc = json!({
                        "id": l.id,
                        "location_type": "physical",
                        "name": l.name.clone().or_else(|| l.admin2.clone()).or_else(|| l.admin1.clone()).unwrap_or_default(),
                        "addresses": [{
                            "id": stable_id("address", &l.source, &l.source_id),
                            "location_id": l.id,
                            "address_1": l.address.clone().unwrap_or_default(),
                            "city": l.name.clone().unwrap_or_default(),
                            "region": l.admin2.clone().unwrap_or_default(),
                            "state_province": l.admin1.clone().unwrap_or_default(),
                            "postal_code": "",
                            "country": l.country.clone().unwrap_or_default(),
                            "address_type": "physical",
                        }],
                    });
                    if let (Some(lat), Some(lon)) = (l.lat, l.lon) {
                        loc["latitude"] = json!(lat);
                        loc["longitude"] = json!(lon);
                    }
                    let note = match &l.coordinates {
                        CoordinateSource::Given => None,
                        CoordinateSource::Swapped => Some("coordinates swapped in the source; corrected".to_string()),
                        CoordinateSource::Gazetteer { place } => {
                            Some(format!("no coordinates in the source; placed at the gazetteer town {place}"))
                        }
                        CoordinateSource::None => Some("no coordinates".to_string()),
                    };
                    if let Some(n) = note {
                        loc["description"] = json!(n);
                    }
                    json!({
                        "id": stable_id("service_at_location", &s.id, &l.id),
                        "service_id": s.id,
                        "location_id": l.id,
                        "location": loc,
                    })
                })
                .collect();
            let mut attributes: Vec<Value> = s
                .categories
                .iter()
                .map(|c| term(&s.id, PLAINSIGHT_TAXONOMY, c.code(), c.label()))
                .collect();
            attributes.extend(
                s.source_categories
                    .iter()
                    .map(|t| term(&s.id, SOURCE_TAXONOMY, &term_key(t), t)),
            );
            json!({
                "id": s.id,
                "organization_id": s.organization_id,
                "name": s.name,
                "status": "active",
                "url": s.url,
                "email": s.emails.first(),
                "organization": org.map(|o| json!({
                    "id": o.id,
                    "name": o.name,
                    "website": o.website,
                })),
                "phones": s.phones.iter().map(|p| json!({
                    "id": stable_id("phone", &s.id, p),
                    "service_id": s.id,
                    "number": p,
                })).collect::<Vec<_>>(),
                "service_at_locations": locations,
                "attributes": attributes,
            })
        })
        .collect();
    Value::Array(services)
}

fn term(service_id: &str, taxonomy: &str, code: &str, label: &str) -> Value {
    let tid = stable_id("taxonomy_term", taxonomy, code);
    json!({
        "id": stable_id("attribute", service_id, &tid),
        "link_id": service_id,
        "link_type": "service",
        "link_entity": "service",
        "taxonomy_term_id": tid,
        "taxonomy_term": {
            "id": tid,
            "code": code,
            "name": label,
            "term": label,
            "taxonomy": taxonomy,
        },
    })
}
