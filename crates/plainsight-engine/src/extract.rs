//! The `extract` pipeline: ingest → extract, one JSONL line per good post in input order, as
//! `CONTRACT.md` ("`plainsight extract`") shows: `{"id": ..., "selectors": [...]}`.

use crate::{map_in_order, EngineError, Parallelism, RunSummary};
use plainsight_core::Selector;
use plainsight_extract::{Ambiguous, ExtractConfig, Extractor};
use plainsight_ingest::{IngestError, PostReader};
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

/// What an extract run did: the run summary every command shares ([`RunSummary`]: read,
/// written, bad, failed, capped).
pub type ExtractSummary = RunSummary;

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
            crate::fail_point(post);
            let found = extractor.extract_all(post);
            write_line_with(&post.id, &found.selectors, &found.ambiguous, buf);
            (!found.capped.is_empty()).then(|| found.capped.join("; "))
        },
        out,
        on_problem,
    )?;
    Ok(written.into_summary(reader.into_summary()))
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
