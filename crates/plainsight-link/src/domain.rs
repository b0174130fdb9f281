//! Own domains: an organisation's careers page (`careers.acme.example/jobs/12`), a business's
//! site (`book.lotus-spa.example/menu`) and an address on its domain (`hr@acme.example`) all
//! name one registrable domain, and posts that share it share an author. A domain is evidence
//! only when it is nobody's platform: the site the post was taken from (its `site` / `url`) is
//! never evidence, nor is a domain on the maintained list `data/platform_domains.txt`
//! (classified and escort sites, social networks, messaging, link shorteners, hosting,
//! free-mail, job boards, payment pages). What the list misses, the linker's spread guard
//! catches: a domain beside many unrelated posters is held back like a footer.
//!
//! A domain is carried as a URL selector whose value is the bare registrable domain (no path);
//! the extractor already gives URLs as registrable domain plus path, and e-mail addresses.

use crate::features::SelectorKey;
use plainsight_core::SelectorKind;
use std::collections::HashSet;
use std::sync::LazyLock;

struct Platforms {
    exact: HashSet<String>,
    /// Entries `name.*`: the first label under any suffix.
    any_suffix: HashSet<String>,
}

static PLATFORMS: LazyLock<Platforms> = LazyLock::new(|| {
    let mut p = Platforms {
        exact: HashSet::new(),
        any_suffix: HashSet::new(),
    };
    for line in include_str!("../data/platform_domains.txt").lines() {
        let l = line.trim().to_lowercase();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        match l.strip_suffix(".*") {
            Some(name) => p.any_suffix.insert(name.to_string()),
            None => p.exact.insert(l),
        };
    }
    p
});

/// Whether a registrable domain is a platform on the maintained list.
pub fn is_platform(domain: &str) -> bool {
    let d = domain.to_ascii_lowercase();
    let p = &*PLATFORMS;
    if p.exact.contains(&d) {
        return true;
    }
    d.split('.')
        .next()
        .is_some_and(|first| first.len() < d.len() && p.any_suffix.contains(first))
}

/// Whether a URL selector value is a bare domain (a domain item, not a page).
pub fn is_domain_key(k: &SelectorKey) -> bool {
    k.kind == SelectorKind::Url && !k.value.contains('/')
}

/// Whether a stored selector value, read as a URL (registrable domain and path) or as an
/// e-mail address, lies under the registrable domain `domain` (lower-case): the values a
/// domain item joins. Whether the linker uses it for its post is [`own_domain`]'s to say.
pub fn value_under(value: &str, domain: &str) -> bool {
    let as_url = value.split(['/', '?', '#']).next().unwrap_or("");
    let as_email = value.rsplit_once('@').map_or("", |(_, d)| d);
    as_url.eq_ignore_ascii_case(domain) || as_email.eq_ignore_ascii_case(domain)
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

    fn key(kind: SelectorKind, v: &str) -> SelectorKey {
        SelectorKey {
            kind,
            platform: None,
            value: v.into(),
        }
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
