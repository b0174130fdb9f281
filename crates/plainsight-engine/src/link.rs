//! The `link` pipeline: ingest → extract (+ indicators for risk) → link.
//!
//! Posts are read in batches ([`crate::for_each_in_order`]: split on one thread, parsed on the pool);
//! each batch's features (selectors from the extractor, shingles,
//! image hashes, and the indicators' per-post evidence when risk is on) are computed in
//! parallel and added to one [`Linker`] in input order, so memory holds the compact features,
//! never the posts. After the last batch the linker links everything; each network's risk
//! comes from `plainsight_indicators::network_risk` over what the network shows (people,
//! phones, places over time, stated ages, one template for several people).
//!
//! Output: [`write_assignments`] (the contract's `{"id","network"}` lines, input order) and
//! [`write_out_dir`] (`networks.jsonl`, riskiest first, `networks.csv` and the offline HTML
//! page), all through `plainsight-output`, the one crate that writes run products, and never
//! through a symlink planted in the folder ([`write_file_in`]).

use crate::services::{movement_of_network, Referrer, HELP_PLACES, PER_CATEGORY};
use crate::{for_each_in_order_with, EngineError, FailedPost, Parallelism, RunSummary};
use plainsight_core::case::{Case, CasePost, CaseSelector};
use plainsight_core::network::{AmbiguousPhone, PhoneRegions};
use plainsight_core::{RegionSource, SelectorKind};
use plainsight_extract::{ExtractConfig, Extractor};
use plainsight_indicators::{
    network_risk_of, spec, Evaluator, NetworkTally, PostEvidence, Sighting,
};
use plainsight_ingest::{IngestError, PostReader, Summary};
use plainsight_link::{
    parse_rfc3339, IndicatorCount, LinkConfig, Linker, Linking, Network, PostFeatures, RiskPart,
};
use plainsight_output::help::Help;
use plainsight_output::ReportOptions;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// Hashes the image files a post names (`images`, relative to its input file's folder) and adds
/// their PDQ hashes to the post's features, beside any `image_hashes` the platform shared, so
/// recycled photos link posts whether the dump carries hashes or files. An unreadable image is
/// reported on stderr with the post's file and line and the image's path, and skipped; decoding
/// is bounded (`DecodeOptions` limits, panics caught per file) because images are hostile input.
///
/// A path inside a post is untrusted too: only a regular file that, with every symlink
/// resolved, lies inside the root (`images_root`, else the input file's folder) is opened.
/// Anything else (`../`, an absolute path, a symlink out of the folder, a FIFO, a device, a
/// missing file) gets one and the same message, so a post cannot probe the file system.
pub(crate) fn add_image_files(
    post: &plainsight_core::Post,
    root: Option<&Path>,
    features: &mut PostFeatures,
) {
    if post.images.is_empty() {
        return;
    }
    let folder = match post.source.file.as_str() {
        "" | "-" => Path::new("."),
        f => match Path::new(f).parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        },
    };
    let (Ok(base), Ok(bound)) = (folder.canonicalize(), root.unwrap_or(folder).canonicalize())
    else {
        eprintln!(
            "{}:{}: images skipped: their folder cannot be read",
            post.source.file, post.source.line
        );
        return;
    };
    let opts = plainsight_imagehash::DecodeOptions::default();
    for rel in post
        .images
        .iter()
        .take(plainsight_link::features::MAX_IMAGES)
    {
        let Some(path) = confined(&base, &bound, rel) else {
            eprintln!(
                "{}:{}: image {rel:?} skipped: not a regular file inside {}",
                post.source.file,
                post.source.line,
                bound.display()
            );
            continue;
        };
        match plainsight_imagehash::hash_file(&path, &opts) {
            Ok(out) => features.images.push(out.hash),
            Err(e) => eprintln!(
                "{}:{}: image {rel:?} skipped: {e}",
                post.source.file, post.source.line
            ),
        }
    }
    features.images.sort();
    features.images.dedup();
    features
        .images
        .truncate(plainsight_link::features::MAX_IMAGES);
}

