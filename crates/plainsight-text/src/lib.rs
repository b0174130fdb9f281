//! Normalization for matching, with a map back to original byte offsets.
//!
//! Place in the pipeline: every extractor (phones, emails, URLs, handles) reads a post's field
//! through a normalized *view* and reports its finds as byte spans of the ORIGINAL field, which
//! are the evidence an analyst sees. This crate takes raw text (plain or HTML) and gives a
//! [`Normalized`] view: the folded text plus, for every byte of it, the original byte range it
//! came from ([`Normalized::to_original`]).
//!
//! Two views:
//! - [`fold`]: the general view. Block-level HTML tags become a space, inline ones (`span`, `b`,
//!   `font`…) nothing (script/style content dropped), and entities are decoded; invisible characters are removed; Unicode compatibility forms are
//!   folded (NFKC: full-width, mathematical alphanumerics, circled, super/subscript); Cyrillic
//!   and Greek look-alike letters are folded to ASCII inside Latin-looking words. Case and emoji
//!   are kept.
//! - [`digit_view`]: [`fold`] plus what a phone finder needs: every Unicode decimal digit and
//!   keycap/dingbat digit becomes ASCII, number words in English, Spanish, French and Portuguese
//!   become digits ("seventy one" → "71", "double five" → "55", "7one3" → "713"), look-alike
//!   letters inside digit runs become digits ("o1two3" → "0123"), and spelled separators
//!   ("dot", "dash") between numbers become a space.
//!
//! ```
//! let raw = "Call ７one３ five5five o1two3";
//! let view = plainsight_text::digit_view(raw);
//! assert_eq!(view.as_str(), "Call 713 555 0123");
//! let (s, e) = view.to_original(5, view.as_str().len());
//! assert_eq!(&raw[s..e], "７one３ five5five o1two3");
//! ```
//!
//! Folding HTML is by nature not idempotent on escaped markup (`&amp;lt;b&amp;gt;` is text about a
//! tag); on everything else both views are idempotent (property-tested).

mod class;
mod decimal_zeros;
mod digits;
mod html;
mod unicode;
pub mod words;

pub use class::{is_alphabetic, is_alphanumeric, is_pictograph, is_unspaced_script};
pub use digits::{decimal_digit, digit_view, digit_view_of};
pub use html::breaks_line;

/// A normalized view of a text with, for every byte of the view, the original byte range it came
/// from.
#[derive(Clone)]
pub struct Normalized {
    text: String,
    map: Map,
    /// Length of the original text, for empty ranges at the end.
    original_len: u32,
}

/// How view bytes map to original bytes.
#[derive(Clone)]
enum Map {
    /// The view is the original text itself: byte `i` came from the char that holds byte `i`.
    /// Most fields are plain ASCII, where folding changes nothing; not materializing the map
    /// saves 8 bytes written per byte of text (and the allocations) on every field.
    Identity,
    /// `starts[i]..ends[i]` is the original byte range that normalized byte `i` came from.
    Explicit { starts: Vec<u32>, ends: Vec<u32> },
}

impl std::fmt::Debug for Normalized {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Post text never reaches logs: only its size.
        write!(
            f,
            "Normalized({} bytes from {} original bytes)",
            self.text.len(),
            self.original_len
        )
    }
}

impl Normalized {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The length in bytes of the text this view was made from.
    pub fn original_len(&self) -> usize {
        self.original_len as usize
    }

