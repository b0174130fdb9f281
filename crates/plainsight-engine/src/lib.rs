//! The orchestrating crate: it alone knows the order of the stages
//! (ingest → extract → indicators → link) and runs them in parallel while keeping input order.
//! One module per pipeline the binary exposes.