/// `rel` resolved against the canonical input folder `base`: `Some` only for a regular file
/// whose canonical path (symlinks followed) lies inside the canonical `bound`. Checked before
/// anything is opened, so a FIFO never blocks the run and a device is never read.
fn confined(base: &Path, bound: &Path, rel: &str) -> Option<std::path::PathBuf> {
    let rel = Path::new(rel);
    if rel.is_absolute() {
        return None;
    }
    let path = base.join(rel).canonicalize().ok()?;
    if !path.starts_with(bound) {
        return None;
    }
    std::fs::metadata(&path).ok()?.is_file().then_some(path)
}

/// Settings of a link run.
#[derive(Clone, Debug, Default)]
pub struct LinkOptions {
    pub extract: ExtractConfig,
    pub parallelism: Parallelism,
    /// Stop at the first bad record.
    pub strict: bool,
    pub link: LinkConfig,
    /// Evaluate indicators per post and score each network's risk (otherwise risk stays
    /// neutral).
    pub risk: bool,
    /// The folder image files named in posts must lie inside (default: each input file's own
    /// folder).
    pub images_root: Option<std::path::PathBuf>,
}

/// What a link run produced.
#[derive(Debug)]
pub struct LinkOutcome {
    pub linking: Linking,
    /// Where phones' regions came from, and the ambiguous national numbers (kept when the
    /// linker summarizes, i.e. for `--out`; empty otherwise).
    pub phones: PhoneRegions,
    pub ingest: Summary,
    /// Posts linked (each has an output line), failed ones included.
    pub posts: u64,
    /// The run summary every command shares: read, written (posts linked), bad, failed (a
    /// stage panicked: the post is still given a network of its own), capped, skipped (a
    /// repeated id under `--no-duplicate-check`).
    pub summary: RunSummary,
    /// Each post's indicator codes and evidence, by post index (when risk was scored).
    scores: PostScores,
}

/// The posts' indicator codes and risk evidence kept for the case view.
#[derive(Debug, Default)]
struct PostScores {
    kept: Vec<KeptRisk>,
    names: Vec<String>,
}

/// A post's phone notes as the workers produce them: each phone mention's value and region
/// source, and the ambiguous national numbers.
#[derive(Default)]
struct PostPhones {
    sources: Vec<(String, RegionSource)>,
    ambiguous: Vec<AmbiguousPhone>,
}

/// Per-post evidence as the workers produce it.
pub(crate) struct PostRisk {
    pub(crate) evidence: PostEvidence,
    pub(crate) ages: Vec<u32>,
}

/// Per-post evidence kept until the networks are scored, for every post of the run: indicator
/// codes as indices into [`Codes`] (a few dozen distinct codes, a million posts), so a post
/// costs tens of bytes instead of one string per code.
#[derive(Debug)]
pub(crate) struct KeptRisk {
    codes: Box<[u16]>,
    evidence: f64,
    ages: Box<[u32]>,
}

impl KeptRisk {
    /// No evidence (a post the stages failed on).
    fn none() -> Self {
        KeptRisk {
            codes: Box::new([]),
            evidence: 0.0,
            ages: Box::new([]),
        }
    }

    /// The post's evidence as network risk takes it (codes by name).
    fn evidence_of(&self, names: &[String]) -> PostEvidence {
        PostEvidence {
            codes: self
                .codes
                .iter()
                .map(|&c| names[c as usize].clone())
                .collect(),
            evidence: self.evidence,
        }
    }
}

/// The distinct indicator codes of a run.
#[derive(Default)]
pub(crate) struct Codes {
    pub(crate) names: Vec<String>,
    index: BTreeMap<String, u16>,
}

impl Codes {
    pub(crate) fn keep(&mut self, r: PostRisk) -> KeptRisk {
        let codes = r
            .evidence
            .codes
            .into_iter()
            .filter_map(|c| {
                if let Some(&i) = self.index.get(&c) {
                    return Some(i);
                }
                // Codes come from the indicator catalogue (dozens); the cap only bounds memory.
                let i = u16::try_from(self.names.len()).ok()?;
                self.names.push(c.clone());
                self.index.insert(c, i);
                Some(i)
            })
            .collect();
        KeptRisk {
            codes,
            evidence: r.evidence.evidence,
            ages: r.ages.into_boxed_slice(),
        }
    }
}

