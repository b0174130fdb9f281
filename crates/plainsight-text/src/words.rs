//! Common words of the languages ads are written in (English, Spanish, French, Portuguese,
//! German, Italian, Dutch): extract tells a handle or a domain from the words around a cue with
//! them, and the gazetteer a place that is named only with a cue from a word ("a Latina").
//!
//! Data (`data/words/`): per language the most frequent words (20,000 in English, 12,000 in
//! Spanish, French and Portuguese), most frequent first, derived by `scripts/handle_words.py`
//! from the MIT-licensed `pyspellchecker` frequency dictionaries (built from OpenSubtitles2018);
//! `ads.txt`, words common in ads that subtitles rank low or lack
//! ("incall", "gfe", "roses"); `cue_followers.txt`, the words that follow a platform cue in
//! running text ("snap fun", "facebook page", "pics"); `function.txt`, answers, pronouns and
//! function words of the languages that have no list (Turkish, Polish, Romanian,
//! Indonesian/Malay, Vietnamese, Tagalog, Swahili). The last three are written for plainsight.
//!
//! Ads mix languages ("100% real pics 📷 fotos reales"), so a word counts as common when it is
//! common in any of them: a single word after an emoji is decoration in any language.
//! Words are compared in the form a handle token takes: ASCII, lower case, accents and
//! apostrophes dropped.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: the keys are short ASCII words from our own data, so a simple, fast hash is enough
/// (building the table with SipHash cost about as much as extracting a thousand posts).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

const LISTS: [&str; 7] = [
    include_str!("../data/words/en.txt"),
    include_str!("../data/words/es.txt"),
    include_str!("../data/words/fr.txt"),
    include_str!("../data/words/pt.txt"),
    include_str!("../data/words/de.txt"),
    include_str!("../data/words/it.txt"),
    include_str!("../data/words/nl.txt"),
];
const ADS: &str = include_str!("../data/words/ads.txt");
const CUE_FOLLOWERS: &str = include_str!("../data/words/cue_followers.txt");
const FUNCTION: &str = include_str!("../data/words/function.txt");

/// Words ranked below this in some language are stop-words: refused even after an explicit cue
/// ("snapchat: the", "IG: and", "snap: amor").
pub const STOP_RANK: u32 = 150;
/// Every label of a dotted run ranked below this: a phrase, not a domain ("CALL.ME", "ok.so").
pub const PHRASE_RANK: u32 = 3000;

/// Rank given to the ad vocabulary: common, but not a stop-word.
const AD_RANK: u32 = STOP_RANK;

struct Lexicon {
    /// Best (lowest) rank of a word over the languages; ad words get [`AD_RANK`] at worst.
    rank: Map<u32>,
    followers: Map<()>,
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut rank: Map<u32> = Map::with_capacity_and_hasher(64_000, Default::default());
    for list in LISTS {
        for (i, w) in lines(list).enumerate() {
            let r = u32::try_from(i).unwrap_or(u32::MAX);
            let e = rank.entry(w).or_insert(r);
            *e = (*e).min(r);
        }
    }
    for w in lines(ADS) {
        let e = rank.entry(w).or_insert(AD_RANK);
        *e = (*e).min(AD_RANK);
    }
    // Function words of languages without a frequency list count as followers: never a
    // handle, but not ranked, so that a place or a domain named like one is not refused.
    let followers = lines(CUE_FOLLOWERS)
        .chain(lines(FUNCTION))
        .map(|w| (w, ()))
        .collect();
    Lexicon { rank, followers }
});

/// The best rank of `word` (ASCII lower case) over the supported languages, if it is listed.
pub fn rank(word: &str) -> Option<u32> {
    LEXICON.rank.get(word).copied()
}

/// Whether `word` (ASCII lower case) is on the list of words common in ads (`ads.txt`:
/// "incall", "morena", "latina"): an ordinary word there, whatever else it names.
pub fn is_ad_word(word: &str) -> bool {
    static SET: LazyLock<Map<()>> = LazyLock::new(|| lines(ADS).map(|w| (w, ())).collect());
    SET.contains_key(word)
}

/// Whether `word` (ASCII lower case) is on the English frequency list: an ordinary English
/// word ("dining", "hang", "soul"), whatever other lists say.
pub fn is_english_word(word: &str) -> bool {
    BY_LANGUAGE.get(word).is_some_and(|r| r[0] != u16::MAX)
}

/// The languages with a frequency list, in the order of the lists: what [`language_of`] tells.
pub const LANGUAGES: [&str; 7] = ["en", "es", "fr", "pt", "de", "it", "nl"];

