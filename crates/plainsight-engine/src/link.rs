//! The `link` pipeline: ingest → extract (+ indicators for risk) → link.
//!
//! Posts are read in batches ([`for_each_in_order`]: split on one thread, parsed on the pool);
//! each batch's features (selectors from the extractor, shingles,
//! image hashes, and the indicators' per-post evidence when risk is on) are computed in
//! parallel and added to one [`Linker`] in input order, so memory holds the compact features,
//! never the posts. After the last batch the linker links everything; each network's risk
//! comes from `plainsight_indicators::network_risk` over what the network shows (people,
//! phones, places over time, stated ages, one template for several people).
//!
//! Output: [`write_assignments`] (the contract's `{"id","network"}` lines, input order) and
//! [`write_networks`] / [`write_report`] (`networks.jsonl`, riskiest first, and the offline HTML
//! page), all through `plainsight-output`, the one crate that writes run products. The CLI opens
//! the `--out` files itself, never through a symlink planted in the folder.

use crate::{for_each_in_order_with, EngineError, FailedPost, Parallelism, RunSummary};
use plainsight_core::SelectorKind;
use plainsight_extract::{ExtractConfig, Extractor};
use plainsight_indicators::{
    network_risk, spec, Evaluator, NetworkFeatures, PostEvidence, Sighting,
};
use plainsight_ingest::{IngestError, PostReader, Summary};
use plainsight_link::{
    parse_rfc3339, IndicatorCount, LinkConfig, Linker, Linking, Network, PostFeatures, RiskPart,
};
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
fn add_image_files(post: &plainsight_core::Post, root: Option<&Path>, features: &mut PostFeatures) {
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
    pub ingest: Summary,
    /// Posts linked (each has an output line), failed ones included.
    pub posts: u64,
    /// The run summary every command shares: read, written (posts linked), bad, failed (a
    /// stage panicked: the post is still given a network of its own), capped, skipped (a
    /// repeated id under `--no-duplicate-check`).
    pub summary: RunSummary,
}

/// Per-post evidence as the workers produce it.
struct PostRisk {
    evidence: PostEvidence,
    ages: Vec<u32>,
}

/// Per-post evidence kept until the networks are scored, for every post of the run: indicator
/// codes as indices into [`Codes`] (a few dozen distinct codes, a million posts), so a post
/// costs tens of bytes instead of one string per code.
struct KeptRisk {
    codes: Box<[u16]>,
    evidence: f64,
    ages: Box<[u32]>,
}

/// The distinct indicator codes of a run.
#[derive(Default)]
struct Codes {
    names: Vec<String>,
    index: BTreeMap<String, u16>,
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
}

impl Codes {
    fn keep(&mut self, r: PostRisk) -> KeptRisk {
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
    let mut sink = |item: LinkItem| {
        let mut acc = lock();
        if let Some(cap) = &item.capped {
            acc.summary.cap(item.source.clone(), cap.clone());
        }
        acc.add(item.features, item.risk, &item.source);
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
                let selectors = found.selectors;
                let risk = evaluator.as_ref().map(|ev| {
                    let e = ev.evaluate(post, &selectors);
                    PostRisk {
                        evidence: PostEvidence::from_evaluation(&e),
                        ages: e.ages,
                    }
                });
                let mut capped = found.capped;
                capped.extend(plainsight_link::features::caps_hit(post, &selectors));
                let mut features = PostFeatures::from_post(post, &selectors);
                add_image_files(post, options.images_root.as_deref(), &mut features);
                LinkItem {
                    features,
                    risk,
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
    if options.risk {
        score_networks(&mut linking.networks, &risks, &codes.names);
    }
    let ingest = reader.into_summary();
    summary.ingest = ingest.clone();
    summary.written = linker.len() as u64;
    summary.failed = written.failed;
    Ok(LinkOutcome {
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
    fn add(&mut self, f: PostFeatures, r: Option<PostRisk>, source: &plainsight_core::SourceRef) {
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
            }
            Err(plainsight_link::LinkError::DuplicateId { .. }) => self.summary.skip(
                source.clone(),
                "repeated id",
                "repeated id (--no-duplicate-check): left out of linking; the id's line gives the network of its first post",
            ),
            Err(e) => self.summary.skip(source.clone(), "not linked", e.to_string()),
        }
    }
}

/// What a worker hands the linker for one post.
struct LinkItem {
    features: PostFeatures,
    risk: Option<PostRisk>,
    source: plainsight_core::SourceRef,
    /// The caps the post hit, in words.
    capped: Option<String>,
}

/// Sets each network's risk and indicator counts from its members' evaluations.
fn score_networks(networks: &mut [Network], risks: &[KeptRisk], names: &[String]) {
    networks.par_iter_mut().for_each(|n| {
        let mut codes: BTreeMap<String, usize> = BTreeMap::new();
        let mut posts = Vec::with_capacity(n.posts.len());
        let mut ages = Vec::new();
        let mut sightings = Vec::new();
        for p in &n.posts {
            let Some(r) = risks.get(p.index as usize) else {
                continue;
            };
            let evidence = PostEvidence {
                codes: r.codes.iter().map(|&c| names[c as usize].clone()).collect(),
                evidence: r.evidence,
            };
            let mut distinct = evidence.codes.clone();
            distinct.sort();
            distinct.dedup();
            for c in distinct {
                *codes.entry(c).or_default() += 1;
            }
            posts.push(evidence);
            ages.extend(r.ages.iter().copied());
            if let (Some(loc), Some(at)) = (
                p.location.as_deref(),
                p.posted_at.as_deref().and_then(parse_rfc3339),
            ) {
                sightings.push(Sighting {
                    city: loc.to_lowercase(),
                    at,
                });
            }
        }
        let features = NetworkFeatures {
            posts,
            distinct_phones: n
                .selectors
                .iter()
                .filter(|s| s.kind == SelectorKind::Phone && !s.widely_shared)
                .count(),
            distinct_persons: n.persons.len().max(1),
            sightings,
            stated_ages: ages,
            persons_per_template: n.templates.iter().map(|t| t.persons).max().unwrap_or(0),
        };
        let risk = network_risk(&features);
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
        n.indicators = codes
            .into_iter()
            .map(|(code, posts)| IndicatorCount {
                name: spec(&code).map_or_else(String::new, |s| s.name.to_string()),
                code,
                posts,
            })
            .collect();
        n.indicators
            .sort_by(|a, b| b.posts.cmp(&a.posts).then(a.code.cmp(&b.code)));
    });
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
    plainsight_output::write_report(&linking.networks, posts, reveal, out)
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
}
