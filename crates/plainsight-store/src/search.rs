//! Finding current posts: by selector value, full text (FTS5), place, indicator code or
//! network, filtered by time and risk, riskiest first. Values come back unmasked; masking is
//! the caller's (the engine masks unless `--reveal`).

use crate::{field_at, parse_name, Result, Store};
use plainsight_core::{Field, Platform, SelectorKind};
use rusqlite::types::Value;
use serde::Serialize;

/// What to look for.
#[derive(Clone, Debug)]
pub enum Criterion {
    /// Selector normal forms (as extraction writes them), each with its kind, or any kind when
    /// `None` (a value typed as is).
    Selectors(Vec<(Option<SelectorKind>, String)>),
    /// Words to find in title or body (all of them; diacritics and case folded by FTS5's
    /// `unicode61 remove_diacritics 2` on both sides).
    Text(String),
    /// A substring of the post's `location` (ASCII case folded).
    Place(String),
    /// An indicator code (`J004`).
    Indicator(String),
    /// A network id.
    Network(String),
}

/// A search: one criterion and the filters every search takes.
#[derive(Clone, Debug)]
pub struct Query {
    pub criterion: Criterion,
    /// Posted at or after (Unix seconds); posts without a parseable time are left out.
    pub from: Option<i64>,
    /// Posted at or before (Unix seconds).
    pub to: Option<i64>,
    pub min_risk: Option<f64>,
    pub limit: usize,
}

/// Why a post matched.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "match", rename_all = "snake_case")]
pub enum Why {
    Selector {
        kind: SelectorKind,
        #[serde(skip_serializing_if = "Option::is_none")]
        platform: Option<Platform>,
        value: String,
        field: Field,
        start: usize,
        end: usize,
    },
    Text {
        terms: Vec<String>,
    },
    Place {
        location: String,
    },
    Indicator {
        code: String,
        name: String,
        field: Field,
        start: usize,
        end: usize,
        weight: f64,
    },
    Network {
        network: String,
    },
}

/// One matching post.
#[derive(Clone, Debug)]
pub struct Hit {
    pub id: String,
    pub network: Option<String>,
    pub risk: f64,
    pub posted_at: Option<String>,
    pub title: Option<String>,
    /// Byte spans of selectors in the title (for masking it).
    pub title_spans: Vec<(usize, usize)>,
    pub why: Vec<Why>,
}

/// The words of a text query as FTS5 strings: each word quoted (a `"` inside doubled), so
/// operators and punctuation typed by the user are searched for, never parsed as syntax.
///
/// The index keeps no positions (`detail = none`), so every term must be one token: words are
/// split where the tokenizer splits them (at anything not a letter or digit).
pub fn fts_terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(64)
        .map(str::to_string)
        .collect()
}

