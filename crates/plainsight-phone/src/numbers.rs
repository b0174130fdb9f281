//! The one place that asks `rlibphonenumber` (pinned; its reader is built in `metadata.rs`):
//! reading a digit string as a phone number in a region, with or without a country code, valid
//! per libphonenumber metadata.

use rlibphonenumber::{
    get_national_significant_number_owned, PhoneNumberFormat, PhoneNumberType, Region,
};

use crate::metadata::UTIL;
use crate::region_facts::REGION_FACTS;
use crate::region_lengths::REGION_LENGTHS;
use crate::PhoneError;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::thread::LocalKey;

/// The longest digit string (with a `+`) whose answers are remembered; longer ones are asked
/// every time (no number is that long; such runs are rejected by length first anyway).
const MEMO_DIGITS: usize = 29;
/// Answers remembered per thread and question before the memo starts afresh: bounded memory
/// whatever the input, and large enough for a corpus's recurring numbers (a poster's phone in
/// each of its ads, a site's footer line in every post).
const MEMO_ENTRIES: usize = 1 << 14;

/// A memo key: the region's two letters (`--` for none), the digit count, the digits. `None`
/// (ask libphonenumber directly) for a string too long to key.
type MemoKey = [u8; 32];

fn memo_key(digits: &str, region: Option<Region>) -> Option<MemoKey> {
    let d = digits.as_bytes();
    if d.len() > MEMO_DIGITS {
        return None;
    }
    let mut k = [0u8; 32];
    match region {
        Some(r) => {
            let code = r.as_region_str();
            let code = code.as_bytes();
            if code.len() != 2 {
                return None;
            }
            k[..2].copy_from_slice(code);
        }
        None => k[..2].copy_from_slice(b"--"),
    }
    k[2] = d.len() as u8;
    k[3..3 + d.len()].copy_from_slice(d);
    Some(k)
}

type Memo<V> = RefCell<FxHashMap<MemoKey, V>>;

thread_local! {
    static VALID: Memo<Option<Reading>> = RefCell::new(FxHashMap::default());
    static FORMAT: Memo<Option<Reading>> = RefCell::new(FxHashMap::default());
    static FACTS: Memo<Option<E164Facts>> = RefCell::new(FxHashMap::default());
    static GROUPS: Memo<Option<Vec<usize>>> = RefCell::new(FxHashMap::default());
}

/// libphonenumber's answer to a question about `digits` in `region`, remembered on this thread:
/// the answers are pure functions of their arguments (the metadata is fixed), so a memo changes
/// no result, only how often the same number is parsed again (parsing, validating and
/// formatting are most of the time spent reading numbers).
fn memoized<V: Clone + 'static>(
    memo: &'static LocalKey<Memo<V>>,
    digits: &str,
    region: Option<Region>,
    ask: impl FnOnce() -> V,
) -> V {
    let Some(key) = memo_key(digits, region) else {
        return ask();
    };
    if let Some(v) = memo.with_borrow(|m| m.get(&key).cloned()) {
        return v;
    }
    let v = ask();
    memo.with_borrow_mut(|m| {
        if m.len() >= MEMO_ENTRIES {
            m.clear();
        }
        m.insert(key, v.clone());
    });
    v
}

/// A region code from ISO 3166-1 alpha-2 text (any case). `None` for codes libphonenumber does
/// not know.
pub(crate) fn region(code: plainsight_core::Region) -> Option<Region> {
    let r: Region = code.as_str().parse().ok()?;
    // "ZZ" (unknown) and regions without metadata cannot read national numbers.
    UTIL.get_country_code_for_region(r)?;
    Some(r)
}

/// Whether `digits` could be read nationally in `region`, judged by length alone: at least the
/// region's shortest national number, and (unless it starts with a prefix digit `0`/`8`, where
/// international and carrier prefixes vary) at most its longest plus a national prefix and
/// carrier code or a country code. Saves most parses of runs that cannot be valid.
pub(crate) fn national_plausible(digits: &str, region: Region) -> bool {
    let code = region.as_region_str();
    let Ok(k) = REGION_LENGTHS.binary_search_by(|row| row.0.cmp(code.as_ref())) else {
        return true;
    };
    let (_, min, max, np, cc) = REGION_LENGTHS[k];
    let len = digits.len();
    if len < usize::from(min) {
        return false;
    }
    let prefixed = digits.starts_with(['0', '8']);
    prefixed || len <= usize::from(max) + usize::from((np + 2).max(cc + 1))
}

/// A valid reading of a digit string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    pub e164: String,
    /// Country calling code of the number.
    pub country_code: i32,
    /// National significant number.
    pub nsn: String,
}

