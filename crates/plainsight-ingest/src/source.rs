//! Opening an input: the file or stdin, its compression (by magic bytes, which win over the
//! extension), and its format (by extension, else by sniffing the first bytes).

use crate::Format;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

/// Where posts come from: a file or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

impl Input {
    /// A command-line argument: `-` is stdin, anything else a path.
    pub fn from_arg(arg: impl Into<PathBuf>) -> Self {
        let path = arg.into();
        if path.as_os_str() == "-" {
            Input::Stdin
        } else {
            Input::Path(path)
        }
    }

    /// The name used in reports and in [`plainsight_core::SourceRef::file`]: the path as given,
    /// or `-` for stdin.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::Path(p) => p.display().to_string(),
        }
    }

    fn path(&self) -> Option<&Path> {
        match self {
            Input::Stdin => None,
            Input::Path(p) => Some(p),
        }
    }
}

/// Compression of an input, detected from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

/// Gzip member header (RFC 1952, section 2.3.1).
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];
/// Zstandard frame magic, little-endian 0xFD2FB528 (RFC 8878, section 3.1.1).
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];
/// Zstandard skippable frames, 0x184D2A50..=0x184D2A5F (RFC 8878, section 3.1.2): a stream
/// may begin with one.
fn is_zstd_skippable(b: &[u8]) -> bool {
    b.len() >= 4 && (b[0] & 0xf0) == 0x50 && b[1..4] == [0x2a, 0x4d, 0x18]
}

/// Largest Zstandard window we accept: zstd's own default decoder limit (`ZSTD_WINDOWLOG_LIMIT_DEFAULT`
/// = 27, 128 MiB). A hostile header can ask for gigabytes; we refuse it as corrupt input.
const ZSTD_MAX_WINDOW: u64 = 1 << 27;

/// Size of the read buffer over the decompressed stream.
const BUF_SIZE: usize = 64 * 1024;
/// How much decoded text the format and binary sniffing look at.
const SNIFF_SIZE: usize = 8 * 1024;

/// An opened, decompressed input, with its format decided.
pub(crate) struct Opened {
    pub reader: Box<dyn BufRead + Send>,
    pub format: Format,
    pub binary: bool,
}

/// Opens an input: I/O errors here make the whole input unreadable.
pub(crate) fn open(input: &Input, forced: Option<Format>) -> io::Result<Opened> {
    let raw: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::Path(p) => Box::new(File::open(p)?),
    };
    open_reader(raw, input.path(), forced)
}

/// Opens any byte stream as an input (used for stdin, files, and tests).
pub(crate) fn open_reader(
    mut raw: Box<dyn Read + Send>,
    path: Option<&Path>,
    forced: Option<Format>,
) -> io::Result<Opened> {
    let mut magic = [0u8; 4];
    let n = read_up_to(&mut raw, &mut magic)?;
    let head = &magic[..n];
    let compression = if head.starts_with(&GZIP_MAGIC) {
        Compression::Gzip
    } else if head.starts_with(&ZSTD_MAGIC) || is_zstd_skippable(head) {
        Compression::Zstd
    } else {
        Compression::None
    };
    let rejoined = Cursor::new(magic).take(n as u64).chain(raw);
    let decoded: Box<dyn Read + Send> = match compression {
        Compression::None => Box::new(rejoined),
        // Multi-member: `cat a.gz b.gz` and bgzip files are several gzip members back to back.
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(rejoined))),
        Compression::Zstd => Box::new(ZstdReader::new(BufReader::new(rejoined))),
    };
    // Sniff on the first block of decoded text, then hand the block back in front of the rest.
    // A decoding error inside the first block (a small truncated .gz) is not "unreadable": the
    // text before it is kept and the error comes after it, where the line reader reports it
    // as a bad record at the right line.
    let mut decoded = decoded;
    let mut first = vec![0u8; SNIFF_SIZE];
    let mut filled = 0;
    let mut deferred = None;
    while filled < first.len() {
        match decoded.read(&mut first[filled..]) {
            Ok(0) => break,
            Ok(k) => filled += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                deferred = Some(e);
                break;
            }
        }
    }
    first.truncate(filled);
    let rest: Box<dyn Read + Send> = match deferred {
        Some(e) => Box::new(FailOnce(Some(e))),
        None => decoded,
    };
    let binary = looks_binary(&first);
    let format = forced
        .or_else(|| path.and_then(format_from_extension))
        .unwrap_or_else(|| sniff_format(&first));
    let reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(
        BUF_SIZE,
        Cursor::new(first).chain(rest),
    ));
    Ok(Opened {
        reader,
        format,
        binary,
    })
}

