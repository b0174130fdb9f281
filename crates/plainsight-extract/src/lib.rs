//! Selectors out of posts. (Stub interface: being implemented.)

use plainsight_core::{Post, Selector};

/// Settings for extraction.
#[derive(Clone, Debug, Default)]
pub struct ExtractConfig {
    /// Region (ISO 3166-1 alpha-2) for numbers without a country code when the record has neither
    /// `region` nor a resolvable `location`.
    pub default_region: Option<String>,
}

/// Extracts every selector of a post. Cheap to share across threads.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    config: ExtractConfig,
}

impl Extractor {
    pub fn new(config: ExtractConfig) -> Self {
        Extractor { config }
    }

    pub fn config(&self) -> &ExtractConfig {
        &self.config
    }

    /// All selectors of the post, title first, then body, each in order of position; one entry
    /// per mention.
    pub fn extract(&self, post: &Post) -> Vec<Selector> {
        let _ = post;
        Vec::new()
    }
}
