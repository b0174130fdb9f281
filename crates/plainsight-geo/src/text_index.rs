//! The index of names free text is matched against ([`TextIndex`]): folded name → place,
//! district → country, names glued into one word, abbreviations, and every run of words a name
//! starts with.
//!
//! It is derived from the gazetteer (`data/gazetteer.tsv`), the districts
//! (`data/districts.tsv`, with the cities' nicknames of `data/nicknames.tsv`) and the
//! abbreviations (`data/abbreviations.tsv`) by the rules in
//! `text_index::derive`, test-only code (which names count with or without a place cue, which
//! place a shared name goes to), and kept derived in `data/text_index.tsv`: deriving it folded
//! and hashed a few hundred thousand names, 70–85 ms at the start of every process that reads a
//! place in a text, more than extracting a thousand posts. The file is read into maps of
//! borrowed keys instead. The test `generated_index_is_current` derives it again and fails when
//! the file differs (after a change to the data or the rules); `PLAINSIGHT_WRITE_TEXT_INDEX=1
//! cargo test -p plainsight-geo generated_index_is_current` writes it.

use crate::PlaceKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// The derived index, one entry a line: `N` name → kind and place index, `D` district →
/// country, `G` glued name → place index, `H` glued district → country, `A` abbreviation, `S`
/// a run of words that starts a name (and is none itself).
static GENERATED: &str = include_str!("../data/text_index.tsv");

/// Index of the names free text is matched against.
pub(crate) struct TextIndex {
    /// Folded name → (kind, place index).
    pub(crate) names: HashMap<&'static str, (PlaceKind, u32)>,
    /// Districts, suburbs and streets below city level (`data/districts.tsv`), and smaller
    /// cities named only with a place cue, that are no name of `names`: folded name → country.
    pub(crate) districts: HashMap<&'static str, &'static str>,
    /// Names of several words with the spaces taken out ("capetown", "newyork"), for hosts and
    /// URL slugs; only where no name of `names` is spelled that way.
    pub(crate) glued: HashMap<&'static str, u32>,
    /// The same for districts ("bondibeach", "southyarra").
    pub(crate) glued_districts: HashMap<&'static str, &'static str>,
    /// Short names of cities, areas and US states (`data/abbreviations.tsv`), folded; also in
    /// `districts`, with their country. Read only as written in capitals.
    pub(crate) abbreviations: HashSet<&'static str>,
    /// Every run of whole words a name starts with ("rio", "rio de", "rio de janeiro"): a word
    /// that starts none is passed over without building longer keys.
    pub(crate) starts: HashSet<&'static str>,
}

/// The index, read on first use.
pub(crate) fn text_index() -> &'static TextIndex {
    static I: OnceLock<TextIndex> = OnceLock::new();
    I.get_or_init(|| load(GENERATED))
}

/// Reads the generated index. A line that does not parse is skipped (the file is the
/// project's own, and the tests in `derive` compare it with the derivation line by line).
fn load(text: &'static str) -> TextIndex {
    let mut counts = [0usize; 6];
    for line in text.lines() {
        // (The tag is the line's first byte: looked up as a byte, not searched as a string.)
        if let Some(i) = line
            .bytes()
            .next()
            .and_then(|t| b"NDGHAS".iter().position(|&x| x == t))
        {
            counts[i] += 1;
        }
    }
    let mut index = TextIndex {
        names: HashMap::with_capacity_and_hasher(counts[0], Default::default()),
        districts: HashMap::with_capacity_and_hasher(counts[1], Default::default()),
        glued: HashMap::with_capacity_and_hasher(counts[2], Default::default()),
        glued_districts: HashMap::with_capacity_and_hasher(counts[3], Default::default()),
        abbreviations: HashSet::with_capacity_and_hasher(counts[4], Default::default()),
        starts: HashSet::with_capacity_and_hasher(
            counts[0] + counts[1] + counts[5],
            Default::default(),
        ),
    };
    for line in text.lines() {
        let mut cols = line.split('\t');
        let (Some(tag), Some(key)) = (cols.next(), cols.next()) else {
            continue;
        };
        let value = cols.next();
        let number = || value.and_then(|v| v.parse::<u32>().ok());
        match tag {
            "N" => {
                let kind = match value {
                    Some("C") => PlaceKind::Country,
                    Some("S") => PlaceKind::State,
                    Some("P") => PlaceKind::City,
                    _ => continue,
                };
                let Some(i) = cols.next().and_then(|v| v.parse::<u32>().ok()) else {
                    continue;
                };
                index.names.insert(key, (kind, i));
                index.starts.insert(key);
            }
            "D" => {
                if let Some(country) = value {
                    index.districts.insert(key, country);
                    index.starts.insert(key);
                }
            }
            "G" => {
                if let Some(i) = number() {
                    index.glued.insert(key, i);
                }
            }
            "H" => {
                if let Some(country) = value {
                    index.glued_districts.insert(key, country);
                }
            }
            "A" => {
                index.abbreviations.insert(key);
            }
            "S" => {
                index.starts.insert(key);
            }
            _ => {}
        }
    }
    index
}

