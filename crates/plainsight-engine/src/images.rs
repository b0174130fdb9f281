//! The image pipelines behind `plainsight hash` and `plainsight match` (`CONTRACT.md`): image
//! files → one JSON line each with its PDQ hash, and queries (image files, hash files, hashes
//! on stdin) → one JSON line each with the list entries within distance, nearest first.
//!
//! Images are decoded and hashed in parallel on the caller's pool ([`image_pool`]: at most one
//! thread per core) under a [`MemoryBudget`] shared by the images in flight, a chunk at a time
//! so output starts early and stays in input order. An unreadable, truncated or hostile file
//! is one `"error"` line and a count in the run's [`RunSummary`]; the run goes on.
//!
//! Pixels are read as the reference hashers read them (Meta's `pdq-photo-hasher`,
//! python-threatexchange): see [`plainsight_imagehash::DecodeOptions`].

use crate::{EngineError, RunSummary, Unit};
use plainsight_core::PdqHash;
use plainsight_imagehash::{
    dct_file, load_list_file, looks_like_image, pixel_dihedrals_file, read_hashes_with_lines,
    DecodeOptions, Dihedral, HashList, ListConfig, Lookup, MatchRecord, Matcher, MemoryBudget,
    Quarantine,
};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The largest distance a list may be given: a PDQ hash has 256 bits.
pub const MAX_DISTANCE: u32 = 256;

/// Files hashed per parallel batch: enough to keep every core busy, few enough that a slow
/// file does not hold back much finished output.
const HASH_BATCH: usize = 256;

/// Queries hashed and looked up per batch.
const MATCH_BATCH: usize = 4096;

/// Hashes looked up together: enough that each index block, once in cache, serves many
/// queries; few enough that every core gets chunks.
const LOOKUP_CHUNK: usize = plainsight_imagehash::index::QUERY_BATCH;

fn write_err(e: std::io::Error) -> EngineError {
    EngineError::Write(e)
}

/// The thread pool (`threads`, already bounded by the machine; 0 = one per core) and the
/// memory budget (`max_memory_bytes`, at least 1) for an image run.
pub fn image_pool(
    threads: usize,
    max_memory_bytes: u64,
) -> Result<(rayon::ThreadPool, Arc<MemoryBudget>), EngineError> {
    let threads = if threads == 0 {
        crate::max_threads()
    } else {
        threads.min(crate::max_threads())
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| EngineError::ThreadPool {
            threads,
            message: e.to_string(),
        })?;
    Ok((pool, MemoryBudget::new(max_memory_bytes.max(1))))
}

/// The summary of an image run: `n` items read (files or queries), `n` lines written (every
/// item has its line), `failed` of them with an `"error"` line.
fn image_summary(unit: Unit, n: u64, failed: u64, failed_reason: &str) -> RunSummary {
    let mut summary = RunSummary {
        unit,
        ..RunSummary::new(
            plainsight_ingest::Summary {
                inputs: n,
                records: n,
                ..Default::default()
            },
            n,
        )
    };
    if failed > 0 {
        summary.rejected.insert(failed_reason.into(), failed);
    }
    summary
}

/// `plainsight hash`: one line per file, in the order given, on `out` (run inside the pool
/// from [`image_pool`]). With `dihedral`, each line also holds the reference's eight dihedral
/// hashes (the DCT maps, as `pdq-photo-hasher` prints them).
pub fn hash_files(
    files: &[PathBuf],
    decode: &DecodeOptions,
    dihedral: bool,
    out: &mut dyn Write,
) -> Result<RunSummary, EngineError> {
    let mut failed = 0u64;
    for batch in files.chunks(HASH_BATCH) {
        let lines: Vec<(String, bool)> = batch
            .par_iter()
            .map(|path| {
                let shown = path.display().to_string();
                match dct_file(path, decode) {
                    Ok(dct) => {
                        let o = dct.output();
                        let mut v = serde_json::json!({
                            "path": shown,
                            "pdq": o.hash.to_hex(),
                            "quality": o.quality,
                        });
                        if dihedral {
                            let mut m = serde_json::Map::new();
                            for (t, h) in dct.dihedrals() {
                                m.insert(t.name().to_string(), h.to_hex().into());
                            }
                            v["dihedral"] = serde_json::Value::Object(m);
                        }
                        (v.to_string(), true)
                    }
                    Err(e) => (
                        serde_json::json!({"path": shown, "error": e.to_string()}).to_string(),
                        false,
                    ),
                }
            })
            .collect();
        for (line, ok) in lines {
            failed += u64::from(!ok);
            writeln!(out, "{line}").map_err(write_err)?;
        }
        out.flush().map_err(write_err)?;
    }
    Ok(image_summary(
        Unit::Files,
        files.len() as u64,
        failed,
        "could not be hashed, see its \"error\" line",
    ))
}

