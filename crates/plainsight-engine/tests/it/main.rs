//! Engine pipelines end to end.

mod extract;
mod link_stress;
mod services;
mod store;
