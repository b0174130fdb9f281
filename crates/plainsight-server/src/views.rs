//! The view models: what each page shows, built from one store or engine call, with the
//! audit entry it owes. The JSON API returns these same structures; the pages render them.
//! Selector values and selector spans are masked unless the view is a reveal (analysts, with
//! a typed reason that goes into the audit entry).

use crate::auth::Session;
use crate::ServerError;
use plainsight_core::network::{Evidence, IndicatorCount, Network, RiskPart, Stop};
use plainsight_core::{mask, Field, IndicatorHit, Post, Selector};
use plainsight_store::{
    AuditNew, LabelCategory, LabelRow, LabelStatus, NoteRow, PostBrief, QueueFilter, Store, Why,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Rows per page of the queue.
pub const QUEUE_PAGE: usize = 50;
/// Posts listed on a network page.
pub const NETWORK_POSTS: usize = 200;
/// A reveal's reason: at least this many characters, so "x" is no reason.
pub const MIN_REASON: usize = 8;
/// Longest reason, note or query kept.
pub const MAX_TEXT: usize = 4000;

/// Appends an audit entry for what `s` just did.
pub fn audit(
    store: &mut Store,
    s: &Session,
    at: i64,
    action: &str,
    object: &str,
    detail: &str,
) -> Result<(), ServerError> {
    store.audit(&entry(s, at, action, object, detail))?;
    Ok(())
}

pub fn entry(s: &Session, at: i64, action: &str, object: &str, detail: &str) -> AuditNew {
    AuditNew {
        at,
        user: s.user.clone(),
        action: action.into(),
        object: object.into(),
        detail: detail.into(),
    }
}

/// A reveal's reason, checked: trimmed, long enough to mean something, bounded.
pub fn reason(text: &str) -> Result<String, ServerError> {
    let r = text.trim();
    if r.chars().count() < MIN_REASON {
        return Err(ServerError::BadRequest(format!(
            "say why you reveal this (at least {MIN_REASON} characters); the reason is audited"
        )));
    }
    Ok(r.chars().take(MAX_TEXT).collect())
}

fn nonempty(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.chars().take(200).collect())
}

/// The gap page's choices as a form or query string gives them (empty fields mean the
/// default: by country, every protection category, 100 km).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct GapsQuery {
    /// `country`, `admin1` or `admin2`.
    pub by: Option<String>,
    /// A route's id (`central-mediterranean`): waypoints instead of areas.
    pub route: Option<String>,
    /// One protection category's code (`shelter`).
    pub category: Option<String>,
    pub threshold_km: Option<String>,
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// `services gaps` over the store's directory and networks, as the gap map's view.
pub fn gaps(store: &Store, q: &GapsQuery) -> Result<plainsight_output::gaps::GapView, ServerError> {
    use plainsight_engine::services::{self as sv, GapLevel, ServiceCategory};
    let level: GapLevel = given(&q.by)
        .unwrap_or("country")
        .parse()
        .map_err(ServerError::BadRequest)?;
    let category: Option<ServiceCategory> = match given(&q.category) {
        None => None,
        Some(c) => match c.parse::<ServiceCategory>() {
            Ok(ServiceCategory::Other) | Err(_) => {
                return Err(ServerError::BadRequest(format!(
                    "unknown protection category {c:?}"
                )))
            }
            Ok(c) => Some(c),
        },
    };
    let threshold_km = match given(&q.threshold_km) {
        None => sv::DEFAULT_THRESHOLD_KM,
        Some(t) => t
            .parse::<f64>()
            .ok()
            .filter(|t| t.is_finite() && (0.0..=20_000.0).contains(t))
            .ok_or_else(|| {
                ServerError::BadRequest("threshold_km is a distance from 0 to 20000".into())
            })?,
    };
    let route = given(&q.route);
    let dir = sv::load_directory(store).map_err(|e| ServerError::Internal(e.to_string()))?;
    let summaries =
        sv::network_summaries(store).map_err(|e| ServerError::Internal(e.to_string()))?;
    let rows =
        sv::gaps(&dir, level, route, &summaries, threshold_km).map_err(ServerError::BadRequest)?;
    Ok(sv::gap_view(&rows, level, route, threshold_km, category))
}

