//! The names an ad gives: "my name is Lexi", "ask for Mrs Grace", "I'm Jade", "soy Luna",
//! "je m'appelle Chloé", "me chamo Bruna", "Jasmine is 24", a title such as "Sexy Lexi in
//! Houston". A capitalised word is not a name ("Looking", "Rules", "Outcall", "Available"): a
//! word counts only in a name position, and outside the strongest cues only if it is in the
//! first-names list (`plainsight-text`'s `data/words/first_names.txt`, shared with geo).
//!
//! Positions, in order of trust:
//! - after a strong cue ("my name is", "ask for", "me llamo", "mi nombre es", "je m'appelle",
//!   "moi c'est", "me chamo", "meu nome é", …) or an honorific ("Mrs", "Sr.", "Mme", "Dona"):
//!   any capitalised word that is not a common ad word;
//! - after a weak cue ("I'm", "I am", "call me", "soy", "je suis", "sou", "eu sou"): a listed name;
//! - before a stated age ("Jasmine 24", "Jasmine is 24", "Anna (27)") or "here" ("Lily here"):
//!   a listed name;
//! - in a title: a listed name not followed by a business word ("Jade Spa" is a business).

pub use plainsight_text::words::is_first_name;
use std::borrow::Cow;

/// Cues after which any capitalised word (not a common ad word) is a name.
const STRONG_CUES: &[&[&str]] = &[
    &["my", "name", "is"],
    &["my", "name", "s"],
    &["ask", "for"],
    &["me", "llamo"],
    &["mi", "nombre", "es"],
    &["pregunta", "por"],
    &["pregunte", "por"],
    &["preguntar", "por"],
    &["je", "m", "appelle"],
    &["moi", "c", "est"],
    &["mon", "nom", "est"],
    &["mon", "prénom", "est"],
    &["demandez"],
    &["me", "chamo"],
    &["chamo", "me"],
    &["meu", "nome", "é"],
    &["meu", "nome", "e"],
    &["pergunte", "por"],
    &["pergunta", "por"],
    // German, Italian, Dutch, Romanian, Polish, Turkish.
    &["ich", "heiße"],
    &["ich", "heisse"],
    &["mein", "name", "ist"],
    &["frag", "nach"],
    &["fragt", "nach"],
    &["mi", "chiamo"],
    &["il", "mio", "nome", "è"],
    &["chiedi", "di"],
    &["mijn", "naam", "is"],
    &["ik", "heet"],
    &["mă", "numesc"],
    &["ma", "numesc"],
    &["numele", "meu", "este"],
    &["mam", "na", "imię"],
    &["nazywam", "się"],
    &["benim", "adım"],
];

/// Cues after which only a listed first name is a name ("I'm new", "soy nueva").
const WEAK_CUES: &[&[&str]] = &[
    &["i", "m"],
    &["i", "am"],
    &["im"],
    &["call", "me"],
    &["it", "s"],
    &["this", "is"],
    &["soy"],
    &["je", "suis"],
    &["c", "est"],
    &["sou"],
    &["aqui", "é"],
    &["with"],
    &["and"],
    &["y"],
    &["et"],
    &["e"],
    &["con"],
    &["avec"],
    &["com"],
    &["ich", "bin"],
    &["hier", "ist"],
    &["sono"],
    &["ik", "ben"],
    &["sunt"],
    &["jestem"],
    &["und"],
];

/// Titles of address that precede a name ("Mrs Grace", "Sr. Ramírez", "Mme Diallo").
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "madam", "madame", "sr", "sra", "srta", "señor", "señora",
    "senhor", "senhora", "dona", "mme", "mlle", "monsieur", "dr", "aunty", "auntie", "mama",
];

