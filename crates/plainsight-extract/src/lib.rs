//! Selectors out of posts: the `extract` stage.
//!
//! Place in the pipeline: after `ingest`, before `indicators` and `link`. It takes a
//! [`Post`] and gives the contact [`Selector`]s in its title and body —
//! phones, emails, URLs, platform handles, crypto addresses and payment handles — each with its
//! normalized value and the byte span of its evidence in the field as the input record has it
//! (`raw == field[start..end]`), as `CONTRACT.md` (`extract`) describes.
//!
//! Each field is folded once by `plainsight_text::fold` (NFKC, look-alikes, invisible characters,
//! HTML) and ASCII-lower-cased (which keeps byte offsets), matched by regexes compiled once, and
//! every span is mapped back to the raw field. Phones come from `plainsight_phone` on the raw
//! field, national numbers read by the post's region evidence ([`Extractor::extract_all`]: record,
//! location, places in the text, URL, calling codes, default, format) and each phone selector
//! saying where its region came from; numbers valid in several regions are returned as
//! [`Ambiguous`], not guessed. Crypto addresses come from `plainsight_crypto` (checksum-valid only).
//!
//! **Overlaps.** A span is claimed by one kind unless both are true. Candidates carry a *group*:
//! those made from one piece of evidence share it (a profile URL is a `url` and a `handle`;
//! "zelle 713…" is a `payment` and a `phone`; `wa.me/<n>` is a `url`, a whatsapp `handle` and a
//! `phone`). Across groups the stronger kind keeps an overlapping span: crypto, then email, then
//! cue handles, then payments, then URLs, then phones, then bare domains without a path (so
//! `gmail.com` inside an email is not a URL, digits inside an email or a crypto address are not
//! a phone, and a number disguised as "08.l23.4four.one" is a phone, not a site). A URL around a
//! crypto address (`etherscan.io/address/0x…`) or an email in its path or query
//! (`site.com/reply?to=lily22@gmail.com`) keeps both.
//!
//! Output order: title first, then body; within a field by start, then end, then kind, platform
//! and value — deterministic for the same input.
//!
//! ```
//! use plainsight_core::{Post, SelectorKind};
//! use plainsight_extract::{ExtractConfig, Extractor};
//! let post = Post {
//!     id: "P1".into(),
//!     body: Some("snap: lily_xo22 or lily22 at gmail dot com".into()),
//!     ..Post::default()
//! };
//! let found = Extractor::new(ExtractConfig::default()).extract(&post);
//! assert_eq!(found[0].kind, SelectorKind::Handle);
//! assert_eq!(found[0].raw, "snap: lily_xo22");
//! assert_eq!(found[1].reveal_value(), "lily22@gmail.com");
//! ```

mod anchored;
mod email;
mod handle;
mod licence;
mod payment;
mod suffix;
mod url;
use plainsight_text::words;

pub use suffix::{is_known_tld, registrable_domain};

use plainsight_core::{Field, Platform, Post, Region, RegionSource, Selector, SelectorKind};
use plainsight_phone::{
    find_phones_planned, find_phones_staged, plausible_regions, PhoneReading, RegionPlan,
};
use plainsight_text::Normalized;

/// Fields longer than this are read in windows of this many bytes (at char boundaries) that
/// overlap by [`WINDOW_OVERLAP`]: an ad is a few kilobytes, and the work on a multi-megabyte
/// "field" stays linear in its length, while nothing after the first window is hidden (a phone
/// after 300 KiB of filler is found). Region evidence is taken from the first window.
pub const MAX_FIELD_BYTES: usize = 256 * 1024;
/// Bytes of context a window shares with its neighbours: a selector shorter than this is seen
/// whole by the window that owns its start, and never as a fragment by the next.
pub const WINDOW_OVERLAP: usize = 4 * 1024;
/// At most this many selectors of each kind are kept per field (in order of position). The cap
/// is per kind so that a flood of one kind (1,000 junk URLs) never hides a selector of another
/// kind after it (the phone); a post that hits it is told in [`Extraction::capped`].
pub const MAX_SELECTORS_PER_FIELD: usize = 1000;

/// Settings for extraction.
#[derive(Clone, Debug, Default)]
pub struct ExtractConfig {
    /// Region (ISO 3166-1 alpha-2) for numbers without a country code when the record has neither
    /// `region` nor a resolvable `location`.
    pub default_region: Option<Region>,
    /// The countries the posts come from, where the user knows them (`--regions`): a national
    /// number nothing in its post places is read where its format is valid in exactly one of
    /// them, and reported ambiguous between them otherwise. Empty:
    /// [`plainsight_phone::PLAUSIBLE_REGIONS`].
    pub regions: Vec<Region>,
}

/// Extracts every selector of a post. Cheap to share across threads (`Send + Sync`; the regexes
/// are compiled once per process).
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    config: ExtractConfig,
}

impl Extractor {
    pub fn new(config: ExtractConfig) -> Self {
        Extractor { config }
    }

    pub fn config(&self) -> &ExtractConfig {
        &self.config
    }

    /// All selectors of the post, title first, then body, each in order of position; one entry
    /// per mention.
    pub fn extract(&self, post: &Post) -> Vec<Selector> {
        self.extract_all(post).selectors
    }

