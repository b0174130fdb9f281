//! The gazetteer against the locations the brief and real ads use.

mod outlines;

use plainsight_geo::{country_for_location, gazetteer, resolve, PlaceKind};
use proptest::prelude::*;

#[test]
fn cities_alone_and_qualified() {
    let cases = [
        ("Houston, TX", "US"),
        ("Houston Texas", "US"),
        ("houston", "US"),
        ("Lagos", "NG"),
        ("Lagos, Nigeria", "NG"),
        ("Madrid", "ES"),
        ("Paris, France", "FR"),
        ("Paris", "FR"),
        ("London UK", "GB"),
        ("London", "GB"),
        ("São Paulo", "BR"),
        ("Sao Paulo", "BR"),
        ("SAO PAULO, Brazil", "BR"),
        ("Dubai, UAE", "AE"),
        ("Dubai", "AE"),
        ("Abuja", "NG"),
        ("Tripoli, Libya", "LY"),
        ("Tripoli, Lebanon", "LB"),
        ("Agadez", "NE"),
        ("New York, NY", "US"),
        ("Downtown Lagos", "NG"),
        ("Benin City, Edo", "NG"),
        ("London, Ontario, Canada", "CA"),
        ("دبي", "AE"),
        // A city and an unlisted region that is also a small town elsewhere: the city.
        ("Trujillo, La Libertad", "PE"),
        ("Córdoba (Andalucía)", "ES"),
        // A district that is a small town elsewhere, and its city under the local name
        // (Garibaldi is a Brazilian town; Naples is "Napoli" in Italian).
        ("Garibaldi, Napoli", "IT"),
        ("Centro, Milano", "IT"),
    ];
    for (loc, want) in cases {
        assert_eq!(country_for_location(loc), Some(want), "{loc}");
    }
}

#[test]
fn qualifier_picks_among_same_names() {
    let p = resolve("Paris, TX").unwrap();
    assert_eq!(
        (p.kind, p.country, p.admin1),
        (PlaceKind::City, "US", Some("TX"))
    );
    let h = resolve("Houston, TX").unwrap();
    assert_eq!(h.name, "Houston");
    let (lat, lon) = h.coordinates.unwrap();
    assert!((lat - 29.76).abs() < 0.1 && (lon + 95.36).abs() < 0.1);
    let ca = resolve("London, CA").unwrap();
    assert_eq!(ca.country, "CA", "no London in California: Ontario");
    let madrid = resolve("Madrid").unwrap();
    assert!(madrid.population > 3_000_000, "most populous Madrid");
}

#[test]
fn countries_states_and_codes_alone() {
    for (loc, want) in [
        ("Nigeria", "NG"),
        ("nigeria", "NG"),
        ("NG", "NG"),
        ("NGA", "NG"),
        ("United States", "US"),
        ("USA", "US"),
        ("UK", "GB"),
        ("Côte d'Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Libya", "LY"),
        ("Niger", "NE"),
        ("Texas", "US"),
        ("TX", "US"),
        ("California", "US"),
        ("District of Columbia", "US"),
        // A city's short name as its people write it, alone or after a district the
        // gazetteer does not hold ("Quận 1" is District 1 of Ho Chi Minh City).
        ("TP.HCM", "VN"),
        ("Quận 1, TP.HCM", "VN"),
        ("Quận 3 - TPHCM", "VN"),
    ] {
        assert_eq!(country_for_location(loc), Some(want), "{loc}");
    }
    assert_eq!(resolve("Texas").unwrap().kind, PlaceKind::State);
    assert_eq!(resolve("Texas").unwrap().admin1, Some("TX"));
    // A bare ISO alpha-2 code is a country, even where it is also a state's postal code.
    assert_eq!(country_for_location("CA"), Some("CA"));
    // After a city and a comma, a postal code is a state first.
    assert_eq!(resolve("Los Angeles, CA").unwrap().admin1, Some("CA"));
    // An unknown town in a known state still gives the state.
    let s = resolve("Smallville, Kansas").unwrap();
    assert_eq!((s.kind, s.country), (PlaceKind::State, "US"));
}

#[test]
fn unknown_is_none() {
    for loc in ["", "   ", "!!!", "incall only", "xyzzy plugh", "near you"] {
        assert_eq!(country_for_location(loc), None, "{loc}");
    }
}

#[test]
fn distances() {
    let h = resolve("Houston, TX").unwrap();
    let d = resolve("Dallas, TX").unwrap();
    let km = h.distance_km(&d).unwrap();
    assert!((330.0..400.0).contains(&km), "{km}");
    assert!(gazetteer().cities_named("lagos").len() >= 2);
}

/// The script folded the table's keys; the crate folds queries. They must agree, or a key could
/// never be found: every key must be a fixed point of the crate's fold.
#[test]
fn table_keys_are_folded_like_queries() {
    let table = include_str!("../../data/gazetteer.tsv");
    let mut checked = 0;
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let keys = line.split('\t').nth(1).unwrap();
        for key in keys.split('|') {
            assert_eq!(plainsight_geo::fold(key), key, "in line {line:.80}");
            checked += 1;
        }
    }
    assert!(checked > 100_000, "{checked}");
}

proptest! {
    #[test]
    fn fold_is_idempotent(s in "\\PC{0,40}") {
        let once = plainsight_geo::fold(&s);
        prop_assert_eq!(plainsight_geo::fold(&once), once.clone());
    }

    #[test]
    fn never_panics(s in "\\PC{0,80}") {
        let _ = resolve(&s);
    }

    /// A long location is read up to a fixed cap (512 bytes): the folded text never grows
    /// past it, and the answer is the one its first 512 bytes give, however long the rest.
    #[test]
    fn long_input_is_bounded(n in 0usize..5000) {
        let s = "Houston ".repeat(n);
        prop_assert!(plainsight_geo::fold(&s).len() <= 512);
        let head = &s[..s.len().min(512)];
        prop_assert_eq!(resolve(&s).map(|p| p.country), resolve(head).map(|p| p.country));
        if n >= 1 {
            prop_assert_eq!(resolve(&s).map(|p| p.country), Some("US"));
        }
    }
}

/// A name is first the place that bears it, before a place that has it only as an alternate
/// spelling, unless that place is ten times larger (an exonym of a big city).
#[test]
fn own_names_before_alternate_spellings() {
    let country = |l: &str| plainsight_geo::country_for_location(l);
    assert_eq!(country("Galle"), Some("LK"));
    assert_eq!(country("Halle"), Some("DE"));
    assert_eq!(
        country("Milton"),
        Some("CA"),
        "{:?}",
        plainsight_geo::resolve("Milton")
    );
    // Exonyms of much larger cities keep them.
    assert_eq!(country("Calcutta"), Some("IN"));
    assert_eq!(country("Mexico"), Some("MX"));
}
