//! Free-text locations to places: the gazetteer the extract and link stages consult.
//!
//! Takes the `location` string of a post as the site gave it ("Houston, TX", "Lagos",
//! "London UK", "São Paulo") and gives the place it most likely names: a city (with country,
//! admin1 code and coordinates, for the linker's "movement" evidence), a US state, or a country.
//! Extract uses the country to read phone numbers written without a country code, and, for posts
//! without a `location`, the places named in their text ([`countries_in_text`]) and URL
//! ([`countries_in_url`]); see `mentions.rs` for how free text is kept from naming places by
//! accident ("Nice", "I'm Sydney").
//!
//! The table is embedded (no files or network at run time): GeoNames cities of 15,000 people
//! or more, countries and US states, derived by `scripts/gazetteer.py` into
//! `data/gazetteer.tsv` (CC-BY-4.0, credit GeoNames; see `data/NOTICE`), parsed once on first
//! use (about 34,000 places). Free text is also matched against `data/districts.tsv`, a small
//! hand-written table of districts, suburbs, neighbourhoods and streets below city level
//! ("Sandton", "Orchard Road"), counted only with a place cue (see `mentions.rs`).
//!
//! Ambiguous names go to the most populous place, unless the rest of the string names a country
//! or a US state: "Paris" is in France, "Paris, TX" in Texas. A string that is a whole country
//! name is the country before a US state of the same name ("Georgia" is GE); a bare two-letter
//! code is an ISO 3166-1 country before a US postal code ("CA" alone is Canada), but after a
//! city and a comma the postal code comes first ("Los Angeles, CA"), and either reading is
//! taken if only it names a city ("London, CA" is London, Ontario).
//!
//! Country outlines for offline maps ([`outlines`]): Natural Earth's 1:110m admin-0 countries
//! (public domain), derived by `scripts/outlines.py` into `data/outlines.tsv`, keyed by the
//! same ISO codes (see `outline.rs`).
//!
//! ```
//! use plainsight_geo::{country_for_location, resolve, PlaceKind};
//! assert_eq!(country_for_location("Houston, TX"), Some("US"));
//! assert_eq!(country_for_location("Lagos"), Some("NG"));
//! let paris = resolve("Paris, TX").unwrap();
//! assert_eq!((paris.kind, paris.country, paris.admin1), (PlaceKind::City, "US", Some("TX")));
//! ```

mod currency;
mod fold;
mod languages;
mod mentions;
mod nationality;
mod outline;
mod script;
mod text_index;
mod travel;

pub use currency::{countries_of_currency, prices_in_euros, EURO_COUNTRIES};
pub use fold::fold;
pub use languages::countries_speaking;
pub use mentions::{
    countries_hinted_in_text, countries_in_text, countries_in_url, place_evidence, places_in_text,
    Mention, PlaceEvidence,
};
pub use nationality::countries_of_numbers;
pub use outline::{outline, outlines, CountryOutline, Ring};
use rustc_hash::FxHashMap as HashMap;
pub use script::{countries_of_script, languages_of_script, speakers_of_script, speakers_of_texts};
use std::sync::OnceLock;

static TABLE: &str = include_str!("../data/gazetteer.tsv");

/// What a resolved place is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    City,
    /// A US state (or DC); its `admin1` is the postal code.
    State,
    Country,
}

/// A place of the gazetteer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    pub kind: PlaceKind,
    /// The GeoNames name ("São Paulo").
    pub name: &'static str,
    /// ISO 3166-1 alpha-2.
    pub country: &'static str,
    /// GeoNames admin1 code: the postal code for US states ("TX"), a numeric or letter code
    /// elsewhere ("05", "ENG"). `None` for countries.
    pub admin1: Option<&'static str>,
    pub population: u64,
    /// Latitude and longitude in degrees, for cities.
    pub coordinates: Option<(f64, f64)>,
}

impl Place {
    /// Great-circle distance in km to another place, when both have coordinates.
    pub fn distance_km(&self, other: &Place) -> Option<f64> {
        Some(distance_km(self.coordinates?, other.coordinates?))
    }
}

/// Great-circle (haversine) distance in km between two (latitude, longitude) points, on a
/// sphere of the mean Earth radius (6371.0088 km, IUGG).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const R: f64 = 6371.0088;
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().min(1.0).asin()
}

/// The embedded gazetteer, indexed by folded name.
pub struct Gazetteer {
    places: Vec<Place>,
    /// Folded city name → city indices, most populous first.
    cities: HashMap<&'static str, Vec<u32>>,
    /// Folded country names, ISO alpha-3 codes and aliases → index.
    countries: HashMap<&'static str, u32>,
    /// Lower-case ISO alpha-2 → country index.
    country_codes: HashMap<String, u32>,
    /// Folded state name → index.
    states: HashMap<&'static str, u32>,
    /// Cities' names in their own country's non-Latin scripts ("東京", "Москва"), folded, with
    /// the city: the names its people write, matched in free text like the main name.
    local: Vec<(&'static str, u32)>,
    /// Lower-case postal code → state index.
    state_codes: HashMap<String, u32>,
    /// Provinces, states and regions of other countries (the table's `R` rows), folded name →
    /// (country, GeoNames admin1 code): qualifiers like [`PROVINCES`].
    provinces: HashMap<&'static str, Vec<(&'static str, &'static str)>>,
}

/// The gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::parse(TABLE))
}

/// Resolves a free-text location to the place it most likely names.
pub fn resolve(location: &str) -> Option<Place> {
    gazetteer().resolve(location)
}

/// The ISO 3166-1 alpha-2 code of the country a free-text location most likely names
/// ("Houston, TX" → "US", "Lagos" → "NG"), or `None` when it cannot tell.
pub fn country_for_location(location: &str) -> Option<&'static str> {
    with_reading(location, |r| r.countries.first().copied())
}

