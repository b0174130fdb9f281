//! One module per subcommand. Each has `Args` (clap) and `run(Args) -> anyhow::Result<ExitCode>`.

pub mod eval;
pub mod extract;
pub mod hash;
pub mod link;
pub mod matching;
pub mod scan;
pub mod synth;

use std::process::ExitCode;

/// An error the user can fix (bad arguments, unreadable configuration, a bad record under
/// `--strict`): exit status 2. Every other error is a runtime failure: exit status 1.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for UsageError {}

/// Maps a command's result to the process exit status, printing the error chain on stderr.
pub fn finish(result: anyhow::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("plainsight: error: {e:#}");
            if e.downcast_ref::<UsageError>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}
