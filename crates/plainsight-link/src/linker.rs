//! The linker: features in, networks out, every link a sum of named weights.

use crate::domain;
use crate::features::{format_rfc3339, PostFeatures, SelectorKey};
use crate::hash::mix64;
use crate::image::{ImageIndex, MultiIndex};
use crate::minhash::{band_key, jaccard_at_least, signature, BANDS};
use crate::store::{get_varint, put_varint, CountMin, Csr, Interner};
use crate::uf::UnionFind;
use crate::LinkError;
use plainsight_core::network::{
    Count, Evidence, Guard, Network, PostRef, SelectorCount, Stop, Template,
};
use plainsight_core::PdqHash;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Log-likelihood weights (bits) of each kind of shared evidence before the guards discount
/// them: `log2(m/u)` in Fellegi–Sunter terms, where `m` is the chance two posts of one network
/// share the item and `u` the chance two unrelated posts do. A specific phone or email is
/// almost never shared by chance; a URL often is (link hubs); a near-duplicate text after
/// stock phrases are removed is strong; a photo within PDQ distance 31 is strong.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Weights {
    pub phone: f64,
    pub email: f64,
    pub handle: f64,
    pub url: f64,
    /// An own registrable domain (not a platform): an organisation's site or careers pages.
    pub domain: f64,
    pub crypto: f64,
    pub payment: f64,
    /// The poster's account on the site a post was taken from (the record's `author`).
    #[serde(default = "default_account_weight")]
    pub account: f64,
    /// An agency's licence or registration number.
    #[serde(default = "default_licence_weight")]
    pub licence: f64,
    pub image: f64,
    pub text: f64,
}

fn default_account_weight() -> f64 {
    10.0
}

fn default_licence_weight() -> f64 {
    12.0
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            phone: 12.0,
            email: 12.0,
            handle: 10.0,
            url: 4.0,
            domain: 10.0,
            crypto: 12.0,
            payment: 12.0,
            account: default_account_weight(),
            licence: default_licence_weight(),
            image: 10.0,
            text: 10.0,
        }
    }
}

fn default_photo_posters() -> u32 {
    2
}

fn default_recycled_after_days() -> i64 {
    180
}

fn default_transfer_days() -> i64 {
    14
}

fn default_elsewhere_days() -> i64 {
    7
}

fn default_city_chance() -> f64 {
    0.2
}

fn default_city_chance_cities() -> usize {
    20
}

fn default_rotation_lines() -> u32 {
    3
}

fn default_rotation_pairs() -> f64 {
    0.7
}

fn default_rotation_posters() -> u32 {
    40
}

/// Settings of the linker. The defaults are what the synthetic benchmarks were measured with.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LinkConfig {
    pub weights: Weights,
    /// Total weight (bits) at which two posts are linked.
    pub threshold: f64,
    /// Near-duplicate texts: exact Jaccard of their non-stock shingles at least this.
    pub near_dup_jaccard: f64,
    /// A shingle used by more than `max(stock_df_min, stock_df_fraction × posters)` posters
    /// (posts grouped by their own selectors; a post without one counts alone) is a stock
    /// phrase of the community and is ignored for text similarity.
    pub stock_df_fraction: f64,
    pub stock_df_min: u32,
    /// Posts with fewer non-stock shingles than this take no part in text similarity.
    pub min_shingles: usize,
    /// PDQ Hamming distance at which two images are the same photo (PDQ's usual 31).
    pub image_distance: u32,
    /// A selector that co-occurs with more distinct other selectors than this is not used to
    /// define posters (a footer, booking line) when measuring spread.
    pub anchor_max_cooccurrence: usize,
    /// A selector beside more distinct others than this is plainly a footer: it does not
    /// count as company when the others' co-occurrence is measured again.
    pub footer_cooccurrence: usize,
    /// Spread (distinct posters an item touches) allowed before the item is discounted:
    /// operators rotate up to four phones, so a template or photo may span four of them.
    pub spread_free: f64,
    /// Posters a photo may join with a city to corroborate it: two (a photo
    /// recycled between two numbers is the classic sign of one author, but in a corpus of a
    /// few hundred posts a picture off the internet sits beside two unrelated posters as
    /// often: on a 1,000-post linking2 corpus, seed 1, photos beside two posters made 45 wrong
    /// joins and 26 right ones). Beside more, up to `spread_free`, a photo
    /// joins two of them only where they share another photo as well (an operator's numbers
    /// show the persona's several photos; a picture taken off the internet is one) and the
    /// posters chained by photos number `spread_free` at most (a pool of stock pictures chains
    /// many posters, and busy ones share two of its pictures by chance); beside more than
    /// `spread_free`, none (stock). Pictures taken off the internet chained 130 operations into
    /// one network of 3,910 posts on linking3 (dev) before these rules.
    #[serde(default = "default_photo_posters")]
    pub photo_posters: u32,
    /// A city two posters of a photo both advertise in corroborates the photo only when so
    /// much sharing is unlikely by chance: at most this probability that two posters
    /// advertising in as many of the corpus's cities, drawn at random, share as many (the
    /// tail of a Poisson law). An organisation's poster with twenty cities meets a stranger
    /// in one of them by chance; a touring persona's two numbers share most of their stops.
    #[serde(default = "default_city_chance")]
    pub city_chance: f64,
    /// The chance above is reckoned where the corpus names this many cities or more; among
    /// fewer it cannot be told, and one shared city corroborates as before.
    #[serde(default = "default_city_chance_cities")]
    pub city_chance_cities: usize,
    /// A photo beside more posters than `spread_free` (and at most `rotation_posters`) is
    /// still an operator's when its posters take turns: never more than `rotation_lines` of
    /// them advertising at once (a poster advertises from its first post to its last), and at
    /// least `rotation_pairs` of their pairs showing two or more of the same photos. An
    /// operation that changes its numbers every few weeks shows each persona's set of photos
    /// under one number after another, a few lines at a time; a stock picture sits beside
    /// many posters at once, most of which share nothing else. Its posters are then joined as
    /// those of a photo beside few are, where a sign corroborates them.
    #[serde(default = "default_rotation_lines")]
    pub rotation_lines: u32,
    #[serde(default = "default_rotation_pairs")]
    pub rotation_pairs: f64,
    #[serde(default = "default_rotation_posters")]
    pub rotation_posters: u32,
    /// Identities a template may span before it is discounted: 1, i.e. wording alone never
    /// joins two identities; it needs a photo or a selector to corroborate it.
    pub text_identities_free: f64,
    /// Posters a selector may span before it is discounted. A selector that is a poster's
    /// own contact spans one by construction; one listed beside many others (a footer) is
    /// measured against the posters it sits beside. One: a support line beside three posters
    /// is 2.5 bits, beside two 6 (it was two, and a small site's footer beside four posters
    /// still joined them: linking2 dev pairwise F1 0.94-0.98 before, 0.97-0.98 after).
    pub spread_free_selector: f64,
    /// Bits taken off per doubling of the spread beyond the free spread.
    pub spread_penalty: f64,
    /// Weak items (below the threshold alone) are combined pairwise only when they touch at
    /// most this many posts.
    pub weak_pair_cap: usize,
    /// Bound on pairs held while adding weak evidence up (memory); items beyond it, in
    /// canonical order, are not combined.
    pub max_weak_pairs: usize,
    /// LSH buckets up to this size are compared all-pairs; larger ones by a sliding window.
    pub bucket_all_pairs: usize,
    pub bucket_window: usize,
    /// A post with no contact joins, through a stock template, the identity its text is closest
    /// to only if it is closer by this much (Jaccard) than to any other identity.
    pub attach_margin: f64,
    /// A post with no contact joins the one identity whose own wording (shingles no other
    /// identity uses) it shares at least this many shingles of (3: about a five-word phrase).
    pub min_own_shingles: usize,
    /// A post with no contact joins the one identity that advertised one of its names in the
    /// same city within this many days.
    pub persona_days: i64,
    /// A phone number silent this many days and then used again is taken as recycled: the
    /// posts before and after the silence are two holders of the number, not one (carriers
    /// hand a prepaid number that stopped being used to a new subscriber after a few months).
    /// The two holders still link where other evidence says so (a photo, another contact).
    /// Only where every post of the number has a time.
    #[serde(default = "default_recycled_after_days")]
    pub recycled_after_days: i64,
    /// A photo that passes from one poster to another — every post of the first that shows
    /// it comes before every post of the second that does, and every other photo the two
    /// share went the same way — while the first advertises on at least this many days after
    /// the second took it up and the second had advertised at least this many days before, is
    /// a transfer: a domestic worker's profile resold to another agency, a picture sold on.
    /// It is no sign of one author: it corroborates neither its posters' shared city nor
    /// their second photo, and does not count as one (a contact both give still joins them).
    /// An operator's new number that takes a persona up did not advertise before (linking3,
    /// where operations move personas between numbers, is unchanged by the rule); two numbers
    /// of one person show their photos by turns. Only where the posts involved have times.
    #[serde(default = "default_transfer_days")]
    pub transfer_days: i64,
    /// Two posters showing the same photos that advertise at once — each posts between the
    /// other's first and last post, and two of their posts lie within this many days — each
    /// in cities the other never names, are two advertisers (an impostor showing an owner's
    /// pictures elsewhere while the owner advertises): their photos corroborate no second
    /// photo (a contact both give still joins them). Posters that follow each other — a number
    /// changed with a move, a circuit's line in its next city — are not told apart by it.
    /// Only where both posters name a city and have times.
    #[serde(default = "default_elsewhere_days")]
    pub elsewhere_days: i64,
    /// Keep the first tokens of each post, to draw templates in summaries.
    pub keep_tokens: bool,
    /// Build network summaries (`Linking::networks`); a run that only needs each post's
    /// network skips them.
    pub summarize: bool,
    /// Keep every join (`Linking::joins`: the posts each piece of evidence put together), for
    /// a caller that attaches new posts to networks it keeps.
    pub record_joins: bool,
    /// Risk given to networks until a risk model sets it (0.5: no opinion).
    pub neutral_risk: f64,
}

impl Default for LinkConfig {
    fn default() -> Self {
        LinkConfig {
            weights: Weights::default(),
            threshold: 6.0,
            near_dup_jaccard: 0.5,
            stock_df_fraction: 0.02,
            stock_df_min: 10,
            min_shingles: 5,
            image_distance: 31,
            anchor_max_cooccurrence: 6,
            footer_cooccurrence: 24,
            spread_free: 4.0,
            photo_posters: default_photo_posters(),
            city_chance: default_city_chance(),
            city_chance_cities: default_city_chance_cities(),
            rotation_lines: default_rotation_lines(),
            rotation_pairs: default_rotation_pairs(),
            rotation_posters: default_rotation_posters(),
            spread_free_selector: 1.0,
            text_identities_free: 1.0,
            spread_penalty: 6.0,
            weak_pair_cap: 24,
            max_weak_pairs: 20_000_000,
            bucket_all_pairs: 32,
            bucket_window: 4,
            attach_margin: 0.1,
            min_own_shingles: 3,
            persona_days: 7,
            recycled_after_days: default_recycled_after_days(),
            transfer_days: default_transfer_days(),
            elsewhere_days: default_elsewhere_days(),
            keep_tokens: true,
            summarize: true,
            record_joins: false,
            neutral_risk: 0.5,
        }
    }
}

/// What an evidence item is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    Selector(u32),
    Image,
    Text,
    /// Wording only one identity uses, shared by a post with no contact.
    Wording,
    /// A name the identity advertised in the same city within days, on a post with no contact.
    Persona,
}

/// One piece of shared evidence across posts: a selector value, a photo (a cluster of PDQ
/// hashes within the distance), or a template (a cluster of near-duplicate texts).
#[derive(Clone, Debug)]
struct Item {
    kind: ItemKind,
    /// Posts (indices) that carry it, sorted by canonical rank.
    posts: Vec<u32>,
    /// Distinct posters (anchor groups) it touches.
    spread: u32,
    weight: f64,
    base: f64,
}

/// The accumulated state: append posts in any number of batches, then [`Linker::link`].
///
/// Design for incremental linking: everything kept here is append-only and per post (interned
/// selectors, shingle hashes, a document-frequency sketch, image hashes), so a later batch is
/// added without touching earlier posts; `link` then recomputes the derived structures (LSH
/// buckets, image pairs, spreads, unions), which is `O(n log n)` and a few seconds for a
/// million posts. [`Linking::carry_ids`] keeps network ids of an earlier result.
pub struct Linker {
    config: LinkConfig,
    ids: Vec<Box<str>>,
    /// Post index by a 64-bit hash of its id (the id itself is in `ids`); ids whose hash an
    /// earlier, different id already took are kept whole in `id_clash`.
    id_index: FxHashMap<u64, u32>,
    id_clash: FxHashMap<Box<str>, u32>,
    selectors: Interner<SelectorKey>,
    post_selectors: Csr<u32>,
    /// Per post: the selectors it introduces as a service line ([`PostFeatures::service`]).
    post_service: Csr<u32>,
    /// Each post's ambiguous national numbers (`PostFeatures::readings`), rare: (post, the
    /// number's readings).
    readings: Vec<(u32, Box<[Box<str>]>)>,
    /// Each post's numbers written without their country code (`PostFeatures::national`):
    /// (post, the digits written).
    national: Vec<(u32, Box<str>)>,
    shingles: Csr<u32>,
    images: Interner<PdqHash>,
    post_images: Csr<u32>,
    words: Interner<Box<str>>,
    post_tokens: Csr<u32>,
    names: Interner<Box<str>>,
    post_names: Csr<u32>,
    /// Per post: (name in lower case, interned in `names`; the age stated for it).
    post_name_ages: Csr<(u32, u8)>,
    places: Interner<Box<str>>,
    post_place: Vec<u32>,
    /// The city of each place (`places`), `NONE` where it names none ([`Linker::city_of`]).
    place_city: Vec<u32>,
    /// The cities places name, normalised ([`city_key`]), for personas and photo posters.
    cities: Interner<Box<str>>,
    sites: Interner<Box<str>>,
    post_site: Vec<u32>,
    times: Vec<Option<i64>>,
    titles: Vec<Option<Box<str>>>,
    /// Corpus statistics of an earlier linking that these posts are linked against (a batch
    /// relinked with its neighbourhood in a case store), and which posts it already counts.
    prior: Option<TextStats>,
    counted: Vec<bool>,
    /// Posts whose poster an earlier linking found in a large photo family
    /// (`PostFeatures::large_photo_family`), ascending.
    large_family_before: Vec<u32>,
    /// Posts whose poster an earlier linking found in a crowded photo family
    /// (`PostFeatures::crowded_photo_family`), ascending.
    crowded_family_before: Vec<u32>,
    /// Posts whose poster an earlier linking found showing two owners' pictures
    /// (`PostFeatures::shows_others_pictures`), ascending.
    others_pictures_before: Vec<u32>,
    /// Per post: it asks to be paid ahead before a meeting (`PostFeatures::asks_ahead`).
    asks_ahead: Vec<bool>,
}

/// The corpus-wide text statistics a linking ends with: document frequencies of shingles
/// (counted once per group of posts joined by selectors or photos, in a count-min sketch) and
/// how many groups there are (`stock_df_fraction` of them makes a phrase stock). A case store
/// keeps them so that a batch linked with only its neighbourhood
/// ([`Linker::with_prior`]) judges wording against the whole corpus, not the neighbourhood.
#[derive(Clone)]
pub struct TextStats {
    df: CountMin,
    /// Groups counted.
    pub units: u64,
    /// Evidence the linking held back for good (see [`Held`]).
    pub held: Held,
}

/// Evidence a linking held back for good: selectors that define no poster and whose guard took
/// their weight to zero or below (footers, support lines, link hubs), and photos whose weight
/// the guard took to zero or below (stock photos), with the spread each had. More posts can
/// only widen such an item (up to posters merging), so it stays held: a case store does not
/// follow it when it gathers a new batch's neighbourhood, and the neighbourhood's linking
/// starts from the spread recorded here instead of the part of it the neighbourhood sees.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Held {
    /// Selector value → (posters it spans, whether it is a plain footer: beside more than
    /// `footer_cooccurrence` other selectors, so that it does not count as company).
    pub selectors: std::collections::BTreeMap<String, (u32, bool)>,
    /// The hashes of held photos with the spread of their photo, sorted by hash.
    pub images: Vec<(PdqHash, u32)>,
}

impl Held {
    /// Adds `other`, keeping the wider spread of an item both hold.
    pub fn merge(&mut self, other: &Held) {
        for (v, &(spread, busy)) in &other.selectors {
            let e = self.selectors.entry(v.clone()).or_insert((0, false));
            e.0 = e.0.max(spread);
            e.1 |= busy;
        }
        self.images.extend_from_slice(&other.images);
        self.sort_images();
    }

    /// Images by hash, each once (with the widest spread held for it).
    fn sort_images(&mut self) {
        self.images
            .sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        self.images.dedup_by_key(|e| e.0);
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.selectors.is_empty() && self.images.is_empty()
    }

    fn write(&self, out: &mut Vec<u8>) {
        put_varint(out, self.selectors.len() as u64);
        for (v, &(spread, busy)) in &self.selectors {
            put_varint(out, v.len() as u64);
            out.extend_from_slice(v.as_bytes());
            put_varint(out, spread as u64);
            out.push(busy as u8);
        }
        put_varint(out, self.images.len() as u64);
        for (h, spread) in &self.images {
            for w in h.0 {
                out.extend_from_slice(&w.to_le_bytes());
            }
            put_varint(out, *spread as u64);
        }
    }

    fn read(bytes: &mut &[u8]) -> Option<Held> {
        let mut held = Held::default();
        let n = get_varint(bytes)?;
        for _ in 0..n {
            let len = usize::try_from(get_varint(bytes)?).ok()?;
            let v = std::str::from_utf8(bytes.get(..len)?).ok()?.to_string();
            *bytes = &bytes[len..];
            let spread = u32::try_from(get_varint(bytes)?).ok()?;
            let (&busy, rest) = bytes.split_first()?;
            *bytes = rest;
            held.selectors.insert(v, (spread, busy != 0));
        }
        let n = get_varint(bytes)?;
        for _ in 0..n {
            let raw = bytes.get(..32)?;
            let mut h = PdqHash::default();
            for (w, c) in h.0.iter_mut().zip(raw.chunks_exact(8)) {
                *w = u64::from_le_bytes(c.try_into().ok()?);
            }
            *bytes = &bytes[32..];
            let spread = u32::try_from(get_varint(bytes)?).ok()?;
            held.images.push((h, spread));
        }
        Some(held)
    }
}

impl std::fmt::Debug for TextStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextStats")
            .field("units", &self.units)
            .finish_non_exhaustive()
    }
}

impl TextStats {
    /// Document frequency above which a shingle is a stock phrase.
    pub fn stock_df(&self, cfg: &LinkConfig) -> u32 {
        cfg.stock_df_min
            .max((cfg.stock_df_fraction * self.units as f64).ceil() as u32)
    }

    /// The shingles of `shingles` (sorted) that are not stock phrases: what near-duplicate
    /// texts are compared on ([`crate::minhash::jaccard_at_least`]), sorted; empty when too few
    /// are left to take part in text similarity.
    pub fn kept(&self, cfg: &LinkConfig, shingles: &[u32]) -> Vec<u32> {
        let stock_df = self.stock_df(cfg);
        let kept: Vec<u32> = shingles
            .iter()
            .copied()
            .filter(|&s| self.df.estimate(s) <= stock_df)
            .collect();
        if kept.len() < cfg.min_shingles {
            return Vec::new();
        }
        kept
    }

