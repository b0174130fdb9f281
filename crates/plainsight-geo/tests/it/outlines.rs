//! The embedded country outlines: complete, closed, continuous across the antimeridian, and
//! keyed right (every capital the gazetteer knows lies in its own country's outline).

use plainsight_geo::{gazetteer, outline, outlines};

#[test]
fn outlines_parse_closed_and_continuous() {
    let all = outlines();
    assert!(all.len() >= 170, "{} countries", all.len());
    assert!(
        all.windows(2).all(|w| w[0].iso2 < w[1].iso2),
        "sorted, unique"
    );
    for c in all {
        assert_eq!(c.iso2.len(), 2, "{}", c.iso2);
        assert!(
            gazetteer().country(c.iso2).is_some(),
            "{} ({}) is no gazetteer country",
            c.iso2,
            c.name
        );
        let [w, s, e, n] = c.bbox;
        assert!(w <= e && s <= n && s >= -90.0 && n <= 90.0, "{}", c.iso2);
        for (r, pts) in c.rings() {
            assert!(pts.len() >= 4, "{}: a ring of {} points", c.iso2, pts.len());
            assert_eq!(pts.first(), pts.last(), "{}: ring not closed", c.iso2);
            for p in pts {
                let (lon, lat) = (p[0] as f64, p[1] as f64);
                assert!(
                    lon >= r.bbox[0] && lon <= r.bbox[2] && lat >= r.bbox[1] && lat <= r.bbox[3]
                );
            }
            // No step across the map: a drawing joins consecutive points with a line (only
            // Antarctica's closing edge runs along the pole's latitude, the map's edge).
            for seg in pts.windows(2) {
                assert!(
                    (seg[0][0] - seg[1][0]).abs() < 90.0
                        || (seg[0][1].abs() == 90.0 && seg[1][1] == seg[0][1]),
                    "{}: a step from {:?} to {:?}",
                    c.iso2,
                    seg[0],
                    seg[1]
                );
            }
            // Each ring's bulk is on the map; only a crossing part goes past 180.
            let mid = (r.bbox[0] + r.bbox[2]) / 2.0;
            assert!(
                (-180.0..=180.0).contains(&mid),
                "{}: ring centred at {mid}",
                c.iso2
            );
        }
    }
    for code in [
        "NG", "LY", "NE", "RU", "FJ", "AQ", "US", "FR", "XK", "SO", "CY",
    ] {
        assert!(outline(code).is_some(), "{code}");
    }
    assert_eq!(outline("ng").map(|o| o.name), Some("Nigeria"));
    assert!(outline("ZZ").is_none());
    // Russia and Fiji cross the antimeridian and reach past it; the mainland box of France
    // leaves French Guiana out.
    assert!(outline("RU").unwrap().bbox[2] > 180.0);
    assert!(outline("FJ").unwrap().bbox[2] > 180.0);
    let fr = outline("FR").unwrap();
    assert!(
        fr.bbox[0] < -50.0 && fr.main_bbox[0] > -10.0,
        "{:?}",
        fr.main_bbox
    );
}

#[test]
fn capitals_lie_in_their_own_country() {
    // 1:110m generalises borders and coastlines and drops small islands, so a capital on a
    // border river (Brazzaville), a line (Jerusalem) or a coast (Djibouti) may fall just outside
    // its country, and one on a small island (Port Vila) further out. Accepted: inside; within
    // 0.15 degrees of its own country's edge; or within 2 degrees of it and inside no other
    // country. A wrong ISO mapping puts a capital in another country or far away.
    // Natural Earth draws the Moroccan-administered part of Western Sahara, El-Aaiun with it,
    // as Morocco (its de facto boundaries): the one named exception.
    let fixture = include_str!("capitals.tsv");
    let (mut checked, mut inside, mut misses) = (0, 0, Vec::new());
    for line in fixture.lines().filter(|l| !l.starts_with('#')) {
        let (iso, capital) = line.split_once('\t').unwrap();
        let Some(city) = gazetteer()
            .cities_named(capital)
            .into_iter()
            .find(|p| p.country == iso)
        else {
            continue;
        };
        let (lat, lon) = city.coordinates.unwrap();
        checked += 1;
        let own = outline(iso).unwrap();
        if own.contains(lat, lon) {
            inside += 1;
            continue;
        }
        let d = own.edge_distance_deg(lat, lon);
        let other = outlines()
            .iter()
            .find(|o| o.iso2 != iso && o.contains(lat, lon));
        let ok = d <= 0.15
            || (d <= 2.0 && other.is_none())
            || (iso == "EH" && other.is_some_and(|o| o.iso2 == "MA"));
        if !ok {
            misses.push(format!(
                "{iso} {capital} ({lat}, {lon}): {d:.2} deg out{}",
                other
                    .map(|o| format!(", inside {}", o.iso2))
                    .unwrap_or_default()
            ));
        }
    }
    assert!(
        checked >= 160,
        "only {checked} capitals found in the gazetteer"
    );
    assert!(inside * 10 >= checked * 9, "{inside} of {checked} inside");
    assert!(
        misses.is_empty(),
        "capitals outside their country: {misses:#?}"
    );
    for (iso, lat, lon) in [("NG", 9.06, 7.49), ("LY", 27.0, 17.0), ("NE", 13.51, 2.11)] {
        assert!(outline(iso).unwrap().contains(lat, lon), "{iso}");
        assert!(!outline("FR").unwrap().contains(lat, lon));
    }
    // Across the antimeridian: Chukotka is Russian on both sides of 180 degrees.
    let ru = outline("RU").unwrap();
    assert!(ru.contains(66.0, 175.0) && ru.contains(66.0, -175.0));
}
