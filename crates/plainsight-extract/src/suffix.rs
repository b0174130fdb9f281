//! Public suffixes, for turning a host into its registrable domain, and the TLDs that make a
//! dotted word a domain.
//!
//! The registrable domain follows the Public Suffix List's ICANN section, vendored as data
//! (`data/public_suffixes.txt`, ~7,400 rules, read into hash sets once; the `psl` crate would
//! compile the same list into a very large generated match that every build pays for), plus the
//! private suffixes below that hand out pages or subdomains to users (`blogspot.com`,
//! `linktr.ee`, ...). So `pijat-ayu.my.id` and `other.my.id` are two sites, not one. Which
//! dotted words count as a domain at all is decided by the much shorter lists of TLDs that ads
//! use ([`is_known_tld`]) or, where the syntax already says "address", by every delegated TLD
//! ([`is_delegated_tld`], the last labels of the same rules).

/// Generic TLDs accepted for bare domains (without `http://` or `www.`). Deliberately leaves out
/// TLDs that collide with file names and words in ads (`.mov`, `.zip`, `.pics`, `.date`, ...)
/// and with spelled numbers (`.one`: "four8.9fivethree.one" is a phone number).
const GENERIC_TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "xyz", "online", "site",
    "club", "top", "app", "dev", "live", "store", "shop", "link", "click", "website", "space",
    "tech", "fun", "vip", "sexy", "xxx", "adult", "porn", "sex", "chat", "social", "love",
    "dating", "escort", "agency", "services", "world", "today", "life", "page", "blog", "icu",
    "cam", "name", "mobi", "pro", "asia", "work", "guru", "email",
    // Staffing agencies register under `.jobs`. (Trade TLDs that are everyday words — `.spa`,
    // `.massage`, `.group`, `.homes` — read as many phrases as sites: measured, left out.)
    "jobs",
];

/// The country-code TLDs delegated in the root zone (IANA; ISO 3166-1 codes plus `ac`, `eu`,
/// `su`, `uk`). A two-letter label outside this list ("xx", "zz") is no public suffix. Sorted.
const CC_TLDS: &[&str] = &[
    "ac", "ad", "ae", "af", "ag", "ai", "al", "am", "ao", "aq", "ar", "as", "at", "au", "aw", "ax",
    "az", "ba", "bb", "bd", "be", "bf", "bg", "bh", "bi", "bj", "bm", "bn", "bo", "br", "bs", "bt",
    "bv", "bw", "by", "bz", "ca", "cc", "cd", "cf", "cg", "ch", "ci", "ck", "cl", "cm", "cn", "co",
    "cr", "cu", "cv", "cw", "cx", "cy", "cz", "de", "dj", "dk", "dm", "do", "dz", "ec", "ee", "eg",
    "er", "es", "et", "eu", "fi", "fj", "fk", "fm", "fo", "fr", "ga", "gb", "gd", "ge", "gf", "gg",
    "gh", "gi", "gl", "gm", "gn", "gp", "gq", "gr", "gs", "gt", "gu", "gw", "gy", "hk", "hm", "hn",
    "hr", "ht", "hu", "id", "ie", "il", "im", "in", "io", "iq", "ir", "is", "it", "je", "jm", "jo",
    "jp", "ke", "kg", "kh", "ki", "km", "kn", "kp", "kr", "kw", "ky", "kz", "la", "lb", "lc", "li",
    "lk", "lr", "ls", "lt", "lu", "lv", "ly", "ma", "mc", "md", "me", "mg", "mh", "mk", "ml", "mm",
    "mn", "mo", "mp", "mq", "mr", "ms", "mt", "mu", "mv", "mw", "mx", "my", "mz", "na", "nc", "ne",
    "nf", "ng", "ni", "nl", "no", "np", "nr", "nu", "nz", "om", "pa", "pe", "pf", "pg", "ph", "pk",
    "pl", "pm", "pn", "pr", "ps", "pt", "pw", "py", "qa", "re", "ro", "rs", "ru", "rw", "sa", "sb",
    "sc", "sd", "se", "sg", "sh", "si", "sj", "sk", "sl", "sm", "sn", "so", "sr", "ss", "st", "su",
    "sv", "sx", "sy", "sz", "tc", "td", "tf", "tg", "th", "tj", "tk", "tl", "tm", "tn", "to", "tr",
    "tt", "tv", "tw", "tz", "ua", "ug", "uk", "us", "uy", "uz", "va", "vc", "ve", "vg", "vi", "vn",
    "vu", "wf", "ws", "ye", "yt", "za", "zm", "zw",
];

