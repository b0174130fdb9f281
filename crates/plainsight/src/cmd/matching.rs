//! `plainsight match --list FILE [--distance N] [QUERY...]`: every list entry within the
//! distance of each query hash, nearest first (see CONTRACT.md).
//!
//! Beyond the contract: `--list FILE:N` gives one list its own distance; `--negative FILE[:N]`
//! adds a list of known benign collisions that suppresses matches (reported, not dropped);
//! `--quarantine-after N` stops counting an entry as a match once it has matched N distinct
//! query hashes (reported on stderr and under `"quarantined"`); `--dihedral` also looks up the
//! eight rotations and flips of image queries (each hit says which `"variant"` matched);
//! `--min-quality N` skips image queries whose PDQ quality is under N (the PDQ README advises
//! discarding hashes under 50): each is still one output line, with `"skipped"`, and counted on
//! stderr. Queries are hashed and looked up in parallel (`--threads`, under the same memory
//! budget as `hash`); quarantine is applied in query order so output is deterministic.
//!
//! Bounds: a hash repeated in a list is one entry (labels merged, see
//! `plainsight_imagehash::list`), and each output line keeps the nearest `--max-matches` hits
//! of each of its lists (default 1000), counting the rest in `"matches_omitted"` (and
//! `"suppressed_omitted"`, ...) and on stderr.

use super::hash::{DecodeArgs, ImageRunArgs};
use super::UsageError;
use plainsight_core::PdqHash;
use plainsight_engine::summary::plural;
use plainsight_imagehash::{
    dct_file, load_list_file, looks_like_image, pixel_dihedrals_file, read_hashes_with_lines,
    DecodeOptions, Dihedral, HashList, ListConfig, Lookup, MatchRecord, Matcher, Quarantine,
    DEFAULT_MAX_DISTANCE,
};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A hash list (one PDQ hash per line, optionally `,label`; or a CSV with a header such as a
    /// ThreatExchange export). `FILE:N` sets this list's own distance. Repeatable; each list is
    /// named by its file stem.
    #[arg(long = "list", value_name = "FILE[:N]", required = true)]
    pub lists: Vec<String>,
    /// A negative list: a query within its distance of one of its entries has its matches
    /// suppressed (listed under "suppressed"). Repeatable.
    #[arg(long = "negative", value_name = "FILE[:N]")]
    pub negatives: Vec<String>,
    /// Largest Hamming distance that counts as a match, for lists without their own.
    #[arg(long, default_value_t = DEFAULT_MAX_DISTANCE, value_parser = clap::value_parser!(u32).range(0..=256))]
    pub distance: u32,
    /// Quarantine a list entry once it has matched this many distinct query hashes
    /// (0 disables quarantine).
    #[arg(long, default_value_t = 1000)]
    pub quarantine_after: usize,
    /// Also match the eight rotations and flips of image queries (the query's pixels are
    /// turned and flipped and each is hashed, so a rotated copy of a listed image is hashed as
    /// the original was); each hit names the `"variant"` that matched (hash queries are matched
    /// as given).
    #[arg(long)]
    pub dihedral: bool,
    /// Skip image queries whose PDQ quality (0-100) is below this: low-quality hashes of
    /// featureless images match unrelated ones. Skipped queries are reported, not dropped.
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=100))]
    pub min_quality: u8,
    /// Largest number of hits written per query and list kind, nearest first; the rest are
    /// counted in `"matches_omitted"` (`"suppressed_omitted"`, ...) and on stderr.
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_matches: u64,
    /// Image files, text files of PDQ hashes (one per line), or `-` for hashes on stdin.
    /// None means stdin. A hash read from a file is named `FILE:LINE` in output.
    pub queries: Vec<String>,
    #[command(flatten)]
    pub decode: DecodeArgs,
    #[command(flatten)]
    pub run: ImageRunArgs,
}

/// The largest distance a list may be given, as for `--distance`: a PDQ hash has 256 bits.
const MAX_DISTANCE: u32 = 256;

/// `FILE:N` → (FILE, Some(N)); a path whose text after the last colon is not a number is taken
/// whole.
fn split_spec(spec: &str) -> (PathBuf, Option<u32>) {
    if let Some((path, n)) = spec.rsplit_once(':') {
        if let Ok(n) = n.parse::<u32>() {
            if !path.is_empty() {
                return (PathBuf::from(path), Some(n));
            }
        }
    }
    (PathBuf::from(spec), None)
}

