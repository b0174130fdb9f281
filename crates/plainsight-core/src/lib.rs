//! The vocabulary at the bottom of the plainsight pipeline.
//!
//! Every stage (ingest → extract → indicators → link → store) speaks these types and nothing
//! else: a [`Post`] comes in, [`Selector`]s and [`IndicatorHit`]s come out of it, images become
//! [`PdqHash`]es, and linking gives the run products in [`network`] ([`network::Network`] and
//! its parts) that the store, the report and the exports read. Stage crates depend on this
//! crate and on pure algorithm crates, never on each other.
//!
//! People in the data come first: the `Debug` and `Display` forms of anything that carries a
//! selector or post text are masked. Revealing a value is an explicit call
//! ([`Selector::reveal_value`], [`mask`]) so that it can be found with grep.
//!
//! ```
//! use plainsight_core::{Field, Selector, SelectorKind};
//! let s = Selector::new(SelectorKind::Phone, "+17135550123", Field::Body, 4, 20, "713 555 0123");
//! assert_eq!(format!("{s}"), "phone +171*******3 body[4..20]");
//! ```

pub mod case;
pub mod mail;
pub mod network;
mod post;
pub mod region;
mod selector;
pub mod time;

pub use post::{in_discussion_thread, is_page_extension, site_hosts, Post, SourceRef};
pub use region::{Region, RegionError};
pub use selector::{
    mask, Ambiguous, Field, IndicatorHit, PdqHash, PdqParseError, Platform, RegionSource, Selector,
    SelectorKind,
};