/// Each listed word's rank in each language (`u16::MAX` where a language does not list it).
static BY_LANGUAGE: LazyLock<Map<[u16; 7]>> = LazyLock::new(|| {
    let mut ranks: Map<[u16; 7]> = Map::with_capacity_and_hasher(64_000, Default::default());
    for (k, list) in LISTS.into_iter().enumerate() {
        for (i, w) in lines(list).enumerate() {
            let r = u16::try_from(i).unwrap_or(u16::MAX - 1);
            let e = ranks.entry(w).or_insert([u16::MAX; 7]);
            e[k] = e[k].min(r);
        }
    }
    ranks
});

/// The language `text` is written in, of [`LANGUAGES`], when its words say so clearly; `None`
/// for a text too short, in another language, or mixed.
///
/// A unigram model made of the frequency lists (Zipf: a word's probability falls with its
/// rank): each word costs `ln(rank + 20)` in a language that lists it and `ln(30,000)` in one
/// that does not; the cheapest language wins if it lists at least four of the words and beats
/// the next by a margin worth about two words only it knows. Function words shared by the
/// Romance languages ("de", "la", "a") cost alike in each and decide nothing.
pub fn language_of(text: &str) -> Option<&'static str> {
    use unicode_normalization::UnicodeNormalization;
    const MISSING: f64 = 30_000.0;
    // Words beyond these are not read: a post's language shows in its first few hundred.
    const MAX_WORDS: usize = 400;
    let mut cost = [0.0f64; 7];
    let mut known = [0usize; 7];
    let mut word = String::new();
    let mut seen = 0;
    let flush = |word: &mut String, cost: &mut [f64; 7], known: &mut [usize; 7]| {
        if word.len() >= 2 {
            if let Some(ranks) = BY_LANGUAGE.get(word.as_str()) {
                for k in 0..7 {
                    if ranks[k] == u16::MAX {
                        cost[k] += MISSING.ln();
                    } else {
                        cost[k] += (f64::from(ranks[k]) + 20.0).ln();
                        known[k] += 1;
                    }
                }
            }
        }
        word.clear();
    };
    for c in text.nfd() {
        if c.is_ascii_alphabetic() {
            word.push(c.to_ascii_lowercase());
        } else if c.is_alphabetic() {
            // A letter no list spells (another script, "ß", "ø"): the word is not listed.
            word.push('\u{0}');
        } else if unicode_normalization::char::is_combining_mark(c) {
            // An accent dropped: "sesión" is listed as "sesion".
        } else if !word.is_empty() {
            flush(&mut word, &mut cost, &mut known);
            seen += 1;
            if seen >= MAX_WORDS {
                break;
            }
        }
    }
    flush(&mut word, &mut cost, &mut known);
    let mut order: Vec<usize> = (0..7).collect();
    order.sort_by(|&a, &b| cost[a].total_cmp(&cost[b]));
    let (best, next) = (order[0], order[1]);
    (known[best] >= 4 && cost[next] - cost[best] >= 4.0).then_some(LANGUAGES[best])
}

/// Whether `w` (ASCII lower case) is a word that Indonesian and Malay write and the languages
/// of [`LANGUAGES`] do not (no frequency list of either is bundled; written for plainsight from
/// the two languages' common words and the vocabulary of job and room ads). Words the other
/// lists rank among their 5,000 commonest ("anda" is Portuguese and Spanish too) and short
/// words shared with other languages ("di", "ya", "dan", "ada", "ini") are left out.
fn is_malay_word(w: &[u8]) -> bool {
    static SET: LazyLock<HashMap<&'static [u8], (), BuildHasherDefault<Fnv>>> =
        LazyLock::new(|| MALAY_WORDS.iter().map(|&w| (w.as_bytes(), ())).collect());
    (4..=10).contains(&w.len()) && SET.contains_key(w)
}

/// The words of [`is_malay_word`], four to ten letters each.
const MALAY_WORDS: &[&str] = &[
    "yang",
    "untuk",
    "dengan",
    "tidak",
    "kami",
    "kamu",
    "saya",
    "bisa",
    "boleh",
    "juga",
    "sudah",
    "belum",
    "atau",
    "hanya",
    "sangat",
    "banyak",
    "kerja",
    "bekerja",
    "pekerjaan",
    "gaji",
    "hubungi",
    "lowongan",
    "jawatan",
    "kosong",
    "segera",
    "syarat",
    "umur",
    "tahun",
    "bulan",
    "orang",
    "wanita",
    "pria",
    "lelaki",
    "perempuan",
    "tinggal",
    "makan",
    "percuma",
    "negeri",
    "sebagai",
    "secara",
    "dapat",
    "harus",
    "silakan",
    "sila",
    "terima",
    "kasih",
    "sekarang",
    "mereka",
    "kita",
    "dari",
    "akan",
    "tempat",
    "pengalaman",
    "dicari",
    "dibutuhkan",
    "diperlukan",
    "berminat",
    "sahaja",
    "saja",
    "sini",
    "baru",
    "murah",
    "bersih",
    "kamar",
    "bilik",
    "sewa",
    "disewakan",
    "dijual",
    "harga",
    "luar",
    "hari",
    "tanpa",
    "biaya",
    "tiket",
    "pesawat",
    "paspor",
];

