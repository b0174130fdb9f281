//! The `ingest` pipeline: posts → the case store (`CONTRACT.md`, "The case store").
//!
//! 1. **Store.** Posts are read as `extract` reads them ([`for_each_in_order`]: split on one
//!    thread, parsed, extracted and scored on the pool by the same [`Scanner`] as `scan`), and
//!    written in chunks of [`IngestOptions::chunk_posts`], one transaction per chunk. A post
//!    whose id is stored with the same content hash is "unchanged" and costs nothing; one with
//!    new content is stored as the next version (the old one kept). A killed run leaves every
//!    committed chunk; the next run over the same input finds those posts unchanged.
//! 2. **Link.** When anything was stored since the networks were last written (the store's
//!    link watermark, so a run killed before linking is finished by the next one), every
//!    current post is linked again with [`Linker`] from what the store holds — the selectors
//!    with their spans, the record, the image hashes, the indicator evidence — without running
//!    extraction again. Earlier network ids are carried ([`Linking::carry_ids`]); a new network
//!    holding posts of two or more earlier networks is a *merge*, an earlier network whose
//!    posts now lie in two or more networks a *split*, each recorded with its evidence.
//!    Networks, memberships, events and the watermark are written in one transaction.
//!
//! Relinking is `O(stored posts)` per ingest: honest and correct (the partition is exactly
//! that of linking everything from scratch), not yet incremental.

use crate::link::{add_image_files, score_networks, Codes, KeptRisk, PostRisk};
use crate::scan::{ScanOptions, Scanner};
use crate::{for_each_in_order, EngineError, Parallelism};
use plainsight_core::{PdqHash, Post};
use plainsight_extract::ExtractConfig;
use plainsight_indicators::PostEvidence;
use plainsight_ingest::{IngestError, PostReader, Summary};
use plainsight_link::{parse_rfc3339, LinkConfig, Linker, Linking, Network, PostFeatures};
use plainsight_store::{
    content_hash, BatchCounts, Event, EventKind, NetworkRow, NewPost, Store, Stored, StoredPost,
};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Settings of an ingest run.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    pub extract: ExtractConfig,
    pub parallelism: Parallelism,
    /// Stop at the first bad record.
    pub strict: bool,
    pub link: LinkConfig,
    /// The folder image files named in posts must lie inside (default: each input's folder).
    pub images_root: Option<std::path::PathBuf>,
    /// Posts per transaction.
    pub chunk_posts: usize,
    /// The clock, injected: when the batch started (RFC 3339).
    pub now: String,
    /// The input names recorded with the batch.
    pub inputs: Vec<String>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            extract: ExtractConfig::default(),
            parallelism: Parallelism::default(),
            strict: false,
            link: LinkConfig {
                keep_tokens: true,
                summarize: true,
                ..LinkConfig::default()
            },
            images_root: None,
            chunk_posts: 2048,
            now: "1970-01-01T00:00:00Z".into(),
            inputs: Vec::new(),
        }
    }
}

/// The contract's `--json` summary, field for field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct IngestCounts {
    /// Records read (good and bad).
    pub read: u64,
    pub added: u64,
    pub unchanged: u64,
    pub updated: u64,
    pub bad_records: u64,
    /// Networks after linking, every current post in exactly one (a post linked to nothing is
    /// a network of its own), as `link` assigns them.
    pub networks: u64,
    /// Merge events recorded by this run.
    pub merged: u64,
    /// Split events recorded by this run.
    pub split: u64,
}

/// What an ingest run did.
#[derive(Clone, Debug, Default)]
pub struct IngestSummary {
    pub counts: IngestCounts,
    pub ingest: Summary,
    /// Networks of two or more posts.
    pub linked_networks: u64,
    /// Whether linking ran (false when nothing was stored since the last linking).
    pub relinked: bool,
    /// Posts a stage panicked on (skipped; a bug).
    pub failed: u64,
    pub failed_sources: Vec<plainsight_core::SourceRef>,
}

/// Where a run is, for a progress display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Posts read and stored so far (added, unchanged or updated).
    Stored(u64),
    /// Linking started over this many current posts.
    Linking(u64),
    /// Posts prepared for linking so far.
    Prepared(u64),
    /// Linking done.
    Linked,
}

