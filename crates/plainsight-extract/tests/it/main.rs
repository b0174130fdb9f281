//! Integration tests of `Extractor::extract`: crypto vectors in sentences, snapshots of whole
//! posts, and properties on arbitrary text.

mod crypto_vectors;
mod licences;
mod phones;
mod props;
mod regions;
mod snapshots;

use plainsight_core::Post;

pub fn post(title: Option<&str>, body: &str) -> Post {
    Post {
        id: "P1".into(),
        title: title.map(str::to_string),
        body: Some(body.to_string()),
        region: Some("US".into()),
        ..Post::default()
    }
}
