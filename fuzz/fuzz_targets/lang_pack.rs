//! Arbitrary text as a language pack (`scan --lang FILE`): parsing and building an evaluator
//! from it never panic (bad packs are errors), and a pack that builds evaluates a post.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainsight_core::Post;
use plainsight_indicators::{Evaluator, LanguagePack};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(pack) = LanguagePack::parse("fuzz.toml", text) else {
        return;
    };
    let Ok(evaluator) = Evaluator::with_languages(&[pack]) else {
        return;
    };
    let post = Post {
        id: "F".into(),
        title: Some("new girl in town, 18, no limits".into()),
        body: Some(text.chars().take(512).collect()),
        ..Post::default()
    };
    let _ = evaluator.evaluate(&post, &[]);
});
