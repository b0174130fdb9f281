//! Places named in free text and in URLs: the evidence extract uses for the region of a post
//! that has neither `region` nor `location`.
//!
//! Free text is not a location field: most capitalised words are not places, many city names
//! are ordinary words ("Nice", "Mobile", "Bath") and many are the names advertisers go by
//! ("Paris", "Sydney", "Florence"). So a mention counts only when:
//! - it is a country name (not a code: "can", "per", "and" are ISO alpha-3 codes), a US state
//!   name, or the main GeoNames name of a city of at least [`MIN_CITY_POPULATION`] people
//!   (multi-word names from [`MIN_MULTIWORD_POPULATION`]);
//! - it is written capitalised (first letter upper case) or as a hashtag; in a script without
//!   capitals (Arabic, Hebrew, Thai…) it needs a place cue instead, as a person's name does;
//! - it is not a common word ([`is_common_word`]);
//! - it does not follow "I'm", "my name is", "soy", "je suis"... (a name, not a place);
//! - and, for a name people also go by ([`is_person_name`]), something says it is a place: a
//!   preposition before it ("in Sydney", "en Lima", "à Paris"), a qualifier after it ("Paris,
//!   TX", "Sydney Australia"), a place word after it ("Sydney escorts", "Paris CBD"), or a `#`.
//!
//! Districts, suburbs, neighbourhoods and streets below city level (`data/districts.tsv`:
//! "Sandton", "Orchard Road", "Gangnam") and cities' nicknames (`data/nicknames.tsv`: "H-Town",
//! "Chi-Town") count only with a place cue: a preposition or an area
//! word before ("in", "based", "downtown"), a place word or a known place after, a `#` or a map
//! pin 📍. In URLs, cities and districts also count glued ("capetown.", "/newyork/"), and a site
//! named after a city of a million people or more glued to other words
//! ("casablancameetnow.com") names that city's country.
//!
//! A city followed by a US state (name or postal code) or a country is read under it, as
//! [`crate::resolve`] reads a location ("Paris, TX" is in the US); a city alone is the most
//! populous of that name ("Paris" is in France).

use crate::fold::fold;
use crate::script::is_han;
use crate::text_index::{text_index, TextIndex};
use crate::{gazetteer, Gazetteer, Place, PlaceKind};

/// Fewest people in a one-word city named in free text.
pub const MIN_CITY_POPULATION: u64 = 100_000;
/// Fewest people in a city of several words named in free text ("Palm Springs").
// Read where the index is derived (`text_index::derive`, a test that writes the data file).
#[cfg_attr(not(test), allow(dead_code))]
pub const MIN_MULTIWORD_POPULATION: u64 = 40_000;
/// Fewest people in a city whose other names (GeoNames alternates) are matched too.
// Read where the index is derived (`text_index::derive`, a test that writes the data file).
#[cfg_attr(not(test), allow(dead_code))]
pub const MIN_ALTERNATE_POPULATION: u64 = 500_000;
/// Fewest people in a one-word city named with a place cue ("in Phuket", "📍 Brindisi"): below
/// [`MIN_CITY_POPULATION`] many names are also words or people's names, so the cue decides.
/// Every town of the table (15,000 and up): ads name the towns they are in ("in Kilkenny").
// Read where the index is derived (`text_index::derive`, a test that writes the data file).
#[cfg_attr(not(test), allow(dead_code))]
pub const MIN_CUED_CITY_POPULATION: u64 = 15_000;
/// Fewest people in a city whose other names are matched with a place cue ("in Den Haag",
/// "📌 Penang").
pub const MIN_CUED_ALTERNATE_POPULATION: u64 = 100_000;
/// Country names in Spanish, French, Portuguese and German where they differ from English
/// (folded), with the ISO code (lower case).
pub(crate) const COUNTRY_EXONYMS: &[(&str, &str)] = &[
    ("brasil", "br"),
    ("bresil", "br"),
    ("brasilien", "br"),
    ("espana", "es"),
    ("espagne", "es"),
    ("espanha", "es"),
    ("spanien", "es"),
    ("mexique", "mx"),
    ("mexiko", "mx"),
    ("allemagne", "de"),
    ("alemania", "de"),
    ("alemanha", "de"),
    ("deutschland", "de"),
    ("italia", "it"),
    ("italie", "it"),
    ("italien", "it"),
    ("inglaterra", "gb"),
    ("angleterre", "gb"),
    ("reino unido", "gb"),
    ("royaume uni", "gb"),
    ("grossbritannien", "gb"),
    ("england", "gb"),
    ("scotland", "gb"),
    ("estados unidos", "us"),
    ("etats unis", "us"),
    ("eeuu", "us"),
    ("vereinigte staaten", "us"),
    ("australie", "au"),
    ("australien", "au"),
    ("japon", "jp"),
    ("japao", "jp"),
    ("coree du sud", "kr"),
    ("corea del sur", "kr"),
    ("coreia do sul", "kr"),
    ("suisse", "ch"),
    ("suiza", "ch"),
    ("schweiz", "ch"),
    ("belgique", "be"),
    ("belgica", "be"),
    ("nederland", "nl"),
    ("pays bas", "nl"),
    ("paises bajos", "nl"),
    ("holanda", "nl"),
    ("irlande", "ie"),
    ("irlanda", "ie"),
    ("afrique du sud", "za"),
    ("sudafrica", "za"),
    ("africa do sul", "za"),
    ("nouvelle zelande", "nz"),
    ("nueva zelanda", "nz"),
    ("nova zelandia", "nz"),
    ("inde", "in"),
    ("indien", "in"),
    ("singapour", "sg"),
    ("singapur", "sg"),
    ("singapura", "sg"),
    ("malaisie", "my"),
    ("malasia", "my"),
    ("tailandia", "th"),
    ("thailande", "th"),
    ("filipinas", "ph"),
    ("philippines", "ph"),
    ("equateur", "ec"),
    ("colombie", "co"),
    ("kolumbien", "co"),
    ("perou", "pe"),
    ("argentine", "ar"),
    ("argentinien", "ar"),
    ("chili", "cl"),
    ("emirats arabes unis", "ae"),
    ("emiratos arabes unidos", "ae"),
    ("dubai", "ae"),
    ("hong kong", "hk"),
    ("kenia", "ke"),
    ("nigeria", "ng"),
    ("frankreich", "fr"),
    ("francia", "fr"),
    ("franca", "fr"),
    ("portugal", "pt"),
    ("russie", "ru"),
    ("rusia", "ru"),
    ("russland", "ru"),
    ("chine", "cn"),
    ("turquie", "tr"),
    ("turquia", "tr"),
    ("turkei", "tr"),
    ("grece", "gr"),
    ("grecia", "gr"),
    ("maroc", "ma"),
    ("marruecos", "ma"),
    ("marrocos", "ma"),
    ("marokko", "ma"),
    ("algerie", "dz"),
    ("argelia", "dz"),
    ("tunisie", "tn"),
    ("tunez", "tn"),
    ("egypte", "eg"),
    ("egipto", "eg"),
    ("egito", "eg"),
    ("agypten", "eg"),
    ("senegal", "sn"),
    ("cameroun", "cm"),
    ("liban", "lb"),
    ("libano", "lb"),
    ("arabie saoudite", "sa"),
    ("arabia saudita", "sa"),
    ("arabia saudi", "sa"),
    ("emirats", "ae"),
    ("turquia", "tr"),
    ("polonia", "pl"),
    ("pologne", "pl"),
    ("polen", "pl"),
    ("roumanie", "ro"),
    ("rumania", "ro"),
    ("rumanien", "ro"),
    ("ukraine", "ua"),
    ("ucrania", "ua"),
    ("ucraina", "ua"),
    ("nigerie", "ng"),
    ("kenya", "ke"),
    ("ghana", "gh"),
    ("chine", "cn"),
    ("china", "cn"),
    ("indonesie", "id"),
    ("indonesien", "id"),
    ("vietnam", "vn"),
    ("viet nam", "vn"),
    ("coree", "kr"),
    ("corea", "kr"),
    ("coreia", "kr"),
    ("japan", "jp"),
    ("giappone", "jp"),
    ("peru", "pe"),
    ("estados unidos de america", "us"),
    ("canada", "ca"),
    ("kanada", "ca"),
];
/// Longest place name, in words ("Rio de Janeiro", "Bosnia and Herzegovina").
pub(crate) const MAX_WORDS: usize = 4;
/// Most words of a text looked at (a post is a few hundred; a dump is not read to the end).
const MAX_TOKENS: usize = 4000;

/// Where a place was named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// ISO 3166-1 alpha-2 of the place's country.
    pub country: &'static str,
    pub kind: PlaceKind,
    /// Byte span of the mention in the text.
    pub start: usize,
    pub end: usize,
}

/// Words that name a city of the index but are, in ads, ordinary words. Folded.
pub fn is_common_word(folded: &str) -> bool {
    matches!(
        folded,
        "nice"
            | "mobile"
            | "bath"
            | "reading"
            | "split"
            | "best"
            | "police"
            | "batman"
            | "sale"
            | "mango"
            | "mesa"
            | "delta"
            | "metro"
            | "corona"
            | "concord"
            | "natal"
            | "bimbo"
            | "bello"
            | "bole"
            | "male"
            | "nada"
            | "hope"
            | "young"
            | "independence"
            | "eagle"
            | "victoria station"
            | "cork"
            | "derby"
            | "brent"
            | "kent"
            | "gold"
            | "bella"
            | "marina"
            | "palm"
            | "orange"
            | "dolores"
            | "mercedes"
            | "paradise"
            | "pueblo"
            | "laval"
            | "lancaster"
            | "temple"
            | "richmond"
            | "surprise"
            | "enterprise"
            | "spring"
            | "springs"
            | "union"
            | "liberty"
            | "providence"
            | "plano"
            | "amor"
            | "bonita"
            | "linda"
            | "cambridge"
            | "oxford"
            | "ancona"
            | "latina"
            | "asia"
            | "europe"
            | "africa"
            | "america"
            | "americas"
            | "mary"
            | "nancy"
            | "eugene"
            | "george"
            | "norman"
            | "milton"
            | "newton"
            | "kennedy"
            | "jackson"
            | "lincoln"
            | "madison"
            | "aurora"
            | "tyler"
            | "camden"
            | "chelsea"
            | "trinidad"
            | "medina"
            | "salem"
            | "regina"
            | "bristol"
            | "guinea"
            | "turkey"
            | "chile"
            | "china"
            | "wales"
            | "nelson"
            | "hamilton"
            | "marion"
            | "irving"
            | "carmen"
            | "gloria"
            | "rosario"
            | "soledad"
            | "santa"
            | "santos"
            | "la paz"
            | "lomas"
            | "mansa"
            | "masaka"
            | "kira"
            | "kita"
            | "lira"
            | "mati"
            | "moro"
            | "naga"
            | "offa"
            | "kent town"
            | "sharing"
            | "boulder"
            | "garland"
            | "lowell"
            | "pasadena"
            | "norwalk"
            | "downey"
            | "newport"
            | "sunrise"
            | "miramar"
            | "mission"
            | "hollywood"
            | "sterling"
            | "clovis"
            | "lawton"
            | "antioch"
            | "alba"
    )
}

