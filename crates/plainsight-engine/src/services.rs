//! Protection services pipelines: import directories, answer "what is near", list the gaps
//! and refer a network's places to services. The work is in `plainsight-referral`; this module
//! connects it to the case store's networks (their places, from the stored summaries) and
//! shapes the contract's output rows.

use plainsight_core::network::Network;
use plainsight_output::help::{Help, HelpCategory, HelpPlace, HelpService};
use plainsight_referral::{
    self as referral, ActivityPlace, Category, Directory, GapRow, Import, ImportOptions, Level,
    MovementPlace, NearIndex, Problem, Referral,
};
/// The gap table's vocabulary, for callers that reach services only through the engine (the
/// workspace server).
pub use plainsight_referral::{
    Category as ServiceCategory, Level as GapLevel, DEFAULT_THRESHOLD_KM,
};
use plainsight_store::{ServiceLocationRow, ServiceSource, Store, StoreError};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Why an import into the store stopped.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A source could not be read at all (missing, not a known format).
    #[error(transparent)]
    Source(#[from] referral::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot serialise a services record: {0}")]
    Json(#[from] serde_json::Error),
}

/// Imports every source into the case store (a source imported before is replaced, in one
/// transaction per source) and reports what the sources gave.
pub fn import_into_store(
    store: &mut Store,
    sources: &[PathBuf],
    opts: &ImportOptions,
    imported_at: &str,
) -> Result<ImportReport, ImportError> {
    // Read every source first: a source that cannot be read stops the run before anything
    // is written.
    let mut scratch = Directory::default();
    let (report, imports) = import(&mut scratch, sources, opts)?;
    for i in imports {
        let format = match i.format {
            Some(referral::Format::Hsds) => "hsds",
            Some(referral::Format::ThreeW) => "3w",
            Some(referral::Format::GeoJson) => "geojson",
            None => "unknown",
        };
        let d = &i.directory;
        let src = ServiceSource {
            name: i.source.clone(),
            format: format.into(),
            imported_at: imported_at.into(),
            problems: serde_json::to_string(&i.problems)?,
            unmapped: serde_json::to_string(&i.unmapped_categories)?,
            organizations: d
                .organizations
                .values()
                .map(|o| Ok((o.id.clone(), serde_json::to_string(o)?)))
                .collect::<Result<_, serde_json::Error>>()?,
            services: d
                .services
                .values()
                .map(|s| Ok((s.id.clone(), serde_json::to_string(s)?)))
                .collect::<Result<_, serde_json::Error>>()?,
            locations: d
                .locations
                .values()
                .map(|l| {
                    Ok(ServiceLocationRow {
                        id: l.id.clone(),
                        lat: l.lat,
                        lon: l.lon,
                        country: l.country.clone(),
                        record: serde_json::to_string(l)?,
                    })
                })
                .collect::<Result<_, serde_json::Error>>()?,
        };
        store.put_service_source(&src)?;
    }
    Ok(report)
}

/// The directory kept in the case store. A record that does not parse (a hand-edited store)
/// is an error naming the table, not skipped.
pub fn load_directory(store: &Store) -> Result<Directory, ImportError> {
    let r = store.service_records()?;
    let mut d = Directory::default();
    for o in &r.organizations {
        let o: referral::Organization = serde_json::from_str(o)?;
        d.organizations.insert(o.id.clone(), o);
    }
    for s in &r.services {
        let s: referral::Service = serde_json::from_str(s)?;
        d.services.insert(s.id.clone(), s);
    }
    for l in &r.locations {
        let l: referral::Location = serde_json::from_str(l)?;
        d.locations.insert(l.id.clone(), l);
    }
    Ok(d)
}

/// Every stored network's summary (the `networks.jsonl` objects).
pub fn network_summaries(store: &Store) -> Result<Vec<serde_json::Value>, ImportError> {
    store
        .networks()?
        .into_iter()
        .map(|n| serde_json::from_str(&n.summary).map_err(ImportError::from))
        .collect()
}

/// One stored network's summary, by id.
pub fn network_summary(store: &Store, id: &str) -> Result<Option<serde_json::Value>, ImportError> {
    match store.networks()?.into_iter().find(|n| n.id == id) {
        Some(n) => Ok(Some(serde_json::from_str(&n.summary)?)),
        None => Ok(None),
    }
}

/// `services import --json`: what the sources gave, and what is wrong in them.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ImportReport {
    /// Services, organisations and locations the imported sources hold now.
    pub services: usize,
    pub organizations: usize,
    pub locations: usize,
    pub problems: Vec<Problem>,
    pub unmapped_categories: Vec<String>,
}

