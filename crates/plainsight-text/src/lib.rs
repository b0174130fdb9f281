//! Normalization for matching, with a map back to original byte offsets.
//!
//! (Stub interface: being implemented.) Every extractor matches on a normalized view of a post's
//! field and reports spans in the original text through [`Normalized::to_original`].

/// A normalized view of a text with, for every byte of the view, the original byte range it came
/// from.
#[derive(Clone)]
pub struct Normalized {
    text: String,
    /// `starts[i]..ends[i]` is the original byte range that normalized byte `i` came from.
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl Normalized {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte range `[start, end)` of the normalized text back to the smallest byte range of
    /// the original text that covers it. Always on char boundaries of the original.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || self.starts.is_empty() {
            let p = self.starts.get(start).copied().unwrap_or(0) as usize;
            return (p, p);
        }
        (self.starts[start] as usize, self.ends[end - 1] as usize)
    }
}

/// Folding for general matching (emails, URLs, handles, words): identity in this stub.
pub fn fold(raw: &str) -> Normalized {
    let n = raw.len();
    Normalized {
        text: raw.to_string(),
        starts: (0..n as u32).collect(),
        ends: (1..=n as u32).collect(),
    }
}