/// Reads every post, links them, scores the networks.
pub fn run(
    mut reader: PostReader,
    options: &LinkOptions,
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
) -> Result<LinkOutcome, EngineError> {
    let par = &options.parallelism;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(par.threads)
        .thread_name(|i| format!("plainsight-link-{i}"))
        .build()
        .map_err(|e| EngineError::ThreadPool {
            threads: par.threads,
            message: e.to_string(),
        })?;
    let extractor = Extractor::new(options.extract.clone());
    let evaluator = if options.risk {
        Some(Evaluator::new().map_err(|e| EngineError::ThreadPool {
            threads: 0,
            message: format!("indicators: {e}"),
        })?)
    } else {
        None
    };
    let state = std::sync::Mutex::new(Accounts {
        linker: Linker::new(options.link.clone()),
        risks: Vec::new(),
        codes: Codes::default(),
        summary: RunSummary::default(),
        risk: options.risk,
    });
    // Both closures run on this thread, in input order; the lock only lets them share the
    // accounts (the pipeline asks for `Send` closures).
    let lock = || state.lock().unwrap_or_else(|p| p.into_inner());
    let notes = options.link.summarize;
    let mut phones = PhoneRegions::default();
    // Post index of each kept ambiguous number, to name its network after linking.
    let mut ambiguous_at: Vec<usize> = Vec::new();
    let mut sink = |item: LinkItem| {
        let mut acc = lock();
        if let Some(cap) = &item.capped {
            acc.summary.cap(item.source.clone(), cap.clone());
        }
        let index = acc.linker.len();
        if acc.add(item.features, item.risk, &item.source) {
            for (value, source) in item.phones.sources {
                phones.add_source(&value, source);
            }
            for a in item.phones.ambiguous {
                if phones.ambiguous.len() < PhoneRegions::MAX_AMBIGUOUS {
                    ambiguous_at.push(index);
                }
                phones.add_ambiguous(a);
            }
        }
        Ok(())
    };
    // A post a stage panicked on still gets a network of its own (every input post appears
    // exactly once), named and counted as failed.
    let mut on_failed = |failed: FailedPost| {
        let mut acc = lock();
        acc.summary.fail(
            failed.source.clone(),
            "linked as a network of its own, without its evidence",
        );
        let features = PostFeatures {
            id: failed.id,
            ..PostFeatures::default()
        };
        acc.add(features, None, &failed.source);
        Ok(())
    };
    let written = pool.install(|| {
        for_each_in_order_with(
            &mut reader,
            par,
            options.strict,
            |post| {
                crate::fail_point(post);
                let found = extractor.extract_all(post);
                let readings: Vec<Vec<String>> =
                    found.ambiguous.iter().map(|a| a.readings.clone()).collect();
                let selectors = found.selectors;
                let mut ph = PostPhones::default();
                if notes {
                    ph.sources = selectors
                        .iter()
                        .filter_map(|s| Some((s.reveal_value().to_string(), s.region_source?)))
                        .collect();
                    ph.ambiguous = found
                        .ambiguous
                        .into_iter()
                        .map(|a| AmbiguousPhone {
                            post: post.id.clone(),
                            network: None,
                            field: a.field,
                            start: a.start,
                            end: a.end,
                            raw: a.raw,
                            regions: a.regions,
                        })
                        .collect();
                }
                let risk = evaluator.as_ref().map(|ev| {
                    let e = ev.evaluate_folded(post, &selectors, &found.folded);
                    PostRisk {
                        evidence: PostEvidence::from_evaluation(&e),
                        ages: e.ages,
                    }
                });
                let mut capped = found.capped;
                capped.extend(plainsight_link::features::caps_hit(post, &selectors));
                let mut features = PostFeatures::from_post(post, &selectors);
                features.readings = readings;
                add_image_files(post, options.images_root.as_deref(), &mut features);
                LinkItem {
                    features,
                    risk,
                    phones: ph,
                    source: post.source.clone(),
                    capped: (!capped.is_empty()).then(|| capped.join("; ")),
                }
            },
            &mut sink,
            &mut on_failed,
            on_problem,
        )
    })?;
    let Accounts {
        linker,
        risks,
        codes,
        mut summary,
        ..
    } = state.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut linking = pool.install(|| linker.link());
    for (a, &i) in phones.ambiguous.iter_mut().zip(&ambiguous_at) {
        a.network = Some(linking.network_of(i).to_string());
    }
    if options.risk {
        score_networks(&mut linking.networks, &risks, &codes.names);
    }
    let scores = PostScores {
        kept: risks,
        names: codes.names,
    };
    let ingest = reader.into_summary();
    summary.ingest = ingest.clone();
    summary.written = linker.len() as u64;
    summary.failed = written.failed;
    Ok(LinkOutcome {
        phones,
        scores,
        posts: linker.len() as u64,
        linking,
        ingest,
        summary,
    })
}

