//! `plainsight extract [INPUT...]` (stub: being wired to ingest and the engine).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Input files (JSONL or CSV, optionally .gz/.zst); `-` or nothing reads stdin.
    pub inputs: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let _ = args;
    Ok(ExitCode::SUCCESS)
}