    /// The selectors of the post and the national numbers whose region could not be told
    /// ([`Ambiguous`]), as the `extract` line shows them.
    ///
    /// National numbers are read by region evidence, strongest first (`CONTRACT.md`, "Phones:
    /// where the region came from"): the record's `region` (alone: the record is trusted);
    /// else its `location`, places named in the title and body, the URL and site, the country
    /// calling codes of other numbers of the post, `--default-region`, and the number's format
    /// (valid in exactly one of [`plainsight_phone::PLAUSIBLE_REGIONS`]), each number read at the first of these
    /// where it is valid.
    pub fn extract_all(&self, post: &Post) -> Extraction {
        // What the post says of its region, taken when it is needed: placing a post by its
        // text (the places, scripts and prices it names) costs more than reading most posts'
        // numbers. A post whose `location` names one country has its numbers read there first
        // (`find_phones_staged`), and its text is read only when a number needs more: the
        // numbers come out exactly as with the whole evidence.
        let record = post.region_hint().is_some();
        // The location is read once: for the first level, and for the whole evidence.
        let location = (!record).then(|| location_countries(post));
        // The one country a strong location names is the whole plan's first level.
        let located = match &location {
            Some((countries, false)) if countries.len() == 1 => Some(countries[0]),
            _ => None,
        };
        // Where no strong location places the post, the places its text names are the whole
        // plan's first level (when they name any): read first, and the rest of the evidence
        // (its prices, scripts, wallets, URL) only when a number needs more, as for a
        // location. A single country named is a first level of its own.
        let unlocated =
            matches!(&location, Some((countries, weak)) if countries.is_empty() || *weak);
        let named: Option<NamedText<'_>> = unlocated.then(|| named_text(post));
        let named_alone = match &named {
            Some(n) if n.text.len() == 1 => Some(n.text[0]),
            _ => None,
        };
        // Handed to the whole evidence when it is read.
        let named_cell = std::cell::RefCell::new(named);
        let evidence_cell = std::cell::OnceCell::new();
        let evidence = || {
            evidence_cell.get_or_init(|| {
                self.evidence_from(
                    post,
                    || location.clone().unwrap_or_else(|| location_countries(post)),
                    || {
                        named_cell
                            .borrow_mut()
                            .take()
                            .unwrap_or_else(|| named_text(post))
                    },
                )
            })
        };
        // Country codes written on their own ("Country code +44.") are a level of evidence
        // from the first reading on.
        let mut codes: Vec<Region> = Vec::new();
        if !record {
            for (_, text) in post.text_fields() {
                for r in written_calling_codes(plainsight_text::prefix(text, MAX_FIELD_BYTES)) {
                    if !codes.contains(&r) {
                        codes.push(r);
                    }
                }
            }
        }
        let plan_cell = std::cell::OnceCell::new();
        let first_codes = codes.clone();
        let full_plan =
            || plan_cell.get_or_init(|| evidence().plan(&first_codes, &self.config.regions));
        let first_plan = match (located, named_alone) {
            (Some(r), _) => Some((r, RegionSource::Location)),
            (None, Some(r)) => Some((r, RegionSource::Text)),
            (None, None) => None,
        }
        .map(|(r, source)| {
            let mut p = RegionPlan::default();
            p.push(&[r], source);
            p
        });
        let first_region = located
            .or(named_alone)
            .or_else(|| evidence().first_region());
        // Each field in windows (one for any ordinary field): the window's text, where it
        // starts in the field, and the part of it it owns (selectors starting there).
        let mut fields: Vec<(
            Field,
            Window<'_>,
            FieldText<'_>,
            Vec<plainsight_phone::PhoneFind>,
        )> = Vec::new();
        for (field, text) in post.text_fields() {
            for w in windows(text) {
                let ft = FieldText::new(w.text, first_region);
                let found = match &first_plan {
                    Some(first) => find_phones_staged(w.text, &ft.norm, first, &full_plan),
                    None => find_phones_planned(w.text, &ft.norm, full_plan()),
                };
                fields.push((field, w, ft, found));
            }
        }
        // The plan the numbers were read by, once something below reads them again.
        let mut plan: Option<RegionPlan> = None;
        // Numbers written with their country code say where the post is for its other numbers:
        // read again with that level when a number needed the default, the format or was
        // ambiguous, or when no place is named; with a named place, when a run of digits was
        // left unread (a number the place did not read: "motor di Surat" in an Indonesian ad
        // with "+62" beside "0813-4261-8721"). The levels before it are the same, so every
        // number read before is read the same.
        if !record {
            let standalone = codes.len();
            let mut weak = false;
            let hosts_cell = std::cell::OnceCell::new();
            let hosts = || hosts_cell.get_or_init(|| post.site_hosts());
            let mut site_codes: Vec<Region> = Vec::new();
            for (_, w, _, found) in &fields {
                for f in found {
                    match &f.reading {
                        PhoneReading::Number { e164, source } => match source {
                            // A number on a line that names the hosting site's own domain is
                            // the site's support line ("Need help? Call +971 2 231 2680 ·
                            // support@site"): its code says where the site is, not the poster.
                            RegionSource::CallingCode => {
                                let into = if on_site_line(w.text, f.start, f.end, hosts()) {
                                    &mut site_codes
                                } else {
                                    &mut codes
                                };
                                if let Some(r) = plainsight_phone::region_of_number(e164)
                                    .as_deref()
                                    .and_then(valid_region)
                                {
                                    if !into.contains(&r) {
                                        into.push(r);
                                    }
                                }
                            }
                            RegionSource::Default | RegionSource::Format => weak = true,
                            _ => {}
                        },
                        PhoneReading::Ambiguous { .. } => weak = true,
                    }
                }
            }
            let placed = located.is_some()
                || named_alone.is_some()
                || evidence().levels.iter().any(|(_, src)| {
                    matches!(
                        src,
                        RegionSource::Location | RegionSource::Text | RegionSource::Url
                    )
                });
            // A site's code the post's own codes already hold adds no level worth a reading.
            site_codes.retain(|r| !codes.contains(r));
            if (codes.len() > standalone || !site_codes.is_empty())
                && (weak || !placed || unread(&fields))
            {
                let again = evidence().plan_with_site(&codes, &site_codes, &self.config.regions);
                for (_, w, ft, found) in &mut fields {
                    *found = find_phones_planned(w.text, &ft.norm, &again);
                }
                plan = Some(again);
            }
            // A number several regions read alike, none of them placed by the post: the
            // language the post is written in settles it when exactly one of the countries
            // that speak it reads the digits (Spanish: Colombia, not Italy). Read again only
            // then. Not English: ads are written in English in every country (to visitors, by
            // expatriates), so English says nothing of where a post is.
            let has_ambiguous = |found: &[plainsight_phone::PhoneFind]| {
                found
                    .iter()
                    .any(|f| matches!(f.reading, PhoneReading::Ambiguous { .. }))
            };
            if fields.iter().any(|(_, _, _, found)| has_ambiguous(found)) {
                // The poster's words: a site's footer is in the site's language.
                let text: String = post
                    .text_fields()
                    .map(|(_, t)| {
                        plainsight_text::words::before_signature(plainsight_text::prefix(
                            t,
                            MAX_FIELD_BYTES,
                        ))
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                // Written in a script several countries share (Cyrillic, Arabic,
                // Devanagari), the countries that speak its languages settle it the same way
                // ("8 998 591 73 92" read in Brazil and Russia, in a Russian post: Russia).
                let speakers = match plainsight_text::words::language_of(&text)
                    .filter(|&l| l != "en")
                {
                    Some(language) => {
                        // Priced in euros, only the countries that pay in them ("130 €" in
                        // Spanish: Spain, not Peru).
                        let mut speakers = plainsight_geo::countries_speaking(language);
                        if plainsight_geo::prices_in_euros(&text) {
                            speakers
                                .retain(|c| plainsight_geo::EURO_COUNTRIES.contains(&c.as_str()));
                        }
                        speakers
                    }
                    None => evidence().script_speakers.clone(),
                };
                if !speakers.is_empty() {
                    let mut plan = plan.take().unwrap_or_else(|| full_plan().clone());
                    plan.speakers(&speakers);
                    // The language only changes ambiguous readings: the other fields stay.
                    for (_, w, ft, found) in &mut fields {
                        if has_ambiguous(found) {
                            *found = find_phones_planned(w.text, &ft.norm, &plan);
                        }
                    }
                }
            }
        }
        if !record {
            nearest_calling_code(&mut fields);
            same_number_as_written(&mut fields);
        }
        let mut out = Extraction::default();
        for (field, w, ft, found) in fields {
            let mut over = false;
            let mut ambiguous = Vec::new();
            let found = self.selectors_of(field, w.text, &ft, found, &mut ambiguous, &mut over);
            let whole = w.offset == 0 && w.owned == (0, w.text.len());
            out.selectors
                .extend(w.keep(found, |s| (&mut s.start, &mut s.end)));
            out.ambiguous
                .extend(w.keep(ambiguous, |a| (&mut a.start, &mut a.end)));
            if over {
                let note = format!(
                    "{} has more than {MAX_SELECTORS_PER_FIELD} selectors of a kind, the first {MAX_SELECTORS_PER_FIELD} of each kind kept",
                    field.as_str()
                );
                if !out.capped.contains(&note) {
                    out.capped.push(note);
                }
            }
            if whole {
                out.folded.push((field, ft.norm));
            }
        }
        out
    }

    /// The region numbers are read in when a post names one: the record's `region` (if it is
    /// two ASCII letters), else the country of its `location`, else the configured default.
    pub fn region_for(&self, post: &Post) -> Option<Region> {
        post.region_hint()
            .or_else(|| {
                post.location
                    .as_deref()
                    .and_then(plainsight_geo::country_for_location)
                    .and_then(valid_region)
            })
            .or(self.config.default_region)
    }

    /// What the post says about its region, by kind of evidence.
    pub fn region_evidence(&self, post: &Post) -> RegionEvidence {
        self.evidence_from(post, || location_countries(post), || named_text(post))
    }

    /// [`Extractor::region_evidence`] given the post's [`location_countries`] and the places its
    /// text names ([`named_text`]), which the caller may have read already (neither is read
    /// for a post whose record gives its region).
    fn evidence_from<'p>(
        &self,
        post: &'p Post,
        location: impl FnOnce() -> (Vec<Region>, bool),
        named: impl FnOnce() -> NamedText<'p>,
    ) -> RegionEvidence {
        let mut ev = RegionEvidence::default();
        if let Some(r) = post.region_hint() {
            ev.levels.push((vec![r], RegionSource::Record));
            ev.record = true;
            return ev;
        }
        let (mut located, weak_location) = location();
        if !located.is_empty() && !weak_location {
            ev.levels
                .push((std::mem::take(&mut located), RegionSource::Location));
        }
        let NamedText {
            read,
            destinations,
            text,
        } = named();
        // The countries of the scripts only one country writes, field by field.
        let mut own_script: Vec<Region> = Vec::new();
        let mut fields: Vec<&str> = Vec::new();
        for (t_cut, mut found) in read {
            // A price in the currency of where the work is ("Salaire QAR 1,800" in an offer of
            // work in Qatar) is the pay there, not where the post is.
            let currencies: Vec<&'static str> = found
                .currencies(t_cut)
                .iter()
                .copied()
                .filter(|c| !destinations.contains(c))
                .collect();
            let hinted = found.hints.iter().copied();
            let of_script = plainsight_geo::countries_of_script(t_cut);
            if let [c] = of_script.as_slice() {
                if let Some(c) = valid_region(c) {
                    if !own_script.contains(&c) {
                        own_script.push(c);
                    }
                }
            }
            for c in of_script
                .into_iter()
                .chain(currencies)
                .chain(plainsight_phone::wallets::wallet_countries(t_cut))
                .chain(hinted)
            {
                if let Some(c) = valid_region(c) {
                    if !ev.script.contains(&c) {
                        ev.script.push(c);
                    }
                }
            }
            fields.push(t_cut);
        }
        ev.script_speakers = plainsight_geo::speakers_of_texts(&fields);
        if let [c] = own_script.as_slice() {
            ev.script_country = Some(*c);
        }
        if !text.is_empty() {
            ev.levels.push((text, RegionSource::Text));
        }
        // (Left here only when weak.)
        if !located.is_empty() {
            ev.levels.push((located, RegionSource::Location));
        }
        let mut url: Vec<Region> = Vec::new();
        for u in [post.url.as_deref(), post.site.as_deref()]
            .into_iter()
            .flatten()
        {
            for c in plainsight_geo::countries_in_url(plainsight_text::prefix(u, 4096)) {
                if let Some(c) = valid_region(c) {
                    if !url.contains(&c) {
                        url.push(c);
                    }
                }
            }
        }
        if !url.is_empty() {
            ev.levels.push((url, RegionSource::Url));
        }
        if let Some(r) = self.config.default_region {
            ev.levels.push((vec![r], RegionSource::Default));
        }
        ev
    }

    /// The selectors of one text field, in order of position (spans into `text`), national
    /// numbers read in `region` (reported as coming from the record).
    pub fn extract_field(&self, field: Field, text: &str, region: Option<Region>) -> Vec<Selector> {
        let mut plan = RegionPlan::default();
        if let Some(r) = region {
            plan.push(&[r], RegionSource::Record);
        }
        let mut out = Vec::new();
        for w in windows(text) {
            let ft = FieldText::new(w.text, region);
            let found = find_phones_planned(w.text, &ft.norm, &plan);
            let sel = self.selectors_of(field, w.text, &ft, found, &mut Vec::new(), &mut false);
            out.extend(w.keep(sel, |s| (&mut s.start, &mut s.end)));
        }
        out
    }

    fn selectors_of(
        &self,
        field: Field,
        text: &str,
        ft: &FieldText<'_>,
        found: Vec<plainsight_phone::PhoneFind>,
        ambiguous: &mut Vec<Ambiguous>,
        over: &mut bool,
    ) -> Vec<Selector> {
        let mut sink = Sink::default();
        let mut phones: Vec<PhoneHit> = Vec::new();
        // Where each phone's region came from, by group.
        let mut sources: Vec<(u32, RegionSource)> = Vec::new();
        for p in found {
            if p.start >= p.end || text.get(p.start..p.end).is_none() {
                continue;
            }
            match p.reading {
                PhoneReading::Number { e164, source } => {
                    let group = sink.group();
                    sources.push((group, source));
                    phones.push(PhoneHit {
                        e164,
                        start: p.start,
                        end: p.end,
                        group,
                    });
                }
                PhoneReading::Ambiguous { regions, readings } => ambiguous.push(Ambiguous {
                    field,
                    start: p.start,
                    end: p.end,
                    raw: text[p.start..p.end].to_string(),
                    regions,
                    readings,
                }),
            }
        }
        for p in &phones {
            sink.push(Cand {
                kind: SelectorKind::Phone,
                platform: None,
                value: p.e164.clone(),
                start: p.start,
                end: p.end,
                group: p.group,
                rank: RANK_PHONE,
            });
        }
        crypto(ft, &mut sink);
        let emails = email::find(ft, &mut sink);
        url::find(ft, &mut sink);
        handle::find(ft, &mut sink, &phones);
        payment::find(ft, &mut sink, &phones, &emails);
        licence::find(ft, &mut sink);

        *over |= sink.over;
        let mut per_kind = [0usize; KINDS];
        resolve(sink.cands)
            .into_iter()
            .filter(|c| {
                let n = &mut per_kind[kind_index(c.kind)];
                *n += 1;
                *over |= *n > MAX_SELECTORS_PER_FIELD;
                *n <= MAX_SELECTORS_PER_FIELD
            })
            .filter_map(|c| {
                let raw = text.get(c.start..c.end)?;
                let mut s = Selector::new(c.kind, c.value, field, c.start, c.end, raw);
                if c.kind == SelectorKind::Phone {
                    if let Some(&(_, source)) = sources.iter().find(|(g, _)| *g == c.group) {
                        s = s.with_region_source(source);
                    }
                }
                Some(match c.platform {
                    Some(p) => s.with_platform(p),
                    None => s,
                })
            })
            .collect()
    }
}

/// Whether a field's text holds a run of seven digits or more that no found number covers: a
/// number the levels so far did not read (cheap to ask before reading every field again).
fn unread(
    fields: &[(
        Field,
        Window<'_>,
        FieldText<'_>,
        Vec<plainsight_phone::PhoneFind>,
    )],
) -> bool {
    fields.iter().any(|(_, w, _, found)| {
        let b = w.text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            // A run of digits and the separators numbers are written with.
            let s = i;
            let mut digits = 0;
            while i < b.len() && (b[i].is_ascii_digit() || matches!(b[i], b' ' | b'-' | b'.')) {
                digits += usize::from(b[i].is_ascii_digit());
                i += 1;
            }
            if digits >= 7 && !found.iter().any(|f| f.start < i && s < f.end) {
                return true;
            }
        }
        false
    })
}

