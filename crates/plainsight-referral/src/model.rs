//! The directory: organisations, services and locations, keyed so that re-importing a source
//! replaces what it gave before instead of adding a second copy.

use crate::taxonomy::Category;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// An organisation that runs services.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// Stable id: a UUID derived from the source and the organisation's id in it.
    pub id: String,
    pub source: String,
    pub source_id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// Where a location's coordinates came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoordinateSource {
    /// As the source gave them.
    Given,
    /// The source's two numbers read the other way round (reported as `swapped_coordinates`).
    Swapped,
    /// The source gave none: the coordinates of the gazetteer place its area or place name
    /// resolved to (reported as `missing_coordinates`, naming the place).
    Gazetteer { place: String },
    /// No coordinates at all.
    None,
}

/// A place where services are delivered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: String,
    pub source: String,
    pub source_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// ISO 3166-1 alpha-2, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// First-level area as the source names it (state, county, region).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// Second-level area as the source names it (district, prefecture, LGA).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    pub coordinates: CoordinateSource,
}

impl Location {
    /// (latitude, longitude) when the location has coordinates.
    pub fn point(&self) -> Option<(f64, f64)> {
        Some((self.lat?, self.lon?))
    }
}

/// A service: what an organisation offers, where, and how to reach it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub source: String,
    pub source_id: String,
    pub organization_id: String,
    pub name: String,
    /// Project categories, in table order, without repeats.
    pub categories: Vec<Category>,
    /// The source's own category terms, as written.
    pub source_categories: Vec<String>,
    pub location_ids: Vec<String>,
    /// Phone numbers that libphonenumber accepts, in E.164.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    /// Email addresses that pass the syntax check, lower-cased domain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The whole directory. Ordered maps keep every output byte-identical for the same input.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    pub organizations: BTreeMap<String, Organization>,
    pub services: BTreeMap<String, Service>,
    pub locations: BTreeMap<String, Location>,
}

impl Directory {
    /// Replaces everything `other`'s sources gave before with what they give now: a source
    /// imported twice is in the directory once, with its latest content (services, locations
    /// and organisations are keyed by source and source id).
    pub fn merge(&mut self, other: Directory) {
        let sources: BTreeSet<String> = other
            .services
            .values()
            .map(|s| s.source.clone())
            .chain(other.organizations.values().map(|o| o.source.clone()))
            .chain(other.locations.values().map(|l| l.source.clone()))
            .collect();
        self.remove_sources(&sources);
        self.organizations.extend(other.organizations);
        self.services.extend(other.services);
        self.locations.extend(other.locations);
    }

    /// Drops everything the named sources gave.
    pub fn remove_sources(&mut self, sources: &BTreeSet<String>) {
        self.organizations
            .retain(|_, o| !sources.contains(&o.source));
        self.services.retain(|_, s| !sources.contains(&s.source));
        self.locations.retain(|_, l| !sources.contains(&l.source));
    }

    /// The organisation of a service.
    pub fn organization_of(&self, s: &Service) -> Option<&Organization> {
        self.organizations.get(&s.organization_id)
    }

    /// (service, location) pairs that have coordinates, in id order: the points searches run on.
    pub fn points(&self) -> Vec<(&Service, &Location)> {
        let mut out = Vec::new();
        for s in self.services.values() {
            for lid in &s.location_ids {
                if let Some(l) = self.locations.get(lid) {
                    if l.point().is_some() {
                        out.push((s, l));
                    }
                }
            }
        }
        out
    }
}

/// A UUID (RFC 9562 version 8, name-based on SHA-256) for an entity of `kind` with id
/// `source_id` in `source`: the same source row always gets the same id, so HSDS exports are
/// stable and re-imports replace rather than add.
pub fn stable_id(kind: &str, source: &str, source_id: &str) -> String {
    let mut h = Sha256::new();
    for part in [kind, source, source_id] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x80; // version 8
    b[8] = (b[8] & 0x3f) | 0x80; // RFC variant
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_ids_are_uuids_and_separate_their_parts() {
        let a = stable_id("service", "a.json", "1");
        assert_eq!(a, stable_id("service", "a.json", "1"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8");
        assert_ne!(
            stable_id("service", "a.json1", ""),
            stable_id("service", "a.json", "1")
        );
        assert_ne!(a, stable_id("location", "a.json", "1"));
    }
}