/// Capitalised words ads use that are never names, whatever cue precedes them.
const NOT_NAMES: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "for",
    "of",
    "from",
    "by",
    "your",
    "my",
    "our",
    "not",
    "here",
    "there",
    "now",
    "back",
    "new",
    "available",
    "ready",
    "open",
    "looking",
    "real",
    "independent",
    "sexy",
    "hot",
    "sweet",
    "young",
    "only",
    "just",
    "very",
    "so",
    "out",
    "visiting",
    "outcall",
    "incall",
    "rules",
    "call",
    "text",
    "today",
    "tonight",
    "la",
    "el",
    "los",
    "las",
    "un",
    "una",
    "le",
    "les",
    "une",
    "des",
    "de",
    "du",
    "um",
    "uma",
    "o",
    "os",
    "as",
    "disponible",
    "disponível",
    "nueva",
    "nuevo",
    "nouvelle",
    "nouveau",
    "nova",
    "novo",
    "aqui",
    "aquí",
    "ici",
    "muy",
    "très",
    "tres",
    "más",
    "mais",
    "plus",
    "yes",
    "no",
    "ok",
    "vip",
    "gfe",
    "bbw",
    "asian",
    "latina",
    "ebony",
    "blonde",
    "brunette",
    "petite",
    "curvy",
    "slim",
    "discreet",
    "safe",
    "clean",
    "please",
    "thanks",
    "hr",
    "team",
    "manager",
    "recruitment",
    "agency",
    "office",
    "company",
    "whatsapp",
    "telegram",
    "email",
    "details",
    "info",
    "me",
    "you",
    "him",
    "her",
    "us",
    "it",
    "this",
    "that",
];

/// Words that make the name after them a place.
const PLACE_PREFIXES: &[&str] = &[
    "san", "santa", "santo", "são", "sao", "saint", "sainte", "st", "ste", "port", "fort", "lake",
    "mount", "mont",
];

/// Words that, right after a listed name in a title, make it a business ("Jade Spa").
const BUSINESS_WORDS: &[&str] = &[
    "spa",
    "massage",
    "wellness",
    "health",
    "beauty",
    "salon",
    "studio",
    "nails",
    "day",
    "thai",
    "therapy",
    "center",
    "centre",
    "lounge",
    "club",
    "travel",
    "tours",
    "agency",
    "builders",
    "logistics",
    "services",
    "group",
    "international",
    "care",
    "hotel",
    "restaurant",
    "house",
    "home",
    "garden",
    "relax",
    "retreat",
    "palace",
    "bar",
    "inn",
    "clinic",
    "academy",
    "ltd",
    "llc",
    "inc",
    "sa",
    "sarl",
    "ltda",
    "company",
    "consulting",
    "recruitment",
    "staffing",
];

#[derive(Clone, Copy)]
struct Tok<'a> {
    raw: &'a str,
    /// Byte just after the word in the text (for "M." / "Sr.").
    end: usize,
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if plainsight_text::is_alphanumeric(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(Tok {
                raw: &text[s..i],
                end: i,
            });
            if out.len() >= 2_000 {
                return out;
            }
        }
    }
    if let Some(s) = start {
        out.push(Tok {
            raw: &text[s..],
            end: text.len(),
        });
    }
    out
}

fn capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else {
        return false;
    };
    first.is_uppercase()
        && cs.clone().all(plainsight_text::is_alphabetic)
        && cs.any(char::is_lowercase)
}