/// `FILE:N` → (FILE, Some(N)); a path whose text after the last colon is not a number is taken
/// whole.
pub fn split_list_spec(spec: &str) -> (PathBuf, Option<u32>) {
    if let Some((path, n)) = spec.rsplit_once(':') {
        if let Ok(n) = n.parse::<u32>() {
            if !path.is_empty() {
                return (PathBuf::from(path), Some(n));
            }
        }
    }
    (PathBuf::from(spec), None)
}

/// Why a list could not be used: the user named it, so the command line is at fault (exit 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ListError(pub String);

/// What a loaded list holds and what was skipped in it, for the command's stderr.
pub fn list_report(list: &HashList, path: &Path) -> Vec<String> {
    use crate::summary::plural;
    let mut lines: Vec<String> = list
        .bad_lines
        .iter()
        .map(|bad| {
            format!(
                "plainsight match: {}:{}: skipped: {}",
                path.display(),
                bad.line,
                bad.reason
            )
        })
        .collect();
    let more = list
        .bad_line_count
        .saturating_sub(list.bad_lines.len() as u64);
    if more > 0 {
        lines.push(format!(
            "plainsight match: {}: {} not shown",
            path.display(),
            plural(more, "more bad line", "more bad lines")
        ));
    }
    let merged = if list.duplicates_merged > 0 {
        format!(
            ", {} merged into their first entry",
            plural(list.duplicates_merged, "repeated hash", "repeated hashes")
        )
    } else {
        String::new()
    };
    let other = if list.skipped_other_type > 0 {
        format!(
            ", {} ignored",
            plural(
                list.skipped_other_type,
                "row of another hash type",
                "rows of other hash types"
            )
        )
    } else {
        String::new()
    };
    lines.push(format!(
        "plainsight match: list {}: {}, {} skipped{merged}{other}",
        list.name,
        plural(list.len() as u64, "hash", "hashes"),
        plural(list.bad_line_count, "bad line", "bad lines"),
    ));
    lines
}

/// Loads the lists (`FILE` or `FILE:N`; `negative` lists suppress matches) into one
/// [`Matcher`], each at its own distance or `default_distance`. `report` receives each list's
/// [`list_report`] lines.
pub fn load_lists(
    specs: &[(String, bool)],
    default_distance: u32,
    report: &mut dyn FnMut(String),
) -> Result<Matcher, ListError> {
    let mut matcher = Matcher::new();
    for (spec, negative) in specs {
        let (path, distance) = split_list_spec(spec);
        if let Some(d) = distance.filter(|&d| d > MAX_DISTANCE) {
            return Err(ListError(format!(
                "{spec}: distance {d} is over {MAX_DISTANCE} (a PDQ hash has 256 bits; see --distance)"
            )));
        }
        let list = load_list_file(&path).map_err(|e| ListError(e.to_string()))?;
        for line in list_report(&list, &path) {
            report(line);
        }
        let config = ListConfig {
            max_distance: distance.unwrap_or(default_distance),
            negative: *negative,
        };
        matcher
            .add_list(list, config)
            .map_err(|e| ListError(e.to_string()))?;
    }
    Ok(matcher)
}

/// One query of a match run.
pub enum Query {
    Image(PathBuf),
    Hash {
        name: String,
        hash: PdqHash,
    },
    /// A query input that could not be read at all.
    Failed {
        name: String,
        error: String,
    },
}

fn hashes_from_text(
    name: &str,
    list: HashList,
    out: &mut Vec<Query>,
    report: &mut dyn FnMut(String),
) {
    for bad in &list.bad_lines {
        report(format!(
            "plainsight match: {name}:{}: skipped: {}",
            bad.line, bad.reason
        ));
    }
    for (hash, line) in list.hashes.into_iter().zip(list.lines) {
        out.push(Query::Hash {
            name: format!("{name}:{line}"),
            hash,
        });
    }
}

