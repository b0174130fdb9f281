//! Payment handles: Cash App `$cashtag` (and "cashapp: name"), Venmo ("venmo @x", "venmo: x"),
//! PayPal ("paypal: a@b.com"; `paypal.me/x` is read in [`crate::url`]) and Zelle, which pays to a
//! phone number or an email ("zelle 713-555-0123", "zelle: a@b.com").
//!
//! A `$` followed by a digit is a price, never a cashtag; a cashtag must start with a letter
//! (Cash App requires a letter) and must not be a rate or currency abbreviation (`$hh`, `$usd`).
//!
//! Zelle and PayPal payments to a phone or an email are both a `payment` and that `phone` or
//! `email`: the payment spans the cue and the contact, and is kept beside it (same group).
//!
//! A bank account written as an IBAN ("IBAN: PL61 1090 1014 0000 0712 1981 2874", the deposit
//! a scam asks for) is a payment `iban:PL61109010140000071219812874` when its length is its
//! country's and its check digits hold (ISO 13616: mod 97): unbroken, or in the printed groups
//! of four.

use crate::email::EmailHit;
use crate::{Cand, FieldText, PhoneHit, Sink, RANK_PAYMENT};
use plainsight_core::{Platform, SelectorKind};
use regex::Regex;
use std::sync::LazyLock;

static CASHTAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<cue>cash[ \t]?app[ \t]*(?:[:=\-]+[ \t]*|(?:me[ \t]+|[ \t]+)))?\$(?P<tag>[a-z][a-z0-9_\-]{1,19})|cash[ \t]?app[ \t]*(?:[:=\-]+[ \t]*|[ \t]+(?:me[ \t]+)?)(?P<bare>[a-z][a-z0-9_\-]{1,19})")
        .expect("cashtag pattern")
});

static VENMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"venmo[ \t]*(?:[:=\-]+[ \t]*|[ \t]+(?:me[ \t]+)?)(?P<at>@[ \t]?)?(?P<name>[a-z0-9][a-z0-9_\-]{4,29})")
        .expect("venmo pattern")
});

static CONTACT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<cue>zelle|paypal)[ \t]*(?:[:=\-]+[ \t]*|(?:me|to|at|via)[ \t]+)?")
        .expect("zelle pattern")
});

/// Words after "$" or a payment cue that are not account names.
const STOPWORDS: &[&str] = &[
    "hh",
    "hr",
    "hrs",
    "hour",
    "hours",
    "h",
    "qv",
    "qq",
    "fs",
    "gfe",
    "pse",
    "usd",
    "cad",
    "aud",
    "eur",
    "gbp",
    "ngn",
    "rose",
    "roses",
    "donation",
    "donations",
    "only",
    "accepted",
    "ok",
    "okay",
    "preferred",
    "available",
    "and",
    "or",
    "only",
    "also",
    "too",
    "is",
    "me",
    "please",
    "pls",
    "first",
    "deposit",
    "dep",
    "upfront",
    "up",
    "payment",
    "pay",
    "the",
    "for",
    "to",
    "no",
    "yes",
    "cash",
    "app",
    "fee",
    "fees",
    "incall",
    "outcall",
    "special",
    "specials",
    "off",
];

fn word_before(lower: &str, pos: usize) -> bool {
    lower.as_bytes()[..pos]
        .last()
        .is_some_and(|b| b.is_ascii_alphanumeric() || b"_$".contains(b))
}

fn ends_token(lower: &str, end: usize) -> bool {
    match lower.as_bytes().get(end) {
        None => true,
        Some(&b) => !(b.is_ascii_alphanumeric() || b == b'_' || b == b'@'),
    }
}