/// Parses `number` (digits, maybe with a leading `+`) in `region` and keeps it only if valid.
pub(crate) fn valid(number: &str, region: Option<Region>) -> Option<Reading> {
    memoized(&VALID, number, region, || valid_asked(number, region))
}

fn valid_asked(number: &str, region: Option<Region>) -> Option<Reading> {
    let n = UTIL.parse(number, region).ok()?;
    if !UTIL.is_valid_number(&n) {
        return None;
    }
    Some(Reading {
        e164: UTIL.format(&n, PhoneNumberFormat::E164).into_owned(),
        country_code: n.country_code,
        nsn: get_national_significant_number_owned(&n),
    })
}

/// A reading of `digits` that places a number by its format alone in `region`: valid, a mobile
/// (or a number the region cannot tell from a fixed line), and written as the region writes
/// numbers at home ([`written_as_in`]). One parse, after checks that need none (see
/// [`format_candidate`]): most of the plausible regions are rejected before parsing.
pub(crate) fn format_reading(digits: &str, region: Region) -> Option<Reading> {
    if !format_candidate(digits, region) {
        return None;
    }
    memoized(&FORMAT, digits, Some(region), || {
        format_reading_parsed(digits, region)
    })
}

/// The parse and checks of [`format_reading`], without the checks that need no parse.
fn format_reading_parsed(digits: &str, region: Region) -> Option<Reading> {
    let n = UTIL.parse(digits, Some(region)).ok()?;
    if !UTIL.is_valid_number(&n) {
        return None;
    }
    if !matches!(
        UTIL.get_number_type(&n),
        PhoneNumberType::Mobile | PhoneNumberType::FixedLineOrMobile
    ) {
        return None;
    }
    let reading = Reading {
        e164: UTIL.format(&n, PhoneNumberFormat::E164).into_owned(),
        country_code: n.country_code,
        nsn: get_national_significant_number_owned(&n),
    };
    let national = UTIL.format(&n, PhoneNumberFormat::National);
    let national_digits = national.bytes().filter(u8::is_ascii_digit).count();
    written_as_in_format(digits, region, &reading, national_digits).then_some(reading)
}

/// What is known about a region without parsing, from libphonenumber's metadata (through its
/// public API) for every region of [`REGION_LENGTHS`]. Kept as a table written from the
/// pinned metadata (`region_facts.rs`; a test recomputes every row and fails on any
/// difference): computing them at run time formats example numbers of every region a number
/// is tried in, which compiles those regions' formatting patterns, a fixed cost of each run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RegionFacts {
    /// The region's two letters (the table is sorted by them).
    pub region: &'static str,
    /// Whether the region writes a trunk `0` at home ([`shows_prefix_in`]).
    pub shows_prefix: Option<bool>,
    /// Bit `L` set: a fixed-line or mobile national significant number of `L` digits is
    /// possible (libphonenumber's length-only check). `u32::MAX` (no filter) for a region that
    /// shares its calling code without being its main region: the lengths libphonenumber
    /// answers are the main region's.
    pub line_lengths: u32,
    /// Most digits the national format of an example mobile or fixed-line number shows before
    /// its national significant number (a national prefix, "8 0" in Belarus), at least the
    /// prefix length.
    pub max_shown: u8,
    /// Whether the region's own numbers start with a `0` that is no prefix
    /// ([`leading_zero_at_home`]: Italy's fixed lines, Côte d'Ivoire).
    pub leading_zero: bool,
}

impl RegionFacts {
    pub(crate) const fn new(
        region: &'static str,
        shows_prefix: Option<bool>,
        line_lengths: u32,
        max_shown: u8,
        leading_zero: bool,
    ) -> Self {
        RegionFacts {
            region,
            shows_prefix,
            line_lengths,
            max_shown,
            leading_zero,
        }
    }
}

/// The row of `region` in [`REGION_LENGTHS`], which is also its row in [`REGION_FACTS`] (the
/// facts are written from the lengths table in its order; the table's test checks both).
fn region_row(region: Region) -> Option<usize> {
    let code = region.as_region_str();
    let k = REGION_LENGTHS
        .binary_search_by(|row| row.0.cmp(code.as_ref()))
        .ok()?;
    debug_assert_eq!(REGION_FACTS[k].region, REGION_LENGTHS[k].0);
    Some(k)
}

/// The facts of the `k`-th region of [`REGION_LENGTHS`] as the metadata answers them now (what
/// the table must hold).
#[cfg(test)]
fn computed_facts(k: usize) -> Option<RegionFacts> {
    let (code, _, _, np, _) = REGION_LENGTHS[k];
    let region: Region = code.parse().ok()?;
    Some(RegionFacts {
        region: code,
        shows_prefix: compute_shows_prefix(region),
        line_lengths: line_lengths(region),
        max_shown: max_shown(region).max(usize::from(np)) as u8,
        leading_zero: leading_zero_at_home(region),
    })
}

