//! Risk scores that explain themselves: a sum of named contributions squashed into [0, 1].
//!
//! `risk = 1 − exp(−Σ wᵢ)` with every `wᵢ ≥ 0`: adding evidence never lowers the score, a
//! weight of 0.7 alone gives about 0.5, and the order of a review queue is the order of the
//! evidence sums (the squash is strictly increasing).

use serde::Serialize;

/// One named part of a score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contribution {
    pub code: String,
    pub name: String,
    pub weight: f64,
}

/// A score in [0, 1] with the parts it is made of.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Risk {
    pub score: f64,
    /// The evidence sum Σ weight (≥ 0) the score squashes.
    pub evidence: f64,
    pub contributions: Vec<Contribution>,
}

impl Risk {
    /// Builds a risk from its contributions (negative or non-finite weights count as 0).
    pub fn from_contributions(contributions: Vec<Contribution>) -> Self {
        let evidence: f64 = contributions
            .iter()
            .map(|c| {
                if c.weight.is_finite() {
                    c.weight.max(0.0)
                } else {
                    0.0
                }
            })
            // A fold from +0.0, not `sum()` (which starts from −0.0 and would print "-0").
            .fold(0.0, |a, w| a + w);
        Risk {
            score: squash(evidence),
            evidence,
            contributions,
        }
    }

    /// No evidence: risk 0.
    pub fn none() -> Self {
        Risk::from_contributions(Vec::new())
    }
}

/// The monotone squash `1 − exp(−x)` for `x ≥ 0`, rounded to 4 decimals for stable output.
pub fn squash(evidence: f64) -> f64 {
    let x = if evidence.is_finite() {
        evidence.max(0.0)
    } else if evidence > 0.0 {
        f64::MAX
    } else {
        0.0
    };
    let r = 1.0 - (-x).exp();
    (r * 10_000.0).round() / 10_000.0
}

/// The evidence sum a post risk stands for (the inverse of [`squash`], capped).
pub fn evidence_of(score: f64) -> f64 {
    let s = score.clamp(0.0, 0.9999);
    -(1.0 - s).ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_is_bounded_and_monotone() {
        assert_eq!(squash(0.0), 0.0);
        assert!(squash(0.7) > 0.49 && squash(0.7) < 0.51);
        assert!(squash(1e9) <= 1.0);
        assert_eq!(squash(f64::NAN), 0.0);
        assert_eq!(squash(-3.0), 0.0);
        let mut prev = 0.0;
        for i in 0..100 {
            let s = squash(i as f64 * 0.1);
            assert!(s >= prev);
            prev = s;
        }
    }

    #[test]
    fn inverse_round_trips() {
        assert!((evidence_of(squash(1.3)) - 1.3).abs() < 1e-3);
    }
}
