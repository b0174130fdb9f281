//! A number said to be a country's: "Japanese number: 080…", "mon numéro espagnol : 733…",
//! "UK mobile 07…", "número colombiano 300…". A visitor gives the number she brought, and
//! says whose it is; the place she is in says nothing about it. The country such a label
//! names is evidence for reading the post's national numbers, as a place named in the text is.
//!
//! Only a nationality word (or a country's code in capitals) right beside a word for a phone
//! number counts: "Colombian girl in Madrid" names nobody's number.

use crate::fold::fold;

/// (country, nationality words as folded, in English, Spanish, Portuguese, French, Italian and
/// German, masculine and feminine).
const NATIONALITIES: &[(&str, &[&str])] = &[
    ("AE", &["emirati", "emirates"]),
    (
        "AR",
        &[
            "argentinian",
            "argentino",
            "argentina",
            "argentin",
            "argentine",
        ],
    ),
    (
        "AU",
        &[
            "australian",
            "aussie",
            "australiano",
            "australiana",
            "australien",
            "australienne",
            "australische",
            "australischen",
        ],
    ),
    (
        "BR",
        &[
            "brazilian",
            "brasileno",
            "brasilena",
            "brasileiro",
            "brasileira",
            "bresilien",
            "bresilienne",
            "brasiliano",
            "brasiliana",
            "brasilianische",
            "brasilianischen",
        ],
    ),
    (
        "CA",
        &[
            "canadian",
            "canadiense",
            "canadense",
            "canadien",
            "canadienne",
            "canadese",
            "kanadische",
            "kanadischen",
        ],
    ),
    (
        "CO",
        &[
            "colombian",
            "colombiano",
            "colombiana",
            "colombien",
            "colombienne",
        ],
    ),
    (
        "DE",
        &[
            "german",
            "aleman",
            "alemana",
            "alemao",
            "alema",
            "allemand",
            "allemande",
            "tedesco",
            "tedesca",
            "deutsche",
            "deutschen",
        ],
    ),
    (
        "EC",
        &[
            "ecuadorian",
            "ecuatoriano",
            "ecuatoriana",
            "equatoriano",
            "equatoriana",
            "equatorien",
            "equatorienne",
        ],
    ),
    (
        "ES",
        &[
            "spanish",
            "espanol",
            "espanola",
            "espanhol",
            "espanhola",
            "espagnol",
            "espagnole",
            "spagnolo",
            "spagnola",
            "spanische",
            "spanischen",
        ],
    ),
    (
        "FR",
        &[
            "french",
            "frances",
            "francesa",
            "francais",
            "francaise",
            "francese",
            "franzosische",
            "franzosischen",
        ],
    ),
    (
        "GB",
        &[
            "british",
            "britanico",
            "britanica",
            "britannique",
            "britannico",
            "britannica",
            "britische",
            "britischen",
        ],
    ),
    (
        "IE",
        &[
            "irish",
            "irlandes",
            "irlandesa",
            "irlandais",
            "irlandaise",
            "irlandese",
            "irische",
            "irischen",
        ],
    ),
    (
        "IN",
        &["indian", "indien", "indienne", "indische", "indischen"],
    ),
    (
        "IT",
        &[
            "italian",
            "italiano",
            "italiana",
            "italien",
            "italienne",
            "italienische",
            "italienischen",
        ],
    ),
    (
        "JP",
        &[
            "japanese",
            "japones",
            "japonesa",
            "japonais",
            "japonaise",
            "giapponese",
            "japanische",
            "japanischen",
        ],
    ),
    ("KE", &["kenyan", "keniano", "keniana", "kenyane"]),
    (
        "MX",
        &[
            "mexican",
            "mexicano",
            "mexicana",
            "mexicain",
            "mexicaine",
            "messicano",
            "messicana",
            "mexikanische",
            "mexikanischen",
        ],
    ),
    (
        "MY",
        &[
            "malaysian",
            "malasio",
            "malasia",
            "malaisien",
            "malaisienne",
            "malese",
        ],
    ),
    ("NG", &["nigerian", "nigeriano", "nigeriana", "nigeriane"]),
    (
        "NL",
        &[
            "dutch",
            "holandes",
            "holandesa",
            "neerlandais",
            "neerlandaise",
            "olandese",
            "niederlandische",
            "niederlandischen",
        ],
    ),
    ("NZ", &["kiwi"]),
    (
        "PH",
        &[
            "filipino",
            "filipina",
            "philippine",
            "philippin",
            "philippinische",
        ],
    ),
    (
        "PL",
        &[
            "polish",
            "polaco",
            "polaca",
            "polones",
            "polonesa",
            "polonais",
            "polonaise",
            "polacco",
            "polacca",
            "polnische",
            "polnischen",
        ],
    ),
    (
        "PT",
        &[
            "portuguese",
            "portugues",
            "portuguesa",
            "portugais",
            "portugaise",
            "portoghese",
            "portugiesische",
            "portugiesischen",
        ],
    ),
    (
        "SG",
        &[
            "singaporean",
            "singapurense",
            "singapourien",
            "singapourienne",
        ],
    ),
    (
        "TH",
        &[
            "thai",
            "tailandes",
            "tailandesa",
            "thailandais",
            "thailandaise",
            "tailandese",
            "thailandische",
            "thailandischen",
        ],
    ),
    (
        "TR",
        &[
            "turkish",
            "turco",
            "turca",
            "turc",
            "turque",
            "turkische",
            "turkischen",
        ],
    ),
    (
        "US",
        &[
            "american",
            "americano",
            "americana",
            "americain",
            "americaine",
            "estadounidense",
            "amerikanische",
            "amerikanischen",
        ],
    ),
    (
        "ZA",
        &["sudafricano", "sudafricana", "sudafricain", "sudafricaine"],
    ),
];

