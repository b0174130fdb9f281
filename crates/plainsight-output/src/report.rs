//! The analyst's report: one self-contained, offline HTML page (inline CSS and SVG, no script,
//! no network) listing networks in order, each with its evidence as a waterfall, the guards
//! that held shared items back, its movement on a timeline, its templates and its posts.
//!
//! Selectors are masked ([`crate::shown`], on [`plainsight_core::mask`]) and digits in titles hidden unless the
//! caller asks to reveal them: the page is often printed or shared.

use crate::shown;
use plainsight_core::network::{Network, PhoneRegions, SelectorKey};
use plainsight_core::time::parse_rfc3339;
use plainsight_core::SelectorKind;
use std::fmt::Write as _;

/// What the page shows.
#[derive(Clone, Debug)]
pub struct ReportOptions {
    /// Show selector values and titles as they are.
    pub reveal: bool,
    /// At most this many networks get a full section (the rest are listed in the index only).
    pub max_networks: usize,
    /// At most this many posts listed per network.
    pub max_posts: usize,
    /// Totals for the header: posts linked in the run.
    pub total_posts: usize,
    /// Title of the page.
    pub title: String,
    /// "Help near this network" per network id (`link --out --services`): networks without an
    /// entry get no such section.
    pub help: std::collections::BTreeMap<String, crate::help::Help>,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            reveal: false,
            max_networks: 200,
            max_posts: 100,
            total_posts: 0,
            title: "plainsight networks".to_string(),
            help: std::collections::BTreeMap::new(),
        }
    }
}

/// Escapes text for HTML element content and double- or single-quoted attributes (the report's
/// and the workspace's pages share it).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn shown_value(kind: &str, value: &str, reveal: bool) -> String {
    format!("{kind} {}", shown::value(value, reveal))
}

fn shown_key(k: &SelectorKey, reveal: bool) -> String {
    shown_value(&shown::kind(k.kind, k.platform), &k.value, reveal)
}

fn shown_title(t: &str, reveal: bool) -> String {
    shown::text(t, reveal)
}

const STYLE: &str =
    "body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}\
header{background:#1d2a3a;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}\
main{padding:16px 24px;max-width:1200px}section.net{background:#fff;border:1px solid #d8dde3;\
border-radius:6px;margin:18px 0;padding:12px 16px}h2{font-size:17px;margin:4px 0 8px}\
h3{font-size:14px;margin:12px 0 4px;color:#44505c}table{border-collapse:collapse;width:100%}\
td,th{border-bottom:1px solid #eceff2;padding:3px 6px;text-align:left;vertical-align:top}\
th{background:#f0f2f5;font-weight:600}.risk{display:inline-block;padding:1px 8px;border-radius:9px;\
color:#fff;font-weight:600}.muted{color:#6b7580}.mono{font-family:ui-monospace,monospace}\
.pill{display:inline-block;background:#eef1f5;border-radius:9px;padding:0 7px;margin:1px}\
.warn{background:#fff4e0;border:1px solid #f0c36d;padding:6px 10px;border-radius:4px}\
.index td{font-size:13px}svg{display:block}table.help{margin:4px 0 10px}\
table.help caption{text-align:left;font-weight:600;padding:4px 0}.far{color:#b3261e}\
.nowrap{white-space:nowrap}table.help{table-layout:fixed}table.help th:nth-child(1){width:15%}\
table.help th:nth-child(2){width:29%}table.help th:nth-child(3){width:9%}\
table.help th:nth-child(5){width:15%}table.help td{overflow-wrap:anywhere}";

fn risk_color(r: f64) -> &'static str {
    if r >= 0.75 {
        "#b3261e"
    } else if r >= 0.5 {
        "#c86a00"
    } else if r >= 0.25 {
        "#7a7a00"
    } else {
        "#3c7a3c"
    }
}