/// Whether the line of `text` holding `start..end` names one of `hosts` (the hosting site's
/// domains, [`Post::site_hosts`]), in any case: the site's footer or support line.
fn on_site_line(text: &str, start: usize, end: usize, hosts: &[String]) -> bool {
    if hosts.is_empty() {
        return false;
    }
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let line = &text.as_bytes()[from..to];
    hosts.iter().any(|h| {
        h.len() >= 4
            && h.contains('.')
            && line
                .windows(h.len())
                .any(|w| w.eq_ignore_ascii_case(h.as_bytes()))
    })
}

/// How near (in bytes between the two spans) a number written with its country code must be
/// to settle a national number beside it.
const NEAR_CALLING_CODE: usize = 24;

/// A national number several regions read alike, written beside a number with its country
/// code ("Contact: 9827280443 / +977 982-4724331", "9779827280443 | 9824724331"), is read in
/// that code's country when it is one of them: an advertiser lists its own numbers together,
/// while a post's other codes may be a site's support line or a destination's. The nearest
/// such number within [`NEAR_CALLING_CODE`] bytes decides, and only when no other one as near
/// names another country.
fn nearest_calling_code(
    fields: &mut [(
        Field,
        Window<'_>,
        FieldText<'_>,
        Vec<plainsight_phone::PhoneFind>,
    )],
) {
    for (_, _, _, found) in fields.iter_mut() {
        if !found
            .iter()
            .any(|f| matches!(f.reading, PhoneReading::Ambiguous { .. }))
        {
            continue;
        }
        let coded: Vec<(usize, usize, String)> = found
            .iter()
            .filter_map(|f| match &f.reading {
                PhoneReading::Number {
                    e164,
                    source: RegionSource::CallingCode,
                } => plainsight_phone::region_of_number(e164).map(|r| (f.start, f.end, r)),
                _ => None,
            })
            .collect();
        if coded.is_empty() {
            continue;
        }
        for f in found.iter_mut() {
            let PhoneReading::Ambiguous { regions, readings } = &f.reading else {
                continue;
            };
            let gap = |&(s, e, _): &(usize, usize, String)| {
                if e <= f.start {
                    f.start - e
                } else {
                    s.saturating_sub(f.end)
                }
            };
            let Some(best) = coded.iter().map(gap).min() else {
                continue;
            };
            let nearest: Vec<&String> = coded
                .iter()
                .filter(|c| gap(c) == best)
                .map(|c| &c.2)
                .collect();
            if best > NEAR_CALLING_CODE || nearest.iter().any(|r| *r != nearest[0]) {
                continue;
            }
            let region = nearest[0];
            if !regions.contains(region) {
                continue;
            }
            let reading = readings
                .iter()
                .find(|e| plainsight_phone::region_of_number(e).as_ref() == Some(region));
            if let Some(e164) = reading.cloned() {
                f.reading = PhoneReading::Number {
                    e164,
                    source: RegionSource::CallingCode,
                };
            }
        }
    }
}

