//! Images in the pipeline: PDQ perceptual hashes of image files, and exact matching of hashes
//! against shared hash lists.
//!
//! Place: beside `extract`, feeding `link` (posts that share an image are linked) and the
//! `hash` / `match` subcommands. Takes image files (JPEG, PNG, WebP, GIF, BMP, TIFF, any
//! colour mode) or PDQ hashes; gives [`PdqOutput`] (hash and quality 0–100, per Meta's PDQ
//! specification), the eight dihedral hashes, and, from [`HashIndex`] / [`Matcher`], every
//! list entry within a Hamming distance, nearest first.
//!
//! Matching is exact (the same answer as comparing every entry) and sized for police archives:
//! [`HashIndex`] is a blocked multi-index at most 64 bytes per hash, 32 of them the hash itself,
//! so 10 M hashes fit in 640 MB. [`Matcher`] adds per-list distances, negative lists of known
//! benign collisions, quarantine of entries that match everything, and
//! [`Matcher::lookup_dihedral`] for rotated or mirrored re-posts (PDQ is not flip-invariant).
//! Hash quality (0–100) is reported so callers can drop featureless images, as the PDQ README
//! advises below 50.
//!
//! Pixels are read as the reference tools read them (Meta's `pdq-photo-hasher`,
//! python-threatexchange): as stored, EXIF orientation applied only when asked, 16-bit samples
//! reduced as PIL reduces them; so hashes agree with the lists those tools made (checked
//! against the vendored reference images in `tests/it/conformance.rs`).
//!
//! Untrusted input: every decode is bounded ([`DecodeOptions`]: file size before reading,
//! pixels from the header, a [`MemoryBudget`] shared by parallel decodes), a JPEG cut short or
//! a file too small for the size it declares is refused, and panics are caught per file, so
//! one hostile image is one error line, not a crashed run.
//!
//! ```
//! use plainsight_imagehash::{hash_rgb8, HashIndex};
//! // A synthetic 64×64 gradient.
//! let rgb: Vec<u8> = (0..64 * 64).flat_map(|i| { let v = (i % 64 * 4) as u8; [v, v, v] }).collect();
//! let out = hash_rgb8(&rgb, 64, 64).unwrap();
//! let index = HashIndex::build(vec![out.hash]).unwrap();
//! assert_eq!(index.query(&out.hash, 31), vec![(0, 0)]);
//! ```

pub mod decode;
mod error;
pub mod index;
pub mod list;
pub mod matcher;
pub mod pdq;

pub use decode::{
    decode_bytes, decode_file, looks_like_image, DecodeOptions, LumaImage, MemoryBudget,
    Reservation,
};
pub use error::ImageHashError;
pub use index::HashIndex;
pub use list::{load_list_file, read_hashes_with_lines, read_list, BadLine, HashList};
pub use matcher::{
    ListConfig, Lookup, MatchHit, MatchRecord, Matcher, Quarantine, Resolved, DEFAULT_MAX_DISTANCE,
};
pub use pdq::{hash_rgb8, Dihedral, PdqDct, PdqOutput};

use std::path::Path;

/// PDQ hash and quality of an image file.
pub fn hash_file(path: &Path, opts: &DecodeOptions) -> Result<PdqOutput, ImageHashError> {
    dct_file(path, opts).map(|d| d.output())
}

/// PDQ hash and quality of an in-memory image file.
pub fn hash_bytes(bytes: &[u8], opts: &DecodeOptions) -> Result<PdqOutput, ImageHashError> {
    dct_bytes(bytes, opts).map(|d| d.output())
}

/// The PDQ DCT of an image file, from which [`PdqDct::output`] and the dihedral hashes
/// ([`PdqDct::dihedrals`]) are computed.
pub fn dct_file(path: &Path, opts: &DecodeOptions) -> Result<PdqDct, ImageHashError> {
    decode_file(path, opts)?
        .into_dct()
        .ok_or_else(|| ImageHashError::Decode("image has no pixels".into()))
}

/// The PDQ DCT of each rotation and flip of an image file's pixels, the image as stored first
/// ([`PdqDct::from_luma_dihedrals`]): for finding a rotated or mirrored copy of a listed image.
pub fn pixel_dihedrals_file(
    path: &Path,
    opts: &DecodeOptions,
) -> Result<[(Dihedral, PdqDct); 8], ImageHashError> {
    decode_file(path, opts)?
        .into_pixel_dihedrals()
        .ok_or_else(|| ImageHashError::Decode("image has no pixels".into()))
}

/// [`pixel_dihedrals_file`] of an in-memory image file.
pub fn pixel_dihedrals_bytes(
    bytes: &[u8],
    opts: &DecodeOptions,
) -> Result<[(Dihedral, PdqDct); 8], ImageHashError> {
    decode_bytes(bytes, opts)?
        .into_pixel_dihedrals()
        .ok_or_else(|| ImageHashError::Decode("image has no pixels".into()))
}

/// The PDQ DCT of an in-memory image file.
pub fn dct_bytes(bytes: &[u8], opts: &DecodeOptions) -> Result<PdqDct, ImageHashError> {
    decode_bytes(bytes, opts)?
        .into_dct()
        .ok_or_else(|| ImageHashError::Decode("image has no pixels".into()))
}
