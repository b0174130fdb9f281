//! Integration tests of plainsight-imagehash: conformance with Meta's reference, robustness on
//! hostile files, exactness of the index.

mod conformance;
mod formats;
mod index;
mod matching;
mod robustness;
