use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a record came from: the input's name (a path or `-`) and its 1-based line (JSONL) or
/// record number (CSV). Used for bad-record reports and to keep output in input order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub file: String,
    pub line: u64,
}

/// One post as `../shared/CONTRACT.md` ("Posts") describes it. Only `id` is required, plus at
/// least one of `title` and `body`; unknown fields are kept in [`Post::extra`] and passed on.
///
/// `Debug` never prints the text fields: they may describe a possible victim.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Post {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// RFC 3339, kept as written; stages that need a time parse it themselves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posted_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// ISO 3166-1 alpha-2 hint for reading numbers without a country code, as the record gave
    /// it (passed through unchanged); read it with [`Post::region_hint`], which validates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub image_hashes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Fields the contract does not name, kept in input order and passed through.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Where the record was read from (not part of the record itself).
    #[serde(skip)]
    pub source: SourceRef,
}

impl Post {
    /// The record's `region` as a validated [`crate::Region`] ([`crate::Region::from_data`]:
    /// `UK` is read as `GB`); `None` when absent or not a region with phone numbering, so a bad
    /// hint is ignored (it is a hint, not an error) rather than read as a region.
    pub fn region_hint(&self) -> Option<crate::Region> {
        self.region.as_deref().and_then(crate::Region::from_data)
    }

    /// The text of a field, if the post has it.
    pub fn field(&self, field: crate::Field) -> Option<&str> {
        match field {
            crate::Field::Title => self.title.as_deref(),
            crate::Field::Body => self.body.as_deref(),
        }
    }

    /// The text fields that are present, in a fixed order (title first).
    pub fn text_fields(&self) -> impl Iterator<Item = (crate::Field, &str)> {
        crate::Field::ALL
            .into_iter()
            .filter_map(move |f| self.field(f).map(|t| (f, t)))
    }

    /// The hosts of the platform the post was taken from ([`site_hosts`] of its `site` and
    /// `url`).
    pub fn site_hosts(&self) -> Vec<String> {
        site_hosts(self.site.as_deref(), self.url.as_deref())
    }

    /// The poster's account on the platform the post was taken from: the record's `author`
    /// (`CONTRACT.md`), trimmed and cut to 200 characters, after the first of
    /// [`Post::site_hosts`] and a slash (`listhub.example/u1234567`). An account id names an
    /// account on one platform only, so the same id on two sites is two accounts; without a
    /// site or URL the host is empty (`/u1234567`). `None` without an author. The linker links
    /// on it and the case store indexes it, so both read it from here.
    pub fn account(&self) -> Option<String> {
        self.account_on(&self.site_hosts())
    }

    /// [`Post::account`] given the post's [`Post::site_hosts`], for a caller that has them.
    pub fn account_on(&self, hosts: &[String]) -> Option<String> {
        let author = self
            .author
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())?;
        let host = hosts.first().map(String::as_str).unwrap_or("");
        Some(format!(
            "{host}/{}",
            author.chars().take(200).collect::<String>()
        ))
    }
}

/// Whether `ext` (the text after a URL piece's last dot) is a web page's file extension
/// (`html`, `php`, …, any case): the page's name is what stands before it.
pub fn is_page_extension(ext: &str) -> bool {
    ["html", "htm", "php", "aspx", "asp", "jsp"]
        .iter()
        .any(|x| ext.eq_ignore_ascii_case(x))
}