/// Second-level labels that registries use under country TLDs.
const CC_SECOND_LEVEL: &[&str] = &[
    "co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gob", "mil", "nom", "ltd",
    "plc", "me", "sch", "info", "biz",
];

/// Private suffixes whose subdomains belong to different people.
const PRIVATE_SUFFIXES: &[&str] = &[
    "blogspot.com",
    "github.io",
    "wordpress.com",
    "tumblr.com",
    "wixsite.com",
    "weebly.com",
    "carrd.co",
    "linktr.ee",
    "netlify.app",
    "vercel.app",
    "pages.dev",
    "herokuapp.com",
    "square.site",
    "myshopify.com",
    "substack.com",
    "webflow.io",
    "glitch.me",
];

/// Every top-level domain delegated in the root zone: the last label of every ICANN rule of the
/// Public Suffix List ([`RULES`]), so the list is kept once.
static DELEGATED_TLDS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        let r = &*RULES;
        r.exact
            .iter()
            .chain(&r.wildcard)
            .chain(&r.exception)
            .map(|rule| rule.rsplit('.').next().unwrap_or(rule))
            .collect()
    });

/// True if `tld` (lower case) is delegated in the root zone at all ("photography", "zip"), as
/// opposed to a file extension or a private name ("png", "lan", "local", "localhost"). Looser
/// than [`is_known_tld`]: use it only where the syntax already says "this is an address".
///
/// The names RFC 2606 reserves for documentation and tests ("example", "test") count too:
/// corpora written to be shared (training sets, evaluations, this project's own) name their
/// invented sites under them, and no real ad does, so reading them costs nothing.
pub fn is_delegated_tld(tld: &str) -> bool {
    DELEGATED_TLDS.contains(tld) || is_reserved_tld(tld)
}

/// True if `tld` is one of the names RFC 2606 reserves for documentation and tests ("example",
/// "test"). A bare host under them ("Website: acme-logistics.example") is read as a site like
/// one under `.com`: every shared corpus names its invented sites there, and no real ad does.
pub fn is_reserved_tld(tld: &str) -> bool {
    matches!(tld, "example" | "test")
}

/// True if `tld` (lower case) is a top-level domain we accept in a bare domain.
pub fn is_known_tld(tld: &str) -> bool {
    (tld.len() == 2 && CC_TLDS.binary_search(&tld).is_ok()) || GENERIC_TLDS.contains(&tld)
}

/// True if `label` is a second-level label registries use under country TLDs ("co" in
/// `co.nz`, "com" in `com.au`).
pub(crate) fn is_cc_second_level(label: &str) -> bool {
    CC_SECOND_LEVEL.contains(&label)
}

/// True if every name under `tld` is a public suffix by a wildcard rule (`*.np`, `*.bd`).
pub(crate) fn is_wildcard_tld(tld: &str) -> bool {
    RULES.wildcard.contains(tld)
}

/// True if `host` (lower case) is one of the private suffixes that hand out pages or
/// subdomains to users (`linktr.ee`, `blogspot.com`): with a path, such a host is a link to a
/// user's page ("linktr.ee/lily").
pub(crate) fn is_private_suffix(host: &str) -> bool {
    PRIVATE_SUFFIXES.contains(&host)
}

/// The ICANN section of the Public Suffix List (`data/public_suffixes.txt`): exact rules,
/// wildcard rules (`*.ck`, stored as `ck`) and exceptions (`!www.ck`, stored as `www.ck`).
struct Rules {
    exact: std::collections::HashSet<&'static str>,
    wildcard: std::collections::HashSet<&'static str>,
    exception: std::collections::HashSet<&'static str>,
}

