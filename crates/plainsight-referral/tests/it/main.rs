//! Integration tests of plainsight-referral, on fixtures under `tests/data` (synthetic ones
//! written for these tests, and small excerpts of licensed public data with their licences).

mod export;
mod import;
mod near;
mod routes;

use std::path::PathBuf;

pub fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}
