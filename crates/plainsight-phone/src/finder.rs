//! Finding phone numbers in the digit view of a text.
//!
//! 1. Digit groups (ASCII digit runs of [`plainsight_text::digit_view`]) are marked as decoys
//!    from their structure and surroundings: prices and quantities (currency before, unit after,
//!    thousands/decimal separators), dates, times, year ranges, body measurements, IBANs,
//!    card-like runs of 4-digit groups, digits glued inside words, URL parameters, heights
//!    (5'6"), bust sizes (36DD), ratings (10/10), ranges with a unit (10-15 min). Before that,
//!    look-alike tokens standing alone at a number's edge ("OIl 234 5934", "... 67 - O") are
//!    read as digits ([`edge_lookalikes`]).
//! 2. The remaining groups are chained across separator-like gaps (spaces, punctuation, dashes,
//!    slashes, emoji; never letters, colons, quotes or `+` between digits), up to a bounded gap;
//!    a run of one repeated mark ("-----", "🌹🌹") counts as one separator.
//! 3. A chain after a reference keyword ("Ad #", "ref:", "order", "invoice"...) is dropped.
//! 4. In each chain a dynamic program picks non-overlapping runs of whole groups that are valid
//!    numbers, maximising the digits explained and then preferring fewer numbers: the longest
//!    valid reading wins, and "713-555-0123 / 832-555-0199" comes out as two numbers.
//!
//! A run reads as a number with `+`, `00` or `011` in front (international), else nationally in
//! the context's region, else with a bare country code when that code is written as its own
//! group ("44 7911 123456") or a phone keyword ("whatsapp") is near. Only numbers valid per
//! libphonenumber's metadata count (possible-but-not-valid ones are mostly decoys).

use std::sync::LazyLock;

use plainsight_text::{digit_view, digit_view_of, Normalized};
use regex::Regex;
use rlibphonenumber::Region;

use crate::metadata::UTIL;
use crate::numbers::{
    format_reading, is_mobile, is_toll_free, misgrouped, national_groups, national_plausible,
    national_prefix_missing, number_region, valid, written_at_home, Reading,
};
use plainsight_core::RegionSource;

/// Most groups a number is read across (one digit per group: "7 1 3 5 5 5 0 1 2 3 4 5 6 7 8").
const MAX_GROUPS: usize = 16;
/// Most digits in a run: 15 (E.164) plus a 3-digit international prefix.
const MAX_DIGITS: usize = 18;
/// Fewest digits read nationally (some territories have 5-digit numbers; validity decides).
const MIN_NATIONAL_DIGITS: usize = 5;
/// Fewest digits read with a bare country code (no `+`).
const MIN_BARE_CC_DIGITS: usize = 8;
/// Longest chain considered; longer runs of numbers are tables, not contact details.
const MAX_CHAIN: usize = 64;
/// Most libphonenumber parses per text. A post needs a handful; the bound keeps hostile input
/// ("1 2 3 4 ..." over megabytes) to a fraction of a second. Numbers past it are not read.
const MAX_PARSES: usize = 50_000;
/// Widest gap (in chars) between two groups of one number: "--🌹--", " . 🌹 . ", "-----".
const MAX_GAP_CHARS: usize = 12;
/// Bytes looked at before a chain for keywords.
const KEYWORD_WINDOW: usize = 48;

#[derive(Clone, Copy, Debug)]
struct Group {
    s: usize,
    e: usize,
    excluded: bool,
}

impl Group {
    fn len(&self) -> usize {
        self.e - self.s
    }
}

/// What the words before a chain say.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cue {
    Neutral,
    Phone,
    Reference,
    /// A postal-code word ("zip", "CP", "CEP"): a reference when what follows is as long as a
    /// postal code, no cue otherwise ("cp: 0917 123 2067" is a Philippine cellphone).
    Postal,
}

/// The most digits a postal code has (a US ZIP+4; a Brazilian CEP has eight).
const MAX_POSTAL_DIGITS: usize = 9;

pub(crate) fn find(raw: &str, plan: &Plan) -> Vec<Found> {
    find_in_view(raw, digit_view(raw), None, &|| plan)
}

/// [`find`] for a caller that already holds `fold(raw)`: the digit view is built on that fold
/// instead of folding `raw` again (`digit_view_of(&fold(raw)) == digit_view(raw)`).
pub(crate) fn find_folded(raw: &str, folded: &Normalized, plan: &Plan) -> Vec<Found> {
    find_in_view(raw, digit_view_of(folded), None, &|| plan)
}

/// [`find_folded`] with the plan built only when a run of digits needs more than its first
/// level: `first` is that level alone (one region), `full` gives the whole plan, whose first
/// level it is. A chain of digits read whole as one number at the first level is read so by the
/// whole plan too (one number explaining every digit is the best reading of a chain, and the
/// first level that reads a run decides it), so only the other chains ask for `full`.
pub(crate) fn find_folded_staged<'p>(
    raw: &str,
    folded: &Normalized,
    first: &Plan,
    full: &dyn Fn() -> &'p Plan,
) -> Vec<Found> {
    find_in_view(raw, digit_view_of(folded), Some(first), full)
}

/// Where national numbers are read: levels of region evidence, strongest first. A national
/// number is read at the first level where it is valid: in exactly one region of the level (or
/// several giving the same number), else decided by how it is written (see [`tie_break`]), else
/// reported ambiguous. A number written with its country code needs no level.
#[derive(Clone, Debug, Default)]
pub(crate) struct Plan {
    pub levels: Vec<(Vec<Region>, RegionSource)>,
    /// Regions the text's writing points to (Thai script: Thailand): they settle a number
    /// that several regions of one level read, when its grouping and being a mobile do not.
    pub hints: Vec<Region>,
    /// The level made of `hints` after the places a post names (see
    /// [`crate::RegionPlan::push_hints`]): it reads mobile numbers only.
    pub hint_level: Option<usize>,
    /// Regions that speak the language the post is written in: they settle a number several
    /// regions read alike when `hints` do not, if only one of them reads its digits.
    pub speakers: Vec<Region>,
    /// The last level, made of the countries that speak the languages of a shared script the
    /// post is written in ([`crate::RegionPlan::push_script_speakers`]): it reads mobile numbers
    /// given as a phone (after a phone cue) only, and one that several of them read stays
    /// unread.
    pub script_level: Option<usize>,
    /// After the places a post names ([`crate::RegionPlan::report_unplaced`]): a whole national
    /// number given as a phone that no level reads is reported as ambiguous between the
    /// plausible regions whose format reads it (`unplaced`), never read.
    pub unplaced: bool,
    /// The regions a number's format alone may place it in, where the user named them
    /// ([`crate::RegionPlan::plausible`]); empty: [`crate::PLAUSIBLE_REGIONS`].
    pub plausible: Vec<Region>,
    /// How many levels at the start are made of the countries of a mobile wallet named right
    /// before the number ([`Plan::with_wallet`]): they read mobile numbers only.
    pub wallet_levels: usize,
}

impl Plan {
    /// This plan with a first level of `countries`, the countries of the mobile wallet whose
    /// account the number is (`crate::wallets`): a wallet's account is a mobile number opened
    /// there, whatever else the post names ("Call/WhatsApp +39 366 916 9534 … MTN MoMo
    /// 0809-990-8513" is Nigerian, not Italian).
    fn with_wallet(&self, countries: &[&str]) -> Plan {
        let mut regions: Vec<Region> = Vec::new();
        for c in countries {
            if let Some(r) = plainsight_core::Region::parse(c)
                .ok()
                .and_then(crate::numbers::region)
            {
                if !regions.contains(&r) {
                    regions.push(r);
                }
            }
        }
        let mut plan = self.clone();
        if regions.is_empty() {
            return plan;
        }
        // Where the post places itself among the wallet's countries comes first (a Ghanaian
        // post's "MoMo 059…" is Ghana's, though Vietnam's MoMo reads the digits too).
        let mut first: Vec<(Vec<Region>, RegionSource)> = Vec::new();
        if let Some((own, source)) = self.levels.iter().find_map(|(rs, source)| {
            let own: Vec<Region> = rs.iter().filter(|r| regions.contains(r)).copied().collect();
            (!own.is_empty()).then_some((own, *source))
        }) {
            first.push((own, source));
        }
        first.push((regions, RegionSource::Text));
        let n = first.len();
        plan.levels.splice(0..0, first);
        plan.wallet_levels = n;
        plan.hint_level = plan.hint_level.map(|l| l + n);
        plan.script_level = plan.script_level.map(|l| l + n);
        plan
    }

    /// Whether any region is known from evidence other than the number's format.
    fn knows_region(&self) -> bool {
        self.levels
            .iter()
            .any(|(r, src)| !r.is_empty() && *src != RegionSource::Format)
    }
}

/// How a run of digits was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// A valid number and where its region came from.
    Number(Reading, RegionSource),
    /// Valid in several regions of one level, which nothing written decides (sorted), and the
    /// number each of them reads (E.164, sorted, each once).
    Ambiguous(Vec<Region>, Vec<String>),
}

/// A number (or an ambiguous national number) found in a text, spans into the raw text.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub outcome: Outcome,
    pub start: usize,
    pub end: usize,
}