/// A number a post writes twice, once with its country code (its `+` or `00` written, or in a
/// WhatsApp link: "Apply now: 050 990 7782 wa.me/233509907782") and once in national form
/// ("+380 50 584 9627 … 0505~8496~27"), is one number: the national form, read in a country
/// the text names (a job's destination) or left ambiguous, is the written one when its
/// national significant digits are the written number's.
fn same_number_as_written(
    fields: &mut [(
        Field,
        Window<'_>,
        FieldText<'_>,
        Vec<plainsight_phone::PhoneFind>,
    )],
) {
    // The numbers written with their code, in the order met.
    let mut coded: Vec<String> = Vec::new();
    for (_, w, _, found) in fields.iter() {
        for f in found {
            if let PhoneReading::Number {
                e164,
                source: RegionSource::CallingCode,
            } = &f.reading
            {
                // Written with its `+` or `00` (or a spoken plus), not a calling code read
                // into digits before a number ("27 💖 0669…" may be an age).
                let raw = w.text.get(f.start..f.end).unwrap_or("");
                let view = plainsight_text::digit_view(raw);
                let lead = view.as_str().trim_start();
                if lead.starts_with('+') || lead.starts_with("00") {
                    coded.push(e164.clone());
                }
            }
        }
    }
    // A WhatsApp link's number, as the URL stage reads it (asked only where a number was read
    // otherwise than by its code, and of a field that names such a link).
    let read_otherwise = fields.iter().any(|(_, _, _, found)| {
        found.iter().any(|f| match &f.reading {
            PhoneReading::Number { source, .. } => *source != RegionSource::CallingCode,
            PhoneReading::Ambiguous { .. } => true,
        })
    });
    if read_otherwise {
        for (_, _, ft, _) in fields.iter() {
            if !(ft.lower.contains("wa.me/") || ft.lower.contains("whatsapp.com/")) {
                continue;
            }
            let mut sink = Sink::default();
            url::find(ft, &mut sink);
            coded.extend(
                sink.cands
                    .into_iter()
                    .filter(|c| {
                        c.kind == SelectorKind::Handle && c.platform == Some(Platform::Whatsapp)
                    })
                    .map(|c| c.value),
            );
        }
    }
    // (national significant digits, number), each number once.
    let mut written: Vec<(String, String)> = Vec::new();
    for e164 in coded {
        if let Some(n) = plainsight_phone::national_significant(&e164) {
            if n.len() >= 7 && !written.iter().any(|w| w.1 == e164) {
                written.push((n.to_string(), e164));
            }
        }
    }
    if written.is_empty() {
        return;
    }
    let same = |e164: &str| {
        let n = plainsight_phone::national_significant(e164)?;
        written.iter().find(|w| w.0 == n).map(|w| w.1.clone())
    };
    for (_, _, _, found) in fields.iter_mut() {
        for f in found.iter_mut() {
            let to = match &f.reading {
                PhoneReading::Number { e164, source } if *source != RegionSource::CallingCode => {
                    same(e164).filter(|w| w != e164)
                }
                PhoneReading::Ambiguous { readings, .. } => readings.iter().find_map(|r| same(r)),
                _ => None,
            };
            if let Some(e164) = to {
                f.reading = PhoneReading::Number {
                    e164,
                    source: RegionSource::CallingCode,
                };
            }
        }
    }
}

/// The places a post's title and body name, field by field, and the level of evidence they
/// make (`text`): where the post's location does not place it, the plan's first level.
struct NamedText<'p> {
    /// Each field (cut to [`MAX_FIELD_BYTES`]) and what it names.
    read: Vec<(&'p str, plainsight_geo::PlaceEvidence)>,
    /// Where the work of an offer abroad is, in any field.
    destinations: Vec<&'static str>,
    /// The countries of the places named outside an offer of work abroad, then of the numbers
    /// the text says are a country's ("my Spanish number"), in order of mention.
    text: Vec<Region>,
}

/// [`NamedText`] of `post`. Places named; names people go by heading a shouted line are hints
/// only. A country named as where the work is in an offer of work abroad is where the work is
/// wherever the post names it ("Italy work visa" in its title, "a company in Italy" in its
/// body).
fn named_text(post: &Post) -> NamedText<'_> {
    let read: Vec<(&str, plainsight_geo::PlaceEvidence)> = post
        .text_fields()
        .map(|(_, t)| {
            let t_cut = plainsight_text::prefix(t, MAX_FIELD_BYTES);
            (t_cut, plainsight_geo::place_evidence(t_cut))
        })
        .collect();
    let destinations: Vec<&'static str> = read
        .iter()
        .flat_map(|(_, found)| found.destinations.iter().copied())
        .collect();
    let mut text: Vec<Region> = Vec::new();
    for (t_cut, found) in &read {
        let places = found
            .places
            .iter()
            .filter(|(_, of)| !destinations.contains(of))
            .map(|&(c, _)| c);
        // Places named, then countries whose numbers the text says it gives ("my Spanish
        // number").
        for c in places.chain(plainsight_geo::countries_of_numbers(t_cut)) {
            if let Some(c) = valid_region(c) {
                if !text.contains(&c) {
                    text.push(c);
                }
            }
        }
    }
    NamedText {
        read,
        destinations,
        text,
    }
}

