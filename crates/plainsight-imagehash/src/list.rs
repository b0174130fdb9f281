//! Reading hash lists: the files NGOs and platforms exchange (NCMEC, StopNCII, ThreatExchange).
//!
//! Supported layouts, told apart line by line and by the first record:
//! - one PDQ hash (64 hex characters) per line, optionally followed by `,label` (the contract's
//!   format; the rest of the line after the first comma is the label);
//! - Meta's `pdq-photo-hasher` output `hash,quality,path`: the label is then `quality,path`;
//! - a CSV with a header row naming the columns: the hash is read from the first column named
//!   `td_raw_indicator` (ThreatExchange UI CSV download), `raw_indicator`, `indicator`,
//!   `signal`, `pdq`, `pdq_hash` or `hash`; the label from `label`, `td_subjective_tags`,
//!   `tags`, `td_description` or `description`; where a `td_indicator_type`, `indicator_type`,
//!   `signal_type` or `type` column exists, rows whose type is not PDQ are skipped (counted,
//!   not errors).
//!
//! A hash listed several times is one entry (lists are concatenations of exports, and a list of
//! one hash repeated millions of times must not cost millions of matches): the first
//! occurrence's position is kept, with up to [`MAX_LABELS_PER_HASH`] distinct labels joined by
//! `"; "` (cut at [`MAX_LABEL_BYTES`]), and the merged lines are counted in
//! [`HashList::duplicates_merged`]. Query files ([`read_hashes_with_lines`]) are not merged:
//! each line is its own query.
//!
//! Blank lines and lines starting with `#` are ignored. A line that does not parse is a bad
//! line: reported with its line number, counted, skipped. Quoted CSV fields may contain commas
//! and doubled quotes but not newlines. Lines are read under a length cap so that one enormous
//! line cannot exhaust memory; labels are cut at [`MAX_LABEL_BYTES`].

use crate::error::ImageHashError;
use plainsight_core::PdqHash;
use std::collections::BTreeMap;
use std::io::{BufRead, Read};

/// Longest line read; longer lines are bad lines.
pub const MAX_LINE_BYTES: usize = 64 * 1024;
/// Longest label kept (cut at a character boundary).
pub const MAX_LABEL_BYTES: usize = 256;
/// How many bad lines are kept with their reason (all are counted).
pub const MAX_REPORTED_BAD_LINES: usize = 1000;
/// Distinct labels kept for a hash listed several times.
pub const MAX_LABELS_PER_HASH: usize = 8;
/// Marks an entry without a label in [`HashList::label_ids`].
pub const NO_LABEL: u32 = u32::MAX;

/// A line that was skipped, with why. The line's content is not kept: it may be sensitive.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BadLine {
    pub line: u64,
    pub reason: String,
}

/// A parsed list, stored compactly: hashes and label ids side by side, labels de-duplicated
/// (lists repeat a handful of labels over millions of entries).
#[derive(Clone, Debug, Default)]
pub struct HashList {
    pub name: String,
    pub hashes: Vec<PdqHash>,
    /// Per entry, an index into `labels`, or [`NO_LABEL`]; empty when no entry has a label.
    pub label_ids: Vec<u32>,
    pub labels: Vec<String>,
    /// The first [`MAX_REPORTED_BAD_LINES`] bad lines.
    pub bad_lines: Vec<BadLine>,
    pub bad_line_count: u64,
    /// Rows of another hash type (MD5, video) in a typed CSV: skipped, not errors.
    pub skipped_other_type: u64,
    /// Lines whose hash was already listed, merged into its first entry.
    pub duplicates_merged: u64,
    /// Per entry, its 1-based line: filled only by [`read_hashes_with_lines`] (queries need
    /// it to name each hash; a 10M-entry list does not).
    pub lines: Vec<u64>,
}

impl HashList {
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    pub fn label(&self, entry: usize) -> Option<&str> {
        let id = *self.label_ids.get(entry)?;
        self.labels.get(id as usize).map(String::as_str)
    }
}

/// Splits one CSV line into fields (RFC 4180 quoting, no embedded newlines).
fn split_csv(line: &str) -> Result<Vec<String>, &'static str> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars().peekable();
    let mut in_quotes = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cur.push('"');
                } else {
                    in_quotes = false;
                }
            } else {
                cur.push(c);
            }
        } else if c == '"' && cur.is_empty() && !was_quoted {
            in_quotes = true;
            was_quoted = true;
        } else if c == ',' {
            fields.push(std::mem::take(&mut cur));
            was_quoted = false;
        } else {
            cur.push(c);
        }
    }
    if in_quotes {
        return Err("unterminated quoted field");
    }
    fields.push(cur);
    Ok(fields)
}

