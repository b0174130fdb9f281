//! `plainsight export --db CASE.db --format csv|ftm|gexf|graphml [--network ID] [--min-risk R]
//! [--reveal] [-o FILE]`: the case store's posts through `plainsight-output`'s writers
//! (`plainsight_engine::export`).

use super::{OutputArgs, UsageError};
use plainsight_engine::export::{run as run_export, ExportSettings};
use plainsight_output::export::ExportFormat;
use plainsight_store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The case store.
    #[arg(long, value_name = "CASE.db")]
    pub db: PathBuf,
    /// csv (one row per post, first columns id,network), ftm (FollowTheMoney entities, one
    /// JSON object per line), gexf or graphml (graphs of posts, selectors and images).
    #[arg(long, value_name = "FORMAT")]
    pub format: String,
    /// Only this network's posts.
    #[arg(long, value_name = "ID")]
    pub network: Option<String>,
    /// Only posts whose own risk or whose network's risk is at least R (0 to 1).
    #[arg(long, value_name = "R")]
    pub min_risk: Option<f64>,
    /// Show selector values and titles unmasked (handle the file as sensitive).
    #[arg(long)]
    pub reveal: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let format: ExportFormat = args
        .format
        .parse()
        .map_err(|e: plainsight_output::export::UnknownFormat| UsageError(e.to_string()))?;
    if let Some(r) = args.min_risk {
        if !(0.0..=1.0).contains(&r) {
            return Err(UsageError("--min-risk must be between 0 and 1".into()).into());
        }
    }
    if !args.db.exists() {
        return Err(UsageError(format!("{}: no such case store", args.db.display())).into());
    }
    let store = Store::open(&args.db).map_err(|e| anyhow::anyhow!("{}: {e}", args.db.display()))?;
    if store.needs_link()? {
        eprintln!(
            "plainsight export: posts were stored since the last linking (an interrupted ingest); run ingest again to link them"
        );
    }
    let mut out = args.output.open()?;
    let n = run_export(
        &store,
        &ExportSettings {
            format,
            network: args.network,
            min_risk: args.min_risk,
            reveal: args.reveal,
        },
        &mut *out,
    )?;
    eprintln!(
        "plainsight export: {n} post{} as {format}",
        if n == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}
