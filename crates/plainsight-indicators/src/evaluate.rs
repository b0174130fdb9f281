//! Evaluating a post: compiled patterns of every language pack, run once per field on the folded
//! text; hits mapped back to byte spans of the raw field.

use crate::lang::LanguagePack;
use crate::posttype::{PostType, PostTypeResult, TypeCue};
use crate::prepare::{fold_pattern, Prepared};
use crate::registry::{Detector, Family, IndicatorSpec, REGISTRY};
use crate::risk::{Contribution, Risk};
use crate::scope::Meaning;
use crate::IndicatorError;
use plainsight_core::{Field, IndicatorHit, Post, Selector, SelectorKind};
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use serde::Serialize;
use std::borrow::Cow;

/// Only the first this many bytes of a field are examined: the rest of a very long field cannot
/// change whether an indicator fires early in it, and bounding keeps memory per post small.
pub const MAX_FIELD_BYTES: usize = 256 * 1024;

/// The most bytes a post-type cue match may span (the anchored cue set runs on this window).
const CUE_WINDOW: usize = 160;

/// Compiled-size limit for each regex (the patterns are ours, but files can be added by users).
const REGEX_SIZE_LIMIT: usize = 32 * 1024 * 1024;

/// Lazy-DFA cache per regex and thread: large enough that the set of every rule's alternation
/// does not keep clearing its cache (which would drop it to the much slower NFA simulation).
const DFA_CACHE_LIMIT: usize = 16 * 1024 * 1024;

/// The result of evaluating one post: its type, the indicators that fired (one per code, the
/// first evidence span that passes the indicator's guards, only for indicators that read the
/// post's type), the stated ages read, and the post's risk.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    /// The post's type and the cues that decided it.
    pub post_type: PostTypeResult,
    pub indicators: Vec<IndicatorHit>,
    /// Every stated age read in the post (for network risk), in order of appearance.
    pub ages: Vec<u32>,
    pub risk: Risk,
}

struct CodeRule {
    spec: &'static IndicatorSpec,
    regex: Regex,
    exclude: Option<Regex>,
}

impl CodeRule {
    /// The first match that no exclusion overlaps and that passes the indicator's guards. A
    /// pattern may mark its evidence with a capturing group ("sweet (🍒) available": the
    /// emoji); otherwise the evidence is the whole match.
    fn first_match(&self, text: &str, meaning: &Meaning) -> Option<(usize, usize)> {
        let excluded: Vec<(usize, usize)> = match &self.exclude {
            Some(exclude) => exclude
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect(),
            None => Vec::new(),
        };
        let ok = |&(s, e): &(usize, usize)| {
            !excluded.iter().any(|&(xs, xe)| s < xe && xs < e)
                && meaning.passes(self.spec.guards, text, s, e)
        };
        if self.regex.captures_len() > 1 {
            self.regex
                .captures_iter(text)
                .filter_map(|c| first_group(&c).or_else(|| c.get(0)))
                .map(|m| (m.start(), m.end()))
                .find(ok)
        } else {
            self.regex
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .find(ok)
        }
    }
}

/// A prefilter set over some rules, and the numeric cue that follows them in the set.
struct FamilySet {
    set: RegexSet,
    /// For each set entry before `cue_at`, the index of its rule in `Evaluator::rules`.
    rules: Vec<usize>,
    /// The set entry of the age (ads) or pay (jobs) cues, if any.
    cue_at: Option<usize>,
}

/// One post-type cue, compiled.
struct Cue {
    kind: PostType,
    strong: bool,
}

