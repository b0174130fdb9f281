//! Bounded line reading: a line over the cap is consumed and discarded chunk by chunk, never
//! buffered, so a 10 GB line costs no more memory than a short one.

use std::io::{self, BufRead};

/// What one call to [`LineReader::next_line`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// A line is in the buffer (without its `\n` or `\r\n`).
    Text,
    /// A line of this many bytes (without terminator) exceeded the cap and was skipped.
    TooLong(u64),
    Eof,
}

pub(crate) struct LineReader {
    inner: Box<dyn BufRead + Send>,
    max: usize,
    /// 1-based number of the line last returned.
    line: u64,
    /// Count `"` bytes in each line, kept or skipped (CSV: a skipped line may open or close a
    /// quoted field, and the reader must know which to stay in step).
    count_quotes: bool,
    /// `"` bytes in the line last returned, when counting.
    quotes: u64,
}

/// Buffers that grew for a long line are given back after it, so one 16 MiB line does not pin
/// 16 MiB for the rest of the run.
const KEEP_CAPACITY: usize = 1 << 20;

impl LineReader {
    pub fn new(inner: Box<dyn BufRead + Send>, max: usize) -> Self {
        LineReader {
            inner,
            max,
            line: 0,
            count_quotes: false,
            quotes: 0,
        }
    }

    /// Counts the `"` bytes of every line from now on (see [`LineReader::quotes`]).
    pub fn count_quotes(&mut self) {
        self.count_quotes = true;
    }

    /// The number of `"` bytes in the line last returned, whether it was kept or skipped as too
    /// long (0 unless [`LineReader::count_quotes`] was called).
    pub fn quotes(&self) -> u64 {
        self.quotes
    }

    /// The 1-based number of the line last returned (0 before the first).
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Reads the next line into `buf` (cleared first). I/O errors (a truncated gzip) are passed
    /// up with the line number already advanced to the line they interrupted.
    pub fn next_line(&mut self, buf: &mut Vec<u8>) -> io::Result<Line> {
        buf.clear();
        if buf.capacity() > KEEP_CAPACITY {
            buf.shrink_to(KEEP_CAPACITY);
        }
        let mut total: u64 = 0;
        self.quotes = 0;
        let mut too_long = false;
        let mut started = false;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    if !started {
                        self.line += 1;
                    }
                    return Err(e);
                }
            };
            if chunk.is_empty() {
                if !started {
                    return Ok(Line::Eof);
                }
                break;
            }
            if !started {
                started = true;
                self.line += 1;
            }
            let (take, found) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            total += take as u64;
            if self.count_quotes {
                self.quotes += memchr::memchr_iter(b'"', &chunk[..take]).count() as u64;
            }
            if !too_long {
                if buf.len() + take > self.max {
                    too_long = true;
                    buf.clear();
                } else {
                    buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.inner.consume(if found { take + 1 } else { take });
            if found {
                break;
            }
        }
        if too_long {
            buf.clear();
            return Ok(Line::TooLong(total));
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Line::Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn reader(data: &[u8], max: usize) -> LineReader {
        LineReader::new(Box::new(Cursor::new(data.to_vec())), max)
    }

    #[test]
    fn splits_lines_and_strips_crlf() {
        let mut r = reader(b"a\r\nbb\n\nccc", 10);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        while r.next_line(&mut buf).unwrap() == Line::Text {
            got.push((r.line(), String::from_utf8(buf.clone()).unwrap()));
        }
        assert_eq!(
            got,
            vec![
                (1, "a".into()),
                (2, "bb".into()),
                (3, String::new()),
                (4, "ccc".into())
            ]
        );
    }

    #[test]
    fn long_line_is_skipped_not_buffered() {
        let mut data = vec![b'x'; 100_000];
        data.extend_from_slice(b"\nok\n");
        let mut inner = LineReader::new(
            Box::new(std::io::BufReader::with_capacity(64, Cursor::new(data))),
            1000,
        );
        let mut buf = Vec::new();
        assert_eq!(inner.next_line(&mut buf).unwrap(), Line::TooLong(100_000));
        assert!(buf.capacity() <= 1100, "{}", buf.capacity());
        assert_eq!(inner.next_line(&mut buf).unwrap(), Line::Text);
        assert_eq!(buf, b"ok");
        assert_eq!(inner.line(), 2);
        assert_eq!(inner.next_line(&mut buf).unwrap(), Line::Eof);
    }
}