/// The countries a post's `location` names (its country, and where it names a city alone, its
/// large namesakes'), and whether the location is weak: known only by another name of a small
/// town, or a city's name of three letters or fewer, it goes after the places the text names
/// ("Neudorf", a district of Strasbourg, is also a Slovak town's German name; "Van" is a Turkish
/// city and Vancouver's short name).
fn location_countries(post: &Post) -> (Vec<Region>, bool) {
    let located = post
        .location
        .as_deref()
        .map(plainsight_geo::countries_for_location)
        .unwrap_or_default()
        .into_iter()
        .filter_map(valid_region)
        .collect();
    let weak = post
        .location
        .as_deref()
        .is_some_and(plainsight_geo::location_is_weak);
    (located, weak)
}

/// What a post says about its region, strongest evidence first (see
/// [`Extractor::extract_all`]).
#[derive(Clone, Debug, Default)]
pub struct RegionEvidence {
    /// Levels of evidence in order, each with the regions it names.
    pub levels: Vec<(Vec<Region>, RegionSource)>,
    /// The record named its region: nothing else is consulted.
    pub record: bool,
    /// Countries the post's writing points to (Thai script: TH; prices in rupiah: ID; a city
    /// people also go by as a name heading a shouted title: "HOUSTON NEW GIRL", US), which
    /// settle a number that several regions of one level read alike, and are tried with the
    /// plausible regions when only the number's format can place it
    /// ([`plainsight_geo::countries_of_script`], [`plainsight_geo::countries_of_currency`],
    /// the mobile wallets it names: [`plainsight_phone::wallets::wallet_countries`],
    /// [`plainsight_geo::countries_hinted_in_text`]).
    pub script: Vec<Region>,
    /// Countries that speak the languages of a shared script the post is written in
    /// (Cyrillic, Arabic, Devanagari, Chinese; Indonesian and Malay in Latin letters:
    /// [`plainsight_geo::speakers_of_texts`]): the
    /// last level, for a number nothing before it reads.
    pub script_speakers: Vec<Region>,
    /// The one country whose own script the post is written in (Lao: LA, Khmer: KH, Burmese:
    /// MM, Thai: TH), where no field is in another such script: in a post that names no place,
    /// a number valid there is read there, a fixed line too, before the mobiles the other
    /// hints read.
    pub script_country: Option<Region>,
}

impl RegionEvidence {
    /// The first region named, for matchers that read one region (payments, handles).
    pub fn first_region(&self) -> Option<Region> {
        self.levels.first().and_then(|(r, _)| r.first()).copied()
    }

    /// The plan national numbers are read by, with the regions of calling codes written in the
    /// post (`codes`) as a level before the default, and `regions` (the user's, or none) as
    /// the countries a number's format alone may place it in.
    fn plan(&self, codes: &[Region], regions: &[Region]) -> RegionPlan {
        self.plan_with_site(codes, &[], regions)
    }

    /// [`RegionEvidence::plan`], with the regions of the calling codes on the hosting site's
    /// own lines (`site_codes`: its support line in the footer) as a level after everything the
    /// post itself says (its places, its codes, its script and prices) and before the number's
    /// format alone: where the site is, the poster often is, but a price in riyals says more.
    fn plan_with_site(
        &self,
        codes: &[Region],
        site_codes: &[Region],
        regions: &[Region],
    ) -> RegionPlan {
        let mut plan = RegionPlan::default();
        let mut codes_added = false;
        for (regions, source) in &self.levels {
            if *source == RegionSource::Default && !codes_added {
                plan.push(codes, RegionSource::CallingCode);
                codes_added = true;
            }
            plan.push(regions, *source);
        }
        plan.hint(&self.script);
        if !self.record {
            if !codes_added {
                // A post that names no place, written in a script one country alone writes, is
                // that country's before the codes of its other numbers: a number written with
                // its code is often the one from abroad ("โทร 074 735 091 หรือ +60121054087":
                // Thai, not Malaysian).
                if let Some(r) = self
                    .script_country
                    .filter(|r| self.levels.is_empty() && !codes.is_empty() && !codes.contains(r))
                {
                    plan.push(&[r], RegionSource::Text);
                }
                plan.push(codes, RegionSource::CallingCode);
            }
            if plan.is_empty() {
                // Nothing names a place: where the post's writing points (its script, its
                // prices) reads a mobile number first, as it does after the places a post
                // names ("Citas al 931339748 … Desde S/.150": Peru); then where its site is;
                // then the number alone decides.
                if let Some(r) = self.script_country {
                    plan.push(&[r], RegionSource::Text);
                }
                plan.push_hints();
                plan.push(site_codes, RegionSource::CallingCode);
                plan.push(
                    if regions.is_empty() {
                        plausible_regions()
                    } else {
                        regions
                    },
                    RegionSource::Format,
                );
            } else {
                // After every place it names, where the post's writing points to (its script,
                // its prices), unless a named place is among them: a mobile number none of the
                // named places reads ("Victoria" read as Australia in a Malaysian ad priced in
                // ringgit) is read there; then where its site is.
                if !self
                    .levels
                    .iter()
                    .flat_map(|(r, _)| r)
                    .chain(codes)
                    .any(|r| self.script.contains(r))
                {
                    plan.push_hints();
                }
                plan.push(site_codes, RegionSource::CallingCode);
            }
            // Last, a number nothing above reads, in the countries that speak the language
            // of a shared script the post is written in, when exactly one of them reads it:
            // "8 913 563-06-84" in a Russian post with no place, Russia (not a plausible
            // region by itself, so the format level does not try it). Only after a phone cue;
            // a number several of them read stays unread.
            plan.push_script_speakers(&self.script_speakers);
        }
        // A number given as a phone that nothing above reads is reported ambiguous, not
        // dropped (the record's region is a named place like any).
        plan.report_unplaced();
        if !regions.is_empty() {
            plan.plausible(regions);
        }
        plan
    }
}

pub use plainsight_core::Ambiguous;

/// Everything extract finds in a post.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub selectors: Vec<Selector>,
    pub ambiguous: Vec<Ambiguous>,
    /// The caps the post hit, in words ("body has more than 1000 selectors of a kind, the
    /// first 1000 of each kind kept"): what lay past them is not in `selectors`. Empty for
    /// every ordinary post.
    pub capped: Vec<String>,
    /// The folded view (`plainsight_text::fold`) of each field read whole in one window, as
    /// extraction read it: the stages after extraction read the same view instead of folding
    /// the field again (`Evaluator::evaluate_folded`).
    pub folded: Vec<(Field, Normalized)>,
}

/// Regions of country calling codes written on their own ("Country code +44.", "(+234 numbers
/// only)", "indicatif +33"): a `+` and one to three digits that no further digit follows.
fn written_calling_codes(text: &str) -> Vec<Region> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for p in memchr::memchr_iter(b'+', b) {
        let digits = b[p + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=3).contains(&digits) {
            continue;
        }
        let rest = &text[p + 1 + digits..];
        // The next thing is not more of a number ("+44 7911 …", "+44-7911").
        let more = rest
            .trim_start_matches([' ', '-', '.', '(', ')', '\u{A0}'])
            .starts_with(|c: char| c.is_ascii_digit());
        if more || (p > 0 && b[p - 1].is_ascii_digit()) {
            continue;
        }
        if let Some(r) = plainsight_phone::region_for_calling_code(&text[p + 1..p + 1 + digits])
            .as_deref()
            .and_then(valid_region)
        {
            if !out.contains(&r) {
                out.push(r);
            }
        }
        if out.len() >= 8 {
            break;
        }
    }
    out
}

