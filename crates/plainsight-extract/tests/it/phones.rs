//! Phones from the phone stage, and the selectors built on them: Zelle payments, WhatsApp and
//! Signal handles, `wa.me` links; and the overlap rule that keeps digits inside an email, a
//! handle, a URL or a crypto address from being reported as a phone.

use plainsight_core::{Platform, SelectorKind};
use plainsight_extract::Extractor;

type Row = (SelectorKind, Option<Platform>, String, String);

/// The selectors of a post with `body`, in the region `crate::post` gives (US).
fn rows(body: &str) -> Vec<Row> {
    rows_in("US", body)
}

fn row(kind: SelectorKind, platform: Option<Platform>, value: &str, raw: &str) -> Row {
    (kind, platform, value.to_string(), raw.to_string())
}

use SelectorKind::*;

#[test]
fn zelle_to_a_phone_is_a_payment_and_a_phone() {
    assert_eq!(
        rows("zelle 713-555-0123 or zelle: (713) 555-0199"),
        vec![
            row(
                Payment,
                Some(Platform::Zelle),
                "zelle:+17135550123",
                "zelle 713-555-0123"
            ),
            row(Phone, None, "+17135550123", "713-555-0123"),
            row(
                Payment,
                Some(Platform::Zelle),
                "zelle:+17135550199",
                "zelle: (713) 555-0199"
            ),
            row(Phone, None, "+17135550199", "(713) 555-0199"),
        ]
    );
}

#[test]
fn whatsapp_links_and_cues() {
    assert_eq!(
        rows("https://wa.me/447911123456"),
        vec![
            row(
                Url,
                None,
                "wa.me/447911123456",
                "https://wa.me/447911123456"
            ),
            row(
                Handle,
                Some(Platform::Whatsapp),
                "+447911123456",
                "https://wa.me/447911123456"
            ),
            row(Phone, None, "+447911123456", "447911123456"),
        ]
    );
    assert_eq!(
        rows("whatsapp +1 713 555 0123"),
        vec![
            row(
                Handle,
                Some(Platform::Whatsapp),
                "+17135550123",
                "whatsapp +1 713 555 0123"
            ),
            row(Phone, None, "+17135550123", "+1 713 555 0123"),
        ]
    );
    assert_eq!(
        rows("signal: 713.555.0123"),
        vec![
            row(
                Handle,
                Some(Platform::Signal),
                "+17135550123",
                "signal: 713.555.0123"
            ),
            row(Phone, None, "+17135550123", "713.555.0123"),
        ]
    );
    // The click-to-chat form with the number in the query, '+' percent-encoded or absent.
    for (text, digits) in [
        (
            "https://api.whatsapp.com/send?phone=966579353841",
            "966579353841",
        ),
        (
            "web.whatsapp.com/send?text=hi&phone=%2B447911123456",
            "447911123456",
        ),
    ] {
        let got = rows(text);
        let e164 = format!("+{digits}");
        assert!(
            got.contains(&row(Handle, Some(Platform::Whatsapp), &e164, text)),
            "{got:?}"
        );
        assert!(got.contains(&row(Phone, None, &e164, digits)), "{got:?}");
    }
    // An invalid number in a wa.me link is a URL only.
    assert_eq!(
        rows("wa.me/12345678"),
        vec![row(Url, None, "wa.me/12345678", "wa.me/12345678")]
    );
}

#[test]
fn digits_inside_other_selectors_are_not_phones() {
    for body in [
        "lily7135550123@gmail.com",
        "mysite.com/7135550123",
        "eth 0x52908400098527886E0F7030069857D2E4169EE7",
    ] {
        let r = rows(body);
        assert_eq!(r.len(), 1, "{body}: {r:?}");
        assert_ne!(r[0].0, Phone, "{body}");
    }
    // A handle that is a name glued to a whole number gives the number too: the advertiser
    // wrote it, and it links the posts that write it otherwise.
    let r = rows("snap: lily7135550123");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!((r[1].0, r[1].2.as_str()), (Phone, "+17135550123"));
}

#[test]
fn prices_are_not_cashtags_and_phones_survive() {
    assert_eq!(
        rows("$200 hh 713 555 0123"),
        vec![row(Phone, None, "+17135550123", "713 555 0123")]
    );
}

/// The head of a number after a platform word is no account: the number starts at or before
/// it and runs on past it. A name glued before the number stays an account.
#[test]
fn the_start_of_a_number_after_a_platform_word_is_the_number() {
    for body in [
        "or my second line (5ONETWO) 956.8196 after 6",
        "snap (seven1three) 555-0123",
    ] {
        let r = rows(body);
        assert_eq!(r.len(), 1, "{body}: {r:?}");
        assert_eq!(r[0].0, Phone, "{body}: {r:?}");
    }
    let r = rows("snap: lily713 555 0123");
    assert!(r.iter().any(|x| x.0 == Handle), "{r:?}");
}

