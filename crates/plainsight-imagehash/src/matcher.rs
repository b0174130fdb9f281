//! Matching query hashes against several hash lists, each with its own distance threshold,
//! with negative lists and quarantine of entries that match too much.
//!
//! Two halves, so that the expensive one runs in parallel and the stateful one stays
//! deterministic: [`Matcher::lookup`] is pure (`&self`, any thread), and
//! [`Quarantine::resolve`] is applied to the lookups in query order.
//!
//! - A **negative list** holds hashes of known benign images that are known to collide with
//!   list entries (a stock photo, a logo). A query within a negative list's distance of one of
//!   its entries has its positive matches moved to `suppressed`, and the negative hits are
//!   reported: never silently dropped.
//! - **Quarantine**: an entry that has matched more than `max_distinct_queries` distinct query
//!   hashes is most likely a low-information hash (a blank frame, a gradient) that matches
//!   everything. From then on its hits are reported under `quarantined`, not `matches`, and the
//!   caller is told once (see [`Resolved::newly_quarantined`]).

use crate::error::ImageHashError;
use crate::index::{HashIndex, MAX_ENTRIES};
use crate::list::{HashList, NO_LABEL};
use crate::pdq::Dihedral;
use plainsight_core::PdqHash;
use std::collections::{BTreeMap, BTreeSet};

/// The contract's default: the largest distance that counts as a match.
pub const DEFAULT_MAX_DISTANCE: u32 = 31;

/// How one list takes part in matching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListConfig {
    pub max_distance: u32,
    pub negative: bool,
}

struct IndexedList {
    name: String,
    config: ListConfig,
    /// One index per [`MAX_ENTRIES`] hashes (24-bit ids); entry id = shard offset + id.
    shards: Vec<HashIndex>,
    label_ids: Vec<u32>,
    labels: Vec<String>,
}

/// One list entry within distance of a query.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct MatchHit {
    pub list: String,
    pub hash: PdqHash,
    pub distance: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// With [`Matcher::lookup_dihedral`]: the rotation or flip of the query image that came
    /// nearest this entry (named as in `plainsight hash --dihedral`).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_variant"
    )]
    pub variant: Option<Dihedral>,
    /// Which list (position given to [`Matcher::add_list`]) and which entry in it.
    #[serde(skip)]
    pub entry: (usize, u32),
}

fn serialize_variant<S: serde::Serializer>(v: &Option<Dihedral>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(t) => s.serialize_str(t.name()),
        None => s.serialize_none(),
    }
}

/// What one query hash found, before quarantine.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lookup {
    /// Positive-list hits, nearest first (ties: list order, then entry).
    pub positive: Vec<MatchHit>,
    /// Negative-list hits, nearest first.
    pub negative: Vec<MatchHit>,
}

/// Several indexed lists.
#[derive(Default)]
pub struct Matcher {
    lists: Vec<IndexedList>,
}

impl Matcher {
    pub fn new() -> Matcher {
        Matcher::default()
    }

    /// Indexes a parsed list. The list's hashes move into the index.
    pub fn add_list(&mut self, list: HashList, config: ListConfig) -> Result<(), ImageHashError> {
        let HashList {
            name,
            hashes,
            label_ids,
            labels,
            ..
        } = list;
        let mut shards = Vec::new();
        let mut rest = hashes;
        while rest.len() > MAX_ENTRIES {
            let tail = rest.split_off(MAX_ENTRIES);
            shards.push(HashIndex::build(rest)?);
            rest = tail;
        }
        shards.push(HashIndex::build(rest)?);
        self.lists.push(IndexedList {
            name,
            config,
            shards,
            label_ids,
            labels,
        });
        Ok(())
    }