/// The national significant number lengths (as bits) of fixed-line and mobile numbers of
/// `region` (see [`RegionFacts::line_lengths`]).
#[cfg(test)]
fn line_lengths(region: Region) -> u32 {
    let Some(cc) = UTIL.get_country_code_for_region(region) else {
        return u32::MAX;
    };
    if UTIL.get_region_for_country_code(cc) != Some(region) {
        return u32::MAX;
    }
    let mut bits = 0u32;
    for len in 1..=17u32 {
        let n = rlibphonenumber::PhoneNumber {
            country_code: cc,
            national_number: 10u64.pow(len - 1),
            ..Default::default()
        };
        let possible = [
            PhoneNumberType::Mobile,
            PhoneNumberType::FixedLine,
            PhoneNumberType::FixedLineOrMobile,
        ]
        .into_iter()
        .any(|t| UTIL.is_possible_number_for_type(&n, t));
        if possible {
            bits |= 1 << len;
        }
    }
    bits
}

/// Most digits the national formats of `region`'s example mobile and fixed-line numbers show
/// before the national significant number.
#[cfg(test)]
fn max_shown(region: Region) -> usize {
    [PhoneNumberType::Mobile, PhoneNumberType::FixedLine]
        .into_iter()
        .filter_map(|t| {
            let ex = UTIL
                .get_example_number_for_type_and_region(region, t)
                .ok()?;
            let nsn = get_national_significant_number_owned(&ex);
            let national = UTIL.format(&ex, PhoneNumberFormat::National);
            let shown = national.bytes().filter(u8::is_ascii_digit).count();
            Some(shown.saturating_sub(nsn.len()))
        })
        .max()
        .unwrap_or(0)
}

/// Whether `digits` can be a number [`format_reading`] accepts in `region`, by checks that need
/// no parse: the trunk `0` written where the region writes one (and not where it has none),
/// and a national significant number length (the digits, or the digits after a national
/// prefix) that a fixed-line or mobile number of the region can have.
pub(crate) fn format_candidate(digits: &str, region: Region) -> bool {
    let row = region_row(region);
    // Where the region writes a trunk `0` (or whatever its prefix is), a number without a
    // leading `0` is not written its way, and the other way round — except where the region's
    // own numbers start with a `0` that is no prefix (Côte d'Ivoire's "07 24 51 31 88").
    if let Some(shows) = shows_prefix_in(row, region) {
        let zero = digits.starts_with('0');
        if zero != shows && !(zero && !shows && leading_zero_in_row(row, region)) {
            return false;
        }
    }
    let Some(k) = row else {
        return true;
    };
    let (_, min, max, np, _) = REGION_LENGTHS[k];
    let len = digits.len();
    let (min, max, np) = (usize::from(min), usize::from(max), usize::from(np));
    let facts = &REGION_FACTS[k];
    // What the national format shows besides the national significant number: the national
    // prefix, and in Argentina the mobile "15" too ("011 15-2345-6789" is +54 9 11 2345 6789).
    let shown = np.max(usize::from(facts.max_shown));
    if !((min..=max).contains(&len) || (np > 0 && (min + np..=max + shown).contains(&len))) {
        return false;
    }
    // A number written as at home is its national significant number, with what the national
    // format shows before it (the national prefix) where it shows something (see
    // `written_as_in_format`).
    let bit = |l: usize| l < 32 && facts.line_lengths & (1 << l) != 0;
    (0..=usize::from(facts.max_shown).min(len)).any(|shown| bit(len - shown))
}

/// Whether `digits` are written exactly as `region` writes a number of that shape at home,
/// valid or not: [`format_candidate`], and the region's national format of them gives back
/// the same digits, with a national significant number of a possible length. A region whose
/// trunk prefix is not `0` (Russia's `8`) or that has none (Kuwait) does not write
/// "07986 206523" (libphonenumber keeps the `0` as a leading zero of an impossible number);
/// the Emirates write a nine-digit number starting with 7 without their `0` ("0789632462" is
/// not theirs), a mobile with it ("050 584 9627"). Britain writes "07700 900347" so, a number
/// kept for fiction.
pub(crate) fn written_at_home(digits: &str, region: Region) -> bool {
    if !format_candidate(digits, region) {
        return false;
    }
    let Ok(n) = UTIL.parse(digits, Some(region)) else {
        return false;
    };
    let national = UTIL.format(&n, PhoneNumberFormat::National);
    if !national
        .bytes()
        .filter(u8::is_ascii_digit)
        .eq(digits.bytes())
        || !UTIL.is_possible_number(&n)
    {
        return false;
    }
    // A `0` libphonenumber keeps as part of the number ("07 34 37 35 90" in Russia, or in
    // Turkey, where stripping the trunk `0` leaves too few digits) is how the region writes
    // only where its own numbers start with one (Italy's fixed lines, Côte d'Ivoire).
    !n.italian_leading_zero() || leading_zero_at_home(region)
}

