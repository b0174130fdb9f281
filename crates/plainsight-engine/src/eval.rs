//! Scoring a linking against ground truth (`plainsight eval --truth T --pred P`): pairwise
//! and B-cubed precision, recall and F1 ([`plainsight_link::eval::score`]). Both files are
//! JSONL with `id` and `network`; other fields are ignored.
//!
//! Both files are the user's arguments, so a problem in one is [`EvalInputError::Bad`] (a
//! usage error at the command line): a line that is not `{"id","network"}`, an id given twice
//! in the same file (a post has one network; scoring a file with repeats would count its
//! pairs twice and give meaningless figures), a path that is not a regular file (`/dev/zero`,
//! a FIFO), a file over [`MAX_FILE_BYTES`] or a line over [`MAX_LINE_BYTES`]. The size is
//! checked before reading, and reading stops at it whatever the file does meanwhile.

use plainsight_link::eval::{score, Scores};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Why a truth or prediction file could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalInputError {
    /// The file is not what `eval` reads (the message names the file and line): the user's
    /// argument is at fault.
    #[error("{0}")]
    Bad(String),
    /// The machine could not read it.
    #[error("{what}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },
}

fn bad(msg: String) -> EvalInputError {
    EvalInputError::Bad(msg)
}

fn io(what: String) -> impl FnOnce(std::io::Error) -> EvalInputError {
    move |source| EvalInputError::Io { what, source }
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

/// The `(id, network)` rows of a truth or prediction file, in file order; blank lines skipped.
pub fn read_assignments(path: &Path) -> Result<Vec<(String, String)>, EvalInputError> {
    let shown = path.display();
    let f = std::fs::File::open(path).map_err(|e| bad(format!("cannot open {shown}: {e}")))?;
    let meta = f.metadata().map_err(io(format!("cannot read {shown}")))?;
    if !meta.is_file() {
        return Err(bad(format!("{shown}: not a regular file")));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(bad(format!(
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
            .read_until(b'\n', &mut line)
            .map_err(io(format!("{shown}:{number}: cannot read")))?;
        if n == 0 {
            break;
        }
        if line.len() > MAX_LINE_BYTES && line.last() != Some(&b'\n') {
            return Err(bad(format!(
                "{shown}:{number}: line longer than {MAX_LINE_BYTES} bytes"
            )));
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let row: Row = serde_json::from_slice(&line).map_err(|e| {
            bad(format!(
                "{shown}:{number}: not an {{\"id\",\"network\"}} line: {e}"
            ))
        })?;
        if let Some(first) = seen.insert(row.id.clone(), number) {
            // Ids are not quoted: they may come from the posts themselves.
            return Err(bad(format!(
                "{shown}:{number}: repeated id (first on line {first}): every post must appear once"
            )));
        }
        rows.push((row.id, row.network));
    }
    Ok(rows)
}

/// Scores the prediction file against the truth file.
pub fn evaluate(truth: &Path, pred: &Path) -> Result<Scores, EvalInputError> {
    let truth = read_assignments(truth)?;
    let pred = read_assignments(pred)?;
    Ok(score(
        truth.iter().map(|(a, b)| (a.as_str(), b.as_str())),
        pred.iter().map(|(a, b)| (a.as_str(), b.as_str())),
    ))
}
