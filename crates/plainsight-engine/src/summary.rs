//! The one run summary every command gives: what it read, wrote, rejected, failed on, capped
//! and skipped, in one wording, with one exit rule. The commands only print what
//! [`RunSummary::lines`] says and exit with [`RunSummary::exit_code`]; nothing here is copied
//! per command.
//!
//! Every post a run read is accounted for: written (an output line), bad (a record ingest
//! rejected, reported by ingest as `FILE:LINE: bad record: REASON`), failed (a stage panicked
//! on it: a bug), or skipped (left out on purpose, e.g. a repeated id under
//! `--no-duplicate-check` in `link`). A post that hit a cap (part of a huge field unread, too
//! many selectors or images kept) is written but also counted as capped, since its output may
//! lack what lay past the cap. Each failed, capped or skipped post is named by file and line in
//! a [`PostNote`] (the first [`MAX_NOTES`] of each class; the counts are always whole).

use plainsight_core::SourceRef;
use plainsight_ingest::Summary;
use std::collections::BTreeMap;
use std::time::Duration;

/// How many notes of each class a summary keeps (the counts go on).
pub const MAX_NOTES: usize = 1000;

/// Why a post is named in the summary.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoteKind {
    /// A stage panicked on the post (a bug); what the command did with it is in `detail`.
    Failed,
    /// The post hit a cap: its output may lack what lay past it (`detail` says which cap).
    Capped,
    /// The post was left out on purpose (`detail` says why).
    Skipped,
}

/// One post named in the summary, by where it came from (never by its text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostNote {
    pub source: SourceRef,
    pub kind: NoteKind,
    pub detail: String,
}

impl std::fmt::Display for PostNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.kind {
            NoteKind::Failed => "internal error (a bug, please report it)",
            NoteKind::Capped => "capped",
            NoteKind::Skipped => "skipped",
        };
        write!(
            f,
            "{}:{}: {what}: {}",
            self.source.file, self.source.line, self.detail
        )
    }
}

/// What a command reads and writes, for the summary's words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unit {
    /// Records read from inputs, posts written (`extract`, `scan`, `link`, …).
    #[default]
    Posts,
    /// Files read, lines written (`hash`).
    Files,
    /// Queries read, lines written (`match`).
    Queries,
}

impl Unit {
    /// (read one, read many, written one, written many, bad one, bad many)
    fn words(self) -> [&'static str; 6] {
        match self {
            Unit::Posts => [
                "record",
                "records",
                "post",
                "posts",
                "bad record",
                "bad records",
            ],
            Unit::Files => ["file", "files", "line", "lines", "bad file", "bad files"],
            Unit::Queries => [
                "query",
                "queries",
                "line",
                "lines",
                "bad query",
                "bad queries",
            ],
        }
    }
}

/// What one run did, in the terms every command shares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunSummary {
    /// What the command reads and writes (the summary's words).
    pub unit: Unit,
    /// Items rejected that ingest does not know of (a file that could not be hashed, a query
    /// that could not be read), by reason; counted with ingest's bad records.
    pub rejected: BTreeMap<String, u64>,
    /// What ingest read: inputs, records, posts, bad records by reason, unreadable inputs.
    pub ingest: Summary,
    /// Output lines written (one per post; `link`: one per distinct id).
    pub written: u64,
    /// Posts a stage failed on (a panic: a bug). The run exits 1.
    pub failed: u64,
    /// Where the first failed posts came from (kept for callers that list only these).
    pub failed_sources: Vec<SourceRef>,
    /// Posts that hit a cap (still written).
    pub capped: u64,
    /// Posts left out on purpose, by reason.
    pub skipped: BTreeMap<String, u64>,
    /// The first [`MAX_NOTES`] failed, capped and skipped posts of each class, in input order
    /// within a class.
    pub notes: Vec<PostNote>,
    /// Data-quality problems of the services directories a run read (`link --services`), by
    /// kind (`swapped_coordinates`, …): reported, never fixed silently, no failure of the run.
    pub directory_problems: BTreeMap<String, u64>,
}