/// A region as the data gives it, validated by the one rule every reader of regions uses
/// ([`plainsight_core::Region::from_data`]: a region libphonenumber knows, `UK` read as `GB`).
fn valid_region(r: &str) -> Option<Region> {
    Region::from_data(r)
}

/// A window of a field's text (see [`MAX_FIELD_BYTES`]).
struct Window<'a> {
    text: &'a str,
    /// Where `text` starts in the field.
    offset: usize,
    /// The byte range of `text` whose selectors this window reports.
    owned: (usize, usize),
}

impl Window<'_> {
    /// Of things found in this window (spans into it), those that start in the part it owns
    /// (its neighbour sees the rest whole), with their spans made spans into the field.
    fn keep<'w, T: 'w>(
        &'w self,
        found: Vec<T>,
        span: impl Fn(&mut T) -> (&mut usize, &mut usize) + 'w,
    ) -> impl Iterator<Item = T> + 'w {
        found.into_iter().filter_map(move |mut x| {
            let (start, end) = span(&mut x);
            if !(self.owned.0..self.owned.1).contains(start) {
                return None;
            }
            *start += self.offset;
            *end += self.offset;
            Some(x)
        })
    }
}

/// The windows a field is read in: the whole field when it is at most [`MAX_FIELD_BYTES`];
/// else windows of that size, each starting [`WINDOW_OVERLAP`] bytes before the part it owns
/// and ending as far after it, at char boundaries.
fn windows(text: &str) -> Vec<Window<'_>> {
    if text.len() <= MAX_FIELD_BYTES {
        return vec![Window {
            text,
            offset: 0,
            owned: (0, text.len()),
        }];
    }
    let back = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let mut out = Vec::new();
    let mut own_start = 0;
    while own_start < text.len() {
        let start = back(own_start.saturating_sub(WINDOW_OVERLAP));
        let end = back((start + MAX_FIELD_BYTES).min(text.len()));
        // A window is far longer than two overlaps, so it always owns something.
        let own_end = if end == text.len() {
            end
        } else {
            back(end - WINDOW_OVERLAP)
        };
        out.push(Window {
            text: &text[start..end],
            offset: start,
            owned: (own_start - start, own_end - start),
        });
        own_start = own_end;
    }
    out
}

/// One field as the extractors see it: the raw text, its folded view and the ASCII-lower-cased
/// folded view (same byte offsets as the folded view).
pub(crate) struct FieldText<'a> {
    pub raw: &'a str,
    pub norm: Normalized,
    pub lower: String,
    pub region: Option<Region>,
}

impl<'a> FieldText<'a> {
    pub(crate) fn new(raw: &'a str, region: Option<Region>) -> Self {
        let norm = plainsight_text::fold(raw);
        let lower = norm.as_str().to_ascii_lowercase();
        FieldText {
            raw,
            norm,
            lower,
            region,
        }
    }

    /// The folded text (case kept).
    pub(crate) fn folded(&self) -> &str {
        self.norm.as_str()
    }

    /// Maps a folded byte range to the raw field.
    pub(crate) fn orig(&self, start: usize, end: usize) -> (usize, usize) {
        let (s, e) = self.norm.to_original(start, end);
        // Defensive: keep spans inside the field whatever the folding layer returns.
        let e = e.min(self.raw.len());
        (s.min(e), e)
    }
}

pub(crate) const RANK_CRYPTO: u8 = 0;
pub(crate) const RANK_EMAIL: u8 = 1;
pub(crate) const RANK_HANDLE: u8 = 2;
pub(crate) const RANK_PAYMENT: u8 = 3;
/// A licence number with letters in it outranks the phone stage's reading of its digits.
pub(crate) const RANK_LICENCE: u8 = 3;
pub(crate) const RANK_URL: u8 = 4;
pub(crate) const RANK_PHONE: u8 = 5;
/// A bare domain without a path ("lily22.com") is weaker evidence than a phone over the same
/// characters ("08.l23.4four.one" is a disguised number, not a site).
pub(crate) const RANK_BARE_URL: u8 = 6;
/// An `@account` naming no platform gives way to any other reading of its characters.
pub(crate) const RANK_BARE_HANDLE: u8 = 6;
/// A licence number of digits alone gives way to any other reading of its characters.
pub(crate) const RANK_LICENCE_DIGITS: u8 = 7;

/// A selector before overlaps are resolved; spans are into the raw field.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub kind: SelectorKind,
    pub platform: Option<Platform>,
    pub value: String,
    pub start: usize,
    pub end: usize,
    /// Candidates from one piece of evidence share a group and never displace each other.
    pub group: u32,
    /// Lower is stronger across groups.
    pub rank: u8,
}

#[derive(Default)]
pub(crate) struct Sink {
    pub cands: Vec<Cand>,
    next_group: u32,
    /// Candidates gathered per kind (see [`MAX_CANDIDATES_PER_KIND`]).
    per_kind: [usize; KINDS],
    /// Whether a candidate was refused by the cap.
    pub over: bool,
}

/// Selector kinds, for per-kind caps.
const KINDS: usize = 8;

fn kind_index(kind: SelectorKind) -> usize {
    match kind {
        SelectorKind::Phone => 0,
        SelectorKind::Email => 1,
        SelectorKind::Url => 2,
        SelectorKind::Handle => 3,
        SelectorKind::Crypto => 4,
        SelectorKind::Payment => 5,
        SelectorKind::Account => 6,
        SelectorKind::Licence => 7,
    }
}

/// Candidates gathered per kind before resolving; beyond this a field is a dump (see
/// [`MAX_SELECTORS_PER_FIELD`]) and resolving stays bounded. Per kind, so that candidates of one
/// kind never crowd out another kind's.
const MAX_CANDIDATES_PER_KIND: usize = 2 * MAX_SELECTORS_PER_FIELD;

impl Sink {
    pub(crate) fn group(&mut self) -> u32 {
        self.next_group += 1;
        self.next_group
    }

    pub(crate) fn push(&mut self, c: Cand) {
        if c.start >= c.end {
            return;
        }
        let n = &mut self.per_kind[kind_index(c.kind)];
        if *n < MAX_CANDIDATES_PER_KIND {
            *n += 1;
            self.cands.push(c);
        } else {
            self.over = true;
        }
    }
}

/// A phone found by the phone stage, with its group so that payments and handles can join it.
#[derive(Clone, Debug)]
pub(crate) struct PhoneHit {
    pub e164: String,
    pub start: usize,
    pub end: usize,
    pub group: u32,
}

/// The phone that starts right after raw offset `pos` (at most 3 bytes of spaces or
/// punctuation between).
pub(crate) fn phone_right_after<'p>(
    raw: &str,
    pos: usize,
    phones: &'p [PhoneHit],
) -> Option<&'p PhoneHit> {
    phones.iter().find(|p| {
        p.start >= pos
            && p.start <= pos + 3
            && raw.get(pos..p.start).is_some_and(|gap| {
                gap.chars()
                    .all(|c| c.is_whitespace() || c.is_ascii_punctuation())
            })
    })
}

/// Checks a number written in international form ("+15551234567") with the phone stage's
/// parser (libphonenumber validity); its E.164 form if valid.
pub(crate) fn validate_e164(number: &str, region: Option<Region>) -> Option<String> {
    plainsight_phone::parse_number(number, region).ok()
}

