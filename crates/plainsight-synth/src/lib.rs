//! Seeded synthetic ad corpora with ground truth, for testing and measuring the linker.
//!
//! Place in the pipeline: outside it. `synth` writes posts in the contract's input format
//! (`../shared/CONTRACT.md`, "Posts") and a truth file; `link` groups the posts; `eval` scores the
//! grouping against the truth. It takes a [`SynthConfig`] (seed, number of posts, start time)
//! and gives, for every post `i`, the [`Post`] and its [`Truth`]: the network it belongs to, the
//! role of that network, the people advertised and every selector written into it (with its
//! byte span, so the truth doubles as a perfect extractor for tests).
//!
//! What makes it hard on purpose (the situation InfoShield and TrafficVis break on):
//! operators advertise several people from one template with slots, rotate up to four phones
//! over time (rarely listing two at once), move from city to city and recycle photos (PDQ
//! hashes with a few bits flipped); independents, spas and employers post alongside; every
//! kind of poster uses community stock phrases; each site stamps a support number on many
//! unrelated posts; a few stock photos appear everywhere; phones and emails are written in
//! many obfuscated ways (digit words, keycap emoji, emoji separators, "at/dot").
//!
//! Generating post `i` needs only the plan (entities and the shuffled assignment of posts to
//! them), so a million posts stream in constant memory per post.
//!
//! ```
//! use plainsight_synth::{Generator, SynthConfig};
//! let g = Generator::new(SynthConfig { seed: 1, posts: 50, ..SynthConfig::default() });
//! let (post, truth) = g.post(0);
//! assert_eq!(post.id, truth.id);
//! assert_eq!(g.len(), 50);
//! ```

pub mod rng;
mod words;

use plainsight_core::{Field, Platform, Post, Selector, SelectorKind};
use rng::{derive, Rng};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt::Write as _;
use words::*;

/// Settings of a corpus. The same settings give the same corpus, byte for byte.
#[derive(Clone, Debug)]
pub struct SynthConfig {
    pub seed: u64,
    pub posts: usize,
    /// Unix seconds of the earliest post (injected time; default 2024-01-01T00:00:00Z).
    pub start_unix: i64,
    /// Fraction of posts that carry image hashes at all (platforms that share hashes).
    pub image_share: f64,
    /// Probability that a post carries its site's support-line footer.
    pub footer_rate: f64,
    /// Probability that a post carries one of the stock photos.
    pub stock_photo_rate: f64,
    /// Probability that an operator post lists two of the operator's phones at once.
    pub bridge_rate: f64,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            seed: 1,
            posts: 2000,
            start_unix: 1_704_067_200,
            image_share: 0.6,
            footer_rate: 0.08,
            stock_photo_rate: 0.06,
            bridge_rate: 0.01,
        }
    }
}

/// What kind of poster a network is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// One controller posting for several people, rotating phones, moving between cities.
    Operator,
    /// One adult advertising herself.
    Independent,
    /// A massage business.
    Spa,
    /// An ordinary employer.
    Employer,
}

/// The ground truth of one post.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Truth {
    pub id: String,
    /// The true network (`T` + number); every post of one entity shares it.
    pub network: String,
    pub role: Role,
    /// People advertised in the post (first names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub persons: Vec<String>,
    /// Every selector written into the post, with its span (a perfect extraction).
    #[serde(default)]
    pub selectors: Vec<Selector>,
    /// Which selectors are the poster's own contact (not a site footer): indexes into
    /// `selectors`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contact: Vec<usize>,
}

#[derive(Clone, Debug)]
struct Phone {
    /// Ten national digits (NANP).
    national: String,
}

impl Phone {
    fn e164(&self) -> String {
        format!("+1{}", self.national)
    }
}

#[derive(Clone, Debug)]
struct Person {
    name: String,
    age: usize,
    photos: Vec<[u64; 4]>,
    handle: Option<(Platform, String)>,
}

#[derive(Clone, Debug)]
struct Entity {
    role: Role,
    network: String,
    persons: Vec<Person>,
    phones: Vec<Phone>,
    email: Option<String>,
    email_rate: f64,
    /// The entity's template: sentence frames with their fixed fills (slots for name, city,
    /// age stay open and are filled per post).
    sentences: Vec<String>,
    title: String,
    cities: Vec<usize>,
    site: usize,
    start: i64,
    interval: i64,
    posts: usize,
}

