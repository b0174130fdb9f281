//! The meaning of a match: whether it is negated or refused, whether a "fresh" is about hygiene,
//! whether a "daddy" addresses the client. Built from the `[scope]` tables of every language pack
//! (merged: posts mix languages) and run only on the few matches a post has, never on whole
//! texts, so that it costs nothing on posts without candidate matches.

use crate::lang::LanguagePack;
use crate::prepare::fold_pattern;
use crate::registry::Guard;
use crate::IndicatorError;
use regex::{Regex, RegexBuilder};
use std::collections::BTreeSet;

/// How many words before a match a negator reaches ("do not ask me to send pics": three, not
/// counting fillers such as "me", "to").
const NEGATOR_REACH: usize = 3;
/// How many words before a match a refusal reaches ("no pimps", "no hago dúo": one).
const REFUSER_REACH: usize = 1;
/// How far (bytes) around a match hygiene words and refusals are looked for.
const WINDOW: usize = 48;

/// The compiled `[scope]` of every language.
#[derive(Debug)]
pub(crate) struct Meaning {
    negators: BTreeSet<String>,
    refusers: BTreeSet<String>,
    breaks: BTreeSet<String>,
    fillers: BTreeSet<String>,
    refusals_after: Option<Regex>,
    address: BTreeSet<String>,
    possessives: BTreeSet<String>,
    hygiene: Option<Regex>,
}

fn words(packs: &[LanguagePack], pick: impl Fn(&LanguagePack) -> &Vec<String>) -> BTreeSet<String> {
    packs
        .iter()
        .flat_map(|p| pick(p).iter())
        .map(|w| fold_pattern(&w.to_lowercase()).replace('\u{2019}', "'"))
        .collect()
}

fn alternation(
    packs: &[LanguagePack],
    what: &str,
    pick: impl Fn(&LanguagePack) -> &Vec<String>,
) -> Result<Option<Regex>, IndicatorError> {
    let parts: Vec<String> = packs
        .iter()
        .flat_map(|p| pick(p).iter())
        .map(|p| {
            format!(
                "(?:{})",
                crate::evaluate::ascii_boundaries(&fold_pattern(p))
            )
        })
        .collect();
    if parts.is_empty() {
        return Ok(None);
    }
    RegexBuilder::new(&parts.join("|"))
        .size_limit(8 * 1024 * 1024)
        .build()
        .map(Some)
        .map_err(|e| IndicatorError::Pattern {
            source_name: "(scope)".into(),
            code: what.into(),
            message: e.to_string(),
        })
}

/// Ends a clause: sentence and list punctuation, and symbols such as emoji that ads use as
/// separators.
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ';'
            | ','
            | ':'
            | '|'
            | '\n'
            | '\r'
            | '\t'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '*'
            | '~'
            | '\u{060C}'
            | '\u{061F}'
            | '\u{061B}'
            | '\u{2022}'
    ) || (c as u32 >= 0x2000 && !c.is_alphanumeric())
}

/// Ends a sentence (the reach of hygiene words, which lists such as "fresh, clean and
/// discreet" spread over commas).
fn is_sentence_break(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\n' | '\r' | '\u{061F}') || (c as u32 >= 0x1F000)
}

/// A word with the punctuation around it trimmed (apostrophes inside are kept: "don't").
fn trim_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .trim_matches('\'')
}

impl Meaning {
    pub(crate) fn new(packs: &[LanguagePack]) -> Result<Self, IndicatorError> {
        Ok(Meaning {
            negators: words(packs, |p| &p.scope.negators),
            refusers: words(packs, |p| &p.scope.refusers),
            breaks: words(packs, |p| &p.scope.scope_breaks),
            fillers: words(packs, |p| &p.scope.fillers),
            refusals_after: alternation(packs, "refusals_after", |p| &p.scope.refusals_after)?,
            address: words(packs, |p| &p.scope.address),
            possessives: words(packs, |p| &p.scope.possessives),
            hygiene: alternation(packs, "hygiene", |p| &p.scope.hygiene)?,
        })
    }

    /// Whether the match `[s, e)` of `text` passes every guard.
    pub(crate) fn passes(&self, guards: &[Guard], text: &str, s: usize, e: usize) -> bool {
        guards.iter().all(|g| match g {
            Guard::Negation => !self.negated(text, s, e),
            Guard::Hygiene => !self.hygienic(text, s, e),
            Guard::Address => !self.addresses_client(text, s, e),
        })
    }

    /// The match is inside a negation ("I don't send pics"), right after a refusal ("no
    /// pimps"), after a French elided negation ("n'envoie"), or followed by a refusal in the
    /// same clause ("pimps need not apply").
    pub(crate) fn negated(&self, text: &str, s: usize, e: usize) -> bool {
        let before = &text[..s];
        if before.ends_with("n'") && !before[..before.len() - 2].ends_with(char::is_alphanumeric) {
            return true;
        }
        let clause_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| is_clause_break(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let clause = &before[clause_start..];
        let mut i = 0;
        for w in clause.split_whitespace().rev() {
            let w = trim_word(w);
            if w.is_empty() || self.fillers.contains(w) {
                continue;
            }
            if i > NEGATOR_REACH {
                break;
            }
            if self.breaks.contains(w) {
                break;
            }
            if i <= REFUSER_REACH && self.refusers.contains(w) {
                return true;
            }
            if self.negators.contains(w) {
                return true;
            }
            i += 1;
        }
        if let Some(re) = &self.refusals_after {
            let after = &text[e..];
            let mut end = after
                .char_indices()
                .find(|&(_, c)| is_clause_break(c))
                .map_or(after.len(), |(i, _)| i)
                .min(WINDOW);
            while !after.is_char_boundary(end) {
                end -= 1;
            }
            if re.is_match(&after[..end]) {
                return true;
            }
        }
        false
    }

    /// Hygiene words in the same sentence, near the match.
    fn hygienic(&self, text: &str, s: usize, e: usize) -> bool {
        let Some(re) = &self.hygiene else {
            return false;
        };
        let mut from = s.saturating_sub(WINDOW);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = (e + WINDOW).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let from = text[from..s]
            .char_indices()
            .rev()
            .find(|&(_, c)| is_sentence_break(c))
            .map_or(from, |(i, c)| from + i + c.len_utf8());
        let to = text[e..to]
            .char_indices()
            .find(|&(_, c)| is_sentence_break(c))
            .map_or(to, |(i, _)| e + i);
        re.is_match(&text[from..to])
    }

    /// A term of address in the match that no possessive or definite determiner makes a third
    /// party ("hi daddy", "call daddy", "sugar daddy"; not "my daddy", "el jefe").
    fn addresses_client(&self, text: &str, s: usize, e: usize) -> bool {
        if self.address.is_empty() {
            return false;
        }
        // Words of the match, each with the word before it (which may precede the match).
        let mut prev: Option<&str> = text[..s].split_whitespace().next_back().map(trim_word);
        for w in text[s..e].split_whitespace() {
            let w = trim_word(w);
            if self.address.contains(w) && !prev.is_some_and(|p| self.possessives.contains(p)) {
                return true;
            }
            prev = Some(w);
        }
        false
    }
}
