//! Integration tests of the writers on networks the real linker made.

mod export;
mod report;
mod xml_check;

use plainsight_core::network::Network;
use plainsight_core::{Field, Post, Selector, SelectorKind};
use plainsight_link::{LinkConfig, Linker, PostFeatures};

/// A post with a body and phones written into it (spans computed).
pub fn post(id: &str, body: &str, phones: &[&str]) -> (Post, Vec<Selector>) {
    let mut body = body.to_string();
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

/// Four posts of one poster over two numbers, a shared photo and a city both numbers advertise
/// in, and one unrelated post.
pub fn corpus() -> Vec<(Post, Vec<Selector>)> {
    let places = ["Houston, TX", "Dallas, TX", "Houston, TX", "Austin, TX"];
    let mut posts = Vec::new();
    for k in 0..4 {
        let phone = format!("+1713555{:04}", 10 + k / 2);
        let name = ["Lily", "Rose"][k % 2];
        let (mut p, s) = post(
            &format!("A{k}"),
            &format!(
                "{name} is {} and ready. new in town for a short time only",
                21 + k
            ),
            &[&phone],
        );
        p.location = Some(places[k].to_string());
        p.posted_at = Some(format!("2024-03-0{}T12:00:00Z", k + 1));
        p.site = Some("board.example".into());
        p.title = Some(format!("{name} visiting, call 713"));
        p.image_hashes =
            vec!["f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22".into()];
        posts.push((p, s));
    }
    posts.push(post(
        "B0",
        "a different poster altogether",
        &["+13125550999"],
    ));
    posts
}

pub fn networks(posts: &[(Post, Vec<Selector>)]) -> Vec<Network> {
    let mut l = Linker::new(LinkConfig::default());
    for (p, s) in posts {
        l.add(PostFeatures::from_post(p, s)).unwrap();
    }
    l.link().networks
}
