//! Integration tests for plainsight-text: properties of both views and a readable snapshot.

mod properties;
mod snapshots;