    /// Maps a byte range `[start, end)` of the normalized text back to the smallest byte range of
    /// the original text that covers it. Always on char boundaries of the original. Out-of-range
    /// positions are clamped; an empty range maps to an empty range at the matching position.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let n = self.text.len();
        let start = start.min(n);
        let end = end.min(n);
        match &self.map {
            Map::Identity => {
                // Same answers as an explicit map whose every byte maps to its whole char.
                let t = self.text.as_str();
                let floor = |mut i: usize| {
                    while !t.is_char_boundary(i) {
                        i -= 1;
                    }
                    i
                };
                let ceil = |mut i: usize| {
                    while !t.is_char_boundary(i) {
                        i += 1;
                    }
                    i
                };
                if start >= end {
                    let p = if start < n { floor(start) } else { n };
                    return (p, p);
                }
                (floor(start), ceil(end))
            }
            Map::Explicit { starts, ends } => {
                if start >= end {
                    let p = if start < n {
                        starts[start]
                    } else {
                        ends.last().copied().unwrap_or(0)
                    } as usize;
                    return (p, p);
                }
                // Ranges are monotone by construction; min/max keeps this correct even if a
                // pass ever reorders (canonical reordering of combining marks assigns a run one
                // shared range).
                let s = starts[start..end].iter().copied().min().unwrap_or(0);
                let e = ends[start..end].iter().copied().max().unwrap_or(0);
                (s as usize, e as usize)
            }
        }
    }

    /// The identity view of `raw`.
    fn identity(raw: &str) -> Normalized {
        Normalized {
            text: raw.to_string(),
            map: Map::Identity,
            original_len: raw.len() as u32,
        }
    }

    /// Composes this view (over some text `t`) with a pass whose output bytes came from byte
    /// ranges of `t`: the result maps the pass's output straight to this view's original.
    fn compose(&self, pass: Builder) -> Normalized {
        let Builder {
            text,
            mut starts,
            mut ends,
        } = pass;
        for (s, e) in starts.iter_mut().zip(ends.iter_mut()) {
            let (os, oe) = self.to_original(*s as usize, *e as usize);
            *s = os as u32;
            *e = oe as u32;
        }
        Normalized {
            text,
            map: Map::Explicit { starts, ends },
            original_len: self.original_len,
        }
    }
}

/// Output of one pass: text plus, per output byte, the input byte range it came from.
struct Builder {
    text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl Builder {
    fn with_capacity(n: usize) -> Self {
        Builder {
            text: String::with_capacity(n),
            starts: Vec::with_capacity(n),
            ends: Vec::with_capacity(n),
        }
    }

    fn push(&mut self, c: char, s: usize, e: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.starts.push(s as u32);
            self.ends.push(e as u32);
        }
    }

    /// Copies ASCII text that maps to itself at `at..`: one bulk copy, no per-char pushes.
    fn push_ascii(&mut self, t: &str, at: usize) {
        self.text.push_str(t);
        let at = at as u32;
        let n = t.len() as u32;
        self.starts.extend(at..at + n);
        self.ends.extend(at + 1..at + n + 1);
    }

    /// Copies text that maps to itself at `at..`, each byte to its whole char.
    fn push_identity(&mut self, t: &str, at: usize) {
        if t.is_ascii() {
            return self.push_ascii(t, at);
        }
        self.text.push_str(t);
        for (i, c) in t.char_indices() {
            let (s, e) = ((at + i) as u32, (at + i + c.len_utf8()) as u32);
            for _ in 0..c.len_utf8() {
                self.starts.push(s);
                self.ends.push(e);
            }
        }
    }

    fn push_str(&mut self, t: &str, s: usize, e: usize) {
        self.text.push_str(t);
        for _ in 0..t.len() {
            self.starts.push(s as u32);
            self.ends.push(e as u32);
        }
    }

    fn finish(self, original_len: usize) -> Normalized {
        Normalized {
            text: self.text,
            map: Map::Explicit {
                starts: self.starts,
                ends: self.ends,
            },
            original_len: original_len as u32,
        }
    }
}

