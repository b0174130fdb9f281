//! CSV: a header and one row per post (RFC 4180: CRLF line ends, fields quoted when they hold
//! a comma, a quote or a line break, quotes doubled; written by the `csv` crate).
//!
//! Columns: `id,network,risk,posted_at,title,selectors,indicators,location,place,site,url,images`.
//! `selectors` lists the post's distinct selectors as `kind:value` (`handle/instagram:lily`),
//! `;`-separated in order of first mention, masked unless revealed; `indicators` and `images`
//! (PDQ hex) are `;`-separated too; a missing value is an empty field.
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, and posts are
//! hostile input, so such a cell (and one starting with a tab or carriage return) gets a
//! leading `'` (OWASP, "CSV Injection"). Risk is written by this crate and never guarded.

use super::ExportOptions;
use crate::shown;
use plainsight_core::case::{Case, CasePost};
use std::io::Write;

pub const HEADER: [&str; 12] = [
    "id",
    "network",
    "risk",
    "posted_at",
    "title",
    "selectors",
    "indicators",
    "location",
    "place",
    "site",
    "url",
    "images",
];

/// A cell from untrusted text, defused for spreadsheets.
fn cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn opt(s: &Option<String>) -> String {
    s.as_deref().map(cell).unwrap_or_default()
}

/// The post's distinct selectors as shown, in order of first mention.
fn selectors(p: &CasePost, reveal: bool) -> String {
    let mut seen = std::collections::BTreeSet::new();
    let mut shown_list = Vec::new();
    for s in &p.selectors {
        if seen.insert((s.kind, s.platform, s.value.as_str())) {
            shown_list.push(format!(
                "{}:{}",
                shown::kind(s.kind, s.platform),
                shown::value(&s.value, reveal)
            ));
        }
    }
    shown_list.join(";")
}

fn row(p: &CasePost, reveal: bool) -> [String; 12] {
    [
        cell(&p.id),
        cell(&p.network),
        p.risk.map(|r| r.to_string()).unwrap_or_default(),
        opt(&p.posted_at),
        p.title
            .as_deref()
            .map(|t| cell(&shown::text(t, reveal)))
            .unwrap_or_default(),
        cell(&selectors(p, reveal)),
        cell(&p.indicators.join(";")),
        opt(&p.location),
        opt(&p.place),
        opt(&p.site),
        opt(&p.url),
        p.image_hashes
            .iter()
            .map(|h| h.to_hex())
            .collect::<Vec<_>>()
            .join(";"),
    ]
}

/// Writes the header and one row per post of `case`, in the case's order.
pub fn write_csv(case: &Case, options: &ExportOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(&mut *out);
    w.write_record(HEADER)?;
    for p in &case.posts {
        w.write_record(row(p, options.reveal))?;
    }
    w.flush()?;
    drop(w);
    out.flush()
}
