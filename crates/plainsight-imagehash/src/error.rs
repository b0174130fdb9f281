//! The crate's one error type.

/// What went wrong hashing a file or loading a hash list. Messages never contain image content
/// or list labels beyond what the caller passed in as a name.
#[derive(Debug, thiserror::Error)]
pub enum ImageHashError {
    /// The file could not be opened or read.
    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not a decodable image of a supported format (truncated, corrupt).
    #[error("cannot decode image: {0}")]
    Decode(String),
    /// A format or colour mode the decoders do not support.
    #[error("unsupported image: {0}")]
    Unsupported(String),
    /// Over a byte, pixel or allocation limit (a decompression bomb, or simply too big).
    #[error("image too large: {0}")]
    TooLarge(String),
    /// A hash list could not be read at all (bad lines are reported, not errors).
    #[error("hash list {list}: {message}")]
    List { list: String, message: String },
    /// A hash index over more entries than its 24-bit ids address.
    #[error("hash index: {0} entries is over the limit of {max}", max = crate::index::MAX_ENTRIES)]
    IndexTooLarge(usize),
}
