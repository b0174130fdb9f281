//! One record (a JSONL line or a CSV row) to a [`Post`], checking the contract's rules that
//! need only the record itself. The id-uniqueness rule needs the whole run: see `IdSet`.

use crate::BadReason;
use plainsight_core::Post;
use serde_json::{Map, Value};

/// Parses one JSONL line.
pub(crate) fn parse_json_line(line: &[u8], max_field: usize) -> Result<Post, BadReason> {
    check_no_nul(line)?;
    let text = std::str::from_utf8(line).map_err(|e| BadReason::InvalidUtf8 {
        byte: e.valid_up_to(),
    })?;
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) if is_out_of_range(&e) => return post_from_map(lenient_object(text)?, max_field),
        Err(e) => return Err(json_error(e)),
    };
    let Value::Object(map) = value else {
        return Err(BadReason::NotAnObject);
    };
    post_from_map(map, max_field)
}

/// The fields the contract defines; all of them are strings or arrays of strings.
const CONTRACT_FIELDS: [&str; 11] = [
    "id",
    "title",
    "body",
    "url",
    "site",
    "posted_at",
    "location",
    "region",
    "author",
    "image_hashes",
    "images",
];

/// A number past f64 (`1e400`) is valid JSON that `serde_json::Value` cannot hold.
fn is_out_of_range(e: &serde_json::Error) -> bool {
    e.classify() == serde_json::error::Category::Syntax
        && e.to_string().starts_with("number out of range")
}

/// The object of a line that holds a number past f64 somewhere, read field by field so that
/// the number costs only its own field: an unknown field (never an error, per the contract)
/// is kept as its JSON text; a contract field gets a number, which its own check then rejects
/// with its own reason (`title` is not a string). Only taken after the fast path failed.
fn lenient_object(text: &str) -> Result<Map<String, Value>, BadReason> {
    use serde_json::value::RawValue;
    if !text.trim_start().starts_with('{') {
        return Err(BadReason::NotAnObject);
    }
    let entries: Entries = serde_json::from_str(text).map_err(json_error)?;
    let mut map = Map::new();
    for (key, raw) in entries.0 {
        let raw: Box<RawValue> = raw;
        let value = match serde_json::from_str::<Value>(raw.get()) {
            Ok(v) => v,
            Err(_) if CONTRACT_FIELDS.contains(&key.as_str()) => Value::from(0),
            Err(_) => Value::String(raw.get().to_string()),
        };
        map.insert(key, value);
    }
    Ok(map)
}

/// A JSON object's entries, in order, each value as its unparsed text.
struct Entries(Vec<(String, Box<serde_json::value::RawValue>)>);

impl<'de> serde::Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Entries;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<Entries, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = m.next_entry()? {
                    out.push(entry);
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// Text never holds a NUL byte: a record with one is binary data (or a post crafted to break
/// parsers), and is bad on its own, whatever its format would make of it.
fn check_no_nul(record: &[u8]) -> Result<(), BadReason> {
    match memchr::memchr(0, record) {
        Some(_) => Err(BadReason::NulByte),
        None => Ok(()),
    }
}

/// serde_json's syntax and EOF messages are fixed strings; a data error could quote the input,
/// so it is reported by category only.
fn json_error(e: serde_json::Error) -> BadReason {
    use serde_json::error::Category;
    let detail = match e.classify() {
        Category::Syntax | Category::Eof => {
            let full = e.to_string();
            match full.rfind(" at line ") {
                Some(i) => full[..i].to_string(),
                None => full,
            }
        }
        Category::Data => "invalid value".to_string(),
        Category::Io => "read error".to_string(),
    };
    BadReason::InvalidJson {
        detail,
        column: e.column(),
    }
}

fn take_string(field: &str, v: Value, max_field: usize) -> Result<Option<String>, BadReason> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => {
            if s.len() > max_field {
                Err(BadReason::FieldTooLarge {
                    field: field.to_string(),
                    bytes: s.len(),
                    limit: max_field,
                })
            } else {
                Ok(Some(s))
            }
        }
        _ => Err(BadReason::WrongType {
            field: field.to_string(),
            expected: "a string",
        }),
    }
}

fn take_list(field: &str, v: Value, max_field: usize) -> Result<Vec<String>, BadReason> {
    let wrong = || BadReason::WrongType {
        field: field.to_string(),
        expected: "an array of strings",
    };
    match v {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            let mut total = 0usize;
            for item in items {
                let Value::String(s) = item else {
                    return Err(wrong());
                };
                total += s.len();
                out.push(s);
            }
            if total > max_field {
                return Err(BadReason::FieldTooLarge {
                    field: field.to_string(),
                    bytes: total,
                    limit: max_field,
                });
            }
            Ok(out)
        }
        _ => Err(wrong()),
    }
}

