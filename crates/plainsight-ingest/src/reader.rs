//! The streaming reader: inputs in order, one record at a time, bad records reported inline.

use crate::lines::{Line, LineReader};
use crate::parse::{csv_quotes_balanced, parse_csv_row, parse_json_line, CsvHeader};
use crate::source::{open, open_reader, Input};
use crate::{BadKind, BadReason, BadRecord, IngestError};
use plainsight_core::{Post, SourceRef};
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::hash::{BuildHasher, RandomState};
use std::io::Read;

/// The two input formats of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
}

/// How to read. The defaults suit untrusted input on a laptop.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Stop after the first bad record (it is still yielded, so it can be reported).
    pub strict: bool,
    /// Lines (CSV: records) longer than this are skipped without being buffered.
    pub max_line_bytes: usize,
    /// A string field (or a list field's total) larger than this makes the record bad.
    pub max_field_bytes: usize,
    /// Force a format instead of deciding by extension and sniffing.
    pub format: Option<Format>,
    /// Reject repeated ids across the run. Costs about 20 bytes of memory per post (a set of
    /// 128-bit id hashes): 2 GB for 100 M posts, so very large archives may turn it off.
    pub check_duplicates: bool,
}

/// The hard cap on one line: 16 MiB.
pub const DEFAULT_MAX_LINE_BYTES: usize = 16 << 20;
/// The cap on one field: 10 MB.
pub const DEFAULT_MAX_FIELD_BYTES: usize = 10_000_000;

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            strict: false,
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            max_field_bytes: DEFAULT_MAX_FIELD_BYTES,
            format: None,
            check_duplicates: true,
        }
    }
}

/// What a run read: posts yielded, records rejected by reason, inputs that could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Inputs opened (readable or not).
    pub inputs: u64,
    /// Inputs that could not be opened or read from their start.
    pub unreadable: u64,
    /// Records seen (non-blank lines or CSV rows; a skipped binary or corrupt input counts one).
    pub records: u64,
    /// Good posts yielded.
    pub posts: u64,
    /// Bad records by reason.
    pub bad: BTreeMap<BadKind, u64>,
}

impl Summary {
    pub fn bad_total(&self) -> u64 {
        self.bad.values().sum()
    }

    /// `3 bad records (duplicate id: 2, no id: 1)`, or `no bad records`.
    pub fn bad_description(&self) -> String {
        let total = self.bad_total();
        if total == 0 {
            return "no bad records".to_string();
        }
        let parts: Vec<String> = self.bad.iter().map(|(k, n)| format!("{k}: {n}")).collect();
        format!(
            "{total} bad record{} ({})",
            if total == 1 { "" } else { "s" },
            parts.join(", ")
        )
    }
}

/// Ids seen so far, as 128-bit keyed hashes: fixed size per id whatever its length, and a false
/// "duplicate" needs a 128-bit collision under random keys (about 2^-64 at 2^32 posts).
struct IdSet {
    seen: HashSet<u128>,
    k1: RandomState,
    k2: RandomState,
}

impl IdSet {
    fn new() -> Self {
        IdSet {
            seen: HashSet::new(),
            k1: RandomState::new(),
            k2: RandomState::new(),
        }
    }

    /// Records the id; false if it was there already.
    fn insert(&mut self, id: &str) -> bool {
        let h = (u128::from(self.k1.hash_one(id)) << 64) | u128::from(self.k2.hash_one(id));
        self.seen.insert(h)
    }
}

enum Pending {
    Input(Input),
    Reader(String, Box<dyn Read + Send>),
}

struct Current {
    name: String,
    lines: LineReader,
    format: Format,
    header: Option<CsvHeader>,
    /// Set after an I/O error or a bad header: the rest of the input is unusable.
    done: bool,
    first: bool,
}

