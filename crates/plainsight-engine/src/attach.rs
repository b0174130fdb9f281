//! Attaching a batch to the stored networks as they stand (`docs/store.md`, "Attaching").
//!
//! When a batch's neighbourhood closed over whole networks is a large part of the store
//! (a new post of a large operator network brings that whole network in), linking it costs
//! about what linking everything costs. Attaching links only the *direct* neighbourhood —
//! the new posts and the stored posts they meet (a verified near-duplicate, a persona, a
//! photo, a linked key; of the last two, a few posts of each stored network per photo and per
//! key: `IngestOptions::attach_per_network`) — with the stored corpus statistics, and then
//! treats every stored network as one unit that the new posts can join or merge but not take
//! apart:
//!
//! - a piece of evidence of that linking (a shared selector or photo, a template, a pair of
//!   weak items, a persona; `Linking::joins`) that holds a new post joins the units of all its
//!   posts (the new posts, and the stored networks of its stored posts): a join or a merge;
//! - evidence among stored posts only changes nothing (the stored networks were decided with
//!   everything in view; the neighbourhood sees only part of it);
//! - wording and personas (templates, near-duplicates, a persona's name and city) join a new
//!   post to a stored network but never merge two: how many identities share some wording is
//!   what decides it, and the neighbourhood sees only some of them;
//! - nothing is split: a split needs every post of the network linked again.
//!
//! Grown and merged networks get a summary put together from the stored summaries and the new
//! posts ([`Network::combine`]) and their risk scored again from every member's stored
//! evidence. How far this can drift from linking everything, and why the store links
//! everything again once a quarter of its posts were attached, is in `docs/store.md`.

use crate::ingest::{keys_of, read_back, row_of, trace, Neighbourhood, Progress, Relinked};
use crate::link::{score_by_tally, sighting};
use crate::EngineError;
use plainsight_core::network::{Joined, Network, PostRef};
use plainsight_core::time::format_rfc3339;
use plainsight_indicators::{NetworkTally, PostEvidence};
use plainsight_link::features::{place_text, PostFeatures};
use plainsight_link::{network_name, LinkConfig, Linker};
use plainsight_store::{Attachment, Event, EventKind, LinkState, NetworkRow, Store};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Evidence of wording and personas: judged by how many identities share it, which the
/// neighbourhood sees only part of. It joins a new post to a stored network, but never merges
/// two (on the stress batch, 14 of the 45 near-duplicate and template joins that merged
/// stored networks put different true networks together, against 1 of the 20 by phone,
/// photo, e-mail, domain or handle: BENCHMARKS.md, "Wording never merges").
const TEXT_KINDS: [&str; 4] = [
    "near_duplicate",
    "shared_template",
    "shared_wording",
    "shared_persona",
];

/// A post of the neighbourhood, as the attachment needs it.
struct Member {
    pk: i64,
    id: String,
    /// Stored after the last linking (a new post, or a new version of a stored one).
    new: bool,
    joined: Joined,
}

