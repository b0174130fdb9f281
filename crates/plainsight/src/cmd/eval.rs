//! `plainsight eval --truth T --pred P`: pairwise and B-cubed precision, recall and F1 of a
//! linking (`plainsight link` output) against ground truth (`plainsight synth --truth`). Both
//! are JSONL with `id` and `network`; other fields are ignored. One JSON line of scores on
//! stdout, a readable summary on stderr.

use super::UsageError;
use plainsight_link::eval::score;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
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

#[derive(serde::Deserialize)]
struct Row {
    id: String,
    network: String,
}

fn read(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let f = std::fs::File::open(path).map_err(|e| {
        anyhow::Error::new(UsageError(format!("cannot open {}: {e}", path.display())))
    })?;
    let mut rows = Vec::new();
    for (i, line) in BufReader::new(f).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(&line).map_err(|e| {
            anyhow::Error::new(UsageError(format!(
                "{}:{}: not an {{\"id\",\"network\"}} line: {e}",
                path.display(),
                i + 1
            )))
        })?;
        rows.push((row.id, row.network));
    }
    Ok(rows)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let truth = read(&args.truth)?;
    let pred = read(&args.pred)?;
    let s = score(
        truth.iter().map(|(a, b)| (a.as_str(), b.as_str())),
        pred.iter().map(|(a, b)| (a.as_str(), b.as_str())),
    );
    println!("{}", serde_json::to_string(&s)?);
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
