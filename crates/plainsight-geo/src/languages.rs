//! The languages each country speaks (GeoNames' country table, `data/languages.tsv`, made by
//! `scripts/country_languages.py`): a post written in Spanish whose number reads alike in
//! Colombia and Italy is Colombian, and one in Italian Italian. Only languages GeoNames lists
//! for a country count, in any order, so a language a country also speaks (Spanish in the
//! United States, Italian in Somalia) keeps it among the candidates: the rule settles only what
//! the language alone settles.

use std::sync::LazyLock;

static TABLE: &str = include_str!("../data/languages.tsv");

/// (country, its languages as ISO 639-1 codes), sorted by country.
static ROWS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    TABLE
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (cc, langs) = l.split_once('\t')?;
            Some((cc, langs.split(',').collect()))
        })
        .collect()
});

/// The countries that speak `language` (ISO 639-1), as regions libphonenumber knows, in the
/// table's order.
pub fn countries_speaking(language: &str) -> Vec<plainsight_core::Region> {
    ROWS.iter()
        .filter(|(_, langs)| langs.contains(&language))
        .filter_map(|(cc, _)| plainsight_core::Region::from_data(cc))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_of_countries() {
        let speak =
            |lang: &str, cc: &str| countries_speaking(lang).iter().any(|r| r.as_str() == cc);
        assert!(speak("es", "CO") && !speak("es", "IT"));
        assert!(speak("it", "IT") && !speak("it", "MX"));
        // A language a country also speaks counts.
        assert!(speak("es", "US") && speak("it", "SO") && speak("fr", "CH"));
        assert!(countries_speaking("xx").is_empty());
        assert!(countries_speaking("es").len() >= 20);
        // Sorted by country; nearly every country has a row.
        assert!(ROWS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(ROWS.len() > 240);
    }
}