/// Whether an example mobile or fixed-line number of `region` keeps a leading zero in its
/// national significant number (Italy, San Marino, Côte d'Ivoire, Gabon).
fn leading_zero_at_home(region: Region) -> bool {
    [PhoneNumberType::Mobile, PhoneNumberType::FixedLine]
        .into_iter()
        .filter_map(|t| UTIL.get_example_number_for_type_and_region(region, t).ok())
        .any(|ex| ex.italian_leading_zero())
}

/// [`leading_zero_at_home`] of the region of table row `row` ([`RegionFacts::leading_zero`]),
/// or of `region` where the table does not hold it.
fn leading_zero_in_row(row: Option<usize>, region: Region) -> bool {
    match row {
        Some(k) => REGION_FACTS[k].leading_zero,
        None => leading_zero_at_home(region),
    }
}

/// [`shows_prefix_in`] for a region not yet looked up.
#[cfg(test)]
fn shows_prefix(region: Region) -> Option<bool> {
    shows_prefix_in(region_row(region), region)
}

/// Whether `region` writes its mobile numbers at home with a trunk prefix that is `0` (from its
/// example mobile number's national format). `None` when the metadata has no example, the
/// prefix is not `0`, or the region writes both (India). `row` is the region's row
/// ([`region_row`]): the table's answer, or the metadata's for a region the table does not hold.
fn shows_prefix_in(row: Option<usize>, region: Region) -> Option<bool> {
    match row {
        Some(k) => REGION_FACTS[k].shows_prefix,
        None => compute_shows_prefix(region),
    }
}

fn compute_shows_prefix(region: Region) -> Option<bool> {
    // India writes its mobiles both ways: the bare ten digits ("98765 43210") and with the
    // trunk 0 its national format shows ("098765 43210").
    if region.as_region_str().as_ref() as &str == "IN" {
        return None;
    }
    let ex = UTIL
        .get_example_number_for_type_and_region(region, PhoneNumberType::Mobile)
        .ok()?;
    let nsn = get_national_significant_number_owned(&ex);
    let national = UTIL.format(&ex, PhoneNumberFormat::National);
    let national: String = national.chars().filter(char::is_ascii_digit).collect();
    if national.len() == nsn.len() {
        Some(false)
    } else if national.starts_with('0') && national.len() == nsn.len() + 1 {
        Some(true)
    } else {
        None
    }
}

/// Whether `digits` is written the way `region` writes its numbers at home: with the trunk
/// prefix where the region's national format shows one ("0412 345 678" in AU), without a
/// leading `0` where it has none ("91234 56789" in IN, not "091234 56789").
fn written_as_in_format(
    digits: &str,
    region: Region,
    reading: &Reading,
    national_digits: usize,
) -> bool {
    // India's national format shows the trunk 0, and its mobiles are written both with it and
    // as the bare ten digits ("98765 43210").
    if region.as_region_str().as_ref() as &str == "IN" {
        return digits.len() == reading.nsn.len()
            || (digits.len() == reading.nsn.len() + 1 && digits.starts_with('0'));
    }
    if national_digits > reading.nsn.len() {
        // The national format carries a prefix: the written digits must too.
        digits.len() == national_digits
    } else {
        digits.len() == reading.nsn.len()
    }
}

/// The digit groups of `reading`'s national format in its own region ("(713) 555-0123" →
/// `[3, 3, 4]`).
pub(crate) fn national_groups(reading: &Reading) -> Option<Vec<usize>> {
    // Asked of most numbers written in groups: remembered, like the reading itself.
    memoized(&GROUPS, &reading.e164, None, || {
        let n = UTIL.parse(&reading.e164, None).ok()?;
        let national = UTIL.format(&n, PhoneNumberFormat::National);
        Some(
            national
                .split(|c: char| !c.is_ascii_digit())
                .filter(|g| !g.is_empty())
                .map(str::len)
                .collect(),
        )
    })
}