    /// Bytes for a store: `units` (8 bytes, little-endian), the sketch, then the held
    /// evidence (counts and lengths as LEB128 varints).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.units.to_le_bytes().to_vec();
        out.extend(self.df.to_bytes());
        self.held.write(&mut out);
        out
    }

    /// The inverse of [`TextStats::to_bytes`]; `None` for bytes it did not write. Bytes
    /// written before held evidence was kept (the sketch alone) read as holding nothing.
    pub fn from_bytes(bytes: &[u8]) -> Option<TextStats> {
        let units = u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?);
        let mut rest = &bytes[8..];
        let df = CountMin::read(&mut rest)?;
        let held = if rest.is_empty() {
            Held::default()
        } else {
            Held::read(&mut rest)?
        };
        rest.is_empty().then_some(TextStats { df, units, held })
    }
}

const NONE: u32 = u32::MAX;

impl Linker {
    pub fn new(config: LinkConfig) -> Self {
        Linker {
            config,
            ids: Vec::new(),
            id_index: FxHashMap::default(),
            id_clash: FxHashMap::default(),
            selectors: Interner::default(),
            post_selectors: Csr::default(),
            post_service: Csr::default(),
            readings: Vec::new(),
            national: Vec::new(),
            shingles: Csr::default(),
            images: Interner::default(),
            post_images: Csr::default(),
            words: Interner::default(),
            post_tokens: Csr::default(),
            names: Interner::default(),
            post_names: Csr::default(),
            post_name_ages: Csr::default(),
            places: Interner::default(),
            post_place: Vec::new(),
            place_city: Vec::new(),
            cities: Interner::default(),
            sites: Interner::default(),
            post_site: Vec::new(),
            times: Vec::new(),
            titles: Vec::new(),
            prior: None,
            counted: Vec::new(),
            large_family_before: Vec::new(),
            crowded_family_before: Vec::new(),
            others_pictures_before: Vec::new(),
            asks_ahead: Vec::new(),
        }
    }

    /// A linker for part of a corpus whose statistics an earlier linking left: posts added
    /// with [`Linker::add_known`] are already counted in `prior`, posts added with
    /// [`Linker::add`] are counted on top of it.
    pub fn with_prior(config: LinkConfig, prior: TextStats) -> Self {
        let mut l = Linker::new(config);
        l.prior = Some(prior);
        l
    }

    /// Adds a post that the prior statistics already count (see [`Linker::with_prior`]).
    pub fn add_known(&mut self, f: PostFeatures) -> Result<(), LinkError> {
        self.add(f)?;
        if let Some(c) = self.counted.last_mut() {
            *c = self.prior.is_some();
        }
        Ok(())
    }

    /// Each post's 16 LSH band keys over its non-stock shingles as `stats` judges them
    /// (`None`: too few shingles to take part in text similarity): the keys the linking that
    /// ended with `stats` bucketed it by, kept by a store to find a new post's near-duplicates.
    pub fn band_keys(&self, stats: &TextStats) -> Vec<Option<[u32; BANDS]>> {
        (0..self.ids.len())
            .into_par_iter()
            .map(|p| {
                let kept = stats.kept(&self.config, self.shingles.row(p));
                if kept.is_empty() {
                    return None;
                }
                signature(kept.into_iter()).map(|sig| {
                    let mut out = [0u32; BANDS];
                    for (b, o) in out.iter_mut().enumerate() {
                        *o = band_key(&sig, b) as u32;
                    }
                    out
                })
            })
            .collect()
    }

    /// The city post `p`'s place names (`cities`), `NONE` where it names none.
    fn city_of(&self, p: usize) -> u32 {
        match self.post_place[p] {
            NONE => NONE,
            place => self.place_city[place as usize],
        }
    }

