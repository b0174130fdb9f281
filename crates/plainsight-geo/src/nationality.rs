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

/// The words of [`BEFORE`] and [`AFTER`], built once: a text's words are each looked up once
/// rather than compared with both lists.
struct Nouns {
    /// Each word to whether it is of each list (`(before, after)`).
    kinds: rustc_hash::FxHashMap<&'static [u8], (bool, bool)>,
    /// The bytes a word of either list starts with: most words start with none of them.
    first: [bool; 256],
    /// The shortest word's length (bytes).
    shortest: usize,
}

static NOUNS: std::sync::LazyLock<Nouns> = std::sync::LazyLock::new(|| {
    let mut nouns = Nouns {
        kinds: rustc_hash::FxHashMap::default(),
        first: [false; 256],
        shortest: usize::MAX,
    };
    for (list, after) in [(BEFORE, false), (AFTER, true)] {
        for &w in list {
            let k = nouns.kinds.entry(w.as_bytes()).or_insert((false, false));
            if after {
                k.1 = true;
            } else {
                k.0 = true;
            }
            nouns.first[usize::from(w.as_bytes()[0])] = true;
            nouns.shortest = nouns.shortest.min(w.len());
        }
    }
    nouns
});

/// Whether `word` is a word for a number of [`BEFORE`] and of [`AFTER`] (both folded, ASCII):
/// compared in lower case when it is ASCII, folded only when short enough to be one and not
/// ASCII ("número", "móvil").
fn noun_kinds(word: &str) -> (bool, bool) {
    let nouns = &*NOUNS;
    if word.is_ascii() {
        // Most words are longer than any word for a number, or start otherwise, and are
        // passed over unread.
        let b = word.as_bytes();
        if b.len() > NOUN_MAX_LEN
            || b.len() < nouns.shortest
            || !nouns.first[usize::from(b[0].to_ascii_lowercase())]
        {
            return (false, false);
        }
        let mut buf = [0u8; NOUN_MAX_LEN];
        let lower = &mut buf[..b.len()];
        lower.copy_from_slice(b);
        lower.make_ascii_lowercase();
        return nouns.kinds.get(&*lower).copied().unwrap_or_default();
    }
    if word.len() > 24 {
        return (false, false);
    }
    // The folded word starts as its first character folds (folding goes character by
    // character, and a character that folds to something starts the whole): most words in
    // other scripts fold to no word's first letter, and are not folded whole.
    if let Some(c) = word.chars().next() {
        let head = fold(&word[..c.len_utf8()]);
        if let Some(&b) = head.as_bytes().first() {
            if !nouns.first[usize::from(b)] {
                return (false, false);
            }
        }
    }
    nouns
        .kinds
        .get(fold(word).as_bytes())
        .copied()
        .unwrap_or_default()
}

/// The words of `text` (maximal runs of letters and digits) of at most 40 bytes, in order:
/// read byte by byte, a character decoded only where it is not ASCII.
struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        Words { text, at: 0 }
    }
}

/// Whether the character at byte `i` of `text` (a character boundary, not ASCII) is a letter
/// or digit, and its length in bytes.
fn wide_class_at(text: &str, i: usize) -> (bool, usize) {
    match text.get(i..).and_then(|t| t.chars().next()) {
        Some(c) => (plainsight_text::is_alphanumeric(c), c.len_utf8()),
        None => (false, 1),
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let b = self.text.as_bytes();
        let mut i = self.at;
        loop {
            // To the next letter or digit.
            while i < b.len() {
                if b[i] < 0x80 {
                    if b[i].is_ascii_alphanumeric() {
                        break;
                    }
                    i += 1;
                } else {
                    let (alnum, w) = wide_class_at(self.text, i);
                    if alnum {
                        break;
                    }
                    i += w;
                }
            }
            if i >= b.len() {
                self.at = i;
                return None;
            }
            // To the end of the word.
            let s = i;
            while i < b.len() {
                if b[i] < 0x80 {
                    if !b[i].is_ascii_alphanumeric() {
                        break;
                    }
                    i += 1;
                } else {
                    let (alnum, w) = wide_class_at(self.text, i);
                    if !alnum {
                        break;
                    }
                    i += w;
                }
            }
            if i - s <= 40 {
                self.at = i;
                return self.text.get(s..i);
            }
        }
    }
}

#[cfg(test)]
fn words_of(text: &str) -> Vec<&str> {
    Words::new(text).collect()
}

/// The countries whose numbers the text says it gives, in order of first mention. Only the
/// word beside a word for a number is looked up (most texts have none: nothing is folded).
pub fn countries_of_numbers(text: &str) -> Vec<&'static str> {
    let country = |raw: &str| -> Option<&'static str> {
        if let Some(&(_, c)) = CODES.iter().find(|(code, _)| *code == raw) {
            return Some(c);
        }
        BY_WORD.get(fold(raw).as_str()).copied()
    };
    let mut out: Vec<&'static str> = Vec::new();
    // Each word asked once whether it is a word for a number (of either kind); a word is
    // looked up when the word after it is one that follows a nationality or the word before
    // it one that precedes it. Read as a stream: the word before, the word, the word after.
    let mut before_kinds = (false, false);
    let mut current: Option<(&str, (bool, bool))> = None;
    let mut words = Words::new(text);
    loop {
        let next = words.next().map(|w| (w, noun_kinds(w)));
        if let Some((w, kinds)) = current {
            let before = next.is_some_and(|(_, n)| n.0);
            if before || before_kinds.1 {
                if let Some(c) = country(w) {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
            }
            before_kinds = kinds;
        }
        match next {
            Some(n) => current = Some(n),
            None => break,
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

    /// The word splitter and the noun lookup give what splitting on every character that is
    /// not alphanumeric and comparing with both lists gives.
    #[test]
    fn words_and_nouns_as_the_lists_say() {
        let text = "Mi NÚMERO colombiano: 300-123; UK\tMobile, ﬁne Ｎｕｍｂｅｒ x_y \
                    Nº Telefonnummer handy-NUM 🙂 móvil español ١٢٣ ab";
        let split: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && w.len() <= 40)
            .collect();
        assert_eq!(words_of(text), split);
        let long = "a".repeat(41);
        assert!(words_of(&format!("{long} b")) == ["b"]);
        for w in split {
            let f = fold(w);
            let listed = |list: &[&str]| {
                if w.is_ascii() {
                    list.iter().any(|n| n.eq_ignore_ascii_case(w))
                } else {
                    w.len() <= 24 && list.contains(&f.as_str())
                }
            };
            assert_eq!(noun_kinds(w), (listed(BEFORE), listed(AFTER)), "{w}");
        }
        assert_eq!(noun_kinds("NUMBER"), (true, false));
        assert_eq!(noun_kinds("Número"), (false, true));
        assert_eq!(noun_kinds("numbers"), (false, false));
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