/// Renders the page for networks already in display order (owned or borrowed, so a caller
/// that orders references need not clone a million posts' summaries).
pub fn render<N: std::borrow::Borrow<Network>>(networks: &[N], opts: &ReportOptions) -> String {
    render_with_phones(networks, None, opts)
}

/// [`render`], plus where each phone's region came from (beside every phone selector, and
/// totals per source) and the ambiguous national numbers, when the run kept them.
pub fn render_with_phones<N: std::borrow::Borrow<Network>>(
    networks: &[N],
    phones: Option<&PhoneRegions>,
    opts: &ReportOptions,
) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<title>{}</title><style>{STYLE}</style></head><body><header><h1>{}</h1>\
<div>{} posts linked into {} networks of two or more posts; largest {}.</div></header><main>",
        esc(&opts.title),
        esc(&opts.title),
        opts.total_posts,
        networks.len(),
        networks.first().map_or(0, |n| n.borrow().size),
    );
    if opts.reveal {
        h.push_str("<p class=\"warn\"><b>Selectors are revealed on this page.</b> Handle it as sensitive material.</p>");
    } else {
        h.push_str("<p class=\"muted\">Selectors are masked and digits in titles hidden; run with <span class=\"mono\">--reveal</span> to show them.</p>");
    }
    h.push_str("<p class=\"muted\">Each network is a group of posts the evidence ties together. \
The waterfall adds up the evidence (in bits: log-likelihood weights); grey bars are items shared by \
many unrelated posters (site support lines, stock photos, stock templates) that the guards held back.</p>");

    if let Some(ph) = phones {
        let linked: std::collections::BTreeSet<&str> = networks
            .iter()
            .map(|n| n.borrow().network.as_str())
            .collect();
        phone_section(&mut h, ph, &linked, opts);
    }

    // Index.
    h.push_str("<h2>Networks</h2><table class=\"index\"><tr><th>network</th><th>risk</th><th>posts</th><th>first seen</th><th>last seen</th><th>places</th><th>strongest evidence</th></tr>");
    for n in networks {
        let n: &Network = n.borrow();
        let _ = write!(
            h,
            "<tr><td><a href=\"#{id}\">{id}</a></td><td><span class=\"risk\" style=\"background:{}\">{:.2}</span></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            risk_color(n.risk),
            n.risk,
            n.size,
            esc(n.first_seen.as_deref().unwrap_or("")),
            esc(n.last_seen.as_deref().unwrap_or("")),
            esc(&n.locations.iter().take(6).cloned().collect::<Vec<_>>().join(" → ")),
            esc(n.evidence.first().map_or("", |e| e.kind.as_str())),
            id = esc(&n.network),
        );
    }
    h.push_str("</table>");
    if networks.len() > opts.max_networks {
        let _ = write!(
            h,
            "<p class=\"muted\">Sections below cover the first {} networks; the rest are in networks.jsonl.</p>",
            opts.max_networks
        );
    }

    for n in networks.iter().take(opts.max_networks) {
        let n: &Network = n.borrow();
        network_section(&mut h, n, phones, opts);
    }
    h.push_str("</main></body></html>\n");
    h
}

/// Region sources of one phone as a short note: `region: location ×3, format ×1`.
fn region_note(phones: Option<&PhoneRegions>, value: &str) -> String {
    let Some(m) = phones.and_then(|p| p.sources.get(value)) else {
        return String::new();
    };
    let parts: Vec<String> = m
        .iter()
        .map(|(s, c)| {
            if m.len() == 1 {
                s.as_str().to_string()
            } else {
                format!("{} ×{c}", s.as_str())
            }
        })
        .collect();
    format!(" · region: {}", parts.join(", "))
}

