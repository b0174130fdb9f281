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
//! let found = find_phones(raw, &PhoneContext::from_data(Some("US")));
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].e164, "+17135550123");
//! assert_eq!(&raw[found[0].start..found[0].end], "7one3 five5five o1two3");
//! ```

mod finder;
mod metadata;
mod numbers;
mod region_facts;
mod region_lengths;
pub mod wallets;

pub use numbers::{
    calling_code_for_region, is_mobile_number, national_forms, national_significant, parse_number,
    region_for_calling_code, region_of_number,
};
pub use plainsight_core::{Region, RegionSource};

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
pub struct PhoneContext {
    /// The region to read national numbers in (from the record's `region`, its `location`
    /// through the gazetteer, or `--default-region`), validated by the one region rule
    /// ([`Region`]).
    pub region: Option<Region>,
}

impl PhoneContext {
    /// A context from a region as data gives it ([`Region::from_data`]: `UK` read as `GB`; a code
    /// that is not a region libphonenumber knows is no region).
    pub fn from_data(region: Option<&str>) -> PhoneContext {
        PhoneContext {
            region: region.and_then(Region::from_data),
        }
    }
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
pub fn find_phones(raw: &str, ctx: &PhoneContext) -> Vec<PhoneMatch> {
    numbers_only(finder::find(raw, &context_plan(ctx)))
}

/// [`find_phones`] for a caller that has already folded the text: `folded` must be
/// `plainsight_text::fold(raw)`. Gives exactly what `find_phones(raw, ctx)` gives, without
/// folding `raw` a second time (the extract stage folds every field once for all its matchers).
pub fn find_phones_folded(
    raw: &str,
    folded: &plainsight_text::Normalized,
    ctx: &PhoneContext,
) -> Vec<PhoneMatch> {
    numbers_only(finder::find_folded(raw, folded, &context_plan(ctx)))
}

fn context_plan(ctx: &PhoneContext) -> finder::Plan {
    let mut plan = RegionPlan::default();
    if let Some(r) = ctx.region {
        plan.push(&[r], RegionSource::Record);
    }
    plan.0
}

fn numbers_only(found: Vec<finder::Found>) -> Vec<PhoneMatch> {
    found
        .into_iter()
        .filter_map(|f| match f.outcome {
            finder::Outcome::Number(r, _) => Some(PhoneMatch {
                e164: r.e164,
                start: f.start,
                end: f.end,
            }),
            finder::Outcome::Ambiguous(..) => None,
        })
        .collect()
}

/// Regions a national number with no other evidence is tried in (the [`RegionSource::Format`]
/// level): the 43 countries the ads the project has measured and its two independent
/// evaluation sets come from (Europe, the Americas, Africa, the Gulf, South and East Asia,
/// Oceania), with Bangladesh and Nepal, where recruiters for the Gulf and India write from:
/// Bangladesh's mobiles (`017…`, `018…`) are otherwise read as Korea's old `01X` numbers, which
/// libphonenumber still calls valid, and Nepal's (`98…`, `97…`) as Indian ones (every Nepali
/// mobile is a valid Indian number; 5.2 % of Indian mobiles are also Nepali ones, and those
/// turn ambiguous where nothing else places them). A number is placed by
/// its format only when it is a valid mobile number of exactly one of them, written as that
/// country writes numbers at home (with the trunk `0` where it has one, without a leading `0`
/// where it has none); valid in several, it is ambiguous unless its written grouping decides.
/// More regions here means more ambiguity, so the list is kept to places the tool meets.
pub const PLAUSIBLE_REGIONS: &[&str] = &[
    "AE", "AR", "AU", "BD", "BR", "CA", "CO", "DE", "EC", "ES", "ET", "FR", "GB", "HK", "IE", "IN",
    "IT", "JP", "KE", "KR", "LY", "MA", "ML", "MX", "MY", "NE", "NG", "NL", "NP", "NZ", "PH", "PK",
    "PL", "PT", "SA", "SD", "SG", "SN", "SO", "TH", "TR", "US", "ZA",
];

/// [`PLAUSIBLE_REGIONS`] as validated regions (each passes the one region rule; a test checks
/// that none is dropped).
pub fn plausible_regions() -> &'static [Region] {
    static R: std::sync::OnceLock<Vec<Region>> = std::sync::OnceLock::new();
    R.get_or_init(|| {
        PLAUSIBLE_REGIONS
            .iter()
            .filter_map(|c| Region::parse(c).ok())
            .collect()
    })
}

/// Where national numbers of one text are read: levels of region evidence, strongest first
/// (see [`find_phones_planned`]).
#[derive(Clone, Debug, Default)]
pub struct RegionPlan(finder::Plan);

impl RegionPlan {
    /// Adds a level: the regions one kind of evidence names (unknown codes are skipped; a level
    /// left empty is not added).
    pub fn push(&mut self, regions: &[Region], source: RegionSource) {
        let mut rs: Vec<rlibphonenumber::Region> = Vec::new();
        for r in regions {
            if let Some(r) = numbers::region(*r) {
                if !rs.contains(&r) {
                    rs.push(r);
                }
            }
        }
        if !rs.is_empty() {
            self.0.levels.push((rs, source));
        }
    }

    /// Adds regions the text's writing points to (Thai script: Thailand): they decide only
    /// between regions that one level leaves ambiguous, after grouping and mobiles.
    pub fn hint(&mut self, regions: &[Region]) {
        for r in regions {
            if let Some(r) = numbers::region(*r) {
                if !self.0.hints.contains(&r) {
                    self.0.hints.push(r);
                }
            }
        }
    }

