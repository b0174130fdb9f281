//! Integration tests of plainsight-referral, on fixtures under `tests/data` (synthetic ones
//! written for these tests, and small excerpts of licensed public data with their licences).

mod export;
mod import;
mod near;
mod routes;
mod xlsx;

/// The importers for sources that give one import (every fixture but the workbooks with
/// several 3W sheets, which `xlsx` tests through the crate's own functions).
pub mod single {
    use plainsight_referral::{Error, Import, ImportOptions};
    use std::path::Path;

    fn one(mut v: Vec<Import>) -> Import {
        assert_eq!(v.len(), 1, "one source, one import");
        v.remove(0)
    }

    pub fn import_path(path: &Path, opts: &ImportOptions) -> Result<Import, Error> {
        plainsight_referral::import_path(path, opts).map(one)
    }

    pub fn import_bytes(name: &str, bytes: &[u8], opts: &ImportOptions) -> Result<Import, Error> {
        plainsight_referral::import_bytes(name, bytes, opts).map(one)
    }
}

use std::path::PathBuf;

pub fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}
