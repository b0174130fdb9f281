//! Scoring a linking against ground truth: pairwise and B-cubed precision, recall and F1.
//!
//! Pairwise: over all pairs of posts, a pair is predicted linked if both are in one predicted
//! network, truly linked if both are in one true network; counted through the contingency
//! table, so a million posts cost one pass. B-cubed (Bagga & Baldwin 1998; Amigó et al. 2009):
//! per post, precision is the share of its predicted network that shares its true network,
//! recall the share of its true network found in its predicted network; averaged over posts.

use rustc_hash::FxHashMap;
use serde::Serialize;

/// Precision, recall and F1 of one measure.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(precision: f64, recall: f64) -> Self {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// Scores over the posts present in both truth and prediction.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scores {
    pub posts: usize,
    pub true_networks: usize,
    pub predicted_networks: usize,
    pub pairwise: Prf,
    pub bcubed: Prf,
    /// Posts in the truth but not in the prediction, and the other way round.
    pub missing: usize,
    pub extra: usize,
}

fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Scores `pred` (post id → network) against `truth` (post id → network).
pub fn score<'a>(
    truth: impl IntoIterator<Item = (&'a str, &'a str)>,
    pred: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Scores {
    let mut t_of: FxHashMap<&str, &str> = FxHashMap::default();
    for (id, n) in truth {
        t_of.insert(id, n);
    }
    let mut both: Vec<(&str, &str)> = Vec::new();
    let mut extra = 0;
    let mut seen = 0;
    for (id, n) in pred {
        match t_of.get(id) {
            Some(&t) => {
                both.push((t, n));
                seen += 1;
            }
            None => extra += 1,
        }
    }
    let missing = t_of.len().saturating_sub(seen);
    let mut cell: FxHashMap<(&str, &str), u64> = FxHashMap::default();
    let mut t_size: FxHashMap<&str, u64> = FxHashMap::default();
    let mut p_size: FxHashMap<&str, u64> = FxHashMap::default();
    for &(t, p) in &both {
        *cell.entry((t, p)).or_default() += 1;
        *t_size.entry(t).or_default() += 1;
        *p_size.entry(p).or_default() += 1;
    }
    let tp: u64 = cell.values().map(|&c| pairs(c)).sum();
    let pred_pairs: u64 = p_size.values().map(|&c| pairs(c)).sum();
    let true_pairs: u64 = t_size.values().map(|&c| pairs(c)).sum();
    let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let pairwise = Prf::new(ratio(tp, pred_pairs), ratio(tp, true_pairs));
    // B-cubed: a cell of c posts contributes c · c/|pred| to precision and c · c/|true| to
    // recall.
    let (mut bp, mut br) = (0.0, 0.0);
    for (&(t, p), &c) in &cell {
        let c = c as f64;
        bp += c * c / p_size[p] as f64;
        br += c * c / t_size[t] as f64;
    }
    let n = both.len().max(1) as f64;
    Scores {
        posts: both.len(),
        true_networks: t_size.len(),
        predicted_networks: p_size.len(),
        pairwise,
        bcubed: Prf::new(bp / n, br / n),
        missing,
        extra,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_split() {
        let truth = [("a", "1"), ("b", "1"), ("c", "2")];
        let s = score(truth, truth);
        assert_eq!(s.pairwise.f1, 1.0);
        assert_eq!(s.bcubed.f1, 1.0);
        // Splitting the pair: pairwise recall 0, precision 1 (no predicted pairs).
        let s = score(truth, [("a", "x"), ("b", "y"), ("c", "z")]);
        assert_eq!(s.pairwise.recall, 0.0);
        assert_eq!(s.bcubed.precision, 1.0);
        assert!((s.bcubed.recall - (0.5 + 0.5 + 1.0) / 3.0).abs() < 1e-12);
    }

    #[test]
    fn lumping_costs_precision() {
        let truth = [("a", "1"), ("b", "1"), ("c", "2"), ("d", "3")];
        let s = score(truth, [("a", "x"), ("b", "x"), ("c", "x"), ("d", "x")]);
        assert_eq!(s.pairwise.recall, 1.0);
        assert!((s.pairwise.precision - 1.0 / 6.0).abs() < 1e-12);
        assert_eq!(s.missing, 0);
        let s = score(truth, [("a", "x"), ("zz", "x")]);
        assert_eq!(s.missing, 3);
        assert_eq!(s.extra, 1);
    }
}