/// How the index is derived from the data, and the test that keeps the generated file equal
/// to it.
#[cfg(test)]
mod derive {
    use super::*;
    use crate::fold::fold;
    use crate::mentions::{
        MAX_WORDS, MIN_ALTERNATE_POPULATION, MIN_CITY_POPULATION, MIN_CUED_ALTERNATE_POPULATION,
        MIN_CUED_CITY_POPULATION, MIN_MULTIWORD_POPULATION,
    };
    use crate::{gazetteer, Gazetteer, Place};

    /// Districts, suburbs, neighbourhoods and streets below city level, with their country.
    static DISTRICTS: &str = include_str!("../data/districts.tsv");
    static ABBREVIATIONS: &str = include_str!("../data/abbreviations.tsv");
    /// Nicknames of cities: districts in text.
    static NICKNAMES: &str = crate::mentions::NICKNAMES;

    /// The index as derived, with owned keys: what [`load`] reads back from the generated file.
    struct Derived {
        names: HashMap<String, (PlaceKind, u32)>,
        /// Districts, suburbs and streets below city level (`data/districts.tsv`) that are no name
        /// of `names`: folded name → country.
        districts: HashMap<String, &'static str>,
        /// Names of several words with the spaces taken out ("capetown", "newyork"), for hosts and
        /// URL slugs; only where no name of `names` is spelled that way.
        glued: HashMap<String, u32>,
        /// The same for districts ("bondibeach", "southyarra").
        glued_districts: HashMap<String, &'static str>,
        /// Short names of cities, areas and US states (`data/abbreviations.tsv`), folded; also in
        /// `districts`, with their country. Read only as written in capitals.
        abbreviations: HashSet<String>,
        /// Every run of whole words a name starts with ("rio", "rio de", "rio de janeiro"): a word
        /// that starts none is passed over without building longer keys.
        starts: HashSet<String>,
    }

