//! Network risk: what only a group of linked posts shows (several people behind one contact,
//! fast circuits, rotated numbers, stated ages, volume, one template for several people), added
//! to the posts' own evidence. The linking stage sums each network's posts in a
//! [`NetworkTally`] and calls [`network_risk_of`]; [`network_risk`] takes the posts as a list.

use crate::evaluate::Evaluation;
use crate::registry::{spec, REGISTRY};
use crate::risk::{Contribution, Risk};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One post's evidence, as the network sees it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PostEvidence {
    /// Indicator codes that fired on the post.
    pub codes: Vec<String>,
    /// The post's evidence sum (Σ weight; see [`crate::Risk::evidence`]).
    pub evidence: f64,
}

impl PostEvidence {
    pub fn from_evaluation(e: &Evaluation) -> Self {
        PostEvidence {
            codes: e.indicators.iter().map(|h| h.code.clone()).collect(),
            evidence: e.risk.evidence,
        }
    }
}

/// A post seen in a place at a time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sighting {
    /// The place as normalized by the caller (e.g. a gazetteer id or "houston, tx").
    pub city: String,
    /// Unix seconds.
    pub at: i64,
}

/// What the linker knows about one network.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkFeatures {
    /// Every post of the network.
    pub posts: Vec<PostEvidence>,
    /// Distinct phone numbers across the network.
    pub distinct_phones: usize,
    /// Distinct people advertised (by name, image, or stated body description — the linker's
    /// estimate); 1 when unknown.
    pub distinct_persons: usize,
    /// Where and when the posts were seen (posts without a place or time are left out).
    pub sightings: Vec<Sighting>,
    /// Stated ages across the posts ([`Evaluation::ages`]).
    pub stated_ages: Vec<u32>,
    /// The largest number of distinct people advertised with one shared text template.
    pub persons_per_template: usize,
}

const DAY: i64 = 86_400;
/// A move to a new city within this many days of the previous sighting counts as fast.
const FAST_MOVE_DAYS: i64 = 30;

/// The evidence sum at which a network scores 0.5.
///
/// Networks add many contributions; `1 − exp(−Σ)` (the post squash) reaches its 4-decimal
/// ceiling near Σ = 9, where most operator networks sit, and tied scores cannot rank a review
/// queue. The rational squash `Σ / (Σ + NETWORK_HALF)` stays strictly increasing in printed
/// precision up to Σ in the thousands.
pub(crate) const NETWORK_HALF: f64 = 3.0;

/// The largest posts-per-day factor of `N005`: volume alone is weak evidence (bumping services,
/// busy independents), so it may not outweigh what only several people show.
const VOLUME_CAP: f64 = 3.0;

/// What network risk takes of a network's posts, summed so that it grows post by post and
/// two networks' tallies add up: a store keeps it with each network, and a batch attached to
/// stored networks scores them from their tallies and the new posts, not by reading every
/// member again (`docs/store.md`). Scored with the same network facts, a tally gives the risk
/// [`network_risk`] gives for its posts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkTally {
    /// Posts counted.
    pub posts: u64,
    /// Posts whose own evidence is at least 0.5.
    pub with_evidence: u64,
    /// The strongest post evidence (0 for none).
    pub strongest: f64,
    /// Posts per indicator code (each post counts a code once).
    pub codes: BTreeMap<String, u64>,
    /// Distinct stated ages.
    pub ages: BTreeSet<u32>,
    /// Where and when the posts were seen, by time then place, without repeats (a sighting
    /// seen twice changes no contribution: `N002` moves only on a new place).
    pub sightings: Vec<Sighting>,
}

impl NetworkTally {
    /// Counts one post: its evidence, stated ages and, when it has a place and a time, where
    /// it was seen. [`NetworkTally::settle`] orders the sightings afterwards.
    pub fn add(&mut self, post: &PostEvidence, ages: &[u32], sighting: Option<Sighting>) {
        self.posts += 1;
        self.with_evidence += u64::from(post.evidence >= 0.5);
        self.strongest = self.strongest.max(post.evidence);
        let mut distinct: Vec<&String> = post.codes.iter().collect();
        distinct.sort();
        distinct.dedup();
        for c in distinct {
            *self.codes.entry(c.clone()).or_default() += 1;
        }
        self.ages.extend(ages.iter().copied());
        self.sightings.extend(sighting);
    }

    /// Adds another network's tally (two networks merged, or a network grown).
    pub fn merge(&mut self, other: NetworkTally) {
        self.posts += other.posts;
        self.with_evidence += other.with_evidence;
        self.strongest = self.strongest.max(other.strongest);
        for (c, n) in other.codes {
            *self.codes.entry(c).or_default() += n;
        }
        self.ages.extend(other.ages);
        self.sightings.extend(other.sightings);
    }

    /// Orders the sightings by time, then place, and drops repeats.
    pub fn settle(&mut self) {
        self.sightings
            .sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.city.cmp(&b.city)));
        self.sightings.dedup();
    }
}