fn crypto(ft: &FieldText<'_>, sink: &mut Sink) {
    for m in plainsight_crypto::find_addresses(ft.folded()) {
        let (start, end) = ft.orig(m.start, m.end);
        let group = sink.group();
        sink.push(Cand {
            kind: SelectorKind::Crypto,
            platform: m.address.chain.platform(),
            value: ft.folded()[m.start..m.end].to_string(),
            start,
            end,
            group,
            rank: RANK_CRYPTO,
        });
    }
}

/// Where a capital follows a lower-case letter in `label` (the index of the capital): a word
/// glued to what comes before it without a space ("netMessage", "frAppel").
pub(crate) fn capital_after_lower(label: &[u8]) -> Option<usize> {
    label
        .windows(2)
        .position(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
        .map(|k| k + 1)
}

/// "passport_photo.jpg", "cv_modele.docx": a file's name (lower case), which is neither an
/// account nor a mailbox.
pub(crate) fn is_file_name(token: &str) -> bool {
    token.rsplit_once('.').is_some_and(|(name, ext)| {
        !name.is_empty()
            && matches!(
                ext,
                "jpg"
                    | "jpeg"
                    | "png"
                    | "gif"
                    | "webp"
                    | "heic"
                    | "pdf"
                    | "doc"
                    | "docx"
                    | "xls"
                    | "xlsx"
                    | "ppt"
                    | "pptx"
                    | "txt"
                    | "mp4"
                    | "mov"
                    | "avi"
                    | "mkv"
                    | "mp3"
                    | "wav"
                    | "zip"
                    | "rar"
                    | "apk"
                    | "exe"
            )
    })
}

/// The word (alphanumeric run) that ends just before `pos` in `lower`, spaces skipped; empty
/// when punctuation or nothing comes first.
pub(crate) fn previous_word(lower: &str, pos: usize) -> &str {
    lower[..pos]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

fn overlaps(a: &Cand, b: &Cand) -> bool {
    a.start < b.end && b.start < a.end
}

/// A URL that contains a crypto address ("etherscan.io/address/0x…") or, after its host, an
/// email address ("site.com/reply?ad=52&to=lily22@gmail.com": a reply link naming the
/// poster's mailbox) is true as well as the address: both are kept.
fn url_around_address(url: &Cand, address: &Cand) -> bool {
    url.kind == SelectorKind::Url
        && match address.kind {
            SelectorKind::Crypto => url.start <= address.start,
            SelectorKind::Email => url.start < address.start,
            _ => false,
        }
        && address.end <= url.end
}

/// A handle that is a name glued to a whole phone number ("LINE anna9175009044",
/// "snap lexi_7025550123"): the number ends the handle and is given as a number too, so both
/// are kept. A shorter digit run inside a handle ("kitty4155") is found as no phone at all.
fn handle_around_number(handle: &Cand, phone: &Cand) -> bool {
    handle.kind == SelectorKind::Handle
        && phone.kind == SelectorKind::Phone
        && handle.start < phone.start
        && phone.end == handle.end
}

/// Keeps, strongest first, each candidate that overlaps no kept candidate of another group, and
/// drops exact repeats; returns them in output order.
fn resolve(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by(|a, b| {
        (
            a.rank,
            a.start,
            std::cmp::Reverse(a.end),
            a.kind,
            a.platform,
            &a.value,
        )
            .cmp(&(
                b.rank,
                b.start,
                std::cmp::Reverse(b.end),
                b.kind,
                b.platform,
                &b.value,
            ))
    });
    let mut kept: Vec<Cand> = Vec::with_capacity(cands.len());
    for c in cands {
        let clash = kept.iter().any(|k| {
            (k.group != c.group
                && overlaps(k, &c)
                && !url_around_address(&c, k)
                && !handle_around_number(k, &c))
                || (k.kind == c.kind
                    && k.platform == c.platform
                    && k.start == c.start
                    && k.end == c.end
                    && k.value == c.value)
        });
        if !clash {
            kept.push(c);
        }
    }
    kept.sort_by(|a, b| {
        (a.start, a.end, a.kind, a.platform, &a.value)
            .cmp(&(b.start, b.end, b.kind, b.platform, &b.value))
    });
    kept
}

#[cfg(test)]
pub(crate) mod testutil {
    use super::*;

    pub fn selectors(text: &str) -> Vec<Selector> {
        Extractor::default().extract_field(Field::Body, text, "US".parse().ok())
    }

    pub fn values_of(text: &str, kind: SelectorKind) -> Vec<String> {
        selectors(text)
            .into_iter()
            .filter(|s| s.kind == kind)
            .map(|s| s.reveal_value().to_string())
            .collect()
    }

    /// Asserts that none of `texts` yields a selector of `kind`.
    pub fn assert_none_of(texts: &[&str], kind: SelectorKind) {
        for text in texts {
            let found = values_of(text, kind);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testutil::*;
    use super::*;

    #[test]
    fn a_name_glued_to_a_number_is_a_handle_and_a_number() {
        let found = selectors("MY LINE ANNA9175009044 NOW");
        let kinds: Vec<(SelectorKind, &str)> =
            found.iter().map(|s| (s.kind, s.reveal_value())).collect();
        assert_eq!(
            kinds,
            [
                (SelectorKind::Handle, "anna9175009044"),
                (SelectorKind::Phone, "+19175009044")
            ]
        );
        // Digits too few for a number stay the handle's alone.
        assert!(values_of("ig: kitty4155550", SelectorKind::Phone).is_empty());
        assert_eq!(
            values_of("snap lexi_7025550123", SelectorKind::Phone),
            ["+17025550123"]
        );
    }

    #[test]
    fn extractor_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Extractor>();
    }

    #[test]
    fn region_resolution() {
        let x = Extractor::new(ExtractConfig {
            default_region: Some("gb".parse().unwrap()),
            ..Default::default()
        });
        let mut p = Post {
            id: "1".into(),
            region: Some("us".into()),
            ..Post::default()
        };
        assert_eq!(x.region_for(&p).map(String::from).as_deref(), Some("US"));
        p.region = Some("uk".into());
        assert_eq!(x.region_for(&p).map(String::from).as_deref(), Some("GB"));
        p.region = Some("USA".into());
        assert_eq!(x.region_for(&p).map(String::from).as_deref(), Some("GB"));
        p.region = None;
        assert_eq!(x.region_for(&p).map(String::from).as_deref(), Some("GB"));
        // A record region libphonenumber does not know is no region: it used to be taken as
        // the record's word and then read no national number at all.
        for unknown in ["ZZ", "XX", "aq"] {
            p.region = Some(unknown.into());
            assert_eq!(
                x.region_for(&p).map(String::from).as_deref(),
                Some("GB"),
                "{unknown}"
            );
            assert!(!x.region_evidence(&p).record, "{unknown}");
        }
        p.region = Some("ZZ".into());
        p.body = Some("call 020 7946 0018".into());
        let found = x.extract(&p);
        assert_eq!(found.len(), 1, "read with the default, not lost to ZZ");
        assert_eq!(found[0].reveal_value(), "+442079460018");
    }

    #[test]
    fn crypto_in_text() {
        let s = selectors("btc: 1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH thanks");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].kind, SelectorKind::Crypto);
        assert_eq!(s[0].platform, Some(Platform::Bitcoin));
        assert_eq!(s[0].raw, "1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH");
        assert!(selectors("btc: 1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMh").is_empty());
    }

    #[test]
    fn url_around_an_address_keeps_both() {
        let s =
            selectors("https://etherscan.io/address/0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        let kinds: Vec<_> = s.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![SelectorKind::Url, SelectorKind::Crypto],
            "{s:?}"
        );
    }

    #[test]
    fn email_domain_is_not_a_url() {
        let s = selectors("lily22@gmail.com");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].kind, SelectorKind::Email);
    }

    /// A reply link that names a mailbox in its query is a URL and an email; an email's
    /// domain alone stays no URL.
    #[test]
    fn a_link_around_an_email_keeps_both() {
        let s =
            selectors("reply: http://adsnemuri.net/apply?ref=ad96&mail=ana.zetan94@gmail.com ok");
        let got: Vec<(SelectorKind, &str)> = s.iter().map(|x| (x.kind, x.reveal_value())).collect();
        assert_eq!(
            got,
            vec![
                (
                    SelectorKind::Url,
                    "adsnemuri.net/apply?ref=ad96&mail=ana.zetan94@gmail.com"
                ),
                (SelectorKind::Email, "ana.zetan94@gmail.com"),
            ]
        );
        let s = selectors("write to info@lunaspa.com.au today");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].kind, SelectorKind::Email);
    }

    #[test]
    fn resolve_keeps_siblings_and_drops_weaker_overlaps() {
        let c = |kind, start, end, group, rank| Cand {
            kind,
            platform: None,
            value: String::new(),
            start,
            end,
            group,
            rank,
        };
        let out = resolve(vec![
            c(SelectorKind::Phone, 6, 18, 1, RANK_PHONE),
            c(SelectorKind::Payment, 0, 18, 1, RANK_PAYMENT),
            c(SelectorKind::Url, 2, 10, 2, RANK_URL),
        ]);
        let kinds: Vec<_> = out.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, vec![SelectorKind::Payment, SelectorKind::Phone]);
    }

    #[test]
    fn pathological_fields_stay_linear() {
        // Each would take minutes if some scan restarted at every separator. (Digit runs are
        // left out: they exercise the phone stage, which is slow in debug builds.)
        for unit in [
            "a.",
            "a@",
            " at ",
            "snap ",
            "$a",
            "a-",
            "x.co/",
            "lily22 at gmail dot ",
        ] {
            let text = unit.repeat(MAX_FIELD_BYTES / unit.len());
            let _ = selectors(&text);
        }
    }

    /// A flood of one kind (1,100 junk URLs, 1,100 junk e-mails) before a phone and a handle:
    /// the later selectors are still found, each kind keeps its first
    /// `MAX_SELECTORS_PER_FIELD`, and the post says it was capped.
    #[test]
    fn a_flood_of_one_kind_never_hides_another_kind_after_it() {
        for junk in ["site{i}.com/p ", "box{i}@gmail.com "] {
            let mut body: String = (0..1100)
                .map(|i| junk.replace("{i}", &i.to_string()))
                .collect();
            body.push_str(" call 713-555-0143 or snap: lily_xo22");
            let post = Post {
                id: "P".into(),
                body: Some(body),
                region: Some("US".into()),
                ..Post::default()
            };
            let found = Extractor::default().extract_all(&post);
            let count = |k: SelectorKind| found.selectors.iter().filter(|s| s.kind == k).count();
            assert!(
                found
                    .selectors
                    .iter()
                    .any(|s| s.kind == SelectorKind::Phone && s.reveal_value() == "+17135550143"),
                "the phone after {junk:?} x 1100 is found"
            );
            assert_eq!(count(SelectorKind::Handle), 1, "the handle after the flood");
            let flooded = count(SelectorKind::Url).max(count(SelectorKind::Email));
            assert_eq!(flooded, MAX_SELECTORS_PER_FIELD);
            assert_eq!(found.capped.len(), 1, "{:?}", found.capped);
            assert!(found.capped[0].starts_with("body has more than 1000 selectors of a kind"));
        }
        let post = Post {
            id: "P".into(),
            body: Some("call 713-555-0143".into()),
            region: Some("US".into()),
            ..Post::default()
        };
        assert!(Extractor::default().extract_all(&post).capped.is_empty());
    }

    /// Host scanning is linear, measured by a work counter (never a timer): on ~200 KB of
    /// dotted host names and their neighbours, the byte scans step over each byte a bounded
    /// number of times and the anchored regex runs at most once per few bytes. ("x.co.uk."
    /// repeated took ~28 s per MB when every dot walked back to the start of the run.)
    #[test]
    fn host_scanning_work_is_linear_in_the_field() {
        for unit in [
            "x.co.uk.",
            "x.co.uk",
            "a.b.",
            "lily22.com.",
            "www.x.co.uk.",
            "http://x.co/",
            "x-.co.",
            "a1.a1.a1.a1.a1.a1.a1.a1.a1.a1 ",
            // Many sites on one line: each is checked for a site's footer in a bounded window
            // of the line (it was the whole line before it: 34 s for 1 MB of "ab.com ").
            "ab.com ",
        ] {
            let text = unit.repeat(200_000 / unit.len());
            let ft = FieldText::new(&text, None);
            let mut work = url::Work::default();
            url::find_counting(&ft, &mut Sink::default(), &mut work);
            assert!(
                work.steps <= 2 * text.len(),
                "{unit:?}: {} steps over {} bytes",
                work.steps,
                text.len()
            );
            assert!(
                work.regex_runs <= text.len() / 4,
                "{unit:?}: {} regex runs over {} bytes",
                work.regex_runs,
                text.len()
            );
            assert!(
                work.footer_bytes <= 1_000 * text.len() / unit.len(),
                "{unit:?}: {} bytes read for footers over {} bytes",
                work.footer_bytes,
                text.len()
            );
        }
    }

    #[test]
    fn long_fields_are_bounded() {
        let text = "é".repeat(MAX_FIELD_BYTES);
        assert!(selectors(&text).is_empty());
        assert_eq!(plainsight_text::prefix(&text, 5).len(), 4);
    }

    /// A field over the window size is read whole: filler never hides what comes after it, a
    /// selector on a window's edge is found once, spans are the field's, and windows cover the
    /// field at char boundaries.
    #[test]
    fn long_fields_are_read_in_windows() {
        let filler = "é lorem ipsum ".repeat(3 * MAX_FIELD_BYTES / 15);
        for (pad, what) in [(0, "after the filler"), (1, "shifted by a byte")] {
            let text = format!(
                "{}{filler} call 713-555-0143 or mail lily22@example.com",
                "x".repeat(pad)
            );
            let post = Post {
                id: "a".into(),
                body: Some(text.clone()),
                region: Some("US".into()),
                ..Post::default()
            };
            let x = Extractor::default().extract_all(&post);
            assert!(x.capped.is_empty(), "{what}");
            let got: Vec<(&str, &str)> = x
                .selectors
                .iter()
                .map(|s| (s.reveal_value(), &text[s.start..s.end]))
                .collect();
            assert_eq!(
                got,
                vec![
                    ("+17135550143", "713-555-0143"),
                    ("lily22@example.com", "lily22@example.com")
                ],
                "{what}"
            );
        }
        // Every window boundary of a long field, with a phone written across it.
        let text = "é".repeat(MAX_FIELD_BYTES);
        let ws = windows(&text);
        assert!(ws.len() >= 2);
        for pair in ws.windows(2) {
            let edge = pair[0].offset + pair[0].owned.1;
            assert_eq!(edge, pair[1].offset + pair[1].owned.0);
            let mut t = text.clone();
            t.replace_range(edge - 6..edge + 6, "713-555-0143");
            let found = Extractor::default().extract_field(Field::Body, &t, "US".parse().ok());
            assert_eq!(found.len(), 1, "phone across the edge at {edge}");
            assert_eq!(&t[found[0].start..found[0].end], "713-555-0143");
        }
        assert_eq!(ws[0].offset + ws[0].owned.0, 0);
        let last = ws.last().unwrap();
        assert_eq!(last.offset + last.owned.1, text.len());
    }
}
