//! Run products: what linking gives and what every output reads.
//!
//! A [`Network`] is a group of two or more posts with the evidence that formed it (an evidence
//! waterfall, the guards that held shared items back, its movement, selectors, names, sites and
//! templates) and, once indicators have been evaluated, its risk. These types live at the
//! bottom so that the linker that makes them, the store that keeps them, the report and the
//! export writers that show them all speak one vocabulary.
//!
//! Selector values inside these types are normalized values: serializing them is the
//! contract's explicit reveal (`networks.jsonl`); `Debug` masks them.
//!
//! ```
//! use plainsight_core::network::SelectorKey;
//! use plainsight_core::{Field, Selector, SelectorKind};
//! let s = Selector::new(SelectorKind::Phone, "+17135550123", Field::Body, 0, 12, "713 555 0123");
//! let key = SelectorKey::from_selector(&s);
//! assert_eq!(key.evidence_kind(), "shared_phone");
//! assert_eq!(format!("{key:?}"), "phone +171*******3");
//! ```

use crate::{Platform, RegionSource, Selector, SelectorKind};
use serde::{Deserialize, Serialize};

/// A selector's identity across posts: kind, platform and normalized value.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SelectorKey {
    pub kind: SelectorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    pub value: String,
}

impl SelectorKey {
    pub fn from_selector(s: &Selector) -> Self {
        SelectorKey {
            kind: s.kind,
            platform: s.platform,
            value: s.reveal_value().to_string(),
        }
    }

    /// Whether this is a bare registrable domain (a URL value without a path): the linker's
    /// own-domain item rather than a page.
    pub fn is_domain(&self) -> bool {
        self.kind == SelectorKind::Url && !self.value.contains('/')
    }

    /// The evidence label of a shared selector of this kind (`shared_phone`, …).
    pub fn evidence_kind(&self) -> &'static str {
        match self.kind {
            SelectorKind::Phone => "shared_phone",
            SelectorKind::Email => "shared_email",
            SelectorKind::Url if self.is_domain() => "shared_domain",
            SelectorKind::Url => "shared_url",
            SelectorKind::Handle => "shared_handle",
            SelectorKind::Crypto => "shared_crypto",
            SelectorKind::Payment => "shared_payment",
            SelectorKind::Licence => "shared_licence",
            SelectorKind::Account => "shared_account",
        }
    }
}

impl std::fmt::Debug for SelectorKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind, crate::mask(&self.value))
    }
}

/// A network of two or more posts and why it was formed. Serialized as one line of
/// `networks.jsonl`; selector values are the contract's explicit reveal.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Network {
    pub network: String,
    pub size: usize,
    /// In [0, 1]; neutral until a risk model sets it.
    pub risk: f64,
    /// The named parts of `risk`, from the risk model (empty while neutral).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risk_parts: Vec<RiskPart>,
    /// Indicators that fired on member posts, with how many posts (set by the caller that
    /// evaluated the posts).
    #[serde(default)]
    pub indicators: Vec<IndicatorCount>,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Places in order of first appearance in time (movement).
    pub locations: Vec<String>,
    /// Consecutive stays: where, from when, how many posts.
    pub movement: Vec<Stop>,
    pub selectors: Vec<SelectorCount>,
    pub persons: Vec<Count>,
    pub sites: Vec<Count>,
    pub templates: Vec<Template>,
    /// Evidence totals by kind, strongest first (the waterfall).
    pub evidence: Vec<Evidence>,
    /// Items that touched this network but were discounted as shared by many posters.
    pub guards: Vec<Guard>,
    /// Members in time order.
    #[serde(skip)]
    pub posts: Vec<PostRef>,
}

/// Places in order of first appearance and the consecutive stays, from stays given in time
/// order (a post is a stay of one post): a stay at the same place as the one before it
/// lengthens that one (`from` stays the first one's). How `Network::locations` and
/// `Network::movement` are made, whether from posts or from stays already summed.
pub fn movement_of(stays: impl IntoIterator<Item = Stop>) -> (Vec<String>, Vec<Stop>) {
    let mut locations: Vec<String> = Vec::new();
    let mut movement: Vec<Stop> = Vec::new();
    for s in stays {
        match movement.last_mut() {
            Some(last) if last.location == s.location => last.posts += s.posts,
            _ => {
                if !locations.contains(&s.location) {
                    locations.push(s.location.clone());
                }
                movement.push(s);
            }
        }
    }
    (locations, movement)
}

