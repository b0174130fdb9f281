//! `plainsight link [INPUT...]`: one `{"id","network"}` line per post in input order; with
//! `--out DIR`, also `networks.jsonl` (riskiest first) and an offline `report.html`.

use super::{finish_run, strict_error, InputArgs, OutputArgs, Reporter, RunArgs, UsageError};
use plainsight_engine::link::{run as run_link, write_assignments, write_out_dir, LinkOptions};
use plainsight_extract::ExtractConfig;
use plainsight_link::LinkConfig;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Also write networks.jsonl and report.html into this directory (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Show selector values unmasked in report.html (handle the page as sensitive).
    #[arg(long)]
    pub reveal: bool,
    /// Region (ISO 3166-1 alpha-2) for numbers without a country code.
    #[arg(long, value_name = "CC")]
    pub default_region: Option<String>,
    /// Total evidence (bits) at which two posts are linked.
    #[arg(long, value_name = "BITS")]
    pub threshold: Option<f64>,
    /// Folder that image files named in posts must lie inside (default: the input file's own
    /// folder). Paths leading outside it, and anything not a regular file, are skipped.
    #[arg(long, value_name = "DIR")]
    pub images_root: Option<PathBuf>,
    /// Leave network risk neutral (0.5) instead of scoring indicators.
    #[arg(long)]
    pub no_risk: bool,
    #[command(flatten)]
    pub run: RunArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let default_region = super::default_region(args.default_region.as_deref())?;
    let mut link = LinkConfig {
        keep_tokens: args.out.is_some(),
        summarize: args.out.is_some(),
        ..LinkConfig::default()
    };
    if let Some(t) = args.threshold {
        if !t.is_finite() || t <= 0.0 {
            return Err(UsageError("--threshold must be a positive number".into()).into());
        }
        link.threshold = t;
    }
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir).map_err(|e| {
            anyhow::Error::new(UsageError(format!("cannot create {}: {e}", dir.display())))
        })?;
    }
    let options = LinkOptions {
        extract: ExtractConfig { default_region },
        parallelism: args.run.parallelism()?,
        strict: args.input.strict,
        link,
        risk: !args.no_risk && args.out.is_some(),
        images_root: args.images_root.clone(),
    };
    let reporter = Reporter::new(args.run.quiet);
    let outcome = run_link(args.input.reader(), &options, &mut |p| reporter.report(p))
        .map_err(strict_error)?;
    let mut out = args.output.open()?;
    write_assignments(&outcome.linking, &mut *out)?;
    if let Some(dir) = &args.out {
        write_out_dir(&outcome, dir, args.reveal)?;
    }
    if !args.run.quiet {
        eprintln!(
            "plainsight link: {} posts into {} networks ({} of two or more posts)",
            outcome.posts,
            outcome.linking.network_count(),
            outcome.linking.linked_network_count()
        );
    }
    Ok(finish_run(
        "link",
        &outcome.ingest,
        outcome.posts,
        started.elapsed(),
        args.run.quiet,
    ))
}
