//! Licence and registration numbers that recruitment and placement agencies advertise under:
//! the overseas-employment licence of a Pakistani promoter ("OEP Licence No. 1234/LHR"), a
//! Bangladeshi recruiting licence ("R.L. No. 0123"), an Indian recruiting agent's ("RA Licence
//! No. B-0585/MUM/…"), a Nepali manpower company's ("Govt. Lic. No. 1234/067/68"). One agency
//! writes its number many ways ("RL-1234/PESH", "RL 1234 / PESH", "Lic. No: RL1234-PESH",
//! "Licence RL/1234/PESH", "R.L. No. 1234/PESH"); the value is the code from its first digits
//! on, upper case, its parts joined by `/` (`1234/PESH`), so that all of them are one.
//!
//! A code is read after a licence cue ("licence", "license", "licensed agency", "lic.",
//! "licencia", "licença", "agrément", "registration", "reg.", "R.L.", with "no", "number", "#"
//! and a colon allowed between) when it has three digits or more, and a code with a short
//! prefix and a suffix after a slash ("RL-1234/PESH") also without one; never where a word of
//! the code is a currency, a unit or a short word ("USD 1500/month", "reg. 150/hr": a price).
//! A year alone is no licence number ("licensed 2018").

use crate::{Cand, FieldText, Sink, RANK_LICENCE};
use plainsight_core::SelectorKind;
use regex::Regex;
use std::sync::LazyLock;

/// A cue, then the code (on the ASCII-lower-cased folded text).
static CUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z0-9])(?:(?:govt\.?|government|oep|ra|poea)\s+)?(?:licen[cs]ed(?:\s+agency)?|licen[cs]e|licencia|licen[cç]a|lic\.?|agr[eé]ment|registration|reg\.|r\.\s?l\.)(?:\s*(?:no|nr|num|number|#)\.?)?\s*[:#\-]?\s*(?P<code>(?:[a-z]{1,4}[ \-/.]{0,2})?\d{3,8}(?:[ ]?[\-/][ ]?[a-z0-9]{1,8}){0,6})",
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
    "and", "or", "y", "et", "e", "o", "con", "avec", "with",
];

/// Finds licence numbers in one field.
pub(crate) fn find(ft: &FieldText<'_>, sink: &mut Sink) {
    let lower = ft.lower.as_str();
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let cued = ["lic", "reg", "r.l", "r. l", "agr"]
        .iter()
        .any(|c| lower.contains(c));
    for caps in CUED.captures_iter(if cued { lower } else { "" }) {
        let (Some(all), Some(code)) = (caps.get(0), caps.name("code")) else {
            continue;
        };
        // "Licensed" says what someone is ("our therapists are licensed 3855 Oak Ave"):
        // after it alone, only a code with letters in it.
        let cue = &lower[all.start()..code.start()];
        let bare_adjective = cue.contains("licensed") || cue.contains("licenced");
        let numbered = cue.contains("agency") || cue.contains("no") || cue.contains('#');
        if bare_adjective
            && !numbered
            && lower[code.start()..code.end()]
                .bytes()
                .all(|b| !b.is_ascii_alphabetic())
        {
            continue;
        }
        push(ft, sink, code.start(), code.end());
    }
    for caps in BARE.captures_iter(if lower.contains('/') { lower } else { "" }) {
        if let Some(code) = caps.name("code") {
            push(ft, sink, code.start(), code.end());
        }
    }
}

fn push(ft: &FieldText<'_>, sink: &mut Sink, start: usize, end: usize) {
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
    let Some(value) = value_of(code) else {
        return;
    };
    let (s, e) = ft.orig(start, end);
    if s >= e {
        return;
    }
    let group = sink.group();
    sink.push(Cand {
        kind: SelectorKind::Licence,
        platform: None,
        value,
        start: s,
        end: e,
        group,
        rank: RANK_LICENCE,
    });
}

/// The code from its first digits on, upper case, parts joined by `/`: `rl-1234/pesh`,
/// `rl1234-pesh` and `1234 / pesh` are all `1234/PESH`. `None` unless its first part has three
/// digits or more and it has a second part or four digits.
fn value_of(code: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut digits = false;
    for c in code.chars() {
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
    if lead < 3 || (parts.len() < 2 && (lead < 4 || is_year(&parts[0]))) {
        return None;
    }
    Some(parts.join("/"))
}

/// Four digits from 1900 to 2099: "licensed 2018" says since when, not under which number.
fn is_year(digits: &str) -> bool {
    digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::value_of;

    #[test]
    fn one_agency_writing_its_number_many_ways_is_one_value() {
        for code in [
            "rl-1234/pesh",
            "rl 1234 / pesh",
            "rl1234-pesh",
            "rl/1234/pesh",
            "1234/pesh",
        ] {
            assert_eq!(value_of(code).as_deref(), Some("1234/PESH"), "{code}");
        }
        assert_eq!(value_of("b-0585/mum/per").as_deref(), Some("0585/MUM/PER"));
        assert_eq!(value_of("1234/067/68").as_deref(), Some("1234/067/68"));
        assert_eq!(value_of("0123").as_deref(), Some("0123"));
        assert_eq!(value_of("2018"), None);
        assert_eq!(value_of("2018/dxb").as_deref(), Some("2018/DXB"));
        assert_eq!(value_of("12"), None);
        assert_eq!(value_of("123"), None);
        assert_eq!(value_of("pesh"), None);
    }
}