/// The countries a free-text location may be in: [`country_for_location`]'s, and where the
/// location names a city without anything that places it (no country, state or province
/// among its parts, and its country that of the city's most populous namesake), the countries
/// of the city's large namesakes ([`Gazetteer::namesake_countries`]): "Newcastle" or
/// "Jesmond, Newcastle" may be Australia's, South Africa's or England's.
pub fn countries_for_location(location: &str) -> Vec<&'static str> {
    with_reading(location, |r| r.countries.clone())
}

/// Whether a free-text location is weak evidence of its country: it resolves to a town of
/// fewer than `mentions::MIN_CUED_ALTERNATE_POPULATION` people under none of the names the
/// town bears, only under one of its other names ("Neudorf" is Spišská Nová Ves in German,
/// and a district of Strasbourg too; "Melbourne CBD" is Melbourne City Centre). A place the
/// post's text names goes before it.
pub fn location_is_weak(location: &str) -> bool {
    with_reading(location, |r| r.weak)
}

/// What a free-text location says of its country, read once.
struct LocationReading {
    /// Its country first, then its large namesakes' (empty when it names nothing known).
    countries: Vec<&'static str>,
    weak: bool,
}

/// How many times larger a city named by another of its names must be than a town named by
/// its own for the location's parts to mean the city (Naples is 26 times Garibaldi; Tokyo,
/// once called Edo, 5.5 times Benin City in "Benin City, Edo").
const ENDONYM_OVER_TOWN: u64 = 20;

/// Longest location read in full (namesakes, weakness) and remembered.
const LONGEST_LOCATION: usize = 200;

/// A per-thread memo of a pure function of a string ([`remembered`]).
pub(crate) type Memo<V> = std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, V>>;

/// `f` of the value `compute` gives for `key`, remembered per thread in `memo`: posts of one
/// dump name a few hundred places over and over ("Houston, TX" in thousands of ads). A bounded
/// number of keys is kept (all dropped when full); the function is pure, so nothing changes
/// but the time.
pub(crate) fn remembered<V, T>(
    memo: &'static std::thread::LocalKey<Memo<V>>,
    key: &str,
    compute: impl FnOnce() -> V,
    f: impl FnOnce(&V) -> T,
) -> T {
    const REMEMBERED: usize = 1 << 12;
    memo.with_borrow_mut(|m| {
        if !m.contains_key(key) {
            if m.len() >= REMEMBERED {
                m.clear();
            }
            m.insert(key.into(), compute());
        }
        f(&m[key])
    })
}

/// `f` of the reading of `location`, remembered ([`remembered`]) unless it is longer than
/// [`LONGEST_LOCATION`].
fn with_reading<T>(location: &str, f: impl FnOnce(&LocationReading) -> T) -> T {
    thread_local! {
        static SEEN: Memo<LocationReading> = Memo::default();
    }
    if location.len() > LONGEST_LOCATION {
        return f(&read_location(location));
    }
    remembered(&SEEN, location, || read_location(location), f)
}

/// The separators of a location's parts ("Jesmond, Newcastle", "Paris (TX)", "Bilbao - Deusto").
const LOCATION_PARTS: [char; 7] = [',', '/', '(', ')', '-', '\u{2013}', '|'];

/// A location's parts: split at [`LOCATION_PARTS`], except at a hyphen between two letters,
/// which joins the words of one name ("San-Pédro", "Saint-Louis", "Aix-en-Provence").
fn location_parts(location: &str) -> impl Iterator<Item = &str> {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let mut parts = Vec::new();
    let mut from = 0;
    for (i, c) in location.char_indices() {
        let joins = c == '-'
            && letter(location[..i].chars().next_back())
            && letter(location[i + 1..].chars().next());
        if LOCATION_PARTS.contains(&c) && !joins {
            parts.push(&location[from..i]);
            from = i + c.len_utf8();
        }
    }
    parts.push(&location[from..]);
    parts.into_iter()
}

fn read_location(location: &str) -> LocationReading {
    // The location's words; its first and last may be a short name or a code standing for
    // its place.
    let mut words = location
        .split(|c: char| c.is_whitespace() || LOCATION_PARTS.contains(&c))
        .filter(|w| !w.is_empty());
    let first_word = words.next();
    let last_word = words.next_back().or(first_word);
    // A short name ads use for a city or an area (`data/abbreviations.tsv`), written in
    // capitals as the location or its last word ("NOLA", "FRENCH QUARTER NOLA", "FLUSHING
    // NYC"), names its country before a town that bears the same letters (Nola in Italy and in
    // the Central African Republic): the field is itself the place cue the table asks of a
    // two-letter name.
    if let Some(c) = last_word.and_then(mentions::short_name_country) {
        return LocationReading {
            countries: vec![c],
            weak: false,
        };
    }
    // A city's nickname, or its short name after an area of the city ("CASTLETON INDY",
    // "Southside Jax"), before any town the words may name ("Castleton" is one in England).
    if let Some(c) = mentions::location_ending(location) {
        return LocationReading {
            countries: vec![c],
            weak: false,
        };
    }
    let place = resolve(location);
    // A district or suburb the gazetteer's cities do not hold ("Sandton") names its country too,
    // whole or as one of the location's parts, the last (widest) first ("Quận 1, TP.HCM").
    let Some(c) = place
        .map(|p| p.country)
        .or_else(|| mentions::district_country(location))
        .or_else(|| {
            let parts: Vec<&str> = location_parts(location).collect();
            (parts.len() > 1)
                .then(|| {
                    parts
                        .iter()
                        .rev()
                        .find_map(|p| mentions::district_country(p))
                })
                .flatten()
        })
        // Where nothing else names a place, a short name in capitals heading the location
        // names its city's country ("KL Sentral", "NYC Midtown"): a place within the city.
        .or_else(|| first_word.and_then(mentions::short_name_country))
    else {
        return LocationReading {
            countries: Vec::new(),
            weak: false,
        };
    };
    if location.len() > LONGEST_LOCATION {
        return LocationReading {
            countries: vec![c],
            weak: false,
        };
    }
    let mut countries = namesakes_of_location(location, c);
    // A two-letter code that is a country's and a US state's ("GA", "PA", "LA": Gabon or
    // Georgia, Panama or Pennsylvania, Laos or Louisiana — and Los Angeles), alone or after
    // words that name no city of either ("DOWNTOWN LA"), names either country: a number is
    // read in the one where it is valid, and where it is valid in both it is not guessed.
    if let Some(other) = place
        .filter(|p| p.kind != PlaceKind::City)
        .zip(last_word)
        .and_then(|(p, code)| gazetteer().country_or_state_of_code(code, p))
    {
        if !countries.contains(&other) {
            countries.push(other);
        }
    }
    LocationReading {
        countries,
        weak: place.is_some_and(|p| {
            known_only_by_another_name(&p, location) || short_city_name(&p, location)
        }),
    }
}