/// The corpus plan plus the generator of each post.
pub struct Generator {
    cfg: SynthConfig,
    entities: Vec<Entity>,
    /// Output position → (entity, k-th post of that entity).
    assignment: Vec<(u32, u32)>,
    footers: Vec<Phone>,
    stock_photos: Vec<[u64; 4]>,
}

impl Generator {
    pub fn new(cfg: SynthConfig) -> Self {
        let mut rng = Rng::new(derive(cfg.seed, &[0]));
        let mut used: HashSet<String> = HashSet::new();
        let footers: Vec<Phone> = (0..SITES.len())
            .map(|i| Phone {
                national: format!("800555{:04}", 100 + i * 7 + rng.below(5)),
            })
            .collect();
        for f in &footers {
            used.insert(f.national.clone());
        }
        let stock_photos: Vec<[u64; 4]> = (0..3).map(|_| random_hash(&mut rng)).collect();
        let mut entities = Vec::new();
        let mut total = 0usize;
        while total < cfg.posts {
            let e = plan_entity(&mut rng, entities.len(), &mut used);
            let take = e.posts.min(cfg.posts - total);
            total += take;
            let mut e = e;
            e.posts = take;
            entities.push(e);
        }
        let mut assignment: Vec<(u32, u32)> = Vec::with_capacity(cfg.posts);
        for (ei, e) in entities.iter().enumerate() {
            for k in 0..e.posts {
                assignment.push((ei as u32, k as u32));
            }
        }
        rng.shuffle(&mut assignment);
        Generator {
            cfg,
            entities,
            assignment,
            footers,
            stock_photos,
        }
    }

    pub fn len(&self) -> usize {
        self.assignment.len()
    }

    pub fn is_empty(&self) -> bool {
        self.assignment.is_empty()
    }

    /// Number of true networks (entities) in the plan.
    pub fn networks(&self) -> usize {
        self.entities.len()
    }

