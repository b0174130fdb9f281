//! The case view: what an export reads.
//!
//! A [`Case`] is a list of posts, each with its network, risk, time, place, where it was found,
//! its selectors (with their evidence where known), the indicator codes that fired and its image
//! hashes, plus the summaries of the networks those posts belong to. It is deliberately flat
//! and owned so that two very different producers can build it:
//!
//! - `link --out`, from the in-memory run (the engine fills what the linker kept);
//! - the case store's `export`, from SQLite (every field is stored there).
//!
//! Writers (`plainsight-output`) are pure functions over it: they write posts in the order
//! given, so the producer chooses the order (input order, or riskiest first), and the same
//! case gives the same bytes. Optional fields are simply left out of the output when `None`.
//!
//! ```
//! use plainsight_core::case::{Case, CasePost, CaseSelector};
//! use plainsight_core::SelectorKind;
//! let post = CasePost {
//!     id: "P1".into(),
//!     network: "N000001".into(),
//!     selectors: vec![CaseSelector::new(SelectorKind::Phone, "+17135550123")],
//!     ..CasePost::default()
//! };
//! let case = Case { posts: vec![post], networks: Vec::new() };
//! assert_eq!(case.posts[0].selectors[0].kind, SelectorKind::Phone);
//! // Debug never shows a selector value or a title.
//! assert!(!format!("{case:?}").contains("5550123"));
//! ```

use crate::network::{Network, SelectorKey};
use crate::{Field, PdqHash, Platform, RegionSource, Selector, SelectorKind};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The posts to export and the summaries of their networks.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Case {
    /// Posts in the order the output should list them.
    pub posts: Vec<CasePost>,
    /// Summaries of the networks of two or more posts that `posts` belong to (any order;
    /// writers look them up by id). A post whose network is not here is a network of its own.
    pub networks: Vec<Network>,
}

/// One post as exports show it.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct CasePost {
    pub id: String,
    /// The network id (`N000017`); every post has one, a lone post a network of its own.
    pub network: String,
    /// The post's risk in [0, 1], where it was scored.
    pub risk: Option<f64>,
    /// RFC 3339, as the post gave it.
    pub posted_at: Option<String>,
    pub title: Option<String>,
    /// The free-text `location` as the site gave it.
    pub location: Option<String>,
    /// The place the location resolved to (`Houston, TX, US`), where resolved.
    pub place: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    /// Selectors, once per mention (a value mentioned twice is listed twice).
    pub selectors: Vec<CaseSelector>,
    /// Codes of the indicators that fired on the post, distinct.
    pub indicators: Vec<String>,
    /// PDQ hashes of the post's images, distinct.
    pub image_hashes: Vec<PdqHash>,
}

impl fmt::Debug for CasePost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CasePost")
            .field("id", &self.id)
            .field("network", &self.network)
            .field("risk", &self.risk)
            .field("selectors", &self.selectors)
            .field("indicators", &self.indicators)
            .finish_non_exhaustive()
    }
}

/// A selector mention: the normalized value and, where the producer kept it, its evidence
/// (field and byte span of the input record) and, for phones, where its region came from.
/// The raw text is never part of an export.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSelector {
    pub kind: SelectorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<Field>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_source: Option<RegionSource>,
}

impl CaseSelector {
    /// A mention known only by its normalized value.
    pub fn new(kind: SelectorKind, value: impl Into<String>) -> Self {
        CaseSelector {
            kind,
            platform: None,
            value: value.into(),
            field: None,
            start: None,
            end: None,
            region_source: None,
        }
    }

    /// The selector's identity across posts.
    pub fn key(&self) -> SelectorKey {
        SelectorKey {
            kind: self.kind,
            platform: self.platform,
            value: self.value.clone(),
        }
    }
}

impl From<&Selector> for CaseSelector {
    fn from(s: &Selector) -> Self {
        CaseSelector {
            kind: s.kind,
            platform: s.platform,
            value: s.reveal_value().to_string(),
            field: Some(s.field),
            start: Some(s.start),
            end: Some(s.end),
            region_source: s.region_source,
        }
    }
}

impl From<&SelectorKey> for CaseSelector {
    fn from(k: &SelectorKey) -> Self {
        CaseSelector {
            platform: k.platform,
            ..CaseSelector::new(k.kind, k.value.clone())
        }
    }
}

impl fmt::Debug for CaseSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind, crate::mask(&self.value))
    }
}
