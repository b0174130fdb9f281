//! Bad records and the crate's error type.
//!
//! A bad record is a problem with one record (one JSONL line, one CSV row): it is reported and
//! counted, and the rest of the input goes on. Its message names the file, the line and the
//! reason, never the record's text: records may describe a possible victim.

use plainsight_core::SourceRef;
use std::fmt;

/// Why a record was rejected, without its details. The summary counts records by kind; the
/// names (`as_str`) are what the summary line shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BadKind {
    InvalidJson,
    NotAnObject,
    InvalidUtf8,
    InvalidCsv,
    MissingId,
    IdNotString,
    DuplicateId,
    NoText,
    WrongType,
    FieldTooLarge,
    LineTooLong,
    CorruptInput,
    BinaryFile,
    NulByte,
}

impl BadKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BadKind::InvalidJson => "invalid JSON",
            BadKind::NotAnObject => "not a JSON object",
            BadKind::InvalidUtf8 => "invalid UTF-8",
            BadKind::InvalidCsv => "invalid CSV",
            BadKind::MissingId => "no id",
            BadKind::IdNotString => "id not a string",
            BadKind::DuplicateId => "duplicate id",
            BadKind::NoText => "no title or body",
            BadKind::WrongType => "field of wrong type",
            BadKind::FieldTooLarge => "field too large",
            BadKind::LineTooLong => "line too long",
            BadKind::CorruptInput => "corrupt or truncated input",
            BadKind::BinaryFile => "binary file",
            BadKind::NulByte => "NUL byte",
        }
    }
}

impl fmt::Display for BadKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a record was rejected, with the details that help fix the input (a column, a size, a
/// field name) but never the record's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadReason {
    /// Not JSON; `detail` is serde_json's syntax message (fixed strings, no input text).
    InvalidJson {
        detail: String,
        column: usize,
    },
    /// Valid JSON, but not an object (`[1,2]`, `"text"`).
    NotAnObject,
    InvalidUtf8 {
        byte: usize,
    },
    /// A CSV row that does not parse or does not fit the header.
    InvalidCsv {
        detail: String,
    },
    MissingId,
    IdNotString,
    /// The id was seen before in this run (in this input or an earlier one).
    DuplicateId,
    /// Neither `title` nor `body` has any text.
    NoText,
    /// A contract field with the wrong JSON type (`"title": 5`).
    WrongType {
        field: String,
        expected: &'static str,
    },
    FieldTooLarge {
        field: String,
        bytes: usize,
        limit: usize,
    },
    /// A line over the hard cap; it was skipped without being buffered.
    LineTooLong {
        bytes: u64,
        limit: usize,
    },
    /// The decompressor or the file failed mid-way (a truncated `.gz`, a corrupt `.zst`, an I/O
    /// error). The rest of that input is lost; the run goes on with the next input.
    CorruptInput {
        detail: String,
    },
    /// The input is not text: it starts as no UTF-8 text can (an image, UTF-16).
    BinaryFile,
    /// A NUL byte inside the record: binary data, never text. Only this record is bad.
    NulByte,
}

impl BadReason {
    pub fn kind(&self) -> BadKind {
        match self {
            BadReason::InvalidJson { .. } => BadKind::InvalidJson,
            BadReason::NotAnObject => BadKind::NotAnObject,
            BadReason::InvalidUtf8 { .. } => BadKind::InvalidUtf8,
            BadReason::InvalidCsv { .. } => BadKind::InvalidCsv,
            BadReason::MissingId => BadKind::MissingId,
            BadReason::IdNotString => BadKind::IdNotString,
            BadReason::DuplicateId => BadKind::DuplicateId,
            BadReason::NoText => BadKind::NoText,
            BadReason::WrongType { .. } => BadKind::WrongType,
            BadReason::FieldTooLarge { .. } => BadKind::FieldTooLarge,
            BadReason::LineTooLong { .. } => BadKind::LineTooLong,
            BadReason::CorruptInput { .. } => BadKind::CorruptInput,
            BadReason::BinaryFile => BadKind::BinaryFile,
            BadReason::NulByte => BadKind::NulByte,
        }
    }
}

impl fmt::Display for BadReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadReason::InvalidJson { detail, column } => {
                write!(f, "invalid JSON: {detail} (column {column})")
            }
            BadReason::NotAnObject => f.write_str("not a JSON object"),
            BadReason::InvalidUtf8 { byte } => write!(f, "invalid UTF-8 at byte {byte}"),
            BadReason::InvalidCsv { detail } => write!(f, "invalid CSV: {detail}"),
            BadReason::MissingId => f.write_str("no id"),
            BadReason::IdNotString => f.write_str("id is not a string"),
            BadReason::DuplicateId => f.write_str("duplicate id"),
            BadReason::NoText => f.write_str("neither title nor body has text"),
            BadReason::WrongType { field, expected } => {
                write!(f, "field `{field}` is not {expected}")
            }
            BadReason::FieldTooLarge {
                field,
                bytes,
                limit,
            } => write!(f, "field `{field}` is {bytes} bytes (limit {limit})"),
            BadReason::LineTooLong { bytes, limit } => {
                write!(f, "line of {bytes} bytes (limit {limit}) skipped")
            }
            BadReason::CorruptInput { detail } => {
                write!(
                    f,
                    "corrupt or truncated input, rest of file skipped: {detail}"
                )
            }
            BadReason::BinaryFile => f.write_str("binary file (not UTF-8 JSONL or CSV), skipped"),
            BadReason::NulByte => f.write_str("NUL byte in record (binary data)"),
        }
    }
}

/// One rejected record: where it was and why. Displays as `FILE:LINE: bad record: REASON`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRecord {
    pub source: SourceRef,
    pub reason: BadReason,
}

impl fmt::Display for BadRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: bad record: {}",
            self.source.file, self.source.line, self.reason
        )
    }
}

/// What the reader yields besides posts.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// One record was rejected; reading goes on (unless the options are strict).
    #[error("{0}")]
    BadRecord(Box<BadRecord>),
    /// A whole input could not be opened or read from its start; reading goes on with the next.
    #[error("{file}: cannot read: {source}")]
    Unreadable {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

impl IngestError {
    /// The bad record, if this is one.
    pub fn bad_record(&self) -> Option<&BadRecord> {
        match self {
            IngestError::BadRecord(b) => Some(b),
            IngestError::Unreadable { .. } => None,
        }
    }
}
