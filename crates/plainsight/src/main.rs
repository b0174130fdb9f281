//! The `plainsight` binary: parses arguments, calls one engine function per subcommand, maps
//! errors to exit codes (0 success, 1 runtime failure, 2 usage error or `--strict` bad record).
//! The work itself lives in the library crates; see ARCHITECTURE.md.

mod cmd;

/// mimalloc instead of the system allocator: extraction makes many short-lived small
/// allocations per post (views, candidate lists, selector strings), and glibc malloc/free were
/// about 11% of `extract`'s profile.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "plainsight",
    version,
    about = "Find human trafficking in plain sight online."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract contact selectors (phones, emails, URLs, handles, crypto, payment) from posts.
    Extract(cmd::extract::Args),
    /// Everything `extract` gives, plus indicators of exploitation and the post's risk.
    Scan(cmd::scan::Args),
    /// Group posts into the networks behind them, with the evidence for every link.
    Link(cmd::link::Args),
    /// Generate a seeded synthetic corpus with ground truth.
    Synth(cmd::synth::Args),
    /// Score a linking against ground truth (pairwise and B-cubed precision, recall, F1).
    Eval(cmd::eval::Args),
    /// PDQ-hash image files.
    Hash(cmd::hash::Args),
    /// Match PDQ hashes against hash lists.
    Match(cmd::matching::Args),
    /// Add posts to a case store and link them against everything stored.
    Ingest(cmd::ingest::Args),
    /// Find posts in a case store by selector (any disguise), text, place, indicator or network.
    Search(cmd::search::Args),
    /// Protection services: import directories, find the nearest, list the gaps, export HSDS.
    Services(cmd::services::Args),
    /// For each place of a network's movement, the nearest services of every protection
    /// category, with distance, contacts and source (JSONL).
    Refer(cmd::services::ReferArgs),
    /// Export a case store as CSV, FollowTheMoney entities, GEXF or GraphML.
    Export(cmd::export::Args),
    /// People of the workspace: add one (with a role), make an API token, list them.
    Users(cmd::workspace::UsersArgs),
    /// Serve the analyst's workspace over HTTP (127.0.0.1:8080 by default).
    Serve(cmd::workspace::ServeArgs),
    /// Check the workspace's audit log.
    Audit(cmd::workspace::AuditArgs),
}

/// Replaces Rust's default panic message, which quotes whatever a failed slice or `expect` was
/// given — possibly the text of a post — with one that names only the code location. The engine
/// catches panics per post and reports the post by file and line; this hook makes sure nothing of
/// the post itself reaches stderr on the way. `PLAINSIGHT_PANIC_DETAIL=1` shows the full message
/// (for a developer reproducing a bug on synthetic data).
fn install_private_panic_hook() {
    if std::env::var_os("PLAINSIGHT_PANIC_DETAIL").is_some() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_else(|| "unknown location".into());
        eprintln!("plainsight: internal error (panic) at {at}; message withheld because it may quote post text");
    }));
}

fn main() -> ExitCode {
    // Before anything is allocated: small pages for the whole run (see the function).
    plainsight_engine::small_pages();
    install_private_panic_hook();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        // `-o` naming an input would empty it before a record was read: refused up front.
        Command::Extract(args) => args
            .output
            .check_not_input(&args.input)
            .and_then(|()| cmd::extract::run(args)),
        // A language file is read whole: one that is not a regular file (`/dev/zero`, a FIFO)
        // would be read without end, so it is refused before the indicators crate loads it.
        Command::Scan(args) => cmd::require_regular_files("--lang", &args.languages)
            .and_then(|()| args.output.check_not_input(&args.input))
            .and_then(|()| cmd::scan::run(args)),
        Command::Link(args) => args
            .output
            .check_not_input(&args.input)
            .and_then(|()| cmd::link::run(args)),
        Command::Synth(args) => cmd::synth::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Hash(args) => cmd::hash::run(args),
        Command::Match(args) => cmd::matching::run(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Search(args) => cmd::search::run(args),
        Command::Services(args) => cmd::services::run(args),
        Command::Refer(args) => cmd::services::refer(args),
        Command::Export(args) => cmd::export::run(args),
        Command::Users(args) => cmd::workspace::users(args),
        Command::Serve(args) => cmd::workspace::serve(args),
        Command::Audit(args) => cmd::workspace::audit(args),
    };
    cmd::finish(result)
}
