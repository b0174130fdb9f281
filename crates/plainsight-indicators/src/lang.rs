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
//! ```
//!
//! Patterns are written in lower case; `\b` is an ASCII word boundary (the text has its Latin
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
        {
            if crate::registry::spec(code).is_none() {
                return Err(IndicatorError::UnknownCode {
                    source_name: source.to_string(),
                    code: code.clone(),
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