/// The queries named on the command line, in order: an image file is one query; a text file
/// or `-` (stdin; also when nothing is named) gives one query per hash line, named
/// `FILE:LINE`. Bad lines are reported through `report` and skipped.
pub fn collect_queries(specs: &[String], report: &mut dyn FnMut(String)) -> Vec<Query> {
    let specs: Vec<String> = if specs.is_empty() {
        vec!["-".to_string()]
    } else {
        specs.to_vec()
    };
    let mut out = Vec::new();
    for spec in specs {
        if spec == "-" {
            match read_hashes_with_lines("-", std::io::stdin().lock()) {
                Ok(list) => hashes_from_text("-", list, &mut out, report),
                Err(e) => out.push(Query::Failed {
                    name: spec,
                    error: e.to_string(),
                }),
            }
            continue;
        }
        let path = PathBuf::from(&spec);
        match looks_like_image(&path) {
            Ok(true) => out.push(Query::Image(path)),
            Ok(false) => match std::fs::File::open(&path)
                .map_err(|e| e.to_string())
                .and_then(|f| read_hashes_with_lines(&spec, f).map_err(|e| e.to_string()))
            {
                Ok(list) => hashes_from_text(&spec, list, &mut out, report),
                Err(error) => out.push(Query::Failed { name: spec, error }),
            },
            Err(e) => out.push(Query::Failed {
                name: spec,
                error: e.to_string(),
            }),
        }
    }
    out
}

/// How queries are matched.
#[derive(Clone, Debug)]
pub struct MatchOptions {
    /// Also match the eight rotations and flips of image queries, each hashed from the turned
    /// pixels ([`plainsight_imagehash::PdqDct::from_luma_dihedrals`]).
    pub dihedral: bool,
    /// Image queries under this PDQ quality are reported as skipped, not looked up.
    pub min_quality: u8,
    /// Hits written per query and list kind, nearest first; the rest are counted.
    pub max_matches: usize,
    /// An entry matching more distinct query hashes than this is quarantined (0: never).
    pub quarantine_after: usize,
}

/// One query, hashed, before lookup.
enum Prepared {
    /// Its hash, quality (image queries) and, with `dihedral`, its eight variants.
    Ready(PdqHash, Option<u8>, Option<Box<[(Dihedral, PdqHash); 8]>>),
    LowQuality(PdqHash, u8),
    Failed(String),
}

/// What became of one query.
enum Outcome {
    /// Looked up: its hash, its quality (image queries), what it found.
    Found(PdqHash, Option<u8>, Lookup),
    /// An image whose quality is under `min_quality`: hash and quality, not looked up.
    LowQuality(PdqHash, u8),
    /// Unreadable.
    Failed(String),
}

fn prepare(query: &Query, decode: &DecodeOptions, opts: &MatchOptions) -> (String, Prepared) {
    match query {
        Query::Image(path) => {
            let name = path.display().to_string();
            // With `dihedral` the query's pixels are turned and flipped, each way hashed: a
            // rotated upload is then hashed as the original was, which the DCT variants do
            // not always reach.
            let hashed = if opts.dihedral {
                pixel_dihedrals_file(path, decode).map(|all| {
                    let o = all[0].1.output();
                    let variants = all.map(|(t, d)| (t, d.output().hash));
                    (o, Some(Box::new(variants)))
                })
            } else {
                dct_file(path, decode).map(|d| (d.output(), None))
            };
            let prepared = match hashed {
                Ok((o, _)) if o.quality < opts.min_quality => {
                    Prepared::LowQuality(o.hash, o.quality)
                }
                Ok((o, variants)) => Prepared::Ready(o.hash, Some(o.quality), variants),
                Err(e) => Prepared::Failed(e.to_string()),
            };
            (name, prepared)
        }
        Query::Hash { name, hash } => (name.clone(), Prepared::Ready(*hash, None, None)),
        Query::Failed { name, error } => (name.clone(), Prepared::Failed(error.clone())),
    }
}