/// Builds a post from a JSON object, keeping unknown fields in input order.
pub(crate) fn post_from_map(map: Map<String, Value>, max_field: usize) -> Result<Post, BadReason> {
    let mut post = Post::default();
    let mut id: Option<Value> = None;
    for (key, value) in map {
        match key.as_str() {
            "id" => id = Some(value),
            "title" => post.title = take_string("title", value, max_field)?,
            "body" => post.body = take_string("body", value, max_field)?,
            "url" => post.url = take_string("url", value, max_field)?,
            "site" => post.site = take_string("site", value, max_field)?,
            "posted_at" => post.posted_at = take_string("posted_at", value, max_field)?,
            "location" => post.location = take_string("location", value, max_field)?,
            "region" => post.region = take_string("region", value, max_field)?,
            "author" => post.author = take_string("author", value, max_field)?,
            "image_hashes" => post.image_hashes = take_list("image_hashes", value, max_field)?,
            "images" => post.images = take_list("images", value, max_field)?,
            _ => {
                if let Value::String(s) = &value {
                    if s.len() > max_field {
                        return Err(BadReason::FieldTooLarge {
                            field: key,
                            bytes: s.len(),
                            limit: max_field,
                        });
                    }
                }
                post.extra.insert(key, value);
            }
        }
    }
    // The contract says `id` is a string. Numbers are refused rather than stringified: `1` and
    // `"1"` (or `1.0`) would otherwise be one id, and a silent merge is worse than a report.
    post.id = match id {
        None | Some(Value::Null) => return Err(BadReason::MissingId),
        Some(Value::String(s)) => {
            if s.trim().is_empty() {
                return Err(BadReason::MissingId);
            }
            if s.len() > max_field {
                return Err(BadReason::FieldTooLarge {
                    field: "id".into(),
                    bytes: s.len(),
                    limit: max_field,
                });
            }
            s
        }
        Some(_) => return Err(BadReason::IdNotString),
    };
    check_text(&post)?;
    Ok(post)
}

/// A post needs text to be worth anything downstream: an empty or whitespace-only `title`
/// counts as no title.
fn check_text(post: &Post) -> Result<(), BadReason> {
    let has = |s: &Option<String>| s.as_deref().is_some_and(|t| !t.trim().is_empty());
    if has(&post.title) || has(&post.body) {
        Ok(())
    } else {
        Err(BadReason::NoText)
    }
}

/// The header of a CSV input: column names, trimmed, BOM removed.
#[derive(Debug)]
pub(crate) struct CsvHeader {
    pub columns: Vec<String>,
}

impl CsvHeader {
    pub fn parse(record: &[u8]) -> Result<CsvHeader, BadReason> {
        let record = record.strip_prefix(b"\xef\xbb\xbf").unwrap_or(record);
        let fields = csv_fields(record)?;
        let mut columns = Vec::with_capacity(fields.len());
        for f in fields {
            let s = std::str::from_utf8(&f)
                .map_err(|e| BadReason::InvalidUtf8 {
                    byte: e.valid_up_to(),
                })?
                .trim()
                .to_string();
            columns.push(s);
        }
        if !columns.iter().any(|c| c == "id") {
            return Err(BadReason::InvalidCsv {
                detail: "header has no `id` column".into(),
            });
        }
        Ok(CsvHeader { columns })
    }
}

/// Splits one CSV record (RFC 4180; it may span several physical lines) into raw fields.
///
/// `csv_core`'s reader builds a DFA when constructed, which costs more than parsing a typical
/// row, so each thread keeps one and resets it per record.
fn csv_fields(record: &[u8]) -> Result<Vec<Vec<u8>>, BadReason> {
    use csv_core::ReadRecordResult;
    thread_local! {
        static READER: std::cell::RefCell<csv_core::Reader> =
            std::cell::RefCell::new(csv_core::Reader::new());
    }
    let invalid = |detail: &str| BadReason::InvalidCsv {
        detail: detail.to_string(),
    };
    // Unquoting only shrinks a record, and there is at most one field per comma plus one.
    let mut out = vec![0u8; record.len() + 1];
    let mut ends = vec![0usize; memchr::memchr_iter(b',', record).count() + 2];
    READER.with(|cell| {
        let mut rdr = cell.borrow_mut();
        rdr.reset();
        let (mut input, mut nout, mut nend) = (record, 0usize, 0usize);
        // Input, then end of input (an empty slice): two calls finish any record.
        for _ in 0..4 {
            let (res, nin, o, e) = rdr.read_record(input, &mut out[nout..], &mut ends[nend..]);
            input = &input[nin..];
            nout += o;
            nend += e;
            match res {
                ReadRecordResult::InputEmpty => continue,
                ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull => {
                    return Err(invalid("row larger than expected"))
                }
                ReadRecordResult::Record => {
                    if !input.is_empty() {
                        // A record is exactly one row: more means the quotes were misjudged.
                        return Err(invalid("unbalanced quotes"));
                    }
                    let mut fields = Vec::with_capacity(nend);
                    let mut start = 0;
                    for &end in &ends[..nend] {
                        fields.push(out[start..end].to_vec());
                        start = end;
                    }
                    return Ok(fields);
                }
                ReadRecordResult::End => return Ok(Vec::new()),
            }
        }
        Err(invalid("row did not end"))
    })
}

