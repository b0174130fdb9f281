//! `char::is_alphabetic` and `char::is_alphanumeric`, remembered per block of 64 characters.
//!
//! Every reader asks these of every character of every post, and for a character past ASCII
//! the standard library searches its Unicode tables each time (`alphabetic::lookup_slow`: 9.5 %
//! of the CPU samples of `link` on 20,000 posts in a dozen languages, BENCHMARKS.md). Here the
//! answers for the Basic Multilingual Plane are kept in two bitsets per thread, a block of 64
//! characters filled on its first question, so a post in Arabic, Thai or full of emoji pays
//! the table search once per block and thread. Answers are the standard library's, always
//! (a test compares every character).

use std::cell::RefCell;

/// Blocks of 64 characters in the Basic Multilingual Plane.
const BLOCKS: usize = 0x10000 / 64;

struct Classes {
    /// Which blocks are filled.
    known: [u64; BLOCKS / 64],
    alphabetic: [u64; BLOCKS],
    alphanumeric: [u64; BLOCKS],
}

impl Classes {
    /// The bits of block `b` (`alphabetic`, `alphanumeric`), filled on first use.
    #[inline]
    fn block(&mut self, b: usize) -> (u64, u64) {
        let (word, bit) = (b / 64, 1u64 << (b % 64));
        if self.known[word] & bit == 0 {
            let (mut alpha, mut alnum) = (0u64, 0u64);
            for i in 0..64u32 {
                if let Some(c) = char::from_u32((b as u32) * 64 + i) {
                    alpha |= u64::from(c.is_alphabetic()) << i;
                    alnum |= u64::from(c.is_alphanumeric()) << i;
                }
            }
            self.alphabetic[b] = alpha;
            self.alphanumeric[b] = alnum;
            self.known[word] |= bit;
        }
        (self.alphabetic[b], self.alphanumeric[b])
    }
}

thread_local! {
    static CLASSES: RefCell<Box<Classes>> = RefCell::new(Box::new(Classes {
        known: [0; BLOCKS / 64],
        alphabetic: [0; BLOCKS],
        alphanumeric: [0; BLOCKS],
    }));
}

/// The bits of `c` in the remembered tables, or `None` outside the Basic Multilingual Plane.
#[inline]
fn bmp(c: char) -> Option<(bool, bool)> {
    let u = c as u32;
    if u >= 0x10000 {
        return None;
    }
    let b = (u / 64) as usize;
    let (alpha, alnum) = CLASSES.with_borrow_mut(|t| t.block(b));
    Some(((alpha >> (u % 64)) & 1 == 1, (alnum >> (u % 64)) & 1 == 1))
}

/// Whether `c` is a letter of a script that puts no spaces between words (Thai, Lao, Myanmar,
/// Khmer, kana, Chinese characters): there a word is glued to the words and digits around it
/// ("电话13812345678", "東京都新宿区").
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF) // CJK unified ideographs
}

/// `c.is_alphabetic()`, remembered.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    bmp(c).map_or_else(|| c.is_alphabetic(), |(a, _)| a)
}

/// `c.is_alphanumeric()`, remembered.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    bmp(c).map_or_else(|| c.is_alphanumeric(), |(_, n)| n)
}

/// Pictographs: emoji, dingbats, stars (the blocks ads decorate with). The linker counts each
/// as a word of an advertiser's wording; the phone finder reads one with a space beside it
/// between digit groups as the start of a new line.
pub fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_answers_as_the_standard_library() {
        // Twice: once filling the blocks, once reading them.
        for _ in 0..2 {
            for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
                assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
                assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            }
        }
    }
}