/// The linker and what a run counts beside it, fed in input order.
struct Accounts {
    linker: Linker,
    risks: Vec<KeptRisk>,
    codes: Codes,
    summary: RunSummary,
    risk: bool,
}

impl Accounts {
    /// Adds one post. A repeated id (possible only with `--no-duplicate-check`) cannot be
    /// linked twice: it is named and counted as skipped, and the id's one output line gives
    /// the network of its first post.
    /// Whether the post was linked.
    fn add(
        &mut self,
        f: PostFeatures,
        r: Option<PostRisk>,
        source: &plainsight_core::SourceRef,
    ) -> bool {
        match self.linker.add(f) {
            Ok(()) => {
                if self.risk {
                    // One entry per linked post, failed ones too: networks index it by post.
                    let kept = match r {
                        Some(r) => self.codes.keep(r),
                        None => KeptRisk::none(),
                    };
                    self.risks.push(kept);
                }
                true
            }
            Err(plainsight_link::LinkError::DuplicateId { .. }) => {
                self.summary.skip(
                    source.clone(),
                    "repeated id",
                    "repeated id (--no-duplicate-check): left out of linking; the id's line gives the network of its first post",
                );
                false
            }
            Err(e) => {
                self.summary
                    .skip(source.clone(), "not linked", e.to_string());
                false
            }
        }
    }
}

/// What a worker hands the linker for one post.
struct LinkItem {
    features: PostFeatures,
    risk: Option<PostRisk>,
    /// Where its phones' regions came from (kept for `--out`).
    phones: PostPhones,
    source: plainsight_core::SourceRef,
    /// The caps the post hit, in words.
    capped: Option<String>,
}

/// Sets each network's risk and indicator counts from its members' evaluations.
pub(crate) fn score_networks(networks: &mut [Network], risks: &[KeptRisk], names: &[String]) {
    networks
        .par_iter_mut()
        .for_each(|n| score_by_tally(n, &tally_of(n, risks, names)));
}

/// A network's tally of its members' evaluations (`risks`, by `PostRef::index`; codes by
/// `names`), settled: what its risk is scored from, and what a store keeps to score it again
/// as it grows.
pub(crate) fn tally_of(n: &Network, risks: &[KeptRisk], names: &[String]) -> NetworkTally {
    let mut tally = NetworkTally::default();
    for p in &n.posts {
        let Some(r) = risks.get(p.index as usize) else {
            continue;
        };
        tally.add(
            &r.evidence_of(names),
            &r.ages,
            sighting(p.location.as_deref(), p.posted_at.as_deref()),
        );
    }
    tally.settle();
    tally
}

/// Where and when a member was seen (its place and its time as written), as network risk
/// takes it: the place lower-cased, the time in Unix seconds.
pub(crate) fn sighting(location: Option<&str>, posted_at: Option<&str>) -> Option<Sighting> {
    Some(Sighting {
        city: location?.to_lowercase(),
        at: posted_at.and_then(parse_rfc3339)?,
    })
}