    fn derive(g: &Gazetteer) -> Derived {
        let mut names: HashMap<String, (PlaceKind, u32)> = HashMap::default();
        // "Cebu City", "Quezon City": their first words, added once every other name is in.
        let mut city_suffixed: Vec<(String, u32)> = Vec::new();
        for (i, p) in g.places.iter().enumerate() {
            let i = i as u32;
            match p.kind {
                PlaceKind::City => {
                    let key = fold(p.name);
                    if p.population >= MIN_CITY_POPULATION {
                        if let Some(short) = key.strip_suffix(" city") {
                            city_suffixed.push((short.to_string(), i));
                        }
                    }
                    let words = key.split(' ').count();
                    let min = if words > 1 {
                        MIN_MULTIWORD_POPULATION
                    } else {
                        MIN_CITY_POPULATION
                    };
                    if p.population < min || key.len() < 4 || words > MAX_WORDS {
                        continue;
                    }
                    offer_city(&mut names, key, i, g);
                }
                PlaceKind::Country | PlaceKind::State => {}
            }
        }
        // Other names of big cities ("Lisboa", "Londres", "München", "Bombay"): long ones only, as
        // GeoNames' alternates include short romanizations that are ordinary words. One that is
        // an English word ("dining" for Jining, "hang" for Hangzhou, "soul" for Seoul, "limo"
        // for Lima, "para" for Belém, "Cologne") names the city only after a place cue, as a
        // district does.
        let mut worded_alternates: Vec<(&str, u32)> = Vec::new();
        for (key, ids) in g.cities.iter() {
            let Some(&i) = ids.first() else { continue };
            let p = g.places[i as usize];
            // Four letters only for the largest ("CDMX", "Roma").
            let shortest = if p.population >= 1_000_000 { 4 } else { 5 };
            if p.population >= MIN_ALTERNATE_POPULATION
                && key.len() >= shortest
                && key.split(' ').count() <= MAX_WORDS
                && !names.contains_key(*key)
            {
                // (A word of the city's own name is its short form: "Vegas".)
                if !key.contains(' ')
                    && plainsight_text::words::is_english_word(key)
                    && !fold(p.name).split(' ').any(|w| w == *key)
                {
                    worded_alternates.push((key, i));
                } else {
                    names.insert(key.to_string(), (PlaceKind::City, i));
                }
            }
        }
        // Names in the city's own country's script ("東京", "Сочи", "ঢাকা") are the names its
        // people write: matched like the main name, the most populous city of a name first.
        for &(key, i) in &g.local {
            let p = &g.places[i as usize];
            if p.population < MIN_CITY_POPULATION
                || key.len() < 4
                || key.split(' ').count() > MAX_WORDS
            {
                continue;
            }
            offer_city(&mut names, key.to_string(), i, g);
        }
        // Countries and states by their names (not codes), over any city of the same name.
        for (key, &i) in g.countries.iter().chain(g.states.iter()) {
            let allowed = key.len() >= 4 || matches!(*key, "uk" | "usa" | "uae" | "u s" | "u k");
            if allowed && key.split(' ').count() <= MAX_WORDS {
                names.insert(key.to_string(), (g.places[i as usize].kind, i));
            }
        }
        // "Cebu City", "Quezon City", "Davao City" go by their first words too ("📍Cebu"), where
        // that is no other place's name (a country or a state keeps it: "Kuwait", "Kansas").
        for (short, i) in city_suffixed {
            if short.len() >= 4 && !names.contains_key(&short) {
                names.insert(short, (PlaceKind::City, i));
            }
        }
        let mut districts: HashMap<String, &'static str> = HashMap::default();
        for line in DISTRICTS.lines().chain(NICKNAMES.lines()) {
            if line.starts_with('#') {
                continue;
            }
            let Some((name, country)) = line.split_once('\t') else {
                continue;
            };
            let key = fold(name);
            if key.len() >= 4 && !names.contains_key(&key) && key.split(' ').count() <= MAX_WORDS {
                districts.insert(key, country.trim());
            }
        }
        let mut abbreviations = HashSet::default();
        for line in ABBREVIATIONS.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((name, country)) = line.split_once('\t') else {
                continue;
            };
            let key = fold(name);
            if !names.contains_key(&key) && !districts.contains_key(&key) {
                districts.insert(key.clone(), country.trim());
                abbreviations.insert(key);
            }
        }
        // Smaller cities, and other names of mid-size ones, are named only with a place cue, like
        // districts: the most populous place of a name, ties to the smaller country code.
        let mut cued: HashMap<String, (u64, &'static str)> = HashMap::default();
        // A name that is also a common word or first name in the languages ads are written in
        // ("Latina", "Bella", "Morena") is left out: "a Latina", "fotos de Bella" name no place.
        let mut offer = |key: String, p: &Place| {
            // Latin-script names only: ads name places the way they are written locally or
            // in English; GeoNames' transliterations into other scripts would only make the
            // index larger.
            if key.len() < 5
                || !key.is_ascii()
                || key.split(' ').count() > MAX_WORDS
                || names.contains_key(&key)
                || (!key.contains(' ') && plainsight_text::words::is_common(&key))
            {
                return;
            }
            offer_cued(&mut cued, key, p);
        };
        for p in g.places.iter() {
            if p.kind == PlaceKind::City && p.population >= MIN_CUED_CITY_POPULATION {
                // Most names are plain ASCII letters, which fold to lower case (fold is the costly
                // part of deriving the index).
                let plain = p.name.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
                    && !p.name.starts_with(' ')
                    && !p.name.ends_with(' ')
                    && !p.name.contains("  ");
                let key = if plain {
                    p.name.to_ascii_lowercase()
                } else {
                    fold(p.name)
                };
                offer(key, p);
            }
        }
        for (key, ids) in g.cities.iter() {
            let Some(&i) = ids.first() else { continue };
            let p = &g.places[i as usize];
            if p.population >= MIN_CUED_ALTERNATE_POPULATION {
                offer(key.to_string(), p);
            }
        }
        // An Arabic name GeoNames gives without its article is written with it too ("خرطوم":
        // "في الخرطوم"), in the countries that speak Arabic; with a place cue only, as the
        // article makes ordinary words of some ("بحري", Bahri: "البحري", maritime).
        let arabic: Vec<String> = crate::countries_speaking("ar")
            .iter()
            .map(|r| r.as_str().to_string())
            .collect();
        for &(key, i) in &g.local {
            let p = &g.places[i as usize];
            if p.population < MIN_CUED_CITY_POPULATION
                || key.split(' ').count() > MAX_WORDS
                || !arabic.iter().any(|c| c == p.country)
            {
                continue;
            }
            if let Some(k) = arabic_with_article(key) {
                if !names.contains_key(&k) && !g.local.iter().any(|&(x, _)| x == k) {
                    offer_cued(&mut cued, k, p);
                }
            }
        }
        // A city of an Arabic-speaking country written in Latin letters without its article
        // ("Jahra" for Al Jahrā’, "Ahmadi", "Khobar"), as ads there write it: with a place cue
        // only, like a district. Not a word that starts the names of two other places or more,
        // a generic one ("Hammam Lif", "Hammam Sousse": a bath), which the article made a name.
        let mut starting: HashMap<&str, Vec<u32>> = HashMap::default();
        for (k, ids) in g.cities.iter() {
            if let (Some((first, _)), Some(&i)) = (k.split_once(' '), ids.first()) {
                let places = starting.entry(first).or_default();
                if !places.contains(&i) {
                    places.push(i);
                }
            }
        }
        let generic = |word: &str, own: u32| {
            starting
                .get(word)
                .is_some_and(|places| places.iter().filter(|&&p| p != own).count() >= 2)
        };
        for (key, ids) in g.cities.iter() {
            let Some(&i) = ids.first() else { continue };
            let p = &g.places[i as usize];
            if p.population < MIN_CUED_CITY_POPULATION || !arabic.iter().any(|c| c == p.country) {
                continue;
            }
            let Some(rest) = latin_without_article(key) else {
                continue;
            };
            if rest.len() >= 5
                && rest.split(' ').count() <= MAX_WORDS
                && !generic(rest.split_once(' ').map_or(rest, |(first, _)| first), i)
                && !names.contains_key(rest)
                && !g.cities.contains_key(rest)
                && !plainsight_text::words::is_common(rest)
            {
                offer_cued(&mut cued, rest.to_string(), p);
            }
        }
        // Smaller cities by the names their own country writes ("Сочи" is 400,000 people).
        for &(key, i) in &g.local {
            let p = &g.places[i as usize];
            if p.population < MIN_CUED_CITY_POPULATION
                || key.len() < 4
                || key.split(' ').count() > MAX_WORDS
                || names.contains_key(key)
            {
                continue;
            }
            offer_cued(&mut cued, key.to_string(), p);
        }
        for (key, i) in worded_alternates {
            if !names.contains_key(key) {
                offer_cued(&mut cued, key.to_string(), &g.places[i as usize]);
            }
        }
        for (key, (_, country)) in cued {
            districts.entry(key).or_insert(country);
        }
        // Arabic writers put ه for a final ة and the other way ("جونية", GeoNames' "جونيه"):
        // each spelling of a name names it, where no other name is spelled so.
        for (k, v) in ta_spellings(&names) {
            if !names.contains_key(&k) && !districts.contains_key(&k) {
                names.insert(k, v);
            }
        }
        for (k, c) in ta_spellings(&districts) {
            if !names.contains_key(&k) && !districts.contains_key(&k) {
                districts.insert(k, c);
            }
        }
        let g_places = &g.places;
        let mut glued: HashMap<String, u32> = HashMap::default();
        for (key, &(_, i)) in names.iter() {
            if key.contains(' ') {
                let g = key.replace(' ', "");
                if !names.contains_key(&g) {
                    // Two names glued alike: the most populous place (then the first), whatever the
                    // order of the map.
                    let better = |j: u32| {
                        let (a, b) = (&g_places[i as usize], &g_places[j as usize]);
                        (a.population, std::cmp::Reverse(i)) > (b.population, std::cmp::Reverse(j))
                    };
                    match glued.get(&g) {
                        Some(&j) if !better(j) => {}
                        _ => {
                            glued.insert(g, i);
                        }
                    }
                }
            }
        }
        let mut glued_districts: HashMap<String, &'static str> = HashMap::default();
        for (key, &c) in districts.iter() {
            if key.contains(' ') {
                let g = key.replace(' ', "");
                if !names.contains_key(&g) && !glued.contains_key(&g) {
                    let e = glued_districts.entry(g).or_insert(c);
                    if c < *e {
                        *e = c;
                    }
                }
            }
        }
        let mut starts = HashSet::default();
        for key in names.keys().chain(districts.keys()) {
            for (k, c) in key.char_indices() {
                if c == ' ' {
                    starts.insert(key[..k].to_string());
                }
            }
            starts.insert(key.clone());
        }
        Derived {
            names,
            districts,
            glued,
            glued_districts,
            abbreviations,
            starts,
        }
    }

