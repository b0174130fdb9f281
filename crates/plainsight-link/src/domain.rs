//! Own domains: an organisation's careers page (`careers.acme.example/jobs/12`), a business's
//! site (`book.lotus-spa.example/menu`) and an address on its domain (`hr@acme.example`) all
//! name one registrable domain, and posts that share it share an author. A domain is evidence
//! only when it is nobody's platform: the site the post was taken from (its `site` / `url`) is
//! never evidence, nor is a domain on the maintained list (`plainsight-core/data/platform_domains.txt`)
//! (classified and escort sites, social networks, messaging, link shorteners, hosting,
//! job boards, payment pages) or a free-mail provider's (`plainsight_core::mail`). What the
//! lists miss, the linker's spread guard catches: a domain beside many unrelated posters is
//! held back like a footer.
//!
//! A domain is carried as a URL selector whose value is the bare registrable domain (no path);
//! the extractor already gives URLs as registrable domain plus path, and e-mail addresses.

use crate::features::SelectorKey;
use plainsight_core::SelectorKind;
use std::collections::HashSet;

/// Whether a URL selector value (registrable domain and path) looks like a short link: one
/// path segment of 5 to 12 ASCII letters and digits, upper and lower case mixed or letters and
/// digits mixed (`s.example/utTO8D`, `s.example/z42x48`), as link shorteners mint them.
/// An organisation's pages have words, separators and further segments.
pub fn is_short_link(value: &str) -> bool {
    let Some((domain, code)) = value.split_once('/') else {
        return false;
    };
    domain.contains('.')
        && (5..=12).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric())
        && code.bytes().any(|b| b.is_ascii_alphabetic())
        && (code.bytes().any(|b| b.is_ascii_digit())
            || (code.bytes().any(|b| b.is_ascii_uppercase())
                && code.bytes().any(|b| b.is_ascii_lowercase())))
}

/// Whether a registrable domain is a platform on the maintained list, or a free-mail
/// provider's ([`plainsight_core::mail`]).
pub fn is_platform(domain: &str) -> bool {
    plainsight_core::mail::is_listed_platform(domain) || plainsight_core::mail::is_free_mail(domain)
}

/// Whether a URL selector value is a bare domain (a domain item, not a page).
pub fn is_domain_key(k: &SelectorKey) -> bool {
    k.kind == SelectorKind::Url && !k.value.contains('/')
}

/// Whether a stored selector value, read as a URL (registrable domain and path) or as an
/// e-mail address, lies under the key `under`: a registrable domain (lower-case), the values a
/// domain item joins, or an account on a shared host ([`account`]), the pages under it.
/// Whether the linker uses it for its post is [`own_domain`]'s and [`account`]'s to say.
pub fn value_under(value: &str, under: &str) -> bool {
    if let Some(under) = under.strip_suffix("/*") {
        return value
            .get(..under.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(under))
            && matches!(
                value.as_bytes().get(under.len()),
                None | Some(b'/' | b'?' | b'#')
            );
    }
    let as_url = value.split(['/', '?', '#']).next().unwrap_or("");
    let as_email = value.rsplit_once('@').map_or("", |(_, d)| d);
    as_url.eq_ignore_ascii_case(under) || as_email.eq_ignore_ascii_case(under)
}

/// Many keys of [`value_under`] at once: whether a value lies under any of them, with one
/// set lookup for the registrable domains (a store's distinct values times hundreds of
/// domains was seconds of comparisons) and [`value_under`] for accounts on shared hosts.
#[derive(Clone, Debug, Default)]
pub struct UnderAny {
    domains: HashSet<String>,
    accounts: Vec<String>,
}

