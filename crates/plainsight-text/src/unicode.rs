//! Unicode folding with offset tracking: invisible characters, NFKC (UAX #15) and look-alike
//! letters (after UTS #39's confusables, restricted to Cyrillic/Greek letters that render like
//! ASCII Latin letters).

use unicode_normalization::char::{compose, decompose_compatible};

/// Canonical combining class, with ASCII (class 0) answered without a table lookup.
fn canonical_combining_class(c: char) -> u8 {
    if c.is_ascii() {
        0
    } else {
        unicode_normalization::char::canonical_combining_class(c)
    }
}

use crate::Piece;

/// Format and zero-width characters that render as nothing and are used to break up selectors
/// ("li\u{200B}ly"). Variation selectors are handled apart (they belong to emoji).
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E007F}')
}

pub(crate) fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// The last char of `c`'s compatibility decomposition: what `c` looks like after NFKC at its end.
fn nfkd_last(c: char) -> char {
    let mut last = c;
    decompose_compatible(c, |d| last = d);
    last
}

/// Drops invisible characters, and variation selectors that follow a letter or digit (they only
/// mean something after emoji and CJK; after `7` they are a keycap's, which stays).
pub(crate) fn strip_invisible(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    // The last char kept that is not a keycap mark: a stray keycap mark on a letter
    // ("a\u{20E3}") is dropped by the digit view, so a selector after it is judged by the letter.
    let mut base: Option<char> = None;
    for (k, p) in pieces.iter().enumerate() {
        if is_invisible(p.c) {
            continue;
        }
        if is_variation_selector(p.c) {
            let keycap = pieces.get(k + 1).is_some_and(|n| n.c == '\u{20E3}');
            let after_alnum = base.is_some_and(|prev| {
                // Judge the char as it will end up: after NFKC and look-alike folding.
                let l = nfkd_last(prev);
                l.is_ascii_alphanumeric() || crate::is_alphanumeric(l)
            });
            if after_alnum && !keycap {
                continue;
            }
        }
        if p.c != '\u{20E3}' && p.c != '\u{FE0F}' {
            base = Some(p.c);
        }
        out.push(*p);
    }
    out
}

/// NFKC with look-alike folding done on the decomposed stream, so composition sees the folded
/// letters and the result is stable under a second pass.
pub(crate) fn nfkc_with_lookalikes(pieces: Vec<Piece>) -> Vec<Piece> {
    // 1. Compatibility decomposition, each output char keeping its source's range.
    let mut d: Vec<Piece> = Vec::with_capacity(pieces.len() + pieces.len() / 4);
    for p in &pieces {
        if p.c.is_ascii() {
            d.push(*p);
        } else {
            decompose_compatible(p.c, |c| d.push(Piece { c, ..*p }));
        }
    }
    // 2. Look-alikes, word by word.
    fold_lookalike_words(&mut d);
    // 3. Canonical ordering: a run of non-starters is stably sorted by combining class; the run
    //    shares one (union) range since its chars no longer follow source order.
    let mut i = 0;
    while i < d.len() {
        if canonical_combining_class(d[i].c) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < d.len() && canonical_combining_class(d[i].c) != 0 {
            i += 1;
        }
        if i - start > 1 {
            let run = &mut d[start..i];
            run.sort_by_key(|p| canonical_combining_class(p.c));
            let s = run.iter().map(|p| p.s).min().unwrap_or(0);
            let e = run.iter().map(|p| p.e).max().unwrap_or(0);
            for p in run.iter_mut() {
                p.s = s;
                p.e = e;
            }
        }
    }
    // 4. Canonical composition (UAX #15 §1.3): combine each char with the last starter unless
    //    blocked by a char of equal or higher class in between.
    let mut out: Vec<Piece> = Vec::with_capacity(d.len());
    let mut starter: Option<usize> = None;
    let mut last_class: u8 = 0;
    for p in d {
        let class = canonical_combining_class(p.c);
        if let Some(si) = starter {
            let blocked = out.len() - 1 != si && (last_class == 0 || last_class >= class);
            if !blocked {
                if let Some(c) = compose(out[si].c, p.c) {
                    let s = &mut out[si];
                    s.c = c;
                    s.s = s.s.min(p.s);
                    s.e = s.e.max(p.e);
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        last_class = class;
        out.push(p);
    }
    out
}

/// Chars of a word for look-alike folding. Keycap marks and dingbat digits count, since the
/// digit view turns "7\u{FE0F}\u{20E3}" and "❼" into digits that join the word.
fn is_word_char(c: char) -> bool {
    crate::is_alphanumeric(c)
        || canonical_combining_class(c) != 0
        || c == '\u{FE0F}'
        || c == '\u{20E3}'
        || crate::digits::digit_char(c).is_some()
}

/// Folds Cyrillic/Greek look-alikes to ASCII in words that are Latin-looking: words that hold an
/// ASCII letter or digit ("Ѕwееt", "gmаil") or whose every letter is a look-alike ("соm").
/// Words of real Cyrillic or Greek ("Привет") keep their letters.
fn fold_lookalike_words(d: &mut [Piece]) {
    let mut i = 0;
    while i < d.len() {
        if !is_word_char(d[i].c) {
            i += 1;
            continue;
        }
        let start = i;
        while i < d.len() && is_word_char(d[i].c) {
            i += 1;
        }
        let word = &d[start..i];
        let mut has_ascii = false;
        let mut has_lookalike = false;
        let mut all_foldable = true;
        for p in word {
            // Any digit counts as Latin context: the digit view turns "٣" into "3" later.
            if p.c.is_ascii_alphanumeric()
                || p.c.is_numeric()
                || crate::digits::digit_char(p.c).is_some()
            {
                has_ascii = true;
            } else if lookalike(p.c).is_some() {
                has_lookalike = true;
            } else if crate::is_alphanumeric(p.c) {
                all_foldable = false;
            }
        }
        if has_lookalike && (has_ascii || all_foldable) {
            for p in &mut d[start..i] {
                if let Some(a) = lookalike(p.c) {
                    p.c = a;
                }
            }
        }
    }
}

/// Cyrillic and Greek letters that render like an ASCII letter (Unicode confusables.txt, those
/// mapping to a single ASCII letter).
pub(crate) fn lookalike(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic capitals
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'Ѕ' => 'S',
        'І' => 'I',
        'Ј' => 'J',
        'Ү' => 'Y',
        'Һ' => 'H',
        'Ԛ' => 'Q',
        'Ԝ' => 'W',
        'Ӏ' => 'I',
        // Cyrillic small
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'і' => 'i',
        'ј' => 'j',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ү' => 'y',
        'һ' => 'h',
        'ӏ' => 'l',
        'ɡ' => 'g',
        // Greek capitals
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        // Greek small
        'ο' => 'o',
        'ν' => 'v',
        'ι' => 'i',
        'κ' => 'k',
        'ρ' => 'p',
        'α' => 'a',
        'υ' => 'u',
        'ϲ' => 'c',
        'ϳ' => 'j',
        _ => return None,
    })
}