/// Sets a network's risk, its parts and its indicator counts from the tally of its posts.
pub(crate) fn score_by_tally(n: &mut Network, tally: &NetworkTally) {
    let distinct_phones = n
        .selectors
        .iter()
        .filter(|s| s.kind == SelectorKind::Phone && !s.widely_shared)
        .count();
    let persons_per_template = n.templates.iter().map(|t| t.persons).max().unwrap_or(0);
    let risk = network_risk_of(
        tally,
        distinct_phones,
        n.persons.len().max(1),
        persons_per_template,
    );
    n.risk = risk.score;
    n.risk_parts = risk
        .contributions
        .iter()
        .map(|c| RiskPart {
            code: c.code.clone(),
            name: c.name.clone(),
            weight: c.weight,
        })
        .collect();
    n.indicators = tally
        .codes
        .iter()
        .map(|(code, &posts)| IndicatorCount {
            name: spec(code).map_or_else(String::new, |s| s.name.to_string()),
            code: code.clone(),
            posts: posts as usize,
        })
        .collect();
    n.indicators
        .sort_by(|a, b| b.posts.cmp(&a.posts).then(a.code.cmp(&b.code)));
}

/// The contract's stdout: one `{"id","network"}` line per post, in input order.
pub fn write_assignments(linking: &Linking, out: &mut dyn Write) -> std::io::Result<()> {
    plainsight_output::write_assignments(linking.assignments(), out)
}

/// `networks.jsonl`: one line per network of two or more posts, riskiest first.
pub fn write_networks(linking: &Linking, out: &mut dyn Write) -> std::io::Result<()> {
    plainsight_output::write_networks(&linking.networks, out)
}

/// The offline HTML report (selectors masked unless `reveal`).
pub fn write_report(
    linking: &Linking,
    posts: usize,
    reveal: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    plainsight_output::write_report(&linking.networks, None, posts, reveal, out)
}

/// The case view of a link run, for the exports (`plainsight_core::case`): every post in input
/// order with its network and, when risk was scored, its risk and indicator codes; posts of
/// networks of two or more also carry what the linker's summaries keep (time, place, title,
/// distinct selectors, without spans). Lone posts carry no more, since the run keeps no per-post
/// text; the case store's export fills every field.
pub fn case_of(outcome: &LinkOutcome) -> Case {
    let linking = &outcome.linking;
    let mut posts: Vec<CasePost> = linking
        .assignments()
        .enumerate()
        .map(|(i, (id, network))| {
            let mut p = CasePost {
                id: id.to_string(),
                network: network.to_string(),
                ..CasePost::default()
            };
            if let Some(r) = outcome.scores.kept.get(i) {
                p.risk = Some(plainsight_indicators::squash(r.evidence));
                let mut codes: Vec<String> = r
                    .codes
                    .iter()
                    .map(|&c| outcome.scores.names[c as usize].clone())
                    .collect();
                codes.sort();
                codes.dedup();
                p.indicators = codes;
            }
            p
        })
        .collect();
    for n in &linking.networks {
        for r in &n.posts {
            let Some(p) = posts.get_mut(r.index as usize) else {
                continue;
            };
            p.posted_at = r.posted_at.clone();
            p.location = r.location.clone();
            p.title = r.title.clone();
            p.selectors = r.selectors.iter().map(CaseSelector::from).collect();
        }
    }
    Case {
        posts,
        networks: linking.networks.clone(),
    }
}

/// Writes the `--out DIR` files of a link run into `dir` (which must exist):
/// `networks.jsonl`, `networks.csv` (one row per post, [`case_of`]; selectors masked unless
/// `reveal`) and `report.html` (selectors masked unless `reveal`; with where each phone's
/// region came from and the ambiguous numbers). With a services directory (`--services`),
/// also `referrals.jsonl` and "Help near this network" in the report, for the networks the
/// report gives a section ([`referral_lists`]).
/// Never through a link planted in `dir`: see [`write_file_in`].
pub fn write_out_dir(
    outcome: &LinkOutcome,
    dir: &Path,
    reveal: bool,
    services: Option<&Referrer>,
) -> std::io::Result<()> {
    write_file_in(dir, "networks.jsonl", |w| {
        write_networks(&outcome.linking, w)
    })?;
    write_file_in(dir, "networks.csv", |w| {
        plainsight_output::export::csv::write_csv(
            &case_of(outcome),
            &plainsight_output::export::ExportOptions { reveal },
            w,
        )
    })?;
    let mut opts = ReportOptions {
        reveal,
        total_posts: outcome.posts as usize,
        ..ReportOptions::default()
    };
    if let Some(r) = services {
        let lists = referral_lists(&outcome.linking.networks, r, opts.max_networks);
        write_file_in(dir, "referrals.jsonl", |w| write_referrals(&lists, w))?;
        opts.help = lists.into_iter().map(|l| (l.network, l.help)).collect();
    }
    write_file_in(dir, "report.html", |w| {
        plainsight_output::write_report_with(
            &outcome.linking.networks,
            Some(&outcome.phones),
            &opts,
            w,
        )
    })
}

