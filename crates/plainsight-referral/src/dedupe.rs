//! Duplicate organisations under spelling variants ("Action Aid" / "ActionAid", "Cece Yara
//! Foundation" / "CeceYara Fdoundation", "Action Against Poverty (AAP)" / "AAP").
//!
//! Names are compared on a normalised key: folded (case, accents, look-alike letters), words in
//! brackets set aside as an acronym, joining words ("and", "of", "the", "&", their French and
//! Spanish forms) dropped, British/American spellings of the common nouns unified
//! ("organisation", "centre", "programme"), then every non-alphanumeric character removed. Two
//! organisations are the same when
//! 1. their keys are equal, or
//! 2. one name is an acronym (one word of 3+ letters) equal to the other's bracketed acronym or
//!    to the initials of its words, or
//! 3. their keys are 8+ characters and within one edit per 10 characters (Levenshtein), and
//!    differ by no digit (so "Camp 1" and "Camp 2" stay apart).
//!
//! Candidate pairs come from blocks (equal key, equal acronym, equal first or last four key
//! characters), never all pairs, so a directory of 100,000 organisations is checked in time
//! close to linear. Measured against the Somalia organisation map's name variants (see
//! `docs/services.md`).

use plainsight_geo::fold;
use std::collections::BTreeMap;

const ARTICLES: [&str; 7] = ["the", "la", "le", "les", "l", "a", "an"];

const JOINING: [&str; 16] = [
    "and", "of", "the", "for", "in", "de", "la", "le", "les", "des", "du", "et", "y", "del", "a",
    "an",
];

/// A name prepared for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameKey {
    /// Folded, joining words dropped, letters and digits only.
    pub key: String,
    /// The acronym in brackets ("AAP" in "Action Against Poverty (AAP)"), folded.
    pub bracket_acronym: Option<String>,
    /// Initials of the words that are not joining words ("adra").
    pub initials: String,
    /// The name reads as an acronym: one word of 3+ letters, or written without lower-case
    /// letters in at most three words ("WAHD-SL").
    pub single_word: bool,
    /// The content words, folded.
    pub words: Vec<String>,
}

fn unify(word: &str) -> &str {
    match word {
        "organisation" | "organizacion" => "organization",
        "organisations" => "organizations",
        "centre" => "center",
        "programme" => "program",
        "&" => "and",
        w => w,
    }
}

/// Prepares a name; see the module documentation.
pub fn name_key(name: &str) -> NameKey {
    // Bracketed parts: the last one that is a single word is the acronym; all are set aside.
    let mut outside = String::new();
    let mut bracket_acronym = None;
    let mut depth = 0usize;
    let mut inner = String::new();
    for c in name.chars() {
        match c {
            '(' | '[' => {
                depth += 1;
                inner.clear();
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                let f = fold(&inner);
                let w: Vec<&str> = f
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                if w.len() == 1 && w[0].chars().count() >= 2 {
                    bracket_acronym = Some(w[0].to_string());
                }
            }
            _ if depth > 0 => inner.push(c),
            _ => outside.push(c),
        }
    }
    if outside.trim().is_empty() {
        outside = name.to_string();
    }
    // Apostrophes join ("Women's" is one word).
    let folded = fold(&outside.replace(['\'', '’', '`'], ""));
    let words: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty())
        .map(unify)
        .collect();
    // Joining words are dropped, except a first word other than an article ("Y Care" keeps
    // its "Y"; "The HALO Trust" loses its "The").
    let content: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|(i, w)| !JOINING.contains(w) || (*i == 0 && !ARTICLES.contains(w)))
        .map(|(_, w)| *w)
        .collect();
    let mut content = if content.is_empty() {
        words.clone()
    } else {
        content
    };
    // An acronym glued to the name it stands for ("ASAL Action in Semi Arid Lands",
    // "ADRA/Adventist Development and Relief Agency", "FAO Food and Agriculture Organization")
    // is set aside like a bracketed one.
    if content.len() >= 4 {
        let initials_of = |ws: &[&str]| {
            ws.iter()
                .filter_map(|w| w.chars().next())
                .collect::<String>()
        };
        let n = content.len();
        if content[0] == initials_of(&content[1..]) {
            bracket_acronym.get_or_insert_with(|| content[0].to_string());
            content.remove(0);
        } else if content[n - 1] == initials_of(&content[..n - 1]) {
            bracket_acronym.get_or_insert_with(|| content[n - 1].to_string());
            content.pop();
        }
    }
    let key: String = content
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphanumeric())
        .collect();
    let initials: String = content.iter().filter_map(|w| w.chars().next()).collect();
    let shouting = !outside.chars().any(char::is_lowercase) && words.len() <= 3;
    let single_word = (words.len() == 1 || shouting) && key.chars().count() >= 3;
    NameKey {
        key,
        bracket_acronym,
        initials,
        single_word,
        words: content.iter().map(|w| w.to_string()).collect(),
    }
}

