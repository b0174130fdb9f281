//! Payment handles: Cash App `$cashtag` (and "cashapp: name"), Venmo ("venmo @x", "venmo: x"),
//! PayPal ("paypal: a@b.com"; `paypal.me/x` is read in [`crate::url`]) and Zelle, which pays to a
//! phone number or an email ("zelle 713-555-0123", "zelle: a@b.com").
//!
//! A `$` followed by a digit is a price, never a cashtag; a cashtag must start with a letter
//! (Cash App requires a letter) and must not be a rate or currency abbreviation (`$hh`, `$usd`).
//!
//! Zelle and PayPal payments to a phone or an email are both a `payment` and that `phone` or
//! `email`: the payment spans the cue and the contact, and is kept beside it (same group).

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