    /// Total entries over all lists.
    pub fn len(&self) -> usize {
        self.lists
            .iter()
            .flat_map(|l| l.shards.iter())
            .map(HashIndex::len)
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes held by the indexes.
    pub fn memory_bytes(&self) -> usize {
        self.lists
            .iter()
            .map(|l| {
                l.shards.iter().map(HashIndex::memory_bytes).sum::<usize>()
                    + l.label_ids.capacity() * 4
            })
            .sum()
    }

    /// Every entry of every list within that list's distance of `query`. For many queries use
    /// [`Matcher::lookup_many`] with batches of about [`crate::index::QUERY_BATCH`].
    pub fn lookup(&self, query: &PdqHash) -> Lookup {
        self.lookup_many(std::slice::from_ref(query))
            .pop()
            .unwrap_or_default()
    }

    /// [`Matcher::lookup`] for several queries, answers in query order: the index visits each
    /// block once for all of them ([`HashIndex::query_many`]), which is what makes large
    /// batches fast. Callers parallelise over batches.
    pub fn lookup_many(&self, queries: &[PdqHash]) -> Vec<Lookup> {
        let mut outs = vec![Lookup::default(); queries.len()];
        for (li, list) in self.lists.iter().enumerate() {
            for (si, shard) in list.shards.iter().enumerate() {
                let base = (si * MAX_ENTRIES) as u32;
                let found = shard.query_many(queries, list.config.max_distance);
                for (out, hits) in outs.iter_mut().zip(found) {
                    for (id, distance) in hits {
                        let hash = shard.hash(id).copied().unwrap_or_default();
                        let id = base + id;
                        let label = match list.label_ids.get(id as usize) {
                            Some(&l) if l != NO_LABEL => list.labels.get(l as usize).cloned(),
                            _ => None,
                        };
                        let hit = MatchHit {
                            list: list.name.clone(),
                            hash,
                            distance,
                            label,
                            variant: None,
                            entry: (li, id),
                        };
                        if list.config.negative {
                            out.negative.push(hit);
                        } else {
                            out.positive.push(hit);
                        }
                    }
                }
            }
        }
        let key = |h: &MatchHit| (h.distance, h.entry);
        for out in &mut outs {
            out.positive.sort_by_key(key);
            out.negative.sort_by_key(key);
        }
        outs
    }

    /// Looks up every dihedral variant of one image (from [`crate::PdqDct::dihedrals`]) and
    /// merges the hits with [`Matcher::merge_variants`]. A rotated or mirrored re-post of a
    /// listed image is found this way; PDQ alone is not flip-invariant.
    pub fn lookup_dihedral(&self, variants: &[(Dihedral, PdqHash)]) -> Lookup {
        let hashes: Vec<PdqHash> = variants.iter().map(|&(_, h)| h).collect();
        let found = self.lookup_many(&hashes);
        Matcher::merge_variants(variants.iter().map(|&(t, _)| t).zip(found))
    }

    /// Merges the lookups of an image's variants: each entry once, at the variant nearest it
    /// (ties: the earlier variant in the order given, so the image as stored wins), tagged with
    /// that variant.
    pub fn merge_variants(lookups: impl IntoIterator<Item = (Dihedral, Lookup)>) -> Lookup {
        let mut best: BTreeMap<(bool, (usize, u32)), MatchHit> = BTreeMap::new();
        for (t, found) in lookups {
            let tagged = found
                .positive
                .into_iter()
                .map(|h| (false, h))
                .chain(found.negative.into_iter().map(|h| (true, h)));
            for (negative, mut hit) in tagged {
                hit.variant = Some(t);
                match best.entry((negative, hit.entry)) {
                    std::collections::btree_map::Entry::Vacant(v) => {
                        v.insert(hit);
                    }
                    std::collections::btree_map::Entry::Occupied(mut o) => {
                        if hit.distance < o.get().distance {
                            o.insert(hit);
                        }
                    }
                }
            }
        }
        let mut out = Lookup::default();
        for ((negative, _), hit) in best {
            if negative {
                out.negative.push(hit);
            } else {
                out.positive.push(hit);
            }
        }
        let key = |h: &MatchHit| (h.distance, h.entry);
        out.positive.sort_by_key(key);
        out.negative.sort_by_key(key);
        out
    }
}

/// The final answer for one query hash.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolved {
    /// Matches to act on.
    pub matches: Vec<MatchHit>,
    /// Positive hits withheld because the query also matched a negative list.
    pub suppressed: Vec<MatchHit>,
    /// The negative-list hits responsible.
    pub negative: Vec<MatchHit>,
    /// Hits on quarantined entries.
    pub quarantined: Vec<MatchHit>,
    /// Entries that crossed the quarantine threshold on this query.
    pub newly_quarantined: Vec<MatchHit>,
}