/// Countries' codes that label a number only in capitals ("UK number"). Not those that are
/// words of a shouted line too: "CALL US NUMBER", "MY NUMBER", "PH NUMBER", "IN NUMBER".
const CODES: &[(&str, &str)] = &[
    ("UK", "GB"),
    ("USA", "US"),
    ("UAE", "AE"),
    ("NZ", "NZ"),
    ("AU", "AU"),
    ("SG", "SG"),
];

/// Words for a phone number a nationality may stand before ("Japanese number", "UK mobile").
const BEFORE: &[&str] = &[
    "number",
    "no",
    "num",
    "nr",
    "mobile",
    "cell",
    "phone",
    "line",
    "sim",
    "whatsapp",
    "nummer",
    "handynummer",
    "handy",
    "telefonnummer",
];

/// No word of [`BEFORE`] or [`AFTER`] is longer (in bytes).
const NOUN_MAX_LEN: usize = 16;

/// Words for a phone number a nationality may stand after, in the languages that put it
/// there ("número español", "numéro espagnol", "numero italiano").
const AFTER: &[&str] = &[
    "numero",
    "movil",
    "celular",
    "telefono",
    "telefone",
    "portable",
    "cellulare",
    "tel",
];

/// Nationality words (folded) to their country, built once.
static BY_WORD: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for &(country, forms) in NATIONALITIES {
            for &f in forms {
                m.entry(f).or_insert(country);
            }
        }
        m
    });

/// Whether `word` is one of `nouns` (folded, ASCII): compared without folding when it is
/// ASCII, folded only when short enough to be one and not ASCII ("número", "móvil").
fn is_noun(word: &str, nouns: &[&str]) -> bool {
    if word.is_ascii() {
        // Most words are longer than any word for a number, and passed over unread.
        return word.len() <= NOUN_MAX_LEN && nouns.iter().any(|n| n.eq_ignore_ascii_case(word));
    }
    word.len() <= 24 && nouns.contains(&fold(word).as_str())
}

/// The countries whose numbers the text says it gives, in order of first mention. Only the
/// word beside a word for a number is looked up (most texts have none: nothing is folded).
pub fn countries_of_numbers(text: &str) -> Vec<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.len() <= 40)
        .collect();
    let country = |raw: &str| -> Option<&'static str> {
        if let Some(&(_, c)) = CODES.iter().find(|(code, _)| *code == raw) {
            return Some(c);
        }
        BY_WORD.get(fold(raw).as_str()).copied()
    };
    // Each word asked once whether it is a word for a number (of either kind).
    let nouns: Vec<(bool, bool)> = words
        .iter()
        .map(|w| (is_noun(w, BEFORE), is_noun(w, AFTER)))
        .collect();
    let mut out: Vec<&'static str> = Vec::new();
    for i in 0..words.len() {
        let before = nouns.get(i + 1).is_some_and(|n| n.0);
        let after = i > 0 && nouns[i - 1].1;
        if !(before || after) {
            continue;
        }
        if let Some(c) = country(words[i]) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_for_a_number_is_longer_than_the_bound() {
        for w in BEFORE.iter().chain(AFTER) {
            assert!(w.len() <= NOUN_MAX_LEN, "{w}");
        }
    }

    #[test]
    fn a_number_said_to_be_a_countrys() {
        assert_eq!(
            countries_of_numbers("Japanese lady in Denver. Japanese number: 080-8038-6699"),
            vec!["JP"]
        );
        assert_eq!(
            countries_of_numbers("Mon numéro espagnol : 733 41 06 40"),
            vec!["ES"]
        );
        assert_eq!(countries_of_numbers("UK mobile 07911 123456"), vec!["GB"]);
        assert_eq!(
            countries_of_numbers("número colombiano 300 1234567, WhatsApp"),
            vec!["CO"]
        );
        assert_eq!(countries_of_numbers("Meine deutsche Nummer"), vec!["DE"]);
        // A nationality that names a person, or a pronoun: no number's country.
        assert!(countries_of_numbers("Colombian girl in Madrid, call 612").is_empty());
        assert!(countries_of_numbers("text us number below").is_empty());
        assert!(countries_of_numbers("Thai massage, call 081").is_empty());
    }
}
