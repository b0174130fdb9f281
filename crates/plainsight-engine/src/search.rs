//! The `search` pipeline: a query against the case store, one JSONL line per matching current
//! post, riskiest first (`CONTRACT.md`, "The case store"):
//! `{"id", "network", "risk", "posted_at", "title", "why": [...]}`.
//!
//! **A selector query goes through the extractor**, so any disguise of a number finds it:
//! the text is read as the body of a post and every selector extraction finds is looked up by
//! its normal form. National numbers need a region, and a query has no location or site to
//! tell it, so the region is, in order: `--region` (the query post's `region`, the strongest
//! evidence, as a record's `region`); the extractor's own evidence inside the text (a calling
//! code written, a place named, a format valid in one plausible region); `--default-region`.
//! A national number still valid in several regions (reported `ambiguous` by extraction) is
//! looked up in **every** region it is valid in: a search must not miss a post because the
//! query did not say which country, and each reading is an exact normal form, so nothing
//! unrelated matches. Text in which extraction finds nothing is looked up as typed
//! (lower-cased, without a leading `@`) against values of any kind, so a bare handle works.
//!
//! Output is masked unless `reveal`: selector values in `why` and selector spans in the title.

use crate::EngineError;
use plainsight_core::{mask, Post, SelectorKind};
use plainsight_extract::{ExtractConfig, Extractor};
use plainsight_store::{Criterion, Hit, Query, Store, Why};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::Write;

/// What to search by (one per search, as the contract's alternatives).
#[derive(Clone, Debug)]
pub enum SearchBy {
    Selector(String),
    Text(String),
    Place(String),
    Indicator(String),
    Network(String),
}

/// Settings of a search.
#[derive(Clone, Debug, Default)]
pub struct SearchOptions {
    /// `--default-region`, for the selector query.
    pub extract: ExtractConfig,
    /// `--region`: the selector query's own region.
    pub region: Option<plainsight_core::Region>,
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub min_risk: Option<f64>,
    pub limit: usize,
    pub reveal: bool,
}

/// The selector normal forms a query text stands for (see the module docs for the region).
pub fn selector_values(text: &str, options: &SearchOptions) -> Vec<(Option<SelectorKind>, String)> {
    let extractor = Extractor::new(options.extract.clone());
    // A query is a selector by definition: its digits are read as after a phone cue too (an
    // unbroken "7135550143" placed by its format alone needs one in a post).
    let cued = format!("tel: {text}");
    let query = |body: &str, region: Option<String>| Post {
        id: "query".into(),
        body: Some(body.to_string()),
        region,
        ..Post::default()
    };
    let mut values: BTreeSet<(Option<SelectorKind>, String)> = BTreeSet::new();
    let found = extractor.extract_all(&query(text, options.region.map(String::from)));
    for s in &found.selectors {
        values.insert((Some(s.kind), s.reveal_value().to_string()));
    }
    let found_cued = extractor.extract_all(&query(&cued, options.region.map(String::from)));
    for s in &found_cued.selectors {
        if s.kind == SelectorKind::Phone {
            values.insert((Some(s.kind), s.reveal_value().to_string()));
        }
    }
    let regions: BTreeSet<&str> = found
        .ambiguous
        .iter()
        .chain(&found_cued.ambiguous)
        .flat_map(|a| a.regions.iter().map(String::as_str))
        .collect();
    for region in regions {
        for s in extractor.extract(&query(&cued, Some(region.to_string()))) {
            if s.kind == SelectorKind::Phone {
                values.insert((Some(s.kind), s.reveal_value().to_string()));
            }
        }
    }
    if values.is_empty() {
        let literal = text.trim().trim_start_matches('@').to_lowercase();
        if !literal.is_empty() {
            values.insert((None, literal));
        }
    }
    values.into_iter().collect()
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    network: Option<&'a str>,
    risk: f64,
    posted_at: Option<&'a str>,
    title: Option<String>,
    why: &'a [Why],
}

/// `text` with every `spans` byte range masked (ranges that are not on character boundaries
/// of this text are masked whole from the nearest boundaries).
fn mask_spans(text: &str, spans: &[(usize, usize)]) -> String {
    let mut spans: Vec<(usize, usize)> = spans
        .iter()
        .map(|&(s, e)| (s.min(text.len()), e.min(text.len())))
        .filter(|(s, e)| s < e)
        .collect();
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (mut s, mut e) in spans {
        while !text.is_char_boundary(s) {
            s -= 1;
        }
        while !text.is_char_boundary(e) {
            e += 1;
        }
        if s < at {
            s = at;
        }
        if s >= e {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(&mask(&text[s..e]));
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

fn masked(mut hit: Hit) -> Hit {
    hit.title = hit.title.map(|t| mask_spans(&t, &hit.title_spans));
    for w in &mut hit.why {
        if let Why::Selector { value, .. } = w {
            *value = mask(value);
        }
    }
    hit
}

/// The matching posts of a search, riskiest first, masked unless `options.reveal` (the
/// workspace server's search page and API; `run` writes them as JSONL).
pub fn hits(
    store: &Store,
    by: &SearchBy,
    options: &SearchOptions,
) -> Result<Vec<Hit>, EngineError> {
    let criterion = match by {
        SearchBy::Selector(text) => Criterion::Selectors(selector_values(text, options)),
        SearchBy::Text(q) => Criterion::Text(q.clone()),
        SearchBy::Place(p) => Criterion::Place(p.clone()),
        SearchBy::Indicator(c) => Criterion::Indicator(c.trim().to_uppercase()),
        SearchBy::Network(n) => Criterion::Network(n.trim().to_string()),
    };
    let hits = store.search(&Query {
        criterion,
        from: options.from,
        to: options.to,
        min_risk: options.min_risk,
        limit: options.limit,
    })?;
    Ok(if options.reveal {
        hits
    } else {
        hits.into_iter().map(masked).collect()
    })
}

/// `text` with every selector span masked: what a viewer sees of a title or body.
pub fn masked_text(text: &str, spans: &[(usize, usize)]) -> String {
    mask_spans(text, spans)
}

/// Runs a search and writes one line per matching post; returns the number of lines.
pub fn run(
    store: &Store,
    by: &SearchBy,
    options: &SearchOptions,
    out: &mut dyn Write,
) -> Result<u64, EngineError> {
    let mut n = 0;
    for hit in hits(store, by, options)? {
        let line = Line {
            id: &hit.id,
            network: hit.network.as_deref(),
            risk: hit.risk,
            posted_at: hit.posted_at.as_deref(),
            title: hit.title.clone(),
            why: &hit.why,
        };
        serde_json::to_writer(&mut *out, &line)
            .map_err(|e| EngineError::Write(std::io::Error::other(e)))?;
        out.write_all(b"\n").map_err(EngineError::Write)?;
        n += 1;
    }
    out.flush().map_err(EngineError::Write)?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_masked_whatever_their_boundaries() {
        assert_eq!(
            mask_spans("call 7135550123 now", &[(5, 15)]),
            "call 713******3 now"
        );
        // A span cutting a multi-byte character is widened to whole characters.
        let t = "é 12345 é";
        let m = mask_spans(t, &[(1, 8)]);
        assert!(!m.contains("12345"));
        assert_eq!(mask_spans("abc", &[(2, 99), (0, 1)]), "*b*");
    }
}
