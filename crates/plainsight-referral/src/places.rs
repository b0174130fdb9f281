//! Places: the gazetteer (from plainsight-geo) seen from a services directory — admin areas and
//! their towns, place names resolved inside a stated country, the nearest town to a point, and
//! whether a point lies in a country.

use crate::taxonomy::term_key;
use plainsight_geo::{gazetteer, Place, PlaceKind};
use rstar::primitives::GeomWithData;
use rstar::RTree;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// Mean Earth radius (IUGG), the radius `plainsight_geo::distance_km` uses.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// The point on the unit sphere for (latitude, longitude) in degrees. Straight-line (chord)
/// distance between two such points grows strictly with the great-circle distance
/// (`chord = 2 sin(θ/2)`), so nearest-neighbour order in 3-D is great-circle order: no special
/// case at the antimeridian or the poles.
pub fn unit(lat: f64, lon: f64) -> [f64; 3] {
    let (la, lo) = (lat.to_radians(), lon.to_radians());
    [la.cos() * lo.cos(), la.cos() * lo.sin(), la.sin()]
}

/// Great-circle distance in km (haversine), as the rest of plainsight measures it.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    plainsight_geo::distance_km(a, b)
}

/// Whether (lat, lon) are numbers on the globe.
pub fn valid_point(lat: f64, lon: f64) -> bool {
    lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
}

/// A first-level area from `data/services/admin_areas.tsv` and the town standing for it.
#[derive(Clone, Debug)]
pub struct AdminArea {
    pub country: &'static str,
    pub name: &'static str,
    pub pcode: Option<&'static str>,
    pub town: Place,
}

static ADMIN: &str = include_str!("../data/services/admin_areas.tsv");

/// The words an area name may carry that do not name it ("Ogun State.", "Bong County").
const AREA_WORDS: [&str; 8] = [
    "state",
    "county",
    "district",
    "region",
    "province",
    "prefecture",
    "governorate",
    "territory",
];

/// The key an area name is matched on: [`term_key`] of its words without the area words.
pub fn area_key(name: &str) -> String {
    let folded = plainsight_geo::fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let kept: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !AREA_WORDS.contains(w))
        .collect();
    // "Federal Capital Territory" keeps its words when stripping leaves too little.
    let use_words = if kept.is_empty() { &words } else { &kept };
    term_key(&use_words.join(" "))
}

struct AdminTable {
    areas: Vec<AdminArea>,
    /// (country, area key) → area.
    by_name: HashMap<(String, String), usize>,
    /// area key → areas of every country with that name.
    by_key: HashMap<String, Vec<usize>>,
    /// P-code (upper case) → area.
    by_pcode: HashMap<String, usize>,
}

/// Parses the admin table; a line whose town does not resolve is an error (tested), so the
/// table can never silently hold an area without a place.
fn parse_admin(text: &'static str) -> Result<AdminTable, String> {
    let mut t = AdminTable {
        areas: Vec::new(),
        by_name: HashMap::new(),
        by_key: HashMap::new(),
        by_pcode: HashMap::new(),
    };
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [country, names, pcode, town] = cols[..] else {
            return Err(format!(
                "admin_areas.tsv line {}: expected 4 columns",
                i + 1
            ));
        };
        let town_place = resolve_in_country(town, country).ok_or_else(|| {
            format!(
                "admin_areas.tsv line {}: town {town:?} is not in the gazetteer in {country}",
                i + 1
            )
        })?;
        let mut names = names.split('|');
        let name = names.next().unwrap_or_default();
        let idx = t.areas.len();
        t.areas.push(AdminArea {
            country,
            name,
            pcode: (pcode != "-").then_some(pcode),
            town: town_place,
        });
        for n in std::iter::once(name).chain(names) {
            let k = area_key(n);
            t.by_name
                .entry((country.to_string(), k.clone()))
                .or_insert(idx);
            t.by_key.entry(k).or_default().push(idx);
        }
        if pcode != "-" {
            t.by_pcode.insert(pcode.to_ascii_uppercase(), idx);
        }
    }
    Ok(t)
}

fn admin_table() -> &'static AdminTable {
    static T: OnceLock<AdminTable> = OnceLock::new();
    T.get_or_init(|| parse_admin(ADMIN).expect("embedded admin_areas.tsv is valid (tested)"))
}

/// Every admin area of the table.
pub fn admin_areas() -> &'static [AdminArea] {
    &admin_table().areas
}

