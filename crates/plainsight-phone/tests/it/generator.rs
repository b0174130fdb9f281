//! Seeded generator test: see below.
