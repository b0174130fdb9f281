//! The `scan` pipeline: ingest → extract → indicators, one JSONL line per good post in input
//! order, as `CONTRACT.md` ("`plainsight scan`") shows:
//! `{"id": ..., "risk": 0.83, "selectors": [...], "indicators": [...]}`, plus the post's type
//! (`"post_type"`: `sex_ad`, `job_offer`, `massage` or `other`; see
//! [`plainsight_indicators::PostType`]), an additive field.
//!
//! It runs on the same [`map_in_order`] machinery as `extract`; the evaluator is compiled once
//! and shared by the worker threads.

use crate::{map_in_order, EngineError, Parallelism, RunSummary};
use plainsight_core::{IndicatorHit, Post, Selector};
use plainsight_extract::{Ambiguous, ExtractConfig, Extractor};
use plainsight_indicators::{Evaluation, Evaluator, IndicatorError, LanguagePack, PostType};
use plainsight_ingest::{IngestError, PostReader};
use serde::Serialize;
use std::io::Write;

/// Settings of a scan run.
#[derive(Clone, Debug, Default)]
pub struct ScanOptions {
    pub extract: ExtractConfig,
    pub parallelism: Parallelism,
    /// Stop at the first bad record.
    pub strict: bool,
    /// Language packs read in addition to the embedded ones (`--lang FILE`).
    pub extra_languages: Vec<LanguagePack>,
}

/// What a scan run did: the run summary every command shares ([`RunSummary`]: read, written,
/// bad, failed, capped). A post the stages failed on is counted as failed (and the run exits
/// 1), never dropped without a word.
pub type ScanSummary = RunSummary;

/// One post scanned: its selectors and its evaluation (indicators, ages, risk with its parts).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScannedPost {
    pub selectors: Vec<Selector>,
    /// National numbers whose region could not be told (not selectors).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ambiguous: Vec<Ambiguous>,
    pub evaluation: Evaluation,
    /// The caps extraction hit ([`plainsight_extract::Extraction::capped`]); not serialized.
    #[serde(skip)]
    pub capped: Vec<String>,
}

/// The extract and indicator stages, built once and shared across threads.
#[derive(Debug)]
pub struct Scanner {
    extractor: Extractor,
    evaluator: Evaluator,
}

impl Scanner {
    /// Builds the stages; fails only if a language pack does not compile.
    pub fn new(options: &ScanOptions) -> Result<Self, IndicatorError> {
        let mut packs = LanguagePack::embedded();
        packs.extend(options.extra_languages.iter().cloned());
        Ok(Scanner {
            extractor: Extractor::new(options.extract.clone()),
            evaluator: Evaluator::with_languages(&packs)?,
        })
    }

    /// Scans one post (the library entry point, e.g. for the link pipeline).
    pub fn scan(&self, post: &Post) -> ScannedPost {
        let found = self.extractor.extract_all(post);
        let evaluation = self
            .evaluator
            .evaluate_folded(post, &found.selectors, &found.folded);
        ScannedPost {
            selectors: found.selectors,
            ambiguous: found.ambiguous,
            evaluation,
            capped: found.capped,
        }
    }

    pub fn evaluator(&self) -> &Evaluator {
        &self.evaluator
    }
}

/// One output line.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    risk: f64,
    selectors: &'a [Selector],
    #[serde(skip_serializing_if = "<[Ambiguous]>::is_empty")]
    ambiguous: &'a [Ambiguous],
    indicators: &'a [IndicatorHit],
    post_type: PostType,
}

/// Writes the output line of one scanned post (JSON and a newline) into `buf`.
pub fn write_line(id: &str, scanned: &ScannedPost, buf: &mut Vec<u8>) {
    let line = Line {
        id,
        risk: scanned.evaluation.risk.score,
        selectors: &scanned.selectors,
        ambiguous: &scanned.ambiguous,
        indicators: &scanned.evaluation.indicators,
        post_type: scanned.evaluation.post_type.kind,
    };
    // Serializing plain strings and finite numbers into a Vec cannot fail.
    if serde_json::to_writer(&mut *buf, &line).is_err() {
        buf.clear();
    }
    buf.push(b'\n');
}

