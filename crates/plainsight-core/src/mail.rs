//! Free-mail providers (`data/free_mail_domains.txt`): where a mailbox is anybody's. The
//! e-mail reader takes a mailbox there as a person's whatever its local part says, and the
//! linker never takes the provider's domain for an author's own.

use std::collections::HashSet;
use std::sync::LazyLock;

struct Providers {
    exact: HashSet<&'static str>,
    /// Entries `name.*`: the first label under any suffix.
    any_suffix: HashSet<&'static str>,
}

static PROVIDERS: LazyLock<Providers> = LazyLock::new(|| {
    let mut p = Providers {
        exact: HashSet::new(),
        any_suffix: HashSet::new(),
    };
    for line in include_str!("../data/free_mail_domains.txt").lines() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        match l.strip_suffix(".*") {
            Some(name) => p.any_suffix.insert(name),
            None => p.exact.insert(l),
        };
    }
    p
});

/// Whether a registrable domain (`bk.ru`, `yahoo.com.br`; any case) is a free-mail provider's.
pub fn is_free_mail(domain: &str) -> bool {
    let d = domain.to_ascii_lowercase();
    let p = &*PROVIDERS;
    if p.exact.contains(d.as_str()) {
        return true;
    }
    d.split('.')
        .next()
        .is_some_and(|first| first.len() < d.len() && p.any_suffix.contains(first))
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
