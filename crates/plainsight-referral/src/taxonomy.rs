//! The project's service taxonomy and the per-source vocabulary mappings onto it.
//!
//! HSDS prescribes no taxonomy and Open Eligibility has no trafficking term, so plainsight keeps
//! its own short list ([`Category`], documented in `docs/services.md`) and one mapping file per
//! source vocabulary under `data/services/taxonomy/`. A source term with no line in its file is
//! *unmapped*: the service keeps the raw term, gets [`Category::Other`], and the importer lists
//! the term so a person can extend the mapping; nothing is dropped.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

/// A kind of protection service. The order is the order of every table that lists categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Shelter, safe housing, emergency accommodation.
    Shelter,
    /// Medical care: clinics, hospitals, health posts.
    Medical,
    /// Psychosocial support and counselling, mental health.
    Psychosocial,
    /// Legal aid: representation, residence and asylum procedures, rule of law.
    LegalAid,
    /// Response to gender-based violence (clinical management of rape, case management).
    Gbv,
    /// Child protection: unaccompanied minors, case management, alternative care.
    ChildProtection,
    /// Family tracing and reunification.
    FamilyTracing,
    /// Survivor identification and screening (counter-trafficking units, referral points).
    Identification,
    /// Anti-trafficking or emergency hotlines.
    Hotline,
    /// Assisted voluntary return and reintegration.
    ReturnReintegration,
    /// Livelihoods, vocational training, economic empowerment.
    Livelihoods,
    /// Anything else a source lists (kept, counted, never dropped).
    Other,
}

impl Category {
    /// Every category, in table order.
    pub const ALL: [Category; 12] = [
        Category::Shelter,
        Category::Medical,
        Category::Psychosocial,
        Category::LegalAid,
        Category::Gbv,
        Category::ChildProtection,
        Category::FamilyTracing,
        Category::Identification,
        Category::Hotline,
        Category::ReturnReintegration,
        Category::Livelihoods,
        Category::Other,
    ];

    /// The stable code used in data files, JSON and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Category::Shelter => "shelter",
            Category::Medical => "medical",
            Category::Psychosocial => "psychosocial",
            Category::LegalAid => "legal_aid",
            Category::Gbv => "gbv",
            Category::ChildProtection => "child_protection",
            Category::FamilyTracing => "family_tracing",
            Category::Identification => "identification",
            Category::Hotline => "hotline",
            Category::ReturnReintegration => "return_reintegration",
            Category::Livelihoods => "livelihoods",
            Category::Other => "other",
        }
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Category::Shelter => "Shelter / safe housing",
            Category::Medical => "Medical",
            Category::Psychosocial => "Psychosocial",
            Category::LegalAid => "Legal aid",
            Category::Gbv => "GBV response",
            Category::ChildProtection => "Child protection",
            Category::FamilyTracing => "Family tracing and reunification",
            Category::Identification => "Survivor identification and screening",
            Category::Hotline => "Anti-trafficking hotline",
            Category::ReturnReintegration => "Return and reintegration",
            Category::Livelihoods => "Livelihoods",
            Category::Other => "Other",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Category {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let k = term_key(s);
        Category::ALL
            .into_iter()
            .find(|c| term_key(c.code()) == k || term_key(c.label()) == k)
            .ok_or_else(|| {
                let codes: Vec<&str> = Category::ALL.iter().map(|c| c.code()).collect();
                format!("unknown category {s:?} (one of {})", codes.join(", "))
            })
    }
}

/// The source vocabularies with a mapping file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Vocabulary {
    /// HSDS taxonomy terms (`data/services/taxonomy/hsds.tsv`).
    Hsds,
    /// 3W sectors, clusters and activities (`3w.tsv`).
    ThreeW,
    /// IOM service types (`iom.tsv`).
    Iom,
}

static HSDS: &str = include_str!("../data/services/taxonomy/hsds.tsv");
static THREE_W: &str = include_str!("../data/services/taxonomy/3w.tsv");
static IOM: &str = include_str!("../data/services/taxonomy/iom.tsv");