pub(crate) fn find(ft: &FieldText<'_>, sink: &mut Sink, phones: &[PhoneHit], emails: &[EmailHit]) {
    let lower = &ft.lower;
    for (s, e, iban) in ibans(lower) {
        push(ft, sink, Platform::Iban, format!("iban:{iban}"), s, e);
    }
    if lower.contains('$') || lower.contains("cash") {
        for caps in CASHTAG.captures_iter(lower) {
            let Some(m) = caps.get(0) else { continue };
            let Some(tag) = caps.name("tag").or(caps.name("bare")) else {
                continue;
            };
            if word_before(lower, m.start()) || !ends_token(lower, tag.end()) {
                continue;
            }
            if STOPWORDS.contains(&tag.as_str()) {
                continue;
            }
            let tag = tag.as_str().trim_end_matches('-');
            push(
                ft,
                sink,
                Platform::Cashapp,
                format!("cashapp:${tag}"),
                m.start(),
                m.end(),
            );
        }
    }
    if lower.contains("venmo") {
        for caps in VENMO.captures_iter(lower) {
            let (Some(m), Some(name)) = (caps.get(0), caps.name("name")) else {
                continue;
            };
            if word_before(lower, m.start()) || !ends_token(lower, name.end()) {
                continue;
            }
            if STOPWORDS.contains(&name.as_str())
                || name.as_str().bytes().all(|b| b.is_ascii_digit())
            {
                continue;
            }
            push(
                ft,
                sink,
                Platform::Venmo,
                format!("venmo:{}", name.as_str()),
                m.start(),
                m.end(),
            );
        }
    }
    if lower.contains("zelle") || lower.contains("paypal") {
        for caps in CONTACT_CUE.captures_iter(lower) {
            let (Some(m), Some(cue)) = (caps.get(0), caps.name("cue")) else {
                continue;
            };
            if word_before(lower, m.start()) {
                continue;
            }
            let (platform, prefix) = if cue.as_str() == "zelle" {
                (Platform::Zelle, "zelle")
            } else {
                (Platform::Paypal, "paypal")
            };
            let (cs, ce) = ft.orig(m.start(), m.end());
            if let Some(e) = emails.iter().find(|e| e.start >= ce && e.start <= ce + 3) {
                sink.push(Cand {
                    kind: SelectorKind::Payment,
                    platform: Some(platform),
                    value: format!("{prefix}:{}", e.value),
                    start: cs,
                    end: e.end,
                    group: e.group,
                    rank: RANK_PAYMENT,
                });
            } else if platform == Platform::Zelle {
                if let Some(p) = crate::phone_right_after(ft.raw, ce, phones) {
                    sink.push(Cand {
                        kind: SelectorKind::Payment,
                        platform: Some(platform),
                        value: format!("zelle:{}", p.e164),
                        start: cs,
                        end: p.end,
                        group: p.group,
                        rank: RANK_PAYMENT,
                    });
                }
            }
        }
    }
}