/// Runs scan over every post of `reader`, one line per good post to `out` in input order
/// (byte-identical whatever the thread count). Problems go to `on_problem` and the summary.
pub fn run(
    mut reader: PostReader,
    scanner: &Scanner,
    options: &ScanOptions,
    out: &mut (dyn Write + Send),
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
) -> Result<ScanSummary, EngineError> {
    let written = map_in_order(
        &mut reader,
        &options.parallelism,
        options.strict,
        |post, buf| {
            crate::fail_point(post);
            let scanned = scanner.scan(post);
            write_line(&post.id, &scanned, buf);
            (!scanned.capped.is_empty()).then(|| scanned.capped.join("; "))
        },
        out,
        on_problem,
    )?;
    Ok(written.into_summary(reader.into_summary()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_text(input: &str, threads: usize) -> String {
        let options = ScanOptions {
            parallelism: Parallelism {
                threads,
                batch_posts: 3,
                ..Parallelism::default()
            },
            ..ScanOptions::default()
        };
        let scanner = Scanner::new(&options).unwrap();
        let reader = PostReader::from_reader(
            "in.jsonl",
            std::io::Cursor::new(input.to_owned()),
            Default::default(),
        );
        let mut out = Vec::new();
        run(reader, &scanner, &options, &mut out, &mut |_| {}).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// A post the stages failed on is not dropped silently: the run counts it, names it by
    /// file and line, keeps the count in its summary and exits 1.
    #[test]
    fn a_post_the_stages_failed_on_is_named_and_counted() {
        let options = ScanOptions::default();
        let scanner = Scanner::new(&options).unwrap();
        let input = "{\"id\":\"a\",\"body\":\"x\"}\n{\"id\":\"panic!b\",\"body\":\"y\"}\n{\"id\":\"c\",\"body\":\"z\"}\n";
        let reader = PostReader::from_reader("in.jsonl", input.as_bytes(), Default::default());
        let mut out = Vec::new();
        let summary = run(reader, &scanner, &options, &mut out, &mut |_| {}).unwrap();
        assert_eq!(String::from_utf8(out).unwrap().lines().count(), 2);
        assert_eq!((summary.written, summary.failed), (2, 1));
        assert_eq!(summary.exit_code(), 1);
        let lines = summary.lines("scan", std::time::Duration::ZERO, true);
        assert!(
            lines[0].starts_with("in.jsonl:2: internal error"),
            "{lines:?}"
        );
        assert!(
            lines[1].contains("1 post failed after internal errors"),
            "{lines:?}"
        );
    }

    /// A post with a field past the extraction cap is written, counted as capped and named.
    #[test]
    fn a_post_past_a_cap_is_named_and_counted() {
        let options = ScanOptions::default();
        let scanner = Scanner::new(&options).unwrap();
        let big: String = (0..=plainsight_extract::MAX_SELECTORS_PER_FIELD)
            .map(|i| format!("site{i}.com "))
            .collect();
        let input =
            format!("{{\"id\":\"a\",\"body\":\"x\"}}\n{{\"id\":\"b\",\"body\":\"{big}\"}}\n");
        let reader = PostReader::from_reader(
            "in.jsonl",
            std::io::Cursor::new(input.into_bytes()),
            Default::default(),
        );
        let mut out = Vec::new();
        let summary = run(reader, &scanner, &options, &mut out, &mut |_| {}).unwrap();
        assert_eq!((summary.written, summary.capped), (2, 1));
        assert_eq!(summary.exit_code(), 0);
        let lines = summary.lines("scan", std::time::Duration::ZERO, true);
        assert_eq!(
            lines[0],
            "in.jsonl:2: capped: body has more than 1000 selectors of a kind, the first 1000 of each kind kept"
        );
        assert!(lines[1].contains("1 post capped"));
    }

    #[test]
    fn line_shape_follows_the_contract() {
        let out = scan_text(
            "{\"id\":\"R1\",\"body\":\"Your passport will be kept safe by the agency\"}\n",
            1,
        );
        assert_eq!(
            out,
            "{\"id\":\"R1\",\"risk\":0.8647,\"selectors\":[],\"indicators\":[\
{\"code\":\"J004\",\"name\":\"document-retention\",\"field\":\"body\",\"start\":5,\"end\":31,\"weight\":2.0}],\
\"post_type\":\"job_offer\"}\n"
        );
    }

    #[test]
    fn one_line_per_post_in_input_order_with_risk_and_indicators() {
        let mut input = String::new();
        for i in 0..10 {
            let body = if i % 2 == 0 {
                "Your passport will be kept safe by the agency"
            } else {
                "Bakery assistant, weekday mornings"
            };
            input.push_str(&format!("{{\"id\":\"P{i}\",\"body\":\"{body}\"}}\n"));
        }
        let out = scan_text(&input, 2);
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 10);
        for (i, l) in lines.iter().enumerate() {
            assert_eq!(l["id"], format!("P{i}"));
            let keys: Vec<&String> = l.as_object().unwrap().keys().collect();
            assert_eq!(keys, ["id", "risk", "selectors", "indicators", "post_type"]);
            let risk = l["risk"].as_f64().unwrap();
            if i % 2 == 0 {
                assert!(risk > 0.8);
                assert_eq!(l["indicators"][0]["code"], "J004");
                assert_eq!(l["indicators"][0]["field"], "body");
            } else {
                assert_eq!(risk, 0.0);
            }
        }
        assert_eq!(out, scan_text(&input, 1), "output depends on thread count");
    }
}
