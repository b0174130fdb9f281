//! `plainsight scan [INPUT...]`: everything `extract` gives plus the post's risk, the
//! indicators that fired and the post's type (`"post_type"`), one JSONL line per good post, in
//! input order.

use super::{
    finish_summary, strict_error, InputArgs, OutputArgs, RegionArgs, Reporter, RunArgs, UsageError,
};
use plainsight_engine::scan::{run as run_scan, ScanOptions, Scanner};
use plainsight_indicators::LanguagePack;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub regions: RegionArgs,
    /// An extra indicator language file (TOML, as `crates/plainsight-indicators/lang/*.toml`),
    /// read in addition to the built-in languages. May be repeated.
    #[arg(long = "lang", value_name = "FILE")]
    pub languages: Vec<PathBuf>,
    #[command(flatten)]
    pub run: RunArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut extra_languages = Vec::new();
    for path in &args.languages {
        // A language file the user named is configuration: a bad one is a usage error.
        let pack = LanguagePack::load(path).map_err(|e| UsageError(e.to_string()))?;
        extra_languages.push(pack);
    }
    let options = ScanOptions {
        extract: args.regions.extract_config()?,
        parallelism: args.run.parallelism()?,
        strict: args.input.strict,
        extra_languages,
    };
    let scanner = Scanner::new(&options).map_err(|e| UsageError(e.to_string()))?;
    let mut out = args.output.open()?;
    let reporter = Reporter::new(args.run.quiet);
    let summary = run_scan(
        args.input.reader(),
        &scanner,
        &options,
        &mut *out,
        &mut |p| reporter.report(p),
    )
    .map_err(strict_error)?;
    Ok(finish_summary(
        "scan",
        &summary,
        started.elapsed(),
        args.run.quiet,
    ))
}
