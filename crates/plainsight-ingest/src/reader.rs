//! The streaming reader: inputs in order, one record at a time, bad records reported inline.

use crate::lines::{Line, LineReader};
use crate::parse::{parse_csv_row, parse_json_line, CsvHeader};
use crate::source::{open, open_reader, Input};
use crate::{BadKind, BadReason, BadRecord, IngestError};
use plainsight_core::{Post, SourceRef};
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::hash::{BuildHasher, RandomState};
use std::io::Read;
use std::sync::Arc;

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

/// The keys of the 128-bit id hash. Ids are hashed where records are parsed (on worker
/// threads, see [`RecordParser`]) and checked against the set of ids seen in input order (see
/// [`PostReader::accept`]): fixed size per id whatever its length, and a false "duplicate" needs a
/// 128-bit collision under random keys (about 2^-64 at 2^32 posts).
#[derive(Clone, Debug)]
struct IdKeys {
    k1: RandomState,
    k2: RandomState,
}

impl IdKeys {
    fn new() -> Self {
        IdKeys {
            k1: RandomState::new(),
            k2: RandomState::new(),
        }
    }

    fn hash(&self, id: &str) -> u128 {
        (u128::from(self.k1.hash_one(id)) << 64) | u128::from(self.k2.hash_one(id))
    }
}

/// A record split from its input but not parsed yet: the cheap, sequential half of reading.
/// [`RecordParser::parse`] does the expensive half on any thread.
#[derive(Debug)]
pub struct RawRecord {
    source: SourceRef,
    body: RawBody,
}

#[derive(Debug)]
enum RawBody {
    Json(Vec<u8>),
    Csv(Arc<CsvHeader>, Vec<u8>),
    /// Known bad before parsing (line too long, corrupt input, binary file, bad CSV header).
    Bad(BadReason),
}

impl RawRecord {
    /// Where the record starts.
    pub fn source(&self) -> &SourceRef {
        &self.source
    }

    /// Approximate bytes held, for batch sizing.
    pub fn len(&self) -> usize {
        match &self.body {
            RawBody::Json(b) | RawBody::Csv(_, b) => b.len(),
            RawBody::Bad(_) => 0,
        }
    }

    /// True when no bytes are held (a record already known to be bad).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Parses and validates [`RawRecord`]s; cheap to clone and shareable across threads, so a
/// pipeline can parse in parallel while the reader thread only splits lines.
#[derive(Clone, Debug)]
pub struct RecordParser {
    max_field: usize,
    keys: IdKeys,
}

/// A parsed record: the post (or why the record is bad), and the verdict that
/// [`PostReader::accept`] needs to finish the checks that need the whole run, in input order.
#[derive(Debug)]
pub struct Parsed {
    /// The post, when the record itself is good (the verdict says why otherwise).
    pub post: Option<Post>,
    pub verdict: Verdict,
}

/// The small part of a parsed record that the in-order check needs: its source and its id
/// hash, or the reason it is bad.
#[derive(Debug)]
pub struct Verdict {
    source: SourceRef,
    id: Result<u128, BadReason>,
}

impl Verdict {
    pub fn source(&self) -> &SourceRef {
        &self.source
    }
}

impl RecordParser {
    /// Parses one record: JSON or CSV, field checks, id hash. The post's `source` is set.
    pub fn parse(&self, raw: RawRecord) -> Parsed {
        let RawRecord { source, body } = raw;
        let post = match body {
            RawBody::Json(bytes) => parse_json_line(&bytes, self.max_field),
            RawBody::Csv(header, bytes) => parse_csv_row(&header, &bytes, self.max_field),
            RawBody::Bad(reason) => Err(reason),
        };
        match post {
            Ok(mut post) => {
                let id = self.keys.hash(&post.id);
                post.source = source.clone();
                Parsed {
                    post: Some(post),
                    verdict: Verdict { source, id: Ok(id) },
                }
            }
            Err(reason) => Parsed {
                post: None,
                verdict: Verdict {
                    source,
                    id: Err(reason),
                },
            },
        }
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
    header: Option<Arc<CsvHeader>>,
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
    keys: IdKeys,
    seen: HashSet<u128>,
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
            keys: IdKeys::new(),
            seen: HashSet::new(),
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

    /// Opens the next input; `Some(item)` is an item to yield (unreadable, binary).
    fn open_next(&mut self) -> Option<Option<Result<RawRecord, IngestError>>> {
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
                return Some(Some(Err(IngestError::Unreadable { file: name, source })));
            }
        };
        if opened.binary {
            return Some(Some(Ok(RawRecord {
                source: SourceRef {
                    file: name,
                    line: 1,
                },
                body: RawBody::Bad(BadReason::BinaryFile),
            })));
        }
        let mut lines = LineReader::new(opened.reader, self.options.max_line_bytes);
        if opened.format == Format::Csv {
            lines.count_quotes();
        }
        self.current = Some(Current {
            name,
            lines,
            format: opened.format,
            header: None,
            done: false,
            first: true,
        });
        Some(None)
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

