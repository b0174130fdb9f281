//! Arbitrary text as a post's title and body: extraction must not panic, and every selector's
//! span must be a char-boundary slice of its field equal to its `raw`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainsight_core::{Field, Post};
use plainsight_extract::{ExtractConfig, Extractor};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| {
        Extractor::new(ExtractConfig {
            default_region: Some("US".parse().unwrap()),
            ..ExtractConfig::default()
        })
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (title, body) = match text.find('\u{1}') {
        Some(i) => (Some(text[..i].to_string()), Some(text[i + 1..].to_string())),
        None => (None, Some(text.to_string())),
    };
    let post = Post {
        id: "F".into(),
        title,
        body,
        ..Post::default()
    };
    for s in extractor().extract(&post) {
        let field = post.field(s.field).unwrap_or_default();
        assert!(s.start <= s.end && s.end <= field.len(), "span out of field");
        assert!(field.is_char_boundary(s.start) && field.is_char_boundary(s.end));
        assert_eq!(&field[s.start..s.end], s.raw, "raw is not the span");
        assert!(!s.reveal_value().is_empty());
        let _ = Field::ALL;
    }
});