fn find_in_view<'p>(
    raw: &str,
    view: Normalized,
    first: Option<&Plan>,
    full: &dyn Fn() -> &'p Plan,
) -> Vec<Found> {
    // Cheap exit: fewer than 5 digit-ish chars cannot hold a number (the view only adds digits
    // for digit words, so check the view when the raw text has letters).
    if view.as_str().bytes().filter(u8::is_ascii_digit).count() < MIN_NATIONAL_DIGITS {
        return Vec::new();
    }
    // Same byte length as the view, so every offset still maps through `view.to_original`.
    let edged = edge_lookalikes(view.as_str());
    let t = edged.as_deref().unwrap_or(view.as_str());
    let mut groups = digit_groups(t);
    let (forced, long_run) = punctuated_runs(t, &groups);
    // Gaps that are a clause mark of Chinese or Japanese writing: no number crosses them.
    // (The ideographic marks are encoded in three bytes led by 0xE3: a text without that
    // byte or a full-width comma has none, and no gap is looked at.)
    // (Empty then: `clauses.get(k)` reads no mark.)
    let clauses: Vec<bool> = if memchr::memchr(0xE3, raw.as_bytes()).is_some() || raw.contains('，')
    {
        (1..groups.len())
            .map(|k| clause_mark(raw, &view, t, &groups, k - 1))
            .collect()
    } else {
        Vec::new()
    };
    mark_decoys(t, &mut groups, &forced, &long_run, &clauses);

    let mut out = Vec::new();
    let mut budget = MAX_PARSES;
    let mut k = 0;
    while k < groups.len() && budget > 0 {
        if groups[k].excluded {
            k += 1;
            continue;
        }
        let start = k;
        // After a phone cue a number may be broken by an empty line as well ("WhatsApp: 829
        // 854\n\n2739": a scraped <br><br>); the cue is looked up only when that is asked.
        let mut cued: Option<bool> = None;
        while k + 1 < groups.len() && !groups[k + 1].excluded && k + 1 - start < MAX_CHAIN {
            let gap = &t[groups[k].e..groups[k + 1].s];
            let links = forced[k]
                // A disguised run of nine digits or more ("0 ! 0 ! 3 ! 9 …") ends its number at
                // the end of its line: the next line ("\n200 euro") is not read into it.
                || (!(long_run[k] && gap.contains('\n'))
                    && (linkable(gap) || bracket_wrapped(t, &groups[k], gap))
                    && !new_sentence(t, &groups, k)
                    && clauses.get(k) != Some(&true))
                || (blank_line(gap)
                    && *cued.get_or_insert_with(|| cue_before(t, groups[start].s) == Cue::Phone));
            if !links {
                break;
            }
            k += 1;
        }
        let mut chain = &groups[start..=k];
        k += 1;
        let mut cue = postal_or_not(cue_before(t, chain[0].s), chain);
        // A number right after a mobile wallet's name is the wallet's account: a phone number
        // of a country the wallet is opened in.
        let wallet = crate::wallets::wallet_before(t, chain[0].s);
        if wallet.is_some() {
            cue = Cue::Phone;
        }
        if cue == Cue::Reference {
            // The reference is the first number after the keyword: drop it up to a strong gap
            // ("Ad #12345 | 713-555-0123") or the end of its line (a reference word is read on
            // its own line only: "Suite 30⏎702-555-0144") and read on.
            let strong = (0..chain.len() - 1).find(|&x| {
                let gap = &t[chain[x].e..chain[x + 1].s];
                gap.contains(['|', ',', ';', '/', '\n'])
                    || gap.chars().filter(|c| c.is_whitespace()).count() >= 2
            });
            match strong {
                Some(x) => {
                    chain = &chain[x + 1..];
                    cue = postal_or_not(cue_before(t, chain[0].s), chain);
                }
                None => continue,
            }
        }
        // Too few digits for any number, whatever the plan.
        if chain.iter().map(Group::len).sum::<usize>() < MIN_NATIONAL_DIGITS {
            continue;
        }
        if let Some(found) = first
            .filter(|_| wallet.is_none())
            .and_then(|first| whole_at_first(raw, &view, t, chain, first, cue))
        {
            budget -= 1;
            out.push(found);
            continue;
        }
        let wallet_plan;
        let plan = match wallet {
            Some(countries) => {
                wallet_plan = full().with_wallet(countries);
                &wallet_plan
            }
            None => full(),
        };
        let mut readings = best_readings(t, chain, plan, cue, &mut budget);
        // One number written a digit at a time ("WA: 0 7 4 6 2 7 7 1 1 6 3"): a reading of
        // part of it in a named place ("… jobs in Beirut": eight of its eleven digits are a
        // Lebanese number) leaves digits of the same number unread. When the whole of it is a
        // number the named places do not read, it is reported as such a number is.
        let part_of_spaced = !readings.is_empty()
            && spaced_digits(t, chain)
            && readings.iter().map(|r| r.1 + 1 - r.0).sum::<usize>() < chain.len();
        // Reported as one number where nothing read it (below).
        let mut whole_reported = false;
        if readings.is_empty() || part_of_spaced {
            if let Some(outcome) = unplaced(t, chain, plan, cue, readings.is_empty()) {
                readings.clear();
                whole_reported = true;
                out.push(found_at(&view, t, chain, 0, chain.len() - 1, outcome, None));
            } else if part_of_spaced {
                // In a post that names its place, the part the place reads leaves two digits
                // or more of the number unread ("cero ocho cero seis uno nueve nueve ocho nueve
                // siete nueve" in Barcelona: Spain reads "806 199 897" out of the middle of a
                // Nigerian mobile). Written a digit at a time, the grouping says nothing of
                // where a number starts: the whole is reported as the plausible regions
                // read it, not the part.
                let covered: usize = readings.iter().map(|r| r.1 + 1 - r.0).sum();
                if chain.len() - covered >= 2 {
                    let digits: String = chain.iter().map(|g| &t[g.s..g.e]).collect();
                    let found = format_readings(&digits, plausible(), &plan.hints);
                    if !found.is_empty() {
                        readings.clear();
                        whole_reported = true;
                        let outcome = hinted_or_ambiguous(&found, plan, &digits);
                        out.push(found_at(&view, t, chain, 0, chain.len() - 1, outcome, None));
                    }
                }
            }
        }
        // A list of numbers with a spaced slash between them ("Tel: 011 261 1683 / 059 659
        // 5016"), not one number with its area code set apart ("0171 / 123 45 67", reported
        // whole above): an item nothing read is reported on its own, as it would be alone.
        if !whole_reported
            && !part_of_spaced
            && (1..chain.len()).any(|a| spaced_slash(t, chain, a - 1))
        {
            for (a, b) in list_items(t, chain) {
                if readings.iter().any(|r| r.0 <= b && a <= r.1) {
                    continue;
                }
                if let Some(outcome) = unplaced(t, &chain[a..=b], plan, cue, true) {
                    out.push(found_at(&view, t, chain, a, b, outcome, None));
                }
            }
        }
        for (mut i, j, outcome, mut plus_at) in readings {
            // A spelled word in front that changes nothing is not part of the evidence: in
            // "I have one 713-555-0123" the number is "713-555-0123", not "one 713-555-0123".
            while i < j && plus_at.is_none() {
                let (os, oe) = view.to_original(chain[i].s, chain[i].e);
                if !raw[os..oe].contains(plainsight_text::is_alphabetic) {
                    break;
                }
                match read_run(t, chain, i + 1, j, plan, cue) {
                    Some((r, p)) if r == outcome => {
                        i += 1;
                        plus_at = p;
                    }
                    _ => break,
                }
            }
            out.push(found_at(&view, t, chain, i, j, outcome, plus_at));
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// The number read from groups `i..=j` of `chain`, its span taken back to the raw text: from
/// its `+` when written with one, with an opening parenthesis that belongs to it ("(713) 555",
/// "(+44)").
fn found_at(
    view: &Normalized,
    t: &str,
    chain: &[Group],
    i: usize,
    j: usize,
    outcome: Outcome,
    plus_at: Option<usize>,
) -> Found {
    let mut s = plus_at.unwrap_or(chain[i].s);
    if s > 0
        && t.as_bytes()[s - 1] == b'('
        && (plus_at.is_some() || t[chain[i].e..chain[j].e].contains(')'))
    {
        s -= 1;
    }
    let (os, oe) = view.to_original(s, chain[j].e);
    Found {
        outcome,
        start: os,
        end: oe,
    }
}

/// Whether a number read by `source` was read in a place the post names (or its record's
/// region): evidence a number's own grouping may speak against.
fn placed(source: RegionSource) -> bool {
    matches!(
        source,
        RegionSource::Record | RegionSource::Location | RegionSource::Text | RegionSource::Url
    )
}

/// The chain read whole as one number at the first level of a staged plan (`first`: that level
/// alone, one region), or with its `+`: what the whole plan reads it as, without building the
/// whole plan. `None` when anything else could decide: a chain too long for one reading, a
/// spelled word at its head (which is dropped when the number reads the same without it: a
/// question for the whole plan), a first level of several regions (a tie the whole plan's hints
/// break), or no such reading.
fn whole_at_first(
    raw: &str,
    view: &Normalized,
    t: &str,
    chain: &[Group],
    first: &Plan,
    cue: Cue,
) -> Option<Found> {
    let m = chain.len();
    let digits: usize = chain.iter().map(Group::len).sum();
    if m > MAX_GROUPS || !(MIN_NATIONAL_DIGITS..=MAX_DIGITS).contains(&digits) {
        return None;
    }
    let (level, source) = first.levels.first()?;
    if level.len() != 1 || first.levels.len() != 1 {
        return None;
    }
    let (os, oe) = view.to_original(chain[0].s, chain[0].e);
    if raw[os..oe].contains(plainsight_text::is_alphabetic) {
        return None;
    }
    let (outcome, plus_at) = read_run(t, chain, 0, m - 1, first, cue)?;
    let read_first = match &outcome {
        // Its head split where the place does not split it: the whole plan's other places
        // may read it (`grouped_elsewhere`).
        Outcome::Number(reading, s) if plus_at.is_none() => {
            s == source
                && !(placed(*s)
                    && misgrouped(&chain.iter().map(Group::len).collect::<Vec<_>>(), reading))
        }
        Outcome::Number(..) => true,
        Outcome::Ambiguous(..) => false,
    };
    read_first.then(|| found_at(view, t, chain, 0, m - 1, outcome, plus_at))
}

/// Whether `chain` is one number written a digit at a time: single digits, at least as many as
/// the shortest national number, every gap between them the same ("0 7 4 6", "0-7-4-6").
fn spaced_digits(t: &str, chain: &[Group]) -> bool {
    chain.len() >= MIN_NATIONAL_DIGITS
        && chain.iter().all(|g| g.len() == 1)
        && chain
            .windows(2)
            .all(|w| t[w[0].e..w[1].s] == t[chain[0].e..chain[1].s])
}

/// Most letters in a look-alike token read as digits at the edge of a number ("OIO", "oIl").
const MAX_LOOKALIKE_TOKEN: usize = 4;

/// The previous (or next) alphanumeric char around a token within a gap's reach, and the gap.
fn neighbour(t: &str, s: usize, e: usize, forward: bool) -> (Option<char>, &str) {
    if forward {
        let rest = &t[e..];
        match rest
            .char_indices()
            .take(MAX_GAP_CHARS + 1)
            .find(|(_, c)| plainsight_text::is_alphanumeric(*c))
        {
            Some((i, c)) => (Some(c), &rest[..i]),
            None => (None, head_bytes(rest, MAX_GAP_CHARS)),
        }
    } else {
        let head = &t[..s];
        let found = head
            .char_indices()
            .rev()
            .take(MAX_GAP_CHARS + 1)
            .find(|(_, c)| plainsight_text::is_alphanumeric(*c));
        match found {
            Some((i, c)) => (Some(c), &head[i + c.len_utf8()..]),
            None => (None, tail_bytes(head, MAX_GAP_CHARS)),
        }
    }
}

/// Whether the number plainly ends on one side of a token: the text ends, or a digit is too far
/// to link, or (after the token) a line or a mark comes before the next word; plain spaces then
/// a word after it make it a word ("... 0123 I am" keeps its "I"). Before a leading token any
/// word may stand ("llama al OIl 2345 ...").
fn closes(c: Option<char>, gap: &str, after: bool) -> bool {
    match c {
        None => true,
        Some(c) if c.is_ascii_digit() => !linkable(gap),
        Some(_) => !after || gap.chars().any(|g| !g.is_whitespace() || g == '\n'),
    }
}

/// Look-alike letters standing as their own token at the START or END of a number ("OIO 0123
/// 3349", "4297 - O", "234 7142 l"): the digit view reads look-alikes inside digit runs, but a
/// token beside a number on one side only is left as letters there. Such a token (only `O`, `o`,
/// `I`, `l`; at most four) is read as digits when a digit group is linked to it on one side and
/// the number plainly ends on the other. A token between two digit groups ("832 o 713", Spanish
/// "or") or followed by a word ("0123 I am") stays a word; libphonenumber validity still decides.
/// Returns the rewritten view (same length, ASCII for ASCII) when anything changed.
fn edge_lookalikes(t: &str) -> Option<String> {
    let b = t.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let e = i;
        // Only short tokens of look-alike letters (most words are neither: asked first).
        if e - s > MAX_LOOKALIKE_TOKEN
            || !b[s..e]
                .iter()
                .all(|c| matches!(c, b'O' | b'o' | b'I' | b'l'))
        {
            continue;
        }
        // A token ends at a non-letter; a non-ASCII letter glued to it makes it part of a word,
        // and so does an apostrophe between it and letters ("I'm", "I'll", "l'Oréal").
        let apostrophe = ['\'', '\u{2019}'];
        let glued = t[e..].starts_with(plainsight_text::is_alphabetic)
            || t[..s].ends_with(plainsight_text::is_alphabetic)
            || t[e..]
                .strip_prefix(apostrophe)
                .is_some_and(|r| r.starts_with(plainsight_text::is_alphabetic))
            || t[..s]
                .strip_suffix(apostrophe)
                .is_some_and(|r| r.ends_with(plainsight_text::is_alphabetic));
        if glued {
            continue;
        }
        let (left, gap_l) = neighbour(t, s, e, false);
        let (right, gap_r) = neighbour(t, s, e, true);
        let digit_linked =
            |c: Option<char>, gap: &str| c.is_some_and(|c| c.is_ascii_digit()) && linkable(gap);
        let trailing = digit_linked(left, gap_l) && closes(right, gap_r, true);
        let leading = digit_linked(right, gap_r) && closes(left, gap_l, false);
        if trailing != leading {
            let buf = out.get_or_insert_with(|| b.to_vec());
            for c in &mut buf[s..e] {
                *c = if c.eq_ignore_ascii_case(&b'o') {
                    b'0'
                } else {
                    b'1'
                };
            }
        }
    }
    // Only ASCII letters were replaced by ASCII digits, so the bytes stay UTF-8.
    out.and_then(|v| String::from_utf8(v).ok())
}

/// A separator between every digit or pair: "2@0@6@5@5", "8!15!55!5", "31;20;55", "0::4/093",
/// "9+7+2+5+9+3"
/// use marks [`linkable`] refuses between ordinary numbers (`@ ! ; : ' ~ |`...). A run of five
/// groups or more of one to four digits and seven to fifteen digits in all (four groups: eight
/// digits or more; three groups: nine or more), every gap at most three runs of such marks
/// (a run of one repeated mark counts once) and no space (spaces around a mark between single
/// digits, or around a doubled mark, "52 :: 23"; a plain space between single digits when the
/// run's other gaps hold marks of two kinds or more in two gaps of three and it has nine digits
/// or more, "3'2 0•7*6•7-1'7•9.9"); or two groups of at most eight digits,
/// nine to fifteen in all, split by a mark no ordinary number uses (`@`, `;`, `!`, a quote) or a
/// doubled one
/// (a lone `.` or `,` is a decimal mark, not such a gap; "..", ".:" are), is one written number:
/// its gaps link (`forced[k]` for the gap after group `k`), also for the price check (a number
/// after "only" is a price only when short). Times, scores and ratios have fewer digits. Marks
/// may differ from gap to gap ("6three/2four::452'0::9").
fn punctuated_runs(t: &str, groups: &[Group]) -> (Vec<bool>, Vec<bool>) {
    let n = groups.len();
    let mut forced = vec![false; n];
    // Groups of such runs of nine digits or more: no time ("46:54") inside them.
    let mut long = vec![false; n];
    // Marks repeated in a run count once ("21::::755" like "21::755"): at most three runs,
    // eight marks in all.
    let mark_runs = |gap: &str| {
        let mut runs = 0;
        let mut prev = None;
        for c in gap.chars() {
            if prev != Some(c) {
                runs += 1;
            }
            prev = Some(c);
        }
        runs
    };
    let marks_only = |gap: &str, quote: bool| {
        gap.chars().all(|c| {
            !plainsight_text::is_alphanumeric(c)
                && !c.is_whitespace()
                && !is_currency_symbol(c)
                && !matches!(c, '+' | '%')
                && (quote || c != '"')
        })
    };
    // A lone '.' or ',' is a decimal or thousands mark ("1.500", "29.76"), but a run of them or
    // one beside another mark ("..", ".:") is a separator like the others.
    // A mark may stand between spaces ("0 # 1 # 4 # 5", "+5 : 2 : 6"), one on each side (between
    // single digits, below); a quote is a mark too ("0\"1\"3\"5\"7": no height has that many).
    let lone_point = |gap: &str| matches!(gap.trim_matches(' '), "." | ",");
    // Between single digits a lone point is a separator too ("3/1.2/6.4/1.1/7.7/6"), but a
    // run holding one must be long (nine digits or more, below): "1.5/2.5" is a decimal.
    let tight = |gap: &str, single: bool| {
        let head = gap.strip_prefix(' ').unwrap_or(gap);
        let inner = head.strip_suffix(' ').unwrap_or(head);
        let c = inner.chars().count();
        let lone_point = lone_point(gap);
        // A spaced quote ends a height ("5'6\" 5'7\""), a tight one sits inside a number.
        (1..=8).contains(&c)
            && mark_runs(inner) <= 3
            && (!lone_point || single)
            // A plus between single digits is a separator like the others ("9+7+2+5+9…"):
            // no sum has seven terms of one digit; before a group it is a country code.
            && (marks_only(inner, inner.len() == gap.len()) || (single && inner == "+"))
    };
    // Two groups: only marks no ordinary number is written with ("084185@@71633",
    // "0712;491366", "06\"12664143"), or a doubled mark; a time, a decimal, a date or a range
    // ("10:30", "1.500", "12/05", "9-5") keeps its plain single mark.
    let odd_mark = |gap: &str| {
        let c = gap.chars().count();
        marks_only(gap, true)
            && mark_runs(gap) <= 2
            && (1..=4).contains(&c)
            && (c >= 2
                || gap.chars().all(|m| {
                    matches!(
                        m,
                        '@' | ';' | '!' | '"' | '~' | '*' | '^' | '=' | '_' | '\'' | '\u{2019}'
                    )
                }))
    };
    // A plain space between single digits of a run whose other gaps are marks of two kinds
    // or more, in at least two gaps of three ("3'2 0•7*6•7-1'7•9.9": the writer varies the
    // separator, a space among them). Heights ("5'6 5'7 5'8 5'9") use one mark only.
    let doubled = |gap: &str| {
        let mut cs = gap.chars();
        let first = cs.next();
        gap.chars().count() >= 2 && first.is_some_and(|f| cs.all(|c| c == f)) && odd_mark(gap)
    };
    let spaces_only = |gap: &str| (1..=2).contains(&gap.len()) && gap.bytes().all(|b| b == b' ');
    // The run from group `a`: its last group, digits, whether a lone point links it, whether a
    // plain space does (with marks of two kinds or more), and whether the scan is also the run
    // without plain spaces (it crossed none and did not give up).
    let run = |a: usize, with_spaces: bool| {
        let (mut k, mut digits, mut points, mut spaces) = (a, groups[a].len(), false, 0);
        let mut marks: Vec<char> = Vec::new();
        while k + 1 < n && groups[k].len() <= 4 && groups[k + 1].len() <= 4 {
            let gap = &t[groups[k].e..groups[k + 1].s];
            let single = groups[k].len() == 1 && groups[k + 1].len() == 1;
            if with_spaces && single && spaces_only(gap) {
                spaces += 1;
            } else if !(tight(gap, single)
                // Spaced marks only between single digits, or a doubled mark: "20 - 30 - 40",
                // "8:00-22:00 ~ 400" are lists and ranges, "52 :: 23 :: 72" a number.
                && (!gap.contains(' ') || single || doubled(gap.trim_matches(' '))))
            {
                break;
            }
            for c in gap.chars().filter(|&c| c != ' ') {
                if !marks.contains(&c) {
                    marks.push(c);
                }
            }
            points |= lone_point(gap);
            k += 1;
            digits += groups[k].len();
            if with_spaces && digits > 15 {
                // Too long for a number: no spaced run here (and no reading on and on
                // through a text of spaced digits).
                return (k, digits, points, false, false);
            }
        }
        // Marks in most gaps: spaced digits then a rating ("… trois neuf 4.9/5") are not one.
        let spaced = spaces > 0 && marks.len() >= 2 && 3 * spaces <= k - a;
        (k, digits, points, spaced, spaces == 0)
    };
    let mut k = 0;
    while k < n {
        let a = k;
        let (mut end, mut digits, mut points, mut spaced, plain) = run(a, true);
        if (!spaced || digits < 9) && !plain {
            (end, digits, points, spaced, _) = run(a, false);
        }
        k = end;
        // Five groups or more of seven digits or more; four of eight or more; three of nine or
        // more ("226@@735@@7396": no time, score or ratio has that many digits). A run with a
        // plain space in it needs nine.
        let least = if points || spaced { 9 } else { 7 };
        if (k - a >= 4 && (least..=15).contains(&digits))
            || (k - a == 3 && (least.max(8)..=15).contains(&digits))
            || (k - a == 2 && (9..=15).contains(&digits))
        {
            for f in &mut forced[a..k] {
                *f = true;
            }
            if digits >= 9 {
                for l in &mut long[a..=k] {
                    *l = true;
                }
            }
        }
        k += 1;
    }
    for k in 0..n.saturating_sub(1) {
        let (a, b) = (groups[k].len(), groups[k + 1].len());
        if !forced[k]
            && a <= 8
            && b <= 8
            && (9..=15).contains(&(a + b))
            && odd_mark(&t[groups[k].e..groups[k + 1].s])
        {
            forced[k] = true;
            long[k] = true;
            long[k + 1] = true;
        }
    }
    (forced, long)
}

/// Whether the group after gap `k` starts a new sentence: the gap ends one (". ") and the group
/// is followed by a capitalised word ("... five zero. 20095 Hamburg"): a postcode, a year or a
/// count, not the rest of the number.
fn new_sentence(t: &str, groups: &[Group], k: usize) -> bool {
    let gap = &t[groups[k].e..groups[k + 1].s];
    if !(gap.starts_with('.') && gap.ends_with(' ')) {
        return false;
    }
    let rest = &t[groups[k + 1].e..];
    let Some(word) = rest.strip_prefix(' ') else {
        return false;
    };
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
}

/// Whether the gap after group `k` is a clause mark of Chinese or Japanese writing: the
/// ideographic comma or full stop ("、", "。"), or the full-width comma ("，", which the fold
/// makes ',') after digits written in ASCII. Such writing puts no space after its marks, so
/// "13800138000，24小时营业" is a number, then the hours; only full-width digits take the
/// full-width comma between thousands ("１，０００円").
fn clause_mark(raw: &str, view: &Normalized, t: &str, groups: &[Group], k: usize) -> bool {
    let gap = &t[groups[k].e..groups[k + 1].s];
    // Most gaps are a space or a dash: neither a comma nor a mark led by 0xE3 (the
    // ideographic comma and full stop).
    if !gap.bytes().any(|b| b == b',' || b == 0xE3) {
        return false;
    }
    if gap.contains(['、', '。']) {
        return true;
    }
    if !gap.contains(',') {
        return false;
    }
    let (s, e) = view.to_original(groups[k].e, groups[k + 1].s);
    if !raw.get(s..e).is_some_and(|g| g.contains('，')) {
        return false;
    }
    let (s, e) = view.to_original(groups[k].s, groups[k].e);
    raw.get(s..e).is_some_and(str::is_ascii)
}

fn digit_groups(t: &str) -> Vec<Group> {
    let b = t.as_bytes();
    let mut groups = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            groups.push(Group {
                s,
                e: i,
                excluded: i - s > MAX_DIGITS,
            });
        } else {
            i += 1;
        }
    }
    groups
}

/// The katakana prolonged sound mark, full or half width (`ー`, `ｰ`).
fn is_prolonged_sound_mark(c: char) -> bool {
    matches!(c, '\u{30FC}' | '\u{FF70}')
}

/// Gap between two groups that may sit inside one written number.
///
/// Separators are counted as runs: a run of one repeated mark ("-----", ".....", "🌹🌹") is one
/// separator however long, so "713-----555-----0123" and "713--🌹--555" link like "713-555".
/// What bounds a gap is the number of distinct runs (at most three: "..🌹..", " * 🌹 * ") and
/// of spaces, and its total width.
fn linkable(gap: &str) -> bool {
    let (mut chars, mut spaces, mut runs, mut lines) = (0, 0, 0, 0);
    let mut prev_mark = None;
    for c in gap.chars() {
        chars += 1;
        if chars > MAX_GAP_CHARS {
            return false;
        }
        // A number wrapped onto the next line ("07464\n990211") links across one line break
        // with nothing but spaces around it; reading across it costs like a sentence break.
        if c == '\n' {
            lines += 1;
            if lines > 1 {
                return false;
            }
            continue;
        }
        if c == '\r' {
            continue;
        }
        if c.is_whitespace() {
            spaces += 1;
            prev_mark = None;
            continue;
        }
        // The katakana prolonged sound mark is the dash a Japanese keyboard types between
        // digits ("090ー1234ー5678"); it lengthens a vowel only after kana, never after a
        // digit.
        if plainsight_text::is_alphanumeric(c) && !is_prolonged_sound_mark(c) {
            return false;
        }
        match c {
            ':' | ';' | '+' | '=' | '%' | '@' | '&' | '<' | '>' | '"' | '\'' | '’' | '‘' | '”'
            | '“' | '#' | '$' | '€' | '£' | '¥' | '₦' | '₹' | '!' | '?' | '°' | '×' | '²' | '³'
            | '½' => return false,
            // Emoji presentation selectors and joiners ride on the mark before them.
            '\u{FE0F}' | '\u{200D}' => {}
            _ if prev_mark == Some(c) => {}
            _ => {
                runs += 1;
                prev_mark = Some(c);
            }
        }
    }
    spaces <= 6 && runs <= 3 && (lines == 0 || runs == 0 || hyphenated(gap))
}