impl UnderAny {
    pub fn new<'a>(keys: impl IntoIterator<Item = &'a str>) -> Self {
        let mut u = UnderAny::default();
        for k in keys {
            if k.ends_with("/*") {
                u.accounts.push(k.to_string());
            } else {
                u.domains.insert(k.to_ascii_lowercase());
            }
        }
        u
    }

    pub fn is_empty(&self) -> bool {
        self.domains.is_empty() && self.accounts.is_empty()
    }

    /// `keys.any(|k| value_under(value, k))`.
    pub fn contains(&self, value: &str) -> bool {
        let found = |part: &str| {
            !part.is_empty()
                && if part.bytes().any(|b| b.is_ascii_uppercase()) {
                    self.domains.contains(&part.to_ascii_lowercase())
                } else {
                    self.domains.contains(part)
                }
        };
        let as_url = value.split(['/', '?', '#']).next().unwrap_or("");
        let as_email = value.rsplit_once('@').map_or("", |(_, d)| d);
        found(as_url) || found(as_email) || self.accounts.iter().any(|a| value_under(value, a))
    }

    /// Ranges `[from, to)` of sorted values that hold every value [`UnderAny::contains`]
    /// accepts as a URL, for values written as the extractor writes them, lower-case up to the
    /// first `/` (a URL's registrable domain): after a domain, a value under it goes on with
    /// nothing, `/`, `?` or `#`, all before `@`; an account's pages lie under its host and `/`.
    /// A superset: ask [`UnderAny::contains`] of what they hold. Values written as an address
    /// (an e-mail, a payment to one) are asked by their domains ([`UnderAny::mail_domains`]).
    pub fn value_ranges(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .domains
            .iter()
            .map(|d| (d.clone(), format!("{d}@")))
            .chain(self.accounts.iter().map(|a| {
                let host = a.split('/').next().unwrap_or("").to_ascii_lowercase();
                (format!("{host}/"), format!("{host}0"))
            }))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The registrable domains whose addresses (values written `…@domain`) lie under the keys,
    /// in order.
    pub fn mail_domains(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.domains.iter().map(String::as_str).collect();
        out.sort_unstable();
        out
    }
}

/// Whether a URL key is one a case store finds by prefix rather than by value: a bare domain
/// ([`own_domain`]) or an account on a shared host ([`account`]).
pub fn is_prefix_key(k: &SelectorKey) -> bool {
    is_domain_key(k) || is_account_key(k)
}

/// Whether a URL key is an account on a shared host, as [`account`] gives it (`host/name/*`):
/// the linker takes it as it takes a handle.
pub fn is_account_key(k: &SelectorKey) -> bool {
    k.kind == SelectorKind::Url && k.value.ends_with("/*")
}

/// First path segments that name a section of a site, not an account on it: a page under
/// them says nothing about who wrote it.
const SECTIONS: &[&str] = &[
    "about",
    "account",
    "accounts",
    "ad",
    "ads",
    "anuncio",
    "anuncios",
    "annonce",
    "annonces",
    "app",
    "apply",
    "apps",
    "article",
    "articles",
    "blog",
    "browse",
    "career",
    "careers",
    "category",
    "channel",
    "channels",
    "company",
    "contact",
    "detail",
    "details",
    "download",
    "empleo",
    "empleos",
    "emploi",
    "emplois",
    "event",
    "events",
    "explore",
    "feed",
    "forum",
    "gallery",
    "go",
    "group",
    "groups",
    "hashtag",
    "help",
    "home",
    "index",
    "info",
    "item",
    "items",
    "itm",
    "job",
    "jobs",
    "link",
    "links",
    "listing",
    "listings",
    "login",
    "maps",
    "media",
    "news",
    "offer",
    "offers",
    "page",
    "pages",
    "photo",
    "photos",
    "pin",
    "post",
    "posts",
    "product",
    "products",
    "profile",
    "profiles",
    "public",
    "pub",
    "reel",
    "reels",
    "safety",
    "search",
    "services",
    "share",
    "sharer",
    "shop",
    "status",
    "stories",
    "story",
    "support",
    "tag",
    "tags",
    "terms",
    "user",
    "users",
    "vacancies",
    "vacancy",
    "vagas",
    "video",
    "videos",
    "view",
    "watch",
    "wiki",
];