/// Makers of cars and motorbikes, folded: a word right after one is a model ("Dacia Logan",
/// "Kia Rio", "Hyundai Tucson", "Seat León", "Dodge Durango"), not a place, and a maker that is
/// also a city ("Toyota") names none.
fn is_vehicle_maker(folded: &str) -> bool {
    matches!(
        folded,
        "toyota"
            | "honda"
            | "nissan"
            | "mazda"
            | "suzuki"
            | "mitsubishi"
            | "subaru"
            | "lexus"
            | "hyundai"
            | "kia"
            | "dacia"
            | "renault"
            | "peugeot"
            | "citroen"
            | "fiat"
            | "seat"
            | "skoda"
            | "volkswagen"
            | "vw"
            | "opel"
            | "ford"
            | "chevrolet"
            | "chevy"
            | "dodge"
            | "jeep"
            | "chrysler"
            | "buick"
            | "cadillac"
            | "lincoln"
            | "gmc"
            | "tesla"
            | "bmw"
            | "mercedes"
            | "audi"
            | "volvo"
            | "porsche"
            | "lada"
            | "geely"
            | "chery"
            | "proton"
            | "perodua"
            | "yamaha"
            | "kawasaki"
            | "ducati"
            | "vespa"
            | "tata"
            | "mahindra"
    )
}

/// Names advertisers and people go by that are also places: counted only with a place cue.
pub fn is_person_name(folded: &str) -> bool {
    matches!(
        folded,
        "paris"
            | "sydney"
            | "florence"
            | "victoria"
            | "india"
            | "savannah"
            | "brooklyn"
            | "charlotte"
            | "phoenix"
            | "georgia"
            | "jordan"
            | "chad"
            | "israel"
            | "adelaide"
            | "alexandria"
            | "valencia"
            | "vienna"
            | "venice"
            | "verona"
            | "siena"
            | "geneva"
            | "sofia"
            | "lima"
            | "austin"
            | "dallas"
            | "houston"
            | "denver"
            | "aurora"
            | "madison"
            | "milan"
            | "naples"
            | "carolina"
            | "virginia"
            | "dakota"
            | "montana"
            | "nevada"
            | "cali"
            | "kingston"
            | "havana"
            | "orlando"
            | "mali"
            | "ibiza"
    )
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "near"
            | "around"
            | "visiting"
            | "from"
            | "to"
            | "en"
            | "a"
            | "à"
            | "em"
            | "no"
            | "na"
            | "dans"
            | "de"
            | "del"
            | "desde"
            | "city"
            | "cerca"
            | "aqui"
            | "aquí"
            | "pres"
            | "près"
            | "towards"
            // "all of Galway", "serving Den Haag", "covering Leeds": an area served.
            | "of"
            | "serving"
            | "servicing"
            | "covering"
            | "across"
            | "outcall"
            | "incall"
            | "sur"
            | "vers"
            | "perto"
            | "bei"
            | "nahe"
            // Vietnamese "ở"/"tại", Indonesian and Malay "di"/"dekat", Polish "w"/"we",
            // Italian "nel"/"nella", Tagalog "sa" (folded).
            | "o"
            | "tai"
            | "di"
            | "dekat"
            | "w"
            | "we"
            | "nel"
            | "nella"
            | "sa"
            // Arabic "fi" ("في", also written "فى"), before a place in Latin letters.
            | "\u{641}\u{64A}"
            | "\u{641}\u{649}"
    )
}

/// Whether word `i` of `ws` follows a place label right before it, nothing but punctuation
/// between ("الموقع: ابوظبي", "City: Sochi"; not "address 117 Victoria Rd"); `prev` holds the
/// folded words before it, the last one nearest.
fn labelled_before(text: &str, ws: &[Word], i: usize, prev: &[&str]) -> bool {
    i > 0
        && prev.last().is_some_and(|w| is_place_label(w))
        && !text[ws[i - 1].e..ws[i].s].contains(|c: char| c.is_numeric())
}

/// Labels before a place ("Location: Penang", "Lokasi: Medan", "Ubicación: Brindisi").
fn is_place_label(w: &str) -> bool {
    matches!(
        w,
        "location"
            | "ubicacion"
            | "localizacao"
            | "localizacion"
            | "localita"
            | "lokasi"
            | "lieu"
            | "ort"
            | "standort"
            | "zona"
            | "area"
            | "kota"
            | "ville"
            | "ciudad"
            | "cidade"
            | "citta"
            | "stad"
            | "miasto"
            | "sehir"
            // Addresses and places in other words and scripts ("Dirección: Chapinero",
            // "الموقع: ابوظبي", "Город: Сочи", "ঠিকানা: ঢাকা").
            | "direccion"
            | "lugar"
            | "endereco"
            | "adresse"
            | "address"
            | "secteur"
            | "indirizzo"
            | "stadt"
            | "adres"
            | "lokalizacja"
            | "adresa"
            | "locatie"
            | "oras"
            | "konum"
            | "alamat"
            | "الموقع"
            | "موقع"
            | "المكان"
            | "مكان"
            | "المدينة"
            | "مدينة"
            | "العنوان"
            | "عنوان"
            | "مکان"
            | "آدرس"
            | "مقام"
            | "پتہ"
            | "شہر"
            | "город"
            | "адрес"
            | "местоположение"
            | "локация"
            | "місто"
            | "адреса"
            | "स्थान"
            | "शहर"
            | "पता"
            | "ঠিকানা"
            | "স্থান"
            | "শহর"
            | "สถานที่"
            | "ที่อยู่"
            // "المنطقة: بنغازي" (the area).
            | "المنطقة"
            | "منطقة"
    ) || is_office_word(w)
}

/// The poster's office, folded ("Office: Kathmandu", "Bureau : Bamako", "المكتب: سوسة",
/// "Oficina en Chinandega"): a recruiter or agency gives where it sits, which is where its
/// numbers are from. A place label ([`is_place_label`]), and never a destination
/// ([`at_office`]).
fn is_office_word(w: &str) -> bool {
    matches!(
        w,
        "office"
            | "oficina"
            | "oficinas"
            | "escritorio"
            | "bureau"
            | "bureaux"
            | "ufficio"
            | "buro"
            | "biuro"
            | "kantor"
            | "офис"
            | "офіс"
            | "المكتب"
            | "مكتب"
            | "مكتبنا"
            | "مقر"
            | "المقر"
            | "مقرنا"
            | "ការិយាល័យ"
            | "ຫ້ອງການ"
            | "ቢሮ"
            | "कार्यालय"
            | "অফিস"
    )
}

/// Whether the name at `s..e` stands as a label of its own: between the separators of a title
/// or a line ("للبيع جوال - الإسكندرية", "غرفة | جدة", "Masaje - Trastevere"), in brackets of its
/// own ("精油按摩 (新加坡)"), or opening a line before a colon ("VICTORIA ISLAND: massage").
fn stands_as_label(text: &str, s: usize, e: usize) -> bool {
    const SEP: [char; 7] = ['-', '|', '–', '—', '·', '•', '/'];
    const OPEN: [char; 4] = ['(', '（', '【', '「'];
    const CLOSE: [char; 4] = [')', '）', '】', '」'];
    let before = text[..s].trim_end_matches([' ', '\t']);
    let after = text[e..].trim_start_matches([' ', '\t']);
    let line_start = before.is_empty() || before.ends_with('\n');
    // What may follow a label: the end or a separator; after a separator also the rest of a
    // title (an emoji, the phone number: "Massaggi - Trastevere 📞 345…").
    let ends = |c: char| SEP.contains(&c) || c == '\n';
    let rest = |c: char| {
        c.is_ascii_digit()
            || c == '+'
            || (!c.is_ascii() && !plainsight_text::is_alphanumeric(c) && !c.is_whitespace())
    };
    let next = after.chars().next();
    (line_start && next.is_none_or(ends))
        || (before.ends_with(SEP) && next.is_none_or(|c| ends(c) || rest(c)))
        || (before.ends_with(OPEN) && after.starts_with(CLOSE))
        || (line_start && after.starts_with(':'))
}

/// A district written in capitals to open a line whose next word is not ("SANDTON Relaxing
/// body massage", "SOHO new girl"): a place tag, as classifieds put one before a title. Of four
/// letters or more, and not a first name ("LINH Relaxing massage"); a line shouted in capitals
/// throughout tells nothing (every word of it is in capitals).
fn tagged_in_capitals(text: &str, ws: &[Word], i: usize, n: usize, key: &str) -> bool {
    let line_start = text[..ws[i].s].trim_end_matches([' ', '\t']);
    (line_start.is_empty() || line_start.ends_with('\n'))
        && key.len() >= 4
        && ws[i..i + n]
            .iter()
            .all(|w| w.upper && w.capital && !w.uncased)
        && ws.get(i + n).is_some_and(|w| !w.upper && !w.uncased)
        && !plainsight_text::words::is_first_name(key)
}

/// Words after a name that make it a street's ("Nyanza Road", "Victoria St", "Mombasa Rd").
fn is_street_word(w: &str) -> bool {
    matches!(
        w,
        "road"
            | "rd"
            | "street"
            | "st"
            | "avenue"
            | "ave"
            | "lane"
            | "ln"
            | "boulevard"
            | "blvd"
            | "highway"
            | "hwy"
            | "strasse"
            | "str"
    )
}

/// Words before a district that say it is one ("downtown Bondi", "central Gangnam").
fn is_area_word(w: &str) -> bool {
    matches!(
        w,
        "downtown"
            | "central"
            | "uptown"
            | "midtown"
            | "suburb"
            | "district"
            | "barrio"
            | "bairro"
            | "quartier"
            | "colonia"
            | "located"
            | "based"
            | "staying"
            | "hotel"
            // "area", "neighbourhood", "sector" in the languages of the ads.
            | "sector"
            | "sektor"
            | "zone"
            | "bezirk"
            | "viertel"
            | "stadtteil"
            | "quartiere"
            | "rione"
            | "dzielnica"
            | "cartier"
            | "semt"
            | "mahalle"
            | "kawasan"
            | "daerah"
            | "barangay"
            | "localidad"
            | "comuna"
            | "distrito"
            | "район"
            | "раион"
            | "منطقة"
            | "حي"
    )
}

