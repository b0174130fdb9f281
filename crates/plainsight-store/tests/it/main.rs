//! The case store end to end: migrations from every earlier version, versions of posts,
//! linking state, search.

mod migrate;
mod posts;
mod workspace;

use plainsight_core::{Field, IndicatorHit, PdqHash, Post, Selector, SelectorKind};
use plainsight_store::{content_hash, NewPost, NewRecord};

/// A stored post built the way the engine builds one (canonical JSON of a `Post`).
pub fn new_post(id: &str, title: &str, body: &str, phone: Option<&str>) -> NewPost {
    let post = Post {
        id: id.into(),
        title: Some(title.into()),
        body: Some(body.into()),
        location: Some("Houston, TX".into()),
        posted_at: Some("2024-01-02T00:00:00Z".into()),
        ..Post::default()
    };
    let raw = serde_json::to_string(&post).unwrap();
    let selectors = phone
        .map(|p| {
            let at = body.find("call").unwrap_or(0);
            vec![Selector::new(
                SelectorKind::Phone,
                p,
                Field::Body,
                at,
                at + 4,
                "",
            )]
        })
        .unwrap_or_default();
    NewPost {
        id: id.into(),
        content_hash: content_hash(&raw),
        record: NewRecord::of(&post),
        posted_epoch: Some(1_704_153_600),
        risk: if body.contains("passport") { 0.86 } else { 0.1 },
        evidence: 1.0,
        post_type: "other".into(),
        ages: vec![21],
        selectors,
        ambiguous: Vec::new(),
        national: Vec::new(),
        hits: if body.contains("passport") {
            vec![IndicatorHit {
                code: "J004".into(),
                name: "document-retention".into(),
                field: Field::Body,
                start: 0,
                end: 8,
                weight: 2.0,
            }]
        } else {
            Vec::new()
        },
        images: vec![PdqHash([1, 2, 3, 4])],
    }
}