/// A reader that fails once with a stored error, then reads as empty.
struct FailOnce(Option<io::Error>);

impl Read for FailOnce {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(e) => Err(e),
            None => Ok(0),
        }
    }
}

fn read_up_to(r: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// The format named by the extension, looking through `.gz`/`.zst`: `posts.csv.gz` is CSV.
pub fn format_from_extension(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let stem = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .or_else(|| name.strip_suffix(".zstd"))
        .unwrap_or(&name);
    let ext = stem.rsplit_once('.')?.1;
    match ext {
        "jsonl" | "ndjson" | "json" | "jsonlines" => Some(Format::Jsonl),
        "csv" => Some(Format::Csv),
        _ => None,
    }
}

/// JSONL starts with `{` (after an optional BOM and whitespace); anything else is read as CSV
/// when its first line names an `id` column, else as JSONL (so each line gets reported).
fn sniff_format(first: &[u8]) -> Format {
    let text = first.strip_prefix(b"\xef\xbb\xbf").unwrap_or(first);
    let trimmed = text.trim_ascii_start();
    if trimmed.first() == Some(&b'{') {
        return Format::Jsonl;
    }
    let line_end = memchr::memchr(b'\n', trimmed).unwrap_or(trimmed.len());
    let header = &trimmed[..line_end];
    let names_id = header
        .split(|&b| b == b',')
        .any(|col| col.trim_ascii().trim_ascii_start() == b"id" || col.trim_ascii() == b"\"id\"");
    if names_id {
        Format::Csv
    } else {
        Format::Jsonl
    }
}

/// Whether the input cannot be UTF-8 text at all, judged from how it *starts*: a NUL among
/// its first four bytes (UTF-16 and UTF-32 text, most binary formats), or a first byte that
/// cannot begin UTF-8 (0x80..=0xC1, 0xF5..=0xFF: PNG, JPEG, UTF-16 byte-order marks). Other
/// binary data is read line by line, each line one bad record: noisy, but nothing is lost.
///
/// Only the start is judged because it is written by whoever made the file, not by a post's
/// author: a NUL *inside* a record (a post can carry one in the first 8 KiB as easily as
/// anywhere) makes that record bad and nothing more (`BadReason::NulByte`).
fn looks_binary(first: &[u8]) -> bool {
    let Some(&b0) = first.first() else {
        return false;
    };
    if memchr::memchr(0, &first[..first.len().min(4)]).is_some() {
        return true;
    }
    matches!(b0, 0x80..=0xc1 | 0xf5..=0xff)
}

/// A streaming Zstandard reader over every frame of a stream. ruzstd's `StreamingDecoder`
/// stops after one frame; RFC 8878 (section 3.1) allows any number of frames, and skippable
/// frames between them, so we drive its `FrameDecoder` frame by frame.
///
/// A damaged or truncated frame keeps what was decoded before the damage: the decoder holds the
/// last window of output back (for back-references) until its frame ends, which for a file
/// smaller than its window is everything, so on an error the frame is closed with an empty
/// last block and its output read out before the error is returned.
struct ZstdReader<R: BufRead> {
    source: R,
    decoder: ruzstd::decoding::FrameDecoder,
    in_frame: bool,
    /// The error that ended the stream, returned once the salvaged output has been read.
    failed: Option<io::Error>,
    /// Set once the error has been returned: the rest of the source is not read.
    done: bool,
}

/// An empty raw block flagged as the frame's last (RFC 8878, 3.1.1.2: `Last_Block` = 1,
/// `Block_Type` = Raw, `Block_Size` = 0), then four bytes for a content checksum, which are
/// only read when the frame header announced one (and which nobody checks here).
const CLOSE_FRAME: [u8; 7] = [0x01, 0x00, 0x00, 0, 0, 0, 0];

impl<R: BufRead> ZstdReader<R> {
    fn new(source: R) -> Self {
        let mut decoder = ruzstd::decoding::FrameDecoder::new();
        decoder.set_max_window_size(ZSTD_MAX_WINDOW);
        ZstdReader {
            source,
            decoder,
            in_frame: false,
            failed: None,
            done: false,
        }
    }
}

impl<R: BufRead> Read for ZstdReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use ruzstd::decoding::errors::{FrameDecoderError, ReadFrameHeaderError};
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if self.in_frame {
                if self.decoder.can_collect() > 0 {
                    return self.decoder.read(buf);
                }
                if !self.decoder.is_finished() && self.failed.is_none() {
                    if let Err(e) = self.decoder.decode_blocks(
                        &mut self.source,
                        ruzstd::decoding::BlockDecodingStrategy::UptoBlocks(1),
                    ) {
                        // Blocks are decoded whole or not at all, so what the decoder holds
                        // is good output: close the frame and hand it out first.
                        self.failed = Some(zstd_error(e));
                        let closed = self.decoder.decode_blocks(
                            &CLOSE_FRAME[..],
                            ruzstd::decoding::BlockDecodingStrategy::UptoBlocks(1),
                        );
                        if closed.is_err() || !self.decoder.is_finished() {
                            self.in_frame = false;
                        }
                    }
                    continue;
                }
                self.in_frame = false;
            }
            if let Some(e) = self.failed.take() {
                self.done = true;
                return Err(e);
            }
            if self.done || self.source.fill_buf()?.is_empty() {
                return Ok(0);
            }
            match self.decoder.reset(&mut self.source) {
                Ok(()) => self.in_frame = true,
                Err(FrameDecoderError::ReadFrameHeaderError(ReadFrameHeaderError::SkipFrame {
                    length,
                    ..
                })) => {
                    let skipped = io::copy(
                        &mut (&mut self.source).take(u64::from(length)),
                        &mut io::sink(),
                    )?;
                    if skipped < u64::from(length) {
                        return Err(io::Error::new(
                            io::ErrorKind::UnexpectedEof,
                            "truncated zstd skippable frame",
                        ));
                    }
                }
                Err(e) => {
                    self.done = true;
                    return Err(zstd_error(e));
                }
            }
        }
    }
}

