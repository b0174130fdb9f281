//! Integration tests of the linker: quality on synthetic corpora, guards, order independence,
//! the summaries a person reads.

mod accounts;
mod contactless;
mod guards;
mod order;
mod properties;
mod quality;
mod summary;

use plainsight_core::{Field, Post, Selector, SelectorKind};
use plainsight_link::{LinkConfig, Linker, Linking, PostFeatures};

/// A post with a body and selectors written into it (spans computed).
pub fn post(id: &str, body_parts: &[&str], phones: &[&str]) -> (Post, Vec<Selector>) {
    let mut body = body_parts.join(". ");
    let mut sels = Vec::new();
    for p in phones {
        body.push_str(". call ");
        let start = body.len();
        body.push_str(p);
        sels.push(Selector::new(
            SelectorKind::Phone,
            *p,
            Field::Body,
            start,
            body.len(),
            *p,
        ));
    }
    (
        Post {
            id: id.into(),
            body: Some(body),
            ..Post::default()
        },
        sels,
    )
}

pub fn link_all(posts: &[(Post, Vec<Selector>)]) -> Linking {
    let mut l = Linker::new(LinkConfig::default());
    for (p, s) in posts {
        l.add(PostFeatures::from_post(p, s)).unwrap();
    }
    l.link()
}

/// A word of letters only that encodes `n` (digits would read as number slots).
pub fn word(mut n: usize) -> String {
    let mut w = String::new();
    loop {
        w.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            return w;
        }
    }
}

/// Sentences unique to poster `i` (no two posters share a template).
pub fn own_text(i: usize) -> Vec<String> {
    (0..4)
        .map(|k| {
            (0..6)
                .map(|j| word(i * 1000 + k * 10 + j + 700))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}