/// The ASCII words of `texts` (of two letters or more, the first `limit` of them) whose
/// length is in `lengths`, lower case, each passed to `f`.
fn each_ascii_word(
    texts: &[&str],
    limit: usize,
    lengths: std::ops::RangeInclusive<usize>,
    mut f: impl FnMut(&[u8]),
) {
    let mut buf = [0u8; 16];
    let mut seen = 0;
    for text in texts {
        for w in text.as_bytes().split(|b| !b.is_ascii_alphabetic()) {
            if w.len() < 2 {
                continue;
            }
            seen += 1;
            if seen > limit {
                return;
            }
            if !lengths.contains(&w.len()) || w.len() > buf.len() {
                continue;
            }
            for (d, s) in buf.iter_mut().zip(w) {
                *d = s.to_ascii_lowercase();
            }
            f(&buf[..w.len()]);
        }
    }
}

/// Whether `texts` (a post's fields) are written in Indonesian or Malay: three or more
/// distinct words of theirs ([`is_malay_word`]) among the first 400 words, more than the
/// common English words there (an English ad quoting "terima kasih" is English).
pub fn written_in_malay(texts: &[&str]) -> bool {
    const MAX_WORDS: usize = 400;
    // Most posts hold fewer than three such words: one pass tells, and nothing is allocated
    // before the first is met.
    let mut distinct: Vec<Vec<u8>> = Vec::new();
    each_ascii_word(texts, MAX_WORDS, 4..=10, |w| {
        if distinct.len() < 3 && is_malay_word(w) && !distinct.iter().any(|d| d == w) {
            distinct.push(w.to_vec());
        }
    });
    if distinct.len() < 3 {
        return false;
    }
    let (mut malay, mut english) = (0usize, 0usize);
    each_ascii_word(texts, MAX_WORDS, 2..=16, |w| {
        if is_malay_word(w) {
            malay += 1;
        } else if let Ok(w) = std::str::from_utf8(w) {
            if is_english_word(w) && rank(w).is_some_and(|r| r < STOP_RANK * 10) {
                english += 1;
            }
        }
    });
    malay > english
}

/// `text` up to its signature block: the last line that is a delimiter alone ("--", "-- ",
/// "—", "___", "-----") and everything after it, when text stands before it. What a site or a
/// mail client appends there (a help line, a warning, an NGO notice) is written in the
/// site's language, not the poster's: "Vendo sofá, llamar al 0426…" over a footer in English.
pub fn before_signature(text: &str) -> &str {
    let mut end = text.len();
    while end > 0 {
        let start = text[..end].rfind('\n').map_or(0, |n| n + 1);
        let line = text[start..end].trim();
        let delimiter = line.chars().count() >= 2
            && line.chars().all(|c| matches!(c, '-' | '_' | '–' | '='))
            || line == "—";
        if delimiter && !text[..start].trim().is_empty() {
            return &text[..start];
        }
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    text
}

/// Whether `lower` (lower-case) is in the first-names list (`data/words/first_names.txt`):
/// given names in the languages of the ads and stage names. Link reads the names an ad gives
/// with it; geo keeps a name from being read as a place.
pub fn is_first_name(lower: &str) -> bool {
    static FIRST_NAMES: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            include_str!("../data/words/first_names.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_lowercase)
                .collect()
        });
    FIRST_NAMES.contains(lower)
}

/// A common word of some supported language or of the ads' vocabulary, or its plural
/// ("reales", "fotos", "nuevas": the lists rank inflected forms apart, and cut some off).
pub fn is_common(word: &str) -> bool {
    // A plural of a listed word or of a word that follows cues ("verificadas", "recientes").
    let stem = |suffix: &str| {
        word.strip_suffix(suffix).is_some_and(|w| {
            w.len() >= 3 && (rank(w).is_some() || LEXICON.followers.contains_key(w))
        })
    };
    rank(word).is_some() || stem("s") || stem("es")
}

/// An English derivation of a common word: an agent noun, a gerund or a past form
/// ("ghosters", "wasting", "verified" of "ghost", "waste", "verify"). After a weak cue such a
/// word is the ad's text; an account of plain letters is a name or names run together.
pub fn is_derived(word: &str) -> bool {
    // English stems only: "ginger" is no derivation of the German "ging".
    let common = |stem: &str| stem.len() >= 4 && is_english_word(stem);
    for suffix in ["ers", "er", "ings", "ing", "ed"] {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        // "ghost-ers", "wast(e)-ing", "verifi-ed" -> "verify", "stopp-ed" -> "stop".
        let undoubled = stem
            .as_bytes()
            .windows(2)
            .last()
            .filter(|w| w[0] == w[1])
            .map(|_| &stem[..stem.len() - 1]);
        if common(stem)
            || common(&format!("{stem}e"))
            || stem
                .strip_suffix('i')
                .is_some_and(|s| common(&format!("{s}y")))
            || undoubled.is_some_and(common)
        {
            return true;
        }
    }
    false
}