fn fts_query(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn like_pattern(s: &str) -> String {
    let mut p = String::from("%");
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

impl Store {
    /// Current posts matching `q`, riskiest first (ties by id), at most `q.limit`.
    pub fn search(&self, q: &Query) -> Result<Vec<Hit>> {
        let mut args: Vec<Value> = Vec::new();
        let terms = match &q.criterion {
            Criterion::Text(t) => fts_terms(t),
            _ => Vec::new(),
        };
        let sub = match &q.criterion {
            Criterion::Selectors(values) => {
                if values.is_empty() {
                    return Ok(Vec::new());
                }
                let mut ors = Vec::new();
                for (kind, value) in values {
                    args.push(Value::Text(value.clone()));
                    match kind {
                        Some(k) => {
                            args.push(Value::Text(k.as_str().into()));
                            ors.push("(value = ? AND kind = ?)");
                        }
                        None => ors.push("(value = ?)"),
                    }
                }
                format!("SELECT post FROM selectors WHERE {}", ors.join(" OR "))
            }
            Criterion::Text(_) => {
                if terms.is_empty() {
                    return Ok(Vec::new());
                }
                args.push(Value::Text(fts_query(&terms)));
                "SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?".into()
            }
            Criterion::Place(p) => {
                args.push(Value::Text(like_pattern(p)));
                "SELECT pk FROM posts WHERE current = 1 AND location LIKE ? ESCAPE '\\'".into()
            }
            Criterion::Indicator(c) => {
                args.push(Value::Text(c.clone()));
                "SELECT post FROM indicator_hits WHERE code = ?".into()
            }
            Criterion::Network(n) => {
                args.push(Value::Text(n.clone()));
                "SELECT p2.pk FROM memberships m2 JOIN posts p2 ON p2.id = m2.post_id \
                 AND p2.current = 1 WHERE m2.network = ?"
                    .into()
            }
        };
        // Two steps: the matching posts ranked on plain columns only (the title, time and
        // place are read out of the record, which is only worth doing for the posts shown),
        // then those posts' fields and networks.
        let mut sql = format!("SELECT p.pk FROM posts p WHERE p.current = 1 AND p.pk IN ({sub})");
        if let Some(from) = q.from {
            sql.push_str(" AND p.posted_epoch >= ?");
            args.push(Value::Integer(from));
        }
        if let Some(to) = q.to {
            sql.push_str(" AND p.posted_epoch <= ?");
            args.push(Value::Integer(to));
        }
        if let Some(r) = q.min_risk {
            sql.push_str(" AND p.risk >= ?");
            args.push(Value::Real(r));
        }
        sql.push_str(" ORDER BY p.risk DESC, p.id LIMIT ?");
        args.push(Value::Integer(q.limit.min(i64::MAX as usize) as i64));
        let mut stmt = self.conn.prepare(&sql)?;
        let ranked: Vec<i64> = stmt
            .query_map(rusqlite::params_from_iter(args), |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut fields = self.conn.prepare_cached(
            "SELECT p.pk, p.id, p.risk, p.posted_at, p.title, p.location, m.network \
             FROM posts p LEFT JOIN memberships m ON m.post_id = p.id WHERE p.pk = ?",
        )?;
        let mut found: Vec<(i64, Hit, Option<String>)> = Vec::with_capacity(ranked.len());
        for pk in ranked {
            found.push(fields.query_row([pk], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    Hit {
                        id: r.get(1)?,
                        risk: r.get(2)?,
                        posted_at: r.get(3)?,
                        title: r.get(4)?,
                        network: r.get(6)?,
                        title_spans: Vec::new(),
                        why: Vec::new(),
                    },
                    r.get::<_, Option<String>>(5)?,
                ))
            })?);
        }
        let mut hits = Vec::with_capacity(found.len());
        let mut sels = self.conn.prepare_cached(
            "SELECT kind, platform, value, field, start, \"end\" FROM selectors \
             WHERE post = ? ORDER BY n",
        )?;
        let mut inds = self.conn.prepare_cached(
            "SELECT coalesce(i.name, h.code), h.field, h.start, h.\"end\", h.weight \
             FROM indicator_hits h LEFT JOIN indicator_names i ON i.code = h.code \
             WHERE h.post = ? AND h.code = ? ORDER BY h.n",
        )?;
        for (pk, mut hit, location) in found {
            let mut rows = sels.query([pk])?;
            while let Some(r) = rows.next()? {
                let kind: SelectorKind = parse_name(pk, &r.get::<_, String>(0)?, "selector kind")?;
                let platform: Option<Platform> = match r.get::<_, Option<String>>(1)? {
                    Some(p) => Some(parse_name(pk, &p, "platform")?),
                    None => None,
                };
                let value: String = r.get(2)?;
                let field = field_at(r, 3, pk)?;
                let start = r.get::<_, i64>(4)?.max(0) as usize;
                let end = r.get::<_, i64>(5)?.max(0) as usize;
                if field == Field::Title {
                    hit.title_spans.push((start, end));
                }
                if let Criterion::Selectors(wanted) = &q.criterion {
                    if wanted
                        .iter()
                        .any(|(k, v)| *v == value && k.is_none_or(|k| k == kind))
                    {
                        hit.why.push(Why::Selector {
                            kind,
                            platform,
                            value,
                            field,
                            start,
                            end,
                        });
                    }
                }
            }
            match &q.criterion {
                Criterion::Selectors(_) => {}
                Criterion::Text(_) => hit.why.push(Why::Text {
                    terms: terms.clone(),
                }),
                Criterion::Place(_) => hit.why.push(Why::Place {
                    location: location.unwrap_or_default(),
                }),
                Criterion::Indicator(code) => {
                    let mut rows = inds.query(rusqlite::params![pk, code])?;
                    while let Some(r) = rows.next()? {
                        hit.why.push(Why::Indicator {
                            code: code.clone(),
                            name: r.get(0)?,
                            field: field_at(r, 1, pk)?,
                            start: r.get::<_, i64>(2)?.max(0) as usize,
                            end: r.get::<_, i64>(3)?.max(0) as usize,
                            weight: r.get(4)?,
                        });
                    }
                }
                Criterion::Network(n) => hit.why.push(Why::Network { network: n.clone() }),
            }
            hits.push(hit);
        }
        Ok(hits)
    }
}