static RULES: std::sync::LazyLock<Rules> = std::sync::LazyLock::new(|| {
    let mut rules = Rules {
        exact: Default::default(),
        wildcard: Default::default(),
        exception: Default::default(),
    };
    for line in include_str!("../data/public_suffixes.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('!') {
            rules.exception.insert(rest);
        } else if let Some(rest) = line.strip_prefix("*.") {
            rules.wildcard.insert(rest);
        } else {
            rules.exact.insert(line);
        }
    }
    rules
});

/// The number of labels of `host`'s public suffix (at least one: an unlisted TLD is its own
/// suffix, as the PSL's default rule `*` says), by the PSL algorithm: the longest matching rule,
/// an exception rule taking one label off. The private suffixes of [`PRIVATE_SUFFIXES`] count too.
fn suffix_labels(host: &str, labels: &[(usize, &str)]) -> usize {
    let n = labels.len();
    let mut best = 1;
    for (i, &(start, _)) in labels.iter().enumerate() {
        let candidate = &host[start..];
        let len = n - i;
        if RULES.exception.contains(candidate) {
            return len - 1;
        }
        let parent = labels.get(i + 1).map(|&(s, _)| &host[s..]);
        let matched = RULES.exact.contains(candidate)
            || PRIVATE_SUFFIXES.contains(&candidate)
            || parent.is_some_and(|p| RULES.wildcard.contains(p));
        if matched {
            best = best.max(len);
        }
    }
    best
}

/// The registrable domain ("eTLD+1") of a lower-case host, or `None` if the host is itself a
/// public suffix (or empty): `pijat-ayu.my.id`, `lily.blogspot.com`, `example.co.uk`.
pub fn registrable_domain(host: &str) -> Option<&str> {
    let host = host.trim_end_matches('.');
    if host.is_empty() {
        return None;
    }
    let labels: Vec<(usize, &str)> = label_starts(host);
    let n = labels.len();
    let suffix = suffix_labels(host, &labels);
    if n <= suffix {
        return None;
    }
    Some(&host[labels[n - suffix - 1].0..])
}

fn label_starts(host: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in host.bytes().enumerate() {
        if b == b'.' {
            out.push((start, &host[start..i]));
            start = i + 1;
        }
    }
    out.push((start, &host[start..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains() {
        for (host, want) in [
            ("mysite.com", Some("mysite.com")),
            ("www.x.co.uk", Some("x.co.uk")),
            ("m.facebook.com", Some("facebook.com")),
            ("lily.blogspot.com", Some("lily.blogspot.com")),
            ("a.b.lily.github.io", Some("lily.github.io")),
            ("shop.example.com.ng", Some("example.com.ng")),
            ("co.uk", None),
            ("com", None),
            ("blogspot.com", None),
            ("t.me", Some("t.me")),
            ("pijat-ayu.my.id", Some("pijat-ayu.my.id")),
            ("www.sitispa.co.id", Some("sitispa.co.id")),
            ("shop.example.com.br", Some("example.com.br")),
            ("a.b.example.kawasaki.jp", Some("b.example.kawasaki.jp")),
            ("city.kawasaki.jp", Some("city.kawasaki.jp")),
            ("my.id", None),
        ] {
            assert_eq!(registrable_domain(host), want, "{host}");
        }
    }

    #[test]
    fn tlds() {
        assert!(is_known_tld("com"));
        assert!(is_known_tld("uk"));
        assert!(!is_known_tld("mov"));
        assert!(!is_known_tld("jpg"));
        assert!(!is_known_tld("c"));
        // Two letters are not enough: only delegated country codes are suffixes.
        assert!(is_known_tld("me"));
        assert!(!is_known_tld("xx"));
        assert!(!is_known_tld("zz"));
        assert!(!is_known_tld("aa"));
    }

    #[test]
    fn delegated_tlds() {
        for t in [
            "com",
            "uk",
            "photography",
            "agency",
            "zip",
            "me",
            "xn--p1ai",
        ] {
            assert!(is_delegated_tld(t), "{t}");
        }
        for t in [
            "png",
            "jpg",
            "lan",
            "local",
            "localhost",
            "internal",
            "xx",
            "",
        ] {
            assert!(!is_delegated_tld(t), "{t}");
        }
    }
}
