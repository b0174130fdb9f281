//! A network's graph — posts, the selectors and photos they carry, and who carries what —
//! laid out on the server (no script, no CDN) and drawn as inline SVG.
//!
//! The layout is radial and deterministic: the items (selectors, then photos, each kind in
//! order, most shared first) on an inner circle, the posts on an outer circle in the order of
//! the mean angle of their items, so posts sharing an item sit beside it and an item shared by
//! many posts is visibly a hub. Bounded: the most shared items and the riskiest posts only.

use crate::html::{esc, url};
use plainsight_core::mask;
use plainsight_store::PostItems;
use serde::Serialize;
use std::collections::BTreeMap;

/// At most this many items (selectors and photos) and posts are drawn.
pub const MAX_ITEMS: usize = 48;
pub const MAX_POSTS: usize = 120;
const SIZE: f64 = 640.0;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    /// `post`, `photo`, or a selector kind (`phone`, `email`, …).
    pub kind: String,
    /// The post id, the selector (masked unless revealed) or the photo's first hex digits.
    pub label: String,
    pub x: f64,
    pub y: f64,
    /// How many drawn posts carry it (items) or how many drawn items it carries (posts).
    pub degree: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GraphView {
    pub nodes: Vec<Node>,
    /// (post node, item node) pairs.
    pub edges: Vec<(usize, usize)>,
    /// Items and posts left out by the caps.
    pub items_left_out: usize,
    pub posts_left_out: usize,
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Lays out the graph of `posts` (riskiest first, as the store gives them).
pub fn layout(posts: &[PostItems], reveal: bool) -> GraphView {
    // Items and how many posts carry each; drawn: the most shared, ties by kind and value.
    let mut count: BTreeMap<(String, String), usize> = BTreeMap::new();
    for p in posts {
        for (k, v) in &p.selectors {
            *count.entry((k.clone(), v.clone())).or_default() += 1;
        }
        for h in &p.photos {
            let hex: String = h.iter().map(|b| format!("{b:02x}")).collect();
            *count.entry(("photo".into(), hex)).or_default() += 1;
        }
    }
    let mut items: Vec<((String, String), usize)> = count.into_iter().collect();
    items.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let items_left_out = items.len().saturating_sub(MAX_ITEMS);
    items.truncate(MAX_ITEMS);
    // Around the circle by kind, so each kind is one arc.
    items.sort_by(|a, b| {
        a.0 .0
            .cmp(&b.0 .0)
            .then(b.1.cmp(&a.1))
            .then_with(|| a.0 .1.cmp(&b.0 .1))
    });
    let index: BTreeMap<&(String, String), usize> =
        items.iter().enumerate().map(|(i, (k, _))| (k, i)).collect();
    let c = SIZE / 2.0;
    let inner = if items.len() <= 1 { 0.0 } else { SIZE * 0.22 };
    let outer = SIZE * 0.42;
    let angle = |i: usize, n: usize| std::f64::consts::TAU * i as f64 / n.max(1) as f64;
    let mut nodes: Vec<Node> = items
        .iter()
        .enumerate()
        .map(|(i, ((kind, value), n))| {
            let a = angle(i, items.len());
            Node {
                label: if kind == "photo" {
                    format!("photo {}", &value[..value.len().min(8)])
                } else if reveal {
                    value.clone()
                } else {
                    mask(value)
                },
                kind: kind.clone(),
                x: round(c + inner * a.cos()),
                y: round(c + inner * a.sin()),
                degree: *n,
            }
        })
        .collect();
    // Posts: in the order of the circular mean angle of their drawn items.
    let drawn = &posts[..posts.len().min(MAX_POSTS)];
    let mut placed: Vec<(f64, usize, Vec<usize>)> = Vec::new();
    for (pi, p) in drawn.iter().enumerate() {
        let mut mine: Vec<usize> = p
            .selectors
            .iter()
            .cloned()
            .chain(p.photos.iter().map(|h| {
                (
                    "photo".to_string(),
                    h.iter().map(|b| format!("{b:02x}")).collect(),
                )
            }))
            .filter_map(|k| index.get(&k).copied())
            .collect();
        mine.sort_unstable();
        mine.dedup();
        let key = if mine.is_empty() {
            f64::INFINITY
        } else {
            let (s, co) = mine.iter().fold((0.0, 0.0), |(s, co), &i| {
                let a = angle(i, items.len());
                (s + a.sin(), co + a.cos())
            });
            s.atan2(co).rem_euclid(std::f64::consts::TAU)
        };
        placed.push((key, pi, mine));
    }
    placed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut edges = Vec::new();
    for (slot, (_, pi, mine)) in placed.iter().enumerate() {
        let a = angle(slot, placed.len());
        let node = nodes.len();
        nodes.push(Node {
            kind: "post".into(),
            label: drawn[*pi].id.clone(),
            x: round(c + outer * a.cos()),
            y: round(c + outer * a.sin()),
            degree: mine.len(),
        });
        for &i in mine {
            edges.push((node, i));
        }
    }
    GraphView {
        nodes,
        edges,
        items_left_out,
        posts_left_out: posts.len().saturating_sub(MAX_POSTS),
    }
}

fn colour(kind: &str) -> &'static str {
    match kind {
        "post" => "#1d2330",
        "phone" => "#c0392b",
        "email" => "#8e44ad",
        "url" => "#2e86c1",
        "handle" => "#16a085",
        "photo" => "#d68910",
        _ => "#7f8c8d",
    }
}

