//! Arbitrary text through `find_phones`, with and without a region: it must not panic, and every
//! match must be an ordered, non-overlapping, char-boundary span of the input with an E.164 value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainsight_phone::{find_phones, PhoneContext};

/// Regions whose numbering plans differ in length and prefix rules.
const REGIONS: [Option<&str>; 6] = [
    None,
    Some("US"),
    Some("FR"),
    Some("IN"),
    Some("NE"),
    Some("DE"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let region = REGIONS[usize::from(pick) % REGIONS.len()];
    let mut last_end = 0;
    for m in find_phones(text, &PhoneContext::from_data(region)) {
        assert!(m.start < m.end && m.end <= text.len(), "span out of text");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(m.start >= last_end, "overlap or disorder");
        last_end = m.end;
        assert!(m.e164.starts_with('+') && m.e164[1..].bytes().all(|b| b.is_ascii_digit()));
    }
});
