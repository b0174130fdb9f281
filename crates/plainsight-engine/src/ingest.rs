//! The `ingest` pipeline: posts → the case store (`CONTRACT.md`, "The case store").
//!
//! 1. **Store.** Posts are read as `extract` reads them ([`for_each_in_order`]: split on one
//!    thread, parsed, extracted and scored on the pool by the same [`Scanner`] as `scan`), and
//!    written in chunks of [`IngestOptions::chunk_posts`], one transaction per chunk. A post
//!    whose id is stored with the same content hash is "unchanged" and costs nothing; one with
//!    new content is stored as the next version (the old one kept). A killed run leaves every
//!    committed chunk; the next run over the same input finds those posts unchanged.
//! 2. **Link.** When anything was stored since the networks were last written (the store's
//!    link watermark, so a run killed before linking is finished by the next one), the new
//!    posts are linked with [`Linker`] from what the store holds — the selectors with their
//!    spans, the record, the image hashes, the indicator evidence — without running extraction
//!    again: with their neighbourhood only (`region`: posts sharing a selector, a photo, an
//!    LSH band key or a persona key with them, closed over selectors and whole networks),
//!    against the corpus statistics the store keeps ([`Linker::with_prior`]); when that
//!    neighbourhood is large, attached to the stored networks as they stand
//!    (`attach`: only evidence holding a new post joins or merges networks, nothing
//!    is split); or every current post, when the store keeps no linker state yet, when asked,
//!    when even the direct neighbourhood is most of the store, or once a quarter of the store
//!    was attached since everything was last linked. Earlier network ids are carried ([`Linking::carry_ids`]); a new
//!    network holding posts of two or more earlier networks is a *merge*, an earlier network
//!    whose posts now lie in two or more networks a *split*, each recorded with its evidence.
//!    Networks, memberships, events, the linker's state and the watermark are written in one
//!    transaction.
//!
//! Where linking a neighbourhood can give another partition than linking everything (corpus
//! statistics that are not taken back when groups merge, chains through posts outside the
//! neighbourhood) is listed in `docs/store.md`.