/// Levenshtein distance with a cap: returns `cap + 1` as soon as the distance exceeds `cap`.
pub fn levenshtein_capped(a: &str, b: &str, cap: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
            row_min = row_min.min(cur[j]);
        }
        if row_min > cap {
            return cap + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Why two names are taken for one organisation.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    SameKey,
    Acronym,
    Spelling { edits: usize },
}

impl Match {
    pub fn describe(&self) -> String {
        match self {
            Match::SameKey => "the same normalised name".into(),
            Match::Acronym => "the acronym of the other".into(),
            Match::Spelling { edits } => {
                format!("{edits} edit(s) from the other's normalised name")
            }
        }
    }
}

/// Whether two prepared names are one organisation, and why.
pub fn same_organization(a: &NameKey, b: &NameKey) -> Option<Match> {
    if a.key.is_empty() || b.key.is_empty() {
        return None;
    }
    if a.key == b.key {
        return Some(Match::SameKey);
    }
    let acronym_of = |short: &NameKey, long: &NameKey| {
        short.single_word
            && short.key.chars().count() >= 3
            && (long.bracket_acronym.as_deref() == Some(short.key.as_str())
                || (long.initials.chars().count() >= 3 && long.initials == short.key))
    };
    if acronym_of(a, b) || acronym_of(b, a) {
        return Some(Match::Acronym);
    }
    let (la, lb) = (a.key.chars().count(), b.key.chars().count());
    // Country affiliates are different organisations ("Save the Children UK" / "… DK").
    let only_in = |x: &NameKey, y: &NameKey| -> Vec<String> {
        x.words
            .iter()
            .filter(|w| !y.words.contains(w))
            .cloned()
            .collect()
    };
    let names_country = |w: &String| crate::places::country_code(w).is_some();
    if only_in(a, b)
        .iter()
        .chain(only_in(b, a).iter())
        .any(names_country)
    {
        return None;
    }
    // A whole word more is another name, not a misspelling ("Y Care International").
    let (xa, xb) = (only_in(a, b), only_in(b, a));
    if (xa.is_empty()) != (xb.is_empty()) {
        return None;
    }
    if la >= 8 && lb >= 8 {
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        if digits(&a.key) != digits(&b.key) {
            return None;
        }
        let cap = la.min(lb) / 10;
        if cap >= 1 {
            let d = levenshtein_capped(&a.key, &b.key, cap);
            if d <= cap {
                return Some(Match::Spelling { edits: d });
            }
        }
    }
    None
}

/// Largest block compared pair by pair; a bigger block (thousands of names sharing four
/// letters) is compared only between neighbours in key order.
const MAX_BLOCK: usize = 256;