    /// A Latin-script name without the Arabic article it starts with ("al jahra": "jahra"; "el
    /// obeid", "ash shariqah", "ar rayyan"), ASCII only.
    fn latin_without_article(key: &str) -> Option<&str> {
        if !key.is_ascii() {
            return None;
        }
        let (article, rest) = key.split_once(' ')?;
        matches!(
            article,
            "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an" | "ath" | "adh"
        )
        .then_some(rest)
    }

    /// An Arabic-script name of four letters or more without the article, with it ("خرطوم":
    /// "الخرطوم"). Shorter names with the article are ordinary words ("صور", Tyre: "الصور",
    /// the pictures).
    fn arabic_with_article(key: &str) -> Option<String> {
        let first = key.split(' ').next()?;
        (first.chars().count() >= 4 && first.chars().all(arabic_letter) && !first.starts_with("ال"))
            .then(|| format!("ال{key}"))
    }

    /// A letter of the Arabic alphabet (hamza to yeh), as the folded index writes them.
    fn arabic_letter(c: char) -> bool {
        ('\u{0621}'..='\u{064A}').contains(&c)
    }

    /// The other spelling ([`final_ta_swapped`]) of each key of `map` that has one, with the
    /// key's value, sorted (the map's order is no order).
    fn ta_spellings<V: Copy + Ord>(map: &HashMap<String, V>) -> Vec<(String, V)> {
        let mut out: Vec<(String, V)> = map
            .iter()
            .filter_map(|(k, &v)| final_ta_swapped(k).map(|k| (k, v)))
            .collect();
        out.sort();
        out
    }

