//! Integration tests: every vendored vector (tests/data, see NOTICE.md).

mod vectors;