fn is_place_word(w: &str) -> bool {
    matches!(
        w,
        "escort"
            | "escorts"
            | "girls"
            | "city"
            | "cbd"
            | "area"
            | "downtown"
            | "centre"
            | "center"
            | "centro"
            | "incall"
            | "outcall"
            | "airport"
            | "hotel"
            | "hotels"
            | "metro"
            | "suburbs"
            | "massage"
            | "ville"
            | "cidade"
            | "ciudad"
            | "tonight"
            | "today"
            | "now"
            | "visit"
            | "tour"
            | "bound"
            | "based"
            // Hindi, Urdu and Bengali "in" and "from" after the place ("पुणे में", "کراچی
            // میں", "গাজীপুর থেকে").
            | "में"
            | "मे"
            | "से"
            | "میں"
            | "سے"
            | "থেকে"
            | "তে"
            | "এ"
    )
}

/// Words before a name that make it the advertiser's name, not a place.
fn names_a_person(prev: &[&str]) -> bool {
    let last = prev.last().copied().unwrap_or("");
    let last2 = if prev.len() >= 2 {
        prev[prev.len() - 2]
    } else {
        ""
    };
    matches!(
        last,
        "im" | "soy" | "sou" | "named" | "called" | "chamo" | "llamo" | "appelle" | "ask"
    ) || (matches!(last, "am" | "m") && last2 == "i")
        || (matches!(last, "is" | "s") && matches!(last2, "name" | "this" | "it"))
        || (last == "for" && last2 == "ask")
        || (last == "suis" && last2 == "je")
        || (last == "me" && last2 == "call")
}

/// A word of the text: its byte span and how it was written. Folded on demand: most words of an
/// ad are lower case and cannot start a place name, so most are never folded.
struct Word {
    s: usize,
    e: usize,
    capital: bool,
    /// Written in a script without capitals (Arabic, Hebrew, Thai, Devanagari, Han…), where
    /// capitals cannot mark a name.
    uncased: bool,
    hashtag: bool,
    /// The separator before it holds a comma (for "Paris, TX").
    comma_before: bool,
    /// No lower-case letter (for upper-case postal codes).
    upper: bool,
    /// On a line written all in capitals (see [`shouted_lines_are_uncased`]).
    shouted: bool,
}

fn fold_word(w: &str) -> String {
    thread_local! {
        static FOLDED: crate::Memo<String> = crate::Memo::default();
    }
    if w.bytes().all(|b| b.is_ascii_alphabetic()) {
        w.to_ascii_lowercase()
    } else {
        // Folding decomposes each character; the words of a corpus recur ("الرياض" in
        // thousands of ads): remembered.
        crate::remembered(&FOLDED, w, || fold(w), String::clone)
    }
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut sep_comma = false;
    let mut sep_hash = false;
    let push = |s: usize, e: usize, comma: bool, hash: bool, out: &mut Vec<Word>| {
        let w = &text[s..e];
        let first = w.chars().next().unwrap_or(' ');
        out.push(Word {
            s,
            e,
            capital: first.is_uppercase(),
            uncased: plainsight_text::is_alphabetic(first)
                && !first.is_uppercase()
                && !first.is_lowercase(),
            hashtag: hash,
            comma_before: comma,
            upper: !w.chars().any(char::is_lowercase),
            shouted: false,
        });
    };
    for (i, c) in text.char_indices() {
        // Inside a word, its combining marks (Thai tone marks, Devanagari's virama) belong to
        // it. An apostrophe, typed or typographic, ends a word as folding makes it a space:
        // "Chicago's" is Chicago, "d'Abidjan" Abidjan, "Côte d'Ivoire" still its three words.
        let wordy = plainsight_text::is_alphabetic(c)
            || (start.is_some() && unicode_normalization::char::is_combining_mark(c));
        if wordy {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                push(s, i, sep_comma, sep_hash, &mut out);
                sep_comma = false;
                sep_hash = false;
                if out.len() >= MAX_TOKENS {
                    return out;
                }
            }
            if c == ',' || c == '(' {
                sep_comma = true;
            }
            // A `#` or a map pin ("📍Navigli", "📍 Houston") marks the word after it as a
            // place; so does an `@` standing for "at", a space after it ("massage @ Sofia":
            // "@Sofia" is a handle).
            sep_hash = c == '#'
                || c == '📍'
                || (c == '@' && text[i + 1..].starts_with(' '))
                || (sep_hash && c == ' ');
        }
    }
    if let Some(s) = start {
        push(s, text.len(), sep_comma, sep_hash, &mut out);
    }
    shouted_lines_are_uncased(text, &mut out);
    out
}

/// Fewest letters on a line with no lower-case letter before the line counts as shouted.
const MIN_SHOUTED_LETTERS: usize = 12;

/// On a line written all in capitals ("MAHALI SAFI NA SALAMA"), a capital says nothing about a
/// word: its words are read as in a script without capitals, a place only with a cue or as a
/// label ("VICTORIA ISLAND: …", "IN SYDNEY", "MELBOURNE ESCORTS").
fn shouted_lines_are_uncased(text: &str, ws: &mut [Word]) {
    let mut k = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let first = k;
        while k < ws.len() && ws[k].s < line_end {
            k += 1;
        }
        // (Its letters counted only when it has no lower-case letter and a capital: most
        // lines have a lower-case letter among their first few.)
        let shouted = !line.chars().any(char::is_lowercase)
            && line.chars().any(char::is_uppercase)
            && line
                .chars()
                .filter(|c| plainsight_text::is_alphabetic(*c))
                .count()
                >= MIN_SHOUTED_LETTERS;
        if shouted {
            for w in &mut ws[first..k] {
                if w.capital {
                    w.capital = false;
                    w.uncased = true;
                    w.shouted = true;
                }
            }
        }
        line_start = line_end;
    }
}

/// The countries of the places named in `text`, in order of first mention, by the rules in the
/// module documentation.
pub fn countries_in_text(text: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for m in places_in_text(text) {
        if !out.contains(&m.country) {
            out.push(m.country);
        }
    }
    out
}

/// The places named in `text` (see the module documentation), in order.
pub fn places_in_text(text: &str) -> Vec<Mention> {
    scan(text, &mut Vec::new())
}

/// The countries of large cities whose names people also go by ("HOUSTON", "SYDNEY",
/// "CHARLOTTE") heading a shouted line with no cue ("HOUSTON NEW GIRL"): a stage name as often
/// as a place, so no place of [`places_in_text`], but a hint of where the post is, which may
/// settle a number several countries read alike.
pub fn countries_hinted_in_text(text: &str) -> Vec<&'static str> {
    let mut hints = Vec::new();
    scan(text, &mut hints);
    hints
}

/// What one text says of where it is: the places it names, its hints, its destinations, and
/// the countries of its prices (read when asked: [`PlaceEvidence::currencies`]).
#[derive(Clone, Debug, Default)]
pub struct PlaceEvidence {
    /// Countries of the places named outside an offer of work abroad, in order, each with the
    /// country of the place it comes from (a city named alone brings its large namesakes'
    /// countries after its own: "Newcastle" is also South Africa's and Australia's).
    pub places: Vec<(&'static str, &'static str)>,
    /// Countries of [`countries_hinted_in_text`].
    pub hints: Vec<&'static str>,
    /// Countries of the places named in an offer of work abroad: where the work is. The same
    /// country named again elsewhere in the post is where the work is too ("Italy work visa –
    /// security guard" as its title, "a big company in Italy" in its body).
    pub destinations: Vec<&'static str>,
    /// Countries the text's prices point to ([`crate::countries_of_currency`]), once read:
    /// reading the places reads them only where the text names a worker's pay.
    priced: Option<Vec<&'static str>>,
}

impl PlaceEvidence {
    /// Countries the prices of `text` (the text this evidence was read from) point to
    /// ([`crate::countries_of_currency`]), read on the first call.
    pub fn currencies(&mut self, text: &str) -> &[&'static str] {
        self.priced
            .get_or_insert_with(|| crate::currency::countries_of_currency(text))
    }
}

/// [`PlaceEvidence`] of `text`, from one reading. The prices are read here only where the text
/// names a worker's pay (a salary in the destination's currency tells where the work is);
/// otherwise when [`PlaceEvidence::currencies`] asks: placing a post by the places it names
/// costs less than reading its prices too.
pub fn place_evidence(text: &str) -> PlaceEvidence {
    let mut found = PlaceEvidence::default();
    let mentions = scan(text, &mut found.hints);
    // Places named in an offer of work abroad are where the work is ("hotel jobs in
    // Istanbul, visa and ticket paid"): no evidence of where the post's numbers are from.
    // In a post that offers travel abroad and prices in two currencies, the one the salary
    // is quoted in is the destination's and the other is home's ("Visa gratuit … Salaire QAR
    // 1,800 … Frais de dossier 1 000 000 FCFA"): that country is where the work is wherever
    // the post names it. (A salary alone in a currency is often home's: a scam quotes the
    // pay in the money its readers count in.)
    // (A text that names no pay, or has no prices, has no salary to read: not scanned. The
    // salary counts only in an offer of travel: a text that names places is searched for one
    // first, and its salary read only when it offers travel.)
    let salary_of = |found: &mut PlaceEvidence| -> Vec<&'static str> {
        let mut salary = Vec::new();
        if crate::currency::names_pay(text) {
            let currencies = found.currencies(text).to_vec();
            if !currencies.is_empty() {
                salary = crate::currency::countries_of_salary(text);
            }
            if currencies.iter().all(|c| salary.contains(c)) {
                salary.clear();
            }
        }
        salary
    };
    let (offers, salary) = if mentions.is_empty() {
        let salary = salary_of(&mut found);
        let offers = if salary.is_empty() {
            Vec::new()
        } else {
            crate::travel::travel_offers(text)
        };
        (offers, salary)
    } else {
        let offers = crate::travel::travel_offers(text);
        let salary = if offers.is_empty() {
            Vec::new()
        } else {
            salary_of(&mut found)
        };
        (offers, salary)
    };
    if !offers.is_empty() {
        found.destinations.extend(salary);
    }
    let g = gazetteer();
    for m in mentions {
        if offers.iter().any(|&(s, e)| s <= m.start && m.start < e) && !at_office(text, m.start) {
            if !found.destinations.contains(&m.country) {
                found.destinations.push(m.country);
            }
            continue;
        }
        if !found.places.iter().any(|&(c, _)| c == m.country) {
            found.places.push((m.country, m.country));
        }
        // A city named alone may be any of its large namesakes ("Newcastle": Australia's,
        // South Africa's, England's): their countries follow its own. Not where something
        // placed it elsewhere than its most populous namesake ("Paris, TX").
        if m.kind == PlaceKind::City {
            let mut namesakes: Vec<&'static str> = Vec::new();
            g.add_namesake_countries(&fold(&text[m.start..m.end]), m.country, &mut namesakes);
            for c in namesakes {
                if !found.places.iter().any(|&(x, _)| x == c) {
                    found.places.push((c, m.country));
                }
            }
        }
    }
    found
}

