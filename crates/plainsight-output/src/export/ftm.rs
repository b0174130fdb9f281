//! FollowTheMoney entities, one JSON object per line: `{"id","schema","properties"}`, every
//! property a list of strings (<https://followthemoney.tech/explorer/>), so Aleph and the
//! `followthemoney` tools can import a case.
//!
//! Mapping:
//! - a network (every network of two or more posts, and a lone post's network when the post
//!   lists a selector) → `LegalEntity` named `plainsight network N…`, holding the phones
//!   (`phone`), e-mails (`email`) and web addresses (`website`) its posts list, its places
//!   (`address`) and indicator codes (`keywords`);
//! - a handle or payment handle → `UserAccount` (`service` = platform, `username`, `owner` =
//!   the networks that list it); a crypto address → `CryptoWallet` (`publicKey`, `blockchain`,
//!   `holder`);
//! - a post → `HyperText` (a web page: `title`, `publishedAt`, `sourceUrl`, `publisher` = site,
//!   `address` = location, `keywords` = indicator codes and `pdq:HEX` image hashes, `notes` =
//!   risk and network);
//! - a post's link to its network's entity, and to each account or wallet it lists →
//!   `Documentation` (`document` = the post, `entity`, `role`).
//!
//! Ids are the first 40 hex digits of SHA-256 over the namespace ([`NAMESPACE`]), the entity
//! kind and its key, NUL-separated: posts by post id, networks by network id, accounts and
//! wallets by value when revealed. Network ids are per run, so a masked or revealed export of
//! another case gives other ids only for other post ids. Masked (the default), a selector is
//! never a property of a typed kind (`phone`, `email`, `website`) nor part of an id: the
//! network's `notes` list it masked, accounts and wallets are keyed by their order of first
//! appearance and show a masked `username`/`publicKey`.

use super::ExportOptions;
use crate::shown;
use plainsight_core::case::Case;
use plainsight_core::network::{Network, SelectorKey};
use plainsight_core::time::{format_rfc3339, parse_rfc3339};
use plainsight_core::SelectorKind;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// The namespace every id is derived in.
pub const NAMESPACE: &str = "plainsight";

