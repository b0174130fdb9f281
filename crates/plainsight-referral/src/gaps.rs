//! Where help is missing: per area × category, the services there and the distance to the
//! nearest; areas where networks operate (or route waypoints) are flagged when a category has
//! nothing within a threshold. Also the referral list for a network's places and the
//! migration routes as waypoint files.

use crate::model::{Directory, Location};
use crate::near::NearIndex;
use crate::places::{admin_area, distance_km, largest_town, nearest_town, resolve_in_country};
use crate::taxonomy::Category;
use serde::Serialize;
use std::collections::BTreeMap;

/// The categories a gap table lists: every protection category (`other` is counted in the
/// directory but is no protection service).
pub const GAP_CATEGORIES: [Category; 11] = {
    // `Category::ALL` without its last entry, `Other`.
    assert!(matches!(Category::ALL[11], Category::Other));
    let mut out = [Category::Shelter; 11];
    let mut i = 0;
    while i < 11 {
        out[i] = Category::ALL[i];
        i += 1;
    }
    out
};

/// Default distance beyond which a category counts as missing for a place (km): about a day's
/// travel by road in the Sahel, and the radius agencies use for "accessible" services.
pub const DEFAULT_THRESHOLD_KM: f64 = 100.0;

/// The level areas are taken at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Country,
    Admin1,
    Admin2,
    /// A waypoint of a route (`--route`); not a `--by` level.
    Waypoint,
}

impl std::str::FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "country" => Ok(Level::Country),
            "admin1" => Ok(Level::Admin1),
            "admin2" => Ok(Level::Admin2),
            _ => Err(format!("unknown level {s:?} (country, admin1 or admin2)")),
        }
    }
}

/// A place where networks operate (from the posts in a case store), with its weight.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActivityPlace {
    pub name: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    /// Posts placed there.
    pub posts: u64,
    /// Networks with posts there.
    pub networks: u64,
    /// Their ids, when known: an area counts each network once however many of its places
    /// it holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub network_ids: Vec<String>,
}

/// One row of a gap table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GapRow {
    pub level: Level,
    pub country: String,
    pub area: String,
    pub category: Category,
    /// Services of the category located in the area (for a waypoint: within the threshold).
    pub services: usize,
    /// From the area's reference point to the nearest service of the category (anywhere).
    pub nearest_km: Option<f64>,
    /// What distances are measured from: the busiest place of network activity in the area,
    /// else the area's town.
    pub measured_from: String,
    pub posts: u64,
    pub networks: u64,
    /// Networks operate here and the category has nothing within the threshold.
    pub gap: bool,
    /// The point distances are measured from (latitude, longitude), for maps; not part of
    /// the JSONL/CSV rows.
    #[serde(skip)]
    pub point: Option<(f64, f64)>,
}

#[derive(Default)]
struct AreaAcc {
    name: String,
    country: String,
    /// Where distances are measured from, and what it is.
    point: Option<((f64, f64), String)>,
    services: BTreeMap<Category, usize>,
    posts: u64,
    networks: u64,
    network_ids: std::collections::BTreeSet<String>,
    busiest: u64,
}

/// An area's key and display name for a location, at a level.
fn area_of_location(l: &Location, level: Level) -> Option<(String, String, String)> {
    let country = l.country.clone()?;
    match level {
        Level::Country => Some((country.clone(), country.clone(), country)),
        Level::Admin1 => {
            // The admin table's area (keyed by its town's GeoNames admin1 code), else the
            // nearest town's admin1 code, else the source's name.
            if let Some(a) = l
                .admin1
                .as_deref()
                .and_then(|a| admin_area(a, Some(&country)))
            {
                let code = a.town.admin1.unwrap_or(a.name);
                return Some((format!("{country}/{code}"), a.name.to_string(), country));
            }
            if let Some((t, _)) = l
                .point()
                .and_then(|(la, lo)| nearest_town(la, lo))
                .filter(|(t, _)| t.country == country)
            {
                let code = t.admin1.unwrap_or("?");
                let name = admin_name_for_code(&country, code).unwrap_or_else(|| {
                    l.admin1.clone().unwrap_or_else(|| format!("admin1 {code}"))
                });
                return Some((format!("{country}/{code}"), name, country));
            }
            let name = l.admin1.clone()?;
            Some((
                format!("{country}/{}", crate::places::area_key(&name)),
                name,
                country,
            ))
        }
        Level::Admin2 | Level::Waypoint => {
            let name = l.admin2.clone()?;
            Some((
                format!("{country}/{}", crate::places::area_key(&name)),
                name,
                country,
            ))
        }
    }
}

fn admin_name_for_code(country: &str, code: &str) -> Option<String> {
    crate::places::admin_areas()
        .iter()
        .find(|a| a.country == country && a.town.admin1 == Some(code))
        .map(|a| a.name.to_string())
}