/// Whether the place at `start` is where the poster's office is ("Viaja a trabajar a México,
/// Oficina en Chinandega", "Work in Doha — office: Kathmandu", "مكتبنا في كسلا"): an office word,
/// with a preposition or a colon after it, right before the name. A recruiter offering travel
/// abroad names its own city so; that place is no destination.
fn at_office(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..start].trim_end_matches([' ', ':', '\u{a0}']);
    let last_word = |s: &str| -> usize {
        s.rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .map_or(0, str::len)
    };
    // A preposition between them ("Oficina en Chinandega") is looked past.
    let n = last_word(before);
    let rest = &before[..before.len() - n];
    let before = if n > 0
        && rest.ends_with([' ', '\u{a0}'])
        && is_preposition(&fold(&before[before.len() - n..]))
    {
        rest.trim_end()
    } else {
        before
    };
    is_office_word(&fold(&before[before.len() - last_word(before)..]))
}

/// [`places_in_text`], with the countries of [`countries_hinted_in_text`] put in `hints`.
fn scan(text: &str, hints: &mut Vec<&'static str>) -> Vec<Mention> {
    let mut out = Vec::new();
    // Cheap exit: no capital letter and no hashtag, no place.
    if !text
        .bytes()
        .any(|b| b.is_ascii_uppercase() || b == b'#' || b >= 0x80)
    {
        return out;
    }
    let g = gazetteer();
    let idx = text_index();
    let ws = words(text);
    let mut folded: Vec<Option<String>> = vec![None; ws.len()];
    let fw = |k: usize, folded: &mut Vec<Option<String>>| -> String {
        folded[k]
            .get_or_insert_with(|| fold_word(&text[ws[k].s..ws[k].e]))
            .clone()
    };
    let mut key = String::new();
    let mut scan_budget = MAX_UNSPACED_SCAN;
    let mut i = 0;
    while i < ws.len() {
        // A name starts capitalised or after a `#`; in a script without capitals, anywhere
        // (and then it needs a place cue, below).
        if !(ws[i].capital || ws[i].hashtag || ws[i].uncased) {
            i += 1;
            continue;
        }
        // The longest name of at most MAX_WORDS words starting here, its words joined by spaces
        // or hyphens only (no comma or `#` between them): grown a word at a time while the
        // words so far start some name.
        let mut matched = None;
        key.clear();
        for n in 1..=MAX_WORDS.min(ws.len() - i) {
            if n > 1 {
                if ws[i + n - 1].comma_before || ws[i + n - 1].hashtag {
                    break;
                }
                key.push(' ');
            }
            let f = fw(i + n - 1, &mut folded);
            key.push_str(&f);
            if !idx.starts.contains(key.as_str()) {
                break;
            }
            if let Some(&hit) = idx.names.get(key.as_str()) {
                matched = Some((n, Some(hit), key.len()));
            } else if idx.districts.contains_key(key.as_str()) {
                matched = Some((n, None, key.len()));
            }
        }
        // A Russian or Ukrainian city in the case a preposition puts it in ("в Белгороде",
        // "из Москвы", "у Львові"): its nominative, tried from the usual endings.
        if matched.is_none() && ws[i].capital && i > 0 {
            let prev = fw(i - 1, &mut folded);
            if matches!(prev.as_str(), "в" | "во" | "у" | "из" | "із" | "з") {
                let word = fw(i, &mut folded);
                if let Some((kind, pi)) = nominative(&word, idx) {
                    let place = g.places[pi as usize];
                    out.push(Mention {
                        country: place.country,
                        kind,
                        start: ws[i].s,
                        end: ws[i].e,
                    });
                    i += 1;
                    continue;
                }
            }
        }
        let Some((n, hit, key_len)) = matched else {
            if ws[i].uncased && unspaced(&text[ws[i].s..ws[i].e]) {
                names_inside(text, &ws[i], idx, g, &mut scan_budget, &mut out);
            }
            i += 1;
            continue;
        };
        key.truncate(key_len);
        let Some((kind, pi)) = hit else {
            // A district, suburb or street: only with a place cue ("in Sandton", "Bondi
            // escorts", "#gangnam", "Sandton, Johannesburg"), never as someone's name.
            let prev: Vec<String> = (i.saturating_sub(2)..i)
                .map(|k| fw(k, &mut folded))
                .collect();
            let prev: Vec<&str> = prev.iter().map(String::as_str).collect();
            let next_folded = ws.get(i + n).map(|_| fw(i + n, &mut folded));
            if next_folded.as_deref().is_some_and(is_street_word) {
                i += n;
                continue;
            }
            // A pin or a label before it ("📍 Penang", "Location: Brindisi") names a place too.
            let gap_start = i.checked_sub(1).map_or(0, |k| ws[k].e);
            let pinned = text[gap_start..ws[i].s].contains(['📍', '📌']);
            let cue = ws[i].hashtag
                || pinned
                // A label, unless it is someone's name ("Visiting Abu Dhabi - Nadia").
                || (stands_as_label(text, ws[i].s, ws[i + n - 1].e)
                    && !plainsight_text::words::is_first_name(&key))
                || prev.last().is_some_and(|w| is_preposition(w) || is_area_word(w))
                || labelled_before(text, &ws, i, &prev)
                || next_folded
                    .as_deref()
                    .is_some_and(|w| is_place_word(w) || idx.names.contains_key(w))
                || tagged_in_capitals(text, &ws, i, n, &key);
            // A short name counts only in capitals ("NOLA", not "Nola"); of three letters or
            // more it needs no cue ("MTL LAST DAY"), of two it does ("in NJ").
            let short = idx.abbreviations.contains(key.as_str());
            if short && !ws[i..i + n].iter().all(|w| w.upper) {
                i += n;
                continue;
            }
            // A district written in Chinese characters, three or more ("裕廊東", "新馬路"), is
            // read as it is inside a longer word (`names_inside`).
            let unspaced_name = n == 1 && ws[i].uncased && chinese_district_name(&key);
            let cue = cue || (short && key.len() >= 3) || unspaced_name;
            if cue && !is_common_word(&key) && !names_a_person(&prev) {
                if let Some(&country) = idx.districts.get(key.as_str()) {
                    out.push(Mention {
                        country,
                        kind: PlaceKind::City,
                        start: ws[i].s,
                        end: ws[i + n - 1].e,
                    });
                }
            }
            i += n;
            continue;
        };
        let first = &ws[i];
        let next = ws.get(i + n);
        let prev: Vec<String> = (i.saturating_sub(2)..i)
            .map(|k| fw(k, &mut folded))
            .collect();
        let prev: Vec<&str> = prev.iter().map(String::as_str).collect();
        if names_a_person(&prev)
            || is_vehicle_maker(&key)
            || prev.last().is_some_and(|w| is_vehicle_maker(w))
        {
            i += n;
            continue;
        }
        let next_folded = next.map(|_| fw(i + n, &mut folded));
        // A street named after a place ("Our office: Nyanza Road 205, Kisumu") is no mention of
        // it.
        if next_folded.as_deref().is_some_and(is_street_word) {
            i += n;
            continue;
        }
        let mut place = g.places[pi as usize];
        // "St" and "Ste" are how Saint and Sainte are written short: where a larger city bears
        // the name in full, "St Petersburg" is Russia's, not the Florida city that bears the
        // short form.
        if kind == PlaceKind::City {
            if let Some(p) = saint_in_full(&key, idx, g).filter(|p| p.population > place.population)
            {
                place = p;
            }
        }
        // A qualifier after a city: "Paris, TX", "Paris Texas", "London, Ontario".
        let mut qualified = false;
        if kind == PlaceKind::City {
            if let (Some(q), Some(qf)) = (next, next_folded.as_deref()) {
                // "TX", "BC", "NSW": a state's or province's code in capitals.
                // A known code ("SALE, ONE OWNER" on a shouted line has none).
                let code = q.upper
                    && (2..=3).contains(&qf.len())
                    && (g.state_codes.contains_key(qf)
                        || g.country_codes.contains_key(qf)
                        || crate::is_province(qf));
                let named = idx
                    .names
                    .get(qf)
                    .is_some_and(|&(k, _)| k != PlaceKind::City)
                    || crate::is_province(qf);
                // "San Fernando, Cádiz": a city of the qualifier's country, where the name's
                // most populous namesake lies elsewhere.
                let by_city = (!code && !named && text[ws[i + n - 1].e..q.s].contains(','))
                    .then(|| g.city_qualified_by(&key, qf))
                    .flatten();
                if let Some(p) = by_city {
                    place = p;
                    qualified = true;
                } else if code || named {
                    let located = format!("{key}, {qf}");
                    if let Some(p) = resolve_remembered(g, &located) {
                        // A province of another country than the city's ("Palermo, CABA":
                        // the Buenos Aires barrio, not Sicily) names that country.
                        if p.kind == PlaceKind::City
                            || (p.kind == PlaceKind::Country
                                && crate::is_province(qf)
                                && p.country != place.country)
                        {
                            place = p;
                            qualified = true;
                        }
                    }
                }
            }
        }
        // A city's name that is also an everyday word ("Richmond", "Mobile"), or a word ads
        // use ("MORENA COMPLACIENTE": a brunette, not the Indian city; the ads' list), counts
        // only qualified ("Richmond, VA"). (Not a district's or a nickname's: "across Indy".)
        if (is_common_word(&key) || plainsight_text::words::is_ad_word(&key)) && !qualified {
            i += n;
            continue;
        }
        let labelled = labelled_before(text, &ws, i, &prev);
        let cue = qualified
            || first.hashtag
            || labelled
            || prev.last().is_some_and(|w| is_preposition(w))
            || next_folded.as_deref().is_some_and(|w| {
                is_place_word(w) || idx.names.get(w).is_some_and(|&(k, _)| k != PlaceKind::City)
            });
        // A name in a script without capitals standing as a label of its own, between the
        // separators of a title or a line ("للبيع جوال - الإسكندرية", "غرفة | جدة"), names the
        // place as a cue would.
        let last_end = ws[i + n - 1].e;
        let label = first.uncased && stands_as_label(text, first.s, last_end);
        // Needing no cue: on a shouted line, a name of several words ("CEBU CITY", "NEW YORK":
        // words in capitals rarely make a city's whole name by chance); in an unspaced script,
        // a country or a city of a million as a whole word (inside a longer word
        // `names_inside` also takes three-character names of smaller cities).
        let spelled_out = first.shouted && n >= 2;
        // On a shouted line, a city of half a million or more as the line's first word, after
        // nothing but emoji and marks, followed on the line by a word of a language the word
        // lists know: how ads title themselves ("💋💋 WINNIPEG EXOTIC EBONY", "TORONTO NEW
        // GIRL"). Names people go by still need a cue, and so does a city that heads a line in
        // a language without a list, where it may be a word ("SURAT IZIN …": "letter" in
        // Indonesian, and Surat a city of India).
        // Asked only where no cue settles it. (`anywhere`: on the line, not only heading it.)
        let heads_line = |names_too: bool, anywhere: bool| {
            first.shouted
                && place.kind == PlaceKind::City
                && place.population >= MIN_HEADLINE_CITY_POPULATION
                && (names_too || !is_person_name(&key))
                && next.is_some_and(|w| !text[last_end..w.s].contains('\n'))
                && next_folded
                    .as_deref()
                    .is_some_and(|w| plainsight_text::words::rank(w).is_some())
                && (anywhere
                    || text[..first.s]
                        .chars()
                        .rev()
                        .take_while(|&c| c != '\n')
                        .all(|c| !plainsight_text::is_alphanumeric(c)))
        };
        let large = spelled_out
            || first.uncased
                && unspaced(&text[first.s..first.e])
                && (place.kind == PlaceKind::Country
                    || (place.kind == PlaceKind::City
                        && place.population >= MIN_UNSPACED_CITY_POPULATION));
        // Names people go by: the list's, and the first names ads sign with ("— Alexandra",
        // "Sofia, 23").
        let person = is_person_name(&key) || plainsight_text::words::is_first_name(&key);
        if (person || first.uncased) && !cue && !label && !large && !heads_line(false, false) {
            // A name people go by in a shouted title is a hint wherever it stands on the line
            // ("HOT DENVER COLLEGE GIRL"): it settles only a number several countries read.
            if person && heads_line(true, true) && !hints.contains(&place.country) {
                hints.push(place.country);
            }
            i += n;
            continue;
        }
        out.push(Mention {
            country: place.country,
            kind: place.kind,
            start: first.s,
            end: ws[i + n - 1].e,
        });
        // The qualifier belongs to the mention ("London, Ontario" is not also Ontario, CA).
        i += n + usize::from(qualified);
    }
    out
}

