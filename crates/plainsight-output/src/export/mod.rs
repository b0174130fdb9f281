//! Exports of a [`Case`]: CSV, FollowTheMoney entities (JSONL), GEXF 1.3 and GraphML.
//!
//! Each writer is a pure function `(case, options, writer)`: posts in the order the case
//! lists them, everything else numbered by first appearance, so the same case gives the same
//! bytes. Selector values are masked ([`crate::shown`]) and digits in titles hidden unless
//! [`ExportOptions::reveal`] is set; a masked export names no selector anywhere, not even
//! through an id derived from its value. See `docs/exports.md` for each format's mapping.
//!
//! ```
//! use plainsight_core::case::{Case, CasePost, CaseSelector};
//! use plainsight_core::SelectorKind;
//! use plainsight_output::export::{write_export, ExportFormat, ExportOptions};
//! let case = Case {
//!     posts: vec![CasePost {
//!         id: "P1".into(),
//!         network: "N000001".into(),
//!         selectors: vec![CaseSelector::new(SelectorKind::Phone, "+17135550123")],
//!         ..CasePost::default()
//!     }],
//!     networks: Vec::new(),
//! };
//! let format: ExportFormat = "csv".parse().unwrap();
//! let mut out = Vec::new();
//! write_export(format, &case, &ExportOptions::default(), &mut out).unwrap();
//! let text = String::from_utf8(out).unwrap();
//! assert!(text.starts_with("id,network,"));
//! assert!(text.contains("phone:+171*******3") && !text.contains("5550123"));
//! ```

pub mod csv;
pub mod ftm;
pub mod graph;
pub mod xml;

use plainsight_core::case::Case;
use std::io::Write;

/// What an export shows.
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    /// Show selector values and titles as they are (handle the file as sensitive).
    pub reveal: bool,
}

/// The export formats, by the names the CLI takes (`csv`, `ftm`, `gexf`, `graphml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Ftm,
    Gexf,
    Graphml,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Csv,
        ExportFormat::Ftm,
        ExportFormat::Gexf,
        ExportFormat::Graphml,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Ftm => "ftm",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Graphml => "graphml",
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Ftm => "ftm.jsonl",
            other => other.as_str(),
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An export format name that is none of `csv`, `ftm`, `gexf`, `graphml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl std::fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown export format {:?} (expected csv, ftm, gexf or graphml)",
            self.0
        )
    }
}

impl std::error::Error for UnknownFormat {}

impl std::str::FromStr for ExportFormat {
    type Err = UnknownFormat;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ExportFormat::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// Writes `case` in `format` (the one entry point the `export` command needs).
pub fn write_export(
    format: ExportFormat,
    case: &Case,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        ExportFormat::Csv => csv::write_csv(case, options, out),
        ExportFormat::Ftm => ftm::write_ftm(case, options, out),
        ExportFormat::Gexf => graph::write_gexf(case, options, out),
        ExportFormat::Graphml => graph::write_graphml(case, options, out),
    }
}