/// Whether `written` (the digit groups of a number as written, two or more) splits the
/// number's head where `reading`'s own region does not: "044 973 31 37" read in Germany, where
/// the area code is 04497 ("04497 33137"). How the rest is grouped is a writer's habit ("06 49
/// 55 71 83" is Rome's 06 in pairs; "063/3411916" a Ukrainian mobile's prefix, then the rest).
/// Written a digit at a time (or spelled), the grouping says nothing.
pub(crate) fn misgrouped(written: &[usize], reading: &Reading) -> bool {
    written.len() >= 2
        && written.iter().any(|&g| g > 1)
        && national_groups(reading).is_some_and(|g| g.first() != written.first())
}

/// Whether `reading` is a mobile number (or one its region cannot tell from a fixed line).
pub(crate) fn is_mobile(reading: &Reading) -> bool {
    is_mobile_number(&reading.e164)
}

/// Whether `reading` is a toll-free number ("(888) 657-2807" in the US).
pub(crate) fn is_toll_free(reading: &Reading) -> bool {
    e164_facts(&reading.e164).is_some_and(|f| f.kind == PhoneNumberType::TollFree)
}

/// The region a valid number belongs to (`+1 713…` is US, `+1 416…` CA).
pub(crate) fn number_region(reading: &Reading) -> Option<Region> {
    e164_facts(&reading.e164)?.region
}

/// What libphonenumber says of an E.164 value: the region it belongs to and its type.
#[derive(Clone, Copy)]
struct E164Facts {
    region: Option<Region>,
    kind: PhoneNumberType,
}

/// [`E164Facts`] of `e164` (`None` where it does not parse): one parse, remembered like the
/// readings (a number's region and type are asked of each reading, again in every post that
/// gives it).
fn e164_facts(e164: &str) -> Option<E164Facts> {
    memoized(&FACTS, e164, None, || {
        let n = UTIL.parse(e164, None).ok()?;
        Some(E164Facts {
            region: UTIL.get_region_for_number(&n),
            kind: UTIL.get_number_type(&n),
        })
    })
}

/// The region of an E.164 number, as ISO 3166-1 alpha-2 (`None` for non-geographic numbers).
pub fn region_of_number(e164: &str) -> Option<String> {
    // Asked for every number a post writes with its country code, after the number was read:
    // remembered, like the reading itself.
    let r = e164_facts(e164)?.region?;
    Some(r.as_region_str().to_string())
}

/// Whether an E.164 value is a mobile number (or one its region cannot tell from a fixed
/// line: North America), by libphonenumber's metadata: what a person gives, where a toll-free,
/// premium or fixed line is an organisation's or a site's.
pub fn is_mobile_number(e164: &str) -> bool {
    e164_facts(e164).is_some_and(|f| {
        matches!(
            f.kind,
            PhoneNumberType::Mobile | PhoneNumberType::FixedLineOrMobile
        )
    })
}

/// The national significant number of an E.164 value (`+41731188187` → `731188187`): the
/// digits after its country calling code. Calling codes are a prefix code, so at most one of
/// a value's first one to three digits is one (libphonenumber's metadata lists them). `None`
/// when the value is not `+` and digits, or no calling code starts it.
pub fn national_significant(e164: &str) -> Option<&str> {
    static CODES: std::sync::LazyLock<rustc_hash::FxHashSet<i32>> =
        std::sync::LazyLock::new(|| UTIL.get_supported_calling_codes().collect());
    let digits = e164.strip_prefix('+')?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.starts_with(|c| c != '0') {
        return None;
    }
    (1..=3.min(digits.len() - 1))
        .find(|&k| digits[..k].parse().is_ok_and(|cc: i32| CODES.contains(&cc)))
        .map(|k| &digits[k..])
}

/// The digits a number is written with at home, without its country code: its national
/// significant number, and the digits of its national format where that adds a national prefix
/// (`+380733995917` → `733995917`, `0733995917`; `+393803253888` → `3803253888` alone; `+1 702
/// 555 1234` → `7025551234`). What a post that gives the number without its code writes.
/// Empty for a value that is no number libphonenumber reads.
pub fn national_forms(e164: &str) -> Vec<String> {
    let Some(nsn) = national_significant(e164) else {
        return Vec::new();
    };
    let mut out = vec![nsn.to_string()];
    if let Ok(n) = UTIL.parse(e164, None) {
        let national: String = UTIL
            .format(&n, PhoneNumberFormat::National)
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(char::from)
            .collect();
        if national != nsn && national.ends_with(nsn) {
            out.push(national);
        }
    }
    out
}

/// The country calling code of a region (`GB` → 44, `CA` → 1), from libphonenumber's metadata.
pub fn calling_code_for_region(region: plainsight_core::Region) -> Option<u32> {
    let r = self::region(region)?;
    let cc = UTIL.get_country_code_for_region(r)?;
    u32::try_from(cc).ok().filter(|&c| c > 0)
}

