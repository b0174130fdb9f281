//! Handles on messaging and social platforms, read from cue words: "snap: lily_xo22",
//! "IG @lily", "insta lily.rose", "sc- lily", "tg @lily", "kik me lily22", "👻 lily",
//! "@lily on ig". Profile URLs (`instagram.com/lily`) are handled in [`crate::url`]; a cue
//! followed by a phone number ("whatsapp +1 713 555 0123") makes a handle whose value is the
//! number in E.164, beside the phone itself.
//!
//! Short cues that are also common letter pairs or words (`ig`, `sc`, `tg`, `fb`, `wa`, `line`,
//! `signal`, ...) need an explicit separator (`:`, `-`, `=`, `>`, or `@` before the handle).
//! Long cues may be followed by a space, but then the handle must not be a common word ("add me
//! on snapchat for pics" gives nothing). Values are lower-cased, without `@`.

use crate::{Cand, FieldText, PhoneHit, Sink, RANK_HANDLE};
use aho_corasick::{AhoCorasick, MatchKind};
use plainsight_core::{Platform, SelectorKind};
use regex::Regex;
use std::sync::LazyLock;

/// Cue words and emoji, found with one Aho-Corasick pass (leftmost-longest, so "instagram"
/// wins over "insta" and "line id" over "line"); the separator and handle after a cue are then
/// read by an anchored regex. Far cheaper than one big regex whose two-letter alternatives
/// ("ig", "sc", "wa") hit inside every other word.
const CUE_WORDS: &[&str] = &[
    "instagram",
    "insta",
    "snapchat",
    "sn@p",
    "snap",
    "telegram",
    "tele",
    "kik",
    "twitter",
    "onlyfans",
    "only fans",
    "0nlyfans",
    "tiktok",
    "tik tok",
    "facebook",
    "wechat",
    "we chat",
    "weixin",
    "whatsapp",
    "whats app",
    "line id",
    "lineid",
    "line",
    "signal",
    "ig",
    "sc",
    "tg",
    "fb",
    "wx",
    "wa",
    "of",
    "\u{1F47B}",
    "\u{1F4F7}",
    "\u{1F4F8}",
];

static CUE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(CUE_WORDS)
        .expect("cue automaton")
});

/// What follows a cue: separator (punctuation, arrows and pointing emoji: "snap 👉 lily"),
/// optional '@', handle. Anchored at the cue's end.
static AFTER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\x{FE0F}?(?P<sep>[ \t]*(?:(?:(?:[:=>~|\-\x{2192}\x{27A1}\x{279C}\x{25B6}\x{25BA}\x{2B07}\x{1F449}\x{1F447}]\x{FE0F}?)+|(?:me|at|is|id|add|name)(?:[ \t]*[:=\-]+|[ \t]))[ \t]*){0,3})(?P<at>@[ \t]?)?(?P<handle>[a-z0-9_](?:[a-z0-9_.\-]{0,28}[a-z0-9_])?)")
        .expect("after-cue pattern")
});

static TRAILING_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"@(?P<handle>[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)[ \t]+(?:on[ \t]+|via[ \t]+)?(?P<cue>instagram|insta|snapchat|snap|telegram|kik|twitter|tiktok|onlyfans|facebook|ig|sc|tg|fb)(?-u:\b)")
        .expect("trailing cue pattern")
});

static PHONE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<cue>whatsapp|whats[ \t]?app|wa|signal|telegram|tg|viber|line)[ \t]*(?:[:=\-]+[ \t]*|(?:me|at|on)[ \t]+)?")
        .expect("phone cue pattern")
});

/// Handles that are ordinary words after a cue.
const STOPWORDS: &[&str] = &[
    "me",
    "my",
    "on",
    "at",
    "and",
    "or",
    "for",
    "the",
    "to",
    "if",
    "is",
    "it",
    "in",
    "only",
    "pics",
    "pic",
    "video",
    "videos",
    "add",
    "follow",
    "dm",
    "message",
    "msg",
    "text",
    "call",
    "info",
    "here",
    "now",
    "please",
    "pls",
    "with",
    "too",
    "also",
    "account",
    "acc",
    "id",
    "name",
    "user",
    "username",
    "handle",
    "story",
    "stories",
    "premium",
    "free",
    "vip",
    "link",
    "bio",
    "available",
    "avail",
    "no",
    "yes",
    "not",
    "nope",
    "a",
    "an",
    "this",
    "that",
    "of",
    "same",
    "below",
    "above",
    "inbox",
    "chat",
    "hmu",
    "ok",
    "okay",
    "app",
    "and",
    "but",
    "so",
    "you",
    "u",
    "ur",
    "your",
    "snap",
    "insta",
    "instagram",
    "snapchat",
    "kik",
    "telegram",
    "whatsapp",
    "number",
    "num",
    "contact",
    "from",
    "by",
    "as",
    "just",
    "verified",
    "real",
    "fake",
    "ask",
    "request",
    "inquire",
    "inquiries",
    "details",
    "later",
    "soon",
    "down",
    "active",
];