/// Platforms listed before one account share it, whatever joins them ("/", "|", spaces) and
/// wherever the list ends in a short cue ("X", "TT").
#[test]
fn a_list_of_platforms_shares_its_account() {
    let handles = |body: &str| -> Vec<(Option<Platform>, String)> {
        let mut h: Vec<_> = rows(body)
            .into_iter()
            .filter(|r| r.0 == Handle)
            .map(|r| (r.1, r.2))
            .collect();
        h.sort();
        h.dedup();
        h
    };
    let ig = Some(Platform::Instagram);
    let x = Some(Platform::Twitter);
    let tt = Some(Platform::Tiktok);
    assert_eq!(
        handles("IG / X: @visho_official <br> more"),
        vec![(ig, "visho_official".into()), (x, "visho_official".into())]
    );
    assert_eq!(
        handles("IG/TT/X: @sofu07 send"),
        vec![
            (ig, "sofu07".into()),
            (x, "sofu07".into()),
            (tt, "sofu07".into())
        ]
    );
    // A platform the ad says it does not use joins nothing.
    for body in [
        "no snapchat | Twitter: ritamvip6",
        "tidak ada snapchat | Twitter: ritamvip6",
        "no hay snap / Twitter: ritamvip6",
    ] {
        assert_eq!(handles(body), vec![(x, "ritamvip6".into())], "{body}");
    }
    assert_eq!(
        handles("IG | TT | X: nosha01 email"),
        vec![
            (ig, "nosha01".into()),
            (x, "nosha01".into()),
            (tt, "nosha01".into())
        ]
    );
}

/// The selectors of a post with `body` in `region`.
fn rows_in(region: &str, body: &str) -> Vec<Row> {
    let mut post = crate::post(None, body);
    post.region = Some(region.to_string());
    Extractor::default()
        .extract(&post)
        .into_iter()
        .map(|s| {
            (
                s.kind,
                s.platform,
                s.reveal_value().to_string(),
                s.raw.clone(),
            )
        })
        .collect()
}

/// "ID LINE 081 912 8237", "LINE ID: 065…", "Line ID: zero six two …": a messaging account's
/// id, which in Thailand is often the number itself, is no identity or order number.
#[test]
fn a_messaging_apps_id_beside_a_number_is_a_phone_cue_not_a_reference() {
    for (body, value) in [
        ("โทร/ไลน์: ID LINE 081 912 8237", "+66819128237"),
        ("Contact: LINE ID: 065 946 4385", "+66659464385"),
        ("จองคิว: ID LINE 0617.770.660", "+66617770660"),
        (
            "Line ID: zero six two nine nine four two five nine six",
            "+66629942596",
        ),
    ] {
        let phones: Vec<String> = rows_in("TH", body)
            .into_iter()
            .filter(|r| r.0 == Phone)
            .map(|r| r.2)
            .collect();
        assert_eq!(phones, vec![value.to_string()], "{body}");
    }
    // Without a messaging app beside it, "ID" still marks an identifier.
    assert!(rows_in("TH", "Order ID 081 912 8237")
        .iter()
        .all(|r| r.0 != Phone));
}

/// LINE, KakaoTalk and Telegram as Japanese, Korean and Chinese ads write them.
#[test]
fn messaging_cues_in_japanese_korean_and_chinese() {
    let handles = |region: &str, body: &str| -> Vec<(Option<Platform>, String)> {
        rows_in(region, body)
            .into_iter()
            .filter(|r| r.0 == Handle)
            .map(|r| (r.1, r.2))
            .collect()
    };
    assert_eq!(
        handles("JP", "ご予約： TEL 0901-758-7352 / ライン blue_ice"),
        vec![(Some(Platform::Line), "blue_ice".to_string())]
    );
    assert_eq!(
        handles("TW", "聯絡： 093.5262.428 / 加賴 lucky1310"),
        vec![(Some(Platform::Line), "lucky1310".to_string())]
    );
    assert_eq!(
        handles("KR", "연락처: 010-2421-8190 카톡 spa.sun"),
        vec![(Some(Platform::Kakao), "spa.sun".to_string())]
    );
    assert_eq!(
        handles("TW", "詳洽： 飛機 easy834"),
        vec![(Some(Platform::Telegram), "easy834".to_string())]
    );
    // The surname 賴 before Chinese text names no account.
    assert!(handles("TW", "賴先生 0935262428").is_empty());
}

/// "cafluna-tw-24.example": a cue inside a hyphenated host name is part of the name.
#[test]
fn a_cue_inside_a_hyphenated_host_is_no_cue() {
    let r = rows_in("TW", "www.cafluna-tw-24.example");
    assert!(r.iter().all(|r| r.0 != Handle), "{r:?}");
}

/// A click-to-call link holds the number with its calling code while the text shows it
/// nationally: a Lebanese employer's number in a post on a Gulf site is read as Lebanese, not
/// lost because no place in the post reads "01125530".
#[test]
fn a_click_to_call_link_gives_its_number() {
    let phones = |body: &str| -> Vec<String> {
        rows_in("AE", body)
            .into_iter()
            .filter(|r| r.0 == Phone)
            .map(|r| r.2)
            .collect()
    };
    assert_eq!(
        phones("Tél : <a href=\"tel:+9611125530\">01125530</a></p>"),
        ["+9611125530"]
    );
    assert_eq!(
        phones("<a href='sms:+9611125530'>Text us</a>"),
        ["+9611125530"]
    );
}