    /// Post `i` (in output order) and its truth.
    pub fn post(&self, i: usize) -> (Post, Truth) {
        let (ei, k) = self.assignment[i];
        let e = &self.entities[ei as usize];
        let mut rng = Rng::new(derive(self.cfg.seed, &[1, ei as u64, k as u64]));
        let id = format!("P{:07}", i + 1);
        let k = k as usize;
        let city_idx = e.cities[(k * e.cities.len()) / e.posts.max(1)];
        let city = CITIES[city_idx].0;
        let mut persons: Vec<&Person> = vec![&e.persons[rng.below(e.persons.len())]];
        if e.role == Role::Operator && e.persons.len() > 1 && rng.chance(0.1) {
            let other = &e.persons[rng.below(e.persons.len())];
            if other.name != persons[0].name {
                persons.push(other);
            }
        }
        let person = persons[0];

        let mut body = String::new();
        let mut selectors: Vec<Selector> = Vec::new();
        let mut contact: Vec<usize> = Vec::new();

        // The entity's template, its open slots filled for this post.
        let mut sentences: Vec<String> = e
            .sentences
            .iter()
            .map(|s| {
                s.replace("{name}", &person.name)
                    .replace("{city}", city)
                    .replace("{age}", &person.age.to_string())
            })
            .collect();
        if sentences.len() > 3 && rng.chance(0.3) {
            let drop = rng.below(sentences.len());
            sentences.remove(drop);
        }
        // Operators refresh a word or reorder sentences now and then.
        if e.role == Role::Operator {
            if rng.chance(0.25) {
                let at = rng.below(sentences.len());
                let fresh = fill(&mut rng, "{adj}");
                let words: Vec<&str> = sentences[at].split(' ').collect();
                let w = rng.below(words.len());
                let mut words: Vec<String> = words.iter().map(|s| s.to_string()).collect();
                words[w] = fresh;
                sentences[at] = words.join(" ");
            }
            if rng.chance(0.3) {
                rng.shuffle(&mut sentences);
            }
        }
        if persons.len() > 1 {
            sentences.push(format!(
                "two girl special with {} and {}",
                persons[0].name, persons[1].name
            ));
        }
        // Community stock phrases, anywhere in the post.
        let n_stock = rng.range(1, 3);
        for _ in 0..n_stock {
            let at = rng.below(sentences.len() + 1);
            sentences.insert(at, zipf_pick(&mut rng, STOCK_PHRASES).to_string());
        }
        for s in &sentences {
            body.push_str(s);
            body.push_str(". ");
        }

        // Contact: the phone of the moment (operators rotate over time).
        let pi = (k * e.phones.len()) / e.posts.max(1);
        let mut phones = vec![&e.phones[pi]];
        if e.role == Role::Operator && e.phones.len() > 1 && rng.chance(self.cfg.bridge_rate) {
            phones.push(&e.phones[(pi + 1) % e.phones.len()]);
        }
        for (j, p) in phones.iter().enumerate() {
            body.push_str(if j == 0 { rng.word(PHONE_LEADS) } else { " or" });
            body.push(' ');
            let raw = write_phone(&mut rng, &p.national);
            push_selector(
                &mut body,
                &mut selectors,
                SelectorKind::Phone,
                None,
                &p.e164(),
                &raw,
            );
            contact.push(selectors.len() - 1);
        }
        body.push_str(". ");
        if let Some(email) = &e.email {
            if rng.chance(e.email_rate) {
                body.push_str("email ");
                let raw = write_email(&mut rng, email);
                push_selector(
                    &mut body,
                    &mut selectors,
                    SelectorKind::Email,
                    None,
                    email,
                    &raw,
                );
                contact.push(selectors.len() - 1);
                body.push_str(". ");
            }
        }
        if let Some((platform, handle)) = &person.handle {
            if rng.chance(0.6) {
                let raw = write_handle(&mut rng, *platform, handle);
                push_selector(
                    &mut body,
                    &mut selectors,
                    SelectorKind::Handle,
                    Some(*platform),
                    handle,
                    &raw,
                );
                contact.push(selectors.len() - 1);
                body.push_str(". ");
            }
        }
        // The site's support line, stamped on many unrelated posts.
        if rng.chance(self.cfg.footer_rate) {
            let f = &self.footers[e.site];
            let _ = write!(body, "posted via {} support line ", SITES[e.site]);
            let raw = write_plain_phone(&mut rng, &f.national);
            push_selector(
                &mut body,
                &mut selectors,
                SelectorKind::Phone,
                None,
                &f.e164(),
                &raw,
            );
        }
        let body = body.trim_end().to_string();

        let title = e
            .title
            .replace("{name}", &person.name)
            .replace("{city}", city)
            .replace("{age}", &person.age.to_string());

        // Images: the advertised person's recycled photos with a few bits flipped, sometimes a
        // stock photo every kind of poster uses.
        let mut image_hashes = Vec::new();
        if rng.chance(self.cfg.image_share) {
            let n = rng.range(1, person.photos.len().min(3));
            let start = rng.below(person.photos.len());
            for j in 0..n {
                let base = person.photos[(start + j) % person.photos.len()];
                let flips = rng.range(0, 10);
                image_hashes.push(hex(&flip_bits(&mut rng, base, flips)));
            }
            if rng.chance(self.cfg.stock_photo_rate / self.cfg.image_share.max(0.01)) {
                let base = *rng.pick(&self.stock_photos);
                let flips = rng.range(0, 4);
                image_hashes.push(hex(&flip_bits(&mut rng, base, flips)));
            }
        }

        let t = e.start + (k as i64) * e.interval + rng.below(e.interval as usize / 2) as i64;
        let post = Post {
            id: id.clone(),
            title: Some(title),
            body: Some(body),
            url: Some(format!(
                "https://{}/ad/{}",
                SITES[e.site],
                derive(self.cfg.seed, &[2, i as u64]) % 100_000_000
            )),
            site: Some(SITES[e.site].to_string()),
            posted_at: Some(format_rfc3339(self.cfg.start_unix + t)),
            location: Some(city.to_string()),
            region: Some("US".to_string()),
            image_hashes,
            ..Post::default()
        };
        let truth = Truth {
            id,
            network: e.network.clone(),
            role: e.role,
            persons: persons.iter().map(|p| p.name.clone()).collect(),
            selectors,
            contact,
        };
        (post, truth)
    }

    /// Every post in output order.
    pub fn iter(&self) -> impl Iterator<Item = (Post, Truth)> + '_ {
        (0..self.len()).map(move |i| self.post(i))
    }
}

/// The whole corpus in memory (tests, small corpora).
pub fn generate(cfg: SynthConfig) -> Vec<(Post, Truth)> {
    Generator::new(cfg).iter().collect()
}

