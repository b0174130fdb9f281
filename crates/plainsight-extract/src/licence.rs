//! Licence and registration numbers that recruitment and placement agencies advertise under:
//! the overseas-employment licence of a Pakistani promoter ("OEP Licence No. 1234/LHR"), a
//! Bangladeshi recruiting licence ("R.L. No. 0123"), an Indian recruiting agent's ("RA Licence
//! No. B-0585/MUM/…"), a Nepali manpower company's ("Govt. Lic. No. 1234/067/68"). One agency
//! writes its number many ways ("RL-1234/PESH", "RL 1234 / PESH", "Lic. No: RL1234-PESH",
//! "Licence RL/1234/PESH", "R.L. No. 1234/PESH"); the value is the serial (the code's first
//! digits) and the part after it, upper case, joined by `/` (`1234/PESH`), so that all of
//! them are one ([`canonical`]).
//!
//! A code is read after a licence cue ("licence", "license", "licensed agency", "lic.",
//! "licencia", "licença", "agrément", "registration", "reg.", "R.L.", with "no", "number", "#"
//! and a colon allowed between) when it has three digits or more, and a code with a short
//! prefix and a suffix after a slash ("RL-1234/PESH") also without one; never where a word of
//! the code is a currency, a unit or a short word ("USD 1500/month", "reg. 150/hr": a price).
//! A year alone is no licence number ("licensed 2018").

use crate::{Cand, FieldText, Sink, RANK_LICENCE, RANK_LICENCE_DIGITS};
use plainsight_core::SelectorKind;
use regex::Regex;
use std::sync::LazyLock;

/// A cue, then the code (on the ASCII-lower-cased folded text). Cues: the words for a
/// licence, a registration or an authorisation in the ads' languages, the national acronyms
/// that stand for one (Bangladesh's RL, India's RA, Pakistan's OEP, the Philippines' POEA and
/// DMW), then a number sign ("no", "nr", "n°", "nº", "#", "رقم", "नं", "নং", "nomor"), then the
/// code: up to two groups of letters, three digits or more, then groups after `-`, `/` or `.`.
static CUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^\p{L}\p{N}])(?:(?:govt\.?|government|oep|ra|poea|dmw|bureau|mea|tdlr)\s+)?(?:licen[cs]ed(?:\s+agency)?|licen[cs]e|licencia|licen[cç]a|licenza|lizenz|lesen|lic\.?|agr[eé]ment|registration|registro|registre|registrasi|regd\.?|regn\.?|reg\.|(?:reg|cert)\s*(?:no|#)|r\.?\s?l\.?|ra\s+no\.?|lmt|camtc|autorizaci[oó]n|autorizada|autoris[ée]e?|autorisation|izin|ijin|nomor|رخصة|الرخصة|ترخيص|لائسنس|लाइसेन्स|लाइसेंस|इजाजतपत्र|पंजीकरण|লাইসেন্স)(?P<sign>(?:\s*(?:no|nr|num|number|n°|nº|n\.°|n\.º|#|رقم|نمبر|नं|संख्या|নং|nomor)\.?)*\s*[:#\-]?)\s*(?P<code>(?:[a-z]{1,5}(?:[ \-/.#]{1,3}[a-z]{1,5})?[ \-/.#]{0,3})?\d{2,10}(?:(?:[ ]?[\-/][ ]?|\.)[a-z\d]{1,8}){0,6})",
    )
    .expect("licence pattern")
});

/// A code alone: a short prefix, digits, a slash and a suffix ("rl-8867/hyd").
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^a-z0-9./@])(?P<code>[a-z]{2,4}[ \-/]{1,2}\d{3,6}[ ]?/[ ]?[a-z]{2,5})")
        .expect("bare licence pattern")
});

