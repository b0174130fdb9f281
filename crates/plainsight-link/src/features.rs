//! What the linker keeps of a post: its selectors' normal forms, the shingles of its text with
//! the selectors cut out, its image hashes, when and where it was posted, and the names it
//! advertises. Computing features is pure and per post, so the engine runs it in parallel;
//! adding them to a [`crate::Linker`] is cheap and sequential.

use crate::hash::{hash_bytes, mix64};
use plainsight_core::{Field, PdqHash, Platform, Post, Selector, SelectorKind};
use std::borrow::Cow;

/// Bounds that keep one hostile post from costing unbounded time or memory.
pub const MAX_TOKENS: usize = 4_000;
pub const MAX_SELECTORS: usize = 64;
pub const MAX_IMAGES: usize = 32;
pub const MAX_NAMES: usize = 8;
/// Tokens kept per post for drawing templates.
pub const TEMPLATE_TOKENS: usize = 48;

pub use plainsight_core::network::SelectorKey;

/// The linker's view of one post.
#[derive(Clone, Debug, Default)]
pub struct PostFeatures {
    pub id: String,
    /// Distinct selectors, sorted.
    pub selectors: Vec<SelectorKey>,
    /// Distinct 32-bit hashes of word 3-shingles of title and body, sorted.
    pub shingles: Vec<u32>,
    /// The first tokens of the text (selectors cut out, numbers as `#`), for templates.
    pub tokens: Vec<String>,
    pub images: Vec<PdqHash>,
    pub posted_at: Option<i64>,
    pub location: Option<String>,
    pub site: Option<String>,
    /// Names the post advertises ([`crate::names`]: cues, stated ages, titles, a names list).
    pub names: Vec<String>,
    /// Ages stated right after a name (`(name in lower case, age)`, sorted, distinct): a
    /// persona is a name and an age.
    pub name_ages: Vec<(String, u8)>,
    /// The title, for the report (shown masked unless revealed).
    pub title: Option<String>,
    /// Keys among `selectors` that this post introduces as a service line ("Customer support
    /// +1 …", "call the 24/7 hotline …": [`service_cued`]), sorted: the linker does not link
    /// on a key most of whose posts introduce it so.
    pub service: Vec<SelectorKey>,
    /// National numbers whose region the post does not tell: for each, the number it is in
    /// each region that reads it (E.164, sorted). The linker gives the post the one reading
    /// that other posts give as their number, when exactly one is.
    pub readings: Vec<Vec<String>>,
    /// Known from an earlier linking of a larger corpus (a case store's last linking): the
    /// post's poster was in a photo family larger than the free spread there. A batch linked
    /// with its neighbourhood holds part of such a family only; the linker judges it large
    /// still (`Linking::large_photo_family`). Never set by `from_post`.
    pub large_photo_family: bool,
    /// Known from an earlier linking of a larger corpus: the post's poster was in a photo
    /// family of more posters than `footer_cooccurrence` there (`Linking::crowded_photo_family`).
    /// Never set by `from_post`.
    pub crowded_photo_family: bool,
    /// Known from an earlier linking of a larger corpus: the post's poster showed two
    /// owners' pictures there (`Linking::shows_others_pictures`); a batch linked with its
    /// neighbourhood may hold one owner only. Never set by `from_post`.
    pub shows_others_pictures: bool,
    /// The post asks to be paid ahead before a meeting ([`crate::ahead::asks_ahead`]: "deposit
    /// by gift card before we meet", "no deposit no meeting"): the deposit scam's sign.
    pub asks_ahead: bool,
    /// The numbers the post writes without a country code, as the digits written
    /// ([`national_numbers`]), sorted, each once. The linker gives the post the number of
    /// other posts that one of them is the home writing of, when exactly one is.
    pub national: Vec<String>,
}

/// Fewest and most digits of a number written without its country code that
/// [`national_numbers`] keeps (shorter runs are prices, times and house numbers; a national
/// number with its trunk prefix has at most 14).
const NATIONAL_DIGITS: std::ops::RangeInclusive<usize> = 8..=14;

/// How many last digits of a number a case store files it under (its `selector_tails`): the
/// shortest national significant number a written number may be, [`NATIONAL_DIGITS`]' least
/// without a trunk prefix of up to two digits.
pub const NUMBER_ENDING: usize = 6;
const _: () = assert!(NUMBER_ENDING + 2 <= *NATIONAL_DIGITS.start());