/// A gap with a space and an emoji or dingbat in it (" 💋 "): how ads start a new line.
fn spaced_pictograph(gap: &str) -> bool {
    gap.contains(' ') && gap.chars().any(plainsight_text::is_pictograph)
}

/// A gap of one empty line and nothing else: two line breaks, spaces around them.
fn blank_line(gap: &str) -> bool {
    gap.len() <= MAX_GAP_CHARS
        && gap.bytes().filter(|&b| b == b'\n').count() == 2
        && gap
            .bytes()
            .all(|b| matches!(b, b'\n' | b'\r' | b' ' | b'\t'))
}

/// A gap that ends a line with a hyphen and nothing else ("+964 743-\n429 8448"): the number
/// was broken where the line ended, as a word is.
fn hyphenated(gap: &str) -> bool {
    let Some((end, next)) = gap.split_once('\n') else {
        return false;
    };
    end.trim_matches([' ', '\r']) == "-" && next.trim_matches([' ', '\r']).is_empty()
}

/// A gap between two items an ad lists apart: a line break, or a space with a bar, a bullet, a
/// tilde or a pictograph ("0412 345 678 | 10-23", "… 678 💋 🌸 10-23", "786-555-0197 ~ 5543
/// Cedar Pkwy"). The digits on each side are whole runs of their own where only a number's
/// format can place them; a number disguised by such gaps ("713 🌹 555 🌹 0123", "713 ~ 555 ~
/// 0123") is still read whole, as the best reading.
fn item_break(gap: &str) -> bool {
    gap.contains('\n') || (gap.contains(' ') && gap.chars().any(item_mark))
}

/// A mark that sets an ad's items apart, a space beside it: a bar, a bullet, a dot, a tilde or
/// an emoji.
fn item_mark(c: char) -> bool {
    matches!(c, '|' | '•' | '·' | '~') || plainsight_text::is_pictograph(c)
}

/// A gap that closes a bracketed area code at the end of a line ("Ligue (11)\n92224-2043",
/// "8 (986)\n804-37-48"): the number was wrapped after its area code, as after a hyphen. The
/// group before the gap is the bracket's whole content, five digits at most; the next line
/// starts with the rest.
fn bracket_wrapped(t: &str, before: &Group, gap: &str) -> bool {
    let Some((end, next)) = gap.split_once('\n') else {
        return false;
    };
    end.trim_end_matches([' ', '\r']) == ")"
        && next.trim_matches([' ', '\r']).is_empty()
        && before.e - before.s <= 5
        && t[..before.s].ends_with('(')
}

/// The longest prefix of `s` of at most `n` bytes that ends on a char boundary. Windows of the
/// view are measured in bytes, and the view keeps multi-byte characters (emoji, letters), so a
/// plain `&s[..n]` could cut one in half.
fn head_bytes(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The longest suffix of `s` of at most `n` bytes that starts on a char boundary.
fn tail_bytes(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// The text right before byte `s`, skipping at most one space.
fn before(t: &str, s: usize) -> &str {
    let head = &t[..s];
    head.strip_suffix(' ').unwrap_or(head)
}

/// The text right after byte `e`, skipping at most one space or one of `/`, `-`.
fn after(t: &str, e: usize) -> &str {
    let tail = &t[e..];
    tail.strip_prefix([' ', '/', '-']).unwrap_or(tail)
}

/// The word (letters) at the end of `head`, lower case.
fn last_word(head: &str) -> String {
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| plainsight_text::is_alphabetic(*c))
        .last()
        .map_or(head.len(), |(i, _)| i);
    head[start..].to_lowercase()
}

/// The word (letters) at the start of `tail`, lower case.
fn first_word(tail: &str) -> String {
    let end = tail
        .char_indices()
        .find(|(_, c)| !plainsight_text::is_alphabetic(*c))
        .map_or(tail.len(), |(i, _)| i);
    tail[..end].to_lowercase()
}

/// Whether the single group `groups[a]` (`a == z`) ends a number written in groups rather than
/// standing as a quantity. Scraped ads lose their line breaks, so the next phrase's unit or
/// currency word abuts the number: "0309 7215307 Hours 9am", "071-415-3661 USD 140", "0917
/// 123 4567 years of experience". It does when the group has four digits or more and follows
/// groups on the same line, joined by plain spaces, dashes, underscores, stars or tildes
/// ("619_555_0169 donations", "813**555**0197 $$"), that are too short to be a
/// number alone (three to eight digits: "0427 902 609 400/hr" and "… 609\n400/hr" keep their
/// price), the whole begins with a trunk `0` or holds a group of four digits or more, and it is
/// not shaped like thousands (a head of one to three digits, then groups of three: "1 500 000
/// pesos", "150 200 300 USD"). A whole national number in one piece with its trunk `0` (eight
/// digits or more, "0714153661 USD 140") does too: no amount starts with 0.
fn ends_grouped_number(t: &str, groups: &[Group], a: usize, z: usize) -> bool {
    if a != z {
        return false;
    }
    let starts_with_trunk = |g: &Group| t.as_bytes()[g.s] == b'0';
    if groups[a].len() >= 8 && starts_with_trunk(&groups[a]) {
        return true;
    }
    let plain = |k: usize| {
        let gap = &t[groups[k].e..groups[k + 1].s];
        (1..=3).contains(&gap.chars().count())
            && gap
                .chars()
                .all(|c| matches!(c, ' ' | '\u{a0}' | '-' | '_' | '*' | '~'))
    };
    // The last digit of a number written a digit at a time ("7 0 2 5 5 5 0 1 7 7 Donations"):
    // seven single digits or more, one gap between each.
    if groups[a].len() == 1 {
        let mut lo = a;
        while lo > 0 && groups[lo - 1].len() == 1 && plain(lo - 1) {
            lo -= 1;
        }
        return a + 1 - lo >= 7 && spaced_digits(t, &groups[lo..=a]);
    }
    if groups[a].len() < 4 {
        return false;
    }
    let mut lo = a;
    while lo > 0 && plain(lo - 1) {
        lo -= 1;
    }
    // Another number before it on the line ends at its last group of four digits or more
    // ("cell - 512-555-0182<br>512-555-0177 $$"): the groups after that one are this number's.
    if let Some(k) = (lo..a.saturating_sub(1))
        .rev()
        .find(|&k| groups[k].len() >= 4)
    {
        lo = k + 1;
    }
    let run = &groups[lo..=a];
    let before: usize = run[..run.len() - 1].iter().map(|g| g.len()).sum();
    (3..=8).contains(&before)
        && (starts_with_trunk(&run[0]) || run.iter().any(|g| g.len() >= 4))
        && !thousands_shaped(run)
}

/// Whether the tight expression `groups[a..=z]` is a number written as one rather than an
/// amount, so that a unit or a currency after it belongs to the next phrase: it ends a number
/// written in groups ([`ends_grouped_number`]); it is three groups or more joined by dots or
/// commas and shaped neither like thousands nor like lakhs ("813.555.0197<br>$$ half hour
/// 300"); or it is one run of nine digits or more that does not end in "000" ("Call/Text -
/// 4105550136<br>$$ 150qv": amounts that long are round, "150000000 VND").
fn written_as_number(t: &str, groups: &[Group], a: usize, z: usize) -> bool {
    let expr = &groups[a..=z];
    ends_grouped_number(t, groups, a, z)
        || (expr.len() >= 3 && !thousands_shaped(expr) && !lakh_shaped(expr))
        || (a == z && expr[0].len() >= 9 && !t[expr[0].s..expr[0].e].ends_with("000"))
}

/// Groups shaped like an amount in thousands: a head of one to three digits, then groups of
/// three ("1,500,000", "1.500.000", "1 500 000").
fn thousands_shaped(groups: &[Group]) -> bool {
    groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)
}

/// Groups shaped like an amount in South Asian grouping, lakhs and crores: a head of one or two
/// digits, groups of two, then a last group of three ("1,80,000", "12,50,000", "1,25,00,000").
fn lakh_shaped(groups: &[Group]) -> bool {
    let Some((last, middle)) = groups[1..].split_last() else {
        return false;
    };
    groups[0].len() <= 2
        && !middle.is_empty()
        && middle.iter().all(|g| g.len() == 2)
        && last.len() == 3
}

/// Whether `tail` (the text after a number) starts with a unit of that number ("150 roses",
/// "22 yo", "2 girls 300$"). A unit word that is itself followed by a colon or by a long number
/// (four digits or more: a year, a date, a count) is the label of what follows ("... 0123 views:
/// 1,234", "... 0123 year 2024", "... 88 pics 2024/03/15"), not a unit of what precedes.
fn unit_after(tail: &str) -> bool {
    let w = first_word(tail);
    // Chinese and Japanese write a count's unit glued to the next words ("24時間営業": 24
    // hours, open): the unit starts the run of letters.
    if w.starts_with(plainsight_text::is_unspaced_script) {
        return CJK_UNITS.iter().any(|u| w.starts_with(u));
    }
    if !is_unit_word(&w) {
        return false;
    }
    let rest = &tail[w.len()..];
    let labels_next = rest.starts_with(':')
        || rest
            .strip_prefix(' ')
            .is_some_and(|r| r.bytes().take_while(u8::is_ascii_digit).count() >= 4);
    !labels_next
}

fn is_currency_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₦'
            | '₹'
            | '₱'
            | '₽'
            | '₩'
            | '₺'
            | '₫'
            | '฿'
            | '₴'
            | '₵'
            | '¢'
            | '₪'
            | '﷼'
    )
}

fn is_currency_word(w: &str) -> bool {
    matches!(
        w,
        "usd"
            | "us"
            | "eur"
            | "gbp"
            | "rs"
            | "inr"
            | "ksh"
            | "kes"
            | "ngn"
            | "ghs"
            | "mxn"
            | "brl"
            | "php"
            | "thb"
            | "rub"
            | "aed"
            | "sar"
            | "etb"
            | "cad"
            | "aud"
            | "chf"
            | "r"
            | "n"
            | "price"
            | "precio"
            | "prix"
            | "preço"
            | "preco"
            | "rate"
            | "rates"
            | "tarif"
            | "tarifa"
            | "fee"
            | "cost"
            | "only"
            | "pay"
            | "deposit"
            | "donation"
            | "just"
    )
}

/// Units of a count in Chinese and Japanese, written right after its digits: hours, o'clock,
/// minutes, years of age, yen and yuan, ten thousands, people, times, floors (`24時間`,
/// `22歳`, `5000円`, `3万`).
const CJK_UNITS: &[&str] = &[
    "時間", "時", "分", "歳", "才", "円", "元", "万", "萬", "人", "名", "回", "階", "岁", "块",
    "小时",
];

fn is_unit_word(w: &str) -> bool {
    matches!(
        w,
        "hr" | "hrs"
            | "hour"
            | "hours"
            | "h"
            | "hh"
            | "min"
            | "mins"
            | "minute"
            | "minutes"
            | "lb"
            | "lbs"
            | "kg"
            | "kgs"
            | "kilos"
            | "g"
            | "cm"
            | "mm"
            | "m"
            | "km"
            | "ft"
            | "in"
            | "inch"
            | "inches"
            | "yo"
            | "y"
            | "yrs"
            | "years"
            | "year"
            | "ans"
            | "años"
            | "anos"
            | "usd"
            | "eur"
            | "gbp"
            | "dollars"
            | "dollar"
            | "bucks"
            | "roses"
            | "rose"
            | "rs"
            | "k"
            | "pm"
            | "am"
            | "gb"
            | "mb"
            | "mg"
            | "ml"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "pesos"
            | "euros"
            | "reais"
            | "naira"
            | "cedis"
            | "shillings"
            | "birr"
            | "rupees"
            | "baht"
            | "rubles"
            | "dirhams"
            | "riyals"
            | "donation"
            | "donations"
            | "qv"
            | "hhr"
            | "hh/hr"
            | "mph"
            | "kmh"
            | "sqft"
            | "bed"
            | "beds"
            | "bd"
            | "ba"
            | "pics"
            | "photos"
            | "views"
            | "likes"
            | "followers"
            | "reviews"
            | "people"
            | "guys"
            | "girls"
            | "minutos"
            | "horas"
            | "hora"
            | "heures"
            | "heure"
            | "dólares"
            | "dolares"
            | "ngn"
            | "kes"
            | "inr"
            | "mxn"
            | "brl"
            | "php"
            | "thb"
            | "rub"
            | "aed"
            | "sar"
            | "etb"
            | "days"
            | "weeks"
            | "months"
            | "times"
    )
}

/// A postal-code word before `chain` makes it a reference when its digits could be a postal
/// code, and says nothing otherwise; any other cue is kept.
fn postal_or_not(cue: Cue, chain: &[Group]) -> Cue {
    if cue != Cue::Postal {
        return cue;
    }
    let digits: usize = chain.iter().map(Group::len).sum();
    if digits > MAX_POSTAL_DIGITS {
        Cue::Neutral
    } else {
        Cue::Reference
    }
}

/// Words that introduce a postal code ([`Cue::Postal`]).
fn is_postal_word(w: &str) -> bool {
    matches!(w, "zip" | "zipcode" | "postal" | "postcode" | "cp" | "cep")
}

/// Words after which a number is a reference, not a phone.
fn is_reference_word(w: &str) -> bool {
    matches!(
        w,
        "ad" | "ads"
            // Addresses: "suite 305, 1200 Main St", "room 1204", "Ste 250" (the postal
            // abbreviation of suite).
            | "suite"
            | "ste"
            | "room"
            | "apt"
            | "apartment"
            | "flat"
            | "floor"
            | "id"
            | "ref"
            | "reference"
            | "order"
            | "ord"
            | "inv"
            | "ticket"
            | "invoice"
            | "tracking"
            | "track"
            | "awb"
            | "sku"
            | "isbn"
            | "iban"
            | "account"
            | "acct"
            | "acc"
            // Bank accounts and references in the ads' other languages ("Versement au compte
            // 4270 5101 0305", "Depósito a la cuenta 549-82532321-7", "Référence 2025/5518").
            | "compte"
            | "cuenta"
            | "conta"
            | "conto"
            | "konto"
            | "rekening"
            | "référence"
            | "referenz"
            | "flight"
            | "confirmation"
            | "conf"
            | "serial"
            | "po"
            | "receipt"
            | "transaction"
            | "txn"
            | "pedido"
            | "referencia"
            | "referência"
            | "factura"
            | "fatura"
            | "commande"
            | "facture"
            | "réf"
            | "bilhete"
            | "anuncio"
            | "anúncio"
            | "annonce"
            | "código"
            | "codigo"
            | "code"
            | "pin"
            | "otp"
            | "license"
            | "licence"
            | "passport"
            // A QQ account's number ("QQ: 2847561932"), not a phone.
            | "qq"
            // Identity and travel documents and licences in the languages of the ads
            // ("Pasaporte N° 78270725", "Licencia No. …"; a visa with its number label, see
            // `cue_before`).
            | "pasaporte"
            | "passeport"
            | "passaporte"
            | "passaporto"
            | "reisepass"
            | "paspoort"
            | "paszport"
            | "pasaport"
            | "паспорт"
            | "جواز"
            | "licencia"
            | "licença"
            | "licenza"
            | "lizenz"
            | "лицензия"
            | "رخصة"
            | "ترخيص"
            // Arabic references, orders, invoices, shipments and accounts ("مرجع 2024/5623",
            // "طلب رقم 8169784437").
            | "مرجع"
            | "المرجع"
            | "طلب"
            | "الطلب"
            | "فاتورة"
            | "الفاتورة"
            | "شحنة"
            | "الشحنة"
            | "حساب"
            | "الحساب"
            | "vin"
            | "imei"
            | "ssn"
            | "nif"
            | "nie"
            | "cpf"
            | "cnpj"
            | "rfc"
            | "curp"
            | "bvn"
            | "nin"
            | "tin"
            | "ein"
            // Business, tax and identity numbers by their acronyms: Australia's ABN and ACN,
            // VAT and GST numbers, Argentina's CUIT, Chile's RUT and RUC, Spain's DNI and CIF,
            // Bangladesh's and Egypt's NID, France's SIRET and SIREN, Indonesia's NPWP.
            | "abn"
            | "acn"
            | "vat"
            | "gst"
            | "cuit"
            | "cuil"
            | "rut"
            | "ruc"
            | "dni"
            | "cif"
            | "nid"
            | "siret"
            | "siren"
            | "npwp"
            | "uid"
            | "listing"
            | "shipment"
            // Orders, invoices, parcels and tracking in German, Italian, Dutch, and the
            // parcel and tracking words of es, pt, fr.
            | "bestellnummer"
            | "bestellung"
            | "auftragsnummer"
            | "rechnung"
            | "rechnungsnummer"
            | "kundennummer"
            | "sendungsnummer"
            | "paket"
            | "ordine"
            | "fattura"
            | "riferimento"
            | "spedizione"
            | "pacco"
            | "bestelling"
            | "bestelnummer"
            | "factuur"
            | "pakket"
            | "paquete"
            | "envío"
            | "envio"
            | "seguimiento"
            | "encomenda"
            | "rastreio"
            | "colis"
            | "suivi"
            | "parcel"
            | "waybill"
            | "container"
            | "isin"
            | "swift"
            | "bic"
            | "routing"
            | "aba"
            | "lat"
            | "lon"
            | "lng"
            | "latitude"
            | "longitude"
            | "gps"
            | "version"
            | "docket"
            | "permit"
            | "registration"
            | "reg"
            | "batch"
            | "voucher"
            | "coupon"
            | "promo"
            | "ip"
            | "expediente"
            | "dossier"
            | "size"
            | "sizes"
            | "taille"
            | "talla"
            // Parcels, orders and ads in Russian ("Трек-номер SPX…", "Номер заказа …",
            // "Объявление № …") and Indonesian and Malay ("No. resi …"). Not the words an ad
            // takes orders by phone with ("Заказ: 8 950 …", "Pesanan 0812 …").
            | "трек"
            | "заказа"
            | "посылка"
            | "посылки"
            | "накладная"
            | "накладной"
            | "отслеживания"
            | "объявление"
            | "объявления"
            | "resi"
    )
}