    /// `key` with the final ة of its words written ه and the final ه written ة (Arabic words
    /// of three letters or more), if it has any.
    fn final_ta_swapped(key: &str) -> Option<String> {
        let mut changed = false;
        let words: Vec<String> = key
            .split(' ')
            .map(|w| {
                let n = w.chars().count();
                let swap = |stem: &str, to: char| {
                    (n >= 3 && stem.chars().all(arabic_letter)).then(|| format!("{stem}{to}"))
                };
                let out = if let Some(stem) = w.strip_suffix('ة') {
                    swap(stem, 'ه')
                } else if let Some(stem) = w.strip_suffix('ه') {
                    swap(stem, 'ة')
                } else {
                    None
                };
                changed |= out.is_some();
                out.unwrap_or_else(|| w.to_string())
            })
            .collect();
        changed.then(|| words.join(" "))
    }

    /// City `i` takes the name `key` unless a more populous city, a country or a state has it.
    fn offer_city(
        names: &mut HashMap<String, (PlaceKind, u32)>,
        key: String,
        i: u32,
        g: &Gazetteer,
    ) {
        let population = g.places[i as usize].population;
        match names.get(&key) {
            Some(&(PlaceKind::City, j)) if g.places[j as usize].population >= population => {}
            Some(&(PlaceKind::Country | PlaceKind::State, _)) => {}
            _ => {
                names.insert(key, (PlaceKind::City, i));
            }
        }
    }

    /// A name counted with a place cue goes to the most populous place (ties to the smaller
    /// country code).
    fn offer_cued(cued: &mut HashMap<String, (u64, &'static str)>, key: String, p: &Place) {
        let e = cued.entry(key).or_insert((p.population, p.country));
        if (p.population, std::cmp::Reverse(p.country)) > (e.0, std::cmp::Reverse(e.1)) {
            *e = (p.population, p.country);
        }
    }

    fn kind_letter(kind: PlaceKind) -> &'static str {
        match kind {
            PlaceKind::Country => "C",
            PlaceKind::State => "S",
            PlaceKind::City => "P",
        }
    }