/// A post joined to a network without linking the network again: what its summary counts of
/// it beyond its [`PostRef`].
#[derive(Clone, Debug)]
pub struct Joined {
    pub post: PostRef,
    /// Names it advertises.
    pub names: Vec<String>,
    pub site: Option<String>,
}

impl Network {
    /// The summary of networks put together without linking their posts again: `parts`
    /// (stored summaries of whole networks, disjoint), the posts `joined` to them, and the
    /// summaries `linked` of the linking that joined them (its evidence, templates and guards,
    /// and which selectors it found widely shared). Counts of posts, selectors, names, sites
    /// and places are summed, times take the extremes, stays are merged in time order; the
    /// evidence of `linked` is added to that of `parts` (a link among posts of one part that
    /// `linked` made again counts twice), templates and guards are pooled (the larger of a
    /// repeated one kept, then cut to the usual 10 and 20). Risk is left for the caller.
    pub fn combine(
        id: String,
        parts: Vec<Network>,
        joined: Vec<Joined>,
        linked: &[&Network],
    ) -> Network {
        use std::collections::BTreeMap;
        let time = |s: &Option<String>| s.as_deref().and_then(crate::time::parse_rfc3339);
        let mut size = joined.len();
        let mut first: Option<i64> = None;
        let mut last: Option<i64> = None;
        let mut see = |t: Option<i64>| {
            if let Some(t) = t {
                first = Some(first.map_or(t, |f| f.min(t)));
                last = Some(last.map_or(t, |l| l.max(t)));
            }
        };
        let mut stays: Vec<(Option<i64>, Stop)> = Vec::new();
        let mut selectors: BTreeMap<(SelectorKind, Option<Platform>, String), (usize, bool)> =
            BTreeMap::new();
        let mut persons: BTreeMap<String, usize> = BTreeMap::new();
        let mut sites: BTreeMap<String, usize> = BTreeMap::new();
        let mut templates: BTreeMap<String, Template> = BTreeMap::new();
        let mut evidence: BTreeMap<String, Evidence> = BTreeMap::new();
        let mut guards: BTreeMap<(String, Option<String>), Guard> = BTreeMap::new();
        let pool = |n: &Network,
                    templates: &mut BTreeMap<String, Template>,
                    evidence: &mut BTreeMap<String, Evidence>,
                    guards: &mut BTreeMap<(String, Option<String>), Guard>| {
            for t in &n.templates {
                match templates.get(&t.text) {
                    Some(have) if have.posts >= t.posts => {}
                    _ => {
                        templates.insert(t.text.clone(), t.clone());
                    }
                }
            }
            for e in &n.evidence {
                let have = evidence.entry(e.kind.clone()).or_insert_with(|| Evidence {
                    kind: e.kind.clone(),
                    weight: 0.0,
                    items: 0,
                    links: 0,
                });
                have.weight += e.weight;
                have.items += e.items;
                have.links += e.links;
            }
            for g in &n.guards {
                let key = (g.kind.clone(), g.selector.as_ref().map(|k| k.value.clone()));
                match guards.get(&key) {
                    Some(have) if have.posts_total >= g.posts_total => {}
                    _ => {
                        guards.insert(key, g.clone());
                    }
                }
            }
        };
        for n in &parts {
            size += n.size;
            see(time(&n.first_seen));
            see(time(&n.last_seen));
            for s in &n.movement {
                stays.push((time(&s.from), s.clone()));
            }
            for s in &n.selectors {
                let e = selectors
                    .entry((s.kind, s.platform, s.value.clone()))
                    .or_default();
                e.0 += s.posts;
                e.1 |= s.widely_shared;
            }
            for c in &n.persons {
                *persons.entry(c.name.clone()).or_default() += c.posts;
            }
            for c in &n.sites {
                *sites.entry(c.name.clone()).or_default() += c.posts;
            }
            pool(n, &mut templates, &mut evidence, &mut guards);
        }
        for n in linked {
            for s in &n.selectors {
                if s.widely_shared {
                    if let Some(e) = selectors.get_mut(&(s.kind, s.platform, s.value.clone())) {
                        e.1 = true;
                    }
                }
            }
            pool(n, &mut templates, &mut evidence, &mut guards);
        }
        let mut joined = joined;
        joined.sort_by(|a, b| {
            (time(&a.post.posted_at), &a.post.id).cmp(&(time(&b.post.posted_at), &b.post.id))
        });
        let widely: std::collections::HashSet<(SelectorKind, Option<Platform>, &str)> = linked
            .iter()
            .flat_map(|n| n.selectors.iter())
            .filter(|s| s.widely_shared)
            .map(|s| (s.kind, s.platform, s.value.as_str()))
            .collect();
        for j in &joined {
            let t = time(&j.post.posted_at);
            see(t);
            if let Some(place) = &j.post.location {
                stays.push((
                    t,
                    Stop {
                        location: place.clone(),
                        from: j.post.posted_at.clone(),
                        posts: 1,
                    },
                ));
            }
            for k in &j.post.selectors {
                let e = selectors
                    .entry((k.kind, k.platform, k.value.clone()))
                    .or_default();
                e.0 += 1;
                e.1 |= widely.contains(&(k.kind, k.platform, k.value.as_str()));
            }
            for name in &j.names {
                *persons.entry(name.clone()).or_default() += 1;
            }
            if let Some(site) = &j.site {
                *sites.entry(site.clone()).or_default() += 1;
            }
        }
        // Stays in time order (undated first, as a linking orders posts), stable otherwise.
        stays.sort_by_key(|(t, _)| *t);
        let (locations, movement) = movement_of(stays.into_iter().map(|(_, s)| s));
        let mut selectors: Vec<SelectorCount> = selectors
            .into_iter()
            .map(
                |((kind, platform, value), (posts, widely_shared))| SelectorCount {
                    kind,
                    platform,
                    value,
                    posts,
                    widely_shared,
                },
            )
            .collect();
        selectors.sort_by(|a, b| b.posts.cmp(&a.posts).then(a.value.cmp(&b.value)));
        let counts = |m: BTreeMap<String, usize>| {
            let mut v: Vec<Count> = m
                .into_iter()
                .map(|(name, posts)| Count { name, posts })
                .collect();
            v.sort_by(|a, b| b.posts.cmp(&a.posts).then(a.name.cmp(&b.name)));
            v
        };
        let mut persons = counts(persons);
        persons.truncate(50);
        let mut templates: Vec<Template> = templates.into_values().collect();
        templates.sort_by(|a, b| b.posts.cmp(&a.posts).then(a.text.cmp(&b.text)));
        templates.truncate(10);
        let mut evidence: Vec<Evidence> = evidence.into_values().collect();
        evidence.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.kind.cmp(&b.kind)));
        let mut guards: Vec<Guard> = guards.into_values().collect();
        guards.sort_by(|a, b| b.posts_total.cmp(&a.posts_total).then(a.kind.cmp(&b.kind)));
        guards.truncate(20);
        Network {
            network: id,
            size,
            risk: parts.first().map_or(0.0, |n| n.risk),
            risk_parts: Vec::new(),
            indicators: Vec::new(),
            first_seen: first.map(crate::time::format_rfc3339),
            last_seen: last.map(crate::time::format_rfc3339),
            locations,
            movement,
            selectors,
            persons,
            sites: counts(sites),
            templates,
            evidence,
            guards,
            posts: joined.into_iter().map(|j| j.post).collect(),
        }
    }
}

