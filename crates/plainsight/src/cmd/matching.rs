//! `plainsight match --list FILE [--distance N] [QUERY...]`: every list entry within the
//! distance of each query hash, nearest first (see CONTRACT.md).
//!
//! Beyond the contract: `--list FILE:N` gives one list its own distance; `--negative FILE[:N]`
//! adds a list of known benign collisions that suppresses matches (reported, not dropped);
//! `--quarantine-after N` stops counting an entry as a match once it has matched N distinct
//! query hashes (reported on stderr and under `"quarantined"`); `--dihedral` also looks up the
//! eight rotations and flips of image queries, each hashed from the turned pixels (each hit
//! says which `"variant"` matched);
//! `--min-quality N` skips image queries whose PDQ quality is under N (the PDQ README advises
//! discarding hashes under 50): each is still one output line, with `"skipped"`, and counted on
//! stderr. Queries are hashed and looked up in parallel (`--threads`, under the same memory
//! budget as `hash`); quarantine is applied in query order so output is deterministic. The
//! pipeline is [`plainsight_engine::images::match_queries`].
//!
//! Bounds: a hash repeated in a list is one entry (labels merged, see
//! `plainsight_imagehash::list`), and each output line keeps the nearest `--max-matches` hits
//! of each of its lists (default 1000), counting the rest in `"matches_omitted"` (and
//! `"suppressed_omitted"`, ...) and on stderr.

use super::hash::{DecodeArgs, ImageRunArgs};
use super::UsageError;
use plainsight_engine::images;
use plainsight_imagehash::{DecodeOptions, DEFAULT_MAX_DISTANCE};
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

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let (pool, budget) = args.run.pool()?;
    let specs: Vec<(String, bool)> = args
        .lists
        .iter()
        .map(|s| (s.clone(), false))
        .chain(args.negatives.iter().map(|s| (s.clone(), true)))
        .collect();
    let say = &mut |line: String| eprintln!("{line}");
    let matcher =
        images::load_lists(&specs, args.distance, say).map_err(|e| UsageError(e.to_string()))?;
    let opts = DecodeOptions {
        budget: Some(budget),
        ..args.decode.options()
    };
    let queries = images::collect_queries(&args.queries, say);
    let options = images::MatchOptions {
        dihedral: args.dihedral,
        min_quality: args.min_quality,
        max_matches: usize::try_from(args.max_matches).unwrap_or(usize::MAX),
        quarantine_after: args.quarantine_after,
    };
    let stdout = super::stdout()?;
    let summary = pool.install(|| {
        let mut out = std::io::BufWriter::new(stdout.lock());
        images::match_queries(&queries, &matcher, &opts, &options, &mut out, say)
    })?;
    Ok(super::finish_summary(
        "match",
        &summary,
        started.elapsed(),
        args.run.quiet,
    ))
}
