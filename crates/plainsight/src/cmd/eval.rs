//! `plainsight eval --truth T --pred P`: pairwise and B-cubed precision, recall and F1 of a
//! linking (`plainsight link` output) against ground truth (`plainsight synth --truth`). Both
//! are JSONL with `id` and `network`; other fields are ignored. One JSON line of scores on
//! stdout, a readable summary on stderr.
//!
//! Both files are the user's arguments, so a problem in one is a usage error (exit 2): a line
//! that is not `{"id","network"}`, an id given twice in the same file (a post has one network;
//! scoring a file with repeats would count its pairs twice and give meaningless figures), a
//! path that is not a regular file (`/dev/zero`, a FIFO), a file over
//! [`MAX_FILE_BYTES`] or a line over [`MAX_LINE_BYTES`]. The size is checked before reading,
//! and reading stops at it whatever the file does meanwhile.

use super::UsageError;
use plainsight_link::eval::score;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
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

/// The largest truth or prediction file read: 4 GiB, some 50 M posts (the `synth` cap).
pub const MAX_FILE_BYTES: u64 = 4 << 30;
/// The longest line read: an `{"id","network"}` line is short; anything longer is refused.
pub const MAX_LINE_BYTES: usize = 1 << 20;

fn usage(msg: String) -> anyhow::Error {
    anyhow::Error::new(UsageError(msg))
}

fn read(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let shown = path.display();
    let f = std::fs::File::open(path).map_err(|e| usage(format!("cannot open {shown}: {e}")))?;
    let meta = f.metadata()?;
    if !meta.is_file() {
        return Err(usage(format!("{shown}: not a regular file")));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(usage(format!(
            "{shown}: {} bytes, more than the {MAX_FILE_BYTES} read",
            meta.len()
        )));
    }
    let mut reader = BufReader::new(f.take(MAX_FILE_BYTES));
    let mut rows = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut line = Vec::new();
    for number in 1.. {
        line.clear();
        // Bounded: at most one byte past the limit is read, which tells a long line.
        let n = (&mut reader)
            .take(MAX_LINE_BYTES as u64 + 1)
            .read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        if line.len() > MAX_LINE_BYTES && line.last() != Some(&b'\n') {
            return Err(usage(format!(
                "{shown}:{number}: line longer than {MAX_LINE_BYTES} bytes"
            )));
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let row: Row = serde_json::from_slice(&line).map_err(|e| {
            usage(format!(
                "{shown}:{number}: not an {{\"id\",\"network\"}} line: {e}"
            ))
        })?;
        if let Some(first) = seen.insert(row.id.clone(), number) {
            // Ids are not quoted: they may come from the posts themselves.
            return Err(usage(format!(
                "{shown}:{number}: repeated id (first on line {first}): every post must appear once"
            )));
        }
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
