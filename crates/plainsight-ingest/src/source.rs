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

/// Text never holds NUL bytes; images, archives and UTF-16 do, early and often.
fn looks_binary(first: &[u8]) -> bool {
    memchr::memchr(0, first).is_some()
}

/// A streaming Zstandard reader over every frame of a stream. ruzstd's `StreamingDecoder`
/// stops after one frame; RFC 8878 (section 3.1) allows any number of frames, and skippable
/// frames between them, so we drive its `FrameDecoder` frame by frame.
struct ZstdReader<R: BufRead> {
    source: R,
    decoder: ruzstd::decoding::FrameDecoder,
    in_frame: bool,
}

impl<R: BufRead> ZstdReader<R> {
    fn new(source: R) -> Self {
        let mut decoder = ruzstd::decoding::FrameDecoder::new();
        decoder.set_max_window_size(ZSTD_MAX_WINDOW);
        ZstdReader {
            source,
            decoder,
            in_frame: false,
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
                if !self.decoder.is_finished() {
                    self.decoder
                        .decode_blocks(
                            &mut self.source,
                            ruzstd::decoding::BlockDecodingStrategy::UptoBlocks(1),
                        )
                        .map_err(zstd_error)?;
                    continue;
                }
                self.in_frame = false;
            }
            if self.source.fill_buf()?.is_empty() {
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
                Err(e) => return Err(zstd_error(e)),
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
        assert!(!looks_binary(b"{\"id\":\"1\"}"));
    }
}