/// Links the direct neighbourhood (`part`) with the stored statistics, and attaches the new
/// posts to the stored networks as described in the module documentation. Writes the result
/// in one transaction.
pub(crate) fn attach(
    store: &mut Store,
    batch: i64,
    config: &LinkConfig,
    part: Neighbourhood,
    on_progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<Relinked, EngineError> {
    let Neighbourhood {
        pks,
        made,
        prior,
        linked_through,
    } = part;
    let t0 = std::time::Instant::now();
    let last = store.last_pk()?;
    on_progress(Progress::Linking(pks.len() as u64));
    // The posts' networks as stored are read on a connection of their own beside the reading
    // and linking (0.07 s of one core on the stress batch; the linking leaves a core idle
    // for part of its time).
    let beside = store.reader()?;
    let (previous, members, linker, linking) =
        std::thread::scope(|scope| -> Result<_, EngineError> {
            let pks = &pks;
            let previous = scope.spawn(move || beside.memberships_of(pks));
            let mut linker = Linker::with_prior(
                LinkConfig {
                    record_joins: true,
                    ..config.clone()
                },
                prior,
            );
            let members: Vec<Member> = read_back(
                store,
                Some(pks),
                made,
                |pk| pk <= linked_through,
                &mut linker,
                on_progress,
                |f, _| joined_of(f),
            )?
            .into_iter()
            .map(|(pk, joined)| Member {
                pk,
                id: joined.post.id.clone(),
                new: pk > linked_through,
                joined,
            })
            .collect();
            trace(
                t0,
                format_args!("attach: {} posts read back", members.len()),
            );
            crate::ingest::trace_posts(&linker);
            let linking = linker.link();
            let previous = previous
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p))?;
            Ok((previous, members, linker, linking))
        })?;
    trace(t0, format_args!("attach: linked"));

    // Units: each stored network, and each post no linking has seen. A piece of evidence
    // that puts a new post together with others joins the units of all its posts; one among
    // stored posts only changes nothing (the stored networks were decided with every post in
    // view, this linking sees part of it).
    let mut labels = Labels::default();
    let unit: Vec<usize> = members
        .iter()
        .map(|m| match previous.get(&m.id) {
            Some(net) => labels.stored(net),
            None => labels.fresh(),
        })
        .collect();
    let is_new: Vec<bool> = members.iter().map(|m| m.new).collect();
    // The networks of this linking that hold a new post: their summaries lend the grown
    // networks their evidence, templates and guards.
    let joining: BTreeSet<&str> = (0..members.len())
        .filter(|&i| is_new[i])
        .map(|i| linking.network_of(i))
        .collect();
    let merging = join_units(&linking.joins, &is_new, &unit, &mut labels);
    trace(
        t0,
        format_args!("attach: evidence joining stored networks {merging:?}"),
    );
    // The groups the new posts are in, each with its stored networks and its members from
    // the neighbourhood, in the order of their first member.
    struct Group {
        stored: BTreeSet<String>,
        members: Vec<usize>,
    }
    let touched: BTreeSet<usize> = (0..members.len())
        .filter(|&i| is_new[i])
        .map(|i| labels.find(unit[i]))
        .collect();
    let mut groups: BTreeMap<usize, Group> = BTreeMap::new();
    let mut order: Vec<usize> = Vec::new();
    for (i, &u) in unit.iter().enumerate() {
        let root = labels.find(u);
        if !touched.contains(&root) {
            continue;
        }
        groups
            .entry(root)
            .or_insert_with(|| {
                order.push(root);
                Group {
                    stored: BTreeSet::new(),
                    members: Vec::new(),
                }
            })
            .members
            .push(i);
    }
    for (name, label) in labels.stored_labels() {
        if let Some(g) = groups.get_mut(&labels.find(label)) {
            g.stored.insert(name);
        }
    }
    let wanted: Vec<String> = groups
        .values()
        .flat_map(|g| g.stored.iter().cloned())
        .collect();
    let rows: HashMap<String, NetworkRow> = store
        .networks_by_id(&wanted)?
        .into_iter()
        .map(|r| (r.id.clone(), r))
        .collect();
    let block_summary: HashMap<&str, &Network> = linking
        .networks
        .iter()
        .map(|n| (n.network.as_str(), n))
        .collect();
    // Names: a group keeps the name of its largest stored network (ties to the smallest id);
    // a group of new posts only takes the next name never given.
    let mut next = store.max_network_number()? as usize;
    let mut combined: Vec<Network> = Vec::new();
    let mut memberships: Vec<(String, String)> = Vec::new();
    let mut moved: Vec<(String, String)> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut facts_networks: Vec<String> = Vec::new();
    let mut facts_pks: Vec<i64> = Vec::new();
    let mut group_of_network: HashMap<String, usize> = HashMap::new();
    let mut group_of_pk: HashMap<i64, usize> = HashMap::new();
    let mut tallies: Vec<NetworkTally> = Vec::new();
    // The stored networks' tallies, unless one has none or holds a post of which this batch
    // brings a new version (what it counts of the old version cannot be taken out): the
    // posts of those networks are read instead.
    let renewed: BTreeSet<&str> = members
        .iter()
        .filter(|m| m.new)
        .filter_map(|m| previous.get(&m.id).map(String::as_str))
        .collect();
    let mut kept: HashMap<&str, NetworkTally> = rows
        .par_iter()
        .filter(|(id, _)| !renewed.contains(id.as_str()))
        .filter_map(|(id, r)| {
            let t = serde_json::from_str(r.tally.as_deref()?).ok()?;
            Some((id.as_str(), t))
        })
        .collect();
    let size_of = |id: &String| rows.get(id).map_or(1, |r| r.size);
    let names: Vec<String> = order
        .iter()
        .map(|root| {
            match groups[root]
                .stored
                .iter()
                .max_by(|a, b| size_of(a).cmp(&size_of(b)).then(b.cmp(a)))
            {
                Some(n) => n.clone(),
                None => {
                    next += 1;
                    network_name(next - 1)
                }
            }
        })
        .collect();
    // Posts no stored summary counts: new ids, and posts that were a network of their own.
    // (A new version of a post in a stored network is counted there already.)
    let uncounted = |m: &Member| !previous.get(&m.id).is_some_and(|n| rows.contains_key(n));
    // Each group's network put together from the stored summaries on the pool (parsing them
    // on one thread was 0.08 s of attaching the stress batch).
    let nets: Vec<Network> = order
        .par_iter()
        .zip(&names)
        .map(|(root, name)| {
            let g = &groups[root];
            let parts: Vec<Network> = g
                .stored
                .iter()
                .filter_map(|s| rows.get(s))
                .filter_map(|r| serde_json::from_str(&r.summary).ok())
                .collect();
            let joined: Vec<Joined> = g
                .members
                .iter()
                .map(|&i| &members[i])
                .filter(|m| uncounted(m))
                .map(|m| m.joined.clone())
                .collect();
            let linked: Vec<&Network> = g
                .members
                .iter()
                .map(|&i| linking.network_of(i))
                .filter(|net| joining.contains(net))
                .collect::<BTreeSet<&str>>()
                .into_iter()
                .filter_map(|net| block_summary.get(net).copied())
                .collect();
            Network::combine(name.clone(), parts, joined, &linked)
        })
        .collect();
    for ((root, name), net) in order.iter().zip(names).zip(nets) {
        let g = &groups[root];
        for m in &g.members {
            let m = &members[*m];
            if m.new && !previous.contains_key(&m.id) {
                memberships.push((m.id.clone(), name.clone()));
            }
        }
        for s in &g.stored {
            if *s != name {
                moved.push((s.clone(), name.clone()));
            }
        }
        if g.stored.len() >= 2 {
            events.push(Event {
                kind: EventKind::Merge,
                network: name.clone(),
                networks: g.stored.iter().cloned().collect(),
                evidence: serde_json::to_string(&net.evidence).unwrap_or_else(|_| "[]".into()),
            });
        }
        if net.size >= 2 {
            let gi = combined.len();
            let mut tally = NetworkTally::default();
            for s in &g.stored {
                if !rows.contains_key(s) {
                    continue;
                }
                match kept.remove(s.as_str()) {
                    Some(t) => tally.merge(t),
                    None => {
                        facts_networks.push(s.clone());
                        group_of_network.insert(s.clone(), gi);
                    }
                }
            }
            tallies.push(tally);
            for &i in &g.members {
                let m = &members[i];
                if uncounted(m) {
                    facts_pks.push(m.pk);
                    group_of_pk.insert(m.pk, gi);
                }
            }
            combined.push(net);
        }
    }
    trace(
        t0,
        format_args!(
            "attach: {} groups, {} merges, {} networks to score",
            order.len(),
            events.len(),
            combined.len()
        ),
    );
    // Network risk from the stored networks' tallies and every other member's stored
    // evidence: reading every member of each grown network again took 0.79–0.85 s of a
    // 7 s attachment of 10,000 posts to a store of 1,000,000; the tallies, 0.05–0.08 s
    // (BENCHMARKS.md, "Network tallies").
    for f in store.risk_facts(&facts_networks, &facts_pks)? {
        let gi = group_of_pk
            .get(&f.pk)
            .or_else(|| f.network.as_ref().and_then(|n| group_of_network.get(n)));
        let Some(&gi) = gi else { continue };
        let place = f.location.as_deref().map(place_text);
        let seen = sighting(place.as_deref(), f.posted_at.as_deref());
        let evidence = PostEvidence {
            codes: f.codes,
            evidence: f.evidence,
        };
        tallies[gi].add(&evidence, &f.ages, seen);
    }
    let networks: Vec<NetworkRow> = combined
        .par_iter_mut()
        .zip(tallies.par_iter_mut())
        .map(|(n, t)| {
            t.settle();
            score_by_tally(n, t);
            row_of(n, t)
        })
        .collect();
    trace(t0, format_args!("attach: scored"));
    // The new posts' keys, and the statistics with them counted.
    // The statistics (4.6 MB for the 1M store) are serialized beside the keys.
    let member_pks: Vec<i64> = members.iter().map(|m| m.pk).collect();
    let (stats, keys) = rayon::join(
        || linking.stats.to_bytes(),
        || keys_of(&linker, &linking, &member_pks, |i| is_new[i]),
    );
    let merged = events.len() as u64;
    store.put_attachment(
        batch,
        &Attachment {
            memberships,
            moved,
            networks,
            events,
            state: LinkState {
                stats: &stats,
                keys,
            },
            linked_through: last,
        },
    )?;
    trace(t0, format_args!("attach: written"));
    on_progress(Progress::Linked);
    Ok(Relinked {
        linked: store.network_count()?,
        merged,
        split: 0,
        posts: members.len() as u64,
        full: false,
        attached: true,
    })
}