/// Whether `location` names the city `place` by a word of three Latin letters or fewer ("Van",
/// "Ayr"): as likely a short name another city goes by ("Van" for Vancouver), so the places
/// the post's text names go before it. (Two or three characters are a whole name in Chinese
/// or Japanese: "台北", "横浜市".)
fn short_city_name(place: &Place, location: &str) -> bool {
    let key = fold(location);
    place.kind == PlaceKind::City && key.len() <= 3 && key.bytes().all(|b| b.is_ascii_lowercase())
}

fn namesakes_of_location(location: &str, c: &'static str) -> Vec<&'static str> {
    let mut out = vec![c];
    let g = gazetteer();
    let parts: Vec<String> = location_parts(location)
        .map(fold)
        .filter(|p| !p.is_empty())
        .collect();
    // Placed: a part names a country, a state or a province, or is a short code of one
    // ("Valencia, Spain", "Newcastle, NSW"); a suburb is no qualifier ("Jesmond, Newcastle").
    let placed = parts.iter().any(|p| {
        g.countries.contains_key(p.as_str())
            || g.states.contains_key(p.as_str())
            || g.state_codes.contains_key(p.as_str())
            || g.provinces.contains_key(p.as_str())
            || (parts.len() > 1 && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_lowercase()))
    });
    if placed {
        return out;
    }
    for p in &parts {
        g.add_namesake_countries(p, c, &mut out);
    }
    out
}

