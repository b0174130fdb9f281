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
//! [`write_out_dir`] (`networks.jsonl`, riskiest first, and the offline HTML page), both
//! through `plainsight-output`, the one crate that writes run products.

use crate::{for_each_in_order, EngineError, Parallelism};
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
    /// Posts linked.
    pub posts: u64,
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
    let mut linker = Linker::new(options.link.clone());
    let mut risks: Vec<KeptRisk> = Vec::new();
    let mut codes = Codes::default();
    let mut sink = |(f, r): (PostFeatures, Option<PostRisk>)| {
        // Ingest already rejects repeated ids; a repeat here is skipped, not fatal.
        if linker.add(f).is_ok() {
            if let Some(r) = r {
                risks.push(codes.keep(r));
            }
        }
        Ok(())
    };
    pool.install(|| {
        for_each_in_order(
            &mut reader,
            par,
            options.strict,
            |post| {
                let selectors = extractor.extract(post);
                let risk = evaluator.as_ref().map(|ev| {
                    let e = ev.evaluate(post, &selectors);
                    PostRisk {
                        evidence: PostEvidence::from_evaluation(&e),
                        ages: e.ages,
                    }
                });
                let mut features = PostFeatures::from_post(post, &selectors);
                add_image_files(post, options.images_root.as_deref(), &mut features);
                (features, risk)
            },
            &mut sink,
            on_problem,
        )
    })?;
    let mut linking = pool.install(|| linker.link());
    if options.risk {
        score_networks(&mut linking.networks, &risks, &codes.names);
    }
    Ok(LinkOutcome {
        posts: linker.len() as u64,
        linking,
        ingest: reader.into_summary(),
    })
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

/// Writes the `--out DIR` files of a link run into `dir` (which must exist):
/// `networks.jsonl` and `report.html` (selectors masked unless `reveal`).
pub fn write_out_dir(outcome: &LinkOutcome, dir: &Path, reveal: bool) -> std::io::Result<()> {
    let create = |name: &str| std::fs::File::create(dir.join(name)).map(std::io::BufWriter::new);
    write_networks(&outcome.linking, &mut create("networks.jsonl")?)?;
    write_report(
        &outcome.linking,
        outcome.posts as usize,
        reveal,
        &mut create("report.html")?,
    )
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
        if outcome.linking.networks.is_empty() {
            // Extraction found no phone: nothing to link, nothing written.
            assert!(text.is_empty());
            return;
        }
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