/// Evaluates posts against the registry. Build once (compiling is the costly part), share across
/// threads (`Evaluator: Send + Sync`).
pub struct Evaluator {
    rules: Vec<CodeRule>,
    /// Prefilters, one per side: which rules of sex and massage ads (with the age cues), and
    /// which of job offers (with the pay cues), match a text at all, in one pass each. A post
    /// whose type its cues decide runs only its side's set.
    ads_set: FamilySet,
    job_set: FamilySet,
    age: Option<Regex>,
    /// What follows an age that makes it a range or a requirement ("aged 18-25", "de 18 a 25",
    /// "16 or over", "18+"), not someone's stated age.
    age_range_tail: Regex,
    /// What precedes the second number of a range ("18-" of "18-25 ans") or a requirement
    /// ("minimum age 16", "at least 18").
    age_range_head: Regex,
    pay: Option<Regex>,
    /// What follows a pay that gives its period ("$2,000 a week", "500 € par jour").
    pay_period: Regex,
    /// What follows or precedes a `$` that makes it a local currency ("$ 9,000 MXN", "R$").
    pay_local: Regex,
    /// Unskilled job titles (the other half of J001, with J013).
    unskilled: Option<Regex>,
    /// Post-type cues, and a set of their patterns (its own pass: merged into `set`, the many
    /// short cues would multiply the states of its lazy DFA).
    cues: Vec<Cue>,
    cue_set: RegexSet,
    /// Every cue as one alternation: one leftmost-first pass finds the cue words of a text.
    cue_any: Option<Regex>,
    meaning: Meaning,
    languages: Vec<String>,
}

impl std::fmt::Debug for Evaluator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Evaluator")
            .field("rules", &self.rules.len())
            .field("languages", &self.languages)
            .finish()
    }
}