use crate::link::{add_image_files, score_by_tally, tally_of, Codes, KeptRisk, PostRisk};
use crate::scan::{ScanOptions, Scanner};
use crate::{for_each_in_order, EngineError, Parallelism};
use plainsight_core::{PdqHash, Post};
use plainsight_extract::ExtractConfig;
use plainsight_indicators::{NetworkTally, PostEvidence};
use plainsight_ingest::{IngestError, PostReader, Summary};
use plainsight_link::minhash::{jaccard_at_least, near_by_shared};
use plainsight_link::{
    parse_rfc3339, LinkConfig, Linker, Linking, Network, PostFeatures, SelectorKey, TextStats,
};
use plainsight_store::{
    content_hash, BatchCounts, Event, EventKind, LinkState, NetworkRow, NewPost, NewRecord,
    PostText, Store, Stored, StoredPost,
};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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
    /// The store connection's page cache while ingesting, in MiB ([`Store::set_cache_mib`]).
    pub cache_mib: u32,
    /// How much of the store file a batch linked with its neighbourhood reads through a
    /// memory map, in MiB ([`Store::set_mmap_mib`]; linking everything reads each post once
    /// in order and gains nothing from it).
    pub mmap_mib: u32,
    /// The clock, injected: when the batch started (RFC 3339).
    pub now: String,
    /// The input names recorded with the batch.
    pub inputs: Vec<String>,
    /// Link every current post again instead of the new posts' neighbourhood.
    pub full_relink: bool,
    /// A neighbourhood (closed, or the direct one an attachment links) holding more than this
    /// fraction of the current posts is not worth telling apart: everything is linked again.
    /// A post of the neighbourhood costs more
    /// than a post linked with everything (it is found through the store's indexes first):
    /// 10,000 stress posts into 1,000,000 took 57.1 s with a region of 31% and 39.6 s linking
    /// everything; 1,000 into 100,000 took 4.4 s with a region of 20% and 7.8 s linking
    /// everything (BENCHMARKS.md). Hence a fifth.
    pub max_region_fraction: f64,
    /// A neighbourhood closed over whole networks is linked whole while it holds at most
    /// this fraction of the current posts, or at most [`IngestOptions::min_closed_posts`];
    /// past both, the new posts are attached to the stored networks as they stand
    /// (`attach`), which costs what their direct neighbourhood costs.
    pub max_closed_fraction: f64,
    /// See [`IngestOptions::max_closed_fraction`] (a region this small links in a second or
    /// two, whatever the store's size).
    pub min_closed_posts: usize,
    /// Attaching never splits a network and leaves the statistics of merged groups as they
    /// were: once the posts attached since the last linking of everything would pass this
    /// fraction of the current posts, everything is linked again instead.
    pub max_attached_fraction: f64,
    /// An attachment treats each stored network as one unit, so of the stored posts a new
    /// post meets through one shared key or one photo it links at most this many per stored
    /// network (the most recently stored; every post in no network is linked): a phone on 300
    /// posts of one operator network joins the new post to that network through three of
    /// them as surely as through all 300. On the stress batch of 10,000 posts into 1,000,000
    /// the direct neighbourhood went from 170,089 posts to 45,045 and the attachment from
    /// 12.2–12.9 s to 8.3 s, with B-cubed F1 against the truth 0.942461 → 0.942456 (BENCHMARKS.md,
    /// "A stored network linked through a few of its posts"). `usize::MAX` links them all.
    pub attach_per_network: usize,
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
            chunk_posts: 16384,
            cache_mib: 256,
            mmap_mib: 2048,
            now: "1970-01-01T00:00:00Z".into(),
            inputs: Vec::new(),
            full_relink: false,
            max_region_fraction: 0.2,
            max_closed_fraction: 0.05,
            min_closed_posts: 20_000,
            max_attached_fraction: 0.25,
            attach_per_network: 3,
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
    /// Current posts the linking took part of: the new posts and their neighbourhood, or
    /// every current post when everything was linked again.
    pub relinked_posts: u64,
    /// Whether everything was linked again (no earlier linker state, `full_relink`, a
    /// neighbourhood above `max_region_fraction`, or past `max_attached_fraction`).
    pub full_relink: bool,
    /// Whether the new posts were attached to the stored networks as they stand.
    pub attached: bool,
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
    store.set_cache_mib(options.cache_mib)?;
    fill_national(store)?;
    let batch = store.begin_batch(&options.now, &options.inputs)?;
    // Posts stored with the same content are recognised on the workers before any extraction
    // is spent on them (a nightly crawl repeats most of yesterday's); the store checks again.
    let t0 = std::time::Instant::now();
    let known = store.known_posts()?;
    let mut counts = IngestCounts::default();
    let chunk_posts = options.chunk_posts.max(1);
    // The store is written on a thread of its own while the pool scans the next posts, a part
    // of a chunk at a time, one transaction per chunk. Written by the thread that hands the
    // scanned posts on, a chunk's transaction held up the pipeline (the pool has one batch in
    // flight, and one core waited while the chunk was written); written a whole chunk at a
    // time, the last chunk (all of a nightly batch of 10,000) was written with one core
    // idle after the scanning. A part is the posts a store's dictionary is trained from, so
    // a store is written as it was; at most two chunks' worth wait for the writer.
    let part_posts = chunk_posts.min(plainsight_store::TRAIN_SAMPLES);
    let waiting = (2 * chunk_posts).div_ceil(part_posts);
    let (to_writer, parts) = std::sync::mpsc::sync_channel::<Vec<NewPost>>(waiting);
    store.set_auto_checkpoint(false)?;
    let (written, stored) = std::thread::scope(|scope| {
        let store = &mut *store;
        let on_progress = &mut *on_progress;
        let writer = scope.spawn(move || -> Result<IngestCounts, EngineError> {
            let mut counts = IngestCounts::default();
            let mut stored = 0u64;
            let mut next = parts.recv().ok();
            while next.is_some() {
                let mut tx = store.post_writer(batch)?;
                while let Some(part) = next.take() {
                    for s in tx.put(&part)? {
                        match s {
                            Stored::Added => counts.added += 1,
                            Stored::Unchanged => counts.unchanged += 1,
                            Stored::Updated => counts.updated += 1,
                        }
                    }
                    if tx.len() >= chunk_posts {
                        break;
                    }
                    next = parts.recv().ok();
                }
                stored += tx.len() as u64;
                tx.commit()?;
                on_progress(Progress::Stored(stored));
                // The log is copied into the file after each chunk, as SQLite would on the
                // commit, but not after the last: that copy runs beside the linking.
                next = match parts.try_recv() {
                    Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
                    waiting => {
                        store.checkpoint()?;
                        waiting.ok().or_else(|| parts.recv().ok())
                    }
                };
            }
            Ok(counts)
        });
        let mut chunk: Vec<NewPost> = Vec::with_capacity(part_posts);
        // A writer that stopped returns its error; the pipeline stops at the next full chunk.
        let stopped = || EngineError::Write(std::io::Error::other("the store writer stopped"));
        let mut sink = |p: Option<NewPost>| -> Result<(), EngineError> {
            let Some(p) = p else {
                counts.unchanged += 1;
                return Ok(());
            };
            chunk.push(p);
            if chunk.len() >= part_posts {
                let full = std::mem::replace(&mut chunk, Vec::with_capacity(part_posts));
                to_writer.send(full).map_err(|_| stopped())?;
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
        if !chunk.is_empty() {
            // A writer that stopped has its error, returned below.
            let _ = to_writer.send(chunk);
        }
        drop(to_writer);
        let stored = writer
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (written, stored)
    });
    // Commits copy the log into the file again as SQLite does, after an error too.
    let restored = store.set_auto_checkpoint(true);
    // The writer's error first: the pipeline's is then only that the writer stopped.
    let stored = stored?;
    let written = written?;
    restored?;
    counts.added += stored.added;
    counts.unchanged += stored.unchanged;
    counts.updated += stored.updated;
    let ingest = reader.into_summary();
    // What the last chunk left in the log is copied into the file while the posts are linked.
    let checkpoint = store.checkpoint_beside()?;
    trace(t0, format_args!("stored"));
    counts.read = ingest.records;
    counts.bad_records = ingest.bad_total();
    let mut summary = IngestSummary {
        failed: written.failed,
        failed_sources: written.failed_sources,
        ..IngestSummary::default()
    };
    if store.needs_link()? {
        let done = pool.install(|| relink(store, batch, options, on_progress))?;
        summary.relinked = true;
        summary.linked_networks = done.linked;
        summary.relinked_posts = done.posts;
        summary.full_relink = done.full;
        summary.attached = done.attached;
        counts.merged = done.merged;
        counts.split = done.split;
        trace(t0, format_args!("linked"));
    }
    checkpoint.finish()?;
    trace(t0, format_args!("log copied"));
    counts.networks = store.memberships_networks()?;
    trace(t0, format_args!("networks counted"));
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
    known: &plainsight_store::KnownPosts,
    scanner: &Scanner,
    images_root: Option<&std::path::Path>,
) -> Option<NewPost> {
    // Serializing a parsed post (strings, finite numbers, JSON values) cannot fail.
    let raw = serde_json::to_string(post).unwrap_or_default();
    let hash = content_hash(&raw);
    if known.get(&post.id) == Some(hash) {
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
        record: NewRecord::of(post),
        posted_epoch: post.posted_at.as_deref().and_then(parse_rfc3339),
        risk: e.risk.score,
        evidence: e.risk.evidence,
        post_type: serde_json::to_value(e.post_type.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        ages: e.ages,
        national: plainsight_link::features::national_of(post, &scanned.selectors),
        selectors: scanned.selectors,
        ambiguous: scanned.ambiguous,
        hits: e.indicators,
        images,
    })
}

/// The numbers written without a country code of the posts a store held before it indexed
/// them (schema version 13), read from their records once, by the first ingest after the
/// migration: a batch then finds them as it finds posts stored since.
fn fill_national(store: &mut Store) -> Result<(), EngineError> {
    let through = store.national_unfilled_through()?;
    if through == 0 {
        return Ok(());
    }
    let mut rows: Vec<(i64, Vec<String>)> = Vec::new();
    store.for_each_current(|sp| {
        if sp.pk <= through {
            let pk = sp.pk;
            let (post, selectors) = post_and_selectors(sp.record, pk, sp.selectors)?;
            let national = plainsight_link::features::national_of(&post, &selectors);
            if !national.is_empty() {
                rows.push((pk, national));
            }
        }
        Ok(())
    })?;
    store.fill_national(&rows)?;
    Ok(())
}

/// A stored record unpacked, and its selectors with their raw text sliced from it (spans are
/// byte offsets into its fields).
fn post_and_selectors(
    record: plainsight_store::Record,
    pk: i64,
    mut selectors: Vec<plainsight_core::Selector>,
) -> Result<(Post, Vec<plainsight_core::Selector>), plainsight_store::StoreError> {
    let post: Post = record.unpack(pk)?;
    for s in &mut selectors {
        if let Some(raw) = post.field(s.field).and_then(|t| t.get(s.start..s.end)) {
            s.raw = raw.to_string();
        }
    }
    Ok((post, selectors))
}

/// A stored post back to what the linker and network risk take.
pub(crate) fn features(
    sp: StoredPost,
) -> Result<(PostFeatures, PostRisk), plainsight_store::StoreError> {
    let (post, selectors) = post_and_selectors(sp.record, sp.pk, sp.selectors)?;
    let mut f = PostFeatures::from_post(&post, &selectors);
    f.readings = sp.ambiguous.into_iter().map(|a| a.readings).collect();
    f.images.extend(sp.images);
    f.images.sort();
    f.images.dedup();
    f.images.truncate(plainsight_link::features::MAX_IMAGES);
    Ok((
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

/// A stored post's word shingles, as [`features`] makes them (the text alone: comparing a
/// candidate with the new posts needs nothing else).
fn shingles(text: PostText) -> Result<Vec<u32>, plainsight_store::StoreError> {
    let fields = text.record.texts(text.pk)?;
    Ok(PostFeatures::shingles_of_text(
        fields.iter().filter_map(|(f, t)| Some((*f, t.as_deref()?))),
        &text.spans,
    ))
}

/// What a linking did.
pub(crate) struct Relinked {
    pub(crate) linked: u64,
    pub(crate) merged: u64,
    pub(crate) split: u64,
    pub(crate) posts: u64,
    pub(crate) full: bool,
    pub(crate) attached: bool,
}

/// Links the posts stored since the last linking. With the linker's state in the store (its
/// corpus statistics and every linked post's keys) only their neighbourhood is linked again
/// ([`region`]); otherwise, or when asked, or when the neighbourhood is most of the store,
/// every current post. Carries earlier ids, records merges and splits.
fn relink(
    store: &mut Store,
    batch: i64,
    options: &IngestOptions,
    on_progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<Relinked, EngineError> {
    let config = &options.link;
    let prior = if options.full_relink {
        None
    } else {
        store.link_state()?.and_then(|b| TextStats::from_bytes(&b))
    };
    let Some(prior) = prior else {
        return link_posts(store, batch, config, None, on_progress);
    };
    // A neighbourhood is read by index lookups scattered over the file.
    store.set_mmap_mib(options.mmap_mib)?;
    let linked_through = store.linked_through()?;
    let new_pks = store.current_pks_after(linked_through)?;
    let total = store.current_posts()?;
    let cap = (options.max_region_fraction * total as f64) as usize;
    let closed_cap = ((options.max_closed_fraction * total as f64) as usize)
        .max(options.min_closed_posts)
        .min(cap);
    let may_attach = (store.attached_posts()? + new_pks.len() as u64) as f64
        <= options.max_attached_fraction * total as f64;
    let caps = RegionCaps {
        closed: closed_cap,
        direct: cap,
        per_network: options.attach_per_network,
    };
    let mut made = Made::new();
    let found = region(store, &new_pks, config, &prior, caps, &mut made)?;
    let part = |pks| Neighbourhood {
        pks,
        made,
        prior,
        linked_through,
    };
    match found {
        Region::Closed(pks) => link_posts(store, batch, config, Some(part(pks)), on_progress),
        Region::Direct(pks) if may_attach => {
            crate::attach::attach(store, batch, config, part(pks), on_progress)
        }
        Region::Direct(_) | Region::Everything => {
            link_posts(store, batch, config, None, on_progress)
        }
    }
}

/// The part of the store a batch is linked with ([`region`]).
enum Region {
    /// Closed over whole networks: linked as if it were the whole store.
    Closed(Vec<i64>),
    /// The closure passed its cap; the new posts, the posts they meet directly and those
    /// sharing a linked key with a new post (not their whole networks; of each stored
    /// network, a few per key and per photo: [`IngestOptions::attach_per_network`]): what an
    /// attachment links.
    Direct(Vec<i64>),
    /// Not worth telling apart: link everything.
    Everything,
}

/// With `PLAINSIGHT_LINK_TRACE=1`, which post each index of the linker's trace is
/// (`trace post INDEX ID`): a store links posts in the order it reads them back, not in any
/// input's order. Ids only, never a value.
pub(crate) fn trace_posts(linker: &Linker) {
    if std::env::var_os("PLAINSIGHT_LINK_TRACE").is_some() {
        for p in 0..linker.len() {
            eprintln!("trace post {p} {}", linker.id(p));
        }
    }
}

/// A line on stderr for `PLAINSIGHT_REGION=1` (how a neighbourhood was found, and when).
pub(crate) fn trace(t0: std::time::Instant, what: std::fmt::Arguments) {
    if std::env::var_os("PLAINSIGHT_REGION").is_some() {
        eprintln!("region [{:.2}s]: {what}", t0.elapsed().as_secs_f64());
    }
}

/// An LSH bucket a new post falls in: the new posts (probe index, id), then the stored posts'
/// pks.
type Bucket = (Vec<(usize, String)>, Vec<i64>);

/// The neighbourhood of the new posts `new_pks`, as current post pks (ascending): the new
/// posts; every current post sharing a key the linker links on with one (own domains
/// included, addresses on a post's own site left out), holding an image within the
/// linker's photo distance of one of theirs, a near-duplicate of one that it meets in an LSH
/// bucket (as the last linking's statistics judge their wording; verified by exact Jaccard),
/// or sharing a persona key (a name in a city) with one; then, until nothing changes, the
/// whole networks of those posts and every post sharing such a key with any of them
/// (so selector co-occurrence, posters and spreads are counted as on the whole store).
/// Selectors and photos the last linking held back for good (`prior.held`: footers, stock
/// photos) are not followed; the linker starts from their recorded spread instead. When the
/// closure grows past `caps.closed` posts, the first step of it (the posts met directly and
/// those sharing a linked key with a new post, without whole networks, a few of each stored
/// network per photo and per key: [`sample_per_network`]) if that is within `caps.direct`;
/// else [`Region::Everything`].
fn region(
    store: &Store,
    new_pks: &[i64],
    config: &LinkConfig,
    prior: &TextStats,
    caps: RegionCaps,
    made: &mut Made,
) -> Result<Region, EngineError> {
    let RegionCaps {
        closed: closed_cap,
        direct: cap,
        per_network,
    } = caps;
    let t0 = std::time::Instant::now();
    let mut probe = Linker::new(LinkConfig {
        keep_tokens: false,
        summarize: false,
        ..config.clone()
    });
    let mut images: Vec<plainsight_core::PdqHash> = Vec::new();
    // Each new post's non-stock shingles, in the probe's order.
    let mut new_kept: Vec<Vec<u32>> = Vec::new();
    // Read a chunk at a time, their features made on the pool (one thread made them while
    // the other waited: 0.24 s of the stress batch's neighbourhood), added in order.
    // The new posts' features are kept for the linking of the neighbourhood, unless the
    // batch is large (then the neighbourhood is most likely the whole store, and each post's
    // features are a few kilobytes).
    let carry = new_pks.len() <= CARRY_POSTS;
    let mut add = |chunk: Vec<StoredPost>| -> Result<(), plainsight_store::StoreError> {
        let built: Vec<(i64, PostFeatures, PostRisk, Vec<u32>)> = chunk
            .into_par_iter()
            .map(|sp| {
                let pk = sp.pk;
                let (f, r) = features(sp)?;
                let kept = prior.kept(config, &f.shingles);
                Ok((pk, f, r, kept))
            })
            .collect::<Result<_, plainsight_store::StoreError>>()?;
        for (pk, f, r, kept) in built {
            let images_of = f.images.clone();
            if carry {
                made.push((pk, f.clone(), r));
            }
            if probe.add(f).is_ok() {
                images.extend(images_of);
                new_kept.push(kept);
            }
        }
        Ok(())
    };
    let mut pending: Vec<StoredPost> = Vec::new();
    store.for_each_current_in(Some(new_pks), |sp| {
        pending.push(sp);
        if pending.len() >= FEATURES_CHUNK {
            add(std::mem::take(&mut pending))?;
        }
        Ok(())
    })?;
    add(pending)?;
    // (band, key) → the new posts (probe index, id) in that bucket, then the stored posts.
    let mut buckets: rustc_hash::FxHashMap<(usize, u32), Bucket> = Default::default();
    for (p, keys) in probe.band_keys(prior).into_iter().enumerate() {
        for (b, k) in keys.into_iter().flatten().enumerate() {
            buckets
                .entry((b, k))
                .or_default()
                .0
                .push((p, probe.id(p).to_string()));
        }
    }
    trace(t0, format_args!("new posts read"));
    let persona_set: rustc_hash::FxHashSet<u32> = (0..probe.len())
        .flat_map(|p| probe.persona_keys(p, true))
        .collect();
    drop(probe);
    // Which posts are current, read once: nothing is written while the region is found.
    let current = store.current_set()?;
    // The photos and the keys the new posts share are looked up on a second connection, on
    // the pool beside the wording below (the two are independent, and each leaves a core
    // idle for much of its time: SQLite reads on one thread, then CPU on both).
    let side = Side {
        store: store.reader()?,
        current: &current,
        new_pks,
        images,
        config,
        prior,
        per_network,
        t0,
    };
    let mut beside: Option<Result<Beside, EngineError>> = None;
    let mut region: BTreeSet<i64> = new_pks.iter().copied().collect();
    let text = rayon::in_place_scope(|scope| {
        let out = &mut beside;
        scope.spawn(move |_| *out = Some(side.run()));
        Wording {
            new_kept,
            buckets,
            persona_set,
        }
        .meet(store, &current, config, prior, &mut region, t0)
    });
    let Beside {
        met_by_photo,
        new_shared,
        mut seen_values,
        networks,
    } = beside.expect("a scope returns when its tasks are done")?;
    text?;
    // The posts met by wording and persona; those met by a photo are kept apart with the
    // photo that met them, which an attachment samples them by.
    let met_by_text = region.clone();
    region.extend(met_by_photo.iter().map(|(pk, _)| *pk));
    trace(t0, format_args!("{} after photos", region.len()));
    let direct = || -> Result<Region, EngineError> {
        let mut d = met_by_text.clone();
        let met: Vec<(i64, Via)> = met_by_photo
            .iter()
            .chain(new_shared.iter())
            .copied()
            .collect();
        let met_posts = met.len();
        sample_per_network(met, per_network, &networks, &mut d);
        trace(
            t0,
            format_args!(
                "direct neighbourhood {} ({met_posts} photo and key meetings, at most \
                 {per_network} a stored network each)",
                d.len()
            ),
        );
        Ok(if d.len() <= cap {
            Region::Direct(d.into_iter().collect())
        } else {
            Region::Everything
        })
    };
    let mut frontier: Vec<i64> = region.iter().copied().collect();
    let mut first = true;
    while !frontier.is_empty() {
        if region.len() > closed_cap {
            return direct();
        }
        // The step below takes in the whole networks of the frontier: when their stored sizes
        // alone pass the cap of a closed region, the region will, and the step (the longest
        // part of finding a large region: 69 of 118 s for 10,000 stress posts into
        // 1,000,000) is not spent.
        if store.network_reach(&frontier)? as usize > closed_cap {
            trace(
                t0,
                format_args!("the networks of {} posts pass the cap", frontier.len()),
            );
            return direct();
        }
        let mut grown: Vec<i64> = sharing(store, &current, &frontier, &mut seen_values, t0)?
            .into_iter()
            .map(|(pk, _)| pk)
            .collect();
        if std::mem::take(&mut first) {
            grown.extend(new_shared.iter().map(|(pk, _)| *pk));
        }
        grown.extend(store.network_pks(&frontier)?);
        frontier = grown.into_iter().filter(|pk| region.insert(*pk)).collect();
        trace(t0, format_args!("{} (+{})", region.len(), frontier.len()));
    }
    if region.len() > closed_cap {
        return direct();
    }
    Ok(Region::Closed(region.into_iter().collect()))
}

/// New posts read before their features are made on the pool ([`region`]).
const FEATURES_CHUNK: usize = 4096;

/// The most new posts whose features [`region`] keeps for the linking after it ([`Made`]).
const CARRY_POSTS: usize = 100_000;

/// The part of the store a batch is linked with, against the statistics of the last linking
/// ([`link_posts`], `attach`).
pub(crate) struct Neighbourhood {
    /// The current posts linked (ascending).
    pub(crate) pks: Vec<i64>,
    /// The new posts' features as the region made them.
    pub(crate) made: Made,
    /// The statistics of the last linking.
    pub(crate) prior: TextStats,
    /// The last pk those statistics count: the posts after it are new.
    pub(crate) linked_through: i64,
}

/// Posts' features and evidence as made from the store (ascending pks): what [`region`]
/// made of the new posts, which the linking of their neighbourhood takes rather than reading
/// and making them again ([`read_back`]; attaching the stress batch of 10,000 to the 1M
/// store took 1.63–1.65 s instead of 1.89–1.90 s).
pub(crate) type Made = Vec<(i64, PostFeatures, PostRisk)>;

/// Stored candidates read before they are compared with the new posts on the pool
/// ([`Wording::meet`]).
const VERIFY_CHUNK: usize = 1024;

/// Chunks of candidates read ahead of their comparison at most ([`Wording::meet`]).
const VERIFY_AHEAD: usize = 8;

/// What the new posts of a batch are probed with by their wording: each one's non-stock
/// shingles (in probe order), the LSH buckets they fall in, and their persona keys.
struct Wording {
    new_kept: Vec<Vec<u32>>,
    buckets: rustc_hash::FxHashMap<(usize, u32), Bucket>,
    persona_set: rustc_hash::FxHashSet<u32>,
}

/// A bit for each of the new posts' band keys (hashed, false positives allowed): a stored
/// post's band key (a million stored posts, a band key each per band) is looked up in the
/// buckets only when its bit is set. Most fall in no new post's bucket, and the bits (1 MiB)
/// stay in cache where the buckets (a key and two lists each) do not.
struct KeyFilter {
    bits: Vec<u64>,
}

impl KeyFilter {
    /// 2^23 bits: the stress batch's 10,000 posts (148,038 buckets) set 146,748 of them, 1 in
    /// 57.
    const BITS: u32 = 23;

    fn slot(band: usize, key: u32) -> usize {
        let h = (key ^ (band as u32).wrapping_mul(0x9E37_79B9)).wrapping_mul(0x85EB_CA77);
        (h >> (32 - Self::BITS)) as usize
    }

    fn of(keys: impl Iterator<Item = (usize, u32)>) -> Self {
        let mut bits = vec![0u64; (1usize << Self::BITS) / 64];
        for (band, key) in keys {
            let at = Self::slot(band, key);
            bits[at / 64] |= 1 << (at % 64);
        }
        KeyFilter { bits }
    }

    fn may_hold(&self, band: usize, key: u32) -> bool {
        let at = Self::slot(band, key);
        self.bits[at / 64] & (1 << (at % 64)) != 0
    }
}

impl Wording {
    /// Adds to `region` (the new posts) the current posts sharing a persona key with a new
    /// post, and those meeting one in an LSH bucket that are near-duplicates of it ([`region`]).
    fn meet(
        self,
        store: &Store,
        current: &plainsight_store::PostSet,
        config: &LinkConfig,
        prior: &TextStats,
        region: &mut BTreeSet<i64>,
        t0: std::time::Instant,
    ) -> Result<(), EngineError> {
        let Wording {
            new_kept,
            mut buckets,
            persona_set,
        } = self;
        let region_new = region.len();
        let mut by_keys = (0usize, 0usize);
        let filter = KeyFilter::of(buckets.keys().copied());
        // Near-duplicate and persona candidates, from the keys the store keeps.
        store.for_each_link_key(current, |pk, bands, personas| {
            for (b, k) in bands.chunks_exact(4).enumerate() {
                let k = u32::from_le_bytes([k[0], k[1], k[2], k[3]]);
                if !filter.may_hold(b, k) {
                    continue;
                }
                if let Some(bucket) = buckets.get_mut(&(b, k)) {
                    bucket.1.push(pk);
                }
            }
            let persona_hit = personas
                .chunks_exact(4)
                .any(|k| persona_set.contains(&u32::from_le_bytes([k[0], k[1], k[2], k[3]])));
            if persona_hit {
                by_keys.1 += region.insert(pk) as usize;
            }
        })?;
        trace(t0, format_args!("stored keys scanned"));
        // The stored posts a new one is compared with: in a bucket the linker compares
        // all-pairs, every one; in a larger one, compared by a window in id order, those within
        // the window of the new post. Stored pairs were judged by the last linking; what a new
        // post can change is its own pairs, so a candidate joins the region only when it is a
        // near-duplicate of a new post it meets (exact Jaccard of non-stock shingles, as the
        // linker confirms a pair), not for sharing a band key by chance or by stock wording.
        let mut candidates: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
        let large = |(new, stored): &Bucket| new.len() + stored.len() > config.bucket_all_pairs;
        let mut windowed: Vec<i64> = buckets
            .values()
            .filter(|b| large(b))
            .flat_map(|b| b.1.iter().copied())
            .collect();
        windowed.sort_unstable();
        windowed.dedup();
        let ids = store.ids_of(&windowed)?;
        for bucket in buckets.into_values() {
            let small = !large(&bucket);
            let (new, stored) = bucket;
            if small {
                for pk in &stored {
                    let c = candidates.entry(*pk).or_default();
                    c.extend(new.iter().map(|(p, _)| *p));
                }
                continue;
            }
            let mut stored: Vec<(&str, i64)> = stored
                .iter()
                .filter_map(|pk| Some((ids.get(pk)?.as_str(), *pk)))
                .collect();
            stored.sort();
            for (p, id) in &new {
                let at = stored.partition_point(|(s, _)| *s < id.as_str());
                let lo = at.saturating_sub(config.bucket_window);
                let hi = (at + config.bucket_window).min(stored.len());
                for (_, pk) in &stored[lo..hi] {
                    candidates.entry(*pk).or_default().push(*p);
                }
            }
        }
        trace(
            t0,
            format_args!("{} stored candidates by band keys", candidates.len()),
        );
        let pks: Vec<i64> = candidates
            .keys()
            .copied()
            .filter(|pk| !region.contains(pk))
            .collect();
        // Candidates whose stock shingles had to be filtered out (a trace's figure).
        let filtered = std::sync::atomic::AtomicUsize::new(0);
        // A candidate's pk when it is a near-duplicate of a new post it met.
        let near = |sp: PostText| -> Result<Option<i64>, plainsight_store::StoreError> {
            let pk = sp.pk;
            let all = shingles(sp)?;
            // Its stock shingles are filtered out only when the shingles it shares with a new
            // post do not decide (`near_by_shared`): 58 % of the stress batch's 158,497
            // candidates are told apart by them alone.
            let mut kept: Option<Vec<u32>> = None;
            let t = config.near_dup_jaccard;
            Ok(candidates.get(&pk).and_then(|c| {
                c.iter()
                    .any(|&p| {
                        let new = &new_kept[p];
                        near_by_shared(&all, new, config.min_shingles, t).unwrap_or_else(|| {
                            let kept = kept.get_or_insert_with(|| {
                                filtered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                                prior.kept(config, &all)
                            });
                            jaccard_at_least(
                                kept.iter().copied(),
                                new.iter().copied(),
                                kept.len(),
                                new.len(),
                                t,
                            )
                            .is_some()
                        })
                    })
                    .then_some(pk)
            }))
        };
        // The candidates are compared a chunk at a time on the pool while the next chunk is
        // read: reading and comparing in turn left a core idle while the connection read.
        let verified: std::sync::Mutex<Result<Vec<i64>, plainsight_store::StoreError>> =
            std::sync::Mutex::new(Ok(Vec::new()));
        let compare = |chunk: Vec<PostText>| {
            let found: Result<Vec<i64>, _> = chunk
                .into_iter()
                .filter_map(|sp| near(sp).transpose())
                .collect();
            let mut all = verified.lock().unwrap_or_else(|e| e.into_inner());
            match (&mut *all, found) {
                (Ok(all), Ok(found)) => all.extend(found),
                (Ok(_), Err(e)) => *all = Err(e),
                (Err(_), _) => {}
            }
        };
        // Chunks read and not compared yet: past a few, the reader compares its chunk itself
        // (the candidates read ahead are held in memory).
        let waiting = std::sync::atomic::AtomicUsize::new(0);
        rayon::in_place_scope(|scope| {
            let (compare, waiting) = (&compare, &waiting);
            let mut pending: Vec<PostText> = Vec::new();
            let read = store.for_each_current_text_in(&pks, |sp| {
                pending.push(sp);
                if pending.len() >= VERIFY_CHUNK {
                    let chunk = std::mem::take(&mut pending);
                    if waiting.load(std::sync::atomic::Ordering::Relaxed) >= VERIFY_AHEAD {
                        compare(chunk);
                    } else {
                        waiting.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        scope.spawn(move |_| {
                            compare(chunk);
                            waiting.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
                        });
                    }
                }
                Ok(())
            });
            compare(pending);
            read
        })?;
        let verified = verified.into_inner().unwrap_or_else(|e| e.into_inner())?;
        let unverified = pks.len() - verified.len();
        for pk in verified {
            by_keys.0 += region.insert(pk) as usize;
        }
        trace(
            t0,
            format_args!(
                "new {} after keys {} (bands {} of {} candidates, {} filtered, personas {})",
                region_new,
                region.len(),
                by_keys.0,
                by_keys.0 + unverified,
                filtered.into_inner(),
                by_keys.1
            ),
        );
        Ok(())
    }
}

/// The photo and key half of a neighbourhood ([`region`]), on its own connection.
struct Side<'a> {
    store: Store,
    current: &'a plainsight_store::PostSet,
    new_pks: &'a [i64],
    /// The new posts' photos.
    images: Vec<plainsight_core::PdqHash>,
    config: &'a LinkConfig,
    prior: &'a TextStats,
    /// Posts an attachment takes of each stored network per photo and per key
    /// (`RegionCaps::per_network`).
    per_network: usize,
    t0: std::time::Instant,
}

/// What [`Side::run`] found.
struct Beside {
    /// Stored posts holding a near copy of a new photo, with the photo.
    met_by_photo: Vec<(i64, Via)>,
    /// Stored posts sharing a linked key with a new post ([`sharing`]).
    new_shared: Vec<(i64, Via)>,
    /// The values followed so far (and those held back for good).
    seen_values: BTreeSet<String>,
    /// The stored networks of the posts met by a photo or a key, which an attachment samples
    /// them by ([`sample_per_network`]).
    networks: HashMap<i64, String>,
}

impl Side<'_> {
    fn run(self) -> Result<Beside, EngineError> {
        let Side {
            store,
            current,
            new_pks,
            mut images,
            config,
            prior,
            per_network,
            t0,
        } = self;
        // Photos. A new photo within the distance of one the last linking held back (a stock
        // photo) is held too, whatever else it is near: its posts are not followed.
        let held = &prior.held;
        if !held.images.is_empty() && !images.is_empty() {
            let stock: Vec<plainsight_core::PdqHash> = held.images.iter().map(|e| e.0).collect();
            // The new photos in the table, the held ones streamed past it (96,032 held against
            // 7,801 new on the stress batch: the other way round took a second).
            let near: HashSet<usize> =
                plainsight_link::image::near_any_new(&images, &stock, config.image_distance)
                    .into_iter()
                    .collect();
            images = images
                .into_iter()
                .enumerate()
                .filter(|(i, _)| !near.contains(i))
                .map(|(_, h)| h)
                .collect();
            trace(
                t0,
                format_args!("{} new photos past {} held", images.len(), stock.len()),
            );
        }
        let mut met_by_photo: Vec<(i64, Via)> = Vec::new();
        if !images.is_empty() {
            let (pks, hashes) = store.current_image_columns(current)?;
            trace(t0, format_args!("{} stored images read", hashes.len()));
            for (j, i) in
                plainsight_link::image::near_pairs(&images, &hashes, config.image_distance)
            {
                met_by_photo.push((pks[j], Via::Photo(i)));
            }
        }
        // Selectors and whole networks, to a fixed point. Only the keys the linker links on are
        // followed (`features::linked_keys`): an address or page on a post's own site is the
        // site's and links nothing, and an own domain links every address and page under it. A
        // key the last linking held back (a footer, a link hub) is not followed either: it links
        // nothing, and the linker starts from the spread it had.
        let mut seen_values: BTreeSet<String> = held.selectors.keys().cloned().collect();
        // The posts sharing a linked key with a new post, looked up once: the first step of the
        // closure takes them in, and they are what an attachment links besides the posts met so
        // far when the closure passes its cap (a few of each stored network per key, the
        // neighbours' other selectors and networks left out).
        let new_shared = sharing(&store, current, new_pks, &mut seen_values, t0)?;
        let networks = if per_network == usize::MAX {
            HashMap::new()
        } else {
            let mut sampled: Vec<i64> = met_by_photo
                .iter()
                .chain(new_shared.iter())
                .filter(|(_, via)| *via != Via::Other)
                .map(|(pk, _)| *pk)
                .collect();
            sampled.sort_unstable();
            sampled.dedup();
            store.networks_of_pks(&sampled)?
        };
        trace(
            t0,
            format_args!("stored networks of {} posts met", networks.len()),
        );
        Ok(Beside {
            met_by_photo,
            new_shared,
            seen_values,
            networks,
        })
    }
}

/// The caps of a batch's neighbourhood ([`region`]).
#[derive(Clone, Copy)]
struct RegionCaps {
    /// Posts a neighbourhood closed over whole networks may hold.
    closed: usize,
    /// Posts the direct neighbourhood may hold.
    direct: usize,
    /// [`IngestOptions::attach_per_network`].
    per_network: usize,
}

/// What a stored post of a direct neighbourhood was met through.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Via {
    /// A key the linker links on, shared with a new post (its order among the keys one
    /// [`sharing`] followed).
    Key(usize),
    /// The new photo (its index among the batch's photos) it holds a near copy of.
    Photo(usize),
    /// Something not sampled by (an account, an ambiguous number's reading).
    Other,
}

/// Adds the stored posts `met` to `region`: of each stored network, at most `per_network`
/// posts per key or photo they were met through (those stored last); every post in no
/// network, and every post met through [`Via::Other`]. An attachment joins whole stored
/// networks as units, so the evidence a new post shares with a network is there through a
/// few of its posts (`IngestOptions::attach_per_network`, `docs/store.md`). `networks` are
/// the stored networks of the posts met, looked up beside the wording ([`Side::run`]: on one
/// thread after it, they took 0.24 s of a 6 s attachment).
fn sample_per_network(
    met: Vec<(i64, Via)>,
    per_network: usize,
    networks: &HashMap<i64, String>,
    region: &mut BTreeSet<i64>,
) {
    if per_network == usize::MAX {
        region.extend(met.into_iter().map(|(pk, _)| pk));
        return;
    }
    let mut by_unit: HashMap<(Via, &str), Vec<i64>> = HashMap::new();
    for (pk, via) in met {
        match networks.get(&pk) {
            Some(net) if via != Via::Other => {
                by_unit.entry((via, net.as_str())).or_default().push(pk)
            }
            _ => {
                region.insert(pk);
            }
        }
    }
    for mut pks in by_unit.into_values() {
        pks.sort_unstable_by(|a, b| b.cmp(a));
        pks.dedup();
        region.extend(pks.into_iter().take(per_network));
    }
}

// The store files its numbers under as many last digits as a written number's endings have.
const _: () = assert!(plainsight_link::features::NUMBER_ENDING == plainsight_store::NUMBER_TAIL);

/// The current posts (`current`, `Store::current_set`) sharing a key the linker links on with
/// a post of `posts`, leaving out the keys in `seen` (and adding those followed now to it),
/// each with what it shares: their selectors' keys and their accounts on their sites
/// (`Post::account`, a column of the store). A reading of an ambiguous national number is
/// such a key both ways (the linker may give it to its post when other posts give it as
/// their number): the posts giving a reading of one of `posts`, and the posts with a reading
/// that is one of their keys. A post sharing several keys is listed once per key.
fn sharing(
    store: &Store,
    current: &plainsight_store::PostSet,
    posts: &[i64],
    seen: &mut BTreeSet<String>,
    t0: std::time::Instant,
) -> Result<Vec<(i64, Via)>, EngineError> {
    let plainsight_store::RegionKeys {
        uses,
        readings,
        accounts,
        national,
    } = store.keys_of(posts)?;
    let accounts: Vec<String> = accounts
        .into_iter()
        .filter(|a| seen.insert(a.clone()))
        .collect();
    let keys: Vec<SelectorKey> = linked_uses(uses)
        .into_iter()
        .filter(|(_, k)| seen.insert(k.value.clone()))
        .map(|(_, k)| k)
        .collect();
    let readings: Vec<String> = readings
        .into_iter()
        .filter(|v| seen.insert(v.clone()))
        .collect();
    let mut values: Vec<String> = keys.iter().map(|k| k.value.clone()).collect();
    let mut read_by = store.ambiguous_posts_with_values(&values)?;
    let domains: Vec<&str> = keys
        .iter()
        .filter(|k| plainsight_link::domain::is_prefix_key(k))
        .map(|k| k.value.as_str())
        .collect();
    trace(t0, format_args!("keys of the posts"));
    let under = plainsight_link::domain::UnderAny::new(domains.iter().copied());
    if !under.is_empty() {
        // The values under them, as URLs (ranges of the value index) and as addresses.
        let mut found = store.values_in_ranges(&under.value_ranges())?;
        found.extend(store.addresses_at(&under.mail_domains())?);
        found.retain(|v| under.contains(v));
        found.sort();
        found.dedup();
        values.extend(found);
    }
    values.extend(readings.iter().cloned());
    trace(t0, format_args!("keys and readings"));
    // A number written without its country code is the number of other posts it is the home
    // writing of (the linker gives it to its post): the stored numbers the new digits write,
    // followed as keys, and below the stored posts writing the new numbers so.
    let written = plainsight_link::features::WrittenAtHome::new(
        national
            .iter()
            .filter(|d| seen.insert(format!("written:{d}"))),
    );
    // The stored numbers ending as the digits do, asked of them.
    let mut homes: Vec<String> = store.numbers_ending(&written.endings())?;
    homes.retain(|v| !written.writings_of(v).is_empty());
    homes.sort();
    homes.dedup();
    homes.retain(|v| seen.insert(v.clone()));
    values.extend(homes.iter().cloned());
    trace(
        t0,
        format_args!("{} stored numbers written at home", homes.len()),
    );
    // (digits, number): the home writings of the new keys' numbers. A post writing one and
    // holding the number already gains nothing by it; one that does not is the number's
    // sharer as its holders are (sampled with them).
    let writings: Vec<(String, String)> = keys
        .iter()
        .filter(|k| k.kind == plainsight_core::SelectorKind::Phone)
        .flat_map(|k| {
            plainsight_link::features::home_writings(&k.value)
                .into_iter()
                .map(|f| (f, k.value.clone()))
        })
        .filter(|(f, _)| seen.insert(format!("national:{f}")))
        .collect();
    let writers = store.posts_writing_without(&writings)?;
    trace(
        t0,
        format_args!(
            "{} stored posts writing the keys' {} numbers at home",
            writers.len(),
            writings.len()
        ),
    );
    values.sort();
    values.dedup();
    trace(
        t0,
        format_args!(
            "{} linked keys ({} domains), {} readings, {} accounts",
            keys.len(),
            domains.len(),
            readings.len(),
            accounts.len(),
        ),
    );
    // Each key followed, numbered: what its sharers are sampled by in an attachment.
    let mut wanted: HashMap<&str, usize> = HashMap::new();
    for v in keys
        .iter()
        .map(|k| k.value.as_str())
        .chain(readings.iter().map(String::as_str))
        .chain(homes.iter().map(String::as_str))
    {
        let n = wanted.len();
        wanted.entry(v).or_insert(n);
    }
    // A number in full is linked as itself whatever holds it: its sharers come from the
    // index of values alone; the rest with their selectors and sites (`linked_uses`).
    let (itself, other): (Vec<String>, Vec<String>) = values
        .into_iter()
        .partition(|v| plainsight_link::features::linked_as_itself(v));
    let mut grown: Vec<(i64, Via)> = linked_uses(store.selector_uses_with_values(&other)?)
        .into_iter()
        .filter_map(|(pk, k)| Some((pk, Via::Key(*wanted.get(k.value.as_str())?))))
        .chain(
            store
                .current_posts_with_values(current, &itself)?
                .into_iter()
                .filter_map(|(pk, i)| Some((pk, Via::Key(*wanted.get(itself[i].as_str())?)))),
        )
        .chain(
            writers
                .into_iter()
                .filter_map(|(pk, i)| Some((pk, Via::Key(*wanted.get(writings[i].1.as_str())?)))),
        )
        .collect();
    grown.sort_unstable();
    grown.dedup();
    grown.extend(read_by.drain(..).map(|pk| (pk, Via::Other)));
    grown.extend(
        store
            .posts_with_accounts(&accounts)?
            .into_iter()
            .map(|pk| (pk, Via::Other)),
    );
    trace(t0, format_args!("{} posts share them", grown.len()));
    Ok(grown)
}

/// The keys the linker links each post on (`features::linked_keys`), from its stored
/// selectors (`uses`, in post order) and where it was taken from: (post pk, key), the keys of
/// a post sorted and distinct.
fn linked_uses(uses: Vec<plainsight_store::SelectorUse>) -> Vec<(i64, SelectorKey)> {
    let mut out = Vec::new();
    for post in uses.chunk_by(|a, b| a.post == b.post) {
        let keys = post
            .iter()
            .map(|u| SelectorKey::from_selector(&u.selector))
            .collect();
        let first = &post[0];
        for k in plainsight_link::features::linked_keys(
            keys,
            first.site.as_deref(),
            first.url.as_deref(),
        ) {
            out.push((first.post, k));
        }
    }
    out
}

/// Links the current posts: all of them from scratch (`part` `None`), or a region of them
/// against the statistics of the last linking (`part`: the region's pks, those statistics,
/// and the last pk they count). Writes the result, the linker's state and the events.
fn link_posts(
    store: &mut Store,
    batch: i64,
    config: &LinkConfig,
    part: Option<Neighbourhood>,
    on_progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<Relinked, EngineError> {
    let t0 = std::time::Instant::now();
    let last = store.last_pk()?;
    // The networks the linked posts were in: every post's for a linking of everything, the
    // region's own for a region (ids are carried, and merges and splits told, from its posts
    // alone; the largest number ever given is kept apart). Reading every membership made a
    // one-post batch into a store of a million posts take 2.1-2.2 s instead of 0.9-1.1 s.
    let previous = match &part {
        Some(n) => store.memberships_of(&n.pks)?,
        None => store.memberships()?,
    };
    let (mut linker, pks, counted_through, made) = match part {
        Some(Neighbourhood {
            pks,
            made,
            prior,
            linked_through: through,
        }) => (
            Linker::with_prior(config.clone(), prior),
            Some(pks),
            through,
            made,
        ),
        None => (Linker::new(config.clone()), None, i64::MAX, Made::new()),
    };
    let total = match &pks {
        Some(p) => p.len() as u64,
        None => store.current_posts()?,
    };
    on_progress(Progress::Linking(total));
    let mut codes = Codes::default();
    // Posts the prior statistics count (linked before) are not counted again.
    let (linked_pks, risks): (Vec<i64>, Vec<KeptRisk>) = read_back(
        store,
        pks.as_deref(),
        made,
        |pk| pks.is_some() && pk <= counted_through,
        &mut linker,
        on_progress,
        |_, r| codes.keep(r),
    )?
    .into_iter()
    .unzip();
    trace(t0, format_args!("{} posts read back", linked_pks.len()));
    trace_posts(&linker);
    let mut linking = linker.link();
    trace(t0, format_args!("linked"));
    linking.carry_ids(&previous, store.max_network_number()? as usize);
    let events = events(&previous, &linking);
    let merged = events.iter().filter(|e| e.kind == EventKind::Merge).count() as u64;
    let split = events.len() as u64 - merged;
    // Each network scored and written with its tally (ids and events do not depend on risk).
    let rows: Vec<NetworkRow> = linking
        .networks
        .par_iter_mut()
        .map(|n| {
            let tally = tally_of(n, &risks, &codes.names);
            score_by_tally(n, &tally);
            row_of(n, &tally)
        })
        .collect();
    trace(t0, format_args!("scored, {} summaries", rows.len()));
    // The linker's state: its statistics and each linked post's keys.
    let stats = linking.stats.to_bytes();
    let state = LinkState {
        stats: &stats,
        keys: keys_of(&linker, &linking, &linked_pks, |_| true),
    };
    trace(t0, format_args!("keys of {} posts", state.keys.len()));
    let old: Vec<String> = match &pks {
        Some(_) => linking
            .assignments()
            .filter_map(|(id, _)| previous.get(id).cloned())
            .collect::<BTreeSet<String>>()
            .into_iter()
            .collect(),
        None => Vec::new(),
    };
    store.put_relinking(
        batch,
        pks.as_deref().map(|p| (p, old.as_slice())),
        linking.assignments(),
        &rows,
        &events,
        last,
        Some(state),
    )?;
    trace(t0, format_args!("written"));
    on_progress(Progress::Linked);
    Ok(Relinked {
        linked: store.network_count()?,
        merged,
        split,
        posts: linked_pks.len() as u64,
        full: pks.is_none(),
        attached: false,
    })
}

/// A network as the store keeps it: its summary as JSON.
pub(crate) fn row_of(n: &Network, tally: &NetworkTally) -> NetworkRow {
    NetworkRow {
        id: n.network.clone(),
        size: n.size as u64,
        risk: n.risk,
        summary: serde_json::to_string(n).unwrap_or_else(|_| "{}".into()),
        tally: serde_json::to_string(tally).ok(),
    }
}

/// Reads the current posts `pks` (every current post if `None`) back into `linker`, in
/// storage order, four thousand at a time with their features built on the pool; `known`
/// says which the linker's prior statistics count already (added with
/// [`Linker::add_known`], with what the last linking found of the post's poster's photos:
/// `PostFeatures::large_photo_family`, `PostFeatures::crowded_photo_family`,
/// `PostFeatures::shows_others_pictures`). `keep` is called with each post's
/// features and evidence before it is added; what it returns is kept, with the post's pk, for
/// the posts the linker took. The posts of `made` among `pks` are taken as made, not read.
pub(crate) fn read_back<T>(
    store: &Store,
    pks: Option<&[i64]>,
    made: Made,
    known: impl Fn(i64) -> bool,
    linker: &mut Linker,
    on_progress: &mut (dyn FnMut(Progress) + Send),
    mut keep: impl FnMut(&PostFeatures, PostRisk) -> T,
) -> Result<Vec<(i64, T)>, EngineError> {
    type Built = Result<Vec<(i64, PostFeatures, PostRisk)>, plainsight_store::StoreError>;
    let mut out: Vec<(i64, T)> = Vec::new();
    let mut prepared = 0u64;
    let photo_flags = match pks {
        Some(_) => store.photo_flags()?,
        None => HashMap::new(),
    };
    // The posts of `made` that are wanted, and the rest, read (both lists ascending).
    let (made, read): (Made, Option<Vec<i64>>) = match pks {
        Some(pks) => {
            debug_assert!(pks.is_sorted() && made.is_sorted_by_key(|m| m.0));
            let made: Made = made
                .into_iter()
                .filter(|m| pks.binary_search(&m.0).is_ok())
                .collect();
            let read = pks
                .iter()
                .copied()
                .filter(|pk| made.binary_search_by_key(pk, |m| m.0).is_err())
                .collect();
            (made, Some(read))
        }
        None => (Made::new(), None),
    };
    let mut made = made.into_iter().peekable();
    let mut add_one = |pk: i64, mut f: PostFeatures, r: PostRisk| {
        let kept = keep(&f, r);
        let added = if known(pk) {
            let flags = photo_flags.get(&pk).copied().unwrap_or(0);
            f.large_photo_family = flags & plainsight_store::PHOTO_LARGE_FAMILY != 0;
            f.crowded_photo_family = flags & plainsight_store::PHOTO_CROWDED_FAMILY != 0;
            f.shows_others_pictures = flags & plainsight_store::PHOTO_OTHERS_PICTURES != 0;
            linker.add_known(f)
        } else {
            linker.add(f)
        };
        if added.is_ok() {
            out.push((pk, kept));
        }
    };
    // Each post in storage order: the made ones between those read, and with the last batch
    // (`last`) the made ones after it.
    let mut add = |done: Built, last: bool| -> Result<(), plainsight_store::StoreError> {
        let done = done?;
        prepared += done.len() as u64;
        for (pk, f, r) in done {
            while let Some((m, f, r)) = made.next_if(|m| m.0 < pk) {
                prepared += 1;
                add_one(m, f, r);
            }
            add_one(pk, f, r);
        }
        if last {
            for (m, f, r) in made.by_ref() {
                prepared += 1;
                add_one(m, f, r);
            }
        }
        on_progress(Progress::Prepared(prepared));
        Ok(())
    };
    // Stages, each post in storage order: this thread reads the rows (the connection is its
    // own) and adds built features to the linker; builder threads, one per worker, build the
    // features of the batches read before, in turn. Built on the pool between the reading and
    // the adding, the pool waited at every batch for this thread's serial work (BENCHMARKS.md).
    let builders = rayon::current_num_threads().max(1);
    std::thread::scope(|scope| -> Result<(), EngineError> {
        let mut lanes = Vec::with_capacity(builders);
        for _ in 0..builders {
            let (to_build, rows) = std::sync::mpsc::sync_channel::<Vec<StoredPost>>(1);
            let (to_add, built) = std::sync::mpsc::sync_channel::<Built>(1);
            scope.spawn(move || {
                for batch in rows {
                    let done = batch
                        .into_iter()
                        .map(|sp| {
                            let pk = sp.pk;
                            features(sp).map(|(f, r)| (pk, f, r))
                        })
                        .collect();
                    if to_add.send(done).is_err() {
                        return;
                    }
                }
            });
            lanes.push((to_build, built));
        }
        // Batches sent (`sent`) and added (`added`); batch i goes to lane i % builders, and
        // each lane keeps its order, so the linker takes the batches in the order read.
        let (mut sent, mut added) = (0usize, 0usize);
        let mut take = |added: &mut usize| -> Result<(), plainsight_store::StoreError> {
            let lane = &lanes[*added % builders];
            *added += 1;
            match lane.1.recv() {
                Ok(done) => add(done, false),
                // A builder that stopped panicked; its panic is raised when the scope ends.
                Err(_) => Ok(()),
            }
        };
        let mut pending: Vec<StoredPost> = Vec::with_capacity(READ_BATCH);
        let read = store.for_each_current_in(read.as_deref(), |sp| {
            pending.push(sp);
            if pending.len() >= READ_BATCH {
                let batch = std::mem::replace(&mut pending, Vec::with_capacity(READ_BATCH));
                // Every lane holds at most two batches: one building, one built.
                if sent - added >= 2 * builders {
                    take(&mut added)?;
                }
                let _ = lanes[sent % builders].0.send(batch);
                sent += 1;
            }
            Ok(())
        });
        let mut result = read.map_err(EngineError::from);
        if result.is_ok() && !pending.is_empty() {
            let _ = lanes[sent % builders].0.send(std::mem::take(&mut pending));
            sent += 1;
        }
        while added < sent && result.is_ok() {
            result = take(&mut added).map_err(EngineError::from);
        }
        if result.is_ok() {
            result = add(Ok(Vec::new()), true).map_err(EngineError::from);
        }
        // Dropping the lanes stops the builders (a builder blocked on a full lane is freed).
        drop(lanes);
        result
    })?;
    Ok(out)
}

/// Stored posts read per batch by [`read_back`].
const READ_BATCH: usize = 4096;

/// The keys a store keeps of the linked posts `pks` (in the order they were added) that
/// `wanted` takes: their LSH band keys under the linking's statistics and their persona keys,
/// as little-endian `u32`s.
pub(crate) fn keys_of(
    linker: &Linker,
    linking: &Linking,
    pks: &[i64],
    wanted: impl Fn(usize) -> bool + Sync,
) -> Vec<(i64, Vec<u8>, Vec<u8>, u8)> {
    linker
        .band_keys(&linking.stats)
        .into_par_iter()
        .enumerate()
        .filter(|(i, _)| wanted(*i))
        .map(|(i, bands)| {
            let bands: Vec<u8> = bands
                .map(|b| b.iter().flat_map(|k| k.to_le_bytes()).collect())
                .unwrap_or_default();
            let personas: Vec<u8> = linker
                .persona_keys(i, false)
                .iter()
                .flat_map(|k| k.to_le_bytes())
                .collect();
            let flag = |posts: &[u32], flag: u8| {
                if posts.binary_search(&(i as u32)).is_ok() {
                    flag
                } else {
                    0
                }
            };
            let flags = flag(
                &linking.large_photo_family,
                plainsight_store::PHOTO_LARGE_FAMILY,
            ) | flag(
                &linking.crowded_photo_family,
                plainsight_store::PHOTO_CROWDED_FAMILY,
            ) | flag(
                &linking.shows_others_pictures,
                plainsight_store::PHOTO_OTHERS_PICTURES,
            );
            (pks[i], bands, personas, flags)
        })
        .collect()
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