/// [`Gazetteer::resolve`] of a city and its qualifier ("houston, tx"), remembered
/// ([`crate::remembered`]): resolving folds and splits the string again each time.
fn resolve_remembered(g: &Gazetteer, located: &str) -> Option<Place> {
    thread_local! {
        static SEEN: crate::Memo<Option<Place>> = crate::Memo::default();
    }
    crate::remembered(&SEEN, located, || g.resolve(located), |p| *p)
}

/// The city a name written with "St" or "Ste" for Saint or Sainte names in full ("st
/// petersburg" → "saint petersburg"), if the index has one.
fn saint_in_full(key: &str, idx: &TextIndex, g: &Gazetteer) -> Option<Place> {
    let full = if let Some(rest) = key.strip_prefix("st ") {
        format!("saint {rest}")
    } else if let Some(rest) = key.strip_prefix("ste ") {
        format!("sainte {rest}")
    } else {
        return None;
    };
    match idx.names.get(full.as_str()) {
        Some(&(PlaceKind::City, pi)) => Some(g.places[pi as usize]),
        _ => None,
    }
}

/// The city a Cyrillic word names in an oblique case (folded: "белгороде", "москвы",
/// "казани", "львові"): the first of the usual nominative endings that is a city of the
/// index, or a country.
fn nominative(word: &str, idx: &TextIndex) -> Option<(PlaceKind, u32)> {
    let first = word.chars().next()?;
    if !matches!(first as u32, 0x400..=0x4FF) || word.chars().count() < 4 {
        return None;
    }
    let stem = |k: usize| -> Option<&str> {
        let cut = word.char_indices().rev().nth(k - 1)?.0;
        Some(&word[..cut])
    };
    let mut candidates: Vec<String> = Vec::new();
    if let Some(s1) = stem(1) {
        for end in ["", "а", "ь", "о", "я"] {
            candidates.push(format!("{s1}{end}"));
        }
    }
    if let Some(s) = word.strip_suffix("ові") {
        candidates.push(format!("{s}ів"));
    }
    // Ukrainian ї → є before the ending: "Києві" is Київ, "Миколаєві" Миколаїв (folded: ї is
    // і, є stays).
    if let Some(s) = word.strip_suffix("єві") {
        candidates.push(format!("{s}ів"));
    }
    if let Some(s2) = stem(2) {
        candidates.push(s2.to_string());
    }
    candidates.into_iter().find_map(|c| {
        idx.names
            .get(c.as_str())
            .copied()
            .filter(|&(k, _)| k != PlaceKind::State)
    })
}

/// Most characters of unspaced text (Chinese, Japanese, Thai…) searched for names inside
/// words, per text.
const MAX_UNSPACED_SCAN: usize = 4000;
/// Longest name, in characters, looked for inside a word of unspaced text.
const MAX_UNSPACED_NAME: usize = 8;
/// Fewest people in a city whose name, read inside a longer word of unspaced text, names it.
const MIN_UNSPACED_CITY_POPULATION: u64 = 1_000_000;
/// Fewest people in a city that heads a shouted line with no cue ("WINNIPEG EXOTIC EBONY").
const MIN_HEADLINE_CITY_POPULATION: u64 = 500_000;

/// Whether a district's (folded) name is one read with no cue: three Chinese characters or
/// more ("尖沙咀", "新馬路", "裕廊東"; two are as often part of another word). Not kana or Thai:
/// the district index also holds towns named only with a cue ("さくら" is a name, "เลย" a word).
fn chinese_district_name(key: &str) -> bool {
    key.chars().count() >= 3 && key.chars().all(is_han)
}

/// Whether `word` is written in a script that puts no spaces between words (Chinese
/// characters, kana, Thai, Lao, Khmer, Myanmar): there a place's name is glued to the words
/// around it ("东京都新宿区", "在上海工作").
fn unspaced(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(plainsight_text::is_unspaced_script)
}

/// Countries and large cities named inside a word of unspaced text (see [`unspaced`]): the
/// longest name at each position, of at least two characters; a country, a city of at least
/// [`MIN_UNSPACED_CITY_POPULATION`] people, or one of [`MIN_CITY_POPULATION`] named in three
/// characters or more (two-character names of smaller cities are too often parts of other
/// words: "胜利" is "victory"). `budget` bounds the characters searched per text.
fn names_inside(
    text: &str,
    w: &Word,
    idx: &TextIndex,
    g: &Gazetteer,
    budget: &mut usize,
    out: &mut Vec<Mention>,
) {
    let word = &text[w.s..w.e];
    let bounds: Vec<usize> = word
        .char_indices()
        .map(|(k, _)| k)
        .chain(std::iter::once(word.len()))
        .collect();
    let chars = bounds.len() - 1;
    let mut a = 0;
    while a + 1 < chars.max(1) && *budget > 0 {
        *budget -= 1;
        let mut hit = None;
        for len in (2..=MAX_UNSPACED_NAME.min(chars - a)).rev() {
            let key = fold(&word[bounds[a]..bounds[a + len]]);
            if let Some(&(kind, pi)) = idx.names.get(key.as_str()) {
                let p = &g.places[pi as usize];
                if kind == PlaceKind::Country
                    || (kind == PlaceKind::City
                        && (p.population >= MIN_UNSPACED_CITY_POPULATION
                            || (len >= 3 && p.population >= MIN_CITY_POPULATION)))
                {
                    hit = Some((len, p.country, p.kind));
                    break;
                }
            }
            // A district written in Chinese characters (`chinese_district_name`).
            if chinese_district_name(&key) {
                if let Some(&country) = idx.districts.get(key.as_str()) {
                    hit = Some((len, country, PlaceKind::City));
                    break;
                }
            }
        }
        match hit {
            Some((len, country, kind)) => {
                out.push(Mention {
                    country,
                    kind,
                    start: w.s + bounds[a],
                    end: w.s + bounds[a + len],
                });
                a += len;
            }
            None => a += 1,
        }
    }
}

/// Fewest people in a city whose name, glued in front of other words, names a site's place.
const MIN_GLUED_SITE_POPULATION: u64 = 1_000_000;

/// The country of the city (or country) whose name starts `label` (see [`countries_in_url`]).
fn city_glued_in_front(label: &str) -> Option<&'static str> {
    if !label.bytes().all(|b| b.is_ascii_lowercase()) || label.len() > 40 {
        return None;
    }
    let g = gazetteer();
    let idx = text_index();
    for end in (6..=label.len().saturating_sub(3)).rev() {
        let head = &label[..end];
        if is_common_word(head) || is_person_name(head) {
            continue;
        }
        let hit = idx
            .names
            .get(head)
            .copied()
            .or_else(|| idx.glued.get(head).map(|&i| (PlaceKind::City, i)));
        if let Some((kind, i)) = hit {
            let p = &g.places[i as usize];
            // The place's own name, not one of its other names (short romanizations).
            let own = fold(p.name).replace(' ', "") == head;
            if own
                && (kind == PlaceKind::Country
                    || (kind == PlaceKind::City && p.population >= MIN_GLUED_SITE_POPULATION))
            {
                return Some(p.country);
            }
        }
    }
    None
}

/// Two-letter top-level domains used as generic names ("bit.ly", "x.io", "name.me"), which say
/// nothing about where a site is.
fn generic_cctld(tld: &str) -> bool {
    matches!(
        tld,
        "co" | "io"
            | "me"
            | "tv"
            | "ly"
            | "fm"
            | "ai"
            | "to"
            | "ws"
            | "cc"
            | "nu"
            | "tk"
            | "gg"
            | "la"
            | "ag"
            | "am"
            | "sh"
            | "so"
            | "vc"
            | "st"
            | "gl"
            | "ms"
            | "im"
            | "gd"
            | "ac"
            | "ml"
            | "ga"
            | "cf"
            | "gq"
            | "cx"
            | "su"
            | "eu"
            | "af"
            | "ps"
            | "pw"
            | "mu"
            | "vg"
            | "bz"
            | "xyz"
            | "li"
            | "is"
            | "ee"
            | "lt"
            | "tw"
    )
}