/// The contract's "Phones: where the region came from": mentions per region source, and the
/// national numbers left out because their region could not be told.
fn phone_section(
    h: &mut String,
    ph: &PhoneRegions,
    linked: &std::collections::BTreeSet<&str>,
    opts: &ReportOptions,
) {
    h.push_str("<h2>Phones: where the region came from</h2>");
    let totals = ph.totals();
    if totals.is_empty() {
        h.push_str("<p class=\"muted\">No phone numbers were read.</p>");
    } else {
        h.push_str("<table class=\"index\" style=\"width:auto\"><tr><th>region from</th><th>phone mentions</th></tr>");
        for (s, c) in &totals {
            let _ = write!(
                h,
                "<tr><td class=\"mono\">{}</td><td>{c}</td></tr>",
                s.as_str()
            );
        }
        h.push_str("</table>");
    }
    if ph.ambiguous_total == 0 {
        h.push_str(
            "<p class=\"muted\">No ambiguous numbers: every national number's region was told.</p>",
        );
        return;
    }
    let _ = write!(
        h,
        "<details{}><summary><b>Ambiguous numbers ({})</b>: valid in several regions and nothing in the post decides, so not read as selectors</summary>\
<table><tr><th>post</th><th>network</th><th>where</th><th>number</th><th>valid in</th></tr>",
        if ph.ambiguous_total <= 20 { " open" } else { "" },
        ph.ambiguous_total
    );
    for a in ph.ambiguous.iter().take(opts.max_posts * 2) {
        let network = match a.network.as_deref() {
            Some(n) if linked.contains(n) => format!("<a href=\"#{0}\">{0}</a>", esc(n)),
            Some(n) => esc(n),
            None => String::new(),
        };
        let _ = write!(
            h,
            "<tr><td class=\"mono\">{}</td><td>{network}</td><td class=\"mono\">{}[{}..{}]</td><td class=\"mono\">{}</td><td>{}</td></tr>",
            esc(&a.post),
            a.field,
            a.start,
            a.end,
            esc(&shown::value(&a.raw, opts.reveal)),
            esc(&a.regions.join(", "))
        );
    }
    let shown_n = ph.ambiguous.len().min(opts.max_posts * 2);
    if ph.ambiguous_total > shown_n {
        let _ = write!(
            h,
            "<tr><td colspan=\"5\" class=\"muted\">… and {} more</td></tr>",
            ph.ambiguous_total - shown_n
        );
    }
    h.push_str("</table></details>");
}