fn platform_of(cue: &str) -> Option<Platform> {
    let c: String = cue.chars().filter(|c| !c.is_whitespace()).collect();
    Some(match c.as_str() {
        "instagram" | "insta" | "ig" | "\u{1F4F7}" | "\u{1F4F8}" => Platform::Instagram,
        "snapchat" | "snap" | "sn@p" | "sc" | "\u{1F47B}" => Platform::Snapchat,
        "telegram" | "tele" | "tg" => Platform::Telegram,
        "kik" => Platform::Kik,
        "twitter" => Platform::Twitter,
        "onlyfans" | "0nlyfans" | "of" => Platform::Onlyfans,
        "tiktok" => Platform::Tiktok,
        "facebook" | "fb" => Platform::Facebook,
        "wechat" | "weixin" | "wx" => Platform::Wechat,
        "whatsapp" | "wa" => Platform::Whatsapp,
        "lineid" | "line" => Platform::Line,
        "signal" => Platform::Signal,
        _ => return None,
    })
}

/// Cues that need an explicit separator before the handle.
fn is_weak(cue: &str) -> bool {
    matches!(
        cue,
        "ig" | "sc" | "tg" | "fb" | "wx" | "wa" | "tele" | "line" | "signal" | "lineid" | "of"
    )
}

/// Cues that are also ordinary words ("Line: 2 hours", "signal: strong"): the handle must look
/// like an account (a digit, `_` or `.`), or follow an `@`.
fn is_word_cue(cue: &str) -> bool {
    matches!(cue, "line" | "signal" | "tele" | "wx")
}