fn push_selector(
    body: &mut String,
    selectors: &mut Vec<Selector>,
    kind: SelectorKind,
    platform: Option<Platform>,
    value: &str,
    raw: &str,
) {
    let start = body.len();
    body.push_str(raw);
    let mut s = Selector::new(kind, value, Field::Body, start, body.len(), raw);
    s.platform = platform;
    selectors.push(s);
}

fn plan_entity(rng: &mut Rng, index: usize, used: &mut HashSet<String>) -> Entity {
    let roll = rng.unit();
    let role = if roll < 0.16 {
        Role::Operator
    } else if roll < 0.78 {
        Role::Independent
    } else if roll < 0.9 {
        Role::Spa
    } else {
        Role::Employer
    };
    let home = rng.below(CITIES.len());
    let network = format!("T{:06}", index + 1);
    let site = rng.below(SITES.len());
    let start = rng.below(200 * 86_400) as i64;
    let new_phone = |rng: &mut Rng, used: &mut HashSet<String>, city: usize| loop {
        let area = if rng.chance(0.8) {
            CITIES[city].1
        } else {
            CITIES[rng.below(CITIES.len())].1
        };
        let mut line = rng.below(10_000);
        if line == 1212 {
            line = 1213;
        }
        let national = format!("{area}555{line:04}");
        if used.insert(national.clone()) {
            return Phone { national };
        }
    };
    match role {
        Role::Operator => {
            let n_persons = rng.range(2, 6);
            // Most operators rotate several phones; few keep one.
            let n_phones = if rng.chance(0.1) { 1 } else { rng.range(2, 4) };
            let n_cities = rng.range(1, 5);
            let mut cities = vec![home];
            while cities.len() < n_cities {
                cities.push(rng.below(CITIES.len()));
            }
            let phones: Vec<Phone> = (0..n_phones).map(|_| new_phone(rng, used, home)).collect();
            let persons = (0..n_persons)
                .map(|_| make_person(rng, used, 0.25))
                .collect();
            let email = rng.chance(0.35).then(|| make_email(rng, used));
            // Heavy-tailed sizes: most operators post a few dozen ads, a few post hundreds.
            let posts = 8 + (rng.unit().powi(3) * 140.0) as usize;
            Entity {
                role,
                network,
                persons,
                phones,
                email,
                email_rate: 0.5,
                sentences: {
                    let n = rng.range(4, 6);
                    make_sentences(rng, FRAMES, n)
                },
                title: make_title(rng),
                cities,
                site,
                start,
                interval: rng.range(2, 24) as i64 * 3600,
                posts,
            }
        }
        Role::Independent => {
            let person = make_person(rng, used, 0.35);
            let phone = new_phone(rng, used, home);
            let posts = rng.range(1, 6);
            Entity {
                role,
                network,
                persons: vec![person],
                phones: vec![phone],
                email: rng.chance(0.15).then(|| make_email(rng, used)),
                email_rate: 0.7,
                sentences: {
                    let n = rng.range(3, 6);
                    make_sentences(rng, FRAMES, n)
                },
                title: make_title(rng),
                cities: vec![home],
                site,
                start,
                interval: rng.range(24, 240) as i64 * 3600,
                posts,
            }
        }
        Role::Spa => {
            let business = format!("{} {}", rng.pick(SPA_NAMES), rng.pick(SPA_SUFFIX));
            let phone = new_phone(rng, used, home);
            let sentences = {
                let n = rng.range(3, 5);
                make_sentences(rng, SPA_FRAMES, n)
            }
            .into_iter()
            .map(|s| s.replace("{spa}", &business))
            .collect();
            Entity {
                role,
                network,
                persons: vec![Person {
                    name: business.clone(),
                    age: 0,
                    photos: (0..rng.range(1, 3)).map(|_| random_hash(rng)).collect(),
                    handle: None,
                }],
                phones: vec![phone],
                email: None,
                email_rate: 0.0,
                sentences,
                title: format!("{business} {{city}} grand opening"),
                cities: vec![home],
                site,
                start,
                interval: rng.range(24, 120) as i64 * 3600,
                posts: rng.range(2, 12),
            }
        }
        Role::Employer => {
            let business = format!("{} {}", rng.pick(COMPANY_WORDS), rng.pick(COMPANY_SUFFIX));
            let job = *rng.pick(JOB_TITLES);
            let phone = new_phone(rng, used, home);
            let sentences = {
                let n = rng.range(3, 5);
                make_sentences(rng, JOB_FRAMES, n)
            }
            .into_iter()
            .map(|s| {
                s.replace("{company}", &business)
                    .replace("{job}", job)
                    .replace("{pay}", &format!("${}", rng.range(12, 24)))
                    .replace("{shift}", rng.word(SHIFTS))
            })
            .collect();
            Entity {
                role,
                network,
                persons: vec![Person {
                    name: business.clone(),
                    age: 0,
                    photos: vec![random_hash(rng)],
                    handle: None,
                }],
                phones: vec![phone],
                email: rng.chance(0.5).then(|| make_email(rng, used)),
                email_rate: 0.8,
                sentences,
                title: format!("{business} hiring {job} in {{city}}"),
                cities: vec![home],
                site,
                start,
                interval: rng.range(48, 240) as i64 * 3600,
                posts: rng.range(1, 5),
            }
        }
    }
}

