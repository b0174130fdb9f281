//! Nearest services: an R-tree (`rstar`) over points on the unit sphere, one tree for all
//! services and one per category.
//!
//! Straight-line distance between unit vectors (the chord) grows strictly with the great-circle
//! angle, so the tree's nearest-first order is great-circle order everywhere, across the
//! antimeridian and at the poles. Candidates are taken from the tree a little past the k-th
//! (a relative and absolute slack that covers floating-point error in the chord), then ranked
//! by haversine distance in km with the service and location ids breaking ties — the same key a
//! brute-force scan sorts by, so the two agree exactly (property-tested).

use crate::model::Directory;
use crate::places::{distance_km, unit};
use crate::taxonomy::Category;
use rstar::primitives::GeomWithData;
use rstar::RTree;
use std::collections::BTreeMap;

/// A point the index answers with.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexedPoint {
    pub service_id: String,
    pub location_id: String,
    pub lat: f64,
    pub lon: f64,
    pub categories: Vec<Category>,
}

/// One answer: the point's position in [`NearIndex::points`] and its distance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub index: usize,
    pub distance_km: f64,
}

type Tree = RTree<GeomWithData<[f64; 3], u32>>;

/// The index; build once per directory.
pub struct NearIndex {
    points: Vec<IndexedPoint>,
    all: Tree,
    by_category: BTreeMap<Category, Tree>,
}

impl NearIndex {
    /// Indexes every (service, location) pair of the directory that has coordinates.
    pub fn from_directory(dir: &Directory) -> NearIndex {
        let points = dir
            .points()
            .into_iter()
            .filter_map(|(s, l)| {
                let (lat, lon) = l.point()?;
                Some(IndexedPoint {
                    service_id: s.id.clone(),
                    location_id: l.id.clone(),
                    lat,
                    lon,
                    categories: s.categories.clone(),
                })
            })
            .collect();
        NearIndex::new(points)
    }

    /// Indexes the given points (bulk-loaded: O(n log n)).
    pub fn new(points: Vec<IndexedPoint>) -> NearIndex {
        let mut per: BTreeMap<Category, Vec<GeomWithData<[f64; 3], u32>>> = BTreeMap::new();
        let mut all = Vec::with_capacity(points.len());
        for (i, p) in points.iter().enumerate() {
            let g = GeomWithData::new(unit(p.lat, p.lon), i as u32);
            for c in &p.categories {
                per.entry(*c).or_default().push(g);
            }
            all.push(g);
        }
        NearIndex {
            by_category: per
                .into_iter()
                .map(|(c, v)| (c, RTree::bulk_load(v)))
                .collect(),
            all: RTree::bulk_load(all),
            points,
        }
    }

    pub fn points(&self) -> &[IndexedPoint] {
        &self.points
    }

    pub fn len(&self) -> usize {
        self.points.len()
    }

    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    fn order(&self, a: &Hit, b: &Hit) -> std::cmp::Ordering {
        let (pa, pb) = (&self.points[a.index], &self.points[b.index]);
        a.distance_km
            .total_cmp(&b.distance_km)
            .then_with(|| pa.service_id.cmp(&pb.service_id))
            .then_with(|| pa.location_id.cmp(&pb.location_id))
            .then(a.index.cmp(&b.index))
    }

    /// The `k` nearest points to (lat, lon), of one category or any, nearest first.
    pub fn nearest(&self, lat: f64, lon: f64, k: usize, category: Option<Category>) -> Vec<Hit> {
        let tree = match category {
            Some(c) => match self.by_category.get(&c) {
                Some(t) => t,
                None => return Vec::new(),
            },
            None => &self.all,
        };
        if k == 0 || !lat.is_finite() || !lon.is_finite() {
            return Vec::new();
        }
        let q = unit(lat, lon);
        let mut hits = Vec::new();
        let mut bound: Option<f64> = None;
        for (g, d2) in tree.nearest_neighbor_iter_with_distance_2(&q) {
            let chord = d2.sqrt();
            if let Some(b) = bound {
                if chord > b {
                    break;
                }
            }
            let p = &self.points[g.data as usize];
            hits.push(Hit {
                index: g.data as usize,
                distance_km: distance_km((lat, lon), (p.lat, p.lon)),
            });
            if hits.len() == k && bound.is_none() {
                // Anything whose chord is within float error of the k-th may rank before it.
                bound = Some(chord * (1.0 + 1e-9) + 1e-12);
            }
        }
        hits.sort_by(|a, b| self.order(a, b));
        hits.truncate(k);
        hits
    }

    /// Every point within `radius_km`, nearest first.
    pub fn within(
        &self,
        lat: f64,
        lon: f64,
        radius_km: f64,
        category: Option<Category>,
    ) -> Vec<Hit> {
        let tree = match category {
            Some(c) => match self.by_category.get(&c) {
                Some(t) => t,
                None => return Vec::new(),
            },
            None => &self.all,
        };
        let theta = (radius_km / crate::places::EARTH_RADIUS_KM).min(std::f64::consts::PI);
        let chord = 2.0 * (theta / 2.0).sin() * (1.0 + 1e-9) + 1e-12;
        let q = unit(lat, lon);
        let mut hits: Vec<Hit> = tree
            .locate_within_distance(q, chord * chord)
            .filter_map(|g| {
                let p = &self.points[g.data as usize];
                let d = distance_km((lat, lon), (p.lat, p.lon));
                (d <= radius_km).then_some(Hit {
                    index: g.data as usize,
                    distance_km: d,
                })
            })
            .collect();
        hits.sort_by(|a, b| self.order(a, b));
        hits
    }

    /// The brute-force answer [`NearIndex::nearest`] must equal (for tests and checks).
    pub fn nearest_brute_force(
        &self,
        lat: f64,
        lon: f64,
        k: usize,
        category: Option<Category>,
    ) -> Vec<Hit> {
        if !lat.is_finite() || !lon.is_finite() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .points
            .iter()
            .enumerate()
            .filter(|(_, p)| category.is_none_or(|c| p.categories.contains(&c)))
            .map(|(i, p)| Hit {
                index: i,
                distance_km: distance_km((lat, lon), (p.lat, p.lon)),
            })
            .collect();
        hits.sort_by(|a, b| self.order(a, b));
        hits.truncate(k);
        hits
    }
}