/// Rewrites `\b` to an ASCII word boundary (the text's Latin letters are ASCII after folding, and
/// a Unicode boundary would keep the regex engine off its fast DFA on non-ASCII text such as
/// emoji), and `\d`, `\s` to their ASCII classes.
pub(crate) fn ascii_boundaries(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 16);
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                // ASCII digit and space classes: NFKC has already made other digits and spaces
                // ASCII, and the Unicode classes make every regex several times larger to build
                // and to run.
                Some('d') => out.push_str("[0-9]"),
                Some('s') => out.push_str("[\\t\\n\\x0B\\x0C\\r ]"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// One rule's patterns from every language, before compiling.
struct RuleSource {
    spec: &'static IndicatorSpec,
    patterns: Vec<(String, String)>,
    exclude: Vec<(String, String)>,
}

fn compile_rule(source: &RuleSource) -> Result<CodeRule, IndicatorError> {
    let regex = compile_alternation(source.spec.code, &source.patterns)?.ok_or_else(|| {
        IndicatorError::Pattern {
            source_name: "(registry)".into(),
            code: source.spec.code.into(),
            message: "no patterns".into(),
        }
    })?;
    Ok(CodeRule {
        spec: source.spec,
        regex,
        exclude: compile_alternation(source.spec.code, &source.exclude)?,
    })
}

fn build_set(patterns: &[String]) -> Result<RegexSet, IndicatorError> {
    RegexSetBuilder::new(patterns)
        .size_limit(REGEX_SIZE_LIMIT * 4)
        .dfa_size_limit(DFA_CACHE_LIMIT * 4)
        .build()
        .map_err(|e| IndicatorError::Pattern {
            source_name: "(set)".into(),
            code: "*".into(),
            message: e.to_string(),
        })
}

/// Waits for a compile job; a panic in it is re-raised here (it is a bug, not bad input).
fn join<T>(job: std::thread::ScopedJoinHandle<'_, T>) -> T {
    job.join().unwrap_or_else(|p| std::panic::resume_unwind(p))
}

/// The patterns of one rule as one regex: each pattern a non-capturing group, in order.
fn alternation(patterns: &[(String, String)]) -> String {
    patterns
        .iter()
        .map(|(_, p)| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|")
}

fn compile_alternation(
    what: &str,
    patterns: &[(String, String)],
) -> Result<Option<Regex>, IndicatorError> {
    if patterns.is_empty() {
        return Ok(None);
    }
    match RegexBuilder::new(&alternation(patterns))
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(DFA_CACHE_LIMIT)
        .build()
    {
        Ok(re) => Ok(Some(re)),
        Err(combined) => {
            // Only on failure: compile each pattern alone so that the error names its file.
            for (source, p) in patterns {
                if let Err(e) = RegexBuilder::new(p).size_limit(REGEX_SIZE_LIMIT).build() {
                    return Err(IndicatorError::Pattern {
                        source_name: source.clone(),
                        code: what.to_string(),
                        message: e.to_string(),
                    });
                }
            }
            Err(IndicatorError::Pattern {
                source_name: "(combined)".into(),
                code: what.to_string(),
                message: combined.to_string(),
            })
        }
    }
}

impl Evaluator {
    /// The evaluator for the languages shipped with the crate.
    pub fn new() -> Result<Self, IndicatorError> {
        Self::with_languages(&LanguagePack::embedded())
    }

    /// An evaluator for the given language packs (e.g. the embedded ones plus files loaded with
    /// a flag).
    pub fn with_languages(packs: &[LanguagePack]) -> Result<Self, IndicatorError> {
        let prepare = |pk: &LanguagePack, p: &String| {
            (pk.language.clone(), ascii_boundaries(&fold_pattern(p)))
        };
        let sources: Vec<RuleSource> = REGISTRY
            .iter()
            .filter(|spec| spec.detector == Detector::Patterns)
            .map(|spec| RuleSource {
                spec,
                patterns: packs
                    .iter()
                    .flat_map(|pk| {
                        pk.patterns
                            .get(spec.code)
                            .into_iter()
                            .flatten()
                            .map(move |p| prepare(pk, p))
                    })
                    .collect(),
                exclude: packs
                    .iter()
                    .flat_map(|pk| {
                        pk.exclude
                            .get(spec.code)
                            .into_iter()
                            .flatten()
                            .map(move |p| prepare(pk, p))
                    })
                    .collect(),
            })
            .filter(|s| !s.patterns.is_empty())
            .collect();
        let age_source: Vec<(String, String)> = packs
            .iter()
            .flat_map(|pk| pk.cues.age.iter().map(move |p| prepare(pk, p)))
            .collect();
        let unskilled_source: Vec<(String, String)> = packs
            .iter()
            .flat_map(|pk| pk.cues.unskilled.iter().map(move |p| prepare(pk, p)))
            .collect();
        let pay_source: Vec<(String, String)> = packs
            .iter()
            .flat_map(|pk| pk.cues.pay.iter().map(move |p| prepare(pk, p)))
            .collect();
        // Post-type cues, one set entry each (so that one pass over the text says which cues
        // are present), in language order.
        let mut cue_sources: Vec<(PostType, bool, String)> = Vec::new();
        for pk in packs {
            for (key, patterns) in &pk.post_type {
                let Some((kind, strong)) = PostType::from_key(key) else {
                    continue;
                };
                for p in patterns {
                    cue_sources.push((kind, strong, prepare(pk, p).1));
                }
            }
        }
        // Two sets: the rules of ads (S) then the age cues, the rules of job offers (J) then the
        // pay cues (so that their captures run only on the few texts where they match).
        let mut family_patterns: [Vec<String>; 2] = Default::default();
        let mut family_rules: [Vec<usize>; 2] = Default::default();
        for (i, source) in sources.iter().enumerate() {
            let f = usize::from(source.spec.family == Family::Recruitment);
            family_patterns[f].push(alternation(&source.patterns));
            family_rules[f].push(i);
        }
        let mut cue_at: [Option<usize>; 2] = [None, None];
        for (f, source) in [(0, &age_source), (1, &pay_source)] {
            if !source.is_empty() {
                family_patterns[f].push(alternation(source));
                cue_at[f] = Some(family_patterns[f].len() - 1);
            }
        }
        let cue_patterns: Vec<String> = cue_sources.iter().map(|(_, _, p)| p.clone()).collect();
        // The same cues anchored: run from the start of a match, they name every cue that
        // matches there (a longer cue, "massagem e mais", as well as "massagem").
        let anchored_cues: Vec<String> = cue_patterns.iter().map(|p| format!("^(?:{p})")).collect();
        let cue_alternation: Vec<(String, String)> = cue_patterns
            .iter()
            .map(|p| (String::new(), p.clone()))
            .collect();

        // Compiling is nearly all of `scan`'s start-up: spread it over the cores.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        let chunk = sources.len().div_ceil(threads).max(1);
        let (rules, ads_set, job_set, age, pay, unskilled, cues, cue_set, cue_any) =
            std::thread::scope(|scope| {
                let ads_job = scope.spawn(|| build_set(&family_patterns[0]));
                let jobs_job = scope.spawn(|| build_set(&family_patterns[1]));
                let cue_set_job = scope.spawn(|| build_set(&anchored_cues));
                let cue_any_job =
                    scope.spawn(|| compile_alternation("post type", &cue_alternation));
                let rule_jobs: Vec<_> = sources
                    .chunks(chunk)
                    .map(|c| {
                        scope.spawn(move || {
                            c.iter().map(compile_rule).collect::<Result<Vec<_>, _>>()
                        })
                    })
                    .collect();
                let age = compile_alternation("age", &age_source);
                let pay = compile_alternation("pay", &pay_source);
                let unskilled = compile_alternation("unskilled", &unskilled_source);
                let cues: Vec<Cue> = cue_sources
                    .iter()
                    .map(|&(kind, strong, _)| Cue { kind, strong })
                    .collect();
                let mut rules = Vec::with_capacity(sources.len());
                for job in rule_jobs {
                    rules.extend(join(job)?);
                }
                Ok::<_, IndicatorError>((
                    rules,
                    join(ads_job)?,
                    join(jobs_job)?,
                    age?,
                    pay?,
                    unskilled?,
                    cues,
                    join(cue_set_job)?,
                    join(cue_any_job)?,
                ))
            })?;
        let builtin = |pattern: &str| {
            Regex::new(&ascii_boundaries(pattern)).map_err(|e| IndicatorError::Pattern {
                source_name: "(built-in)".into(),
                code: "age".into(),
                message: e.to_string(),
            })
        };
        let age_range_tail = builtin(concat!(
            r"^\s*(?:(?:-|to|a|y|e|et|and|al|الى|و)\s*\d",
            r"|\+|(?:years?|yrs?|anos|ans)?\s*(?:and|or|y|o|et|ou|e)\s*(?:over|older|above|up|mas|plus|mais)",
            r"|(?:years?|yrs?|anos|ans)?\s*(?:minimum|min\b|or more|et plus|ou mais|y mas|وما فوق|فاكثر))"
        ))?;
        let age_range_head = builtin(concat!(
            r"(?:\d\s*(?:-|to|a|y|e|et|and|al|الى|و)\s*",
            r"|(?:minimum|min\.?|at least|over|above|under|below|minima|minimo|au moins|pelo menos|plus de|mas de|mais de|no menos de)\s*(?:age|edad|idade)?\s*:?\s*",
            r"|(?:aged?|edad|idade|age)\s*(?:minimum|minima|minimo|min\.?)\s*:?\s*)$"
        ))?;
        let pay_period = builtin(concat!(
            r"^\s*(?:k\b\s*)?(?:(?:usd|us\$|eur|dollars?|euros?|€|\$|£|pounds|dirhams?|aed|sar|qar|riyals?)\s*)?",
            r"(?:\+\s*(?:tips|bonus)\s*)?(?:/|a|per|par|por|al|ao|a la|each|every|cada|la|le)?\s*",
            r"(weeks?|wk|semanas?|semaines?|weekly|semanal|hebdo|days?|dias?|jours?|daily|diari[oa]|",
            r"hours?|hrs?|horas?|heures?|hourly|years?|yr|anos?|annum|yearly|annual|anual|",
            r"months?|mo|mes|mois|monthly|mensual(?:es)?|mensal|mensuel)\b"
        ))?;
        let pay_local = builtin(concat!(
            r"^\s*(?:k\b\s*)?(?:mxn|cop|ars|clp|pen|pesos?|soles|naira|ngn|kes|ksh|shillings?|php|ghs|cedis?|",
            r"fcfa|cfa|xof|xaf|inr|rupees?|brl|reais|bs)\b"
        ))?;
        Ok(Evaluator {
            rules,
            pay_period,
            pay_local,
            ads_set: FamilySet {
                set: ads_set,
                rules: std::mem::take(&mut family_rules[0]),
                cue_at: cue_at[0],
            },
            job_set: FamilySet {
                set: job_set,
                rules: std::mem::take(&mut family_rules[1]),
                cue_at: cue_at[1],
            },
            age,
            age_range_tail,
            age_range_head,
            pay,
            unskilled,
            cues,
            cue_set,
            cue_any,
            meaning: Meaning::new(packs)?,
            languages: packs.iter().map(|p| p.language.clone()).collect(),
        })
    }

    /// A pay amount `a` matched at `[s, e)` as a monthly amount in a hard currency, or `None`
    /// when it is hourly or in a local currency written with `$` ("$ 9,000 MXN", "R$ 3.000").
    /// Weekly pay counts four times, daily twenty, yearly a twelfth.
    fn monthly(&self, text: &str, s: usize, e: usize, a: u64) -> Option<u64> {
        let mut end = (e + 40).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let tail = &text[e..end];
        let prefix = text[..s].chars().next_back();
        if self.pay_local.is_match(tail)
            || (text[s..].starts_with('$') && prefix.is_some_and(|c| c.is_ascii_alphabetic()))
        {
            return None;
        }
        let Some(unit) = self.pay_period.captures(tail).and_then(|c| c.get(1)) else {
            return Some(a);
        };
        let u = unit.as_str();
        Some(
            if u.starts_with('w') || u.starts_with("sem") || u == "hebdo" {
                a.saturating_mul(4)
            } else if u.starts_with('d') || u.starts_with("jour") {
                a.saturating_mul(20)
            } else if u.starts_with('h') {
                return None;
            } else if u.starts_with('y') || u.starts_with("an") {
                a / 12
            } else {
                a
            },
        )
    }

    /// The languages this evaluator reads.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Evaluates a post. `selectors` are the post's extracted selectors (for J010, the foreign
    /// number); pass `&[]` when there are none.
    pub fn evaluate(&self, post: &Post, selectors: &[Selector]) -> Evaluation {
        self.evaluate_inner(post, selectors, None, &[])
    }

    /// [`Evaluator::evaluate`] with the folded views (`plainsight_text::fold`) of the post's
    /// fields that a stage before folded already (extraction's `Extraction::folded`): a field
    /// found there is not folded again; any other field is. The result is the same as
    /// `evaluate`'s.
    pub fn evaluate_folded(
        &self,
        post: &Post,
        selectors: &[Selector],
        folded: &[(Field, plainsight_text::Normalized)],
    ) -> Evaluation {
        self.evaluate_inner(post, selectors, None, folded)
    }

    /// Evaluates a post as if it were of type `post_type` (the classifier still runs and its
    /// result is reported): for tests of the patterns of one scope, and for callers who know the
    /// type from elsewhere (the section of a site).
    pub fn evaluate_as(
        &self,
        post: &Post,
        selectors: &[Selector],
        post_type: PostType,
    ) -> Evaluation {
        self.evaluate_inner(post, selectors, Some(post_type), &[])
    }

    /// The post's type alone.
    pub fn classify(&self, post: &Post) -> PostTypeResult {
        self.evaluate_inner(post, &[], None, &[]).post_type
    }

    fn evaluate_inner(
        &self,
        post: &Post,
        selectors: &[Selector],
        forced: Option<PostType>,
        given: &[(Field, plainsight_text::Normalized)],
    ) -> Evaluation {
        let mut first: Vec<Option<IndicatorHit>> = vec![None; REGISTRY.len()];
        let mut ages = Vec::new();
        let mut pay_hit: Option<(Field, usize, usize)> = None;
        let mut unskilled_job = false;
        // Post-type cues found (each cue once, the first unnegated match).
        let mut cue_seen = vec![false; self.cues.len()];
        let mut cues_found: Vec<(PostType, TypeCue)> = Vec::new();
        let fields: Vec<FieldText<'_>> = post
            .text_fields()
            .map(|(field, raw)| {
                let raw = truncate(raw, MAX_FIELD_BYTES);
                // The view a stage before folded, when it is of this very text (the same
                // length: the same field, read whole).
                let folded = match given
                    .iter()
                    .find(|(f, n)| *f == field && n.original_len() == raw.len())
                {
                    Some((_, n)) => Cow::Borrowed(n),
                    None => Cow::Owned(plainsight_text::fold(raw)),
                };
                let prepared = Prepared::new(folded.as_str());
                FieldText {
                    field,
                    raw,
                    folded,
                    prepared,
                }
            })
            .collect();
        // Pass 1: the type cues.
        for ft in &fields {
            let text = ft.prepared.text.as_str();
            // One pass finds where cue words start; the anchored set, run from each such start,
            // names every cue that matches there. Each cue counts once, at its first occurrence
            // outside a negation.
            for m in self.cue_any.iter().flat_map(|re| re.find_iter(text)) {
                if self.meaning.negated(text, m.start(), m.end()) {
                    continue;
                }
                let (start, end) = ft.span(m.start(), m.end());
                // A window, not the rest of the text: the set's search does not stop at the
                // anchor, and no cue is longer than this.
                let mut to = (m.start() + CUE_WINDOW).min(text.len()).max(m.end());
                while !text.is_char_boundary(to) {
                    to -= 1;
                }
                for ci in self.cue_set.matches(&text[m.start()..to]).iter() {
                    let Some(cue) = self.cues.get(ci) else {
                        continue;
                    };
                    if cue_seen[ci] {
                        continue;
                    }
                    cue_seen[ci] = true;
                    // The same words matched by two cues of a type count once.
                    let dup = cues_found.iter().any(|(k, c)| {
                        *k == cue.kind && c.field == ft.field && c.start < end && start < c.end
                    });
                    if !dup {
                        cues_found.push((
                            cue.kind,
                            TypeCue {
                                field: ft.field,
                                start,
                                end,
                                strong: cue.strong,
                            },
                        ));
                    }
                }
            }
        }
        let mut post_type = PostTypeResult::decide(cues_found);
        // Pass 2: the rules of the sides the type reads (both when it is still open).
        let side = forced.unwrap_or(post_type.kind);
        let run_ads = side != PostType::JobOffer;
        let run_jobs = matches!(side, PostType::JobOffer | PostType::Other);
        for ft in &fields {
            let text = ft.prepared.text.as_str();
            let field = ft.field;
            let mut record = |spec: &'static IndicatorSpec, s: usize, e: usize| {
                let idx = registry_index(spec.code);
                if first[idx].is_none() {
                    let (rs, re) = ft.span(s, e);
                    first[idx] = Some(IndicatorHit {
                        code: spec.code.to_string(),
                        name: spec.name.to_string(),
                        field,
                        start: rs,
                        end: re,
                        weight: spec.weight,
                    });
                }
            };
            for (family, run) in [(&self.ads_set, run_ads), (&self.job_set, run_jobs)] {
                if !run {
                    continue;
                }
                let matched = family.set.matches(text);
                for i in matched.iter() {
                    let Some(rule) = family.rules.get(i).and_then(|&r| self.rules.get(r)) else {
                        continue;
                    };
                    if let Some((s, e)) = rule.first_match(text, &self.meaning) {
                        record(rule.spec, s, e);
                    }
                }
                let cue_matched = family.cue_at.is_some_and(|c| matched.matched(c));
                if !cue_matched {
                    continue;
                }
                if std::ptr::eq(family, &self.ads_set) {
                    let Some(age_re) = &self.age else {
                        continue;
                    };
                    for caps in age_re.captures_iter(text) {
                        let (Some(whole), Some(num)) = (caps.get(0), first_group(&caps)) else {
                            continue;
                        };
                        let Ok(age) = num.as_str().parse::<u32>() else {
                            continue;
                        };
                        let before = &text[..whole.start()];
                        let mut head_from = before.len().saturating_sub(16);
                        while !before.is_char_boundary(head_from) {
                            head_from -= 1;
                        }
                        if self.age_range_tail.is_match(&text[whole.end()..])
                            || self.age_range_head.is_match(&before[head_from..])
                        {
                            // An age band of a job requirement, not someone's age.
                            continue;
                        }
                        if self.meaning.negated(text, whole.start(), whole.end()) {
                            // "no under 21", "not 18 yo": a refusal, not a stated age.
                            continue;
                        }
                        if ages.len() < 64 {
                            ages.push(age);
                        }
                        for spec in REGISTRY {
                            if let Detector::StatedAge { min, max } = spec.detector {
                                if (min..=max).contains(&age) {
                                    record(spec, whole.start(), whole.end());
                                }
                            }
                        }
                    }
                } else if let Some(pay_re) = self.pay.as_ref().filter(|_| pay_hit.is_none()) {
                    let threshold = REGISTRY
                        .iter()
                        .find_map(|s| match s.detector {
                            Detector::UnskilledHighPay { threshold } => Some(threshold),
                            _ => None,
                        })
                        .unwrap_or(u64::MAX);
                    for caps in pay_re.captures_iter(text) {
                        let (Some(whole), Some(num)) = (caps.get(0), first_group(&caps)) else {
                            continue;
                        };
                        let Some(monthly) = parse_amount(num.as_str())
                            .and_then(|a| self.monthly(text, whole.start(), whole.end(), a))
                        else {
                            continue;
                        };
                        if monthly >= threshold {
                            let (rs, re) = ft.span(whole.start(), whole.end());
                            pay_hit = Some((field, rs, re));
                            break;
                        }
                    }
                }
            }
            if run_jobs {
                if let Some(re) = &self.unskilled {
                    unskilled_job = unskilled_job || re.is_match(text);
                }
            }
        }
        // J001 needs both the high pay and a "no skills" cue (J013, or an unskilled job title) in
        // the post.
        if let Some((field, start, end)) = pay_hit {
            for (idx, spec) in REGISTRY.iter().enumerate() {
                if matches!(spec.detector, Detector::UnskilledHighPay { .. })
                    && (unskilled_job || first[registry_index("J013")].is_some())
                {
                    first[idx] = Some(IndicatorHit {
                        code: spec.code.to_string(),
                        name: spec.name.to_string(),
                        field,
                        start,
                        end,
                        weight: spec.weight,
                    });
                }
            }
        }
        if let Some(code) = post
            .region_hint()
            .and_then(plainsight_phone::calling_code_for_region)
        {
            let code = code.to_string();
            let foreign = selectors.iter().find(|s| {
                s.kind == SelectorKind::Phone
                    && s.reveal_value()
                        .strip_prefix('+')
                        .is_some_and(|digits| !digits.starts_with(code.as_str()))
            });
            if let Some(sel) = foreign {
                for (idx, spec) in REGISTRY.iter().enumerate() {
                    if spec.detector == Detector::ForeignNumber {
                        first[idx] = Some(IndicatorHit {
                            code: spec.code.to_string(),
                            name: spec.name.to_string(),
                            field: sel.field,
                            start: sel.start,
                            end: sel.end,
                            weight: spec.weight,
                        });
                    }
                }
            }
        }
        if post_type.kind == PostType::Other {
            // No type cue decided: a fragment whose own indicators say what it is (two
            // recruitment indicators or one that speaks of employment by itself; two sex-ad
            // indicators). One indicator alone ("young and old", "24/7 towing") decides nothing.
            let hits = |family: Family| -> Vec<&IndicatorHit> {
                first
                    .iter()
                    .zip(REGISTRY)
                    .filter(|(_, s)| s.family == family && s.detector != Detector::ForeignNumber)
                    .filter_map(|(h, _)| h.as_ref())
                    .collect()
            };
            let jobs = hits(Family::Recruitment);
            let sex = hits(Family::SexAd);
            let chosen = if jobs.len() >= 2
                || jobs
                    .iter()
                    .any(|h| crate::posttype::JOB_CUE_CODES.contains(&h.code.as_str()))
            {
                Some((PostType::JobOffer, jobs))
            } else if sex.len() >= 2 {
                Some((PostType::SexAd, sex))
            } else {
                None
            };
            if let Some((kind, hits)) = chosen {
                post_type.kind = kind;
                post_type.evidence = hits
                    .iter()
                    .map(|h| TypeCue {
                        field: h.field,
                        start: h.start,
                        end: h.end,
                        strong: false,
                    })
                    .collect();
            }
        }
        let kind = forced.unwrap_or(post_type.kind);
        // Scope: only the indicators that read this type of post.
        for (slot, spec) in first.iter_mut().zip(REGISTRY) {
            if !spec.reads.contains(&kind) {
                *slot = None;
            }
        }
        // Context: indicators that count only next to another.
        let fired: Vec<bool> = first.iter().map(Option::is_some).collect();
        for (slot, spec) in first.iter_mut().zip(REGISTRY) {
            if !spec.needs_any.is_empty()
                && !spec.needs_any.iter().any(|c| fired[registry_index(c)])
            {
                *slot = None;
            }
        }
        let indicators: Vec<IndicatorHit> = first
            .into_iter()
            .flatten()
            .filter(|h| h.code != "J008" || !crate::registry::j008_is_local(post, h))
            .collect();
        let risk = Risk::from_contributions(
            indicators
                .iter()
                .map(|h| Contribution {
                    code: h.code.clone(),
                    name: h.name.clone(),
                    weight: h.weight,
                })
                .collect(),
        );
        Evaluation {
            post_type,
            indicators,
            ages,
            risk,
        }
    }
}

/// One text field, folded for matching, with the maps back to its raw bytes.
struct FieldText<'a> {
    field: Field,
    raw: &'a str,
    folded: Cow<'a, plainsight_text::Normalized>,
    prepared: Prepared,
}