/// The admin area named `name` in `country` (or, without a country, the only area of that name
/// in the table), or the area with that P-code.
pub fn admin_area(name: &str, country: Option<&str>) -> Option<&'static AdminArea> {
    let t = admin_table();
    if let Some(&i) = t.by_pcode.get(&name.trim().to_ascii_uppercase()) {
        return Some(&t.areas[i]);
    }
    let k = area_key(name);
    if k.is_empty() {
        return None;
    }
    match country {
        Some(c) => t
            .by_name
            .get(&(c.to_ascii_uppercase(), k))
            .map(|&i| &t.areas[i]),
        None => match t.by_key.get(&k).map(Vec::as_slice) {
            Some([i]) => Some(&t.areas[*i]),
            _ => None,
        },
    }
}

/// The ISO alpha-2 code of a country named by `s`: a name, an alpha-2 or alpha-3 code.
pub fn country_code(s: &str) -> Option<&'static str> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let p = gazetteer().resolve(s)?;
    (p.kind == PlaceKind::Country).then_some(p.country)
}

/// The country of a P-code: its first three letters as ISO alpha-3 ("LBR11" → LR,
/// "GIN008001" → GN), else its first two as alpha-2 ("SO22" → SO).
pub fn country_of_pcode(pcode: &str) -> Option<&'static str> {
    let p = pcode.trim();
    if p.len() < 3 || !p.is_ascii() {
        return None;
    }
    let letters: String = p.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    match letters.len() {
        3 => country_code(&letters),
        2 => gazetteer().country(&letters).map(|c| c.country),
        _ => None,
    }
}

/// The city a place name (or an address) names inside `country`, through the gazetteer
/// ("Beyla" in GN; "No 14, Asero Abeokuta. Ogun State." in NG is Abeokuta).
pub fn resolve_in_country(text: &str, country: &str) -> Option<Place> {
    let g = gazetteer();
    let c = g.country(country)?;
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let p = g.resolve(&format!("{text}, {}", c.name))?;
    (p.kind == PlaceKind::City && p.country == c.country).then_some(p)
}

type CityTree = RTree<GeomWithData<[f64; 3], u32>>;

struct Cities {
    tree: CityTree,
    places: Vec<Place>,
    /// Country → indices of its cities, most populous first.
    by_country: BTreeMap<&'static str, Vec<u32>>,
}

fn cities() -> &'static Cities {
    static C: OnceLock<Cities> = OnceLock::new();
    C.get_or_init(|| {
        let places: Vec<Place> = gazetteer()
            .places()
            .iter()
            .filter(|p| p.kind == PlaceKind::City && p.coordinates.is_some())
            .copied()
            .collect();
        let mut by_country: BTreeMap<&'static str, Vec<u32>> = BTreeMap::new();
        let items = places
            .iter()
            .enumerate()
            .map(|(i, p)| {
                by_country.entry(p.country).or_default().push(i as u32);
                let (la, lo) = p.coordinates.unwrap_or_default();
                GeomWithData::new(unit(la, lo), i as u32)
            })
            .collect();
        for v in by_country.values_mut() {
            v.sort_by(|&a, &b| {
                places[b as usize]
                    .population
                    .cmp(&places[a as usize].population)
            });
        }
        Cities {
            tree: RTree::bulk_load(items),
            places,
            by_country,
        }
    })
}

/// The most populous gazetteer town of a country (what a country-level area is measured from).
pub fn largest_town(country: &str) -> Option<Place> {
    let c = cities();
    let i = *c.by_country.get(country)?.first()?;
    Some(c.places[i as usize])
}

/// The gazetteer town nearest to a point, and its distance in km.
pub fn nearest_town(lat: f64, lon: f64) -> Option<(Place, f64)> {
    let c = cities();
    let hit = c.tree.nearest_neighbor(&unit(lat, lon))?;
    let p = c.places[hit.data as usize];
    Some((p, distance_km((lat, lon), p.coordinates?)))
}

/// How far past another country's town a point may lie and still count as inside its stated
/// country: border towns are often nearer to a point than the stated country's own.
pub const BORDER_MARGIN_KM: f64 = 50.0;

/// The verdict on a point and the country a source says it is in.
#[derive(Clone, Debug, PartialEq)]
pub enum CountryCheck {
    Inside,
    /// Nearer to `town` of another country than to any town of the stated one, by more than
    /// [`BORDER_MARGIN_KM`].
    Outside {
        town: Place,
        town_km: f64,
        own_km: f64,
    },
    /// The gazetteer has no towns for the country.
    Unknown,
}