/// A word that is not a handle even after an explicit cue: a stop-word of some supported
/// language, or a word that follows cues in running text.
pub fn is_stop(word: &str) -> bool {
    LEXICON.followers.contains_key(word) || rank(word).is_some_and(|r| r < STOP_RANK)
}

/// A stop-word, a cue follower, or a word of the ads' vocabulary ("real", "pics", "call",
/// "now", "incall").
pub fn is_stop_or_ad(word: &str) -> bool {
    LEXICON.followers.contains_key(word) || rank(word).is_some_and(|r| r <= AD_RANK)
}

#[cfg(test)]
mod tests {

    /// Indonesian and Malay ads are told by their words, three or more, outnumbering English
    /// ones; an English ad with a Malay phrase, or one word, is not.
    #[test]
    fn indonesian_and_malay_are_told_by_their_words() {
        assert!(written_in_malay(&[
            "Lowongan kerja di Kamboja",
            "Gaji besar, tanpa pengalaman. Hubungi WA 0812-3456-7890"
        ]));
        assert!(written_in_malay(&[
            "Yang serius sahaja. Hubungi 019-466 2327. Boleh datang hotel"
        ]));
        assert!(!written_in_malay(&[
            "New girl in town, terima kasih for reading, call me tonight for a good time"
        ]));
        assert!(!written_in_malay(&["Gaji 5000"]));
        assert!(!written_in_malay(&[
            "Hola, soy nueva en la ciudad, llámame"
        ]));
    }
    use super::*;

    #[test]
    fn the_signature_block_is_left_out() {
        let post = "Vendo sofá, llamar al 04262462050\n\n--\nNeed help? Call +234 2033 85 1341\nNever send money before you meet.";
        assert_eq!(
            before_signature(post),
            "Vendo sofá, llamar al 04262462050\n\n"
        );
        // The last delimiter; one with nothing before it, or none, leaves the text whole.
        assert_eq!(before_signature("a\n---\nb\n—\nc"), "a\n---\nb\n");
        assert_eq!(before_signature("--\nall of it"), "--\nall of it");
        assert_eq!(before_signature("no footer - here"), "no footer - here");
        assert_eq!(before_signature(""), "");
    }

    #[test]
    fn lists_load_and_rank() {
        for w in [
            "the", "que", "de", "nao", "esta", "dont", "pictures", "wasting", "reales", "nuevas",
        ] {
            assert!(is_common(w), "{w}");
        }
        for w in [
            "the", "and", "que", "les", "nao", "me", "pics", "page", "today", "fun",
        ] {
            assert!(is_stop(w), "{w}");
        }
        for w in ["lily_xo22", "lilyrose", "xxjessyxx", "sweetlily"] {
            assert!(!is_common(w), "{w}");
        }
        for w in [
            "ghosters", "wasting", "verified", "stopped", "timers", "cuddling",
        ] {
            assert!(is_derived(w), "{w}");
        }
        for w in [
            "jasminvixen",
            "sweetlily",
            "xxjessyxx",
            "lilyrose",
            "amber",
            "ginger",
        ] {
            assert!(!is_derived(w), "{w}");
        }
        assert!(!is_stop("lily"));
        for (text, lang) in [
            (
                "Precio 340.000 la sesión. Horario de 11:00 a 22:00 hrs. Te esperamos",
                "es",
            ),
            (
                "Ciao, sono Martina, 34 anni. Regalo 240 l'ora, foto reali, niente fake",
                "it",
            ),
            (
                "Clean private room, shower available, we look forward to seeing you",
                "en",
            ),
            (
                "Appartement meublé à louer, proche du métro, disponible tout de suite",
                "fr",
            ),
            (
                "Quarto mobiliado para alugar, perto do metrô, disponível agora mesmo",
                "pt",
            ),
            (
                "Wegen Umzug abzugeben, Versand möglich, nur Abholung am Wochenende",
                "de",
            ),
        ] {
            assert_eq!(language_of(text), Some(lang), "{text}");
        }
        for text in ["WhatsApp 370 7412092", "Массаж в центре", "ok ok ok", ""] {
            assert_eq!(language_of(text), None, "{text}");
        }
        assert!(rank("the") == Some(0));
        // Each list is lower-case ASCII letters, as a handle token is compared.
        for list in LISTS.into_iter().chain([ADS, CUE_FOLLOWERS]) {
            for w in lines(list) {
                assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
            }
        }
    }
}
