//! The `plainsight` binary end to end: exit codes, stdout/stderr separation.

mod extract;
mod pipeline;
