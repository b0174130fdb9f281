//! The committed analyst docs are generated from the registry and must be up to date.

use plainsight_indicators::{docs::render_markdown, LanguagePack};
use std::path::PathBuf;

#[test]
fn docs_are_up_to_date() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/indicators.md");
    let want = render_markdown(&LanguagePack::embedded());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/indicators.md is stale: run UPDATE_DOCS=1 cargo test -p plainsight-indicators docs_are_up_to_date"
    );
}