/// `str::to_lowercase`, borrowing the word when lower-casing changes nothing (most words of a
/// text): the same answer without an allocation per word.
pub fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    let unchanged = word.chars().all(|c| {
        if c.is_ascii() {
            return !c.is_ascii_uppercase();
        }
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    });
    if unchanged {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// `text` lower-cased character by character wherever that keeps the character's UTF-8
/// length, so a byte offset into the result is the same offset into `text`. The few
/// characters whose lower case is longer, shorter or two characters ("İ", the Kelvin sign,
/// "ẞ") stay as written: a phrase matched on the result still has its span in `text`,
/// whatever else the text holds.
pub fn lowercase_keeping_offsets(text: &str) -> std::borrow::Cow<'_, str> {
    let lower = lowercase(text);
    if lower.len() == text.len() {
        return lower;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(one), None) if one.len_utf8() == c.len_utf8() => out.push(one),
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Texts longer than this are cut (at a char boundary) before normalizing, so that offsets fit
/// in `u32` and memory stays bounded (the map costs 8 bytes per byte of text).
pub const MAX_TEXT_BYTES: usize = 64 << 20;

fn bounded(raw: &str) -> &str {
    prefix(raw, MAX_TEXT_BYTES)
}

/// The longest prefix of `text` of at most `max` bytes that ends at a char boundary (a bound
/// on what a hostile field costs; `str::floor_char_boundary` is newer than the workspace's
/// `rust-version`).
pub fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Folding for general matching (emails, URLs, handles, words); see the crate documentation.
/// Texts over [`MAX_TEXT_BYTES`] are read up to that size.
pub fn fold(raw: &str) -> Normalized {
    let raw = bounded(raw);
    if already_folded(raw) {
        return Normalized::identity(raw);
    }
    if has_markup(raw) {
        // Markup: a tag or reference may span spaces, so the text goes through whole.
        return fold_general(raw);
    }
    fold_by_chunks(raw)
}

/// Folds text without markup one whitespace-separated chunk at a time, running the general
/// passes only on chunks that need them ("call ７one３ now": only "７one３"). Equivalent to
/// [`fold_general`] because no pass looks across ASCII whitespace: it is a starter (UAX #15
/// ordering and composition never cross it, nothing composes with it) and not a word char
/// (look-alike words end at it), and a variation selector after it is not after an
/// alphanumeric. The property test `fast_path_agrees_with_general_path` checks it.
fn fold_by_chunks(raw: &str) -> Normalized {
    let bytes = raw.as_bytes();
    let mut b = Builder::with_capacity(raw.len());
    let mut i = 0;
    while i < bytes.len() {
        let end = bytes[i..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |p| i + p);
        let chunk = &raw[i..end];
        if chunk.is_ascii() {
            b.push_ascii(chunk, i);
        } else if already_folded(chunk) {
            b.push_identity(chunk, i);
        } else {
            let pieces = html::decode(chunk);
            let pieces = unicode::strip_invisible(pieces);
            for p in unicode::nfkc_with_lookalikes(pieces) {
                b.push(p.c, i + p.s as usize, i + p.e as usize);
            }
        }
        let ws_end = bytes[end..]
            .iter()
            .position(|c| !c.is_ascii_whitespace())
            .map_or(bytes.len(), |p| end + p);
        b.push_ascii(&raw[end..ws_end], end);
        i = ws_end;
    }
    b.finish(raw.len())
}

/// Whether `raw` holds a `<` or `&` (SIMD search: this runs on every field).
fn has_markup(raw: &str) -> bool {
    memchr::memchr2(b'<', b'&', raw.as_bytes()).is_some()
}

/// Whether folding would leave `raw` unchanged, decided much faster than folding: no markup, no
/// invisible character, variation selector or combining mark, no look-alike letter (also inside a precomposed
/// char: "Ё" is "Е" + U+0308), and already in NFKC by the UAX #15 quick check (§9). Most fields
/// are plain ASCII or ASCII with emoji or accented letters, which all take this path; a unit
/// property test checks it agrees with the general path.
fn already_folded(raw: &str) -> bool {
    if has_markup(raw) {
        return false;
    }
    if raw.is_ascii() {
        // NFKC of ASCII is ASCII.
        return true;
    }
    for c in raw.chars() {
        if c.is_ascii() {
            continue;
        }
        // Combining marks: the general path gives a reordered run one shared range, which a
        // per-char identity map would not reproduce ("À\u{F35}").
        if unicode::is_invisible(c)
            || unicode::is_variation_selector(c)
            || unicode_normalization::char::canonical_combining_class(c) != 0
        {
            return false;
        }
        // Look-alikes are IPA, Greek and Cyrillic letters (U+0261..U+052F); a char that passes
        // the NFKC quick check and holds one decomposes canonically within those blocks or
        // Greek Extended. Other chars skip the table lookup.
        if matches!(c, '\u{0250}'..='\u{052F}' | '\u{1D00}'..='\u{1FFF}') {
            let mut lookalike = false;
            unicode_normalization::char::decompose_compatible(c, |d| {
                lookalike |= unicode::lookalike(d).is_some();
            });
            if lookalike {
                return false;
            }
        }
    }
    unicode_normalization::is_nfkc_quick(raw.chars()) == unicode_normalization::IsNormalized::Yes
}

/// The full fold: HTML, invisibles, NFKC with look-alikes.
fn fold_general(raw: &str) -> Normalized {
    let pieces = html::decode(raw);
    let pieces = unicode::strip_invisible(pieces);
    let pieces = unicode::nfkc_with_lookalikes(pieces);
    let mut b = Builder::with_capacity(raw.len());
    for p in pieces {
        b.push(p.c, p.s as usize, p.e as usize);
    }
    b.finish(raw.len())
}

/// A char of an intermediate stream with the original byte range it came from.
#[derive(Clone, Copy, Debug)]
struct Piece {
    c: char,
    s: u32,
    e: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_that_keeps_every_offset() {
        assert!(matches!(
            lowercase_keeping_offsets("already lower"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(lowercase_keeping_offsets("VISA Paid"), "visa paid");
        // "İ" and the Kelvin sign change length when lower-cased: they stay, the rest folds.
        for text in ["İSTANBUL VISA", "300 \u{212A} VISA", "STRASSE ẞ VISA"] {
            let lower = lowercase_keeping_offsets(text);
            assert_eq!(lower.len(), text.len(), "{text}");
            assert!(lower.ends_with(" visa"), "{lower}");
            assert_eq!(lower.find("visa"), text.find("VISA"));
        }
    }

    #[test]
    fn lowercase_is_to_lowercase() {
        for w in [
            "houston",
            "Houston",
            "ÉTÉ",
            "été",
            "ΟΔΟΣ",
            "Σ",
            "ǅemal",
            "İstanbul",
            "straße",
            "ß",
            "日本",
            "١٢٣",
            "",
            "x1",
        ] {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lowercase("été"), std::borrow::Cow::Borrowed(_)));
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let w = c.to_string();
            assert_eq!(lowercase(&w), w.to_lowercase(), "U+{:04X}", c as u32);
        }
    }

    fn roundtrip(raw: &str) -> (String, Vec<(usize, usize)>) {
        let n = fold(raw);
        let spans = (0..n.as_str().len())
            .map(|i| n.to_original(i, i + 1))
            .collect();
        (n.as_str().to_string(), spans)
    }

    #[test]
    fn ascii_is_identity() {
        let (t, spans) = roundtrip("call 713-555-0123");
        assert_eq!(t, "call 713-555-0123");
        assert_eq!(spans[5], (5, 6));
    }

    #[test]
    fn compatibility_forms_fold() {
        assert_eq!(fold("ｌｉｌｙ＠ｇｍａｉｌ").as_str(), "lily@gmail");
        assert_eq!(fold("𝟕𝟏𝟑 ①②³₄").as_str(), "713 1234");
        assert_eq!(fold("𝐋𝐢𝐥𝐲").as_str(), "Lily");
    }

    #[test]
    fn lookalikes_fold_in_latin_words_only() {
        assert_eq!(fold("Ѕwееt уоung").as_str(), "Sweet young");
        // A genuinely Cyrillic word keeps its letters.
        assert_eq!(fold("Привет").as_str(), "Привет");
        assert_eq!(fold("gmаil.соm").as_str(), "gmail.com");
    }

    #[test]
    fn invisibles_removed_and_mapped() {
        let raw = "li\u{200B}ly\u{FEFF}22";
        let n = fold(raw);
        assert_eq!(n.as_str(), "lily22");
        assert_eq!(n.to_original(0, 6), (0, raw.len()));
        assert_eq!(n.to_original(2, 3), (5, 6));
    }

    #[test]
    fn html_tags_and_entities() {
        let raw = "<p>lily&#64;gmail&period;com</p><script>x=1</script>&amp;amp;ok";
        let n = fold(raw);
        assert_eq!(n.as_str(), " lily@gmail.com\n &ok");
        let at = n.as_str().find('@').unwrap();
        let (s, e) = n.to_original(at, at + 1);
        assert_eq!(&raw[s..e], "&#64;");
        let amp = n.as_str().find('&').unwrap();
        let (s, e) = n.to_original(amp, amp + 1);
        assert_eq!(&raw[s..e], "&amp;amp;");
    }

    #[test]
    fn inline_tags_join_their_text() {
        let raw = "mail lily<span>22</span>@gmail.com<br>bye";
        let n = fold(raw);
        assert_eq!(n.as_str(), "mail lily22@gmail.com\nbye");
        let (s, e) = n.to_original(5, 21);
        assert_eq!(&raw[s..e], "lily<span>22</span>@gmail.com");
    }

    #[test]
    fn identity_map_covers_whole_chars() {
        // The lazy identity map answers as a per-byte map would: ranges grow to whole chars.
        let raw = "añb🌹c";
        let n = fold(raw);
        assert_eq!(n.as_str(), raw);
        assert_eq!(n.to_original(2, 3), (1, 3));
        assert_eq!(n.to_original(5, 6), (4, 8));
        assert_eq!(n.to_original(6, 6), (4, 4));
        assert_eq!(n.to_original(9, 9), (9, 9));
        assert_eq!(n.to_original(0, 99), (0, raw.len()));
    }

    #[test]
    fn digit_view_of_a_fold_equals_digit_view() {
        for raw in [
            "Call ７one３ five5five o1two3",
            "plain 713 555 0123",
            "<b>7</b>13 ⑤",
            "",
        ] {
            let a = digit_view(raw);
            let b = digit_view_of(&fold(raw));
            assert_eq!(a.as_str(), b.as_str());
            for i in 0..=a.as_str().len() {
                for j in i..=a.as_str().len() {
                    assert_eq!(a.to_original(i, j), b.to_original(i, j));
                }
            }
        }
    }

    #[test]
    fn not_a_tag_is_kept() {
        assert_eq!(fold("I <3 you & me").as_str(), "I <3 you & me");
    }

    #[test]
    fn emoji_and_case_kept() {
        assert_eq!(fold("Lily 🌹❤️ XO").as_str(), "Lily 🌹❤️ XO");
    }

    #[test]
    fn combining_marks_compose() {
        let raw = "cafe\u{301}";
        let n = fold(raw);
        assert_eq!(n.as_str(), "café");
        assert_eq!(n.to_original(3, 5), (3, raw.len()));
    }

    fn same_view(a: &Normalized, b: &Normalized) {
        assert_eq!(a.as_str(), b.as_str());
        let n = a.as_str().len();
        for i in 0..=n {
            for j in i..=n.min(i + 4) {
                assert_eq!(a.to_original(i, j), b.to_original(i, j), "{i}..{j}");
            }
        }
    }

    #[test]
    fn fast_path_cases() {
        for raw in [
            "plain",
            "Lily 🌹 café",
            "Ёж",
            "ό",
            "日本語 ok",
            "e\u{301}",
            "x\u{200B}y",
        ] {
            same_view(&fold(raw), &fold_general(raw));
        }
        assert!(already_folded("Lily 🌹 café 日本"));
        assert!(!already_folded("Ёж"));
        assert!(!already_folded("e\u{301}"));
        assert!(!already_folded("ｌｉｌｙ"));
    }

    #[test]
    fn lookalike_blocks_cover_every_nfkc_stable_char() {
        // Exhaustive: a char outside the blocks `already_folded` looks into, that NFKC keeps,
        // holds no look-alike in its decomposition.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if matches!(c, '\u{0250}'..='\u{052F}' | '\u{1D00}'..='\u{1FFF}')
                || unicode_normalization::is_nfkc_quick(std::iter::once(c))
                    != unicode_normalization::IsNormalized::Yes
            {
                continue;
            }
            let mut lookalike = false;
            unicode_normalization::char::decompose_compatible(c, |d| {
                lookalike |= unicode::lookalike(d).is_some();
            });
            assert!(!lookalike, "U+{:04X}", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_agrees_with_general_path(raw in proptest::prelude::any::<String>()) {
            same_view(&fold(&raw), &fold_general(&raw));
        }

        #[test]
        fn lower_case_keeps_offsets_on_any_text(raw in proptest::prelude::any::<String>()) {
            let lower = lowercase_keeping_offsets(&raw);
            proptest::prop_assert_eq!(lower.len(), raw.len());
            for ((i, c), (j, l)) in raw.char_indices().zip(lower.char_indices()) {
                proptest::prop_assert_eq!(i, j);
                proptest::prop_assert_eq!(c.len_utf8(), l.len_utf8());
            }
        }

        #[test]
        fn fast_path_agrees_on_mixed_scripts(raw in "[a-zA-Z0-9 \t\n.@éèüñçßЁёЙЕеАаόοΩωἀᾶϊɡ日本🌹\u{301}\u{308}\u{FE0F}\u{20E3}\u{200B}\u{A0}①ｌ]{0,32}") {
            same_view(&fold(&raw), &fold_general(&raw));
        }
    }

    #[test]
    fn empty_and_clamped_ranges() {
        let n = fold("");
        assert_eq!(n.to_original(0, 0), (0, 0));
        let n = fold("ab");
        assert_eq!(n.to_original(5, 9), (2, 2));
        assert_eq!(n.to_original(1, 1), (1, 1));
    }
}