    /// The next record of the current input, split but not parsed, or `None` at its end.
    fn next_record(&mut self) -> Option<RawRecord> {
        let cur = self.current.as_mut()?;
        if cur.done {
            return None;
        }
        let bad = |source: SourceRef, reason: BadReason| RawRecord {
            source,
            body: RawBody::Bad(reason),
        };
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
                    return Some(bad(
                        src,
                        BadReason::CorruptInput {
                            detail: e.to_string(),
                        },
                    ));
                }
            };
            let src = SourceRef {
                file: cur.name.clone(),
                line: cur.lines.line(),
            };
            let mut over_cap = None;
            if let Line::TooLong(bytes) = line {
                if cur.format == Format::Jsonl || cur.lines.quotes() & 1 == 0 {
                    return Some(bad(
                        src,
                        BadReason::LineTooLong {
                            bytes,
                            limit: self.options.max_line_bytes,
                        },
                    ));
                }
                // A CSV line over the cap that opens a quoted field: the field's other lines
                // belong to this record, so they are skipped with it (below).
                over_cap = Some(bytes);
            }
            if cur.first {
                cur.first = false;
                if self.buf.starts_with(b"\xef\xbb\xbf") {
                    self.buf.drain(..3);
                }
            }
            if over_cap.is_none() && self.buf.trim_ascii().is_empty() {
                continue;
            }
            match cur.format {
                Format::Jsonl => {
                    return Some(RawRecord {
                        source: src,
                        body: RawBody::Json(self.buf.clone()),
                    })
                }
                Format::Csv => {
                    // A quoted field may hold newlines: gather physical lines until the quotes
                    // balance, within the same cap as one line. The balance is kept line by
                    // line (linear in the record, however many lines it spans), and a record
                    // over the cap is read to its end without being kept, so that the reader
                    // resumes at the next record, not inside the quoted field.
                    let limit = self.options.max_line_bytes;
                    self.record.clear();
                    let mut total = match over_cap {
                        Some(bytes) => bytes,
                        None => {
                            self.record.extend_from_slice(&self.buf);
                            self.buf.len() as u64
                        }
                    };
                    let mut over = over_cap.is_some();
                    let mut open = cur.lines.quotes() & 1 == 1;
                    while open {
                        let more = match cur.lines.next_line(&mut self.buf) {
                            Ok(Line::Text) => self.buf.len() as u64,
                            Ok(Line::TooLong(bytes)) => {
                                over = true;
                                bytes
                            }
                            Ok(Line::Eof) => {
                                return Some(bad(
                                    src,
                                    BadReason::InvalidCsv {
                                        detail: "quoted field not closed before end of input"
                                            .into(),
                                    },
                                ))
                            }
                            Err(e) => {
                                cur.done = true;
                                return Some(bad(
                                    src,
                                    BadReason::CorruptInput {
                                        detail: e.to_string(),
                                    },
                                ));
                            }
                        };
                        total = total.saturating_add(1 + more);
                        open ^= cur.lines.quotes() & 1 == 1;
                        if !over && total > limit as u64 {
                            over = true;
                        }
                        if over {
                            self.record.clear();
                        } else {
                            self.record.push(b'\n');
                            self.record.extend_from_slice(&self.buf);
                        }
                    }
                    if over {
                        self.record = Vec::new();
                        return Some(bad(
                            src,
                            BadReason::LineTooLong {
                                bytes: total,
                                limit,
                            },
                        ));
                    }
                    match &cur.header {
                        None => match CsvHeader::parse(&self.record) {
                            Ok(h) => {
                                cur.header = Some(Arc::new(h));
                                continue;
                            }
                            Err(reason) => {
                                cur.done = true;
                                return Some(bad(src, reason));
                            }
                        },
                        Some(h) => {
                            return Some(RawRecord {
                                source: src,
                                body: RawBody::Csv(Arc::clone(h), self.record.clone()),
                            })
                        }
                    }
                }
            }
        }
    }
}

impl PostReader {
    /// The next record split from its input, unparsed, in input order; `Err` is an input that
    /// could not be read. The cheap, sequential half of [`Iterator::next`]: a pipeline parses
    /// the records with [`PostReader::parser`] on its worker threads and hands each record's
    /// [`Verdict`] back to [`PostReader::accept`] in input order.
    pub fn next_raw(&mut self) -> Option<Result<RawRecord, IngestError>> {
        loop {
            if self.stopped {
                return None;
            }
            if self.current.is_none() {
                match self.open_next()? {
                    None => continue,
                    Some(item) => return Some(item),
                }
            }
            match self.next_record() {
                Some(raw) => return Some(Ok(raw)),
                None => self.current = None,
            }
        }
    }

    /// A parser for this reader's records (same field limit and id-hash keys).
    pub fn parser(&self) -> RecordParser {
        RecordParser {
            max_field: self.options.max_field_bytes,
            keys: self.keys.clone(),
        }
    }

    /// Finishes a parsed record, in input order: counts it and rejects a repeated id. `Ok`
    /// means the post is good; `Err` is the bad record to report (when strict, the reader then
    /// stops: [`PostReader::next_raw`] yields nothing more, and a caller holding records read
    /// ahead must drop them).
    pub fn accept(&mut self, verdict: Verdict) -> Result<(), IngestError> {
        let Verdict { source, id } = verdict;
        let checked = id.and_then(|h| {
            if self.options.check_duplicates && !self.seen.insert(h) {
                Err(BadReason::DuplicateId)
            } else {
                Ok(())
            }
        });
        match checked {
            Ok(()) => {
                self.summary.records += 1;
                self.summary.posts += 1;
                Ok(())
            }
            Err(reason) => Err(self.bad(source, reason)),
        }
    }
}

impl Iterator for PostReader {
    type Item = Result<Post, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        let raw = match self.next_raw()? {
            Ok(raw) => raw,
            Err(e) => return Some(Err(e)),
        };
        let Parsed { post, verdict } = self.parser().parse(raw);
        Some(self.accept(verdict).map(|()| {
            // A good verdict always comes with its post.
            post.unwrap_or_default()
        }))
    }
}