/// The numbers a post writes without a country code, as the digits written: the phones
/// extraction read in a region the post suggests (its record, location, text, site; any
/// source but a written calling code) that the post links on (`keys`: not an address of the
/// site it was taken from) and writes in digits alone, and the runs of digits no phone covers
/// (numbers no region of the post reads, or several read alike: "0 9 8 9 3 6 3 0 2 2" on a
/// Swiss site, a Bulgarian mobile). Digits in a run may stand apart by one space, dot, dash,
/// slash or bracket, or be keycaps ("0️⃣6️⃣8️⃣"); a run glued to a letter or digit is part of
/// a word, one after a `+` a number with its code. None for a post of a discussion thread,
/// which links on no selector. Sorted, each once, at most [`MAX_SELECTORS`]. Spelled numbers
/// that were not read are not kept (their digits are not written). Service lines are the
/// linker's to leave out (`Linker::national_readings`).
pub fn national_numbers(post: &Post, selectors: &[Selector], keys: &[SelectorKey]) -> Vec<String> {
    if plainsight_core::in_discussion_thread(post.url.as_deref()) {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    let mut phones: Vec<(Field, usize, usize)> = Vec::new();
    for s in selectors.iter().take(MAX_SELECTORS * 4) {
        if s.kind != SelectorKind::Phone {
            continue;
        }
        phones.push((s.field, s.start, s.end));
        if s.region_source
            .is_some_and(|r| r != plainsight_core::RegionSource::CallingCode)
            && keys.contains(&SelectorKey::from_selector(s))
            // Digits alone: a number written partly in words or look-alikes ("612-555-0100ne")
            // does not write its digits.
            && !s.raw.chars().any(char::is_alphabetic)
        {
            let digits: String = s.raw.chars().filter(char::is_ascii_digit).collect();
            if NATIONAL_DIGITS.contains(&digits.len()) {
                out.push(digits);
            }
        }
    }
    for (field, text) in post.text_fields() {
        let text = plainsight_text::prefix(text, MAX_NATIONAL_TEXT);
        for (start, end, digits) in digit_runs(text) {
            let covered = phones
                .iter()
                .any(|&(f, s, e)| f == field && s < end && start < e);
            if !covered && NATIONAL_DIGITS.contains(&digits.len()) {
                out.push(digits);
            }
        }
    }
    out.sort();
    out.dedup();
    out.truncate(MAX_SELECTORS);
    out
}

/// Numbers as posts write them without a country code ([`national_numbers`]), asked of a
/// phone number whether they write it at home ([`plainsight_phone::national_forms`]: its
/// national significant number, or that with its country's trunk prefix). One view for the
/// linker and a case store's attachment, which must find the same pairs.
#[derive(Debug, Default)]
pub struct WrittenAtHome {
    written: rustc_hash::FxHashSet<String>,
    /// The written digits without none, one or two leading digits (a trunk prefix): a
    /// number's national significant number is among them before its forms are made.
    tails: rustc_hash::FxHashSet<String>,
}

impl WrittenAtHome {
    pub fn new<S: AsRef<str>>(digits: impl IntoIterator<Item = S>) -> Self {
        let mut w = WrittenAtHome::default();
        for d in digits {
            let d = d.as_ref();
            for k in 0..=2.min(d.len()) {
                w.tails.insert(d[k..].to_string());
            }
            w.written.insert(d.to_string());
        }
        w
    }

    pub fn is_empty(&self) -> bool {
        self.written.is_empty()
    }

    /// Whether `value` may be a number some of the digits write (cheap: no parsing).
    pub fn may_write(&self, value: &str) -> bool {
        plainsight_phone::national_significant(value).is_some_and(|nsn| self.tails.contains(nsn))
    }

    /// The last [`NUMBER_ENDING`] digits of each written number, distinct and in order: every
    /// number some of the digits write ends with one of them (its national significant number
    /// ends them, and is at least the written digits but two: [`NATIONAL_DIGITS`]), so a case
    /// store asks its numbers by their endings and [`WrittenAtHome::writings_of`] of those.
    pub fn endings(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .written
            .iter()
            .filter_map(|d| d.get(d.len().checked_sub(NUMBER_ENDING)?..))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The written digits that are a home writing of the phone number `e164`, each once.
    pub fn writings_of(&self, e164: &str) -> Vec<String> {
        if !self.may_write(e164) {
            return Vec::new();
        }
        let mut out: Vec<String> = plainsight_phone::national_forms(e164)
            .into_iter()
            .filter(|f| self.written.contains(f))
            .collect();
        out.dedup();
        out
    }
}

/// How a post writes a phone number at home, without its country code: the digits
/// [`national_numbers`] keeps for it (for callers without the phone crate).
pub use plainsight_phone::national_forms as home_writings;

/// [`national_numbers`] with the keys [`PostFeatures::from_post`] links the post on: what
/// `from_post` keeps as [`PostFeatures::national`] (a case store indexes it).
pub fn national_of(post: &Post, selectors: &[Selector]) -> Vec<String> {
    let keys = linked_keys_on(
        kept_selectors(selectors).0,
        &post.site_hosts(),
        post.url.as_deref(),
    );
    national_numbers(post, selectors, &keys)
}

/// Bytes of a field [`national_numbers`] reads for runs of digits (a hostile field costs no
/// more).
const MAX_NATIONAL_TEXT: usize = 64 * 1024;

/// Runs of ASCII digits in `text` whose digits stand apart by at most one separator (a space,
/// no-break space, dot, dash, slash or bracket) or by keycap marks, not glued to a letter or
/// digit at either end, nor after a `+` (a number with its code): (start, end, the digits).
fn digit_runs(text: &str) -> Vec<(usize, usize, String)> {
    let keycap = |c: char| c == '\u{FE0F}' || c == '\u{20E3}';
    let separator = |c: char| matches!(c, ' ' | '\u{a0}' | '.' | '-' | '/' | '(' | ')');
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // `i` is at an ASCII digit, so at a char boundary.
        let before = text[..i].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) {
            // The rest of the word this digit is part of.
            i += text[i..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(text.len() - i);
            continue;
        }
        let start = i;
        let mut digits = String::new();
        let mut j = i;
        loop {
            digits.push(char::from(b[j]));
            j += 1;
            while let Some(c) = text[j..].chars().next().filter(|&c| keycap(c)) {
                j += c.len_utf8();
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            match text[j..].chars().next() {
                Some(c)
                    if separator(c) && b.get(j + c.len_utf8()).is_some_and(u8::is_ascii_digit) =>
                {
                    j += c.len_utf8();
                }
                _ => break,
            }
        }
        // A run glued to a letter after it ("12345678abc") is part of a word; one after a `+`
        // is a number with its code ("+41 78 295 98 81").
        let after = text[j..].chars().next();
        if !after.is_some_and(char::is_alphanumeric) && before != Some('+') {
            out.push((start, j, digits));
        }
        i = j;
        i += text[i..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(text.len() - i);
    }
    out
}

/// A post's `location` or `site` as the linker keeps it: trimmed, at most 120 characters
/// (the network summaries' places, and what network risk compares).
pub fn place_text(s: &str) -> String {
    s.trim().chars().take(120).collect()
}

impl PostFeatures {
    /// Features of a post given the selectors extraction found in it.
    pub fn from_post(post: &Post, selectors: &[Selector]) -> Self {
        let hosts = post.site_hosts();
        let mut keys = linked_keys_on(kept_selectors(selectors).0, &hosts, post.url.as_deref());
        let service = service_keys(post, selectors, &keys, &hosts);
        if let Some(account) = account_key(post, &hosts) {
            keys.push(account);
            keys.sort();
            keys.dedup();
        }

        // Every word is hashed, but only the first `TEMPLATE_TOKENS` are kept as text: one
        // allocation per kept word, none per hashed one (a post has hundreds of words).
        let mut words = Words::default();
        let mut names: Vec<String> = Vec::new();
        let mut name_ages: Vec<(String, u8)> = Vec::new();
        let place: Vec<String> = post
            .location
            .as_deref()
            .map(|l| tokenize_plain(l).collect())
            .unwrap_or_default();
        let spans = spans_of(selectors);
        let mut asks_ahead = false;
        for (field, text) in post.text_fields() {
            asks_ahead = asks_ahead || crate::ahead::asks_ahead(text);
            let cut = cut_spans(text, field, &spans);
            if names.len() < MAX_NAMES * 4 {
                crate::names::advertised_with_ages(
                    &cut,
                    field == Field::Title,
                    &place,
                    &mut names,
                    &mut name_ages,
                );
            }
            collect_tokens(&cut, &mut words);
            if words.hashes.len() >= MAX_TOKENS {
                break;
            }
        }
        names.sort();
        names.dedup();
        names.truncate(MAX_NAMES);
        name_ages.sort();
        name_ages.dedup();
        name_ages.truncate(MAX_NAMES);

        let shingles = shingles(&words.hashes);
        let words = words.kept;

        let mut images: Vec<PdqHash> = post
            .image_hashes
            .iter()
            .take(MAX_IMAGES * 4)
            .filter_map(|h| PdqHash::from_hex(h).ok())
            .collect();
        images.sort();
        images.dedup();
        images.truncate(MAX_IMAGES);

        let national = national_numbers(post, selectors, &keys);
        PostFeatures {
            id: post.id.clone(),
            selectors: keys,
            shingles,
            tokens: words,
            images,
            posted_at: post.posted_at.as_deref().and_then(parse_rfc3339),
            location: post.location.as_deref().map(place_text),
            site: post.site.as_deref().map(place_text),
            names,
            name_ages,
            title: post.title.as_deref().map(|t| t.chars().take(100).collect()),
            service,
            readings: Vec::new(),
            large_photo_family: false,
            crowded_photo_family: false,
            shows_others_pictures: false,
            asks_ahead,
            national,
        }
    }

    /// The post's word shingles alone, exactly as [`PostFeatures::from_post`] makes them
    /// (for comparing a stored post's text with a new one without building the rest).
    pub fn shingles_of(post: &Post, selectors: &[Selector]) -> Vec<u32> {
        Self::shingles_of_text(post.text_fields(), &spans_of(selectors))
    }

    /// [`PostFeatures::shingles_of`] from the text fields alone (in [`Post::text_fields`]
    /// order) and the spans of the selectors (field, start, end) cut out of them: what a
    /// stored post's wording is compared by without reading the rest of it.
    pub fn shingles_of_text<'a>(
        fields: impl IntoIterator<Item = (Field, &'a str)>,
        spans: &[(Field, usize, usize)],
    ) -> Vec<u32> {
        // Only hashed: no word is kept as text.
        let mut words = Words {
            hashed_only: true,
            ..Words::default()
        };
        for (field, text) in fields {
            collect_tokens(&cut_spans(text, field, spans), &mut words);
            if words.hashes.len() >= MAX_TOKENS {
                break;
            }
        }
        shingles(&words.hashes)
    }
}

/// Word 3-shingles (single words under three), hashed, sorted, distinct.
fn shingles(word_hashes: &[u64]) -> Vec<u32> {
    let mut shingles: Vec<u32> = if word_hashes.len() >= 3 {
        word_hashes
            .windows(3)
            .map(|w| (mix64(w[0] ^ w[1].rotate_left(21) ^ w[2].rotate_left(42)) >> 32) as u32)
            .collect()
    } else {
        word_hashes.iter().map(|h| (*h >> 32) as u32).collect()
    };
    shingles.sort_unstable();
    shingles.dedup();
    shingles
}

/// Whether a selector can name an account at all: a WhatsApp account is a phone number, so a
/// "WhatsApp" handle that is a word ("WhatsApp Mrs Esther", "WhatsApp plus two…") is a misread
/// and would join everyone who writes the same word.
/// The distinct identity selectors of a post, at most [`MAX_SELECTORS`] of each kind, in order
/// of first mention, and whether any was left out. The cap is per kind, so a flood of one kind
/// (hundreds of junk URLs) never hides a selector of another kind mentioned after it (the
/// phone). Work is bounded by the mentions extraction gives (itself capped per kind and field).
pub fn kept_selectors(selectors: &[Selector]) -> (Vec<SelectorKey>, bool) {
    let mut keys: Vec<SelectorKey> = Vec::new();
    let mut seen: std::collections::HashSet<SelectorKey> = std::collections::HashSet::new();
    let mut per_kind: std::collections::BTreeMap<SelectorKind, usize> = Default::default();
    let mut over = false;
    for k in selectors
        .iter()
        .map(SelectorKey::from_selector)
        .filter(is_identity)
    {
        if seen.contains(&k) {
            continue;
        }
        let n = per_kind.entry(k.kind).or_default();
        if *n >= MAX_SELECTORS {
            over = true;
            continue;
        }
        *n += 1;
        seen.insert(k.clone());
        keys.push(k);
    }
    (keys, over)
}

/// The caps of [`PostFeatures::from_post`] (and of the engine's image files) a post hits, in
/// words: what lay past them is not linked on, so the run counts and names such posts.
pub fn caps_hit(post: &Post, selectors: &[Selector]) -> Vec<String> {
    let mut caps = Vec::new();
    if kept_selectors(selectors).1 {
        caps.push(format!(
            "more than {MAX_SELECTORS} distinct selectors of a kind, the first {MAX_SELECTORS} of each kind linked on"
        ));
    }
    let distinct_hashes: std::collections::BTreeSet<&str> =
        post.image_hashes.iter().map(|h| h.trim()).collect();
    if distinct_hashes.len() > MAX_IMAGES || post.images.len() > MAX_IMAGES {
        caps.push(format!(
            "more than {MAX_IMAGES} images, {MAX_IMAGES} linked on"
        ));
    }
    caps
}

fn is_identity(k: &SelectorKey) -> bool {
    // A WhatsApp account is its number, so a word read after a WhatsApp cue names none. An
    // `@account` that names no platform is reported, not linked on: a site's support bot and a
    // visa agent's channel are written so on the posts of many posters, and one name on two
    // platforms may be two people. (A number in full is linked as itself whatever holds it.)
    !(k.kind == SelectorKind::Handle
        && matches!(k.platform, None | Some(Platform::Whatsapp))
        && !linked_as_itself(&k.value))
}

/// The keys the linker links a post on, from its distinct selector keys (`keys`) and where it
/// was taken from (`site`, `url`): own domains added (the registrable domain of every URL and
/// e-mail address, unless it is a platform: the post's own site, or one on the maintained
/// list), accounts on shared hosts added (`domain::account`: the employer's part of an
/// applicant-tracking host, a profile with pages under it), and addresses and pages on the
/// post's own site dropped (the platform's footer, never the author's). Sorted, distinct. A case store follows these, not every extracted value,
/// when it gathers what a new post can link to.
pub fn linked_keys(
    keys: Vec<SelectorKey>,
    site: Option<&str>,
    url: Option<&str>,
) -> Vec<SelectorKey> {
    linked_keys_on(keys, &plainsight_core::site_hosts(site, url), url)
}

/// Whether a selector whose value is `value` is linked on as itself whatever its kind, its
/// platform and the post it is in ([`linked_keys`]): a number written in full ('+' and
/// digits) names no site and no domain, and is an identity however it was given (a phone, a
/// WhatsApp number). A case store finds the posts sharing such a value from its index of
/// values alone, without their selectors' kinds or their sites.
pub fn linked_as_itself(value: &str) -> bool {
    value
        .strip_prefix('+')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

/// [`linked_keys`] for a post taken from `hosts` ([`plainsight_core::site_hosts`]) at `url`.
/// A reply in a discussion forum (a review board's thread,
/// [`plainsight_core::in_discussion_thread`]) quotes the contacts of whom it is about: none is
/// its own, and it is linked by its author's account, wording and photos only.
fn linked_keys_on(
    mut keys: Vec<SelectorKey>,
    hosts: &[String],
    url: Option<&str>,
) -> Vec<SelectorKey> {
    if plainsight_core::in_discussion_thread(url) {
        return Vec::new();
    }
    keys.retain(is_identity);
    keys.retain(|k| !crate::domain::on_site(k, hosts));
    let domains: Vec<SelectorKey> = keys
        .iter()
        .filter_map(|k| crate::domain::own_domain(k, hosts))
        .chain(keys.iter().filter_map(crate::domain::account))
        .collect();
    keys.extend(domains);
    keys.sort();
    keys.dedup();
    keys
}

/// Phrases that name a service line (`data/service_cues.txt`), lower case, in one automaton,
/// and for each whether it is matched as whole words (a phrase in a script written without
/// spaces matches anywhere).
static SERVICE_CUES: std::sync::LazyLock<(aho_corasick::AhoCorasick, Vec<bool>)> =
    std::sync::LazyLock::new(|| {
        let phrases: Vec<String> = include_str!("../data/service_cues.txt")
            .lines()
            .map(|l| l.trim().to_lowercase())
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let spaced = phrases
            .iter()
            .map(|p| {
                !p.chars().any(|c| {
                    matches!(c as u32, 0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF)
                })
            })
            .collect();
        let automaton = aho_corasick::AhoCorasick::new(&phrases)
            .expect("the service cue list builds an automaton");
        (automaton, spaced)
    });

/// How far before a selector (bytes) a phrase naming a service line may stand.
const CUE_WINDOW: usize = 48;

/// Whether the text right before byte `start` of `text` (at most `CUE_WINDOW` bytes, not
/// across a line break, a sentence's end or an HTML tag) names a service line: a site's
/// support line, a hotline or helpline printed under ads, a line to report abuse
/// (`data/service_cues.txt`, in the languages ads are written in).
pub fn service_cued(text: &str, start: usize) -> bool {
    if start > text.len() || !text.is_char_boundary(start) {
        return false;
    }
    let mut from = start.saturating_sub(CUE_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut window = &text[from..start];
    if let Some(i) = window.rfind(['\n', '>', '!', '?']) {
        window = &window[i + 1..];
    }
    if let Some(i) = window.rfind(". ") {
        window = &window[i + 2..];
    }
    if !window.chars().any(plainsight_text::is_alphabetic) {
        return false;
    }
    let window = window.to_lowercase();
    let (automaton, spaced) = &*SERVICE_CUES;
    automaton.find_overlapping_iter(&window).any(|m| {
        !spaced[m.pattern().as_usize()]
            || (starts_word(&window[..m.start()], &window[m.start()..])
                && !window[m.end()..]
                    .chars()
                    .next()
                    .is_some_and(plainsight_text::is_alphanumeric))
    })
}

/// Whether a phrase starting `rest` starts a word after `before`: nothing alphanumeric right
/// before it, or, for a phrase in Arabic script, one or two of the one-letter words Arabic
/// writes glued to the next (و ف ب ل ك: "بالخط الساخن" is "by the hotline").
fn starts_word(before: &str, rest: &str) -> bool {
    let mut back = before.chars().rev();
    let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
    let glued = |c: char| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك');
    let mut prefix = 0;
    loop {
        match back.next() {
            None => return true,
            Some(c) if !plainsight_text::is_alphanumeric(c) => return true,
            Some(c) if prefix < 2 && glued(c) && rest.starts_with(arabic) => prefix += 1,
            Some(_) => return false,
        }
    }
}

/// The names a site goes by in its own footer: the labels of its hosts before the last, five
/// characters or more (`listhub` of `m.listhub.example`), lower case.
fn site_names(hosts: &[String]) -> Vec<String> {
    let mut names: Vec<String> = hosts
        .iter()
        .flat_map(|h| {
            let labels: Vec<&str> = h.split('.').collect();
            labels[..labels.len().saturating_sub(1)]
                .iter()
                .filter(|l| l.chars().count() >= 5)
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// How far back (bytes) the line of a selector is read for the site's name.
const SITE_LINE: usize = 120;

/// Whether the line a selector stands on names, before it, the site the post was taken from
/// (`names`, from [`site_names`], written as a host): "Publicado en clasificados-ya.example ·
/// Ayuda: +34 800 …". A line that names the site is the site's footer, and what it lists is the
/// site's, however it is labelled.
fn in_site_line(text: &str, start: usize, names: &[String]) -> bool {
    if names.is_empty() || start > text.len() || !text.is_char_boundary(start) {
        return false;
    }
    let mut from = start.saturating_sub(SITE_LINE);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut line = &text[from..start];
    if let Some(i) = line.rfind(['\n', '>']) {
        line = &line[i + 1..];
    }
    names_site(line, names)
}

/// Whether `line` names one of the site's `names` (lower case, as hosts are) written as a host,
/// in any case: the name at a word's start and followed by a dot and a letter
/// ("clasificados-ya.example", "ListHub.com"). A bare name is not enough: a site called
/// escorts.example must not make every line that says "escorts" its footer. Bytewise: no copy.
fn names_site(line: &str, names: &[String]) -> bool {
    let hay = line.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    names.iter().any(|n| {
        let n = n.as_bytes();
        !n.is_empty()
            && hay.len() > n.len() + 1
            && (0..hay.len() - n.len() - 1).any(|i| {
                hay[i..i + n.len()].eq_ignore_ascii_case(n)
                    && (i == 0 || !word(hay[i - 1]))
                    && hay[i + n.len()] == b'.'
                    && hay[i + n.len() + 1].is_ascii_alphabetic()
            })
    })
}

/// The keys among `keys` (the post's linked keys) that the post introduces as a service line:
/// a selector right after a phrase naming one, and an own domain or account all of whose
/// addresses in the post are.
fn service_keys(
    post: &Post,
    selectors: &[Selector],
    keys: &[SelectorKey],
    hosts: &[String],
) -> Vec<SelectorKey> {
    let selectors = &selectors[..selectors.len().min(MAX_SELECTORS * 8)];
    let names = site_names(hosts);
    let is_cued: Vec<bool> = selectors
        .iter()
        .map(|s| {
            let text = post.field(s.field).unwrap_or("");
            service_cued(text, s.start) || in_site_line(text, s.start, &names)
        })
        .collect();
    if !is_cued.contains(&true) {
        return Vec::new();
    }
    let (mut cued, mut plain): (Vec<SelectorKey>, Vec<SelectorKey>) = (Vec::new(), Vec::new());
    for (s, &c) in selectors.iter().zip(&is_cued) {
        let k = SelectorKey::from_selector(s);
        if c {
            cued.push(k);
        } else {
            plain.push(k);
        }
    }
    let derives = |from: &SelectorKey, key: &SelectorKey| {
        crate::domain::own_domain(from, hosts).as_ref() == Some(key)
            || crate::domain::account(from).as_ref() == Some(key)
    };
    let mut out: Vec<SelectorKey> = keys
        .iter()
        .filter(|k| {
            (cued.contains(k) && !plain.contains(k))
                || (cued.iter().any(|c| derives(c, k)) && !plain.iter().any(|c| derives(c, k)))
        })
        .cloned()
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The poster's account on the platform a post was taken from (`hosts`: its
/// [`Post::site_hosts`]), as a key ([`Post::account`]: the site's host and the account id, `listhub.example/u1234567`). The linker links on it as
/// on any selector (a placeholder shared by unrelated posters, "anonymous", meets their phones
/// and is held back as a footer is), but it counts as no company of the selectors beside it
/// ([`crate::Linker::link`]).
/// (An author that is a display name, not an id, links nothing: the linker tells them,
/// [`is_display_name`].)
pub fn account_key(post: &Post, hosts: &[String]) -> Option<SelectorKey> {
    Some(SelectorKey {
        kind: plainsight_core::SelectorKind::Account,
        platform: None,
        value: post.account_on(hosts)?,
    })
}

/// Whether a post's `author` reads as a display name rather than a platform's account id: it
/// holds a space, an emoji or another mark no username takes (ids and usernames are letters,
/// digits and `_ . - @ #`), or it is only a first name ("Mohammed", "Awa"), which a group or
/// channel shows for whoever chose it.
pub fn is_display_name(author: &str) -> bool {
    let a = author.trim();
    a.chars()
        .any(|c| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '@' | '#')))
        || plainsight_text::words::is_first_name(&a.to_lowercase())
}

/// Where the selectors lie: field, start, end ([`cut_spans`]).
fn spans_of(selectors: &[Selector]) -> Vec<(Field, usize, usize)> {
    selectors
        .iter()
        .map(|s| (s.field, s.start, s.end))
        .collect()
}

/// The field's text with every selector span replaced by a space, so that a phone written
/// "7one3…" does not make two posts look alike or different.
fn cut_spans<'t>(text: &'t str, field: Field, spans: &[(Field, usize, usize)]) -> Cow<'t, str> {
    let mut spans: Vec<(usize, usize)> = spans
        .iter()
        .filter(|&&(f, s, e)| f == field && s < e && e <= text.len())
        .filter(|&&(_, s, e)| text.is_char_boundary(s) && text.is_char_boundary(e))
        .map(|&(_, s, e)| (s, e))
        .collect();
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in spans {
        if s >= at {
            out.push_str(&text[at..s]);
            out.push(' ');
            at = e;
        } else if e > at {
            at = e;
        }
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

fn tokenize_plain(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !plainsight_text::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

/// A post's words: the hash of each (up to `MAX_TOKENS`) and the text of the first
/// `TEMPLATE_TOKENS`.
#[derive(Default)]
struct Words {
    hashes: Vec<u64>,
    kept: Vec<String>,
    /// No word kept as text (for the shingles alone).
    hashed_only: bool,
    /// Reused buffer for the lowercase form of one word.
    lower: String,
}

impl Words {
    fn push(&mut self, word: &str) {
        self.hashes.push(hash_bytes(word.as_bytes()));
        if !self.hashed_only && self.kept.len() < TEMPLATE_TOKENS {
            self.kept.push(word.to_string());
        }
    }

    /// Pushes the lowercase form of `raw` (as `str::to_lowercase`, without allocating for
    /// ASCII words) and returns it.
    fn push_lower(&mut self, raw: &str) -> String {
        let mut lower = std::mem::take(&mut self.lower);
        lower.clear();
        if raw.is_ascii() {
            lower.push_str(raw);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&raw.to_lowercase());
        }
        self.push(&lower);
        lower
    }
}

fn collect_tokens(text: &str, words: &mut Words) {
    // Tokens: a run of alphanumerics, or one pictograph. A byte loop that decodes only the
    // chars beyond ASCII (ASCII has no pictographs).
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if words.hashes.len() >= MAX_TOKENS {
            return;
        }
        // The next token's start.
        let x = b[i];
        if x.is_ascii() {
            if !x.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if plainsight_text::is_pictograph(c) {
                words.push(&text[i..i + c.len_utf8()]);
                i += c.len_utf8();
                continue;
            }
            if !plainsight_text::is_alphanumeric(c) {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        let mut digit = false;
        while i < b.len() {
            let x = b[i];
            if x.is_ascii() {
                if !x.is_ascii_alphanumeric() {
                    break;
                }
                digit |= x.is_ascii_digit();
                i += 1;
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if !plainsight_text::is_alphanumeric(c) {
                    break;
                }
                i += c.len_utf8();
            }
        }
        if digit {
            // Numbers (ages, prices, times) are slots, not template text.
            words.push("#");
            continue;
        }
        let lower = words.push_lower(&text[start..i]);
        words.lower = lower;
    }
}

// RFC 3339 parsing and formatting live in the vocabulary crate, shared with synth.
pub use plainsight_core::time::{format_rfc3339, parse_rfc3339};

#[cfg(test)]
mod tests {
    use super::*;

    fn national_in(
        body: &str,
        url: Option<&str>,
        phones: &[(&str, &str, RegionSource)],
    ) -> Vec<String> {
        let post = Post {
            id: "p".into(),
            body: Some(body.into()),
            url: url.map(Into::into),
            ..Post::default()
        };
        let selectors: Vec<Selector> = phones
            .iter()
            .map(|&(raw, value, source)| {
                let start = body.find(raw).unwrap();
                Selector::new(
                    SelectorKind::Phone,
                    value,
                    Field::Body,
                    start,
                    start + raw.len(),
                    raw,
                )
                .with_region_source(source)
            })
            .collect();
        national_of(&post, &selectors)
    }

    use plainsight_core::RegionSource;

    #[test]
    fn numbers_written_without_their_code_are_kept_as_written() {
        // Unread runs: a digit at a time, keycaps, groups with dots and slashes.
        assert_eq!(
            national_in("📞 0 9 8 9 3 6 3 0 2 2 · 0️⃣6️⃣8️⃣5️⃣4️⃣8️⃣5️⃣4️⃣0️⃣0️⃣", None, &[]),
            ["0685485400", "0989363022"]
        );
        assert_eq!(
            national_in("Tel. 0491.57.75.54 or 07574/736179", None, &[]),
            ["0491577554", "07574736179"]
        );
        // A phone read in a region the post suggests, as written in digits.
        assert_eq!(
            national_in(
                "call 017723894808",
                None,
                &[("017723894808", "+4317723894808", RegionSource::Record)]
            ),
            ["017723894808"]
        );
        // Not: a number with its code (read or not), one partly in letters, runs glued to
        // words, short runs (prices, times), anything in a discussion thread.
        assert!(national_in(
            "+380 73 443 3180 or +41 78 295 98 81",
            None,
            &[(
                "+380 73 443 3180",
                "+380734433180",
                RegionSource::CallingCode
            )]
        )
        .is_empty());
        assert!(national_in(
            "text 612-555-0100ne",
            None,
            &[("612-555-0100ne", "+16125550101", RegionSource::Url)]
        )
        .is_empty());
        assert!(national_in(
            "ref ID12345678, 12345678abc, 1 h 150 / 2 h 250, 10:30-11:30",
            None,
            &[]
        )
        .is_empty());
        assert!(national_in(
            "she gave me 0989363022",
            Some("https://forum.example/showthread.php?t=123"),
            &[]
        )
        .is_empty());
        // Runs a phone covers are that phone's.
        assert!(national_in(
            "call +359 989 363 022",
            None,
            &[(
                "+359 989 363 022",
                "+359989363022",
                RegionSource::CallingCode
            )]
        )
        .is_empty());
    }

    #[test]
    fn written_at_home_finds_the_digits_of_a_number() {
        let w = WrittenAtHome::new(["0989363022", "648398495"]);
        assert_eq!(w.writings_of("+359989363022"), ["0989363022"]);
        assert_eq!(w.writings_of("+34648398495"), ["648398495"]);
        // Another number, or the same digits after a code that does not write them so.
        assert!(w.writings_of("+359989363023").is_empty());
        // Two countries may write the same digits at home (France's "09 89 36 30 22" too): the
        // linker takes the digits as a number only where one number of other posts is written so.
        assert_eq!(w.writings_of("+33989363022"), ["0989363022"]);
        assert!(!w.may_write("+4917723894808") && w.writings_of("lily_xo22").is_empty());
        // Every number the digits write ends with one of the endings.
        assert_eq!(w.endings(), ["363022", "398495"]);
        for n in ["+359989363022", "+34648398495", "+33989363022"] {
            assert!(w.endings().iter().any(|e| n.ends_with(e)), "{n}");
        }
        assert!(WrittenAtHome::new(Vec::<String>::new()).is_empty());
    }

    #[test]
    fn a_number_in_full_is_linked_as_itself_whatever_holds_it() {
        let kinds = [
            SelectorKind::Phone,
            SelectorKind::Email,
            SelectorKind::Url,
            SelectorKind::Handle,
            SelectorKind::Crypto,
            SelectorKind::Payment,
            SelectorKind::Account,
            SelectorKind::Licence,
        ];
        let platforms = [None, Some(Platform::Whatsapp), Some(Platform::Telegram)];
        let sites = [
            (None, None),
            (
                Some("listhub.example"),
                Some("https://listhub.example/ad/1"),
            ),
            (Some("4915123456789"), None),
        ];
        for value in ["+4915123456789", "+1"] {
            assert!(linked_as_itself(value));
            for kind in kinds {
                for platform in platforms {
                    for (site, url) in sites {
                        let key = SelectorKey {
                            kind,
                            platform,
                            value: value.to_string(),
                        };
                        assert_eq!(
                            linked_keys(vec![key.clone()], site, url),
                            vec![key],
                            "{kind:?} {platform:?} on {site:?}"
                        );
                    }
                }
            }
        }
        for value in [
            "+",
            "4915123456789",
            "+49 151",
            "+49.151",
            "ana@x.example",
            "x.example/+1",
        ] {
            assert!(!linked_as_itself(value), "{value}");
        }
    }

    #[test]
    fn rfc3339_round_trip() {
        for t in [
            0i64,
            1_704_067_200,
            1_709_208_000,
            951_782_400,
            4_102_444_800,
        ] {
            assert_eq!(parse_rfc3339(&format_rfc3339(t)), Some(t));
        }
        assert_eq!(
            parse_rfc3339("2024-01-01T02:00:00+02:00"),
            Some(1_704_067_200)
        );
        assert_eq!(
            parse_rfc3339("2024-01-01T00:00:00.123Z"),
            Some(1_704_067_200)
        );
        assert_eq!(parse_rfc3339("yesterday"), None);
        assert_eq!(parse_rfc3339("2024-13-01T00:00:00Z"), None);
        assert_eq!(parse_rfc3339("2024-01-01T00:00:00Zjunk"), None);
    }

    #[test]
    fn shingles_alone_are_those_of_the_whole_features() {
        let long: String = (0..MAX_TOKENS + 50).map(|i| format!("w{i} ")).collect();
        let cases = [
            (
                Some("Lily new in town"),
                Some("call 713 555 0123 now, I'm Lily"),
            ),
            (None, Some("two words")),
            (Some("Título: Café"), None),
            (Some("x"), Some(long.as_str())),
            (None, None),
        ];
        for (title, body) in cases {
            let post = Post {
                id: "a".into(),
                title: title.map(Into::into),
                body: body.map(Into::into),
                ..Post::default()
            };
            let sels = [Selector::new(
                SelectorKind::Phone,
                "+17135550123",
                Field::Body,
                5,
                17,
                "x",
            )];
            for s in [&sels[..], &[]] {
                assert_eq!(
                    PostFeatures::shingles_of(&post, s),
                    PostFeatures::from_post(&post, s).shingles,
                    "{title:?} {body:?}"
                );
            }
        }
    }

    #[test]
    fn selectors_are_cut_out_of_the_text() {
        let body = "call 713 555 0123 now, I'm Lily";
        let s = Selector::new(SelectorKind::Phone, "+17135550123", Field::Body, 5, 17, "x");
        let post = Post {
            id: "a".into(),
            body: Some(body.into()),
            location: Some("Houston, TX".into()),
            ..Post::default()
        };
        let f = PostFeatures::from_post(&post, &[s]);
        assert_eq!(f.tokens, vec!["call", "now", "i", "m", "lily"]);
        assert_eq!(f.names, vec!["Lily"]);
        assert_eq!(f.selectors.len(), 1);
        assert_eq!(f.shingles.len(), 3);
    }

    #[test]
    fn pictographs_are_words_and_joiners_are_not() {
        let post = Post {
            id: "a".into(),
            body: Some("🌹💎🌸 One classy treat 🌹\u{fe0f}\u{200d}⭐ x".into()),
            ..Post::default()
        };
        let f = PostFeatures::from_post(&post, &[]);
        assert_eq!(
            f.tokens,
            vec!["🌹", "💎", "🌸", "one", "classy", "treat", "🌹", "⭐", "x"]
        );
        // The same words framed by other emoji are other wording.
        let other = Post {
            body: Some("🍒🍒🍒 One classy treat 🍒 x".into()),
            ..post.clone()
        };
        let g = PostFeatures::from_post(&other, &[]);
        assert_ne!(f.shingles, g.shingles);
    }

    #[test]
    fn a_phrase_naming_a_service_line_cues_what_follows_it() {
        let cued = |text: &str, before: &str| service_cued(text, text.find(before).unwrap());
        for (text, at) in [
            ("Customer support +1 213-905-8883", "+1"),
            (
                "being exploited, call the 24/7 hotline (833) 966-4796",
                "(833)",
            ),
            ("Stay safe. ListHub Support: 709 448 1196", "709"),
            ("Chiama gratis il numero verde nazionale 800 290 290", "800"),
            ("Atención al cliente 900 123 456", "900"),
            ("Suport clienți +40 260 214 449", "+40"),
            ("Горячая линия 8 800 333 00 00", "8 800"),
            ("สายด่วน 1300", "1300"),
            ("相談窓口 0120-279-889", "0120"),
            (
                "appelez la ligne nationale contre la traite 05 34 60 62 35",
                "05 34",
            ),
            ("ligue para a linha nacional (83) 3231-7842", "(83)"),
            (
                "اتصل بالخط الوطني لمكافحة الاتجار بالبشر 05 38 80 43 42",
                "05 38",
            ),
            ("اتصل بالخط الوطني 07 298 2931", "07 298"),
            ("أو اتصل وبالخط الساخن 800 1234", "800"),
            // A line that calls itself free (and anonymous), as helplines' notices do.
            (
                "Opfer von Zwang? Hilfe, kostenlos und anonym: 0800 116 016",
                "0800",
            ),
            ("Linia Speranța, gratuit: 0800 800 678", "0800"),
            ("Национална линия, безплатно: 0800 20 100", "0800"),
            ("Лінія допомоги, безкоштовно: 0 800 500 335", "0 800"),
            ("Telefon zaufania, bezpłatnie: 800 100 100", "800"),
        ] {
            assert!(cued(text, at), "{text}");
        }
        for (text, at) in [
            ("Call me 713 555 0147", "713"),
            ("So supportive and sweet, text 713 555 0147", "713"),
            ("Hotline bling was on. Text 713 555 0147", "713"),
            ("Customer support is slow\nmy line 713 555 0147", "713"),
            ("Atención caballeros, llama 612 345 678", "612"),
            ("Atendimento 24h WhatsApp 11 91234 5678", "11 9"),
            // Free as a word of the offer, not the line's label.
            ("Parcare gratuită, sună 0722 123 456", "0722"),
            ("Consultation gratuite. Appelez 06 12 34 56 78", "06 12"),
            // Three letters before a phrase are a word of their own, not glued ones.
            ("كتبالخط الساخن 800 1234", "800"),
        ] {
            assert!(!cued(text, at), "{text}");
        }
        // A span off a character boundary or past the end is no cue (and no panic).
        assert!(!service_cued("Hotline é 12", 9));
        assert!(!service_cued("Hotline", 99));
    }

    #[test]
    fn a_line_names_the_site_only_by_its_host() {
        let names = site_names(&["m.escorts-hub.example".to_string()]);
        let at = |text: &str| in_site_line(text, text.find("+34").unwrap(), &names);
        assert!(at(
            "Publicado en Escorts-Hub.example · Ayuda: +34 800 511 206"
        ));
        assert!(!at("the best escorts-hub girls, call +34 627 422 973"));
        assert!(!at(
            "Publicado en escorts-hub.example\nmy line +34 627 422 973"
        ));
        let short = site_names(&["eros.example".to_string()]);
        assert!(short.is_empty(), "{short:?}");
    }

    #[test]
    fn hostile_spans_do_not_panic() {
        let post = Post {
            id: "a".into(),
            body: Some("é🌹x".into()),
            ..Post::default()
        };
        let bad = Selector::new(SelectorKind::Phone, "+1", Field::Body, 1, 99, "x");
        let worse = Selector::new(SelectorKind::Phone, "+1", Field::Body, 1, 2, "x");
        let f = PostFeatures::from_post(&post, &[bad, worse]);
        assert_eq!(f.id, "a");
    }
}