fn zstd_error(e: ruzstd::decoding::errors::FrameDecoderError) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("zstd: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_looks_through_compression() {
        assert_eq!(
            format_from_extension(Path::new("a/posts.csv.gz")),
            Some(Format::Csv)
        );
        assert_eq!(
            format_from_extension(Path::new("posts.JSONL.zst")),
            Some(Format::Jsonl)
        );
        assert_eq!(format_from_extension(Path::new("posts.gz")), None);
        assert_eq!(format_from_extension(Path::new("posts")), None);
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff_format(b"\xef\xbb\xbf  {\"id\":1}"), Format::Jsonl);
        assert_eq!(sniff_format(b"id,title,body\n1,a,b"), Format::Csv);
        assert_eq!(sniff_format(b"\"title\",\"id\"\n"), Format::Csv);
        assert_eq!(sniff_format(b"garbage"), Format::Jsonl);
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(looks_binary(b"\xff\xd8\xff\xe0\0\x10JFIF"));
        assert!(looks_binary(b"\xff\xfe{\0\"\0"));
        assert!(looks_binary(b"{\0\"\0i\0d\0"));
        assert!(!looks_binary(b"{\"id\":\"1\"}"));
        assert!(!looks_binary(b"\xef\xbb\xbfid,body"));
        assert!(!looks_binary(b"\xc3\xa9t\xc3\xa9,id"));
        // A NUL inside a record is that record's problem, not the file's.
        assert!(!looks_binary(b"{\"id\":\"1\",\"body\":\"a\0b\"}"));
    }
}