/// The queue's filters as a form or query string gives them (empty fields mean "any").
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct QueueQuery {
    pub indicator: Option<String>,
    pub place: Option<String>,
    pub min_size: Option<String>,
    /// `labelled`, `unlabelled` or a category (`trafficking`, …).
    pub label: Option<String>,
    /// Any value: only networks with posts ingested since the person's previous sign-in.
    pub new: Option<String>,
    /// Networks with a post posted at or after this time (RFC 3339, or a date YYYY-MM-DD).
    pub from: Option<String>,
    /// … at or before this time (a date means the whole day).
    pub to: Option<String>,
    pub offset: Option<String>,
}

/// A time as the queue's filters take it: RFC 3339, or a date (its start, or with `end_of_day`
/// its last second, UTC).
fn time(what: &str, v: &Option<String>, end_of_day: bool) -> Result<Option<i64>, ServerError> {
    let Some(t) = nonempty(v) else {
        return Ok(None);
    };
    let full = if t.len() == 10 {
        format!("{t}T{}Z", if end_of_day { "23:59:59" } else { "00:00:00" })
    } else {
        t.clone()
    };
    plainsight_core::time::parse_rfc3339(&full)
        .map(Some)
        .ok_or_else(|| {
            ServerError::BadRequest(format!(
                "{what} must be a date YYYY-MM-DD or an RFC 3339 time"
            ))
        })
}