/// The account a page on a shared host belongs to: `hirestream.example/granite-934/*` for
/// `hirestream.example/granite-934/80621` (an applicant-tracking host's employer), as for a
/// link-in-bio or a social profile with its posts under it. Only a URL with a page under its
/// first path segment, where that segment reads as an account (three or more characters, a
/// letter among them; not a language code, a file or a section of the site such as
/// `groups`, `jobs`, `post`). Whether such a key is one identity's or shared like a footer is
/// the linker's spread guards' to judge, as for every selector.
pub fn account(k: &SelectorKey) -> Option<SelectorKey> {
    if k.kind != SelectorKind::Url {
        return None;
    }
    let path_end = k.value.find(['?', '#']).unwrap_or(k.value.len());
    let mut parts = k.value[..path_end].split('/');
    let domain = parts.next()?;
    let seg = parts.next()?;
    parts.next().filter(|rest| !rest.is_empty())?;
    if !account_segment(domain, seg) {
        return None;
    }
    Some(SelectorKey {
        kind: SelectorKind::Url,
        platform: None,
        value: format!("{}/{}/*", domain.to_ascii_lowercase(), seg),
    })
}

/// Whether a URL key is a profile on a shared host: one path segment that reads as an
/// account (`fans.example/just_raquel86`, `links.example/itsqueen`), as [`account`] reads the
/// first segment of a deeper page. A link-in-bio or fan-site profile names its holder as a
/// handle does; a short link's code does not (`s.example/utTO8D`), nor a page named in words
/// (`acme.example/work-with-us`, `board.example/report`). A listed platform's profiles are
/// read as handles by the extractor; its other pages stay pages.
pub fn is_profile_page(k: &SelectorKey) -> bool {
    if k.kind != SelectorKind::Url || k.value.contains(['?', '#']) || is_short_link(&k.value) {
        return false;
    }
    let Some((domain, seg)) = k.value.split_once('/') else {
        return false;
    };
    // A word of English or its plural: site pages are named in English wherever the site is.
    let english = |w: &str| {
        plainsight_text::words::is_english_word(w)
            || w.strip_suffix('s')
                .is_some_and(plainsight_text::words::is_english_word)
    };
    !seg.is_empty()
        && !seg.contains('/')
        && !is_platform(domain)
        && account_segment(domain, seg)
        && !seg
            .to_lowercase()
            .split(['-', '_', '.'])
            .all(|w| w.is_empty() || english(w))
}

/// Whether `seg`, the first path segment of a page on `domain`, reads as an account: three
/// or more characters, a letter among them; not a language code, a file or a section of the
/// site such as `groups`, `jobs`, `post`.
fn account_segment(domain: &str, seg: &str) -> bool {
    let lower = seg.to_lowercase();
    let letters = lower.chars().filter(|c| c.is_alphabetic()).count();
    let dotted_file = lower
        .rsplit_once('.')
        .is_some_and(|(_, ext)| plainsight_core::is_page_extension(ext));
    let language = lower.len() == 5 && lower.as_bytes()[2] == b'-' && letters == 4;
    domain.contains('.')
        && lower.chars().count() >= 3
        && lower.len() <= 64
        && letters > 0
        && !dotted_file
        && !language
        && !SECTIONS.contains(&lower.as_str())
}

fn domain_of(k: &SelectorKey) -> Option<&str> {
    let d = match k.kind {
        SelectorKind::Url => k.value.split(['/', '?', '#']).next()?,
        SelectorKind::Email => k.value.rsplit_once('@')?.1,
        _ => return None,
    };
    (d.contains('.') && d.len() <= 253).then_some(d)
}

/// Whether a URL or e-mail selector is on the site the post was taken from (`hosts`).
pub fn on_site(k: &SelectorKey, hosts: &[String]) -> bool {
    domain_of(k).is_some_and(|d| is_site(&d.to_ascii_lowercase(), hosts))
}

fn is_site(d: &str, hosts: &[String]) -> bool {
    hosts
        .iter()
        .any(|h| h == d || h.strip_suffix(d).is_some_and(|rest| rest.ends_with('.')))
}