/// Whether a post at `url` is a reply in a discussion forum rather than an advert: the URL's
/// path names a forum, a thread or a topic (`/forum/…/thread-123`, `showthread.php?t=…`,
/// `viewtopic.php`, `/topics/…`). Review boards are such forums: a review quotes the number,
/// handle or page of the person reviewed, which are the advertiser's contacts, not the
/// reviewer's.
pub fn in_discussion_thread(url: Option<&str>) -> bool {
    let Some(url) = url else {
        return false;
    };
    let rest = url.trim().split("://").last().unwrap_or("");
    let path = rest.split(['?', '#']).next().unwrap_or("");
    path.split('/').skip(1).take(16).any(|seg| {
        let word = seg.split(['-', '_', '.']).next().unwrap_or("");
        let word = word.strip_suffix(['s', 'S']).unwrap_or(word);
        ["forum", "thread", "topic", "showthread", "viewtopic"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
    })
}

/// The hosts of the platform a post was taken from (its `site`, and the host of its `url`),
/// in that order, lower-case, without `www.`, each once.
pub fn site_hosts(site: Option<&str>, url: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in [site, url].into_iter().flatten() {
        let s = raw.trim().to_lowercase();
        let s = s.split("://").last().unwrap_or("");
        let host = s.split(['/', '?', '#', ':']).next().unwrap_or("");
        let host = host.strip_prefix("www.").unwrap_or(host);
        if !host.is_empty() && !out.iter().any(|h| h == host) {
            out.push(host.chars().take(253).collect());
        }
    }
    out
}

impl fmt::Debug for Post {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Post")
            .field("id", &self.id)
            .field("title_len", &self.title.as_ref().map(String::len))
            .field("body_len", &self.body.as_ref().map(String::len))
            .field("site", &self.site)
            .field("posted_at", &self.posted_at)
            .field("region", &self.region)
            .field("images", &(self.images.len() + self.image_hashes.len()))
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(site: Option<&str>, url: Option<&str>, author: Option<&str>) -> Post {
        let mut p: Post = serde_json::from_str(r#"{"id":"p"}"#).unwrap();
        p.site = site.map(str::to_string);
        p.url = url.map(str::to_string);
        p.author = author.map(str::to_string);
        p
    }

    #[test]
    fn the_site_comes_first_then_the_url_host_each_once() {
        let p = post(
            Some(" WWW.ListHub.example "),
            Some("https://listhub.example:8443/ads/1?x#y"),
            None,
        );
        assert_eq!(p.site_hosts(), ["listhub.example"]);
        let p = post(None, Some("http://ads.other.example/u/9"), None);
        assert_eq!(p.site_hosts(), ["ads.other.example"]);
        assert!(post(Some("  "), None, None).site_hosts().is_empty());
    }

    #[test]
    fn an_account_is_its_site_and_its_id() {
        let p = post(Some("listhub.example"), None, Some("  u42 "));
        assert_eq!(p.account().as_deref(), Some("listhub.example/u42"));
        let p = post(None, Some("https://www.b.example/x"), Some("u42"));
        assert_eq!(p.account().as_deref(), Some("b.example/u42"));
        assert_eq!(
            post(None, None, Some("u42")).account().as_deref(),
            Some("/u42")
        );
        assert_eq!(post(Some("a.example"), None, Some("   ")).account(), None);
        assert_eq!(post(Some("a.example"), None, None).account(), None);
        let long = "é".repeat(300);
        let a = post(Some("a.example"), None, Some(&long))
            .account()
            .unwrap();
        assert_eq!(a.chars().count(), "a.example/".len() + 200);
    }

    #[test]
    fn forum_replies_are_told_by_their_url() {
        for url in [
            "https://reviewden.example/forum/la/thread-7867687",
            "https://board.example/Forums/12/",
            "http://x.example/showthread.php?t=123",
            "https://x.example/viewtopic.php?f=2&t=9",
            "https://x.example/topics/jade-in-austin",
        ] {
            assert!(in_discussion_thread(Some(url)), "{url}");
        }
        for url in [
            "https://forum.example/ads/123",
            "https://x.example/escorts/threadsandneedles-123",
            "https://x.example/listing?thread=1",
            "https://x.example/g/lebanon-helpers/p/4050362",
            "forum",
        ] {
            assert!(!in_discussion_thread(Some(url)), "{url}");
        }
        assert!(!in_discussion_thread(None));
    }
}
