//! The text the patterns run on, built from `plainsight_text::fold` (NFKC, look-alikes, invisible
//! characters, tags) and then folded once more for *word* matching: lower case, Latin diacritics
//! dropped ("jóvenes" → "jovenes", "société" → "societe"), Arabic harakat and tatweel dropped and
//! the alef, yaa and taa-marbuta variants unified, so that one pattern covers the usual spellings.
//! Every byte keeps the byte range of the folded text it came from, so spans map back to the raw
//! field.

use unicode_normalization::char::decompose_canonical;

/// Matching text with a map back to the folded text.
pub(crate) struct Prepared {
    pub text: String,
    /// For each byte of `text`, the start (in the folded text) of the char it came from; empty
    /// when the map is the identity (ASCII input, the common case, costs no map).
    starts: Vec<u32>,
    /// For each byte of `text`, the end (in the folded text) of the char it came from.
    ends: Vec<u32>,
}

impl Prepared {
    pub fn new(folded: &str) -> Self {
        if folded.is_ascii() {
            return Prepared {
                text: unleet(folded.to_ascii_lowercase()),
                starts: Vec::new(),
                ends: Vec::new(),
            };
        }
        let mut text = String::with_capacity(folded.len());
        let mut starts = Vec::with_capacity(folded.len());
        let mut ends = Vec::with_capacity(folded.len());
        let mut buf = String::new();
        for (i, c) in folded.char_indices() {
            if c.is_ascii() {
                // Most characters of most posts: no folding table, one byte each.
                text.push(c.to_ascii_lowercase());
                starts.push(i as u32);
                ends.push(i as u32 + 1);
                continue;
            }
            buf.clear();
            fold_char(c, &mut buf);
            let end = (i + c.len_utf8()) as u32;
            for _ in 0..buf.len() {
                starts.push(i as u32);
                ends.push(end);
            }
            text.push_str(&buf);
        }
        Prepared {
            text: unleet(text),
            starts,
            ends,
        }
    }

    /// The folded-text range `[s, e)` that the matching-text range `[start, end)` came from.
    pub fn to_folded(&self, start: usize, end: usize) -> (usize, usize) {
        if self.starts.is_empty() {
            let end = end.min(self.text.len());
            return (start.min(end), end);
        }
        if start >= end || end > self.starts.len() {
            let p = self.starts.get(start).copied().unwrap_or(0) as usize;
            return (p, p);
        }
        (self.starts[start] as usize, self.ends[end - 1] as usize)
    }
}

/// Reads digits and symbols written for letters inside a word ("y0ung", "n3w", "sp3cials",
/// "fr@sh") as those letters, so that word patterns see through the commonest obfuscation of ad
/// text. Only a run of one to three symbols with an ASCII letter on both sides is replaced (ages, prices and phone
/// numbers keep their digits), and each replacement is one ASCII byte for another, so the byte
/// map stays valid.
fn unleet(text: String) -> String {
    fn letter_for(b: u8) -> Option<u8> {
        match b {
            b'0' => Some(b'o'),
            b'1' => Some(b'i'),
            b'3' => Some(b'e'),
            b'4' | b'@' => Some(b'a'),
            b'5' | b'$' => Some(b's'),
            _ => None,
        }
    }
    let mut bytes = text.into_bytes();
    let mut i = 1;
    while i + 1 < bytes.len() {
        if letter_for(bytes[i]).is_none() || !bytes[i - 1].is_ascii_lowercase() {
            i += 1;
            continue;
        }
        // A run of up to three symbols ("l33t") between two letters.
        let mut j = i;
        while j < bytes.len() && j - i < 3 && letter_for(bytes[j]).is_some() {
            j += 1;
        }
        if j < bytes.len() && bytes[j].is_ascii_lowercase() {
            for b in &mut bytes[i..j] {
                *b = letter_for(*b).unwrap_or(*b);
            }
        }
        i = j.max(i + 1);
    }
    // ASCII replaced by ASCII keeps the text valid UTF-8; the lossy branch cannot be taken.
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// Folds one character for pattern matching, appending the result to `out`. Public to the crate
/// so that the non-ASCII characters of patterns go through the same folding.
pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        // Arabic: harakat (U+064B–U+065F), superscript alef, tatweel carry no letter.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
        // Alef with hamza/madda, alef wasla → bare alef; alef maqsura → yaa; taa marbuta → haa.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => out.push('\u{0627}'),
        '\u{0649}' => out.push('\u{064A}'),
        '\u{0629}' => out.push('\u{0647}'),
        // Latin letters that do not decompose.
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        // Typographic apostrophes and quotes, dashes.
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => out.push('\''),
        '\u{201C}' | '\u{201D}' => out.push('"'),
        '\u{2010}'..='\u{2015}' => out.push('-'),
        _ => {
            let mut base_latin = true;
            decompose_canonical(c, |d| {
                // Keep everything but combining diacritical marks (U+0300–U+036F) when the base
                // is Latin; other scripts keep their marks.
                if ('\u{0300}'..='\u{036F}').contains(&d) && base_latin {
                    return;
                }
                if !d.is_ascii() {
                    base_latin = false;
                }
                for l in d.to_lowercase() {
                    out.push(l);
                }
            });
        }
    }
}

/// Folds a pattern's non-ASCII characters the way [`Prepared`] folds text; ASCII (which holds
/// every regex metacharacter and escape) is left as written.
pub(crate) fn fold_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    for c in pattern.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            fold_char(c, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_arabic() {
        assert_eq!(
            Prepared::new("Jóvenes SOCIÉTÉ Œuvre").text,
            "jovenes societe oeuvre"
        );
        // أ → ا, ة → ه, harakat dropped.
        assert_eq!(Prepared::new("أُجْرَة").text, "اجره");
        assert_eq!(Prepared::new("🍒 ok").text, "🍒 ok");
    }

    #[test]
    fn reads_leet_inside_words_only() {
        assert_eq!(
            Prepared::new("Y0UNG n3w sp3cials l33t").text,
            "young new specials leet"
        );
        assert_eq!(
            Prepared::new("19yo $300 24/7 hh150 b4").text,
            "19yo $300 24/7 hh150 b4"
        );
        assert_eq!(Prepared::new("fr3sh 🍒").text, "fresh 🍒");
    }

    #[test]
    fn spans_map_back() {
        let p = Prepared::new("Sólo HOY");
        let i = p.text.find("hoy").unwrap();
        assert_eq!(p.to_folded(i, i + 3), ("Sólo ".len(), "Sólo HOY".len()));
        let j = p.text.find("solo").unwrap();
        assert_eq!(p.to_folded(j, j + 4), (0, "Sólo".len()));
    }

    #[test]
    fn pattern_folding_leaves_escapes() {
        assert_eq!(fold_pattern(r"\bsólo\s+\d"), r"\bsolo\s+\d");
    }
}
