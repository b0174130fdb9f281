//! Gaps along a route and by area, and referrals.

use crate::data;
use crate::single::*;
use plainsight_referral::{
    gaps, refer, route, route_gaps, ActivityPlace, Category, Directory, ImportOptions, Level,
    MovementPlace, NearIndex,
};

fn sahel() -> Directory {
    let mut d = Directory::default();
    d.merge(
        import_path(&data("sahel_3w_hxl.csv"), &ImportOptions::default())
            .unwrap()
            .directory,
    );
    d
}

#[test]
fn route_gap_table() {
    let dir = sahel();
    let index = NearIndex::from_directory(&dir);
    let r = route("central-mediterranean").unwrap();
    let rows = route_gaps(&r, &index, 100.0);
    assert_eq!(rows.len(), r.waypoints.len() * 11);
    let at = |place: &str, c: Category| {
        rows.iter()
            .find(|g| g.area == place && g.category == c)
            .unwrap()
            .clone()
    };
    let agadez_shelter = at("Agadez", Category::Shelter);
    assert!(!agadez_shelter.gap && agadez_shelter.services == 1);
    assert!(at("Agadez", Category::LegalAid).gap);
    assert!(!at("Tripoli", Category::Medical).gap);
    assert!(at("Tripoli", Category::Shelter).gap);
    assert!(!at("Sabha", Category::Identification).gap);
}

#[test]
fn area_gaps_flag_only_where_networks_operate() {
    let dir = sahel();
    let index = NearIndex::from_directory(&dir);
    let activity = vec![ActivityPlace {
        name: "Agadez".into(),
        country: "NE".into(),
        lat: 16.97,
        lon: 7.99,
        posts: 12,
        networks: 2,
        network_ids: Vec::new(),
    }];
    let rows = gaps(&dir, &index, Level::Country, &activity, 100.0);
    let ne_legal = rows
        .iter()
        .find(|g| g.country == "NE" && g.category == Category::LegalAid)
        .unwrap();
    assert!(ne_legal.gap, "{ne_legal:?}");
    assert_eq!(ne_legal.services, 1);
    assert_eq!(ne_legal.posts, 12);
    let ly = rows
        .iter()
        .filter(|g| g.country == "LY")
        .collect::<Vec<_>>();
    assert!(
        !ly.is_empty() && ly.iter().all(|g| !g.gap),
        "no activity in Libya, no flags"
    );
    let by_admin1 = gaps(&dir, &index, Level::Admin1, &activity, 100.0);
    assert!(by_admin1
        .iter()
        .any(|g| g.area == "Agadez" && g.posts == 12));
}

#[test]
fn referral_list_for_a_network() {
    let dir = sahel();
    let index = NearIndex::from_directory(&dir);
    let places = vec![
        MovementPlace {
            name: "Agadez".into(),
            country: "NE".into(),
            lat: 16.97,
            lon: 7.99,
        },
        MovementPlace {
            name: "Tripoli".into(),
            country: "LY".into(),
            lat: 32.89,
            lon: 13.19,
        },
    ];
    let refs = refer(&dir, &index, &places, 1);
    let shelter_agadez = refs
        .iter()
        .find(|r| r.place.starts_with("Agadez") && r.category == Category::Shelter)
        .unwrap();
    assert_eq!(shelter_agadez.organization, "Desert Rose Aid");
    assert!(shelter_agadez.distance_km < 1.0);
    let medical_tripoli = refs
        .iter()
        .find(|r| r.place.starts_with("Tripoli") && r.category == Category::Medical)
        .unwrap();
    assert_eq!(medical_tripoli.organization, "Tripoli Migrant Clinic");
}