/// The network's risk: named contributions `N001`…`N007` (see the registry), squashed by
/// `Σ / (Σ + NETWORK_HALF)` so that it does not saturate. Deterministic and monotone: more
/// persons, phones, cities, young ages, volume or post evidence never lower the score.
///
/// Contributions count distinct evidence (people, cities reached fast, numbers, ages, people per
/// template) rather than posts: one person posting a lot is not an operator, and a fixed place
/// (one city, at most two numbers — a spa, a salon, an agency office) halves what several people
/// and a shared template would otherwise add.
pub fn network_risk(f: &NetworkFeatures) -> Risk {
    let mut t = NetworkTally::default();
    for p in &f.posts {
        t.add(p, &[], None);
    }
    t.ages.extend(f.stated_ages.iter().copied());
    t.sightings.clone_from(&f.sightings);
    t.settle();
    network_risk_of(
        &t,
        f.distinct_phones,
        f.distinct_persons,
        f.persons_per_template,
    )
}

/// [`network_risk`] of a network's posts summed in a [`NetworkTally`], with what the linker
/// knows of the network as a whole: distinct phone numbers, distinct people (1 when unknown)
/// and the most people advertised with one template.
pub fn network_risk_of(
    t: &NetworkTally,
    distinct_phones: usize,
    distinct_persons: usize,
    persons_per_template: usize,
) -> Risk {
    let mut parts = Vec::new();
    let mut add = |code: &str, factor: f64| {
        if factor > 0.0 && factor.is_finite() {
            if let Some(s) = spec(code) {
                parts.push(Contribution {
                    code: s.code.to_string(),
                    name: s.name.to_string(),
                    weight: round4(s.weight * factor),
                });
            }
        }
    };

    // A fixed place: every sighting in one city, and at most two numbers. Spas and agencies
    // advertise several people from one address; operators move people and rotate numbers.
    let cities: BTreeSet<&str> = t.sightings.iter().map(|s| s.city.as_str()).collect();
    let place = if cities.len() <= 1 && distinct_phones <= 2 {
        0.5
    } else {
        1.0
    };

    // N001: several people behind one contact. Spas and agencies also advertise several people,
    // so the contribution is halved when the posts carry no evidence of their own.
    if distinct_persons >= 2 {
        let share = if t.posts == 0 {
            0.0
        } else {
            t.with_evidence as f64 / t.posts as f64
        };
        add(
            "N001",
            (distinct_persons as f64).ln() * (0.5 + 0.5 * share) * place,
        );
    }

    // N002: fast circuit.
    let mut sightings = t.sightings.clone();
    sightings.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.city.cmp(&b.city)));
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut fast_moves = 0usize;
    let mut prev: Option<&Sighting> = None;
    for s in &sightings {
        let new_city = seen.insert(s.city.as_str());
        if let Some(p) = prev {
            if new_city && p.city != s.city && s.at - p.at <= FAST_MOVE_DAYS * DAY {
                fast_moves += 1;
            }
        }
        prev = Some(s);
    }
    add("N002", fast_moves.saturating_sub(1).min(4) as f64);

    // N003: rotated numbers.
    if distinct_phones >= 2 {
        add("N003", (distinct_phones as f64).ln());
    }

    // N004: young or several stated ages.
    let young = f64::from(u8::from(t.ages.iter().any(|&a| a <= 19)));
    let several = f64::from(u8::from(t.ages.len() > 2));
    add("N004", young + several);

    // N005: volume, posts per active day.
    let days: BTreeSet<i64> = t.sightings.iter().map(|s| s.at.div_euclid(DAY)).collect();
    if !days.is_empty() {
        let per_day = t.posts as f64 / days.len() as f64;
        if per_day >= 2.0 {
            add("N005", per_day.log2().min(VOLUME_CAP));
        }
    }

    // N006: one template for several people.
    if persons_per_template >= 2 {
        add(
            "N006",
            (persons_per_template as f64).log2().min(3.0) * place,
        );
    }

    // N007: the posts' own evidence.
    let strongest = t.strongest;
    let union: BTreeMap<&str, f64> = t
        .codes
        .keys()
        .filter_map(|c| spec(c).map(|s| (s.code, s.weight)))
        .collect();
    let union_weight: f64 = union.values().sum();
    let post_part = strongest + 0.25 * (union_weight - strongest).max(0.0);
    // Concave: on their own, a network's post texts separate operators from others weakly
    // (shared ad wording), so a strongly worded single poster must not outrank what a network
    // shows; ln(1 + x) keeps the order of post evidence while bounding its lead.
    add("N007", post_part.ln_1p());

    debug_assert!(REGISTRY.iter().any(|s| s.code == "N007"));
    let mut risk = Risk::from_contributions(parts);
    risk.score = network_squash(risk.evidence);
    risk
}