fn is_phone_word(w: &str) -> bool {
    matches!(
        w,
        "call"
            | "text"
            | "txt"
            | "sms"
            | "tel"
            | "tél"
            | "telf"
            | "tlf"
            | "telefono"
            | "teléfono"
            | "telefone"
            | "téléphone"
            | "telephone"
            | "phone"
            | "ph"
            | "cell"
            | "cel"
            | "celular"
            | "mobile"
            | "mob"
            | "móvil"
            | "movil"
            | "portable"
            | "whatsapp"
            | "wa"
            | "watsapp"
            | "whats"
            | "wsp"
            | "wasap"
            | "guasap"
            | "whatsap"
            | "watsap"
            | "wapp"
            | "zap"
            | "zapzap"
            | "viber"
            | "telegram"
            | "signal"
            | "contact"
            | "contacto"
            // "Citas al 931…": appointments are made by phone.
            | "citas"
            | "contato"
            | "llama"
            | "llámame"
            | "llamame"
            | "llamar"
            | "ligue"
            | "liga"
            | "appelle"
            | "appelez"
            | "appeler"
            | "hotline"
            | "dial"
            | "imo"
            | "me"
            | "fone"
            | "handy"
            | "number"
            | "num"
            | "numero"
            | "número"
            | "numéro"
            | "booking"
            | "bookings"
            | "appointment"
            | "appointments"
            | "appt"
            | "reservations"
            | "inquiries"
            | "nummer"
            | "line"
            | "wechat"
            | "botim"
            | "tg"
            // The same cues in the other languages ads are written in (ru/uk, ar, fa, ur, tr,
            // id/ms, sw, tl, vi, th, hi, bn, pl, ro, de, it).
            | "тел"
            | "телефон"
            | "звоните"
            | "звони"
            | "звонки"
            | "звонить"
            | "пишите"
            // "Interested? Write: 07970 481058": a message to the number (en, fr, es, pt,
            // de, ar; "пишите" above).
            | "write"
            | "écrivez"
            | "ecrivez"
            | "écris"
            | "escribe"
            | "escríbenos"
            | "escribenos"
            | "escríbeme"
            | "escribeme"
            | "escreva"
            | "escreve"
            | "schreib"
            | "schreiben"
            | "راسلينا"
            | "راسلنا"
            | "راسلني"
            | "تواصلي"
            // A job ad's "Apply: 07915 374692", "Postulez : 06 …", "Candidate-se: (11) …".
            | "apply"
            | "fale"
            | "contactez"
            | "postulez"
            | "postula"
            | "candidate"
            | "candidatez"
            | "bewerben"
            | "контакт"
            | "контакты"
            | "связь"
            | "дзвоніть"
            | "ватсап"
            | "вацап"
            | "вотсап"
            | "вайбер"
            | "телеграм"
            | "моб"
            | "номер"
            | "واتساب"
            | "واتس"
            | "واتسب"
            | "اتصل"
            | "اتصال"
            | "للاتصال"
            | "للتواصل"
            | "تواصل"
            | "هاتف"
            | "جوال"
            | "موبايل"
            | "تلفون"
            | "رقم"
            | "تماس"
            | "تلفن"
            | "شماره"
            | "فون"
            | "رابطہ"
            | "telefon"
            | "arayın"
            | "arayin"
            | "iletişim"
            | "iletisim"
            | "numara"
            | "hubungi"
            | "telp"
            | "hp"
            | "nomor"
            | "nombor"
            | "piga"
            | "simu"
            | "tawag"
            | "tumawag"
            | "sđt"
            | "zalo"
            | "gọi"
            | "thoại"
            | "โทร"
            | "फोन"
            | "कॉल"
            | "संपर्क"
            | "ফোন"
            | "কল"
            | "dzwoń"
            | "zadzwoń"
            | "kontakt"
            | "sună"
            | "suna"
            | "anrufen"
            | "anruf"
            | "anrufe"
            | "ruf"
            | "rufen"
            | "bel"
            | "bellen"
            | "nipigie"
            | "chiama"
            | "chiamami"
            | "chiamare"
            | "chiamate"
            | "cellulare"
            // Phone, contact and the messaging apps whose ids are numbers, as Thai, Japanese,
            // Chinese and Korean ads write them: "ไลน์", "เบอร์" (number), "ติดต่อ" (contact),
            // "ライン", "電話"/"电话", "手機"/"手机", "라인", "카톡", "전화", "연락처".
            | "kakao"
            | "kakaotalk"
            | "\u{E44}\u{E25}\u{E19}\u{E4C}"
            | "\u{E40}\u{E1A}\u{E2D}\u{E23}\u{E4C}"
            | "\u{E15}\u{E34}\u{E14}\u{E15}\u{E48}\u{E2D}"
            | "\u{30E9}\u{30A4}\u{30F3}"
            | "\u{96FB}\u{8A71}"
            | "\u{7535}\u{8BDD}"
            | "\u{624B}\u{6A5F}"
            | "\u{624B}\u{673A}"
            | "\u{B77C}\u{C778}"
            | "\u{CE74}\u{D1A1}"
            | "\u{C804}\u{D654}"
            | "\u{C5F0}\u{B77D}\u{CC98}"
    )
}

/// Phone words that say little alone: "number", "line", "me" (what the number is of may come
/// before them: "ad number", "ref no", "رقم الطلب").
fn is_weak_phone_word(w: &str) -> bool {
    matches!(
        w,
        "me" | "number"
            | "num"
            | "numero"
            | "número"
            | "line"
            | "номер"
            | "رقم"
            | "شماره"
            | "numara"
            | "nomor"
            | "nombor"
    )
}

/// Messaging apps whose account id is often the owner's phone number (LINE in Thailand and
/// Japan, Viber in the Philippines, Zalo in Vietnam, KakaoTalk in Korea), in Latin letters and
/// as Thai, Japanese and Korean ads write them.
fn is_messaging_word(w: &str) -> bool {
    matches!(
        w,
        "line"
            | "viber"
            | "whatsapp"
            | "wa"
            | "wechat"
            | "telegram"
            | "tg"
            | "zalo"
            | "kakao"
            | "kakaotalk"
            | "signal"
            | "imo"
            | "botim"
            | "skype"
            | "\u{E44}\u{E25}\u{E19}\u{E4C}"
            | "\u{30E9}\u{30A4}\u{30F3}"
            | "\u{B77C}\u{C778}"
            | "\u{CE74}\u{D1A1}"
    )
}

/// Telegram's names ("tg"; "飞机", the plane of its logo, in Chinese), whose numeric "ID" is
/// an account's number, not a phone's.
fn is_telegram_word(w: &str) -> bool {
    matches!(
        w,
        "telegram"
            | "tg"
            | "телеграм"
            | "телеграмм"
            | "телеграмме"
            | "飞机"
            | "纸飞机"
            | "电报"
            | "電報"
    )
}

/// Filler words skipped when looking for a keyword before a number.
fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "no" | "nr"
            | "nro"
            | "nº"
            | "n"
            | "my"
            | "at"
            | "on"
            | "is"
            | "de"
            | "du"
            | "da"
            | "do"
            | "the"
            | "a"
            | "our"
            | "your"
            | "mi"
            | "mon"
            | "meu"
            | "minha"
            | "el"
            | "la"
            | "le"
            | "or"
            | "and"
            | "to"
            | "us"
            | "now"
            | "please"
            | "pls"
            | "plz"
            | "anytime"
            | "here"
            | "babe"
            | "baby"
            | "hun"
            | "only"
            | "o"
            | "ou"
            | "au"
            | "al"
            | "me"
            // "ruf mich an", "appelle-moi", "bel mij", "sună-mă": the object and particle of
            // "call me" in the other languages.
            | "an"
            | "mich"
            | "moi"
            | "mij"
            | "mă"
            | "ma"
            // "with us", "to us", "write to me" ("Contactez-nous :", "Fale conosco:",
            // "Candidate-se:", "تواصلي معنا:", "Ruf uns an").
            | "nous"
            | "nos"
            | "uns"
            | "conosco"
            | "comigo"
            | "se"
            | "معنا"
            | "لنا"
            // A department or line named between the word and the number ("WhatsApp HR:",
            // "WhatsApp RRHH:", "Tél. RH :", "WhatsApp Business:", "Call direct:").
            | "hr"
            | "rrhh"
            | "rh"
            | "business"
            | "direct"
    )
}

/// The last `n` words (maximal alphanumeric runs) of `s`, last first, with their byte offsets.
/// Combining marks that are part of a word though not letters: Thai tone marks and the
/// thanthakhat ("ไลน์", "ติดต่อ"), Devanagari's and Bengali's virama ("संपर्क"), Arabic
/// vowel marks, Latin combining accents.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F
            | 0x064B..=0x065F
            | 0x0670
            | 0x0900..=0x0903
            | 0x093A..=0x094F
            | 0x0981..=0x0983
            | 0x09BC..=0x09CD
            | 0x0E31
            | 0x0E34..=0x0E3A
            | 0x0E47..=0x0E4E
            | 0x0EB1
            | 0x0EB4..=0x0EBC
            | 0x0EC8..=0x0ECD
    )
}

/// What a run of letters of a script that puts no spaces between words says of the number
/// after it, by how it ends: a phone ("联系电话", "电话/微信同号", "手機號碼", "電話番号",
/// "意者請電", "ติดต่อโทร"), a reference ("订单号", "编号", "卡号", "护照号码": an order, a listing, a
/// card, a document), or nothing.
fn unspaced_cue(w: &str) -> Cue {
    const REFERENCE: &[&str] = &[
        "订单号",
        "訂單號",
        "订单",
        "訂單",
        "编号",
        "編號",
        "单号",
        "單號",
        "卡号",
        "卡號",
        "账号",
        "帳號",
        "账户",
        "帳戶",
        "护照",
        "護照",
        "身份证",
        "身分證",
        "房号",
        "房號",
        "工号",
        "工號",
        "邮编",
        "郵編",
        "郵遞區號",
        "注文番号",
        "会員番号",
        "郵便番号",
        "飞机id",
        "电报id",
        "電報id",
        "qq",
        // QQ, the penguin of its logo.
        "企鹅",
    ];
    const PHONE: &[&str] = &[
        "电话",
        "電話",
        "手机",
        "手機",
        "同号",
        "同號",
        "致电",
        "致電",
        "热线",
        "熱線",
        "联系",
        "聯繫",
        "联络",
        "聯絡",
        "連絡",
        "連絡先",
        "微信",
        "來電",
        "来电",
        "請電",
        "请电",
        "電洽",
        "电洽",
        "請洽",
        "请洽",
        // Telegram, the plane of its logo, whose account is a phone number.
        "飞机",
        "โทร",
        "ติดต่อ",
        "เบอร์",
        "ไลน์",
    ];
    // A number's label ("号码", "號碼", "番号", "号") after what the number is of.
    let head = ["号码", "號碼", "番号", "号", "號"]
        .iter()
        .find_map(|l| w.strip_suffix(l))
        .unwrap_or(w);
    // Looked at whole first: "护照号码" is a passport's, though "号码" follows.
    if REFERENCE
        .iter()
        .any(|e| w.ends_with(e) || head.ends_with(e))
    {
        Cue::Reference
    } else if PHONE.iter().any(|e| w.ends_with(e) || head.ends_with(e)) {
        Cue::Phone
    } else {
        Cue::Neutral
    }
}

fn last_words(s: &str, n: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(n);
    let mut end = s.len();
    for (i, c) in s.char_indices().rev() {
        if plainsight_text::is_alphanumeric(c) || is_combining_mark(c) {
            continue;
        }
        let start = i + c.len_utf8();
        if start < end {
            out.push((start, &s[start..end]));
            if out.len() == n {
                return out;
            }
        }
        end = i;
    }
    if end > 0 {
        out.push((0, &s[..end]));
    }
    out
}

/// Reads the words before byte `s` (within [`KEYWORD_WINDOW`]): the nearest reference or phone
/// keyword, skipping filler words and punctuation; another number in between ends the search.
fn cue_before(t: &str, s: usize) -> Cue {
    // A telephone symbol right before the number ("📞 221772441456", "☎️: 0803…") is a cue as a
    // word is.
    let window = tail_bytes(&t[..s], KEYWORD_WINDOW);
    // The symbol may stand before the number's own '+' or parenthesis ("📞 +27 …", "📞 (011) …").
    if window
        .trim_end_matches([' ', ':', '-', '\u{FE0F}', '\u{200D}', '\t', '+', '('])
        .ends_with(['☎', '📞', '📱', '📲', '✆'])
    {
        return Cue::Phone;
    }
    // A number written with its international '+' is no room, order or account number: a
    // reference word before it is not about it.
    let international = plus_before(t, s).is_some();
    // "a/c 976 7986 4217", "A/C no.": an account.
    let head = window.trim_end_matches([' ', '.', ':', '#', '\t']);
    let head = head
        .strip_suffix("no")
        .or_else(|| head.strip_suffix("No"))
        .map_or(head, |h| h.trim_end_matches([' ', '.']));
    if !international
        && (head.ends_with("a/c") || head.ends_with("A/C"))
        && !head[..head.len() - 3].ends_with(|c: char| c.is_alphanumeric())
    {
        return Cue::Reference;
    }
    let mut cue = Cue::Neutral;
    // Words are read back to the start of the line and no further for references: "tiled
    // floor.\n📞 …" ends one statement and starts another. (A phone word on the line above
    // still cues: "WhatsApp:\n0803 …".)
    let line_start = window.rfind('\n').map_or(0, |n| n + 1);
    let words = last_words(window, 4);
    // A code of letters and digits just before the digits ("parcel 1Z N07 358 16 8406") is
    // the start of the same code: looked past for a reference word, and no phone word before
    // it cues this number.
    let mut after_code = false;
    for (k, &(at, w)) in words.iter().enumerate() {
        // A name glued to the number ("Звонки Милана8913…", "Тел. Nastya8 (947) …") is no
        // cue either way: the words before it are read.
        let glued_name =
            k == 0 && at + w.len() == window.len() && w.chars().all(plainsight_text::is_alphabetic);
        if w.bytes().any(|c| c.is_ascii_digit()) {
            let code = w.bytes().any(|c| c.is_ascii_alphabetic())
                && w.bytes().all(|c| c.is_ascii_alphanumeric())
                && cue == Cue::Neutral;
            if !code {
                return cue;
            }
            after_code = true;
            continue;
        }
        // Chinese, Japanese and Thai glue a cue to the words before it ("联系电话",
        // "微信同号", "ติดต่อโทร", "订单号", "QQ号", "飞机ID"): the run of letters ends with it.
        if !after_code && !w.is_ascii() && w.chars().any(plainsight_text::is_unspaced_script) {
            match unspaced_cue(&w.to_lowercase()) {
                Cue::Phone => return Cue::Phone,
                Cue::Reference if international || at < line_start => return cue,
                Cue::Reference => return Cue::Reference,
                _ => {}
            }
        }
        let w = w.to_lowercase();
        // Tagalog's polite "po" after a particle or a verb ("text lang po", "tawag po",
        // "pm na po") is no purchase order or post office box.
        let polite = w == "po"
            && words.get(k + 1).is_some_and(|&(_, before)| {
                matches!(
                    before.to_lowercase().as_str(),
                    "lang"
                        | "lamang"
                        | "na"
                        | "text"
                        | "txt"
                        | "tawag"
                        | "call"
                        | "pm"
                        | "message"
                        | "msg"
                        | "contact"
                        | "dito"
                        | "ito"
                        | "lng"
                )
            });
        // "ID LINE 081 912 8237", "LINE ID: 0617.770.660", "Viber ID": a messaging account's
        // id, which is often the number itself, not an identity or order number. Telegram's
        // is not: its "ID" is the account's own number ("Telegram ID: 5552655988", "TG ID"),
        // which no phone dials.
        let beside = |j: Option<&(usize, &str)>, of: fn(&str) -> bool| {
            j.is_some_and(|&(_, x)| of(&x.to_lowercase()))
        };
        let is_id = |x: &str| x.eq_ignore_ascii_case("id");
        if w == "id" || is_telegram_word(&w) {
            let near = |of: fn(&str) -> bool| {
                beside(words.get(k + 1), of) || (k > 0 && beside(words.get(k - 1), of))
            };
            // ("ID в Телеграм", "ID on Telegram": a preposition between; not "ID verified.
            // Telegram 0412 …", where the ID is another's.)
            let on_line = |j: usize| words.get(j).filter(|&&(x_at, _)| x_at >= line_start);
            let telegram_id = if w == "id" {
                near(is_telegram_word)
            } else {
                on_line(k + 1).is_some_and(|&(_, x)| is_id(x))
                    || (on_line(k + 1).is_some_and(|&(_, x)| {
                        x.chars().count() <= 3 && x.chars().all(char::is_alphabetic)
                    }) && on_line(k + 2).is_some_and(|&(_, x)| is_id(x)))
            };
            if telegram_id {
                return if international || at < line_start {
                    cue
                } else {
                    Cue::Reference
                };
            }
            if w == "id" && near(is_messaging_word) {
                return Cue::Phone;
            }
        }
        let postal = is_postal_word(&w);
        // A visa is a reference with its number label right after it ("Visa No. 9593423510",
        // "visa number 123…"); alone it is what recruiters offer ("free flight and visa!
        // Number: 010-…").
        let visa = matches!(w.as_str(), "visa" | "visado" | "виза" | "تأشيرة")
            && k > 0
            && words.get(k - 1).is_some_and(|&(next_at, next)| {
                window[at + words[k].1.len()..next_at].trim().is_empty()
                    && matches!(
                        next.to_lowercase().as_str(),
                        "no" | "n"
                            | "nº"
                            | "nr"
                            | "num"
                            | "number"
                            | "numero"
                            | "número"
                            | "numéro"
                            | "رقم"
                            | "номер"
                    )
            });
        // The ad itself, named after a phone word and a preposition ("Number in ad:", "phone
        // from her ad", "número del anuncio"): a review quoting the number the ad gave, not an
        // ad's id.
        let the_ads_number = matches!(w.as_str(), "ad" | "ads" | "anuncio" | "anúncio" | "annonce")
            && words.get(k + 1).is_some_and(|&(_, x)| {
                matches!(
                    x.to_lowercase().as_str(),
                    "in" | "from"
                        | "on"
                        | "of"
                        | "del"
                        | "en"
                        | "no"
                        | "do"
                        | "dans"
                        | "de"
                        | "her"
                        | "his"
                        | "their"
                        | "the"
                )
            })
            && words[k + 1..]
                .iter()
                .take(3)
                .any(|&(_, x)| is_phone_word(&x.to_lowercase()));
        if (postal || visa || is_reference_word(&w)) && !polite && !the_ads_number {
            if international || at < line_start {
                return cue;
            }
            return if postal { Cue::Postal } else { Cue::Reference };
        }
        if after_code {
            return cue;
        }
        if is_phone_word(&w) {
            cue = Cue::Phone;
            // "me", "number", "line" are weak: keep looking for "ad number", "ref no".
            if !is_weak_phone_word(&w) {
                return cue;
            }
        } else if !is_filler(&w) && !glued_name {
            return cue;
        }
    }
    cue
}

