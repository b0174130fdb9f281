//! Integration tests of plainsight-indicators: one binary, one module per concern.

mod auc;
mod docs;
mod fixtures;
mod harm;
mod languages;
mod props;
mod snapshots;

use plainsight_core::Post;
use plainsight_indicators::{Evaluation, Evaluator};
use std::sync::OnceLock;

/// One evaluator for all tests (compiling the patterns is the slow part).
pub fn evaluator() -> &'static Evaluator {
    static E: OnceLock<Evaluator> = OnceLock::new();
    E.get_or_init(|| Evaluator::new().expect("embedded language packs compile"))
}

pub fn post(body: &str) -> Post {
    Post {
        id: "T".into(),
        body: Some(body.to_string()),
        ..Post::default()
    }
}

pub fn eval(body: &str) -> Evaluation {
    evaluator().evaluate(&post(body), &[])
}

pub fn codes(e: &Evaluation) -> Vec<&str> {
    e.indicators.iter().map(|h| h.code.as_str()).collect()
}