/// Words of a price or a quantity (currencies, units, short words), never part of a licence.
const NOT_LICENCE: &[&str] = &[
    "usd", "eur", "gbp", "aed", "sar", "qar", "kwd", "omr", "bhd", "ngn", "ghs", "kes", "inr",
    "rs", "npr", "bdt", "pkr", "lkr", "php", "idr", "myr", "thb", "cop", "pen", "ves", "mxn",
    "brl", "ars", "clp", "cad", "aud", "chf", "try", "tl", "xof", "cfa", "fcfa", "eu", "tel", "ph",
    "mob", "fax", "call", "wa", "ref", "hr", "hrs", "hour", "day", "days", "week", "wk", "month",
    "mo", "mth", "year", "yr", "night", "nite", "pc", "pcs", "kg", "km", "pax", "head", "sqft",
    "sqm", "min", "mins", "shift", "job", "jobs", "post", "lot", "unit", "room", "hh", "h", "hs",
    "ora", "al", "at", "for", "por", "pour", "de", "la", "le", "el", "to", "from", "only", "just",
    "and", "or", "y", "et", "e", "o", "con", "avec", "with", "fee", "fees", "cost",
];

/// Finds licence numbers in one field.
pub(crate) fn find(ft: &FieldText<'_>, sink: &mut Sink) {
    let lower = ft.lower.as_str();
    // No digit, of any script: no licence.
    if !lower.bytes().any(|b| b.is_ascii_digit())
        && !lower
            .chars()
            .any(|c| plainsight_text::decimal_digit(c).is_some())
    {
        return;
    }
    for caps in CUED.captures_iter(lower) {
        let (Some(all), Some(code)) = (caps.get(0), caps.name("code")) else {
            continue;
        };
        // "Licensed" says what someone is ("our therapists are licensed 3855 Oak Ave"):
        // after it alone, only a code with letters in it.
        let cue = &lower[all.start()..code.start()];
        let bare_adjective = cue.contains("licensed") || cue.contains("licenced");
        // A number sign after it ("licensed n° 4521", "licensed nr 4521", "licensed #4521")
        // says a number follows, as "licensed agency" does.
        let numbered = cue.contains("agency")
            || caps.name("sign").is_some_and(|m| {
                m.as_str()
                    .chars()
                    .any(|c| c.is_alphanumeric() || matches!(c, '#' | '°' | 'º'))
            });
        if bare_adjective
            && !numbered
            && lower[code.start()..code.end()]
                .bytes()
                .all(|b| !b.is_ascii_alphabetic())
        {
            continue;
        }
        push(ft, sink, code.start(), code.end(), true);
    }
    for caps in BARE.captures_iter(if lower.contains('/') { lower } else { "" }) {
        if let Some(code) = caps.name("code") {
            push(ft, sink, code.start(), code.end(), false);
        }
    }
}

fn push(ft: &FieldText<'_>, sink: &mut Sink, start: usize, end: usize, cued: bool) {
    let lower = ft.lower.as_str();
    // A code glued to more letters or digits is part of a longer word ("licensed. 3654" is
    // not the cue "license" and a code "d. 3654").
    if lower[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
        || lower[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return;
    }
    let code = &lower[start..end];
    // A price or a quantity: "reg. 150/hr", "USD 1500/month", "al 150/hh".
    if code
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| NOT_LICENCE.contains(&w))
    {
        return;
    }
    let Some(value) = value_of(code, cued) else {
        return;
    };
    let (s, e) = ft.orig(start, end);
    if s >= e {
        return;
    }
    // A code of digits alone gives way to a phone number read over the same characters
    // ("licensed therapist 403.555.0151" is her number); one with letters in it does not
    // ("Licence No. B-9623/36273").
    let rank = if code.bytes().any(|b| b.is_ascii_alphabetic()) {
        RANK_LICENCE
    } else {
        RANK_LICENCE_DIGITS
    };
    let group = sink.group();
    sink.push(Cand {
        kind: SelectorKind::Licence,
        platform: None,
        value,
        start: s,
        end: e,
        group,
        rank,
    });
}