/// Marks groups that are not part of a phone number.
fn mark_decoys(
    t: &str,
    groups: &mut [Group],
    forced: &[bool],
    long_run: &[bool],
    clauses: &[bool],
) {
    let b = t.as_bytes();
    let n = groups.len();
    let gap = |groups: &[Group], k: usize| -> &str { &t[groups[k].e..groups[k + 1].s] };
    // Where the word (maximal alphanumeric run) each group sits in starts: after the last
    // char before the group that is not alphanumeric, looked for backwards from the group to
    // the group before it (whose digits are alphanumeric too: none there, the word is the
    // previous group's). Each gap is read once at most, and most only for a char or two.
    let mut word_starts = Vec::with_capacity(n);
    let (mut prev_end, mut word_start) = (0, 0);
    for g in groups.iter() {
        if let Some((i, c)) = t[prev_end..g.s]
            .char_indices()
            .rev()
            .find(|&(_, c)| !plainsight_text::is_alphanumeric(c))
        {
            word_start = prev_end + i + c.len_utf8();
        }
        prev_end = g.e;
        word_starts.push(word_start);
    }

    for k in 0..n {
        let g = groups[k];
        let prev = t[..g.s].chars().next_back();
        let next = t[g.e..].chars().next();
        // Glued inside a word on both sides ("abc123456xyz"), or a URL/query parameter value.
        // A name glued to a whole number ("Jasmine09053665414baby") is not a code: seven
        // digits or more between lower-case letters are left to the reading.
        let named = g.len() >= 7
            && prev.is_some_and(char::is_lowercase)
            && next.is_some_and(char::is_lowercase);
        // In a script that puts no spaces between words (Chinese characters, kana, Thai),
        // digits beside its letters are glued to nothing ("電話0629531805まで").
        if prev.is_some_and(plainsight_text::is_alphabetic)
            && next.is_some_and(plainsight_text::is_alphabetic)
            && !named
            && !prev.is_some_and(plainsight_text::is_unspaced_script)
            && !next.is_some_and(plainsight_text::is_unspaced_script)
        {
            groups[k].excluded = true;
        }
        // An ordinal ("2nd: 369…", "3rd", "4th", "1st", "2º", "3ª"): the digits of a short group
        // glued to an ordinal suffix and then no letter are a count, not a number's digits.
        if g.len() <= 2 {
            let rest = &t[g.e..];
            let suffix = ["st", "nd", "rd", "th", "º", "ª"].iter().find(|s| {
                rest.get(..s.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(s))
            });
            if let Some(sfx) = suffix {
                if !rest[sfx.len()..].starts_with(plainsight_text::is_alphanumeric) {
                    groups[k].excluded = true;
                }
            }
        }
        // The tail of a code that starts with a digit and runs on in letters ("Tracking:
        // 1ZXJNXVN0486680903"): a name glued to a number starts with its letters.
        if prev.is_some_and(|c| c.is_ascii_uppercase())
            && t[word_starts[k]..g.s].starts_with(|c: char| c.is_ascii_digit())
        {
            groups[k].excluded = true;
        }
        // A query parameter's value ("id=12345"): a name before the '='. Between digits an
        // '=' is a separator like another ("+2=5=4=1=…").
        if prev == Some('=')
            && t[..g.s - 1]
                .chars()
                .next_back()
                .is_some_and(|c| plainsight_text::is_alphabetic(c) || c == '_')
            && !is_phone_word(&last_word(&t[..g.s - 1]))
        {
            groups[k].excluded = true;
        }
        // Bust sizes: a band size glued to a cup ("36DD-26-38", "34C"), not a number's digits.
        let cup = t[g.e..]
            .bytes()
            .take_while(|c| matches!(c.to_ascii_uppercase(), b'A'..=b'H'))
            .count();
        if g.len() == 2
            && (1..=4).contains(&cup)
            && !t[g.e + cup..].starts_with(plainsight_text::is_alphanumeric)
        {
            groups[k].excluded = true;
        }
        // Heights in feet and inches: 5'6", 5’ 11".
        let feet = matches!(next, Some('\'' | '’'))
            && g.len() == 1
            && t[g.e..]
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit() || c == ' ');
        let inches = matches!(prev, Some('\'' | '’' | ' ')) && next == Some('"') && g.len() <= 2;
        if (feet || inches) && !long_run[k] {
            groups[k].excluded = true;
        }
        // hh:mm, mm:ss: two digits after the colon, neither side past 59. Digits that are
        // no clock ("50:72•60:78", a Kuwaiti number in pairs) or one digit after the colon
        // ("7;1:3;3:1;7:0;9": separators alternating between digits) are left to the reading.
        if next == Some(':') && g.len() <= 2 && !long_run[k] {
            let value = |x: &Group| t[x.s..x.e].parse::<u32>().unwrap_or(u32::MAX);
            match (k + 1 < n && groups[k + 1].s == g.e + 1).then(|| groups[k + 1]) {
                Some(after) if after.len() == 2 => {
                    if value(&g) <= 59 && value(&after) <= 59 {
                        groups[k].excluded = true;
                        groups[k + 1].excluded = true;
                    }
                }
                Some(after) if after.len() == 1 => {}
                // A doubled colon inside a run written with a mark between every pair
                // ("97::63::10::18": eight digits, a Singaporean number) is no clock's.
                _ if forced[k] => {}
                _ => groups[k].excluded = true,
            }
        }
    }

    // Alphanumeric codes (parcel tracking "1Z 999 AA1 01 2345 6784", "RM 6811 3751 0GB"): a
    // short group glued to one to three capital letters that stand as their own piece ("1Z",
    // "AA1", "0GB") makes the whole space-separated run of groups around it a code.
    // (Groups of a run already marked are the same run: skipped, so a long run is walked once.)
    let mut marked_until = None;
    for k in 0..n {
        let g = groups[k];
        if g.len() > 3 || marked_until.is_some_and(|h| k <= h) {
            continue;
        }
        let caps_before = t[..g.s]
            .chars()
            .rev()
            .take_while(char::is_ascii_uppercase)
            .count();
        let caps_after = t[g.e..]
            .chars()
            .take_while(char::is_ascii_uppercase)
            .count();
        // The piece stands between spaces (or the text's ends).
        let bounded_before = caps_before > 0
            && t[..g.s - caps_before]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace);
        let bounded_after = caps_after > 0
            && t[g.e + caps_after..]
                .chars()
                .next()
                .is_none_or(|c| c.is_whitespace() || c == '.' || c == ',');
        // A bust size ("36DD") is a measurement, handled below.
        let cup = g.len() == 2
            && caps_after <= 4
            && t[g.e..g.e + caps_after]
                .bytes()
                .all(|c| (b'A'..=b'H').contains(&c));
        // Capitals that spell a word for a phone glued before the digits are its cue
        // ("WA055-649-4906", "TEL0173957836"), not a code's letters.
        let phone_word_before = (1..=3).contains(&caps_before)
            && is_phone_word(&t[g.s - caps_before..g.s].to_ascii_lowercase());
        let code = !cup
            && (((1..=3).contains(&caps_before) && bounded_before && !phone_word_before)
                || ((1..=3).contains(&caps_after) && bounded_after));
        if !code {
            continue;
        }
        let joined = |x: usize| {
            let gap = &t[groups[x].e..groups[x + 1].s];
            gap.len() <= 5
                && gap.starts_with(' ')
                && gap.chars().all(|c| c == ' ' || c.is_ascii_uppercase())
        };
        let (mut lo, mut hi) = (k, k);
        while lo > 0 && joined(lo - 1) {
            lo -= 1;
        }
        while hi + 1 < n && joined(hi) {
            hi += 1;
        }
        for x in &mut groups[lo..=hi] {
            x.excluded = true;
        }
        marked_until = Some(hi);
    }

    // Ranges of round amounts ("1500 - 3000", "200–400"): two groups of three to five digits,
    // both ending in "00", joined by a dash and nothing else linked to them.
    let round = |g: Group| (3..=5).contains(&g.len()) && t[g.s..g.e].ends_with("00");
    for k in 0..n.saturating_sub(1) {
        let (x, y) = (groups[k], groups[k + 1]);
        let dash = gap(groups, k).trim_matches(' ');
        let alone_before = k == 0 || !linkable(gap(groups, k - 1));
        let alone_after = k + 2 >= n || !linkable(gap(groups, k + 1));
        if round(x)
            && round(y)
            && matches!(dash, "-" | "–" | "—" | "~")
            && alone_before
            && alone_after
        {
            groups[k].excluded = true;
            groups[k + 1].excluded = true;
        }
    }

    // Tight expressions: groups joined by one '.' or ',' (not a clause mark:
    // "13800138000，24小时" is a number, then the hours).
    let mut k = 0;
    while k < n {
        let a = k;
        let (mut commas, mut dots) = (0, 0);
        while k + 1 < n && matches!(gap(groups, k), "." | ",") && clauses.get(k) != Some(&true) {
            if gap(groups, k) == "," {
                commas += 1;
            } else {
                dots += 1;
            }
            k += 1;
        }
        let z = k;
        k += 1;
        let expr = &groups[a..=z];
        let mut decoy = false;
        // Currency before, or unit after.
        let head = before(t, expr[0].s);
        let head_word = last_word(head);
        // "only", "just", "rate"... name a price before a short amount; before a number of
        // seven digits or more ("txt only 0903 042 1967") they are ordinary words.
        let weak_word = matches!(
            head_word.as_str(),
            "only"
                | "just"
                | "pay"
                | "deposit"
                | "donation"
                | "rate"
                | "rates"
                | "fee"
                | "cost"
                | "price"
                | "precio"
                | "prix"
                | "preço"
                | "preco"
                | "tarif"
                | "tarifa"
        );
        let mut expr_digits = groups[a].len();
        let mut x = a;
        // A run with a separator between every digit or pair links across marks such as
        // "::" or "!" ("txt only 713~66::one3!10|zero" is one number, not a price of 713).
        while x + 1 < n
            && x < a + 8
            && (linkable(gap(groups, x)) || forced[x])
            && clauses.get(x) != Some(&true)
        {
            expr_digits += groups[x + 1].len();
            x += 1;
        }
        // A currency sign before a number written as one closes the rates before it, their
        // line break lost ("$$ 250/hh 300/hr $$<br>9165550132"): nine digits or more in one
        // run not ending in "000", or in groups shaped neither like thousands nor like lakhs
        // whose last does not end in "00" ("$ 150 200 300", "$ 2000 4000 6000" are prices).
        let run_is_number = || {
            let run = &groups[a..=x];
            let last = run[run.len() - 1];
            (9..=15).contains(&expr_digits)
                && if run.len() == 1 {
                    !t[last.s..last.e].ends_with("000")
                } else {
                    !thousands_shaped(run)
                        && !lakh_shaped(run)
                        && !t[last.s..last.e].ends_with("00")
                }
        };
        if (head.ends_with(is_currency_symbol) && !run_is_number())
            || (is_currency_word(&head_word) && !(weak_word && expr_digits >= 7))
        {
            decoy = true;
        }
        let tail = after(t, expr[z - a].e);
        // A symbol after the number marks it ("200€", "90%") unless another amount follows it
        // ("... 0123 $150/hh"), or the symbol is a currency's and the number one written in
        // groups: the rates line after it, its break lost ("SMS: (813) 555-0197<br>$$ half hour
        // 300", "813-555-0197 $$$ specials"), as for a currency word.
        let symbol = tail.chars().next();
        let symbol_after = symbol.is_some_and(|c| {
            matches!(c, '%' | '€' | '$' | '£' | '°' | '×' | '²' | '³')
                && !(is_currency_symbol(c) && written_as_number(t, groups, a, z))
        }) && !tail.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
        if symbol_after || (unit_after(tail) && !written_as_number(t, groups, a, z)) {
            decoy = true;
        }
        // A number written in groups, then a comma and a count glued to it ("0412 345
        // 678,24 hours", "713-555-0123,24hrs"): the comma ends the number, and only the count
        // is the unit's. (Eight digits or more before the comma, not shaped like thousands:
        // "1 500 000,00 EUR" stays an amount.)
        let count_after_comma = commas == 1 && dots == 0 && z == a + 1 && groups[z].len() <= 2 && {
            let plain = |k: usize| {
                let gap = &t[groups[k].e..groups[k + 1].s];
                (1..=3).contains(&gap.chars().count())
                    && gap
                        .chars()
                        .all(|c| matches!(c, ' ' | '\u{a0}' | '-' | ')' | '('))
            };
            let mut lo = a;
            while lo > 0 && a - lo < 5 && plain(lo - 1) {
                lo -= 1;
            }
            let digits: usize = groups[lo..=a].iter().map(Group::len).sum();
            lo < a && (8..=15).contains(&digits) && !thousands_shaped(&groups[lo..=a])
        };
        // Amounts: "1,500.00", "1.500,00"; thousands: "1,500,000".
        if commas > 0 && dots > 0 {
            decoy = true;
        }
        if commas >= 2 && dots == 0 && (thousands_shaped(expr) || lakh_shaped(expr)) {
            decoy = true;
        }
        // Thousands with dots ("1.500.000" rupiah): a short head and groups of three ending in
        // "000" (dotted numbers are common, "612.345.678"; round ones are amounts).
        if dots >= 2
            && commas == 0
            && thousands_shaped(expr)
            && b[expr[0].s] != b'0'
            && &t[expr[z - a].s..expr[z - a].e] == "000"
        {
            decoy = true;
        }
        // Decimals with long fractions: coordinates, measurements ("29.76043").
        // (A leading zero is a trunk prefix, not a decimal: "018.1234567".)
        let decimal_head = expr[0].len() <= 3 && (expr[0].len() == 1 || b[expr[0].s] != b'0');
        // A fraction of five digits or more is a coordinate's, so its whole part is at most 180
        // ("320.4685611" is a Colombian mobile written 3+7, not a degree).
        let degrees = decimal_head
            && t[expr[0].s..expr[0].e]
                .parse::<u16>()
                .is_ok_and(|v| v <= 180);
        if expr.len() == 2 && expr[1].len() >= 5 && degrees {
            decoy = true;
        }
        if expr.len() == 2 && expr[1].len() >= 4 && decimal_head {
            // "29.7604, -95.3698": two such decimals side by side are coordinates.
            let near_decimal = |from: usize| -> bool {
                let rest = head_bytes(&t[from..], 8);
                let rest = rest.trim_start_matches([',', ' ', '-', '°', 'N', 'S', 'E', 'W']);
                let d = rest.bytes().take_while(u8::is_ascii_digit).count();
                (1..=3).contains(&d)
                    && rest.as_bytes().get(d) == Some(&b'.')
                    && rest.as_bytes().get(d + 1).is_some_and(u8::is_ascii_digit)
            };
            let prev_decimal = {
                let h = t[..expr[0].s].trim_end_matches([',', ' ', '-']);
                let hb = h.as_bytes();
                let d = hb.iter().rev().take_while(|c| c.is_ascii_digit()).count();
                d >= 4 && hb.len() > d && hb[hb.len() - d - 1] == b'.'
            };
            if near_decimal(expr[1].e) || prev_decimal || t[expr[1].e..].starts_with('°') {
                decoy = true;
            }
        }
        if decoy {
            let from = if count_after_comma { z } else { a };
            for g in &mut groups[from..=z] {
                g.excluded = true;
            }
        }
    }

    // Private IPv4 addresses, the ones ads name (routers, cameras, printers: "Fritzbox
    // 192.168.178.1", "printer on 10.0.0.25"): exactly four groups joined by single points,
    // each 0–255 without a leading zero, not all of two digits, in the ranges of RFC 1918,
    // loopback or link-local. Numbers written with points are zero-led ("06.12.34.56"), in
    // pairs ("65.48.98.79", eight digits in West Africa) or elsewhere ("79.123.45.67").
    for k in 0..n.saturating_sub(3) {
        let quad = &groups[k..k + 4];
        let dotted = (k..k + 3).all(|x| gap(groups, x) == ".") && quad.iter().any(|g| g.len() != 2);
        let alone =
            (k == 0 || gap(groups, k - 1) != ".") && (k + 4 >= n || gap(groups, k + 3) != ".");
        let mut octets = [0u16; 4];
        let valid = quad.iter().zip(&mut octets).all(|(g, o)| {
            let d = &t[g.s..g.e];
            *o = d.parse::<u16>().unwrap_or(u16::MAX);
            d.len() <= 3 && (d == "0" || !d.starts_with('0')) && *o <= 255
        });
        let private = match octets {
            [10 | 127, ..] => true,
            [172, b, ..] => (16..=31).contains(&b),
            [192, 168, ..] | [169, 254, ..] => true,
            _ => false,
        };
        if dotted && alone && valid && private && plus_before(t, quad[0].s).is_none() {
            for g in &mut groups[k..k + 4] {
                g.excluded = true;
            }
        }
    }

    // Amounts with cents in a list ("10.50/12.50/15.00", "9.99, 14.99, 19.99"): a group of one
    // to three digits, a point, two digits, then a slash, comma or bar, twice or more in a row.
    // A number written with points puts them between all its groups ("06.12.34.56.78"); one
    // with dashes between them may look like amounts ("12.1 - 23.71 - 23.45" is a number in
    // libphonenumber's matcher cases) and is left to the reading.
    let amount_at = |groups: &[Group], k: usize| -> bool {
        k + 1 < n
            && (1..=3).contains(&groups[k].len())
            && gap(groups, k) == "."
            && groups[k + 1].len() == 2
            && (k + 2 >= n || {
                let next = gap(groups, k + 1).trim();
                matches!(next, "/" | "," | "|")
            })
    };
    let mut k = 0;
    while k < n {
        let mut z = k;
        while amount_at(groups, z) {
            z += 2;
        }
        if z - k >= 4 {
            for g in &mut groups[k..z] {
                g.excluded = true;
            }
            k = z;
        } else {
            k += 1;
        }
    }

    // Three groups joined by the same mark ('-', '/', '.', "--🌹--"): dates, body measurements.
    for k in 0..n.saturating_sub(2) {
        let (g1, g2) = (gap(groups, k), gap(groups, k + 1));
        // The same mark however written: "-", "/", ".", "--🌹--", "....." (not plain spaces).
        let marked = g1.chars().any(|c| !c.is_whitespace());
        if g1 != g2 || !marked {
            continue;
        }
        // Not part of a longer run with the same separator ("06.12.34.56.78").
        let continued_before = k > 0 && gap(groups, k - 1) == g1;
        let continued_after = k + 3 < n && gap(groups, k + 2) == g1;
        // After "+CC " it is a number ("+687 20.12.34").
        let after_plus =
            k > 0 && plus_before(t, groups[k - 1].s).is_some() && linkable(gap(groups, k - 1));
        // Inside a run of nine digits or more written a digit or two at a time there is no
        // date or measurement ("6/1.5 / 28/9-6.8.8\\4").
        if continued_before || continued_after || after_plus || long_run[k + 1] {
            continue;
        }
        let v = |g: &Group| t[g.s..g.e].parse::<u32>().unwrap_or(u32::MAX);
        let (x, y, z) = (&groups[k], &groups[k + 1], &groups[k + 2]);
        let (lx, ly, lz) = (x.len(), y.len(), z.len());
        let (vx, vy, vz) = (v(x), v(y), v(z));
        let year4 = |v: u32| (1900..=2099).contains(&v);
        let iso = lx == 4
            && year4(vx)
            && ly <= 2
            && lz <= 2
            && (1..=12).contains(&vy)
            && (1..=31).contains(&vz);
        let dmy = lx <= 2
            && ly <= 2
            && (lz == 2 || (lz == 4 && year4(vz)))
            && (1..=31).contains(&vx)
            && (1..=31).contains(&vy)
            && (vx <= 12 || vy <= 12);
        // Bust, waist and hips in inches ("34-24-36"), or in centimetres with the waist the
        // smallest ("92-65-95", "85-62-88").
        let measurements = g1 != "."
            && lx == 2
            && ly == 2
            && lz == 2
            && ([vx, vy, vz].iter().all(|v| (20..=60).contains(v))
                || (matches!(g1.trim(), "-" | "/")
                    && [vx, vy, vz].iter().all(|v| (50..=130).contains(v))
                    && vy < vx
                    && vy < vz));
        if iso || dmy || measurements {
            for g in &mut groups[k..k + 3] {
                g.excluded = true;
            }
        }
    }

    // The value of a group (a number no group of digits reaches when it does not parse).
    let v = |g: &Group| t[g.s..g.e].parse::<u32>().unwrap_or(u32::MAX);
    for k in 0..n.saturating_sub(1) {
        // A day and month on their own ("05/12", "here 05/12 - 09/12", "31.01"): two groups of
        // one or two digits joined by a slash (two each by a dot), a valid day and month either
        // way round, not inside a longer run of the same mark ("06/12/34/56/78").
        if long_run[k] && long_run[k + 1] {
            continue;
        }
        let g = gap(groups, k);
        let (la, lb) = (groups[k].len(), groups[k + 1].len());
        // With a dot, both written with two digits ("12.1" is a decimal).
        if (g == "/" && la <= 2 && lb <= 2 || g == "." && la == 2 && lb == 2)
            && !(k > 0 && gap(groups, k - 1) == g)
            && !(k + 2 < n && gap(groups, k + 1) == g)
            && !(k > 0 && plus_before(t, groups[k - 1].s).is_some())
        {
            let (x, y) = (v(&groups[k]), v(&groups[k + 1]));
            let day_month = (1..=31).contains(&x) && (1..=12).contains(&y);
            let month_day = (1..=12).contains(&x) && (1..=31).contains(&y);
            if day_month || month_day {
                groups[k].excluded = true;
                groups[k + 1].excluded = true;
            }
        }
        // Ratings "10/10", "9/10", "5/5", "95/100": a score out of a round maximum; not the
        // last digits of a longer run of the same mark ("6/5/9/7/4/9/2/5", a Malian number a
        // digit at a time).
        if gap(groups, k) == "/" && !(k > 0 && gap(groups, k - 1) == "/") {
            let (x, y) = (v(&groups[k]), v(&groups[k + 1]));
            let ends = t[groups[k + 1].e..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_ascii_digit() && c != '/');
            if matches!(y, 5 | 10 | 100) && x <= y && ends {
                groups[k].excluded = true;
                groups[k + 1].excluded = true;
            }
            // A decimal score: "4.9/5", "9.5/10".
            if k > 0 && gap(groups, k - 1) == "." && groups[k].len() <= 2 {
                let whole = v(&groups[k - 1]);
                if matches!(y, 5 | 10 | 100) && whole < y && groups[k - 1].len() <= 2 && ends {
                    for g in &mut groups[k - 1..=k + 1] {
                        g.excluded = true;
                    }
                }
            }
        }
        // Ranges with a unit: "10-15 min", "2 - 3 hours", "100–150 roses".
        if matches!(gap(groups, k), "-" | "–" | " - " | " – ")
            && groups[k].len() <= 3
            && groups[k + 1].len() <= 3
            && unit_after(after(t, groups[k + 1].e))
        {
            groups[k].excluded = true;
            groups[k + 1].excluded = true;
        }
        // Year ranges "1979-2011".
        let g = gap(groups, k);
        let year = |gr: &Group| gr.len() == 4 && matches!(&t[gr.s..gr.s + 2], "19" | "20");
        if matches!(g, "-" | "–" | "/" | " - " | " – ") && year(&groups[k]) && year(&groups[k + 1])
        {
            groups[k].excluded = true;
            groups[k + 1].excluded = true;
        }
    }

    // Lists: four or more same-length groups (2-3 digits) in arithmetic progression with a small
    // or round step ("sizes 34 36 38 40 42", "100 150 200 250"); phones do not step so evenly.
    let mut k = 0;
    while k + 3 < n {
        let value = |g: &Group| t[g.s..g.e].parse::<i64>().unwrap_or(0);
        let len = groups[k].len();
        let step = value(&groups[k + 1]) - value(&groups[k]);
        let mut z = k;
        // Small or round steps only: "12 34 56 78" (step 22) is how example numbers look.
        let list_step = step != 0 && (step.abs() <= 10 || step % 25 == 0);
        while z + 1 < n
            && (2..=3).contains(&len)
            && list_step
            && groups[z + 1].len() == len
            && value(&groups[z + 1]) - value(&groups[z]) == step
            && gap(groups, z).len() <= 3
        {
            z += 1;
        }
        if z - k >= 3 {
            for g in &mut groups[k..=z] {
                g.excluded = true;
            }
            k = z + 1;
        } else {
            k += 1;
        }
    }

    // Card-like: four or more 4-digit groups in a row with single separators, or 13-19 digits
    // in 4-digit groups that pass Luhn (ISO/IEC 7812).
    let mut k = 0;
    while k < n {
        let a = k;
        while k + 1 < n
            && groups[k].len() == 4
            && groups[k + 1].len() <= 4
            && matches!(gap(groups, k), " " | "-" | ".")
        {
            k += 1;
        }
        let run = &groups[a..=k];
        let fours = run.iter().filter(|g| g.len() == 4).count();
        if fours >= 4 || (run.len() >= 3 && fours >= 3 && luhn(t, run)) {
            for g in &mut groups[a..=k] {
                g.excluded = true;
            }
        }
        k += 1;
    }
    // A single long group that passes Luhn is a card or an account number, unless written with
    // a `+` or the international prefix `00`: one E.164 number in ten passes Luhn by chance
    // ("+8613123452106", "00573230890432"), and no card number or IMEI begins with 00. Nor
    // when it is a valid number with its country code and no `+` ("Apply now: 2348089158340",
    // as Nigerian, Ghanaian and Kenyan ads write them): cards run to 15 digits and more
    // (sixteen for most) and E.164 to 15 at most, and no 13-to-15-digit card or IMEI prefix
    // is a country code followed by a number of that country's length.
    for g in groups.iter_mut() {
        if g.len() >= 13
            && luhn(t, std::slice::from_ref(g))
            && plus_before(t, g.s).is_none()
            && !t[g.s..g.e].starts_with("00")
            && (g.len() > 15 || valid(&format!("+{}", &t[g.s..g.e]), None).is_none())
        {
            g.excluded = true;
        }
    }

    // IBAN (ISO 13616): country code, check digits, then 4-char blocks.
    static IBAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?-u:\b)[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,8}(?:[ -]?[A-Z0-9]{1,3})?(?-u:\b)",
        )
        .expect("IBAN pattern compiles")
    });
    // Cheap pre-filter: two capitals then two digits somewhere.
    let maybe_iban = b.windows(4).any(|w| {
        w[0].is_ascii_uppercase()
            && w[1].is_ascii_uppercase()
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
    });
    if maybe_iban {
        // A match can run on into the next IBAN ("ES91 ... 1332 IBAN GB82 WEST" takes "IBAN",
        // "GB82" and "WEST" as blocks), so the search resumes at the last IBAN head inside a
        // match rather than after it.
        let head = |p: usize| {
            b.get(p..p + 4).is_some_and(|w| {
                w[0].is_ascii_uppercase()
                    && w[1].is_ascii_uppercase()
                    && w[2].is_ascii_digit()
                    && w[3].is_ascii_digit()
            })
        };
        let mut at = 0;
        while let Some(m) = IBAN.find_at(t, at) {
            // An IBAN starts with its country's code: "WA081234567890" is WhatsApp's cue glued
            // to an Indonesian mobile, not an account.
            let country = &t[m.start()..m.start() + 2];
            if IBAN_COUNTRIES.binary_search(&country).is_ok() {
                for g in groups.iter_mut() {
                    if g.s >= m.start() && g.e <= m.end() {
                        g.excluded = true;
                    }
                }
            }
            at = (m.start() + 5..m.end())
                .rev()
                .find(|&p| matches!(b[p - 1], b' ' | b'-') && head(p))
                .unwrap_or(m.end());
        }
    }
}

