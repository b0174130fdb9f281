//! Links posts into the networks behind them, with the evidence for every link.
//!
//! Place in the pipeline: after extraction (and image hashing), before the store. It takes
//! each post with the selectors extraction found in it ([`PostFeatures::from_post`]) and gives
//! a network id for every post plus, for each network of two or more, a [`Network`] summary
//! (size, time span, movement between places, selectors with counts, names, sites, templates
//! with slots, the evidence waterfall and the guards that held back shared items).
//!
//! How it decides (see the module docs for the papers):
//! 1. **Evidence items.** A selector value (phone, email, handle…); a photo, i.e. a cluster of
//!    PDQ hashes within Hamming distance 31 ([`image`]); a template, i.e. a cluster of
//!    near-duplicate texts ([`minhash`]) once the community's stock phrases — shingles in more
//!    than 1 % of posts, counted in a sketch — are removed (InfoShield's first stage chained a
//!    whole corpus through stock phrases).
//! 2. **Weights, Fellegi–Sunter style.** Each item kind has a log-likelihood weight in bits.
//! 3. **Guards learned from the corpus.** Posts are grouped into *posters* by the selectors
//!    they list (a selector listed beside many distinct others — a site's support line, a
//!    booking service — is not a poster's own and is left out). An item's *spread* is the
//!    number of distinct posters it touches; beyond four (an operator rotates up to four
//!    phones) every doubling takes `spread_penalty` bits off. A footer on 300 posters' ads or
//!    a stock photo ends far below zero and links nothing.
//! 4. **Clustering.** Items at or above the threshold join their posts; weaker items add up
//!    pair by pair and join a pair whose sum reaches the threshold. Everything is ordered by
//!    post id first, so the networks do not depend on input order; networks are named by size
//!    then by their smallest post id.
//!
//! ```
//! use plainsight_core::{Field, Post, Selector, SelectorKind};
//! use plainsight_link::{LinkConfig, Linker, PostFeatures};
//! let mut linker = Linker::new(LinkConfig::default());
//! for (id, phone) in [("a", "+17135550111"), ("b", "+17135550111"), ("c", "+17135550199")] {
//!     let post = Post { id: id.into(), body: Some("call me".into()), ..Post::default() };
//!     let sel = Selector::new(SelectorKind::Phone, phone, Field::Body, 0, 4, "call");
//!     linker.add(PostFeatures::from_post(&post, &[sel])).unwrap();
//! }
//! let linking = linker.link();
//! assert_eq!(linking.network_of(0), linking.network_of(1));
//! assert_ne!(linking.network_of(0), linking.network_of(2));
//! assert_eq!(linking.networks[0].evidence[0].kind, "shared_phone");
//! ```

pub mod domain;
pub mod eval;
pub mod features;
mod hash;
pub mod image;
mod linker;
pub mod minhash;
pub mod names;
pub mod report;
mod store;
mod uf;

pub use features::{parse_rfc3339, PostFeatures, SelectorKey};
pub use linker::{
    fingerprint, network_name, Count, Evidence, Guard, IndicatorCount, LinkConfig, Linker, Linking,
    Network, PostRef, RiskPart, SelectorCount, Stop, Template, Weights,
};

/// What can go wrong while linking.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("post id {id:?} was added twice")]
    DuplicateId { id: String },
    #[error("too many posts for one linking (more than 2^32 - 2)")]
    TooManyPosts,
}