/// One named part of a network's risk.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RiskPart {
    pub code: String,
    pub name: String,
    pub weight: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IndicatorCount {
    pub code: String,
    pub name: String,
    pub posts: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Stop {
    pub location: String,
    pub from: Option<String>,
    pub posts: usize,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct SelectorCount {
    pub kind: SelectorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    pub value: String,
    pub posts: usize,
    /// Shared by many unrelated posters (a site's support line, a booking service): listed,
    /// but not evidence of this network.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub widely_shared: bool,
}

impl std::fmt::Debug for SelectorCount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} ×{}",
            self.kind,
            crate::mask(&self.value),
            self.posts
        )
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Count {
    pub name: String,
    pub posts: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Template {
    /// Shared words, `{…}` where members differ (names, places, ages, phones).
    pub text: String,
    pub slots: usize,
    pub posts: usize,
    /// Distinct names advertised with this template.
    pub persons: usize,
}

/// One bar of the waterfall: the total weight (bits) of one kind of evidence in a network.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Evidence {
    pub kind: String,
    pub weight: f64,
    /// Distinct items (phones, photos, templates…) of this kind.
    pub items: usize,
    /// Links they made (posts joined beyond the first of each item).
    pub links: usize,
}

/// An item discounted by the guards: shared by `spread` distinct posters, so its weight fell
/// from `base` to `weight` and it did not link on its own.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Guard {
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<SelectorKey>,
    pub spread: u32,
    pub posts_here: usize,
    pub posts_total: usize,
    pub base: f64,
    pub weight: f64,
}