fn known_only_by_another_name(place: &Place, location: &str) -> bool {
    if place.kind != PlaceKind::City
        || place.population >= mentions::MIN_CUED_ALTERNATE_POPULATION
        || !location.is_ascii()
    {
        return false;
    }
    // "St. Cloud" bears "Saint Cloud"'s name, "Ft Worth" "Fort Worth"'s.
    let short = |s: String| -> String {
        s.split(' ')
            .map(|w| match w {
                "saint" => "st",
                "fort" => "ft",
                "mount" => "mt",
                w => w,
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let name = short(fold(place.name));
    !location_parts(location)
        .map(|part| short(fold(part)))
        .any(|part| {
            !part.is_empty()
                && (name == part
                    || name
                        .strip_prefix(part.as_str())
                        .is_some_and(|rest| rest.starts_with(' ')))
        })
}

/// Whether `name`, folded, is `key` or `key` followed by more words ("Halle (Saale)" for
/// "halle"). ASCII names (most of the table) are compared as they fold, without allocating:
/// the gazetteer's start-up runs this for every name several places share.
fn names_with_key(name: &str, key: &str) -> bool {
    if !name.is_ascii() {
        let folded = fold(name);
        return folded
            .strip_prefix(key)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '));
    }
    // The fold of an ASCII name: lower-case letters and digits, each run of anything else one
    // space, none at either end.
    let mut folded = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut rest = key;
    loop {
        let Some(w) = folded.next() else {
            return rest.is_empty();
        };
        if rest.len() < w.len() || !rest.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes()) {
            return false;
        }
        rest = &rest[w.len()..];
        if rest.is_empty() {
            return true;
        }
        let Some(r) = rest.strip_prefix(' ') else {
            return false;
        };
        rest = r;
    }
}

/// A reading of the end of a location string as a qualifier.
#[derive(Clone, Copy, Debug)]
enum Qualifier {
    Country(u32),
    State(u32),
    /// A Canadian province or an Australian state ([`PROVINCES`]): (country, GeoNames admin1
    /// code).
    Province(&'static str, &'static str),
}

/// Canadian provinces and territories and Australian states by postal abbreviation and by name,
/// folded ("Victoria, BC", "Perth WA", "London, Ontario"), with their GeoNames admin1 codes (the
/// abbreviations' codes are checked against the gazetteer's cities by a test; each name has its
/// abbreviation's code).
const PROVINCES: &[(&str, &str, &str)] = &[
    ("ab", "CA", "01"),
    ("bc", "CA", "02"),
    ("mb", "CA", "03"),
    ("nb", "CA", "04"),
    ("nl", "CA", "05"),
    ("ns", "CA", "07"),
    ("on", "CA", "08"),
    ("pe", "CA", "09"),
    ("qc", "CA", "10"),
    ("sk", "CA", "11"),
    ("yt", "CA", "12"),
    ("nt", "CA", "13"),
    ("nu", "CA", "14"),
    ("act", "AU", "01"),
    ("nsw", "AU", "02"),
    ("nt", "AU", "03"),
    ("qld", "AU", "04"),
    ("sa", "AU", "05"),
    ("tas", "AU", "06"),
    ("vic", "AU", "07"),
    ("wa", "AU", "08"),
    // Their names ("London, Ontario", "Melbourne, Victoria"), folded.
    ("alberta", "CA", "01"),
    ("british columbia", "CA", "02"),
    ("manitoba", "CA", "03"),
    ("new brunswick", "CA", "04"),
    ("newfoundland", "CA", "05"),
    ("nova scotia", "CA", "07"),
    ("ontario", "CA", "08"),
    ("prince edward island", "CA", "09"),
    ("quebec", "CA", "10"),
    ("saskatchewan", "CA", "11"),
    ("yukon", "CA", "12"),
    ("new south wales", "AU", "02"),
    ("queensland", "AU", "04"),
    ("south australia", "AU", "05"),
    ("tasmania", "AU", "06"),
    ("victoria", "AU", "07"),
    ("western australia", "AU", "08"),
];

/// Brazil's states by their abbreviations, with their GeoNames admin1 codes, read only as the
/// last part of a `location` ("Curitiba - PR", "Porto Alegre, RS": Paraná and Rio Grande do
/// Sul, not Puerto Rico and Serbia). Where an abbreviation is also a US state's or a country's
/// code the city decides: the qualifier it fits is read. Not in running text, where most of
/// them are words ("se", "ce", "to", "es").
const BRAZILIAN_STATES: &[(&str, &str)] = &[
    ("ac", "01"),
    ("al", "02"),
    ("ap", "03"),
    ("am", "04"),
    ("ba", "05"),
    ("ce", "06"),
    ("df", "07"),
    ("es", "08"),
    ("go", "29"),
    ("ma", "13"),
    ("mt", "14"),
    ("ms", "11"),
    ("mg", "15"),
    ("pa", "16"),
    ("pb", "17"),
    ("pr", "18"),
    ("pe", "30"),
    ("pi", "20"),
    ("rj", "21"),
    ("rn", "22"),
    ("rs", "23"),
    ("ro", "24"),
    ("rr", "25"),
    ("sc", "26"),
    ("sp", "27"),
    ("se", "28"),
    ("to", "31"),
];

/// Whether `folded` is a province's or state's name or code of [`PROVINCES`], or a region of
/// the table's `R` rows.
pub(crate) fn is_province(folded: &str) -> bool {
    PROVINCES.iter().any(|p| p.0 == folded) || gazetteer().provinces.contains_key(folded)
}

impl Gazetteer {
    /// Parses the table format written by `scripts/gazetteer.py`. Malformed lines are skipped
    /// (the table is ours and tested; this keeps a bad edit from panicking at run time).
    fn parse(table: &'static str) -> Gazetteer {
        let mut g = Gazetteer {
            places: Vec::with_capacity(35_000),
            cities: HashMap::with_capacity_and_hasher(200_000, Default::default()),
            countries: HashMap::default(),
            country_codes: HashMap::default(),
            states: HashMap::default(),
            state_codes: HashMap::default(),
            local: Vec::new(),
            provinces: HashMap::default(),
        };
        for line in table.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            let (kind, keys, name, country, population, admin1, coords, local) = match cols[..] {
                [kind, keys, name, country, population, admin1, coords] => {
                    (kind, keys, name, country, population, admin1, coords, "-")
                }
                [kind, keys, name, country, population, admin1, coords, local] => {
                    (kind, keys, name, country, population, admin1, coords, local)
                }
                _ => continue,
            };
            if kind == "R" {
                for k in keys.split('|').filter(|k| !k.is_empty()) {
                    g.provinces.entry(k).or_default().push((country, admin1));
                }
                continue;
            }
            let kind = match kind {
                "C" => PlaceKind::Country,
                "S" => PlaceKind::State,
                "P" => PlaceKind::City,
                _ => continue,
            };
            let coordinates = coords
                .split_once(',')
                .and_then(|(la, lo)| Some((la.parse::<f64>().ok()?, lo.parse::<f64>().ok()?)));
            let idx = g.places.len() as u32;
            g.places.push(Place {
                kind,
                name,
                country,
                admin1: (admin1 != "-").then_some(admin1),
                population: population.parse().unwrap_or(0),
                coordinates,
            });
            let keys = keys.split('|').filter(|k| !k.is_empty());
            match kind {
                PlaceKind::Country => {
                    g.country_codes.insert(country.to_ascii_lowercase(), idx);
                    for k in keys {
                        g.countries.entry(k).or_insert(idx);
                    }
                }
                PlaceKind::State => {
                    g.state_codes.insert(admin1.to_ascii_lowercase(), idx);
                    for k in keys {
                        g.states.entry(k).or_insert(idx);
                    }
                }
                PlaceKind::City => {
                    for k in keys {
                        g.cities.entry(k).or_default().push(idx);
                    }
                    if local != "-" {
                        g.local
                            .extend(local.split('|').filter(|k| !k.is_empty()).map(|k| (k, idx)));
                    }
                }
            }
        }
        // A name is first the place that bears it, before places that merely have it as an
        // alternate spelling ("Galle" is Galle in Sri Lanka before it is a Russian spelling of
        // Halle), unless the other place is ten times larger (an exonym of a big city: "Calcutta",
        // "Sidney", "Mexico"). The table lists places by population, so each list already is.
        // A name with a qualifier is its own name too ("Halle (Saale)" for "halle").
        let places = &g.places;
        let bears = |i: u32, key: &str| names_with_key(places[i as usize].name, key);
        for (key, list) in g.cities.iter_mut() {
            if list.len() < 2 || bears(list[0], key) {
                continue;
            }
            let largest = places[list[0] as usize].population;
            if let Some(p) = list.iter().position(|&i| {
                places[i as usize].population.saturating_mul(10) >= largest && bears(i, key)
            }) {
                let own = list.remove(p);
                list.insert(0, own);
            }
        }
        // Countries in the languages of the ads (es, fr, pt, de): "Guadalajara, España".
        for &(name, iso) in mentions::COUNTRY_EXONYMS {
            if let Some(&i) = g.country_codes.get(iso) {
                g.countries.entry(name).or_insert(i);
            }
        }
        g
    }

    /// Number of places in the table.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Every place of the table, in table order (countries, US states, then cities); for
    /// callers that index the places themselves (plainsight-referral's nearest-town search).
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The country with this ISO alpha-2 code.
    pub fn country(&self, iso2: &str) -> Option<Place> {
        let i = *self.country_codes.get(&iso2.to_ascii_lowercase())?;
        Some(self.places[i as usize])
    }

    /// The countries of the cities named `name` (folded) that are not much smaller than the
    /// most populous of them (a quarter of its people at least, and a city of
    /// `mentions::MIN_CITY_POPULATION`): "Newcastle" is Australia's, South Africa's or England's,
    /// "Valencia" Venezuela's or Spain's; "Paris" is France's only. The most populous first,
    /// each country once.
    pub fn namesake_countries(&self, name: &str) -> Vec<&'static str> {
        let Some(ids) = self.cities.get(name) else {
            return Vec::new();
        };
        let largest = ids
            .iter()
            .map(|&i| self.places[i as usize].population)
            .max()
            .unwrap_or(0);
        let mut by_size: Vec<&Place> = ids
            .iter()
            .map(|&i| &self.places[i as usize])
            // Cities that bear the name ("Newcastle upon Tyne" bears "newcastle"), not those
            // that merely have it among their spellings in other languages.
            .filter(|p| {
                p.population >= mentions::MIN_CITY_POPULATION
                    && p.population.saturating_mul(4) >= largest
                    && names_with_key(p.name, name)
            })
            .collect();
        by_size.sort_by(|a, b| {
            b.population
                .cmp(&a.population)
                .then(a.country.cmp(b.country))
        });
        let mut out: Vec<&'static str> = Vec::new();
        for p in by_size {
            if !out.contains(&p.country) {
                out.push(p.country);
            }
        }
        out
    }

    /// Adds [`Gazetteer::namesake_countries`] of `name` to `out` (each country once) when the
    /// most populous namesake is in `country`, the country the name was read as; a name read
    /// as another city than its largest namesake ("Paris, TX") adds none.
    pub(crate) fn add_namesake_countries(
        &self,
        name: &str,
        country: &str,
        out: &mut Vec<&'static str>,
    ) {
        let sakes = self.namesake_countries(name);
        if sakes.first() != Some(&country) {
            return;
        }
        for c in sakes {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }

    /// Every city with this name (folded), most populous first.
    pub fn cities_named(&self, name: &str) -> Vec<Place> {
        self.cities
            .get(fold(name).as_str())
            .map(|v| v.iter().map(|&i| self.places[i as usize]).collect())
            .unwrap_or_default()
    }

    /// Resolves a free-text location; see the crate documentation for the rules.
    pub fn resolve(&self, location: &str) -> Option<Place> {
        let folded = fold(location);
        if folded.is_empty() {
            return None;
        }
        let tokens: Vec<&str> = folded.split(' ').collect();
        // "City, ST" is the common US form: a trailing code after a comma is a state first.
        let comma_before_last = location
            .trim_end()
            .rsplit_once([',', '/', '|', '-'])
            .is_some_and(|(_, tail)| fold(tail).split(' ').count() == 1);

        // The whole string: a country, a state, a code alone, or a city.
        if let Some(p) = self.whole(&folded) {
            return Some(p);
        }

        // A qualifier at the end ("…, Texas", "… UK", "…, Nigeria"), the longest that leaves
        // a head, then the head as a city under that qualifier.
        for qlen in (1..tokens.len().min(5)).rev() {
            let head = &tokens[..tokens.len() - qlen];
            let tail = tokens[tokens.len() - qlen..].join(" ");
            let quals = self.qualifiers(&tail, qlen == 1, comma_before_last);
            if quals.is_empty() {
                continue;
            }
            if let Some(city) = self.city_in(head, &quals) {
                return Some(city);
            }
            return self.qualifier_place(quals[0]);
        }

        // No qualifier. Parts set apart by commas or brackets ("Trujillo, La Libertad": a
        // city and its region, here also the name of a small Ecuadorian town) are read each on
        // its own, and the most populous city a whole part names by its own name wins, not the
        // longest name (an old or foreign name, "Edo" for Tokyo, does not count here).
        const PARTS: [char; 6] = [',', ';', '(', ')', '|', '/'];
        let parts: Vec<String> = if location.contains(PARTS) {
            location
                .split(PARTS)
                .map(fold)
                .filter(|p| !p.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        if parts.len() > 1 {
            // A city qualified by the next part, a city of another country than its own most
            // populous namesake ("San Fernando, Cádiz": Spain's, not the Philippines').
            for pair in parts.windows(2) {
                if let Some(c) = self.city_qualified_by(&pair[0], &pair[1]) {
                    return Some(c);
                }
            }
            // A city its own people's name for it names ("Garibaldi, Napoli": Naples, whose
            // table name is the English one) goes before a small town named by its own name
            // when it is far larger: a district of a city is often a small town's name
            // elsewhere, an old or foreign name a city of about the other's size.
            let mut best: Option<Place> = None;
            let mut other: Option<Place> = None;
            for part in &parts {
                let toks: Vec<&str> = part.split(' ').collect();
                if let Some(c) = self.city_in(&toks, &[]) {
                    let slot = if names_with_key(c.name, part) {
                        &mut best
                    } else {
                        &mut other
                    };
                    if slot.is_none_or(|b| c.population > b.population) {
                        *slot = Some(c);
                    }
                }
            }
            if let (Some(b), Some(o)) = (best, other) {
                if o.population >= ENDONYM_OVER_TOWN.saturating_mul(b.population) {
                    return other;
                }
            }
            if best.is_some() {
                return best;
            }
        }
        // The longest run of words that names a city, leftmost first.
        self.city_in(&tokens, &[])
    }

    /// The city `head` names in the country of the city `qualifier` names (both folded, whole
    /// names; the qualifier read as its most populous namesake), where that is not already
    /// the country of `head`'s most populous namesake: "san fernando" + "cadiz" is San
    /// Fernando in Spain. A name in the same country as its qualifier needs none ("Madrid,
    /// Barcelona" is a list of two places, not one qualified), so `None` there.
    pub fn city_qualified_by(&self, head: &str, qualifier: &str) -> Option<Place> {
        let at = |i: u32| self.places[i as usize];
        let q = at(*self.cities.get(qualifier)?.first()?);
        let ids = self.cities.get(head)?;
        if at(*ids.first()?).country == q.country {
            return None;
        }
        ids.iter()
            .map(|&i| at(i))
            .find(|c| c.country == q.country && c.name != q.name)
    }

    fn whole(&self, folded: &str) -> Option<Place> {
        let at = |i: u32| self.places[i as usize];
        if folded.len() == 2 {
            if let Some(&i) = self.country_codes.get(folded) {
                return Some(at(i));
            }
            if let Some(&i) = self.state_codes.get(folded) {
                return Some(at(i));
            }
        }
        if let Some(&i) = self.countries.get(folded) {
            return Some(at(i));
        }
        if let Some(&i) = self.states.get(folded) {
            return Some(at(i));
        }
        self.cities
            .get(folded)
            .and_then(|v| v.first())
            .map(|&i| at(i))
    }

    /// Where `code` (two letters) is both a country's ISO code and a US state's postal code and
    /// `place` is one of the two, the country of the other (the state's is "US").
    fn country_or_state_of_code(&self, code: &str, place: Place) -> Option<&'static str> {
        if code.len() != 2 {
            return None;
        }
        let code = code.to_ascii_lowercase();
        if !self.state_codes.contains_key(code.as_str()) {
            return None;
        }
        let country = self.places[*self.country_codes.get(code.as_str())? as usize].country;
        match place.kind {
            PlaceKind::Country if place.country == country => Some("US"),
            PlaceKind::State if place.country == "US" => Some(country),
            _ => None,
        }
    }

    /// The readings of `tail` as a qualifier, in order of preference.
    fn qualifiers(&self, tail: &str, single: bool, after_comma: bool) -> Vec<Qualifier> {
        let mut out = Vec::new();
        if let Some(&i) = self.countries.get(tail) {
            out.push(Qualifier::Country(i));
        }
        if let Some(&i) = self.states.get(tail) {
            out.push(Qualifier::State(i));
        }
        if single && tail.len() == 2 {
            let state = self.state_codes.get(tail).map(|&i| Qualifier::State(i));
            let country = self.country_codes.get(tail).map(|&i| Qualifier::Country(i));
            let (first, second) = if after_comma {
                (state, country)
            } else {
                (country, state)
            };
            out.extend(first);
            out.extend(second);
            out.extend(
                BRAZILIAN_STATES
                    .iter()
                    .filter(|b| b.0 == tail)
                    .map(|b| Qualifier::Province("BR", b.1)),
            );
        }
        out.extend(
            PROVINCES
                .iter()
                .filter(|p| p.0 == tail)
                .map(|p| Qualifier::Province(p.1, p.2)),
        );
        if let Some(list) = self.provinces.get(tail) {
            out.extend(list.iter().map(|&(c, a)| Qualifier::Province(c, a)));
        }
        out
    }

    fn qualifier_place(&self, q: Qualifier) -> Option<Place> {
        match q {
            Qualifier::Country(i) | Qualifier::State(i) => Some(self.places[i as usize]),
            // A province alone stands for its country.
            Qualifier::Province(country, _) => self
                .country_codes
                .get(country.to_ascii_lowercase().as_str())
                .map(|&i| self.places[i as usize]),
        }
    }

    fn fits(&self, city: &Place, q: Qualifier) -> bool {
        match q {
            Qualifier::Country(i) => city.country == self.places[i as usize].country,
            Qualifier::State(i) => {
                city.country == "US" && city.admin1 == self.places[i as usize].admin1
            }
            Qualifier::Province(country, admin1) => {
                city.country == country && city.admin1 == Some(admin1)
            }
        }
    }

    /// The most populous city named by a run of `tokens` (the whole run first, then shorter
    /// runs; among runs of one length the most populous city wins, so "Downtown Lagos" is Lagos
    /// and not the Warsaw district GeoNames also calls "Downtown") that fits one of the
    /// qualifiers (any city when there are none).
    fn city_in(&self, tokens: &[&str], quals: &[Qualifier]) -> Option<Place> {
        let n = tokens.len();
        for len in (1..=n.min(5)).rev() {
            let mut best: Option<Place> = None;
            for start in 0..=n - len {
                let key = tokens[start..start + len].join(" ");
                // A single short word inside a longer string is too often an ordinary word.
                if len == 1 && n > 1 && key.chars().count() < 4 {
                    continue;
                }
                let Some(ids) = self.cities.get(key.as_str()) else {
                    continue;
                };
                let found = ids
                    .iter()
                    .map(|&i| self.places[i as usize])
                    .find(|c| quals.is_empty() || quals.iter().any(|&q| self.fits(c, q)));
                if let Some(c) = found {
                    if best.is_none_or(|b| c.population > b.population) {
                        best = Some(c);
                    }
                }
            }
            if best.is_some() {
                return best;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A location field is itself a place cue: a short name ads use, in capitals, alone or as
    /// its last word, names its country before a town bearing the same letters; a two-letter
    /// code that is a country's and a US state's, with nothing naming a city of either, names
    /// either country.
    #[test]
    fn a_locations_short_name_and_a_code_of_two_places() {
        assert_eq!(countries_for_location("NOLA"), vec!["US"]);
        assert_eq!(countries_for_location("FRENCH QUARTER NOLA"), vec!["US"]);
        assert_eq!(countries_for_location("FLUSHING NYC"), vec!["US"]);
        assert_eq!(countries_for_location("Bukit Bintang, KL"), vec!["MY"]);
        // A short name in capitals heading a location that names nothing else.
        assert_eq!(countries_for_location("KL Sentral"), vec!["MY"]);
        assert!(countries_for_location("Kl Sentral").is_empty());
        // Not in lower or title case: "Nola" is a town's name.
        assert!(!countries_for_location("Nola").contains(&"US"));
        for (location, other) in [
            ("LA", "LA"),
            ("DOWNTOWN LA", "LA"),
            ("GA", "GA"),
            ("PA", "PA"),
        ] {
            let c = countries_for_location(location);
            assert!(c.contains(&"US") && c.contains(&other), "{location}: {c:?}");
        }
        // A city the code qualifies settles it; a code after a comma is the state's.
        assert_eq!(countries_for_location("Lafayette LA"), vec!["US"]);
        assert_eq!(countries_for_location("Baton Rouge, LA"), vec!["US"]);
        assert_eq!(countries_for_location("Libreville GA"), vec!["GA"]);
        // A code only a country has stays the country's.
        assert_eq!(countries_for_location("NG"), vec!["NG"]);
    }

    /// A city named by three Latin letters or fewer is a weak location: the text's places go
    /// first ("Van" is a Turkish city and what Vancouver goes by). Not two or three Chinese or
    /// Japanese characters, a whole name there.
    #[test]
    fn a_city_named_by_three_letters_is_weak() {
        assert!(location_is_weak("Van") && !location_is_weak("Vancouver"));
        assert!(!location_is_weak("台北"));
    }

    /// A city's nickname or short name names its country as a location, whole or as the
    /// location's ending after an area of the city; one that is a town's name stays the town's.
    #[test]
    fn a_citys_nickname_ends_a_location() {
        for location in [
            "htown",
            "H-Town",
            "MEDICAL CENTER HTOWN",
            "O'HARE CHI-TOWN",
            "LOVE FIELD BIG D",
            "DOWNTOWN ATX",
            "Castleton Indy",
            "Southside Jax",
            "IAH",
        ] {
            assert_eq!(countries_for_location(location), vec!["US"], "{location}");
        }
        assert_eq!(countries_for_location("Scarborough the 6ix"), vec!["CA"]);
        assert_eq!(countries_for_location("Ikeja, Lasgidi"), vec!["NG"]);
        assert_eq!(countries_for_location("Ouaga"), vec!["BF"]);
        assert!(!countries_for_location("Nola").contains(&"US"));
        // Two letters count only in capitals.
        assert!(!countries_for_location("Northside kc").contains(&"US"));
        assert_eq!(countries_for_location("NORTHSIDE KC"), vec!["US"]);
    }

    #[test]
    fn a_city_named_alone_may_be_any_of_its_large_namesakes() {
        let g = gazetteer();
        let newcastle = g.namesake_countries("newcastle");
        assert_eq!(newcastle[0], "AU");
        assert!(
            newcastle.contains(&"GB") && newcastle.contains(&"ZA"),
            "{newcastle:?}"
        );
        assert_eq!(g.namesake_countries("valencia"), vec!["VE", "ES"]);
        assert_eq!(g.namesake_countries("paris"), vec!["FR"]);
        assert_eq!(g.namesake_countries("london"), vec!["GB"]);
        // Only cities that bear the name, not those with it among foreign spellings.
        for name in ["porto", "auckland"] {
            assert_eq!(g.namesake_countries(name).len(), 1, "{name}");
        }
        assert!(g.namesake_countries("nowhere at all").is_empty());
        // A location: namesakes only where nothing else places the city.
        assert!(countries_for_location("Jesmond, Newcastle").contains(&"GB"));
        assert!(countries_for_location("Valencia").contains(&"ES"));
        assert_eq!(countries_for_location("Valencia, Spain"), vec!["ES"]);
        assert_eq!(countries_for_location("Newcastle, Australia"), vec!["AU"]);
        assert_eq!(countries_for_location("Newcastle, NSW"), vec!["AU"]);
        assert_eq!(countries_for_location("Paris, TX"), vec!["US"]);
        assert!(countries_for_location("").is_empty());
        // A hyphen between letters joins one name, spaced it parts two: "San-Pédro" bears
        // San Pedro's name (Côte d'Ivoire's among its namesakes), as "San Pedro" does.
        assert_eq!(
            countries_for_location("San-Pédro"),
            countries_for_location("San Pedro")
        );
        assert!(countries_for_location("San-Pédro").contains(&"CI"));
        assert!(countries_for_location("Bilbao - Deusto").contains(&"ES"));
        let parts: Vec<&str> = location_parts("Saint-Louis - Sor, Senegal").collect();
        assert_eq!(parts, vec!["Saint-Louis ", " Sor", " Senegal"]);
    }

    /// The allocation-free comparison agrees with folding the name, for every name of the
    /// table and every key it is listed under.
    #[test]
    fn names_with_key_agrees_with_the_fold() {
        let g = gazetteer();
        let slow = |name: &str, key: &str| {
            fold(name)
                .strip_prefix(key)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        };
        let mut checked = 0;
        for (key, list) in &g.cities {
            for &i in list {
                let name = g.places[i as usize].name;
                assert_eq!(
                    names_with_key(name, key),
                    slow(name, key),
                    "{name:?} {key:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 170_000, "{checked}");
        for (name, key, want) in [
            ("Halle (Saale)", "halle", true),
            ("Halle (Saale)", "halle saale", true),
            ("Halle (Saale)", "hal", false),
            ("St. Louis", "st louis", true),
            ("Galle", "galle", true),
            ("Galle", "gall", false),
        ] {
            assert_eq!(names_with_key(name, key), want, "{name} {key}");
        }
    }

    #[test]
    fn table_parses_fully() {
        let g = gazetteer();
        assert!(g.len() > 34_000, "{}", g.len());
        assert_eq!(g.country("ng").map(|p| p.name), Some("Nigeria"));
        assert_eq!(g.state_codes.len(), 51);
    }

    #[test]
    fn provinces_match_the_gazetteer() {
        // Each abbreviation's code is the admin1 of a known city of that province or state.
        for (abbr, country, city) in [
            ("bc", "CA", "vancouver"),
            ("on", "CA", "toronto"),
            ("ab", "CA", "calgary"),
            ("mb", "CA", "winnipeg"),
            ("ns", "CA", "halifax"),
            ("sk", "CA", "regina"),
            ("nb", "CA", "moncton"),
            ("nsw", "AU", "sydney"),
            ("vic", "AU", "melbourne"),
            ("qld", "AU", "brisbane"),
            ("wa", "AU", "perth"),
            ("sa", "AU", "adelaide"),
            ("tas", "AU", "hobart"),
            ("act", "AU", "canberra"),
            ("ac", "BR", "rio branco"),
            ("al", "BR", "maceio"),
            ("ap", "BR", "macapa"),
            ("am", "BR", "manaus"),
            ("ba", "BR", "salvador"),
            ("ce", "BR", "fortaleza"),
            ("df", "BR", "brasilia"),
            ("es", "BR", "vitoria"),
            ("go", "BR", "goiania"),
            ("ma", "BR", "sao luis"),
            ("mt", "BR", "cuiaba"),
            ("ms", "BR", "campo grande"),
            ("mg", "BR", "belo horizonte"),
            ("pa", "BR", "belem"),
            ("pb", "BR", "joao pessoa"),
            ("pr", "BR", "curitiba"),
            ("pe", "BR", "recife"),
            ("pi", "BR", "teresina"),
            ("rj", "BR", "rio de janeiro"),
            ("rn", "BR", "natal"),
            ("rs", "BR", "porto alegre"),
            ("ro", "BR", "porto velho"),
            ("rr", "BR", "boa vista"),
            ("sc", "BR", "florianopolis"),
            ("sp", "BR", "sao paulo"),
            ("se", "BR", "aracaju"),
            ("to", "BR", "palmas"),
        ] {
            let admin1 = if country == "BR" {
                BRAZILIAN_STATES.iter().find(|b| b.0 == abbr).map(|b| b.1)
            } else {
                PROVINCES
                    .iter()
                    .find(|p| p.0 == abbr && p.1 == country)
                    .map(|p| p.2)
            }
            .unwrap();
            let g = gazetteer();
            let ok = g.cities[city].iter().any(|&i| {
                g.places[i as usize].country == country
                    && g.places[i as usize].admin1 == Some(admin1)
            });
            assert!(ok, "{abbr} {city}");
        }
        assert_eq!(
            resolve("Victoria, BC").map(|p| (p.country, p.admin1)),
            Some(("CA", Some("02")))
        );
        assert_eq!(resolve("Hamilton, ON").map(|p| p.country), Some("CA"));
        assert_eq!(resolve("Perth WA").map(|p| p.country), Some("AU"));
        assert_eq!(resolve("London, Ontario").map(|p| p.country), Some("CA"));
        assert_eq!(
            resolve("Melbourne, Victoria").map(|p| p.country),
            Some("AU")
        );
        assert_eq!(
            resolve("Surrey, British Columbia").map(|p| p.country),
            Some("CA")
        );
        // A US state still wins after a comma ("Vancouver, WA" is in Washington).
        assert_eq!(resolve("Vancouver, WA").map(|p| p.country), Some("US"));
        // A Brazilian state's abbreviation that is also a US state's or a country's code: the
        // city decides ("PR" is Paraná beside Curitiba, Puerto Rico beside San Juan; "RS" Rio
        // Grande do Sul, not Serbia; "SC" South Carolina beside Columbia).
        for (location, country) in [
            ("Curitiba, PR", "BR"),
            ("Curitiba - PR", "BR"),
            ("Porto Alegre - RS", "BR"),
            ("Florianópolis, SC", "BR"),
            ("Águas Claras, DF", "BR"),
            ("San Juan, PR", "PR"),
            ("Columbia, SC", "US"),
            ("Worcester, MA", "US"),
            ("Pittsburgh, PA", "US"),
        ] {
            assert_eq!(
                resolve(location).map(|p| p.country),
                Some(country),
                "{location}"
            );
        }
    }

    #[test]
    fn a_city_qualified_by_a_city_of_another_country_than_its_namesake() {
        let g = gazetteer();
        // The table's most populous Richmond is not England's (it is Virginia's), so the
        // qualifier decides: "Richmond, London" is the English one.
        assert_ne!(g.cities_named("richmond")[0].country, "GB");
        let p = g.resolve("Richmond, London").unwrap();
        assert_eq!((p.country, p.kind), ("GB", PlaceKind::City));
        assert_eq!(
            g.city_qualified_by("richmond", "london").unwrap().country,
            "GB"
        );
        // Two places of one country are a list, not a qualified name.
        assert!(g.city_qualified_by("madrid", "barcelona").is_none());
        assert_eq!(g.resolve("Madrid, Barcelona").unwrap().country, "ES");
    }

    #[test]
    fn haversine() {
        let d = distance_km((29.7633, -95.3633), (32.7831, -96.8067));
        assert!((d - 362.0).abs() < 5.0, "{d}");
        assert_eq!(distance_km((1.0, 2.0), (1.0, 2.0)), 0.0);
    }
}
