//! Protection services: the directory a network's places are referred to, and where help is
//! missing.
//!
//! A stage beside `link`: it takes directories of services as agencies publish them — Open
//! Referral HSDS (3.x JSON, 1.x/2.x CSV data packages), 3W "who does what where" sheets with HXL
//! tags, GeoJSON feature collections — and gives one [`Directory`] in the project's
//! [`Category`] taxonomy, every data-quality [`Problem`] with its source and row (swapped or
//! foreign coordinates, missing coordinates resolved through the gazetteer, duplicate
//! organisations under spelling variants, invalid phones and emails), nearest-service search on
//! great-circle distance ([`NearIndex`]), gap tables by area and along migration routes
//! ([`gaps()`], [`route_gaps`]), referral lists for a network's places ([`refer`]) and an HSDS 3
//! export ([`to_hsds3`]). No HTTP and no SQL here: the store keeps the directory, the engine
//! runs the pipelines. See `docs/services.md`.
//!
//! ```
//! use plainsight_referral::{import_bytes, Category, ImportOptions, NearIndex};
//! let sheet = "Country,Region,Organisation,Activity\nLiberia,Bong,Example Aid,Psychological Support\n";
//! let import = import_bytes("3w.csv", sheet.as_bytes(), &ImportOptions::default()).unwrap().remove(0);
//! assert_eq!(import.directory.services.len(), 1);
//! // No coordinates: placed at Gbarnga, the gazetteer town for Bong County, and reported.
//! assert_eq!(import.problems[0].kind.code(), "missing_coordinates");
//! let index = NearIndex::from_directory(&import.directory);
//! let hits = index.nearest(6.3, -10.8, 1, Some(Category::Psychosocial)); // Monrovia
//! assert!(hits[0].distance_km > 100.0 && hits[0].distance_km < 200.0);
//! ```

pub mod dedupe;
pub mod export;
pub mod gaps;
pub mod import;
pub mod model;
pub mod near;
pub mod places;
pub mod quality;
pub mod taxonomy;

pub use export::to_hsds3;
pub use gaps::{
    gaps, refer, route, route_gaps, routes, ActivityPlace, GapRow, Level, MovementPlace, Referral,
    Route, Waypoint, DEFAULT_THRESHOLD_KM, GAP_CATEGORIES,
};
pub use import::{detect, import_bytes, import_path, source_name, Format, Import, ImportOptions};
pub use model::{stable_id, CoordinateSource, Directory, Location, Organization, Service};
pub use near::{Hit, IndexedPoint, NearIndex};
pub use quality::{Problem, ProblemKind};
pub use taxonomy::{Category, Vocabulary};

/// Errors of this crate: a source that cannot be read at all. Problems inside a readable
/// source are not errors; they are [`Problem`]s.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{source_name}: {reason}")]
    Format { source_name: String, reason: String },
}