/// Parses one CSV row against the header: list columns (`image_hashes`, `images`) are
/// `;`-separated, empty cells are absent, unknown columns go to `extra` as strings.
pub(crate) fn parse_csv_row(
    header: &CsvHeader,
    record: &[u8],
    max_field: usize,
) -> Result<Post, BadReason> {
    check_no_nul(record)?;
    let fields = csv_fields(record)?;
    if fields.len() != header.columns.len() {
        return Err(BadReason::InvalidCsv {
            detail: format!(
                "row has {} fields, header has {}",
                fields.len(),
                header.columns.len()
            ),
        });
    }
    let mut map = Map::new();
    for (name, raw) in header.columns.iter().zip(fields) {
        let text = String::from_utf8(raw).map_err(|e| BadReason::InvalidUtf8 {
            byte: e.utf8_error().valid_up_to(),
        })?;
        if text.len() > max_field {
            return Err(BadReason::FieldTooLarge {
                field: name.clone(),
                bytes: text.len(),
                limit: max_field,
            });
        }
        if text.is_empty() {
            continue;
        }
        let value = match name.as_str() {
            "image_hashes" | "images" => Value::Array(
                text.split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.to_string()))
                    .collect(),
            ),
            _ => Value::String(text),
        };
        map.insert(name.clone(), value);
    }
    post_from_map(map, max_field)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: usize = 1 << 20;

    #[test]
    fn json_keeps_unknown_fields_in_order() {
        let p = parse_json_line(
            br#"{"zeta":1,"id":"P1","body":"hi","alpha":{"x":[1]},"images":["a.jpg"]}"#,
            MAX,
        )
        .unwrap();
        assert_eq!(p.id, "P1");
        assert_eq!(p.body.as_deref(), Some("hi"));
        assert_eq!(p.images, vec!["a.jpg"]);
        let keys: Vec<_> = p.extra.keys().cloned().collect();
        assert_eq!(keys, vec!["zeta", "alpha"]);
    }

    #[test]
    fn json_bad_reasons() {
        let kind = |line: &[u8]| parse_json_line(line, 8).unwrap_err().kind();
        use crate::BadKind::*;
        assert_eq!(kind(b"{\"id\":"), InvalidJson);
        assert_eq!(kind(b"[1,2]"), NotAnObject);
        assert_eq!(kind(b"{\"id\":\"\xff\"}"), InvalidUtf8);
        assert_eq!(kind(br#"{"body":"x"}"#), MissingId);
        assert_eq!(kind(br#"{"id":"  ","body":"x"}"#), MissingId);
        assert_eq!(kind(br#"{"id":7,"body":"x"}"#), IdNotString);
        assert_eq!(kind(br#"{"id":"a","title":"","body":null}"#), NoText);
        assert_eq!(kind(br#"{"id":"a","title":5}"#), WrongType);
        assert_eq!(
            kind(br#"{"id":"a","images":"x.jpg","body":"b"}"#),
            WrongType
        );
        assert_eq!(kind(br#"{"id":"a","body":"123456789"}"#), FieldTooLarge);
        assert_eq!(
            kind(br#"{"id":"a","body":"b","x":"123456789"}"#),
            FieldTooLarge
        );
    }

    #[test]
    fn json_error_never_quotes_the_record() {
        let secret = br#"{"id":"a","body":"call 713 555 0123" oops}"#;
        let msg = parse_json_line(secret, MAX).unwrap_err().to_string();
        assert!(!msg.contains("713"), "{msg}");
        assert!(msg.contains("column"), "{msg}");
    }

    #[test]
    fn csv_rows_with_lists_and_quotes() {
        let header = CsvHeader::parse(b"\xef\xbb\xbfid, title ,body,images,extra_col").unwrap();
        let p = parse_csv_row(
            &header,
            b"P1,\"Hello, \"\"you\"\"\",\"line1\nline2\",a.jpg; b.jpg;,z",
            MAX,
        )
        .unwrap();
        assert_eq!(p.id, "P1");
        assert_eq!(p.title.as_deref(), Some("Hello, \"you\""));
        assert_eq!(p.body.as_deref(), Some("line1\nline2"));
        assert_eq!(p.images, vec!["a.jpg", "b.jpg"]);
        assert_eq!(p.extra.get("extra_col"), Some(&Value::String("z".into())));
        let short = parse_csv_row(&header, b"P2,t", MAX).unwrap_err();
        assert_eq!(short.kind(), crate::BadKind::InvalidCsv);
        assert!(CsvHeader::parse(b"title,body").is_err());
    }
}