/// A member post as the report shows it.
#[derive(Clone, Debug)]
pub struct PostRef {
    pub id: String,
    pub index: u32,
    pub posted_at: Option<String>,
    pub location: Option<String>,
    pub title: Option<String>,
    pub selectors: Vec<SelectorKey>,
}

/// Where the regions of a run's phone numbers came from, and the national numbers whose
/// region could not be told (`CONTRACT.md`, "Phones: where the region came from"): what the
/// report shows beside the networks. Bounded: at most [`PhoneRegions::MAX_AMBIGUOUS`]
/// ambiguous numbers are kept, the rest only counted.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PhoneRegions {
    /// Per phone value (E.164): how many mentions were read with each region source.
    pub sources:
        std::collections::BTreeMap<String, std::collections::BTreeMap<RegionSource, usize>>,
    /// Ambiguous national numbers, in input order.
    pub ambiguous: Vec<AmbiguousPhone>,
    /// Ambiguous numbers seen in all (`ambiguous` may hold fewer).
    pub ambiguous_total: usize,
}

impl PhoneRegions {
    pub const MAX_AMBIGUOUS: usize = 10_000;

    /// Counts one phone mention read with `source`.
    pub fn add_source(&mut self, value: &str, source: RegionSource) {
        if let Some(m) = self.sources.get_mut(value) {
            *m.entry(source).or_default() += 1;
        } else {
            self.sources
                .insert(value.to_string(), [(source, 1)].into_iter().collect());
        }
    }

    /// Keeps one ambiguous number (counted always, kept while under the cap).
    pub fn add_ambiguous(&mut self, a: AmbiguousPhone) {
        self.ambiguous_total += 1;
        if self.ambiguous.len() < Self::MAX_AMBIGUOUS {
            self.ambiguous.push(a);
        }
    }

    /// Mentions per region source over every phone.
    pub fn totals(&self) -> std::collections::BTreeMap<RegionSource, usize> {
        let mut t = std::collections::BTreeMap::new();
        for m in self.sources.values() {
            for (&s, &c) in m {
                *t.entry(s).or_default() += c;
            }
        }
        t
    }
}

/// A national number whose region could not be told: valid in each of `regions`.
/// `Debug` never shows `raw`.
#[derive(Clone, Serialize, Deserialize)]
pub struct AmbiguousPhone {
    pub post: String,
    /// The post's network, once linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    pub field: crate::Field,
    pub start: usize,
    pub end: usize,
    /// The number as written (shown masked unless revealed).
    pub raw: String,
    pub regions: Vec<String>,
}