fn word_before(lower: &str, pos: usize) -> bool {
    lower.as_bytes()[..pos]
        .last()
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

pub(crate) fn find(ft: &FieldText<'_>, sink: &mut Sink, phones: &[PhoneHit]) {
    let lower = &ft.lower;
    // Where the last handle ended: a cue inside a handle ("snap: ig-lily") is not a new cue.
    let mut resume = 0;
    for cue in CUE_FINDER.find_iter(lower.as_str()) {
        if cue.start() < resume {
            continue;
        }
        let cue_text = &lower[cue.start()..cue.end()];
        let ascii_cue = cue_text.is_ascii();
        if ascii_cue && word_before(lower, cue.start()) {
            continue;
        }
        // "OF: lily" is OnlyFans only in capitals; "of" is the commonest word there is.
        if cue_text == "of" && ft.folded().get(cue.start()..cue.end()) != Some("OF") {
            continue;
        }
        let Some(platform) = platform_of(cue_text) else {
            continue;
        };
        let Some(caps) = AFTER_CUE.captures(&lower[cue.end()..]) else {
            continue;
        };
        let (Some(sep), Some(h)) = (caps.name("sep"), caps.name("handle")) else {
            continue;
        };
        let has_at = caps.name("at").is_some();
        let punct_sep = sep
            .as_str()
            .contains(|c: char| !(c.is_ascii_alphanumeric() || c == ' ' || c == '\t'));
        if ascii_cue && sep.as_str().is_empty() && !has_at {
            continue; // "snapshot", "kiki"
        }
        if is_weak(cue_text) && !punct_sep && !has_at {
            continue;
        }
        let handle = h.as_str();
        let h_end = cue.end() + h.end();
        // The handle must end where its token ends ("kik: lily@gmail.com" is an email).
        if let Some(&next) = lower.as_bytes().get(h_end) {
            if next.is_ascii_alphanumeric() || next == b'@' || next == b'_' {
                continue;
            }
            if next == b'.'
                && lower
                    .as_bytes()
                    .get(h_end + 1)
                    .is_some_and(u8::is_ascii_alphanumeric)
            {
                continue;
            }
        }
        if !handle.bytes().any(|b| b.is_ascii_lowercase()) || STOPWORDS.contains(&handle) {
            continue;
        }
        if ascii_cue && !punct_sep && !has_at && handle.len() < 3 {
            continue;
        }
        if is_word_cue(cue_text)
            && !has_at
            && !handle
                .bytes()
                .any(|b| b.is_ascii_digit() || b"._".contains(&b))
        {
            continue;
        }
        push(ft, sink, platform, handle, cue.start(), h_end);
        resume = h_end;
    }
    if lower.contains('@') {
        for caps in TRAILING_CUE.captures_iter(lower) {
            let (Some(m), Some(cue), Some(h)) =
                (caps.get(0), caps.name("cue"), caps.name("handle"))
            else {
                continue;
            };
            if word_before(lower, m.start()) {
                continue;
            }
            let Some(platform) = platform_of(cue.as_str()) else {
                continue;
            };
            if !h.as_str().bytes().any(|b| b.is_ascii_lowercase()) {
                continue;
            }
            push(ft, sink, platform, h.as_str(), m.start(), m.end());
        }
    }
    if !phones.is_empty() {
        for caps in PHONE_CUE.captures_iter(lower) {
            let (Some(m), Some(cue)) = (caps.get(0), caps.name("cue")) else {
                continue;
            };
            if word_before(lower, m.start()) {
                continue;
            }
            let platform = match cue.as_str() {
                "signal" => Platform::Signal,
                "telegram" | "tg" => Platform::Telegram,
                "line" => Platform::Line,
                "viber" => continue, // no platform in core for Viber yet
                _ => Platform::Whatsapp,
            };
            let (cs, ce) = ft.orig(m.start(), m.end());
            if let Some(p) = crate::phone_right_after(ft.raw, ce, phones) {
                sink.push(Cand {
                    kind: SelectorKind::Handle,
                    platform: Some(platform),
                    value: p.e164.clone(),
                    start: cs,
                    end: p.end,
                    group: p.group,
                    rank: RANK_HANDLE,
                });
            }
        }
    }
}

fn push(ft: &FieldText<'_>, sink: &mut Sink, platform: Platform, handle: &str, s: usize, e: usize) {
    let (start, end) = ft.orig(s, e);
    let group = sink.group();
    sink.push(Cand {
        kind: SelectorKind::Handle,
        platform: Some(platform),
        value: handle.trim_end_matches(['.', '-']).to_string(),
        start,
        end,
        group,
        rank: RANK_HANDLE,
    });
}

#[cfg(test)]
mod tests {
    use crate::testutil::selectors;
    use plainsight_core::{Platform, Platform::*, SelectorKind};

    fn handles(text: &str) -> Vec<(Platform, String, String)> {
        selectors(text)
            .into_iter()
            .filter(|s| s.kind == SelectorKind::Handle)
            .map(|s| {
                (
                    s.platform.unwrap(),
                    s.reveal_value().to_string(),
                    s.raw.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn positives() {
        for (text, platform, value, raw) in [
            ("snap: lily_xo22", Snapchat, "lily_xo22", "snap: lily_xo22"),
            (
                "add my IG @Lily.Rose",
                Instagram,
                "lily.rose",
                "IG @Lily.Rose",
            ),
            (
                "insta lily.rose22",
                Instagram,
                "lily.rose22",
                "insta lily.rose22",
            ),
            ("sc- lilyxo", Snapchat, "lilyxo", "sc- lilyxo"),
            ("tg @lily_tg", Telegram, "lily_tg", "tg @lily_tg"),
            ("kik me lily22", Kik, "lily22", "kik me lily22"),
            (
                "\u{1F47B} lily_snap",
                Snapchat,
                "lily_snap",
                "\u{1F47B} lily_snap",
            ),
            (
                "\u{1F47B}\u{FE0F}: lily_snap",
                Snapchat,
                "lily_snap",
                "\u{1F47B}\u{FE0F}: lily_snap",
            ),
            (
                "find me @lily_xo on ig",
                Instagram,
                "lily_xo",
                "@lily_xo on ig",
            ),
            (
                "onlyfans: sweetlily",
                Onlyfans,
                "sweetlily",
                "onlyfans: sweetlily",
            ),
            (
                "wechat id: lily888",
                Wechat,
                "lily888",
                "wechat id: lily888",
            ),
            ("line id: lily22", Line, "lily22", "line id: lily22"),
            ("signal: @lilyrose", Signal, "lilyrose", "signal: @lilyrose"),
            (
                "snap \u{1F449} lily_xo",
                Snapchat,
                "lily_xo",
                "snap \u{1F449} lily_xo",
            ),
            (
                "IG\u{27A1}\u{FE0F} lily.rose",
                Instagram,
                "lily.rose",
                "IG\u{27A1}\u{FE0F} lily.rose",
            ),
            (
                "SNAPCHAT = LILY_XO.",
                Snapchat,
                "lily_xo",
                "SNAPCHAT = LILY_XO",
            ),
        ] {
            assert_eq!(
                handles(text),
                vec![(platform, value.to_string(), raw.to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "add me on snapchat for pics",
            "snapshot of the day",
            "big lily",
            "desc lily",
            "ig lily",
            "the line is long",
            "signal lost",
            "kik: lily22@gmail.com",
            "whatsapp only",
            "snap: 7135550123",
            "wa me",
            "TW: violence",
            "list of: things",
            "OF lilyxo",
            "Line: two hours",
            "signal: strong",
            "telegram: ask",
        ] {
            assert!(handles(text).is_empty(), "{text}: {:?}", handles(text));
        }
    }
}
