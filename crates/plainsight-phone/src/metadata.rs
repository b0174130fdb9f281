//! libphonenumber's metadata with ASCII digit classes: the one `PhoneNumberUtil` this crate asks.
//!
//! The metadata's patterns write a digit as `\d`. The `regex` crate reads `\d` as every
//! Unicode decimal digit, so each `\d{7,9}` compiles to an automaton over dozens of scripts'
//! digit ranges, and compiling the patterns of the regions a run touches was the largest fixed
//! cost of a run (about 0.5 s of CPU, 13 % of linking 20,000 posts: BENCHMARKS.md). The
//! patterns are only ever matched against digits libphonenumber has already normalised to
//! ASCII (and this crate hands it ASCII digits), so `[0-9]` says the same thing there and
//! compiles to a fraction of the states. The metadata is the pinned crate's own
//! (`data/libphonenumber-metadata-2.2.15.bin`, Apache-2.0, copied byte for byte from
//! rlibphonenumber 2.2.15); `tests/it/examples.rs` checks that both readers agree on every
//! example number of every region and type.

use prost::Message;
use rlibphonenumber::{
    NumberFormat, PhoneMetadataCollection, PhoneNumberDesc, PhoneNumberUtil, PHONE_NUMBER_UTIL,
};
use std::sync::LazyLock;

/// The metadata of the pinned rlibphonenumber (2.2.15), as its build ships it.
const METADATA: &[u8] = include_bytes!("../data/libphonenumber-metadata-2.2.15.bin");

/// The reader every question of this crate goes to: the pinned metadata with `\d` read as
/// `[0-9]`. Should the copy ever fail to decode (it cannot: a test decodes it), the crate's own
/// reader is used instead, with the same answers and the slower patterns.
pub static UTIL: LazyLock<&'static PhoneNumberUtil> = LazyLock::new(|| {
    ascii_metadata()
        .and_then(|c| {
            // Read from the same decoded copy: the metadata is decoded once.
            let _ = MAX_GROUPS.set(most_national_groups(&c));
            PhoneNumberUtil::new_for_metadata(c).ok()
        })
        .map_or(&*PHONE_NUMBER_UTIL, |u| Box::leak(Box::new(u)))
});

/// [`max_national_groups`], set when [`UTIL`] is built.
static MAX_GROUPS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

/// The pinned metadata with every pattern's `\d` written `[0-9]`.
// The crate marks the pattern fields deprecated because its reader moves them into its own
// wrapper when it is built; in a collection freshly decoded here they hold the patterns.
#[allow(deprecated)]
pub(crate) fn ascii_metadata() -> Option<PhoneMetadataCollection> {
    let mut c = PhoneMetadataCollection::decode(METADATA).ok()?;
    for m in &mut c.metadata {
        for d in [
            &mut m.general_desc,
            &mut m.fixed_line,
            &mut m.mobile,
            &mut m.toll_free,
            &mut m.premium_rate,
            &mut m.shared_cost,
            &mut m.personal_number,
            &mut m.voip,
            &mut m.pager,
            &mut m.uan,
            &mut m.emergency,
            &mut m.voicemail,
            &mut m.short_code,
            &mut m.standard_rate,
            &mut m.carrier_specific,
            &mut m.sms_services,
            &mut m.no_international_dialling,
        ]
        .into_iter()
        .flatten()
        {
            ascii_desc(d);
        }
        for p in [
            &mut m.international_prefix,
            &mut m.preferred_international_prefix,
            &mut m.national_prefix_for_parsing,
            &mut m.leading_digits,
        ]
        .into_iter()
        .flatten()
        {
            *p = ascii_digits(p);
        }
        for f in m
            .number_format
            .iter_mut()
            .chain(m.intl_number_format.iter_mut())
        {
            ascii_format(f);
        }
    }
    Some(c)
}