/// The countries whose bank accounts are written as IBANs (ISO 13616's registry, and the
/// countries whose banks use the same form unregistered: much of francophone Africa, Iran,
/// Morocco, Algeria), sorted.
const IBAN_COUNTRIES: &[&str] = &[
    "AD", "AE", "AL", "AO", "AT", "AZ", "BA", "BE", "BF", "BG", "BH", "BI", "BJ", "BR", "BY", "CF",
    "CG", "CH", "CI", "CM", "CR", "CV", "CY", "CZ", "DE", "DJ", "DK", "DO", "DZ", "EE", "EG", "ES",
    "FI", "FK", "FO", "FR", "GA", "GB", "GE", "GI", "GL", "GQ", "GR", "GT", "GW", "HN", "HR", "HU",
    "IE", "IL", "IQ", "IR", "IS", "IT", "JO", "KM", "KW", "KZ", "LB", "LC", "LI", "LT", "LU", "LV",
    "LY", "MA", "MC", "MD", "ME", "MG", "MK", "ML", "MN", "MR", "MT", "MU", "MZ", "NE", "NI", "NL",
    "NO", "OM", "PK", "PL", "PS", "PT", "QA", "RO", "RS", "RU", "SA", "SC", "SD", "SE", "SI", "SK",
    "SM", "SN", "SO", "ST", "SV", "TD", "TG", "TL", "TN", "TR", "UA", "VA", "VG", "XK", "YE",
];