impl std::fmt::Debug for AmbiguousPhone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "AmbiguousPhone({} {}[{}..{}] {:?})",
            self.post, self.field, self.start, self.end, self.regions
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stop(location: &str, from: &str, posts: usize) -> Stop {
        Stop {
            location: location.into(),
            from: Some(from.into()),
            posts,
        }
    }

    fn part(id: &str, size: usize, movement: Vec<Stop>, phone: &str) -> Network {
        let (locations, movement) = movement_of(movement);
        Network {
            network: id.into(),
            size,
            risk: 0.5,
            risk_parts: Vec::new(),
            indicators: Vec::new(),
            first_seen: movement.first().and_then(|s| s.from.clone()),
            last_seen: movement.last().and_then(|s| s.from.clone()),
            locations,
            movement,
            selectors: vec![SelectorCount {
                kind: SelectorKind::Phone,
                platform: None,
                value: phone.into(),
                posts: size,
                widely_shared: false,
            }],
            persons: vec![Count {
                name: "mia".into(),
                posts: size,
            }],
            sites: Vec::new(),
            templates: Vec::new(),
            evidence: vec![Evidence {
                kind: "shared_phone".into(),
                weight: 4.0,
                items: 1,
                links: size - 1,
            }],
            guards: Vec::new(),
            posts: Vec::new(),
        }
    }

    #[test]
    fn stays_at_one_place_in_a_row_are_one_stay() {
        let (locations, movement) = movement_of(vec![
            stop("Houston", "2024-01-01T00:00:00Z", 1),
            stop("Houston", "2024-01-02T00:00:00Z", 2),
            stop("Dallas", "2024-01-03T00:00:00Z", 1),
            stop("Houston", "2024-01-04T00:00:00Z", 1),
        ]);
        assert_eq!(locations, ["Houston", "Dallas"]);
        let posts: Vec<(&str, usize)> = movement
            .iter()
            .map(|s| (s.location.as_str(), s.posts))
            .collect();
        assert_eq!(posts, [("Houston", 3), ("Dallas", 1), ("Houston", 1)]);
        assert_eq!(movement[0].from.as_deref(), Some("2024-01-01T00:00:00Z"));
    }

    #[test]
    fn combined_networks_sum_their_counts_and_interleave_their_stays() {
        let a = part(
            "N000001",
            3,
            vec![
                stop("Houston", "2024-01-01T00:00:00Z", 2),
                stop("Dallas", "2024-01-05T00:00:00Z", 1),
            ],
            "+17135550101",
        );
        let b = part(
            "N000002",
            2,
            vec![stop("Austin", "2024-01-03T00:00:00Z", 2)],
            "+17135550102",
        );
        let joined = Joined {
            post: PostRef {
                id: "new".into(),
                index: 0,
                posted_at: Some("2024-01-09T00:00:00Z".into()),
                location: Some("Dallas".into()),
                title: None,
                selectors: vec![SelectorKey {
                    kind: SelectorKind::Phone,
                    platform: None,
                    value: "+17135550101".into(),
                }],
            },
            names: vec!["mia".into(), "zoe".into()],
            site: Some("ads.example".into()),
        };
        let n = Network::combine("N000001".into(), vec![a, b], vec![joined], &[]);
        assert_eq!(n.size, 6);
        assert_eq!(n.first_seen.as_deref(), Some("2024-01-01T00:00:00Z"));
        assert_eq!(n.last_seen.as_deref(), Some("2024-01-09T00:00:00Z"));
        assert_eq!(n.locations, ["Houston", "Austin", "Dallas"]);
        let stays: Vec<(&str, usize)> = n
            .movement
            .iter()
            .map(|s| (s.location.as_str(), s.posts))
            .collect();
        assert_eq!(stays, [("Houston", 2), ("Austin", 2), ("Dallas", 2)]);
        let phones: Vec<(&str, usize)> = n
            .selectors
            .iter()
            .map(|s| (s.value.as_str(), s.posts))
            .collect();
        assert_eq!(phones, [("+17135550101", 4), ("+17135550102", 2)]);
        assert_eq!((n.persons[0].name.as_str(), n.persons[0].posts), ("mia", 6));
        assert_eq!(n.sites[0].posts, 1);
        assert_eq!((n.evidence[0].items, n.evidence[0].links), (2, 3));
        assert_eq!(n.posts.len(), 1);
    }
}
