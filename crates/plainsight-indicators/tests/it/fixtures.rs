//! One fixture and one expected output per indicator (from the registry), and each indicator's
//! known false positive.

use crate::{codes, eval};
use plainsight_core::{Field, Post, Selector, SelectorKind};
use plainsight_indicators::{Detector, REGISTRY};

#[test]
fn every_post_indicator_fires_on_its_fixture_with_the_expected_span() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for spec in REGISTRY {
        if spec.example.is_empty() {
            continue;
        }
        checked += 1;
        let e = eval(spec.example);
        let Some(hit) = e.indicators.iter().find(|h| h.code == spec.code) else {
            failures.push(format!("{} did not fire: {:?}", spec.code, codes(&e)));
            continue;
        };
        assert_eq!(hit.field, Field::Body);
        let got = &spec.example[hit.start..hit.end];
        if got != spec.expect {
            failures.push(format!(
                "{}: span {got:?}, expected {:?}",
                spec.code, spec.expect
            ));
        }
        assert_eq!(hit.name, spec.name);
        assert_eq!(hit.weight, spec.weight);
    }
    assert!(failures.is_empty(), "{failures:#?}");
    // A loop over no fixture would pass whatever the indicators do.
    let text_indicators = REGISTRY
        .iter()
        .filter(|s| s.detector != Detector::Computed && s.detector != Detector::ForeignNumber)
        .count();
    assert!(
        checked >= text_indicators && checked > 0,
        "{checked} fixtures checked for {text_indicators} text indicators"
    );
}

#[test]
fn no_indicator_fires_on_its_known_false_positive() {
    let mut checked = 0;
    for spec in REGISTRY {
        if spec.benign.is_empty() {
            continue;
        }
        checked += 1;
        let e = eval(spec.benign);
        assert!(
            !codes(&e).contains(&spec.code),
            "{} fired on its known false positive {:?}",
            spec.code,
            spec.benign
        );
    }
    assert!(checked > 0, "no known false positive was checked");
}

#[test]
fn every_text_indicator_has_a_fixture() {
    for spec in REGISTRY {
        if spec.detector != Detector::Computed && spec.detector != Detector::ForeignNumber {
            assert!(!spec.example.is_empty(), "{} has no fixture", spec.code);
        }
    }
}

fn with_region(body: &str, region: Option<&str>) -> Post {
    Post {
        id: "J".into(),
        body: Some(body.into()),
        region: region.map(str::to_string),
        ..Post::default()
    }
}

#[test]
fn j010_foreign_number_fires_only_against_the_region() {
    let body = "Hotel cleaners wanted, contact us on WhatsApp +971 50 123 4567";
    let start = body.find('+').unwrap();
    let phone = Selector::new(
        SelectorKind::Phone,
        "+971501234567",
        Field::Body,
        start,
        body.len(),
        &body[start..],
    );
    let ev = crate::evaluator();
    let e = ev.evaluate(&with_region(body, Some("NG")), std::slice::from_ref(&phone));
    let hit = e
        .indicators
        .iter()
        .find(|h| h.code == "J010")
        .expect("J010 fires");
    assert_eq!((hit.start, hit.end), (start, body.len()));
    // Same country: silent. No region: silent (we do not guess).
    let e = ev.evaluate(&with_region(body, Some("AE")), std::slice::from_ref(&phone));
    assert!(!crate::codes(&e).contains(&"J010"));
    let e = ev.evaluate(&with_region(body, None), std::slice::from_ref(&phone));
    assert!(!crate::codes(&e).contains(&"J010"));
    // Every region libphonenumber knows has its calling code, not only the usual ones: a post
    // for Tuvalu (688), Kosovo (383) or the Åland Islands (358, shared with Finland).
    for region in ["TV", "XK", "AX", "uk"] {
        let e = ev.evaluate(
            &with_region(body, Some(region)),
            std::slice::from_ref(&phone),
        );
        assert!(crate::codes(&e).contains(&"J010"), "{region}");
    }
    // A region that is no region (not two letters, unknown): silent, as without one.
    for region in ["ZZ", "UAE", "A"] {
        let e = ev.evaluate(
            &with_region(body, Some(region)),
            std::slice::from_ref(&phone),
        );
        assert!(!crate::codes(&e).contains(&"J010"), "{region}");
    }
}

#[test]
fn j001_needs_both_high_pay_and_no_skills() {
    assert!(codes(&eval("Salary $3,000 per month for senior engineers"))
        .iter()
        .all(|c| *c != "J001"));
    assert!(
        codes(&eval("No experience required, salary $900 per month"))
            .iter()
            .all(|c| *c != "J001")
    );
    assert!(codes(&eval("No experience required, salary $3,000 per month")).contains(&"J001"));
}

#[test]
fn spans_point_into_the_raw_field_through_folding() {
    // Full-width letters and an accent: the span must cover the raw text, not the folded one.
    let body = "Chicas JÓVENES, sin experiencia";
    let e = eval(body);
    for h in &e.indicators {
        assert!(body.is_char_boundary(h.start) && body.is_char_boundary(h.end));
        assert!(h.start < h.end && h.end <= body.len());
    }
}

#[test]
fn j008_work_abroad_is_silent_when_the_destination_is_the_posts_own_place() {
    let ev = crate::evaluator();
    let body = "Hotel cleaners wanted, work in Dubai, accommodation provided";
    let fires = |p: &Post| crate::codes(&ev.evaluate(p, &[])).contains(&"J008");
    // Recruiting from elsewhere, or with no place known: cross-border context, J008 stands.
    assert!(fires(&with_region(body, Some("KE"))));
    assert!(fires(&with_region(body, None)));
    // An employer in Dubai hiring locally: not abroad, by region or by location.
    assert!(!fires(&with_region(body, Some("AE"))));
    let mut local = with_region(body, None);
    local.location = Some("Dubai, UAE".into());
    assert!(!fires(&local));
    // "Abroad" stays abroad wherever the post is.
    assert!(fires(&with_region(
        "Jobs abroad for young women",
        Some("AE")
    )));
}