/// `Σ / (Σ + NETWORK_HALF)`, rounded to 4 decimals like every printed score.
pub(crate) fn network_squash(evidence: f64) -> f64 {
    let x = if evidence.is_finite() {
        evidence.max(0.0)
    } else if evidence > 0.0 {
        return 1.0;
    } else {
        0.0
    };
    let r = x / (x + NETWORK_HALF);
    (r * 10_000.0).round() / 10_000.0
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> NetworkFeatures {
        NetworkFeatures {
            posts: vec![PostEvidence {
                codes: vec!["S005".into()],
                evidence: 0.3,
            }],
            distinct_phones: 1,
            distinct_persons: 1,
            sightings: vec![Sighting {
                city: "a".into(),
                at: 0,
            }],
            stated_ages: vec![27],
            persons_per_template: 0,
        }
    }

    #[test]
    fn an_independent_scores_low() {
        let r = network_risk(&base());
        assert!(r.score < 0.3, "{r:?}");
        assert_eq!(r.contributions.len(), 1);
        assert_eq!(r.contributions[0].code, "N007");
    }

    #[test]
    fn an_operator_scores_high_and_explains_why() {
        let mut f = base();
        f.distinct_persons = 5;
        f.distinct_phones = 6;
        f.stated_ages = vec![19, 22, 24];
        f.persons_per_template = 4;
        f.sightings = (0..6)
            .map(|i| Sighting {
                city: format!("c{i}"),
                at: i * 5 * DAY,
            })
            .collect();
        f.posts = (0..30)
            .map(|_| PostEvidence {
                codes: vec!["S007".into(), "S006".into()],
                evidence: 2.1,
            })
            .collect();
        let r = network_risk(&f);
        // The rational squash stays below 1 (no saturation), yet a network like this sits near
        // the top of a queue.
        assert!(r.score > 0.7 && r.score < 0.99, "{r:?}");
        let codes: Vec<&str> = r.contributions.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(
            codes,
            ["N001", "N002", "N003", "N004", "N005", "N006", "N007"]
        );
    }

    fn operator(persons: usize, phones: usize, cities: i64) -> NetworkFeatures {
        let mut f = base();
        f.distinct_persons = persons;
        f.distinct_phones = phones;
        f.persons_per_template = persons;
        f.sightings = (0..cities)
            .map(|i| Sighting {
                city: format!("c{i}"),
                at: i * 4 * DAY,
            })
            .collect();
        f.posts = vec![
            PostEvidence {
                codes: vec!["S005".into()],
                evidence: 0.3,
            };
            8
        ];
        f
    }

    #[test]
    fn a_big_independent_and_a_spa_score_below_a_small_operator() {
        let small = network_risk(&operator(2, 2, 3)).score;
        // One person, one phone, one city, four posts a day for 100 days, strong wording.
        let mut big = base();
        big.posts = vec![
            PostEvidence {
                codes: vec!["S005".into(), "S007".into(), "S006".into()],
                evidence: 2.0,
            };
            400
        ];
        big.sightings = (0..400)
            .map(|i| Sighting {
                city: "a".into(),
                at: i * DAY / 4,
            })
            .collect();
        let big = network_risk(&big).score;
        // Five therapists, one phone, one address, one template, daily ads for two months.
        let mut spa = base();
        spa.distinct_persons = 5;
        spa.persons_per_template = 5;
        spa.posts = vec![
            PostEvidence {
                codes: vec!["S005".into()],
                evidence: 0.5,
            };
            60
        ];
        spa.sightings = (0..60)
            .map(|i| Sighting {
                city: "a".into(),
                at: i * DAY,
            })
            .collect();
        let spa = network_risk(&spa).score;
        assert!(big < small, "independent {big} vs operator {small}");
        assert!(spa < small, "spa {spa} vs operator {small}");
    }

    #[test]
    fn does_not_saturate_so_operators_still_rank() {
        let mut prev = 0.0;
        for (persons, phones, cities) in [(2, 2, 2), (3, 3, 3), (5, 4, 5), (8, 6, 6), (16, 12, 8)] {
            let r = network_risk(&operator(persons, phones, cities));
            assert!(r.score > prev, "{persons} persons: {r:?}");
            assert!(r.score < 0.99, "{r:?}");
            prev = r.score;
        }
    }

    #[test]
    fn network_squash_is_bounded_monotone_and_half_at_its_scale() {
        assert_eq!(network_squash(0.0), 0.0);
        assert_eq!(network_squash(NETWORK_HALF), 0.5);
        assert_eq!(network_squash(f64::NAN), 0.0);
        assert_eq!(network_squash(f64::INFINITY), 1.0);
        assert!(network_squash(1e12) <= 1.0);
        assert!(network_squash(30.0) < network_squash(40.0));
    }

    #[test]
    fn slow_touring_is_not_a_circuit() {
        let mut f = base();
        f.sightings = (0..4)
            .map(|i| Sighting {
                city: format!("c{i}"),
                at: i * 90 * DAY,
            })
            .collect();
        let r = network_risk(&f);
        assert!(r.contributions.iter().all(|c| c.code != "N002"));
    }
}