/// One output line of `plainsight match`: the contract's `query`, `pdq`, `matches`, plus
/// `quality` for image queries and `suppressed` / `negative` / `quarantined` when not empty.
///
/// With [`MatchRecord::capped`], each of the four lists keeps its nearest `cap` hits and says
/// how many it left out (`matches_omitted`, ...): one query against a list of a million
/// near-identical entries is then one bounded line, and the cut is on the line, not silent.
#[derive(Clone, Debug, serde::Serialize)]
pub struct MatchRecord<'a> {
    pub query: &'a str,
    pub pdq: PdqHash,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<u8>,
    pub matches: &'a [MatchHit],
    #[serde(skip_serializing_if = "is_zero")]
    pub matches_omitted: usize,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub suppressed: &'a [MatchHit],
    #[serde(skip_serializing_if = "is_zero")]
    pub suppressed_omitted: usize,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub negative: &'a [MatchHit],
    #[serde(skip_serializing_if = "is_zero")]
    pub negative_omitted: usize,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub quarantined: &'a [MatchHit],
    #[serde(skip_serializing_if = "is_zero")]
    pub quarantined_omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl<'a> MatchRecord<'a> {
    pub fn new(query: &'a str, pdq: PdqHash, quality: Option<u8>, r: &'a Resolved) -> Self {
        MatchRecord {
            query,
            pdq,
            quality,
            matches: &r.matches,
            matches_omitted: 0,
            suppressed: &r.suppressed,
            suppressed_omitted: 0,
            negative: &r.negative,
            negative_omitted: 0,
            quarantined: &r.quarantined,
            quarantined_omitted: 0,
        }
    }

    /// Keeps the nearest `cap` hits of each list (they are sorted nearest first) and counts the
    /// rest in the `*_omitted` fields.
    pub fn capped(mut self, cap: usize) -> Self {
        fn cut(hits: &mut &[MatchHit], cap: usize) -> usize {
            let omitted = hits.len().saturating_sub(cap);
            *hits = &hits[..hits.len().min(cap)];
            omitted
        }
        self.matches_omitted = cut(&mut self.matches, cap);
        self.suppressed_omitted = cut(&mut self.suppressed, cap);
        self.negative_omitted = cut(&mut self.negative, cap);
        self.quarantined_omitted = cut(&mut self.quarantined, cap);
        self
    }

    /// Hits left out by [`MatchRecord::capped`], over the four lists.
    pub fn omitted(&self) -> usize {
        self.matches_omitted
            + self.suppressed_omitted
            + self.negative_omitted
            + self.quarantined_omitted
    }
}

/// Tracks how many distinct query hashes each entry has matched. `None` disables quarantine.
pub struct Quarantine {
    max_distinct_queries: Option<usize>,
    seen: BTreeMap<(usize, u32), BTreeSet<PdqHash>>,
    quarantined: BTreeSet<(usize, u32)>,
}

impl Quarantine {
    pub fn new(max_distinct_queries: Option<usize>) -> Quarantine {
        Quarantine {
            max_distinct_queries,
            seen: BTreeMap::new(),
            quarantined: BTreeSet::new(),
        }
    }

    /// Number of quarantined entries so far.
    pub fn quarantined_count(&self) -> usize {
        self.quarantined.len()
    }