    /// Sets the regions that speak the language the post is written in: they settle a number
    /// several regions read alike when the hints do not, if only one of them reads its digits
    /// (a post in Spanish: Colombia, not Italy).
    pub fn speakers(&mut self, regions: &[Region]) {
        self.0.speakers = regions.iter().filter_map(|r| numbers::region(*r)).collect();
    }

    /// Adds the regions of [`RegionPlan::hint`] as a last level, reported as `text`: where a
    /// post's writing points to (its script, its prices), for a number none of the places it
    /// names reads. Only mobile numbers are read there (ads give mobiles; the writing is weaker
    /// evidence than a place).
    pub fn push_hints(&mut self) {
        if self.0.hints.is_empty() {
            return;
        }
        self.0.hint_level = Some(self.0.levels.len());
        self.0
            .levels
            .push((self.0.hints.clone(), RegionSource::Text));
    }

    /// Adds, as the last level and reported as `text`, the countries that speak the
    /// languages of a shared script the post is written in (Cyrillic: Russia, Kazakhstan,
    /// Belarus, …): a mobile number given after a phone cue that nothing before reads is
    /// read there when exactly one of them reads it.
    pub fn push_script_speakers(&mut self, regions: &[Region]) {
        let before = self.0.levels.len();
        self.push(regions, RegionSource::Text);
        if self.0.levels.len() > before {
            self.0.script_level = Some(before);
        }
    }

    /// After every level, for a post that names places or whose record gives its region (a
    /// plan without a `format` level): a whole national number given after a phone cue, with
    /// its trunk prefix, that no level reads is reported as ambiguous between the plausible
    /// regions whose format reads it (never read as a number: the place named may be where the
    /// work is, and the number from home), instead of being lost.
    pub fn report_unplaced(&mut self) {
        self.0.unplaced = !self
            .0
            .levels
            .iter()
            .any(|(_, s)| *s == RegionSource::Format);
    }

    /// The regions a number's format alone may place it in, when the user knows where the
    /// posts come from (`--regions`): the ambiguity reported for a number no level reads is
    /// between these instead of [`PLAUSIBLE_REGIONS`]. The `format` level itself is pushed
    /// with the same regions by the caller.
    pub fn plausible(&mut self, regions: &[Region]) {
        self.0.plausible = regions.iter().filter_map(|r| numbers::region(*r)).collect();
    }

    /// Whether no level was added.
    pub fn is_empty(&self) -> bool {
        self.0.levels.is_empty()
    }
}

/// How a found number was read.
#[derive(Clone, PartialEq, Eq)]
pub enum PhoneReading {
    /// A valid number (E.164) and where the region it was read in came from.
    Number { e164: String, source: RegionSource },
    /// A national number valid in several regions that nothing in the text decides between
    /// (ISO 3166-1 alpha-2, sorted): not guessed. `readings`: the number it is in each of
    /// them (E.164, sorted), for a linker that can tell the region from other posts.
    Ambiguous {
        regions: Vec<String>,
        readings: Vec<String>,
    },
}

/// A number found by [`find_phones_planned`], with its span in the raw text.
#[derive(Clone, PartialEq, Eq)]
pub struct PhoneFind {
    pub reading: PhoneReading,
    pub start: usize,
    pub end: usize,
}

impl std::fmt::Debug for PhoneFind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.reading {
            PhoneReading::Number { e164, source } => write!(
                f,
                "PhoneFind({} {} [{}..{}])",
                plainsight_core::mask(e164),
                source.as_str(),
                self.start,
                self.end
            ),
            PhoneReading::Ambiguous { regions, .. } => write!(
                f,
                "PhoneFind(ambiguous {regions:?} [{}..{}])",
                self.start, self.end
            ),
        }
    }
}

/// Finds the phone numbers of `raw` (whose fold the caller has: `folded` must be
/// `plainsight_text::fold(raw)`), reading national numbers by `plan`: each at the first level
/// where it is valid. Numbers written with a country code (`+`, `00`, a bare code by a phone
/// word) come with [`RegionSource::CallingCode`].
pub fn find_phones_planned(
    raw: &str,
    folded: &plainsight_text::Normalized,
    plan: &RegionPlan,
) -> Vec<PhoneFind> {
    finds(finder::find_folded(raw, folded, &plan.0))
}

/// [`find_phones_planned`] by a plan built only when it is needed: `first` is the whole plan's
/// first level alone (one region: a post's `location`), and `full()` builds the whole plan
/// (placing the post by its text costs more than reading most posts' numbers). Numbers read
/// whole at the first level are read so by the whole plan too, so the result is the same as
/// [`find_phones_planned`] with `full()`; posts whose every number reads there never build it.
pub fn find_phones_staged<'p>(
    raw: &str,
    folded: &plainsight_text::Normalized,
    first: &RegionPlan,
    full: &dyn Fn() -> &'p RegionPlan,
) -> Vec<PhoneFind> {
    finds(finder::find_folded_staged(raw, folded, &first.0, &|| {
        &full().0
    }))
}

/// The finder's numbers as the crate gives them.
fn finds(found: Vec<finder::Found>) -> Vec<PhoneFind> {
    found
        .into_iter()
        .map(|f| PhoneFind {
            reading: match f.outcome {
                finder::Outcome::Number(r, source) => PhoneReading::Number {
                    e164: r.e164,
                    source,
                },
                finder::Outcome::Ambiguous(rs, readings) => PhoneReading::Ambiguous {
                    regions: rs.iter().map(|r| r.as_region_str().to_string()).collect(),
                    readings,
                },
            },
            start: f.start,
            end: f.end,
        })
        .collect()
}