impl QueueQuery {
    pub fn filter(&self) -> Result<QueueFilter, ServerError> {
        let number = |v: &Option<String>, what: &str| -> Result<Option<u64>, ServerError> {
            nonempty(v)
                .map(|s| {
                    s.parse::<u64>().map_err(|_| {
                        ServerError::BadRequest(format!("{what} must be a whole number"))
                    })
                })
                .transpose()
        };
        let label = match nonempty(&self.label).as_deref() {
            None | Some("any") => None,
            Some("labelled") => Some(LabelStatus::Labelled),
            Some("unlabelled") => Some(LabelStatus::Unlabelled),
            Some(c) => Some(LabelStatus::Category(LabelCategory::parse(c).ok_or_else(
                || ServerError::BadRequest("unknown label filter".into()),
            )?)),
        };
        Ok(QueueFilter {
            indicator: nonempty(&self.indicator).map(|c| c.to_uppercase()),
            place: nonempty(&self.place),
            min_size: number(&self.min_size, "min_size")?,
            max_size: None,
            label,
            new_after_batch: None,
            from: time("from", &self.from, false)?,
            to: time("to", &self.to, true)?,
            limit: QUEUE_PAGE,
            offset: number(&self.offset, "offset")?.unwrap_or(0).min(1_000_000) as usize,
        })
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct LabelView {
    pub category: &'static str,
    pub title: &'static str,
    pub score: u8,
    pub user: String,
    pub at: i64,
}

impl From<LabelRow> for LabelView {
    fn from(l: LabelRow) -> Self {
        LabelView {
            category: l.category.as_str(),
            title: l.category.title(),
            score: l.score,
            user: l.user,
            at: l.at,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct QueueItem {
    pub id: String,
    pub size: u64,
    pub risk: f64,
    /// The queue's order: risk, raised when the network shares an item with one labelled
    /// trafficking.
    pub priority: f64,
    /// Why it was raised (the kind of item shared and the labelled network), if it was.
    pub raised: Option<String>,
    /// Whether it has posts ingested since the person's previous sign-in.
    pub new: bool,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub locations: Vec<String>,
    pub indicators: Vec<String>,
    pub labels: Vec<LabelView>,
}

#[derive(Clone, Debug, Serialize)]
pub struct QueueView {
    pub filters: QueueQuery,
    pub offset: usize,
    pub networks: Vec<QueueItem>,
}

fn summary(id: &str, json: &str) -> Result<Network, ServerError> {
    serde_json::from_str(json)
        .map_err(|_| ServerError::Internal(format!("network {id} has an unreadable summary")))
}

pub fn queue(
    store: &Store,
    s: &Session,
    q: QueueQuery,
    boosts: &std::collections::BTreeMap<String, plainsight_store::Boost>,
) -> Result<QueueView, ServerError> {
    let mut filter = q.filter()?;
    let since = store.visit_since(&s.user)?;
    if nonempty(&q.new).is_some() {
        filter.new_after_batch = Some(since);
    }
    let mut networks = Vec::new();
    for entry in store.queue(&filter, boosts)? {
        let row = entry.network;
        let n = summary(&row.id, &row.summary)?;
        networks.push(QueueItem {
            new: store.network_new_since(&row.id, since)?,
            priority: entry.priority,
            raised: entry.boost.map(|b| {
                format!(
                    "shares a {} with {}, labelled Trafficking {}/5",
                    b.shared, b.via, b.score
                )
            }),
            labels: store.labels(&row.id)?.into_iter().map(Into::into).collect(),
            id: row.id,
            size: row.size,
            risk: row.risk,
            first_seen: n.first_seen,
            last_seen: n.last_seen,
            locations: n.locations.into_iter().take(3).collect(),
            indicators: n.indicators.into_iter().map(|i| i.code).collect(),
        });
    }
    Ok(QueueView {
        filters: q,
        offset: filter.offset,
        networks,
    })
}

#[derive(Clone, Debug, Serialize)]
pub struct SelectorView {
    pub kind: &'static str,
    pub platform: Option<&'static str>,
    /// Masked unless revealed.
    pub value: String,
    pub posts: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct PostItem {
    pub id: String,
    pub risk: f64,
    pub posted_at: Option<String>,
    pub location: Option<String>,
    /// Selector spans masked unless revealed.
    pub title: Option<String>,
}

fn post_item(p: PostBrief, reveal: bool) -> PostItem {
    PostItem {
        title: p.title.map(|t| {
            if reveal {
                t
            } else {
                plainsight_engine::search::masked_text(&t, &p.title_spans)
            }
        }),
        id: p.id,
        risk: p.risk,
        posted_at: p.posted_at,
        location: p.location,
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct NoteView {
    pub user: String,
    pub at: i64,
    pub text: String,
}

impl From<NoteRow> for NoteView {
    fn from(n: NoteRow) -> Self {
        NoteView {
            user: n.user,
            at: n.at,
            text: n.text,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct NetworkView {
    pub id: String,
    pub size: u64,
    pub risk: f64,
    pub risk_parts: Vec<RiskPart>,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub locations: Vec<String>,
    pub movement: Vec<Stop>,
    pub indicators: Vec<IndicatorCount>,
    pub evidence: Vec<Evidence>,
    pub selectors: Vec<SelectorView>,
    pub posts: Vec<PostItem>,
    pub labels: Vec<LabelView>,
    pub notes: Vec<NoteView>,
    /// Posts, selectors and photos, laid out (selectors masked unless revealed).
    pub graph: crate::graph::GraphView,
    /// Its places on a map, in the order it first appeared in each.
    pub map: crate::map::MapView,
    /// "Help near this network": for each of its places, the nearest protection services per
    /// category (`plainsight refer`'s rows), or a hint when the store holds no directory.
    pub help: plainsight_output::help::Help,
    /// The cases holding this network.
    pub cases: Vec<CaseRef>,
    /// Every case (for the "add to case" form).
    pub all_cases: Vec<CaseRef>,
    pub revealed: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct CaseRef {
    pub id: i64,
    pub name: String,
}

/// A network's page. `reveal` is the typed reason of an analyst's reveal (checked by the
/// caller); the view is audited as a view or as a reveal with its reason. The services
/// directory comes from `services` (loaded again only when an import changed it).
pub fn network(
    store: &mut Store,
    s: &Session,
    at: i64,
    id: &str,
    reveal: Option<&str>,
    services: &crate::ServicesCache,
) -> Result<NetworkView, ServerError> {
    let row = store
        .network(id)?
        .ok_or_else(|| ServerError::NotFound("network".into()))?;
    let n = summary(&row.id, &row.summary)?;
    let revealed = reveal.is_some();
    // Each distinct place once (a network's stops repeat the same few places), posts summed,
    // in order of first appearance: the gazetteer is asked once per place.
    let mut stops: Vec<(String, usize)> = Vec::new();
    for m in &n.movement {
        match stops.iter_mut().find(|(l, _)| *l == m.location) {
            Some(s) => s.1 += m.posts,
            None => stops.push((m.location.clone(), m.posts)),
        }
    }
    let movement: Vec<serde_json::Value> = stops
        .iter()
        .map(|(l, p)| serde_json::json!({"location": l, "posts": p}))
        .collect();
    let (places, unknown) = plainsight_engine::services::movement_of(
        &serde_json::json!({"movement": movement, "locations": n.locations}),
    );
    // A directory that cannot be read costs the section, not the page.
    let help = match crate::services(store, services) {
        Ok(r) => plainsight_engine::services::help(Some(&r), &places, unknown.clone()),
        Err(e) => plainsight_output::help::Help {
            hint: Some(format!("The services directory could not be read ({e}).")),
            ..Default::default()
        },
    };
    let map = crate::map::layout(
        places
            .into_iter()
            .map(|(p, posts)| (p.name, p.country, p.lat, p.lon, posts))
            .collect(),
        unknown,
    );
    let view = NetworkView {
        map,
        help,
        id: row.id.clone(),
        size: row.size,
        risk: row.risk,
        risk_parts: n.risk_parts,
        first_seen: n.first_seen,
        last_seen: n.last_seen,
        locations: n.locations,
        movement: n.movement,
        indicators: n.indicators,
        evidence: n.evidence,
        selectors: n
            .selectors
            .into_iter()
            .map(|c| SelectorView {
                kind: c.kind.as_str(),
                platform: c.platform.map(|p| p.as_str()),
                value: if revealed { c.value } else { mask(&c.value) },
                posts: c.posts,
            })
            .collect(),
        posts: store
            .network_posts(&row.id, NETWORK_POSTS)?
            .into_iter()
            .map(|p| post_item(p, revealed))
            .collect(),
        labels: store.labels(&row.id)?.into_iter().map(Into::into).collect(),
        notes: store.notes(&row.id)?.into_iter().map(Into::into).collect(),
        graph: crate::graph::layout(
            &store.network_items(&row.id, crate::graph::MAX_POSTS + 1)?,
            revealed,
        ),
        cases: store
            .cases_holding(&row.id)?
            .into_iter()
            .map(|(id, name)| CaseRef { id, name })
            .collect(),
        all_cases: store
            .case_files()?
            .into_iter()
            .map(|c| CaseRef {
                id: c.id,
                name: c.name,
            })
            .collect(),
        revealed,
    };
    let object = format!("network:{}", row.id);
    match reveal {
        Some(why) => audit(store, s, at, "reveal", &object, why)?,
        None => audit(store, s, at, "view", &object, "")?,
    }
    Ok(view)
}

/// A run of a field's text: plain, a selector (masked unless revealed) or inside indicator
/// spans.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Segment {
    pub text: String,
    /// The selector's kind when this run is a selector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
    /// Codes of the indicator spans covering this run.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
}

fn floor_boundary(t: &str, mut i: usize) -> usize {
    i = i.min(t.len());
    while !t.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(t: &str, mut i: usize) -> usize {
    i = i.min(t.len());
    while !t.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Cuts `text` into runs at every selector and indicator span. Selectors win over indicators
/// and are kept whole (masked whole); overlapping selectors keep the first. Spans that do not
/// fall on character boundaries are widened to them, spans past the end are cut.
pub fn segment(
    text: &str,
    selectors: &[(usize, usize, &str)],
    indicators: &[(usize, usize, &str)],
    reveal: bool,
) -> Vec<Segment> {
    let mut sels: Vec<(usize, usize, &str)> = selectors
        .iter()
        .map(|&(s, e, k)| (floor_boundary(text, s), ceil_boundary(text, e), k))
        .filter(|(s, e, _)| s < e)
        .collect();
    sels.sort_by_key(|&(s, e, _)| (s, e));
    let mut kept: Vec<(usize, usize, &str)> = Vec::new();
    for s in sels {
        if kept.last().is_none_or(|l| s.0 >= l.1) {
            kept.push(s);
        }
    }
    let inds: Vec<(usize, usize, &str)> = indicators
        .iter()
        .map(|&(s, e, c)| (floor_boundary(text, s), ceil_boundary(text, e), c))
        .filter(|(s, e, _)| s < e)
        .collect();
    let mut cuts: BTreeSet<usize> = BTreeSet::from([0, text.len()]);
    for &(s, e, _) in kept.iter().chain(&inds) {
        cuts.insert(s);
        cuts.insert(e);
    }
    let mut out: Vec<Segment> = Vec::new();
    let mut next_sel = kept.iter().peekable();
    let mut at = 0;
    while at < text.len() {
        if let Some(&&(s, e, kind)) = next_sel.peek() {
            if s == at {
                let raw = &text[s..e];
                out.push(Segment {
                    text: if reveal { raw.to_string() } else { mask(raw) },
                    selector: Some(kind.to_string()),
                    indicators: Vec::new(),
                });
                next_sel.next();
                at = e;
                continue;
            }
        }
        let end = cuts.range(at + 1..).next().copied().unwrap_or(text.len());
        let codes: Vec<String> = inds
            .iter()
            .filter(|&&(s, e, _)| s <= at && end <= e)
            .map(|&(_, _, c)| c.to_string())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        match out.last_mut() {
            Some(last) if last.selector.is_none() && last.indicators == codes => {
                last.text.push_str(&text[at..end])
            }
            _ => out.push(Segment {
                text: text[at..end].to_string(),
                selector: None,
                indicators: codes,
            }),
        }
        at = end;
    }
    out
}

#[derive(Clone, Debug, Serialize)]
pub struct PostSelectorView {
    pub kind: &'static str,
    pub platform: Option<&'static str>,
    pub value: String,
    pub field: &'static str,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct PostView {
    pub id: String,
    pub version: i64,
    pub network: Option<String>,
    pub risk: f64,
    pub post_type: String,
    pub posted_at: Option<String>,
    pub location: Option<String>,
    pub site: Option<String>,
    pub title: Vec<Segment>,
    pub body: Vec<Segment>,
    pub selectors: Vec<PostSelectorView>,
    pub indicators: Vec<IndicatorHit>,
    pub revealed: bool,
}

/// A byte span of a field and what it is (a selector kind or an indicator code).
type Span<'a> = (usize, usize, &'a str);

fn spans<'a>(
    selectors: &'a [Selector],
    hits: &'a [IndicatorHit],
    field: Field,
) -> (Vec<Span<'a>>, Vec<Span<'a>>) {
    (
        selectors
            .iter()
            .filter(|s| s.field == field)
            .map(|s| (s.start, s.end, s.kind.as_str()))
            .collect(),
        hits.iter()
            .filter(|h| h.field == field)
            .map(|h| (h.start, h.end, h.code.as_str()))
            .collect(),
    )
}

/// A post's page, audited as a view or a reveal with its reason.
pub fn post(
    store: &mut Store,
    s: &Session,
    at: i64,
    id: &str,
    reveal: Option<&str>,
) -> Result<PostView, ServerError> {
    let rec = store
        .post(id)?
        .ok_or_else(|| ServerError::NotFound("post".into()))?;
    let p: Post = serde_json::from_str(&rec.raw)
        .map_err(|_| ServerError::Internal("a stored post is not a post record".into()))?;
    let revealed = reveal.is_some();
    let field = |f: Field, text: &Option<String>| {
        let (sel, ind) = spans(&rec.selectors, &rec.hits, f);
        segment(text.as_deref().unwrap_or(""), &sel, &ind, revealed)
    };
    let view = PostView {
        id: rec.id.clone(),
        version: rec.version,
        network: rec.network.clone(),
        risk: rec.risk,
        post_type: rec.post_type.clone(),
        posted_at: p.posted_at.clone(),
        location: p.location.clone(),
        site: p.site.clone(),
        title: field(Field::Title, &p.title),
        body: field(Field::Body, &p.body),
        selectors: rec
            .selectors
            .iter()
            .map(|sel| PostSelectorView {
                kind: sel.kind.as_str(),
                platform: sel.platform.map(|p| p.as_str()),
                value: if revealed {
                    sel.reveal_value().to_string()
                } else {
                    mask(sel.reveal_value())
                },
                field: sel.field.as_str(),
                start: sel.start,
                end: sel.end,
            })
            .collect(),
        indicators: rec.hits.clone(),
        revealed,
    };
    let object = format!("post:{}", rec.id);
    match reveal {
        Some(why) => audit(store, s, at, "reveal", &object, why)?,
        None => audit(store, s, at, "view", &object, "")?,
    }
    Ok(view)
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct SearchQuery {
    /// `selector`, `text`, `place`, `indicator` or `network`.
    pub by: Option<String>,
    pub q: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct HitView {
    pub id: String,
    pub network: Option<String>,
    pub risk: f64,
    pub posted_at: Option<String>,
    pub title: Option<String>,
    pub why: Vec<Why>,
}

#[derive(Clone, Debug, Serialize)]
pub struct SearchView {
    pub by: String,
    pub q: String,
    pub searched: bool,
    pub hits: Vec<HitView>,
}

/// SHA-256 of a text, first 16 hex digits: what the audit log keeps of a selector query, so
/// a search for a number can be proved later without the log holding the number.
fn fingerprint(text: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A search over the store (masked), audited with its criterion.
pub fn search(
    store: &mut Store,
    s: &Session,
    at: i64,
    q: SearchQuery,
) -> Result<SearchView, ServerError> {
    use plainsight_engine::search::{hits, SearchBy, SearchOptions};
    let by = nonempty(&q.by).unwrap_or_else(|| "text".into());
    let Some(text) =
        q.q.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| t.chars().take(MAX_TEXT).collect::<String>())
    else {
        return Ok(SearchView {
            by,
            q: String::new(),
            searched: false,
            hits: Vec::new(),
        });
    };
    let criterion = match by.as_str() {
        "selector" => SearchBy::Selector(text.clone()),
        "text" => SearchBy::Text(text.clone()),
        "place" => SearchBy::Place(text.clone()),
        "indicator" => SearchBy::Indicator(text.clone()),
        "network" => SearchBy::Network(text.clone()),
        _ => return Err(ServerError::BadRequest("unknown search kind".into())),
    };
    let options = SearchOptions {
        limit: 100,
        ..SearchOptions::default()
    };
    let found = hits(store, &criterion, &options)?;
    let detail = if by == "selector" {
        format!("by=selector sha256={}", fingerprint(&text))
    } else {
        format!("by={by} q={}", text.chars().take(200).collect::<String>())
    };
    audit(store, s, at, "search", "store", &detail)?;
    Ok(SearchView {
        by,
        q: text,
        searched: true,
        hits: found
            .into_iter()
            .map(|h| HitView {
                id: h.id,
                network: h.network,
                risk: h.risk,
                posted_at: h.posted_at,
                title: h.title,
                why: h.why,
            })
            .collect(),
    })
}

/// A label as a form or JSON gives it.
#[derive(Clone, Debug, Deserialize)]
pub struct LabelInput {
    pub category: String,
    pub score: String,
}

pub fn label(
    store: &mut Store,
    s: &Session,
    at: i64,
    network: &str,
    input: &LabelInput,
) -> Result<(), ServerError> {
    let category = LabelCategory::parse(input.category.trim())
        .ok_or_else(|| ServerError::BadRequest("unknown label category".into()))?;
    let score: u8 = input
        .score
        .trim()
        .parse()
        .ok()
        .filter(|s| (1..=5).contains(s))
        .ok_or_else(|| ServerError::BadRequest("a label's score is 1 to 5".into()))?;
    if store.network(network)?.is_none() {
        return Err(ServerError::NotFound("network".into()));
    }
    store.put_label(
        &LabelRow {
            network: network.into(),
            category,
            score,
            user: s.user.clone(),
            at,
        },
        &entry(
            s,
            at,
            "label",
            &format!("network:{network}"),
            &format!("{}={score}", category.as_str()),
        ),
    )?;
    Ok(())
}

pub fn note(
    store: &mut Store,
    s: &Session,
    at: i64,
    network: &str,
    text: &str,
) -> Result<i64, ServerError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_TEXT {
        return Err(ServerError::BadRequest(format!(
            "a note has 1 to {MAX_TEXT} characters"
        )));
    }
    if store.network(network)?.is_none() {
        return Err(ServerError::NotFound("network".into()));
    }
    // The note's text is in the notes table; the audit entry says a note was added.
    Ok(store.put_note(
        network,
        &s.user,
        text,
        &entry(s, at, "note", &format!("network:{network}"), ""),
    )?)
}

/// A network's posts in one of the store's export formats (masked), audited.
pub fn export(
    store: &mut Store,
    s: &Session,
    at: i64,
    network: &str,
    format: &str,
) -> Result<(plainsight_output::export::ExportFormat, Vec<u8>), ServerError> {
    use plainsight_engine::export::{run, ExportSettings};
    let format: plainsight_output::export::ExportFormat =
        format
            .parse()
            .map_err(|e: plainsight_output::export::UnknownFormat| {
                ServerError::BadRequest(e.to_string())
            })?;
    if store.network(network)?.is_none() {
        return Err(ServerError::NotFound("network".into()));
    }
    let mut out = Vec::new();
    let n = run(
        store,
        &ExportSettings {
            format,
            network: Some(network.into()),
            min_risk: None,
            reveal: false,
        },
        &mut out,
    )?;
    audit(
        store,
        s,
        at,
        "export",
        &format!("network:{network}"),
        &format!("format={format} posts={n} masked"),
    )?;
    Ok((format, out))
}

#[derive(Clone, Debug, Serialize)]
pub struct CaseItem {
    pub id: i64,
    pub name: String,
    pub created_by: String,
    pub created_at: i64,
    pub networks: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct CasesView {
    pub cases: Vec<CaseItem>,
}

pub fn cases(store: &Store) -> Result<CasesView, ServerError> {
    Ok(CasesView {
        cases: store
            .case_files()?
            .into_iter()
            .map(|c| CaseItem {
                id: c.id,
                name: c.name,
                created_by: c.created_by,
                created_at: c.created_at,
                networks: c.networks.len(),
            })
            .collect(),
    })
}

#[derive(Clone, Debug, Serialize)]
pub struct CaseView {
    pub id: i64,
    pub name: String,
    pub created_by: String,
    pub created_at: i64,
    pub networks: Vec<QueueItem>,
}

fn case_id(id: &str) -> Result<i64, ServerError> {
    id.trim()
        .parse()
        .map_err(|_| ServerError::NotFound("case".into()))
}

/// A case's page (its networks, riskiest first), audited as a view of the case.
pub fn case(store: &mut Store, s: &Session, at: i64, id: &str) -> Result<CaseView, ServerError> {
    let id = case_id(id)?;
    let c = store
        .case_file(id)?
        .ok_or_else(|| ServerError::NotFound("case".into()))?;
    let mut networks = Vec::new();
    for n in &c.networks {
        if let Some(row) = store.network(n)? {
            let sum = summary(&row.id, &row.summary)?;
            networks.push(QueueItem {
                labels: store.labels(&row.id)?.into_iter().map(Into::into).collect(),
                priority: row.risk,
                raised: None,
                new: false,
                id: row.id,
                size: row.size,
                risk: row.risk,
                first_seen: sum.first_seen,
                last_seen: sum.last_seen,
                locations: sum.locations.into_iter().take(3).collect(),
                indicators: sum.indicators.into_iter().map(|i| i.code).collect(),
            });
        }
    }
    networks.sort_by(|a, b| b.risk.total_cmp(&a.risk).then_with(|| a.id.cmp(&b.id)));
    audit(store, s, at, "view", &format!("case:{id}"), "")?;
    Ok(CaseView {
        id,
        name: c.name,
        created_by: c.created_by,
        created_at: c.created_at,
        networks,
    })
}

/// Opens a case (analysts); returns its id.
pub fn create_case(
    store: &mut Store,
    s: &Session,
    at: i64,
    name: &str,
) -> Result<i64, ServerError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ServerError::BadRequest(
            "a case's name has 1 to 200 characters".into(),
        ));
    }
    Ok(store.create_case(name, &s.user, at)?)
}

/// Puts a network in a case (analysts).
pub fn add_to_case(
    store: &mut Store,
    s: &Session,
    at: i64,
    case: &str,
    network: &str,
) -> Result<i64, ServerError> {
    let id = case_id(case)?;
    if store.case_file(id)?.is_none() {
        return Err(ServerError::NotFound("case".into()));
    }
    if store.network(network)?.is_none() {
        return Err(ServerError::NotFound("network".into()));
    }
    store.add_to_case(
        id,
        network,
        &entry(
            s,
            at,
            "case.add",
            &format!("case:{id}"),
            &format!("network:{network}"),
        ),
    )?;
    Ok(id)
}

/// Every post of a case's networks in one of the store's export formats (masked), audited.
pub fn export_case(
    store: &mut Store,
    s: &Session,
    at: i64,
    case: &str,
    format: &str,
) -> Result<(plainsight_output::export::ExportFormat, Vec<u8>), ServerError> {
    use plainsight_output::export::{write_export, ExportFormat, ExportOptions, UnknownFormat};
    let format: ExportFormat = format
        .parse()
        .map_err(|e: UnknownFormat| ServerError::BadRequest(e.to_string()))?;
    let id = case_id(case)?;
    let c = store
        .case_file(id)?
        .ok_or_else(|| ServerError::NotFound("case".into()))?;
    let view = store.case_of_networks(&c.networks)?;
    let mut out = Vec::new();
    write_export(format, &view, &ExportOptions { reveal: false }, &mut out)
        .map_err(|e| ServerError::Internal(format!("export: {e}")))?;
    audit(
        store,
        s,
        at,
        "export",
        &format!("case:{id}"),
        &format!("format={format} posts={} masked", view.posts.len()),
    )?;
    Ok((format, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_mask_selectors_whole_and_mark_indicators() {
        let t = "call 7135550123 passport kept";
        let segs = segment(t, &[(5, 15, "phone")], &[(16, 29, "J004")], false);
        assert_eq!(segs.len(), 4);
        assert_eq!(segs[1].text, mask("7135550123"));
        assert_eq!(segs[1].selector.as_deref(), Some("phone"));
        assert_eq!(segs[3].indicators, ["J004"]);
        let all: String = segment(t, &[(5, 15, "phone")], &[], true)
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(all, t);
        // Overlaps, spans past the end and inside a character never panic.
        let t = "é 12345 é";
        let segs = segment(
            t,
            &[(1, 8, "phone"), (3, 5, "email")],
            &[(0, 99, "X1")],
            false,
        );
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert!(!joined.contains("12345"));
    }
}