fn report_list(list: &HashList, path: &Path) {
    for bad in &list.bad_lines {
        eprintln!(
            "plainsight match: {}:{}: skipped: {}",
            path.display(),
            bad.line,
            bad.reason
        );
    }
    let more = list
        .bad_line_count
        .saturating_sub(list.bad_lines.len() as u64);
    if more > 0 {
        eprintln!(
            "plainsight match: {}: {} not shown",
            path.display(),
            plural(more, "more bad line", "more bad lines")
        );
    }
    eprintln!(
        "plainsight match: list {}: {}, {} skipped{}{}",
        list.name,
        plural(list.len() as u64, "hash", "hashes"),
        plural(list.bad_line_count, "bad line", "bad lines"),
        if list.duplicates_merged > 0 {
            format!(
                ", {} merged into their first entry",
                plural(list.duplicates_merged, "repeated hash", "repeated hashes")
            )
        } else {
            String::new()
        },
        if list.skipped_other_type > 0 {
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
        }
    );
}

enum Query {
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

fn hashes_from_text(name: &str, list: HashList, out: &mut Vec<Query>) {
    for bad in &list.bad_lines {
        eprintln!(
            "plainsight match: {name}:{}: skipped: {}",
            bad.line, bad.reason
        );
    }
    for (hash, line) in list.hashes.into_iter().zip(list.lines) {
        out.push(Query::Hash {
            name: format!("{name}:{line}"),
            hash,
        });
    }
}

fn collect_queries(specs: &[String]) -> Vec<Query> {
    let specs: Vec<String> = if specs.is_empty() {
        vec!["-".to_string()]
    } else {
        specs.to_vec()
    };
    let mut out = Vec::new();
    for spec in specs {
        if spec == "-" {
            match read_hashes_with_lines("-", std::io::stdin().lock()) {
                Ok(list) => hashes_from_text("-", list, &mut out),
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
                Ok(list) => hashes_from_text(&spec, list, &mut out),
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

/// One query, hashed, before lookup.
enum Prepared {
    /// Its hash, quality (image queries) and, with `--dihedral`, its eight variants.
    Ready(PdqHash, Option<u8>, Option<Box<[(Dihedral, PdqHash); 8]>>),
    LowQuality(PdqHash, u8),
    Failed(String),
}

/// Hashes looked up together: enough that each index block, once in cache, serves many
/// queries; few enough that every core gets chunks.
const LOOKUP_CHUNK: usize = plainsight_imagehash::index::QUERY_BATCH;

/// What became of one query.
enum Outcome {
    /// Looked up: its hash, its quality (image queries), what it found.
    Found(PdqHash, Option<u8>, Lookup),
    /// An image whose quality is under `--min-quality`: hash and quality, not looked up.
    LowQuality(PdqHash, u8),
    /// Unreadable.
    Failed(String),
}

const BATCH: usize = 4096;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (pool, budget) = args.run.pool("match")?;
    let mut matcher = Matcher::new();
    for (spec, negative) in args
        .lists
        .iter()
        .map(|s| (s, false))
        .chain(args.negatives.iter().map(|s| (s, true)))
    {
        let (path, distance) = split_spec(spec);
        if let Some(d) = distance.filter(|&d| d > MAX_DISTANCE) {
            return Err(UsageError(format!(
                "{spec}: distance {d} is over {MAX_DISTANCE} (a PDQ hash has 256 bits; see --distance)"
            ))
            .into());
        }
        let list = load_list_file(&path).map_err(|e| UsageError(e.to_string()))?;
        report_list(&list, &path);
        let config = ListConfig {
            max_distance: distance.unwrap_or(args.distance),
            negative,
        };
        matcher
            .add_list(list, config)
            .map_err(|e| UsageError(e.to_string()))?;
    }
    let opts = DecodeOptions {
        budget: Some(budget),
        ..args.decode.options()
    };
    pool.install(|| match_all(&args, &matcher, &opts))
}

fn match_all(args: &Args, matcher: &Matcher, opts: &DecodeOptions) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let cap = usize::try_from(args.max_matches).unwrap_or(usize::MAX);
    let mut omitted = 0usize;
    let mut capped_queries = 0usize;
    let queries = collect_queries(&args.queries);
    let mut quarantine =
        Quarantine::new((args.quarantine_after > 0).then_some(args.quarantine_after));
    let stdout = super::stdout()?;
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut low_quality = 0usize;
    for batch in queries.chunks(BATCH) {
        // Images are decoded and hashed in parallel, one per task.
        let prepared: Vec<(String, Prepared)> = batch
            .par_iter()
            .map(|q| match q {
                Query::Image(path) => {
                    let name = path.display().to_string();
                    // With --dihedral the query's pixels are turned and flipped, each way
                    // hashed (PdqDct::from_luma_dihedrals): a rotated upload is then hashed
                    // as the original was, which the DCT variants do not always reach.
                    let hashed = if args.dihedral {
                        pixel_dihedrals_file(path, opts).map(|all| {
                            let o = all[0].1.output();
                            let variants = all.map(|(t, d)| (t, d.output().hash));
                            (o, Some(Box::new(variants)))
                        })
                    } else {
                        dct_file(path, opts).map(|d| (d.output(), None))
                    };
                    match hashed {
                        Ok((o, variants)) => {
                            let prepared = if o.quality < args.min_quality {
                                Prepared::LowQuality(o.hash, o.quality)
                            } else {
                                Prepared::Ready(o.hash, Some(o.quality), variants)
                            };
                            (name, prepared)
                        }
                        Err(e) => (name, Prepared::Failed(e.to_string())),
                    }
                }
                Query::Hash { name, hash } => (name.clone(), Prepared::Ready(*hash, None, None)),
                Query::Failed { name, error } => (name.clone(), Prepared::Failed(error.clone())),
            })
            .collect();
        // Hashes are looked up a chunk at a time, so the index serves a chunk per visit to
        // each of its blocks (Matcher::lookup_many).
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
            let (hash, quality, found) = match outcome {
                Outcome::Found(hash, quality, found) => (hash, quality, found),
                Outcome::LowQuality(hash, quality) => {
                    low_quality += 1;
                    writeln!(
                        out,
                        "{}",
                        serde_json::json!({
                            "query": name,
                            "pdq": hash,
                            "quality": quality,
                            "skipped": format!("quality {quality} is below --min-quality {}", args.min_quality),
                        })
                    )?;
                    continue;
                }
                Outcome::Failed(error) => {
                    failed += 1;
                    writeln!(
                        out,
                        "{}",
                        serde_json::json!({"query": name, "error": error})
                    )?;
                    continue;
                }
            };
            let resolved = quarantine.resolve(&hash, found);
            for q in &resolved.newly_quarantined {
                eprintln!(
                    "plainsight match: quarantined {}:{} after it matched more than {} distinct queries",
                    q.list,
                    q.hash.to_hex(),
                    args.quarantine_after
                );
            }
            let record = MatchRecord::new(&name, hash, quality, &resolved).capped(cap);
            if record.omitted() > 0 {
                omitted += record.omitted();
                capped_queries += 1;
            }
            writeln!(out, "{}", serde_json::to_string(&record)?)?;
        }
        out.flush()?;
    }
    if omitted > 0 {
        eprintln!(
            "plainsight match: {capped_queries} queries had more than --max-matches {cap} hits of a kind; {omitted} hits left out (counted in their \"*_omitted\" fields)"
        );
    }
    if quarantine.quarantined_count() > 0 {
        eprintln!(
            "plainsight match: {} list entries quarantined",
            quarantine.quarantined_count()
        );
    }
    // The run summary every command gives: queries read, lines written, queries that could not
    // be read, skipped for low quality, or capped; printed when something went wrong.
    let n = queries.len() as u64;
    let mut summary = plainsight_engine::RunSummary {
        unit: plainsight_engine::Unit::Queries,
        capped: capped_queries as u64,
        ..plainsight_engine::RunSummary::new(
            plainsight_ingest::Summary {
                inputs: n,
                records: n,
                ..Default::default()
            },
            n,
        )
    };
    if failed > 0 {
        summary.rejected.insert(
            "could not be read, see its \"error\" line".into(),
            failed as u64,
        );
    }
    if low_quality > 0 {
        summary.skipped.insert(
            format!("image quality below --min-quality {}", args.min_quality),
            low_quality as u64,
        );
    }
    Ok(super::finish_summary(
        "match",
        &summary,
        started.elapsed(),
        args.run.quiet,
    ))
}

#[cfg(test)]
mod tests {
    use super::split_spec;
    use std::path::PathBuf;

    #[test]
    fn list_spec_with_and_without_distance() {
        assert_eq!(
            split_spec("known.csv:20"),
            (PathBuf::from("known.csv"), Some(20))
        );
        assert_eq!(split_spec("known.csv"), (PathBuf::from("known.csv"), None));
        assert_eq!(split_spec("c:lists"), (PathBuf::from("c:lists"), None));
    }
}
