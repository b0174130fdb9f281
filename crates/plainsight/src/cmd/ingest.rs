//! `plainsight ingest --db CASE.db [INPUT...]`: adds posts to the case store, scores them and
//! links them against everything stored (`plainsight_engine::ingest`). A summary line on
//! stderr always; `--json` prints the contract's summary object on stdout; a progress bar on
//! stderr only when stderr is a terminal.

use super::{report_failed, strict_error, InputArgs, RegionArgs, Reporter, RunArgs};
use plainsight_engine::ingest::{run as run_ingest, IngestOptions, Progress};
use plainsight_store::Store;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// The case store (one SQLite file; created if missing).
    #[arg(long, value_name = "CASE.db")]
    pub db: PathBuf,
    #[command(flatten)]
    pub input: InputArgs,
    /// Print the run's summary as one JSON object on stdout.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub regions: RegionArgs,
    /// Folder that image files named in posts must lie inside (default: the input's folder).
    #[arg(long, value_name = "DIR")]
    pub images_root: Option<PathBuf>,
    /// Posts per transaction (a killed run keeps every committed one).
    #[arg(long, default_value_t = 16384, value_name = "N")]
    pub chunk: usize,
    /// Link every stored post again, not only the new posts' neighbourhood.
    #[arg(long)]
    pub full_relink: bool,
    #[command(flatten)]
    pub run: RunArgs,
}

/// The current time, RFC 3339 (the only clock read; the engine takes it as a parameter).
fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    plainsight_core::time::format_rfc3339(secs)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let options = IngestOptions {
        extract: args.regions.extract_config()?,
        parallelism: args.run.parallelism()?,
        strict: args.input.strict,
        images_root: args.images_root.clone(),
        chunk_posts: args.chunk.max(1),
        full_relink: args.full_relink,
        now: now(),
        inputs: args
            .input
            .inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        ..IngestOptions::default()
    };
    let mut store =
        Store::open(&args.db).map_err(|e| anyhow::anyhow!("{}: {e}", args.db.display()))?;
    let bar = (std::io::stderr().is_terminal() && !args.run.quiet).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg} [{elapsed_precise}]")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        bar
    });
    let mut on_progress = |p: Progress| {
        if let Some(bar) = &bar {
            match p {
                Progress::Stored(n) => bar.set_message(format!("{n} posts stored")),
                Progress::Linking(n) => bar.set_message(format!("linking {n} posts")),
                Progress::Prepared(n) => bar.set_message(format!("linking: {n} posts read back")),
                Progress::Linked => bar.set_message("networks written".to_string()),
            }
        }
    };
    let reporter = Reporter::new(args.run.quiet);
    let result = run_ingest(
        args.input.reader(),
        &mut store,
        &options,
        &mut |p| reporter.report(p),
        &mut on_progress,
    );
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let summary = result.map_err(strict_error)?;
    let c = &summary.counts;
    if args.json {
        let mut out = super::stdout()?.lock();
        serde_json::to_writer(&mut out, c)?;
        out.write_all(b"\n")?;
        out.flush()?;
    }
    eprintln!(
        "plainsight ingest: {} read, {} added, {} unchanged, {} updated, {}; {} networks ({} of two or more), {} merged, {} split; {:.2} s",
        c.read,
        c.added,
        c.unchanged,
        c.updated,
        summary.ingest.bad_description(),
        c.networks,
        summary.linked_networks,
        c.merged,
        c.split,
        started.elapsed().as_secs_f64()
    );
    if summary.relinked {
        eprintln!(
            "plainsight ingest: linked {} posts ({})",
            summary.relinked_posts,
            if summary.full_relink {
                "every current post"
            } else if summary.attached {
                "the new posts and the posts they meet, attached to the stored networks; \
                 --full-relink links everything and can split"
            } else {
                "the new posts and their neighbourhood"
            }
        );
    }
    let failed = report_failed("ingest", summary.failed, &summary.failed_sources);
    if summary.ingest.unreadable > 0 {
        eprintln!(
            "plainsight ingest: {} input{} could not be read",
            summary.ingest.unreadable,
            if summary.ingest.unreadable == 1 {
                ""
            } else {
                "s"
            }
        );
        return Ok(ExitCode::from(1));
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