/// One network's referrals: `refer`'s rows for its places and the report's view of them.
pub struct ReferralList {
    pub network: String,
    pub rows: Vec<plainsight_referral::Referral>,
    pub help: Help,
}

/// The referral lists of the networks the report gives a section (the first `max_networks`,
/// riskiest first): each network's places folded once ([`movement_of_network`], as the store's
/// summaries give them to `refer`), the index asked once per place and category.
pub fn referral_lists(
    networks: &[Network],
    services: &Referrer,
    max_networks: usize,
) -> Vec<ReferralList> {
    plainsight_output::ordered(networks)
        .into_iter()
        .take(max_networks)
        .map(|n| {
            let (places, unknown) = movement_of_network(n);
            let places: Vec<_> = places.into_iter().map(|(p, _)| p).collect();
            let rows = services.refer(&places, PER_CATEGORY);
            let help = services.help_of_rows(&places, unknown, PER_CATEGORY, &rows, HELP_PLACES);
            ReferralList {
                network: n.network.clone(),
                rows,
                help,
            }
        })
        .collect()
}

/// "Help near this network" by network id, for the report ([`referral_lists`]).
pub fn report_help(
    networks: &[Network],
    services: &Referrer,
    max_networks: usize,
) -> BTreeMap<String, Help> {
    referral_lists(networks, services, max_networks)
        .into_iter()
        .map(|l| (l.network, l.help))
        .collect()
}

/// One line of `referrals.jsonl`: the network, then `plainsight refer`'s fields.
#[derive(serde::Serialize)]
struct ReferralLine<'a> {
    network: &'a str,
    #[serde(flatten)]
    referral: &'a plainsight_referral::Referral,
}

