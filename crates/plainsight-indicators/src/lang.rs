//! Language packs: one TOML file per language with the patterns for each indicator code.
//!
//! ```toml
//! language = "en"
//! name = "English"
//! [patterns]            # code → regexes, run on lower-cased, accent-folded text
//! S003 = ['\byoung\b', '\bfresh\b']
//! [exclude]           # code → regexes of known false positives that suppress a match
//! S003 = ['\byoung at heart\b']
//! [cues]                # numeric cues: group 1 is the number
//! age = ['\b(\d{1,2}) ?yo\b']
//! pay = ['\$ ?(\d[\d,.]*k?)']
//! [examples]            # code → texts on which the code must fire (tested)
//! S003 = ["so young and sweet"]
//! [not_examples]        # code → texts on which the code must NOT fire (tested)
//! S003 = ["always fresh and showered"]
//! [post_type]           # cues of each post type; `_weak` cues count 1, others 2
//! job_offer = ['\bhiring\b']
//! sex_ad_weak = ['\bsexy\b']
//! [post_type_examples]  # type → texts classified as that type (tested)
//! job_offer = ["now hiring waitresses"]
//! [scope]               # the words that give a match its meaning (see `Scope`)
//! negators = ["not", "never", "don't"]
//! ```
//!
//! A pattern may mark its evidence span with one capturing group (`'\bsweet\s?(🍒)\s?[a-z]'`:
//! the emoji); other groups must be non-capturing. Patterns are written in lower case; `\b` is an ASCII word boundary (the text has its Latin
//! accents folded away, so Latin words are ASCII); Arabic patterns need no boundaries.

use crate::IndicatorError;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A parsed language file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguagePack {
    /// ISO 639-1 code ("en").
    pub language: String,
    /// English name of the language.
    pub name: String,
    #[serde(default)]
    pub patterns: BTreeMap<String, Vec<String>>,
    /// code → regexes whose matches suppress an overlapping match of that code (known false
    /// positives such as "young at heart").
    #[serde(default)]
    pub exclude: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub cues: Cues,
    #[serde(default)]
    pub examples: BTreeMap<String, Vec<String>>,
    /// code → texts on which the code must not fire: negations, refusals, terms of address,
    /// hygiene words, decoration (tested).
    #[serde(default)]
    pub not_examples: BTreeMap<String, Vec<String>>,
    /// Post-type cues: `sex_ad`, `job_offer`, `massage` (strong, 2 points) and the same names with
    /// `_weak` (1 point); see [`crate::PostType`].
    #[serde(default)]
    pub post_type: BTreeMap<String, Vec<String>>,
    /// type (`sex_ad`, `job_offer`, `massage`, `other`) → texts that must be classified so.
    #[serde(default)]
    pub post_type_examples: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub scope: Scope,
}

/// The words that decide what a match means, per language. Every list is merged across the
/// languages of an evaluator (posts mix languages), so each entry must be unambiguous in the
/// other languages too ("sin" is Spanish "without" and English "sin": it is not listed).
///
/// Words are compared with the whitespace-separated tokens of the matching text (lower case,
/// accents folded, punctuation trimmed); `refusals_after` and `hygiene` are regexes.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// Negate what follows within three words of the same clause: "I don't send pics",
    /// "do not ask to send pics", "je ne suis pas nouvelle".
    #[serde(default)]
    pub negators: Vec<String>,
    /// Refuse what follows within one word: "no pimps", "no 2 girls", "no soy primeriza".
    #[serde(default)]
    pub refusers: Vec<String>,
    /// Words that end the scope of a negation ("but", "pero").
    #[serde(default)]
    pub scope_breaks: Vec<String>,
    /// Words a negation reaches over without counting them ("no need *to* send", "me", "te").
    #[serde(default)]
    pub fillers: Vec<String>,
    /// Refuse what precedes them in the same clause: "pimps need not apply", "menores abstenerse".
    #[serde(default)]
    pub refusals_after: Vec<String>,
    /// Terms of address to the client (daddy, papi, baby, honey): they name a third party only
    /// after a possessive or definite determiner (`possessives`).
    #[serde(default)]
    pub address: Vec<String>,
    /// Determiners that make a term of address a third party: "my daddy", "the boss".
    #[serde(default)]
    pub possessives: Vec<String>,
    /// Hygiene and freshness-of-body words: "fresh" next to them is about a shower, not youth.
    #[serde(default)]
    pub hygiene: Vec<String>,
}