    /// The derived index as the generated file writes it: sorted, one entry a line.
    fn serialize(d: &Derived) -> String {
        let mut lines: Vec<String> = Vec::new();
        let mut section = |tag: &str, mut rows: Vec<String>| {
            rows.sort();
            lines.extend(rows.into_iter().map(|r| format!("{tag}\t{r}")));
        };
        section(
            "N",
            d.names
                .iter()
                .map(|(k, &(kind, i))| format!("{k}\t{}\t{i}", kind_letter(kind)))
                .collect(),
        );
        section(
            "D",
            d.districts
                .iter()
                .map(|(k, c)| format!("{k}\t{c}"))
                .collect(),
        );
        section(
            "G",
            d.glued.iter().map(|(k, i)| format!("{k}\t{i}")).collect(),
        );
        section(
            "H",
            d.glued_districts
                .iter()
                .map(|(k, c)| format!("{k}\t{c}"))
                .collect(),
        );
        section("A", d.abbreviations.iter().cloned().collect());
        section(
            "S",
            d.starts
                .iter()
                .filter(|s| !d.names.contains_key(*s) && !d.districts.contains_key(*s))
                .cloned()
                .collect(),
        );
        let mut out = String::from(
            "# Derived from gazetteer.tsv, districts.tsv and abbreviations.tsv by \
             plainsight-geo's text_index::derive; do not edit. Regenerate with \
             PLAINSIGHT_WRITE_TEXT_INDEX=1 cargo test -p plainsight-geo generated_index_is_current\n",
        );
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
        out
    }

    #[test]
    fn generated_index_is_current() {
        let written = serialize(&derive(gazetteer()));
        if std::env::var_os("PLAINSIGHT_WRITE_TEXT_INDEX").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/text_index.tsv");
            std::fs::write(path, &written).expect("write data/text_index.tsv");
            return;
        }
        assert!(
            written == GENERATED,
            "data/text_index.tsv is not what the gazetteer, districts and rules derive: \
             regenerate it with PLAINSIGHT_WRITE_TEXT_INDEX=1 cargo test -p plainsight-geo \
             generated_index_is_current"
        );
    }

    #[test]
    fn the_loaded_index_is_the_derived_one() {
        let d = derive(gazetteer());
        let l = load(GENERATED);
        let sorted = |mut v: Vec<String>| {
            v.sort();
            v
        };
        assert_eq!(
            sorted(d.names.iter().map(|(k, v)| format!("{k} {v:?}")).collect()),
            sorted(l.names.iter().map(|(k, v)| format!("{k} {v:?}")).collect())
        );
        assert_eq!(
            sorted(
                d.districts
                    .iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect()
            ),
            sorted(
                l.districts
                    .iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect()
            )
        );
        assert_eq!(
            sorted(d.glued.iter().map(|(k, v)| format!("{k} {v}")).collect()),
            sorted(l.glued.iter().map(|(k, v)| format!("{k} {v}")).collect())
        );
        assert_eq!(
            sorted(
                d.glued_districts
                    .iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect()
            ),
            sorted(
                l.glued_districts
                    .iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect()
            )
        );
        assert_eq!(
            sorted(d.abbreviations.iter().cloned().collect()),
            sorted(l.abbreviations.iter().map(|s| s.to_string()).collect())
        );
        assert_eq!(
            sorted(d.starts.iter().cloned().collect()),
            sorted(l.starts.iter().map(|s| s.to_string()).collect())
        );
        assert!(l.names.len() > 10_000 && l.starts.len() > l.names.len());
    }

    #[test]
    fn a_line_that_does_not_parse_is_skipped() {
        let l = load("# note\nN\tlisboa\tP\t12\nN\tbroken\tX\t1\nN\tnonumber\tP\nD\tbondi\tAU\nZ\tz\n\nS\trio de\n");
        assert_eq!(l.names.get("lisboa"), Some(&(PlaceKind::City, 12)));
        assert_eq!(l.names.len(), 1);
        assert_eq!(l.districts.get("bondi"), Some(&"AU"));
        assert!(l.starts.contains("rio de") && l.starts.contains("lisboa"));
        assert!(!l.starts.contains("broken"));
    }
}