fn make_person(rng: &mut Rng, used: &mut HashSet<String>, handle_rate: f64) -> Person {
    let name = rng.pick(FIRST_NAMES).to_string();
    let handle = rng.chance(handle_rate).then(|| {
        let platform = *rng.pick(&[
            Platform::Snapchat,
            Platform::Instagram,
            Platform::Telegram,
            Platform::Kik,
        ]);
        loop {
            let h = format!(
                "{}_{}{}",
                name.to_lowercase(),
                rng.pick(SURNAME_HANDLE_PARTS),
                rng.range(1, 999)
            );
            if used.insert(format!("h:{h}")) {
                break (platform, h);
            }
        }
    });
    Person {
        name,
        age: rng.range(18, 29),
        photos: (0..rng.range(2, 4)).map(|_| random_hash(rng)).collect(),
        handle,
    }
}

fn make_email(rng: &mut Rng, used: &mut HashSet<String>) -> String {
    loop {
        let e = format!(
            "{}{}{}@{}",
            rng.pick(FIRST_NAMES).to_lowercase(),
            rng.pick(SURNAME_HANDLE_PARTS),
            rng.range(1, 99),
            rng.pick(EMAIL_DOMAINS)
        );
        if used.insert(e.clone()) {
            return e;
        }
    }
}

fn make_title(rng: &mut Rng) -> String {
    let forms = [
        "{adj} {name} in {city}",
        "{name} {age} {adj} and {adj2}",
        "new in {city} {adj} {noun} {name}",
        "{adj} {noun} available now",
        "{name} the {adj} {noun}",
    ];
    let form = *rng.pick(&forms);
    fill(rng, form)
}

fn make_sentences(rng: &mut Rng, frames: &[&str], n: usize) -> Vec<String> {
    let mut idx: Vec<usize> = (0..frames.len()).collect();
    rng.shuffle(&mut idx);
    idx.into_iter()
        .take(n)
        .map(|i| fill(rng, frames[i]))
        .collect()
}

/// Fills the entity-fixed slots of a frame; `{name}`, `{city}`, `{age}`, `{spa}` and job slots
/// stay open for the post (or the entity) to fill.
fn fill(rng: &mut Rng, frame: &str) -> String {
    let mut s = frame.to_string();
    for (slot, pool) in [
        ("{adj}", ADJ),
        ("{adj2}", ADJ),
        ("{adj3}", ADJ),
        ("{noun}", NOUN),
        ("{noun2}", NOUN),
        ("{verb}", VERB),
        ("{verb2}", VERB),
        ("{place}", PLACE_WORDS),
        ("{hobby}", HOBBIES),
        ("{hobby2}", HOBBIES),
    ] {
        while let Some(pos) = s.find(slot) {
            s.replace_range(pos..pos + slot.len(), rng.word(pool));
        }
    }
    s
}

