//! `plainsight link [INPUT...]`: one `{"id","network"}` line per post in input order; with
//! `--out DIR`, also `networks.jsonl` (riskiest first), `networks.csv` (one row per post) and an
//! offline `report.html`; with `--services SOURCE`, `referrals.jsonl` and the report's "Help near
//! this network".

use super::{
    finish_summary, strict_error, InputArgs, OutputArgs, RegionArgs, Reporter, RunArgs, UsageError,
};
use plainsight_engine::link::{run as run_link, write_assignments, write_out_dir, LinkOptions};
use plainsight_engine::services::Referrer;
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
    /// Also write networks.jsonl, networks.csv and report.html into this directory (created if
    /// missing).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Show selector values unmasked in report.html and networks.csv (handle them as sensitive).
    #[arg(long)]
    pub reveal: bool,
    #[command(flatten)]
    pub regions: RegionArgs,
    /// Total evidence (bits) at which two posts are linked.
    #[arg(long, value_name = "BITS")]
    pub threshold: Option<f64>,
    /// Folder that image files named in posts must lie inside (default: the input file's own
    /// folder). Paths leading outside it, and anything not a regular file, are skipped.
    #[arg(long, value_name = "DIR")]
    pub images_root: Option<PathBuf>,
    /// A services directory (HSDS 3 JSON or 1.x/2.x data package folder, 3W CSV with HXL
    /// tags, GeoJSON; repeat the flag for several), read in memory: report.html gets "Help near
    /// this network" per network and DIR gets referrals.jsonl (needs --out).
    #[arg(long = "services", value_name = "SOURCE", requires = "out")]
    pub services: Vec<PathBuf>,
    /// Force the directories' format instead of detecting it.
    #[arg(long, value_parser = ["hsds", "3w", "geojson"], requires = "services")]
    pub services_format: Option<String>,
    /// Leave network risk neutral (0.5) instead of scoring indicators.
    #[arg(long)]
    pub no_risk: bool,
    #[command(flatten)]
    pub run: RunArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let extract = args.regions.extract_config()?;
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
    // The directories first: a source that cannot be read is a usage error before any work.
    let services = if args.services.is_empty() {
        None
    } else {
        let format = args
            .services_format
            .as_deref()
            .map(|f| f.parse::<plainsight_referral::Format>())
            .transpose()
            .map_err(UsageError)?;
        let opts = plainsight_referral::ImportOptions {
            format,
            country: None,
        };
        Some(
            // As `services import`: a source of no known format is a usage error, one that
            // cannot be read a runtime failure.
            Referrer::import(&args.services, &opts).map_err(|e| match e {
                plainsight_referral::Error::Format { .. } => {
                    anyhow::Error::new(UsageError(e.to_string()))
                }
                e => anyhow::Error::new(e),
            })?,
        )
    };
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir).map_err(|e| {
            anyhow::Error::new(UsageError(format!("cannot create {}: {e}", dir.display())))
        })?;
    }
    let options = LinkOptions {
        extract,
        parallelism: args.run.parallelism()?,
        strict: args.input.strict,
        link,
        risk: !args.no_risk && args.out.is_some(),
        images_root: args.images_root.clone(),
    };
    let reporter = Reporter::new(args.run.quiet);
    let mut outcome = run_link(args.input.reader(), &options, &mut |p| reporter.report(p))
        .map_err(strict_error)?;
    if let Some((_, report)) = &services {
        outcome.summary.directory(&report.problems);
    }
    let mut out = args.output.open()?;
    write_assignments(&outcome.linking, &mut *out)?;
    if let Some(dir) = &args.out {
        // Never through a symlink planted in DIR (the engine's `write_file_in`).
        write_out_dir(
            &outcome,
            dir,
            args.reveal,
            services.as_ref().map(|(r, _)| r),
        )?;
    }
    if !args.run.quiet {
        eprintln!(
            "plainsight link: {} posts into {} networks ({} of two or more posts)",
            outcome.posts,
            outcome.linking.network_count(),
            outcome.linking.linked_network_count()
        );
    }
    Ok(finish_summary(
        "link",
        &outcome.summary,
        started.elapsed(),
        args.run.quiet,
    ))
}