/// "1 hash", "2 hashes": a count and its noun, as every summary line writes them.
pub fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl RunSummary {
    /// A summary of what ingest read and how many lines were written (for runs with nothing
    /// else to say).
    pub fn new(ingest: Summary, written: u64) -> Self {
        RunSummary {
            ingest,
            written,
            ..RunSummary::default()
        }
    }

    fn noted(&self, kind: &NoteKind) -> usize {
        self.notes.iter().filter(|n| &n.kind == kind).count()
    }

    /// Counts a failed post and names it (`detail`: what the command did with it).
    pub fn fail(&mut self, source: SourceRef, detail: impl Into<String>) {
        self.failed += 1;
        if self.failed_sources.len() < MAX_NOTES {
            self.failed_sources.push(source.clone());
        }
        if self.noted(&NoteKind::Failed) < MAX_NOTES {
            self.notes.push(PostNote {
                source,
                kind: NoteKind::Failed,
                detail: detail.into(),
            });
        }
    }

    /// Counts a capped post and names it with the caps it hit.
    pub fn cap(&mut self, source: SourceRef, detail: impl Into<String>) {
        self.capped += 1;
        if self.noted(&NoteKind::Capped) < MAX_NOTES {
            self.notes.push(PostNote {
                source,
                kind: NoteKind::Capped,
                detail: detail.into(),
            });
        }
    }

    /// Counts a post left out for `reason` (short, e.g. "repeated id") and names it with
    /// `detail` (how it was handled).
    pub fn skip(&mut self, source: SourceRef, reason: &str, detail: impl Into<String>) {
        *self.skipped.entry(reason.to_string()).or_default() += 1;
        if self.noted(&NoteKind::Skipped) < MAX_NOTES {
            self.notes.push(PostNote {
                source,
                kind: NoteKind::Skipped,
                detail: detail.into(),
            });
        }
    }

    /// Counts the problems a services import found (`services import --json` lists them).
    pub fn directory(&mut self, problems: &[plainsight_referral::Problem]) {
        for p in problems {
            *self
                .directory_problems
                .entry(p.kind.code().to_string())
                .or_default() += 1;
        }
    }

    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// Bad records (ingest) and other rejected items together.
    pub fn bad_total(&self) -> u64 {
        self.ingest.bad_total() + self.rejected.values().sum::<u64>()
    }

    /// `3 bad records (duplicate id: 2, no id: 1)`, or `no bad records`.
    fn bad_description(&self) -> String {
        let [.., one, many] = self.unit.words();
        let total = self.bad_total();
        if total == 0 {
            return format!("no {many}");
        }
        let mut parts: Vec<String> = self
            .ingest
            .bad
            .iter()
            .map(|(k, n)| format!("{k}: {n}"))
            .collect();
        parts.extend(self.rejected.iter().map(|(k, n)| format!("{k}: {n}")));
        format!("{} ({})", plural(total, one, many), parts.join(", "))
    }

    /// Whether the run lost or failed on something the user must hear about even with
    /// `--quiet`.
    pub fn has_problems(&self) -> bool {
        self.bad_total() > 0
            || self.ingest.unreadable > 0
            || self.failed > 0
            || self.capped > 0
            || self.skipped_total() > 0
    }

    /// The exit status the contract asks for: 1 when an input could not be read or a stage
    /// failed on a post (the output is then missing what it should hold), else 0 (bad records
    /// reported and skipped, capped posts and posts skipped on purpose are no failure). A
    /// `--strict` stop never gets here: it is an error (exit 2).
    pub fn exit_code(&self) -> u8 {
        if self.ingest.unreadable > 0 || self.failed > 0 {
            1
        } else {
            0
        }
    }

    /// The summary as stderr lines: the notes (each `FILE:LINE: …`), then the one summary
    /// line, then a line per kind of failure. With `quiet`, only when something went wrong.
    ///
    /// `plainsight extract: 3 records read from 1 input, 2 posts written, 1 bad record
    /// (invalid JSON: 1) skipped, 1 post failed, 0.01 s`
    pub fn lines(&self, command: &str, elapsed: Duration, quiet: bool) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if quiet && !self.has_problems() {
            return out;
        }
        for kind in [NoteKind::Failed, NoteKind::Skipped, NoteKind::Capped] {
            let noted = self.notes.iter().filter(|n| n.kind == kind);
            out.extend(noted.map(|n| n.to_string()));
            let total = match kind {
                NoteKind::Failed => self.failed,
                NoteKind::Skipped => self.skipped_total(),
                NoteKind::Capped => self.capped,
            };
            let shown = self.noted(&kind) as u64;
            // Commands that count without naming (e.g. `match`'s capped queries, named in their
            // own output lines) have no list to say is cut short.
            if shown > 0 && total > shown {
                out.push(format!(
                    "plainsight {command}: {} more not listed",
                    plural(total - shown, "post", "posts")
                ));
            }
        }
        let s = &self.ingest;
        let [r1, rn, w1, wn, ..] = self.unit.words();
        // What is failed, skipped or capped: a post, a file, a query.
        let (i1, i_n) = match self.unit {
            Unit::Posts => (w1, wn),
            Unit::Files | Unit::Queries => (r1, rn),
        };
        let bad = self.bad_total();
        let from = match self.unit {
            Unit::Posts => format!(" from {}", plural(s.inputs, "input", "inputs")),
            Unit::Files | Unit::Queries => String::new(),
        };
        let mut line = format!(
            "plainsight {command}: {} read{from}, {} written, {}{}",
            plural(s.records, r1, rn),
            plural(self.written, w1, wn),
            self.bad_description(),
            if bad > 0 && self.unit == Unit::Posts {
                " skipped"
            } else {
                ""
            },
        );
        if self.failed > 0 {
            line.push_str(&format!(
                ", {} failed after internal errors",
                plural(self.failed, i1, i_n)
            ));
        }
        if !self.skipped.is_empty() {
            let parts: Vec<String> = self
                .skipped
                .iter()
                .map(|(k, n)| format!("{k}: {n}"))
                .collect();
            line.push_str(&format!(
                ", {} skipped ({})",
                plural(self.skipped_total(), i1, i_n),
                parts.join(", ")
            ));
        }
        if self.capped > 0 {
            line.push_str(&format!(", {} capped", plural(self.capped, i1, i_n)));
        }
        line.push_str(&format!(", {:.2} s", elapsed.as_secs_f64()));
        out.push(line);
        if !self.directory_problems.is_empty() {
            let parts: Vec<String> = self
                .directory_problems
                .iter()
                .map(|(k, n)| format!("{k}: {n}"))
                .collect();
            out.push(format!(
                "plainsight {command}: services directory: {} ({}; listed by `plainsight services import --json`)",
                plural(self.directory_problems.values().sum(), "problem", "problems"),
                parts.join(", ")
            ));
        }
        if s.unreadable > 0 {
            out.push(format!(
                "plainsight {command}: {} could not be read",
                plural(s.unreadable, "input", "inputs")
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(line: u64) -> SourceRef {
        SourceRef {
            file: "in.jsonl".into(),
            line,
        }
    }

    fn summary() -> RunSummary {
        let mut ingest = Summary {
            inputs: 1,
            records: 5,
            posts: 4,
            ..Summary::default()
        };
        ingest
            .bad
            .insert(plainsight_ingest::BadKind::InvalidJson, 1);
        RunSummary::new(ingest, 3)
    }

    #[test]
    fn one_wording_with_every_count() {
        let mut s = summary();
        s.fail(src(2), "post skipped");
        let lines = s.lines("scan", Duration::ZERO, false);
        assert_eq!(
            lines,
            [
                "in.jsonl:2: internal error (a bug, please report it): post skipped",
                "plainsight scan: 5 records read from 1 input, 3 posts written, 1 bad record (invalid JSON: 1) skipped, 1 post failed after internal errors, 0.00 s"
            ]
        );
        assert_eq!(s.exit_code(), 1);
        let mut s = summary();
        s.skip(src(4), "repeated id", "not linked again");
        s.cap(src(3), "field over 256 KiB");
        let lines = s.lines("link", Duration::ZERO, true);
        assert_eq!(lines[0], "in.jsonl:4: skipped: not linked again");
        assert_eq!(lines[1], "in.jsonl:3: capped: field over 256 KiB");
        assert!(lines[2].ends_with("1 post skipped (repeated id: 1), 1 post capped, 0.00 s"));
        assert_eq!(s.exit_code(), 0, "skipped and capped posts are no failure");
    }

    #[test]
    fn quiet_says_nothing_when_nothing_went_wrong_and_singulars_agree() {
        let s = RunSummary::new(
            Summary {
                inputs: 1,
                records: 1,
                posts: 1,
                ..Summary::default()
            },
            1,
        );
        assert!(s.lines("extract", Duration::ZERO, true).is_empty());
        assert_eq!(
            s.lines("extract", Duration::ZERO, false),
            ["plainsight extract: 1 record read from 1 input, 1 post written, no bad records, 0.00 s"]
        );
        assert_eq!(s.exit_code(), 0);
    }

    #[test]
    fn notes_are_bounded_but_counts_are_whole() {
        let mut s = summary();
        for i in 0..(MAX_NOTES as u64 + 5) {
            s.cap(src(i + 1), "x");
        }
        assert_eq!(s.capped, MAX_NOTES as u64 + 5);
        assert_eq!(s.notes.len(), MAX_NOTES);
        let lines = s.lines("scan", Duration::ZERO, false);
        assert!(lines.contains(&"plainsight scan: 5 posts more not listed".to_string()));
    }

    #[test]
    fn files_and_queries_use_the_same_words_for_their_units() {
        let mut s = RunSummary {
            unit: Unit::Files,
            ..RunSummary::new(
                Summary {
                    inputs: 3,
                    records: 3,
                    ..Summary::default()
                },
                3,
            )
        };
        s.rejected.insert("could not be hashed".into(), 1);
        assert_eq!(
            s.lines("hash", Duration::ZERO, true),
            ["plainsight hash: 3 files read, 3 lines written, 1 bad file (could not be hashed: 1), 0.00 s"]
        );
        assert_eq!(
            s.exit_code(),
            0,
            "a bad input item is reported, not a failure"
        );
        s.unit = Unit::Queries;
        s.capped = 2;
        let lines = s.lines("match", Duration::ZERO, false);
        assert_eq!(
            lines.len(),
            1,
            "counted without names: no 'not listed' line"
        );
        assert!(lines[0].contains("1 bad query (could not be hashed: 1), 2 queries capped"));
    }

    #[test]
    fn an_unreadable_input_fails_the_run() {
        let mut s = summary();
        s.ingest.unreadable = 1;
        assert_eq!(s.exit_code(), 1);
        let lines = s.lines("scan", Duration::ZERO, true);
        assert_eq!(
            lines.last().unwrap(),
            "plainsight scan: 1 input could not be read"
        );
    }
}