/// The key a source term is matched on: folded (lower case, accents removed, look-alike letters
/// read as Latin) with everything but letters and digits dropped, so spelling variants that
/// differ only in hyphens, spaces or punctuation are one term ("Psycho-social support",
/// "Psychosocial  support", "Surveillance + Contact Tracing" = "surveillance contact tracing").
pub fn term_key(s: &str) -> String {
    plainsight_geo::fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// A parsed mapping file: [`term_key`] → categories.
pub type Mapping = BTreeMap<String, Vec<Category>>;

/// Parses a mapping file (`term<TAB>category`, `#` comments). Lines that do not parse are
/// errors, reported with their line number, so a bad edit fails the tests instead of silently
/// unmapping a term.
pub fn parse_mapping(text: &str) -> Result<Mapping, String> {
    let mut map = Mapping::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (term, cat) = line
            .split_once('\t')
            .ok_or_else(|| format!("line {}: expected term<TAB>category", i + 1))?;
        let cat: Category = cat
            .trim()
            .parse()
            .map_err(|e| format!("line {}: {e}", i + 1))?;
        let v = map.entry(term_key(term)).or_default();
        if !v.contains(&cat) {
            v.push(cat);
        }
    }
    Ok(map)
}

/// The embedded mapping of a vocabulary.
pub fn mapping(v: Vocabulary) -> &'static Mapping {
    static M: OnceLock<[Mapping; 3]> = OnceLock::new();
    let all = M.get_or_init(|| {
        [HSDS, THREE_W, IOM].map(|t| parse_mapping(t).expect("embedded mapping file parses"))
    });
    match v {
        Vocabulary::Hsds => &all[0],
        Vocabulary::ThreeW => &all[1],
        Vocabulary::Iom => &all[2],
    }
}

/// The categories of one source term, or `None` when the vocabulary's file has no line for it.
/// A term that is already a category code or label ("legal_aid", "GBV response") maps to it,
/// whatever the vocabulary, so directories exported by plainsight import back unchanged.
pub fn map_term(v: Vocabulary, term: &str) -> Option<Vec<Category>> {
    let k = term_key(term);
    if k.is_empty() {
        return None;
    }
    if let Some(c) = mapping(v).get(&k) {
        return Some(c.clone());
    }
    term.parse::<Category>().ok().map(|c| vec![c])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_parse_and_cover_every_category() {
        let mut seen = std::collections::BTreeSet::new();
        for v in [Vocabulary::Hsds, Vocabulary::ThreeW, Vocabulary::Iom] {
            assert!(!mapping(v).is_empty());
            for cats in mapping(v).values() {
                seen.extend(cats.iter().copied());
            }
        }
        // GBV and child protection are not IOM service types but must be reachable somewhere.
        for c in Category::ALL {
            assert!(seen.contains(&c), "{c} is reachable from no vocabulary");
        }
    }

    #[test]
    fn spelling_variants_of_iom_terms_map_alike() {
        assert_eq!(
            map_term(Vocabulary::Iom, "Psycho-social support"),
            Some(vec![Category::Psychosocial])
        );
        assert_eq!(
            map_term(Vocabulary::Iom, "Psychosocial  Support"),
            Some(vec![Category::Psychosocial])
        );
        assert_eq!(map_term(Vocabulary::Iom, "Dance lessons"), None);
    }

    #[test]
    fn codes_and_labels_round_trip() {
        for c in Category::ALL {
            assert_eq!(c.code().parse::<Category>(), Ok(c));
            assert_eq!(c.label().parse::<Category>(), Ok(c));
        }
        assert!("nonsense".parse::<Category>().is_err());
    }

    #[test]
    fn a_bad_mapping_line_is_an_error() {
        assert!(parse_mapping("shelter\tshelter\nfood\tgroceries\n")
            .unwrap_err()
            .contains("line 2"));
    }
}