/// The countries a URL or site name points to: its country-code top-level domain (not the
/// generic ones: `.co`, `.io`, `.me`, `.tv`…), and cities or countries named as a label of the
/// host before the registrable domain (`melbourne.example.com`) or as a path segment
/// (`/escorts/london/`, `/new-york/`). In order: ccTLD first.
pub fn countries_in_url(url: &str) -> Vec<&'static str> {
    let g = gazetteer();
    let idx = text_index();
    let mut out: Vec<&'static str> = Vec::new();
    let s = url.trim();
    let s = s.split_once("://").map_or(s, |(_, rest)| rest);
    let (host, path) = match s.find(['/', '?', '#']) {
        Some(k) => (&s[..k], &s[k..]),
        None => (s, ""),
    };
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("").to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() >= 2 {
        let tld = labels[labels.len() - 1];
        // A generic-looking ccTLD under a second-level name is the country's: "example.com.co".
        let second_level = labels.len() >= 3
            && matches!(
                labels[labels.len() - 2],
                "com" | "net" | "org" | "edu" | "gov" | "co" | "ac" | "or" | "ne" | "go" | "gob"
            );
        if second_level || !generic_cctld(tld) {
            if let Some(c) = country_of_code(tld) {
                out.push(c);
            }
        }
    }
    // Labels before the registrable domain ("melbourne" in melbourne.example.com.au), and path
    // segments.
    let reg_labels = if labels.len() >= 3 && labels[labels.len() - 2].len() <= 3 {
        3
    } else {
        2
    };
    let mut pieces: Vec<&str> = Vec::new();
    if labels.len() > reg_labels {
        pieces.extend(labels[..labels.len() - reg_labels].iter().copied());
    }
    // A site named after its city, the name glued in front of other words
    // ("casablancameetnow.com", "kualalumpuradzone.com"): the longest start of the
    // registrable label that is the name of a city of a million people or more (six letters or
    // more, with at least three letters after it), or of a country.
    if labels.len() >= reg_labels {
        let label = labels[labels.len() - reg_labels];
        if let Some(c) = city_glued_in_front(label) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        // A site's name of words joined by hyphens ("escort-ireland", "dubai-escorts") is
        // read as a slug is: its words that are a country, a district or a large city. A
        // country's two-letter code ending it ("nuitblanche-fr", "afterdark-uk") is that
        // country, unless the code is also a word ("contact-us", "call-me", "escorts-in").
        if let Some((_, code)) = label.rsplit_once('-') {
            pieces.push(label);
            if let Some(c) = country_of_code(code).filter(|_| !code_is_a_word(code)) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    let path = path.split(['?', '#']).next().unwrap_or("");
    pieces.extend(path.split('/').filter(|p| !p.is_empty()).take(8));
    for piece in pieces {
        if piece.len() > 64 {
            continue;
        }
        // A page's file extension is no part of its name ("mtl-8439640.html").
        let piece = match piece.rsplit_once('.') {
            Some((page, ext)) if plainsight_core::is_page_extension(ext) => page,
            _ => piece,
        };
        // A slug's numeric ids ("969841883-houston", "lola-in-houston-12345") are no part of
        // a name; its dots part words as its hyphens do ("groups/achat.vente.nantes").
        let key = fold(piece);
        let with_ids = key
            .split(' ')
            .any(|w| w.bytes().all(|b| b.is_ascii_digit()));
        let key = if with_ids {
            key.split(' ')
                .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()))
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            key
        };
        // A short name of a city or area of three letters or more, a whole label or segment
        // ("nyc.board.example", "/atl/", "mtl-8439640"): a site's city section is named so.
        if key.len() >= 3 && idx.abbreviations.contains(key.as_str()) {
            if let Some(&c) = idx.districts.get(key.as_str()) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            continue;
        }
        // Names people go by count in a URL: a site's city slug is a place. Beside an id, only
        // a city of [`MIN_CITY_POPULATION`] or more ("new-city-6618593" is no New City, NY).
        if key.len() < 4 || is_common_word(&key) {
            continue;
        }
        // A name of several words is often glued in a host or slug ("capetown.", "/newyork/").
        let country = match idx.names.get(key.as_str()) {
            Some(&(kind, pi)) => {
                let p = &g.places[pi as usize];
                (!with_ids || kind != PlaceKind::City || p.population >= MIN_CITY_POPULATION)
                    .then_some(p.country)
            }
            None => idx
                .glued
                .get(key.as_str())
                .map(|&pi| g.places[pi as usize].country)
                .or_else(|| idx.districts.get(key.as_str()).copied())
                .or_else(|| {
                    // A district glued ("sandton", "bondibeach") or written with hyphens.
                    idx.glued_districts.get(key.as_str()).copied()
                }),
        };
        // A slug of several words ("sukhumvit-bangkok", "nasr-city-cairo", "escort-new-york"):
        // its runs of three, two or one words, each a city of [`MIN_CITY_POPULATION`] or
        // more, a country or a district (a run of one that is not a person's name).
        let country = country.or_else(|| {
            let words: Vec<&str> = key.split(' ').collect();
            (1..=3.min(words.len().saturating_sub(1)))
                .rev()
                .flat_map(|n| words.windows(n))
                .find_map(|run| {
                    let name = run.join(" ");
                    if name.len() < 4
                        || is_common_word(&name)
                        || (run.len() == 1 && is_person_name(&name))
                    {
                        return None;
                    }
                    match idx.names.get(name.as_str()) {
                        Some(&(kind, pi)) => {
                            let p = &g.places[pi as usize];
                            (kind != PlaceKind::City || p.population >= MIN_CITY_POPULATION)
                                .then_some(p.country)
                        }
                        None => idx.districts.get(name.as_str()).copied(),
                    }
                })
        });
        if let Some(c) = country {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// The country of a two-letter country code as a host writes it (`uk` is GB), for a ccTLD or
/// the code ending a site's name.
fn country_of_code(code: &str) -> Option<&'static str> {
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let code = if code == "uk" { "gb" } else { code };
    gazetteer().country(code).map(|c| c.country)
}

/// Two-letter codes that end a site's name as a word more often than as a country
/// ("contact-us", "call-me", "escorts-in").
fn code_is_a_word(code: &str) -> bool {
    matches!(
        code,
        "ad" | "am"
            | "an"
            | "as"
            | "at"
            | "be"
            | "by"
            | "do"
            | "go"
            | "hi"
            | "id"
            | "in"
            | "is"
            | "it"
            | "me"
            | "my"
            | "no"
            | "of"
            | "on"
            | "so"
            | "to"
            | "tv"
            | "us"
    )
}

/// The country of a short name ads use for a city or an area (`data/abbreviations.tsv`) when
/// `word` is one, written in capitals ("NOLA", "NYC", "KL"; not "Nola").
pub(crate) fn short_name_country(word: &str) -> Option<&'static str> {
    if word.chars().count() < 2 || !word.chars().all(|c| c.is_uppercase() || c == '.') {
        return None;
    }
    let idx = text_index();
    let key = fold(word);
    if !idx.abbreviations.contains(key.as_str()) {
        return None;
    }
    idx.districts.get(key.as_str()).copied()
}

/// Nicknames cities go by in ads (`data/nicknames.tsv`).
pub(crate) static NICKNAMES: &str = include_str!("../data/nicknames.tsv");

/// The country of a city's nickname (folded), any case.
fn nickname_country(key: &str) -> Option<&'static str> {
    static N: std::sync::LazyLock<std::collections::HashMap<String, &'static str>> =
        std::sync::LazyLock::new(|| {
            NICKNAMES
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .map(|(name, country)| (fold(name), country.trim()))
                .collect()
        });
    N.get(key).copied()
}

/// The country of a city's nickname or short name that ends a location field, in any case:
/// the location itself, a nickname ("htown", "Big D"), or its last words after an area of the
/// city ("MEDICAL CENTER HTOWN", "O'HARE CHI-TOWN", "Southside Jax", "Georgetown dmv"), as ads
/// write their location. The widest ending first. A short name alone is read only in capitals
/// ([`short_name_country`]: "Nola" is a town), and one of two letters after an area only so.
pub(crate) fn location_ending(location: &str) -> Option<&'static str> {
    let key = fold(location.trim());
    if key.is_empty() {
        return None;
    }
    if let Some(c) = nickname_country(&key) {
        return Some(c);
    }
    let idx = text_index();
    let words: Vec<&str> = key.split(' ').collect();
    (1..words.len().min(MAX_WORDS)).rev().find_map(|n| {
        let ending = words[words.len() - n..].join(" ");
        nickname_country(&ending).or_else(|| {
            (ending.len() >= 3 && idx.abbreviations.contains(ending.as_str()))
                .then(|| idx.districts.get(ending.as_str()).copied())
                .flatten()
        })
    })
}

