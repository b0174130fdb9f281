//! Invariants of `find_phones` on arbitrary input: no panic, spans on char boundaries, in order,
//! non-overlapping, values in E.164; and a number's E.164 does not depend on its disguise.

use plainsight_phone::{
    find_phones, find_phones_planned, find_phones_staged, PhoneContext, Region, RegionPlan,
    RegionSource, PLAUSIBLE_REGIONS,
};
use proptest::prelude::*;

fn check(raw: &str, region: Option<&str>) {
    let found = find_phones(raw, &PhoneContext::from_data(region));
    let mut last_end = 0;
    for m in &found {
        assert!(m.start < m.end && m.end <= raw.len());
        assert!(raw.is_char_boundary(m.start) && raw.is_char_boundary(m.end));
        assert!(m.start >= last_end, "overlap or disorder");
        last_end = m.end;
        assert!(m.e164.starts_with('+') && m.e164[1..].bytes().all(|b| b.is_ascii_digit()));
        assert!((8..=16).contains(&m.e164.len()), "{}", m.e164.len());
    }
    // The entry point for callers that already folded the text gives exactly the same.
    let folded = plainsight_text::fold(raw);
    let same = plainsight_phone::find_phones_folded(raw, &folded, &PhoneContext::from_data(region));
    assert_eq!(found, same, "find_phones_folded differs from find_phones");
    // A staged plan (its first level alone, the whole plan built on demand) reads exactly as
    // its whole plan.
    if let Some(r) = region.and_then(|r| Region::parse(r).ok()) {
        let mut first = RegionPlan::default();
        first.push(&[r], RegionSource::Location);
        let mut whole = first.clone();
        let more: Vec<Region> = ["GB", "BR"]
            .iter()
            .filter_map(|c| Region::parse(c).ok())
            .collect();
        whole.push(&more, RegionSource::Text);
        let plausible: Vec<Region> = PLAUSIBLE_REGIONS
            .iter()
            .filter_map(|c| Region::parse(c).ok())
            .collect();
        whole.push(&plausible, RegionSource::Format);
        let staged = find_phones_staged(raw, &folded, &first, &|| &whole);
        assert_eq!(
            staged,
            find_phones_planned(raw, &folded, &whole),
            "staged plan differs"
        );
        // A first level of the one country a post's text names, before the rest of what the
        // post says (its URL, the countries its writing points to, the speakers of its
        // script): staged, it reads as the whole plan too.
        let mut first = RegionPlan::default();
        first.push(&[r], RegionSource::Text);
        let mut whole = first.clone();
        whole.push(&more, RegionSource::Url);
        let hints: Vec<Region> = ["IN", "NG", "MX"]
            .iter()
            .filter_map(|c| Region::parse(c).ok())
            .collect();
        whole.hint(&hints);
        whole.push_hints();
        let speakers: Vec<Region> = ["RU", "KZ"]
            .iter()
            .filter_map(|c| Region::parse(c).ok())
            .collect();
        whole.push_script_speakers(&speakers);
        whole.report_unplaced();
        let staged = find_phones_staged(raw, &folded, &first, &|| &whole);
        assert_eq!(
            staged,
            find_phones_planned(raw, &folded, &whole),
            "staged plan from the text differs"
        );
    }
}

fn phone_like() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "7",
        "1",
        "3",
        "5",
        "0",
        "2",
        "44",
        "+",
        "(",
        ")",
        " ",
        "-",
        ".",
        "/",
        "one",
        "five",
        "o",
        "O",
        "l",
        "double",
        "seventy",
        "🌹",
        "$",
        "yo",
        ":",
        "#",
        "Ad",
        "٣",
        "７",
        "&#55;",
        "<b>",
        "\u{200B}",
        "7\u{FE0F}\u{20E3}",
        "x",
        "\n",
        "call",
        "ref",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

/// Digits, multi-byte characters and the HTML-entity and separator marks (`#&;|`) that made the
/// digit view's windows end inside a character.
fn multibyte_mix() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "0",
        "1",
        "2",
        "5",
        "7",
        "9",
        "00",
        "0,",
        ".",
        ",",
        "#",
        "&",
        ";",
        "|",
        "&#",
        "&#48;",
        "\0",
        "@",
        "c",
        "I",
        "O",
        "é",
        "中",
        "🌹",
        "💋",
        "7\u{FE0F}\u{20E3}",
        "\u{20E3}",
        "\u{FE0F}",
        "𝟏",
        "٣",
        "७",
        "①",
        "０",
        " ",
        "-",
        "'",
        "\"",
        "/",
        ":",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn multibyte_mixes_are_safe(raw in multibyte_mix(), region in prop::sample::select(vec!["US", "FR", "IN", "NE", "SE"])) {
        check(&raw, Some(region));
        check(&raw, None);
    }

    #[test]
    fn arbitrary_text_is_safe(raw in any::<String>()) {
        check(&raw, Some("US"));
        check(&raw, None);
    }

    #[test]
    fn phone_like_text_is_safe(raw in phone_like(), region in prop::sample::select(vec!["US", "GB", "FR", "BR", "NG", "IN"])) {
        check(&raw, Some(region));
        check(&raw, None);
    }

    #[test]
    fn separators_do_not_change_the_value(sep in prop::sample::select(vec![" ", "-", ".", " - ", "🌹", "/", "  ", "_"])) {
        let raw = format!("call 713{sep}555{sep}0123 now");
        let found = find_phones(&raw, &PhoneContext::from_data(Some("US")));
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(found[0].e164.as_str(), "+17135550123");
    }
}

#[test]
fn large_input_is_bounded() {
    // A long run of single digits is the worst case for the reading search.
    let raw = "1 2 3 4 5 6 7 8 9 0 ".repeat(20_000);
    let found = find_phones(&raw, &PhoneContext::from_data(Some("US")));
    // Whatever it reads there, each reading takes at least seven digits (fourteen bytes here)
    // and the readings are well-formed, ordered, disjoint spans in E.164.
    assert!(found.len() <= raw.len() / 14, "{} readings", found.len());
    let mut last_end = 0;
    for m in &found {
        assert!(m.start >= last_end && m.start < m.end && m.end <= raw.len());
        last_end = m.end;
        assert!(m.e164.starts_with('+') && m.e164[1..].bytes().all(|b| b.is_ascii_digit()));
        assert!((8..=16).contains(&m.e164.len()), "{}", m.e164.len());
    }
    let raw = "7".repeat(5_000_000);
    assert!(find_phones(&raw, &PhoneContext::from_data(Some("US"))).is_empty());
}