/// Reads every post into the store and links the store's posts.
pub fn run(
    mut reader: PostReader,
    store: &mut Store,
    options: &IngestOptions,
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
    on_progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<IngestSummary, EngineError> {
    let par = &options.parallelism;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(par.threads.min(crate::max_threads()))
        .thread_name(|i| format!("plainsight-ingest-{i}"))
        .build()
        .map_err(|e| EngineError::ThreadPool {
            threads: par.threads,
            message: e.to_string(),
        })?;
    let scanner = Scanner::new(&ScanOptions {
        extract: options.extract.clone(),
        ..ScanOptions::default()
    })
    .map_err(|e| EngineError::ThreadPool {
        threads: 0,
        message: format!("indicators: {e}"),
    })?;
    let batch = store.begin_batch(&options.now, &options.inputs)?;
    // Posts stored with the same content are recognised on the workers before any extraction
    // is spent on them (a nightly crawl repeats most of yesterday's); the store checks again.
    let known = store.current_hashes()?;
    let mut counts = IngestCounts::default();
    let mut chunk: Vec<NewPost> = Vec::with_capacity(options.chunk_posts.max(1));
    let chunk_posts = options.chunk_posts.max(1);
    let mut stored = 0u64;
    let written = {
        let mut flush = |chunk: &mut Vec<NewPost>,
                         store: &mut Store,
                         counts: &mut IngestCounts|
         -> Result<(), EngineError> {
            if chunk.is_empty() {
                return Ok(());
            }
            for s in store.put_posts(batch, chunk)? {
                match s {
                    Stored::Added => counts.added += 1,
                    Stored::Unchanged => counts.unchanged += 1,
                    Stored::Updated => counts.updated += 1,
                }
            }
            stored += chunk.len() as u64;
            chunk.clear();
            on_progress(Progress::Stored(stored));
            Ok(())
        };
        let mut sink = |p: Option<NewPost>| -> Result<(), EngineError> {
            let Some(p) = p else {
                counts.unchanged += 1;
                return Ok(());
            };
            chunk.push(p);
            if chunk.len() >= chunk_posts {
                flush(&mut chunk, store, &mut counts)?;
            }
            Ok(())
        };
        let written = pool.install(|| {
            for_each_in_order(
                &mut reader,
                par,
                options.strict,
                |post| prepare(post, &known, &scanner, options.images_root.as_deref()),
                &mut sink,
                on_problem,
            )
        });
        // Posts before a strict stop are kept, as `extract` writes the lines before it.
        flush(&mut chunk, store, &mut counts)?;
        written?
    };
    let ingest = reader.into_summary();
    counts.read = ingest.records;
    counts.bad_records = ingest.bad_total();
    let mut summary = IngestSummary {
        failed: written.failed,
        failed_sources: written.failed_sources,
        ..IngestSummary::default()
    };
    if store.needs_link()? {
        let (linked, merged, split) =
            pool.install(|| relink(store, batch, &options.link, on_progress))?;
        summary.relinked = true;
        summary.linked_networks = linked;
        counts.merged = merged;
        counts.split = split;
    }
    counts.networks = store.memberships_networks()?;
    if !summary.relinked {
        summary.linked_networks = store.network_count()?;
    }
    store.finish_batch(
        batch,
        &options.now,
        &BatchCounts {
            read: counts.read,
            added: counts.added,
            unchanged: counts.unchanged,
            updated: counts.updated,
            bad_records: counts.bad_records,
        },
    )?;
    summary.counts = counts;
    summary.ingest = ingest;
    Ok(summary)
}

/// One post made ready for the store (on a worker): serialized, hashed and, unless it is
/// stored already with this content (`None`), scanned.
fn prepare(
    post: &Post,
    known: &HashMap<String, [u8; 16]>,
    scanner: &Scanner,
    images_root: Option<&std::path::Path>,
) -> Option<NewPost> {
    // Serializing a parsed post (strings, finite numbers, JSON values) cannot fail.
    let raw = serde_json::to_string(post).unwrap_or_default();
    let hash = content_hash(&raw);
    if known.get(&post.id) == Some(&hash) {
        return None;
    }
    let scanned = scanner.scan(post);
    let mut files = PostFeatures::default();
    add_image_files(post, images_root, &mut files);
    let mut images: Vec<PdqHash> = post
        .image_hashes
        .iter()
        .take(plainsight_link::features::MAX_IMAGES * 4)
        .filter_map(|h| PdqHash::from_hex(h).ok())
        .chain(files.images)
        .collect();
    images.sort();
    images.dedup();
    images.truncate(plainsight_link::features::MAX_IMAGES);
    let e = scanned.evaluation;
    Some(NewPost {
        id: post.id.clone(),
        content_hash: hash,
        raw,
        posted_epoch: post.posted_at.as_deref().and_then(parse_rfc3339),
        risk: e.risk.score,
        evidence: e.risk.evidence,
        post_type: serde_json::to_value(e.post_type.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        ages: e.ages,
        selectors: scanned.selectors,
        hits: e.indicators,
        images,
    })
}

/// A stored post back to what the linker and network risk take. The selectors' raw text is
/// sliced from the record (spans are byte offsets into its fields).
fn features(sp: StoredPost) -> Option<(PostFeatures, PostRisk)> {
    let post: Post = serde_json::from_str(&sp.raw).ok()?;
    let mut selectors = sp.selectors;
    for s in &mut selectors {
        if let Some(raw) = post.field(s.field).and_then(|t| t.get(s.start..s.end)) {
            s.raw = raw.to_string();
        }
    }
    let mut f = PostFeatures::from_post(&post, &selectors);
    f.images.extend(sp.images);
    f.images.sort();
    f.images.dedup();
    f.images.truncate(plainsight_link::features::MAX_IMAGES);
    Some((
        f,
        PostRisk {
            evidence: PostEvidence {
                codes: sp.codes,
                evidence: sp.evidence,
            },
            ages: sp.ages,
        },
    ))
}

/// Links every current post again, carries earlier ids, records merges and splits.
/// Returns (networks of two or more, merges, splits).
fn relink(
    store: &mut Store,
    batch: i64,
    config: &LinkConfig,
    on_progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<(u64, u64, u64), EngineError> {
    let last = store.last_pk()?;
    let previous = store.memberships()?;
    let total = store.current_posts()?;
    on_progress(Progress::Linking(total));
    let mut linker = Linker::new(config.clone());
    let mut risks: Vec<KeptRisk> = Vec::new();
    let mut codes = Codes::default();
    let mut pending: Vec<StoredPost> = Vec::new();
    let mut prepared = 0u64;
    let mut add = |pending: &mut Vec<StoredPost>| {
        let done: Vec<Option<(PostFeatures, PostRisk)>> = std::mem::take(pending)
            .into_par_iter()
            .map(features)
            .collect();
        for (f, r) in done.into_iter().flatten() {
            if linker.add(f).is_ok() {
                risks.push(codes.keep(r));
            }
        }
    };
    store.for_each_current(|sp| {
        pending.push(sp);
        if pending.len() >= 4096 {
            add(&mut pending);
            prepared += 4096;
            on_progress(Progress::Prepared(prepared));
        }
        Ok(())
    })?;
    add(&mut pending);
    let mut linking = linker.link();
    score_networks(&mut linking.networks, &risks, &codes.names);
    linking.carry_ids(&previous);
    let events = events(&previous, &linking);
    let merged = events.iter().filter(|e| e.kind == EventKind::Merge).count() as u64;
    let split = events.len() as u64 - merged;
    let rows: Vec<NetworkRow> = linking
        .networks
        .iter()
        .map(|n| NetworkRow {
            id: n.network.clone(),
            size: n.size as u64,
            risk: n.risk,
            summary: serde_json::to_string(n).unwrap_or_else(|_| "{}".into()),
        })
        .collect();
    store.put_linking(batch, linking.assignments(), &rows, &events, last)?;
    on_progress(Progress::Linked);
    Ok((linking.linked_network_count() as u64, merged, split))
}

#[derive(Serialize)]
struct Part<'a> {
    network: &'a str,
    posts: usize,
}

/// Merges and splits between the memberships before and after a linking, in id order.
fn events(previous: &HashMap<String, String>, linking: &Linking) -> Vec<Event> {
    // new network -> earlier networks of its posts (posts new in this batch have none), and
    // earlier network -> new networks of its posts, with post counts.
    let mut into: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut parts: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for (id, new) in linking.assignments() {
        if let Some(old) = previous.get(id) {
            into.entry(new).or_default().insert(old.as_str());
            *parts
                .entry(old.as_str())
                .or_default()
                .entry(new)
                .or_default() += 1;
        }
    }
    let by_id: HashMap<&str, &Network> = linking
        .networks
        .iter()
        .map(|n| (n.network.as_str(), n))
        .collect();
    let mut out = Vec::new();
    for (new, olds) in &into {
        if olds.len() >= 2 {
            let evidence = by_id
                .get(new)
                .and_then(|n| serde_json::to_string(&n.evidence).ok())
                .unwrap_or_else(|| "[]".into());
            out.push(Event {
                kind: EventKind::Merge,
                network: new.to_string(),
                networks: olds.iter().map(|s| s.to_string()).collect(),
                evidence,
            });
        }
    }
    for (old, news) in &parts {
        if news.len() >= 2 {
            let evidence: Vec<Part> = news
                .iter()
                .map(|(n, &posts)| Part { network: n, posts })
                .collect();
            out.push(Event {
                kind: EventKind::Split,
                network: old.to_string(),
                networks: news.keys().map(|s| s.to_string()).collect(),
                evidence: serde_json::to_string(&evidence).unwrap_or_else(|_| "[]".into()),
            });
        }
    }
    out
}
