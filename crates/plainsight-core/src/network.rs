//! Run products: what linking gives and what every output reads.
//!
//! A [`Network`] is a group of two or more posts with the evidence that formed it (an evidence
//! waterfall, the guards that held shared items back, its movement, selectors, names, sites and
//! templates) and, once indicators have been evaluated, its risk. These types live at the
//! bottom so that the linker that makes them, the store that keeps them, the report and the
//! export writers that show them all speak one vocabulary.
//!
//! Selector values inside these types are normalized values: serializing them is the
//! contract's explicit reveal (`networks.jsonl`); `Debug` masks them.
//!
//! ```
//! use plainsight_core::network::SelectorKey;
//! use plainsight_core::{Field, Selector, SelectorKind};
//! let s = Selector::new(SelectorKind::Phone, "+17135550123", Field::Body, 0, 12, "713 555 0123");
//! let key = SelectorKey::from_selector(&s);
//! assert_eq!(key.evidence_kind(), "shared_phone");
//! assert_eq!(format!("{key:?}"), "phone +171*******3");
//! ```

use crate::{Platform, Selector, SelectorKind};
use serde::{Deserialize, Serialize};

/// A selector's identity across posts: kind, platform and normalized value.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SelectorKey {
    pub kind: SelectorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    pub value: String,
}

impl SelectorKey {
    pub fn from_selector(s: &Selector) -> Self {
        SelectorKey {
            kind: s.kind,
            platform: s.platform,
            value: s.reveal_value().to_string(),
        }
    }

    /// Whether this is a bare registrable domain (a URL value without a path): the linker's
    /// own-domain item rather than a page.
    pub fn is_domain(&self) -> bool {
        self.kind == SelectorKind::Url && !self.value.contains('/')
    }

    /// The evidence label of a shared selector of this kind (`shared_phone`, …).
    pub fn evidence_kind(&self) -> &'static str {
        match self.kind {
            SelectorKind::Phone => "shared_phone",
            SelectorKind::Email => "shared_email",
            SelectorKind::Url if self.is_domain() => "shared_domain",
            SelectorKind::Url => "shared_url",
            SelectorKind::Handle => "shared_handle",
            SelectorKind::Crypto => "shared_crypto",
            SelectorKind::Payment => "shared_payment",
        }
    }
}

impl std::fmt::Debug for SelectorKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind, crate::mask(&self.value))
    }
}

/// A network of two or more posts and why it was formed. Serialized as one line of
/// `networks.jsonl`; selector values are the contract's explicit reveal.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Network {
    pub network: String,
    pub size: usize,
    /// In [0, 1]; neutral until a risk model sets it.
    pub risk: f64,
    /// The named parts of `risk`, from the risk model (empty while neutral).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risk_parts: Vec<RiskPart>,
    /// Indicators that fired on member posts, with how many posts (set by the caller that
    /// evaluated the posts).
    #[serde(default)]
    pub indicators: Vec<IndicatorCount>,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Places in order of first appearance in time (movement).
    pub locations: Vec<String>,
    /// Consecutive stays: where, from when, how many posts.
    pub movement: Vec<Stop>,
    pub selectors: Vec<SelectorCount>,
    pub persons: Vec<Count>,
    pub sites: Vec<Count>,
    pub templates: Vec<Template>,
    /// Evidence totals by kind, strongest first (the waterfall).
    pub evidence: Vec<Evidence>,
    /// Items that touched this network but were discounted as shared by many posters.
    pub guards: Vec<Guard>,
    /// Members in time order.
    #[serde(skip)]
    pub posts: Vec<PostRef>,
}

/// One named part of a network's risk.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RiskPart {
    pub code: String,
    pub name: String,
    pub weight: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IndicatorCount {
    pub code: String,
    pub name: String,
    pub posts: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Stop {
    pub location: String,
    pub from: Option<String>,
    pub posts: usize,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct SelectorCount {
    pub kind: SelectorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    pub value: String,
    pub posts: usize,
    /// Shared by many unrelated posters (a site's support line, a booking service): listed,
    /// but not evidence of this network.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub widely_shared: bool,
}

impl std::fmt::Debug for SelectorCount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} ×{}",
            self.kind,
            crate::mask(&self.value),
            self.posts
        )
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Count {
    pub name: String,
    pub posts: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Template {
    /// Shared words, `{…}` where members differ (names, places, ages, phones).
    pub text: String,
    pub slots: usize,
    pub posts: usize,
    /// Distinct names advertised with this template.
    pub persons: usize,
}

/// One bar of the waterfall: the total weight (bits) of one kind of evidence in a network.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Evidence {
    pub kind: String,
    pub weight: f64,
    /// Distinct items (phones, photos, templates…) of this kind.
    pub items: usize,
    /// Links they made (posts joined beyond the first of each item).
    pub links: usize,
}

/// An item discounted by the guards: shared by `spread` distinct posters, so its weight fell
/// from `base` to `weight` and it did not link on its own.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Guard {
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<SelectorKey>,
    pub spread: u32,
    pub posts_here: usize,
    pub posts_total: usize,
    pub base: f64,
    pub weight: f64,
}

/// A member post as the report shows it.
#[derive(Clone, Debug)]
pub struct PostRef {
    pub id: String,
    pub index: u32,
    pub posted_at: Option<String>,
    pub location: Option<String>,
    pub title: Option<String>,
    pub selectors: Vec<SelectorKey>,
}