/// Imports every source into `dir` (a source imported before is replaced) and reports.
pub fn import(
    dir: &mut Directory,
    sources: &[PathBuf],
    opts: &ImportOptions,
) -> Result<(ImportReport, Vec<Import>), referral::Error> {
    let mut report = ImportReport::default();
    let mut imports = Vec::with_capacity(sources.len());
    let mut unmapped = std::collections::BTreeSet::new();
    for s in sources {
        for i in referral::import_path(s, opts)? {
            report.services += i.directory.services.len();
            report.organizations += i.directory.organizations.len();
            report.locations += i.directory.locations.len();
            report.problems.extend(i.problems.iter().cloned());
            unmapped.extend(i.unmapped_categories.iter().cloned());
            dir.merge(i.directory.clone());
            imports.push(i);
        }
    }
    report.unmapped_categories = unmapped.into_iter().collect();
    Ok((report, imports))
}

/// One line of `services near`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NearRow {
    pub service: String,
    pub organization: String,
    pub categories: Vec<Category>,
    pub lat: f64,
    pub lon: f64,
    pub distance_km: f64,
    pub source: String,
}

/// Where a search starts: a place name (through the gazetteer) or a point.
pub enum Origin {
    Place(String),
    Point(f64, f64),
}

/// The point of an origin; a place must resolve to a town (or a country, measured from its
/// largest town).
pub fn locate(origin: &Origin) -> Result<(f64, f64), String> {
    match origin {
        Origin::Point(lat, lon) => {
            if referral::places::valid_point(*lat, *lon) {
                Ok((*lat, *lon))
            } else {
                Err(format!("({lat}, {lon}) is no point on the globe"))
            }
        }
        Origin::Place(name) => {
            let p = plainsight_geo::resolve(name)
                .ok_or_else(|| format!("{name:?} is not a place the gazetteer knows"))?;
            p.coordinates
                .or_else(|| referral::places::largest_town(p.country).and_then(|t| t.coordinates))
                .ok_or_else(|| format!("{name:?} has no coordinates in the gazetteer"))
        }
    }
}

/// The `limit` nearest services to an origin, of one category or any.
pub fn near(
    dir: &Directory,
    origin: &Origin,
    category: Option<Category>,
    limit: usize,
) -> Result<Vec<NearRow>, String> {
    let (lat, lon) = locate(origin)?;
    let index = NearIndex::from_directory(dir);
    Ok(index
        .nearest(lat, lon, limit, category)
        .into_iter()
        .filter_map(|h| {
            let p = &index.points()[h.index];
            let s = dir.services.get(&p.service_id)?;
            Some(NearRow {
                service: s.name.clone(),
                organization: dir
                    .organization_of(s)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                categories: s.categories.clone(),
                lat: p.lat,
                lon: p.lon,
                distance_km: (h.distance_km * 10.0).round() / 10.0,
                source: s.source.clone(),
            })
        })
        .collect())
}

/// The places of a network summary (`networks.jsonl` object, as the store keeps it): its
/// `movement` stops (else its `locations`), each resolved through the gazetteer; places the
/// gazetteer does not know are returned by name in the second list.
pub fn movement_of(summary: &serde_json::Value) -> (Vec<(MovementPlace, u64)>, Vec<String>) {
    let stops: Vec<(String, u64)> = summary
        .get("movement")
        .and_then(|m| m.as_array())
        .into_iter()
        .flatten()
        .filter_map(|s| {
            Some((
                s.get("location")?.as_str()?.to_string(),
                s.get("posts").and_then(|p| p.as_u64()).unwrap_or(1),
            ))
        })
        .collect();
    let locations: Vec<String> = summary
        .get("locations")
        .and_then(|m| m.as_array())
        .into_iter()
        .flatten()
        .filter_map(|s| Some(s.as_str()?.to_string()))
        .collect();
    movement_places(stops, locations)
}

/// [`movement_of`] for a network of a run in memory (`link --out`): the same places, in the
/// same order, as its summary gives once stored.
pub fn movement_of_network(n: &Network) -> (Vec<(MovementPlace, u64)>, Vec<String>) {
    movement_places(
        n.movement
            .iter()
            .map(|s| (s.location.clone(), s.posts as u64))
            .collect(),
        n.locations.clone(),
    )
}