/// The reference point of an area with no network activity: its town.
fn area_town(level: Level, country: &str, name: &str) -> Option<((f64, f64), String)> {
    let p = match level {
        Level::Country => largest_town(country)?,
        Level::Admin1 => admin_area(name, Some(country))
            .map(|a| a.town)
            .or_else(|| resolve_in_country(name, country))?,
        Level::Admin2 | Level::Waypoint => resolve_in_country(name, country)?,
    };
    Some((p.coordinates?, format!("{} ({})", p.name, p.country)))
}

/// The gap table of a directory at a level, with the places where networks operate.
pub fn gaps(
    dir: &Directory,
    index: &NearIndex,
    level: Level,
    activity: &[ActivityPlace],
    threshold_km: f64,
) -> Vec<GapRow> {
    let mut areas: BTreeMap<String, AreaAcc> = BTreeMap::new();
    for s in dir.services.values() {
        let mut counted = std::collections::BTreeSet::new();
        for lid in &s.location_ids {
            let Some(l) = dir.locations.get(lid) else {
                continue;
            };
            let Some((key, name, country)) = area_of_location(l, level) else {
                continue;
            };
            let acc = areas.entry(key.clone()).or_default();
            acc.name = name;
            acc.country = country;
            if counted.insert(key) {
                for c in &s.categories {
                    *acc.services.entry(*c).or_default() += 1;
                }
            }
        }
    }
    for a in activity {
        let probe = Location {
            id: String::new(),
            source: String::new(),
            source_id: String::new(),
            name: Some(a.name.clone()),
            address: None,
            country: Some(a.country.clone()),
            admin1: None,
            admin2: match level {
                Level::Admin2 => Some(a.name.clone()),
                _ => None,
            },
            lat: Some(a.lat),
            lon: Some(a.lon),
            coordinates: crate::model::CoordinateSource::Given,
        };
        let Some((key, name, country)) = area_of_location(&probe, level) else {
            continue;
        };
        let acc = areas.entry(key).or_default();
        if acc.name.is_empty() {
            acc.name = name;
            acc.country = country;
        }
        acc.posts += a.posts;
        if a.network_ids.is_empty() {
            acc.networks += a.networks;
        } else {
            acc.network_ids.extend(a.network_ids.iter().cloned());
        }
        if a.posts > acc.busiest || acc.point.is_none() {
            acc.busiest = a.posts;
            acc.point = Some(((a.lat, a.lon), format!("{} ({})", a.name, a.country)));
        }
    }
    let mut rows = Vec::new();
    for acc in areas.into_values() {
        let point = acc
            .point
            .clone()
            .or_else(|| area_town(level, &acc.country, &acc.name));
        for c in GAP_CATEGORIES {
            let nearest_km = point.as_ref().and_then(|((la, lo), _)| {
                index
                    .nearest(*la, *lo, 1, Some(c))
                    .first()
                    .map(|h| h.distance_km)
            });
            let missing = nearest_km.is_none_or(|d| d > threshold_km);
            rows.push(GapRow {
                level,
                country: acc.country.clone(),
                area: acc.name.clone(),
                category: c,
                services: acc.services.get(&c).copied().unwrap_or(0),
                nearest_km: nearest_km.map(round1),
                measured_from: point.as_ref().map(|(_, w)| w.clone()).unwrap_or_default(),
                posts: acc.posts,
                networks: acc.networks + acc.network_ids.len() as u64,
                gap: acc.posts > 0 && missing,
                point: point.as_ref().map(|(p, _)| *p),
            });
        }
    }
    rows
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A migration route: named waypoints in order of travel.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Route {
    /// The file's stem ("central-mediterranean").
    pub id: String,
    pub name: String,
    pub waypoints: Vec<Waypoint>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Waypoint {
    pub place: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

const ROUTES: [(&str, &str); 4] = [
    (
        "central-mediterranean",
        include_str!("../data/services/routes/central-mediterranean.tsv"),
    ),
    (
        "eastern",
        include_str!("../data/services/routes/eastern.tsv"),
    ),
    (
        "western-mediterranean",
        include_str!("../data/services/routes/western-mediterranean.tsv"),
    ),
    (
        "atlantic",
        include_str!("../data/services/routes/atlantic.tsv"),
    ),
];

/// Parses a route file; every waypoint must resolve through the gazetteer in its country.
pub fn parse_route(id: &str, text: &str) -> Result<Route, String> {
    let mut name = id.to_string();
    let mut waypoints = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(n) = line.strip_prefix("# name:") {
            name = n.trim().to_string();
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (place, country) = line
            .split_once('\t')
            .ok_or_else(|| format!("{id} line {}: expected place<TAB>country", i + 1))?;
        let p = resolve_in_country(place, country.trim()).ok_or_else(|| {
            format!(
                "{id} line {}: {place:?} is not in the gazetteer in {country}",
                i + 1
            )
        })?;
        let (lat, lon) = p
            .coordinates
            .ok_or_else(|| format!("{id}: {place:?} has no coordinates"))?;
        waypoints.push(Waypoint {
            place: p.name.to_string(),
            country: p.country.to_string(),
            lat,
            lon,
        });
    }
    Ok(Route {
        id: id.to_string(),
        name,
        waypoints,
    })
}

/// The embedded routes.
pub fn routes() -> Vec<Route> {
    ROUTES
        .iter()
        .map(|(id, text)| parse_route(id, text).expect("embedded route files resolve (tested)"))
        .collect()
}

/// A route by id or name (case-insensitive, `-`/`_`/spaces alike).
pub fn route(name: &str) -> Option<Route> {
    let k = crate::taxonomy::term_key(name);
    routes()
        .into_iter()
        .find(|r| crate::taxonomy::term_key(&r.id) == k || crate::taxonomy::term_key(&r.name) == k)
}

/// The gap table along a route: every waypoint × category, with the services within the
/// threshold and the nearest; a waypoint with nothing of a category within the threshold is a
/// gap (routes are where networks move people).
pub fn route_gaps(route: &Route, index: &NearIndex, threshold_km: f64) -> Vec<GapRow> {
    let mut rows = Vec::new();
    for w in &route.waypoints {
        for c in GAP_CATEGORIES {
            let within = index.within(w.lat, w.lon, threshold_km, Some(c)).len();
            let nearest_km = index
                .nearest(w.lat, w.lon, 1, Some(c))
                .first()
                .map(|h| round1(h.distance_km));
            rows.push(GapRow {
                level: Level::Waypoint,
                country: w.country.clone(),
                area: w.place.clone(),
                category: c,
                services: within,
                nearest_km,
                measured_from: format!("{} ({})", w.place, w.country),
                posts: 0,
                networks: 0,
                gap: nearest_km.is_none_or(|d| d > threshold_km),
                point: Some((w.lat, w.lon)),
            });
        }
    }
    rows
}

/// A place of a network's movement.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MovementPlace {
    pub name: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// One referral: a service near a place of the network.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Referral {
    pub place: String,
    pub category: Category,
    pub service: String,
    pub organization: String,
    pub distance_km: f64,
    pub lat: f64,
    pub lon: f64,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub source: String,
}

/// For each place, the `per_category` nearest services of every protection category.
pub fn refer(
    dir: &Directory,
    index: &NearIndex,
    places: &[MovementPlace],
    per_category: usize,
) -> Vec<Referral> {
    let mut out = Vec::new();
    for p in places {
        for c in GAP_CATEGORIES {
            for h in index.nearest(p.lat, p.lon, per_category, Some(c)) {
                let ip = &index.points()[h.index];
                let Some(s) = dir.services.get(&ip.service_id) else {
                    continue;
                };
                out.push(Referral {
                    place: format!("{} ({})", p.name, p.country),
                    category: c,
                    service: s.name.clone(),
                    organization: dir
                        .organization_of(s)
                        .map(|o| o.name.clone())
                        .unwrap_or_default(),
                    distance_km: round1(h.distance_km),
                    lat: ip.lat,
                    lon: ip.lon,
                    phones: s.phones.clone(),
                    emails: s.emails.clone(),
                    url: s.url.clone(),
                    source: s.source.clone(),
                });
            }
        }
    }
    out
}

/// Distance along a route's waypoints, for the docs' route table.
pub fn route_length_km(route: &Route) -> f64 {
    route
        .waypoints
        .windows(2)
        .map(|w| distance_km((w[0].lat, w[0].lon), (w[1].lat, w[1].lon)))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_waypoint_of_every_route_resolves() {
        for (id, text) in ROUTES {
            let r = parse_route(id, text).unwrap_or_else(|e| panic!("{e}"));
            assert!(r.waypoints.len() >= 5, "{id}");
            assert!(route_length_km(&r) > 1000.0, "{id}");
        }
        let cm = route("Central Mediterranean").unwrap();
        let names: Vec<&str> = cm.waypoints.iter().map(|w| w.place.as_str()).collect();
        for hub in ["Agadez", "Sabha", "Tripoli"] {
            assert!(names.contains(&hub), "{names:?}");
        }
        assert!(route("eastern")
            .unwrap()
            .waypoints
            .iter()
            .any(|w| w.country == "YE"));
    }

    #[test]
    fn a_waypoint_that_does_not_resolve_is_an_error() {
        assert!(parse_route("x", "Atlantis\tNE\n")
            .unwrap_err()
            .contains("Atlantis"));
        assert!(parse_route("x", "Agadez\tNG\n").is_err());
    }
}