/// Whether the words `before` (lower case, in order) end with one of `cues`.
fn ends_with_cue(before: &[Option<Cow<'_, str>>], cues: &[&[&str]]) -> bool {
    cues.iter().any(|cue| {
        cue.len() <= before.len()
            && cue
                .iter()
                .zip(&before[before.len() - cue.len()..])
                .all(|(c, w)| Some(*c) == w.as_deref())
    })
}

fn is_age(w: &str) -> bool {
    w.len() == 2 && w.parse::<u32>().is_ok_and(|a| (18..=69).contains(&a))
}

/// Appends the names `text` gives (as written, e.g. "Chloé"); `title` enables the title rule;
/// words of the post's place (`place`, lower-case) are never names.
pub fn advertised(text: &str, title: bool, place: &[String], out: &mut Vec<String>) {
    advertised_with_ages(text, title, place, out, &mut Vec::new());
}

/// Words between a name and the age stated for it ("Destiny here (24)", "Vivien, 26", "ich bin
/// Jana, 31 Jahre", "Lexi is 22").
const AGE_FILLERS: &[&str] = &[
    "here", "aqui", "aquí", "ici", "is", "es", "est", "tem", "aged",
];

/// Units that make a two-digit number no age ("30 Min", "25 €", "40 Std").
const NOT_AGE_AFTER: &[&str] = &[
    "min", "mins", "minutes", "minutos", "std", "h", "hr", "hrs", "hour", "hours", "horas",
    "heures", "ore", "euro", "euros", "eur", "usd", "dollars", "kg", "cm", "lbs", "roses", "min.",
    "x",
];

/// As [`advertised`], and the age stated right after each name found ("Destiny here (24)"):
/// `(name in lower case, age)` appended to `ages`. A persona is a name and an age: one name
/// stated with two ages is two people.
pub fn advertised_with_ages(
    text: &str,
    title: bool,
    place: &[String],
    out: &mut Vec<String>,
    ages: &mut Vec<(String, u8)>,
) {
    // A name starts with a capital: text with no capital letter (no ASCII one, nothing beyond
    // ASCII) holds none.
    if !text
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        return;
    }
    let toks = tokens(text);
    // Each word's lower case, taken once and only where it is read: the capitalised words and
    // the few words around each (most words of an ad are neither). Most are written in lower
    // case already: those are borrowed, not copied.
    let mut lowers: Vec<Option<Cow<'_, str>>> = vec![None; toks.len()];
    let longest_cue = STRONG_CUES
        .iter()
        .chain(WEAK_CUES)
        .map(|c| c.len())
        .max()
        .unwrap_or(0);
    for (i, t) in toks.iter().enumerate() {
        let w = t.raw;
        if !capitalised(w) {
            continue;
        }
        let len = w.chars().count();
        if !(2..=20).contains(&len) {
            continue;
        }
        // The words read about this one: as many before it as the longest cue, three after.
        let from = i.saturating_sub(longest_cue);
        for (k, l) in lowers
            .iter_mut()
            .enumerate()
            .take((i + 4).min(toks.len()))
            .skip(from)
        {
            if l.is_none() {
                *l = Some(lower_of(toks[k].raw));
            }
        }
        let lower = |k: usize| lowers[k].as_deref().unwrap_or_default();
        let l = lower(i);
        if never_a_name(l) || place.iter().any(|p| *p == l) {
            continue;
        }
        // The words before this one, in order, as many as the longest cue.
        let before: &[Option<Cow<'_, str>>] = &lowers[from..i];
        let prev_lower = before.last().and_then(Option::as_deref);
        // "San Antonio", "Santa Monica", "São Paulo", "Saint Denis": a place, not a person.
        if prev_lower.is_some_and(|p| PLACE_PREFIXES.contains(&p)) {
            continue;
        }
        let listed = is_first_name(l);
        let after_honorific = i > 0 && {
            let h = prev_lower.unwrap_or("");
            let prev = toks[i - 1];
            (HONORIFICS.contains(&h) && capitalised(prev.raw))
                || (prev.raw == "M" && text[prev.end..].starts_with('.'))
        };
        let strong = after_honorific || ends_with_cue(before, STRONG_CUES);
        let weak = listed && ends_with_cue(before, WEAK_CUES);
        let next = (i + 1 < toks.len()).then(|| lower(i + 1));
        let aged = listed
            && (next.is_some_and(is_age)
                || matches!(next, Some("here" | "aqui" | "aquí" | "ici"))
                || (matches!(next, Some("is" | "es" | "est" | "tem" | "aged"))
                    && i + 2 < toks.len()
                    && is_age(lower(i + 2))));
        let in_title = title && listed && !next.is_some_and(|n| BUSINESS_WORDS.contains(&n));
        if strong || weak || aged || in_title {
            out.push(w.to_string());
            // The age stated for it: the next word, or the one after a filler.
            let at = if next.is_some_and(|n| AGE_FILLERS.contains(&n)) {
                i + 2
            } else {
                i + 1
            };
            if let Some(a) = (at < toks.len()).then(|| lower(at)).filter(|a| is_age(a)) {
                let unit = at + 1 < toks.len() && NOT_AGE_AFTER.contains(&lower(at + 1));
                if let (false, Ok(age)) = (unit, a.parse::<u8>()) {
                    ages.push((l.to_string(), age));
                }
            }
        }
    }
}

/// A common ad word or an honorific (lower case): never a name itself. Looked up in a set
/// built once: a capitalised word is checked against every entry of the lists otherwise.
fn never_a_name(lower: &str) -> bool {
    static WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| NOT_NAMES.iter().chain(HONORIFICS).copied().collect());
    WORDS.contains(lower)
}