/// Luhn checksum over the digits of `groups`, 13 to 19 digits.
fn luhn(t: &str, groups: &[Group]) -> bool {
    let digits: Vec<u32> = groups
        .iter()
        .flat_map(|g| t[g.s..g.e].bytes().map(|c| u32::from(c - b'0')))
        .collect();
    if !(13..=19).contains(&digits.len()) {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Where a `+` written before the group at `s` is (allowing "+ 44", "(+44)", "+(44)"), if the
/// `+` is not glued to a digit before it ("650+253").
fn plus_before(t: &str, s: usize) -> Option<usize> {
    let head = &t[..s];
    let head_trim = head.trim_end_matches([' ', '(']);
    let p = head_trim.strip_suffix('+')?;
    if p.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(p.len())
}

/// Reads the digits of groups `i..=j`; the first valid reading by the rules in the module docs.
fn read_run(
    t: &str,
    chain: &[Group],
    i: usize,
    j: usize,
    plan: &Plan,
    cue: Cue,
) -> Option<(Outcome, Option<usize>)> {
    let mut digits = String::with_capacity(MAX_DIGITS + 1);
    for g in &chain[i..=j] {
        digits.push_str(&t[g.s..g.e]);
    }
    let first = &t[chain[i].s..chain[i].e];
    let cc = |r: Reading| Outcome::Number(r, RegionSource::CallingCode);
    if let Some(p) = plus_before(t, chain[i].s) {
        digits.insert(0, '+');
        if let Some(r) = valid(&digits, None) {
            return Some((cc(r), Some(p)));
        }
        // Mexico dropped the mobile "1" after +52 in 2019; ads still write "+52 1 55 ...".
        let rest = digits.strip_prefix("+521")?;
        return valid(&format!("+52{rest}"), None).map(|r| (cc(r), Some(p)));
    }
    for idd in ["00", "011"] {
        if let Some(rest) = digits.strip_prefix(idd) {
            if rest.len() >= MIN_BARE_CC_DIGITS - 1 && !rest.starts_with('0') {
                if let Some(r) = valid(&format!("+{rest}"), None) {
                    return Some((cc(r), None));
                }
            }
        }
    }
    // Country codes of the regions where the digits read as a national number without its
    // prefix.
    let mut prefix_missing: Vec<i32> = Vec::new();
    if digits.len() >= MIN_NATIONAL_DIGITS {
        // The number alone places it only when it is the whole chain (not digits picked out of
        // a longer run) and a mobile: ads give mobiles, and short fixed-line plans of many
        // countries would otherwise read any run of digits.
        // Items an ad lists apart ("0412 345 678 🌸 10-23", "… | age 23", a line each) are
        // runs of their own.
        // Looked at only where it matters (most chains are read at a level before).
        // A spaced slash lists numbers too ("011 261 1683 / 059 659 5016"): each item is a run
        // of its own. A run across one is whole only as the whole chain ("0171 / 123 45 67"),
        // not as two items of a list ("Rates: 1500 / 3000 / 6000").
        let breaks = |a: usize| item_break(&t[chain[a].e..chain[a + 1].s]);
        let whole_cell = std::cell::OnceCell::new();
        let whole_chain = || {
            *whole_cell.get_or_init(|| {
                let across = (i..j).any(|a| spaced_slash(t, chain, a));
                let edge = |a: usize| breaks(a) || (!across && spaced_slash(t, chain, a));
                (i == 0 || edge(i - 1)) && (j + 1 == chain.len() || edge(j))
            })
        };
        // Regions already read at an earlier level gave nothing there and give nothing again
        // (the same post often names its country by its location, its text and its URL).
        let mut tried: Vec<Region> = Vec::new();
        for (level, (regions, source)) in plan.levels.iter().enumerate() {
            let speaking = plan.script_level == Some(level);
            // The countries of a shared script are many: only a number given as a phone
            // ("WhatsApp", "Тел.", "جوال"), not a listing or registry number beside it, and
            // the whole run of digits, not part of a longer one ("0033 6 39 98 40 76").
            if speaking && (cue != Cue::Phone || !whole_chain()) {
                continue;
            }
            let mobiles_only =
                plan.hint_level == Some(level) || level < plan.wallet_levels || speaking;
            let by_format = *source == RegionSource::Format;
            if by_format && !whole_chain() {
                continue;
            }
            // The number alone, unbroken and without its trunk prefix ("2943490909"), is as
            // likely an order, listing or ID number: only after a phone cue. Written in groups
            // ("595 336 8404") or with its prefix ("0486 680 903") it is written as a phone.
            // So is a number read where the post's writing alone points (no place named before
            // it: "Post #6352998937" in a Bengali post is no Indian mobile).
            let hints_alone = level == 0 && plan.hint_level == Some(0);
            if (by_format || hints_alone)
                && i == j
                && !digits.starts_with('0')
                && cue != Cue::Phone
                && !alone_in_its_item(t, chain[i])
            {
                continue;
            }
            // Placed by its format, a number is also tried in the countries the post's writing
            // points to (its script, its prices), plausible or not: a price in rupiah makes
            // Indonesia a place the number may be from.
            let mut found: Vec<(Region, Reading)> = if by_format {
                format_readings(&digits, regions, &plan.hints)
            } else {
                Vec::new()
            };
            // Otherwise each region of the level reads it as its own national number.
            let national: &[Region] = if by_format { &[] } else { regions };
            for &r in national {
                if tried.contains(&r) {
                    continue;
                }
                tried.push(r);
                if !national_plausible(&digits, r) {
                    continue;
                }
                let Some(reading) = valid(&digits, Some(r)) else {
                    continue;
                };
                if mobiles_only && !is_mobile(&reading) {
                    continue;
                }
                // Digits that hold the country code before the national number are that
                // number written with its code: read as such below (`calling_code`), not
                // placed by a script.
                if speaking
                    && (digits.len() > reading.nsn.len() + 1
                        || digits.strip_prefix(&reading.country_code.to_string())
                            == Some(reading.nsn.as_str()))
                {
                    continue;
                }
                // A national number without the prefix its region writes ("793 629 245" in
                // South Africa, where it is "079 362 9245") is read only as the whole chain,
                // after a phone cue ("Tel:", "WhatsApp"), and as a mobile: people drop the
                // prefix when they give their number, an order or account number has none
                // to drop. Otherwise it is no better read as foreign.
                if national_prefix_missing(&digits, r, &reading)
                    && !(cue == Cue::Phone && whole_chain() && is_mobile(&reading))
                {
                    prefix_missing.push(reading.country_code);
                    continue;
                }
                if !found.iter().any(|(_, x)| x.e164 == reading.e164) {
                    found.push((r, reading));
                }
            }
            // Placed by its format alone in one plausible country, but grouped as a country the
            // list leaves out writes its own mobiles at home, where the digits are one too
            // ("980-1510555": Nepal's grouping of a Nepali mobile, an Indian number's digits),
            // or as a listed country writes its toll-free numbers ("(888) 657-2807": a US
            // toll-free number as the US writes it, an Indian mobile's digits): nothing says
            // which; not guessed.
            if by_format && found.len() == 1 && j > i {
                let written: Vec<usize> = chain[i..=j].iter().map(Group::len).collect();
                // (Written in more groups than any region's national format has, no region
                // writes it so: not asked.)
                if written.len() <= crate::metadata::max_national_groups()
                    && national_groups(&found[0].1).as_deref() != Some(written.as_slice())
                {
                    for &r in every_region() {
                        if !national_plausible(&digits, r) {
                            continue;
                        }
                        let listed = regions.contains(&r);
                        if let Some(x) = valid(&digits, Some(r)) {
                            if x.e164 != found[0].1.e164
                                && (if listed {
                                    is_toll_free(&x)
                                } else {
                                    is_mobile(&x)
                                })
                                && national_groups(&x).as_deref() == Some(written.as_slice())
                            {
                                found.push((r, x));
                            }
                        }
                    }
                }
            }
            match found.len() {
                0 => continue,
                // Placed by its format alone in countries that do not write the post's
                // script, when a country that does reads the digits as a mobile ("010
                // 89957855" in an Arabic post: a Korean mobile's format, an Egyptian mobile;
                // "0912-345-678" in Chinese: Ethiopia's, Libya's, Sudan's and Thailand's
                // format, a Taiwanese mobile): the writing speaks for the other; the last
                // level (the countries of the script) may read it. A number no such country
                // reads keeps its format's country (a US number in a Russian ad). One several
                // countries' format reads stays reported as such, unless it is given as a
                // phone, whole, and grouped as the script's country groups its own numbers and
                // none of the others does ("0968 300 556" is Taiwan's grouping; "702.555.0156"
                // in a post with a line of Russian is as American as Kazakh).
                _ if by_format
                    && (found.len() == 1 || (cue == Cue::Phone && j > i && whole_chain()))
                    && plan.script_level.is_some_and(|l| {
                        let script = &plan.levels[l].0;
                        let written: Vec<usize> = chain[i..=j].iter().map(Group::len).collect();
                        let as_written = |x: &Reading| {
                            found.len() == 1
                                || national_groups(x).as_deref() == Some(written.as_slice())
                        };
                        !found
                            .iter()
                            .any(|(r, x)| script.contains(&number_region(x).unwrap_or(*r)))
                            && script.iter().any(|&r| {
                                national_plausible(&digits, r)
                                    && valid(&digits, Some(r))
                                        .is_some_and(|x| is_mobile(&x) && as_written(&x))
                            })
                            && (found.len() == 1 || !found.iter().any(|(_, x)| as_written(x)))
                    }) =>
                {
                    continue
                }
                1 => {
                    let (_, reading) = found.pop()?;
                    if level >= plan.wallet_levels {
                        if let Some(other) =
                            grouped_elsewhere(&chain[i..=j], &digits, &reading, level, plan)
                        {
                            return Some((other, None));
                        }
                    }
                    return Some((Outcome::Number(reading, *source), None));
                }
                // Placed by nothing but its own format and valid in several places: ambiguous,
                // not guessed (the grouping as written is a habit several countries share),
                // unless the post's script is one country's alone.
                _ if by_format => return Some((hinted_or_ambiguous(&found, plan, &digits), None)),
                // Several of the script's countries read it: nothing says which.
                _ if speaking => continue,
                _ => {
                    // A wallet's account is where the wallet is: of its countries that read
                    // the number, the one the post's writing points to or whose language it
                    // speaks ("Envoyez l'avance par Orange Money au 773005032": Senegal, not
                    // Liberia). Its list names every country the account can be in, so a
                    // language that other countries speak too still decides among them.
                    if level < plan.wallet_levels {
                        let pointed = |among: &[Region]| {
                            let mut it = found.iter().filter(|(r, _)| among.contains(r));
                            match (it.next(), it.next()) {
                                (Some((_, reading)), None) => Some(reading.clone()),
                                _ => None,
                            }
                        };
                        if let Some(reading) =
                            pointed(&plan.hints).or_else(|| pointed(&plan.speakers))
                        {
                            return Some((Outcome::Number(reading, *source), None));
                        }
                    }
                    return Some((
                        tie_break(&chain[i..=j], found, *source, plan, &digits),
                        None,
                    ));
                }
            }
        }
        // Such a number is no better read as foreign; only as the same country's number
        // written with its country code and no '+' ("62894302553" in Indonesia). (A cheap
        // check before the parse below, which checks the code itself.)
        if !prefix_missing.is_empty()
            && !prefix_missing
                .iter()
                .any(|cc| digits.starts_with(&cc.to_string()))
        {
            return None;
        }
    }
    let region_known = plan.knows_region();
    if digits.len() < MIN_BARE_CC_DIGITS || digits.starts_with('0') {
        return None;
    }
    // A bare country code starts a chain or follows a strong break, never mid-number
    // ("+52 1 55 1234 5678" holds no "+1 551...").
    if i > 0 {
        let gap = &t[chain[i - 1].e..chain[i].s];
        let strong = gap.contains(['|', ',', ';', '/'])
            || gap.chars().filter(|c| c.is_whitespace()).count() >= 2;
        if !strong {
            return None;
        }
    }
    // One group, or digits spaced or spelled one by one ("deux deux un sept …", "9-9-8-9-8"):
    // either way the writing does not show where a country code ends.
    let single = i == j || chain[i..=j].iter().all(|g| g.len() == 1);
    let slash_before = t[..chain[i].s].ends_with('/');
    // A country code stands alone, not in parentheses ("(20) 3346" is an area code). Checked
    // before parsing: most runs fail here, and parsing is the expensive part.
    let first_is_cc = first.len() <= 3
        && !t[..chain[i].s].ends_with('(')
        && first
            .parse::<i32>()
            .is_ok_and(|cc| UTIL.get_region_for_country_code(cc).is_some());
    // A phone word further back on the line ("Chiama ora 393…", "Call office: 966…",
    // "WhatsApp HR: 880…") or a label and colon before a number that ends its line ("Info:
    // 573000436012", "Bureau : 96170484641"): a long run given as a contact, the way numbers
    // are written with their country code and without the '+' where WhatsApp is the phone.
    let cue = if cue == Cue::Neutral
        && single
        && i == j
        && digits.len() >= MIN_LABELLED_CC_DIGITS
        && (phone_word_on_line(t, chain[i].s) || labelled_line_end(t, chain[i]))
    {
        Cue::Phone
    } else {
        cue
    };
    if !(first_is_cc || (single && (cue == Cue::Phone || slash_before))) {
        return None;
    }
    let reading = valid(&format!("+{digits}"), None)?;
    if !prefix_missing.is_empty() && !prefix_missing.contains(&reading.country_code) {
        return None;
    }
    // A non-geographic code (international freephone +800, shared cost +808, satellites) is
    // written with its '+' or not at all: "800 / 1600 / 3200" is a price list.
    crate::numbers::region_of_code(reading.country_code)?;
    let cc_own_group = first_is_cc && first == reading.country_code.to_string();
    // A country code written bare as its own group is followed by the national number, not by
    // the trunk prefix dialled at home ("Via Dante 218 041-294-9834" is a house number and an
    // Italian number; Rome's "39 06 …" keeps its 0, part of the number), and not across an
    // item separator ("Paseo del Prado 241 · 654 63 80 02", "218 | 041 …").
    if cc_own_group && j > i {
        let gap = &t[chain[i].e..chain[i + 1].s];
        // Nor across a line break or an emoji between spaces: "… Ste 30⏎702-555-0144" ends an
        // address on one line and gives a number on the next, "Tori 27 🌹 two one four …"
        // gives an age, then a number.
        if gap.contains(['|', '·', '•'])
            || item_break(gap)
            || (digits[first.len()..].starts_with('0') && !reading.nsn.starts_with('0'))
        {
            return None;
        }
    }
    let ok = if region_known {
        cc_own_group || (single && (cue == Cue::Phone || slash_before))
    } else {
        (cue == Cue::Phone && (cc_own_group || single))
            || (cc_own_group && j - i >= 2 && digits.len() >= 10)
            || (single && slash_before)
    };
    ok.then_some((cc(reading), None))
}

/// Fewest digits of one unbroken run read with a bare country code after a phone word further
/// back on its line or a label ([`phone_word_on_line`], [`labelled_line_end`]): a country
/// code and a mobile's national number.
const MIN_LABELLED_CC_DIGITS: usize = 11;

/// Whether a phone word (not a weak one) or an info word ([`is_info_word`]) stands on the line
/// before byte `s`, within [`KEYWORD_WINDOW`] and four words, with no digits, reference or
/// postal word between it and `s` ("Chiama ora", "Call office:", "واتساب الموارد البشرية:").
/// [`cue_before`] stops at the first word that is not a filler; this reads past such words,
/// for a run that only a country code can read.
fn phone_word_on_line(t: &str, s: usize) -> bool {
    let window = tail_bytes(&t[..s], KEYWORD_WINDOW);
    let line = &window[window.rfind('\n').map_or(0, |n| n + 1)..];
    for (_, w) in last_words(line, 4) {
        if w.bytes().any(|c| c.is_ascii_digit()) {
            return false;
        }
        let w = w.to_lowercase();
        if is_reference_word(&w) || is_postal_word(&w) {
            return false;
        }
        if (is_phone_word(&w) && !is_weak_phone_word(&w)) || is_info_word(&w) {
            return true;
        }
    }
    false
}

/// "Info", as ads introduce their contact line ("Info: 573000436012", "Información al …",
/// "Infos : 223…", "Mais informações: …", "Renseignements :").
fn is_info_word(w: &str) -> bool {
    matches!(
        w,
        "info"
            | "infos"
            | "información"
            | "informacion"
            | "informações"
            | "informacoes"
            | "informazioni"
            | "renseignements"
    )
}

/// Whether the group `g` is the whole rest of its line after a label and a colon ("Info:
/// 573000436012", "للحجز: 966580135337"): a field of contact details. The label is a word
/// (letters), not a reference word.
fn labelled_line_end(t: &str, g: Group) -> bool {
    let rest = &t[g.e..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    if !rest[..line_end].trim().is_empty() {
        return false;
    }
    let head = t[..g.s].trim_end_matches([' ', '\t']);
    let Some(head) = head
        .strip_suffix(':')
        .or_else(|| head.strip_suffix('\u{FF1A}'))
    else {
        return false;
    };
    let head = tail_bytes(head.trim_end_matches([' ', '\t']), KEYWORD_WINDOW);
    let Some(&(at, w)) = last_words(head, 1).first() else {
        return false;
    };
    let ends_label = at + w.len() == head.len();
    let w = w.to_lowercase();
    ends_label
        && w.chars().all(plainsight_text::is_alphabetic)
        && !is_reference_word(&w)
        && !is_postal_word(&w)
}

/// A chain of digits given as a phone, with its trunk prefix, that no level of a post naming
/// places or giving its region read ("Jobs in Bangkok … Contact us: 07351 497138"): ambiguous
/// between the plausible regions whose format reads it (the place may be where the work is,
/// the number from home), so that it is reported rather than lost; never read as a number.
/// One that no plausible region reads — there, or in a post placed by its format alone — is
/// ambiguous between every region that reads it, where nothing of the chain was read
/// (`nothing_read`) and the user named no regions.
fn unplaced(
    t: &str,
    chain: &[Group],
    plan: &Plan,
    cue: Cue,
    nothing_read: bool,
) -> Option<Outcome> {
    // A post that names no place has its numbers read by their format among the plausible
    // regions (a `format` level): one that none of them reads is reported only as below.
    // (Only where nothing of the chain was read: a reading is never dropped for it.)
    let by_format = !plan.unplaced
        && nothing_read
        && plan.plausible.is_empty()
        && plan.levels.iter().any(|(_, s)| *s == RegionSource::Format);
    // Given as a phone, or written a digit at a time ("Fale conosco: 1 3 9 8 6 7 0 2 2 4 9"):
    // nobody spells out a reference so.
    if !(plan.unplaced || by_format) || !(cue == Cue::Phone || spaced_digits(t, chain)) {
        return None;
    }
    // Written with a `+` or an international prefix, it says it is no national number: one
    // no country reads ("+44 20 7946 09", a digit short) is a typo, not a number from home.
    if plus_before(t, chain[0].s).is_some() {
        return None;
    }
    let mut digits = String::with_capacity(MAX_DIGITS + 1);
    for g in chain {
        digits.push_str(&t[g.s..g.e]);
    }
    if digits.starts_with("00") {
        return None;
    }
    // With its trunk prefix, or nine digits or more, as a country without one writes at home
    // ("(11) 90214-4026" in a Portuguese post about work in Riyadh, "Wasap 743666181" in a
    // Spanish one about Athens; shorter runs without a prefix are as often references: "285
    // then 8835").
    let trunk = digits.starts_with('0');
    if !(trunk || (chain.len() >= 2 && digits.len() >= 9))
        || digits.len() < MIN_NATIONAL_DIGITS
        || digits.len() > MAX_DIGITS
    {
        return None;
    }
    // Written as a named place writes its numbers but not valid there (a fiction number,
    // "07700 900347" in a British ad; a typo): that place's, not another's. Exactly as it
    // writes them: a length alone says little ("Moscow … WhatsApp: 07986206523" is no Russian
    // writing, Russia's trunk prefix is 8). The speakers of a shared script are no named
    // place: among twenty Arabic-speaking countries one writes almost any number so
    // ("Kuwait … WhatsApp: 07 89 63 24 62" is Moroccan or French).
    if !by_format
        && plan
            .levels
            .iter()
            .enumerate()
            .filter(|&(level, _)| plan.script_level != Some(level))
            .any(|(_, (rs, source))| {
                rs.iter().any(|&r| {
                    written_at_home(&digits, r)
                    // Or, in the region the record gives, its own number without the prefix
                    // it writes ("шість три три …" in a Ukrainian post: 063 without its 0).
                    // (A place the text names may be another than the number's: "Santa
                    // Cruz" reads "642 49 73 89" so, and it stays ambiguous.)
                    || (*source == RegionSource::Record
                        && national_plausible(&digits, r)
                        && valid(&digits, Some(r))
                            .is_some_and(|x| national_prefix_missing(&digits, r, &x)))
                })
            })
    {
        return None;
    }
    let regions = if plan.plausible.is_empty() {
        plausible()
    } else {
        &plan.plausible
    };
    let found = format_readings(&digits, regions, &plan.hints);
    if found.is_empty() {
        // No plausible region reads it: the number from home of a country the list leaves out
        // (a Bangladeshi mobile in a post about jobs in Riyadh, on an Indian site). Reported
        // between every region whose format reads it as a mobile, so that it is not lost and
        // links to the posts that give it with its code; never read. Not where the user named
        // the countries the posts come from.
        if !plan.plausible.is_empty() || !nothing_read {
            return None;
        }
        let anywhere = format_readings(&digits, every_region(), &[]);
        return (!anywhere.is_empty()).then(|| ambiguous_between(&anywhere));
    }
    // Placed by its format alone, a plausible region reads it: the format level decided it
    // (or left it to the countries of the post's script).
    if by_format {
        return None;
    }
    // Where the post's writing (its script, its prices, its language) points to one of the
    // countries reading it, a mobile there is the number from home ("Haushaltshilfen für
    // Riyadh … WhatsApp null eins sechs …": a German mobile).
    Some(match mobile_of_the_writing(&found, plan, &digits) {
        Some(reading) => Outcome::Number(reading, RegionSource::Text),
        None => ambiguous_between(&found),
    })
}

/// The one mobile reading among `found` that the post's writing points to: the only one in
/// a hinted country (script, prices), else the only mobile reading of the digits in the
/// countries speaking the post's language (a fixed line of a neighbour speaking it too —
/// Vienna's `01` — does not count against a mobile).
fn mobile_of_the_writing(
    found: &[(Region, Reading)],
    plan: &Plan,
    digits: &str,
) -> Option<Reading> {
    let region_of = |(r, reading): &(Region, Reading)| number_region(reading).unwrap_or(*r);
    let hinted: Vec<&(Region, Reading)> = found
        .iter()
        .filter(|f| plan.hints.contains(&region_of(f)) && is_mobile(&f.1))
        .collect();
    if let [(_, reading)] = hinted.as_slice() {
        return Some(reading.clone());
    }
    match spoken_readings(digits, plan, true).as_slice() {
        [reading] if found.iter().any(|(_, f)| f.e164 == reading.e164) => Some(reading.clone()),
        _ => None,
    }
}

/// The distinct readings of `digits` as a national number (`mobiles`: a mobile) in the
/// countries that speak the post's language. A country that shares its calling code reads the
/// larger one's numbers: the Vatican (where French is spoken too) reads "323 128 7199" as an
/// Italian mobile, which says nothing of where a French post comes from; only a reading that
/// is the speaking country's own number counts.
fn spoken_readings(digits: &str, plan: &Plan, mobiles: bool) -> Vec<Reading> {
    let mut spoken: Vec<Reading> = Vec::new();
    for &r in &plan.speakers {
        if !national_plausible(digits, r) {
            continue;
        }
        let Some(reading) = valid(digits, Some(r)) else {
            continue;
        };
        if (mobiles && !is_mobile(&reading)) || number_region(&reading).is_some_and(|n| n != r) {
            continue;
        }
        if !spoken.iter().any(|x| x.e164 == reading.e164) {
            spoken.push(reading);
        }
    }
    spoken
}

/// Whether a run of nine digits or more stands alone on its line ("Con caja original.⏎
/// 629290856⏎Email: …") or as an item of a line that lists its items apart ("8325550117 | 4875
/// Crescent Way", "Cedar Blvd ~ 3175550153", "💋 3175550153 💋"): a classified gives its number
/// so; an order or listing number is labelled, on its line or on the line above ("Post ID:⏎
/// 6352998937"), or inside its item ("Ref 6352998937 | …").
fn alone_in_its_item(t: &str, g: Group) -> bool {
    if g.len() < 9 {
        return false;
    }
    let line_start = t[..g.s].rfind('\n').map_or(0, |n| n + 1);
    let line_end = t[g.e..].find('\n').map_or(t.len(), |n| g.e + n);
    let before = t[line_start..g.s].trim_end();
    let after = t[g.e..line_end].trim_start();
    // An item's mark with a space between it and the run.
    let apart_before = before.len() < t[line_start..g.s].len() && before.ends_with(item_mark);
    let apart_after = after.len() < t[g.e..line_end].len() && after.starts_with(item_mark);
    let heads_line = before.is_empty()
        && line_start > 0
        && !t[..line_start]
            .trim_end()
            .ends_with([':', '#', '：', '-', '=']);
    (heads_line || apart_before) && (after.is_empty() || apart_after)
}

/// [`crate::plausible_regions`] as libphonenumber's regions, converted once.
fn plausible() -> &'static [Region] {
    static R: std::sync::OnceLock<Vec<Region>> = std::sync::OnceLock::new();
    R.get_or_init(|| {
        crate::plausible_regions()
            .iter()
            .filter_map(|&r| crate::numbers::region(r))
            .collect()
    })
}

/// Every region libphonenumber has metadata for, by name.
fn every_region() -> &'static [Region] {
    static R: std::sync::OnceLock<Vec<Region>> = std::sync::OnceLock::new();
    R.get_or_init(|| {
        let mut all: Vec<Region> = UTIL
            .get_supported_regions()
            .filter(|&r| UTIL.get_country_code_for_region(r).is_some())
            .collect();
        all.sort_by_key(|r| r.as_region_str().to_string());
        all.dedup();
        all
    })
}

/// The readings of `digits` by a region's format alone, in `regions` and then in `hints` (the
/// countries the post's writing points to), one per number.
fn format_readings(digits: &str, regions: &[Region], hints: &[Region]) -> Vec<(Region, Reading)> {
    let mut found: Vec<(Region, Reading)> = Vec::new();
    for &r in regions
        .iter()
        .chain(hints.iter().filter(|r| !regions.contains(r)))
    {
        if let Some(reading) = format_reading(digits, r) {
            if !found.iter().any(|(_, x)| x.e164 == reading.e164) {
                found.push((r, reading));
            }
        }
    }
    found
}

/// Ambiguous between the regions of `found`'s readings (the number's own region where it names
/// one), sorted, each once.
fn ambiguous_between(found: &[(Region, Reading)]) -> Outcome {
    let mut regions: Vec<Region> = found
        .iter()
        .map(|(r, reading)| number_region(reading).unwrap_or(*r))
        .collect();
    regions.sort_by_key(|r| r.as_region_str().to_string());
    regions.dedup();
    let mut readings: Vec<String> = found.iter().map(|(_, r)| r.e164.clone()).collect();
    readings.sort();
    readings.dedup();
    Outcome::Ambiguous(regions, readings)
}

/// Whether `chain[k - 1]` is a calling code written with its `+` ("+44 7700…", "(+44)"), or
/// the trunk `0` in parentheses right after one ("+44 (0)7700…").
fn after_calling_code(t: &str, chain: &[Group], k: usize) -> bool {
    let code = |g: Group| g.len() <= 3 && plus_before(t, g.s).is_some();
    let g = chain[k - 1];
    code(g)
        || (k >= 2
            && &t[g.s..g.e] == "0"
            && t[..g.s].ends_with('(')
            && t[g.e..].starts_with(')')
            && code(chain[k - 2]))
}

/// Whether `chain[k - 1]` reads as the head of a national number joined to `chain[k]`: three to
/// five digits starting with the trunk `0` (not `00`), then one space, dash or dot, then a
/// group that does not start a number of its own (no trunk `0`, at most eight digits) and is
/// joined to the next, if any, by the same mark ("0817 561 9675", "0800-123-456"). A head
/// starts the chain or follows a number whole in one group ("+2348175619675 0817 561 9675");
/// the last group of a number before another is no head ("956-0221 281.467.5340", "0221
/// 8328994249", "817 555 0131⏎7 1 3 5 5 5 0 1 3 1").
fn national_head_before(t: &str, chain: &[Group], k: usize) -> bool {
    if k >= 2 && chain[k - 2].len() < 7 && plus_before(t, chain[k - 2].s).is_none() {
        return false;
    }
    let g = chain[k - 1];
    let head = &t[g.s..g.e];
    let next = chain[k];
    let mark = &t[g.e..next.s];
    (3..=5).contains(&g.len())
        && head.starts_with('0')
        && !head.starts_with("00")
        && plus_before(t, g.s).is_none()
        && matches!(mark, " " | "-" | ".")
        && next.len() <= 8
        && !t[next.s..next.e].starts_with('0')
        && chain
            .get(k + 1)
            .is_none_or(|after| &t[next.e..after.s] == mark)
}

/// Whether `chain[k - 1]` is an area code of two to four digits in parentheses directly before
/// `chain[k]` ("(83) 3231", "(011)3345"); one digit in parentheses is a count ("(1) 0612…").
fn area_code_before(t: &str, chain: &[Group], k: usize) -> bool {
    let g = chain[k - 1];
    (2..=4).contains(&g.len())
        && t[..g.s].ends_with('(')
        && t[g.e..chain[k].s]
            .strip_prefix(')')
            .is_some_and(|rest| rest.chars().all(char::is_whitespace))
}

/// A national number valid in several regions of one level: the one whose national format
/// groups the digits as written ("(713) 555-0123" is the North American grouping, "98765 43210"
/// the Indian one), else the only one where it is a mobile number (ads give mobiles), else
/// ambiguous.
fn tie_break(
    groups: &[Group],
    found: Vec<(Region, Reading)>,
    source: RegionSource,
    plan: &Plan,
    digits: &str,
) -> Outcome {
    let written: Vec<usize> = groups.iter().map(Group::len).collect();
    if written.len() > 1 {
        let grouped: Vec<&(Region, Reading)> = found
            .iter()
            .filter(|(_, r)| national_groups(r).is_some_and(|g| g == written))
            .collect();
        if grouped.len() == 1 {
            return Outcome::Number(grouped[0].1.clone(), source);
        }
    }
    let mobiles: Vec<&(Region, Reading)> = found.iter().filter(|(_, r)| is_mobile(r)).collect();
    if mobiles.len() == 1 {
        return Outcome::Number(mobiles[0].1.clone(), source);
    }
    hinted_or_ambiguous(&found, plan, digits)
}

/// A number one place reads, its head split where that place does not split it ([`misgrouped`])
/// and the whole written exactly as one other place the post names writes its numbers: that
/// place's number, with the source of the evidence that named it. "02 335 7218" on a `.bg`
/// site, in an offer of work in Stuttgart: Sofia's 02, not Germany's 02335 (the site's support
/// line, or the recruiter's number from home); "0754 898 772" in a post located in Uzhhorod
/// that names Iași: Romania's 0754, not Ukraine's. People who work away from home give the
/// number they brought, written as at home. The other places are asked in the plan's order
/// (not the countries of the post's language or script: too many, and in the measured
/// corpora their groupings flipped more right readings than wrong); where the first that has
/// such a country has two, or none has one, the place's reading stands.
fn grouped_elsewhere(
    groups: &[Group],
    digits: &str,
    reading: &Reading,
    level: usize,
    plan: &Plan,
) -> Option<Outcome> {
    if !placed(plan.levels.get(level)?.1) {
        return None;
    }
    let written: Vec<usize> = groups.iter().map(Group::len).collect();
    if !misgrouped(&written, reading) {
        return None;
    }
    // The post's other places (its location, the places it names, its URL, its record's
    // region), in the plan's order: the first that writes the digits so in exactly one of its
    // countries decides; two say nothing.
    let others = plan
        .levels
        .iter()
        .enumerate()
        .filter(|&(l, (_, src))| {
            l != level && placed(*src) && Some(l) != plan.script_level && Some(l) != plan.hint_level
        })
        .map(|(_, (regions, src))| (regions.as_slice(), *src));
    for (regions, src) in others {
        let mut other: Option<Reading> = None;
        for &r in regions {
            if !national_plausible(digits, r) {
                continue;
            }
            let Some(x) = valid(digits, Some(r)) else {
                continue;
            };
            if x.e164 == reading.e164 || other.as_ref().is_some_and(|o| o.e164 == x.e164) {
                continue;
            }
            if national_prefix_missing(digits, r, &x)
                || national_groups(&x).as_deref() != Some(written.as_slice())
            {
                continue;
            }
            if other.is_some() {
                return None;
            }
            other = Some(x);
        }
        if let Some(x) = other {
            return Some(Outcome::Number(x, src));
        }
    }
    None
}

/// The one reading in the country the post's script points to, else the one reading of the
/// regions that speak the post's language (both reported as `text`), else ambiguous between
/// the regions of all readings.
///
/// A language settles a number only when no other region that speaks it reads the digits:
/// "(71) 566 5875" in a Spanish post reads alike in Spain and in Chile, though Chile was not
/// among the regions tried, and stays ambiguous.
fn hinted_or_ambiguous(found: &[(Region, Reading)], plan: &Plan, digits: &str) -> Outcome {
    let region_of = |(r, reading): &(Region, Reading)| number_region(reading).unwrap_or(*r);
    let hinted: Vec<&(Region, Reading)> = found
        .iter()
        .filter(|f| plan.hints.contains(&region_of(f)))
        .collect();
    if hinted.len() == 1 {
        return Outcome::Number(hinted[0].1.clone(), RegionSource::Text);
    }
    if !plan.speakers.is_empty() {
        if let [reading] = spoken_readings(digits, plan, false).as_slice() {
            if found.iter().any(|(_, f)| f.e164 == reading.e164) {
                return Outcome::Number(reading.clone(), RegionSource::Text);
            }
        }
    }
    ambiguous_between(found)
}

/// The items of a chain listed with spaced slashes between them (`spaced_slash`), as ranges of
/// its groups; one item where there is no such slash.
fn list_items(t: &str, chain: &[Group]) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut start = 0;
    for a in 0..chain.len().saturating_sub(1) {
        if spaced_slash(t, chain, a) {
            items.push((start, a));
            start = a + 1;
        }
    }
    items.push((start, chain.len() - 1));
    items
}

