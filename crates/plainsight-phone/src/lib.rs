//! Phone numbers in obfuscated text, validated against libphonenumber metadata.
//!
//! Place in the pipeline: the `extract` stage calls [`find_phones`] on each text field of a post.
//! It takes the raw field (plain text or HTML) and a [`PhoneContext`] (the region national
//! numbers are read in) and gives [`PhoneMatch`]es: the E.164 value and the byte span of the
//! ORIGINAL text that is the evidence, one per mention, in order of position.
//!
//! Text is read through [`plainsight_text::digit_view`], so numbers written with number words,
//! look-alike letters, other scripts' digits, keycaps or emoji separators are found; decoys
//! (prices, dates, times, measurements, references, IBANs, cards) are kept out by structure and
//! context; what remains is read by libphonenumber (the `rlibphonenumber` port, pinned) and kept
//! only when valid. See `finder.rs` for the rules.
//!
//! ```
//! use plainsight_phone::{find_phones, PhoneContext};
//! let raw = "new in town 🌹 call 7one3 five5five o1two3, $200/hr";
//! let found = find_phones(raw, &PhoneContext { region: Some("US") });
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].e164, "+17135550123");
//! assert_eq!(&raw[found[0].start..found[0].end], "7one3 five5five o1two3");
//! ```

mod finder;
mod numbers;
mod region_lengths;

pub use numbers::parse_number;

/// Errors of this crate. Numbers in messages are masked.
#[derive(Debug, thiserror::Error)]
pub enum PhoneError {
    /// The region code is not one libphonenumber has metadata for.
    #[error("unknown region code {region:?}")]
    UnknownRegion { region: String },
    /// libphonenumber could not read the text as a number.
    #[error("not a phone number ({masked}): {reason}")]
    Unparsable { masked: String, reason: String },
    /// The number parses but is not valid per libphonenumber metadata.
    #[error("not a valid phone number ({masked})")]
    Invalid { masked: String },
}

/// What is known about where a text came from, for reading numbers without a country code.
#[derive(Clone, Debug, Default)]
pub struct PhoneContext<'a> {
    /// ISO 3166-1 alpha-2 region to read national numbers in (from the record's `region`, its
    /// `location` through the gazetteer, or `--default-region`).
    pub region: Option<&'a str>,
}

/// A phone number found in a text: E.164 value and the byte span in the original text.
#[derive(Clone, PartialEq, Eq)]
pub struct PhoneMatch {
    pub e164: String,
    pub start: usize,
    pub end: usize,
}

impl std::fmt::Debug for PhoneMatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "PhoneMatch({} [{}..{}])",
            plainsight_core::mask(&self.e164),
            self.start,
            self.end
        )
    }
}

/// Finds the phone numbers in `raw`, in order of position, one per mention. Spans are byte
/// offsets into `raw` on char boundaries. Without a region only numbers written with an
/// international prefix (`+`, `00`, `011`) or a country code next to a phone keyword are found.
/// An unknown region code is treated as no region.
pub fn find_phones(raw: &str, ctx: &PhoneContext<'_>) -> Vec<PhoneMatch> {
    let region = ctx.region.and_then(numbers::region);
    finder::find(raw, region)
}

/// [`find_phones`] for a caller that has already folded the text: `folded` must be
/// `plainsight_text::fold(raw)`. Gives exactly what `find_phones(raw, ctx)` gives, without
/// folding `raw` a second time (the extract stage folds every field once for all its matchers).
pub fn find_phones_folded(
    raw: &str,
    folded: &plainsight_text::Normalized,
    ctx: &PhoneContext<'_>,
) -> Vec<PhoneMatch> {
    let region = ctx.region.and_then(numbers::region);
    finder::find_folded(raw, folded, region)
}
