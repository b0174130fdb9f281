//! Posts in: the first stage of the pipeline (ingest → extract → indicators → link).
//!
//! Takes the inputs of a run (paths, or stdin as `-`), JSONL or CSV as `CONTRACT.md` ("Posts")
//! describes, plain or `.gz`/`.zst` (detected by magic bytes, whatever the extension), and gives
//! a stream of [`Post`](plainsight_core::Post)s in input order, each with its file and line in
//! `Post::source`. Records that break the contract (invalid JSON or UTF-8, no id, a repeated id,
//! no text, an over-size field or line, a NUL byte, a truncated compressed file, a file that
//! starts as no text can) come out of the same stream as [`IngestError::BadRecord`], displayed
//! as `FILE:LINE: bad record: REASON` and never quoting the record; the [`Summary`] counts them
//! by [`BadKind`].
//!
//! Nothing readable is lost: a NUL byte or an out-of-range number costs only its record (an
//! unknown field's number past f64 is kept as its text), a truncated `.gz` or `.zst` keeps
//! every record before the damage, and a CSV record over the cap is skipped whole, quoted
//! newlines and all, so the reader resumes at the next record.
//!
//! Memory stays bounded whatever the input: lines are capped (16 MiB by default; a longer line
//! is consumed and discarded without being buffered), fields are capped (10 MB), and duplicate
//! ids are tracked as 128-bit hashes.
//!
//! ```
//! use plainsight_ingest::{BadKind, IngestOptions, PostReader};
//! let data = "id,title,images\nP1,\"Hi, there\",a.jpg;b.jpg\nP1,again,\n";
//! let reader = PostReader::from_reader("posts.csv", data.as_bytes(), IngestOptions::default());
//! let (posts, bad): (Vec<_>, Vec<_>) = reader.partition(Result::is_ok);
//! assert_eq!(posts.len(), 1);
//! assert_eq!(bad[0].as_ref().unwrap_err().to_string(), "posts.csv:3: bad record: duplicate id");
//! ```

mod error;
mod lines;
mod parse;
mod reader;
mod source;

pub use error::{BadKind, BadReason, BadRecord, IngestError};
pub use reader::{
    Format, IngestOptions, Parsed, PostReader, RawRecord, RecordParser, Summary, Verdict,
    DEFAULT_MAX_FIELD_BYTES, DEFAULT_MAX_LINE_BYTES,
};
pub use source::{format_from_extension, Input};