    /// Applies negative lists and quarantine to one lookup. Call in query order.
    pub fn resolve(&mut self, query: &PdqHash, lookup: Lookup) -> Resolved {
        let mut out = Resolved::default();
        let Lookup { positive, negative } = lookup;
        for hit in positive {
            if let Some(limit) = self.max_distinct_queries {
                if self.quarantined.contains(&hit.entry) {
                    out.quarantined.push(hit);
                    continue;
                }
                let set = self.seen.entry(hit.entry).or_default();
                set.insert(*query);
                if set.len() > limit {
                    // Memory stays bounded: the set is dropped once the entry is quarantined.
                    self.seen.remove(&hit.entry);
                    self.quarantined.insert(hit.entry);
                    out.newly_quarantined.push(hit.clone());
                    out.quarantined.push(hit);
                    continue;
                }
            }
            if negative.is_empty() {
                out.matches.push(hit);
            } else {
                out.suppressed.push(hit);
            }
        }
        out.negative = negative;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::list::read_list;

    fn h(w: u64) -> PdqHash {
        PdqHash([w, 0, 0, 0])
    }

    fn list(name: &str, hashes: &[PdqHash]) -> HashList {
        let text: String = hashes
            .iter()
            .map(|x| format!("{x},{name}-label\n"))
            .collect();
        read_list(name, text.as_bytes()).expect("reads")
    }

    #[test]
    fn per_list_thresholds_and_order() {
        let mut m = Matcher::new();
        m.add_list(
            list("near", &[h(0b111)]),
            ListConfig {
                max_distance: 2,
                negative: false,
            },
        )
        .expect("ok");
        m.add_list(
            list("far", &[h(0b1)]),
            ListConfig {
                max_distance: 10,
                negative: false,
            },
        )
        .expect("ok");
        let got = m.lookup(&h(0));
        assert_eq!(
            got.positive.len(),
            1,
            "3 bits is over near's threshold of 2"
        );
        assert_eq!(got.positive[0].list, "far");
        let got = m.lookup(&h(0b11));
        assert_eq!(
            got.positive
                .iter()
                .map(|x| (x.list.as_str(), x.distance))
                .collect::<Vec<_>>(),
            vec![("near", 1), ("far", 1)]
        );
        assert_eq!(got.positive[0].label.as_deref(), Some("near-label"));
    }

    #[test]
    fn negative_list_suppresses_and_reports() {
        let mut m = Matcher::new();
        m.add_list(
            list("known", &[h(1)]),
            ListConfig {
                max_distance: 4,
                negative: false,
            },
        )
        .expect("ok");
        m.add_list(
            list("benign", &[h(3)]),
            ListConfig {
                max_distance: 1,
                negative: true,
            },
        )
        .expect("ok");
        let mut q = Quarantine::new(None);
        let r = q.resolve(&h(3), m.lookup(&h(3)));
        assert!(r.matches.is_empty());
        assert_eq!(r.suppressed.len(), 1);
        assert_eq!(r.negative.len(), 1);
        let r = q.resolve(&h(0x30), m.lookup(&h(0x30)));
        assert_eq!(r.matches.len(), 1);
    }

    #[test]
    fn dihedral_lookup_keeps_each_entry_once_at_its_nearest_variant() {
        let mut m = Matcher::new();
        m.add_list(
            list("known", &[h(0), h(0xff00)]),
            ListConfig {
                max_distance: 4,
                negative: false,
            },
        )
        .expect("ok");
        let got = m.lookup_dihedral(&[
            (Dihedral::Original, h(0b11)),
            (Dihedral::Rotate90, h(0b1)),
            (Dihedral::FlipX, h(0b1)),
            (Dihedral::FlipY, h(0xff01)),
        ]);
        let seen: Vec<_> = got
            .positive
            .iter()
            .map(|x| (x.entry.1, x.distance, x.variant))
            .collect();
        assert_eq!(
            seen,
            vec![
                (0, 1, Some(Dihedral::Rotate90)),
                (1, 1, Some(Dihedral::FlipY))
            ]
        );
        let json = serde_json::to_string(&got.positive[0]).expect("serializes");
        assert!(json.contains(r#""variant":"rotate90""#), "{json}");
    }

    #[test]
    fn entry_matching_too_many_distinct_queries_is_quarantined() {
        let mut m = Matcher::new();
        m.add_list(
            list("known", &[h(0)]),
            ListConfig {
                max_distance: 8,
                negative: false,
            },
        )
        .expect("ok");
        let mut q = Quarantine::new(Some(2));
        for (i, w) in [1u64, 1, 2, 4, 8].into_iter().enumerate() {
            let r = q.resolve(&h(w), m.lookup(&h(w)));
            match i {
                // Queries 1, 1 (the same hash again), 2: two distinct, still matches.
                0..=2 => assert_eq!((r.matches.len(), r.quarantined.len()), (1, 0), "query {i}"),
                3 => {
                    assert_eq!(r.newly_quarantined.len(), 1);
                    assert_eq!(r.quarantined.len(), 1);
                }
                _ => assert_eq!(
                    (
                        r.matches.len(),
                        r.quarantined.len(),
                        r.newly_quarantined.len()
                    ),
                    (0, 1, 0)
                ),
            }
        }
        assert_eq!(q.quarantined_count(), 1);
    }
}