/// The own-domain key of a URL or e-mail selector: its registrable domain, unless that is a
/// platform or the site the post was taken from (`hosts`: lower-case, without `www.`).
pub fn own_domain(k: &SelectorKey, hosts: &[String]) -> Option<SelectorKey> {
    let d = domain_of(k)?.to_ascii_lowercase();
    if is_platform(&d) {
        return None;
    }
    if is_site(&d, hosts) {
        return None;
    }
    Some(SelectorKey {
        kind: SelectorKind::Url,
        platform: None,
        value: d,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn under_any_is_value_under_any_key() {
        let keys = ["shop.example", "Agency.CO.uk", "host.example/jane/*"];
        let any = UnderAny::new(keys);
        for v in [
            "shop.example",
            "shop.example/jobs/1",
            "SHOP.example?x",
            "hr@shop.example",
            "agency.co.uk/apply",
            "x@AGENCY.co.uk",
            "host.example/jane",
            "host.example/jane/post/2",
            "host.example/janet",
            "host.example",
            "other.example/shop.example",
            "shop.example.evil.example",
            "",
        ] {
            assert_eq!(
                any.contains(v),
                keys.iter().any(|k| value_under(v, k)),
                "{v}"
            );
        }
        assert!(UnderAny::new([]).is_empty());
    }

    /// Every lower-case value under the keys lies in one of the ranges (or is an address at
    /// one of the mail domains), and the ranges hold no more than they must around it.
    #[test]
    fn under_any_ranges_hold_every_value_under_it() {
        let any = UnderAny::new(["shop.example", "Agency.CO.uk", "host.example/Jane/*"]);
        let ranges = any.value_ranges();
        assert_eq!(
            ranges,
            [
                ("agency.co.uk".to_string(), "agency.co.uk@".to_string()),
                ("host.example/".to_string(), "host.example0".to_string()),
                ("shop.example".to_string(), "shop.example@".to_string()),
            ]
        );
        assert_eq!(any.mail_domains(), ["agency.co.uk", "shop.example"]);
        let in_ranges = |v: &str| {
            ranges
                .iter()
                .any(|(from, to)| v >= from.as_str() && v < to.as_str())
        };
        for v in [
            "shop.example",
            "shop.example/jobs/1",
            "shop.example?x=1",
            "shop.example#top",
            "agency.co.uk/apply",
            "host.example/jane",
            "host.example/Jane/post/2",
        ] {
            assert!(any.contains(v), "{v}");
            assert!(in_ranges(v), "{v}");
        }
        for v in ["hr@shop.example", "x@agency.co.uk"] {
            assert!(any.contains(v), "{v}");
            let domain = v.rsplit_once('@').unwrap().1;
            assert!(any.mail_domains().contains(&domain), "{v}");
        }
        for v in [
            "other.example/shop.example",
            "shop.examplez",
            "zz.example/jane",
        ] {
            assert!(!in_ranges(v), "{v}");
        }
    }

    fn key(kind: SelectorKind, v: &str) -> SelectorKey {
        SelectorKey {
            kind,
            platform: None,
            value: v.into(),
        }
    }

    #[test]
    fn short_links_are_one_mixed_case_code() {
        for v in [
            "s.example/utTO8D",
            "bit.ly/3xYz9Qa",
            "lnk.example/CRGESt",
            "s.example/z42x48",
        ] {
            assert!(is_short_link(v), "{v}");
        }
        for v in [
            "acme.example/careers",
            "acme.example/jobs/12",
            "acme.example/12345",
            "acme.example/careers",
            "acme.example/Careers-2024",
            "acme.example/drivers",
            "acme.example/apply?id=104",
            "acme.example",
            "acme.example/AB",
        ] {
            assert!(!is_short_link(v), "{v}");
        }
    }

    #[test]
    fn pages_on_a_shared_host_give_their_account() {
        let acc = |v: &str| account(&key(SelectorKind::Url, v)).map(|k| k.value);
        assert_eq!(
            acc("hirestream.example/granite-934/80621").as_deref(),
            Some("hirestream.example/granite-934/*")
        );
        assert_eq!(
            acc("greenhouse.io/acme/jobs/4411").as_deref(),
            Some("greenhouse.io/acme/*")
        );
        // A section of the site, a language, a file, a bare id, or no page under it: none.
        for v in [
            "facebook.com/groups/buy.sell.lyon/posts/1",
            "instagram.com/p/Cx12",
            "myworkdayjobs.com/en-us/acme/job/1",
            "site.example/index.php/x",
            "site.example/12345/x",
            "linktr.ee/lily",
            "linktr.ee/lily/",
            "acme.example",
        ] {
            assert_eq!(acc(v), None, "{v}");
        }
        assert!(value_under(
            "hirestream.example/granite-934/80621",
            "hirestream.example/granite-934/*"
        ));
        assert!(!value_under(
            "hirestream.example/granite-9345/1",
            "hirestream.example/granite-934/*"
        ));
        assert!(is_account_key(&key(
            SelectorKind::Url,
            "hirestream.example/granite-934/*"
        )));
        // An address given on its own stays a page (a shared channel, a short link).
        assert!(!is_account_key(&key(SelectorKind::Url, "t.me/jobs_abroad")));
        assert!(value_under("hr@acme.example", "acme.example"));
    }

    #[test]
    fn a_profile_page_is_one_account_like_segment_off_any_list() {
        let profile = |v: &str| is_profile_page(&key(SelectorKind::Url, v));
        for v in [
            "fans.example/just_raquel86",
            "links.example/itsqueen",
            "bio.example/Lexi.Rose",
        ] {
            assert!(profile(v), "{v}");
        }
        for v in [
            // Not one segment, a short link's code, a section, a file, words, a number.
            "fans.example",
            "fans.example/jadexo/photos",
            "s.example/utTO8D",
            "board.example/contact",
            "board.example/index.html",
            "board.example/report",
            "acme.example/work-with-us",
            "fans.example/house-rules",
            "acme.example/employers",
            "board.example/30019",
            "fans.example/jade?ref=ad",
            // A listed platform's profiles are the extractor's handles.
            "t.me/pass_1649",
        ] {
            assert!(!profile(v), "{v}");
        }
        assert!(!is_profile_page(&key(
            SelectorKind::Email,
            "jade@fans.example"
        )));
    }

    #[test]
    fn platforms_are_not_own_domains() {
        for d in [
            "gmail.com",
            "yahoo.fr",
            "yahoo.com.br",
            "bit.ly",
            "t.me",
            "instagram.com",
            "craigslist.org",
            // Free-mail, from the list the e-mail reader shares.
            "bk.ru",
            "web.de",
            "gmx.net",
        ] {
            assert!(is_platform(d), "{d}");
        }
        assert!(!is_platform("acme-logistics.example"));
        assert!(!is_platform("yahoofan.example"));
    }

    #[test]
    fn urls_and_addresses_give_their_domain() {
        let hosts = vec!["jobboard.example".to_string()];
        let u = key(SelectorKind::Url, "acme.example/careers/driver");
        assert_eq!(own_domain(&u, &hosts).unwrap().value, "acme.example");
        let e = key(SelectorKind::Email, "hr@acme.example");
        assert_eq!(own_domain(&e, &hosts).unwrap().value, "acme.example");
        assert!(own_domain(&key(SelectorKind::Email, "lily@gmail.com"), &hosts).is_none());
        assert!(own_domain(&key(SelectorKind::Url, "bit.ly/abc"), &hosts).is_none());
        // The platform the post was taken from (its footer's address) is never evidence.
        assert!(own_domain(&key(SelectorKind::Email, "help@jobboard.example"), &hosts).is_none());
        let sub = vec!["m.jobboard.example".to_string()];
        assert!(own_domain(&key(SelectorKind::Url, "jobboard.example/x"), &sub).is_none());
        assert!(own_domain(&key(SelectorKind::Phone, "+15550100"), &hosts).is_none());
        assert!(on_site(
            &key(SelectorKind::Email, "help@jobboard.example"),
            &hosts
        ));
        assert!(!on_site(
            &key(SelectorKind::Email, "hr@acme.example"),
            &hosts
        ));
    }
}
