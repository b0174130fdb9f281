//! `plainsight extract [INPUT...]`: one JSONL line of selectors per good post, in input order.

use super::{finish_summary, strict_error, InputArgs, OutputArgs, RegionArgs, Reporter, RunArgs};
use plainsight_engine::extract::{run as run_extract, ExtractOptions};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
#[command(after_help = "\
Output: one JSONL line per good post, in input order: {\"id\": ..., \"selectors\": [...]}.
Bad records are reported on stderr as FILE:LINE: bad record: REASON and skipped.

Exit status: 0 success (bad records skipped and reported), 1 runtime failure or an input that
could not be read (the others are still processed), 2 usage error or a bad record with --strict.")]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub regions: RegionArgs,
    #[command(flatten)]
    pub run: RunArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let options = ExtractOptions {
        extract: args.regions.extract_config()?,
        parallelism: args.run.parallelism()?,
        strict: args.input.strict,
    };
    let mut out = args.output.open()?;
    let reporter = Reporter::new(args.run.quiet);
    let summary = run_extract(args.input.reader(), &options, &mut *out, &mut |p| {
        reporter.report(p)
    })
    .map_err(strict_error)?;
    Ok(finish_summary(
        "extract",
        &summary,
        started.elapsed(),
        args.run.quiet,
    ))
}