fn network_section(
    h: &mut String,
    n: &Network,
    phones: Option<&PhoneRegions>,
    opts: &ReportOptions,
) {
    let _ = write!(
        h,
        "<section class=\"net\" id=\"{id}\"><h2>{id} <span class=\"risk\" style=\"background:{}\">risk {:.2}</span> <span class=\"muted\">{} posts, {} – {}</span></h2>",
        risk_color(n.risk),
        n.risk,
        n.size,
        esc(n.first_seen.as_deref().unwrap_or("?")),
        esc(n.last_seen.as_deref().unwrap_or("?")),
        id = esc(&n.network),
    );
    if !n.sites.is_empty() {
        h.push_str("<div>Sites: ");
        for s in &n.sites {
            let _ = write!(
                h,
                "<span class=\"pill\">{} ×{}</span>",
                esc(&s.name),
                s.posts
            );
        }
        h.push_str("</div>");
    }
    if !n.risk_parts.is_empty() {
        h.push_str("<h3>Why this risk</h3><div>");
        for p in &n.risk_parts {
            let _ = write!(
                h,
                "<span class=\"pill\">{} {} +{:.2}</span>",
                esc(&p.code),
                esc(&p.name),
                p.weight
            );
        }
        h.push_str("</div>");
    }
    if !n.indicators.is_empty() {
        h.push_str("<h3>Indicators on member posts</h3><div>");
        for i in &n.indicators {
            let _ = write!(
                h,
                "<span class=\"pill\">{} {} ×{}</span>",
                esc(&i.code),
                esc(&i.name),
                i.posts
            );
        }
        h.push_str("</div>");
    }
    waterfall(h, n);
    timeline(h, n);
    if let Some(help) = opts.help.get(&n.network) {
        h.push_str("<h3>Help near this network</h3>");
        h.push_str(&crate::help::html(help));
    }

    h.push_str("<h3>Selectors</h3><div>");
    for s in n.selectors.iter().take(40) {
        let kind = shown::kind(s.kind, s.platform);
        let _ = write!(
            h,
            "<span class=\"pill mono\"{}>{} ×{}{}{}</span>",
            if s.widely_shared {
                " style=\"opacity:.55\""
            } else {
                ""
            },
            esc(&shown_value(&kind, &s.value, opts.reveal)),
            s.posts,
            if s.kind == SelectorKind::Phone {
                esc(&region_note(phones, &s.value))
            } else {
                String::new()
            },
            if s.widely_shared {
                " (widely shared)"
            } else {
                ""
            }
        );
    }
    h.push_str("</div>");
    if !n.persons.is_empty() {
        h.push_str("<h3>Names advertised</h3><div>");
        for p in n.persons.iter().take(30) {
            let _ = write!(
                h,
                "<span class=\"pill\">{} ×{}</span>",
                esc(&p.name),
                p.posts
            );
        }
        h.push_str("</div>");
    }
    if !n.templates.is_empty() {
        h.push_str("<h3>Templates (shared text, {…} marks slots)</h3><table><tr><th>posts</th><th>names</th><th>template</th></tr>");
        for t in &n.templates {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                t.posts,
                t.persons,
                esc(&shown_title(&t.text, opts.reveal))
            );
        }
        h.push_str("</table>");
    }
    h.push_str("<h3>Posts</h3><table><tr><th>posted</th><th>place</th><th>id</th><th>title</th><th>selectors</th></tr>");
    for p in n.posts.iter().take(opts.max_posts) {
        let sels: Vec<String> = p
            .selectors
            .iter()
            .map(|k| esc(&shown_key(k, opts.reveal)))
            .collect();
        let _ = write!(
            h,
            "<tr><td class=\"mono\">{}</td><td>{}</td><td class=\"mono\">{}</td><td>{}</td><td class=\"mono\">{}</td></tr>",
            esc(p.posted_at.as_deref().unwrap_or("")),
            esc(p.location.as_deref().unwrap_or("")),
            esc(&p.id),
            esc(&shown_title(p.title.as_deref().unwrap_or(""), opts.reveal)),
            sels.join("<br>")
        );
    }
    if n.posts.len() > opts.max_posts {
        let _ = write!(
            h,
            "<tr><td colspan=\"5\" class=\"muted\">… and {} more posts</td></tr>",
            n.posts.len() - opts.max_posts
        );
    }
    h.push_str("</table></section>");
}

/// Evidence totals as a waterfall: each bar starts where the previous ended; held-back items
/// follow in grey at the weight they would have had.
fn waterfall(h: &mut String, n: &Network) {
    h.push_str("<h3>Evidence</h3>");
    let total: f64 = n.evidence.iter().map(|e| e.weight.max(0.0)).sum();
    let guards = n.guards.iter().take(6).collect::<Vec<_>>();
    let rows = n.evidence.len() + guards.len();
    if rows == 0 {
        h.push_str("<p class=\"muted\">No evidence recorded.</p>");
        return;
    }
    let (w, label_w, row_h) = (860.0, 330.0, 22.0);
    let scale = if total > 0.0 {
        (w - label_w - 90.0) / total
    } else {
        1.0
    };
    let _ = write!(
        h,
        "<svg width=\"{w}\" height=\"{}\" role=\"img\" aria-label=\"evidence waterfall\">",
        rows as f64 * row_h + 6.0
    );
    let mut at = 0.0;
    for (i, e) in n.evidence.iter().enumerate() {
        let y = i as f64 * row_h + 3.0;
        let width = (e.weight.max(0.0) * scale).max(1.0);
        let _ = write!(
            h,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"12\">{} ({} item{}, {} link{})</text>\
<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{:.1}\" fill=\"#2f6db5\"/>\
<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\">+{:.1}</text>",
            y + 14.0,
            esc(&e.kind),
            e.items,
            if e.items == 1 { "" } else { "s" },
            e.links,
            if e.links == 1 { "" } else { "s" },
            label_w + at * scale,
            row_h - 6.0,
            label_w + at * scale + width + 4.0,
            y + 14.0,
            e.weight
        );
        at += e.weight.max(0.0);
    }
    for (j, g) in guards.iter().enumerate() {
        let y = (n.evidence.len() + j) as f64 * row_h + 3.0;
        let _ = write!(
            h,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"12\" fill=\"#6b7580\">held back: {} on {} posters</text>\
<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#c5cad0\"/>\
<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#6b7580\">{:.1} → {:.1}</text>",
            y + 14.0,
            esc(&g.kind),
            g.spread,
            (g.base * scale).clamp(1.0, w - label_w - 90.0),
            row_h - 6.0,
            label_w + (g.base * scale).clamp(1.0, w - label_w - 90.0) + 4.0,
            y + 14.0,
            g.base,
            g.weight
        );
    }
    h.push_str("</svg>");
}

