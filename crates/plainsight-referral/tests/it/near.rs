//! Nearest search agrees exactly with a brute-force scan, everywhere on the globe.

use plainsight_referral::{Category, IndexedPoint, NearIndex};
use proptest::prelude::*;

fn point_strategy() -> impl Strategy<Value = (f64, f64)> {
    prop_oneof![
        // Anywhere.
        (-90.0..=90.0f64, -180.0..=180.0f64),
        // Near the antimeridian.
        (
            -60.0..=60.0f64,
            prop_oneof![179.0..=180.0f64, -180.0..=-179.0f64]
        ),
        // Near the poles.
        (
            prop_oneof![88.0..=90.0f64, -90.0..=-88.0f64],
            -180.0..=180.0f64
        ),
    ]
}

fn index_of(points: &[((f64, f64), u8)]) -> NearIndex {
    NearIndex::new(
        points
            .iter()
            .enumerate()
            .map(|(i, ((lat, lon), c))| IndexedPoint {
                service_id: format!("s{i:05}"),
                location_id: "l".into(),
                lat: *lat,
                lon: *lon,
                categories: vec![Category::ALL[(*c % 12) as usize]],
            })
            .collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn nearest_equals_brute_force(
        points in prop::collection::vec((point_strategy(), 0u8..12), 1..300),
        queries in prop::collection::vec(point_strategy(), 1..8),
        k in 1usize..12,
        cat in prop::option::of(0u8..12),
    ) {
        let index = index_of(&points);
        let category = cat.map(|c| Category::ALL[c as usize]);
        for (lat, lon) in queries {
            let fast = index.nearest(lat, lon, k, category);
            let slow = index.nearest_brute_force(lat, lon, k, category);
            prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn within_equals_a_filtered_scan(
        points in prop::collection::vec((point_strategy(), 0u8..12), 1..200),
        (lat, lon) in point_strategy(),
        radius in 1.0..3000.0f64,
    ) {
        let index = index_of(&points);
        let got: Vec<usize> = index.within(lat, lon, radius, None).iter().map(|h| h.index).collect();
        let want: Vec<usize> = index
            .nearest_brute_force(lat, lon, usize::MAX, None)
            .into_iter()
            .filter(|h| h.distance_km <= radius)
            .map(|h| h.index)
            .collect();
        prop_assert_eq!(got, want);
    }
}

#[test]
fn duplicates_and_ties_are_ordered_by_id() {
    let p = |id: &str, lat, lon| IndexedPoint {
        service_id: id.into(),
        location_id: "l".into(),
        lat,
        lon,
        categories: vec![Category::Shelter],
    };
    let index = NearIndex::new(vec![
        p("b", 10.0, 10.0),
        p("a", 10.0, 10.0),
        p("c", -10.0, 10.0),
    ]);
    let hits = index.nearest(0.0, 10.0, 3, None);
    let ids: Vec<&str> = hits
        .iter()
        .map(|h| index.points()[h.index].service_id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert!(index
        .nearest(0.0, 0.0, 3, Some(Category::Medical))
        .is_empty());
    assert!(index.nearest(f64::NAN, 0.0, 3, None).is_empty());
}

#[test]
fn across_the_antimeridian() {
    let p = |id: &str, lat, lon| IndexedPoint {
        service_id: id.into(),
        location_id: "l".into(),
        lat,
        lon,
        categories: vec![Category::Shelter],
    };
    // Suva (Fiji) is nearer to a point at 179.9°W than Honolulu is.
    let index = NearIndex::new(vec![
        p("suva", -18.14, 178.44),
        p("honolulu", 21.31, -157.86),
    ]);
    let hits = index.nearest(-17.0, -179.9, 1, None);
    assert_eq!(index.points()[hits[0].index].service_id, "suva");
    assert!(hits[0].distance_km < 250.0);
}
