//! Properties from issue 8: stock wording never merges unrelated identities, however its
//! slots vary; a distinctive selector always joins its network.

use crate::{link_all, post};
use proptest::prelude::*;

const CITIES: &[&str] = &["Houston", "Dallas", "Austin", "Miami", "Denver", "Tampa"];
const STEMS: &[&str] = &["Lotus", "Jade", "Orchid", "Bamboo", "Golden", "Blue"];

/// One business's ad from a stock template: name, city, hours and services are slots.
fn stock_ad(business: usize, city: &str, variant: usize) -> Vec<String> {
    let name = format!(
        "{} {} Spa",
        STEMS[business % STEMS.len()],
        ["Relax", "Wellness", "Garden", "Palace"][business / STEMS.len() % 4]
    );
    let hours = [
        "open daily from ten until ten",
        "hours nine thirty to nine thirty",
    ];
    let services = [
        "swedish deep tissue hot stone and couples massage",
        "table shower reflexology and foot massage for you",
    ];
    vec![
        format!("{name} now open in {city}"),
        "relaxing massage by professional staff in a clean and quiet room".to_string(),
        hours[variant % 2].to_string(),
        services[(variant / 2) % 2].to_string(),
        format!("grand opening in {city} new staff hot towels and shower available"),
        "appointments and walk ins welcome with free parking".to_string(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// K unrelated businesses (own phone each, one to four posts, cities and slots drawn)
    /// write from one stock template: no two of them end up in one network.
    #[test]
    fn a_stock_template_never_merges_unrelated_identities(
        k in 2usize..30,
        seed in 0u64..1_000_000,
    ) {
        let mut posts = Vec::new();
        let mut owner = Vec::new();
        let mut x = seed;
        let mut next = || { x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407); (x >> 33) as usize };
        for b in 0..k {
            let phone = format!("+1713{:07}", 5_000_000 + b * 37 + seed as usize % 1000 * 1000);
            let city = CITIES[next() % CITIES.len()];
            for j in 0..1 + next() % 4 {
                let text = stock_ad(b, city, next());
                let parts: Vec<&str> = text.iter().map(String::as_str).collect();
                posts.push(post(&format!("b{b:02}p{j}"), &parts, &[&phone]));
                owner.push(b);
            }
        }
        let linking = link_all(&posts);
        for i in 0..posts.len() {
            for j in i + 1..posts.len() {
                if owner[i] != owner[j] {
                    prop_assert_ne!(linking.network_of(i), linking.network_of(j),
                        "businesses {} and {} merged", owner[i], owner[j]);
                }
            }
        }
    }

    /// A post that names one of a network's phones joins that network, whatever its text.
    #[test]
    fn a_distinctive_selector_always_joins_its_network(
        size in 2usize..12,
        which in 0usize..3,
        words in proptest::collection::vec("[a-z]{3,9}", 0..20),
    ) {
        let phones = ["+13125550101", "+13125550102", "+13125550103"];
        let mut posts = Vec::new();
        for i in 0..size {
            // Rotating numbers, each post naming two neighbours: one network.
            let a = phones[i % 3];
            let b = phones[(i + 1) % 3];
            posts.push(post(&format!("n{i:02}"), &["booking line open all week"], &[a, b]));
        }
        let body = words.join(" ");
        posts.push(post("zz-new", &[body.as_str()], &[phones[which]]));
        // Unrelated posters around it.
        for i in 0..5 {
            let own = format!("+1404555{:04}", 100 + i);
            posts.push(post(&format!("u{i}"), &["booking line open all week"], &[own.as_str()]));
        }
        let linking = link_all(&posts);
        prop_assert_eq!(linking.network_of(size), linking.network_of(0));
        for i in 0..5 {
            prop_assert_ne!(linking.network_of(size + 1 + i), linking.network_of(0));
        }
    }
}

#[test]
fn an_organisations_own_domain_links_its_posts() {
    // Ten job ads of one employer: different HR numbers, careers pages on sub-domains and
    // paths of its own registrable domain; beside them, applicants' free-mail addresses and
    // one-off short links that must link nothing.
    let mut posts = Vec::new();
    for i in 0..10 {
        let phone = format!("+4420794600{:02}", i);
        let page = [
            "https://careers.acme-logistics.example/jobs/",
            "acme-logistics.example/careers/driver-",
            "jobs.acme-logistics.example/apply?id=",
        ][i % 3];
        let url = format!("{page}{}", 100 + i);
        let domain_sel = plainsight_core::Selector::new(
            plainsight_core::SelectorKind::Url,
            url.split("://")
                .last()
                .unwrap()
                .trim_start_matches("careers.")
                .trim_start_matches("jobs."),
            plainsight_core::Field::Body,
            0,
            4,
            "x",
        );
        let body = format!("warehouse operative wanted number {i}, see {url}");
        let (mut p, mut s) = post(&format!("acme{i}"), &[body.as_str()], &[&phone]);
        p.site = Some("jobboard.example".into());
        s.push(domain_sel);
        posts.push((p, s));
    }
    for i in 0..6 {
        let phone = format!("+4420794699{:02}", i);
        let mail = plainsight_core::Selector::new(
            plainsight_core::SelectorKind::Email,
            format!("seller{i}@gmail.com"),
            plainsight_core::Field::Body,
            0,
            4,
            "x",
        );
        let short = plainsight_core::Selector::new(
            plainsight_core::SelectorKind::Url,
            format!("bit.ly/x{i}"),
            plainsight_core::Field::Body,
            0,
            4,
            "x",
        );
        let text = format!("bicycle for sale item {i}");
        let (mut p, mut s) = post(&format!("other{i}"), &[text.as_str()], &[&phone]);
        p.site = Some("jobboard.example".into());
        s.push(mail);
        s.push(short);
        posts.push((p, s));
    }
    let linking = link_all(&posts);
    for i in 1..10 {
        assert_eq!(linking.network_of(i), linking.network_of(0), "acme{i}");
    }
    for i in 10..16 {
        assert_ne!(linking.network_of(i), linking.network_of(0));
        for j in i + 1..16 {
            assert_ne!(linking.network_of(i), linking.network_of(j));
        }
    }
    let kinds: Vec<&str> = linking.networks[0]
        .evidence
        .iter()
        .map(|e| e.kind.as_str())
        .collect();
    assert!(kinds.contains(&"shared_domain"), "{kinds:?}");
}