/// The most digit groups a number's national format can have in any region: each format's
/// groups (`$1 $2 $3`) and the digits of its literals, with the national prefix rule's (`8
/// ($FG)`, `$NP $FG`) on top, counted generously (a `$FG` counts again though it only
/// replaces `$1`). A number written in more groups than this is grouped as no region formats
/// one, and asking every region whether it does can be skipped. `usize::MAX` (no bound)
/// should the metadata not decode.
pub(crate) fn max_national_groups() -> usize {
    LazyLock::force(&UTIL);
    MAX_GROUPS.get().copied().unwrap_or(usize::MAX)
}

/// [`max_national_groups`] of a decoded collection.
#[allow(deprecated)] // as in `ascii_metadata`
fn most_national_groups(c: &PhoneMetadataCollection) -> usize {
    let mut max = 1;
    for m in &c.metadata {
        for f in &m.number_format {
            let rule = f.national_prefix_formatting_rule.as_deref().unwrap_or("");
            max = max.max(groups_bound(&f.format) + groups_bound(rule));
        }
    }
    max
}

/// An upper bound of the digit groups a format string writes: its `$` fields and its runs of
/// literal digits.
fn groups_bound(format: &str) -> usize {
    let b = format.as_bytes();
    let mut n = 0;
    for (i, &c) in b.iter().enumerate() {
        let prev = i.checked_sub(1).map(|k| b[k]);
        if c == b'$'
            || (c.is_ascii_digit()
                && !matches!(prev, Some(b'$'))
                && !prev.is_some_and(|p| p.is_ascii_digit()))
        {
            n += 1;
        }
    }
    n
}

#[allow(deprecated)] // as in `ascii_metadata`
fn ascii_desc(d: &mut PhoneNumberDesc) {
    if let Some(p) = &mut d.national_number_pattern {
        *p = ascii_digits(p);
    }
}

#[allow(deprecated)] // as in `ascii_metadata`
fn ascii_format(f: &mut NumberFormat) {
    f.pattern = ascii_digits(&f.pattern);
    for l in &mut f.leading_digits_pattern {
        *l = ascii_digits(l);
    }
}