/// `referrals.jsonl`: for each listed network (riskiest first), the lines `plainsight refer
/// --network ID` prints for it once stored, each with `"network"` first.
pub fn write_referrals(lists: &[ReferralList], out: &mut dyn Write) -> std::io::Result<()> {
    for l in lists {
        for r in &l.rows {
            serde_json::to_writer(
                &mut *out,
                &ReferralLine {
                    network: &l.network,
                    referral: r,
                },
            )?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()
}

/// Writes the file `name` inside `dir` (a name the program chooses) without ever writing through
/// a link: the bytes go to a new file created beside it (`create_new`, which refuses to follow a
/// symlink), which is then renamed over `name`. An existing symlink at `name` is replaced itself
/// and its target is never touched; a directory there is an error. A half-written file never
/// takes the name either.
pub fn write_file_in(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let target = dir.join(name);
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let context = |what: &str, path: &Path, e: std::io::Error| {
        std::io::Error::new(e.kind(), format!("cannot {what} {}: {e}", path.display()))
    };
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(|e| context("create", &tmp, e))?;
    let mut w = std::io::BufWriter::new(file);
    let written = write(&mut w)
        .and_then(|()| w.flush())
        .and_then(|()| w.get_ref().sync_all())
        .and_then(|()| std::fs::rename(&tmp, &target))
        .map_err(|e| context("write", &target, e));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link_text(input: &'static str, risk: bool) -> (String, LinkOutcome) {
        let reader = PostReader::from_reader("in.jsonl", input.as_bytes(), Default::default());
        let options = LinkOptions {
            risk,
            parallelism: Parallelism {
                threads: 2,
                batch_posts: 2,
                ..Parallelism::default()
            },
            ..LinkOptions::default()
        };
        let outcome = run(reader, &options, &mut |_| {}).unwrap();
        let mut out = Vec::new();
        write_assignments(&outcome.linking, &mut out).unwrap();
        (String::from_utf8(out).unwrap(), outcome)
    }

    #[test]
    fn every_post_once_in_input_order() {
        let input = "{\"id\":\"b\",\"body\":\"x\"}\n{\"id\":\"a\",\"body\":\"y\"}\nnot json\n{\"id\":\"c\",\"title\":\"z\"}\n";
        let (out, outcome) = link_text(input, false);
        let ids: Vec<String> = out
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["id"].as_str().unwrap().to_string()
            })
            .collect();
        assert_eq!(ids, ["b", "a", "c"]);
        assert_eq!(outcome.posts, 3);
        assert_eq!(outcome.ingest.bad_total(), 1);
    }

    #[test]
    fn networks_file_has_the_contract_fields() {
        let input = "{\"id\":\"a\",\"body\":\"new in town, call 713-555-0143\",\"region\":\"US\",\"location\":\"Houston, TX\",\"posted_at\":\"2024-01-02T00:00:00Z\"}\n\
{\"id\":\"b\",\"body\":\"just arrived, text 713 555 0143\",\"region\":\"US\",\"location\":\"Dallas, TX\",\"posted_at\":\"2024-01-05T00:00:00Z\"}\n\
{\"id\":\"c\",\"body\":\"hiring cooks, call 212 555 0188\",\"region\":\"US\"}\n";
        let (out, outcome) = link_text(input, true);
        let nets: Vec<&str> = out.lines().collect();
        assert_eq!(nets.len(), 3);
        let mut buf = Vec::new();
        write_networks(&outcome.linking, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(
            !outcome.linking.networks.is_empty(),
            "the shared phone links a and b: extraction must find it"
        );
        let v: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        for key in [
            "network",
            "size",
            "risk",
            "first_seen",
            "last_seen",
            "locations",
            "selectors",
            "indicators",
            "evidence",
        ] {
            assert!(v.get(key).is_some(), "{key} missing");
        }
        assert_eq!(v["size"], 2);
        assert_eq!(v["locations"][0], "Houston, TX");
        let r = v["risk"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&r));
        let mut page = Vec::new();
        write_report(&outcome.linking, 3, false, &mut page).unwrap();
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains(v["network"].as_str().unwrap()));
        assert!(!page.contains("+17135550143"));
    }

    #[test]
    fn out_dir_report_shows_region_sources_and_ambiguous_numbers() {
        // Z2's number is valid in the US and Mexico and nothing in the post decides.
        let input = "{\"id\":\"a\",\"body\":\"call me 612 555 0199 tonight\",\"location\":\"Minneapolis, MN\"}\n\
{\"id\":\"b\",\"body\":\"call me 612 555 0199 later\"}\n";
        let reader = PostReader::from_reader("in.jsonl", input.as_bytes(), Default::default());
        let options = LinkOptions {
            link: LinkConfig {
                summarize: true,
                keep_tokens: true,
                ..LinkConfig::default()
            },
            ..LinkOptions::default()
        };
        let outcome = run(reader, &options, &mut |_| {}).unwrap();
        let sources = outcome.phones.totals();
        assert_eq!(sources.get(&RegionSource::Location), Some(&1));
        assert_eq!(outcome.phones.ambiguous_total, 1);
        let amb = &outcome.phones.ambiguous[0];
        assert_eq!(amb.post, "b");
        assert_eq!(amb.regions, ["MX", "US"]);
        assert_eq!(amb.network.as_deref(), Some(outcome.linking.network_of(1)));
        let dir = std::env::temp_dir().join(format!("plainsight-out-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        write_out_dir(&outcome, &dir, false, None).unwrap();
        let page = std::fs::read_to_string(dir.join("report.html")).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(page.contains("<td class=\"mono\">location</td><td>1</td>"));
        assert!(page.contains("Ambiguous numbers (1)"));
        assert!(!page.contains("555 0199"));
    }

    fn ids_and_networks(out: &str) -> Vec<(String, String)> {
        out.lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (
                    v["id"].as_str().unwrap().to_string(),
                    v["network"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    /// A post a stage panicked on is not dropped: it keeps its own network line, and the run
    /// names it (file and line) and counts it as failed (exit 1).
    #[test]
    fn a_post_a_stage_failed_on_keeps_its_line_and_is_counted() {
        for risk in [false, true] {
            let input = "{\"id\":\"a\",\"body\":\"call 713-555-0143\",\"region\":\"US\"}\n\
{\"id\":\"panic!b\",\"body\":\"call 713-555-0143\",\"region\":\"US\"}\n\
{\"id\":\"c\",\"body\":\"text 713 555 0143\",\"region\":\"US\"}\n";
            let (out, outcome) = link_text(input, risk);
            let got = ids_and_networks(&out);
            let ids: Vec<&str> = got.iter().map(|(i, _)| i.as_str()).collect();
            assert_eq!(ids, ["a", "panic!b", "c"], "every input post appears once");
            assert_eq!(got[0].1, got[2].1, "a and c share the phone");
            assert_ne!(
                got[1].1, got[0].1,
                "the failed post is a network of its own"
            );
            let s = &outcome.summary;
            assert_eq!(s.failed, 1);
            assert_eq!(s.written, 3);
            assert_eq!(s.exit_code(), 1);
            let lines = s.lines("link", std::time::Duration::ZERO, true);
            assert!(
                lines[0].starts_with("in.jsonl:2: internal error"),
                "{lines:?}"
            );
        }
    }

    /// With `--no-duplicate-check`, a repeated id cannot be linked twice: it is named and
    /// counted as skipped, not silently left out.
    #[test]
    fn a_repeated_id_unchecked_by_ingest_is_named_and_counted() {
        let input = "{\"id\":\"a\",\"body\":\"x\"}\n{\"id\":\"a\",\"body\":\"y\"}\n{\"id\":\"b\",\"body\":\"z\"}\n";
        let reader = PostReader::from_reader(
            "in.jsonl",
            input.as_bytes(),
            plainsight_ingest::IngestOptions {
                check_duplicates: false,
                ..Default::default()
            },
        );
        let outcome = run(reader, &LinkOptions::default(), &mut |_| {}).unwrap();
        let s = &outcome.summary;
        assert_eq!(s.skipped.get("repeated id"), Some(&1));
        assert_eq!(s.exit_code(), 0);
        let lines = s.lines("link", std::time::Duration::ZERO, true);
        assert!(
            lines[0].starts_with("in.jsonl:2: skipped: repeated id"),
            "{lines:?}"
        );
        assert!(lines
            .last()
            .unwrap()
            .contains("1 post skipped (repeated id: 1)"));
        let mut out = Vec::new();
        write_assignments(&outcome.linking, &mut out).unwrap();
        let got = ids_and_networks(&String::from_utf8(out).unwrap());
        assert_eq!(got.len(), 2);
    }

    /// A flood of one kind of selector (hundreds of distinct junk URLs) before a phone: the
    /// post is counted as capped, and the phone after the flood still links it.
    #[test]
    fn a_flood_of_one_kind_never_hides_the_phone_after_it() {
        let junk: String = (0..300).map(|i| format!("site{i}.com/p ")).collect();
        let input = format!(
            "{{\"id\":\"a\",\"body\":\"{junk} call 713-555-0143\",\"region\":\"US\"}}\n\
{{\"id\":\"b\",\"body\":\"text 713 555 0143\",\"region\":\"US\"}}\n"
        );
        let reader = PostReader::from_reader(
            "in.jsonl",
            std::io::Cursor::new(input.into_bytes()),
            Default::default(),
        );
        let outcome = run(reader, &LinkOptions::default(), &mut |_| {}).unwrap();
        let mut out = Vec::new();
        write_assignments(&outcome.linking, &mut out).unwrap();
        let got = ids_and_networks(&String::from_utf8(out).unwrap());
        assert_eq!(
            got[0].1, got[1].1,
            "the phone after the flood links a and b"
        );
        assert_eq!(outcome.summary.capped, 1);
        let lines = outcome
            .summary
            .lines("link", std::time::Duration::ZERO, true);
        assert!(
            lines[0].starts_with("in.jsonl:1: capped: more than 64 distinct selectors"),
            "{lines:?}"
        );
    }
}