impl FieldText<'_> {
    /// The raw-field span of the matching-text span `[s, e)`.
    fn span(&self, s: usize, e: usize) -> (usize, usize) {
        let (fs, fe) = self.prepared.to_folded(s, e);
        let (rs, re) = self.folded.to_original(fs, fe);
        (rs.min(self.raw.len()), re.min(self.raw.len()))
    }
}

fn registry_index(code: &str) -> usize {
    REGISTRY
        .iter()
        .position(|s| s.code == code)
        .unwrap_or_else(|| panic!("registry has no {code}"))
}

fn first_group<'h>(caps: &regex::Captures<'h>) -> Option<regex::Match<'h>> {
    caps.iter().skip(1).flatten().next()
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Reads "3,000", "3.000", "3 000", "3000.00", "2.5k" as a whole amount; `None` if it is not one.
pub(crate) fn parse_amount(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.strip_suffix('k') {
        Some(n) => (n.trim(), 1000.0),
        None => (s, 1.0),
    };
    // A decimal part is a separator followed by exactly 1–2 digits at the end ("3000.00").
    let mut int_part = num;
    let mut frac = "";
    if let Some(pos) = num.rfind(['.', ',']) {
        let tail = &num[pos + 1..];
        if (1..=2).contains(&tail.len()) && tail.bytes().all(|b| b.is_ascii_digit()) {
            int_part = &num[..pos];
            frac = tail;
        }
    }
    let digits: String = int_part.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 12 {
        return None;
    }
    let whole: f64 = digits.parse::<f64>().ok()?;
    let frac: f64 = if frac.is_empty() {
        0.0
    } else {
        format!("0.{frac}").parse::<f64>().ok()?
    };
    Some(((whole + frac) * mult) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("3,000"), Some(3000));
        assert_eq!(parse_amount("3.000"), Some(3000));
        assert_eq!(parse_amount("3 000"), Some(3000));
        assert_eq!(parse_amount("3000.00"), Some(3000));
        assert_eq!(parse_amount("2.5k"), Some(2500));
        assert_eq!(parse_amount("3k"), Some(3000));
        assert_eq!(parse_amount("abc"), None);
        assert_eq!(parse_amount("99999999999999999"), None);
    }

    #[test]
    fn boundaries_rewritten() {
        assert_eq!(ascii_boundaries(r"\bhi\b\d"), r"(?-u:\b)hi(?-u:\b)[0-9]");
        assert_eq!(ascii_boundaries(r"a\s\.\x27"), r"a[\t\n\x0B\x0C\r ]\.\x27");
    }
}