    /// Keys of the (name, city, period of `persona_days`) triples a post advertises, sorted:
    /// a store keeps them to find a new post's persona candidates (`shared_persona` joins the
    /// same name in the same city within `persona_days`). With `around`, the keys of the
    /// periods before and after too: every post within the window of this one has one of them.
    pub fn persona_keys(&self, p: usize, around: bool) -> Vec<u32> {
        let city = self.city_of(p);
        let (true, Some(t)) = (city != NONE, self.times[p]) else {
            return Vec::new();
        };
        let period = t.div_euclid(self.config.persona_days.max(1) * 86_400);
        let periods = if around {
            vec![period - 1, period, period + 1]
        } else {
            vec![period]
        };
        let c = self.cities.get(city);
        let mut out: Vec<u32> = Vec::new();
        for &n in self.post_names.row(p) {
            for &d in &periods {
                let mut key = self.names.get(n).as_bytes().to_vec();
                key.push(0);
                key.extend_from_slice(c.as_bytes());
                key.extend_from_slice(&d.to_le_bytes());
                out.push(crate::hash::hash_bytes(&key) as u32);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    pub fn config(&self) -> &LinkConfig {
        &self.config
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The id of the post added `p`-th.
    pub fn id(&self, p: usize) -> &str {
        &self.ids[p]
    }

    /// Adds one post's features. Posts are kept in the order added (the output order).
    pub fn add(&mut self, f: PostFeatures) -> Result<(), LinkError> {
        if self.ids.len() >= (u32::MAX - 1) as usize {
            return Err(LinkError::TooManyPosts);
        }
        let id: Box<str> = f.id.into_boxed_str();
        let index = self.ids.len() as u32;
        let h = crate::hash::hash_bytes(id.as_bytes());
        match self.id_index.get(&h) {
            Some(&i) if self.ids[i as usize] == id => {
                return Err(LinkError::DuplicateId { id: id.to_string() })
            }
            Some(_) => {
                if self.id_clash.contains_key(&id) {
                    return Err(LinkError::DuplicateId { id: id.to_string() });
                }
                self.id_clash.insert(id.clone(), index);
            }
            None => {
                self.id_index.insert(h, index);
            }
        }
        self.ids.push(id);
        self.counted.push(false);
        self.asks_ahead.push(f.asks_ahead);
        if f.large_photo_family {
            self.large_family_before.push(index);
        }
        if f.crowded_photo_family {
            self.crowded_family_before.push(index);
        }
        if f.shows_others_pictures {
            self.others_pictures_before.push(index);
        }
        let sel: Vec<u32> = f
            .selectors
            .iter()
            .map(|k| self.selectors.intern(k))
            .collect();
        self.post_selectors.push_row(sel);
        let service: Vec<u32> = f.service.iter().map(|k| self.selectors.intern(k)).collect();
        self.post_service.push_row(service);
        for r in f.readings.into_iter().filter(|r| !r.is_empty()) {
            self.readings
                .push((index, r.into_iter().map(String::into_boxed_str).collect()));
        }
        self.national
            .extend(f.national.into_iter().map(|d| (index, d.into_boxed_str())));
        self.shingles.push_row(f.shingles.iter().copied());
        let imgs: Vec<u32> = f.images.iter().map(|h| self.images.intern(h)).collect();
        self.post_images.push_row(imgs);
        if self.config.keep_tokens {
            let toks: Vec<u32> = f
                .tokens
                .iter()
                .map(|w| self.words.intern(&Box::from(w.as_str())))
                .collect();
            self.post_tokens.push_row(toks);
        } else {
            self.post_tokens.push_row([]);
        }
        let names: Vec<u32> = f
            .names
            .iter()
            .map(|n| self.names.intern(&Box::from(n.as_str())))
            .collect();
        self.post_names.push_row(names);
        let name_ages: Vec<(u32, u8)> = f
            .name_ages
            .iter()
            .map(|(n, a)| (self.names.intern(&Box::from(n.as_str())), *a))
            .collect();
        self.post_name_ages.push_row(name_ages);
        let place = f
            .location
            .map(|l| self.places.intern(&l.into_boxed_str()))
            .unwrap_or(NONE);
        // Each distinct place's city is found once.
        while place != NONE && self.place_city.len() <= place as usize {
            let text = self.places.get(self.place_city.len() as u32);
            let city = city_key(text)
                .map(|c| self.cities.intern(&c.into_boxed_str()))
                .unwrap_or(NONE);
            self.place_city.push(city);
        }
        self.post_place.push(place);
        self.post_site.push(
            f.site
                .map(|s| self.sites.intern(&s.into_boxed_str()))
                .unwrap_or(NONE),
        );
        self.times.push(f.posted_at);
        // Titles are only shown in summaries.
        self.titles.push(
            f.title
                .filter(|_| self.config.summarize)
                .map(String::into_boxed_str),
        );
        Ok(())
    }

    /// (post, phone selector) for each number a post writes without its country code
    /// ([`PostFeatures::national`]) that is the home writing ([`plainsight_phone::national_forms`])
    /// of exactly one phone number held by another post, and introduced as a service line by
    /// fewer than half of its posts (`cued`: how many posts introduce each selector as a service
    /// line). A post's own reading of the digits counts only where another post holds it too.
    fn national_readings(&self, cued: &[usize]) -> Vec<(u32, u32)> {
        if self.national.is_empty() {
            return Vec::new();
        }
        let written = crate::features::WrittenAtHome::new(self.national.iter().map(|(_, d)| &**d));
        let mut by_form: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for s in 0..self.selectors.len() as u32 {
            let key = self.selectors.get(s);
            if key.kind != plainsight_core::SelectorKind::Phone {
                continue;
            }
            for d in written.writings_of(&key.value) {
                by_form.entry(d).or_default().push(s);
            }
        }
        if by_form.is_empty() {
            return Vec::new();
        }
        let mut holders = vec![0u32; self.selectors.len()];
        for &s in self.post_selectors.items() {
            holders[s as usize] += 1;
        }
        // A number most of whose posts introduce it as a service line is nobody's number.
        self.national
            .iter()
            .filter_map(|(p, d)| {
                let row = self.post_selectors.row(*p as usize);
                let mut given = by_form.get(&**d)?.iter().copied().filter(|&s| {
                    holders[s as usize] > u32::from(row.contains(&s))
                        && cued[s as usize] * 2 < holders[s as usize] as usize
                });
                match (given.next(), given.next()) {
                    (Some(s), None) if !row.contains(&s) => Some((*p, s)),
                    _ => None,
                }
            })
            .collect()
    }

    /// Each post's selectors, and the reading of an ambiguous national number of it that other
    /// posts give as their number, when exactly one of its readings is ("054 164 2642" in a
    /// post that names only the city it recruits for reads in the Emirates and in Saudi
    /// Arabia; the Emirati number is the one the same recruiter's other posts give). Read
    /// against every post's selectors, so that the input order changes nothing.
    ///
    /// So with a number a post writes without its country code ([`PostFeatures::national`]):
    /// the post is given the phone number of other posts whose home writing it is, when
    /// exactly one is ("0 9 8 9 3 6 3 0 2 2" on a Swiss site, where it reads as nothing, is
    /// the "+359 989 363 022" of the same ring's other posts; "017723894808" read in Austria
    /// is the "+49 177 2389 4808" others write). The post keeps its own reading.
    fn selectors_with_readings(&self, cued: &[usize]) -> std::borrow::Cow<'_, Csr<u32>> {
        let mut extra: Vec<(u32, u32)> = self.national_readings(cued);
        extra.extend(self.readings.iter().filter_map(|(p, readings)| {
            let mut given = readings.iter().filter_map(|e164| {
                self.selectors.id_of(&SelectorKey {
                    kind: plainsight_core::SelectorKind::Phone,
                    platform: None,
                    value: e164.to_string(),
                })
            });
            match (given.next(), given.next()) {
                (Some(s), None) => Some((*p, s)),
                _ => None,
            }
        }));
        if extra.is_empty() {
            return std::borrow::Cow::Borrowed(&self.post_selectors);
        }
        extra.sort_unstable();
        extra.dedup();
        let mut out = Csr::default();
        let mut at = 0;
        for p in 0..self.ids.len() as u32 {
            let row = self.post_selectors.row(p as usize);
            let from = at;
            while at < extra.len() && extra[at].0 == p {
                at += 1;
            }
            let added = extra[from..at]
                .iter()
                .map(|&(_, s)| s)
                .filter(|s| !row.contains(s));
            out.push_row(row.iter().copied().chain(added));
        }
        std::borrow::Cow::Owned(out)
    }

    /// Links every post added so far.
    pub fn link(&self) -> Linking {
        let n = self.ids.len();
        let cfg = &self.config;
        let t0 = std::time::Instant::now();
        let phases = std::env::var_os("PLAINSIGHT_PHASES").is_some();
        let tick = |label: &str| {
            if phases {
                eprintln!(
                    "{label}: {:.2}s wall, {} CPU, {}",
                    t0.elapsed().as_secs_f64(),
                    process_cpu(),
                    process_memory()
                );
            }
        };
        tick("start");
        if phases {
            eprintln!(
                "held: {n} posts, {} shingles, {} selectors ({} uses), {} images, {} tokens, {} names",
                self.shingles.items().len(),
                self.selectors.len(),
                self.post_selectors.items().len(),
                self.images.len(),
                self.post_tokens.items().len(),
                self.post_names.items().len(),
            );
        }
        // Canonical rank: order by id, so that nothing depends on the input order.
        let mut order: Vec<u32> = (0..n as u32).collect();
        order.par_sort_unstable_by(|&a, &b| self.ids[a as usize].cmp(&self.ids[b as usize]));
        let mut rank = vec![0u32; n];
        for (r, &p) in order.iter().enumerate() {
            rank[p as usize] = r as u32;
        }

        let mut items: Vec<Item> = Vec::new();

        // 1. Selectors, and posters (anchors) defined by them. Service lines: selectors most of
        // whose posts introduce them as a site's support line, a hotline or helpline
        // ("Customer support +1 …"): how many posts introduce each so (`cued`, read below).
        let mut cued = vec![0usize; self.selectors.len()];
        for p in 0..n {
            for &s in self.post_service.row(p) {
                cued[s as usize] += 1;
            }
        }
        let post_selectors = self.selectors_with_readings(&cued);
        let mut sel_posts: Vec<Vec<u32>> = vec![Vec::new(); self.selectors.len()];
        for &p in &order {
            for &s in post_selectors.row(p as usize) {
                sel_posts[s as usize].push(p);
            }
        }
        // Phone numbers used again after a long silence, and each use's posts (its own holder,
        // in canonical order). Only those numbers are in the map.
        let mut epochs: FxHashMap<usize, Vec<Vec<u32>>> = sel_posts
            .par_iter()
            .enumerate()
            .filter(|&(s, _)| {
                self.selectors.get(s as u32).kind == plainsight_core::SelectorKind::Phone
            })
            .filter_map(|(s, posts)| {
                let uses = number_epochs(posts, &self.times, cfg.recycled_after_days);
                (!uses.is_empty()).then_some((s, uses))
            })
            .collect();
        // How many distinct other selectors each selector appears beside: a poster's own
        // phone sits beside a handful (rotated phones, an email, its domain); a footer or
        // booking line beside every poster's own contact. Only selectors that could link
        // pages (URLs with a path) do not count as company: a careers page per job ad does not
        // make the employer's domain a footer.
        // An account on a shared host (`host/name/*`, or a profile named by one page) is
        // company: it names its holder as a domain does.
        // The poster's account on the site is not: an operator opens one per persona and
        // opens new ones when banned, so a booking line shared by its personas would sit
        // beside every account and read as a footer (on linking4 an agency's shared line did,
        // and its personas split: BENCHMARKS.md, "A post's account on its site").
        let counts_as_company = |s: u32| {
            let key = self.selectors.get(s);
            key.kind != plainsight_core::SelectorKind::Account
                && (key.kind != plainsight_core::SelectorKind::Url
                    || domain::is_domain_key(key)
                    || domain::is_account_key(key)
                    || domain::is_profile_page(key))
        };
        // Selectors an earlier linking held back (a neighbourhood relinked in a case store):
        // the spread they had and whether they were plain footers.
        let held_sel: Vec<Option<(u32, bool)>> = match &self.prior {
            Some(prior) if !prior.held.selectors.is_empty() => (0..self.selectors.len() as u32)
                .map(|s| {
                    prior
                        .held
                        .selectors
                        .get(&self.selectors.get(s).value)
                        .copied()
                })
                .collect(),
            _ => vec![None; self.selectors.len()],
        };
        // Service lines (`cued` above) are the service's, not an author's: they define no poster
        // and link nothing, however few posters they sit beside (in a small corpus a site's
        // support line may sit beside one poster only).
        let mut service: Vec<bool> = cued
            .iter()
            .zip(&sel_posts)
            .map(|(&c, posts)| c > 0 && 2 * c > posts.len())
            .collect();
        drop(cued);
        // Authors that are display names link nothing, as a service line does not: a name
        // that reads as one (`features::is_display_name`: "Blessing 🙏", "Mary K.", "Joy"),
        // and every author of a site that shows display names (a fifth of its authors or more
        // read as one, among five or more): groups and channels show who posted by the name
        // people chose, which unrelated people share ("Yuleisy" of two operations).
        // Kept for the text joins below (two display names are two people).
        let display = self.display_authors();
        for (s, &d) in display.iter().enumerate() {
            service[s] |= d;
        }
        // Company is counted per written number (`written_numbers`): the readings of one
        // number in two regions are one member of it.
        let written = written_numbers(&self.selectors);
        let mut co: Vec<(u32, u32)> = Vec::new();
        for p in 0..n {
            let row = post_selectors.row(p);
            let row = &row[..row.len().min(16)];
            for &a in row {
                for &b in row {
                    let (a, b) = (written[a as usize], written[b as usize]);
                    if a != b && counts_as_company(b) {
                        co.push((a, b));
                    }
                }
            }
        }
        co.par_sort_unstable();
        co.dedup();
        // Two passes: a footer beside everyone does not make everyone's own phone look like a
        // footer. Company is counted again without the selectors that are plainly footers
        // (beside more than `footer_cooccurrence` others).
        // An account on a shared host (an employer's part of an applicant-tracking host) is
        // taken as a handle is, and names an organisation as an own domain does: it is in the
        // company a selector keeps (to tell organisations apart below), but not counted in it
        // (a page per job ad does not make the employer's line busy).
        // So is a profile on a shared host (`fans.example/just_raquel86`), named by one page.
        let account: Vec<bool> = (0..self.selectors.len() as u32)
            .map(|s| {
                let k = self.selectors.get(s);
                domain::is_account_key(k) || domain::is_profile_page(k)
            })
            .collect();
        // Domains with accounts under them are hosts: around a line, such a domain is not an
        // organisation (its account is the employer's part of it).
        let hosts: rustc_hash::FxHashSet<&str> = (0..self.selectors.len() as u32)
            .filter(|&s| account[s as usize])
            .filter_map(|s| self.selectors.get(s).value.split('/').next())
            .collect();
        let mut busy = vec![0usize; self.selectors.len()];
        for &(a, b) in &co {
            if !account[b as usize] {
                busy[a as usize] += 1;
            }
        }
        for (s, h) in held_sel.iter().enumerate() {
            if let Some((_, true)) = h {
                busy[written[s] as usize] = usize::MAX;
            }
        }
        let mut co_count = vec![0usize; self.selectors.len()];
        for &(a, b) in &co {
            if busy[b as usize] <= cfg.footer_cooccurrence && !account[b as usize] {
                co_count[a as usize] += 1;
            }
        }
        // Counted per written number above; read per selector below (a written number stands
        // for itself in `written`, so `co`'s members read the same).
        let per_selector = |counts: Vec<usize>| -> Vec<usize> {
            written.iter().map(|&w| counts[w as usize]).collect()
        };
        let busy = per_selector(busy);
        let mut co_count = per_selector(co_count);
        // A number given as a messaging account (`whatsapp:+66…`) is the number too: where it
        // is a reading of a widely given number (a hub's, written without its country code on
        // a foreign site), its company is the widest any form of that number keeps. (Counted
        // apart, not merged into one member above: a poster's number and its account then
        // keep each other's company, which small corpora's support lines need.)
        let number_of = numbers(&self.selectors);
        // The selectors of each number written in two forms or more (its readings and
        // accounts), by the number's first selector.
        let mut forms: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (s, &r) in number_of.iter().enumerate() {
            if r as usize != s {
                forms.entry(r).or_insert_with(|| vec![r]).push(s as u32);
            }
        }
        for members in forms.values() {
            let widest = members.iter().map(|&s| co_count[s as usize]).max();
            for &s in members {
                co_count[s as usize] = widest.unwrap_or(0);
            }
        }
        // A selector whose company falls apart without it into two or more groups of
        // selectors never seen together, two of them organisations with their own domains,
        // bridges posters rather than being one's own: a job board's report line under the ads
        // of two employers, or the domain of a hosting or applicant-tracking host that no list
        // names. It defines no poster and links nothing (held back like a footer).
        // (An organisation has its own lines; an operator's booking line beside persona numbers
        // that never meet stays the operator's: personas have no domains.)
        // Domains whose pages in the corpus are short links, two or more and at least four in
        // five: link shorteners the platform list does not name. Each poster mints its own
        // link on them; the domain is nobody's.
        let mut short_links: FxHashMap<&str, (u32, u32)> = FxHashMap::default();
        for s in 0..self.selectors.len() as u32 {
            let key = self.selectors.get(s);
            if key.kind != plainsight_core::SelectorKind::Url || !key.value.contains('/') {
                continue;
            }
            let d = key.value.split('/').next().unwrap_or("");
            let e = short_links.entry(d).or_default();
            if domain::is_short_link(&key.value) {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
        let own_domain: Vec<bool> = (0..self.selectors.len() as u32)
            .map(|s| {
                let key = self.selectors.get(s);
                domain::is_domain_key(key)
                    && !domain::is_platform(&key.value)
                    && !short_links
                        .get(key.value.as_str())
                        .is_some_and(|&(short, other)| short >= 2 && 4 * other <= short)
            })
            .collect();
        drop(short_links);
        let host: Vec<bool> = (0..self.selectors.len() as u32)
            .map(|s| own_domain[s as usize] && hosts.contains(self.selectors.get(s).value.as_str()))
            .collect();
        // How a selector's company falls apart without it: the groups of selectors never seen
        // together, how many of them hold an organisation's own domain, and how many hold an
        // e-mail address under the selector (when it is a domain).
        let split = |s: usize| -> (usize, usize, usize) {
            let lo = co.partition_point(|&(a, _)| (a as usize) < s);
            let hi = co.partition_point(|&(a, _)| (a as usize) <= s);
            let company: Vec<u32> = co[lo..hi]
                .iter()
                .map(|&(_, b)| b)
                .filter(|&b| busy[b as usize] <= cfg.footer_cooccurrence)
                .collect();
            if company.len() < 3 {
                return (1, 0, 0);
            }
            let mut groups = UnionFind::new(company.len());
            for x in 0..company.len() {
                for y in x + 1..company.len() {
                    if co.binary_search(&(company[x], company[y])).is_ok() {
                        groups.union(x as u32, y as u32);
                    }
                }
            }
            // Each group once, and whether it holds an organisation: an own domain that is not
            // a host, or, around a domain, an account on it (an employer's part of a host).
            // Around a line, neither a host nor an account is counted: one employer's line sits
            // beside its own domain and its account on a tracking host, two names of one
            // organisation.
            let mut roots: Vec<(u32, bool)> = (0..company.len())
                .map(|x| {
                    let b = company[x] as usize;
                    (
                        groups.find(x as u32),
                        (own_domain[b] && !host[b]) || (own_domain[s] && account[b]),
                    )
                })
                .collect();
            let mut mailboxes: Vec<u32> = if own_domain[s] {
                let domain = &self.selectors.get(s as u32).value;
                (0..company.len())
                    .filter(|&x| {
                        let key = self.selectors.get(company[x]);
                        key.kind == plainsight_core::SelectorKind::Email
                            && domain::value_under(&key.value, domain)
                    })
                    .map(|x| groups.find(x as u32))
                    .collect()
            } else {
                Vec::new()
            };
            mailboxes.sort_unstable();
            mailboxes.dedup();
            roots.sort_unstable();
            roots.dedup();
            let organisations = roots.iter().filter(|r| r.1).count();
            roots.dedup_by_key(|r| r.0);
            (roots.len(), organisations, mailboxes.len())
        };
        // The posts of own domain `s` that are its organisation's, and the others: those
        // holding a contact (a phone, a mailbox, a handle that defines a poster) that cites
        // the organisation rather than being its own: one whose posts name another
        // organisation's site (an agency's line recruiting for several employers, a scammer
        // copying their adverts), or, where the organisation writes from a mailbox under its
        // domain, give a mailbox elsewhere or is a number of a country where none of the
        // organisation's lines (numbers beside that mailbox) is (a copy of its advert whose
        // contact lines were replaced). A line beside three organisations or more cites no one.
        // `board_lines`: whether a contact is a line beside three organisations or more, asked
        // once per contact over all domains.
        let cited_only = |s: usize,
                          posts: &[u32],
                          board_lines: &mut FxHashMap<u32, bool>|
         -> (Vec<u32>, Vec<u32>) {
            let domain = self.selectors.get(s as u32).value.as_str();
            let personal = |c: u32| {
                let key = self.selectors.get(c);
                matches!(
                    key.kind,
                    plainsight_core::SelectorKind::Phone
                        | plainsight_core::SelectorKind::Email
                        | plainsight_core::SelectorKind::Handle
                ) && !service[c as usize]
                    && held_sel[c as usize].is_none()
                    && busy[c as usize] <= cfg.footer_cooccurrence
            };
            let under = |c: u32| domain::value_under(&self.selectors.get(c).value, domain);
            let is_mail =
                |c: u32| self.selectors.get(c).kind == plainsight_core::SelectorKind::Email;
            // The calling codes of the organisation's own lines: numbers written beside its
            // mailbox.
            let code = |c: u32| -> Option<&str> {
                let key = self.selectors.get(c);
                if key.kind != plainsight_core::SelectorKind::Phone {
                    return None;
                }
                let national = plainsight_phone::national_significant(&key.value)?;
                key.value
                    .get(1..key.value.len().checked_sub(national.len())?)
            };
            let mut has_mailbox = false;
            let mut lines: Vec<&str> = Vec::new();
            for &p in posts {
                let row = post_selectors.row(p as usize);
                if row.iter().any(|&c| is_mail(c) && under(c)) {
                    has_mailbox = true;
                    lines.extend(
                        row.iter()
                            .filter(|&&c| personal(c))
                            .filter_map(|&c| code(c)),
                    );
                }
            }
            lines.sort_unstable();
            lines.dedup();
            let mut citing: FxHashMap<u32, bool> = FxHashMap::default();
            let mut cites = |c: u32| -> bool {
                *citing.entry(c).or_insert_with(|| {
                    // A line beside three organisations or more that never meet (a job
                    // board's report line under every employer's adverts) is the board's: it
                    // says nothing of the post's author. (Beside two, it may be a scammer
                    // copying two employers.)
                    if *board_lines.entry(c).or_insert_with(|| {
                        let (groups, organisations, _) = split(written[c as usize] as usize);
                        groups >= 3 && organisations >= 3
                    }) {
                        return false;
                    }
                    // A number of a country where the organisation has no line.
                    if !lines.is_empty() && code(c).is_some_and(|k| !lines.contains(&k)) {
                        return true;
                    }
                    sel_posts[c as usize].iter().any(|&q| {
                        let row = post_selectors.row(q as usize);
                        // Another organisation's site: an own domain named as a site, not as
                        // the host of a mailbox on the post (a mail host no list names).
                        let site = |x: u32| {
                            let xs = x as usize;
                            own_domain[xs]
                                && !host[xs]
                                && !account[xs]
                                && busy[xs] <= cfg.footer_cooccurrence
                                && !service[xs]
                                && held_sel[xs].is_none()
                                && xs != s
                                && !under(x)
                                && !row.iter().any(|&m| {
                                    is_mail(m)
                                        && domain::value_under(
                                            &self.selectors.get(m).value,
                                            &self.selectors.get(x).value,
                                        )
                                })
                        };
                        row.iter().any(|&x| {
                            site(x) || (has_mailbox && is_mail(x) && personal(x) && !under(x))
                        })
                    })
                })
            };
            posts.iter().copied().partition(|&p| {
                post_selectors
                    .row(p as usize)
                    .iter()
                    .all(|&c| !personal(c) || under(c) || !cites(c))
            })
        };
        // Posters ("anchors"): posts joined by their own selectors, footers left out.
        let mut anchor_uf = UnionFind::new(n);
        // The posts of each own domain that cite its organisation (`cited_only`), sorted.
        let mut cited: FxHashMap<usize, Vec<u32>> = FxHashMap::default();
        let mut board_lines: FxHashMap<u32, bool> = FxHashMap::default();
        let mut anchored = vec![false; n];
        let mut anchored_by = vec![false; self.selectors.len()];
        // Handles and addresses left in an impostor's copies of their owner's adverts (below):
        // they join the posts that ask ahead and those that do not each apart.
        let mut copied_sel = vec![false; self.selectors.len()];
        // Contacts with more company than one person's (below): an organisation's, a
        // footer's or a third party's; `corroborated` tells an organisation's.
        let mut wide: Vec<usize> = Vec::new();
        // Selectors that bridge organisations (below): a platform's line, held back.
        let mut bridging = vec![false; self.selectors.len()];
        // An own domain may sit beside more numbers than a person's phone (an organisation's
        // HR lines, a business's branches): it defines a poster up to `footer_cooccurrence`.
        // A page (a URL with a path: a platform's ad page, a one-off short link) names a page,
        // not a person: it links pages that share it, weakly, but does not make its post an
        // identity; an own domain does.
        for (s, posts) in sel_posts.iter().enumerate() {
            let key = self.selectors.get(s as u32);
            let own_domain = own_domain[s];
            if (key.kind == plainsight_core::SelectorKind::Url && !own_domain && !account[s])
                || held_sel[s].is_some()
                || service[s]
            {
                continue;
            }
            // An own domain may sit beside numbers that never meet (an organisation's lines),
            // but not beside the addresses of three or more people who never meet (a mail host
            // the platform list does not know: an organisation writes from a few addresses,
            // hr@, jobs@), nor between organisations (a hosting or applicant-tracking host no
            // list names). The company is split once per selector.
            let (groups, organisations, mailboxes) = if co_count[s] <= cfg.footer_cooccurrence {
                split(written[s] as usize)
            } else {
                (usize::MAX, 0, 0)
            };
            let mail_host = own_domain && mailboxes >= 3;
            let between = groups != usize::MAX && groups >= 2 && organisations >= 2;
            // Up to `footer_cooccurrence`, a selector defines a poster when it is:
            // - an own domain (an organisation's lines beside it);
            // - a payment account, which names who is paid: an operation that rotates its
            //   numbers writes the same account beside each of them (a deposit scam);
            // - an account on a messaging or social platform (not a number given as one),
            //   which names its one holder as a payment account does: a circuit's operator
            //   writes its Telegram or Snapchat beside the burner numbers of every persona it
            //   moves, personas who never share a number or a photo;
            // - a contact whose company holds together, the contacts beside it chained by
            //   being seen beside one another: an agency's booking id beside its rotated
            //   numbers, which overlap as they change, and the tour numbers written with
            //   them. A hub's company falls apart into the posters that name it (a visa
            //   agent's, a site's line, a recruitment network's channel beside recruiters
            //   who never meet).
            // Anything else, up to `anchor_max_cooccurrence`: one person's contacts.
            let limit = if own_domain
                || key.kind == plainsight_core::SelectorKind::Payment
                || (key.kind == plainsight_core::SelectorKind::Handle
                    && !crate::features::linked_as_itself(&key.value))
                || groups == 1
            {
                cfg.footer_cooccurrence
            } else {
                cfg.anchor_max_cooccurrence
            };
            let bridge = co_count[s] <= limit && (mail_host || between);
            bridging[s] = bridge;
            if !between && (co_count[s] > limit || mail_host) {
                wide.push(s);
            }
            if co_count[s] <= limit && !bridge {
                anchored_by[s] = true;
                // An own domain is its organisation's; a post naming it beside a contact that
                // cites the organisation (`cited_only`: a scammer's copy of its advert that
                // kept its site, an agency's line recruiting for it) is not made the
                // organisation's, and the domain does not link it (below).
                let owned;
                let posts = if own_domain && !account[s] {
                    let (own, mut out) = cited_only(s, posts, &mut board_lines);
                    owned = own;
                    if !out.is_empty() {
                        out.sort_unstable();
                        cited.insert(s, out);
                    }
                    &owned
                } else {
                    posts
                };
                // Each holder of a recycled number apart.
                let uses = epochs
                    .get(&s)
                    .map_or(std::slice::from_ref(posts), Vec::as_slice);
                // A handle or an address left in a copy of its owner's advert by an impostor
                // who asks to be paid ahead (the deposit scam) is the owner's: the posts that
                // name it and ask ahead are one poster, those that do not another. An
                // operation's own account asks alike on all its posts.
                let copied = matches!(
                    key.kind,
                    plainsight_core::SelectorKind::Handle | plainsight_core::SelectorKind::Email
                ) && posts.iter().any(|&p| self.asks_ahead[p as usize])
                    && posts.iter().any(|&p| !self.asks_ahead[p as usize]);
                copied_sel[s] = copied;
                for posts in uses {
                    for side in [false, true] {
                        let mut first = None;
                        for &p in posts {
                            if copied && self.asks_ahead[p as usize] != side {
                                continue;
                            }
                            anchored[p as usize] = true;
                            anchor_uf.union(*first.get_or_insert(p), p);
                        }
                        if !copied {
                            break;
                        }
                    }
                }
            }
        }
        // An organisation's own contacts beside its several people (a recruitment network's
        // HR channel, and the domain of the recruiters' own mailboxes): too much company to be
        // one person's, or a domain taken for a mail host, so neither defines a poster by
        // itself, as a footer does not. They do when one is an own domain and the other,
        // written on other posts (not beside it on the same ones, as a footer's phone and
        // e-mail are), sits beside half the domain's posters or more, mostly the domain's: two
        // contacts of the same people, each independently, are theirs (`corroborated`). Their
        // company may pass a footer's: eight recruiters with a number, an account and a
        // mailbox each sit beside the network's domain and channel.
        // A domain written beside the own domains of two organisations or more (a helpline's
        // site under the adverts of unrelated employers) is between organisations, as
        // `split` tells for the domains of less company: it is no organisation's own, and
        // vouches for no contact of the posters beside it.
        let between_organisations: Vec<bool> = wide
            .iter()
            .map(|&s| {
                if !own_domain[s] {
                    return false;
                }
                let domain = self.selectors.get(s as u32).value.as_str();
                let mut others: Vec<u32> = Vec::new();
                for &p in &sel_posts[s] {
                    for &x in post_selectors.row(p as usize) {
                        let xs = x as usize;
                        if xs != s
                            && own_domain[xs]
                            && !host[xs]
                            && !account[xs]
                            && !domain::value_under(&self.selectors.get(x).value, domain)
                            && !others.contains(&written[xs])
                        {
                            others.push(written[xs]);
                        }
                    }
                    if others.len() >= 2 {
                        return true;
                    }
                }
                false
            })
            .collect();
        for (s, posts) in corroborated(
            &wide,
            &between_organisations,
            &sel_posts,
            &written,
            &own_domain,
            &anchored,
            &mut anchor_uf,
        ) {
            anchored_by[s] = true;
            bridging[s] = false;
            for &p in &posts {
                anchored[p as usize] = true;
                anchor_uf.union(posts[0], p);
            }
        }
        drop(co);
        let anchor: Vec<u32> = (0..n as u32)
            .map(|p| {
                if anchored[p as usize] {
                    anchor_uf.find(p)
                } else {
                    NONE
                }
            })
            .collect();

        tick(" Photos");
        // 2. Photos: PDQ hashes within the distance, clustered.
        let hashes: &[PdqHash] = self.images.values();
        let photo_of = MultiIndex::default().components(hashes, cfg.image_distance);
        // Photos an earlier linking held back: the widest spread held near each component.
        let mut held_photo: FxHashMap<u32, u32> = FxHashMap::default();
        if let Some(prior) = self.prior.as_ref().filter(|p| !p.held.images.is_empty()) {
            let held: Vec<PdqHash> = prior.held.images.iter().map(|e| e.0).collect();
            for (i, j) in crate::image::near_pairs(&held, hashes, cfg.image_distance) {
                let e = held_photo.entry(photo_of[i]).or_default();
                *e = (*e).max(prior.held.images[j].1);
            }
        }
        let mut photo_posts: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for &p in &order {
            let mut roots: Vec<u32> = self
                .post_images
                .row(p as usize)
                .iter()
                .map(|&i| photo_of[i as usize])
                .collect();
            roots.sort_unstable();
            roots.dedup();
            for r in roots {
                photo_posts.entry(r).or_default().push(p);
            }
        }
        let mut photo_items: Vec<(u32, Vec<u32>)> = photo_posts
            .into_iter()
            .filter(|(_, v)| v.len() > 1)
            .collect();
        photo_items.sort_by_key(|(_, g)| rank[g[0] as usize]);
        // The component of each photo item (items come first, in this order).
        let photo_roots: Vec<u32> = photo_items.iter().map(|(r, _)| *r).collect();
        for (_, posts) in photo_items {
            items.push(Item {
                kind: ItemKind::Image,
                posts,
                spread: 0,
                weight: 0.0,
                base: cfg.weights.image,
            });
        }

        // The posts of each number read in two regions or more, all readings together: a
        // hub's number written nationally on a foreign site reads as a number of that site's
        // country in a post or two, and is as widespread as the hub (counted so in company
        // above, and in spread below).
        let readings: FxHashMap<u32, Vec<u32>> = forms
            .iter()
            .map(|(&r, members)| {
                let mut all: Vec<u32> = members
                    .iter()
                    .flat_map(|&s| sel_posts[s as usize].iter().copied())
                    .collect();
                all.sort_unstable();
                all.dedup();
                (r, all)
            })
            .collect();

        tick(" Selectors");
        let mut sel_ids: Vec<u32> = (0..self.selectors.len() as u32).collect();
        sel_ids.sort_by(|&a, &b| self.selectors.get(a).cmp(self.selectors.get(b)));
        for s in sel_ids {
            let mut posts = std::mem::take(&mut sel_posts[s as usize]);
            // A domain's posts that cite its organisation are not its to link.
            if let Some(out) = cited.get(&(s as usize)) {
                posts.retain(|p| out.binary_search(p).is_err());
            }
            if posts.len() < 2 {
                continue;
            }
            let key = self.selectors.get(s);
            let w = &cfg.weights;
            let base = match key.kind {
                plainsight_core::SelectorKind::Phone => w.phone,
                plainsight_core::SelectorKind::Email => w.email,
                plainsight_core::SelectorKind::Url if own_domain[s as usize] => w.domain,
                plainsight_core::SelectorKind::Url if account[s as usize] => w.handle,
                plainsight_core::SelectorKind::Url => w.url,
                plainsight_core::SelectorKind::Handle => w.handle,
                plainsight_core::SelectorKind::Crypto => w.crypto,
                plainsight_core::SelectorKind::Payment => w.payment,
                plainsight_core::SelectorKind::Account => w.account,
                plainsight_core::SelectorKind::Licence => w.licence,
            };
            // A recycled number is an item per holder.
            let uses = epochs.remove(&(s as usize)).unwrap_or_else(|| vec![posts]);
            for posts in uses {
                if posts.len() < 2 {
                    continue;
                }
                items.push(Item {
                    kind: ItemKind::Selector(s),
                    posts,
                    spread: 0,
                    weight: 0.0,
                    base,
                });
            }
        }

        tick(" Guards");
        // 3. Guards: discount every item by how many distinct posters it spans. A photo may
        // span as many posters as an operator has phones (`spread_free`); a selector that
        // itself defines no poster (listed beside many others) hardly any.
        // Held items start from the spread they had (the neighbourhood sees part of it).
        items.par_iter_mut().enumerate().for_each(|(i, it)| {
            it.spread = spread_of(&it.posts, &anchor);
            if let ItemKind::Selector(s) = it.kind {
                if let Some(all) = readings.get(&number_of[s as usize]) {
                    it.spread = it.spread.max(spread_of(all, &anchor));
                }
            }
            let held = match it.kind {
                ItemKind::Selector(s) => held_sel[s as usize].map_or(0, |h| h.0),
                ItemKind::Image => photo_roots
                    .get(i)
                    .and_then(|r| held_photo.get(r))
                    .copied()
                    .unwrap_or(0),
                _ => 0,
            };
            it.spread = it.spread.max(held);
            // A poster's account on its site is held by one account holder however many
            // numbers it gives (an operator's rotated lines): it may span as many posters as
            // a persona's photo. (Accounts that are display names are no evidence at all.)
            let free = match it.kind {
                ItemKind::Selector(s)
                    if self.selectors.get(s).kind != plainsight_core::SelectorKind::Account =>
                {
                    cfg.spread_free_selector
                }
                _ => cfg.spread_free,
            };
            it.weight = it.base - cfg.spread_penalty * excess(it.spread, free);
            if it.kind == ItemKind::Image && it.spread as f64 > cfg.spread_free {
                it.weight = it.weight.min(0.0);
            }
            if matches!(it.kind, ItemKind::Selector(s) if bridging[s as usize] || service[s as usize]) {
                it.weight = it.weight.min(0.0);
            }
        });
        // Photos beside more posters than `spread_free` whose posters take turns
        // (`rotation_lines`): an operation's rotated numbers, not stock. Their weight is a
        // photo's, and their posters' family may be as large as the rotation.
        let rotation = self.rotations(&items, &anchor, &photo_of, cfg);
        for &i in &rotation {
            items[i].weight = items[i].base;
        }
        // A mobile number beside posters that take turns (`rotation_lines` at most advertising
        // at once, each from its first post to its last): an operation's lasting line beside
        // the numbers it rotates, not a footer or a shared line, which stand beside posters
        // who advertise at the same time. It may span as many posters as an account does.
        for i in self.rotated_beside(&items, &anchor, cfg, &bridging, &service, &held_sel) {
            let it = &mut items[i];
            it.weight = it
                .weight
                .max(it.base - cfg.spread_penalty * excess(it.spread, cfg.spread_free));
        }
        // What this linking holds back for good: photos and selectors the guard took to zero
        // (a selector only if it defines no poster; a poster's own selector is not held).
        let mut held = Held::default();
        let mut held_images: Vec<(u32, u32)> = Vec::new();
        for (i, it) in items.iter().enumerate() {
            if it.weight > 0.0 {
                continue;
            }
            match it.kind {
                ItemKind::Selector(s) => {
                    let key = self.selectors.get(s);
                    if anchored_by[s as usize] {
                        continue;
                    }
                    let busy = held_sel[s as usize].is_some_and(|h| h.1)
                        || busy[s as usize] > cfg.footer_cooccurrence;
                    held.selectors.insert(key.value.clone(), (it.spread, busy));
                }
                ItemKind::Image => {
                    if let Some(&r) = photo_roots.get(i) {
                        held_images.push((r, it.spread));
                    }
                }
                _ => {}
            }
        }
        if !held_images.is_empty() {
            let spread: FxHashMap<u32, u32> = held_images.iter().copied().collect();
            for (h, r) in hashes.iter().zip(&photo_of) {
                if let Some(&s) = spread.get(r) {
                    held.images.push((*h, s));
                }
            }
        }
        match &self.prior {
            Some(prior) => held.merge(&prior.held),
            None => held.sort_images(),
        }

        tick(" Identities");
        // 4. Identities: strong selectors and photos join their posts; weak ones add up pair
        // by pair. A group of posts joined this way that holds a selector of its own (an
        // anchored post) is an *identity*; text may extend an identity but never join two.
        let mut uf = UnionFind::new(n);
        // What each piece of evidence put together, when asked (`record_joins`).
        let mut recorded: Vec<(&'static str, Vec<u32>)> = Vec::new();
        let record = cfg.record_joins;
        // `PLAINSIGHT_LINK_TRACE=1`: every join of two groups on stderr, by post index (input
        // order), with the kind, weight and spread of the evidence; never a value.
        let trace = std::env::var_os("PLAINSIGHT_LINK_TRACE").is_some();
        if std::env::var_os("PLAINSIGHT_LINK_TRACE_ANCHORS").is_some() {
            for (p, &an) in anchor.iter().enumerate() {
                if an != NONE {
                    eprintln!("trace anchor {p} {an}");
                }
            }
        }
        let mut pair_weight: FxHashMap<(u32, u32), f64> = FxHashMap::default();
        // The posters of each photo that joins two or more (photos beside at most
        // `spread_free` posters: wider ones were held back above), in item order, found once.
        let photo_posters: Vec<(usize, Vec<u32>)> = items
            .iter()
            .enumerate()
            .filter(|(_, it)| {
                it.kind == ItemKind::Image && it.spread >= 2 && it.weight >= cfg.threshold
            })
            .map(|(i, it)| (i, posters_of(&it.posts, &anchor)))
            .collect();
        // Pairs of posters and the distinct photos they share (two clusters count as two
        // photos only when they lie more than twice the distance apart: re-encodings of one
        // picture may fall into two).
        let mut photo_pairs: FxHashMap<(u32, u32), Vec<(PdqHash, usize)>> = FxHashMap::default();
        for (i, a) in &photo_posters {
            let Some(&root) = photo_roots.get(*i) else {
                continue;
            };
            let photo = hashes[root as usize];
            for x in 0..a.len() {
                for y in x + 1..a.len() {
                    let seen = photo_pairs.entry((a[x], a[y])).or_default();
                    if seen
                        .iter()
                        .all(|(h, _)| h.distance(&photo) > 2 * cfg.image_distance)
                    {
                        seen.push((photo, *i));
                    }
                }
            }
        }
        // A photo joins posters only where something else says they are one author: in a small
        // corpus a picture taken off the internet sits beside two or three posters, as an
        // operator's persona photo sits beside its rotated numbers, and counting cannot tell
        // them apart. What each of those posters says of itself: the cities it advertises in.
        // Not the names: persona names come from a short list of popular ones, and a line that
        // advertises several personas meets any other poster's name by chance (a stock picture
        // beside an agency's line of eleven names and an independent "Emma" fused two
        // operations of 799 and 262 posts on linking3 dev seed 1).
        let mut poster_cities: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (_, a) in &photo_posters {
            for &x in a {
                poster_cities.entry(x).or_default();
            }
        }
        if !poster_cities.is_empty() {
            for (p, an) in anchor.iter().enumerate() {
                let Some(m) = poster_cities.get_mut(an) else {
                    continue;
                };
                let city = self.city_of(p);
                if city != NONE {
                    m.push(city);
                }
            }
            for m in poster_cities.values_mut() {
                m.sort_unstable();
                m.dedup();
            }
        }
        // When each poster of a photo advertised (its first and last post), and when it showed
        // each of its photos: what tells a photo handed from one poster to another
        // (`transfer_days`).
        let mut active: FxHashMap<u32, Advertised> = FxHashMap::default();
        let mut showed: FxHashMap<(usize, u32), (i64, i64)> = FxHashMap::default();
        let widen = |span: &mut (i64, i64), t: i64| {
            span.0 = span.0.min(t);
            span.1 = span.1.max(t);
        };
        if !poster_cities.is_empty() {
            active = self.poster_spans(&anchor, |an| poster_cities.contains_key(&an));
            for (i, _) in &photo_posters {
                for &p in &items[*i].posts {
                    let an = anchor[p as usize];
                    if let (Some(t), true) = (self.times[p as usize], an != NONE) {
                        widen(showed.entry((*i, an)).or_insert((t, t)), t);
                    }
                }
            }
        }
        let margin = cfg.transfer_days.saturating_mul(86_400);
        // Which way a photo went between two posters: 1 when every post of `x` showing it
        // comes before every post of `y` showing it, -1 the other way, 0 when their uses
        // interleave or a time is missing.
        let went = |j: usize, x: u32, y: u32| -> i32 {
            match (showed.get(&(j, x)), showed.get(&(j, y))) {
                (Some(a), Some(b)) if a.1 < b.0 => 1,
                (Some(a), Some(b)) if b.1 < a.0 => -1,
                _ => 0,
            }
        };
        let transferred = |i: usize, x: u32, y: u32| -> bool {
            let way = went(i, x, y);
            // Two posters that show one photo turn about, or that handed their photos both
            // ways, share them: nothing of theirs was sold on.
            if way == 0
                || photo_pairs
                    .get(&(x.min(y), x.max(y)))
                    .is_some_and(|c| c.iter().any(|&(_, j)| went(j, x, y) != way))
            {
                return false;
            }
            let (from, to) = if way == 1 { (x, y) } else { (y, x) };
            let (Some(&given), Some(&taken), Some(&giver), Some(&taker)) = (
                showed.get(&(i, from)),
                showed.get(&(i, to)),
                active.get(&from).and_then(Advertised::seen).as_ref(),
                active.get(&to).and_then(Advertised::seen).as_ref(),
            ) else {
                return false;
            };
            // The handover lies between the giver's last use and the taker's first: the giver
            // advertised on well after the taker took the photo up, and the taker had
            // advertised well before it did.
            given.1 < taken.0
                && giver.1 >= taken.0.saturating_add(margin)
                && taker.0 <= taken.0.saturating_sub(margin)
        };
        // The posters any of whose posts asks to be paid ahead before a meeting ("deposit by
        // gift card first"). A post without a contact of its own sharing a picture with posters
        // joins them only when it asks so as they do: the deposit scam's impostor shows the
        // pictures of an owner whose posts ask nothing ahead, and the owner's posts without
        // contact are the owner's, not the impostor's (nor are the impostor's the owner's).
        let poster_ahead: rustc_hash::FxHashSet<u32> = (0..n)
            .filter(|&p| anchor[p] != NONE && self.asks_ahead[p])
            .map(|p| anchor[p])
            .collect();
        // The family of each poster: posters chained to it by photos. An operator's rotated
        // numbers share the persona's photos among themselves; a pool of stock pictures chains
        // every poster that drew on it, however few posters each picture touches, and busy
        // posters of that family share two or three of its pictures by chance.
        let mut family_uf = UnionFind::new(poster_cities.len());
        let mut poster_ix: Vec<u32> = poster_cities.keys().copied().collect();
        poster_ix.sort_unstable();
        let ix = |x: u32| poster_ix.binary_search(&x).map_or(0, |i| i as u32);
        for (_, a) in &photo_posters {
            for w in a.windows(2) {
                family_uf.union(ix(w[0]), ix(w[1]));
            }
        }
        // An impostor asking to be paid ahead shows the pictures of owners who do not: it is
        // no poster of their families, nor does it chain one owner's family to another's. A
        // poster that asks nothing ahead has the family its photos make among such posters
        // (`own_uf`); one that asks ahead, the family all posters make (`family_uf`), where
        // impostors showing the same owners' pictures meet and are seen crowded.
        let mut own_uf = UnionFind::new(poster_cities.len());
        for (_, a) in &photo_posters {
            let mut last: Option<u32> = None;
            for &x in a.iter().filter(|x| !poster_ahead.contains(x)) {
                if let Some(w) = last {
                    own_uf.union(ix(w), ix(x));
                }
                last = Some(x);
            }
        }
        let asks_at: Vec<bool> = poster_ix.iter().map(|x| poster_ahead.contains(x)).collect();
        let offset = poster_ix.len() as u32;
        // Each poster's family, as a key (the two finds' roots apart), and its size.
        let families: Vec<(u32, usize)> = (0..offset)
            .map(|i| {
                if asks_at[i as usize] {
                    (family_uf.find(i), family_uf.set_size(i) as usize)
                } else {
                    (offset + own_uf.find(i), own_uf.set_size(i) as usize)
                }
            })
            .collect();
        let family_of = |i: u32| families[i as usize];
        // Families over a size: more posters than `over` allows, or holding a poster an
        // earlier linking of a larger corpus found in such a family (`before`: a case store's
        // batch is linked with part of a family, the posters chained to it through photos
        // outside the neighbourhood not read; families only grow as posts arrive).
        let families_over = |before: &[u32], over: &dyn Fn(usize) -> bool| -> Vec<bool> {
            let mut marked = vec![false; 2 * poster_ix.len()];
            for &p in before {
                let an = anchor[p as usize];
                if an != NONE && poster_cities.contains_key(&an) {
                    marked[family_of(ix(an)).0 as usize] = true;
                }
            }
            (0..poster_ix.len() as u32)
                .map(|i| {
                    let (root, size) = family_of(i);
                    over(size) || marked[root as usize]
                })
                .collect()
        };
        // Large: more than the free spread.
        let big_family = families_over(&self.large_family_before, &|size| {
            size as f64 > cfg.spread_free
        });
        // Crowded: more posters than a footer has company (`footer_cooccurrence`), more than
        // any one operation's numbers: what pictures passed from poster to poster make
        // (copycats showing the pictures of many, chained through the ones they share).
        let crowded_family = families_over(&self.crowded_family_before, &|size| {
            size > cfg.footer_cooccurrence
        });
        let family_big = |x: u32| big_family[ix(x) as usize];
        let family_crowded = |x: u32| crowded_family[ix(x) as usize];
        // Families whose posters take turns: at most `rotation_posters`, every post timed, and
        // at no time more than `rotation_lines` of them advertising (each from its first post
        // to its last). An operation that moves its personas from number to number chains
        // more numbers than `spread_free` through their photos, each photo beside a few of
        // them; posters drawing on a pool of stock pictures advertise side by side.
        let family_turns: Vec<bool> = {
            // Each family's posters, ascending.
            let mut members: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
            for &an in &poster_ix {
                members.entry(family_of(ix(an)).0).or_default().push(an);
            }
            members.retain(|_, m| {
                m.len() as f64 > cfg.spread_free
                    && m.len() <= cfg.rotation_posters as usize
                    && m.iter()
                        .map(|an| active.get(an).and_then(Advertised::timed))
                        .collect::<Option<Vec<_>>>()
                        .is_some_and(|spans| take_turns(&spans, cfg.rotation_lines))
            });
            // Of those, the families `rotation_pairs` of whose pairs of posters or more show
            // two photos or more in common.
            let wanted: rustc_hash::FxHashSet<u32> = members.values().flatten().copied().collect();
            let shown = self.poster_photos(&anchor, &photo_of, |an| wanted.contains(&an));
            let mut turns = vec![false; 2 * poster_ix.len()];
            for (root, m) in members {
                let shown: Vec<&[u32]> = m
                    .iter()
                    .map(|an| shown.get(an).map_or(&[][..], Vec::as_slice))
                    .collect();
                turns[root as usize] = mostly_alike(&shown, cfg.rotation_pairs);
            }
            (0..poster_ix.len() as u32)
                .map(|i| turns[family_of(i).0 as usize])
                .collect()
        };
        // The posts whose poster is in a large family, for the next batch's linking.
        let large_photo_family: Vec<u32> = (0..n as u32)
            .filter(|&p| {
                let an = anchor[p as usize];
                an != NONE && poster_cities.contains_key(&an) && family_big(an)
            })
            .collect();
        let crowded_photo_family: Vec<u32> = (0..n as u32)
            .filter(|&p| {
                let an = anchor[p as usize];
                an != NONE && poster_cities.contains_key(&an) && family_crowded(an)
            })
            .collect();
        let meets = |a: &[u32], b: &[u32]| a.iter().any(|x| b.binary_search(x).is_ok());
        // The contacts each poster of a photo gives that define no poster and link nothing
        // alone for the posters they sit beside, yet are nobody's footer: a phone, an address,
        // a handle or an own domain (not a page), not a service line, not a bridge between
        // organisations, not beside more than `footer_cooccurrence` others, and given by
        // posters of one photo family only. An agency's booking handle beside its rotated
        // numbers is such a contact; a site's report line is also beside posters that show
        // none of the family's photos.
        let family_contact = |s: usize| {
            let key = self.selectors.get(s as u32);
            (key.kind != plainsight_core::SelectorKind::Url || own_domain[s] || account[s])
                && !anchored_by[s]
                && !service[s]
                && !bridging[s]
                && held_sel[s].is_none()
                && busy[s] <= cfg.footer_cooccurrence
        };
        // The one family every poster of such a contact belongs to (`NONE`: posters of two
        // families, or one outside any).
        let mut contact_family: FxHashMap<u32, u32> = FxHashMap::default();
        if !poster_ix.is_empty() {
            for (p, &an) in anchor.iter().enumerate() {
                if an == NONE {
                    continue;
                }
                let family = match poster_ix.binary_search(&an) {
                    Ok(i) => family_of(i as u32).0,
                    Err(_) => NONE,
                };
                for &s in self.post_selectors.row(p) {
                    if family_contact(s as usize) {
                        contact_family
                            .entry(s)
                            .and_modify(|f| {
                                if *f != family {
                                    *f = NONE;
                                }
                            })
                            .or_insert(family);
                    }
                }
            }
        }
        let mut poster_keys: FxHashMap<u32, Vec<u32>> =
            poster_cities.keys().map(|&x| (x, Vec::new())).collect();
        if !contact_family.is_empty() {
            for (p, an) in anchor.iter().enumerate() {
                let Some(m) = poster_keys.get_mut(an) else {
                    continue;
                };
                m.extend(
                    post_selectors
                        .row(p)
                        .iter()
                        .copied()
                        .filter(|s| contact_family.get(s).is_some_and(|&f| f != NONE)),
                );
            }
            for m in poster_keys.values_mut() {
                m.sort_unstable();
                m.dedup();
            }
        }
        // A poster that shares two or more photos with each of two posters who share no photo
        // with each other, and who each advertise at least twice as often as it does, shows
        // the pictures of two others: a thief or a reseller of other people's pictures, not
        // the author of either, and a second photo does not join it to them. An operator's
        // rotated numbers show one persona's pictures under all of them (their posters share
        // photos pairwise); an operation's booking line that shows two of its women's pictures
        // advertises about as often as their own numbers (on linking3 and synth such lines
        // have as many posts as the numbers they bridge, and split without the count).
        let mut partners: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (&(x, y), c) in &photo_pairs {
            if c.len() >= 2 {
                partners.entry(x).or_default().push(y);
                partners.entry(y).or_default().push(x);
            }
        }
        let mut poster_posts: FxHashMap<u32, u32> = FxHashMap::default();
        if !partners.is_empty() {
            for &an in &anchor {
                if an != NONE && partners.contains_key(&an) {
                    *poster_posts.entry(an).or_default() += 1;
                }
            }
        }
        let posts_of = |x: u32| poster_posts.get(&x).copied().unwrap_or(0);
        // A poster an earlier linking of a larger corpus found showing two owners' pictures
        // shows them still (a case store's batch is linked with part of the owners' posts).
        let mut collector: rustc_hash::FxHashSet<u32> = self
            .others_pictures_before
            .iter()
            .map(|&p| anchor[p as usize])
            .filter(|&an| an != NONE && partners.contains_key(&an))
            .collect();
        collector.extend(
            partners
                .iter()
                .filter(|(&x, ps)| {
                    let ps: Vec<u32> = ps
                        .iter()
                        .copied()
                        .filter(|&y| posts_of(y) >= 2 * posts_of(x))
                        .collect();
                    ps.iter().enumerate().any(|(i, &y)| {
                        ps[i + 1..]
                            .iter()
                            .any(|&z| !photo_pairs.contains_key(&(y.min(z), y.max(z))))
                    })
                })
                .map(|(&x, _)| x),
        );
        drop(partners);
        if trace {
            let mut c: Vec<u32> = collector.iter().copied().collect();
            c.sort_unstable();
            for x in c {
                eprintln!("trace collector {x}");
            }
        }
        // The posts whose poster shows two owners' pictures, for the next batch's linking.
        let shows_others_pictures: Vec<u32> = (0..n as u32)
            .filter(|&p| collector.contains(&anchor[p as usize]))
            .collect();
        // Two posters of a photo are one author when they share a second photo (not within a
        // family wider than `spread_free`), or a contact held back for its spread alone (the
        // photo and the contact each say so of the other, however wide the family: an agency
        // with more numbers than `spread_free` shows its personas under all of them), or,
        // where the photo is beside `photo_posters` at most, when they advertise in one city
        // (more than chance would give them, `city_chance`); the last two not between a poster
        // that names a payment account and one that names none, nor for a photo one handed
        // to the other (`transfer_days`), which is not a second photo either. The sign is
        // named in the trace.
        // The cities the corpus names, for the chance that two posters share one.
        let n_cities = {
            let mut c: Vec<u32> = (0..self.post_place.len())
                .map(|p| self.city_of(p))
                .filter(|&c| c != NONE)
                .collect();
            c.sort_unstable();
            c.dedup();
            c.len()
        };
        // The posters of a photo that name a payment account on any of their posts: one that
        // asks to be paid ahead to an account, showing the pictures of one that names none, is
        // the impostor of the deposit scam and the copycat, and pictures with a second photo
        // or a city do not make them one author (a contact both give still does). On linking5
        // dev seed 1 such pairs made 106 of the second-photo and city joins, all wrong.
        let paying: rustc_hash::FxHashSet<u32> = (0..n)
            .filter(|&p| {
                anchor[p] != NONE
                    && poster_cities.contains_key(&anchor[p])
                    && self.post_selectors.row(p).iter().any(|&s| {
                        self.selectors.get(s).kind == plainsight_core::SelectorKind::Payment
                    })
            })
            .map(|p| anchor[p])
            .collect();
        let asks_ahead_of = |p: u32| match anchor[p as usize] {
            NONE => self.asks_ahead[p as usize],
            an => poster_ahead.contains(&an),
        };
        // Whether two posts (or their posters) ask to be paid ahead alike: evidence that is
        // copied with an advert (wording, a persona, a picture) joins none that do not.
        let same_asking = |a: u32, b: u32| asks_ahead_of(a) == asks_ahead_of(b);
        // Two posters showing the same pictures that advertise at once, within days of each
        // other, each in cities the other never names, are two advertisers
        // (`elsewhere_days`): one person's numbers are used where that person is, and an
        // impostor copies an owner's pictures to advertise elsewhere while the owner goes on
        // advertising. Posters that follow each other (a number changed with a move, a
        // circuit's line in its next city) are not told apart by it. On linking9 dev seed 1 it
        // kept apart 22 of the 93 pairs of posters a second photo joined wrongly, and none of
        // the 52 it joined rightly; on linking7 dev seed 1, 2 wrong and 4 right (a chain's two
        // parlours, a circuit's main line and a local one, advertising at once in two cities).
        let mut poster_times: FxHashMap<u32, Vec<i64>> = FxHashMap::default();
        for (p, an) in anchor.iter().enumerate() {
            if let (Some(t), true) = (self.times[p], poster_cities.contains_key(an)) {
                poster_times.entry(*an).or_default().push(t);
            }
        }
        for t in poster_times.values_mut() {
            t.sort_unstable();
        }
        let within = cfg
            .elsewhere_days
            .max(0)
            .saturating_mul(86_400)
            .unsigned_abs();
        let elsewhere_at_once = |x: u32, y: u32| -> bool {
            let (Some(cx), Some(cy)) = (poster_cities.get(&x), poster_cities.get(&y)) else {
                return false;
            };
            if cx.is_empty() || cy.is_empty() || crate::minhash::shared(cx, cy) > 0 {
                return false;
            }
            let (Some(a), Some(b)) = (poster_times.get(&x), poster_times.get(&y)) else {
                return false;
            };
            // Each advertised while the other did: a post of each between the other's first and
            // last. One that stopped when the other began, and took up again after it
            // stopped, did not.
            let during = |a: &[i64], b: &[i64]| {
                let (Some(&b0), Some(&b1)) = (b.first(), b.last()) else {
                    return false;
                };
                let at = a.partition_point(|&t| t < b0);
                a.get(at).is_some_and(|&t| t <= b1)
            };
            if !(during(a, b) && during(b, a)) {
                return false;
            }
            // Whether a post of one lies within `within` of a post of the other.
            let (mut i, mut j) = (0, 0);
            while i < a.len() && j < b.len() {
                if a[i].abs_diff(b[j]) <= within {
                    return true;
                }
                if a[i] < b[j] {
                    i += 1;
                } else {
                    j += 1;
                }
            }
            false
        };
        let corroborated = |i: usize, x: u32, y: u32, spread: u32, turns: bool| {
            if meets(poster_keys.get(&x)?, poster_keys.get(&y)?) {
                return Some("shared-contact");
            }
            // Nor between one that asks to be paid ahead before meeting (by a voucher or a gift
            // card: "deposit by Paysafecard first") and one that does not: an owner may name
            // the account it is paid to as well as its impostor does.
            if paying.contains(&x) != paying.contains(&y)
                || poster_ahead.contains(&x) != poster_ahead.contains(&y)
                || transferred(i, x, y)
            {
                return None;
            }
            if elsewhere_at_once(x, y) {
                if trace {
                    eprintln!("trace photo-posters-elsewhere {x} {y}");
                }
                return None;
            }
            // A rotation's posters are one family however many they are.
            let big = !turns && family_big(x) && !family_turns[ix(x) as usize];
            if !big
                && !collector.contains(&x)
                && !collector.contains(&y)
                && photo_pairs
                    .get(&(x, y))
                    .is_some_and(|c| c.iter().filter(|(_, j)| !transferred(*j, x, y)).count() >= 2)
            {
                return Some("second-photo");
            }
            // A shower of two owners' pictures is no more one author with either for a city
            // than for a second photo: a copycat advertises where its victims do. Nor are two
            // posters of a crowded family that does not take turns, where pictures pass from
            // hand to hand in the cities their owners advertise in (on linking7 dev seed 1,
            // 164 of the 204 city signs in families of more than fifty posters joined two
            // networks; linking2-6 dev seed 1 have no city sign in a family of more than
            // fifty).
            if spread > cfg.photo_posters
                || collector.contains(&x)
                || collector.contains(&y)
                || (!turns && family_crowded(x) && !family_turns[ix(x) as usize])
            {
                return None;
            }
            let (cx, cy) = (poster_cities.get(&x)?, poster_cities.get(&y)?);
            let shared = crate::minhash::shared(cx, cy);
            if shared == 0 {
                return None;
            }
            if n_cities >= cfg.city_chance_cities
                && chance_of_sharing(cx.len(), cy.len(), n_cities, shared) > cfg.city_chance
            {
                return None;
            }
            Some("city")
        };
        // Photos whose posters nothing corroborated: shown as held back in the summaries.
        let mut uncorroborated: Vec<usize> = Vec::new();
        for (i, it) in items.iter().enumerate() {
            if it.kind == ItemKind::Image && it.weight >= cfg.threshold && it.spread >= 2 {
                // Join the posters that corroborate each other; posts with no selector of
                // their own only where that leaves one poster.
                let Ok(at) = photo_posters.binary_search_by_key(&i, |e| e.0) else {
                    continue;
                };
                let a = &photo_posters[at].1;
                let mut groups = UnionFind::new(a.len());
                let turns = rotation.binary_search(&i).is_ok();
                for x in 0..a.len() {
                    for y in x + 1..a.len() {
                        if let Some(sign) = corroborated(i, a[x], a[y], it.spread, turns) {
                            if trace {
                                eprintln!(
                                    "trace photo-posters {} {} {sign} spread={} family={}",
                                    a[x],
                                    a[y],
                                    it.spread,
                                    family_of(ix(a[x])).1
                                );
                            }
                            groups.union(x as u32, y as u32);
                        }
                    }
                }
                let one = (0..a.len() as u32).all(|x| groups.find(x) == groups.find(0));
                if (0..a.len() as u32).all(|x| groups.set_size(x) == 1) {
                    uncorroborated.push(i);
                }
                let mut head: Vec<Option<u32>> = vec![None; a.len().max(1)];
                let mut joined: Vec<Vec<u32>> =
                    vec![Vec::new(); if record { a.len().max(1) } else { 0 }];
                // A post without a contact of its own joins the posters' group only when it
                // asks ahead as they do (`asks_ahead_of`).
                let group_ahead = one && a.iter().any(|x| poster_ahead.contains(x));
                for &p in &it.posts {
                    let at = match anchor[p as usize] {
                        NONE if one && self.asks_ahead[p as usize] == group_ahead => 0,
                        NONE => continue,
                        an => match a.binary_search(&an) {
                            Ok(i) => groups.find(i as u32) as usize,
                            Err(_) => continue,
                        },
                    };
                    match head[at] {
                        Some(q) => {
                            if trace && uf.find(q) != uf.find(p) {
                                trace_join("photo", it, q, p, &self.selectors);
                            }
                            uf.union(q, p);
                        }
                        None => head[at] = Some(p),
                    }
                    if record {
                        joined[at].push(p);
                    }
                }
                recorded.extend(
                    joined
                        .into_iter()
                        .filter(|j| j.len() > 1)
                        .map(|j| ("shared_image", j)),
                );
                continue;
            }
            let copied = matches!(it.kind, ItemKind::Selector(s) if copied_sel[s as usize]);
            if it.weight >= cfg.threshold && (it.kind == ItemKind::Image || copied) {
                // A photo of one poster at most: its posts join, but a post without a contact
                // of its own only those that ask ahead as it does (`asks_ahead_of`): the
                // impostor's and the owner's posts without contact go their own ways. A
                // handle or address an impostor left in its copies joins each side apart.
                let mut sides: [Vec<u32>; 2] = [Vec::new(), Vec::new()];
                for &p in &it.posts {
                    let k = usize::from(if copied {
                        self.asks_ahead[p as usize]
                    } else {
                        asks_ahead_of(p)
                    });
                    if let Some(&q) = sides[k].first() {
                        if trace && uf.find(q) != uf.find(p) {
                            trace_join("strong", it, q, p, &self.selectors);
                        }
                        uf.union(q, p);
                    }
                    sides[k].push(p);
                }
                if record {
                    // Each side is what the evidence put together.
                    for side in sides.into_iter().filter(|s| s.len() > 1) {
                        recorded.push((self.item_kind(&it.kind), side));
                    }
                }
            } else if it.weight >= cfg.threshold {
                for &p in &it.posts[1..] {
                    if trace && uf.find(it.posts[0]) != uf.find(p) {
                        trace_join("strong", it, it.posts[0], p, &self.selectors);
                    }
                    uf.union(it.posts[0], p);
                }
                if record {
                    recorded.push((self.item_kind(&it.kind), it.posts.clone()));
                }
            } else if it.weight > 0.0
                && it.posts.len() <= cfg.weak_pair_cap
                && pair_weight.len() < cfg.max_weak_pairs
            {
                for x in 0..it.posts.len() {
                    for y in x + 1..it.posts.len() {
                        *pair_weight.entry((it.posts[x], it.posts[y])).or_default() += it.weight;
                    }
                }
            }
        }
        // A photo that joined no two posters links nothing: in the summaries it is a guard, its
        // weight taken to zero for want of a second sign, as a stock picture's is for its spread.
        // Each post of such a photo, with the photos (items) it shows that joined no posters:
        // what the wording of a post with no contact is not let settle (below).
        let mut held_of: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        for i in uncorroborated {
            items[i].weight = 0.0;
            for &p in &items[i].posts {
                held_of.entry(p).or_default().push(i);
            }
        }
        let mut weak_pairs: Vec<((u32, u32), f64)> = pair_weight
            .into_iter()
            .filter(|&(_, w)| w >= cfg.threshold)
            .collect();
        weak_pairs.sort_by_key(|&((a, b), _)| (rank[a as usize], rank[b as usize]));
        for &((a, b), w) in &weak_pairs {
            if trace && uf.find(a) != uf.find(b) {
                eprintln!("trace weak {a} {b} w={w:.2}");
            }
            uf.union(a, b);
            if record {
                recorded.push(("weak_items", vec![a, b]));
            }
        }
        drop(weak_pairs);
        // The identity of each post: the root of its group if the group has an anchored post.
        let mut has_anchor = vec![false; n];
        for p in 0..n as u32 {
            if anchored[p as usize] {
                let r = uf.find(p);
                has_anchor[r as usize] = true;
            }
        }
        let ident: Vec<u32> = (0..n as u32)
            .map(|p| {
                let r = uf.find(p);
                if has_anchor[r as usize] {
                    r
                } else {
                    NONE
                }
            })
            .collect();
        drop(has_anchor);

        tick(" Templates");
        // 5. Templates: near-duplicate texts once community stock phrases are removed.
        // Document frequency is counted once per group of step 4 (an identity, or posts joined
        // by their photos), so that one operator's hundred posts of one template, with or
        // without a contact, do not make its words look like the community's.
        // With prior statistics (a batch relinked with its neighbourhood) the posts they
        // count are not counted again: a group adds the words its new posts bring, and
        // counts as a unit only if it holds no counted post.
        let (mut df, mut units) = match &self.prior {
            Some(p) => (p.df.clone(), p.units as usize),
            None => (CountMin::default(), 0usize),
        };
        let mut known: Vec<u32> = Vec::new();
        let mut by_poster: Vec<(u32, u32)> = (0..n as u32).map(|p| (uf.find(p), p)).collect();
        by_poster.sort_unstable();
        let mut i = 0;
        let mut words: Vec<u32> = Vec::new();
        // Each poster's distinct words, flushed into the table in chunks (bounded memory).
        const FLUSH: usize = 1 << 20;
        let mut pending: Vec<u32> = Vec::with_capacity(FLUSH + 4096);
        while i < by_poster.len() {
            let mut j = i;
            words.clear();
            known.clear();
            let mut any_known = false;
            while j < by_poster.len() && by_poster[j].0 == by_poster[i].0 {
                let p = by_poster[j].1 as usize;
                if self.counted[p] {
                    any_known = true;
                    known.extend_from_slice(self.shingles.row(p));
                } else {
                    words.extend_from_slice(self.shingles.row(p));
                }
                j += 1;
            }
            words.sort_unstable();
            words.dedup();
            if any_known {
                known.sort_unstable();
                known.dedup();
                words.retain(|w| known.binary_search(w).is_err());
            }
            pending.extend_from_slice(&words);
            if pending.len() >= FLUSH {
                df.add_all(&pending);
                pending.clear();
            }
            if !any_known {
                units += 1;
            }
            i = j;
        }
        df.add_all(&pending);
        drop(pending);
        drop(by_poster);
        tick("df");
        let stats = TextStats {
            df,
            units: units as u64,
            held,
        };
        let stock_df = stats.stock_df(cfg);
        let df = &stats.df;
        // Which shingles are not stock: one bit per stored shingle (the rows themselves are
        // not copied), set on the pool; then each post's LSH band keys, a chunk of posts at a
        // time (bounded temporary memory). Band keys are kept to 32 bits: two posts that meet
        // in a bucket by a collision of keys are only a candidate pair more, which the exact
        // Jaccard then rejects.
        let all = self.shingles.items();
        let mut bits = vec![0u64; all.len().div_ceil(64)];
        bits.par_iter_mut().enumerate().for_each(|(w, word)| {
            for (k, &s) in all[w * 64..(w * 64 + 64).min(all.len())].iter().enumerate() {
                if df.estimate(s) <= stock_df {
                    *word |= 1 << k;
                }
            }
        });
        let kept = |p: usize| {
            let (lo, hi) = self.shingles.span(p);
            (lo..hi)
                .filter(|&i| bits[i / 64] >> (i % 64) & 1 == 1)
                .map(|i| all[i])
        };
        let mut keys: Vec<Option<[u32; BANDS]>> = Vec::with_capacity(n);
        // How many shingles each post keeps: the near-duplicate check stops early with them.
        let mut kept_len: Vec<u32> = Vec::with_capacity(n);
        const CHUNK: usize = 1 << 16;
        for start in (0..n).step_by(CHUNK) {
            let rows: Vec<(u32, Option<[u32; BANDS]>)> = (start..(start + CHUNK).min(n))
                .into_par_iter()
                .map(|p| {
                    let len = kept(p).count();
                    if len < cfg.min_shingles {
                        return (len as u32, None);
                    }
                    let key = signature(kept(p)).map(|sig| {
                        let mut out = [0u32; BANDS];
                        for (b, o) in out.iter_mut().enumerate() {
                            *o = band_key(&sig, b) as u32;
                        }
                        out
                    });
                    (len as u32, key)
                })
                .collect();
            for (len, key) in rows {
                kept_len.push(len);
                keys.push(key);
            }
        }
        tick("signatures");
        let mut text_uf = UnionFind::new(n);
        // Confirmed near-duplicate pairs with a post of no identity on one side, with their
        // Jaccard: a contact-less post joins the one identity its near-duplicates belong to.
        let mut open_edges: Vec<(u32, u32, f64)> = Vec::new();
        for b in 0..BANDS {
            let mut entries: Vec<(u32, u32)> = order
                .iter()
                .filter_map(|&p| keys[p as usize].map(|k| (k[b], p)))
                .collect();
            // Stable sort on the key keeps canonical order inside a bucket.
            entries.par_sort_by_key(|e| e.0);
            let mut candidates: Vec<(u32, u32)> = Vec::new();
            let mut i = 0;
            while i < entries.len() {
                let mut j = i + 1;
                while j < entries.len() && entries[j].0 == entries[i].0 {
                    j += 1;
                }
                let bucket = &entries[i..j];
                if bucket.len() <= cfg.bucket_all_pairs {
                    for x in 0..bucket.len() {
                        for y in x + 1..bucket.len() {
                            candidates.push((bucket[x].1, bucket[y].1));
                        }
                    }
                } else {
                    for x in 0..bucket.len() {
                        for y in x + 1..(x + 1 + cfg.bucket_window).min(bucket.len()) {
                            candidates.push((bucket[x].1, bucket[y].1));
                        }
                    }
                }
                i = j;
            }
            // A pair an earlier band already joined needs no second Jaccard (near-duplicates
            // meet in most of the 16 bands), unless a side has no identity: then every
            // neighbour counts.
            candidates.retain(|&(a, c)| {
                ident[a as usize] == NONE
                    || ident[c as usize] == NONE
                    || text_uf.find(a) != text_uf.find(c)
            });
            let confirmed: Vec<(u32, u32, f64)> = candidates
                .into_par_iter()
                .filter_map(|(a, c)| {
                    let (a_len, c_len) = (kept_len[a as usize], kept_len[c as usize]);
                    jaccard_at_least(
                        kept(a as usize),
                        kept(c as usize),
                        a_len as usize,
                        c_len as usize,
                        cfg.near_dup_jaccard,
                    )
                    .map(|j| (a, c, j))
                })
                .collect();
            for (a, c, j) in confirmed {
                text_uf.union(a, c);
                if ident[a as usize] == NONE || ident[c as usize] == NONE {
                    open_edges.push((a, c, j));
                }
            }
        }
        drop(bits);
        drop(kept_len);
        let mut groups: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for &p in &order {
            if text_uf.set_size(p) > 1 {
                let r = text_uf.find(p);
                groups.entry(r).or_default().push(p);
            }
        }
        drop(text_uf);
        let mut text_items: Vec<Vec<u32>> = groups.into_values().collect();
        text_items.sort_by_key(|g| rank[g[0] as usize]);

        tick(" Text");
        // 6. Text joins, by identity. A template whose posts belong to one identity at most
        // (besides posts of none) is that identity's own wording: it joins all its posts. A
        // template across several identities is stock wording, however rare each of its
        // variants: it joins no two identities (held back, in the waterfall as a guard), and a
        // post of no identity joins through it only when all its near-duplicates that have an
        // identity have the same one.
        // Each post's author when it is a display name (`display_authors`), else NONE: such
        // names link nothing, but two of them are two people (see the attachment below).
        let post_name: Vec<u32> = (0..n)
            .map(|p| {
                self.post_selectors
                    .row(p)
                    .iter()
                    .copied()
                    .find(|&s| display[s as usize])
                    .unwrap_or(NONE)
            })
            .collect();
        drop(display);
        let mut open_of: Vec<u32> = vec![NONE; n];
        for posts in text_items {
            let mut ids: Vec<u32> = posts
                .iter()
                .map(|&p| ident[p as usize])
                .filter(|&i| i != NONE)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            let identities = ids.len().max(1) as u32;
            // How widely the wording is used (its family's spread): the identities it spans,
            // or, if more, the median document frequency (groups, over whole texts) of the
            // shingles two of them share: the variants of a stock template share its stock
            // words, however few identities each variant touches.
            let family = if identities == 1 {
                1
            } else {
                identities.max(self.shared_wording_spread(&posts, &ident, df))
            };
            let weight =
                cfg.weights.text - cfg.spread_penalty * excess(family, cfg.text_identities_free);
            if weight < cfg.threshold {
                for &p in &posts {
                    open_of[p as usize] = items.len() as u32;
                }
            }
            items.push(Item {
                kind: ItemKind::Text,
                posts,
                spread: family,
                weight,
                base: cfg.weights.text,
            });
        }
        let first_text = items.len()
            - items
                .iter()
                .rev()
                .take_while(|it| it.kind == ItemKind::Text)
                .count();
        for it in &items[first_text..] {
            if it.weight >= cfg.threshold {
                // The wording is one identity's own (or no identity's): its posts join, but a
                // post of no identity only where no place contradicts it: not in another city
                // than every post of the identity (a seller's "Vendo Galaxy S22 Ultra…" in
                // Zaragoza and another's in Mérida).
                let mut anchors = it
                    .posts
                    .iter()
                    .copied()
                    .filter(|&p| ident[p as usize] != NONE);
                let head = anchors.next().unwrap_or(it.posts[0]);
                let anchor_posts: Vec<u32> = std::iter::once(head).chain(anchors).collect();
                let anchor_cities: Vec<u32> = anchor_posts
                    .iter()
                    .map(|&p| self.city_of(p as usize))
                    .collect();
                // Nor under another display name than theirs: "Good morning my people 🙏" by
                // Suresh and by Karim O. is a greeting two people pass around.
                let anchor_names: Vec<u32> = anchor_posts
                    .iter()
                    .map(|&p| post_name[p as usize])
                    .collect();
                for &p in &it.posts {
                    if p == head {
                        continue;
                    }
                    let city = self.city_of(p as usize);
                    let name = post_name[p as usize];
                    let contradicted = ident[p as usize] == NONE
                        && ((city != NONE
                            && !anchor_cities.contains(&city)
                            && !anchor_cities.contains(&NONE))
                            || (name != NONE
                                && !anchor_names.contains(&name)
                                && !anchor_names.contains(&NONE)));
                    // Nor to an identity one of whose posters shows a picture of the post that
                    // joined no two of its posters: the picture is contested between them (an
                    // owner and the copycat showing it), and copied wording would give it to
                    // the copycat. On linking7 dev seed 1, 290 of 673 wording joins were wrong,
                    // most of them an owner's post without contact joined to a copycat.
                    let contested = ident[p as usize] == NONE
                        && held_of.get(&p).is_some_and(|held| {
                            held.iter().any(|&i| {
                                // (`p` has no identity: the poster is another post.)
                                items[i].posts.iter().any(|&q| {
                                    ident[q as usize] != NONE
                                        && ident[q as usize] == ident[head as usize]
                                })
                            })
                        });
                    // Nor where one asks to be paid ahead and the other does not: the
                    // impostor's copy of its owner's wording.
                    let impostor = ident[p as usize] == NONE && !same_asking(p, head);
                    if contradicted || contested || impostor {
                        continue;
                    }
                    if trace && uf.find(head) != uf.find(p) {
                        trace_join("text", it, head, p, &self.selectors);
                    }
                    uf.union(head, p);
                    if record {
                        recorded.push(("shared_template", vec![head, p]));
                    }
                }
            }
        }
        // Posts of no identity in stock templates: the identity their text is closest to, if
        // clearly closer than to any other (`attach_margin` in Jaccard); several equally
        // close identities mean the post's wording is the stock part.
        let mut near: FxHashMap<u32, Vec<(u32, f64)>> = FxHashMap::default();
        open_edges.retain(|&(a, c, _)| {
            open_of[a as usize] != NONE && open_of[a as usize] == open_of[c as usize]
        });
        for &(a, c, j) in &open_edges {
            for (x, y) in [(a, c), (c, a)] {
                if ident[x as usize] == NONE && ident[y as usize] != NONE {
                    near.entry(x).or_default().push((ident[y as usize], j));
                }
            }
        }
        let mut choice: FxHashMap<u32, u32> = FxHashMap::default();
        for (&x, v) in near.iter_mut() {
            // Best Jaccard per identity, best first (ties by identity: deterministic).
            v.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
            v.dedup_by_key(|e| e.0);
            v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let clear = v.len() == 1 || v[0].1 - v[1].1 >= cfg.attach_margin;
            choice.insert(x, if clear { v[0].0 } else { NONE });
        }
        drop(near);
        let one_identity = |x: u32| -> Option<u32> { choice.get(&x).copied() };
        open_edges.sort_by(|a, b| {
            b.2.total_cmp(&a.2)
                .then(rank[a.0 as usize].cmp(&rank[b.0 as usize]))
                .then(rank[a.1 as usize].cmp(&rank[b.1 as usize]))
        });
        // Which identity each group has now (constrained unions keep it at most one).
        let mut group_ident: FxHashMap<u32, u32> = FxHashMap::default();
        for p in 0..n as u32 {
            if ident[p as usize] != NONE {
                group_ident.insert(uf.find(p), ident[p as usize]);
            }
        }
        let mut attach_links: Vec<(u32, u32)> = Vec::new();
        for &(a, c, _) in &open_edges {
            // The identity each side's near-duplicates point at (NONE: several).
            let side = |x: u32| -> Option<u32> {
                if ident[x as usize] != NONE {
                    Some(ident[x as usize])
                } else {
                    one_identity(x)
                }
            };
            let (sa, sc) = (side(a), side(c));
            if sa == Some(NONE) || sc == Some(NONE) {
                continue;
            }
            if let (Some(x), Some(y)) = (sa, sc) {
                if x != y {
                    continue;
                }
            }
            let (ra, rc) = (uf.find(a), uf.find(c));
            if ra == rc {
                continue;
            }
            let (ga, gc) = (group_ident.get(&ra).copied(), group_ident.get(&rc).copied());
            if let (Some(x), Some(y)) = (ga, gc) {
                if x != y {
                    continue;
                }
            }
            // A post of no identity in a stock template (it spans several identities) has only
            // that wording in common with its near-duplicate: it does not join it in another
            // city (private sellers in Baltimore and in London write the same "Selling my 2012
            // Honda Accord… Message me here.").
            let (ca, cc) = (self.city_of(a as usize), self.city_of(c as usize));
            if ca != NONE && cc != NONE && ca != cc {
                continue;
            }
            // Nor under another display name: "Good morning my people 🙏" by Suresh and by
            // Karim O. is a greeting two people pass around.
            let (na, nc) = (post_name[a as usize], post_name[c as usize]);
            if na != NONE && nc != NONE && na != nc {
                continue;
            }
            // Nor between a post that asks to be paid ahead and one that does not.
            if !same_asking(a, c) {
                continue;
            }
            if trace {
                eprintln!("trace attach {a} {c}");
            }
            uf.union(a, c);
            if record {
                recorded.push(("near_duplicate", vec![a, c]));
            }
            let r = uf.find(a);
            if let Some(g) = ga.or(gc) {
                group_ident.insert(r, g);
            }
            attach_links.push((a, c));
        }
        drop(open_edges);
        for (a, c) in attach_links {
            let mut posts = vec![a, c];
            posts.sort_by_key(|&p| rank[p as usize]);
            items.push(Item {
                kind: ItemKind::Text,
                posts,
                spread: 1,
                weight: cfg.weights.text,
                base: cfg.weights.text,
            });
        }

        tick(" Wording");
        // 7. Posts still without an identity: the wording only one identity uses, and the
        // persona it advertises where it is. A shingle (not stock) that the posts of exactly one
        // identity carry — posts signed with its own contact or photos, not posts attached to
        // it by text, so that wording every contact-less post uses does not become the first
        // identity's it reached — is that identity's own wording (a signature sentence, an
        // agency's name). A post with no contact joins:
        // - the identity it shares at least `min_own_shingles` of those with, and twice as many
        //   as with any other (`shared_wording`); else
        // - the one identity that advertised the same name in the same city within
        //   `persona_days` of it (`shared_persona`): operators post their personas in bursts
        //   per stop; when two identities advertise that name there and then, the one whose own
        //   wording the post shares, if only one does.
        let open_posts: Vec<u32> = order
            .iter()
            .copied()
            .filter(|&p| !group_ident.contains_key(&uf.find(p)))
            .collect();
        if !open_posts.is_empty() {
            let wanted: rustc_hash::FxHashSet<u32> = open_posts
                .iter()
                .flat_map(|&p| self.shingles.row(p as usize).iter().copied())
                .filter(|&s| df.estimate(s) <= stock_df)
                .collect();
            // Shingle → the one identity whose own posts carry it (`NONE`: several). A map of
            // the wanted shingles, not a list of every (shingle, identity) use: at a million
            // posts that list took some 350 MB at its peak.
            let mut owner: FxHashMap<u32, u32> = FxHashMap::default();
            let mut rep: FxHashMap<u32, u32> = FxHashMap::default();
            // (name, city) → (time, identity) of the identities' own posts.
            let mut seen: Vec<(u32, u32, i64, u32)> = Vec::new();
            // The cities each identity advertised in with its own posts.
            let mut cities_of: rustc_hash::FxHashSet<(u32, u32)> = Default::default();
            // The ages each identity's own posts state for the names the open posts state an
            // age for: a contact-less post that gives one of those names with another age is
            // another person of that name (a persona is a name and an age), whatever wording
            // or city it shares.
            let aged_names: rustc_hash::FxHashSet<u32> = open_posts
                .iter()
                .flat_map(|&p| self.post_name_ages.row(p as usize).iter().map(|e| e.0))
                .collect();
            let mut ages_of: FxHashMap<(u32, u32), Vec<u8>> = FxHashMap::default();
            for &p in &order {
                if ident[p as usize] == NONE {
                    continue;
                }
                let Some(&g) = group_ident.get(&uf.find(p)) else {
                    continue;
                };
                rep.entry(g).or_insert(p);
                for &s in self.shingles.row(p as usize) {
                    if wanted.contains(&s) {
                        owner
                            .entry(s)
                            .and_modify(|o| {
                                if *o != g {
                                    *o = NONE;
                                }
                            })
                            .or_insert(g);
                    }
                }
                let city = self.city_of(p as usize);
                if city != NONE {
                    cities_of.insert((g, city));
                }
                if let (Some(t), true) = (self.times[p as usize], city != NONE) {
                    for &name in self.post_names.row(p as usize) {
                        seen.push((name, city, t, g));
                    }
                }
                for &(name, age) in self.post_name_ages.row(p as usize) {
                    if aged_names.contains(&name) {
                        let ages = ages_of.entry((g, name)).or_default();
                        if !ages.contains(&age) {
                            ages.push(age);
                        }
                    }
                }
            }
            drop(wanted);
            drop(aged_names);
            seen.par_sort_unstable();
            seen.dedup();
            let other_person = |x: u32, g: u32| {
                self.post_name_ages
                    .row(x as usize)
                    .iter()
                    .any(|&(name, age)| {
                        ages_of
                            .get(&(g, name))
                            .is_some_and(|ages| !ages.iter().any(|&a| a.abs_diff(age) <= 1))
                    })
            };
            // Shingles of exactly one identity.
            owner.retain(|_, g| *g != NONE);
            let own = owner;
            let window = cfg.persona_days * 86_400;
            let mut joins: Vec<(u32, u32, ItemKind)> = Vec::new();
            for &x in &open_posts {
                let mut votes: Vec<u32> = self
                    .shingles
                    .row(x as usize)
                    .iter()
                    .filter_map(|s| own.get(s).copied())
                    .collect();
                votes.sort_unstable();
                let mut counts: Vec<(usize, u32)> = Vec::new();
                let mut i = 0;
                while i < votes.len() {
                    let mut j = i + 1;
                    while j < votes.len() && votes[j] == votes[i] {
                        j += 1;
                    }
                    counts.push((j - i, votes[i]));
                    i = j;
                }
                counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                if let Some(&(best, g)) = counts.first() {
                    let second = counts.get(1).map_or(0, |c| c.0);
                    // Wording is corroborated by place: a post that names a city joins only an
                    // identity that advertised there itself (sentences of a region's stock
                    // phrasing in one order can be one identity's alone by chance; the same
                    // sentences in another city are another poster's).
                    let city = self.city_of(x as usize);
                    let placed = city == NONE || cities_of.contains(&(g, city));
                    if best >= cfg.min_own_shingles
                        && best >= 2 * second
                        && placed
                        && !other_person(x, g)
                    {
                        joins.push((x, g, ItemKind::Wording));
                        continue;
                    }
                }
                // The persona: identities that advertised one of its names in its city
                // within the window.
                let (Some(t), city) = (self.times[x as usize], self.city_of(x as usize)) else {
                    continue;
                };
                if city == NONE {
                    continue;
                }
                let mut there: Vec<u32> = Vec::new();
                for &name in self.post_names.row(x as usize) {
                    let lo = seen.partition_point(|e| (e.0, e.1, e.2) < (name, city, t - window));
                    for e in &seen[lo..] {
                        if (e.0, e.1) != (name, city) || e.2 > t + window {
                            break;
                        }
                        there.push(e.3);
                    }
                }
                there.sort_unstable();
                there.dedup();
                let pick = match there.len() {
                    0 => None,
                    1 => Some(there[0]),
                    _ => {
                        let worded: Vec<u32> = there
                            .iter()
                            .copied()
                            .filter(|g| counts.iter().any(|c| c.1 == *g))
                            .collect();
                        (worded.len() == 1).then(|| worded[0])
                    }
                };
                if let Some(g) = pick.filter(|&g| !other_person(x, g)) {
                    joins.push((x, g, ItemKind::Persona));
                }
            }
            for (x, g, kind) in joins {
                let r = uf.find(x);
                if group_ident.get(&r).is_some_and(|&h| h != g) {
                    continue;
                }
                let y = rep[&g];
                // Wording or a persona does not give an impostor's post asking to be paid
                // ahead to its owner, nor the owner's to the impostor.
                if !same_asking(x, y) {
                    continue;
                }
                if trace && uf.find(x) != uf.find(y) {
                    eprintln!("trace {kind:?} {x} {y}");
                }
                self.join_two(
                    &mut uf,
                    &mut items,
                    record.then_some(&mut recorded),
                    &rank,
                    (x, y),
                    kind,
                    cfg.weights.text,
                );
                group_ident.insert(uf.find(x), g);
            }
            // Posts that still have no identity and give the same name with the same age (a
            // year either way) in the same city within `persona_days` of each other are one
            // persona: an independent who posts through the site's messages, never a number.
            let mut aged: Vec<(u32, u32, i64, u8, u32)> = Vec::new();
            for &x in &open_posts {
                if group_ident.contains_key(&uf.find(x)) {
                    continue;
                }
                let (Some(t), city) = (self.times[x as usize], self.city_of(x as usize)) else {
                    continue;
                };
                if city == NONE {
                    continue;
                }
                for &(name, age) in self.post_name_ages.row(x as usize) {
                    aged.push((name, city, t, age, x));
                }
            }
            aged.sort_unstable();
            let mut persona_pairs: Vec<(u32, u32)> = Vec::new();
            for (i, a) in aged.iter().enumerate() {
                // The next posts of that name in that city, a bounded number of them (a
                // chain joins the rest).
                for b in aged[i + 1..].iter().take(64) {
                    if (b.0, b.1) != (a.0, a.1) || b.2 > a.2 + window {
                        break;
                    }
                    if a.3.abs_diff(b.3) <= 1 && uf.find(a.4) != uf.find(b.4) {
                        persona_pairs.push((a.4, b.4));
                    }
                }
            }
            for (x, y) in persona_pairs {
                if uf.find(x) == uf.find(y) {
                    continue;
                }
                if trace {
                    eprintln!("trace Persona {x} {y}");
                }
                self.join_two(
                    &mut uf,
                    &mut items,
                    record.then_some(&mut recorded),
                    &rank,
                    (x, y),
                    ItemKind::Persona,
                    cfg.weights.text,
                );
            }
        }
        // 8. A post of no identity beside a photo that several posters show joined none of
        // them above (which one is it?). Once every one of those posters has come into one
        // group by other evidence (the rotated numbers of one operator, joined by a second
        // photo, a city, a selector), the question is answered: the post joins that group,
        // unless it has come to another identity's group itself. So it is when one group holds
        // five of the photo's posts with a contact or more, four times as many as any other:
        // a thief who shows an operator's pictures under a number of its own has a few posts
        // beside the owner's many, and gives a contact (a post without one is the owner's).
        let mut late: Vec<(u32, u32)> = Vec::new();
        {
            let mut ident_root = vec![false; n];
            for p in 0..n {
                if anchor[p] != NONE {
                    ident_root[uf.find(p as u32) as usize] = true;
                }
            }
            for (i, _) in &photo_posters {
                let it = &items[*i];
                // The groups the photo's posts with a contact have come to, and how many of
                // those posts each holds.
                let mut held: Vec<(u32, usize)> = Vec::new();
                for &p in it.posts.iter().filter(|&&p| anchor[p as usize] != NONE) {
                    let r = uf.find(p);
                    match held.iter_mut().find(|h| h.0 == r) {
                        Some(h) => h.1 += 1,
                        None => held.push((r, 1)),
                    }
                }
                held.sort_by(|a, b| {
                    b.1.cmp(&a.1)
                        .then(rank[a.0 as usize].cmp(&rank[b.0 as usize]))
                });
                let root = match held.as_slice() {
                    [] => continue,
                    [(r, _)] => *r,
                    [(r, top), (_, second), ..] if *top >= 5 && *top >= 4 * *second => *r,
                    _ => continue,
                };
                for &p in it.posts.iter().filter(|&&p| anchor[p as usize] == NONE) {
                    let r = uf.find(p);
                    if r != root && !ident_root[r as usize] {
                        late.push((r, root));
                    }
                }
            }
        }
        // A group whose photos point to two groups joins neither.
        late.sort_unstable();
        late.dedup();
        let late: Vec<(u32, u32)> = late
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|c| c.len() == 1)
            .map(|c| (c[0].1, c[0].0))
            .collect();
        for (root, p) in late {
            if uf.find(root) == uf.find(p) || !same_asking(root, p) {
                continue;
            }
            if trace {
                eprintln!("trace photo-late {root} {p}");
            }
            self.join_two(
                &mut uf,
                &mut items,
                record.then_some(&mut recorded),
                &rank,
                (root, p),
                ItemKind::Image,
                cfg.weights.image,
            );
        }
        tick(" Networks");
        // 9. Networks, named by size then by their first member's id.
        let mut members: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for &p in &order {
            members.entry(uf.find(p)).or_default().push(p);
        }
        let mut comps: Vec<Vec<u32>> = members.into_values().collect();
        comps.sort_by(|a, b| {
            b.len()
                .cmp(&a.len())
                .then(rank[a[0] as usize].cmp(&rank[b[0] as usize]))
        });
        let mut network_of = vec![0u32; n];
        for (ni, c) in comps.iter().enumerate() {
            for &p in c {
                network_of[p as usize] = ni as u32;
            }
        }
        let weak_items: Vec<bool> = items
            .iter()
            .map(|it| {
                it.kind != ItemKind::Text
                    && it.weight > 0.0
                    && it.weight < cfg.threshold
                    && it.posts.len() <= cfg.weak_pair_cap
            })
            .collect();
        tick("summaries");
        let summaries = if cfg.summarize {
            self.summarize(&comps, &network_of, &items, &weak_items, &rank)
        } else {
            Vec::new()
        };
        tick("done");
        Linking {
            ids: self.ids.clone(),
            linked: comps.iter().filter(|c| c.len() > 1).count(),
            network_of,
            names: (0..comps.len()).map(network_name).collect(),
            networks: summaries,
            stats,
            joins: recorded,
            large_photo_family,
            crowded_photo_family,
            shows_others_pictures,
        }
    }

    /// When each poster `keep` takes advertised ([`Advertised`]).
    fn poster_spans(
        &self,
        anchor: &[u32],
        keep: impl Fn(u32) -> bool,
    ) -> FxHashMap<u32, Advertised> {
        let mut span: FxHashMap<u32, Advertised> = FxHashMap::default();
        for (p, &an) in anchor.iter().enumerate() {
            if an == NONE || !keep(an) {
                continue;
            }
            let e = span.entry(an).or_insert(Advertised {
                first: i64::MAX,
                last: i64::MIN,
                every_post_timed: true,
            });
            match self.times[p] {
                Some(t) => {
                    e.first = e.first.min(t);
                    e.last = e.last.max(t);
                }
                None => e.every_post_timed = false,
            }
        }
        span
    }

    /// The photos (`photo_of` each image) each poster `keep` takes shows, ascending and
    /// distinct.
    fn poster_photos(
        &self,
        anchor: &[u32],
        photo_of: &[u32],
        keep: impl Fn(u32) -> bool,
    ) -> FxHashMap<u32, Vec<u32>> {
        let mut shown: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (p, &an) in anchor.iter().enumerate() {
            if an == NONE || !keep(an) {
                continue;
            }
            shown.entry(an).or_default().extend(
                self.post_images
                    .row(p)
                    .iter()
                    .map(|&i| photo_of[i as usize]),
            );
        }
        for v in shown.values_mut() {
            v.sort_unstable();
            v.dedup();
        }
        shown
    }

    /// The photo items (indices into `items`, ascending) beside more posters than
    /// `spread_free`, at most `rotation_posters`, whose posters take turns: at no time more
    /// than `rotation_lines` of them advertising (each from its first post to its last), and
    /// `rotation_pairs` of their pairs or more showing two photos or more in common. A poster
    /// without a time on every post is not timed, and its photos are not taken for a rotation.
    fn rotations(
        &self,
        items: &[Item],
        anchor: &[u32],
        photo_of: &[u32],
        cfg: &LinkConfig,
    ) -> Vec<usize> {
        let candidates: Vec<(usize, Vec<u32>)> = items
            .iter()
            .enumerate()
            .filter(|(_, it)| {
                it.kind == ItemKind::Image
                    && f64::from(it.spread) > cfg.spread_free
                    && it.spread <= cfg.rotation_posters
            })
            .map(|(i, it)| (i, posters_of(&it.posts, anchor)))
            .collect();
        let turning = self.taking_turns(candidates, anchor, cfg);
        if turning.is_empty() {
            return Vec::new();
        }
        // The photos each of their posters shows.
        let wanted: rustc_hash::FxHashSet<u32> = turning
            .iter()
            .flat_map(|(_, a)| a.iter().copied())
            .collect();
        let shown = self.poster_photos(anchor, photo_of, |an| wanted.contains(&an));
        turning
            .into_iter()
            .filter(|(_, a)| {
                let shown: Vec<&[u32]> = a.iter().map(|x| shown[x].as_slice()).collect();
                mostly_alike(&shown, cfg.rotation_pairs)
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The `candidates` (an item and its posters) whose posters take turns: at no time more
    /// than `rotation_lines` of them advertising, each from its first post to its last. A
    /// poster without a time on every post is not timed, and its item is left out.
    fn taking_turns(
        &self,
        candidates: Vec<(usize, Vec<u32>)>,
        anchor: &[u32],
        cfg: &LinkConfig,
    ) -> Vec<(usize, Vec<u32>)> {
        if candidates.is_empty() {
            return candidates;
        }
        let wanted: rustc_hash::FxHashSet<u32> = candidates
            .iter()
            .flat_map(|(_, a)| a.iter().copied())
            .collect();
        let span = self.poster_spans(anchor, |an| wanted.contains(&an));
        candidates
            .into_iter()
            .filter(|(_, a)| {
                let spans: Option<Vec<(i64, i64)>> = a
                    .iter()
                    .map(|x| span.get(x).and_then(Advertised::timed))
                    .collect();
                spans.is_some_and(|spans| take_turns(&spans, cfg.rotation_lines))
            })
            .collect()
    }

    /// The mobile numbers (indices into `items`, ascending) beside two posters or more, at
    /// most `rotation_posters`, whose posters take turns: at no time more than
    /// `rotation_lines` of them advertising. A toll-free or fixed line is a site's or an
    /// organisation's, however its posters come and go (a small board's support line beside
    /// recruiters who follow one another); lines held back as bridges or service lines, or by
    /// an earlier linking, are left out; so are posters not timed on every post.
    fn rotated_beside(
        &self,
        items: &[Item],
        anchor: &[u32],
        cfg: &LinkConfig,
        bridging: &[bool],
        service: &[bool],
        held_sel: &[Option<(u32, bool)>],
    ) -> Vec<usize> {
        let candidates: Vec<(usize, Vec<u32>)> = items
            .iter()
            .enumerate()
            .filter(|(_, it)| match it.kind {
                ItemKind::Selector(s) => {
                    let su = s as usize;
                    let key = self.selectors.get(s);
                    key.kind == plainsight_core::SelectorKind::Phone
                        && it.spread >= 2
                        && it.spread <= cfg.rotation_posters
                        && !bridging[su]
                        && !service[su]
                        && held_sel[su].is_none()
                        && plainsight_phone::is_mobile_number(&key.value)
                }
                _ => false,
            })
            .map(|(i, it)| (i, posters_of(&it.posts, anchor)))
            .collect();
        self.taking_turns(candidates, anchor, cfg)
            .into_iter()
            .map(|(i, _)| i)
            .collect()
    }

    /// For each selector, whether it is an author's account that is a display name, by its
    /// own reading or its site's (see `link`).
    fn display_authors(&self) -> Vec<bool> {
        let mut out = vec![false; self.selectors.len()];
        // Per site: authors, and those that read as display names.
        let mut sites: FxHashMap<&str, (u32, u32)> = FxHashMap::default();
        let mut authors: Vec<(u32, &str, bool)> = Vec::new();
        for s in 0..self.selectors.len() as u32 {
            let key = self.selectors.get(s);
            if key.kind != plainsight_core::SelectorKind::Account {
                continue;
            }
            let (site, author) = key.value.split_once('/').unwrap_or(("", &key.value));
            let display = crate::features::is_display_name(author);
            let e = sites.entry(site).or_default();
            e.0 += 1;
            e.1 += u32::from(display);
            authors.push((s, site, display));
        }
        for (s, site, display) in authors {
            let (all, named) = sites[site];
            out[s as usize] = display || (all >= 5 && 5 * named >= all);
        }
        out
    }

    /// The median document frequency (in groups, over whole texts) of the shingles that at
    /// least two of a template's identities share.
    fn shared_wording_spread(&self, posts: &[u32], ident: &[u32], df: &CountMin) -> u32 {
        let mut per: Vec<(u32, u32)> = Vec::new();
        for &p in posts {
            let i = ident[p as usize];
            if i != NONE {
                per.extend(self.shingles.row(p as usize).iter().map(|&s| (s, i)));
            }
        }
        per.sort_unstable();
        per.dedup();
        let mut shared: Vec<u32> = Vec::new();
        let mut i = 0;
        while i < per.len() {
            let mut j = i + 1;
            while j < per.len() && per[j].0 == per[i].0 {
                j += 1;
            }
            if j - i >= 2 {
                shared.push(df.estimate(per[i].0));
            }
            i = j;
        }
        if shared.is_empty() {
            return u32::MAX;
        }
        shared.sort_unstable();
        shared[shared.len() / 2]
    }

    /// The evidence kind of an item, as summaries name it.
    /// Joins posts `a` and `b` after the items were weighed (by wording, a persona, a photo
    /// whose posters became one): the union, the recorded join, and a two-post item of the
    /// join's kind and weight for the summaries.
    #[allow(clippy::too_many_arguments)]
    fn join_two(
        &self,
        uf: &mut UnionFind,
        items: &mut Vec<Item>,
        recorded: Option<&mut Vec<(&'static str, Vec<u32>)>>,
        rank: &[u32],
        (a, b): (u32, u32),
        kind: ItemKind,
        weight: f64,
    ) {
        uf.union(a, b);
        if let Some(recorded) = recorded {
            recorded.push((self.item_kind(&kind), vec![a, b]));
        }
        let mut posts = vec![a, b];
        posts.sort_by_key(|&q| rank[q as usize]);
        items.push(Item {
            kind,
            posts,
            spread: 1,
            weight,
            base: weight,
        });
    }

    fn item_kind(&self, kind: &ItemKind) -> &'static str {
        match kind {
            ItemKind::Selector(s) => self.selectors.get(*s).evidence_kind(),
            ItemKind::Image => "shared_image",
            ItemKind::Text => "shared_template",
            ItemKind::Wording => "shared_wording",
            ItemKind::Persona => "shared_persona",
        }
    }

    fn item_label(&self, kind: &ItemKind) -> (String, Option<SelectorKey>) {
        let key = match kind {
            ItemKind::Selector(s) => Some(self.selectors.get(*s).clone()),
            _ => None,
        };
        (self.item_kind(kind).to_string(), key)
    }

    fn summarize(
        &self,
        comps: &[Vec<u32>],
        network_of: &[u32],
        items: &[Item],
        weak: &[bool],
        rank: &[u32],
    ) -> Vec<Network> {
        let cfg = &self.config;
        let widely: std::collections::HashSet<u32> = items
            .iter()
            .filter_map(|it| match it.kind {
                ItemKind::Selector(s) if it.weight < it.base && it.weight < cfg.threshold => {
                    Some(s)
                }
                _ => None,
            })
            .collect();
        // Items per network: those inside it (evidence) and discounted ones touching it, each
        // with how many of its posts are in the network, counted once per item (counted per
        // network, a footer line beside 100,000 posts was read again by each of the thousands
        // of networks it touches: 12.5 of 24 s linking a million linking4 posts).
        let mut by_net: FxHashMap<u32, Vec<(usize, usize)>> = FxHashMap::default();
        for (i, it) in items.iter().enumerate() {
            let mut nets: Vec<u32> = it.posts.iter().map(|&p| network_of[p as usize]).collect();
            nets.sort_unstable();
            for run in nets.chunk_by(|a, b| a == b) {
                let ni = run[0];
                if comps[ni as usize].len() > 1 {
                    by_net.entry(ni).or_default().push((i, run.len()));
                }
            }
        }
        comps
            .par_iter()
            .enumerate()
            .filter(|(_, c)| c.len() > 1)
            .map(|(ni, c)| {
                let mut evidence: BTreeMap<String, Evidence> = BTreeMap::new();
                let mut guards: Vec<Guard> = Vec::new();
                let mut templates: Vec<Template> = Vec::new();
                for &(i, inside) in by_net.get(&(ni as u32)).map(Vec::as_slice).unwrap_or(&[]) {
                    let it = &items[i];
                    let (kind, key) = self.item_label(&it.kind);
                    if it.weight >= cfg.threshold || (weak[i] && inside > 1) {
                        if inside < 2 {
                            continue;
                        }
                        let e = evidence.entry(kind.clone()).or_insert_with(|| Evidence {
                            kind: kind.clone(),
                            weight: 0.0,
                            items: 0,
                            links: 0,
                        });
                        e.weight += it.weight * (inside - 1) as f64;
                        e.items += 1;
                        e.links += inside - 1;
                        if it.kind == ItemKind::Text && cfg.keep_tokens {
                            templates.push(self.template(&it.posts, inside));
                        }
                    } else if it.weight < it.base {
                        guards.push(Guard {
                            kind,
                            selector: key,
                            spread: it.spread,
                            posts_here: inside,
                            posts_total: it.posts.len(),
                            base: it.base,
                            weight: it.weight,
                        });
                    }
                }
                guards.sort_by(|a, b| b.posts_total.cmp(&a.posts_total).then(a.kind.cmp(&b.kind)));
                guards.truncate(20);
                templates.sort_by(|a, b| b.posts.cmp(&a.posts).then(a.text.cmp(&b.text)));
                templates.truncate(10);
                let mut posts = c.clone();
                posts.sort_by_key(|&p| (self.times[p as usize], rank[p as usize]));
                self.network_summary(
                    ni,
                    &widely,
                    posts,
                    evidence.into_values().collect(),
                    guards,
                    templates,
                )
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn network_summary(
        &self,
        ni: usize,
        widely: &std::collections::HashSet<u32>,
        posts: Vec<u32>,
        mut evidence: Vec<Evidence>,
        guards: Vec<Guard>,
        templates: Vec<Template>,
    ) -> Network {
        let times: Vec<i64> = posts
            .iter()
            .filter_map(|&p| self.times[p as usize])
            .collect();
        let (locations, movement) = plainsight_core::network::movement_of(
            posts
                .iter()
                .filter(|&&p| self.post_place[p as usize] != NONE)
                .map(|&p| Stop {
                    location: self.places.get(self.post_place[p as usize]).to_string(),
                    from: self.times[p as usize].map(format_rfc3339),
                    posts: 1,
                }),
        );
        let mut sel_count: BTreeMap<u32, usize> = BTreeMap::new();
        let mut name_count: BTreeMap<u32, usize> = BTreeMap::new();
        let mut site_count: BTreeMap<u32, usize> = BTreeMap::new();
        for &p in &posts {
            for &s in self.post_selectors.row(p as usize) {
                *sel_count.entry(s).or_default() += 1;
            }
            for &s in self.post_names.row(p as usize) {
                *name_count.entry(s).or_default() += 1;
            }
            let site = self.post_site[p as usize];
            if site != NONE {
                *site_count.entry(site).or_default() += 1;
            }
        }
        let mut selectors: Vec<SelectorCount> = sel_count
            .into_iter()
            .map(|(s, c)| {
                let k = self.selectors.get(s);
                SelectorCount {
                    kind: k.kind,
                    platform: k.platform,
                    value: k.value.clone(),
                    posts: c,
                    widely_shared: widely.contains(&s),
                }
            })
            .collect();
        selectors.sort_by(|a, b| b.posts.cmp(&a.posts).then(a.value.cmp(&b.value)));
        let mut persons: Vec<Count> = name_count
            .into_iter()
            .map(|(s, c)| Count {
                name: self.names.get(s).to_string(),
                posts: c,
            })
            .collect();
        persons.sort_by(|a, b| b.posts.cmp(&a.posts).then(a.name.cmp(&b.name)));
        persons.truncate(50);
        let mut sites: Vec<Count> = site_count
            .into_iter()
            .map(|(s, c)| Count {
                name: self.sites.get(s).to_string(),
                posts: c,
            })
            .collect();
        sites.sort_by(|a, b| b.posts.cmp(&a.posts).then(a.name.cmp(&b.name)));
        evidence.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.kind.cmp(&b.kind)));
        Network {
            network: network_name(ni),
            size: posts.len(),
            risk: self.config.neutral_risk,
            risk_parts: Vec::new(),
            indicators: Vec::new(),
            first_seen: times.iter().min().map(|&t| format_rfc3339(t)),
            last_seen: times.iter().max().map(|&t| format_rfc3339(t)),
            locations,
            movement,
            selectors,
            persons,
            sites,
            templates,
            evidence,
            guards,
            posts: posts
                .iter()
                .map(|&p| PostRef {
                    id: self.ids[p as usize].to_string(),
                    index: p,
                    posted_at: self.times[p as usize].map(format_rfc3339),
                    location: (self.post_place[p as usize] != NONE)
                        .then(|| self.places.get(self.post_place[p as usize]).to_string()),
                    title: self.titles[p as usize].as_deref().map(str::to_string),
                    selectors: self
                        .post_selectors
                        .row(p as usize)
                        .iter()
                        .map(|&s| self.selectors.get(s).clone())
                        .collect(),
                })
                .collect(),
        }
    }

    /// A template in the spirit of InfoShield: the words of the cluster's first post that most
    /// members share, runs of the others collapsed into slots.
    fn template(&self, posts: &[u32], inside: usize) -> Template {
        let rep = self.post_tokens.row(posts[0] as usize);
        let sample: Vec<Vec<u32>> = posts
            .iter()
            .skip(1)
            .take(40)
            .map(|&p| {
                let mut t = self.post_tokens.row(p as usize).to_vec();
                t.sort_unstable();
                t.dedup();
                t
            })
            .collect();
        let mut text = String::new();
        let mut slots = 0;
        let mut in_slot = false;
        for &tok in rep {
            let shared = sample
                .iter()
                .filter(|t| t.binary_search(&tok).is_ok())
                .count();
            let fixed = sample.is_empty() || shared * 2 >= sample.len();
            let w = self.words.get(tok);
            if fixed && &**w != "#" {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(w);
                in_slot = false;
            } else if !in_slot {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str("{…}");
                slots += 1;
                in_slot = true;
            }
        }
        let mut names: Vec<u32> = posts
            .iter()
            .flat_map(|&p| self.post_names.row(p as usize).iter().copied())
            .collect();
        names.sort_unstable();
        names.dedup();
        Template {
            text,
            slots,
            posts: inside,
            persons: names.len(),
        }
    }
}

/// The city a free-text place names, as one key whatever the style. Each part set apart by
/// commas, brackets, slashes or a dash between spaces is looked up in the gazetteer, and the
/// most populous city one of them names is the key (its name and country): "Triana,
/// Sevilla", "Sevilla - Triana" and "Sevilla" are one city, "Hamburg - Altona" is Hamburg,
/// "Alicante, España" Alicante. A part that names a country or a state names a city only
/// where that country has a city of the very name ("Dubai", "New York"; not "Lebanon",
/// whose namesakes are American towns). Where no part names a city, the whole place may
/// ("New York, New York"); a place that names only countries or states names no city. A
/// place the gazetteer does not know keeps its own words: those before the first comma or
/// bracket, without a trailing two-letter state or country code ("Houston, TX", "houston
/// tx", "Houston (US)" → "houston").
fn city_key(place: &str) -> Option<String> {
    use plainsight_geo::PlaceKind;
    let mut best: Option<plainsight_geo::Place> = None;
    let mut known = false;
    for part in place
        .split([',', ';', '(', ')', '/', '|'])
        .flat_map(|p| p.split(" - ").flat_map(|p| p.split(" – ")))
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let Some(found) = plainsight_geo::resolve(part) else {
            continue;
        };
        known = true;
        let city = match found.kind {
            PlaceKind::City => Some(found),
            PlaceKind::Country | PlaceKind::State => plainsight_geo::gazetteer()
                .cities_named(part)
                .into_iter()
                .find(|c| c.country == found.country),
        };
        if let Some(city) = city {
            if best.is_none_or(|b| city.population > b.population) {
                best = Some(city);
            }
        }
    }
    if best.is_none() && known {
        best = plainsight_geo::resolve(place).filter(|p| p.kind == PlaceKind::City);
    }
    if let Some(city) = best {
        return Some(format!("{}\t{}", city.name, city.country));
    }
    if known {
        return None;
    }
    let head = place.split([',', '(', '/', '|']).next().unwrap_or("");
    let mut words: Vec<String> = head
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() > 1 && words.last().is_some_and(|w| w.chars().count() == 2) {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// CPU time of the whole process so far (user + system, all threads), for the phase log
/// (`PLAINSIGHT_PHASES`); where `/proc` is missing, a dash.
fn process_cpu() -> String {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) are space-separated; utime and
    // stime are the 14th and 15th fields, in clock ticks (100 per second on Linux).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    match (
        f.get(11).and_then(|v| v.parse::<u64>().ok()),
        f.get(12).and_then(|v| v.parse::<u64>().ok()),
    ) {
        (Some(u), Some(s)) => format!("{:.2}s", (u + s) as f64 / 100.0),
        _ => "-".to_string(),
    }
}

/// Resident memory now and at its peak so far, for the phase log; where `/proc` is missing,
/// a dash.
fn process_memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().strip_suffix("kB"))
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map_or("-".to_string(), |kb| format!("{} MB", kb / 1024))
    };
    format!("RSS {} (peak {})", field("VmRSS:"), field("VmHWM:"))
}

/// For each selector, the selector that stands for the number it writes: phone numbers with
/// one national significant number (`+41731188187` and `+212731188187`: one "07 31 18 81 87"
/// read in two regions when a post's place was told wrong, as a recruiter's post naming the
/// city it recruits for) are one written number, whatever the country code; every other
/// selector stands for itself (a messaging account named by a number too: counted with its
/// number, a site's support line on small corpora fell under the neighbour count that makes
/// it a footer). National numbers shorter than seven digits stand for themselves (too many
/// share them by chance).
fn written_numbers(selectors: &Interner<SelectorKey>) -> Vec<u32> {
    number_roots(selectors, false)
}

/// For each selector, the selector that stands for the number it names, as
/// `written_numbers` has it, messaging accounts named by a number (`whatsapp:+66…`) included;
/// every other selector stands for itself.
fn numbers(selectors: &Interner<SelectorKey>) -> Vec<u32> {
    number_roots(selectors, true)
}

/// The first selector naming each national number (seven digits or more) for every selector
/// that names one: phones, and with `accounts` messaging accounts named by a number.
fn number_roots(selectors: &Interner<SelectorKey>, accounts: bool) -> Vec<u32> {
    let mut first: FxHashMap<&str, u32> = FxHashMap::default();
    (0..selectors.len() as u32)
        .map(|s| {
            let key = selectors.get(s);
            let named = key.kind == plainsight_core::SelectorKind::Phone
                || (accounts
                    && key.kind == plainsight_core::SelectorKind::Handle
                    && key.value.starts_with('+'));
            if !named {
                return s;
            }
            match plainsight_phone::national_significant(&key.value) {
                Some(national) if national.len() >= 7 => *first.entry(national).or_insert(s),
                _ => s,
            }
        })
        .collect()
}

/// The contacts of `wide` (selector indices) that an organisation's own domain among them
/// corroborates, each with the posts it joins. The two sit beside two or more of the same
/// posters (roots of `uf` among `anchored` posts): half the domain's posters or more (a
/// channel that two users of a mail host share does not make the host theirs), and most (two
/// thirds) of the other contact's (a site's footer beside every poster on it is no one's);
/// and on posts of their own (at most half of the smaller one's
/// posts carry both: a footer's phone and e-mail are one piece of evidence; a written number
/// read in two regions is one contact). The domain then joins all its posts, as an own domain
/// beside few others does; the other contact joins only its posts beside the domain's posters
/// (a visa agent that one organisation names most often is still not the organisation's
/// where another names it), and its posts of no poster when all its posters are the domain's.
/// A domain `between` organisations (beside two or more others' own domains) vouches for none.
/// Ascending by selector.
fn corroborated(
    wide: &[usize],
    between: &[bool],
    sel_posts: &[Vec<u32>],
    written: &[u32],
    own_domain: &[bool],
    anchored: &[bool],
    uf: &mut UnionFind,
) -> Vec<(usize, Vec<u32>)> {
    if wide.len() < 2 {
        return Vec::new();
    }
    let root_of = |p: u32, uf: &mut UnionFind| anchored[p as usize].then(|| uf.find(p));
    let posters: Vec<Vec<u32>> = wide
        .iter()
        .map(|&s| {
            let mut a: Vec<u32> = sel_posts[s]
                .iter()
                .filter_map(|&p| root_of(p, uf))
                .collect();
            a.sort_unstable();
            a.dedup();
            a
        })
        .collect();
    let mut by_poster: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (i, ps) in posters.iter().enumerate() {
        for &a in ps {
            by_poster.entry(a).or_default().push(i as u32);
        }
    }
    // For each contact: whether a domain vouches for it as a whole (a domain itself), and the
    // posters of the domains that vouch for it.
    let mut whole = vec![false; wide.len()];
    let mut vouched: Vec<Vec<u32>> = vec![Vec::new(); wide.len()];
    let mut shared: FxHashMap<u32, u32> = FxHashMap::default();
    for (d, ps) in posters.iter().enumerate() {
        if !own_domain[wide[d]] || between[d] || ps.len() < 2 {
            continue;
        }
        shared.clear();
        for a in ps {
            for &o in &by_poster[a] {
                if o as usize != d {
                    *shared.entry(o).or_default() += 1;
                }
            }
        }
        let mut os: Vec<(u32, u32)> = shared.iter().map(|(&o, &c)| (o, c)).collect();
        os.sort_unstable();
        for (o, count) in os {
            let o = o as usize;
            let (s, t) = (wide[d], wide[o]);
            if count < 2
                || written[s] == written[t]
                || 3 * count < 2 * posters[o].len() as u32
                || 2 * (count as usize) < ps.len()
            {
                continue;
            }
            let (a, b) = (&sel_posts[s], &sel_posts[t]);
            if 2 * crate::minhash::shared(a, b) > a.len().min(b.len()) {
                continue;
            }
            whole[d] = true;
            vouched[o].extend_from_slice(ps);
        }
    }
    let mut out = Vec::new();
    for (i, &s) in wide.iter().enumerate() {
        let posts: Vec<u32> = if whole[i] {
            sel_posts[s].clone()
        } else if !vouched[i].is_empty() {
            let mut inside = std::mem::take(&mut vouched[i]);
            inside.sort_unstable();
            inside.dedup();
            let all_inside = posters[i].iter().all(|a| inside.binary_search(a).is_ok());
            sel_posts[s]
                .iter()
                .copied()
                .filter(|&p| match root_of(p, uf) {
                    Some(a) => inside.binary_search(&a).is_ok(),
                    None => all_inside,
                })
                .collect()
        } else {
            continue;
        };
        if posts.len() >= 2 {
            out.push((s, posts));
        }
    }
    out
}

/// The chance that two posters advertising in `a` and `b` of a corpus's `n` cities, each
/// drawn at random, share `k` or more: the tail of a Poisson law of mean `a * b / n`.
fn chance_of_sharing(a: usize, b: usize, n: usize, k: usize) -> f64 {
    let mean = (a * b) as f64 / n.max(1) as f64;
    let mut term = (-mean).exp();
    let mut below = 0.0;
    for i in 0..k {
        if i > 0 {
            term *= mean / i as f64;
        }
        below += term;
    }
    (1.0 - below).max(0.0)
}

/// When a poster advertised: its first and last post with a time, and whether every post of
/// it has one.
#[derive(Clone, Copy)]
struct Advertised {
    first: i64,
    last: i64,
    every_post_timed: bool,
}

impl Advertised {
    /// The first and last post's times, where any post has a time.
    fn seen(&self) -> Option<(i64, i64)> {
        (self.first <= self.last).then_some((self.first, self.last))
    }

    /// The first and last post's times, where every post has a time: a poster whose time
    /// cannot be told whole is not taken to take turns.
    fn timed(&self) -> Option<(i64, i64)> {
        self.every_post_timed.then(|| self.seen()).flatten()
    }
}

/// Whether posters advertising over `spans` (each from its first post to its last) take
/// turns: at no time more than `lines` of them advertising.
fn take_turns(spans: &[(i64, i64)], lines: u32) -> bool {
    let mut events: Vec<(i64, i32)> = spans
        .iter()
        .flat_map(|&(first, last)| [(first, 1), (last.saturating_add(1), -1)])
        .collect();
    events.sort_unstable();
    let (mut now, mut most) = (0i32, 0i32);
    for (_, d) in events {
        now += d;
        most = most.max(now);
    }
    most as u32 <= lines
}

/// Whether `share` of the pairs of posters or more show two photos or more in common (`shown`:
/// each poster's photos, ascending and distinct).
fn mostly_alike(shown: &[&[u32]], share: f64) -> bool {
    let (mut pairs, mut alike) = (0u64, 0u64);
    for x in 0..shown.len() {
        for y in x + 1..shown.len() {
            pairs += 1;
            if crate::minhash::shared(shown[x], shown[y]) >= 2 {
                alike += 1;
            }
        }
    }
    pairs > 0 && alike as f64 >= share * pairs as f64
}

/// Distinct posters (anchor groups) among `posts`, at least one.
fn spread_of(posts: &[u32], anchor: &[u32]) -> u32 {
    posters_of(posts, anchor).len().max(1) as u32
}

/// The distinct posters (anchors) of `posts`, ascending; posts of no poster left out.
fn posters_of(posts: &[u32], anchor: &[u32]) -> Vec<u32> {
    let mut a: Vec<u32> = posts
        .iter()
        .map(|&p| anchor[p as usize])
        .filter(|&a| a != NONE)
        .collect();
    a.sort_unstable();
    a.dedup();
    a
}

/// The uses of a number separated by silences of `days` or more (each use's posts, in the
/// order given), or nothing when it was used once, when `days` is not positive, or when a
/// post has no time (its use cannot be told).
fn number_epochs(posts: &[u32], times: &[Option<i64>], days: i64) -> Vec<Vec<u32>> {
    if days <= 0 || posts.len() < 2 {
        return Vec::new();
    }
    let Some(mut ts) = posts
        .iter()
        .map(|&p| times.get(p as usize).copied().flatten())
        .collect::<Option<Vec<i64>>>()
    else {
        return Vec::new();
    };
    ts.sort_unstable();
    // When each use after the first begins: a post's use is how many began by its time.
    let gap = days.saturating_mul(86_400);
    let starts: Vec<i64> = ts
        .windows(2)
        .filter(|w| w[1] - w[0] >= gap)
        .map(|w| w[1])
        .collect();
    if starts.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Vec::new(); starts.len() + 1];
    for &p in posts {
        if let Some(t) = times[p as usize] {
            out[starts.partition_point(|&s| s <= t)].push(p);
        }
    }
    out
}

/// A `PLAINSIGHT_LINK_TRACE` line for an item joining post `p` to post `head`: the item's kind
/// (a selector's kind, never its value), weight and spread.
fn trace_join(stage: &str, it: &Item, head: u32, p: u32, selectors: &Interner<SelectorKey>) {
    let kind = match &it.kind {
        ItemKind::Selector(s) => format!("{:?}", selectors.get(*s).kind),
        other => format!("{other:?}"),
    };
    eprintln!(
        "trace {stage} {head} {p} {kind} w={:.2} spread={} posts={}",
        it.weight,
        it.spread,
        it.posts.len()
    );
}

/// Doublings of `spread` beyond `free` (0 within it).
fn excess(spread: u32, free: f64) -> f64 {
    ((spread as f64).log2() - free.log2()).max(0.0)
}

/// `N` and six digits: the contract's network id form.
pub fn network_name(i: usize) -> String {
    format!("N{:06}", i + 1)
}

/// The result of linking: a network for every post, and summaries of networks of two or more.
#[derive(Clone, Debug)]
pub struct Linking {
    ids: Vec<Box<str>>,
    linked: usize,
    network_of: Vec<u32>,
    names: Vec<String>,
    /// Networks of two or more posts, largest first.
    pub networks: Vec<Network>,
    /// The text statistics this linking ended with (what a store keeps for the next batch).
    pub stats: TextStats,
    /// With `LinkConfig::record_joins`: the posts (indices in the order they were added)
    /// each piece of evidence put together — an item's posts, a pair, a post and the one it
    /// joined — whether or not they were together already, with the kind of evidence (as
    /// in summaries: `shared_phone`, `shared_image`, `shared_template`, `weak_items`, …);
    /// every network is a union of them.
    pub joins: Vec<(&'static str, Vec<u32>)>,
    /// The posts (indices in the order they were added) whose poster is in a photo family
    /// larger than the free spread, ascending: what a case store keeps so that a batch linked
    /// with its neighbourhood judges such a family as linking everything did
    /// (`PostFeatures::large_photo_family`).
    pub large_photo_family: Vec<u32>,
    /// The posts whose poster is in a photo family of more posters than
    /// `footer_cooccurrence`, ascending: kept by a case store as `large_photo_family` is
    /// (`PostFeatures::crowded_photo_family`).
    pub crowded_photo_family: Vec<u32>,
    /// The posts whose poster shows two or more photos of each of two posters who share none
    /// with each other and advertise far more than it does (a thief's), ascending: kept by a
    /// case store as `large_photo_family` is (`PostFeatures::shows_others_pictures`).
    pub shows_others_pictures: Vec<u32>,
}

impl Linking {
    /// Post ids and their network ids, in the order posts were added.
    pub fn assignments(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.ids
            .iter()
            .zip(&self.network_of)
            .map(|(id, &n)| (&**id, self.names[n as usize].as_str()))
    }

    /// The network id of the post added `index`-th.
    pub fn network_of(&self, index: usize) -> &str {
        &self.names[self.network_of[index] as usize]
    }

    pub fn network_count(&self) -> usize {
        self.names.len()
    }

    /// Networks of two or more posts (whether or not summaries were built).
    pub fn linked_network_count(&self) -> usize {
        self.linked
    }

    /// Renames networks so that ids of an earlier linking live on: each network takes the
    /// earlier id most of its posts had (ties to the smallest id), if no larger network has
    /// claimed it; the rest get fresh ids after the largest earlier one and after `used`
    /// (the largest number any network id had, so that no id of a network merged away is
    /// given to another).
    pub fn carry_ids(&mut self, previous: &std::collections::HashMap<String, String>, used: usize) {
        let mut votes: Vec<BTreeMap<&str, usize>> = vec![BTreeMap::new(); self.names.len()];
        for (i, id) in self.ids.iter().enumerate() {
            if let Some(old) = previous.get(&**id) {
                *votes[self.network_of[i] as usize].entry(old).or_default() += 1;
            }
        }
        let mut max_old = used;
        for old in previous.values() {
            if let Some(num) = old.strip_prefix('N').and_then(|d| d.parse::<usize>().ok()) {
                max_old = max_old.max(num);
            }
        }
        let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
        let mut next = max_old;
        let mut new_names = vec![String::new(); self.names.len()];
        // Networks are ordered largest first, so larger ones claim first.
        for (ni, v) in votes.iter().enumerate() {
            let best = v
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(k, _)| k.to_string());
            match best {
                Some(b) if !taken.contains(&b) => {
                    taken.insert(b.clone());
                    new_names[ni] = b;
                }
                _ => {
                    next += 1;
                    new_names[ni] = format!("N{next:06}");
                }
            }
        }
        for net in &mut self.networks {
            if let Some(num) = net
                .network
                .strip_prefix('N')
                .and_then(|d| d.parse::<usize>().ok())
            {
                net.network = new_names[num - 1].clone();
            }
        }
        self.names = new_names;
    }
}

/// A stable 64-bit fingerprint of a network's member ids, for
/// callers that want to detect changed networks between runs.
pub fn fingerprint<'a>(ids: impl Iterator<Item = &'a str>) -> u64 {
    let mut all: Vec<&str> = ids.collect();
    all.sort_unstable();
    all.iter().fold(0u64, |h, id| {
        mix64(h ^ crate::hash::hash_bytes(id.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::city_key;

    #[test]
    fn a_city_is_one_key_however_its_place_is_written() {
        let sevilla = city_key("Sevilla");
        assert!(sevilla.is_some());
        for place in [
            "Triana, Sevilla",
            "Sevilla - Triana",
            "SEVILLA",
            "Sevilla, España",
        ] {
            assert_eq!(city_key(place), sevilla, "{place}");
        }
        assert_eq!(city_key("Hamburg - Altona"), city_key("Hamburg"));
        assert_eq!(city_key("Köln - Deutz"), city_key("Köln"));
        assert_eq!(city_key("Dubai (AE)"), city_key("Dubai, UAE"));
        assert_eq!(city_key("Dubai"), city_key("Dubai, UAE"));
        assert_eq!(city_key("New York, New York"), city_key("New York, NY"));
        assert_eq!(city_key("Achrafieh, Beirut"), city_key("Beirut - Dora"));
        assert_ne!(city_key("Alicante"), sevilla);
        // Countries and states name no city; an American Lebanon is not the country.
        assert_eq!(city_key("España"), None);
        assert_eq!(city_key("Lebanon"), None);
        assert_eq!(city_key("Texas"), None);
        // A place the gazetteer does not know keeps its words.
        assert_eq!(
            city_key("Zzyqx Gardens, ZQ").as_deref(),
            Some("zzyqx gardens")
        );
    }
}
