//! Integration tests of `Extractor::extract`.
