//! Every file a run writes, in one place: the contract's `{"id","network"}` lines,
//! `networks.jsonl`, the analyst's offline HTML report ([`report`], with the referral lists of
//! [`help`] that the workspace's network page shares), and the exports of a case
//! view ([`export`]: CSV, FollowTheMoney, GEXF, GraphML; `docs/exports.md`).
//!
//! Place in the pipeline: at the end. It takes run products from `plainsight-core`
//! ([`plainsight_core::network::Network`] and its parts) and gives bytes on a writer; it knows
//! nothing of how they were made, so `link --out` (from the in-memory run) and the case store
//! (from SQLite) write the same files through the same functions. Writers are pure: the same
//! products give the same bytes.
//!
//! Selector values are masked in the report unless the caller asks to reveal them;
//! `networks.jsonl` carries them as the contract's explicit reveal.
//!
//! ```
//! use plainsight_output::{write_assignments, write_networks};
//! let mut out = Vec::new();
//! write_assignments([("P1", "N000001"), ("P2", "N000001")], &mut out).unwrap();
//! assert_eq!(out, b"{\"id\":\"P1\",\"network\":\"N000001\"}\n{\"id\":\"P2\",\"network\":\"N000001\"}\n");
//! let mut nets = Vec::new();
//! let none: [plainsight_core::network::Network; 0] = [];
//! write_networks(&none, &mut nets).unwrap();
//! assert!(nets.is_empty());
//! ```

pub mod export;
pub mod gaps;
pub mod help;
pub mod map;
pub mod networks;
pub mod report;
pub mod shown;

pub use networks::{ordered, write_assignments, write_networks, write_report, write_report_with};
pub use report::{render, render_with_phones, ReportOptions};