/// Stops (place name, posts), else the bare locations, resolved through the gazetteer: each
/// place once, in order of first appearance, posts summed.
fn movement_places(
    mut stops: Vec<(String, u64)>,
    locations: Vec<String>,
) -> (Vec<(MovementPlace, u64)>, Vec<String>) {
    if stops.is_empty() {
        stops = locations.into_iter().map(|l| (l, 1)).collect();
    }
    let mut places: Vec<(MovementPlace, u64)> = Vec::new();
    let mut unknown = Vec::new();
    for (name, posts) in stops {
        match plainsight_geo::resolve(&name).and_then(|p| Some((p, p.coordinates?))) {
            Some((p, (lat, lon))) => {
                if let Some(e) = places
                    .iter_mut()
                    .find(|(m, _)| m.name == p.name && m.country == p.country)
                {
                    e.1 += posts;
                } else {
                    places.push((
                        MovementPlace {
                            name: p.name.to_string(),
                            country: p.country.to_string(),
                            lat,
                            lon,
                        },
                        posts,
                    ));
                }
            }
            None => {
                if !unknown.contains(&name) {
                    unknown.push(name)
                }
            }
        }
    }
    (places, unknown)
}

/// Where networks operate: every network's places with their posts, summed per place.
pub fn activity(summaries: &[serde_json::Value]) -> Vec<ActivityPlace> {
    let mut by: BTreeMap<(String, String), ActivityPlace> = BTreeMap::new();
    for s in summaries {
        let id = s
            .get("network")
            .and_then(|n| n.as_str())
            .unwrap_or_default()
            .to_string();
        for (m, posts) in movement_of(s).0 {
            let e = by
                .entry((m.country.clone(), m.name.clone()))
                .or_insert(ActivityPlace {
                    name: m.name,
                    country: m.country,
                    lat: m.lat,
                    lon: m.lon,
                    posts: 0,
                    networks: 0,
                    network_ids: Vec::new(),
                });
            e.posts += posts;
            // A network counts once per place, however many stops it made there.
            if id.is_empty() {
                e.networks += 1;
            } else if !e.network_ids.contains(&id) {
                e.network_ids.push(id.clone());
                e.networks += 1;
            }
        }
    }
    by.into_values().collect()
}

/// `services gaps`: by area with the networks' activity, or along a route.
pub fn gaps(
    dir: &Directory,
    level: Level,
    route: Option<&str>,
    summaries: &[serde_json::Value],
    threshold_km: f64,
) -> Result<Vec<GapRow>, String> {
    let index = NearIndex::from_directory(dir);
    match route {
        Some(name) => {
            let r = referral::route(name).ok_or_else(|| {
                let ids: Vec<String> = referral::routes().into_iter().map(|r| r.id).collect();
                format!("unknown route {name:?} (one of {})", ids.join(", "))
            })?;
            let mut rows = referral::route_gaps(&r, &index, threshold_km);
            // Waypoints where stored networks operate carry their activity.
            let act = activity(summaries);
            for row in &mut rows {
                if let Some(a) = act
                    .iter()
                    .find(|a| a.name == row.area && a.country == row.country)
                {
                    row.posts = a.posts;
                    row.networks = a.networks;
                }
            }
            Ok(rows)
        }
        None => Ok(referral::gaps(
            dir,
            &index,
            level,
            &activity(summaries),
            threshold_km,
        )),
    }
}

/// The routes `gaps` can follow: (id, name), in the table's order.
pub fn route_names() -> Vec<(String, String)> {
    referral::routes()
        .into_iter()
        .map(|r| (r.id, r.name))
        .collect()
}