/// The main region of a country calling code ("44" → GB, "1" → US), if libphonenumber knows it.
pub fn region_for_calling_code(code: &str) -> Option<String> {
    region_of_code(code.parse().ok()?)
}

/// [`region_for_calling_code`] for a code already parsed; `None` for the non-geographic codes
/// (+800 freephone, +808, satellites: region "001").
pub(crate) fn region_of_code(cc: i32) -> Option<String> {
    let r = UTIL.get_region_for_country_code(cc)?;
    let s = r.as_region_str().to_string();
    (s != "001" && s != "ZZ").then_some(s)
}

/// Regions whose metadata marks the national prefix optional when formatting (all or some
/// formats): computed from PhoneNumberMetadata.xml (`nationalPrefixOptionalWhenFormatting`),
/// see `tests/it/examples.rs::optional_prefix_regions_match_metadata`.
pub(crate) const PREFIX_OPTIONAL: [&str; 9] =
    ["AR", "CN", "IN", "LT", "RU", "SY", "TR", "US", "VN"];

/// Whether `digits`, read nationally in `region` as `reading`, lacks a national prefix that the
/// region's national format for this number shows ("100200300" in FR, which people write
/// "01 00 20 03 00"). After libphonenumber's PhoneNumberMatcher check
/// `isNationalPrefixPresentIfRequired`, at region rather than format granularity.
pub(crate) fn national_prefix_missing(digits: &str, region: Region, reading: &Reading) -> bool {
    if digits.len() != reading.nsn.len() {
        // Something (prefix, country code) was written before the national number.
        return false;
    }
    if PREFIX_OPTIONAL.contains(&region.as_region_str().as_ref()) {
        return false;
    }
    // The digits of its national format: its groups' (one parse, remembered for both).
    let national_digits = national_groups(reading).map(|g| g.iter().sum::<usize>());
    national_digits.is_some_and(|d| d > reading.nsn.len())
}