/// Posts over time, one row per place in order of first appearance: the movement.
fn timeline(h: &mut String, n: &Network) {
    let points: Vec<(i64, usize)> = n
        .posts
        .iter()
        .filter_map(|p| {
            let t = parse_rfc3339(p.posted_at.as_deref()?)?;
            let loc = p.location.as_deref()?;
            let row = n.locations.iter().position(|l| l == loc)?;
            Some((t, row))
        })
        .collect();
    if points.is_empty() {
        return;
    }
    h.push_str("<h3>Movement</h3>");
    let (t0, t1) = points
        .iter()
        .fold((i64::MAX, i64::MIN), |(a, b), &(t, _)| (a.min(t), b.max(t)));
    let span = (t1 - t0).max(1) as f64;
    let rows = n.locations.len().min(12);
    let (w, label_w, row_h) = (860.0, 170.0, 20.0);
    let _ = write!(
        h,
        "<svg width=\"{w}\" height=\"{}\" role=\"img\" aria-label=\"timeline\">",
        rows as f64 * row_h + 20.0
    );
    for (i, loc) in n.locations.iter().take(rows).enumerate() {
        let y = i as f64 * row_h + 14.0;
        let _ = write!(
            h,
            "<text x=\"0\" y=\"{y:.1}\" font-size=\"12\">{}</text><line x1=\"{label_w}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#e3e6ea\"/>",
            esc(loc),
            w - 10.0,
            y - 4.0,
            y - 4.0
        );
    }
    for &(t, row) in &points {
        if row >= rows {
            continue;
        }
        let x = label_w + (t - t0) as f64 / span * (w - label_w - 20.0);
        let y = row as f64 * row_h + 10.0;
        let _ = write!(
            h,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\" fill=\"#b3261e\" fill-opacity=\".7\"/>"
        );
    }
    let _ = write!(
        h,
        "<text x=\"{label_w}\" y=\"{:.1}\" font-size=\"11\" fill=\"#6b7580\">{}</text>\
<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#6b7580\" text-anchor=\"end\">{}</text></svg>",
        rows as f64 * row_h + 16.0,
        esc(n.first_seen.as_deref().unwrap_or("")),
        w - 10.0,
        rows as f64 * row_h + 16.0,
        esc(n.last_seen.as_deref().unwrap_or(""))
    );
    h.push_str("<div class=\"muted\">Stays: ");
    for s in n.movement.iter().take(20) {
        let _ = write!(
            h,
            "<span class=\"pill\">{} from {} ({} posts)</span>",
            esc(&s.location),
            esc(s.from.as_deref().unwrap_or("?")),
            s.posts
        );
    }
    h.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            esc("<a href='x'>&\""),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;"
        );
        assert_eq!(shown_title("call 713", false), "call •••");
        assert_eq!(shown_title("call 713", true), "call 713");
    }
}
