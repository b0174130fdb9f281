//! Invariants: untrusted text never panics, spans are valid, risk is the squashed sum of the
//! listed contributions, network risk is monotone in its features.

use crate::evaluator;
use plainsight_core::{Field, Post};
use plainsight_indicators::{
    network_risk, network_risk_of, squash, NetworkFeatures, NetworkTally, PostEvidence, Sighting,
};
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

    /// A store scores a grown or merged network from the tallies of its parts: two tallies
    /// merged in either order, with their sightings repeated and out of order, score as the
    /// network of all their posts does.
    #[test]
    fn tallies_of_parts_score_as_the_whole(
        posts in prop::collection::vec(
            (prop::collection::vec(prop::sample::select(vec!["S001", "S005", "S006", "R002", "J010"]), 0..4), 0.0f64..3.0),
            1..30,
        ),
        seen in prop::collection::vec((0usize..4, 0i64..90), 0..30),
        ages in prop::collection::vec(15u32..40, 0..6),
        split in 0usize..30, phones in 0usize..5, persons in 1usize..5, per_template in 0usize..5,
    ) {
        let evidence: Vec<PostEvidence> = posts
            .iter()
            .map(|(c, e)| PostEvidence { codes: c.iter().map(|c| c.to_string()).collect(), evidence: *e })
            .collect();
        let sightings: Vec<Sighting> = seen
            .iter()
            .map(|(c, d)| Sighting { city: format!("c{c}"), at: d * 86_400 })
            .collect();
        let whole = network_risk(&NetworkFeatures {
            posts: evidence.clone(),
            distinct_phones: phones,
            distinct_persons: persons,
            sightings: sightings.clone(),
            stated_ages: ages.clone(),
            persons_per_template: per_template,
        });
        let cut = split.min(evidence.len());
        let tally = |from: usize, to: usize| {
            let mut t = NetworkTally::default();
            for (i, p) in evidence[from..to].iter().enumerate() {
                let i = from + i;
                let age: Vec<u32> = ages.get(i).copied().into_iter().collect();
                t.add(p, &age, None);
            }
            t
        };
        let (mut a, mut b) = (tally(0, cut), tally(cut, evidence.len()));
        // Ages past the posts, and the sightings twice over, out of order, split across both.
        a.ages.extend(ages.iter().skip(evidence.len()));
        for (i, s) in sightings.iter().rev().chain(sightings.iter()).enumerate() {
            if i % 2 == 0 { a.sightings.push(s.clone()) } else { b.sightings.push(s.clone()) }
        }
        a.settle();
        b.settle();
        let mut ab = a.clone();
        ab.merge(b.clone());
        ab.settle();
        let mut ba = b;
        ba.merge(a);
        ba.settle();
        prop_assert_eq!(&ab, &ba);
        prop_assert_eq!(network_risk_of(&ab, phones, persons, per_template), whole);
    }
}
