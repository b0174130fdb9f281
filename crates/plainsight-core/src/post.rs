use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a record came from: the input's name (a path or `-`) and its 1-based line (JSONL) or
/// record number (CSV). Used for bad-record reports and to keep output in input order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub file: String,
    pub line: u64,
}

/// One post as `../shared/CONTRACT.md` ("Posts") describes it. Only `id` is required, plus at
/// least one of `title` and `body`; unknown fields are kept in [`Post::extra`] and passed on.
///
/// `Debug` never prints the text fields: they may describe a possible victim.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Post {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// RFC 3339, kept as written; stages that need a time parse it themselves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posted_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// ISO 3166-1 alpha-2 hint for reading numbers without a country code, as the record gave
    /// it (passed through unchanged); read it with [`Post::region_hint`], which validates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub image_hashes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Fields the contract does not name, kept in input order and passed through.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Where the record was read from (not part of the record itself).
    #[serde(skip)]
    pub source: SourceRef,
}

impl Post {
    /// The record's `region` as a validated [`crate::Region`] ([`crate::Region::from_data`]:
    /// `UK` is read as `GB`); `None` when absent or not a region with phone numbering, so a bad
    /// hint is ignored (it is a hint, not an error) rather than read as a region.
    pub fn region_hint(&self) -> Option<crate::Region> {
        self.region.as_deref().and_then(crate::Region::from_data)
    }

    /// The text of a field, if the post has it.
    pub fn field(&self, field: crate::Field) -> Option<&str> {
        match field {
            crate::Field::Title => self.title.as_deref(),
            crate::Field::Body => self.body.as_deref(),
        }
    }

    /// The text fields that are present, in a fixed order (title first).
    pub fn text_fields(&self) -> impl Iterator<Item = (crate::Field, &str)> {
        crate::Field::ALL
            .into_iter()
            .filter_map(move |f| self.field(f).map(|t| (f, t)))
    }
}

impl fmt::Debug for Post {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Post")
            .field("id", &self.id)
            .field("title_len", &self.title.as_ref().map(String::len))
            .field("body_len", &self.body.as_ref().map(String::len))
            .field("site", &self.site)
            .field("posted_at", &self.posted_at)
            .field("region", &self.region)
            .field("images", &(self.images.len() + self.image_hashes.len()))
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}