/// What a grown network's summary takes of a post of the neighbourhood.
fn joined_of(f: &PostFeatures) -> Joined {
    let mut selectors = f.selectors.clone();
    selectors.sort();
    selectors.dedup();
    Joined {
        post: PostRef {
            id: f.id.clone(),
            index: 0,
            posted_at: f.posted_at.map(format_rfc3339),
            location: f.location.clone(),
            title: f.title.clone(),
            selectors,
        },
        names: f.names.clone(),
        site: f.site.clone(),
    }
}

/// Joins the units (`unit` of each post of the linking) that the evidence `joins` holding a
/// new post (`is_new`) puts together, wording and personas never merging two units that hold
/// stored networks; returns how many joins of each kind merged such units.
fn join_units<'a>(
    joins: &'a [(&'static str, Vec<u32>)],
    is_new: &[bool],
    unit: &[usize],
    labels: &mut Labels,
) -> BTreeMap<&'a str, usize> {
    let mut merging: BTreeMap<&str, usize> = BTreeMap::new();
    // Roots of the units that hold a stored network.
    let mut holds_stored: BTreeSet<usize> = labels.stored_labels().iter().map(|s| s.1).collect();
    for (kind, j) in joins {
        if !j.iter().any(|&i| is_new[i as usize]) {
            continue;
        }
        let roots: BTreeSet<usize> = j
            .iter()
            .map(|&i| labels.find(unit[i as usize]))
            .filter(|r| holds_stored.contains(r))
            .collect();
        if roots.len() >= 2 {
            if TEXT_KINDS.contains(kind) {
                continue;
            }
            *merging.entry(*kind).or_default() += 1;
        }
        for w in j.windows(2) {
            labels.union(unit[w[0] as usize], unit[w[1] as usize]);
        }
        if !roots.is_empty() {
            holds_stored.insert(labels.find(unit[j[0] as usize]));
        }
    }
    merging
}

