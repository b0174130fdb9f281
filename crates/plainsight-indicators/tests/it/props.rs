//! Invariants: untrusted text never panics, spans are valid, risk is the squashed sum of the
//! listed contributions, network risk is monotone in its features.

use crate::evaluator;
use plainsight_core::{Field, Post};
use plainsight_indicators::{network_risk, squash, NetworkFeatures, PostEvidence, Sighting};
use proptest::prelude::*;

fn arb_text() -> impl Strategy<Value = String> {
    // Mix of cue words, emoji, accents, Arabic, digits and arbitrary chars.
    let pieces = prop::sample::select(vec![
        "young ",
        "19 yo ",
        "just arrived ",
        "text only ",
        "🍒",
        "🌹 150 ",
        "JÓVENES ",
        "passport kept safe ",
        "ﬁ",
        "\u{200b}",
        "<b>",
        "é",
        "ة",
        "بنات فقط ",
        "aged 18-25 ",
        "$3,000 ",
        "no experience ",
        "\u{0301}",
        "İ",
        "ß",
        "   ",
        "\n",
        "24/7",
    ]);
    (prop::collection::vec(pieces, 0..30), any::<String>())
        .prop_map(|(v, s)| format!("{}{}", v.concat(), s))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn evaluation_is_total_and_spans_are_valid(title in arb_text(), body in arb_text()) {
        let post = Post { id: "x".into(), title: Some(title.clone()), body: Some(body.clone()), ..Post::default() };
        let e = evaluator().evaluate(&post, &[]);
        prop_assert!((0.0..=1.0).contains(&e.risk.score));
        let sum: f64 = e.indicators.iter().map(|h| h.weight).sum();
        prop_assert!((e.risk.evidence - sum).abs() < 1e-9);
        prop_assert_eq!(e.risk.score, squash(sum));
        let mut seen = std::collections::BTreeSet::new();
        for h in &e.indicators {
            prop_assert!(seen.insert(h.code.clone()), "code listed twice");
            let raw = post.field(h.field).unwrap();
            prop_assert!(h.start <= h.end && h.end <= raw.len());
            prop_assert!(raw.is_char_boundary(h.start) && raw.is_char_boundary(h.end));
        }
    }

    /// A view folded by a stage before (extraction's) gives the evaluation the field's own
    /// folding gives; a view of another text (a stale one, another length) is not used.
    #[test]
    fn a_view_folded_before_evaluates_as_the_field_itself(title in arb_text(), body in arb_text()) {
        let post = Post { id: "x".into(), title: Some(title.clone()), body: Some(body.clone()), ..Post::default() };
        let plain = evaluator().evaluate(&post, &[]);
        let views = vec![
            (Field::Title, plainsight_text::fold(&title)),
            (Field::Body, plainsight_text::fold(&body)),
        ];
        prop_assert_eq!(&evaluator().evaluate_folded(&post, &[], &views), &plain);
        let stale = vec![(Field::Body, plainsight_text::fold(&format!("{body} passport kept safe, 19 yo")))];
        prop_assert_eq!(&evaluator().evaluate_folded(&post, &[], &stale), &plain);
    }

    #[test]
    fn network_risk_is_monotone(
        persons in 1usize..10, phones in 1usize..10, ages in prop::collection::vec(15u32..40, 0..5),
        n_posts in 1usize..20, evidence in 0.0f64..4.0, cities in 1usize..8, gap_days in 1i64..60,
    ) {
        let f = NetworkFeatures {
            posts: vec![PostEvidence { codes: vec!["S006".into()], evidence }; n_posts],
            distinct_phones: phones,
            distinct_persons: persons,
            sightings: (0..cities).map(|i| Sighting { city: format!("c{i}"), at: i as i64 * gap_days * 86_400 }).collect(),
            stated_ages: ages.clone(),
            persons_per_template: persons,
        };
        let r = network_risk(&f);
        prop_assert!((0.0..=1.0).contains(&r.score));
        let mut more = f.clone();
        more.distinct_persons += 1;
        more.persons_per_template += 1;
        more.distinct_phones += 1;
        more.stated_ages.push(19);
        prop_assert!(network_risk(&more).score >= r.score);
        let mut stronger = f.clone();
        for p in &mut stronger.posts { p.evidence += 0.5; }
        prop_assert!(network_risk(&stronger).score >= r.score);
    }
}