/// The IBANs in lower-case text: (start, end, the IBAN in capitals without spaces).
fn ibans(lower: &str) -> Vec<(usize, usize, String)> {
    let b = lower.as_bytes();
    let mut out = Vec::new();
    // The shortest IBAN (Norway's) has 13 digits; most fields have fewer.
    if b.iter().filter(|c| c.is_ascii_digit()).count() < 13 {
        return out;
    }
    let mut i = 0;
    while i + 4 <= b.len() {
        // Digits are rarer than letters: they are looked at first.
        let starts = b[i + 2].is_ascii_digit()
            && b[i + 3].is_ascii_digit()
            && b[i].is_ascii_lowercase()
            && b[i + 1].is_ascii_lowercase()
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        let Some(len) = starts
            .then(|| iban_length([b[i].to_ascii_uppercase(), b[i + 1].to_ascii_uppercase()]))
            .flatten()
        else {
            i += 1;
            continue;
        };
        // Its characters, unbroken or in groups of four with one space between.
        let mut chars: Vec<u8> = Vec::with_capacity(len);
        let (mut j, mut end) = (i, i);
        while j < b.len() && chars.len() < len {
            if b[j].is_ascii_alphanumeric() {
                chars.push(b[j].to_ascii_uppercase());
                j += 1;
                end = j;
            } else if b[j] == b' '
                && chars.len().is_multiple_of(4)
                && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                j += 1;
            } else {
                break;
            }
        }
        let whole = chars.len() == len && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
        if whole && iban_checks(&chars) {
            out.push((i, end, String::from_utf8_lossy(&chars).into_owned()));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// ISO 13616's check: the first four characters moved to the end, letters as 10..35, the whole
/// number modulo 97 is 1.
fn iban_checks(chars: &[u8]) -> bool {
    let mut r: u32 = 0;
    for &c in chars[4..].iter().chain(&chars[..4]) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        r = if v >= 10 {
            (r * 100 + v) % 97
        } else {
            (r * 10 + v) % 97
        };
    }
    // Check digits of 00, 01 and 99 are never issued.
    r == 1 && !matches!(&chars[2..4], b"00" | b"01" | b"99")
}

/// The IBAN length of a country (SWIFT's IBAN registry).
fn iban_length(country: [u8; 2]) -> Option<usize> {
    Some(match &country {
        b"NO" => 15,
        b"BE" => 16,
        b"DK" | b"FI" | b"FO" | b"GL" | b"NL" => 18,
        b"MK" | b"SI" => 19,
        b"AT" | b"BA" | b"EE" | b"KZ" | b"LT" | b"LU" | b"XK" => 20,
        b"CH" | b"HR" | b"LI" | b"LV" => 21,
        b"BG" | b"BH" | b"CR" | b"DE" | b"GB" | b"GE" | b"IE" | b"ME" | b"RS" | b"VA" => 22,
        b"AE" | b"GI" | b"IL" | b"IQ" | b"TL" => 23,
        b"AD" | b"CZ" | b"ES" | b"MD" | b"PK" | b"RO" | b"SA" | b"SE" | b"SK" | b"TN" | b"VG" => 24,
        b"PT" | b"ST" => 25,
        b"IS" | b"TR" => 26,
        b"FR" | b"GR" | b"IT" | b"MC" | b"MR" | b"SM" => 27,
        b"AL" | b"AZ" | b"BY" | b"CY" | b"DO" | b"GT" | b"HU" | b"LB" | b"PL" | b"SV" => 28,
        b"BR" | b"EG" | b"PS" | b"QA" | b"UA" => 29,
        b"JO" | b"KW" | b"MU" => 30,
        b"MT" | b"SC" => 31,
        b"LC" => 32,
        _ => return None,
    })
}

fn push(
    ft: &FieldText<'_>,
    sink: &mut Sink,
    platform: Platform,
    value: String,
    s: usize,
    e: usize,
) {
    let (start, end) = ft.orig(s, e);
    let group = sink.group();
    sink.push(Cand {
        kind: SelectorKind::Payment,
        platform: Some(platform),
        value,
        start,
        end,
        group,
        rank: RANK_PAYMENT,
    });
}

#[cfg(test)]
mod tests {
    use crate::testutil::{selectors, values_of};
    use crate::{FieldText, PhoneHit, Sink};
    use plainsight_core::SelectorKind::*;

    #[test]
    fn ibans_with_their_check_digits() {
        assert_eq!(
            values_of(
                "Deposit first: IBAN PL61 1090 1014 0000 0712 1981 2874 (Anna)",
                Payment
            ),
            vec!["iban:PL61109010140000071219812874"]
        );
        assert_eq!(
            values_of("transfer to GB82WEST12345698765432 before", Payment),
            vec!["iban:GB82WEST12345698765432"]
        );
        assert_eq!(
            values_of("iban: fr14 2004 1010 0505 0001 3m02 606.", Payment),
            vec!["iban:FR1420041010050500013M02606"]
        );
        for text in [
            // One digit off, the check fails.
            "IBAN GB82 WEST 1234 5698 7654 33",
            // One character short of Germany's 22.
            "DE89 3704 0044 0532 0130 0",
            // Glued to a longer token, and a country without IBANs.
            "XDE89370400440532013000",
            "US12 3456 7890 1234",
        ] {
            assert!(values_of(text, Payment).is_empty(), "{text}");
        }
        // Its digits are no phone number.
        assert!(values_of("IBAN: RO49 AAAA 1B31 0075 9384 0000", Phone).is_empty());
        assert_eq!(
            values_of("IBAN: RO49 AAAA 1B31 0075 9384 0000", Payment),
            vec!["iban:RO49AAAA1B31007593840000"]
        );
    }

    #[test]
    fn cashtags_not_prices() {
        assert_eq!(
            values_of("cashapp $Lily22 only", Payment),
            vec!["cashapp:$lily22"]
        );
        assert_eq!(
            values_of("pay $lily_xo first", Payment),
            vec!["cashapp:$lily_xo"]
        );
        assert_eq!(
            values_of("Cash App: lilyxo", Payment),
            vec!["cashapp:$lilyxo"]
        );
        for text in [
            "$200 hh",
            "$150/hr",
            "$300 roses",
            "$80qv",
            "$hh 120",
            "US$ 50",
            "a$b",
        ] {
            assert!(values_of(text, Payment).is_empty(), "{text}");
        }
    }

    #[test]
    fn venmo() {
        assert_eq!(
            values_of("venmo @Lily-Rose22", Payment),
            vec!["venmo:lily-rose22"]
        );
        assert_eq!(
            values_of("Venmo: lilyrose", Payment),
            vec!["venmo:lilyrose"]
        );
        assert!(values_of("venmo only", Payment).is_empty());
        assert!(values_of("venmo accepted", Payment).is_empty());
    }

    #[test]
    fn zelle_and_paypal_to_an_email() {
        let s = selectors("zelle: lily22@gmail.com");
        let kinds: Vec<_> = s
            .iter()
            .map(|s| (s.kind, s.reveal_value().to_string()))
            .collect();
        assert!(
            kinds.contains(&(Payment, "zelle:lily22@gmail.com".into())),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(Email, "lily22@gmail.com".into())),
            "{kinds:?}"
        );
        assert_eq!(
            values_of("PayPal - lily22@gmail.com", Payment),
            vec!["paypal:lily22@gmail.com"]
        );
    }

    #[test]
    fn zelle_to_a_phone_found_by_the_phone_stage() {
        // The phone stage's spans are given here, so this test does not depend on its state.
        let raw = "Zelle 713-555-0123 ok";
        let ft = FieldText::new(raw, "US".parse().ok());
        let mut sink = Sink::default();
        let group = sink.group();
        let phones = vec![PhoneHit {
            e164: "+17135550123".into(),
            start: 6,
            end: 18,
            group,
        }];
        super::find(&ft, &mut sink, &phones, &[]);
        let c = &sink.cands[0];
        assert_eq!(c.value, "zelle:+17135550123");
        assert_eq!((c.start, c.end, c.group), (0, 18, group));
    }
}
