//! What kind of post this is: a sex advertisement, a job offer, a massage or spa ad, or something
//! else. Indicators declare the kinds they read ([`crate::IndicatorSpec::reads`]): a job-offer
//! indicator such as "must be pretty" means something in a job offer and nothing in an escort's
//! description of herself.
//!
//! The classifier counts *cues* (the `[post_type]` patterns of each language file): a strong cue
//! counts 2, a weak one 1, each distinct cue once, and a cue in a negation or refusal ("not
//! hiring", "no agencies") not at all. Then, in order:
//!
//! 1. **job offer** when the job score is at least 2 and at least half of the sex-ad and of the
//!    massage score: an offer of work to the reader decides the type even when the work is sex
//!    work ("hiring girls, $2,000 a week, incall"), because what such an offer says about pay,
//!    travel, documents and looks is what the `J…` indicators read;
//! 2. **massage** when the massage score is at least 2 and not below the sex-ad score;
//! 3. **sex ad** when the sex-ad score is at least 1;
//! 4. **other** (no decisive cue: short or unusual text).
//!
//! A post that no cue decides (type 4) is typed by its own indicators: two recruitment
//! indicators, or one of [`JOB_CUE_CODES`] (travel paid by the recruiter, fees from wages,
//! passports kept, no papers or no experience needed: words that speak of employment by
//! themselves), make it a job offer; two sex-ad indicators make it a sex ad; one indicator alone
//! ("young and old", "24/7 towing") decides nothing.
//!
//! Because the cues decide first, the evaluator runs only the rules of the side a decided type
//! reads (ads or job offers), and both sides only for a post still of type other.
//!
//! The [`PostTypeResult::evidence`] lists the spans of the cues of the chosen type.

use plainsight_core::Field;
use serde::Serialize;

/// Indicators whose match alone makes a post of no other type a job offer.
pub(crate) const JOB_CUE_CODES: [&str; 5] = ["J002", "J003", "J004", "J012", "J013"];

/// The kind of a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostType {
    /// An advertisement for commercial sex (escort, companion, "provider").
    SexAd,
    /// An offer of work to the reader, including offers that recruit into sex work.
    JobOffer,
    /// A massage, spa or body-work advertisement (licensed or not).
    Massage,
    /// None of the above, or too little text to tell.
    Other,
}

impl PostType {
    /// Every type, in output order.
    pub const ALL: [PostType; 4] = [
        PostType::SexAd,
        PostType::JobOffer,
        PostType::Massage,
        PostType::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PostType::SexAd => "sex_ad",
            PostType::JobOffer => "job_offer",
            PostType::Massage => "massage",
            PostType::Other => "other",
        }
    }

    /// The type a `[post_type]` key of a language file names (`job_offer`, `job_offer_weak`, …):
    /// the type and whether the cue is strong.
    pub fn from_key(key: &str) -> Option<(PostType, bool)> {
        let (name, strong) = match key.strip_suffix("_weak") {
            Some(n) => (n, false),
            None => (key, true),
        };
        let t = match name {
            "sex_ad" => PostType::SexAd,
            "job_offer" => PostType::JobOffer,
            "massage" => PostType::Massage,
            _ => return None,
        };
        Some((t, strong))
    }

    fn index(self) -> usize {
        match self {
            PostType::SexAd => 0,
            PostType::JobOffer => 1,
            PostType::Massage => 2,
            PostType::Other => 3,
        }
    }
}

impl std::fmt::Display for PostType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One cue that counted towards a post's type: where it is in the raw field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TypeCue {
    pub field: Field,
    pub start: usize,
    pub end: usize,
    /// Whether the cue is strong (counts 2) or weak (counts 1).
    pub strong: bool,
}

/// A post's type and the cues that decided it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PostTypeResult {
    #[serde(rename = "type")]
    pub kind: PostType,
    /// Scores per type (sex_ad, job_offer, massage): 2 per strong cue, 1 per weak cue.
    pub scores: [u32; 3],
    /// The cues of the chosen type (empty for `other`), in the order found.
    pub evidence: Vec<TypeCue>,
}

impl PostTypeResult {
    /// Decides the type from the cues found (each cue listed once).
    pub(crate) fn decide(cues: Vec<(PostType, TypeCue)>) -> Self {
        let mut scores = [0u32; 3];
        for (t, c) in &cues {
            if let Some(s) = scores.get_mut(t.index()) {
                *s += if c.strong { 2 } else { 1 };
            }
        }
        let [sex, job, massage] = scores;
        let kind = if job >= 2 && 2 * job >= sex && 2 * job >= massage {
            PostType::JobOffer
        } else if massage >= 2 && massage >= sex {
            PostType::Massage
        } else if sex >= 1 {
            PostType::SexAd
        } else {
            PostType::Other
        };
        let evidence = cues
            .into_iter()
            .filter(|(t, _)| *t == kind)
            .map(|(_, c)| c)
            .collect();
        PostTypeResult {
            kind,
            scores,
            evidence,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(strong: bool) -> TypeCue {
        TypeCue {
            field: Field::Body,
            start: 0,
            end: 1,
            strong,
        }
    }

    #[test]
    fn decision_order() {
        let d = |v: &[(PostType, bool)]| {
            PostTypeResult::decide(v.iter().map(|&(t, s)| (t, cue(s))).collect()).kind
        };
        assert_eq!(d(&[]), PostType::Other);
        assert_eq!(d(&[(PostType::SexAd, false)]), PostType::SexAd);
        // A job offer into sex work is a job offer.
        assert_eq!(
            d(&[
                (PostType::JobOffer, true),
                (PostType::SexAd, true),
                (PostType::SexAd, false)
            ]),
            PostType::JobOffer
        );
        // One weak job word in a long escort ad is not a job offer.
        assert_eq!(
            d(&[
                (PostType::JobOffer, false),
                (PostType::SexAd, true),
                (PostType::SexAd, true)
            ]),
            PostType::SexAd
        );
        assert_eq!(
            d(&[(PostType::Massage, true), (PostType::SexAd, false)]),
            PostType::Massage
        );
        assert_eq!(
            d(&[
                (PostType::Massage, true),
                (PostType::SexAd, true),
                (PostType::SexAd, true)
            ]),
            PostType::SexAd
        );
    }

    #[test]
    fn keys() {
        assert_eq!(
            PostType::from_key("job_offer_weak"),
            Some((PostType::JobOffer, false))
        );
        assert_eq!(PostType::from_key("sex_ad"), Some((PostType::SexAd, true)));
        assert_eq!(PostType::from_key("other"), None);
    }
}
