//! Links posts into the networks behind them, with the evidence for every link.
//!
//! Place in the pipeline: after extraction (and image hashing), before the store. It takes
//! each post with the selectors extraction found in it ([`PostFeatures::from_post`]) and gives
//! a network id for every post plus, for each network of two or more, a [`Network`] summary
//! (size, time span, movement between places, selectors with counts, names, sites, templates
//! with slots, the evidence waterfall and the guards that held back shared items).
//!
//! How it decides (see the module docs for the papers):
//! 1. **Evidence items.** A selector value (phone, email, handle…); an **own domain**, the
//!    registrable domain of the post's URLs and addresses unless it is a platform
//!    ([`domain`]: the post's own site, or the maintained list
//!    `plainsight-core/data/platform_domains.txt`); a photo, i.e. a cluster of PDQ hashes
//!    within Hamming distance 31 ([`image`]); a template, i.e. a cluster of near-duplicate
//!    texts ([`minhash`]) once the community's stock phrases — shingles in more than 2 % of
//!    posters, counted in a sketch — are removed.
//! 2. **Weights, Fellegi–Sunter style.** Each item kind has a log-likelihood weight in bits.
//! 3. **Guards learned from the corpus.** Posts are grouped into *posters* by the selectors
//!    they list (a selector listed beside many distinct others — a site's support line, a
//!    booking service — is not a poster's own and is left out; found in two passes so that a
//!    footer beside everyone does not make everyone's own phone look like one). An item's
//!    *spread* is the number of distinct posters it touches; beyond the free spread every
//!    doubling takes `spread_penalty` bits off. A footer on 300 posters' ads or a stock photo
//!    ends far below zero and links nothing.
//! 4. **Identities decide, not wording.** Selectors and photos join posts first; a group that
//!    holds a selector of its own is an *identity* (a page URL — a platform's ad page, a
//!    one-off short link — names a page, not a person, and makes no identity; an own domain
//!    does). A template is measured by the identities it spans and by how common the wording
//!    they share is in the whole corpus (its family: a stock template's variants per city or
//!    slot share its stock words), and wording alone
//!    never joins two identities — a photo or a selector has to. A post with no contact joins
//!    through text only one identity: the one its near-duplicates clearly point at, or the one
//!    whose own wording (shingles no other identity uses, counted on the posts it signed with
//!    its contact or photos) it shares; failing that, the one identity that advertised the
//!    same name in the same city within a week (`shared_persona`: operators post a persona
//!    in bursts per stop; when two identities did, the one whose own wording it shares).
//!    Text is words and pictographs: operators frame their own sentences with the same emoji.
//! 5. **Clustering.** Items at or above the threshold join their posts; weaker items add up
//!    pair by pair and join a pair whose sum reaches the threshold. Everything is ordered by
//!    post id first, so the networks do not depend on input order; networks are named by size
//!    then by their smallest post id. Every join is a named contribution in bits
//!    (`shared_phone`, `shared_domain`, `shared_template`, `shared_wording`, `shared_persona`,
//!    …) kept for the report's waterfall, and held-back items are listed as guards.
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

pub mod ahead;
pub mod domain;
pub mod eval;
pub mod features;
mod hash;
pub mod image;
mod linker;
pub mod minhash;
pub mod names;
mod store;
mod uf;

pub use features::{parse_rfc3339, PostFeatures, SelectorKey};
pub use linker::{
    fingerprint, network_name, Held, LinkConfig, Linker, Linking, TextStats, Weights,
};
/// The run products live in `plainsight-core` (one vocabulary for the linker, the store and
/// the outputs); re-exported so existing paths keep compiling.
pub use plainsight_core::network::{
    Count, Evidence, Guard, IndicatorCount, Network, PostRef, RiskPart, SelectorCount, Stop,
    Template,
};

/// What can go wrong while linking.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("post id {id:?} was added twice")]
    DuplicateId { id: String },
    #[error("too many posts for one linking (more than 2^32 - 2)")]
    TooManyPosts,
}