/// `pattern` with each unescaped `\d` written `[0-9]` (inside a class, `0-9`); everything else,
/// escapes included, as it was.
pub(crate) fn ascii_digits(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut chars = pattern.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('d') if in_class => out.push_str("0-9"),
                Some('d') => out.push_str("[0-9]"),
                Some(e) => {
                    out.push('\\');
                    out.push(e);
                }
                None => out.push('\\'),
            },
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_become_ascii_and_nothing_else_changes() {
        assert_eq!(ascii_digits(r"[2-9]\d{9}"), "[2-9][0-9]{9}");
        assert_eq!(ascii_digits(r"[1\d]\d"), "[10-9][0-9]");
        assert_eq!(ascii_digits(r"\\d\(\d"), r"\\d\([0-9]");
        assert_eq!(ascii_digits(r"0(?:0|1[0-9])"), "0(?:0|1[0-9])");
    }

    /// No region formats a number in more groups than the bound says: every example number of
    /// every region and type, formatted nationally, split into its digit groups.
    #[test]
    fn no_national_format_has_more_groups_than_the_bound() {
        use rlibphonenumber::{PhoneNumberFormat, PhoneNumberType};
        assert_eq!(groups_bound("$1 $2-$3"), 3);
        assert_eq!(groups_bound("8 ($FG)"), 2);
        assert_eq!(groups_bound("$NP $FG"), 2);
        assert_eq!(groups_bound("$1 10 $2"), 3);
        let bound = max_national_groups();
        assert!((4..20).contains(&bound), "bound {bound}");
        let mut most = 0;
        for r in UTIL.get_supported_regions() {
            for t in [
                PhoneNumberType::Mobile,
                PhoneNumberType::FixedLine,
                PhoneNumberType::TollFree,
                PhoneNumberType::PremiumRate,
                PhoneNumberType::SharedCost,
                PhoneNumberType::VoIP,
                PhoneNumberType::PersonalNumber,
                PhoneNumberType::Pager,
                PhoneNumberType::UAN,
                PhoneNumberType::VoiceMail,
            ] {
                let Ok(n) = UTIL.get_example_number_for_type_and_region(r, t) else {
                    continue;
                };
                let national = UTIL.format(&n, PhoneNumberFormat::National);
                let groups = national
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|g| !g.is_empty())
                    .count();
                most = most.max(groups);
                assert!(
                    groups <= bound,
                    "{national} has {groups} groups, bound {bound}"
                );
            }
        }
        // The bound is near what the formats write, not a number picked to pass.
        assert!(most >= 4 && bound <= most + 4, "most {most}, bound {bound}");
    }

    #[test]
    fn the_copy_decodes_and_holds_no_unicode_digit_class() {
        let c = ascii_metadata().expect("the vendored metadata decodes");
        assert!(c.metadata.len() > 240, "{} regions", c.metadata.len());
        let text = format!("{c:?}");
        assert!(!text.contains(r"\\d"), "a \\d left in the patterns");
        assert!(std::ptr::eq(*UTIL, *UTIL));
        assert!(!std::ptr::eq(*UTIL, &*PHONE_NUMBER_UTIL));
    }

    /// Both readers give the same answers: every region's example number of every type and
    /// random numbers around it (the tail redrawn, a digit dropped or added), written
    /// nationally and internationally, parse, validate, type and format alike.
    #[test]
    fn answers_equal_the_crates_own_reader() {
        use rlibphonenumber::{PhoneNumberFormat, PhoneNumberType};
        let ours: &PhoneNumberUtil = &UTIL;
        let theirs: &PhoneNumberUtil = &PHONE_NUMBER_UTIL;
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let answer = |u: &PhoneNumberUtil, text: &str, region| {
            u.parse(text, Some(region)).ok().map(|n| {
                (
                    u.is_valid_number(&n),
                    u.get_number_type(&n),
                    u.format(&n, PhoneNumberFormat::E164).into_owned(),
                    u.format(&n, PhoneNumberFormat::National).into_owned(),
                    u.format(&n, PhoneNumberFormat::International).into_owned(),
                    u.get_region_for_number(&n),
                )
            })
        };
        let mut asked = 0;
        let mut valid = 0;
        let regions: Vec<_> = theirs.get_supported_regions().collect();
        for r in regions {
            for t in [
                PhoneNumberType::FixedLine,
                PhoneNumberType::Mobile,
                PhoneNumberType::TollFree,
                PhoneNumberType::PremiumRate,
                PhoneNumberType::SharedCost,
                PhoneNumberType::VoIP,
                PhoneNumberType::PersonalNumber,
                PhoneNumberType::UAN,
            ] {
                let Ok(ex) = theirs.get_example_number_for_type_and_region(r, t) else {
                    continue;
                };
                let national = theirs.format(&ex, PhoneNumberFormat::National).into_owned();
                let digits: String = national.chars().filter(char::is_ascii_digit).collect();
                let mut texts = vec![
                    national,
                    theirs
                        .format(&ex, PhoneNumberFormat::International)
                        .into_owned(),
                ];
                for v in 0..6 {
                    let mut d = digits.clone().into_bytes();
                    let n = d.len();
                    for c in &mut d[n.saturating_sub(4)..] {
                        *c = b'0' + (next() % 10) as u8;
                    }
                    match v {
                        4 => {
                            d.pop();
                        }
                        5 => d.push(b'0' + (next() % 10) as u8),
                        _ => {}
                    }
                    texts.push(String::from_utf8(d).expect("ascii"));
                }
                for text in texts {
                    let a = answer(ours, &text, r);
                    assert_eq!(a, answer(theirs, &text, r), "{r:?} {text}");
                    asked += 1;
                    valid += usize::from(a.is_some_and(|a| a.0));
                }
            }
        }
        assert!(
            asked > 5_000 && valid > 2_000,
            "{asked} asked, {valid} valid"
        );
    }
}
