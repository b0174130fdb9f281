//! The `export` pipeline: the case store's current posts as a case view
//! ([`plainsight_core::case::Case`], built by the store) written by `plainsight-output`'s
//! writers (CSV, FollowTheMoney, GEXF, GraphML): the same writers `link --out` uses, so a
//! file exported from the store and one from a run read alike. Masked unless `reveal`.

use crate::EngineError;
use plainsight_output::export::{write_export, ExportFormat, ExportOptions};
use plainsight_store::Store;
use std::io::Write;

/// Settings of an export.
#[derive(Clone, Debug)]
pub struct ExportSettings {
    pub format: ExportFormat,
    /// Only this network's posts.
    pub network: Option<String>,
    /// Only posts whose own risk, or whose network's risk, reaches this.
    pub min_risk: Option<f64>,
    pub reveal: bool,
}

/// Writes the export; returns the number of posts in it.
pub fn run(
    store: &Store,
    settings: &ExportSettings,
    out: &mut dyn Write,
) -> Result<u64, EngineError> {
    let case = store.case(settings.network.as_deref(), settings.min_risk)?;
    write_export(
        settings.format,
        &case,
        &ExportOptions {
            reveal: settings.reveal,
        },
        out,
    )
    .map_err(EngineError::Write)?;
    Ok(case.posts.len() as u64)
}