/// Stock phrases are used unevenly: a few by almost everyone.
fn zipf_pick<'a>(rng: &mut Rng, items: &'a [&'a str]) -> &'a str {
    let u = rng.unit();
    let i = ((items.len() as f64) * u * u) as usize;
    items[i.min(items.len() - 1)]
}

fn random_hash(rng: &mut Rng) -> [u64; 4] {
    [
        rng.next_u64(),
        rng.next_u64(),
        rng.next_u64(),
        rng.next_u64(),
    ]
}

fn flip_bits(rng: &mut Rng, mut h: [u64; 4], n: usize) -> [u64; 4] {
    let mut done = HashSet::new();
    while done.len() < n {
        let b = rng.below(256);
        if done.insert(b) {
            h[b / 64] ^= 1 << (b % 64);
        }
    }
    h
}

fn hex(h: &[u64; 4]) -> String {
    h.iter().map(|w| format!("{w:016x}")).collect()
}

/// Writes a ten-digit NANP number the many ways ads do.
fn write_phone(rng: &mut Rng, national: &str) -> String {
    let d: Vec<char> = national.chars().collect();
    let (a, b, c) = (&national[0..3], &national[3..6], &national[6..10]);
    match rng.below(11) {
        0 => format!("{a}-{b}-{c}"),
        1 => format!("({a}) {b}-{c}"),
        2 => format!("{a}.{b}.{c}"),
        3 => national.to_string(),
        4 => format!("+1 {a} {b} {c}"),
        5 => {
            // Some digits as words, zeros as the letter o: "7one3 555 o1two3".
            let mut out = String::new();
            for (i, ch) in d.iter().enumerate() {
                if i == 3 || i == 6 {
                    out.push(' ');
                }
                let v = ch.to_digit(10).unwrap_or(0) as usize;
                if *ch == '0' && rng.chance(0.5) {
                    out.push('o');
                } else if rng.chance(0.3) {
                    out.push_str(DIGIT_WORDS[v]);
                } else {
                    out.push(*ch);
                }
            }
            out
        }
        6 => d
            .iter()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(" "),
        7 => d.iter().map(|c| format!("{c}{KEYCAP}")).collect(),
        8 => {
            let sep = rng.pick(EMOJI_SEPARATORS);
            format!("{a}{sep}{b}{sep}{c}")
        }
        9 => d
            .iter()
            .map(|c| DIGIT_WORDS[c.to_digit(10).unwrap_or(0) as usize])
            .collect::<Vec<_>>()
            .join(" "),
        _ => format!("{a} {b} {c}"),
    }
}

fn write_plain_phone(rng: &mut Rng, national: &str) -> String {
    let (a, b, c) = (&national[0..3], &national[3..6], &national[6..10]);
    if rng.chance(0.5) {
        format!("1-{a}-{b}-{c}")
    } else {
        format!("({a}) {b}-{c}")
    }
}

fn write_email(rng: &mut Rng, email: &str) -> String {
    let (local, domain) = email.split_once('@').unwrap_or((email, "example.com"));
    let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, "com"));
    match rng.below(5) {
        0 => email.to_string(),
        1 => format!("{local} at {host} dot {tld}"),
        2 => format!("{local} (at) {host} (dot) {tld}"),
        3 => format!("{local}[at]{host}[.]{tld}"),
        _ => format!("{local} @ {host} . {tld}"),
    }
}

fn write_handle(rng: &mut Rng, platform: Platform, handle: &str) -> String {
    let label = match platform {
        Platform::Snapchat => *rng.pick(&["snap:", "sc:", "snapchat @"]),
        Platform::Instagram => *rng.pick(&["IG:", "insta @", "instagram:"]),
        Platform::Telegram => *rng.pick(&["telegram @", "tg:"]),
        _ => "kik:",
    };
    if label.ends_with('@') {
        format!("{label}{handle}")
    } else {
        format!("{label} {handle}")
    }
}

pub use plainsight_core::time::format_rfc3339;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus_and_spans_hold() {
        let cfg = SynthConfig {
            seed: 3,
            posts: 300,
            ..SynthConfig::default()
        };
        let a = generate(cfg.clone());
        let b = generate(cfg);
        assert_eq!(a.len(), 300);
        for ((pa, ta), (pb, tb)) in a.iter().zip(&b) {
            assert_eq!(
                serde_json::to_string(pa).unwrap(),
                serde_json::to_string(pb).unwrap()
            );
            assert_eq!(ta.network, tb.network);
            let body = pa.body.as_deref().unwrap();
            for s in &ta.selectors {
                assert_eq!(&body[s.start..s.end], s.raw);
            }
        }
    }

    #[test]
    fn other_seed_other_corpus() {
        let a = Generator::new(SynthConfig {
            seed: 1,
            posts: 100,
            ..SynthConfig::default()
        });
        let b = Generator::new(SynthConfig {
            seed: 2,
            posts: 100,
            ..SynthConfig::default()
        });
        assert_ne!(a.post(0).0.body, b.post(0).0.body);
    }
}
