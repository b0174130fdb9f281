//! Indicators of exploitation and explainable risk: the stage after extraction.
//!
//! Takes a [`Post`](plainsight_core::Post) (and its extracted selectors), runs a registry of
//! coded indicators ([`REGISTRY`]: `S…` sex ads, `J…` recruitment mapped to the ILO–European
//! Commission operational indicators, `N…` networks) whose patterns live in one data file per
//! language (`lang/en.toml`, `es`, `fr`, `pt`, `ar`), and gives an [`Evaluation`]: the
//! [`IndicatorHit`](plainsight_core::IndicatorHit)s with byte spans into the raw field, and a
//! post [`Risk`] in [0, 1] that is the monotone squash `1 − exp(−Σ weight)` of named
//! contributions. [`network_risk`] adds what only a network shows, for the linking stage.
//!
//! Ethnicity and nationality are never indicators: no pattern names a people or a country of
//! origin (see `docs/indicators.md`).
//!
//! ```
//! use plainsight_core::Post;
//! use plainsight_indicators::Evaluator;
//! let evaluator = Evaluator::new().unwrap();
//! let post = Post {
//!     id: "P1".into(),
//!     body: Some("Your passport will be kept safe by the agency".into()),
//!     ..Post::default()
//! };
//! let e = evaluator.evaluate(&post, &[]);
//! assert_eq!(e.indicators[0].code, "J004");
//! assert!(e.risk.score > 0.8);
//! ```

pub mod docs;
mod evaluate;
pub mod lang;
mod network;
mod posttype;
mod prepare;
pub mod registry;
mod risk;
mod scope;

pub use evaluate::{Evaluation, Evaluator, MAX_FIELD_BYTES};
pub use lang::LanguagePack;
pub use network::{
    network_risk, network_risk_of, NetworkFeatures, NetworkTally, PostEvidence, Sighting,
};
pub use posttype::{PostType, PostTypeResult, TypeCue};
pub use registry::{spec, Detector, Family, Guard, IloDimension, IndicatorSpec, REGISTRY};
pub use risk::{evidence_of, squash, Contribution, Risk};

/// What can go wrong building an evaluator (user-supplied language files, mostly).
#[derive(Debug, thiserror::Error)]
pub enum IndicatorError {
    #[error("language file {source_name}: {message}")]
    LanguageFile {
        source_name: String,
        message: String,
    },
    #[error("language file {source_name}: unknown indicator code {code}")]
    UnknownCode { source_name: String, code: String },
    #[error("language file {source_name}: pattern for {code}: {message}")]
    Pattern {
        source_name: String,
        code: String,
        message: String,
    },
    #[error("reading language file {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}