/// Union–find over units: stored networks by name, and posts no linking has seen.
#[derive(Default)]
struct Labels {
    parent: Vec<usize>,
    stored: BTreeMap<String, usize>,
}

impl Labels {
    /// The unit of a stored network.
    fn stored(&mut self, name: &str) -> usize {
        if let Some(&l) = self.stored.get(name) {
            return l;
        }
        let l = self.fresh();
        self.stored.insert(name.to_string(), l);
        l
    }

    /// A unit of its own.
    fn fresh(&mut self) -> usize {
        self.parent.push(self.parent.len());
        self.parent.len() - 1
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins two units; the smaller root becomes the root, so results do not depend on the
    /// order of unions beyond the partition.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    /// Every stored network's name and unit.
    fn stored_labels(&self) -> Vec<(String, usize)> {
        self.stored.iter().map(|(n, &l)| (n.clone(), l)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Posts 0 and 1 are in stored network A, 2 in B, 3 and 4 are new.
    fn setup() -> (Labels, Vec<usize>, Vec<bool>) {
        let mut labels = Labels::default();
        let unit = vec![
            labels.stored("A"),
            labels.stored("A"),
            labels.stored("B"),
            labels.fresh(),
            labels.fresh(),
        ];
        (labels, unit, vec![false, false, false, true, true])
    }

    #[test]
    fn a_new_post_merges_what_its_selectors_join() {
        let (mut labels, unit, new) = setup();
        let joins = vec![
            ("shared_phone", vec![0, 3]),
            ("shared_image", vec![3, 2]),
            // Among stored posts only: changes nothing.
            ("shared_email", vec![1, 2]),
        ];
        let merging = join_units(&joins, &new, &unit, &mut labels);
        assert_eq!(labels.find(unit[0]), labels.find(unit[2]));
        assert_eq!(labels.find(unit[3]), labels.find(unit[0]));
        assert_eq!(merging.get("shared_image"), Some(&1));
        assert_ne!(labels.find(unit[4]), labels.find(unit[0]));
    }

    #[test]
    fn wording_joins_a_new_post_but_never_merges_two_networks() {
        let (mut labels, unit, new) = setup();
        let joins = vec![
            ("shared_phone", vec![0, 3]),
            ("near_duplicate", vec![3, 2]),
            ("shared_template", vec![4, 2]),
            ("shared_persona", vec![4, 1]),
        ];
        let merging = join_units(&joins, &new, &unit, &mut labels);
        assert_eq!(labels.find(unit[3]), labels.find(unit[0]));
        // Post 4 joined B by its template; its persona with A would merge A and B: held.
        assert_eq!(labels.find(unit[4]), labels.find(unit[2]));
        assert_ne!(labels.find(unit[0]), labels.find(unit[2]));
        assert!(merging.is_empty());
    }
}
