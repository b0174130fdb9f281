//! Invariants on arbitrary text: no panic, every span maps back to its raw text, and the output
//! is deterministic.

use plainsight_core::{Field, Post};
use plainsight_extract::Extractor;
use proptest::prelude::*;

/// Text made of pieces that trigger every extractor, glued with arbitrary strings.
fn noisy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("lily22 at gmail dot com".to_string()),
        Just("ＬＩＬＹ２２＠ｇｍａｉｌ．ｃｏｍ".to_string()),
        Just("snap: lily_xo22".to_string()),
        Just("IG @lily".to_string()),
        Just("👻 lily".to_string()),
        Just("https://t.me/lily".to_string()),
        Just("mysite.com/Lily".to_string()),
        Just("$lily22".to_string()),
        Just("$200".to_string()),
        Just("venmo @lily-22".to_string()),
        Just("zelle: a@b.com".to_string()),
        Just("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH".to_string()),
        Just("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed".to_string()),
        Just("713-555-0123".to_string()),
        Just("<b>x</b>&amp;".to_string()),
        Just("\u{200b}".to_string()),
        "\\PC{0,12}",
        ".{0,6}",
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|v| v.join(" "))
}

fn check(x: &Extractor, post: &Post) -> Result<(), TestCaseError> {
    let a = x.extract(post);
    for s in &a {
        let field = post.field(s.field).unwrap_or("");
        prop_assert!(s.start < s.end, "{s:?}");
        prop_assert_eq!(field.get(s.start..s.end), Some(s.raw.as_str()));
    }
    // Title selectors come before body selectors, each field in order of position.
    for w in a.windows(2) {
        prop_assert!((w[0].field, w[0].start) <= (w[1].field, w[1].start));
    }
    let b = x.extract(post);
    let key = |v: &[plainsight_core::Selector]| {
        v.iter()
            .map(|s| {
                (
                    s.kind,
                    s.platform,
                    s.reveal_value().to_string(),
                    s.field,
                    s.start,
                    s.end,
                    s.raw.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    prop_assert_eq!(key(&a), key(&b));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text(title in ".{0,80}", body in "\\PC{0,300}") {
        let post = crate::post(Some(&title), &body);
        check(&Extractor::default(), &post)?;
    }

    #[test]
    fn noisy_selector_text(title in noisy_text(), body in noisy_text()) {
        let post = crate::post(Some(&title), &body);
        check(&Extractor::default(), &post)?;
        // Fields are independent: the body alone gives the same body selectors.
        let x = Extractor::default();
        let alone: Vec<_> = x.extract_field(Field::Body, &body, "US".parse().ok()).into_iter().map(|s| (s.start, s.end)).collect();
        let within: Vec<_> = x.extract(&post).into_iter().filter(|s| s.field == Field::Body).map(|s| (s.start, s.end)).collect();
        prop_assert_eq!(alone, within);
    }
}
