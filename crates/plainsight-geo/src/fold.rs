//! Folding place names for lookup. Must agree with `fold` in `scripts/gazetteer.py`, which
//! folds the table's keys: NFKD, combining marks dropped (Unicode canonical combining class
//! non-zero, Python's `unicodedata.combining`), lower-cased, a few letters NFKD leaves alone
//! spelled out, and every run of non-alphanumerics made one space.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// Longest input folded; locations longer than this are cut (a place name never needs more).
pub(crate) const MAX_INPUT: usize = 512;

fn special(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'æ' => "ae",
        'œ' => "oe",
        'ı' => "i",
        'þ' => "th",
        'ð' => "d",
        _ => return None,
    })
}

/// "São Paulo, SP" → "sao paulo sp".
pub fn fold(s: &str) -> String {
    let mut cut = s.len().min(MAX_INPUT);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut out = String::with_capacity(cut);
    let mut pending_space = false;
    // ASCII (most names, every URL) decomposes to itself, has no marks and no letter spelled
    // out: lower-cased, with its runs of other characters made one space, as below.
    if s[..cut].is_ascii() {
        for &b in &s.as_bytes()[..cut] {
            if b.is_ascii_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                pending_space = true;
            }
        }
        return out;
    }
    for ch in s[..cut].nfkd() {
        if canonical_combining_class(ch) != 0 {
            continue;
        }
        for c in ch.to_lowercase() {
            // Marks left after dropping those with a combining class (Indic vowel signs, Thai's
            // thanthakhat) belong to their word.
            if plainsight_text::is_alphanumeric(c)
                || unicode_normalization::char::is_combining_mark(c)
            {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                match special(c) {
                    Some(rep) => out.push_str(rep),
                    None => out.push(c),
                }
            } else {
                pending_space = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_like_the_script() {
        assert_eq!(fold("São Paulo, SP"), "sao paulo sp");
        assert_eq!(fold("  Houston,TX "), "houston tx");
        assert_eq!(fold("Düsseldorf"), "dusseldorf");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(fold("ＬＡＧＯＳ"), "lagos");
        assert_eq!(fold("دبي"), "دبي");
        assert_eq!(fold("!!!"), "");
    }

    /// ASCII is folded by the short way exactly as by the whole one: every ASCII character
    /// alone, between letters, and at both ends.
    #[test]
    fn ascii_folds_as_unicode_does() {
        let slow = |s: &str| -> String {
            // The whole way, forced by a character outside ASCII that folds to nothing
            // around the text: "\u{301}" is a combining mark, dropped.
            super::fold(&format!("\u{301}{s}"))
        };
        for b in 0u8..0x80 {
            let c = char::from(b);
            for s in [
                c.to_string(),
                format!("a{c}b"),
                format!("{c}{c}Zz9"),
                format!("Q9{c}"),
            ] {
                assert_eq!(fold(&s), slow(&s), "{s:?}");
            }
        }
        // Cut at the same length either way.
        let long = "Ab-".repeat(400);
        let within = &long[..super::MAX_INPUT - 2];
        assert_eq!(fold(within), slow(within));
        assert_eq!(fold(&long), fold(&long[..super::MAX_INPUT]));
    }
}
