//! Engine pipelines end to end.

mod extract;