/// A deterministic entity id: SHA-256 of the namespace and the key parts, NUL-separated,
/// first 40 hex digits (160 bits, the length of FtM's own SHA-1 ids).
pub fn entity_id(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    h.update(NAMESPACE.as_bytes());
    for p in parts {
        h.update([0u8]);
        h.update(p.as_bytes());
    }
    let digest = h.finalize();
    let mut s = String::with_capacity(40);
    for b in &digest[..20] {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// One entity: properties by name (ordered), each a list of distinct strings in first-added
/// order.
#[derive(Serialize)]
struct Entity {
    id: String,
    schema: &'static str,
    properties: BTreeMap<&'static str, Vec<String>>,
}

impl Entity {
    fn new(id: String, schema: &'static str) -> Self {
        Entity {
            id,
            schema,
            properties: BTreeMap::new(),
        }
    }

    fn add(&mut self, prop: &'static str, value: impl Into<String>) {
        let value = value.into();
        if value.is_empty() {
            return;
        }
        let list = self.properties.entry(prop).or_default();
        if !list.contains(&value) {
            list.push(value);
        }
    }
}

/// FtM's date type takes ISO 8601; a post's time is written in UTC without the zone letter.
fn ftm_date(t: &str) -> Option<String> {
    let s = format_rfc3339(parse_rfc3339(t)?);
    Some(s.trim_end_matches('Z').to_string())
}

fn is_web_url(u: &str) -> bool {
    let l = u.trim().to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://")) && !u.chars().any(char::is_whitespace)
}

/// Writes the case as FtM entities, one per line.
pub fn write_ftm(case: &Case, options: &ExportOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let reveal = options.reveal;
    let summaries: BTreeMap<&str, &Network> = case
        .networks
        .iter()
        .map(|n| (n.network.as_str(), n))
        .collect();

    // Networks (LegalEntity), in order of first appearance.
    let mut networks: Vec<Entity> = Vec::new();
    let mut network_index: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &case.posts {
        let summary = summaries.get(p.network.as_str());
        if summary.is_none() && p.selectors.is_empty() {
            continue;
        }
        let i = *network_index.entry(p.network.as_str()).or_insert_with(|| {
            let mut e = Entity::new(entity_id(&["network", &p.network]), "LegalEntity");
            e.add("name", format!("plainsight network {}", p.network));
            if let Some(n) = summary {
                e.add(
                    "notes",
                    format!("{} posts; network risk {}", n.size, n.risk),
                );
                for l in &n.locations {
                    e.add("address", l.clone());
                }
                for c in &n.indicators {
                    e.add("keywords", c.code.clone());
                }
            }
            networks.push(e);
            networks.len() - 1
        });
        let e = &mut networks[i];
        for s in &p.selectors {
            let typed = match s.kind {
                SelectorKind::Phone => Some("phone"),
                SelectorKind::Email => Some("email"),
                SelectorKind::Url => Some("website"),
                SelectorKind::Licence => Some("registrationNumber"),
                _ => None,
            };
            match typed {
                Some(prop) if reveal => e.add(prop, s.value.clone()),
                Some(_) => e.add(
                    "notes",
                    format!(
                        "{} {}",
                        shown::kind(s.kind, s.platform),
                        shown::value(&s.value, false)
                    ),
                ),
                None => {}
            }
        }
    }

    // Accounts and wallets, in order of first appearance.
    let mut holders: Vec<Entity> = Vec::new();
    let mut holder_index: BTreeMap<SelectorKey, usize> = BTreeMap::new();
    for p in &case.posts {
        for s in &p.selectors {
            let schema = match s.kind {
                SelectorKind::Handle | SelectorKind::Payment => "UserAccount",
                SelectorKind::Crypto => "CryptoWallet",
                _ => continue,
            };
            let key = s.key();
            let i = match holder_index.get(&key) {
                Some(&i) => i,
                None => {
                    let kind = shown::kind(s.kind, s.platform);
                    let id = if reveal {
                        entity_id(&["selector", &kind, &s.value])
                    } else {
                        entity_id(&["selector#", &holders.len().to_string()])
                    };
                    let mut e = Entity::new(id, schema);
                    let value = shown::value(&s.value, reveal);
                    let platform = s.platform.map(|pl| pl.as_str().to_string());
                    if schema == "UserAccount" {
                        e.add("username", value);
                        e.add("service", platform.unwrap_or_else(|| kind.clone()));
                    } else {
                        e.add("publicKey", value);
                        e.add("blockchain", platform.unwrap_or_default());
                    }
                    holders.push(e);
                    holder_index.insert(key, holders.len() - 1);
                    holders.len() - 1
                }
            };
            if let Some(&n) = network_index.get(p.network.as_str()) {
                let owner = networks[n].id.clone();
                let prop = if schema == "UserAccount" {
                    "owner"
                } else {
                    "holder"
                };
                holders[i].add(prop, owner);
            }
        }
    }

    for e in networks.iter().chain(&holders) {
        write_entity(e, out)?;
    }

    // Posts and their links.
    for p in &case.posts {
        let post_id = entity_id(&["post", &p.id]);
        let mut e = Entity::new(post_id.clone(), "HyperText");
        if let Some(t) = &p.title {
            e.add("title", shown::text(t, reveal));
        }
        if let Some(d) = p.posted_at.as_deref().and_then(ftm_date) {
            e.add("publishedAt", d);
        }
        if let Some(u) = p.url.as_deref().filter(|u| is_web_url(u)) {
            e.add("sourceUrl", u.trim());
        }
        if let Some(s) = &p.site {
            e.add("publisher", s.clone());
        }
        if let Some(l) = p.location.as_ref().or(p.place.as_ref()) {
            e.add("address", l.clone());
        }
        for c in &p.indicators {
            e.add("keywords", c.clone());
        }
        for h in &p.image_hashes {
            e.add("keywords", format!("pdq:{}", h.to_hex()));
        }
        e.add("notes", format!("plainsight post {}", p.id));
        e.add("notes", format!("network {}", p.network));
        if let Some(r) = p.risk {
            e.add("notes", format!("risk {r}"));
        }
        write_entity(&e, out)?;

        let mut linked: BTreeSet<String> = BTreeSet::new();
        let mut links: Vec<(String, &'static str)> = Vec::new();
        if let Some(&n) = network_index.get(p.network.as_str()) {
            links.push((networks[n].id.clone(), "post of this network"));
        }
        for s in &p.selectors {
            if let Some(&i) = holder_index.get(&s.key()) {
                let role = if s.kind == SelectorKind::Crypto {
                    "wallet listed in this post"
                } else {
                    "account listed in this post"
                };
                links.push((holders[i].id.clone(), role));
            }
        }
        for (entity, role) in links {
            if !linked.insert(entity.clone()) {
                continue;
            }
            let mut d = Entity::new(
                entity_id(&["documentation", &p.id, &entity]),
                "Documentation",
            );
            d.add("document", post_id.clone());
            d.add("entity", entity);
            d.add("role", role);
            write_entity(&d, out)?;
        }
    }
    out.flush()
}

fn write_entity(e: &Entity, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, e)?;
    out.write_all(b"\n")
}