/// The gap map's view of `gaps` rows: one area per (level, country, area), its cells the
/// rows' categories, or only `category` when given; an area's status is a gap when one of its
/// shown cells is, covered when networks operate there (or it is a waypoint) and none is, else
/// no activity. Used by the workspace's `/gaps` page and `services gaps --html`.
pub fn gap_view(
    rows: &[GapRow],
    level: Level,
    route: Option<&str>,
    threshold_km: f64,
    category: Option<Category>,
) -> plainsight_output::gaps::GapView {
    use plainsight_output::gaps::{GapArea, GapCategory, GapCell, GapStatus, GapView};
    let code = |l: Level| {
        serde_json::to_value(l)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    let mut areas: Vec<GapArea> = Vec::new();
    for r in rows {
        if category.is_some_and(|c| c != r.category) {
            continue;
        }
        let same = areas
            .last()
            .is_some_and(|a| a.country == r.country && a.area == r.area);
        if !same {
            areas.push(GapArea {
                level: code(r.level),
                country: r.country.clone(),
                area: r.area.clone(),
                lat: r.point.map(|p| p.0),
                lon: r.point.map(|p| p.1),
                measured_from: r.measured_from.clone(),
                posts: r.posts,
                networks: r.networks,
                status: GapStatus::NoActivity,
                cells: Vec::new(),
            });
        }
        let a = areas.last_mut().expect("pushed above");
        a.cells.push(GapCell {
            category: r.category.code().to_string(),
            services: r.services,
            nearest_km: r.nearest_km,
            gap: r.gap,
        });
    }
    for a in &mut areas {
        a.status = if a.cells.iter().any(|c| c.gap) {
            GapStatus::Gap
        } else if a.posts > 0 || a.level == "waypoint" {
            GapStatus::Covered
        } else {
            GapStatus::NoActivity
        };
    }
    let categories = referral::GAP_CATEGORIES
        .iter()
        .filter(|c| category.is_none_or(|f| f == **c))
        .map(|c| GapCategory {
            code: c.code().to_string(),
            label: c.label().to_string(),
        })
        .collect();
    GapView::new(
        code(if route.is_some() {
            Level::Waypoint
        } else {
            level
        }),
        route.map(str::to_string),
        threshold_km,
        categories,
        areas,
    )
}

/// `refer`: the nearest services of every protection category for each place of a network.
pub fn refer(
    dir: &Directory,
    summary: &serde_json::Value,
    per_category: usize,
) -> (Vec<Referral>, Vec<String>) {
    let (places, unknown) = movement_of(summary);
    let places: Vec<MovementPlace> = places.into_iter().map(|(m, _)| m).collect();
    let index = NearIndex::from_directory(dir);
    (referral::refer(dir, &index, &places, per_category), unknown)
}

/// Services listed per place and category (`refer --per-category`'s default; the workspace's
/// network page and the report list as many).
pub const PER_CATEGORY: usize = 3;

/// Places of a network given referral lists on a page (the rest are counted; `refer` lists
/// them all).
pub const HELP_PLACES: usize = 20;

/// A directory with its index, built once and asked many times (the workspace keeps one per
/// directory generation; `link --out --services` one per run).
pub struct Referrer {
    dir: Directory,
    index: NearIndex,
    /// Protection categories no indexed service offers.
    missing: Vec<Category>,
}

impl Referrer {
    /// Indexes `dir` (O(n log n) in its located services).
    pub fn new(dir: Directory) -> Referrer {
        let index = NearIndex::from_directory(&dir);
        let offered: std::collections::BTreeSet<Category> = index
            .points()
            .iter()
            .flat_map(|p| p.categories.iter().copied())
            .collect();
        let missing = referral::GAP_CATEGORIES
            .into_iter()
            .filter(|c| !offered.contains(c))
            .collect();
        Referrer {
            dir,
            index,
            missing,
        }
    }

    /// Reads the directory kept in the case store and indexes it.
    pub fn load(store: &Store) -> Result<Referrer, ImportError> {
        Ok(Referrer::new(load_directory(store)?))
    }

    /// Reads directories from files (no store), as `services import` reads them, and indexes
    /// them; the report says what the sources gave and what is wrong in them.
    pub fn import(
        sources: &[PathBuf],
        opts: &ImportOptions,
    ) -> Result<(Referrer, ImportReport), referral::Error> {
        let mut dir = Directory::default();
        let (report, _) = import(&mut dir, sources, opts)?;
        Ok((Referrer::new(dir), report))
    }

    pub fn directory(&self) -> &Directory {
        &self.dir
    }

    /// `refer`'s rows for these places.
    pub fn refer(&self, places: &[MovementPlace], per_category: usize) -> Vec<Referral> {
        referral::refer(&self.dir, &self.index, places, per_category)
    }

    /// "Help near this network" for a network's places ([`movement_of`],
    /// [`movement_of_network`]): the first `max_places` places, each with `refer`'s rows
    /// grouped by category.
    pub fn help(
        &self,
        places: &[(MovementPlace, u64)],
        unknown: Vec<String>,
        per_category: usize,
        max_places: usize,
    ) -> Help {
        let places: Vec<MovementPlace> = places.iter().map(|(p, _)| p.clone()).collect();
        let rows = self.refer(&places[..places.len().min(max_places)], per_category);
        self.help_of_rows(&places, unknown, per_category, &rows, max_places)
    }

    /// The same view from `refer`'s rows for `places` (in the order `refer` gives them), so a
    /// caller that also writes the rows (`link --out`'s `referrals.jsonl`) asks the index once.
    pub fn help_of_rows(
        &self,
        places: &[MovementPlace],
        unknown: Vec<String>,
        per_category: usize,
        rows: &[Referral],
        max_places: usize,
    ) -> Help {
        let shown = places.len().min(max_places);
        let mut rows = rows.iter().peekable();
        let help_places = places[..shown]
            .iter()
            .map(|p| {
                let place = format!("{} ({})", p.name, p.country);
                let mut categories: Vec<HelpCategory> = Vec::new();
                while let Some(r) = rows.next_if(|r| r.place == place) {
                    if categories.last().map(|c| c.category.as_str()) != Some(r.category.code()) {
                        categories.push(HelpCategory {
                            category: r.category.code().to_string(),
                            title: r.category.label().to_string(),
                            services: Vec::new(),
                        });
                    }
                    if let Some(c) = categories.last_mut() {
                        c.services.push(HelpService {
                            service: r.service.clone(),
                            organization: r.organization.clone(),
                            distance_km: r.distance_km,
                            lat: r.lat,
                            lon: r.lon,
                            phones: r.phones.clone(),
                            emails: r.emails.clone(),
                            url: r.url.clone(),
                            source: r.source.clone(),
                        });
                    }
                }
                HelpPlace { place, categories }
            })
            .collect();
        Help {
            directory_services: self.dir.services.len(),
            per_category,
            places: help_places,
            places_left_out: places.len() - shown,
            unknown_places: unknown,
            missing_categories: self.missing.iter().map(|c| c.code().to_string()).collect(),
            hint: None,
            command: None,
        }
    }
}

/// "Help near this network" from a referrer, or, when there is no directory (none given, or
/// an empty one), the hint that says how to import one.
pub fn help(
    referrer: Option<&Referrer>,
    places: &[(MovementPlace, u64)],
    unknown: Vec<String>,
) -> Help {
    match referrer.filter(|r| !r.dir.services.is_empty()) {
        Some(r) => r.help(places, unknown, PER_CATEGORY, HELP_PLACES),
        None => Help {
            per_category: PER_CATEGORY,
            unknown_places: unknown,
            hint: Some(NO_DIRECTORY.to_string()),
            command: Some(IMPORT_COMMAND.to_string()),
            ..Help::default()
        },
    }
}

/// What a page says where the store holds no services directory.
pub const NO_DIRECTORY: &str =
    "No services directory in this case store. Import one (HSDS, 3W sheet or GeoJSON) with:";

/// The command that imports one.
pub const IMPORT_COMMAND: &str = "plainsight services import --db CASE.db SOURCE...";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movement_resolves_places_and_keeps_unknown_ones() {
        let s = serde_json::json!({
            "movement": [
                {"location": "Agadez", "posts": 3},
                {"location": "Tripoli, Libya", "posts": 2},
                {"location": "Agadez", "posts": 1},
                {"location": "Nowhere Special", "posts": 1}
            ]
        });
        let (places, unknown) = movement_of(&s);
        let names: Vec<(&str, u64)> = places.iter().map(|(m, p)| (m.name.as_str(), *p)).collect();
        assert_eq!(names, vec![("Agadez", 4), ("Tripoli", 2)]);
        assert_eq!(unknown, vec!["Nowhere Special"]);
    }

    /// A 3W sheet (synthetic) with a shelter in Agadez and a clinic in Tripoli, in a fresh
    /// folder (kept alive by the returned guard).
    fn agadez_tripoli_sheet() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let sheet = dir.path().join("sheet.csv");
        std::fs::write(
            &sheet,
            "Organisation,Activity,Country,Location\nDesert Rose Aid,Shelter,Niger,Agadez\nTripoli Clinic,Medical,Libya,Tripoli\n",
        )
        .unwrap();
        (dir, sheet)
    }

    #[test]
    fn import_into_a_store_twice_keeps_one_copy() {
        let (dir, sheet) = agadez_tripoli_sheet();
        let mut store = Store::open(&dir.path().join("case.db")).unwrap();
        let opts = ImportOptions::default();
        let r1 = import_into_store(
            &mut store,
            std::slice::from_ref(&sheet),
            &opts,
            "2026-11-30T00:00:00Z",
        )
        .unwrap();
        let r2 = import_into_store(&mut store, &[sheet], &opts, "2026-11-30T01:00:00Z").unwrap();
        assert_eq!((r1.services, r2.services), (2, 2));
        assert_eq!(r1.problems.len(), 2, "{:?}", r1.problems); // both placed through the gazetteer
        let d = load_directory(&store).unwrap();
        assert_eq!(d.services.len(), 2);
        let rows = near(
            &d,
            &Origin::Place("Agadez".into()),
            Some(Category::Shelter),
            5,
        )
        .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].organization, "Desert Rose Aid");
        assert!(rows[0].distance_km < 1.0);
    }

    #[test]
    fn gap_view_groups_rows_by_area_and_filters_categories() {
        let (dir, sheet) = agadez_tripoli_sheet();
        let mut store = Store::open(&dir.path().join("case.db")).unwrap();
        import_into_store(
            &mut store,
            &[sheet],
            &ImportOptions::default(),
            "2026-11-30T00:00:00Z",
        )
        .unwrap();
        let d = load_directory(&store).unwrap();
        // A network seen in Agadez and Tripoli.
        let summaries = [serde_json::json!({
            "id": "N1",
            "movement": [{"location": "Agadez", "posts": 3}, {"location": "Tripoli", "posts": 2}],
            "locations": ["Agadez", "Tripoli"],
        })];
        let rows = gaps(&d, Level::Country, None, &summaries, 100.0).unwrap();
        let v = gap_view(&rows, Level::Country, None, 100.0, None);
        assert_eq!(v.level, "country");
        assert_eq!(v.categories.len(), referral::GAP_CATEGORIES.len());
        let ne = v.areas.iter().find(|a| a.country == "NE").unwrap();
        assert_eq!(ne.cells.len(), v.categories.len());
        assert_eq!(ne.posts, 3);
        assert!(ne.lat.is_some() && ne.lon.is_some());
        // Niger has a shelter and nothing medical within 100 km: a gap.
        assert_eq!(ne.status, plainsight_output::gaps::GapStatus::Gap);
        let shelter = ne.cells.iter().find(|c| c.category == "shelter").unwrap();
        assert!(!shelter.gap && shelter.services == 1);
        // Filtered on shelter: Niger is covered, Libya is not.
        let v = gap_view(&rows, Level::Country, None, 100.0, Some(Category::Shelter));
        assert_eq!(v.categories.len(), 1);
        let status = |c: &str| v.areas.iter().find(|a| a.country == c).unwrap().status;
        assert_eq!(status("NE"), plainsight_output::gaps::GapStatus::Covered);
        assert_eq!(status("LY"), plainsight_output::gaps::GapStatus::Gap);
        assert!(v.areas.iter().all(|a| a.cells.len() == 1));
        // Along a route: waypoints in order of travel, each with a point.
        let rows = gaps(
            &d,
            Level::Country,
            Some("central-mediterranean"),
            &summaries,
            100.0,
        )
        .unwrap();
        let v = gap_view(
            &rows,
            Level::Country,
            Some("central-mediterranean"),
            100.0,
            None,
        );
        assert_eq!(v.level, "waypoint");
        assert_eq!(v.areas.first().map(|a| a.area.as_str()), Some("Benin City"));
        assert_eq!(
            v.areas.len(),
            referral::route("central-mediterranean")
                .unwrap()
                .waypoints
                .len()
        );
        assert!(v.areas.iter().all(|a| a.lat.is_some()));
        let agadez = v.areas.iter().find(|a| a.area == "Agadez").unwrap();
        assert_eq!(agadez.posts, 3);
    }

    #[test]
    fn origins() {
        assert!(locate(&Origin::Place("Agadez".into())).is_ok());
        assert!(locate(&Origin::Point(91.0, 0.0)).is_err());
        assert!(locate(&Origin::Place("Qwertyuiop".into())).is_err());
    }
}
