//! What an analyst reads: the `extract` output of synthetic posts (no phone numbers here, so the
//! snapshots do not move with the phone stage; phones are tested where they are found).

use plainsight_extract::Extractor;
use serde_json::json;

fn extract_json(title: Option<&str>, body: &str) -> serde_json::Value {
    let found = Extractor::default().extract(&crate::post(title, body));
    json!({ "id": "P1", "selectors": found })
}

#[test]
fn obfuscated_contacts() {
    insta::assert_json_snapshot!(extract_json(
        Some("NEW in town \u{1F47B} lily_xo22"),
        "Sweet Lily 💋 text only. lily22 at gmail dot com or ＬＩＬＹ.ＲＯＳＥ＠ｙａｈｏｏ．ｃｏｍ. \
         IG @Lily.Rose, kik me lilyk22, tg: @lily_tg",
    ));
}

#[test]
fn links_and_profiles() {
    insta::assert_json_snapshot!(extract_json(
        None,
        "All my links: https://www.Lily-Rose.co.uk/Gallery?page=2, onlyfans.com/LilyRoseXO, \
         t.me/lilyrose and mysite dot com/lily. Not a link: done.Is it 5.pm?",
    ));
}

#[test]
fn payments_and_crypto() {
    insta::assert_json_snapshot!(extract_json(
        Some("Deposit required"),
        "$200/hr, $150 hh. Deposit via cashapp $LilyRose22 or venmo @lily-rose-22 or \
         zelle: lily.pay@outlook.com. paypal.me/LilyRose. BTC 1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH \
         ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    ));
}

#[test]
fn html_and_invisible_characters() {
    insta::assert_json_snapshot!(extract_json(
        None,
        "<p>snap&#58; <b>li\u{200b}ly_xo</b></p><br>email: lily22<span>&#64;</span>gmail.com",
    ));
}

#[test]
fn ordinary_english_gives_nothing() {
    insta::assert_json_snapshot!(extract_json(
        Some("Meet at noon"),
        "Let's meet at noon dot. I am at home. Add me on snapchat for pics, the line is long, \
         price $300 roses, see you at school dot com. e.g. 1.5hr",
    ));
}

#[test]
fn inline_tags_do_not_split_a_selector() {
    // A browser renders `lily<span>22</span>@gmail.com` as one address; a block tag separates.
    let body = "mail lily<span>22</span>@gmail.com<br>bye";
    let found = Extractor::default().extract(&crate::post(None, body));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].reveal_value(), "lily22@gmail.com");
    assert_eq!(found[0].raw, "lily<span>22</span>@gmail.com");
    let found = Extractor::default().extract(&crate::post(None, "<b>snap</b>: <i>lily</i>_xo22"));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].reveal_value(), "lily_xo22");
}