/// Public parse: `number` as written (any formatting libphonenumber reads), in `region` when it
/// has no country code; the E.164 form of a valid number.
pub fn parse_number(
    number: &str,
    region_code: Option<plainsight_core::Region>,
) -> Result<String, PhoneError> {
    let r = match region_code {
        Some(code) => Some(region(code).ok_or_else(|| PhoneError::UnknownRegion {
            region: code.as_str().to_string(),
        })?),
        None => None,
    };
    let n = UTIL.parse(number, r).map_err(|e| PhoneError::Unparsable {
        masked: plainsight_core::mask(number),
        reason: format!("{e:?}"),
    })?;
    if !UTIL.is_valid_number(&n) {
        return Err(PhoneError::Invalid {
            masked: plainsight_core::mask(number),
        });
    }
    Ok(UTIL.format(&n, PhoneNumberFormat::E164).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_forms_are_the_numbers_home_writings() {
        // A trunk prefix where the country writes one; none where it does not (Italy's mobiles,
        // Spain); North America writes the ten digits; Russia's prefix is 8.
        assert_eq!(national_forms("+380733995917"), ["733995917", "0733995917"]);
        assert_eq!(national_forms("+359989363022"), ["989363022", "0989363022"]);
        assert_eq!(national_forms("+393803253888"), ["3803253888"]);
        assert_eq!(national_forms("+34648398495"), ["648398495"]);
        assert_eq!(national_forms("+17025550123"), ["7025550123"]);
        assert_eq!(
            national_forms("+79161234567"),
            ["9161234567", "89161234567"]
        );
        // No number, no forms.
        assert!(national_forms("lily_xo22").is_empty() && national_forms("+").is_empty());
    }

    #[test]
    fn written_at_home_is_the_regions_own_writing_not_a_length() {
        let at =
            |digits: &str, r: &str| written_at_home(digits, region(r.parse().unwrap()).unwrap());
        // The way the region writes it, valid or not.
        assert!(at("07700900347", "GB") && at("0505849627", "AE") && at("0412345678", "AU"));
        // A trunk prefix the region does not have, or not this one (Russia's is 8; Turkey
        // strips its 0 only from eleven digits).
        assert!(!at("07986206523", "RU") && !at("0734373590", "RU") && at("89131234567", "RU"));
        assert!(!at("0789632462", "KW") && !at("0601759239", "CY") && !at("0558106217", "TR"));
        // A length the region has, but a number it writes without its prefix.
        assert!(!at("0789632462", "AE"));
    }

    #[test]
    fn the_national_number_follows_the_calling_code() {
        assert_eq!(national_significant("+41731188187"), Some("731188187"));
        assert_eq!(national_significant("+212731188187"), Some("731188187"));
        assert_eq!(national_significant("+17135550123"), Some("7135550123"));
        assert_eq!(national_significant("+97122553070"), Some("22553070"));
        assert_eq!(national_significant("+8613800138000"), Some("13800138000"));
        // No calling code starts with 0; not a number; nothing after the code.
        assert_eq!(national_significant("+0731188187"), None);
        assert_eq!(national_significant("+1-713"), None);
        assert_eq!(national_significant("41731188187"), None);
        assert_eq!(national_significant("+"), None);
        assert_eq!(national_significant("+1"), None);
    }

    /// Remembered answers are the answers: asked twice, and again after the memo has filled
    /// and started afresh, every reading equals libphonenumber's own.
    #[test]
    fn memoized_readings_equal_fresh_ones() {
        let us = code("US");
        let gb = code("GB");
        let cases: Vec<(String, Option<Region>)> = vec![
            ("7135550123".into(), us),
            ("+447911123456".into(), None),
            ("07911123456".into(), gb),
            ("12345".into(), us),
            ("0".repeat(MEMO_DIGITS + 1), us),
        ];
        for round in 0..2 {
            for (digits, region) in &cases {
                assert_eq!(
                    valid(digits, *region),
                    valid_asked(digits, *region),
                    "{digits}"
                );
            }
            if round == 0 {
                // Fill past the bound with numbers that are asked once each.
                for k in 0..MEMO_ENTRIES as u64 + 10 {
                    let _ = valid(&format!("{}", 2_000_000_000 + k), us);
                }
                assert!(VALID.with_borrow(|m| m.len()) <= MEMO_ENTRIES);
            }
        }
        // A value's region and type, remembered, are libphonenumber's answers too.
        for round in 0..2 {
            for e164 in [
                "+17135550123",
                "+18005550199",
                "+14165550123",
                "+447911123456",
                "+442079460000",
                "+99912345",
                "+1",
            ] {
                let n = UTIL.parse(e164, None).ok();
                let kind = n.as_ref().map(|n| UTIL.get_number_type(n));
                let region = n.as_ref().and_then(|n| UTIL.get_region_for_number(n));
                let r = Reading {
                    e164: e164.to_string(),
                    country_code: 0,
                    nsn: String::new(),
                };
                assert_eq!(number_region(&r), region, "{e164} round {round}");
                assert_eq!(
                    region_of_number(e164),
                    region.map(|r| r.as_region_str().to_string())
                );
                assert_eq!(is_toll_free(&r), kind == Some(PhoneNumberType::TollFree));
                assert_eq!(
                    is_mobile_number(e164),
                    matches!(
                        kind,
                        Some(PhoneNumberType::Mobile | PhoneNumberType::FixedLineOrMobile)
                    ),
                    "{e164}"
                );
            }
        }
        assert!(is_toll_free(&valid("8005550199", us).unwrap()));
        assert_eq!(region_of_number("+14165550123").as_deref(), Some("CA"));
        let reading = valid("7135550123", us).unwrap();
        assert_eq!(reading.e164, "+17135550123");
        let gb_reading = valid("07911123456", gb).unwrap();
        assert!(!national_prefix_missing(
            "07911123456",
            gb.unwrap(),
            &gb_reading
        ));
        assert!(national_prefix_missing(
            "7911123456",
            gb.unwrap(),
            &gb_reading
        ));
    }

    /// The table of region facts is what the pinned metadata answers, row for row. With
    /// `PLAINSIGHT_BLESS=1` the test writes the table afresh (after a metadata update).
    #[test]
    fn region_facts_table_matches_the_metadata() {
        let rows: Vec<RegionFacts> = (0..REGION_LENGTHS.len())
            .filter_map(computed_facts)
            .collect();
        let mut file = String::from(
            "// @generated by `PLAINSIGHT_BLESS=1 cargo test -p plainsight-phone region_facts_table`\n\
             // from rlibphonenumber's metadata (see `numbers::RegionFacts`). Do not edit.\n\
             use crate::numbers::RegionFacts;\n\n\
             /// (region, shows its trunk prefix, possible line lengths as bits, most digits shown\n\
             /// before the national significant number, own leading zero), sorted by region.\n\
             pub(crate) const REGION_FACTS: &[RegionFacts] = &[\n",
        );
        for r in &rows {
            file.push_str(&format!(
                "    RegionFacts::new({:?}, {:?}, {:#010x}, {}, {}),\n",
                r.region, r.shows_prefix, r.line_lengths, r.max_shown, r.leading_zero
            ));
        }
        file.push_str("];\n");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/region_facts.rs");
        if std::env::var_os("PLAINSIGHT_BLESS").is_some() {
            std::fs::write(path, &file).unwrap();
        }
        assert_eq!(
            REGION_FACTS,
            rows.as_slice(),
            "regenerate {path} (see its first line)"
        );
        assert!(rows.windows(2).all(|w| w[0].region < w[1].region));
        assert_eq!(rows.len(), REGION_LENGTHS.len());
    }

    /// A libphonenumber region from a code, through the one region rule.
    fn code(s: &str) -> Option<Region> {
        plainsight_core::Region::parse(s).ok().and_then(region)
    }

    #[test]
    fn plausible_lengths() {
        let us = code("US").unwrap();
        assert!(national_plausible("7135550123", us));
        assert!(national_plausible("17135550123", us));
        assert!(!national_plausible("713555", us));
        assert!(!national_plausible("71355501231234", us));
        assert!(national_plausible("011447400123456", us));
        let ac = code("AC").unwrap();
        assert!(national_plausible("62889", ac));
    }

    /// The checks [`format_candidate`] makes before parsing reject nothing the parse would
    /// accept: for every region libphonenumber knows, its example numbers of each line type,
    /// written with and without the trunk prefix and with their last digits varied (seeded),
    /// read the same with and without the pre-checks.
    #[test]
    fn format_candidate_rejects_nothing_the_parse_accepts() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut accepted = 0;
        for row in REGION_LENGTHS.iter() {
            let Some(r) = code(row.0) else { continue };
            for t in [
                PhoneNumberType::Mobile,
                PhoneNumberType::FixedLine,
                PhoneNumberType::FixedLineOrMobile,
            ] {
                let Ok(ex) = UTIL.get_example_number_for_type_and_region(r, t) else {
                    continue;
                };
                let nsn = get_national_significant_number_owned(&ex);
                let national: String = UTIL
                    .format(&ex, PhoneNumberFormat::National)
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                for base in [nsn.clone(), national, format!("0{nsn}")] {
                    for v in 0..12 {
                        let mut d = base.clone().into_bytes();
                        let tail = d.len().min(4);
                        let n = d.len();
                        if v > 0 {
                            for c in &mut d[n - tail..] {
                                *c = b'0' + (next() % 10) as u8;
                            }
                        }
                        // Lengths around the written one, too.
                        let mut s = String::from_utf8(d).unwrap();
                        match v % 4 {
                            1 => s.push('5'),
                            2 => {
                                s.pop();
                            }
                            _ => {}
                        }
                        // What the reading was before the length pre-check: the trunk and
                        // the region's overall lengths only.
                        // (What the national format shows besides the national number may be
                        // more than the prefix: Argentina's "15".)
                        let (_, min, max, np, _) = *row;
                        let (min, max, np) = (usize::from(min), usize::from(max), usize::from(np));
                        let shown = region_row(r)
                            .map_or(np, |k| np.max(usize::from(REGION_FACTS[k].max_shown)));
                        let len = s.len();
                        let overall = (min..=max).contains(&len)
                            || (np > 0 && (min + np..=max + shown).contains(&len));
                        // A leading `0` where the region has no trunk prefix, only where its
                        // own numbers start with one.
                        let zero = s.starts_with('0');
                        let trunk = shows_prefix(r)
                            .is_none_or(|p| zero == p || (zero && !p && leading_zero_at_home(r)));
                        let full = if trunk && overall {
                            format_reading_parsed(&s, r)
                        } else {
                            None
                        };
                        accepted += usize::from(full.is_some());
                        assert_eq!(format_reading(&s, r), full, "{} {}", row.0, s.len());
                    }
                }
            }
        }
        assert!(accepted > 500, "only {accepted} readings accepted");
    }

    #[test]
    fn regions() {
        assert!(code("us").is_some());
        assert!(code("GB").is_some());
        assert!(code("XX").is_none());
        assert!(code("USA").is_none());
        assert!(code("ü").is_none());
    }

    #[test]
    fn readings() {
        let us = code("US");
        assert_eq!(valid("7135550123", us).unwrap().e164, "+17135550123");
        assert_eq!(valid("+447911123456", None).unwrap().country_code, 44);
        assert!(valid("7121115678", us).is_none(), "possible but not valid");
        assert!(valid("12345", us).is_none());
    }

    #[test]
    fn parse_number_errors_are_masked() {
        let us = plainsight_core::Region::parse("US").ok();
        let e = parse_number("7121115678", us).unwrap_err().to_string();
        assert!(!e.contains("7121115678"), "{e}");
        assert!(parse_number("1", us).is_err());
        assert_eq!(
            parse_number("+44 7911 123456", None).unwrap(),
            "+447911123456"
        );
    }
}
