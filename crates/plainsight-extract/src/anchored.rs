//! Regexes run *anchored* at candidate positions found by cheap byte scans (`memchr` for `.`
//! and `@`), instead of scanning whole fields: most fields have no URL or email, and a scan for
//! a pattern that can start at any letter costs far more than checking a few candidates.

use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

pub(crate) struct AnchoredRegex {
    re: Regex,
}

impl AnchoredRegex {
    pub(crate) fn new(pattern: &str) -> Self {
        AnchoredRegex {
            re: Regex::new(pattern).expect("built-in pattern"),
        }
    }

    /// The match that starts exactly at `start` (lookarounds like `\b` still see the whole
    /// haystack).
    pub(crate) fn captures_at<'h>(&self, hay: &'h str, start: usize) -> Option<Caps<'h>> {
        let mut caps = self.re.create_captures();
        let input = Input::new(hay).range(start..).anchored(Anchored::Yes);
        self.re.search_captures(&input, &mut caps);
        caps.is_match().then_some(Caps { hay, caps })
    }
}

pub(crate) struct Caps<'h> {
    hay: &'h str,
    caps: Captures,
}

/// A matched group: absolute byte offsets into the haystack.
#[derive(Clone, Copy)]
pub(crate) struct M<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> M<'h> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

impl<'h> Caps<'h> {
    pub(crate) fn get(&self, i: usize) -> Option<M<'h>> {
        self.caps.get_group(i).map(|s| M {
            hay: self.hay,
            start: s.start,
            end: s.end,
        })
    }
    pub(crate) fn name(&self, name: &str) -> Option<M<'h>> {
        self.caps.get_group_by_name(name).map(|s| M {
            hay: self.hay,
            start: s.start,
            end: s.end,
        })
    }
}
