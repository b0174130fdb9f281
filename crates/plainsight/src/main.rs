//! The `plainsight` binary: parses arguments, calls one engine function per subcommand, maps
//! errors to exit codes (0 success, 1 runtime failure, 2 usage error or `--strict` bad record).
//! The work itself lives in the library crates; see ARCHITECTURE.md.

mod cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "plainsight", version, about = "Find human trafficking in plain sight online.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract contact selectors (phones, emails, URLs, handles, crypto, payment) from posts.
    Extract(cmd::extract::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
    };
    cmd::finish(result)
}