/// Reads posts from inputs in order, streaming, in bounded memory. Yields every good post and
/// every problem (bad record or unreadable input) as it meets it; [`PostReader::summary`]
/// counts them.
///
/// ```
/// use plainsight_ingest::{IngestOptions, PostReader};
/// let data = "{\"id\":\"P1\",\"body\":\"hi\"}\nnot json\n";
/// let mut reader = PostReader::from_reader("mem.jsonl", data.as_bytes(), IngestOptions::default());
/// let post = reader.next().unwrap().unwrap();
/// assert_eq!((post.id.as_str(), post.source.line), ("P1", 1));
/// let bad = reader.next().unwrap().unwrap_err();
/// assert!(bad.to_string().starts_with("mem.jsonl:2: bad record: invalid JSON"));
/// assert!(reader.next().is_none());
/// assert_eq!(reader.summary().bad_total(), 1);
/// ```
pub struct PostReader {
    pending: VecDeque<Pending>,
    options: IngestOptions,
    current: Option<Current>,
    buf: Vec<u8>,
    record: Vec<u8>,
    ids: IdSet,
    summary: Summary,
    stopped: bool,
}

impl PostReader {
    /// Reads the inputs in order; no inputs means stdin.
    pub fn new(inputs: Vec<Input>, options: IngestOptions) -> Self {
        let inputs = if inputs.is_empty() {
            vec![Input::Stdin]
        } else {
            inputs
        };
        Self::with_pending(inputs.into_iter().map(Pending::Input).collect(), options)
    }

    /// Reads one in-memory or other byte stream, named `name` in reports (tests, fuzzing,
    /// embedding). The format is taken from `name`'s extension, else sniffed.
    pub fn from_reader(
        name: &str,
        reader: impl Read + Send + 'static,
        options: IngestOptions,
    ) -> Self {
        let pending = VecDeque::from([Pending::Reader(name.to_string(), Box::new(reader))]);
        Self::with_pending(pending, options)
    }

    fn with_pending(pending: VecDeque<Pending>, options: IngestOptions) -> Self {
        PostReader {
            pending,
            options,
            current: None,
            buf: Vec::new(),
            record: Vec::new(),
            ids: IdSet::new(),
            summary: Summary::default(),
            stopped: false,
        }
    }

    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    pub fn into_summary(self) -> Summary {
        self.summary
    }

    /// Opens the next input; `Err` is an item to yield (unreadable, binary).
    fn open_next(&mut self) -> Option<Result<(), IngestError>> {
        let next = self.pending.pop_front()?;
        self.summary.inputs += 1;
        let (name, opened) = match next {
            Pending::Input(input) => {
                let name = input.name();
                let opened = open(&input, self.options.format);
                (name, opened)
            }
            Pending::Reader(name, reader) => {
                let path = std::path::PathBuf::from(&name);
                let opened = open_reader(reader, Some(&path), self.options.format);
                (name, opened)
            }
        };
        let opened = match opened {
            Ok(o) => o,
            Err(source) => {
                self.summary.unreadable += 1;
                return Some(Err(IngestError::Unreadable { file: name, source }));
            }
        };
        if opened.binary {
            return Some(Err(self.bad(
                SourceRef {
                    file: name,
                    line: 1,
                },
                BadReason::BinaryFile,
            )));
        }
        self.current = Some(Current {
            name,
            lines: LineReader::new(opened.reader, self.options.max_line_bytes),
            format: opened.format,
            header: None,
            done: false,
            first: true,
        });
        Some(Ok(()))
    }

    /// Counts a bad record and, when strict, stops the reader.
    fn bad(&mut self, source: SourceRef, reason: BadReason) -> IngestError {
        self.summary.records += 1;
        *self.summary.bad.entry(reason.kind()).or_insert(0) += 1;
        if self.options.strict {
            self.stopped = true;
        }
        IngestError::BadRecord(Box::new(BadRecord { source, reason }))
    }