/// The country of a district, suburb or neighbourhood named alone in a location field
/// ("Sandton", "Bondi Beach"): the field names a place, so no cue is needed.
pub(crate) fn district_country(location: &str) -> Option<&'static str> {
    let idx = text_index();
    let key = fold(location.trim());
    idx.districts
        .get(key.as_str())
        .or_else(|| idx.glued_districts.get(key.as_str()))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_in_sentences() {
        assert_eq!(
            countries_in_text("Melbourne escorts, new in town"),
            vec!["AU"]
        );
        assert_eq!(countries_in_text("in Pune tonight only"), vec!["IN"]);
        assert_eq!(
            countries_in_text("visiting Paris, TX this week"),
            vec!["US"]
        );
        assert_eq!(countries_in_text("sexy girl in Paris"), vec!["FR"]);
        assert_eq!(countries_in_text("Guayaquil, Ecuador"), vec!["EC"]);
        assert_eq!(countries_in_text("Hot massage São Paulo"), vec!["BR"]);
        // A "... City" by its first words; a country of that name keeps it.
        assert_eq!(countries_in_text("📍Cebu, new girl"), vec!["PH"]);
        assert_eq!(countries_in_text("visiting Quezon this week"), vec!["PH"]);
        assert_eq!(countries_in_text("jobs in Kuwait"), vec!["KW"]);
        // A Canadian province or an Australian state qualifies a city as a US state does.
        assert_eq!(
            countries_in_text("Relax in Victoria, BC tonight"),
            vec!["CA"]
        );
        assert_eq!(countries_in_text("new in Perth WA"), vec!["AU"]);
        assert_eq!(countries_in_text("visiting London, Ontario"), vec!["CA"]);
        // Provinces and regions of other countries qualify a city the same way.
        assert_eq!(countries_in_text("Sector Córdoba (Andalucía)"), vec!["ES"]);
        assert_eq!(countries_in_text("📍 Hyderabad, Sindh"), vec!["PK"]);
        assert_eq!(countries_in_text("📍 PALERMO, CABA"), vec!["AR"]);
        assert_eq!(countries_in_text("new in Córdoba"), vec!["AR"]);
        // Arabic "in" before a district written in Latin letters.
        assert_eq!(
            countries_in_text("\u{645}\u{648}\u{62C}\u{648}\u{62F}\u{629} \u{641}\u{64A} Deira."),
            vec!["AE"]
        );
        assert_eq!(countries_in_text("new in Los Angeles"), vec!["US"]);
        assert_eq!(countries_in_text("#tokyo girls"), vec!["JP"]);
        // A script without capitals: a city by its Arabic name, after a preposition (Arabic or
        // not), never without a cue.
        assert_eq!(countries_in_text("متاحة في الرياض الليلة"), vec!["SA"]);
        assert_eq!(
            countries_in_text("Based in الزرقاء, can travel"),
            vec!["JO"]
        );
        assert!(countries_in_text("الرياض 0501234567").is_empty());
        // On a shouted line a capital is no evidence: a place needs a cue there.
        assert!(countries_in_text("MAHALI SAFI KABISA.\nCALL ME").is_empty());
        // A large city heading a shouted line names it; inside the line, or a name people go
        // by, it needs a cue.
        assert_eq!(
            countries_in_text("💋💋 WINNIPEG EXOTIC EBONY 💋"),
            vec!["CA"]
        );
        assert!(countries_in_text("SEXY EXOTIC EBONY WINNIPEG GIRL").is_empty());
        assert!(countries_in_text("PHOENIX EXOTIC EBONY TONIGHT").is_empty());
        // ... but hints at where the post is.
        assert_eq!(
            countries_hinted_in_text("PHOENIX EXOTIC EBONY TONIGHT"),
            vec!["US"]
        );
        assert_eq!(
            countries_hinted_in_text("\u{1F48B} SYDNEY NEW GIRL \u{1F48B}"),
            vec!["AU"]
        );
        // A name people go by hints wherever it stands in a shouted title.
        assert_eq!(
            countries_hinted_in_text("🌹 HOT DENVER COLLEGE GIRL 🌹🌹"),
            vec!["US"]
        );
        assert!(countries_in_text("🌹 HOT DENVER COLLEGE GIRL 🌹🌹").is_empty());
        for t in [
            "Sydney, new girl",
            "NEW GIRL SYDNEY",
            "SURAT IZIN USAHA LENGKAP",
            "WINNIPEG EXOTIC EBONY",
        ] {
            assert!(countries_hinted_in_text(t).is_empty(), "{t}");
        }
        assert!(countries_in_text("SURAT IZIN USAHA LENGKAP").is_empty());
        assert_eq!(countries_in_text("NEW GIRL IN SYDNEY TONIGHT"), vec!["AU"]);
        assert_eq!(
            countries_in_text("MELBOURNE ESCORTS, NEW IN TOWN"),
            vec!["AU"]
        );
        // Short names in capitals: of three letters alone, of two after a place cue.
        assert_eq!(countries_in_text("NEW BRUNETTE MTL LAST DAY"), vec!["CA"]);
        assert_eq!(countries_in_text("I'm in NOLA this week"), vec!["US"]);
        assert_eq!(countries_in_text("Located in NJ"), vec!["US"]);
        assert_eq!(countries_in_text("new in KL tonight"), vec!["MY"]);
        for t in [
            "Nola is here",
            "NJ girl",
            "call me nj",
            "IN OR OUT",
            "WA: anna",
        ] {
            assert!(countries_in_text(t).is_empty(), "{t}");
        }
        // A district standing as a title's label.
        assert_eq!(
            countries_in_text("Massaggiatrice professionale - Trastevere"),
            vec!["IT"]
        );
        assert_eq!(
            countries_in_text("VICTORIA ISLAND: NURU MASSAGE"),
            vec!["NG"]
        );
        // A label before the rest of a title; a city in its case after a preposition; Hindi
        // "in" after a city.
        assert_eq!(
            countries_in_text("Massaggi orientali - Trastevere 📞 345 800 0751"),
            vec!["IT"]
        );
        assert_eq!(countries_in_text("Продам диван в Белгороде"), vec!["RU"]);
        assert_eq!(countries_in_text("Работа из Москвы"), vec!["RU"]);
        assert_eq!(countries_in_text("Масаж у Львові"), vec!["UA"]);
        assert_eq!(countries_in_text("Здам квартиру у Миколаєві"), vec!["UA"]);
        assert_eq!(
            countries_in_text("HIRING: MASSEUSE, NO EXPERIENCE NEEDED\nWORK IN A SPA, CEBU CITY"),
            vec!["PH"]
        );
        assert_eq!(countries_in_text("पुणे में नौकरी"), vec!["IN"]);
        assert_eq!(countries_in_text("গাজীপুর থেকে নিতে হবে"), vec!["BD"]);
        assert_eq!(countries_in_text("Chambre à louer, Fès, Maroc"), vec!["MA"]);
        assert_eq!(countries_in_text("Asian lady in Richmond, VA"), vec!["US"]);
        assert!(countries_in_text("Richmond is lovely").is_empty());
        // Cars: a maker that is a city, a model that is one.
        assert!(countries_in_text("Vând Dacia Logan 2016, 26,500 km").is_empty());
        assert!(countries_in_text("Toyota Corolla 2022, full service history").is_empty());
        assert!(countries_in_text("Hyundai Tucson, one owner").is_empty());
        assert!(
            countries_in_text("USED CAR FOR SALE, ONE OWNER, FULL SERVICE HISTORY.").is_empty()
        );
        assert_eq!(
            countries_in_text("LOCATED NEAR DOWNTOWN PARIS, TX. TEXT LEXI"),
            vec!["US"]
        );
        assert!(countries_in_text("Встреча в Пятницу").is_empty());
        // Not someone's name as a label.
        assert_eq!(countries_in_text("Visiting Abu Dhabi - Nadia"), vec!["AE"]);
        // Districts after an area word of the ad's language, or before "based".
        assert_eq!(countries_in_text("Sector Usaquén"), vec!["CO"]);
        assert_eq!(countries_in_text("منطقة Al Barsha"), vec!["AE"]);
        assert_eq!(countries_in_text("Sandton based"), vec!["ZA"]);
    }

    /// Places in the scripts their own countries write: Chinese characters and kana glued to
    /// the words around them, Cyrillic names of cities too small for other scripts' names,
    /// countries by their own names, combining marks inside a word.
    #[test]
    fn places_in_their_own_scripts() {
        assert_eq!(countries_in_text("泰式按摩 精油按摩 (新加坡)"), vec!["SG"]);
        assert_eq!(countries_in_text("中国 | 丽丽 新到"), vec!["CN"]);
        assert_eq!(countries_in_text("东京都新宿区のマッサージ"), vec!["JP"]);
        assert_eq!(countries_in_text("我在上海工作"), vec!["CN"]);
        assert_eq!(countries_in_text("Продам телефон - Сочи"), vec!["RU"]);
        assert_eq!(countries_in_text("Индивидуалка Алина - Россия"), vec!["RU"]);
        assert_eq!(countries_in_text("স্পা সেন্টার (ঢাকা)"), vec!["BD"]);
        // Amman written with its shadda: one word, not "Oman".
        assert_eq!(countries_in_text("Based in عمّان, can travel"), vec!["JO"]);
        // Text in these scripts that names no place, and a small city's two characters inside
        // a longer word ("新宿" is Shinjuku, 350,000 people, in two characters), name nothing.
        assert!(countries_in_text("你好，我温柔体贴。请先加微信。不接隐藏号码。").is_empty());
        assert!(countries_in_text("新宿のマッサージ").is_empty());
        // Three characters or more: a city of 100,000 named inside a word ("新宿区", the ward).
        assert_eq!(countries_in_text("新宿区のマッサージ"), vec!["JP"]);
        assert!(countries_in_text("สวัสดีค่ะ รูปจริง นวดน้ำมัน").is_empty());
        // After a label that says a place follows ("location:", "city:", "address:").
        assert_eq!(countries_in_text("اتصل بنا | الموقع: ابوظبي"), vec!["AE"]);
        assert_eq!(countries_in_text("اتصل بنا | الموقع: جدة"), vec!["SA"]);
        assert_eq!(countries_in_text("Работа. Город: Сочи"), vec!["RU"]);
        assert!(countries_in_text("اتصل بنا | للجادين فقط").is_empty());
        // A street address after the label is no city.
        assert!(countries_in_text("pickup address 117 Victoria Rd, level 8").is_empty());
    }

    #[test]
    fn words_and_names_are_not_places() {
        assert!(countries_in_text("Nice girl, Mobile number below").is_empty());
        assert!(countries_in_text("Hi I'm Sydney, call me").is_empty());
        assert!(countries_in_text("my name is Paris").is_empty());
        assert!(countries_in_text("Paris is waiting for you").is_empty());
        assert!(countries_in_text("i can come to your place per hour and more").is_empty());
        assert!(countries_in_text("lowercase sydney is not a place").is_empty());
        // A word ads use (the ads' list) names no city unqualified: a brunette, not Morena in
        // Madhya Pradesh; a nickname on the list with a cue still names its city.
        assert!(countries_in_text("💎 MORENA COMPLACIENTE Llámame").is_empty());
        assert!(countries_in_text("Morena 💋 bagong dating").is_empty());
        assert_eq!(countries_in_text("Incall and outcall across Indy."), ["US"]);
    }

    /// "St" is Saint written short: the larger city that bears the name in full wins over a
    /// smaller one that bears the short form ("St Petersburg": Russia's, not Florida's); where
    /// no larger one does, the short form stands ("St Louis", "St Albans").
    #[test]
    fn st_is_saint_written_short() {
        assert_eq!(countries_in_text("Now in St Petersburg"), ["RU"]);
        assert_eq!(countries_in_text("Now in St. Petersburg"), ["RU"]);
        assert_eq!(countries_in_text("Now in Saint Petersburg"), ["RU"]);
        assert_eq!(countries_in_text("Now in St Louis"), ["US"]);
        assert_eq!(countries_in_text("Now in St Albans"), ["GB"]);
    }

    /// An apostrophe ends a word whether typed or typographic: a possessive or an elided
    /// article leaves the place it is glued to, a name with one inside keeps it, and "I'm" or
    /// "it's" before a name still make it someone's.
    #[test]
    fn an_apostrophe_ends_a_word() {
        for text in [
            "Silk VIP - Chicago's finest companions",
            "Silk VIP - Chicago\u{2019}s finest companions",
        ] {
            assert_eq!(countries_in_text(text), vec!["US"], "{text}");
        }
        for text in ["Belle fille d'Abidjan", "Belle fille d\u{2019}Abidjan"] {
            assert_eq!(countries_in_text(text), vec!["CI"], "{text}");
        }
        assert_eq!(countries_in_text("nouvelle en Côte d'Ivoire"), vec!["CI"]);
        for text in [
            "Hi I'm Kenya, call me",
            "Hi I\u{2019}m Kenya, call me",
            "it's Kenya here, call me",
            "it\u{2019}s Kenya here, call me",
        ] {
            assert!(countries_in_text(text).is_empty(), "{text}");
        }
    }

    /// A city's nickname in text counts like a district, with a place cue only.
    #[test]
    fn a_citys_nickname_with_a_cue() {
        assert_eq!(countries_in_text("new girl in H-Town tonight"), vec!["US"]);
        assert_eq!(countries_in_text("#htown #bbw"), vec!["US"]);
        assert_eq!(
            countries_in_text("visiting the 6ix? no: in Tdot"),
            vec!["CA"]
        );
        assert!(countries_in_text("Big D energy only").is_empty());
    }

    /// A city of an Arabic-speaking country written in Latin letters without its article
    /// counts with a place cue ("Al Jahrā’" as "Jahra").
    #[test]
    fn a_city_without_its_article_with_a_cue() {
        assert_eq!(countries_in_text("Housemaids. Based in Jahra"), vec!["KW"]);
        assert!(countries_in_text("Jahra says hi").is_empty());
        // A generic word several places' names start with is no name without its article.
        assert!(countries_in_text("Palm Hammam now open in Hammam").is_empty());
        assert_eq!(countries_in_text("Drivers needed in KSA"), vec!["SA"]);
    }

    /// Districts, suburbs and streets below city level count with a place cue, in any of the
    /// languages ads are written in, and not as a name or without a cue.
    /// Chinese text puts no spaces between words, so a district written in Chinese characters
    /// is read inside a longer word, with no cue, when it has three characters or more; two
    /// ("旺角") need a cue as elsewhere. Towns named only with a cue are not read so, nor kana
    /// or Thai ("さくら" is a name, "เลย" a word).
    #[test]
    fn districts_written_in_chinese() {
        assert_eq!(countries_in_text("人在新馬路，電話"), vec!["MO"]);
        assert_eq!(countries_in_text("尖沙咀面試"), vec!["HK"]);
        assert_eq!(countries_in_text("地址：裕廊东 Telegram"), vec!["SG"]);
        assert!(countries_in_text("旺角新到 全套服務").is_empty());
        assert!(countries_in_text("出張マッサージ さくら").is_empty());
        assert!(countries_in_text("สนใจทักมาได้เลยค่ะ").is_empty());
    }

    #[test]
    fn districts_with_a_cue() {
        assert_eq!(countries_in_text("i'm new in Sandton tonight"), vec!["ZA"]);
        assert_eq!(
            countries_in_text("now in Orchard Road for a few days"),
            vec!["SG"]
        );
        assert_eq!(
            countries_in_text("Russian girl, based in Gangnam"),
            vec!["KR"]
        );
        assert_eq!(
            countries_in_text("Located near downtown Bondi."),
            vec!["AU"]
        );
        assert_eq!(countries_in_text("Bondi escorts, incall"), vec!["AU"]);
        // A district in capitals opening a line is its tag; shouted lines, names and a
        // district in capitals inside a line are not.
        assert_eq!(
            countries_in_text("SANDTON Relaxing body massage by Linh"),
            vec!["ZA"]
        );
        assert_eq!(countries_in_text("Hello\nGANGNAM new girl"), vec!["KR"]);
        assert!(countries_in_text("SANDTON RELAXING BODY MASSAGE").is_empty());
        assert!(countries_in_text("Relaxing SANDTON body massage").is_empty());
        assert!(countries_in_text("Sandton relaxing body massage").is_empty());
        assert_eq!(countries_in_text("chica nueva en Polanco"), vec!["MX"]);
        assert_eq!(countries_in_text("massagem em Copacabana"), vec!["BR"]);
        assert_eq!(countries_in_text("je suis à Pigalle ce soir"), vec!["FR"]);
        assert_eq!(countries_in_text("#andheri west"), vec!["IN"]);
        assert_eq!(countries_in_text("📍Navigli\n312 758 1642"), vec!["IT"]);
        assert_eq!(countries_in_text("📍 Houston Txt 713"), vec!["US"]);
        // An `@` with a space after it is "at"; glued to the name it is a handle.
        assert_eq!(countries_in_text("Relaxing massage @ Sofia"), vec!["BG"]);
        assert!(countries_in_text("Relaxing massage @Sofia").is_empty());
        assert!(countries_in_text("Relaxing massage with Sofia").is_empty());
        assert_eq!(
            countries_in_text("Disponible sur Paris ce soir"),
            vec!["FR"]
        );
        // Other names of big cities that are English words name them only after a cue:
        // "Dining" is no Jining, "Limo" no Lima, "Soul" no Seoul; "in Cologne" is Köln, and a
        // word of a city's own name is its short form ("Vegas").
        assert!(countries_in_text("Dining table with 4 chairs").is_empty());
        assert!(countries_in_text("Limo service, Soul food, Hang out").is_empty());
        assert_eq!(countries_in_text("Model visiting in Cologne"), vec!["DE"]);
        assert_eq!(countries_in_text("Nadia GFE Vegas"), vec!["US"]);
        // A first name ads sign with or name a business after is a place only with a cue:
        // "— Alexandra" is no Alexandra (ZA), "Sakura Therapy" no Sakura (JP).
        assert!(countries_in_text("Sunați la 0741418646\n— Alexandra").is_empty());
        assert_eq!(
            countries_in_text("Sakura Therapy vient d'ouvrir à Tétouan !"),
            vec!["MA"]
        );
        assert_eq!(
            countries_in_text("Sofia, 23, in Sofia this week"),
            vec!["BG"]
        );
        // A town of twenty thousand, with a cue.
        assert_eq!(countries_in_text("Girl in Kilkenny tonight"), vec!["IE"]);
        assert!(countries_in_text("Kilkenny girl tonight").is_empty());
        // The poster's office is a label ("المكتب: سوسة", "Bureau : Bamako"), as an area is
        // ("المنطقة: بنغازي"); a street named after a place is none ("Nyanza Road 205").
        assert_eq!(countries_in_text("المكتب: سوسة\nWA 20 348 408"), vec!["TN"]);
        assert_eq!(countries_in_text("مقرنا كسلا"), vec!["SD"]);
        assert_eq!(countries_in_text("فتاة جديدة، المنطقة: بنغازي"), vec!["LY"]);
        assert_eq!(
            countries_in_text("Our office: Nyanza Road 205, Kisumu, Kenya"),
            vec!["KE"]
        );
        assert!(countries_in_text("Our office: Nyanza Road 205").is_empty());
        // An Arabic city GeoNames names without its article, with it after a cue.
        assert_eq!(countries_in_text("مطلوب عمال في الخرطوم"), vec!["SD"]);
        // A final ة written for GeoNames' ه, and the other way ("جونية": Jounieh's "جونيه").
        assert_eq!(countries_in_text("المكتب: جونية"), vec!["LB"]);
        assert_eq!(countries_in_text("في الدوحة"), vec!["QA"]);
        // Without a cue the article's form is a word: "الشحن البحري" is sea freight, not Bahri.
        assert!(countries_in_text("الشحن البحري متاح كل يوم").is_empty());
        // No cue, or the advertiser's name: no place.
        assert!(countries_in_text("Sandton is the best").is_empty());
        assert!(countries_in_text("Hi I'm Bondi, call me").is_empty());
    }

    /// A recruiter offering work abroad names its office's city in the same sentence: that is
    /// where it is, not where the work is.
    #[test]
    fn an_office_is_no_destination() {
        let found = place_evidence("Viaja a trabajar a México, Oficina en Chinandega");
        assert_eq!(found.destinations, vec!["MX"]);
        assert_eq!(found.places, vec![("NI", "NI")]);
        let found = place_evidence("Work in Doha, visa and ticket paid, office: Kathmandu");
        assert_eq!(found.destinations, vec!["QA"]);
        assert_eq!(found.places, vec![("NP", "NP")]);
        // Without an office word the whole sentence is the destination.
        let found = place_evidence("Viaja a trabajar a México y Chinandega");
        assert!(found.places.is_empty(), "{:?}", found.places);
    }

    #[test]
    fn urls() {
        assert_eq!(
            countries_in_url("https://capetown.massagelist.com/ads/1"),
            vec!["ZA"]
        );
        assert_eq!(
            countries_in_url("https://example.com/newyork/1"),
            vec!["US"]
        );
        assert_eq!(countries_in_url("https://sandton.example.com/"), vec!["ZA"]);
        assert_eq!(countries_in_url("casablancameetnow.com"), vec!["MA"]);
        assert_eq!(
            countries_in_url("https://kualalumpuradzone.com/x"),
            vec!["MY"]
        );
        assert_eq!(countries_in_url("buenosairesadzone.com"), vec!["AR"]);
        // A slug with the listing's id ("969841883-houston"), a name of several words in a
        // longer slug ("escort-new-york-12345", not York), a group named with dots
        // ("achat.vente.nantes"); beside an id, a small town is no place ("new-city-6618593").
        assert_eq!(
            countries_in_url("https://board.example/listing/969841883-houston"),
            vec!["US"]
        );
        assert_eq!(
            countries_in_url("https://board.example/listing/604976760-new-york"),
            vec!["US"]
        );
        assert_eq!(
            countries_in_url("https://board.example/ad/escort-new-york-12345"),
            vec!["US"]
        );
        assert_eq!(
            countries_in_url("https://www.facebook.com/groups/achat.vente.nantes/posts/6819/"),
            vec!["FR"]
        );
        assert!(countries_in_url("https://board.example/jobs/new-city-6618593").is_empty());
        // A city's short name as a host label or a path segment, beside an id too; not two
        // letters, not inside a longer word.
        assert_eq!(
            countries_in_url("https://nyc.board.example/dating/6940896"),
            vec!["US"]
        );
        assert_eq!(
            countries_in_url("https://board.example/escorts/mtl-8439640.html"),
            vec!["CA"]
        );
        assert_eq!(countries_in_url("https://board.example/atl/"), vec!["US"]);
        assert!(countries_in_url("https://board.example/kl/ad-1").is_empty());
        assert!(countries_in_url("https://board.example/atlas/1").is_empty());
        // A site's name of words joined by hyphens: a country, a large city, or a country's
        // code ending it; not a code that is also a word.
        assert_eq!(countries_in_url("https://escort-ireland.net/x"), vec!["IE"]);
        assert_eq!(countries_in_url("dubai-escorts.com"), vec!["AE"]);
        assert_eq!(countries_in_url("nuitblanche-fr.example"), vec!["FR"]);
        assert_eq!(
            countries_in_url("https://afterdark-uk.example/ad/1"),
            vec!["GB"]
        );
        assert!(countries_in_url("https://contact-us.com/").is_empty());
        assert!(countries_in_url("escorts-in.com").is_empty());
        assert!(countries_in_url("best-escorts.com").is_empty());
        // Short or small names glued in front say nothing ("parisian", "nicegirls").
        assert!(countries_in_url("parisianescorts.com").is_empty());
        assert!(countries_in_url("mobilemassage.com").is_empty());
        assert_eq!(
            countries_in_url("https://melbourne.example.com/ad/1"),
            vec!["AU"]
        );
        assert_eq!(countries_in_url("http://www.example.com.au/x"), vec!["AU"]);
        assert_eq!(
            countries_in_url("https://example.com/escorts/london/"),
            vec!["GB"]
        );
        assert_eq!(countries_in_url("https://example.co.uk/"), vec!["GB"]);
        assert_eq!(
            countries_in_url("https://example.com/new-york/123"),
            vec!["US"]
        );
        assert!(countries_in_url("https://bit.ly/abc").is_empty());
        assert!(countries_in_url("https://example.com/profile/nice").is_empty());
        assert!(countries_in_url("").is_empty());
        // A slug of several words names the city or district among them.
        assert_eq!(
            countries_in_url("https://example.com/sukhumvit-bangkok/dating/1"),
            vec!["TH"]
        );
        assert_eq!(
            countries_in_url("https://nasr-city-cairo.example.com/jobs/6"),
            vec!["EG"]
        );
        assert!(countries_in_url("https://example.com/new-girl-in-town/7").is_empty());
        assert!(countries_in_url("https://example.com/sexy-lady-massage/7").is_empty());
    }

    #[test]
    fn a_district_alone_is_a_location() {
        assert_eq!(crate::country_for_location("Sandton"), Some("ZA"));
        assert_eq!(crate::country_for_location("Houston, TX"), Some("US"));
        assert_eq!(crate::country_for_location("Nowhere At All"), None);
    }
}