/// Numeric cues: group 1 of each pattern is the number.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    /// A stated age of the person advertised.
    #[serde(default)]
    pub age: Vec<String>,
    /// A monthly pay in a hard currency.
    #[serde(default)]
    pub pay: Vec<String>,
    /// Job titles that need no qualification (cleaner, housemaid, waitress): with a high `pay`,
    /// they make J001 as a "no experience" cue does.
    #[serde(default)]
    pub unskilled: Vec<String>,
}

/// The language files shipped with the crate, embedded at build time.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("en", include_str!("../lang/en.toml")),
    ("es", include_str!("../lang/es.toml")),
    ("fr", include_str!("../lang/fr.toml")),
    ("pt", include_str!("../lang/pt.toml")),
    ("ar", include_str!("../lang/ar.toml")),
];

impl LanguagePack {
    /// Parses a language file. `source` names it in errors.
    pub fn parse(source: &str, text: &str) -> Result<Self, IndicatorError> {
        let pack: LanguagePack =
            toml::from_str(text).map_err(|e| IndicatorError::LanguageFile {
                source_name: source.to_string(),
                message: e.to_string(),
            })?;
        for code in pack
            .patterns
            .keys()
            .chain(pack.exclude.keys())
            .chain(pack.examples.keys())
            .chain(pack.not_examples.keys())
        {
            if crate::registry::spec(code).is_none() {
                return Err(IndicatorError::UnknownCode {
                    source_name: source.to_string(),
                    code: code.clone(),
                });
            }
        }
        for key in pack.post_type.keys() {
            if crate::PostType::from_key(key).is_none() {
                return Err(IndicatorError::LanguageFile {
                    source_name: source.to_string(),
                    message: format!("unknown post type cue list {key}"),
                });
            }
        }
        for key in pack.post_type_examples.keys() {
            if !crate::PostType::ALL.iter().any(|t| t.as_str() == key) {
                return Err(IndicatorError::LanguageFile {
                    source_name: source.to_string(),
                    message: format!("unknown post type {key}"),
                });
            }
        }
        for code in pack.patterns.keys() {
            if crate::registry::spec(code).map(|s| s.detector)
                != Some(crate::registry::Detector::Patterns)
            {
                return Err(IndicatorError::LanguageFile {
                    source_name: source.to_string(),
                    message: format!("{code} is not detected by patterns (see the registry)"),
                });
            }
        }
        Ok(pack)
    }

    /// Reads and parses a language file from disk (for `--lang FILE`).
    pub fn load(path: &std::path::Path) -> Result<Self, IndicatorError> {
        let meta = std::fs::metadata(path).map_err(|source| IndicatorError::Io {
            path: path.display().to_string(),
            source,
        })?;
        // A language file is a few KiB; refuse anything that could exhaust memory.
        if meta.len() > 4 * 1024 * 1024 {
            return Err(IndicatorError::LanguageFile {
                source_name: path.display().to_string(),
                message: "larger than 4 MiB".into(),
            });
        }
        let text = std::fs::read_to_string(path).map_err(|source| IndicatorError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::parse(&path.display().to_string(), &text)
    }

    /// The packs shipped with the crate.
    pub fn embedded() -> Vec<LanguagePack> {
        EMBEDDED
            .iter()
            .map(|(name, text)| {
                // The embedded files are tested; failing here is a build defect, not input.
                LanguagePack::parse(name, text).unwrap_or_else(|e| panic!("embedded {name}: {e}"))
            })
            .collect()
    }
}