/// Whether a point lies in a country, judged from the gazetteer's towns (GeoNames cities of
/// 15,000 people or more; there are no borders in the table): a point is outside its stated
/// country when the nearest town of another country is nearer than the nearest town of the
/// stated country by more than [`BORDER_MARGIN_KM`]. Points at sea off the stated coast are not
/// caught when the stated country's coast is the nearest land with towns — the method's known
/// blind spot, documented in `docs/services.md`.
pub fn check_country(lat: f64, lon: f64, country: &str) -> CountryCheck {
    let c = cities();
    let Some(own) = c.by_country.get(country) else {
        return CountryCheck::Unknown;
    };
    if own.is_empty() {
        return CountryCheck::Unknown;
    }
    let q = unit(lat, lon);
    let mut other: Option<(Place, f64)> = None;
    // Walk outwards until a town of the stated country appears (bounded: beyond that the point
    // is far from every town of the country, and the first foreign town decides).
    for (n, hit) in c.tree.nearest_neighbor_iter(&q).enumerate() {
        let p = c.places[hit.data as usize];
        let km = distance_km((lat, lon), p.coordinates.unwrap_or_default());
        if p.country == country {
            return match other {
                Some((town, town_km)) if km > town_km + BORDER_MARGIN_KM => CountryCheck::Outside {
                    town,
                    town_km,
                    own_km: km,
                },
                _ => CountryCheck::Inside,
            };
        }
        if other.is_none() {
            other = Some((p, km));
        }
        if n > 4096 {
            break;
        }
    }
    let own_km = own
        .iter()
        .map(|&i| {
            distance_km(
                (lat, lon),
                c.places[i as usize].coordinates.unwrap_or_default(),
            )
        })
        .fold(f64::INFINITY, f64::min);
    match other {
        Some((town, town_km)) if own_km > town_km + BORDER_MARGIN_KM => CountryCheck::Outside {
            town,
            town_km,
            own_km,
        },
        _ => CountryCheck::Inside,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_admin_town_resolves_in_its_country() {
        let t = parse_admin(ADMIN).unwrap();
        assert!(t.areas.len() > 80);
        for a in &t.areas {
            assert_eq!(a.town.country, a.country, "{}", a.name);
        }
    }

    #[test]
    fn area_names_match_with_suffixes_and_codes() {
        assert_eq!(
            admin_area("Ogun State.", Some("NG")).unwrap().town.name,
            "Abeokuta"
        );
        assert_eq!(admin_area("FCT.", None).unwrap().town.name, "Abuja");
        assert_eq!(
            admin_area("Bong County", Some("LR")).unwrap().town.name,
            "Gbarnga"
        );
        assert_eq!(admin_area("LBR11", None).unwrap().name, "Montserrado");
        assert!(admin_area("Atlantis", None).is_none());
    }

    #[test]
    fn countries_and_pcodes() {
        assert_eq!(country_code("Liberia"), Some("LR"));
        assert_eq!(country_code("GIN"), Some("GN"));
        assert_eq!(country_of_pcode("GIN008001"), Some("GN"));
        assert_eq!(country_of_pcode("SLE0102"), Some("SL"));
        assert_eq!(country_of_pcode("SO22"), Some("SO"));
        assert_eq!(country_of_pcode("12"), None);
    }

    #[test]
    fn addresses_resolve_inside_the_stated_country() {
        let p = resolve_in_country("No 14, Asero Abeokuta. Ogun State.", "NG").unwrap();
        assert_eq!(p.name, "Abeokuta");
        assert!(resolve_in_country("Beyla", "GN").is_some());
        assert!(resolve_in_country("Lagos", "GN").is_none());
    }

    #[test]
    fn country_check_by_nearest_towns() {
        // Abeokuta, Nigeria.
        assert_eq!(check_country(7.16, 3.35, "NG"), CountryCheck::Inside);
        // Cotonou is in Benin: nearer Beninese towns than Nigerian ones by far more than 50 km?
        // Porto-Novo's suburbs are 30 km from the Nigerian border: a border point is inside.
        assert_eq!(check_country(6.45, 2.75, "NG"), CountryCheck::Inside);
        // The middle of Niger is not in Nigeria.
        assert!(matches!(
            check_country(16.97, 7.99, "NG"),
            CountryCheck::Outside { .. }
        ));
        // Madrid is not in Nigeria.
        assert!(matches!(
            check_country(40.4, -3.7, "NG"),
            CountryCheck::Outside { .. }
        ));
        assert_eq!(check_country(0.0, 0.0, "ZZ"), CountryCheck::Unknown);
    }

    #[test]
    fn unit_vectors_are_unit() {
        for (la, lo) in [(0.0, 0.0), (90.0, 10.0), (-45.0, 179.9), (12.0, -180.0)] {
            let v = unit(la, lo);
            let n = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt();
            assert!((n - 1.0).abs() < 1e-12);
        }
    }
}