/// The mark in the gap after `chain[a]` when white space stands on both sides of it (" / ",
/// " | "), else `None`.
fn spaced_mark<'t>(t: &'t str, chain: &[Group], a: usize) -> Option<&'t str> {
    let gap = &t[chain[a].e..chain[a + 1].s];
    (gap.starts_with(char::is_whitespace) && gap.ends_with(char::is_whitespace)).then(|| gap.trim())
}

/// Whether the gap after `chain[a]` is a bar or a bullet with a space on each side (" | ", " •
/// ", " · "): how an ad lists its numbers.
fn spaced_list_mark(t: &str, chain: &[Group], a: usize) -> bool {
    matches!(spaced_mark(t, chain, a), Some("|" | "\u{2022}" | "\u{B7}"))
}

/// Whether the gap after `chain[a]` is a slash with white space on both sides.
fn spaced_slash(t: &str, chain: &[Group], a: usize) -> bool {
    spaced_mark(t, chain, a) == Some("/")
}

/// The best set of non-overlapping valid runs in a chain, as (first group, last group, reading,
/// position of a leading `+`).
fn best_readings(
    t: &str,
    chain: &[Group],
    plan: &Plan,
    cue: Cue,
    budget: &mut usize,
) -> Vec<(usize, usize, Outcome, Option<usize>)> {
    let m = chain.len();
    // best[k] = (digits explained, -numbers, -sentence breaks read across) for chain[k..], and
    // the choice made at k. Of readings that explain as many digits, one that does not run on
    // across the end of a sentence ("... 74 46. 10/10 reviews") is preferred; a spaced emoji
    // starts a new line of an ad as a break does ("… 1 7 oh 4<br>💋 12-midnight").
    let mut best: Vec<(usize, i64, i64)> = vec![(0, 0, 0); m + 1];
    let mut choice: Vec<Option<(usize, Outcome, Option<usize>)>> = vec![None; m + 1];
    for k in (0..m).rev() {
        best[k] = best[k + 1];
        choice[k] = None;
        // Digits in parentheses just before are the number's area code ("(83) 3231-7842"): it
        // is read with them or not at all, never as the digits after them.
        if k > 0 && area_code_before(t, chain, k) {
            continue;
        }
        // Nor are the digits after a calling code written with its '+' a national number of
        // their own: a number no country reads ("+44 (0)7700 900472", a fiction number; a
        // typo) is not read again, without its code, in the post's region.
        if k > 0 && after_calling_code(t, chain, k) {
            continue;
        }
        // Nor the digits after the head of a national number, its trunk prefix and area or
        // operator code joined to them ("0817 561 9675"): the run is one number, read whole
        // or not at all, never its tail alone (a Polish "561 9675").
        if k > 0 && national_head_before(t, chain, k) {
            continue;
        }
        let mut digits = 0;
        let mut breaks = 0;
        // A slash with a space on each side lists numbers ("011 277 2650 / 058-013-5337") as
        // often as it sets an area code apart ("0171 / 123 45 67"): a reading across one is a
        // whole item of such a list or a run of whole items, from where the chain or an item
        // starts to where it or an item ends, never the tail of one number and the head of the
        // next ("277 2650 / 058", "70 686 440 / 71").
        // A number written with its '+' or '00' says where it starts and is read as written
        // ("+55 / 71 / 96392 / 2285", "0055 / 71 / …", followed by a word the view reads as
        // digits).
        // So does a bar or a bullet with a space on each side ("0797-013874 | 0724 611373",
        // "0712 345 678 • 0733 456 789"); written between every group of one number ("713 ·
        // 555 · 0123") it is read as the whole run it is.
        let listed = |a: usize| spaced_slash(t, chain, a) || spaced_list_mark(t, chain, a);
        let item_start = k == 0 || listed(k - 1);
        let explicit =
            plus_before(t, chain[k].s).is_some() || t[chain[k].s..chain[k].e].starts_with("00");
        let mut across_slash = false;
        for j in k..m.min(k + MAX_GROUPS) {
            digits += chain[j].len();
            if j > k {
                let gap = &t[chain[j - 1].e..chain[j].s];
                if gap.starts_with(". ") || gap.contains('\n') || spaced_pictograph(gap) {
                    breaks += 1;
                }
                across_slash |= listed(j - 1);
            }
            if digits > MAX_DIGITS {
                break;
            }
            if digits < MIN_NATIONAL_DIGITS {
                continue;
            }
            if across_slash && !explicit && !(item_start && (j + 1 == m || listed(j))) {
                continue;
            }
            if *budget == 0 {
                break;
            }
            // One run costs at most a few parses; count it as one.
            *budget -= 1;
            if let Some((reading, plus)) = read_run(t, chain, k, j, plan, cue) {
                let score = (
                    digits + best[j + 1].0,
                    best[j + 1].1 - 1,
                    best[j + 1].2 - breaks,
                );
                if score > best[k] {
                    best[k] = score;
                    choice[k] = Some((j, reading, plus));
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < m {
        match choice[k].take() {
            Some((j, reading, plus)) => {
                out.push((k, j, reading, plus));
                k = j + 1;
            }
            None => k += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iban_countries_are_sorted_for_their_search() {
        assert!(IBAN_COUNTRIES.windows(2).all(|w| w[0] < w[1]));
    }

    /// A country sharing a calling code reads the larger country's numbers; such a reading
    /// is not the speaking country's own.
    #[test]
    fn a_reading_of_another_countrys_number_is_not_spoken() {
        let plan = |speakers: &[&str]| Plan {
            speakers: speakers
                .iter()
                .filter_map(|c| crate::numbers::region(c.parse().unwrap()))
                .collect(),
            ..Plan::default()
        };
        // The Vatican reads an Italian mobile: not its own.
        assert!(spoken_readings("3231287199", &plan(&["VA"]), true).is_empty());
        let it = spoken_readings("3231287199", &plan(&["VA", "IT"]), true);
        assert_eq!(it.len(), 1);
        assert_eq!(it[0].e164, "+393231287199");
        // Fixed lines count only where asked.
        assert!(spoken_readings("0612345678", &plan(&["IT"]), true).is_empty());
        assert_eq!(
            spoken_readings("0612345678", &plan(&["IT"]), false).len(),
            1
        );
    }
}
