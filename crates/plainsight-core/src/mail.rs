//! Domains that are everybody's: free-mail providers (`data/free_mail_domains.txt`), where a
//! mailbox is anybody's, and platforms (`data/platform_domains.txt`: classified and escort
//! sites, social networks, messaging, link shorteners, hosting, job boards, payment pages),
//! where a page is anybody's. The e-mail reader takes a mailbox at a provider as a person's
//! whatever its local part says; the URL reader takes a platform's home page named in passing
//! ("seen me on Facebook.com?") for no selector; the linker never takes either domain for an
//! author's own.

use std::collections::HashSet;
use std::sync::LazyLock;

/// A list of registrable domains, one a line (`#` comments), where `name.*` stands for the
/// name under any suffix (`yahoo.*`: yahoo.com, yahoo.fr, yahoo.com.br).
pub struct DomainList {
    exact: HashSet<String>,
    /// Entries `name.*`: the first label under any suffix.
    any_suffix: HashSet<String>,
}

impl DomainList {
    /// Reads a list's text.
    pub fn parse(text: &str) -> DomainList {
        let mut list = DomainList {
            exact: HashSet::new(),
            any_suffix: HashSet::new(),
        };
        for line in text.lines() {
            let l = line.trim().to_ascii_lowercase();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            match l.strip_suffix(".*") {
                Some(name) => list.any_suffix.insert(name.to_string()),
                None => list.exact.insert(l),
            };
        }
        list
    }

    /// Whether a registrable domain (any case) is on the list.
    pub fn contains(&self, domain: &str) -> bool {
        let d = domain.to_ascii_lowercase();
        if self.exact.contains(&d) {
            return true;
        }
        d.split('.')
            .next()
            .is_some_and(|first| first.len() < d.len() && self.any_suffix.contains(first))
    }
}

static PROVIDERS: LazyLock<DomainList> =
    LazyLock::new(|| DomainList::parse(include_str!("../data/free_mail_domains.txt")));

/// Whether a registrable domain (`bk.ru`, `yahoo.com.br`; any case) is a free-mail provider's.
pub fn is_free_mail(domain: &str) -> bool {
    PROVIDERS.contains(domain)
}

static PLATFORMS: LazyLock<DomainList> =
    LazyLock::new(|| DomainList::parse(include_str!("../data/platform_domains.txt")));

/// Whether a registrable domain (any case) is a platform on the maintained list
/// (`data/platform_domains.txt`), not a free-mail provider's (see [`is_free_mail`]).
pub fn is_listed_platform(domain: &str) -> bool {
    PLATFORMS.contains(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn providers_and_others() {
        for d in [
            "gmail.com",
            "BK.RU",
            "yahoo.com.br",
            "gmx.de",
            "web.de",
            "mail.ru",
        ] {
            assert!(is_free_mail(d), "{d}");
        }
        for d in [
            "acme.com",
            "lotus-spa.co.uk",
            "yahoo",
            "mailchimp.com",
            "ru",
        ] {
            assert!(!is_free_mail(d), "{d}");
        }
    }
}
