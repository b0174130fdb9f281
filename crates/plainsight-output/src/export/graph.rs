//! Graphs of a case for Gephi and networkx: GEXF 1.3 and GraphML.
//!
//! Nodes are posts (`p0`, `p1`, … in the case's order), selectors (`s0`, … by first mention)
//! and images (`i0`, … by first appearance), each with a `type` attribute (`post`, `selector`,
//! `image`) and a label: the post id, the selector as `kind value` (masked unless revealed),
//! the image's PDQ hash. Post nodes carry their `network` (membership), `network_size`,
//! `network_risk`, `risk`, `posted_at`, `place` and `site`; selector nodes their `kind` and,
//! for phones, `region_source`. Edges join a post to each selector it mentions (weight: the
//! number of mentions) and to each of its images (weight 1). Node ids never carry a value, so a
//! masked graph names no selector.
//!
//! GEXF is dynamic where times are known: a post node and its edges start at `posted_at`, a
//! selector or image node at the first post that shows it (`timeformat="datetime"`, UTC).

use super::xml::escape;
use super::ExportOptions;
use crate::shown;
use plainsight_core::case::Case;
use plainsight_core::network::{Network, SelectorKey};
use plainsight_core::time::{format_rfc3339, parse_rfc3339};
use plainsight_core::PdqHash;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

/// Attributes of nodes, in output order: (id, GEXF/GraphML type).
const NODE_ATTRS: [(&str, &str); 10] = [
    ("type", "string"),
    ("network", "string"),
    ("network_size", "int"),
    ("network_risk", "double"),
    ("risk", "double"),
    ("posted_at", "string"),
    ("place", "string"),
    ("site", "string"),
    ("kind", "string"),
    ("region_source", "string"),
];

struct Node {
    id: String,
    label: String,
    /// Values by index into `NODE_ATTRS`.
    attrs: BTreeMap<usize, String>,
    /// Unix seconds the node first appears at.
    start: Option<i64>,
}

struct Edge {
    source: usize,
    target: usize,
    weight: u32,
    kind: &'static str,
    start: Option<i64>,
}