const HASH_COLUMNS: [&str; 7] = [
    "td_raw_indicator",
    "raw_indicator",
    "indicator",
    "signal",
    "pdq",
    "pdq_hash",
    "hash",
];
const LABEL_COLUMNS: [&str; 5] = [
    "label",
    "td_subjective_tags",
    "tags",
    "td_description",
    "description",
];
const TYPE_COLUMNS: [&str; 4] = ["td_indicator_type", "indicator_type", "signal_type", "type"];

fn find_column(header: &[String], names: &[&str]) -> Option<usize> {
    names
        .iter()
        .find_map(|n| header.iter().position(|h| h.trim().eq_ignore_ascii_case(n)))
}

struct Header {
    hash: usize,
    label: Option<usize>,
    kind: Option<usize>,
}

fn cut_label(s: &str) -> &str {
    let s = s.trim();
    if s.len() <= MAX_LABEL_BYTES {
        return s;
    }
    let mut end = MAX_LABEL_BYTES;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

struct Builder {
    list: HashList,
    keep_lines: bool,
    line: u64,
    label_ids: BTreeMap<String, u32>,
}

impl Builder {
    fn push(&mut self, hash: PdqHash, label: Option<&str>) {
        let label_id = match label.map(cut_label).filter(|l| !l.is_empty()) {
            None => NO_LABEL,
            Some(l) => self.intern(l),
        };
        self.list.hashes.push(hash);
        if self.keep_lines {
            self.list.lines.push(self.line);
        }
        self.list.label_ids.push(label_id);
    }

    fn intern(&mut self, label: &str) -> u32 {
        match self.label_ids.get(label) {
            Some(&id) => id,
            None => {
                let id = self.list.labels.len() as u32;
                self.list.labels.push(label.to_string());
                self.label_ids.insert(label.to_string(), id);
                id
            }
        }
    }

    /// Merges repeated hashes into their first entry (see the module doc). Sorts entry numbers
    /// (4 bytes an entry) rather than hashing the hashes, so 10 M entries cost 40 MB more for
    /// a moment.
    fn merge_duplicates(&mut self) {
        let n = self.list.hashes.len();
        if n < 2 {
            return;
        }
        let hashes = &self.list.hashes;
        let mut order: Vec<u32> = (0..n as u32).collect();
        order.sort_unstable_by_key(|&i| (hashes[i as usize], i));
        let mut keep = vec![true; n];
        let mut relabel: Vec<(usize, Vec<u32>)> = Vec::new();
        let labelled = !self.list.label_ids.is_empty();
        let mut g = 0;
        while g < n {
            let first = order[g] as usize;
            let mut end = g + 1;
            while end < n && hashes[order[end] as usize] == hashes[first] {
                end += 1;
            }
            if end - g > 1 {
                let mut ids: Vec<u32> = Vec::new();
                for &i in &order[g..end] {
                    let i = i as usize;
                    keep[i] = i == first;
                    let l = if labelled {
                        self.list.label_ids[i]
                    } else {
                        NO_LABEL
                    };
                    if l != NO_LABEL && !ids.contains(&l) && ids.len() < MAX_LABELS_PER_HASH {
                        ids.push(l);
                    }
                }
                relabel.push((first, ids));
            }
            g = end;
        }
        if relabel.is_empty() {
            return;
        }
        for (first, ids) in relabel {
            let label = match ids.as_slice() {
                [] => continue,
                [one] => *one,
                many => {
                    let joined: Vec<&str> = many
                        .iter()
                        .map(|&id| self.list.labels[id as usize].as_str())
                        .collect();
                    let joined = cut_label(&joined.join("; ")).to_string();
                    self.intern(&joined)
                }
            };
            self.list.label_ids[first] = label;
        }
        let mut i = 0;
        self.list.hashes.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        if labelled {
            let mut i = 0;
            self.list.label_ids.retain(|_| {
                i += 1;
                keep[i - 1]
            });
        }
        if !self.list.lines.is_empty() {
            let mut i = 0;
            self.list.lines.retain(|_| {
                i += 1;
                keep[i - 1]
            });
        }
        self.list.duplicates_merged = (n - self.list.hashes.len()) as u64;
    }

    fn bad(&mut self, line: u64, reason: impl Into<String>) {
        self.list.bad_line_count += 1;
        if self.list.bad_lines.len() < MAX_REPORTED_BAD_LINES {
            self.list.bad_lines.push(BadLine {
                line,
                reason: reason.into(),
            });
        }
    }
}

/// Reads one line of at most [`MAX_LINE_BYTES`]; a longer line is consumed to its end and
/// reported as `Err(())`. Returns `Ok(None)` at end of input.
fn read_bounded_line<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<Result<(), ()>>> {
    buf.clear();
    let n = r
        .by_ref()
        .take(MAX_LINE_BYTES as u64 + 1)
        .read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.len() > MAX_LINE_BYTES && buf.last() != Some(&b'\n') {
        // Skip the rest of the overlong line without holding it.
        let mut sink = Vec::new();
        loop {
            sink.clear();
            let m = r
                .by_ref()
                .take(MAX_LINE_BYTES as u64)
                .read_until(b'\n', &mut sink)?;
            if m == 0 || sink.last() == Some(&b'\n') {
                break;
            }
        }
        return Ok(Some(Err(())));
    }
    Ok(Some(Ok(())))
}

/// Parses a hash list from a reader. `name` names the list in output (the file stem).
pub fn read_list<R: Read>(name: &str, reader: R) -> Result<HashList, ImageHashError> {
    read(name, reader, false)
}

/// Like [`read_list`], and records each entry's line in [`HashList::lines`]: for query files,
/// whose hashes are named `file:line` in output.
pub fn read_hashes_with_lines<R: Read>(name: &str, reader: R) -> Result<HashList, ImageHashError> {
    read(name, reader, true)
}

fn read<R: Read>(name: &str, reader: R, keep_lines: bool) -> Result<HashList, ImageHashError> {
    let mut r = std::io::BufReader::new(reader);
    let mut b = Builder {
        list: HashList {
            name: name.to_string(),
            ..HashList::default()
        },
        keep_lines,
        line: 0,
        label_ids: BTreeMap::new(),
    };
    let mut header: Option<Header> = None;
    let mut seen_record = false;
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    loop {
        let got = read_bounded_line(&mut r, &mut buf).map_err(|e| ImageHashError::List {
            list: name.to_string(),
            message: format!("read error after line {line_no}: {e}"),
        })?;
        let Some(got) = got else { break };
        line_no += 1;
        b.line = line_no;
        if got.is_err() {
            b.bad(line_no, format!("line longer than {MAX_LINE_BYTES} bytes"));
            continue;
        }
        let Ok(text) = std::str::from_utf8(&buf) else {
            b.bad(line_no, "not UTF-8");
            continue;
        };
        // A UTF-8 byte-order mark on the first line (spreadsheet exports) is not content.
        let text = text
            .trim_start_matches('\u{feff}')
            .trim_end_matches(['\n', '\r']);
        if text.trim().is_empty() || text.trim_start().starts_with('#') {
            continue;
        }
        let first_record = !seen_record;
        seen_record = true;
        if let Some(h) = &header {
            let fields = match split_csv(text) {
                Ok(f) => f,
                Err(why) => {
                    b.bad(line_no, why);
                    continue;
                }
            };
            if let Some(k) = h.kind {
                let kind = fields
                    .get(k)
                    .map(|s| s.trim().to_ascii_lowercase())
                    .unwrap_or_default();
                if !kind.contains("pdq") {
                    b.list.skipped_other_type += 1;
                    continue;
                }
            }
            let Some(raw) = fields.get(h.hash) else {
                b.bad(line_no, "missing hash column");
                continue;
            };
            match PdqHash::from_hex(raw) {
                Ok(hash) => {
                    let label = h.label.and_then(|i| fields.get(i)).map(String::as_str);
                    b.push(hash, label);
                }
                Err(_) => b.bad(line_no, "not a PDQ hash (need 64 hex characters)"),
            }
            continue;
        }
        // Headerless: hash, then optional ",label".
        let (raw, label) = match text.split_once(',') {
            Some((h, l)) => (h, Some(l)),
            None => (text, None),
        };
        match PdqHash::from_hex(raw) {
            Ok(hash) => b.push(hash, label.map(|l| l.trim_matches('"'))),
            Err(_) if first_record => {
                let fields = split_csv(text).unwrap_or_default();
                match find_column(&fields, &HASH_COLUMNS) {
                    Some(hash) => {
                        header = Some(Header {
                            hash,
                            label: find_column(&fields, &LABEL_COLUMNS),
                            kind: find_column(&fields, &TYPE_COLUMNS),
                        })
                    }
                    None => b.bad(
                        line_no,
                        "not a PDQ hash and not a header naming a hash column",
                    ),
                }
            }
            Err(_) => b.bad(line_no, "not a PDQ hash (need 64 hex characters)"),
        }
    }
    if !keep_lines {
        b.merge_duplicates();
    }
    let mut list = b.list;
    // Lists of 10M hashes: give back the growth slack, and drop the label column when no line
    // had a label (4 bytes a hash).
    if list.labels.is_empty() {
        list.label_ids = Vec::new();
    }
    list.hashes.shrink_to_fit();
    list.label_ids.shrink_to_fit();
    Ok(list)
}

/// Reads a list file; the list is named by the file stem (`lists/known.csv` → `known`).
pub fn load_list_file(path: &std::path::Path) -> Result<HashList, ImageHashError> {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let file = std::fs::File::open(path).map_err(|e| ImageHashError::List {
        list: name.clone(),
        message: format!("cannot open {}: {e}", path.display()),
    })?;
    read_list(&name, file)
}

#[cfg(test)]
mod tests {
    use super::*;

    const H1: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    const H2: &str = "30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af";

    #[test]
    fn plain_lines_labels_comments_and_bad_lines() {
        let text = format!("# comment\n{H1}\n\n{H2},bridge, rotated\nnot-a-hash\n{H1},\n");
        let l = read_list("known", text.as_bytes()).expect("reads");
        // H1 is listed twice: one entry.
        assert_eq!(l.len(), 2);
        assert_eq!(l.duplicates_merged, 1);
        assert_eq!(l.label(0), None);
        assert_eq!(l.label(1), Some("bridge, rotated"));
        assert_eq!(l.bad_line_count, 1);
        assert_eq!(l.bad_lines[0].line, 5);
        assert!(l.lines.is_empty());
        let l = read_hashes_with_lines("q", text.as_bytes()).expect("reads");
        assert_eq!(l.lines, vec![2, 4, 6]);
    }

    #[test]
    fn threatexchange_csv_with_type_column() {
        let text = format!(
            "td_raw_indicator,td_indicator_type,td_subjective_tags\n{H1},HASH_PDQ,\"a,b\"\n\
             e8b19da37825a3056e84c522f05eb001,HASH_MD5,x\n{H2},HASH_PDQ,\n"
        );
        let l = read_list("te", text.as_bytes()).expect("reads");
        assert_eq!(l.len(), 2);
        assert_eq!(l.label(0), Some("a,b"));
        assert_eq!(l.skipped_other_type, 1);
        assert_eq!(l.bad_line_count, 0);
    }

    #[test]
    fn overlong_line_is_bad_and_the_next_line_still_reads() {
        let mut text = "x".repeat(MAX_LINE_BYTES * 3);
        text.push('\n');
        text.push_str(H1);
        let l = read_list("big", text.as_bytes()).expect("reads");
        assert_eq!(l.len(), 1);
        assert_eq!(
            l.bad_lines,
            vec![BadLine {
                line: 1,
                reason: format!("line longer than {MAX_LINE_BYTES} bytes")
            }]
        );
    }

    #[test]
    fn repeated_hashes_are_one_entry_with_their_labels_merged_and_bounded() {
        let mut text = format!("{H2},first\n{H1},a\n");
        for i in 0..5000 {
            text.push_str(&format!("{H1},label {}\n", i % 20));
        }
        text.push_str(&format!("{H2}\n{H2},first\n{H1},a\n"));
        let l = read_list("dups", text.as_bytes()).expect("reads");
        assert_eq!(
            l.hashes,
            vec![
                PdqHash::from_hex(H2).unwrap(),
                PdqHash::from_hex(H1).unwrap()
            ]
        );
        assert_eq!(l.duplicates_merged, 5003);
        assert_eq!(l.label(0), Some("first"));
        let merged = l.label(1).expect("labels kept");
        assert_eq!(merged.split("; ").count(), MAX_LABELS_PER_HASH);
        assert!(merged.starts_with("a; label 0; label 1; "), "{merged}");
        assert!(merged.len() <= MAX_LABEL_BYTES);
        // Queries are not merged: each line is a query of its own.
        let q = read_hashes_with_lines("q", text.as_bytes()).expect("reads");
        assert_eq!(q.len(), 5005);
        assert_eq!(q.duplicates_merged, 0);
    }

    #[test]
    fn csv_quotes() {
        assert_eq!(
            split_csv(r#"a,"b,""c""",d"#).expect("ok"),
            vec!["a", "b,\"c\"", "d"]
        );
        assert!(split_csv(r#"a,"b"#).is_err());
    }
}
