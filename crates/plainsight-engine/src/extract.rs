//! The `extract` pipeline: ingest → extract, one JSONL line per good post in input order, as
//! `CONTRACT.md` ("`plainsight extract`") shows: `{"id": ..., "selectors": [...]}`.

use crate::{map_in_order, EngineError, Parallelism};
use plainsight_core::{Selector, SourceRef};
use plainsight_extract::{Ambiguous, ExtractConfig, Extractor};
use plainsight_ingest::{IngestError, PostReader, Summary};
use serde::Serialize;
use std::io::Write;

/// Settings of an extract run.
#[derive(Clone, Debug, Default)]
pub struct ExtractOptions {
    pub extract: ExtractConfig,
    pub parallelism: Parallelism,
    /// Stop at the first bad record (the reader's own `strict` option gives the same).
    pub strict: bool,
}

/// What an extract run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtractSummary {
    /// What ingest read: posts, bad records by reason, unreadable inputs.
    pub ingest: Summary,
    /// Output lines written (one per good post).
    pub written: u64,
    /// Posts skipped because extraction panicked on them (a bug), and where the first of them
    /// came from.
    pub failed: u64,
    pub failed_sources: Vec<SourceRef>,
}

/// One output line.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    selectors: &'a [Selector],
    /// National numbers whose region could not be told (`CONTRACT.md`, "Phones: where the
    /// region came from"); left out when there are none.
    #[serde(skip_serializing_if = "<[Ambiguous]>::is_empty")]
    ambiguous: &'a [Ambiguous],
}

/// Writes the output line of one post's selectors (JSON and a newline) into `buf`.
pub fn write_line(id: &str, selectors: &[Selector], buf: &mut Vec<u8>) {
    write_line_with(id, selectors, &[], buf)
}

/// [`write_line`] with the post's ambiguous national numbers.
pub fn write_line_with(
    id: &str,
    selectors: &[Selector],
    ambiguous: &[Ambiguous],
    buf: &mut Vec<u8>,
) {
    let line = Line {
        id,
        selectors,
        ambiguous,
    };
    // Serializing plain strings and numbers into a Vec cannot fail.
    if serde_json::to_writer(&mut *buf, &line).is_err() {
        buf.clear();
    }
    buf.push(b'\n');
}

/// Runs extract over every post of `reader`, writing one line per good post to `out` in input
/// order (byte-identical whatever the thread count). Bad records and unreadable inputs go to
/// `on_problem` as they are met and are counted in the summary.
pub fn run(
    mut reader: PostReader,
    options: &ExtractOptions,
    out: &mut (dyn Write + Send),
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
) -> Result<ExtractSummary, EngineError> {
    let extractor = Extractor::new(options.extract.clone());
    let written = map_in_order(
        &mut reader,
        &options.parallelism,
        options.strict,
        |post, buf| {
            let found = extractor.extract_all(post);
            write_line_with(&post.id, &found.selectors, &found.ambiguous, buf);
        },
        out,
        on_problem,
    )?;
    Ok(ExtractSummary {
        ingest: reader.into_summary(),
        written: written.posts,
        failed: written.failed,
        failed_sources: written.failed_sources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use plainsight_core::{Field, Platform, SelectorKind};

    #[test]
    fn line_shape_follows_the_contract() {
        let s = [
            Selector::new(
                SelectorKind::Handle,
                "lily_xo22",
                Field::Body,
                96,
                111,
                "snap: lily_xo22",
            )
            .with_platform(Platform::Snapchat),
            Selector::new(
                SelectorKind::Phone,
                "+17135550123",
                Field::Title,
                0,
                4,
                "7135",
            ),
        ];
        let mut buf = Vec::new();
        write_line("P1", &s, &mut buf);
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "{\"id\":\"P1\",\"selectors\":[\
{\"kind\":\"handle\",\"platform\":\"snapchat\",\"value\":\"lily_xo22\",\"field\":\"body\",\"start\":96,\"end\":111,\"raw\":\"snap: lily_xo22\"},\
{\"kind\":\"phone\",\"value\":\"+17135550123\",\"field\":\"title\",\"start\":0,\"end\":4,\"raw\":\"7135\"}]}\n"
        );
    }
}