struct Graph {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

fn min_time(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

fn graph(case: &Case, options: &ExportOptions) -> Graph {
    let reveal = options.reveal;
    let networks: BTreeMap<&str, &Network> = case
        .networks
        .iter()
        .map(|n| (n.network.as_str(), n))
        .collect();
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    let mut post_nodes = Vec::with_capacity(case.posts.len());
    for (i, p) in case.posts.iter().enumerate() {
        let mut attrs = BTreeMap::new();
        attrs.insert(0, "post".to_string());
        attrs.insert(1, p.network.clone());
        let net = networks.get(p.network.as_str());
        attrs.insert(2, net.map_or(1, |n| n.size).to_string());
        if let Some(n) = net {
            attrs.insert(3, n.risk.to_string());
        }
        if let Some(r) = p.risk {
            attrs.insert(4, r.to_string());
        }
        if let Some(t) = &p.posted_at {
            attrs.insert(5, t.clone());
        }
        if let Some(pl) = p.place.as_ref().or(p.location.as_ref()) {
            attrs.insert(6, pl.clone());
        }
        if let Some(s) = &p.site {
            attrs.insert(7, s.clone());
        }
        post_nodes.push(nodes.len());
        nodes.push(Node {
            id: format!("p{i}"),
            label: p.id.clone(),
            attrs,
            start: p.posted_at.as_deref().and_then(parse_rfc3339),
        });
    }
    let mut selector_ids: BTreeMap<SelectorKey, usize> = BTreeMap::new();
    let mut image_ids: BTreeMap<PdqHash, usize> = BTreeMap::new();
    let (mut n_sel, mut n_img) = (0usize, 0usize);
    for (i, p) in case.posts.iter().enumerate() {
        let at = nodes[post_nodes[i]].start;
        // Mentions per selector of this post, in order of first mention.
        let mut mentions: Vec<(usize, u32)> = Vec::new();
        for s in &p.selectors {
            let key = s.key();
            let node = match selector_ids.get(&key) {
                Some(&n) => n,
                None => {
                    let mut attrs = BTreeMap::new();
                    attrs.insert(0, "selector".to_string());
                    attrs.insert(8, shown::kind(s.kind, s.platform));
                    nodes.push(Node {
                        id: format!("s{n_sel}"),
                        label: format!(
                            "{} {}",
                            shown::kind(s.kind, s.platform),
                            shown::value(&s.value, reveal)
                        ),
                        attrs,
                        start: None,
                    });
                    n_sel += 1;
                    selector_ids.insert(key, nodes.len() - 1);
                    nodes.len() - 1
                }
            };
            if let Some(rs) = s.region_source {
                nodes[node]
                    .attrs
                    .entry(9)
                    .or_insert_with(|| rs.as_str().to_string());
            }
            nodes[node].start = min_time(nodes[node].start, at);
            match mentions.iter_mut().find(|(n, _)| *n == node) {
                Some((_, c)) => *c += 1,
                None => mentions.push((node, 1)),
            }
        }
        for (node, weight) in mentions {
            edges.push(Edge {
                source: post_nodes[i],
                target: node,
                weight,
                kind: "mentions",
                start: at,
            });
        }
        let mut seen_here = Vec::new();
        for h in &p.image_hashes {
            if seen_here.contains(h) {
                continue;
            }
            seen_here.push(*h);
            let node = *image_ids.entry(*h).or_insert_with(|| {
                let mut attrs = BTreeMap::new();
                attrs.insert(0, "image".to_string());
                nodes.push(Node {
                    id: format!("i{n_img}"),
                    label: h.to_hex(),
                    attrs,
                    start: None,
                });
                n_img += 1;
                nodes.len() - 1
            });
            nodes[node].start = min_time(nodes[node].start, at);
            edges.push(Edge {
                source: post_nodes[i],
                target: node,
                weight: 1,
                kind: "shows",
                start: at,
            });
        }
    }
    Graph { nodes, edges }
}

/// GEXF 1.3 (<https://gexf.net/1.3>): undirected, weighted, dynamic where times are known.
pub fn write_gexf(
    case: &Case,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let g = graph(case, options);
    let dynamic = g.nodes.iter().any(|n| n.start.is_some());
    let mut x = String::with_capacity(256 + g.nodes.len() * 200 + g.edges.len() * 80);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
    x.push_str("  <meta>\n    <creator>plainsight</creator>\n    <description>posts, selectors and images; edges join a post to what it shows</description>\n  </meta>\n");
    if dynamic {
        x.push_str(
            "  <graph defaultedgetype=\"undirected\" mode=\"dynamic\" timeformat=\"datetime\">\n",
        );
    } else {
        x.push_str("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n");
    }
    x.push_str("    <attributes class=\"node\" mode=\"static\">\n");
    for (id, ty) in NODE_ATTRS {
        let ty = if ty == "int" { "integer" } else { ty };
        let _ = writeln!(
            x,
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>"
        );
    }
    x.push_str("    </attributes>\n");
    x.push_str("    <attributes class=\"edge\" mode=\"static\">\n      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n    </attributes>\n");
    x.push_str("    <nodes>\n");
    for n in &g.nodes {
        let _ = write!(
            x,
            "      <node id=\"{}\" label=\"{}\"",
            escape(&n.id),
            escape(&n.label)
        );
        if let Some(t) = n.start {
            let _ = write!(x, " start=\"{}\"", format_rfc3339(t));
        }
        x.push_str(">\n        <attvalues>\n");
        for (&k, v) in &n.attrs {
            let _ = writeln!(
                x,
                "          <attvalue for=\"{}\" value=\"{}\"/>",
                NODE_ATTRS[k].0,
                escape(v)
            );
        }
        x.push_str("        </attvalues>\n      </node>\n");
    }
    x.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in g.edges.iter().enumerate() {
        let _ = write!(
            x,
            "      <edge id=\"e{i}\" source=\"{}\" target=\"{}\" weight=\"{}\"",
            escape(&g.nodes[e.source].id),
            escape(&g.nodes[e.target].id),
            e.weight
        );
        if let Some(t) = e.start {
            let _ = write!(x, " start=\"{}\"", format_rfc3339(t));
        }
        let _ = writeln!(
            x,
            ">\n        <attvalues>\n          <attvalue for=\"kind\" value=\"{}\"/>\n        </attvalues>\n      </edge>",
            e.kind
        );
    }
    x.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out.write_all(x.as_bytes())?;
    out.flush()
}

/// GraphML (<http://graphml.graphdrawing.org/>): undirected, every attribute a `<key>`
/// (`label` and `weight` included, the names networkx and Gephi read).
pub fn write_graphml(
    case: &Case,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let g = graph(case, options);
    let mut x = String::with_capacity(256 + g.nodes.len() * 200 + g.edges.len() * 80);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    x.push_str("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
    for (id, ty) in NODE_ATTRS {
        let _ = writeln!(
            x,
            "  <key id=\"{id}\" for=\"node\" attr.name=\"{id}\" attr.type=\"{ty}\"/>"
        );
    }
    x.push_str("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
    x.push_str("  <key id=\"edge_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n");
    x.push_str("  <graph id=\"plainsight\" edgedefault=\"undirected\">\n");
    for n in &g.nodes {
        let _ = writeln!(
            x,
            "    <node id=\"{}\">\n      <data key=\"label\">{}</data>",
            escape(&n.id),
            escape(&n.label)
        );
        for (&k, v) in &n.attrs {
            let _ = writeln!(
                x,
                "      <data key=\"{}\">{}</data>",
                NODE_ATTRS[k].0,
                escape(v)
            );
        }
        x.push_str("    </node>\n");
    }
    for (i, e) in g.edges.iter().enumerate() {
        let _ = writeln!(
            x,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">\n      <data key=\"weight\">{}</data>\n      <data key=\"edge_kind\">{}</data>\n    </edge>",
            escape(&g.nodes[e.source].id),
            escape(&g.nodes[e.target].id),
            e.weight,
            e.kind
        );
    }
    x.push_str("  </graph>\n</graphml>\n");
    out.write_all(x.as_bytes())?;
    out.flush()
}
