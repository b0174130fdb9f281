//! `plainsight link` (stub: being implemented).

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let _ = args;
    Err(anyhow::anyhow!("not implemented yet"))
}