/// The graph as inline SVG (presentation attributes only: the CSP allows no inline style).
pub fn svg(g: &GraphView) -> String {
    let mut out = format!(
        r#"<svg id="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" width="{SIZE}" height="{SIZE}" role="img" aria-label="graph of posts, selectors and photos">"#
    );
    for &(a, b) in &g.edges {
        let (p, q) = (&g.nodes[a], &g.nodes[b]);
        out.push_str(&format!(
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#b8c0cc" stroke-width="0.8"/>"##,
            p.x, p.y, q.x, q.y
        ));
    }
    for n in &g.nodes {
        let fill = colour(&n.kind);
        let title = format!("<title>{} {}</title>", esc(&n.kind), esc(&n.label));
        if n.kind == "post" {
            out.push_str(&format!(
                r#"<a href="/posts/{}"><circle cx="{}" cy="{}" r="4" fill="{fill}">{title}</circle></a>"#,
                url(&n.label),
                n.x,
                n.y
            ));
        } else {
            let r = 5.0 + (n.degree as f64).sqrt() * 2.0;
            out.push_str(&format!(
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}">{title}</rect>"#,
                round(n.x - r / 2.0),
                round(n.y - r / 2.0),
                round(r),
                round(r)
            ));
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(id: &str, sels: &[&str], photos: &[u8]) -> PostItems {
        PostItems {
            id: id.into(),
            selectors: sels
                .iter()
                .map(|v| ("phone".to_string(), v.to_string()))
                .collect(),
            photos: photos.iter().map(|&b| vec![b; 32]).collect(),
        }
    }

    #[test]
    fn layout_is_deterministic_bounded_and_masked() {
        let posts: Vec<PostItems> = (0..200)
            .map(|i| {
                post(
                    &format!("P{i}"),
                    &[&format!("+1713555{:04}", i % 60)],
                    &[(i % 3) as u8],
                )
            })
            .collect();
        let g = layout(&posts, false);
        assert_eq!(g, layout(&posts, false));
        let items = g.nodes.iter().filter(|n| n.kind != "post").count();
        assert_eq!(items, MAX_ITEMS);
        assert_eq!(g.items_left_out, 63 - MAX_ITEMS);
        assert_eq!(g.posts_left_out, 200 - MAX_POSTS);
        assert!(
            g.nodes.iter().all(|n| !n.label.contains("7135550")),
            "selectors masked"
        );
        assert!(g
            .edges
            .iter()
            .all(|&(p, i)| g.nodes[p].kind == "post" && g.nodes[i].kind != "post"));
        let svg = svg(&g);
        assert!(svg.starts_with("<svg") && !svg.contains(" style="));
        let revealed = layout(&posts, true);
        assert!(revealed
            .nodes
            .iter()
            .any(|n| n.label.starts_with("+1713555")));
        assert_eq!(layout(&[], false), GraphView::default());
    }
}