/// The code from its first digits on, upper case, parts joined by `/`: `rl-1234/pesh`,
/// `rl1234-pesh` and `1234 / pesh` are all `1234/PESH`. `None` unless its first part has three
/// digits or more and it has a second part or four digits; after a cue (`cued`), three digits
/// in all suffice (`Bureau Licence No. 13-63`).
fn value_of(code: &str, cued: bool) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut digits = false;
    for c in code.chars() {
        // Digits of any script are read as ASCII ("३७६/०७२/७३" is 376/072/73).
        let c = match plainsight_text::decimal_digit(c) {
            Some(d) => char::from(b'0' + d),
            None => c,
        };
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if !cur.is_empty() && c.is_ascii_digit() != digits {
            parts.push(std::mem::take(&mut cur));
        }
        digits = c.is_ascii_digit();
        cur.push(c.to_ascii_uppercase());
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    let first = parts
        .iter()
        .position(|p| p.bytes().all(|b| b.is_ascii_digit()))?;
    let parts = &parts[first..];
    let lead = parts[0].len();
    let digit_count: usize = parts
        .iter()
        .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
        .map(String::len)
        .sum();
    let short = if cued { digit_count < 3 } else { lead < 3 };
    if short || (parts.len() < 2 && ((lead < 4 && !cued) || is_year(&parts[0]))) {
        return None;
    }
    Some(canonical(parts))
}

/// One licence however much of it an ad copies: the serial (its first digits) and the part
/// after it — the issuing office (`1292/CHE` of India's `B-1292/CHE/PROP/500/9/2708/2014`,
/// also written `B-1292/CHE`) or the year of issue (`766/74` of Nepal's `766/074/075`, also
/// `766/074/75`) —, numbers without leading zeros and years of issue in two digits
/// (`324/15` of `0324-2015`, `324.2015` and `324-15`).
fn canonical(parts: &[String]) -> String {
    parts
        .iter()
        .take(2)
        .enumerate()
        .map(|(i, p)| {
            if !p.bytes().all(|b| b.is_ascii_digit()) {
                return p.clone();
            }
            let p = if i > 0 && is_year(p) {
                &p[2..]
            } else {
                p.as_str()
            };
            match p.trim_start_matches('0') {
                "" => "0".to_string(),
                t => t.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Four digits from 1900 to 2099: "licensed 2018" says since when, not under which number.
fn is_year(digits: &str) -> bool {
    digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::value_of;

    fn value_of_t(code: &str) -> Option<String> {
        value_of(code, false)
    }

    #[test]
    fn one_agency_writing_its_number_many_ways_is_one_value() {
        for code in [
            "rl-1234/pesh",
            "rl 1234 / pesh",
            "rl1234-pesh",
            "rl/1234/pesh",
            "1234/pesh",
        ] {
            assert_eq!(value_of_t(code).as_deref(), Some("1234/PESH"), "{code}");
        }
        assert_eq!(value_of_t("b-0585/mum/per").as_deref(), Some("585/MUM"));
        assert_eq!(value_of_t("b-0585/mum").as_deref(), Some("585/MUM"));
        assert_eq!(value_of_t("1234/067/68").as_deref(), Some("1234/67"));
        assert_eq!(value_of_t("1234/067/068").as_deref(), Some("1234/67"));
        assert_eq!(value_of_t("0324-2015").as_deref(), Some("324/15"));
        assert_eq!(value_of_t("324-15").as_deref(), Some("324/15"));
        assert_eq!(value_of_t("0123").as_deref(), Some("123"));
        assert_eq!(value_of_t("2018"), None);
        assert_eq!(value_of_t("2018/dxb").as_deref(), Some("2018/DXB"));
        assert_eq!(value_of_t("12"), None);
        assert_eq!(value_of_t("123"), None);
        assert_eq!(value_of_t("pesh"), None);
    }
}