/// `plainsight match`: one line per query on `out`, in query order (run inside the pool from
/// [`image_pool`]). Queries are hashed in parallel and looked up a chunk at a time; quarantine
/// is applied in query order, so the output is deterministic. `report` receives what the run
/// says on the way (entries quarantined, hits left out).
pub fn match_queries(
    queries: &[Query],
    matcher: &Matcher,
    decode: &DecodeOptions,
    opts: &MatchOptions,
    out: &mut dyn Write,
    report: &mut dyn FnMut(String),
) -> Result<RunSummary, EngineError> {
    let cap = opts.max_matches;
    let mut omitted = 0usize;
    let mut capped_queries = 0u64;
    let mut quarantine =
        Quarantine::new((opts.quarantine_after > 0).then_some(opts.quarantine_after));
    let mut failed = 0u64;
    let mut low_quality = 0u64;
    for batch in queries.chunks(MATCH_BATCH) {
        let prepared: Vec<(String, Prepared)> =
            batch.par_iter().map(|q| prepare(q, decode, opts)).collect();
        let wanted: Vec<PdqHash> = prepared
            .iter()
            .flat_map(|(_, p)| match p {
                Prepared::Ready(_, _, Some(variants)) => variants.iter().map(|&(_, h)| h).collect(),
                Prepared::Ready(hash, _, None) => vec![*hash],
                _ => Vec::new(),
            })
            .collect();
        let chunks: Vec<Vec<Lookup>> = wanted
            .par_chunks(LOOKUP_CHUNK)
            .map(|c| matcher.lookup_many(c))
            .collect();
        let mut found = chunks.into_iter().flatten();
        let mut next = || found.next().unwrap_or_default();
        let looked: Vec<(String, Outcome)> = prepared
            .into_iter()
            .map(|(name, p)| {
                let outcome = match p {
                    Prepared::Ready(hash, quality, Some(variants)) => {
                        let lookups: Vec<(Dihedral, Lookup)> =
                            variants.iter().map(|&(t, _)| (t, next())).collect();
                        Outcome::Found(hash, quality, Matcher::merge_variants(lookups))
                    }
                    Prepared::Ready(hash, quality, None) => Outcome::Found(hash, quality, next()),
                    Prepared::LowQuality(hash, quality) => Outcome::LowQuality(hash, quality),
                    Prepared::Failed(e) => Outcome::Failed(e),
                };
                (name, outcome)
            })
            .collect();
        for (name, outcome) in looked {
            let line = match outcome {
                Outcome::Found(hash, quality, found) => {
                    let resolved = quarantine.resolve(&hash, found);
                    for q in &resolved.newly_quarantined {
                        report(format!(
                            "plainsight match: quarantined {}:{} after it matched more than {} distinct queries",
                            q.list,
                            q.hash.to_hex(),
                            opts.quarantine_after
                        ));
                    }
                    let record = MatchRecord::new(&name, hash, quality, &resolved).capped(cap);
                    if record.omitted() > 0 {
                        omitted += record.omitted();
                        capped_queries += 1;
                    }
                    serde_json::to_string(&record).map_err(|e| write_err(e.into()))?
                }
                Outcome::LowQuality(hash, quality) => {
                    low_quality += 1;
                    serde_json::json!({
                        "query": name,
                        "pdq": hash,
                        "quality": quality,
                        "skipped": format!("quality {quality} is below --min-quality {}", opts.min_quality),
                    })
                    .to_string()
                }
                Outcome::Failed(error) => {
                    failed += 1;
                    serde_json::json!({"query": name, "error": error}).to_string()
                }
            };
            writeln!(out, "{line}").map_err(write_err)?;
        }
        out.flush().map_err(write_err)?;
    }
    if omitted > 0 {
        report(format!(
            "plainsight match: {capped_queries} queries had more than --max-matches {cap} hits of a kind; {omitted} hits left out (counted in their \"*_omitted\" fields)"
        ));
    }
    if quarantine.quarantined_count() > 0 {
        report(format!(
            "plainsight match: {} list entries quarantined",
            quarantine.quarantined_count()
        ));
    }
    // Queries read, lines written, queries that could not be read, skipped for low quality,
    // or capped.
    let mut summary = image_summary(
        Unit::Queries,
        queries.len() as u64,
        failed,
        "could not be read, see its \"error\" line",
    );
    summary.capped = capped_queries;
    if low_quality > 0 {
        summary.skipped.insert(
            format!("image quality below --min-quality {}", opts.min_quality),
            low_quality,
        );
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::split_list_spec;
    use std::path::PathBuf;

    #[test]
    fn list_spec_with_and_without_distance() {
        assert_eq!(
            split_list_spec("known.csv:20"),
            (PathBuf::from("known.csv"), Some(20))
        );
        assert_eq!(
            split_list_spec("known.csv"),
            (PathBuf::from("known.csv"), None)
        );
        assert_eq!(split_list_spec("c:lists"), (PathBuf::from("c:lists"), None));
    }
}
