//! The `plainsight` binary end to end: exit codes, stdout/stderr separation.

mod bad_args;
mod extract;
mod pipeline;
mod services;
mod store;
mod workspace;