/// Duplicate pairs among `names`: `(earlier, later, why)` with `earlier < later`, each later
/// name paired with the earliest name it matches, in order of `later`.
pub fn find_duplicates(names: &[&str]) -> Vec<(usize, usize, Match)> {
    let keys: Vec<NameKey> = names.iter().map(|n| name_key(n)).collect();
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, k) in keys.iter().enumerate() {
        if k.key.is_empty() {
            continue;
        }
        blocks.entry(format!("k:{}", k.key)).or_default().push(i);
        let chars: Vec<char> = k.key.chars().collect();
        if chars.len() >= 8 {
            blocks
                .entry(format!("p:{}", chars[..4].iter().collect::<String>()))
                .or_default()
                .push(i);
            blocks
                .entry(format!(
                    "s:{}",
                    chars[chars.len() - 4..].iter().collect::<String>()
                ))
                .or_default()
                .push(i);
        }
        if let Some(a) = &k.bracket_acronym {
            blocks.entry(format!("a:{a}")).or_default().push(i);
        }
        if k.initials.chars().count() >= 3 && !k.single_word {
            blocks
                .entry(format!("a:{}", k.initials))
                .or_default()
                .push(i);
        }
        if k.single_word {
            blocks.entry(format!("a:{}", k.key)).or_default().push(i);
        }
    }
    let mut best: BTreeMap<usize, (usize, Match)> = BTreeMap::new();
    let mut consider = |i: usize, j: usize| {
        let (a, b) = if i < j { (i, j) } else { (j, i) };
        if a == b {
            return;
        }
        if best.get(&b).is_some_and(|(e, _)| *e <= a) {
            return;
        }
        if let Some(m) = same_organization(&keys[a], &keys[b]) {
            best.insert(b, (a, m));
        }
    };
    for members in blocks.values() {
        if members.len() <= MAX_BLOCK {
            for x in 0..members.len() {
                for y in x + 1..members.len() {
                    consider(members[x], members[y]);
                }
            }
        } else {
            let mut sorted = members.clone();
            sorted.sort_by(|&a, &b| keys[a].key.cmp(&keys[b].key).then(a.cmp(&b)));
            for w in sorted.windows(2) {
                consider(w[0], w[1]);
            }
        }
    }
    // An acronym that stands for several different names is ambiguous ("CCC"): drop its
    // acronym matches.
    let mut partners: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (&b, (a, m)) in &best {
        if *m == Match::Acronym {
            let short = if keys[*a].single_word { *a } else { b };
            let long = if short == *a { b } else { *a };
            partners.entry(short).or_default().push(long);
        }
    }
    let mut out: Vec<(usize, usize, Match)> =
        best.into_iter().map(|(b, (a, m))| (a, b, m)).collect();
    out.retain(|(a, b, m)| {
        if *m != Match::Acronym {
            return true;
        }
        let short = if keys[*a].single_word { *a } else { *b };
        let longs = partners.get(&short).map(Vec::as_slice).unwrap_or_default();
        longs.len() <= 1
            || longs
                .windows(2)
                .all(|w| same_organization(&keys[w[0]], &keys[w[1]]).is_some())
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) -> bool {
        same_organization(&name_key(a), &name_key(b)).is_some()
    }

    #[test]
    fn spelling_variants_match() {
        assert!(same("Action Aid", "ActionAid"));
        assert!(same("Cece Yara Foundation", "CeceYara Fdoundation"));
        assert!(same(
            "Action Against Poverty (AAP)",
            "Action Against Poverty"
        ));
        assert!(same("Action Against Poverty (AAP)", "AAP"));
        assert!(same("ADRA", "Adventist Development and Relief Agency"));
        assert!(same("Save the Children", "save-the-children"));
        assert!(same("The HALO Trust", "HALO Trust"));
        assert!(same(
            "ASAL Action in Semi Arid Lands",
            "Action in Semi Arid Lands"
        ));
        assert!(same("ADRA/Adventist Development and Relief Agency", "ADRA"));
        assert!(same(
            "Women's Action for Human Dignity Sierra Leone",
            "WAHD-SL"
        ));
        assert!(same(
            "Norwegian Refugee Council",
            "Norwegian Refugee Counsil"
        ));
        assert!(same(
            "Women's Organisation for Development",
            "Womens Organization for Development"
        ));
    }

    #[test]
    fn different_organisations_stay_apart() {
        assert!(!same("ADRA Somalia", "ADRA"));
        assert!(!same("Save the Children UK", "Save the Children DK"));
        assert!(!same(
            "International Rescue Committee",
            "International Rescue Committee UK"
        ));
        assert!(!same("CARE International", "Y Care International"));
        assert!(!same("Camp 1 Health Post", "Camp 2 Health Post"));
        assert!(!same("Red Cross", "Red Crescent"));
        assert!(!same("World Vision", "World Bank"));
        assert!(!same("", ""));
    }

    #[test]
    fn levenshtein() {
        assert_eq!(levenshtein_capped("kitten", "sitting", 5), 3);
        assert_eq!(levenshtein_capped("kitten", "sitting", 1), 2);
        assert_eq!(levenshtein_capped("", "", 0), 0);
    }

    #[test]
    fn an_acronym_of_several_names_is_ambiguous() {
        let d = find_duplicates(&[
            "CCC",
            "Center for Civilians in Conflict",
            "Clean Clothes Campaign",
        ]);
        assert!(d.is_empty(), "{d:?}");
        let d = find_duplicates(&["MAG", "Mines Advisory Group"]);
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn duplicates_point_at_the_earliest_match() {
        let d = find_duplicates(&["ActionAid", "Oxfam", "Action Aid", "action-aid"]);
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].0, d[0].1), (0, 2));
        assert_eq!((d[1].0, d[1].1), (0, 3));
    }
}