    /// The next record of the current input, or `None` at its end.
    fn next_record(&mut self) -> Option<(SourceRef, Result<Post, BadReason>)> {
        let cur = self.current.as_mut()?;
        if cur.done {
            return None;
        }
        let max_field = self.options.max_field_bytes;
        loop {
            let line = match cur.lines.next_line(&mut self.buf) {
                Ok(Line::Eof) => return None,
                Ok(l) => l,
                Err(e) => {
                    cur.done = true;
                    let src = SourceRef {
                        file: cur.name.clone(),
                        line: cur.lines.line().max(1),
                    };
                    return Some((
                        src,
                        Err(BadReason::CorruptInput {
                            detail: e.to_string(),
                        }),
                    ));
                }
            };
            let src = SourceRef {
                file: cur.name.clone(),
                line: cur.lines.line(),
            };
            if let Line::TooLong(bytes) = line {
                return Some((
                    src,
                    Err(BadReason::LineTooLong {
                        bytes,
                        limit: self.options.max_line_bytes,
                    }),
                ));
            }
            if cur.first {
                cur.first = false;
                if self.buf.starts_with(b"\xef\xbb\xbf") {
                    self.buf.drain(..3);
                }
            }
            if self.buf.trim_ascii().is_empty() {
                continue;
            }
            match cur.format {
                Format::Jsonl => return Some((src, parse_json_line(&self.buf, max_field))),
                Format::Csv => {
                    // A quoted field may hold newlines: gather physical lines until the quotes
                    // balance, within the same cap as one line.
                    self.record.clear();
                    self.record.extend_from_slice(&self.buf);
                    while !csv_quotes_balanced(&self.record) {
                        match cur.lines.next_line(&mut self.buf) {
                            Ok(Line::Text) => {
                                if self.record.len() + 1 + self.buf.len()
                                    > self.options.max_line_bytes
                                {
                                    return Some((
                                        src,
                                        Err(BadReason::LineTooLong {
                                            bytes: (self.record.len() + 1 + self.buf.len()) as u64,
                                            limit: self.options.max_line_bytes,
                                        }),
                                    ));
                                }
                                self.record.push(b'\n');
                                self.record.extend_from_slice(&self.buf);
                            }
                            Ok(Line::TooLong(bytes)) => {
                                return Some((
                                    src,
                                    Err(BadReason::LineTooLong {
                                        bytes,
                                        limit: self.options.max_line_bytes,
                                    }),
                                ))
                            }
                            Ok(Line::Eof) => {
                                return Some((
                                    src,
                                    Err(BadReason::InvalidCsv {
                                        detail: "quoted field not closed before end of input"
                                            .into(),
                                    }),
                                ))
                            }
                            Err(e) => {
                                cur.done = true;
                                return Some((
                                    src,
                                    Err(BadReason::CorruptInput {
                                        detail: e.to_string(),
                                    }),
                                ));
                            }
                        }
                    }
                    match &cur.header {
                        None => match CsvHeader::parse(&self.record) {
                            Ok(h) => {
                                cur.header = Some(h);
                                continue;
                            }
                            Err(reason) => {
                                cur.done = true;
                                return Some((src, Err(reason)));
                            }
                        },
                        Some(h) => return Some((src, parse_csv_row(h, &self.record, max_field))),
                    }
                }
            }
        }
    }
}

impl Iterator for PostReader {
    type Item = Result<Post, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.stopped {
                return None;
            }
            if self.current.is_none() {
                match self.open_next()? {
                    Ok(()) => continue,
                    Err(e) => return Some(Err(e)),
                }
            }
            let Some((source, result)) = self.next_record() else {
                self.current = None;
                continue;
            };
            let result = result.and_then(|post| {
                if self.options.check_duplicates && !self.ids.insert(&post.id) {
                    Err(BadReason::DuplicateId)
                } else {
                    Ok(post)
                }
            });
            return Some(match result {
                Ok(mut post) => {
                    self.summary.records += 1;
                    self.summary.posts += 1;
                    post.source = source;
                    Ok(post)
                }
                Err(reason) => Err(self.bad(source, reason)),
            });
        }
    }
}
