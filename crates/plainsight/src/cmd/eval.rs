//! `plainsight eval --truth T --pred P`: pairwise and B-cubed precision, recall and F1 of a
//! linking (`plainsight link` output) against ground truth (`plainsight synth --truth`). One
//! JSON line of scores on stdout, a readable summary on stderr. The reading and scoring are
//! [`plainsight_engine::eval`]; a problem in either file is a usage error (exit 2).

use super::UsageError;
use plainsight_engine::eval::EvalInputError;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Ground truth: JSONL with `id` and `network`.
    #[arg(long, value_name = "FILE")]
    pub truth: PathBuf,
    /// Prediction: JSONL with `id` and `network` (the output of `plainsight link`).
    #[arg(long, value_name = "FILE")]
    pub pred: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let s = plainsight_engine::eval::evaluate(&args.truth, &args.pred).map_err(|e| match e {
        EvalInputError::Bad(why) => anyhow::Error::new(UsageError(why)),
        io => anyhow::Error::new(io),
    })?;
    let mut stdout = super::stdout()?.lock();
    writeln!(stdout, "{}", serde_json::to_string(&s)?)?;
    stdout.flush()?;
    eprintln!(
        "plainsight eval: {} posts, {} true / {} predicted networks\n  pairwise  P {:.4}  R {:.4}  F1 {:.4}\n  B-cubed   P {:.4}  R {:.4}  F1 {:.4}",
        s.posts,
        s.true_networks,
        s.predicted_networks,
        s.pairwise.precision,
        s.pairwise.recall,
        s.pairwise.f1,
        s.bcubed.precision,
        s.bcubed.recall,
        s.bcubed.f1
    );
    if s.missing > 0 || s.extra > 0 {
        eprintln!(
            "plainsight eval: {} truth posts missing from the prediction, {} predicted posts not in the truth",
            s.missing, s.extra
        );
    }
    Ok(ExitCode::SUCCESS)
}