/// A word in lower case, borrowed when it is written so.
fn lower_of(word: &str) -> Cow<'_, str> {
    plainsight_text::lowercase(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written for this test: ad-like snippets in en/es/fr/pt with the names a reader would
    /// take from them. Precision and recall are measured over the whole set.
    const FIXTURES: &[(&str, bool, &[&str])] = &[
        (
            "Hi gentlemen, my name is Lexi and I am new in town",
            false,
            &["Lexi"],
        ),
        ("Sexy Lexi in Houston", true, &["Lexi"]),
        (
            "Looking for fun? Rules: no rush. Outcall Available",
            false,
            &[],
        ),
        (
            "Available now. Real and independent. Outcall only",
            false,
            &[],
        ),
        ("Jasmine is 24, curvy and playful", false, &["Jasmine"]),
        ("Jasmine 24 - curvy and playful", true, &["Jasmine"]),
        ("Anna (27) - curvy, long hair, exotic", false, &["Anna"]),
        ("Hola caballeros, soy Luna, rusa y dulce", false, &["Luna"]),
        ("Barcelona: Luna disponible ya", true, &["Luna"]),
        (
            "Bonjour, je m'appelle Chloé, nouvelle à Paris",
            false,
            &["Chloé"],
        ),
        ("Oi amor, me chamo Bruna, cheguei hoje", false, &["Bruna"]),
        ("Meu nome é Larissa e estou disponível", false, &["Larissa"]),
        ("Ask for Mrs Grace for details", false, &["Grace"]),
        (
            "WhatsApp Mrs Esther for more information",
            false,
            &["Esther"],
        ),
        ("Contactez M. Diallo au bureau", false, &["Diallo"]),
        (
            "Pregunta por Sr. Ramírez en la oficina",
            false,
            &["Ramírez"],
        ),
        (
            "Relaxing massage San Antonio - Moonlight Health Spa",
            true,
            &[],
        ),
        (
            "Grand opening Jade Spa (Dallas): new staff, hot stone",
            true,
            &[],
        ),
        ("Jade Wellness now open in Miami", true, &[]),
        ("New girl Jasmine just arrived Houston", true, &["Jasmine"]),
        ("Crystal new in Dubai", true, &["Crystal"]),
        ("I'm Mia, sweet and discreet", false, &["Mia"]),
        ("I'm Available all night, Outcall Only", false, &[]),
        ("I am New here. Text me", false, &[]),
        (
            "URGENT! waitresses needed in Poland. Processing fee deducted",
            false,
            &[],
        ),
        (
            "Evergreen Builders has served Atlanta since 2000",
            false,
            &[],
        ),
        ("Now hiring: Forklift Operator (San Antonio)", true, &[]),
        ("General Labourer wanted in Austin", true, &[]),
        ("Mountain bike, barely used", true, &[]),
        ("Grace Travel & Tours: licensed 2020", false, &[]),
        ("Call me Ruby, I'm waiting for you", false, &["Ruby"]),
        (
            "Upscale Gentlemen Only. Located near Downtown Dubai",
            false,
            &[],
        ),
        (
            "Hot Stone, Deep Tissue, Swedish, Couples Massage",
            false,
            &[],
        ),
        ("Moi c'est Camille, étudiante", false, &["Camille"]),
        ("Me llamo Valentina y soy colombiana", false, &["Valentina"]),
        (
            "Hallo ihr Lieben, ich bin Vivien, 32 Jahre jung.",
            false,
            &["Vivien"],
        ),
        ("Hi, ich bin Vivien (26).", false, &["Vivien"]),
        ("Ciao, mi chiamo Giada, sono nuova", false, &["Giada"]),
        ("Hoi, ik ben Sanne", false, &["Sanne"]),
        ("Bună, sunt Andreea, 24 de ani", false, &["Andreea"]),
        ("Cześć, jestem Kasia", false, &["Kasia"]),
        // Not names: "ich bin neu", "sono disponibile".
        ("Ich bin neu in der Stadt", false, &[]),
        ("sono disponibile tutti i giorni", false, &[]),
        ("Sou a Juliana, morena carinhosa", false, &["Juliana"]),
        ("Equal Opportunity Employer. Apply Now!", false, &[]),
        (
            "Empresa que garantiza la Igualdad de Oportunidades",
            false,
            &[],
        ),
        ("Candidatez dès maintenant. Poste à Pourvoir", false, &[]),
        ("Diamond is 19, slim and playful", false, &["Diamond"]),
        ("slim Brazilian Diamond", true, &["Diamond"]),
        (
            "Book Now With Amber And Ruby, two girls",
            false,
            &["Amber", "Ruby"],
        ),
        (
            "Visiting Houston this week only. Safe and friendly",
            false,
            &[],
        ),
        ("Sweet Sofia visiting Madrid, 22 años", true, &["Sofia"]),
        ("Beautiful Latina Valeria in Miami", true, &["Valeria"]),
        ("Golden Lotus Spa - Grand Opening", true, &[]),
        ("Ask for the Starlight Package for extra time", false, &[]),
        ("Remember the Pearl Menu at the door", false, &[]),
        ("Daisy Day Spa grand opening", true, &[]),
        ("Hi, this is Nina. Text me", false, &["Nina"]),
        ("Lily here for a short time", false, &["Lily"]),
        (
            "Massagem relaxante em São Paulo com a Bruna",
            true,
            &["Bruna"],
        ),
        ("Escorts Santa Monica: Sofia 23 available", true, &["Sofia"]),
        ("Rose here, Visiting from Miami", false, &["Rose"]),
    ];

    fn names_of(text: &str, title: bool) -> Vec<String> {
        let mut out = Vec::new();
        advertised(text, title, &[], &mut out);
        out
    }

    #[test]
    fn precision_on_the_fixtures_is_at_least_nine_tenths() {
        let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
        for (text, title, want) in FIXTURES {
            let got = names_of(text, *title);
            for g in &got {
                if want.contains(&g.as_str()) {
                    tp += 1;
                } else {
                    fp += 1;
                    eprintln!("false name {g:?} in fixture {text:?}");
                }
            }
            fneg += want.iter().filter(|w| !got.iter().any(|g| g == *w)).count();
        }
        let precision = tp as f64 / (tp + fp).max(1) as f64;
        let recall = tp as f64 / (tp + fneg).max(1) as f64;
        eprintln!("names: precision {precision:.3} recall {recall:.3} (tp {tp} fp {fp} fn {fneg})");
        assert!(precision >= 0.9, "precision {precision:.3}");
        assert!(recall >= 0.8, "recall {recall:.3}");
    }

    #[test]
    fn capitalised_ad_words_are_not_names() {
        for text in [
            "Looking for Fun",
            "Rules: Outcall Available",
            "New In Town",
            "Available Now",
        ] {
            assert!(names_of(text, false).is_empty(), "{text}");
            assert!(names_of(text, true).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_place_is_not_a_name() {
        let mut out = Vec::new();
        advertised(
            "Florence is 25 and new",
            false,
            &["florence".to_string()],
            &mut out,
        );
        assert!(out.is_empty());
    }
}
